// How far V8 lets the heap grow past what survived the last full collection, set by a long-running
// command for itself (decision 0055). `kg ingest` keeps a small live set (31–40 MB after a full
// collection, decision 0046) but allocates tens of MB of garbage per batch (extraction, the
// driver's records); with V8's default growing factor the old generation grows to several times
// the live set before the next full collection, and that garbage is the peak RSS. The usual cap,
// --max-old-space-size, is read only when V8 starts (setting it later changes nothing), and
// starting a second process for it would change the command's signals and exit codes; the
// growing factor is read at every full collection, so it can be set from inside the command.
import v8 from 'node:v8';

/** The heap may grow this many percent past the live set before a full collection (V8's own default is dynamic: up to 300 %). */
export const INGEST_HEAP_GROWING_PERCENT = 50;

// A user who sized the heap themselves (node flags or NODE_OPTIONS, which admits only the sizes) is left alone.
const USER_HEAP_FLAG = /--(max[-_]old[-_]space[-_]size|max[-_]heap[-_]size|heap[-_]growing[-_]percent)\b/;

/** Whether the process was started with a heap size or growing factor of the user's own. */
export function userSizedHeap(execArgv: readonly string[], nodeOptions: string | undefined): boolean {
  return execArgv.some((a) => USER_HEAP_FLAG.test(a)) || USER_HEAP_FLAG.test(nodeOptions ?? '');
}

/**
 * Bounds the heap's growth between full collections to `percent` over the live set, unless the
 * user sized the heap; returns whether it did. Costs more full collections of a small live set.
 */
export function boundHeapGrowth(
  percent: number,
  execArgv: readonly string[] = process.execArgv,
  nodeOptions: string | undefined = process.env.NODE_OPTIONS,
): boolean {
  if (userSizedHeap(execArgv, nodeOptions)) return false;
  v8.setFlagsFromString(`--heap-growing-percent=${percent}`);
  return true;
}
