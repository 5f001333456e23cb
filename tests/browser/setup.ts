import type { Server } from 'node:http';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { assembleContent, buildSite, OUTPUT, ROOT } from '../support/build.ts';
import { serve } from '../../src/serve.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    baseUrl: string;
    siteDir: string;
    repeatDir: string;
    contentDir: string;
  }
}

/** Builds the test sites once and serves them on loopback for every browser test file. */
export default async function setup(project: TestProject) {
  const content = assembleContent();
  const rel = content.slice(ROOT.length);
  const siteDir = join(OUTPUT, 'site');
  const baseDir = join(OUTPUT, 'site-base');
  const repeatDir = join(OUTPUT, 'site-repeat');
  buildSite(siteDir, { INTERVIEWS_DIR: rel, SITE_URL: 'http://127.0.0.1:4390' });
  // The repeat build is the reference, built the way Astro builds on its own: Astro renders every
  // answer page (the first build fills them from a template, src/lib/answer-pages.ts) and the
  // content store is bundled (the first build renders from the stores the sync left in memory,
  // src/loader/render-store.ts).
  buildSite(repeatDir, { INTERVIEWS_DIR: rel, SITE_URL: 'http://127.0.0.1:4390', ANSWER_PAGES: 'astro', CONTENT_STORE: 'bundled' });
  buildSite(baseDir, { INTERVIEWS_DIR: rel, SITE_URL: 'http://127.0.0.1:4391', BASE_PATH: '/interviews/' });
  const servers: Server[] = [await serve(siteDir, 4390), await serve(baseDir, 4391, '/interviews/')];
  project.provide('siteUrl', 'http://127.0.0.1:4390/');
  project.provide('baseUrl', 'http://127.0.0.1:4391/interviews/');
  project.provide('siteDir', siteDir);
  project.provide('repeatDir', repeatDir);
  project.provide('contentDir', content);
  return async () => {
    await Promise.all(servers.map((s) => new Promise((ok) => s.close(ok))));
  };
}
