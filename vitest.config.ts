import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['lib/**/*.test.ts', 'components/**/*.test.{ts,tsx}', 'entrypoints/**/*.test.ts', 'test/unit/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    // The Intl oracle and the property tests format and read back hundreds of thousands of texts: a few
    // seconds alone, several times that on two cores shared with builds. A slow machine is not a failure.
    testTimeout: 60_000,
  },
});
