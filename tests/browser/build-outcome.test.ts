import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, OUTPUT, ROOT } from '../support/build.ts';

/** What a whole build does with bad input: one clear line per problem, no stack trace. */
describe('the build with bad input', () => {
  it('fails on a fatal file, naming file, line and fix, without a stack trace', () => {
    const dir = join(OUTPUT, 'content-fatal');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    cpSync(join(ROOT, 'content/interviews'), dir, { recursive: true });
    cpSync(join(ROOT, 'tests/fixtures/bad/unterminated-front-matter.md'), join(dir, 'unterminated-front-matter.md'));
    for (const name of ['Same Slug.md', 'same-slug.md']) cpSync(join(ROOT, 'tests/fixtures/bad', name), join(dir, name));
    let output = '';
    let failed = false;
    try {
      buildSite(join(OUTPUT, 'site-fatal'), { INTERVIEWS_DIR: dir.slice(ROOT.length) });
    } catch (e) {
      failed = true;
      const err = e as { stdout?: string; stderr?: string };
      output = `${err.stdout ?? ''}${err.stderr ?? ''}`;
    }
    expect(failed).toBe(true);
    expect(output).toMatch(/unterminated-front-matter\.md:1: error: the front matter that starts on line 1 is never closed\. Fix: add a line with only '---'/);
    expect(output).not.toMatch(/\n\s+at .+\.(ts|js|mjs):\d+/); // no stack frames
    // Three collections read the folder; each problem is said once.
    expect(output.match(/its URL \/same-slug\/ is already taken/g)).toHaveLength(1);
    expect(output.match(/never closed\. Fix/g)).toHaveLength(1);
  }, 240_000);

  it('says what it does not build, keeps the site’s own pages, and writes nothing outside the output', () => {
    const dir = join(OUTPUT, 'content-odd');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(join(dir, 'x.md'), { recursive: true });
    mkdirSync(join(dir, 'archive'), { recursive: true });
    cpSync(join(ROOT, 'tests/fixtures/transcripts/clean-short.md'), join(dir, 'archive', 'older.md'));
    symlinkSync(join(dir, 'gone.md'), join(dir, 'y.md'));
    cpSync(join(ROOT, 'tests/fixtures/transcripts/clean-short.md'), join(dir, 'topics.md'));
    writeFileSync(join(dir, 'escape.md'), `---\nlang: ../../../../escaped-index\n---\n${readFileSync(join(ROOT, 'tests/fixtures/transcripts/clean-short.md'), 'utf8').split('---\n').slice(2).join('---\n')}`);
    const out = join(OUTPUT, 'site-odd');
    const log = buildSite(out, { INTERVIEWS_DIR: dir.slice(ROOT.length) });
    expect(log).toMatch(/x\.md: warning: is a folder, not a transcript file; it is not built\. Fix: /);
    expect(log).toMatch(/archive: warning: is a subfolder; its 1 transcript file is not built\. Fix: /);
    expect(log).toMatch(/y\.md: warning: cannot be read \(ENOENT\); it is not built\. Fix: /);
    expect(log).toMatch(/topics\.md: warning: \/topics\/ is a page of the site itself; this interview is at \/topics-interview\/\. Fix: /);
    expect(log).toMatch(/escape\.md:2: warning: 'lang: \.\.\/\.\.\/\.\.\/\.\.\/escaped-index' is not a language tag/);
    expect(log).toMatch(/Complete!/);
    expect(readFileSync(join(out, 'topics/index.html'), 'utf8')).toMatch(/<title>Topic index/);
    expect(existsSync(join(out, 'topics-interview/index.html'))).toBe(true);
    expect(existsSync(join(out, 'escape/index.html'))).toBe(true);
    for (const up of ['..', '../..', '../../..', '../../../..']) expect(existsSync(join(out, up, 'escaped-index'))).toBe(false);
    // Built without SITE_URL: no address is made up, and the build says what it left out, once.
    expect(log.match(/SITE_URL is not set: pages carry no canonical URL, og:url or preview card, and there is no sitemap\.xml/g)).toHaveLength(1);
    expect(existsSync(join(out, 'sitemap.xml'))).toBe(false);
    const html = readdirSync(out, { recursive: true }).map(String).filter((f) => f.endsWith('.html') || f.endsWith('.xml') || f.endsWith('.json'));
    for (const f of html) {
      const text = readFileSync(join(out, f), 'utf8');
      expect(text, f).not.toMatch(/localhost|127\.0\.0\.1/);
      expect(text, f).not.toContain('rel="canonical"');
    }
    expect(existsSync(join(out, 'removed.json'))).toBe(false);
    expect(existsSync(`${out}.removed.json`)).toBe(true);
  }, 240_000);

  it('logs warnings and builds when problems are recoverable', () => {
    const dir = join(OUTPUT, 'content-warn');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    cpSync(join(ROOT, 'tests/fixtures/bad/unknown-speaker-key.md'), join(dir, 'unknown-speaker-key.md'));
    cpSync(join(ROOT, 'tests/fixtures/bad/latin1.txt'), join(dir, 'latin1.txt'));
    // Over a previous output, as a rebuild: its pages go, a deploy checkout's .git stays.
    const out = join(OUTPUT, 'site-warn');
    rmSync(out, { recursive: true, force: true });
    mkdirSync(join(out, 'a-removed-interview'), { recursive: true });
    writeFileSync(join(out, 'a-removed-interview/index.html'), 'stale');
    mkdirSync(join(out, '.git'));
    writeFileSync(join(out, '.git/HEAD'), 'ref: refs/heads/gh-pages\n');
    const log = buildSite(out, { INTERVIEWS_DIR: dir.slice(ROOT.length) }, { keepOutput: true });
    expect(existsSync(join(out, 'a-removed-interview'))).toBe(false);
    expect(readFileSync(join(out, '.git/HEAD'), 'utf8')).toBe('ref: refs/heads/gh-pages\n');
    expect(readdirSync(join(ROOT, 'node_modules/.astro')).filter((n) => n.startsWith('interview-reader-old-output-'))).toEqual([]);
    expect(log).toMatch(/unknown-speaker-key\.md:12: warning: speaker label 'XY' is not in the front matter's speakers/);
    expect(log).toMatch(/latin1\.txt:1: warning: the file is not valid UTF-8/);
    expect(log).toMatch(/Complete!/);
    // Astro's store module was found and replaced, and pages rendered from the loaders' stores (src/loader/render-store.ts).
    expect(log).toMatch(/pages render from the content store the sync left in memory \(\d+ entries\), not from a bundled copy/);
    expect(execFileSync('ls', [join(OUTPUT, 'site-warn')], { encoding: 'utf8' })).toContain('unknown-speaker-key');
    // A rebuild without --force takes both files from the last build's results, warnings included.
    const again = buildSite(out, { INTERVIEWS_DIR: dir.slice(ROOT.length) }, { keepOutput: true, force: false });
    expect(again).toMatch(/0 files ingested, 2 unchanged since an earlier build/);
    expect(again).toMatch(/unknown-speaker-key\.md:12: warning: speaker label 'XY' is not in the front matter's speakers/);
    expect(again).toMatch(/latin1\.txt:1: warning: the file is not valid UTF-8/);
    expect(readdirSync(out)).toEqual(expect.arrayContaining(['unknown-speaker-key', 'latin1', '.git']));
  }, 240_000);
});
