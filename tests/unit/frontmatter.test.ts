import { describe, expect, it } from 'vitest';
import { errorOf } from '../support/errors.ts';
import { splitFrontMatter } from '../../src/ingest/frontmatter.ts';


describe('front matter', () => {
  it('is optional', () => {
    const r = splitFrontMatter('SA: Hello.\n', 'a.md');
    expect(r.body).toBe('SA: Hello.\n');
    expect(r.data.speakers).toEqual({});
  });
  it('reads fields and speakers, and blanks its lines so body line numbers stay true', () => {
    const text = '---\ntitle: "A: B"\ninterviewer: Ben Thompson\nspeakers:\n  SA: Sam Altman\n  BT: {name: Ben Thompson, role: interviewer}\n---\nSA: Hi.\n';
    const r = splitFrontMatter(text, 'a.md');
    expect(r.data.title).toBe('A: B');
    expect(r.data.interviewer).toBe('Ben Thompson');
    expect(r.data.speakers).toEqual({ SA: { name: 'Sam Altman', role: null }, BT: { name: 'Ben Thompson', role: 'interviewer' } });
    expect(r.data.speakerLines).toEqual({ SA: 5, BT: 6 });
    expect(r.body.split('\n')[7]).toBe('SA: Hi.');
  });
  it('reports invalid YAML with the file line and a fix', () => {
    const e = errorOf(() => splitFrontMatter('---\ntitle: ok\nguest: [unclosed\n---\nSA: Hi.\n', 'x.md'));
    expect(e.diagnostic.file).toBe('x.md');
    expect(e.diagnostic.line).toBeGreaterThanOrEqual(3);
    expect(e.message).toMatch(/invalid YAML.*Fix: /);
  });
  it('reports unterminated front matter at line 1', () => {
    const e = errorOf(() => splitFrontMatter('---\ntitle: x\n\nSA: Hello there.\n', 'y.md'));
    expect(e.diagnostic.line).toBe(1);
    expect(e.message).toContain('never closed');
  });
  it('warns about unknown fields and suggests the near one', () => {
    const r = splitFrontMatter('---\nspeakrs:\n  SA: Sam\n---\n', 'z.md');
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]!.line).toBe(2);
    expect(r.warnings[0]!.fix).toContain("'speakers'");
  });
  it('rejects a speaker role it does not know', () => {
    expect(() => splitFrontMatter('---\nspeakers:\n  SA: {name: Sam, role: host}\n---\n', 'r.md')).toThrow(/unknown role 'host'/);
  });
});
