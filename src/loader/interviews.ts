import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { formatDiagnostic, ingest, IngestError, type IngestResult } from '../ingest/index.ts';
import { toCollections, type Collections } from './entries.ts';

/**
 * A thin adapter from the ingestion pipeline to Astro's content layer. One loader fills the
 * `transcripts`, `sections` and `turns` collections; each file is ingested once per build
 * (shared across the three collections) and skipped entirely when its digest is unchanged.
 */

export interface InterviewLoaderOptions {
  /** Folder of transcripts, relative to the project root. */
  base: string;
  collection: keyof Collections;
}

const EXTENSIONS = /\.(md|markdown|txt)$/i;

interface Ingested {
  digest: string;
  result: IngestResult;
}
const cache = new Map<string, Ingested>();
const logged = new Set<string>();

export function interviewLoader(options: InterviewLoaderOptions): Loader {
  return {
    name: `interview-loader:${options.collection}`,
    load: async (ctx) => load(ctx, options),
  };
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

async function load(ctx: LoaderContext, options: InterviewLoaderOptions): Promise<void> {
  const root = new URL(ctx.config.root).pathname;
  const dir = join(root, options.base);
  const files = await listTranscriptFiles(dir);
  const seenSlugs = new Map<string, string>();
  const keepIds = new Set<string>();
  const errors: string[] = [];
  for (const name of files) {
    const path = join(dir, name);
    const file = relative(root, path);
    const bytes = await readFile(path);
    const digest = ctx.generateDigest(bytes.toString('latin1'));
    let ingested = cache.get(file);
    if (ingested?.digest !== digest) {
      try {
        ingested = { digest, result: ingest(new Uint8Array(bytes), file) };
      } catch (e) {
        if (e instanceof IngestError) {
          errors.push(e.message);
          continue;
        }
        throw e;
      }
      cache.set(file, ingested);
    }
    const t = ingested.result.transcript;
    if (seenSlugs.has(t.slug)) {
      errors.push(
        formatDiagnostic({
          severity: 'error',
          file,
          line: null,
          message: `its URL slug '${t.slug}' is already used by ${seenSlugs.get(t.slug)}`,
          fix: 'rename one of the files, or set a different `slug:` in its front matter',
        }),
      );
      continue;
    }
    seenSlugs.set(t.slug, file);
    if (!logged.has(`${file}:${digest}`)) {
      logged.add(`${file}:${digest}`);
      ctx.logger.info(`${t.slug}: ${ingested.result.summary}`);
      for (const w of t.warnings) ctx.logger.warn(formatDiagnostic(w));
    }
    const entries = toCollections(t)[options.collection];
    for (const entry of entries) {
      keepIds.add(entry.id);
      const entryDigest = ctx.generateDigest(`${digest}:${entry.id}`);
      if (ctx.store.get(entry.id)?.digest === entryDigest) continue; // unchanged file: nothing to re-validate
      const data = await ctx.parseData({ id: entry.id, data: entry.data as Record<string, unknown> });
      ctx.store.set({ id: entry.id, data, digest: entryDigest });
    }
  }
  for (const id of ctx.store.keys()) if (!keepIds.has(id)) ctx.store.delete(id);
  if (errors.length) {
    for (const e of errors) ctx.logger.error(e);
    const err = new Error(`${errors.length} transcript file${errors.length === 1 ? '' : 's'} could not be read:\n${errors.join('\n')}`);
    err.stack = err.message; // a clear message, not a stack trace
    throw err;
  }
}
