import { fork, type ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { ingest, IngestError, type IngestResult } from '../ingest/index.ts';
import type { Diagnostic } from '../ingest/index.ts';
import { writeCached } from './ingest-disk-cache.ts';

/**
 * Ingests many files on every core: the pipeline is pure and CPU-bound, and it is most of a large
 * archive's content sync (bench/results/latest.md). Workers are child processes running
 * src/loader/ingest-worker.ts directly (Node strips the types), not worker threads: a thread's
 * memory stays with the build's process after it ends (a good part of the build's peak for a
 * large archive, bench/HISTORY.md), a process's goes back to the system when it exits. Below MIN_FILES, or where
 * workers cannot run, files are ingested here, in order; the results are the same either way.
 */
const MIN_FILES = 16;

export type Outcome = { result: IngestResult } | { error: IngestError };

interface Reply {
  id: number;
  result?: IngestResult;
  fatal?: Diagnostic;
  crash?: string;
}

/** `cacheFile`: where to keep the result for later builds (src/loader/ingest-disk-cache.ts). */
export interface Job {
  bytes: Uint8Array;
  file: string;
  cacheFile?: string;
}

export async function ingestAll(jobs: Job[], worker = new URL('./ingest-worker.ts', import.meta.url)): Promise<Outcome[]> {
  const count = Math.min(availableParallelism(), 4, Math.ceil(jobs.length / 8));
  if (jobs.length < MIN_FILES || count < 2) return jobs.map(ingestHere);
  const workers: ChildProcess[] = [];
  const outcomes: Outcome[] = new Array(jobs.length);
  let next = 0;
  try {
    for (let i = 0; i < count; i++) {
      // `advanced`: results cross as structured clones, as between threads, not as JSON. Output
      // is ignored: whatever stops a worker, the files are ingested here again, with the same
      // results or the same error, so a worker's own messages would only repeat or confuse.
      workers.push(fork(fileURLToPath(worker), [], { serialization: 'advanced', execArgv: [], stdio: ['ignore', 'ignore', 'ignore', 'ipc'] }));
    }
    await Promise.all(workers.map(run));
  } catch {
    // A worker that cannot start (a Node without type stripping) or that crashed: ingest here
    // instead, which gives the same results, or the same error with its own stack.
    return jobs.map(ingestHere);
  } finally {
    for (const w of workers) w.kill();
  }
  return outcomes;

  function run(w: ChildProcess) {
    return new Promise<void>((done, fail) => {
      let busy = false;
      const send = () => {
        if (next >= jobs.length) return done();
        const id = next++;
        busy = true;
        w.send({ id, ...jobs[id]! });
      };
      w.on('message', (m: Reply) => {
        busy = false;
        if (m.crash) return fail(new Error(`ingesting ${jobs[m.id]!.file} failed: ${m.crash}`));
        outcomes[m.id] = m.fatal ? { error: toError(m.fatal) } : { result: m.result! };
        send();
      });
      w.on('error', fail);
      w.on('exit', (code) => {
        if (busy || next < jobs.length) fail(new Error(`an ingestion worker exited (${code}) before its work was done`));
      });
      send();
    });
  }
}

function ingestHere(job: Job): Outcome {
  try {
    const result = ingest(job.bytes, job.file);
    if (job.cacheFile) writeCached(job.cacheFile, result);
    return { result };
  } catch (e) {
    if (e instanceof IngestError) return { error: e };
    throw e;
  }
}

function toError(d: Diagnostic): IngestError {
  return new IngestError(d.file, d.line, d.message, d.fix);
}
