// Where an export writes: text sinks over Node streams that honour back-pressure (a write waits for
// 'drain' when the stream's buffer is full), so a slow disk or a slow HTTP client slows the reads
// down instead of filling memory.
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import path from 'node:path';
import type { Writable } from 'node:stream';

export interface TextSink {
  write(text: string): Promise<void>;
  end(): Promise<void>;
}

export function streamSink(stream: Writable, { close = true } = {}): TextSink {
  return {
    async write(text) {
      if (!stream.write(text)) await once(stream, 'drain');
    },
    async end() {
      if (!close) return;
      await new Promise<void>((resolve, reject) => {
        stream.once('error', reject);
        stream.end(() => resolve());
      });
    },
  };
}

/** Opens one named file of a multi-file export (CSV: one file per label and per relationship type). */
export type SinkFactory = (fileName: string) => TextSink;

export function directorySinks(dir: string): SinkFactory {
  return (fileName) => streamSink(createWriteStream(path.join(dir, fileName)));
}
