import { lineLabel, seconds } from './labels.ts';
import { stripMarkdownLinks } from './text.ts';

/** A chapter of a podcast's show notes: where it starts in the recording, and its title. */
export interface Chapter {
  /** Seconds into the recording. */
  time: number;
  title: string;
  /** 0-based line of the list that gives it. */
  line: number;
}

/** A time opening a heading or a chapter's line, as chapter lists write it: `(00:12:30) – `, `[12:30] `, `00:12:30 - `. */
export const CHAPTER_TIME = /^[([]?\d{1,2}:\d{2}(?::\d{2})?[)\]]?\s*(?:[-–—:|]\s*)?(?=\S)/;
/** A time closing a heading or a chapter's line, as show notes write it: ` [00:12:30]`, ` (12:30)`, ` – 00:12:30`. */
const CHAPTER_TIME_AFTER = /(?<=\S)\s*(?:[-–—|]\s*)?[([]\d{1,2}:\d{2}(?::\d{2})?[)\]]$|(?<=\S)\s+[-–—|]\s*\d{1,2}:\d{2}(?::\d{2})?$/;
/** The time closing a text, if one does. (Such a text ends with a digit or a bracket: most end otherwise and need no pattern, which tries every place in the text.) */
const timeAfter = (t: string) => (/[\d)\]]$/.test(t) ? CHAPTER_TIME_AFTER.exec(t) : null);
/** Whether a text closes with a time. */
export const endsWithTime = (t: string) => timeAfter(t) != null;
/** The text without the time closing it, if one does. */
export const withoutTimeAfter = (t: string) => t.slice(0, timeAfter(t)?.index ?? t.length);

/** A list line's chapter (`0:00 Introduction`, `- (02:10) Scour`, `Steel – 15:40`), or null: a title of a few words, not a speaker's label and words (unless `colons`: `Sponsors: Rhine Tools`), nor a sentence. */
function item(raw: string, colons = false): { time: number; title: string } | null {
  const t = stripMarkdownLinks(raw.trim()).replace(/\*\*|__/g, '').replace(/^(?:[-*+•]|\d{1,3}[.)])\s+/, '').trim();
  if (!/\d:\d\d/.test(t)) return null;
  const before = CHAPTER_TIME.exec(t);
  const after = before ? null : timeAfter(t);
  const stamp = before ?? after;
  if (!stamp) return null;
  const title = (before ? t.slice(stamp[0].length) : t.slice(0, stamp.index)).trim();
  // (`[00:00:00] Lex Fridman: The following...` is a turn; `(00:00:12) Thanks for having me.` a timed paragraph of one.)
  if (!/\p{L}/u.test(title) || (!colons && /[:：]\s+\S/.test(title)) || /[.!。！]$/u.test(title) || title.split(/\s+/).length > 14 || /\d:\d\d/.test(title)) return null;
  return { time: seconds(/\d{1,2}:\d{2}(?::\d{2})?/.exec(stamp[0])![0]), title };
}

/** The header of a chapter list: `Timestamps:`, `Chapters`, `Kapitel`, `In this episode:`. */
export const CHAPTERS_HEADER = /^(?:timestamps|time ?stamps|chapters|episode chapters|kapitel|zeitmarken|chapitres|capítulos|capitoli|in this episode|outline|(?:table of )?contents|inhalt|inhaltsverzeichnis|sommaire|índice|indice)\s*:?$/i;

/**
 * The chapter list of a podcast's show notes above its transcript (`Timestamps:` then `0:00
 * Introduction`, `2:10 Scour`, ...): three chapters or more, one per line (blank lines between
 * allowed), their times rising from the recording's first minutes. Only above the first turn:
 * the transcript's own timed lines are turns. The parser makes them the transcript's sections
 * where its turns are timed (src/ingest/parse.ts).
 */
export function chapterList(lines: string[]): Chapter[] | null {
  // (Some chapters' titles have a colon, `00:02:15 Sponsors: Rhine Tools, Bonn Coffee`, as a turn's
  // label has: read so where a list without them is none, a third of its chapters at most.)
  return chapters(lines, false) ?? chapters(lines, true);
}

/** The first list of chapters in `lines` (see chapterList), titles with a colon read as chapters' or not. */
function chapters(lines: string[], colons: boolean): Chapter[] | null {
  let run: Chapter[] = [];
  let best: Chapter[] | null = null;
  const end = () => {
    const labelled = colons ? run.filter((c) => /[:：]\s+\S/.test(c.title)).length : 0;
    // (Two right under a list's header, `Timestamps` / `(00:00:00) – The Rhine` / `(00:05:00) – Steel`:
    // a list still, not a name above words.)
    if (run.length - labelled >= (headed(run[0]?.line ?? 0) ? 2 : 3) && labelled <= run.length / 3 && run[0]!.time <= 300 && run.every((c, k) => k === 0 || c.time > run[k - 1]!.time)) best ??= run;
    run = [];
  };
  const opening = lines.findIndex((l) => l.trim() !== '');
  /** The nearest line with words above line `at` is a chapter list's header (`Timestamps:`, `# Chapters`). */
  const headed = (at: number) => {
    let k = at - 1;
    while (k >= 0 && lines[k]!.trim() === '') k--;
    return k >= 0 && CHAPTERS_HEADER.test(lines[k]!.trim().replace(/^#{1,6}\s+|[*_]/g, '').trim());
  };
  for (let i = 0; i < lines.length && !best; i++) {
    const l = lines[i]!;
    if (l.trim() === '') continue;
    const c = item(l, colons);
    if (c) {
      run.push({ ...c, line: i });
      continue;
    }
    end();
    // (The first turn ends the show notes, a name alone above its words as well; not a header
    // such as `Timestamps:` above the chapters, nor a sponsor's link set as a list's item,
    // `– Rhine Works: https://...`.)
    // (Nor the page's headline on the file's first line, `Maria Lopez: Bridges, Rivers | Bridge
    // Podcast #412`, a guest's name and a colon before its words as a turn's would be.)
    const label = i !== opening || lines[i + 1]?.trim() !== '' ? lineLabel(l) : null;
    if (label && !(/^\s*(?:[-*+•–—]|\d{1,3}[.)])\s/.test(l) && /^\S*https?:\/\/|^\S+\.\S+\/\S*/.test(label.rest?.trim() ?? ''))) {
      let j = i + 1;
      while (j < lines.length && lines[j]!.trim() === '') j++;
      if (label.rest?.trim() || !item(lines[j] ?? '')) break;
    }
  }
  end();
  return best;
}
