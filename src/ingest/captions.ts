import { couldBeSpeaker, lineLabel, matchLabel } from './labels.ts';
import { chromeMatch } from './lexicon.ts';
import { endsLikeSentence, words } from './text.ts';

/**
 * Caption files: a recording tool's export as WebVTT (`WEBVTT`, cues timed `00:00:01.000 -->
 * 00:00:05.500`, speakers as `<v Name>`, `Name:`, or a name alone above the cue's words, as Teams writes it), SubRip (numbered cues timed
 * `00:00:01,000 --> 00:00:05,500`) or SubViewer, as YouTube exports it (`0:00:01.000,0:00:05.500`). A caption cue is a line or two of speech cut for the screen,
 * not a paragraph, so the cues become transcript lines before cleaning and parsing:
 *
 * - a cue that opens with a speaker (a voice tag or a label) starts a paragraph, led by its start
 *   time (`[00:00:01] Name: ...`), which the parser reads as a timestamped label;
 * - a cue without one goes on the paragraph before it, unless a pause of PAUSE seconds or more
 *   follows a finished sentence: then it starts a paragraph of the same speaker, with its time;
 * - a cue that repeats the line before it (rolling captions, as YouTube's) adds nothing.
 *
 * Line numbers stay those of the file: a paragraph is written on the line of its first words,
 * the words of the cues that join it move there, and the header, cue numbers and timings become
 * blank lines. `moved` and `apparatus` say where each line went, so that every line is accounted for.
 */
export interface Captions {
  /** The file's lines as a transcript, as many as before. */
  lines: string[];
  /** 0-based line -> the line its words were moved onto. */
  moved: Map<number, number>;
  /** 0-based lines of caption apparatus: the header, notes and styles, cue numbers, timings, repeated lines. */
  apparatus: number[];
  /** Who speaks, as the cues say it: every voice (`<v Name>`), and a label that opens two cues or more, or one that is a full name. */
  speakers: string[];
}

/** A pause this long (seconds) after a finished sentence starts a new paragraph of the same speaker. */
const PAUSE = 2;
/** A paragraph this many words long starts anew at the next finished sentence. */
const LONG = 120;

// (Or a video editor's timecode, its frames after the seconds, `00:01:02:15`, as Premiere Pro exports a transcript.)
const STAMP = String.raw`(?:\d{2}:\d{2}:\d{2}[:;]\d{2}|(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?)`;
/** A cue's timing; its times may drop the leading zeros, as Teams writes them (`0:0:3.120 --> 0:0:8.0`). */
const CUE_STAMP = String.raw`(?:\d{1,2}:)?\d{1,2}:\d{1,2}(?:[.,]\d{1,3})?`;
/** A cue's timing: `-->` between its times, or, as YouTube's SubViewer (`.sbv`) writes it, a comma (`0:00:01.000,0:00:05.500`). */
// (Its settings after it are `name:value` pairs, `align:start position:0%`: a name and words after the
// times, `00:00:05 --> 00:00:09 Tom Becker: Welcome`, are a transcript's line, no cue's.)
const TIMING = new RegExp(String.raw`^\s*(?:(${CUE_STAMP})\s*-->\s*(${CUE_STAMP})(?:\s+[A-Za-z][\w-]*:\S+)*\s*|(\d{1,2}:\d{2}:\d{2}\.\d{3}),(\d{1,2}:\d{2}:\d{2}\.\d{3})\s*)$`);
const VOICE = /^\s*<v(?:\.[^\s>]*)?\s+([^>]+)>/i;

/** Whether the lines are a caption file: a WebVTT header, or a first cue (its number optional) timed SubRip's way, a few lines down perhaps. */
export function isCaptions(lines: string[]): boolean {
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first < 0) return false;
  if (/^\uFEFF?WEBVTT(?:\s|$)/.test(lines[first]!)) return true;
  if (TIMING.test(lines[first]!)) return true;
  if (/^\d+$/.test(lines[first]!.trim()) && TIMING.test(lines[first + 1] ?? '')) return true;
  // (A title or a line or two above the cues, as a caption file's body pasted under its name
  // reads: its first timing among the first six lines with words, and three or more in all.)
  const full = lines.flatMap((l, i) => (l.trim() ? [i] : []));
  const timed = full.findIndex((i) => TIMING.test(lines[i]!));
  return timed > 0 && timed <= 5 && full.filter((i) => TIMING.test(lines[i]!)).length >= 3;
}

