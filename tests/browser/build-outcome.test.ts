import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
