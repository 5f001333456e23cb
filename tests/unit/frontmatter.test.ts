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
  it('reads a name linked to a note as a notes app writes it (`[[Tom Becker]]`, `[[Maria Lopez|Maria]]`) as the name', () => {
    const r = splitFrontMatter('---\nauthor:\n  - "[[Tom Becker]]"\nguest: "[[Maria Lopez|Maria]]"\nspeakers:\n  - "[[Ana Silva]]"\n---\n', 'a.md');
    expect([r.data.author, r.data.guest, Object.keys(r.data.speakers)]).toEqual(['Tom Becker', 'Maria Lopez', ['Ana Silva']]);
  });
  it('reads TOML front matter between `+++` lines, as Hugo writes a post’s (it was the introduction’s text, the title the file’s name), its lines blanked; a TOML error named at its line with a fix; `+++` never closed is no front matter', () => {
    const text = '+++\ntitle = "2020 Year End Wrap Up"\ndate = 2020-11-02\ndraft = false\nhosts = ["Tom Becker", "Maria Lopez"]\nguest = "Ana Silva"\n[[resources]]\n  src = "**Hero*.jpg"\n[speakers]\nAS = "Ana Silva"\n+++\nAS: Hi.\n';
    const r = splitFrontMatter(text, 'a.md');
    expect([r.data.title, r.data.date, r.data.interviewers, r.data.guests, r.data.speakers, r.data.speakerLines]).toEqual(['2020 Year End Wrap Up', '2020-11-02', ['Tom Becker', 'Maria Lopez'], ['Ana Silva'], { AS: { name: 'Ana Silva', role: null } }, { AS: 10 }]);
    expect(r.body.split('\n').slice(0, 12)).toEqual([...Array(11).fill(''), 'AS: Hi.']);
    const e = errorOf(() => splitFrontMatter('+++\ntitle = "ok"\nguest = "Ana\n+++\nAS: Hi.\n', 'x.md'));
    expect([e.diagnostic.file, e.diagnostic.line, e.message]).toEqual(['x.md', 3, expect.stringMatching(/invalid TOML.*Fix: .*key = "value"/)]);
    expect(splitFrontMatter('+++\nAS: Hi.\n', 'plus.md').body).toBe('+++\nAS: Hi.\n');
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
  it('rejects a speaker role it does not know, naming the line and the words it does', () => {
    expect(() => splitFrontMatter('---\nspeakers:\n  SA: {name: Sam, role: chef}\n---\n', 'r.md')).toThrow(/^r\.md:3: error: speaker 'SA' has unknown role 'chef'\. Fix: use role: interviewer, guest or other \(or host, moderator, interviewee, panelist\)$/);
  });
  it('reads fields whose colon a browser followed by a no-break space, and names a word processor set in curly quotes (the file failed; the name kept its quotes)', () => {
    const r = splitFrontMatter('---\ntitle:\u00a0Floods\nspeakers:\u00a0[’Adam Back’, “Maria Lopez”]\n---\n', 'r.md');
    expect(r.data.title).toBe('Floods');
    expect(Object.values(r.data.speakers).map((s) => s.name)).toEqual(['Adam Back', 'Maria Lopez']);
  });
  it('reads the words people use for a role as the role they mean (`host`, `Moderator`, `interviewee`, `panelist`; `host` was an error)', () => {
    const r = splitFrontMatter('---\nspeakers:\n  SA: {name: Sam, role: host}\n---\n', 'r.md');
    expect(r.data.speakers.SA).toEqual({ name: 'Sam', role: 'interviewer' });
    const list = splitFrontMatter('---\nspeakers:\n  - {name: Tom Becker, role: Moderator}\n  - {name: Maria Lopez, role: interviewee}\n  - {name: Paul Kim, role: panelist}\n---\n', 'r.md');
    expect(Object.values(list.data.speakers).map((s) => `${s.name}: ${s.role}`)).toEqual(['Tom Becker: interviewer', 'Maria Lopez: guest', 'Paul Kim: guest']);
  });
});
