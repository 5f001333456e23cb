// @ts-check
import { defineConfig } from 'astro/config';
import { answerPages } from './src/lib/answer-pages.ts';
import { searchIndex } from './src/search/integration.ts';
import { renderStore } from './src/loader/render-store.ts';
import { outputFolder } from './src/lib/output-folder.ts';
import { siteUrlNotice } from './src/lib/site-url.ts';
import { previewCards } from './src/lib/preview-cards.ts';

// SITE_URL and BASE_PATH let the same build serve from any host or sub-path (see README, Deploy).
export default defineConfig({
  // No site URL, no absolute URLs: pages then carry no canonical link or og:url and there is no
  // sitemap (src/lib/site-url.ts says so once), rather than addresses of localhost.
  site: process.env.SITE_URL || undefined,
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  // Short names for the reader's bundled script: every page names it, so its name is page weight.
  vite: { environments: { client: { build: { rolldownOptions: { output: { entryFileNames: '_astro/r.[hash].js', chunkFileNames: '_astro/c.[hash].js' } } } } } },
  // previewCards and answerPages first: they draw cards and write answer pages while Pagefind, in
  // its own process, finishes the index; cards before answer pages, which release the transcripts.
  integrations: [siteUrlNotice(), outputFolder(), renderStore(), previewCards(), answerPages(), searchIndex()],
});
