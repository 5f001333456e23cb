import { calloutSpeakers, calloutTitle, lineLabel } from './labels.ts';

/** A fence line: three backticks or tildes or more, perhaps a plain-text language after them (`` ```text ``). */
const FENCE = /^\s{0,3}(`{3,}|~{3,})\s*(?:text|txt|plaintext|plain|markdown|md)?\s*$/i;

/**
 * A transcript pasted inside a code fence (`` ``` `` above `Tom Becker: Why bridges?` ...): the
 * fence lines go, as markup, and the lines inside are read as the text they are. Only a fence that
 * holds most of the file's lines, a third of them or more labels, the speaker changing between
 * them: a snippet of code in an interview (`Host: example.com`) stays code.
 */
export function fromFencedTranscript(source: string[]): { lines: string[]; apparatus: number[] } | null {
  const nonBlank = source.filter((l) => l.trim() !== '').length;
  let lines: string[] | null = null;
  const apparatus: number[] = [];
  for (let i = 0; i < source.length; i++) {
    const open = FENCE.exec(source[i]!);
    if (!open) continue;
    let end = i + 1;
    while (end < source.length && !(FENCE.test(source[end]!) && source[end]!.trim().startsWith(open[1]!))) end++;
    if (end >= source.length) return lines ? { lines, apparatus } : null;
    const inside = source.slice(i + 1, end).filter((l) => l.trim() !== '');
    const keys = inside.map((l) => lineLabel(l)?.key).filter((k): k is string => k != null);
    if (inside.length >= 0.5 * nonBlank && keys.length >= 2 && keys.length >= inside.length / 3 && keys.some((k, j) => j > 0 && k !== keys[j - 1])) {
      lines ??= [...source];
      lines[i] = '';
      lines[end] = '';
      apparatus.push(i, end);
    }
    i = end;
  }
  return lines ? { lines, apparatus } : null;
}

/** A quote's mark opening a line, and one space after it (not a caption's `>>`, a change of speaker). */
const QUOTE_MARK = /^(\s{0,3})>(?!>) ?/;

/**
 * A transcript set whole in a quote (`> **Tom Becker:** Why...?` / `>` / `> **Maria Lopez:** ...`,
 * as a newsletter or a note quotes a conversation): each quoted line loses one quote's mark and is
 * read as the text it is, line for line. (Markdown's parser takes time that grows with the square
 * of the number of quotes of several lines: 1,500 such turns took ten seconds.) Only where the
 * quoted lines are most of the file's, a third of them or more labels, the speaker changing between
 * them: a quotation in an interview stays a quotation, and so does a callout (`> [!note] ...`).
 */
export function fromQuotedTranscript(source: string[]): string[] | null {
  const words = (l: string) => l.trim() !== '' && !/^\s*(?:>\s*)+$/.test(l);
  const nonBlank = source.filter(words).length;
  const quoted = source.filter((l) => QUOTE_MARK.test(l) && words(l));
  if (quoted.length < 2 || quoted.length < 0.5 * nonBlank) return null;
  // (A callout titled with a speaker's name, `> [!quote] Tom Becker`, labels the words in it.)
  const callers = calloutSpeakers(quoted);
  const titled = (l: string) => {
    const title = calloutTitle(l);
    return title != null && callers.has(title) ? title : undefined;
  };
  const keys = quoted.map((l) => lineLabel(l)?.key ?? titled(l)).filter((k): k is string => k != null);
  if (keys.length < 2 || keys.length < quoted.length / 3 || !keys.some((k, j) => j > 0 && k !== keys[j - 1])) return null;
  const lines = [...source];
  let callout = false;
  for (let i = 0; i < lines.length; i++) {
    if (!QUOTE_MARK.test(lines[i]!)) {
      callout = false;
      continue;
    }
    // (A callout stays a quote, but for one titled with a speaker's name: a turn.)
    if (i === 0 || !QUOTE_MARK.test(lines[i - 1]!)) callout = /^\s{0,3}>\s*\[!/.test(lines[i]!) && titled(lines[i]!) == null;
    if (!callout) lines[i] = lines[i]!.replace(QUOTE_MARK, '$1');
  }
  return lines;
}

/** A time opening a line, and the space after it: `0:00 `, `00:00:00 `. */
const OPENING_TIME = /^(\d{1,2}:\d{2}(?::\d{2})?)[ \t]+(?=\S)/;

/**
 * A transcript whose every line opens with the same time (`0:00 Tom Becker  00:13` / `0:00 Welcome,
 * Maria.`), as a converter stamps an export it could not time: a time the same on every line tells
 * nothing, and hid every label behind it. Taken off, the lines are read as they are; where nine lines
 * in ten or more, ten or more, open with it (a line may lack it, a footer's), and never where the
 * times differ, each a turn's.
 */
export function fromConstantTime(source: string[]): string[] | null {
  const nonBlank = source.filter((l) => l.trim() !== '');
  const first = nonBlank.length >= 10 ? OPENING_TIME.exec(nonBlank[0]!)?.[1] : undefined;
  if (first == null) return null;
  const stamped = nonBlank.filter((l) => OPENING_TIME.exec(l)?.[1] === first).length;
  if (stamped < 0.9 * nonBlank.length) return null;
  return source.map((l) => (OPENING_TIME.exec(l)?.[1] === first ? l.replace(OPENING_TIME, '') : l));
}
