import { IngestError } from '../../src/ingest/diagnostics.ts';

/** Runs `fn` and returns the IngestError it throws; fails the test if it throws nothing or something else. */
export function errorOf(fn: () => unknown): IngestError {
  try {
    fn();
  } catch (e) {
    if (e instanceof IngestError) return e;
    throw e;
  }
  throw new Error('expected an IngestError');
}
