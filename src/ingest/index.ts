import { basename, extname } from 'node:path';
import { slug as githubSlug } from 'github-slugger';
import { withoutAvatars } from './avatars.ts';
import { fromCaptions, fromTimedText } from './captions.ts';
import { chapterList } from './chapters.ts';
import { emailParts } from './email.ts';
import { fromChat, fromForum, fromIrc, type ChatLines } from './chat.ts';
import { fromHearing, fromLineNumbers, fromTurnNumbers } from './hearing.ts';
import { uninvertNames } from './inverted-names.ts';
import { fromBoldDots, fromCapsNames, fromSpeakerFields, fromHyphenLabels, fromKnownNamesAbove, fromLetterPairs, fromNameLines, fromNamesAbove, fromNameTimes, fromTimesAfter, fromHtmlNameBreaks, fromInitialsDots } from './name-lines.ts';
import { fromTable, unclosedCsvQuote } from './table.ts';
import { fromShortcodes } from './shortcodes.ts';
import { fromConstantTime, fromFencedTranscript, fromQuotedTranscript } from './fence.ts';
import { clean, cleanedLines, directionsAfterLabels, RECORDING_END, RECORDING_START, statedSiteNames, summarizeRemovals } from './clean.ts';
import { mendConvertedLabels, spammy } from './labels.ts';
import { repeatedPassages } from './repeats.ts';
import { speakerLegend } from './legend.ts';
import { statedDate } from './dates.ts';
import { decode } from './decode.ts';
import { IngestError, warning } from './diagnostics.ts';
import { splitFrontMatter } from './frontmatter.ts';
import { detectLanguage, labelLanguage } from './language.ts';
import { PAYWALL } from './lexicon.ts';
import { decodeCharacterReferences, forgetRemembered, writtenInMarkdown } from './text.ts';
import { parseTranscript, type LineUse, type Uncertain } from './parse.ts';
import type { Diagnostic, Removal, Transcript } from './types.ts';

/** A line saying when a page was published: `Published March 3, 2026`, `Veröffentlicht am 3. März 2026`. */
const PUBLISHED_LINE = /^(?:published|posted|first published|veröffentlicht|publié|publicado|pubblicato|gepubliceerd|opublikowano)\b/iu;

export { IngestError, formatDiagnostic } from './diagnostics.ts';
export type * from './types.ts';
export type { LineUse, Uncertain } from './parse.ts';

export interface IngestResult {
  transcript: Transcript;
  /** One line for the build log: "removed 252 spam lines (1-503), 3 chrome lines (844-847)". */
  summary: string;
  /** What became of each line of the file (0-based), for `inspect` and the evaluator; null for blank and front matter lines. */
  lineUse: LineUse[];
  /** Where the title came from. */
  titleFrom: 'text' | 'front matter' | 'page title' | 'file name';
  /** Paragraphs whose speaker no label fixes, with how sure attribution is of them. */
  uncertain: Uncertain[];
}

