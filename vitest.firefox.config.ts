import { defineConfig } from 'vitest/config';

// Firefox tests: the Firefox build in the system Firefox (FIREFOX_PATH, else /usr/bin/firefox-esr),
// driven over WebDriver BiDi by puppeteer-core.
export default defineConfig({
  test: {
    include: ['test/firefox/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 90_000,
    // One Firefox at a time: the machine has two cores.
    fileParallelism: false,
  },
});
