// What each export format implements: a header, each node with its outgoing relationships as they
// stream by, and a footer. end() returns how many records the format wrote (its "entities").
import type { ExportNode } from './graph-pages.ts';

export interface FormatWriter {
  begin(): Promise<void>;
  node(node: ExportNode): Promise<void>;
  /** Finishes and closes the output; returns the number of records written. */
  end(): Promise<number>;
}