/** The whole pipeline: bytes of one transcript file -> a cleaned, attributed transcript. Throws IngestError on fatal input. */
export function ingest(bytes: Uint8Array | string, file: string): IngestResult {
  forgetRemembered();
  const input = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  const decoded = decode(input, file);
  const fm = splitFrontMatter(decoded.text, file);
  // A caption file (WebVTT, SubRip), a transcript set as a table, a meeting tool's name and time
  // lines (or a name and a time before the words), a chat's export, or a hearing's record become
  // transcript lines first; the speakers the format names are speakers for certain. (A court
  // record's line numbers go first of all.)
  // (A transcript pasted inside a code fence: the fence goes first.)
  // (A label's bold a converter left with spaces inside, `**Maria Lopez: **`, or escaped, mended first.)
  // (In a plain text, HTML's character references a page's source left, `It&#8217;s`, are read as Markdown reads them.)
  const decodedBody = /\.(?:txt|csv|tsv)$/i.test(file) && fm.body.includes('&') ? fm.body.split('\n').map(decodeCharacterReferences).join('\n') : fm.body;
  // (A run of hundreds of spaces inside a line, as a hostile or broken file may hold, is one space: no
  // layout sets words so far apart, and patterns read over such a run take time growing with its square.)
  // (Any space counts: a no-break or an ideographic one too.)
  const bodyText = /[^\S\n]{200}/.test(decodedBody) ? decodedBody.replace(/[^\S\n]{200,}/g, ' ') : decodedBody;
  // (So is a transcript set whole in a quote: its lines as they would be outside it.)
  const given = bodyText.split('\n');
  const unquoted = fromQuotedTranscript(given);
  const quotedLines = unquoted ? given.flatMap((l, i) => (l !== unquoted[i] ? [i + 1] : [])) : [];
  const unwrapped = unquoted ?? given;
  // (A time the same on every line, as a converter stamps an export it could not time, `0:00 ...`: off.)
  const untimed = fromConstantTime(unwrapped) ?? unwrapped;
  // (A site generator's shortcode giving a turn's words, `{{< transcript "TOM: Hey..." >}}`: those words.)
  const shortcoded = fromShortcodes(untimed) ?? untimed;
  // (A stage direction run into the next turn before its label, `[LAUGHTER] TOM: And steel?`: after it.)
  const rawLines = mendConvertedLabels(directionsAfterLabels(shortcoded) ?? shortcoded);
  const fenced = fromFencedTranscript(rawLines);
  const fileLines = fenced?.lines ?? rawLines;
  // (The speakers' pictures beside their names go too: a label's part.)
  const avatars = withoutAvatars(fileLines);
  const pictureless = avatars?.lines ?? fileLines;
  const lineNumbered = fromLineNumbers(pictureless);
  // (Or turns numbered one to a line, `1. Tom: Welcome...`: their numbers.)
  const numberless = lineNumbered?.lines ?? fromTurnNumbers(pictureless)?.lines ?? pictureless;
  // (And names written surname first, `Becker, Tom   0:05`, as Teams labels turns, turned around.)
  const unnamed = uninvertNames(numberless)?.lines ?? numberless;
  // (And a legend naming a tool's placeholders above the transcript, `Speaker 1: Tom Becker (host)`:
  // who each is, as the front matter would say it, its lines the file's markup.)
  const legend = speakerLegend(unnamed);
  const bodyLines = legend?.lines ?? unnamed;
  if (legend) for (const [key, spec] of Object.entries(legend.speakers)) fm.data.speakers[key] ??= spec;
  const vtt = fromCaptions(bodyLines);
  const table = vtt ? null : fromTable(bodyLines);
  const lineFormat = vtt ? null : (table ?? fromSpeakerFields(bodyLines) ?? fromNameLines(bodyLines) ?? fromNameTimes(bodyLines) ?? fromTimesAfter(bodyLines) ?? fromHtmlNameBreaks(bodyLines) ?? fromInitialsDots(bodyLines) ?? fromChat(bodyLines) ?? fromIrc(bodyLines) ?? fromForum(bodyLines) ?? fromHearing(bodyLines) ?? fromBoldDots(bodyLines) ?? fromNamesAbove(bodyLines) ?? fromLetterPairs(bodyLines) ?? fromHyphenLabels(bodyLines) ?? fromCapsNames(bodyLines) ?? fromKnownNamesAbove(bodyLines));
  // (Lines of times and words, as a video site's panel copies them, are captions too.)
  const captions = vtt ?? (lineFormat ? null : fromTimedText(bodyLines));
  const format = captions ?? lineFormat;
  // (A CSV whose quoted cell never closes reads as one cell to the end: said where it opens.)
  const unclosed = format == null && /\.csv$/i.test(file) ? unclosedCsvQuote(bodyLines) : null;
  if (unclosed != null) throw new IngestError(file, unclosed + 1, 'a quoted cell of this CSV never closes', 'close the quotation mark (`"`) this row opens, and double a quotation mark inside a cell (`""`)');
  // (An interview held by e-mail: the mail's header, closing and quoted message go, its subject titles
  // it, and the questions it quotes inline between the answers, `> 1. Why timber?`, are read as lines.)
  const email = format == null ? emailParts(bodyLines) : null;
  const lines = format?.lines ?? email?.lines ?? bodyLines;
  const named = format?.speakers ?? [];
  const { keep, removed } = clean(lines, { speakerKeys: [...Object.entries(fm.data.speakers).flatMap(([k, v]) => [k, v.name]), ...named] });
  // (Said as the e-mail's, where the cleaner took a line for spam: `Betreff:` is a spammer's word too.)
  for (const r of email?.removed ?? []) {
    const was = removed.findIndex((x) => x.line === r.line + 1);
    if (was !== -1) removed.splice(was, 1);
    keep[r.line] = false;
    removed.push({ line: r.line + 1, text: lines[r.line]!, kind: 'chrome', reason: r.reason });
  }
  if (email) removed.sort((a, b) => a.line - b.line);
  // (A chat's header above a message removed as spam goes with it: `CasinoKing  10:04 AM`.)
  const chat = format as Pick<ChatLines, 'senders' | 'headers'> | null;
  const headers = chat?.headers ?? [];
  for (const h of headers) {
    if (!keep[h] || keep[h + 1] || removed.find((x) => x.line === h + 2)?.kind !== 'spam') continue;
    keep[h] = false;
    removed.push({ line: h + 1, text: bodyLines[h] ?? lines[h]!, kind: 'spam', reason: 'spam: the sender of a message removed as spam' });
  }
  if (headers.length) removed.sort((a, b) => a.line - b.line);
  /** Lines a printed page's break removed from inside a paragraph moved up to close it: [where it was, where the parser read it] (0-based). */
  const closedUp: [number, number][] = [];
  const cleaned = cleanedLines(lines, keep, removed, closedUp).join('\n');
  if (cleaned.trim() === '') {
    throw new IngestError(
      file,
      removed[0]?.line ?? null,
      `nothing is left after removing ${removed.length} spam and chrome lines`,
      'the file holds no interview text; paste the transcript itself (see `npm run inspect -- <file>` for what was removed)',
    );
  }
  const slugWarnings: Diagnostic[] = [];
  const slug = checkedSlug(fm.data.slug ?? basename(file, extname(file)), file, fm.data.slug != null ? fm.slugLine : null, slugWarnings);
  // (A text file written in Markdown is read as Markdown, each line still a paragraph.)
  const markdownInText = vtt == null && /\.txt$/i.test(file) && writtenInMarkdown(lines);
  const paywall = removed.find((r) => PAYWALL.test(r.text.replace(/[*_]/g, '').trim()));
  const scrapedTitle = pageTitle(removed);
  const parsed = parseTranscript(cleaned, fm.data, file, { paywallLine: paywall?.line, quotedLines, ruleLines: removed.filter((r) => /^\s*(?:\*\s*){3,}$/.test(r.text)).map((r) => r.line), clipLines: removed.filter((r) => RECORDING_START.test(r.text.trim()) || RECORDING_END.test(r.text.trim())).map((r) => ({ line: r.line, end: RECORDING_END.test(r.text.trim()) })), plainText: captions != null || (/\.(?:txt|csv|tsv)$/i.test(file) && !markdownInText), markdownLines: markdownInText, ownHeadings: format == null || format === table, captions: captions != null, fallbackTitle: scrapedTitle ?? humanize(slug), speakerKeys: [...named, ...(chat?.senders ?? [])], chapters: captions ? null : chapterList(lines), siteNames: statedSiteNames(lines), removedText: removed.map((r) => r.text).join('\n'), email: email && { subject: email.subject != null ? { text: email.subject, line: email.subjectLine + 1 } : null, reply: email.reply } });
  const transcript: Transcript = {
    slug,
    file,
    title: parsed.title,
    titleLine: parsed.titleLine,
    guest: parsed.guest,
    interviewer: parsed.interviewer,
    publication: fm.data.publication ?? null,
    // (And further down the intro, a line saying when it was published: `Published March 3, 2026` under a caption and a byline;
    // or a short line that is no sentence, a date alone, `TUESDAY, MARCH 3, 2026`, as a hearing's cover gives it.)
    // (The title line as written too: a meeting tool's `Bridge interview - 2026/11/03 10:00 CET - Transcript` dates it.)
    date: fm.data.date ?? statedDate(fm.data.source ?? null, [parsed.title, ...(parsed.titleLine != null && lines[parsed.titleLine - 1] !== parsed.title ? [lines[parsed.titleLine - 1]!] : []), ...parsed.intro.slice(0, 6).map((p) => p.text), ...parsed.intro.slice(6).filter((p) => p.text.length <= 80 && (PUBLISHED_LINE.test(p.text) || (p.text.trim().length <= 40 && !/\p{L}{2}[.!?]$/u.test(p.text.trim())))).map((p) => p.text), ...(email?.sent ? [email.sent] : []), ...datelines(removed, parsed.sections)]),
    source: fm.data.source ?? null,
    media: fm.data.media ?? null,
    lang: fm.data.lang ?? textLanguage(parsed) ?? labelLanguage(parsed.sections.flatMap((s) => s.turns.flatMap((t) => t.speakerKey ?? []))) ?? 'en',
    intro: parsed.intro,
    sections: parsed.sections,
    outro: parsed.outro,
    removed,
    warnings: [...decoded.warnings, ...fm.warnings, ...slugWarnings, ...parsed.warnings],
  };
  if (parsed.removed.length) {
    // (A line the parser removed that a page's break had moved up is told at its own line, as its paragraphs are below.)
    const moved = new Map(closedUp.map(([from, to]) => [to + 1, from + 1]));
    for (const r of parsed.removed) r.line = moved.get(r.line) ?? r.line;
    removed.push(...parsed.removed);
    removed.sort((a, b) => a.line - b.line);
  }
  // A paywall's box removed: the page stopped showing the interview there, and what follows on the
  // publisher's page is not in the file. Said, not guessed.
  // (Passages held twice, word for word, as a transcript pasted twice: said, never removed.)
  transcript.warnings.push(...repeatedPassages(parsed.sections, file));
  if (paywall) transcript.warnings.push(warning(file, paywall.line, `the page stops at a paywall here ("${paywall.text.replace(/[*_#]/g, '').trim().slice(0, 60)}"): the interview may go on past it, and what follows is not in the file`, 'paste the whole interview from a subscriber\'s copy, or ignore this if it ends here'));
  const lineUse = parsed.lineUse;
  // (A line moved up to close a page's break is told at its own line, and so are the paragraphs it opens.)
  if (closedUp.length) {
    const read = [...lineUse];
    for (const [from] of closedUp) lineUse[from] = null;
    for (const [from, to] of closedUp) lineUse[from] = read[to] ?? null;
    const origin = new Map(closedUp.map(([from, to]) => [to + 1, from + 1]));
    const relined = (p: { line: number }) => (p.line = origin.get(p.line) ?? p.line);
    for (const p of [...transcript.intro, ...transcript.outro]) relined(p);
    for (const s of transcript.sections) for (const t of s.turns) {
      relined(t);
      t.paragraphs.forEach(relined);
    }
  }
  for (const r of removed) lineUse[r.line - 1] = r.kind;
  for (const i of [...(format?.apparatus ?? []), ...(fenced?.apparatus ?? []), ...(avatars?.apparatus ?? []), ...(lineNumbered?.apparatus ?? []), ...(legend?.apparatus ?? [])]) lineUse[i] = 'markup';
  for (const [i, to] of captions?.moved ?? []) lineUse[i] = lineUse[to] ?? null;
  const titleFrom = parsed.titleLine != null ? 'text' : fm.data.title != null ? 'front matter' : scrapedTitle != null && parsed.title === scrapedTitle ? 'page title' : 'file name';
  return { transcript, summary: summarizeRemovals(removed, lines), lineUse, titleFrom, uncertain: parsed.uncertain };
}

