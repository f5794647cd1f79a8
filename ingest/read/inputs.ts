// The reading stage: files, folders and stdin to a stream of ArticleRecord or RecordError, in a
// deterministic order. Nothing here throws for bad input: every problem becomes a RecordError that
// names the file (and line) and says what to do, and the run goes on with the next record.
import { createReadStream } from 'node:fs';
import { open, readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ArticleRecord, RecordError } from '../types.ts';
import { MAX_FILE_BYTES, decodeHtml, decodeText } from './decode-text.ts';
import { readHtmlText } from './html-page.ts';
import { readJsonText } from './json-file.ts';
import { readJsonLines } from './json-lines.ts';
import { recordError } from './record.ts';
import { readPlainText } from './text-file.ts';

export type ReadResult = ArticleRecord | RecordError;

/** The path that means "standard input" (read as JSON Lines, or JSON when it starts with '['). */
export const STDIN = '-';

type Format = 'jsonl' | 'json' | 'txt' | 'html';

const FORMAT_BY_EXTENSION: Record<string, Format> = {
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.json': 'json',
  '.txt': 'txt',
  '.html': 'html',
  '.htm': 'html',
};

/** Annotation files that sit next to articles in a corpus folder; read only when named explicitly. */
const SKIPPED_IN_FOLDERS = /\.gold\.json$/i;

/** Whether a corpus folder's file name is an article record (`*.json`), not its gold (`*.gold.json`). */
export function isRecordFileName(name: string): boolean {
  return name.endsWith('.json') && !SKIPPED_IN_FOLDERS.test(name);
}

/** Bytes of a file looked at for NUL bytes before streaming it as JSON Lines. */
const BINARY_SNIFF_BYTES = 8192;

/**
 * Reads every input in order: files by extension (.jsonl/.ndjson, .json, .txt, .html/.htm),
 * folders recursively (entries sorted by name; hidden entries, unknown extensions and *.gold.json
 * skipped), and '-' for stdin. Yields one result per record; `origin` is "path:line".
 * A .txt or .html file's id is its path without extension: relative to the folder argument it was
 * found under ("a/news" and "b/news"), or just its file name when the file was given directly.
 */
export async function* readInputs(
  paths: string[],
  stdin: AsyncIterable<Uint8Array> = process.stdin,
): AsyncGenerator<ReadResult> {
  for (const input of paths) {
    if (input === STDIN) {
      yield* readStdin(stdin);
      continue;
    }
    let info;
    try {
      info = await stat(input);
    } catch (err) {
      yield recordError(null, `cannot read ${input}: ${systemReason(err)}; check the path`, input);
      continue;
    }
    if (info.isDirectory()) {
      for await (const file of walkFolder(input)) {
        if ('error' in file) yield file;
        else yield* readFile_(file.path, file.format, idFromRelativePath(path.relative(input, file.path)));
      }
    } else {
      const format = formatOf(input);
      if (!format) {
        yield recordError(
          null,
          `${input} has an unsupported file type '${path.extname(input) || '(none)'}'; expected ${Object.keys(FORMAT_BY_EXTENSION).join(', ')}`,
          input,
        );
        continue;
      }
      yield* readFile_(input, format, idFromFileName(input));
    }
  }
}

function formatOf(file: string): Format | undefined {
  return FORMAT_BY_EXTENSION[path.extname(file).toLowerCase()];
}

async function* walkFolder(folder: string): AsyncGenerator<{ path: string; format: Format } | RecordError> {
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (err) {
    yield recordError(
      null,
      `cannot read the folder ${folder}: ${systemReason(err)}; its files were skipped`,
      folder,
    );
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(folder, entry.name);
    // Symbolic links to folders are not followed, so a link cycle cannot make the walk endless.
    if (entry.isDirectory()) {
      yield* walkFolder(full);
      continue;
    }
    const format = formatOf(entry.name);
    if (!format || SKIPPED_IN_FOLDERS.test(entry.name)) continue;
    if (entry.isFile() || (entry.isSymbolicLink() && (await stat(full).catch(() => null))?.isFile()))
      yield { path: full, format };
  }
}

