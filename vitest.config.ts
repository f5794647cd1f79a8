import { defineConfig } from 'vitest/config';

// Two projects: `unit` needs nothing but Node and runs in parallel; `graph` talks to the one real
// Neo4j that the global setup starts (Community Edition has a single user database), so its files
// run one at a time and each cleans up the data it owns.
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
    ],
  },
});