/** Short lines removed as the page's furniture above the first turn (`Mar 03, 2024` beside the share buttons): where a page states its date. */
function datelines(removed: { line: number; text: string }[], sections: Transcript['sections']): string[] {
  const start = sections[0]?.turns[0]?.paragraphs[0]?.line ?? Infinity;
  return removed.filter((r) => r.line < start && r.text.trim().length <= 40).map((r) => r.text);
}

/** The language of the interview's own words (its opening paragraphs are enough), or null when unclear. */
// (Where they are too few to tell, with its title's, written in the file: a few words that tell a
// short text's language, `Ein Gespräch mit meiner Oma`.)
function textLanguage(parsed: { title: string | null; titleLine: number | null; intro: { text: string }[]; sections: { turns: { paragraphs: { text: string }[] }[] }[] }): string | null {
  let text = '';
  for (const p of [...parsed.intro, ...parsed.sections.flatMap((s) => s.turns.flatMap((t) => t.paragraphs))]) {
    text += `${p.text}\n`;
    if (text.length > 6000) break;
  }
  return detectLanguage(text) ?? (parsed.title != null && parsed.titleLine != null ? detectLanguage(`${parsed.title}\n${text}`) : null);
}

/** URLs the site uses itself: an interview there would lose its page or take the site's. */
export const RESERVED_SLUGS = new Set(['topics', 'search', 'pagefind', '_astro', '404', 'search-filters', 'sitemap', 'feed', 'rss']);
/** Longest slug: a folder name every file system takes. */
const MAX_SLUG = 80;

