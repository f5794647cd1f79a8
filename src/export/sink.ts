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

/**
 * `close: false` leaves the stream open (stdout). `signal` ends a wait for 'drain' that will never
 * come (an HTTP client that went away), so the export stops reading instead of hanging.
 */
export function streamSink(
  stream: Writable,
  { close = true, signal }: { close?: boolean; signal?: AbortSignal } = {},
): TextSink {
  return {
    async write(text) {
      signal?.throwIfAborted();
      if (!stream.write(text)) await once(stream, 'drain', signal ? { signal } : {});
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

/** A sink that drops what it is given (the files of a CSV export other than the one asked for). */
export const discardSink: TextSink = { write: async () => {}, end: async () => {} };

export function directorySinks(dir: string): SinkFactory {
  return (fileName) => streamSink(createWriteStream(path.join(dir, fileName)));
}
