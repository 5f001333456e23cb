import type { TranscriptEntry, TurnEntry } from '../loader/entries.ts';

/**
 * An interview's answers as their pages need them: each guest turn with the question it
 * answers, the interviewer's turn just before it in the same section (none when the section
 * opens with it, or when another guest turn or a third speaker comes before it), and its
 * section's heading.
 */
export interface Answer<T extends TurnEntry = TurnEntry> {
  answer: T;
  question: T | null;
  sectionHeading: string | null;
  /** The answers with pages before and after this one, in reading order (null at either end). */
  previous: T | null;
  next: T | null;
}

/** Fewer words than this and a reply ("Thank you.", "I don't know.") gets no page of its own: its link is its anchor. */
export const MIN_ANSWER_WORDS = 12;

/** Whether an answer of this text has its own page. Shared with the reader's script, which links only those. */
export function hasOwnPage(text: string): boolean {
  // Counts words only as far as it needs to: answers run to thousands of words.
  const words = /[\p{L}\p{N}]+/gu;
  let n = 0;
  while (words.exec(text) && ++n < MIN_ANSWER_WORDS);
  return n >= MIN_ANSWER_WORDS;
}

/** The same, for an answer's sanitized HTML as the turns collection stores it (tags are markup, `&#x3C;` is text). */
export function hasOwnPageHtml(html: string): boolean {
  return hasOwnPage(html.replace(/<[^>]*>/g, ' ').replace(/&#x3C;|&lt;/gi, '<').replace(/&[#\w]+;/g, ' '));
}

/** `turns`: one interview's turns, in any order. Only answers with a page of their own (hasOwnPage). */
export function answersOf<T extends TurnEntry>(transcript: Pick<TranscriptEntry, 'sections'>, turns: T[]): Answer<T>[] {
  const headings = new Map(transcript.sections.map((s) => [s.anchor, s.heading]));
  const ordered = [...turns].sort((a, b) => a.order - b.order);
  const out: Answer<T>[] = [];
  ordered.forEach((turn, i) => {
    if (turn.role !== 'guest' || !hasOwnPageHtml(turn.html)) return;
    const before = ordered[i - 1];
    const question = before && before.section === turn.section && before.role === 'interviewer' ? before : null;
    out.push({ answer: turn, question, sectionHeading: headings.get(turn.section) ?? null, previous: null, next: null });
  });
  out.forEach((a, i) => {
    a.previous = out[i - 1]?.answer ?? null;
    a.next = out[i + 1]?.answer ?? null;
  });
  return out;
}
