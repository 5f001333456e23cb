import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clearOutput, deleteInBackground } from '../../src/lib/output-folder.ts';

// Made in beforeAll, not at import, so a run that skips this file's tests leaves no folder behind.
let root = '';
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'interview-reader-output-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A previous build's output: pages, an asset folder and a deploy checkout's `.git`. */
function previousOutput(dir: string) {
  mkdirSync(join(dir, 'an-interview/an-answer'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), 'old home');
  writeFileSync(join(dir, 'an-interview/an-answer/index.html'), 'old answer');
  mkdirSync(join(dir, '.git'));
  writeFileSync(join(dir, '.git/HEAD'), 'ref: refs/heads/gh-pages\n');
}

describe('emptying the output folder', () => {
  it('moves the old output aside at once, keeps .git, and deletes the rest in the background', async () => {
    const out = join(root, 'case1/dist');
    const trash = join(root, 'case1/cache');
    previousOutput(out);
    const pending = clearOutput(out, trash);
    expect(readdirSync(out)).toEqual(['.git']);
    expect(readFileSync(join(out, '.git/HEAD'), 'utf8')).toBe('ref: refs/heads/gh-pages\n');
    expect(pending).toHaveLength(1);
    expect(readFileSync(join(pending[0]!, 'index.html'), 'utf8')).toBe('old home');
    await deleteInBackground(pending);
    expect(existsSync(pending[0]!)).toBe(false);
    expect(readdirSync(trash)).toEqual([]);
  });

  it('also deletes what an interrupted build left behind', async () => {
    const out = join(root, 'case2/dist');
    const trash = join(root, 'case2/cache');
    mkdirSync(join(trash, 'interview-reader-old-output-1-2/x'), { recursive: true });
    mkdirSync(join(trash, 'data-store-of-someone-else'), { recursive: true });
    const pending = clearOutput(out, trash); // no output yet
    expect(pending).toEqual([join(trash, 'interview-reader-old-output-1-2')]);
    await deleteInBackground(pending);
    expect(readdirSync(trash)).toEqual(['data-store-of-someone-else']);
  });

  it('empties a symbolic link\'s target in place, as Astro does, and keeps the link', () => {
    const target = join(root, 'case3/real');
    const out = join(root, 'case3/dist');
    previousOutput(target);
    symlinkSync(target, out);
    expect(clearOutput(out, join(root, 'case3/cache'))).toEqual([]);
    expect(readdirSync(out)).toEqual(['.git']);
    expect(readdirSync(target)).toEqual(['.git']);
  });
});
