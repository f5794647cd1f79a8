import os from 'node:os';
import { defineConfig } from 'vitest/config';

// Four projects. `unit` needs nothing but Node. `faults` holds the files that stop, kill and restart
// a Neo4j of their own (test/support/own-neo4j.ts) and never touch the run's shared one, so they run
// beside `unit`, in one group with two workers (vitest runs the groups one after another; one worker
// by default on a 2-core machine). Their assertions are about behaviour, not speed, so a busy core
// does not make them fail (decision 0031). `graph` talks to the one real Neo4j that the global setup
// starts (Community Edition has a single user database), so its files run one at a time, after that
// group, and each cleans up the data it owns; `browser` drives Chromium through the explorer against a
// Neo4j of its own, in the first group beside `faults`.
// `npm test` (scripts/test.ts) does not run the groups one after the other: it starts `graph` as a
// vitest process of its own beside one for the three others, so the serial graph files overlap the
// fault files (decision 0063). `npx vitest run` with no project named keeps the groups below.
const BESIDE_UNIT_WORKERS = Math.max(2, os.availableParallelism() - 1);
// Files that start, stop or kill a Neo4j of their own and never touch the shared ones.
const OWN_NEO4J_FILES = [
  'test/graph/outage-and-signals.test.ts',
  'test/graph/signals.test.ts',
  'test/graph/watch-restart.test.ts',
  'test/graph/neo4j-kill.test.ts',
  // Starts, races and restarts the launcher on a store of its own, or none (decision 0058).
  'test/graph/db-launcher.test.ts',
];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
          maxWorkers: BESIDE_UNIT_WORKERS,
        },
      },
      {
        test: {
          name: 'faults',
          include: OWN_NEO4J_FILES,
          environment: 'node',
          maxWorkers: BESIDE_UNIT_WORKERS,
          testTimeout: 60_000,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          name: 'graph',
          include: ['test/graph/**/*.test.ts'],
          exclude: OWN_NEO4J_FILES,
          environment: 'node',
          fileParallelism: false,
          // One worker runs these files one after another anyway; without isolation it imports the API,
          // @neo4j/graphql, the ingest pipeline and the driver once for the run instead of once per file
          // (decision 0049). No graph file mocks a module or changes process.env; each owns its data.
          // KG_TEST_ISOLATE_GRAPH=1 gives each file a fresh module graph again (to measure, or to find a
          // file that leaks state into the next).
          isolate: process.env.KG_TEST_ISOLATE_GRAPH === '1',
          // A group of its own after `unit`, `faults` and `browser`: vitest puts projects of one groupOrder in one
          // pool, and refuses two with different worker counts there (an isolated one-worker project
          // used to get a sequential group of its own implicitly; a non-isolated one does not).
          sequence: { groupOrder: 1 },
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
          // In group 0 beside `unit` and `faults` (whose assertions are about behaviour, not speed), off
          // the serial path: the explorer's ~45-60 s ran alone after `graph` before (decision 0049's
          // amendment); it has one file, so one worker of the group's two runs it.
          maxWorkers: BESIDE_UNIT_WORKERS,
          // Installs Chromium when missing, builds the explorer, starts this project's Neo4j.
          globalSetup: ['test/setup/browser.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