function checkedSlug(name: string, file: string, line: number | null, warnings: Diagnostic[]): string {
  let slug = fileSlug(name);
  if (slug.length > MAX_SLUG) {
    slug = slug.slice(0, MAX_SLUG).replace(/-[^-]*$/, '') || slug.slice(0, MAX_SLUG);
    warnings.push(warning(file, line, `the URL name is ${fileSlug(name).length} characters long; it is cut to /${slug}/`, `give a shorter \`slug:\` in the front matter (at most ${MAX_SLUG} characters)`));
  }
  if (RESERVED_SLUGS.has(slug)) {
    warnings.push(warning(file, line, `/${slug}/ is a page of the site itself; this interview is at /${slug}-interview/`, 'rename the file or give it a `slug:` in the front matter'));
    slug = `${slug}-interview`;
  }
  return slug;
}

export function fileSlug(name: string): string {
  return githubSlug(name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '')).replace(/-+/g, '-').replace(/^-|-$/g, '') || 'interview';
}

/**
 * The page's own title as a page-to-Markdown scraper records it above the page (`Title: Why bridges
 * fail | Rhine Weekly`), removed as its metadata: the title where the text and the front matter give
 * none, rather than the file's name; never spam's. (The site's name after a bar, a few words, is the site's, not the page's.)
 */
function pageTitle(removed: Removal[]): string | null {
  const first = removed.find((r) => SCRAPER_TITLE.test(r.text.trim()));
  const title = first && SCRAPER_TITLE.exec(first.text.trim())![1]!.trim();
  // (Never spam's, `Title: Marsbahis casino bonus` among a spam preamble's lines.)
  if (!title || spammy(title)) return null;
  const site = /^(.*\S)\s+[|·]\s+[^|·]+$/u.exec(title);
  const words = (s: string) => s.split(/\s+/u).filter(Boolean).length;
  return site && words(site[1]!) >= 2 && words(title.slice(site[1]!.length + 1).replace(/^\s*[|·]/u, '')) <= 6 ? site[1]! : title;
}
const SCRAPER_TITLE = /^#{0,6}\s*title\s*:\s*(\S.{0,300})$/iu;

function humanize(slug: string): string {
  const s = slug.replace(/-/g, ' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}
