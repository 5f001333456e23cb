import { existsSync, mkdirSync } from 'node:fs';
import type { Dirent } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { formatDiagnostic, type IngestResult } from '../ingest/index.ts';
import { cacheFile, pipelineVersion, prune, readCached } from './ingest-disk-cache.ts';
import { ingestAll } from './ingest-pool.ts';
import { buildState } from './build-state.ts';

/**
 * Reads every transcript in a folder through the pipeline. Shared by the content loader and
 * the search index so both see exactly the same transcripts. A file with a fatal problem is
 * reported and skipped; two files that would get the same URL are both reported.
 */

/** Markdown, plain text, and caption files (WebVTT, SubRip, SubViewer) from recording tools. */
export const EXTENSIONS = /\.(md|markdown|txt|vtt|srt|sbv|csv|tsv)$/i;

export interface DirectoryResult {
  transcripts: { file: string; digest: string; result: IngestResult }[];
  /** One line per fatal problem, `file:line: error: ... Fix: ...`. */
  errors: string[];
  /** One line per file that is not built but does not stop the build (a subfolder, a dangling link). */
  warnings: string[];
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
 * disk cache reads them back. A large archive's results take a good part of the build's memory
 * (bench/HISTORY.md), and the build needs them only to fill the collections, to write the search documents and to
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

/** One cache for the whole build process (src/loader/build-state.ts): the loaders, the search index, the preview cards and the answer pages share it. */
export function buildCache(): IngestCache {
  const state = buildState();
  return (state.ingestCache ??= new Map()) as IngestCache;
}

export async function listTranscriptFiles(dir: string, warnings: string[] = []): Promise<string[]> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const names: string[] = [];
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    if (e.isDirectory()) {
      // Nothing is skipped without a word: a folder of transcripts, or a folder named like one.
      const inside = await readdir(join(dir, e.name)).catch(() => [] as string[]);
      const transcripts = inside.filter((n) => EXTENSIONS.test(n));
      if (EXTENSIONS.test(e.name) || transcripts.length)
        warnings.push(
          formatDiagnostic({
            severity: 'warning',
            file: join(dir, e.name),
            line: null,
            message: EXTENSIONS.test(e.name) ? 'is a folder, not a transcript file; it is not built' : `is a subfolder; its ${transcripts.length} transcript file${transcripts.length === 1 ? ' is' : 's are'} not built`,
            fix: 'put transcript files directly in the interviews folder',
          }),
        );
      continue;
    }
    if (EXTENSIONS.test(e.name)) names.push(e.name);
  }
  return names.sort();
}

/** Reads in progress, per cache and folder: Astro runs the three collections' loaders at once. */
/** The folder of transcripts a build reads, from the project root: an integration's `contentDir` option, else INTERVIEWS_DIR, else content/interviews. */
export function transcriptsFolder(root: string, option?: string): string {
  return resolve(root, option ?? process.env.INTERVIEWS_DIR ?? 'content/interviews');
}

/**
 * The transcripts as the content sync ingested them, for an integration that runs after it
 * (search index, preview cards, answer pages): from this build's cache, in memory or back on
 * disk (releaseResults), never ingested again.
 */
export function syncedTranscripts(dir: string, root: string, cacheDir: URL | undefined): Promise<DirectoryResult> {
  return readTranscripts(dir, root, buildCache(), cacheDir && { dir: ingestCacheDir(cacheDir), read: true });
}

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

/** Two names a reader cannot tell apart: the same letters in another Unicode form. */
function sameLooking(a: string, b: string): boolean {
  return a !== b && a.normalize('NFC') === b.normalize('NFC');
}

async function readFolder(dir: string, root: string, cache: IngestCache, diskCache: DiskCache | undefined): Promise<DirectoryResult> {
  const out: DirectoryResult = { transcripts: [], errors: [], warnings: [], ingested: 0, fromDisk: 0 };
  const read = await Promise.all(
    (await listTranscriptFiles(dir, out.warnings)).map(async (name) => {
      const path = join(dir, name);
      const file = relative(root, path) || name;
      try {
        const bytes = await readFile(path);
        return { file, bytes, digest: createHash('sha256').update(bytes).digest('hex').slice(0, 16) };
      } catch (e) {
        // A dangling link, a file without read permission: said, and the rest is built.
        const code = (e as NodeJS.ErrnoException).code ?? 'unknown error';
        out.warnings.push(formatDiagnostic({ severity: 'warning', file, line: null, message: `cannot be read (${code}); it is not built`, fix: code === 'ENOENT' ? 'the file is a link to nothing: replace it with the transcript itself' : 'check that the file is readable' }));
        return null;
      }
    }),
  );
  const files = read.filter((f): f is NonNullable<typeof f> => f != null);
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
          message: `its URL /${slug}/ is already taken by ${sameLooking(file, other) ? `${other}, a name that looks the same but is written with other Unicode characters (accented letters composed in one, decomposed in the other)` : other}`,
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