/** Seconds of a caption timestamp (`01:02:03.500`, `02:03,5`). */
function seconds(stamp: string): number {
  const [hms, frac = '0'] = stamp.split(/[.,]/);
  const parts = hms!.split(/[:;]/).map(Number);
  // (A timecode's frames: the second is enough.)
  if (parts.length === 4) parts.pop();
  return parts.reduce((s, n) => s * 60 + n, 0) + Number(`0.${frac}`);
}

function clock(s: number): string {
  const t = Math.floor(s);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(t / 3600))}:${pad(Math.floor(t / 60) % 60)}:${pad(t % 60)}`;
}

/** A caption line's voices: each `<v Name>` span apart where one line holds two or more (`<v Maria Lopez>Thanks.</v> <v Tom Becker>Why?</v>`). */
function cueVoices(line: string): { voice: string | null; text: string }[] {
  const starts = [...line.matchAll(/<v(?:\.[^\s>]*)?\s+[^>]+>/gi)].map((m) => m.index!);
  if (starts.length < 2) return [cueText(line)];
  const head = cueText(line.slice(0, starts[0]));
  return [...(head.text ? [head] : []), ...starts.map((at, k) => cueText(line.slice(at, starts[k + 1])))];
}

/** A caption line's words: its voice (`<v Name>`) apart, its other tags and inline times taken out, entities decoded. */
function cueText(line: string): { voice: string | null; text: string } {
  const v = VOICE.exec(line);
  const text = (v ? line.slice(v[0].length) : line)
    .replace(/<\/?(?:c|i|b|u|v|lang|ruby|rt)(?:[.\s][^>]*)?>/gi, '')
    .replace(/<\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
  return { voice: v ? v[1]!.trim() : null, text };
}

/** The lines of a caption file as a transcript (see above), or null when they are not one. */
export function fromCaptions(source: string[]): Captions | null {
  if (!isCaptions(source)) return null;
  const out = joiner(source);
  const named = cueNames(source);
  const namesEveryCue = [...named.values()].filter((n) => n >= 2).reduce((a, n) => a + n, 0) * 2 >= source.filter((l) => TIMING.test(l)).length;
  let i = 0;
  let dialogueFile: boolean | undefined;
  const skipBlock = () => {
    while (i < source.length && source[i]!.trim() !== '') out.apparatus.push(i++);
  };
  while (i < source.length) {
    const raw = source[i]!;
    if (raw.trim() === '') {
      i++;
      continue;
    }
    // The header and its settings, notes, styles and regions: until the next blank line.
    if (/^\uFEFF?WEBVTT(?:\s|$)/.test(raw) || /^(?:NOTE|STYLE|REGION)(?:\s|$)/.test(raw)) {
      skipBlock();
      continue;
    }
    const timedHere = TIMING.exec(raw);
    const timedNext = timedHere ? null : TIMING.exec(source[i + 1] ?? '');
    if (!timedHere && !timedNext) {
      // Words outside any cue (a stray line): kept as a paragraph of their own.
      out.stray(i);
      i++;
      continue;
    }
    if (timedNext) out.apparatus.push(i++); // the cue's number or name
    const timing = TIMING.exec(source[i]!)!;
    out.apparatus.push(i++);
    // Subtitles set two speakers in one cue as dialogue, a hyphen opening each line (`- And
    // concrete?` / `- That came later.`): each line is a change of speaker, as `>>` is.
    let last = i;
    while (last < source.length && source[last]!.trim() !== '') last++;
    // (A cue of one such line too, where other cues set two speakers so: `- And concrete?` alone.)
    const dialogue = (last - i >= 2 || (dialogueFile ??= hasDialogue(source))) && source.slice(i, last).every((l) => /^\s*-\s+\S/.test(cueText(l).text));
    const cue: CueLine[] = [];
    // (A name alone on the cue's first line, above its words, as Teams's transcript writes each
    // cue: the voice, where cues open with it twice or more, or once where half the cues open so.)
    let nameAbove = last - i >= 2 && !VOICE.test(source[i]!) && (named.get(source[i]!.trim()) ?? 0) >= (namesEveryCue ? 1 : 2) ? source[i]!.trim() : null;
    if (nameAbove) out.apparatus.push(i++);
    for (; i < last; i++) for (const { voice, text } of cueVoices(source[i]!)) {
      cue.push({ at: i, voice: voice ?? nameAbove, text: dialogue ? text.replace(/^-\s+/, '>> ') : text });
      nameAbove = null;
    }
    out.cue(seconds(timing[1] ?? timing[3]!), seconds(timing[2] ?? timing[4]!), cue);
  }
  return out.result();
}

