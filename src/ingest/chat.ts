import { lineLabel } from './labels.ts';

/**
 * An interview held in a chat and exported from it: each message opens with the time it was sent
 * and the sender's name, or the sender's name and the time stand alone above the messages.
 *
 *   [03/12/24, 10:15:02] Maria Lopez: My father built roads.      (WhatsApp on iPhone)
 *   03/12/2024, 10:15 - Maria Lopez: My father built roads.        (WhatsApp on Android)
 *   10:15:02 From Maria Lopez to Everyone: My father built roads.  (a meeting's chat, as Zoom saves it)
 *   10:15:02 From Maria Lopez to Everyone:                         (the same, the message on the next line)
 *   Maria Lopez  10:15 AM                                          (Slack, copied)
 *   Maria Lopez — 03/12/2024 10:15 AM                              (Discord, copied; or `— Today at 10:15 AM`)
 *   Maria Lopez (10:15 AM)                                         (a meeting's chat, copied)
 *   [10:15 AM] Maria Lopez: My father built roads.                 (a chat's log with the time of day alone)
 *   [10:15 AM] Maria Lopez                                         (Teams, copied)
 *   Maria Lopez (10:15 AM): My father built roads.                 (a meeting's chat in its notes; in bold too)
 *   Maria Lopez, [03.12.24 10:15]                                  (Telegram, copied)
 *   Maria Lopez, 10:15 AM                                          (a web chat's page, copied)
 *
 * A message's line becomes the label the parser reads (`Maria Lopez: My father built roads.`), a
 * sender's line a label alone above the words (`Maria Lopez:`), on the same line, so that line
 * numbers and accounting stay true. The time of day a message was sent is no time in a recording:
 * it is dropped. A line the chat writes itself (`Messages and calls are end-to-end encrypted...`)
 * keeps its words. It takes three messages or more, by two senders or more.
 */
export interface ChatLines {
  lines: string[];
  /** None: every line keeps its words. */
  apparatus: number[];
  /** None: the labels are read as any others, spam checks and all. */
  speakers: string[];
  /** Who sent the messages, by the chat's own headers: labels even once (the one who opens the chat with a welcome), for the parser, not for the spam filter. */
  senders?: string[];
  /** The lines of those headers (0-based), each above its message. */
  headers?: number[];
}

const SENDER = String.raw`\p{Lu}[\p{L}\p{M}'’.\-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.\-]*|van|von|de|der|da|di|du|del|la|le)){0,3}`;
const DATE = String.raw`\d{1,4}[./-]\d{1,2}[./-]\d{1,4}`;
const CLOCK = String.raw`\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?`;
/** A time of day, as a chat shows it: `10:15 AM` (a time alone, `00:01`, is a recording's). */
const DAYTIME = String.raw`\d{1,2}:\d{2}\s?[AaPp]\.?[Mm]\.?`;
/** A meeting's chat as Zoom saves it: `10:15:02 From Maria Lopez to Everyone: ...`, `10:15:02 From Maria Lopez: ...`. */
const ZOOM_TO = new RegExp(String.raw`^${CLOCK}\s+From\s+(${SENDER})\s+to\s+(?:Everyone|All|\p{Lu}[^:]{0,60}?)(?:\s*\((?:[Pp]rivately|[Dd]irect [Mm]essage)\))?\s*:\s`, 'u');
const ZOOM_FROM = new RegExp(String.raw`^${CLOCK}\s+From\s+(${SENDER})\s*:\s`, 'u');
/** A message on one line, with the time it was sent before the sender's name. */
const MESSAGE = [
  new RegExp(String.raw`^\[${DATE},?\s+${CLOCK}\]\s+(${SENDER}):\s`, 'u'),
  new RegExp(String.raw`^${DATE},?\s+${CLOCK}\s+[-–]\s+(${SENDER}):\s`, 'u'),
  ZOOM_TO,
  ZOOM_FROM,
  // (The time of day alone in brackets, as Teams and IRC-like logs copy it: `[10:15 AM] Maria Lopez: ...`.)
  new RegExp(String.raw`^\[${DAYTIME}\]\s+(${SENDER}):\s`, 'u'),
  // (Or after the name in parentheses, as a meeting's notes copy the chat: `Maria Lopez (10:15 AM): ...`,
  // in bold too, `**Maria Lopez** (10:15 AM): ...`, `**Maria Lopez (10:15 AM):** ...`.)
  new RegExp(String.raw`^(?:\*\*|__)?(${SENDER})(?:\*\*|__)?\s+\((?:${DATE},?\s+)?${DAYTIME}\)(?:\*\*|__)?\s*:(?:\*\*|__)?\s`, 'u'),
];
/** A meeting's chat as Zoom saved it before, the message on the next line: `10:15:02 From Maria Lopez to Everyone:` above `\tMy father built roads.`. */
const zoomHeader = (line: string) => {
  const m = ZOOM_TO.exec(`${line} `) ?? ZOOM_FROM.exec(`${line} `);
  return m && m[0].length === line.length + 1 ? m : null;
};
/**
 * The sender's name alone with the time (or the day and time) above the messages: two spaces or a
 * dash between them (one space before a time of day, `Maria Lopez 10:15 AM`, as Teams copies it
 * too), or the time in parentheses (`Maria Lopez (10:15 AM)`), or the day and time in
 * brackets after a comma (`Maria Lopez, [03.12.24 10:15]`, as Telegram copies it), or the time of day
 * after a comma (`Maria Lopez, 10:15 AM`, as a web chat's page copies it).
 */
