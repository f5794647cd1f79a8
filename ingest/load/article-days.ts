// Article day tallies (decision 0043): the articles list of a date range counts its articles from
// one (:ArticleDay {id}) per publication day (its id is the day), whose in-degree of PUBLISHED_ON is the number of
// articles published that day, instead of from every article of the range. The link is set in the
// transaction that writes the article, so the counts are always those of the committed graph.
import type { ManagedTransaction } from 'neo4j-driver';
import type { GraphHandle } from '../base/graph-session.ts';
import { retallyEveryPage } from './event-tallies.ts';
import { cypher } from './statements.ts';

type Tx = Pick<ManagedTransaction, 'run'>;

const RETALLY_ARTICLE_DAYS = cypher('retally-article-days');
const ARTICLE_IDS_AFTER = cypher('article-ids-after');

/** Links each given article (ids of no article are ignored) to the day of its publishedAt, and only to it. */
export async function retallyArticleDays(tx: Tx, ids: Iterable<string>): Promise<void> {
  const list = [...new Set(ids)].sort();
  if (list.length > 0) await tx.run(RETALLY_ARTICLE_DAYS, { ids: list });
}

/** Every article of the graph to its day, a page per transaction: after an import, or to repair. */
export function retallyAllArticleDays(graph: GraphHandle, pageSize = 2000): Promise<number> {
  return retallyEveryPage(graph, ARTICLE_IDS_AFTER, retallyArticleDays, pageSize);
}
