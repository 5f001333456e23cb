import { matchLabel } from './labels.ts';
import { endsLikeSentence } from './text.ts';

/**
 * Caption files: a recording tool's export as WebVTT (`WEBVTT`, cues timed `00:00:01.000 -->
 * 00:00:05.500`, speakers as `<v Name>` or `Name:`) or SubRip (numbered cues timed
 * `00:00:01,000 --> 00:00:05,500`). A caption cue is a line or two of speech cut for the screen,
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

const STAMP = String.raw`(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?`;
const TIMING = new RegExp(String.raw`^\s*(${STAMP})\s*-->\s*(${STAMP})(?:\s.*)?$`);
const VOICE = /^\s*<v(?:\.[^\s>]*)?\s+([^>]+)>/i;

/** Whether the lines are a caption file: a WebVTT header, or a first cue (its number optional) timed SubRip's way. */
export function isCaptions(lines: string[]): boolean {
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first < 0) return false;
  if (/^\uFEFF?WEBVTT(?:\s|$)/.test(lines[first]!)) return true;
  if (TIMING.test(lines[first]!)) return true;
  return /^\d+$/.test(lines[first]!.trim()) && TIMING.test(lines[first + 1] ?? '');
}

/** Seconds of a caption timestamp (`01:02:03.500`, `02:03,5`). */
function seconds(stamp: string): number {
  const [hms, frac = '0'] = stamp.split(/[.,]/);
  const parts = hms!.split(':').map(Number);
  return parts.reduce((s, n) => s * 60 + n, 0) + Number(`0.${frac}`);
}

function clock(s: number): string {
  const t = Math.floor(s);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(t / 3600))}:${pad(Math.floor(t / 60) % 60)}:${pad(t % 60)}`;
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
  let i = 0;
  const skipBlock = () => {
    while (i < source.length && source[i]!.trim() !== '') apparatus.push(i++);
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
      lines[i] = raw;
      para = i;
      words = raw.split(/\s+/).length;
      lastText = raw.trim();
      i++;
      continue;
    }
    if (timedNext) apparatus.push(i++); // the cue's number or name
    const timing = TIMING.exec(source[i]!)!;
    apparatus.push(i++);
    const start = seconds(timing[1]!);
    const end = seconds(timing[2]!);
    let first = true;
    // Subtitles set two speakers in one cue as dialogue, a hyphen opening each line (`- And
    // concrete?` / `- That came later.`): each line is a change of speaker, as `>>` is.
    let last = i;
    while (last < source.length && source[last]!.trim() !== '') last++;
    const dialogue = last - i >= 2 && source.slice(i, last).every((l) => /^\s*-\s+\S/.test(cueText(l).text));
    for (; i < source.length && source[i]!.trim() !== ''; i++) {
      const cue = cueText(source[i]!);
      const voice = cue.voice;
      const text = dialogue ? cue.text.replace(/^-\s+/, '>> ') : cue.text;
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
      first = false;
      if (para < 0 || (who != null && !same) || pause || (words >= LONG && finished) || mark) {
        const body = said.replace(/^>>>?\s*/, '');
        lines[i] = `${mark ? '>> ' : ''}[${clock(start)}] ${voice && !same ? `${voice}: ` : ''}${body}`;
        para = i;
        words = body.split(' ').length;
      } else {
        lines[para] += ` ${said}`;
        moved.set(i, para);
        words += said.split(' ').length;
      }
      if (voice != null) voices.add(voice);
      else if (label) opened.set(label.key, (opened.get(label.key) ?? 0) + 1);
      if (who != null) speaker = who;
      else if (mark) speaker = null;
      lastText = text;
    }
    lastEnd = end;
  }
  return { lines, moved, apparatus, speakers: [...voices, ...[...opened].filter(([k, n]) => n >= 2 || /\s/.test(k)).map(([k]) => k)] };
}