/** Some cue sets two speakers as dialogue, two lines or more each opening with a hyphen (`- And concrete?` / `- That came later.`). */
function hasDialogue(source: string[]): boolean {
  for (let k = 0; k < source.length; k++) {
    if (!TIMING.test(source[k]!)) continue;
    let n = 0;
    for (let j = k + 1; j < source.length && source[j]!.trim() !== ''; j++) {
      if (!/^\s*-\s+\S/.test(cueText(source[j]!).text)) {
        n = 0;
        break;
      }
      n++;
    }
    if (n >= 2) return true;
  }
  return false;
}

/** How many cues open with each name alone on its line above their words (`Tom Becker`, `Speaker 1`; see NAME_LINE). */
function cueNames(source: string[]): Map<string, number> {
  const names = new Map<string, number>();
  source.forEach((l, k) => {
    const name = source[k + 1]?.trim() ?? '';
    if (TIMING.test(l) && NAME_LINE.test(name) && source[k + 2]?.trim()) names.set(name, (names.get(name) ?? 0) + 1);
  });
  return names;
}

/** A line of a cue's text: where it is, the voice its tag names, its words. */
interface CueLine {
  at: number;
  voice: string | null;
  text: string;
}

/**
 * Cues joined into paragraphs, written on the lines of the source (see Captions): each cue's
 * lines in turn, a change of speaker, a pause after a finished sentence or a long paragraph
 * starting a new one (or each cue, `eachCue`).
 */
