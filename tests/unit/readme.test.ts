import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const readme = readFileSync(new URL('../../README.md', import.meta.url));

describe('the README, for users', () => {
  it('stays at most 10 KB: the history lives in bench/HISTORY.md, each optimization in docs/architecture.md', () => {
    expect(readme.byteLength).toBeLessThanOrEqual(10_000);
  });
  it('opens with the two commands from a fresh machine, both scripts that exist', () => {
    const text = readme.toString('utf8');
    const scripts = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).scripts as Record<string, string>;
    expect(text.slice(0, 400)).toContain('npm install && npm start');
    expect(text.slice(0, 400)).toContain('npm test');
    expect(Object.keys(scripts)).toEqual(expect.arrayContaining(['start', 'test', 'build', 'inspect', 'review', 'eval', 'bench']));
  });
});
