import { defineConfig } from 'vitest/config';

// Three projects: `unit` needs nothing but Node and runs in parallel; `graph` talks to the one real
// Neo4j that the global setup starts (Community Edition has a single user database), so its files
// run one at a time and each cleans up the data it owns; `browser` drives Chromium through the
// explorer against a Neo4j of its own, after the others (groupOrder), so the two cores are not shared
// between a browser and timing-sensitive API tests.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'graph',
          include: ['test/graph/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          // Starts the real Neo4j once per run (a test-only port and store unless NEO4J_URI is set).
          globalSetup: ['test/setup/neo4j.ts'],
          testTimeout: 60_000,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          sequence: { groupOrder: 1 },
          // Installs Chromium when missing, builds the explorer, starts this project's Neo4j.
          globalSetup: ['test/setup/browser.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
