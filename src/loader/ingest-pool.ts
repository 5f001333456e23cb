import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { ingest, IngestError, type IngestResult } from '../ingest/index.ts';
import type { Diagnostic } from '../ingest/index.ts';

/**
 * Ingests many files on every core: the pipeline is pure and CPU-bound, and a 1,000-interview
 * archive spends about 30 s in it on one core. Workers run src/loader/ingest-worker.ts directly
 * (Node strips the types). Below MIN_FILES, or where workers cannot run, files are ingested
 * here, in order; the results are the same either way.
 */
const MIN_FILES = 16;

export type Outcome = { result: IngestResult } | { error: IngestError };

export async function ingestAll(jobs: { bytes: Uint8Array; file: string }[], worker = new URL('./ingest-worker.ts', import.meta.url)): Promise<Outcome[]> {
  const threads = Math.min(availableParallelism(), 4, Math.ceil(jobs.length / 8));
  if (jobs.length < MIN_FILES || threads < 2) return jobs.map(ingestHere);
  let workers: Worker[];
  try {
    workers = Array.from({ length: threads }, () => new Worker(worker));
  } catch {
    return jobs.map(ingestHere);
  }
  const outcomes: Outcome[] = new Array(jobs.length);
  let next = 0;
  try {
    await run();
  } catch {
    // A worker that cannot start (a Node without type stripping) or that crashed: ingest here
    // instead, which gives the same results, or the same error with its own stack.
    return jobs.map(ingestHere);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return outcomes;

  function run() {
    return Promise.all(
      workers.map(
        (w) =>
          new Promise<void>((done, fail) => {
            const send = () => {
              if (next >= jobs.length) return done();
              const id = next++;
              w.postMessage({ id, ...jobs[id]! });
            };
            w.on('message', (m: { id: number; result?: IngestResult; fatal?: Diagnostic; crash?: string }) => {
              if (m.crash) return fail(new Error(`ingesting ${jobs[m.id]!.file} failed: ${m.crash}`));
              outcomes[m.id] = m.fatal ? { error: toError(m.fatal) } : { result: m.result! };
              send();
            });
            w.on('error', fail);
            send();
          }),
      ),
    );
  }
}

function ingestHere(job: { bytes: Uint8Array; file: string }): Outcome {
  try {
    return { result: ingest(job.bytes, job.file) };
  } catch (e) {
    if (e instanceof IngestError) return { error: e };
    throw e;
  }
}

function toError(d: Diagnostic): IngestError {
  return new IngestError(d.file, d.line, d.message, d.fix);
}
