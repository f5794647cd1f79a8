import { jvmOptionsVar } from '../../src/config.ts';

// JVM flags of every Neo4j the test run starts: the faults files' own (test/support/own-neo4j.ts), and
// kg up, kg ingest and neo4j-admin inside them; db-launcher's and export's. These servers live seconds
// to a minute or two and spend most of their CPU on start-up, migrations and C2 compilation that never
// pays back on two cores: C1 only and the serial collector (decision 0049 has the figures). Not the
// graph and browser projects' shared servers (test/setup/neo4j.ts): they serve queries for minutes,
// and C1-compiled they made the graph files 2-3x slower. KG_NEO4J_JVM_OPTIONS set for the
// run wins; set it empty to measure the server's defaults.
export const TEST_NEO4J_JVM_OPTIONS =
  process.env.KG_NEO4J_JVM_OPTIONS ?? '-XX:TieredStopAtLevel=1 -XX:+UseSerialGC';

/** The same flags as a list, split and checked as the config reads KG_NEO4J_JVM_OPTIONS. */
export const TEST_NEO4J_JVM_FLAGS = jvmOptionsVar({ KG_NEO4J_JVM_OPTIONS: TEST_NEO4J_JVM_OPTIONS });
