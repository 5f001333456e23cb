import { ingest, IngestError } from '../ingest/index.ts';

/** Runs the ingestion pipeline for src/loader/ingest-pool.ts, in a child process, one file per message. */
process.on('message', ({ id, bytes, file }: { id: number; bytes: Uint8Array; file: string }) => {
  try {
    process.send!({ id, result: ingest(bytes, file) });
  } catch (e) {
    if (e instanceof IngestError) process.send!({ id, fatal: e.diagnostic });
    else process.send!({ id, crash: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  }
});
// The pool kills its workers when done; should it die first, do not outlive it.
process.on('disconnect', () => process.exit(0));
