import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { createHash } from 'node:crypto';
import { formatDiagnostic, ingest, IngestError, type IngestResult } from '../ingest/index.ts';

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
}

/** Ingestion results by file and content digest, so an unchanged file is never parsed twice. */
export type IngestCache = Map<string, { digest: string; result: IngestResult }>;

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

export async function readTranscripts(dir: string, root: string, cache: IngestCache = new Map()): Promise<DirectoryResult> {
  const out: DirectoryResult = { transcripts: [], errors: [] };
  const bySlug = new Map<string, string>();
  for (const name of await listTranscriptFiles(dir)) {
    const path = join(dir, name);
    const file = relative(root, path) || name;
    const bytes = await readFile(path);
    const digest = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
    let hit = cache.get(file);
    if (hit?.digest !== digest) {
      try {
        hit = { digest, result: ingest(new Uint8Array(bytes), file) };
      } catch (e) {
        if (e instanceof IngestError) {
          out.errors.push(e.message);
          continue;
        }
        throw e;
      }
      cache.set(file, hit);
    }
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
