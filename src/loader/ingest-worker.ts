import { parentPort } from 'node:worker_threads';
import { ingest, IngestError } from '../ingest/index.ts';

/** Runs the ingestion pipeline for src/loader/ingest-pool.ts, one file per message. */
parentPort!.on('message', ({ id, bytes, file }: { id: number; bytes: Uint8Array; file: string }) => {
  try {
    parentPort!.postMessage({ id, result: ingest(bytes, file) });
  } catch (e) {
    if (e instanceof IngestError) parentPort!.postMessage({ id, fatal: e.diagnostic });
    else parentPort!.postMessage({ id, crash: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  }
});
