import { createHash } from 'node:crypto';
import { appendFileSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterAll, describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.ts';
import { toCollection, type TurnEntry } from '../../src/loader/entries.ts';
import { buildCache } from '../../src/loader/directory.ts';
import { BUILD_STATE_KEY, buildState } from '../../src/loader/build-state.ts';
import { interviewLoader } from '../../src/loader/interviews.ts';
import { configuredCollections, renderStore, storeModule, storeSnapshot } from '../../src/loader/render-store.ts';

// The loader against a stand-in for Astro's content layer: a store that keeps what it is given
// across builds, as Astro's does, and records what each build stores.
const root = mkdtempSync(join(tmpdir(), 'interview-reader-loader-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const content = join(root, 'content');
mkdirSync(content);
const fixtures = new URL('../fixtures/transcripts/', import.meta.url);
for (const name of ['podcast-qa.md', 'entrevista-es.md']) copyFileSync(new URL(name, fixtures), join(content, name));

type Stored = { id: string; data: Record<string, unknown>; digest?: string };
const entries = new Map<string, Stored>();
let stored: string[] = [];

const ctx = {
  collection: 'turns',
  config: { root: pathToFileURL(`${root}/`), cacheDir: pathToFileURL(join(root, 'cache/')) },
  store: {
    keys: () => [...entries.keys()],
    get: (id: string) => entries.get(id),
    set: (e: Stored) => (stored.push(e.id), entries.set(e.id, e), true),
    delete: (id: string) => void entries.delete(id),
  },
  generateDigest: (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 16),
  parseData: async ({ data }: { data: Record<string, unknown> }) => data,
  logger: { info() {}, warn() {}, error() {} },
} as unknown as LoaderContext;

const build = async () => {
  stored = [];
  await interviewLoader({ base: 'content', collection: 'turns' }).load(ctx);
  return stored;
};
const turnsOf = (name: string): { id: string; data: TurnEntry }[] => toCollection(ingest(readFileSync(join(content, name)), name).transcript, 'turns');

describe('the interview loader', () => {
  it('stores every turn of every file as ingestion gives it, one digest per file', async () => {
    const expected = [...turnsOf('entrevista-es.md'), ...turnsOf('podcast-qa.md')];
    expect(await build()).toEqual(expected.map((e) => e.id));
    for (const e of expected) expect(entries.get(e.id)!.data).toEqual(e.data);
    const digests = (name: string) => new Set(turnsOf(name).map((e) => entries.get(e.id)!.digest));
    expect(digests('podcast-qa.md').size).toBe(1);
    expect(digests('entrevista-es.md').size).toBe(1);
    expect([...digests('podcast-qa.md')][0]).not.toBe([...digests('entrevista-es.md')][0]);
  });

  it('stores nothing again for unchanged files; an edited file’s turns are stored again, a removed file’s deleted', async () => {
    expect(await build()).toEqual([]);
    appendFileSync(join(content, 'entrevista-es.md'), '\nUna pregunta más, al final.\n');
    const edited = turnsOf('entrevista-es.md');
    expect(await build()).toEqual(edited.map((e) => e.id));
    expect(entries.get(edited.at(-1)!.id)!.data.html).toContain('<p>Una pregunta más, al final.</p>');
    rmSync(join(content, 'podcast-qa.md'));
    expect(await build()).toEqual([]);
    expect([...entries.keys()]).toEqual(edited.map((e) => e.id));
  });

  it('gives the results back to disk once all three collections have their entries, and hands its stores over for rendering', async () => {
    const stores = new Map<string, Map<string, Stored>>();
    const contextFor = (collection: string) => {
      const own = new Map<string, Stored>();
      stores.set(collection, own);
      return { ...ctx, collection, store: { keys: () => [...own.keys()], get: (id: string) => own.get(id), set: (e: Stored) => (own.set(e.id, e), true), delete: (id: string) => void own.delete(id), entries: () => [...own] } } as unknown as LoaderContext;
    };
    const cache = buildCache();
    cache.clear();
    await interviewLoader({ base: 'content', collection: 'turns' }).load(contextFor('turns'));
    expect(cache.size).toBe(1); // one file left in the folder; held until all three have their entries
    // As Astro runs them: at once, sharing one read.
    await Promise.all((['transcripts', 'sections', 'turns'] as const).map((c) => interviewLoader({ base: 'content', collection: c }).load(contextFor(c))));
    expect(cache.size).toBe(0);
    expect(stores.get('transcripts')!.size).toBe(1);
    // The stores rendering reads (src/loader/render-store.ts): what the loaders stored, by collection and id.
    configuredCollections(['turns', 'transcripts', 'sections']);
    const snapshot = storeSnapshot()!;
    expect([...snapshot.keys()]).toEqual(['sections', 'transcripts', 'turns']);
    expect([...snapshot.get('turns')!.keys()]).toEqual([...stores.get('turns')!.keys()].sort((a, b) => a.localeCompare(b)));
    expect(snapshot.get('turns')!.get([...stores.get('turns')!.keys()][0]!)).toBe(stores.get('turns')!.get([...stores.get('turns')!.keys()][0]!));
    // The module Astro imports its store from gives these, or the file while a collection's store is missing.
    const file = join(root, 'data-store.json');
    writeFileSync(file, JSON.stringify([['Map', 1, 2], 'from-file', ['Map']]));
    let loads = 0; // a new URL each time: imports are cached by URL
    const load = async () => (await import(`data:text/javascript,${encodeURIComponent(`${storeModule(file)}// ${loads++}`)}`)).default;
    expect(await load()).toEqual(snapshot);
    configuredCollections(['turns', 'transcripts', 'sections', 'other']);
    expect(storeSnapshot()).toBeNull();
    expect(await load()).toEqual([['Map', 1, 2], 'from-file', ['Map']]);
  });
  it('keeps what the build shares in one place: the ingestion cache and the stores under one global', () => {
    const state = (globalThis as unknown as Record<symbol, Record<string, unknown>>)[Symbol.for(BUILD_STATE_KEY)]!;
    expect(Object.keys(state).sort()).toEqual(['contentStores', 'ingestCache']);
    expect(state['ingestCache']).toBe(buildCache());
    expect(buildState()).toBe(state);
    // Nothing else of this project's is on the global object.
    expect(Object.getOwnPropertySymbols(globalThis).filter((k) => k.description?.startsWith('interview-reader'))).toEqual([Symbol.for(BUILD_STATE_KEY)]);
    expect(Object.keys(globalThis).filter((k) => /interviewReader/i.test(k))).toEqual([]);
  });
});

describe('the interview loader in `astro dev`', () => {
  it('loads the collection again when a transcript is saved, added or removed, and ignores other files', async () => {
    const handlers = new Map<string, ((path: string) => void)[]>();
    const watched: string[] = [];
    const watcher = {
      add: (p: string) => void watched.push(p),
      on: (event: string, fn: (path: string) => void) => void handlers.set(event, [...(handlers.get(event) ?? []), fn]),
    };
    const devCtx = { ...ctx, watcher } as unknown as LoaderContext;
    await interviewLoader({ base: 'content', collection: 'turns' }).load(devCtx);
    expect(watched).toEqual([content]);
    const file = join(content, 'dev-edit.md');
    const text = '---\nspeakers:\n  SA: Sam Altman\n---\nWhy defaults?\n\nSA: The defaults matter most.\n\nAnd then?\n\nSA: Nothing else.\n';
    try {
      writeFileSync(file, text);
      stored = [];
      for (const fn of handlers.get('add')!) fn(file);
      await expect.poll(() => stored.some((id) => id.startsWith('dev-edit/')), { timeout: 20_000 }).toBe(true);
      writeFileSync(file, text.replace('The defaults matter most.', 'The defaults, always.'));
      stored = [];
      for (const fn of handlers.get('change')!) fn(file);
      await expect.poll(() => stored.length, { timeout: 20_000 }).toBeGreaterThan(0);
      expect(stored.every((id) => id.startsWith('dev-edit/'))).toBe(true);
      expect([...entries.values()].some((e) => String(e.data['html']).includes('The defaults, always.'))).toBe(true);
      stored = [];
      for (const fn of handlers.get('change')!) fn(join(content, 'notes.json'));
      await new Promise((r) => setTimeout(r, 200));
      expect(stored).toEqual([]);
    } finally {
      rmSync(file, { force: true });
    }
  }, 60_000);
});

describe('rendering from the stores in memory', () => {
  const setup = (integration: ReturnType<typeof renderStore>) => {
    let plugin: { load(id: string): string | undefined } | undefined;
    const hooks = integration.hooks as Record<string, (o: Record<string, unknown>) => unknown>;
    hooks['astro:config:setup']!({
      command: 'build',
      config: { output: 'static', adapter: undefined, experimental: {}, cacheDir: pathToFileURL(join(root, 'cache/')), root: pathToFileURL(`${root}/`) },
      updateConfig: (c: { vite: { plugins: { load(id: string): string | undefined }[] } }) => void (plugin = c.vite.plugins[0]),
      logger: { info() {} },
    });
    return { plugin: plugin!, done: () => hooks['astro:build:done']!({}) };
  };
  it('fails the build in one line naming the switch when Astro never asked for its store through it', () => {
    const { done } = setup(renderStore());
    expect(done).toThrow(/^Astro no longer imports its content store from "astro:data-layer-content".*Fix: build with CONTENT_STORE=bundled/);
  });
  it('is quiet when it served the store', () => {
    const { plugin, done } = setup(renderStore());
    plugin.load('\0interview-reader:content-store');
    expect(done).not.toThrow();
  });
});
