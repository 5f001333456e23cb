/**
 * A meeting tool's export: each turn opens with the speaker's name alone on a line and the time
 * alone on the next, the words below them:
 *
 *   Maria Lopez
 *   00:00:01
 *   What was the hardest bridge you ever built?
 *
 * The name's line becomes the label the parser reads (`Maria Lopez (00:00:01):`, alone above the
 * words) and the time's line a blank one (`apparatus`), so line numbers and accounting stay true.
 * It takes two such turns or more: one name above a time may be anything. So does a name alone
 * above words that open with their time, as a podcast's own page sets its transcript:
 *
 *   Maria Lopez
 *   (00:00:12) Thanks for having me.
 *
 * The name's line becomes a label alone (`Maria Lopez:`); each time stays where it is, the start
 * of its paragraph.
 */
export interface NameLines {
  lines: string[];
  /** 0-based lines that held the times. */
  apparatus: number[];
  speakers: string[];
}

const NAME = /^(?:\p{Lu}[\p{L}\p{M}'’.\-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.\-]*){1,3}|Speaker \d{1,2})$/u;
const TIME = /^\[?(\d{1,2}:\d{2}(?::\d{2})?)\]?$/;
const TIMED_WORDS = /^[([]\d{1,2}:\d{2}(?::\d{2})?[)\]]\s+\S/;

export function fromNameLines(source: string[]): NameLines | null {
  const pairs: number[] = [];
  /** A name alone above words that open with their time (`(00:00:12) Thanks for having me.`). */
  const above: number[] = [];
  for (let i = 0; i + 2 < source.length; i++) {
    const name = source[i]!.trim();
    if (name.length > 40 || !NAME.test(name)) continue;
    if (TIME.test(source[i + 1]!.trim()) && source[i + 2]!.trim() !== '') pairs.push(i);
    else if (TIMED_WORDS.test(source[i + 1]!.trim())) above.push(i);
  }
  if (pairs.length < 2 && above.length < 2) return null;
  const lines = [...source];
  const speakers = new Set<string>();
  if (pairs.length >= 2)
    for (const i of pairs) {
      const name = source[i]!.trim();
      speakers.add(name);
      lines[i] = `${name} (${TIME.exec(source[i + 1]!.trim())![1]}):`;
      lines[i + 1] = '';
    }
  else
    for (const i of above) {
      const name = source[i]!.trim();
      speakers.add(name);
      lines[i] = `${name}:`;
    }
  return { lines, apparatus: pairs.length >= 2 ? pairs.map((i) => i + 1) : [], speakers: [...speakers] };
}
