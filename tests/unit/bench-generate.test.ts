import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateArchive } from '../../bench/generate.ts';
import { ingest } from '../../src/ingest/index.ts';

describe('synthetic archive generator (benchmark input)', () => {
  const archive = generateArchive(12);
  it('makes distinct interviews: different files, and few paragraphs shared between any two', () => {
    expect(new Set(archive.map((a) => createHash('sha1').update(a.text).digest('hex'))).size).toBe(archive.length);
    const paras = archive.map((a) => new Set(a.text.split('\n\n').filter((p) => p.length > 120)));
    for (let i = 1; i < paras.length; i++) {
      const shared = [...paras[i]!].filter((p) => paras[0]!.has(p)).length;
      expect(shared / paras[i]!.size).toBeLessThan(0.1);
    }
  });
  it('makes valid transcripts: the filter removes exactly the spam, and every turn is attributed', () => {
    for (const a of archive) {
      const { transcript: t } = ingest(a.text, a.name);
      expect(t.removed.filter((r) => r.kind === 'spam')).toHaveLength(a.spamLines);
      const turns = t.sections.flatMap((s) => s.turns);
      expect(turns.length).toBeGreaterThan(100);
      expect(new Set(turns.map((x) => x.speaker))).toEqual(new Set([a.guest, a.interviewer]));
      expect(t.sections).toHaveLength(8);
    }
  });
  it('is deterministic', () => {
    expect(generateArchive(3).map((a) => a.text)).toEqual(archive.slice(0, 3).map((a) => a.text));
  });
});