function joiner(source: string[], eachCue = false) {
  const lines = source.map(() => '');
  const moved = new Map<number, number>();
  const apparatus: number[] = [];
  /** The line the current paragraph is written on, its word count, and the last cue's end. */
  let para = -1;
  let words = 0;
  let lastEnd = 0;
  let lastText = '';
  const voices = new Set<string>();
  const opened = new Map<string, number>();
  /** Who the current paragraph's speaker is, when a cue named them. */
  let speaker: string | null = null;
  /** The current paragraph is words outside any cue: the next cue starts its own. */
  let outside = false;
  return {
    apparatus,
    /** Words outside any cue: a paragraph of their own, or a heading. */
    stray(i: number, heading = false) {
      // (A heading already, `# Rivers and Roads`, stays the one it is.)
      lines[i] = heading && !/^#{1,6}\s/.test(source[i]!.trim()) ? `## ${source[i]!.trim()}` : source[i]!;
      para = i;
      words = source[i]!.split(/\s+/).length;
      lastText = source[i]!.trim();
      outside = true;
    },
    /** A cue from `start` to `end` seconds (its end unknown: null), its lines of text. */
    cue(start: number, end: number | null, cue: CueLine[]) {
      let first = true;
      for (const { at: i, voice, text } of cue) {
        if (!text || text === lastText) {
          apparatus.push(i); // nothing but tags, or the line before it repeated
          continue;
        }
        // Who speaks, when the cue says: a voice tag, or a label (`Name:`), after a change of
        // speaker's `>>` (which the line keeps, for the parser: a mark without a name is someone else).
        const mark = /^>>/.test(text);
        const label = voice == null ? matchLabel(text.replace(/^>>>?\s*/, '')) : null;
        const who = voice ?? label?.key ?? null;
        // A tool that labels every cue (Zoom) names the same speaker again: the words go on.
        const same = who != null && who === speaker;
        const said = same && label ? text.replace(/^>>>?\s*/, '').slice(label.length).trim() : text;
        const finished = endsLikeSentence(lastText);
        const pause = first && start - lastEnd >= PAUSE && finished;
        const opens = first && eachCue;
        first = false;
        // (Speech without punctuation never finishes a sentence: a paragraph ends at twice the length.)
        if (para < 0 || outside || (who != null && !same) || pause || opens || (words >= LONG && finished) || words >= 2 * LONG || mark) {
          const body = said.replace(/^>>>?\s*/, '');
          const written = `${mark ? '>> ' : ''}[${clock(start)}] ${voice && !same ? `${voice}: ` : ''}${body}`;
          // (A second voice on the same line: a turn of its own after a line break, which the parser splits at.)
          lines[i] = para === i && lines[i] ? `${lines[i]}<br>${written}` : written;
          para = i;
          words = body.split(' ').length;
        } else {
          lines[para] += ` ${said}`;
          moved.set(i, para);
          words += said.split(' ').length;
        }
        outside = false;
        if (voice != null) voices.add(voice);
        else if (label) opened.set(label.key, (opened.get(label.key) ?? 0) + 1);
        if (who != null) speaker = who;
        else if (mark) speaker = null;
        lastText = text;
      }
      lastEnd = end ?? start;
    },
    result(): Captions {
      return { lines, moved, apparatus, speakers: [...voices, ...[...opened].filter(([k, n]) => n >= 2 || /\s/.test(k)).map(([k]) => k)] };
    },
  };
}

/**
 * A name alone on its line, two to four capitalised words (`Tom Becker`, its role in parentheses
 * after it too, `Tom Becker (Host)`), one in capitals (`LOPEZ`), a tool's placeholder (`Speaker 1`,
 * `SPEAKER_00`), or a name with its middle dot in Chinese or Japanese (`汤姆·贝克尔`, `マリア・ロペス`).
 */