const SENDER_LINE = new RegExp(
  String.raw`^(${SENDER})(?:(?:\s{2,}|\s+[—–-]\s+)(?:(?:Today|Yesterday)\s+at\s+${CLOCK}|${DATE},?\s+${CLOCK}|${DAYTIME})|\s${DAYTIME}|\s+\((?:${DATE},?\s+)?${DAYTIME}\)|,\s+\[${DATE},?\s+${CLOCK}\]|,\s+(?:${DATE},?\s+)?${DAYTIME})$`,
  'u',
);
/** The time of day (or the day and time) in brackets before the sender's name alone, as Teams copies a chat: `[10:15 AM] Maria Lopez`, `[03/12/2024 10:15 AM] Maria Lopez`. */
const TIMED_SENDER_LINE = new RegExp(String.raw`^\[(?:${DATE},?\s+${CLOCK}|${DAYTIME})\]\s+(${SENDER})$`, 'u');

export function fromChat(source: string[]): ChatLines | null {
  const found: [number, string, number][] = [];
  for (let i = 0; i < source.length; i++) {
    const line = source[i]!.trim();
    // Every form opens with a digit, a bracket, or (a sender's line) ends with a digit, `M`, a parenthesis or a bracket;
    // or its time of day in parentheses comes before the colon.
    if (line.length < 6 || !(/^[\d[]/.test(line) || /[\dMm)\]:]$/.test(line) || /[AaPp]\.?[Mm]\.?\)(?:\*\*|__)?\s*:/.test(line))) continue;
    let m: RegExpExecArray | null = null;
    for (const re of MESSAGE) if ((m = re.exec(line))) break;
    if (m) found.push([i, m[1]!, m[0].length]);
    else if ((m = SENDER_LINE.exec(line) ?? TIMED_SENDER_LINE.exec(line) ?? zoomHeader(line)) && (source[i + 1] ?? '').trim() !== '') found.push([i, m[1]!, -1]);
  }
  const names = new Set(found.map(([, n]) => n));
  if (found.length < 3 || names.size < 2) return null;
  const lines = [...source];
  const apparatus: number[] = [];
  for (const [i, name, length] of found) {
    // (A message that is only a picture or a file the export left out, or a deleted one, says nothing.)
    const words = length === -1 ? '' : source[i]!.trim().slice(length).replace(EDITED, '').replace(/(?<=\S)\s+\u200e?<attached: [^<>]+>$/u, '');
    if (length !== -1 && ATTACHMENT.test(words)) {
      lines[i] = '';
      apparatus.push(i);
    } else lines[i] = length === -1 ? `${name}:` : `${name}: ${words}`;
  }
  // (The chat's reactions under a message, `:+1: 3`, and its mark on an edited one, `(edited)`, are no words.)
  const at = new Set(found.map(([i]) => i));
  for (let i = 0; i < lines.length; i++) {
    if (at.has(i)) continue;
    if (REACTIONS.test(lines[i]!.trim())) {
      lines[i] = '';
      apparatus.push(i);
    } else if (EDITED.test(lines[i]!)) lines[i] = lines[i]!.replace(EDITED, '');
  }
  // (The senders are labels like any other: a chat's sender is no more certain a speaker than a label
  // is, spam and all; but a header above a message, the sender and its time, labels it even once.)
  const headers = found.filter(([i, , length]) => length === -1 && lines[i + 1]?.trim());
  return { lines, apparatus, speakers: [], senders: [...new Set(headers.map(([, n]) => n))], headers: headers.map(([i]) => i) };
}
/** A message that is only what the export left out: `‎<attached: 00000012-PHOTO-....jpg>`, `<Media omitted>`, `image omitted`, `This message was deleted`. */
const ATTACHMENT = /^\u200e?(?:<attached: [^<>]+>|<media omitted>|(?:image|video|audio|sticker|gif|document|contact card) omitted|this message was deleted|you deleted this message)$/iu;
/** A chat's reactions alone on a line, as Slack copies them: `:+1: 3`, `:tada: 5  :heart: 2`. */
const REACTIONS = /^(?::[a-z0-9_+-]+:\s*\d+\s*)+$/u;
/** A chat's mark on an edited message, at its end: `(edited)`, `‎<This message was edited>`. */
const EDITED = /\s*(?:\(edited\)|\u200e?<This message was edited>)\s*$/u;

