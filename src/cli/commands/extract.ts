// `kg extract`: JSON Lines articles on stdin → one JSON line per record on stdout, in order.
// The read-only view of what `kg ingest` writes: both go through ingest/pipeline.ts extractArticle.
import type { Command } from '../command.ts';
import { UserError } from '../command.ts';
import { extractArticle } from '../../../ingest/pipeline.ts';
import { readJsonLines } from '../../../ingest/read/json-lines.ts';
import { childLog } from '../../log.ts';
import type { Extraction } from '../../../ingest/types.ts';

const log = childLog('extract');

const USAGE = `kg extract — extract entities and relations from articles (no database)

Usage: kg extract [--compact] < articles.jsonl

Reads article records as JSON Lines on stdin, one per line:
  {"id", "url", "language": "vi"|"en"|null, "publishedAt": "YYYY-MM-DD"|null, "title", "text"}
and prints one JSON object per record on stdout, in input order: the record's id and its
persons, organizations, documents, events, relations and authors (../shared/corpus/ANNOTATION.md),
with character offsets (mentions) and evidence. A record that cannot be read prints
{"id": …, "error": "…"} and the run goes on. Logs go to stderr. Exit 0 when every line was read.

Options:
  --compact   leave out mentions and evidence (the gold fields only)
`;

function compactOf(x: Extraction): unknown {
  return {
    id: x.id,
    language: x.language,
    persons: x.persons.map(({ mentions: _m, ...p }) => p),
    organizations: x.organizations.map(({ mentions: _m, ...o }) => o),
    documents: x.documents.map(({ mentions: _m, ...d }) => d),
    events: x.events.map(({ mentions: _m, ...e }) => e),
    relations: x.relations.map(({ evidence: _e, ...r }) => r),
    authors: x.authors,
  };
}

const command: Command = {
  name: 'extract',
  summary: 'read JSON Lines articles on stdin, print extracted entities and relations (no database)',
  usage: USAGE,
  async run(argv) {
    const unknown = argv.filter((a) => a !== '--compact');
    if (unknown.length)
      throw new UserError(`extract: unknown option ${unknown[0]}; run 'kg extract --help'`, 2);
    const compact = argv.includes('--compact');
    let ok = 0;
    let failed = 0;
    const out = (o: unknown) => {
      process.stdout.write(JSON.stringify(o) + '\n');
    };
    // Split on bytes, not readline: each line's UTF-8 is checked (readline would turn bad bytes into
    // U+FFFD and extract garbled text), and an endless line is cut at the record size limit.
    for await (const record of readJsonLines(process.stdin, 'stdin')) {
      const lineNo = Number(record.origin?.split(':').pop());
      if ('error' in record) {
        failed++;
        log.warn({ line: lineNo, id: record.id }, record.error);
        out({ id: record.id, error: record.error });
        continue;
      }
      try {
        const { extraction } = extractArticle(record);
        out(compact ? compactOf(extraction) : extraction);
        ok++;
      } catch (err) {
        failed++;
        const message = `stdin:${lineNo}: record "${record.id}" could not be extracted (${err instanceof Error ? err.message : String(err)}); please report this with the record`;
        log.error({ line: lineNo, id: record.id, err }, message);
        out({ id: record.id, error: message });
      }
    }
    log.info({ records: ok, errors: failed }, 'extract finished');
    return 0;
  },
};
export default command;
