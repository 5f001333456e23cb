// @ts-check
import { defineConfig } from 'astro/config';
import { answerPages } from './src/lib/answer-pages.ts';
import { searchIndex } from './src/search/integration.ts';
import { renderStore } from './src/loader/render-store.ts';
import { outputFolder } from './src/lib/output-folder.ts';

// SITE_URL and BASE_PATH let the same build serve from any host or sub-path (see README, Deploy).
export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  // answerPages first: it writes the answer pages while Pagefind, in its own process, finishes the index.
  integrations: [outputFolder(), renderStore(), answerPages(), searchIndex()],
});
