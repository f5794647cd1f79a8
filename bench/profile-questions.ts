// PROFILE of the Cypher behind the shared questions of bench:peer (decision 0028): runs each named
// query once to warm it, then once under PROFILE with the parameters the API sends for that
// question, and prints the database hits (summed over the plan) and the time Neo4j reports.
// Prints figures; asserts nothing. Needs a graph holding the generated corpus (bench:peer or
// bench:scale left one):
//
//   NEO4J_URI=bolt://127.0.0.1:7699 npm run bench:profile -- [--evidence-limit 5]
//
// --evidence-limit: the evidence folded per edge (the questions ask `evidence(first: 5)`; the API
// sent 100 whatever was asked before decision 0028, so `--evidence-limit 100` measures that).
import neo4j, { type ProfiledPlan } from 'neo4j-driver';
import { cypher } from '../src/api/cypher.ts';
import { parseDocumentCode } from '../src/api/document-code.ts';
import { openGraph } from '../src/db/index.ts';
import { parseBenchArgs } from './bench-args.ts';
import { scaleSubjects } from './scale-corpus.ts';

const USAGE = 'usage: NEO4J_URI=bolt://… npm run bench:profile -- [--evidence-limit 5]';
const { values: args, fail } = parseBenchArgs('bench:profile', USAGE, {
  'evidence-limit': { type: 'string', default: '5' },
});
const EVIDENCE_LIMIT = Number(args['evidence-limit']);
if (!Number.isInteger(EVIDENCE_LIMIT) || EVIDENCE_LIMIT < 0 || EVIDENCE_LIMIT > 100)
  fail(`--evidence-limit ${args['evidence-limit']}: expected a whole number from 0 to 100`);

if (!process.env.NEO4J_URI) {
  process.stderr.write(
    'bench:profile: set NEO4J_URI to a graph holding the generated corpus (see bench:peer)\n',
  );
  process.exit(2);
}

const dbHits = (plan: ProfiledPlan): number =>
  plan.dbHits + plan.children.reduce((sum, c) => sum + dbHits(c), 0);

const graph = await openGraph();
try {
  const subjects = await scaleSubjects(graph);
  const documentId = await graph.read(async (tx) => {
    const found = await tx.run(cypher('documents-by-code').text, {
      codes: parseDocumentCode(subjects.directive).codes,
    });
    return (found.records[0]?.get('node') as { id?: string } | undefined)?.id;
  });
  const page = { offset: neo4j.int(0), limit: neo4j.int(20) };
  // Each question's relation query with the parameters bench/questions.ts's operation makes the API send.
  const runs = [
    {
      question: 'person positions',
      name: 'person-positions',
      params: { ids: [subjects.person], ...page, withTotal: false, evidenceLimit: neo4j.int(EVIDENCE_LIMIT) },
    },
    {
      question: 'directive implementers (issuer)',
      name: 'document-organizations',
      params: {
        ids: [documentId],
        relation: 'ISSUED',
        offset: neo4j.int(0),
        limit: neo4j.int(1),
        withTotal: false,
        evidenceLimit: neo4j.int(0),
      },
    },
    {
      question: 'directive implementers',
      name: 'document-organizations',
      params: {
        ids: [documentId],
        relation: 'IMPLEMENTS',
        ...page,
        withTotal: true,
        evidenceLimit: neo4j.int(EVIDENCE_LIMIT),
      },
    },
    {
      question: 'body officials',
      name: 'organization-officials',
      params: { ids: [subjects.body], ...page, withTotal: true, evidenceLimit: neo4j.int(0) },
    },
  ];
  for (const run of runs) {
    const query = cypher(run.name);
    const session = graph.driver.session({ database: graph.database, defaultAccessMode: neo4j.session.READ });
    try {
      await session.run(query.text, run.params);
      const started = Date.now();
      const result = await session.run(`PROFILE ${query.text}`, run.params);
      const ms = Date.now() - started;
      const plan = result.summary.profile;
      const edges = (result.records[0]?.get('edges') as unknown[] | undefined)?.length ?? 0;
      process.stdout.write(
        `${run.question.padEnd(34)} ${run.name.padEnd(24)} db hits ${String(plan ? dbHits(plan) : 'n/a').padStart(9)}  ${String(ms).padStart(5)} ms  ${edges} edges\n`,
      );
    } finally {
      await session.close();
    }
  }
} finally {
  await graph.close();
}
