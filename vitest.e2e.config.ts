import { defineConfig } from 'vitest/config';

// Browser tests: the built extension in the system Chromium, driven by playwright-core.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 90_000,
    hookTimeout: 90_000,
    // One Chromium at a time: the machine has two cores.
    fileParallelism: false,
  },
});
