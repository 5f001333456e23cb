import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ingest } from '../src/ingest/index.ts';

/**
 * Page weight of one built interview page against its plain text. The page's CSS is what
 * reading needs: inline <style> plus linked stylesheets. The reader's script (src/client) and the
 * stylesheets it loads itself (enhance.css, search.css) are optional enhancement, reported apart.
 *
 * Standalone: `node bench/page-weight.ts <site dir> <transcript file>`.
 */
export interface PageWeight {
  htmlBytes: number;
  htmlGzip: number;
  /** Of the HTML above, the inline CSS. */
  inlineCssBytes: number;
  cssBytes: number;
  cssGzip: number;
  jsBytes: number;
  jsGzip: number;
  jsNeededToReadBytes: number;
  plainTextGzip: number;
  pageToTextGzipRatio: number;
}

const gz = (b: Buffer | string) => gzipSync(b, { level: 9 }).length;

export function pageWeight(siteDir: string, transcriptFile: string): PageWeight {
  const slug = transcriptFile.replace(/^.*\//, '').replace(/\.[^.]+$/, '');
  const html = readFileSync(join(siteDir, slug, 'index.html'));
  const text = html.toString();
  const local = (href: string) => readFileSync(join(siteDir, href.replace(/^\//, '')));
  const linkedCss = Buffer.concat([...text.matchAll(/<link rel="stylesheet" href="([^"]+\.css)"/g)].map((m) => local(m[1]!)));
  const inlineCss = [...text.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!).join('');
  const scripts = [...text.matchAll(/<script[^>]* src="([^"]+\.js)"/g)].map((m) => local(m[1]!));
  // The stylesheets the script loads itself (src/client: enhance.css, search.css), by the names the build gave them.
  const lazyCss = [...new Set(scripts.flatMap((s) => [...s.toString().matchAll(/_astro\/[\w.-]+\.css/g)].map((m) => m[0])))].map((f) => local(f));
  const js = Buffer.concat([...scripts, ...lazyCss]);
  const tr = ingest(readFileSync(transcriptFile), transcriptFile).transcript;
  const plain = [
    tr.title,
    ...tr.intro.map((p) => p.text),
    ...tr.sections.flatMap((s) => [s.heading ?? '', ...s.turns.flatMap((x) => [x.speaker, ...x.paragraphs.map((p) => p.text)])]),
    ...tr.outro.map((p) => p.text),
  ].join('\n');
  const plainTextGzip = gz(plain);
  return {
    htmlBytes: html.length,
    htmlGzip: gz(html),
    inlineCssBytes: Buffer.byteLength(inlineCss),
    cssBytes: linkedCss.length + Buffer.byteLength(inlineCss),
    cssGzip: gz(Buffer.concat([linkedCss, Buffer.from(inlineCss)])),
    jsBytes: js.length,
    jsGzip: gz(js),
    jsNeededToReadBytes: 0, // every page reads with JavaScript disabled (tested in tests/browser/reading.test.ts)
    plainTextGzip,
    pageToTextGzipRatio: (gz(html) + (linkedCss.length ? gz(linkedCss) : 0)) / plainTextGzip,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [site, file] = process.argv.slice(2);
  if (!site || !file) throw new Error('usage: node bench/page-weight.ts <site dir> <transcript file>');
  console.log(pageWeight(site, file));
}
