import { existsSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Makes a static build read the content store from disk when pages render, instead of from
 * the bundle.
 *
 * Astro builds the store (`<cacheDir>/data-store.json`) into the server bundle as one string
 * literal, `export default JSON.parse("...")`. For a 1,000-interview archive that is a 107 MB
 * module: Astro parses it once to check it and quotes it, the bundler parses and writes it
 * (bundling took 13.6 s; now under 1 s), and rendering holds its source, the string and the
 * parsed store at once. A static build renders in the process that just wrote the file, so the
 * module can read the file instead: same data, same `JSON.parse`. The site is byte-identical
 * either way (a browser test compares a build with CONTENT_STORE=bundled).
 *
 * It relies on the id Astro's runtime imports the store from. If a later Astro renames it, the
 * alias matches nothing, the build logs no "read from" line (a test checks for it) and is as
 * before, only slower. The dev server and sites with server-rendered pages are left alone.
 */

/** The id Astro's runtime imports its store from. */
export const ASTRO_STORE_MODULE = 'astro:data-layer-content';
/** Ours, which the build resolves it to instead. */
const STORE_MODULE = 'interview-reader:content-store';
const RESOLVED_STORE_MODULE = `\0${STORE_MODULE}`;

/** The module that replaces the bundled store: it reads the store file at render time. */
export function storeModule(file: string | null): string {
  // Without a file (no content yet) Astro's own module is an empty store too.
  if (file === null) return 'export default new Map();\n';
  return `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));\n`;
}

export function storeFromDisk(): AstroIntegration {
  return {
    name: 'interview-reader:store-from-disk',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, logger }) => {
        // Only where every page is rendered during the build: a server (an adapter) would run
        // the bundle elsewhere, without the file.
        if (command !== 'build' || config.output !== 'static' || config.adapter || process.env.CONTENT_STORE === 'bundled') return;
        // Chunked storage already keeps the store out of one module, in its own format.
        if (config.experimental.collectionStorage !== undefined && config.experimental.collectionStorage !== 'single-file') return;
        const file = fileURLToPath(new URL('data-store.json', config.cacheDir));
        updateConfig({
          vite: {
            // An alias, because it applies before any plugin: Astro's own plugin would otherwise
            // load the store first (reading, parsing and quoting all of it) only to be replaced.
            resolve: { alias: [{ find: new RegExp(`^${ASTRO_STORE_MODULE}$`), replacement: STORE_MODULE }] },
            plugins: [
              {
                name: 'interview-reader:store-from-disk',
                resolveId: (id) => (id === STORE_MODULE ? RESOLVED_STORE_MODULE : undefined),
                load(id) {
                  if (id !== RESOLVED_STORE_MODULE) return;
                  if (!existsSync(file)) return storeModule(null);
                  const mb = (statSync(file).size / 1e6).toFixed(1);
                  logger.info(`the content store (${mb} MB) is read from ${relative(fileURLToPath(config.root), file)} when pages render, not bundled`);
                  return storeModule(file);
                },
              },
            ],
          },
        });
      },
    },
  };
}
