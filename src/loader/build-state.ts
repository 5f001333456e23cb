/**
 * Everything one build shares between Astro's module graphs, in one place.
 *
 * Astro loads the content config (and with it the loaders) and the integrations through
 * different module graphs, so a module-level value would exist twice, once per graph. What the
 * build shares lives here instead, on one global under one name; every reader of it imports this
 * module, so a search for `buildState` finds them all:
 *
 * - `ingestCache`: ingestion results by file (src/loader/directory.ts, `buildCache`), filled by the
 *   content sync and read by the search index, the preview cards and the answer pages, so no file
 *   is ingested twice;
 * - `contentStores`: the loaders' stores, which pages render from (src/loader/render-store.ts).
 *   The module render-store.ts generates reads it at render time as `globalThis[Symbol.for(KEY)]`.
 *
 * Each member is created by the module that owns it, on first use.
 */
export const BUILD_STATE_KEY = 'interview-reader.build-state';

export interface BuildState {
  ingestCache?: unknown;
  contentStores?: unknown;
}

export function buildState(): BuildState {
  const g = globalThis as typeof globalThis & { [key: symbol]: BuildState | undefined };
  return (g[Symbol.for(BUILD_STATE_KEY)] ??= {});
}
