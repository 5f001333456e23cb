import { describe, expect, it } from 'vitest';
import { CARD_HEIGHT, CARD_WIDTH, cardLayout, drawable, leftOut, renderCard, type CardFacts } from '../../src/lib/preview-card.ts';

const facts: CardFacts = { title: 'An Interview with Ada Lind About Rivers and Maps', guest: 'Ada Lind', interviewer: 'Ben Ortiz', publication: 'The Field Notes', date: '2025-10-08', lang: 'en' };

/** Width and height from a PNG's IHDR chunk. */
const size = (png: Buffer) => [png.readUInt32BE(16), png.readUInt32BE(20)];
/** Every string the layout draws, in order. */
const texts = (node: unknown): string[] => {
  if (typeof node === 'string') return [node];
  const children = (node as { props: { children?: unknown } }).props.children;
  return (Array.isArray(children) ? children : children == null ? [] : [children]).flatMap(texts);
};

describe('preview cards', () => {
  it('draw a 1200×630 PNG with the publication and date, the title, the guest and the interviewer', async () => {
    expect(texts(cardLayout(facts))).toEqual(['The Field Notes · October 8, 2025', facts.title, 'Ada Lind', 'Interviewed by Ben Ortiz']);
    const card = await renderCard(facts);
    expect(card.png.subarray(1, 4).toString()).toBe('PNG');
    expect(size(card.png)).toEqual([CARD_WIDTH, CARD_HEIGHT]);
    expect(card.missing).toBe('');
  });

  it('draw the same bytes for the same facts, and other bytes for another title', async () => {
    const [a, b, c] = await Promise.all([renderCard(facts), renderCard({ ...facts }), renderCard({ ...facts, title: 'Another Title' })]);
    expect(a.png.equals(b.png)).toBe(true);
    expect(a.png.equals(c.png)).toBe(false);
  });

  it('draw Latin with accents, Cyrillic, Greek and Vietnamese; leave out emoji and scripts the font lacks, and say which', async () => {
    expect(drawable('Ünïcödé — “Привет” Ελληνικά Tiếng Việt…')).toBe(true);
    expect(drawable('日本語のタイトル')).toBe(false);
    expect(drawable('مرحبا')).toBe(false);
    const mixed: CardFacts = { ...facts, title: '東京で聞く 🎉', guest: 'Ада Линд 🎉', date: '2025-10-08', lang: 'ja' };
    expect(leftOut(mixed)).toEqual(['title']);
    const shown = texts(cardLayout(mixed));
    expect(shown).toContain('Ада Линд');
    expect(shown.join(' ')).not.toMatch(/[東京🎉]/u);
    const card = await renderCard(mixed);
    expect(card.missing).toBe(''); // nothing drawn as an empty box
    expect(size(card.png)).toEqual([CARD_WIDTH, CARD_HEIGHT]);
  });

  it('draw a card for an interview with no names, no publication and no date', async () => {
    const bare: CardFacts = { title: 'Q&A', guest: null, interviewer: null, publication: null, date: null, lang: 'en' };
    expect(texts(cardLayout(bare))).toEqual(['Interview', 'Q&A']);
    expect(leftOut(bare)).toEqual([]);
    expect(size((await renderCard(bare)).png)).toEqual([CARD_WIDTH, CARD_HEIGHT]);
  });
});
