import { warning } from './diagnostics.ts';
import { words } from './text.ts';
import type { Diagnostic, Section } from './types.ts';

/** A paragraph as compared: who says it and its words, case and spacing aside. */
interface Said {
  key: string;
  line: number;
  text: string;
}

/**
 * Passages the file holds twice, word for word: a transcript (or part of one) pasted twice, three
 * paragraphs or more of twenty words or more in the same order and by the same speakers; or one
 * paragraph of eight words or more right after itself, copied twice. Said in a warning with the
 * lines of both copies, never removed: a speaker may say the same thing twice.
 */
export function repeatedPassages(sections: Section[], file: string): Diagnostic[] {
  const said: Said[] = [];
  for (const s of sections)
    for (const t of s.turns)
      for (const p of t.paragraphs) said.push({ key: `${t.speaker}\u0000${p.text.toLowerCase().replace(/\s+/g, ' ').trim()}`, line: p.line, text: p.text });
  const first = new Map<string, number>();
  const out: Diagnostic[] = [];
  for (let i = 0; i < said.length; ) {
    const j = first.get(said[i]!.key);
    if (j !== undefined) {
      // (Words counted in any script, and only for paragraphs said again: most are not.)
      let n = 0;
      let count = 0;
      while (i + n < said.length && j + n < i && said[j + n]!.key === said[i + n]!.key) count += words(said[i + n++]!.text).length;
      if (n >= 3 && count >= 20) {
        out.push(warning(file, said[i]!.line, `lines ${said[i]!.line}-${said[i + n - 1]!.line} repeat lines ${said[j]!.line}-${said[j + n - 1]!.line} word for word: the transcript, or part of it, may have been pasted twice`, 'delete the second copy, or ignore this if the words are said twice'));
        i += n;
        continue;
      }
      if (j === i - 1 && words(said[i]!.text).length >= 8) {
        out.push(warning(file, said[i]!.line, `this paragraph repeats the one on line ${said[j]!.line} word for word: it may have been copied twice`, 'delete one of them, or ignore this if the words are said twice'));
        i++;
        continue;
      }
    }
    if (j === undefined) first.set(said[i]!.key, i);
    i++;
  }
  return out;
}
