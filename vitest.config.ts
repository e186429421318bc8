import { defineConfig } from 'vitest/config';
import path from 'node:path';

export default defineConfig({
  oxc: { jsx: { runtime: 'automatic' } },
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: [
      'tests/unit/**/*.test.{ts,tsx}',
      'lib/**/*.test.{ts,tsx}',
      'components/**/*.test.{ts,tsx}',
    ],
    environment: 'node',
    // Some tests compile every MDX file or open databases: give a busy CI machine room.
    testTimeout: 20_000,
  },
});