/** HTML's tags, which open lines as a nick does: `<p>`, `<br>`. */
const HTML_TAGS = new Set('p br b i u s em strong a li ul ol dl dt dd h1 h2 h3 h4 h5 h6 hr div span table tr td th thead tbody section article aside blockquote pre code img figure figcaption header footer nav main html head body script style small sup sub mark label button form input'.split(' '));
/** An IRC log's message: `[12:01] <maria> Water, mostly.`, `12:01 <@tom> Why?`, `<tom> Why?`, `[00:00:05] <Maria Lopez> ...`. */
// (A full name between the brackets too, as a recorder's log sets it: `[00:00:05] <Maria Lopez> Water, mostly.`; each later word capitalised, so no HTML tag's attribute.)
const IRC_MESSAGE = /^(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s+)?<[@+%~&]?([\p{L}\p{N}_.\-|[\]`^{}]{1,30}(?: \p{Lu}[\p{L}'’.-]{0,30}){0,3})>\s+(?=\S)/u;

/**
 * A conversation held on IRC and logged (a project's meeting, an interview in a channel): each
 * message `<nick> words`, perhaps after the time it was sent. Each becomes the label the parser
 * reads (`maria: Water, mostly.`), on the same line; the nicks are speakers for certain, as a
 * chat's senders. The time of day is dropped; a join, a part or a mode change (`*** tom has
 * joined`) stays, for the cleaner to remove as the log's own (src/ingest/clean.ts). It takes three
 * messages or more, by two nicks or more, a third of the file's lines or more.
 */
export function fromIrc(source: string[]): ChatLines | null {
  const found: [number, string, number][] = [];
  for (let i = 0; i < source.length; i++) {
    const line = source[i]!.trim();
    // (Not HTML: `<p>Why?</p>` is a paragraph, its tag no nick.)
    if (!line.includes('<') || line.includes('</')) continue;
    const m = IRC_MESSAGE.exec(line);
    if (m && !HTML_TAGS.has(m[1]!.toLowerCase())) found.push([i, m[1]!, m[0].length]);
  }
  const names = new Set(found.map(([, n]) => n));
  const nonBlank = source.filter((l) => l.trim() !== '').length;
  if (found.length < 3 || names.size < 2 || found.length < nonBlank / 3) return null;
  const lines = [...source];
  for (const [i, name, length] of found) lines[i] = `${name}: ${source[i]!.trim().slice(length)}`;
  return { lines, apparatus: [], speakers: [...names] };
}

/**
 * A post's header alone on its line above its words, as a forum or a thread shows it when copied:
 * `steelfan42 · 3y ago`, `MariaLopez_Engineer OP · 3y ago`, `[–]steelfan42 120 points 3 years ago`,
 * `u/steelfan42 • 2 hr. ago`. Group 1 the handle, group 2 the original poster's mark.
 */
const POST_HEADER = /^(?:\[[–-]\]\s*)?(?:u\/)?([\p{L}\p{N}_.-]{2,30})(\s+OP|\s*\[S\]|\s*\(OP\))?\s*(?:[·•|]\s*)?(?:-?\d+\s+points?\s+)?\d+\s*(?:y|yr|yrs|years?|mo|months?|w|wk|weeks?|d|days?|h|hr|hrs|hours?|min|mins|minutes?)\.?\s+ago\s*$/u;
/** The same with the age alone after a middle dot or a bullet, no "ago", as a thread's page may print it: `steelfan42 · 5h`, `MariaLopez_Engineer OP • 2d`. */
const POST_HEADER_AGED = /^(?:u\/)?([\p{L}\p{N}_.-]{2,30})(\s+OP)?\s*[·•]\s*\d{1,3}\s*(?:s|m|min|h|hr|d|w|mo|y|yr)s?\.?$/u;
/** A post's own note opening a line, as a thread's posts write them: `Edit:`, `EDIT 2:`, `Update:`, `Proof:`, `ETA:`. */
const POST_NOTE = /^(?:\*\*)?(?:edit|update|proof|eta|ps|p\.s\.?|tl;?dr)(?:\s*\d{1,2})?(?:\*\*)?\s*:/i;
/** Whom a thread's title says is answering: "I am Maria Lopez, a bridge engineer... AMA!", "I'm Maria Lopez...". */
const AMA_NAME = /\bI(?:['’]m| am)\s+(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2})(?=[,.!\s]|$)/u;

/**
 * A question-and-answer thread copied from a forum (an "ask me anything"): each post under its
 * header, the one who opened the thread marked (`OP`, `[S]`) answering, everyone else asking. Each
 * header becomes a label alone (`steelfan42:`; the answerer's `Maria Lopez:` where the thread's
 * title names her, "I am Maria Lopez"); the handles are speakers for certain, their sides read
 * from what they say. It takes four posts or more, two of them the answerer's, by two handles or more.
 */
export function fromForum(source: string[]): ChatLines | null {
  const found: [number, string, boolean][] = [];
  // (The header's parts each on a line of its own, as a thread's new page copies it, `steelfan42` /
  // `OP` / `·` / `5h`: the handle's line the header, the others the page's markup.)
  const markup: number[] = [];
  for (let i = 0; i < source.length; i++) {
    const line = source[i]!.trim();
    const stacked = STACKED_HANDLE.test(line) ? stackedHeader(source, i) : null;
    if (stacked) {
      found.push([i, line.replace(/^u\//, ''), stacked.op]);
      markup.push(...stacked.lines);
      i = stacked.lines.at(-1)!;
      continue;
    }
    if (line.length > 80) continue;
    const m = /ago$/.test(line) ? POST_HEADER.exec(line) : POST_HEADER_AGED.exec(line);
    if (m && (source[i + 1]?.trim() || source[i + 2]?.trim())) found.push([i, m[1]!, m[2] != null]);
  }
  const handles = new Set(found.map(([, h]) => h));
  // (The answerer: the one marked so; or, unmarked, the one handle posting every other time.)
  let op = new Set(found.filter(([, , mark]) => mark).map(([, h]) => h));
  if (op.size === 0) {
    const counts = new Map<string, number>();
    for (const [, h] of found) counts.set(h, (counts.get(h) ?? 0) + 1);
    const top = [...counts].sort((a, b) => b[1] - a[1])[0];
    if (top && top[1] >= 2 && top[1] >= 0.4 * found.length) op = new Set([top[0]]);
  }
  if (found.length < 4 || handles.size < 2 || op.size !== 1 || found.filter(([, h]) => op.has(h)).length < 2) return null;
  // (The posts are the file: a sixth of its lines or more, and hardly a labelled turn besides; an
  // interview's comment section under it stays what it is, for the cleaner.)
  // (Not counting the opening post above the first header, nor a post's own notes, `Proof: https://...`,
  // `Edit: Thanks everyone, signing off!`, as an "ask me anything" writes them: no one's labels.)
  const at = new Set(found.map(([i]) => i));
  // (Nor the page's buttons under them, where the headers are stacked so; a count only between
  // `Upvote` and `Downvote`: a number alone elsewhere is an answer's.)
  const button = (i: number) => POST_BUTTON.test(source[i]!.trim()) && (!/^\d/.test(source[i]!.trim()) || (/^upvote$/i.test(source[i - 1]?.trim() ?? '') && /^downvote$/i.test(source[i + 1]?.trim() ?? '')));
  const nonBlank = source.filter((l, i) => l.trim() !== '' && !markup.includes(i) && !(markup.length && button(i))).length;
  const labelled = source.filter((l, i) => i > found[0]![0] && !at.has(i) && !POST_NOTE.test(l.trim()) && lineLabel(l) != null).length;
  if (found.length < nonBlank / 6 || labelled * 4 > found.length) return null;
  const answerer = [...op][0]!;
  // (The subreddit's name and the poster's line above the title, `r/IAmA`, `Posted by u/...`: the page's.)
  const titleAt = source.findIndex((l, i) => l.trim() !== '' && !SUBREDDIT_LINE.test(l.trim()) && !markup.includes(i));
  for (let i = 0; i < titleAt; i++) if (SUBREDDIT_LINE.test(source[i]!.trim())) markup.push(i);
  const title = source[titleAt] ?? '';
  const named = AMA_NAME.exec(title)?.[1];
  const lines = [...source];
  // (The page's buttons under each post, `Upvote` / `1.2K` / `Downvote` / `Reply`, are no one's words.)
  if (markup.length) for (let i = found[0]![0]; i < lines.length; i++) if (button(i)) markup.push(i);
  for (const i of markup) lines[i] = '';
  // (The post's title above its first post, `I'm Maria Lopez... Ask me anything!`: the file's, a heading, however it ends.)
  if (titleAt !== -1 && !at.has(titleAt) && !/^#/.test(title.trim())) lines[titleAt] = `# ${title.trim()}`;
  for (const [i, h] of found) lines[i] = `${h === answerer && named ? named : h}:`;
  return { lines, apparatus: markup.sort((a, b) => a - b), speakers: [...handles].map((h) => (h === answerer && named ? named : h)) };
}
/** A handle alone on its line, as a thread's new page sets it above the post's age. */
const STACKED_HANDLE = /^(?:u\/)?[\p{L}\p{N}_-][\p{L}\p{N}_.-]{2,29}$/u;
/** A post's age alone, as that page sets it: `5h`, `2d`, `3 hr. ago`, `1y ago`. */
const POST_AGE = /^\d{1,3}\s*(?:s|m|min|h|hr|d|w|mo|y|yr)s?\.?(?:\s+ago)?$/;
/** The page's buttons and counts under a post: `Upvote`, `1.2K`, `Downvote`, `Reply`, `Share`, `Award`, `More replies`. */
const POST_BUTTON = /^(?:upvote|downvote|reply|share|award|report|save|follow|more replies|\d+(?:\.\d)?[km]?|vote)$/i;
/** A subreddit's name or the poster's line atop a thread: `r/IAmA`, `Posted by u/MariaLopez_Bridges`. */
const SUBREDDIT_LINE = /^(?:r\/[\w-]{2,30}|posted by u\/[\w-]{2,30}(?:\s.*)?)$/i;
/** The lines of a header set one part a line below a handle at `i` (`OP`, `·`, `5h`): its lines after the handle's, and whether it marks the original poster; null where none follows. */
function stackedHeader(source: string[], i: number): { lines: number[]; op: boolean } | null {
  const lines: number[] = [];
  let op = false;
  let j = i + 1;
  if (/^(?:OP|Original Poster)$/.test(source[j]?.trim() ?? '')) {
    op = true;
    lines.push(j++);
  }
  if (/^[·•]$/.test(source[j]?.trim() ?? '')) lines.push(j++);
  if (!POST_AGE.test(source[j]?.trim() ?? '')) return null;
  lines.push(j);
  return { lines, op };
}
