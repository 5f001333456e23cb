import type { Role } from './types.ts';

/**
 * Speaker labels at the start of a paragraph: `SA:`, `Sam Altman:`, `**Sam Altman:**`,
 * `Q:` / `A:`, and names in scripts without letter case (`山田：`).
 * Markdown emphasis is already gone here: this runs on a paragraph's plain text.
 */
const NAME = String.raw`(?:\p{Lu}[\p{L}\p{M}'’.\-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.\-]*|\d{1,2}|de|van|von|der|den|da|di|del|la|le|bin|al|el|y)){0,3}|[\p{Lo}\p{M}]{1,10})`;
/** Timestamps that recording tools put around labels: `[00:01:23] Name:` or `Name (01:23):`. */
const STAMP = String.raw`[\[(]?\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?[\])]?`;
const LABEL_RE = new RegExp(String.raw`^(?:${STAMP}\s+)?(${NAME})(?:\s+${STAMP})?\s*[:：]\s*`, 'u');
const LABEL_ONLY_RE = new RegExp(String.raw`^(?:${STAMP}\s+)?(${NAME})(?:\s+${STAMP})?\s*[:：]?\s*$`, 'u');

export interface LabelMatch {
  key: string;
  /** Characters of plain text the label takes, trailing space included. */
  length: number;
}

/** A paragraph that is nothing but a label (`**Sam Altman:**` on its own line, the words below it). */
export function matchLabelOnly(text: string): string | null {
  const m = LABEL_ONLY_RE.exec(text.trim());
  return m && m[1]!.length <= 40 ? m[1]!.trim() : null;
}

export function matchLabel(text: string): LabelMatch | null {
  const m = LABEL_RE.exec(text);
  if (!m || m[1]!.length > 40) return null;
  // A label is followed by what the speaker says, not by nothing or a URL scheme.
  const rest = text.slice(m[0].length);
  if (rest.trim() === '' || /^\/\//.test(rest)) return null;
  return { key: m[1]!.trim(), length: m[0].length };
}

/** Role words used as labels, in several languages. */
const INTERVIEWER_WORDS = new Set(['q', 'question', 'interviewer', 'host', 'moderator', 'soru', 'pregunta', 'p', 'frage', 'f', 'вопрос', 'в', '问', '問', '主持人', '記者', '司会']);
const GUEST_WORDS = new Set(['a', 'answer', 'guest', 'cevap', 'respuesta', 'r', 'antwort', 'ответ', 'о', '答', '嘉宾']);

export function roleWord(key: string): Role | null {
  const k = key.toLowerCase();
  if (INTERVIEWER_WORDS.has(k)) return 'interviewer';
  if (GUEST_WORDS.has(k)) return 'guest';
  return null;
}

/** Words that end in a colon at the start of prose without being anyone's name. */
const NOT_SPEAKERS = new Set([
  'note', 'notes', "editor's note", 'editor’s note', 'update', 'updated', 'correction', 'disclosure', 'disclaimer', 'source', 'sources',
  'photo', 'image', 'credit', 'credits', 'related', 'tags', 'posted', 'transcript', 'summary', 'ps', 'p.s', 'example', 'warning',
  'edit', 'important', 'listen', 'watch', 'read', 'also', 'bonus', 'spoiler', 'tl;dr', 'tldr', 'context', 'background', 'via', 'and', 'but',
]);

export function couldBeSpeaker(key: string): boolean {
  return !NOT_SPEAKERS.has(key.toLowerCase());
}

/** `**Sam Altman:** text` and `**Sam Altman**: text` -> `Sam Altman: text`. */
export function stripEmphasis(s: string): string {
  return s.replace(/^(\*\*|__)(.+?)(\*\*|__)/, '$2').replace(/^(\*|_)(.+?)(\*|_)/, '$2');
}

/** The label a source line opens with, or that it consists of alone (`**Sam Altman:**`). */
export function lineLabel(line: string): string | null {
  const t = stripEmphasis(line.trim());
  return matchLabel(t)?.key ?? (/[:：]$/.test(t) ? matchLabelOnly(t) : null);
}

/**
 * Which label keys are speakers in a document: those the front matter declares (by key or
 * name), role words (Q, A...), and any other `Name:` that opens at least two lines (so a lone
 * `Note:` stays text). Shared by the spam filter and the parser so both agree.
 */
export function speakerKeyTest(lines: string[], declared: string[]): (key: string) => boolean {
  const counts = new Map<string, number>();
  for (const l of lines) {
    const key = lineLabel(l);
    if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const known = new Set(declared.map((k) => k.toLowerCase()));
  return (key) => known.has(key.toLowerCase()) || roleWord(key) != null || ((counts.get(key) ?? 0) >= 2 && couldBeSpeaker(key));
}
