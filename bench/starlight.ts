import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingest } from '../src/ingest/index.ts';

/**
 * The peer the build is measured against: a stock Starlight site of the same size, one page per
 * interview (the cleaned bundled interview, as Markdown), with Starlight's own Pagefind search and
 * defaults everywhere else. It lives under bench/.peer/ (not committed) so that it resolves this
 * project's node_modules; bench/run.ts builds it alternately with this project's build.
 */
export function writeStarlightSite(dir: string, interviews: number, transcript: Uint8Array, file: string): void {
  const t = ingest(transcript, file).transcript;
  const body = [
    ...t.intro.map((p) => p.text),
    ...t.sections.flatMap((s) => [...(s.heading ? [`## ${s.heading}`] : []), ...s.turns.flatMap((turn) => turn.paragraphs.map((p, i) => (i === 0 ? `**${turn.speaker}:** ${p.text}` : p.text)))]),
    ...t.outro.map((p) => p.text),
  ].join('\n\n');
  rmSync(dir, { recursive: true, force: true });
  const docs = join(dir, 'src/content/docs');
  mkdirSync(docs, { recursive: true });
  writeFileSync(join(dir, 'astro.config.mjs'), "import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\nexport default defineConfig({ integrations: [starlight({ title: 'Interviews' })] });\n");
  writeFileSync(join(dir, 'src/content.config.ts'), "import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n");
  // Its dependencies named, as a Starlight project's are: Astro bundles the packages they list.
  writeFileSync(join(dir, 'package.json'), '{ "name": "starlight-peer", "private": true, "type": "module", "dependencies": { "astro": "*", "@astrojs/starlight": "*" } }\n');
  // A YAML string: the title quoted, its quotes escaped.
  const title = (i: number) => JSON.stringify(`${t.title} (${i + 1})`);
  for (let i = 0; i < interviews; i++) writeFileSync(join(docs, `interview-${i + 1}.md`), `---\ntitle: ${title(i)}\n---\n\n${body}\n`);
}
