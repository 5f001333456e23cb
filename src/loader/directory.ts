import { existsSync, mkdirSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { formatDiagnostic, type IngestResult } from '../ingest/index.ts';
import { cacheFile, pipelineVersion, prune, readCached } from './ingest-disk-cache.ts';
import { ingestAll } from './ingest-pool.ts';

/**
 * Reads every transcript in a folder through the pipeline. Shared by the content loader and
 * the search index so both see exactly the same transcripts. A file with a fatal problem is
 * reported and skipped; two files that would get the same URL are both reported.
 */

const EXTENSIONS = /\.(md|markdown|txt)$/i;

export interface DirectoryResult {
  transcripts: { file: string; digest: string; result: IngestResult }[];
  /** One line per fatal problem, `file:line: error: ... Fix: ...`. */
  errors: string[];
  /** Files this read ran through the pipeline, and files it found ingested by an earlier build. */
  ingested: number;
  fromDisk: number;
}

/**
 * Ingestion results by file and content digest, so an unchanged file is never parsed twice;
 * `cacheFile`: where the result is also kept on disk, if it is (see ingest-disk-cache.ts).
 */
export type IngestCache = Map<string, { digest: string; result: IngestResult; cacheFile?: string }>;

/** The folder, in Astro's cache folder, where ingestion results are kept between builds. */
export function ingestCacheDir(cacheDir: URL): string {
  return fileURLToPath(new URL('interview-reader-ingest/', cacheDir));
}

/**
 * Drops from memory the results that are kept on disk: the next read of their folder with the
 * disk cache reads them back. A 1,000-interview archive's results take 0.27 GB in memory, and
 * the build needs them only to fill the collections, to write the search documents and to
 * write the answer pages, not while Astro writes its store or renders. Results that are not on
 * disk stay.
 */
export function releaseResults(cache: IngestCache): number {
  let released = 0;
  for (const [file, entry] of cache) {
    if (entry.cacheFile && existsSync(entry.cacheFile)) {
      cache.delete(file);
      released++;
    }
  }
  return released;
}

/**
 * One cache for the whole build process. Astro loads the content config and the integrations
 * through different module graphs, so a module-level Map would exist twice; the loader and the
 * search index share this one instead of ingesting every file twice.
 */
export function buildCache(): IngestCache {
  const g = globalThis as typeof globalThis & { __interviewReaderIngestCache?: IngestCache };
  return (g.__interviewReaderIngestCache ??= new Map());
}

export async function listTranscriptFiles(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  return names.filter((n) => EXTENSIONS.test(n) && !n.startsWith('.')).sort();
}

/** Reads in progress, per cache and folder: Astro runs the three collections' loaders at once. */
const inFlight = new WeakMap<IngestCache, Map<string, Promise<DirectoryResult>>>();

/** Ingestion results kept between builds (see ingest-disk-cache.ts). */
export interface DiskCache {
  dir: string;
  /** false: ingest every file again and rewrite the cache (a forced build, `astro build --force`). */
  read: boolean;
}

/** Without `diskCache`, every file this process has not seen yet is ingested. */
export function readTranscripts(dir: string, root: string, cache: IngestCache = new Map(), diskCache?: DiskCache): Promise<DirectoryResult> {
  let reads = inFlight.get(cache);
  if (!reads) inFlight.set(cache, (reads = new Map()));
  const key = `${root}\0${dir}`;
  const pending = reads.get(key);
  if (pending) return pending;
  const read = readFolder(dir, root, cache, diskCache).finally(() => reads.delete(key));
  reads.set(key, read);
  return read;
}

async function readFolder(dir: string, root: string, cache: IngestCache, diskCache: DiskCache | undefined): Promise<DirectoryResult> {
  const out: DirectoryResult = { transcripts: [], errors: [], ingested: 0, fromDisk: 0 };
  const files = await Promise.all(
    (await listTranscriptFiles(dir)).map(async (name) => {
      const path = join(dir, name);
      const bytes = await readFile(path);
      return { file: relative(root, path) || name, bytes, digest: createHash('sha256').update(bytes).digest('hex').slice(0, 16) };
    }),
  );
  // Files not ingested yet (or changed since), and not ingested by an earlier build either, go
  // through the pipeline together, on every core.
  let misses = files.filter(({ file, digest }) => cache.get(file)?.digest !== digest);
  const cacheFiles = new Map<string, string>();
  const version = diskCache ? pipelineVersion(root) : null;
  if (diskCache && version) {
    mkdirSync(diskCache.dir, { recursive: true });
    for (const { file, bytes } of files) cacheFiles.set(file, cacheFile(diskCache.dir, version, file, bytes));
    if (diskCache.read) {
      misses = misses.filter(({ file, digest }) => {
        const result = readCached(cacheFiles.get(file)!);
        if (!result) return true;
        cache.set(file, { digest, result, cacheFile: cacheFiles.get(file) });
        out.fromDisk++;
        return false;
      });
    }
    prune(diskCache.dir, new Set(cacheFiles.values()));
  }
  out.ingested = misses.length;
  const outcomes = await ingestAll(misses.map(({ file, bytes }) => ({ file, bytes: new Uint8Array(bytes), cacheFile: cacheFiles.get(file) })));
  const failed = new Map<string, string>();
  misses.forEach(({ file, digest }, i) => {
    const outcome = outcomes[i]!;
    if ('error' in outcome) failed.set(file, outcome.error.message);
    else cache.set(file, { digest, result: outcome.result, cacheFile: cacheFiles.get(file) });
  });
  const bySlug = new Map<string, string>();
  for (const { file, digest } of files) {
    if (failed.has(file)) {
      out.errors.push(failed.get(file)!);
      continue;
    }
    const hit = cache.get(file)!;
    const slug = hit.result.transcript.slug;
    const other = bySlug.get(slug);
    if (other) {
      out.errors.push(
        formatDiagnostic({
          severity: 'error',
          file,
          line: null,
          message: `its URL /${slug}/ is already taken by ${other}`,
          fix: 'rename one of the two files, or give one a different `slug:` in its front matter',
        }),
      );
      continue;
    }
    bySlug.set(slug, file);
    out.transcripts.push({ file, digest, result: hit.result });
  }
  return out;
}
