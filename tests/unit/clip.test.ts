import { describe, expect, it } from 'vitest';
import { clip } from '../../src/lib/clip.ts';

describe('clip', () => {
  it('never splits an emoji, a flag or an accented letter', () => {
    const text = `${'a'.repeat(69)}👩‍👩‍👧🇫🇷é${'b'.repeat(20)}`;
    const cut = clip(text, 70);
    expect(cut).not.toContain('\ufffd');
    expect(cut.isWellFormed()).toBe(true);
    expect(cut).toBe(`${'a'.repeat(69)}👩‍👩‍👧…`);
  });
  it('cuts at a word boundary near the limit, and leaves short text alone', () => {
    expect(clip('We built the factory and then another one', 30)).toBe('We built the factory and then…');
    expect(clip('  Short.  ', 70)).toBe('Short.');
  });
});
