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
}

/** `turns`: one interview's turns, in any order. */
export function answersOf<T extends TurnEntry>(transcript: Pick<TranscriptEntry, 'sections'>, turns: T[]): Answer<T>[] {
  const headings = new Map(transcript.sections.map((s) => [s.anchor, s.heading]));
  const ordered = [...turns].sort((a, b) => a.order - b.order);
  const out: Answer<T>[] = [];
  ordered.forEach((turn, i) => {
    if (turn.role !== 'guest') return;
    const before = ordered[i - 1];
    const question = before && before.section === turn.section && before.role === 'interviewer' ? before : null;
    out.push({ answer: turn, question, sectionHeading: headings.get(turn.section) ?? null });
  });
  return out;
}
