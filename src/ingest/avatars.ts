/**
 * Speakers' avatars: a podcast page or a chat tool shows a small picture of each speaker beside
 * the name that opens the turn, and a copy keeps it (`![Tom Becker](https://.../tom.jpg) **Tom
 * Becker**`, or the picture alone on the line above the name). Such a picture is part of the label,
 * not a picture the interview shows: on the name's line it goes, and alone on its line the line
 * becomes markup, so that the name reads as the label it is and the picture is no one's words.
 *
 * A picture is an avatar where it stands right before a speaker's label or a name alone (perhaps
 * in bold, a heading's or a link's, a time after it; never a caption's sentence), and either the same picture stands so twice or more or its description
 * names the speaker (a word of the name, or `avatar`, `profile`, `headshot`). It takes two such
 * pictures or more in the file. An avatar drawn as initials alone on its line above the name goes too.
 */
import { lineLabel, NAME_WORDS } from './labels.ts';

export interface AvatarLines {
  lines: string[];
  /** 0-based lines that held an avatar alone. */
  apparatus: number[];
}

/** A Markdown picture, perhaps linked (`[![alt](src)](href)`), or an HTML one (`<img src="..." alt="...">`). */
const PICTURE = String.raw`(?:\[!\[[^\]]{0,200}\]\([^)\s]{1,500}(?:\s+"[^"]{0,200}")?\)\]\([^)\s]{0,500}\)|!\[[^\]]{0,200}\]\([^)\s]{1,500}(?:\s+"[^"]{0,200}")?\)|<img\b[^>]{0,800}>)`;
const PICTURES_AT_START = new RegExp(String.raw`^\s*((?:${PICTURE}\s*)+)`, 'iu');
const ONE_PICTURE = new RegExp(PICTURE, 'giu');
/** A name alone, its markup aside (bold, a heading's marks, a link), perhaps a time after it: `**Tom Becker**`, `#### Tom Becker · 00:01`. */
const NAME_ALONE = new RegExp(String.raw`^${NAME_WORDS}(?:\s*[·•|–—-]?\s*[([]?(?:\d{1,2}:)?\d{1,2}:\d{2}[)\]]?)?\s*[:：]?$`, 'u');

/** The line after the picture labels a turn or names a speaker alone. */
function nameLine(text: string): boolean {
  if (lineLabel(text) != null) return true;
  const bare = text.replace(/\]\([^)\s]*\)/g, '').replace(/^#{1,6}\s+/, '').replace(/[*_[\]]/g, '').trim();
  return bare.length <= 60 && NAME_ALONE.test(bare);
}
const AVATAR_WORDS = /\b(?:avatar|profile|headshot|portrait|user ?pic|userpic|photo of)\b/i;

/** The picture's source and description. */
function pictureOf(markup: string): { src: string; alt: string } {
  const md = /!\[([^\]]*)\]\(([^)\s]+)/.exec(markup);
  if (md) return { alt: md[1]!, src: md[2]! };
  const attr = (name: string) => new RegExp(String.raw`\b${name}\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))`, 'i').exec(markup);
  const a = attr('alt');
  const s = attr('src');
  return { alt: a ? (a[1] ?? a[2] ?? a[3] ?? '') : '', src: s ? (s[1] ?? s[2] ?? s[3] ?? '') : '' };
}

/** Initials alone on a line, as an app draws a speaker's avatar without a picture: `TB`. */
const INITIALS_ALONE = /^\s*(\p{Lu}{2,3})\s*$/u;

/**
 * Avatars drawn as initials, each alone on its line right above the speaker's name alone (`TB` /
 * `Tom Becker` / `0:01` / the words), as a meeting app's transcript pane copies them: the initials
 * of the name's two or three words, each word's first letter. Their lines, 0-based.
 */
function initialsAvatars(source: string[]): number[] {
  const found: number[] = [];
  for (let i = 0; i < source.length; i++) {
    const m = INITIALS_ALONE.exec(source[i]!);
    if (!m) continue;
    // (A blank line between them too.)
    const j = source[i + 1]?.trim() === '' ? i + 2 : i + 1;
    const name = (source[j] ?? '').replace(/[*_#]/g, '').trim();
    if (!NAME_ALONE.test(name)) continue;
    const words = name.replace(/\s*[·•|–—-]?\s*[([]?(?:\d{1,2}:)?\d{1,2}:\d{2}[)\]]?\s*[:：]?$/u, '').split(/\s+/);
    if (words.length === m[1]!.length && words.map((w) => w[0]!.toUpperCase()).join('') === m[1]) found.push(i);
  }
  return found;
}

/** The lines without the speakers' avatars, or null when the file shows none. */
export function withoutAvatars(file: string[]): AvatarLines | null {
  const initials = initialsAvatars(file);
  const drawnAt = new Set(initials);
  const source = initials.length ? file.map((l, i) => (drawnAt.has(i) ? '' : l)) : file;
  const drawn = initials.length ? { lines: source, apparatus: initials } : null;
  if (!source.some((l) => /!\[|<img\b/i.test(l))) return drawn;
  /** Each candidate: its line, the pictures' markup, whether they are alone on the line, and the name's line after them. */
  const found: { i: number; markup: string; alone: boolean; name: string }[] = [];
  for (let i = 0; i < source.length; i++) {
    const l = source[i]!;
    if (!/!\[|<img\b/i.test(l)) continue;
    const m = PICTURES_AT_START.exec(l);
    if (!m) continue;
    const rest = l.slice(m[0].length).trim();
    if (rest) {
      if (nameLine(rest)) found.push({ i, markup: m[1]!, alone: false, name: rest });
      continue;
    }
    let j = i + 1;
    while (j < source.length && j <= i + 2 && source[j]!.trim() === '') j++;
    const next = source[j]?.trim() ?? '';
    if (j <= i + 2 && !PICTURES_AT_START.test(next) && nameLine(next)) found.push({ i, markup: m[1]!, alone: true, name: next });
  }
  if (found.length < 2) return drawn;
  const seen = new Map<string, number>();
  for (const f of found) for (const p of f.markup.match(ONE_PICTURE) ?? []) seen.set(pictureOf(p).src, (seen.get(pictureOf(p).src) ?? 0) + 1);
  const namesSpeaker = (alt: string, name: string) => {
    if (AVATAR_WORDS.test(alt)) return true;
    const words = name.replace(/[*_#[\]]/g, ' ').split(/[\s:：]+/).filter((w) => /^\p{Lu}\p{L}+/u.test(w)).slice(0, 4);
    return words.some((w) => new RegExp(String.raw`(?<!\p{L})${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\p{L})`, 'iu').test(alt));
  };
  const avatars = found.filter((f) => (f.markup.match(ONE_PICTURE) ?? []).every((p) => {
    const { src, alt } = pictureOf(p);
    return (src !== '' && (seen.get(src) ?? 0) >= 2) || namesSpeaker(alt, f.name);
  }));
  if (avatars.length < 2) return drawn;
  const lines = [...source];
  const apparatus: number[] = [...initials];
  for (const f of avatars) {
    if (f.alone) {
      lines[f.i] = '';
      apparatus.push(f.i);
    } else lines[f.i] = source[f.i]!.replace(PICTURES_AT_START, '');
  }
  return { lines, apparatus };
}
