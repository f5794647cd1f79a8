// kg analyse's in-memory part (decision 0022): Louvain, PageRank and betweenness over a generated
// co-attendance and post graph of growing size, timed and with the process's peak RSS, so the
// cost of betweenness (O(nodes × links)) is known before running it on a large graph. Prints
// figures, asserts nothing. `npm run bench:analyse -- --people 2000,10000`
//
// The graph: provinces of 200 people each; every meeting is chaired by one of the province's ten
// leaders and attended by eight of its people; each person holds a post in one of five bodies of
// the province. A seeded generator makes the same graph every run.
import { UndirectedGraph } from 'graphology';
import { measureNetwork } from '../src/analytics/network-analysis.ts';
import { parseBenchArgs } from './bench-args.ts';

const USAGE = 'usage: npm run bench:analyse -- [--people 2000,10000] [--meetings 3]';

const { values } = parseBenchArgs('bench:analyse', USAGE, {
  people: { type: 'string', default: '2000,10000' },
  meetings: { type: 'string', default: '3' },
});
const sizes = values.people.split(',').map(Number);
const meetingsPerPerson = Number(values.meetings);

function seeded(seed: number) {
  return () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
}

function generate(people: number) {
  const random = seeded(people);
  const g = new UndirectedGraph<{ label: 'Person' | 'Organization' }, { weight: number }>();
  const perProvince = 200;
  const link = (a: string, b: string) => {
    if (a === b) return;
    if (g.hasEdge(a, b)) g.updateEdgeAttribute(a, b, 'weight', (w) => (w ?? 0) + 1);
    else g.addEdge(a, b, { weight: 1 });
  };
  for (let i = 0; i < people; i++) {
    g.addNode(`p${i}`, { label: 'Person' });
    const province = Math.floor(i / perProvince);
    const body = `o${province}-${i % 5}`;
    if (!g.hasNode(body)) g.addNode(body, { label: 'Organization' });
    g.addEdge(`p${i}`, body, { weight: 1 });
  }
  const meetings = Math.floor((people * meetingsPerPerson) / 9);
  for (let m = 0; m < meetings; m++) {
    const province = Math.floor(random() * Math.ceil(people / perProvince));
    const base = province * perProvince;
    const size = Math.min(perProvince, people - base);
    const chair = `p${base + Math.floor(random() * Math.min(10, size))}`;
    const attendees = Array.from({ length: 8 }, () => `p${base + Math.floor(random() * size)}`);
    const all = [...new Set([chair, ...attendees])];
    for (let a = 0; a < all.length; a++) for (let b = a + 1; b < all.length; b++) link(all[a]!, all[b]!);
  }
  return g;
}

process.stdout.write(
  'people  nodes   links    louvain+pagerank s  with betweenness s  communities  peak RSS MB\n',
);
for (const people of sizes) {
  const g = generate(people);
  let started = performance.now();
  const quick = measureNetwork(g, { betweenness: false });
  const quickSeconds = (performance.now() - started) / 1000;
  started = performance.now();
  measureNetwork(g);
  const fullSeconds = (performance.now() - started) / 1000;
  process.stdout.write(
    `${String(people).padEnd(8)}${String(g.order).padEnd(8)}${String(g.size).padEnd(9)}` +
      `${quickSeconds.toFixed(2).padEnd(19)}${fullSeconds.toFixed(2).padEnd(20)}` +
      `${String(quick.communities.length).padEnd(13)}${Math.round(process.resourceUsage().maxRSS / 1024)}\n`,
  );
}
