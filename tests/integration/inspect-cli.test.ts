import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
// The project's Node 24 (the devDependency), whatever Node runs the tests.
const inspect = (file: string) => spawnSync(`${root}node_modules/.bin/node`, ['src/ingest/inspect.ts', file], { cwd: root, encoding: 'utf8' });

describe('npm run inspect', () => {
  it('prints only JSON on stdout, in the documented shape', () => {
    const r = inspect('content/interviews/stratechery-altman-2025.txt');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['title', 'intro', 'sections', 'outro', 'removed', 'uncertain']);
    expect(out.intro).toHaveLength(6);
    expect(out.outro).toHaveLength(3);
    expect(out.sections[0]).toMatchObject({ heading: 'OpenAI’s Unifying Vision', id: 'openais-unifying-vision' });
    expect(out.sections[0].turns[1]).toEqual({ id: 'sa-thank-you', speaker: 'Sam Altman', role: 'guest', paragraphs: ['Thank you.'] });
    expect(out.removed[0]).toEqual({ line: 10, text: 'Hacklink', reason: expect.stringMatching(/^spam: /) });
    expect(out.removed).toHaveLength(255);
  });
  it('exits non-zero with one line on stderr for bad input', () => {
    const r = inspect('tests/fixtures/bad/unterminated-front-matter.md');
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^tests\/fixtures\/bad\/unterminated-front-matter\.md:1: error: .*Fix: /)]);
  });
  it('says what is wrong with a path that does not exist', () => {
    const r = inspect('nope.md');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^nope\.md: error: cannot read the file \(ENOENT\)/);
  });
});
