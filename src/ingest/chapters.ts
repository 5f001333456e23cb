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

const TIME = String.raw`(\d{1,2}:\d{2}(?::\d{2})?)`;
const ITEM = String.raw`(?:[-*+•]\s+|\d{1,3}[.)]\s+)?`;
/** `0:00 Introduction`, `- (02:10) Scour`, `[00:15:40] – Steel`: the time, then the title. */
const TIME_FIRST = new RegExp(String.raw`^${ITEM}[([]?${TIME}[)\]]?\s*(?:[-–—:|·]\s*)?(\S.{0,99})$`, 'u');
/** `Scour (02:10)`, `Steel – 15:40`: the title, then the time. */
const TIME_LAST = new RegExp(String.raw`^${ITEM}(\S.{0,99}?)\s*(?:[-–—|·]\s*)?[([]?${TIME}[)\]]?$`, 'u');

/** A list line's chapter, or null: a title of a few words, not a speaker's label and words. */
function item(raw: string): { time: number; title: string } | null {
  const t = stripMarkdownLinks(raw.trim()).replace(/\*\*|__/g, '').trim();
  if (!/\d:\d\d/.test(t)) return null;
  const first = TIME_FIRST.exec(t);
  const m = first ? { time: first[1]!, title: first[2]! } : ((x) => (x ? { time: x[2]!, title: x[1]! } : null))(TIME_LAST.exec(t));
  if (!m) return null;
  const title = m.title.replace(/^[-–—:|·\s]+|[-–—:|·\s]+$/g, '');
  // (A transcript's own line, `[00:00:00] Lex Fridman: The following...`, is no chapter.)
  // (Nor a sentence: `(00:00:12) Thanks for having me.` is a timed paragraph of a turn.)
  if (!/\p{L}/u.test(title) || /[:：]\s+\S/.test(title) || /[.!。！]$/u.test(title) || title.split(/\s+/).length > 14 || /\d:\d\d/.test(title)) return null;
  return { time: seconds(m.time), title };
}

/**
 * The chapter list of a podcast's show notes above its transcript (`Timestamps:` then `0:00
 * Introduction`, `2:10 Scour`, ...): three chapters or more, one per line (blank lines between
 * allowed), their times rising from the recording's first minutes. Only above the first turn:
 * the transcript's own timed lines are turns; nor a sentence. The parser makes them the transcript's sections
 * where its turns are timed (src/ingest/parse.ts).
 */
export function chapterList(lines: string[]): Chapter[] | null {
  let run: Chapter[] = [];
  let best: Chapter[] | null = null;
  const end = () => {
    if (run.length >= 3 && run[0]!.time <= 300 && run.every((c, k) => k === 0 || c.time > run[k - 1]!.time)) best ??= run;
    run = [];
  };
  for (let i = 0; i < lines.length && !best; i++) {
    const l = lines[i]!;
    if (l.trim() === '') continue;
    const c = item(l);
    if (c) {
      run.push({ ...c, line: i });
      continue;
    }
    end();
    // (The first turn ends the show notes, a name alone above its words as well; not a header
    // such as `Timestamps:` above the chapters.)
    const label = lineLabel(l);
    if (label) {
      let j = i + 1;
      while (j < lines.length && lines[j]!.trim() === '') j++;
      if (label.rest?.trim() || !item(lines[j] ?? '')) break;
    }
  }
  end();
  return best;
}
