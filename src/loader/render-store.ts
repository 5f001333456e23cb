import { existsSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { DataStore } from 'astro/loaders';
import { BUILD_STATE_KEY, buildState } from './build-state.ts';

/**
 * Where a static build's pages read the content store from: the stores the content sync left in
 * memory, or, failing that, the store's file. Never a copy bundled into the server code.
 *
 * Astro writes the store (`<cacheDir>/data-store.json`) at the end of the sync, then builds it
 * into the server bundle as one string literal, `export default JSON.parse("...")`. For a
 * large archive that is a module of a hundred megabytes: Astro parsed it to check it and quoted
 * it, the bundler parsed and wrote it, and rendering held its source, the string and the parsed
 * store at once. Reading the file when pages render instead still parsed it in the middle of
 * rendering, at the build's peak of memory (figures: bench/HISTORY.md).
 *
 * A static build renders in the process that ran the sync, where the loaders' stores (Astro's
 * own, handed to each loader as `ctx.store`) still hold every entry. So the module that Astro
 * imports its store from gives it those entries, sorted by collection and id as Astro sorts them
 * when it writes the file: the same objects, no copy, nothing to parse. It needs every
 * collection the content config defines (content.config.ts names them, each loader hands over
 * its store); when one is missing, a collection with a loader of another kind, it reads the file.
 * The site is byte-identical either way (a browser test compares a build with
 * CONTENT_STORE=bundled, Astro's own way).
 *
 * It relies on the id Astro's runtime imports the store from (private to Astro), and on Astro
 * accepting a Map there. If a later Astro changes the id, the alias matches nothing: the build
 * then fails at its end with one line that says so and names the switch, CONTENT_STORE=bundled,
 * that builds Astro's own way; it never goes on quietly with a store it did not check. The dev
 * server and sites with server-rendered pages are left alone.
 */

/** The id Astro's runtime imports its store from. */
export const ASTRO_STORE_MODULE = 'astro:data-layer-content';
/** Ours, which the build resolves it to instead. */
const STORE_MODULE = 'interview-reader:content-store';
const RESOLVED_STORE_MODULE = `\0${STORE_MODULE}`;

type Entries = Map<string, Map<string, unknown>>;

interface Registry {
  /** The collections content.config.ts defines; null until it has run. */
  configured: string[] | null;
  stores: Map<string, Pick<DataStore, 'entries'>>;
  /** The store as Astro's file holds it (without the content layer's own metadata), or null when a collection's store is missing. */
  snapshot(): Entries | null;
}

/** The stores, in the build's shared state (src/loader/build-state.ts): Astro loads the content config and the integrations through different module graphs. */
function registry(): Registry {
  const state = buildState();
  return (state.contentStores ??= {
    configured: null,
    stores: new Map(),
    snapshot() {
      const { configured, stores } = this;
      if (!configured || configured.some((c) => !stores.has(c))) return null;
      const byName = ([a]: [string, unknown], [b]: [string, unknown]) => a.localeCompare(b);
      return new Map(configured.map((c): [string, Map<string, unknown>] => [c, new Map(stores.get(c)!.entries().sort(byName))]).sort(byName));
    },
  } satisfies Registry) as Registry;
}

/** Called by content.config.ts with the names of all its collections. */
export function configuredCollections(names: string[]): void {
  registry().configured = [...names];
}

/** Called by a loader with its collection's store. */
export function keepForRender(collection: string, store: Pick<DataStore, 'entries'>): void {
  registry().stores.set(collection, store);
}

export function storeSnapshot(): Entries | null {
  return registry().snapshot();
}

/** The module that replaces the bundled store. */
export function storeModule(file: string | null): string {
  const memory = `globalThis[Symbol.for(${JSON.stringify(BUILD_STATE_KEY)})]?.contentStores?.snapshot()`;
  // Without a file (no content yet) Astro's own module is an empty store too.
  if (file === null) return `export default ${memory} ?? new Map();\n`;
  return `import { readFileSync } from 'node:fs';\nexport default ${memory} ?? JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));\n`;
}

export function renderStore(): AstroIntegration {
  // Whether this build meant to render from the stores in memory, and whether Astro asked for its store through our module.
  let expected = false;
  let applied = false;
  return {
    name: 'interview-reader:render-store',
    hooks: {
      'astro:build:done': () => {
        if (expected && !applied)
          throw new Error(
            `Astro no longer imports its content store from "${ASTRO_STORE_MODULE}", so pages could not render from the stores in memory (src/loader/render-store.ts). Fix: build with CONTENT_STORE=bundled, Astro's own way, and update render-store.ts for this Astro`,
          );
      },
      'astro:config:setup': ({ command, config, updateConfig, logger }) => {
        // Only where every page is rendered during the build, in this process: a server (an
        // adapter) would run the bundle elsewhere, without the stores or the file.
        if (command !== 'build' || config.output !== 'static' || config.adapter || process.env.CONTENT_STORE === 'bundled') return;
        // Chunked storage already keeps the store out of one module, in its own format.
        if (config.experimental.collectionStorage !== undefined && config.experimental.collectionStorage !== 'single-file') return;
        expected = true;
        const file = fileURLToPath(new URL('data-store.json', config.cacheDir));
        updateConfig({
          vite: {
            // An alias, because it applies before any plugin: Astro's own plugin would otherwise
            // load the store first (reading, parsing and quoting all of it) only to be replaced.
            resolve: { alias: [{ find: new RegExp(`^${ASTRO_STORE_MODULE}$`), replacement: STORE_MODULE }] },
            plugins: [
              {
                name: 'interview-reader:render-store',
                resolveId: (id) => (id === STORE_MODULE ? RESOLVED_STORE_MODULE : undefined),
                load(id) {
                  if (id !== RESOLVED_STORE_MODULE) return;
                  applied = true;
                  const exists = existsSync(file);
                  const snapshot = storeSnapshot();
                  if (snapshot) {
                    const entries = [...snapshot.values()].reduce((n, c) => n + c.size, 0);
                    logger.info(`pages render from the content store the sync left in memory (${entries} entries), not from a bundled copy`);
                  } else if (exists) {
                    const mb = (statSync(file).size / 1e6).toFixed(1);
                    logger.info(`the content store (${mb} MB) is read from ${relative(fileURLToPath(config.root), file)} when pages render, not bundled`);
                  }
                  return storeModule(exists ? file : null);
                },
              },
            ],
          },
        });
      },
    },
  };
}
