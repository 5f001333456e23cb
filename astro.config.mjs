// @ts-check
import { defineConfig } from 'astro/config';
import { searchIndex } from './src/search/integration.ts';

// SITE_URL and BASE_PATH let the same build serve from any host or sub-path (see README, Deploy).
export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  integrations: [searchIndex()],
});