const NAME_LINE = /^(?:\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){1,3}(?:\s+\([\p{L} -]{2,20}\))?|\p{Lu}{2,}[\p{Lu}'’-]*|(?:Speaker|SPEAKER)[ _]?(?:\d{1,2}|[A-Z])|[\p{Script=Han}\p{Script=Katakana}ー]{1,6}[·・][\p{Script=Han}\p{Script=Katakana}ー]{1,8})$/u;
/** A first name alone (`Tom`): a name line only where every cue of the file opens with one (see fromTimedText). */
const FIRST_NAME_LINE = /^\p{Lu}\p{Ll}+$/u;
/** A time alone on its line (`0:03`, `1:02:03`, `[00:03]`), as a video site's transcript panel copies it above the words. */
// (Or its start and end, `00:00:05:00 - 00:00:09:10`; or said in words, `Starting point is 00:00:05`, as a podcast transcripts site sets it.)
const TIME_ALONE = new RegExp(String.raw`^\s*(?:starting point is\s+)?[[(]?(${STAMP})(?:\s*(?:-->|[-–])\s*${STAMP})?[\])]?\s*$`, 'i');
/** A line opening with its time (`0:03 so where did...`), or a range (`[00:00.000 --> 00:04.000]  so where...`, as speech-to-text tools print). */
const TIME_LED = new RegExp(String.raw`^\s*[[(]?(${STAMP})(?:\s*-->\s*${STAMP})?[\])]?\s+(\S.*)$`);

/**
 * A transcript copied from a video site's panel or printed by a speech-to-text tool: the time
 * alone on a line and the words below it (`0:03`, `so where did it start`), perhaps under the
 * speaker's name (`0:03`, `Tom Becker`, the words: a voice where the name does so twice), or each line
 * opening with its time, for four lines or more and four in five of the file's lines of words,
 * most of them without a speaker's label. Read as
 * captions, each time a cue; its end is the next one's start. (A list of chapters above a
 * transcript is a few of the file's lines, and stays what it is.)
 */
export function fromTimedText(source: string[]): Captions | null {
  const cues: { start: number; name: number | null; lines: CueLine[] }[] = [];
  /** The lines of times alone. */
  const used: number[] = [];
  for (let i = 0; i < source.length; i++) {
    const l = source[i]!;
    if (l.trim() === '') continue;
    const alone = TIME_ALONE.exec(l);
    if (alone) {
      // The words: the lines after the time, to a blank line or the next time.
      let j = i + 1;
      while (j < source.length && source[j]!.trim() !== '' && !TIME_ALONE.test(source[j]!) && !TIME_LED.test(source[j]!)) j++;
      if (j > i + 1) {
        // (A name alone above them, `0:03` / `Tom Becker` / the words: who speaks; known if it does so twice.)
        const name = j > i + 2 && (NAME_LINE.test(source[i + 1]!.trim()) || FIRST_NAME_LINE.test(source[i + 1]!.trim())) ? i + 1 : null;
        const lines: CueLine[] = [];
        for (let k = name == null ? i + 1 : i + 2; k < j; k++) lines.push({ at: k, voice: null, text: source[k]!.trim() });
        cues.push({ start: seconds(alone[1]!), name, lines });
        used.push(i);
        i = j - 1;
        continue;
      }
    }
    const led = TIME_LED.exec(l);
    if (led) cues.push({ start: seconds(led[1]!), name: null, lines: [{ at: i, voice: null, text: led[2]!.trim() }] });
  }
  // The words outside the cues: sentences or long lines (a title, a chapter's or a button's line
  // is neither). Four in five of the file's words are the cues'.
  const covered = new Set([...used, ...cues.flatMap((c) => [...(c.name == null ? [] : [c.name]), ...c.lines.map((l) => l.at)])]);
  const lineCount = covered.size - used.length;
  const proseLines = source.filter((l, i) => !covered.has(i) && l.trim() !== '' && (l.trim().split(/\s+/).length > 8 || endsLikeSentence(l.trim())));
  const prose = proseLines.length;
  // (Where no cue names anyone and nearly every one ends its sentence, a dozen words or more each on
  // the whole, as a podcast app's transcript sets each speaker's stretch under its time: each cue
  // is a paragraph of its own, which the parser may read as a question or an answer; and four in
  // five of the file's words are the cues', however few its lines.)
  const texts = cues.map((c) => c.lines.map((l) => l.text).join(' '));
  const cueWords = words(texts.join(' ')).length;
  const paragraphs = cues.every((c) => c.name == null) && texts.filter(endsLikeSentence).length >= 0.9 * cues.length && cueWords >= 12 * cues.length;
  // (Lines that open with their time and a speaker's label, `[00:00:25] Sam Altman: ...`, are the
  // parser's to read, turn by turn; captions' changes of speaker, `>> Name: ...`, are captions'.)
  if (cues.length < 4 || (lineCount < 4 * prose && !(paragraphs && cueWords >= 4 * words(proseLines.join(' ')).length)) || cues.filter((c) => !c.lines[0]!.text.startsWith('>>') && lineLabel(source[c.lines[0]!.at]!) != null).length * 2 >= cues.length) return null;
  // Where nearly every time has one line of words under it (a video site's panel), a second line is
  // no words of the cue but a chapter's title before the next time (`Steel and water`).
  // (Or where half of them have one and each line past the first is a short one, no sentence,
  // opening with a capital, under words in small letters as automatic captions write them:
  // `probably most of you` / `Carbon`.)
  const single = cues.filter((c) => c.lines.length === 1).length;
  const chapterLike = (t: string) => t.split(/\s+/).length <= 6 && !endsLikeSentence(t) && /^\p{Lu}/u.test(t) && chromeMatch(t) == null;
  const small = cues.filter((c) => /^\p{Ll}/u.test(c.lines[0]!.text)).length >= 0.6 * cues.length;
  if (single >= 0.8 * cues.length || (single >= 0.5 * cues.length && small && cues.every((c) => c.name != null || c.lines.slice(1).every((l) => chapterLike(l.text))))) for (const c of cues) if (c.name == null) c.lines.splice(1);
  const names = new Map<string, number>();
  for (const c of cues) if (c.name != null) names.set(source[c.name]!.trim(), (names.get(source[c.name]!.trim()) ?? 0) + 1);
  // (Where every cue of two lines or more opens with a name, four or more, one of them naming two
  // cues or more, the file names each cue's speaker so: a full name seen once is a voice too, a
  // panelist speaking once, and a first name alone twice or more, `0:03` / `Tom` / the words.)
  const longer = cues.filter((c) => c.name != null || c.lines.length >= 2);
  const named = longer.length >= 4 && longer.every((c) => c.name != null) && [...names.values()].some((n) => n >= 2);
  // (A first name is none the text writes small too: `Okay` above "okay so where...".)
  let smallWords: Set<string> | undefined;
  const writtenSmall = (word: string) => (smallWords ??= new Set(source.join('\n').match(/(?<![\p{L}])\p{Ll}+(?![\p{L}])/gu) ?? [])).has(word.toLowerCase());
  const voices = (name: string) => ((names.get(name) ?? 0) >= 2 && (NAME_LINE.test(name) || (named && couldBeSpeaker(name) && !writtenSmall(name)))) || (named && NAME_LINE.test(name) && !/^\p{Lu}{2,}[\p{Lu}'’-]*$/u.test(name));
  const out = joiner(source, paragraphs);
  out.apparatus.push(...used);
  const times = new Set(used);
  /**
   * A short line outside the cues, no sentence (`Intro`, `Steel and water`): a chapter's title, as
   * a video site's panel sets it among the times, or above them the video's. (Not the panel's own
   * buttons, which the cleaner removes.)
   */
  // (The file's first line may be the video's title, its channel after a bar, however long: `Why
  // Timber Bridges Are Back | Maria Lopez | TEDxLyon`.)
  const firstLine = source.findIndex((l) => l.trim() !== '');
  const chapter = (j: number) => (source[j]!.trim().split(/\s+/).length <= 8 || (j === firstLine && !/^#{1,6}\s/.test(source[j]!.trim()) && /\S\s[|]\s\S/.test(source[j]!) && source[j]!.trim().split(/\s+/).length <= 20)) && !endsLikeSentence(source[j]!.trim()) && chromeMatch(source[j]!) == null;
  /** Lines a cue holds. */
  const inCue = new Set(cues.flatMap((c) => [...(c.name == null ? [] : [c.name]), ...c.lines.map((l) => l.at)]));
  cues.forEach((c, k) => {
    // (Lines between the cues, a title or a heading, stay as they are, each a paragraph.)
    const from = k === 0 ? 0 : cues[k - 1]!.lines.at(-1)!.at + 1;
    const first = c.name ?? c.lines[0]!.at;
    for (let j = from; j < first; j++) if (source[j]!.trim() !== '' && !times.has(j) && !inCue.has(j)) out.stray(j, chapter(j));
    let lines = c.lines;
    if (c.name != null) {
      const name = source[c.name]!.trim();
      // (A name seen once is words, the cue's first line, but where the file names every cue so.)
      if (voices(name)) {
        out.apparatus.push(c.name);
        lines = [{ ...lines[0]!, voice: name }, ...lines.slice(1)];
      } else lines = [{ at: c.name, voice: null, text: name }, ...lines];
    }
    out.cue(c.start, cues[k + 1]?.start ?? null, lines);
  });
  for (let j = cues.at(-1)!.lines.at(-1)!.at + 1; j < source.length; j++) if (source[j]!.trim() !== '') out.stray(j);
  return out.result();
}
