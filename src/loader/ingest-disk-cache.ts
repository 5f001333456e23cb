import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { IngestResult } from '../ingest/index.ts';

/**
 * Ingestion results kept on disk between builds, so a rebuild after editing one transcript
 * ingests that one file instead of the whole archive (the rebuild figures: bench/results/latest.md).
 *
 * A result is found by a key over everything that decides it: the file's path and bytes, and
 * the pipeline's version, a hash of the pipeline's own source (src/ingest), the lockfile (the
 * versions of remark, rehype and the rest) and the Node version (its Unicode and segmentation
 * data). Change any of them and the key changes, so a stale result cannot be found. A cache file
 * that cannot be read is a miss; a build removes the entries it did not use.
 */

const EXT = '.v8';
const INGEST_DIR = new URL('../ingest/', import.meta.url);

const versions = new Map<string, string | null>();

/**
 * The pipeline's version for `root` (where the lockfile is): a hash of what could change its
 * results. null where the pipeline's source cannot be read (this module moved or bundled):
 * then nothing is cached, rather than cached under a version that would not change.
 */
export function pipelineVersion(root: string): string | null {
  if (!versions.has(root)) versions.set(root, computeVersion(root));
  return versions.get(root)!;
}

function computeVersion(root: string): string | null {
  const hash = createHash('sha256').update(process.version);
  let sources: string[];
  try {
    sources = readdirSync(INGEST_DIR).filter((n) => n.endsWith('.ts')).sort();
  } catch {
    return null;
  }
  if (!sources.includes('index.ts')) return null;
  for (const name of sources) hash.update(name).update(readFileSync(new URL(name, INGEST_DIR)));
  const lock = join(root, 'package-lock.json');
  hash.update(existsSync(lock) ? readFileSync(lock) : 'no lockfile');
  return hash.digest('hex');
}

/** The cache file of one input. */
export function cacheFile(dir: string, version: string, file: string, bytes: Uint8Array): string {
  const key = createHash('sha256').update(version).update('\0').update(file).update('\0').update(bytes).digest('hex').slice(0, 32);
  return join(dir, key + EXT);
}

export function readCached(path: string): IngestResult | null {
  try {
    return deserialize(readFileSync(path)) as IngestResult;
  } catch {
    return null;
  }
}

/** Writes atomically (a build that is stopped mid-write leaves no half file); a failure only costs the next build time. */
export function writeCached(path: string, result: IngestResult): void {
  try {
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, serialize(result));
    renameSync(tmp, path);
  } catch {
    /* a cache that cannot be written is a cache that misses */
  }
}

/** Removes every entry but `keep` (the files of this build). */
export function prune(dir: string, keep: Set<string>): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) if (!keep.has(join(dir, name))) rmSync(join(dir, name), { force: true });
}
