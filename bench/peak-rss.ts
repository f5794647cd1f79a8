// Preloaded into a child process a benchmark measures (`node --import ./bench/peak-rss.ts …`): when
// the process exits, its peak resident set size (getrusage's ru_maxrss, KiB on Linux — the VmHWM
// the kernel keeps) is written to the file KG_PEAK_RSS_FILE names. The exit hook is the one place
// that sees the whole run, whatever way the command ends; nothing else of the child is touched.
import { writeFileSync } from 'node:fs';

const file = process.env.KG_PEAK_RSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, `${process.resourceUsage().maxRSS}\n`));
