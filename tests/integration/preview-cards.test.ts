import { describe, expect, it } from 'vitest';
import { renderCard, type CardFacts } from '../../src/lib/preview-card.ts';
import { drawAll } from '../../src/lib/preview-cards.ts';

const facts = (i: number): CardFacts => ({ title: `Interview number ${i} about rivers, maps and boats`, guest: `Guest ${i}`, interviewer: 'Ben Ortiz', publication: 'The Field Notes', date: '2025-10-08', lang: 'en' });

describe('preview cards drawn on every core', () => {
  it('are the bytes this process draws, in order', { timeout: 120_000 }, async () => {
    const many = Array.from({ length: 20 }, (_, i) => facts(i));
    const cards = await drawAll(many);
    expect(cards).toHaveLength(20);
    for (const i of [0, 7, 19]) expect(cards[i]!.png.equals((await renderCard(many[i]!)).png)).toBe(true);
  });
  it('are drawn by worker processes, several at once, each card in its place', { timeout: 120_000 }, async () => {
    const many = Array.from({ length: 24 }, (_, i) => facts(i));
    const cards = await drawAll(many, new URL('../fixtures/workers/card-worker-stub.ts', import.meta.url));
    const drawn = cards.map((c) => /^card (\d+) from (\d+)$/.exec(c.png.toString())!);
    expect(drawn.map((m) => Number(m[1]))).toEqual(many.map((_, i) => i));
    expect(new Set(drawn.map((m) => m[2])).size).toBeGreaterThanOrEqual(2);
    expect(drawn.every((m) => Number(m[2]) !== process.pid)).toBe(true);
  });
  it('are drawn here when the workers cannot run', { timeout: 120_000 }, async () => {
    const many = Array.from({ length: 16 }, (_, i) => facts(i));
    const cards = await drawAll(many, new URL('file:///nonexistent/card-worker.ts'));
    expect(cards.map((c) => c.png.length > 1000)).toEqual(many.map(() => true));
    expect(cards[3]!.png.equals((await renderCard(many[3]!)).png)).toBe(true);
  });
});