/** Reads one file; `id` is the id a .txt or .html file's record gets (records of JSON files carry their own). */
async function* readFile_(file: string, format: Format, id: string): AsyncGenerator<ReadResult> {
  if (format === 'jsonl') {
    yield* readJsonLinesFile(file);
    return;
  }
  let bytes: Uint8Array;
  try {
    const size = (await stat(file)).size;
    if (size > MAX_FILE_BYTES) {
      yield recordError(
        null,
        `${file} is ${size} bytes, over the limit of ${MAX_FILE_BYTES} for one ${format} file; split it, or use JSON Lines for many records`,
        file,
      );
      return;
    }
    bytes = await readFile(file);
  } catch (err) {
    yield recordError(null, `cannot read ${file}: ${systemReason(err)}`, file);
    return;
  }
  const decoded = format === 'html' ? decodeHtml(bytes, `file ${file}`) : decodeText(bytes, `file ${file}`);
  if ('error' in decoded) {
    yield recordError(format === 'json' ? null : id, decoded.error, file);
    return;
  }
  if (format === 'json') yield* readJsonText(decoded.text, file);
  else if (format === 'txt') yield readPlainText(decoded.text, file, id);
  else yield readHtmlText(decoded.text, file, id);
}

async function* readJsonLinesFile(file: string): AsyncGenerator<ReadResult> {
  // A binary file would otherwise give one "not UTF-8" error per line; one error for the file says it better.
  let head: Uint8Array;
  try {
    const handle = await open(file, 'r');
    try {
      const buffer = new Uint8Array(BINARY_SNIFF_BYTES);
      const { bytesRead } = await handle.read(buffer, 0, BINARY_SNIFF_BYTES, 0);
      head = buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch (err) {
    yield recordError(null, `cannot read ${file}: ${systemReason(err)}`, file);
    return;
  }
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  const nul = head.indexOf(0);
  if (utf16 || nul >= 0) {
    // decodeText phrases both cases; its NUL offset is the file offset since `head` starts the file.
    const error = (decodeText(head.subarray(0, utf16 ? 2 : nul + 1), `file ${file}`) as { error: string })
      .error;
    yield recordError(null, error, file);
    return;
  }
  try {
    yield* readJsonLines(createReadStream(file), file);
  } catch (err) {
    // The file went away or became unreadable while being streamed; what was read stands.
    yield recordError(
      null,
      `reading ${file} stopped: ${systemReason(err)}; the records before this were read`,
      file,
    );
  }
}

async function* readStdin(stdin: AsyncIterable<Uint8Array>): AsyncGenerator<ReadResult> {
  const iterator = stdin[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done) return;
  const firstChunk = first.value;
  const rest: AsyncIterable<Uint8Array> = {
    async *[Symbol.asyncIterator]() {
      yield firstChunk;
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
    },
  };
  const start = firstChunk.findIndex(
    (b) => b !== 0x20 && b !== 0x0a && b !== 0x0d && b !== 0x09 && b !== 0xef && b !== 0xbb && b !== 0xbf,
  );
  if (start >= 0 && firstChunk[start] === 0x5b /* '[' */) {
    const chunks: Uint8Array[] = [];
    let size = 0;
    for await (const chunk of rest) {
      size += chunk.length;
      if (size > MAX_FILE_BYTES) {
        yield recordError(
          null,
          `stdin: a JSON array over ${MAX_FILE_BYTES} bytes; send JSON Lines instead, one record per line`,
          'stdin',
        );
        return;
      }
      chunks.push(chunk);
    }
    const decoded = decodeText(Buffer.concat(chunks), 'stdin');
    if ('error' in decoded) yield recordError(null, decoded.error, 'stdin');
    else yield* readJsonText(decoded.text, 'stdin');
    return;
  }
  yield* readJsonLines(rest, 'stdin');
}

/** "feeds/2021/vi-dev-001.html" → "vi-dev-001": the id of a file given directly. */
export function idFromFileName(file: string): string {
  return path.parse(file).name;
}

/**
 * "2021/05/news.txt" (relative to the folder argument) → "2021/05/news": the id of a file found in
 * a folder, so same-named files in different sub-folders get different ids. Separators are always
 * '/', so the id does not depend on the platform; a file at the top of the folder keeps its name.
 */
export function idFromRelativePath(relative: string): string {
  const { dir, name } = path.parse(relative);
  return [...dir.split(path.sep).filter((part) => part !== ''), name].join('/');
}

function systemReason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a folder';
  return err instanceof Error ? err.message : String(err);
}
