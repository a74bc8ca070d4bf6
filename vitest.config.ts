import { defineConfig } from 'vitest/config';

// Three layers (DESIGN.md): unit (no build), build (assertions on dist/), e2e (real browser).
// The build and e2e layers share one build per run (tests/support/globalSetup.ts).
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          globalSetup: ['tests/support/globalSetup.ts'],
          testTimeout: 120_000,
          hookTimeout: 600_000,
          // One file at a time: some files run whole extra builds, and builds from one project
          // share its .astro/ folder (content-modules.mjs), so two at once would mix content.
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/support/globalSetup.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
