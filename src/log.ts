// The logger lives in the lowest layer (ingest/base/log.ts) so ingest/ and src/db can log without
// importing src/; this name stays for the modules of src/ that import it (decision 0026).
export { log, childLog } from '../ingest/base/log.ts';
