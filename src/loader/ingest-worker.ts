import { ingest, IngestError } from '../ingest/index.ts';
import { writeCached } from './ingest-disk-cache.ts';

/**
 * Runs the ingestion pipeline for src/loader/ingest-pool.ts, in a child process, one file per
 * message, and keeps each result for later builds where asked (on this core, not the build's).
 */
process.on('message', ({ id, bytes, file, cacheFile }: { id: number; bytes: Uint8Array; file: string; cacheFile?: string }) => {
  try {
    const result = ingest(bytes, file);
    if (cacheFile) writeCached(cacheFile, result);
    process.send!({ id, result });
  } catch (e) {
    if (e instanceof IngestError) process.send!({ id, fatal: e.diagnostic });
    else process.send!({ id, crash: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  }
});
// The pool kills its workers when done; should it die first, do not outlive it.
process.on('disconnect', () => process.exit(0));
