import { SHORTCODE_LINE } from './shortcodes.ts';
import { APPARATUS, FULL_NAME_KEY, roleWord, hardWrapped, headerLine, lineLabel, mastheadName, WRAPPED_LINE, NAME_HEADING, NAME_THEN_ROLE, nameHeadingLabels, speakerKeyTest, STAMP } from './labels.ts';
import { AUTHOR_PAGE_URL, chromeMatch, COMMENTS_RE, isBreadcrumb, RELATED_RE, spamTerms } from './lexicon.ts';
import { dominantScript, endsLikeSentence, stripMarkdownLinks, trimMarks, URL_RE, words, type Script } from './text.ts';
import { hostsNamedIn } from './speakers.ts';
import type { Removal } from './types.ts';
import { isDateline, statedDate } from './dates.ts';
import { chapterList } from './chapters.ts';

/**
 * Stage 1: find injected link-spam and site chrome.
 *
 * The decision is structural first. The document's own prose (long lines that read as
 * sentences) defines its vocabulary, its function words and its script. A short line is
 * scored by evidence that it does not belong:
 * - spam vocabulary (lexicon.ts) that the interview itself never uses;
 * - none of its words occur anywhere in the interview's prose;
 * - it sits in a long run of short unpunctuated lines (a link farm), or a run full of evidence;
 * - it is only a link, is in another script than the document, is repeated, or is a long
 *   run-on list with no function words.
 * Evidence that it belongs lowers the score: it reads as a sentence, it is prose, it is a
 * Markdown heading. One-word headings ("Sora") and turns ("Yup.") therefore survive while a
 * block of brand names does not, whatever the brands are called.
 */

export interface CleanOptions {
  /** Score at or above which a line is spam. */
  threshold?: number;
  /** Speaker labels and names the front matter declares (e.g. "SA"): lines opening with them are turns. */
  speakerKeys?: string[];
}

export interface CleanResult {
  /** For each 0-based line index: false when the line was removed. */
  keep: boolean[];
  removed: Removal[];
}

/** A line that is all a related-links box's heading: `Mehr zum Thema`, `Related stories`. */
const RELATED_WHOLE = new RegExp(`(?:${RELATED_RE.source})\\s*:?$`, 'iu');

interface LineInfo {
  index: number;
  raw: string;
  tokens: string[];
  stems: Set<string>;
  /** Words of the line's URLs ("cheap-pills.example" -> cheap, pills): what a bare link is about. */
  urlTokens: string[];
  prose: boolean;
  sentence: boolean;
  fwRatio: number;
  script: Script | null;
  linkOnly: boolean;
  hasLink: boolean;
  heading: boolean;
}

const FUNCTION_WORD_COUNT = 40;
/** A heading over a show's notes or an article's references: `**Links**`, `## Show notes`, `Mentioned in this episode:`. */
const NOTES_HEADING = /^(?:#{1,6}\s+)?(?:\*\*|__)?(?:links?|show ?notes|resources|references|sources|further reading|mentioned in (?:this|the) (?:episode|conversation|interview|show)|links? (?:from|mentioned in) (?:this|the) (?:episode|show)|liens|enlaces|referencias|quellen|weiterführende links)(?:\*\*|__)?\s*[:：]?(?:\*\*|__)?$/i;
/** A few words, a colon and one link alone: `Parte 1: https://...`, `**Blog post:** <https://...>`, `- Borrador de BIP-Schnorr: <https://...>`. */
const REFERENCE_LINK = /^(?:[-*+]\s+)?(?:\*\*|__)?\p{L}[\p{L}\p{N} .&'’()/-]{0,48}(?:[:：](?:\*\*|__)?|(?:\*\*|__)[:：])\s*<?https?:\/\/\S+>?$/u;
/** A numbered reference under the text, as a newsletter's plain-text e-mail lists its links: `[1] https://...`, `[2]: https://...` (its number, group 1). */
const NUMBERED_REFERENCE = /^\s*\[(\d{1,3})\]:?\s+\S/;
/** URL_RE for every match in a line; compiled once, not once per line. */
const URLS = new RegExp(URL_RE.source, 'gi');

/** The lines of closed code fences (`` ``` `` to `` ``` ``), the fences too. */
function fencedCode(lines: string[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const open = /^\s{0,3}(`{3,}|~{3,})/.exec(lines[i]!);
    if (!open) continue;
    let end = i + 1;
    while (end < lines.length && !lines[end]!.trim().startsWith(open[1]!)) end++;
    if (end >= lines.length) break;
    for (let k = i; k <= end; k++) out.add(k);
    i = end;
  }
  return out;
}

/**
 * The lines of an HTML comment over several lines (`<!--` / `...` / `-->`), as a translated page
 * keeps the original above each of its paragraphs: the reader never sees them, and its `-->` is no
 * page's furniture to remove (removed, the comment ran on over the text below it, lost).
 */
function commentLines(lines: string[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s{0,3}<!--/.test(lines[i]!) || lines[i]!.includes('-->')) continue;
    let end = i + 1;
    while (end < lines.length && !lines[end]!.includes('-->')) end++;
    if (end >= lines.length) break;
    for (let k = i; k <= end; k++) out.add(k);
    i = end;
  }
  return out;
}

/** A line crediting someone as the show's guest, `Featuring Maria Lopez` (its hosts and header fields: `hostsNamedIn`, `headerLine`). */
const FEATURING = /^[#*_\s]*featuring\s/i;
/** A note on how the words are said, a laugh or words lost (`[laughs]`, `(crosstalk)`). */
const SPEECH_NOTE = /^[([](?:laughs?|laughter|laughing|chuckles?|crosstalk|inaudible|sighs?)[)\]]$/i;

/** A date alone on its line, with its time perhaps, as a byline's line gives it: `9:00 AM PST · December 1, 2026`, `Dec. 1, 2026`; not a related story's title with its date. */
const dateAlone = (raw: string) => isDateline(raw) || (raw.split(/\s+/).length <= 5 && statedDate(null, [raw]) != null);

/** The heading of a blogging platform's box on the author: `Written by Tom Becker`. */
const WRITTEN_BY_BOX = /^written by\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}$/iu;

export function clean(lines: string[], options: CleanOptions = {}): CleanResult {
  const threshold = options.threshold ?? 3;
  const isSpeaker = speakerKeyTest(lines, options.speakerKeys ?? []);
  /** Opens with (or is) a speaker label: structurally a turn. */
  const isTurn = (raw: string) => {
    const label = lineLabel(raw);
    return label != null && isSpeaker(label.key);
  };
  const infos: LineInfo[] = [];
  const code = fencedCode(lines);
  for (const l of commentLines(lines)) code.add(l);
  const nameHeadings = nameHeadingLabels(lines);
  for (let i = 0; i < lines.length; i++) {
    // (A page's source read for its words: `<div class="ad">Advertisement</div>` is the page's line `Advertisement`.)
    const raw = lines[i]!.charCodeAt(lines[i]!.search(/\S/)) === 60 /* < */ ? lines[i]!.replace(PAGE_TAGS, '').trim() || lines[i]!.trim() : lines[i]!.trim();
    // (A code block, fences and all, is what someone shows, never a page's furniture: `Host: example.com` in it stays. Nor is a comment.)
    if (raw === '' || /^<!--.*-->$/.test(raw) || code.has(i)) continue;
    // (A heading in a quote too, `> ## Part one`, as a transcript set whole in a quote has them.)
    const heading = /^(?:>\s*)*#{1,6}\s/.test(raw);
    const body = raw.replace(/^(#{1,6}\s+|>\s*|[-*+]\s+|\d+[.)]\s+)/, '');
    const plain = trimMarks(stripMarkdownLinks(body), '*_');
    const urls = body.match(URLS) ?? [];
    const hasLink = urls.length > 0 || /\]\([^)]*\)/.test(body);
    // The URL pattern is costly: a line without URLs, that stripping left as it was, has none to take out.
    const withoutUrls = urls.length === 0 && plain === body ? plain : plain.replace(URLS, ' ');
    const tokens = words(withoutUrls);
    const urlTokens = words(urls.join(' ').replace(/^https?:\/\/|www\.|\.(com|net|org|example)\b/gi, ' ').replace(/[./?=&_-]+/g, ' '));
    infos.push({
      index: i,
      raw,
      tokens,
      stems: new Set(tokens.map(stem)),
      urlTokens,
      prose: false,
      // (A line without a letter or a digit, `--` or `·`, is no sentence, whatever it ends with.)
      sentence: endsLikeSentence(plain) && /[\p{L}\p{N}]/u.test(plain),
      fwRatio: 0,
      script: dominantScript(withoutUrls),
      linkOnly: hasLink && words(withoutUrls.replace(/\[[^\]]*\]/g, ' ')).length === 0 && tokens.length <= 8,
      hasLink,
      heading,
    });
  }

  // Function words: the tokens that occur in the most long lines (language-neutral).
  const long = infos.filter((l) => l.tokens.length >= 10);
  const lineFreq = new Map<string, number>();
  for (const l of long) for (const t of new Set(l.tokens)) lineFreq.set(t, (lineFreq.get(t) ?? 0) + 1);
  const functionWords = new Set(
    [...lineFreq.entries()]
      .filter(([, n]) => n >= 3)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, FUNCTION_WORD_COUNT)
      .map(([t]) => t),
  );
  // A short document may have too few long lines to learn function words from; then a long
  // line that ends like a sentence is prose.
  const learned = functionWords.size >= 10;
  for (const l of infos) {
    l.fwRatio = l.tokens.length ? l.tokens.filter((t) => functionWords.has(t)).length / l.tokens.length : 0;
    l.prose = l.tokens.length >= 10 && (learned ? l.fwRatio >= 0.12 : l.sentence);
  }

  // Each line lower-cased, its spaces one: what a line's copies have in common.
  const normalized = new Map(infos.map((l) => [l, l.raw.toLowerCase().replace(/\s+/g, ' ')]));
  const norm = (l: LineInfo) => normalized.get(l)!;

  // Vocabulary: in how many prose lines each token occurs.
  const prose = infos.filter((l) => l.prose);
  const df = new Map<string, number>();
  // (A line repeated word for word counts once: copies of one injected pitch do not vouch for each other's words.)
  const seen = new Set<string>();
  for (const l of prose) {
    const key = norm(l);
    if (seen.has(key)) continue;
    seen.add(key);
    for (const t of l.stems) df.set(t, (df.get(t) ?? 0) + 1);
  }
  const inVocab = (t: string, l: LineInfo) => {
    const st = stem(t);
    return (df.get(st) ?? 0) - (l.prose && l.stems.has(st) ? 1 : 0) > 0;
  };
  // With only a handful of prose lines, "none of its words occur in the interview" proves little.
  const vocabReliable = prose.length >= 5;
  const docScript = dominantScript(prose.map((l) => l.raw).join(' ')) ?? dominantScript(infos.map((l) => l.raw).join(' '));

  const dupCount = new Map<string, number>();
  for (const l of infos) dupCount.set(norm(l), (dupCount.get(norm(l)) ?? 0) + 1);

  // A part's title above its turns and in a contents list above the interview (`Introduction`,
  // `Water`, as a podcast's site lists its "chapters" without times): repeated as a heading is, not
  // as a pitch is. Each copy of a short line from a capital one copy of which stands right above a
  // turn's label (not a page's button, `Share`).
  const sectionTitles = new Set<string>();
  for (const l of infos) {
    if (l.tokens.length === 0 || l.tokens.length > 8 || l.prose || l.sentence || l.hasLink || (dupCount.get(norm(l)) ?? 0) < 2 || !/^[#*_\s]*\p{Lu}/u.test(l.raw) || chromeMatch(l.raw) || isTurn(l.raw)) continue;
    let j = l.index + 1;
    while (j < lines.length && !lines[j]!.trim()) j++;
    if (j > l.index + 1 && j < lines.length && isTurn(lines[j]!)) sectionTitles.add(norm(l));
  }

  // Per-line evidence.
  interface Evidence {
    score: number;
    reasons: string[];
    strong: boolean;
    /** Spam vocabulary found in it. */
    spamWords: boolean;
    inRun: boolean;
    /** A speaker's label or name heading: a turn's, in no run of a farm's lines. */
    label: boolean;
    /** It credits a speaker of the interview by full name (`Hosted by Tom Becker`, `Featuring Maria Lopez`). */
    credit: boolean;
  }
  const ev = new Map<LineInfo, Evidence>();
  /** The full names that label turns, as one pattern (null: none), read when a line needs it. */
  let speakerNames: RegExp | null | undefined;
  const fullSpeakerNames = () => {
    const names = new Set<string>();
    for (const line of lines) {
      const key = lineLabel(line)?.key;
      if (key && /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}$/u.test(key) && isSpeaker(key)) names.add(key);
    }
    return names.size ? new RegExp(`(?<![\\p{L}])(?:${[...names].map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}])`, 'u') : null;
  };
  /** Whether the text is hard-wrapped at a fixed width (`hardWrapped`), read when a line needs it. */
  let wrapped: boolean | undefined;
  /** Lines that close a link opened on the line above: the two go together. */
  const linkEnds: number[] = [];
  /** Reference numbers the text cites in brackets (`[1]`), not at a line's start. */
  let cited: Set<string> | undefined;
  /** The lines of the show notes' chapter list, if any (`- (00:00) Intro`). */
  const chapters = new Set(chapterList(lines)?.map((c) => c.line));
  /** The next line with words below line `at`, trimmed. */
  const nextLine = (at: number) => {
    let i = at + 1;
    while (i < lines.length && lines[i]!.trim() === '') i++;
    return i < lines.length ? lines[i]!.trim() : '';
  };
  /** The line before heads a turn by itself: a speaker's label alone (`Editor:`, `**Editor**`) or name heading (`### Editor`). */
  let labelAbove = false;
  for (const l of infos) {
    const label = lineLabel(l.raw);
    const turn = label != null && isSpeaker(label.key);
    const nameHeading = l.heading && nameHeadings.has(NAME_HEADING.exec(l.raw)?.[1] ?? '');
    const opensTurn = labelAbove;
    labelAbove = (turn && label.only) || nameHeading;
    // (A participants list's line, a speaker's full name and what they do, `Ana Silva - Chief
    // Financial Officer`, names a speaker as a label does; and so does a short line holding a
    // speaker's full name, a headline or a byline among a page's short lines, `Maria Lopez on
    // bridges that don't lie`, `Tom Becker`: no farm's line names the people of the interview.)
    // (The latter in the page's run of short lines still: the run is the page's, the line is not.)
    const listed = !turn && isSpeaker(NAME_THEN_ROLE.exec(l.raw)?.[1] ?? '');
    if (speakerNames === undefined && !turn && !listed && l.tokens.length <= 12) speakerNames = fullSpeakerNames();
    const naming = !turn && !listed && l.tokens.length <= 12 && !l.hasLink && speakerNames != null && speakerNames.test(l.raw);
    const reasons: string[] = [];
    let score = 0;
    let strong = false;
    const lower = l.raw.toLowerCase();
    const hits = spamTerms(l.tokens, lower).filter((h) => h.term.split(/\s+/).some((w) => !inVocab(w, l)));
    // (Or, without a link, two of them: "Mejores casas de apuestas: bono de bienvenida...".)
    const pitch = (l.hasLink && hits.some((h) => h.weight >= 3)) || hits.filter((h) => h.weight >= 3).length >= 2;
    if (hits.length) {
      score += Math.min(6, hits.reduce((s, h) => s + h.weight, 0));
      reasons.push(`spam words (${hits.map((h) => h.term).join(', ')})`);
      strong = true;
    }
    const content = (l.tokens.length ? l.tokens : l.urlTokens).filter((t) => !functionWords.has(t) && !/^\p{N}+$/u.test(t));
    let known = 1;
    if (content.length > 0 && !l.prose) {
      known = content.filter((t) => inVocab(t, l)).length / content.length;
      if (known === 0) {
        score += vocabReliable ? 2 : 1;
        reasons.push('none of its words occur in the interview');
      } else if (known < 0.5 && vocabReliable) {
        score += 1;
        reasons.push('most of its words do not occur in the interview');
      }
    }
    if (l.linkOnly) {
      score += 2;
      reasons.push('a bare link');
      strong = true;
    } else if (l.hasLink && (!l.prose || pitch)) {
      score += 1;
      reasons.push('contains a link');
    }
    if (docScript && l.script && l.script !== docScript) {
      score += l.tokens.length <= 12 ? 2 : 1;
      reasons.push(`written in ${l.script} script in a ${docScript} document`);
      strong = true;
    }
    const sectionTitle = sectionTitles.has(norm(l)) && !hits.length;
    if ((dupCount.get(norm(l)) ?? 0) >= 2 && !l.sentence && !l.prose && !sectionTitle) {
      score += 1;
      reasons.push('repeated');
      strong = true;
    }
    if (l.tokens.length >= 10 && learned && l.fwRatio < 0.08) {
      score += 2;
      reasons.push('a run-on list without sentence structure');
      strong = true;
    }
    // (So is a speaker's name as a heading above the words, `### Matthew Prince`, in any script's
    // document: a label, not a line of another script; and the line under a label alone, the
    // turn's first words, a link an editor's note gives too.)
    if (turn || nameHeading || opensTurn || listed || naming || sectionTitle) score -= 3;
    // (So does a date alone, as a byline's line gives it, `9:00 AM PST · December 1, 2026`, and a
    // full name alone right above it, the byline, `Tom Becker`: the article's, however many of the
    // page's short lines run into them; no farm dates its links.)
    if (!hits.length && !l.hasLink && l.tokens.length <= 12 && (dateAlone(l.raw) || (FULL_NAME_KEY.test(l.raw) && dateAlone(nextLine(l.index))))) score -= 3;
    // (A sentence that sells, with a link and words only spam uses, is prose that vouches less for itself.)
    if (l.prose) score -= pitch ? 2 : 4;
    else if (l.sentence) score -= 2;
    // (So does a plain text's first line from a capital, no link, no spam's words, some of its words the
    // interview's, a headline by its place: `The Tools and The Work`.)
    if (l.heading || (l === infos[0] && !l.hasLink && !hits.length && known > 0 && l.tokens.length <= 16 && /^\p{Lu}/u.test(l.raw))) score -= 1;
    // (And a heading opening the file with no link and no word only spam uses, `# Bridges panel`, is
    // its title: one ordinary word spam uses too, "panel", "crypto", does not make it spam; two do,
    // `# Casino Bonus Slots`.)
    if (l.heading && l === infos[0] && !l.hasLink && hits.length <= 1 && !hits.some((h) => h.weight >= 3)) score -= 2;
    // (A reference a show's notes give, a few words and a colon before one link, `Parte 1: https://...`,
    // `Borrador de BIP-Schnorr: https://...`, vouches for itself as a heading does, where it sells nothing.)
    if (!l.heading && !hits.length && REFERENCE_LINK.test(l.raw)) score -= 1;
    // (And so does a numbered reference whose number the text cites, `... four countries [1].` above
    // `[1] https://...`: the text's source, whatever words its address has.)
    const numbered = NUMBERED_REFERENCE.exec(l.raw);
    if (numbered && !hits.length && (cited ??= citedNumbers(lines)).has(numbered[1]!)) score -= 3;
    // (So does a link listed under a heading over a show's notes, `**Links**` / `* [The Kessel
    // report](https://...)`: the show's references, whatever words the interview uses.)
    if (!hits.length && l.hasLink && /^\s*(?:[-*+]|\d{1,2}[.)])\s/.test(l.raw) && underNotes(l.index)) score -= 2;
    // (And that heading itself, `## Links`, `**Resources**`, and a chapter of the show's list of
    // them, `- (00:00) Intro`, whatever words the interview uses, are the show's notes, no farm's
    // run of short lines.)
    const notes = !hits.length && (chapters.has(l.index) || (l.heading && NOTES_HEADING.test(l.raw.trim())));
    // (In a text hard-wrapped at a fixed width, a line going on with the sentence of the line above,
    // no word only spam uses, is a piece of that paragraph, not a line of its own to judge:
    // `je sais bien prédire ou je sais mal prédire ». L’autre versant`; a link in it too, which the
    // wrapping may have set on a line of its own under a short one, `opening remarks can be found` /
    // `[here](http://...).`)
    const above = l.index > 0 ? lines[l.index - 1]!.trim() : '';
    const goesOn = score > 0 && !hits.length && above.length >= (l.hasLink ? 12 : WRAPPED_LINE) && !endsLikeSentence(above) && (wrapped ??= hardWrapped(lines));
    // (And so is a line that closes a link opened on the line above, a link's words wrapped in two,
    // `[Florence` / `d’Alché-Buc](https://...), professeure ...`, no word only spam uses: the link's.)
    const endsLink = /^[^[\]]*\]\(/.test(l.raw) && (above.match(/\[/g)?.length ?? 0) > (above.match(/\]/g)?.length ?? 0);
    const closesLink = score > 0 && !hits.length && endsLink;
    if (goesOn || closesLink) score -= 4;
    if (endsLink) linkEnds.push(l.index);
    ev.set(l, { score, reasons, strong, spamWords: hits.length > 0 || spamTerms(l.urlTokens, l.urlTokens.join(' ')).length > 0, inRun: false, label: (turn || nameHeading || listed || goesOn || closesLink || sectionTitle || notes) && !hits.length, credit: naming && !hits.length && !l.hasLink && (FEATURING.test(l.raw) || headerLine(l.raw) != null || hostsNamedIn(l.raw).length > 0) });
  }

  /** The line is an item of a list right under a heading over a show's notes. */
  function underNotes(at: number): boolean {
    for (let i = at - 1; i >= 0 && at - i < 200; i--) {
      const t = lines[i]!.trim();
      if (!t || /^(?:[-*+]|\d{1,2}[.)])\s/.test(t)) continue;
      return NOTES_HEADING.test(t);
    }
    return false;
  }

  // Runs of consecutive short non-sentence lines (blank lines between them do not break a run).
  // (A speaker's name heading, `### Interviewer` above a short line, is no farm's line: it labels a turn.)
  const inRun = (l: LineInfo) => !l.prose && !ev.get(l)!.label && l.tokens.length <= 12 && (!l.sentence || ev.get(l)!.strong);
  for (let a = 0; a < infos.length; ) {
    if (!inRun(infos[a]!)) {
      a++;
      continue;
    }
    let b = a;
    while (b + 1 < infos.length && inRun(infos[b + 1]!)) b++;
    const run = infos.slice(a, b + 1);
    const evidence = run.filter((l) => ev.get(l)!.strong).length / run.length;
    // (A run crediting the interview's people by name, no link in it and nothing of a farm's mark
    // (spam's words, another script, a line repeated), is a podcast page's own header: its show,
    // date, headline and credits, `The Daily` / `Why Bridges Fail` / `Hosted by Tom Becker` /
    // `Produced by ...`.)
    // (Nor is a run every line of which is centred by spaces, eight or more, as a printed record
    // sets its title page, `BRIDGE SAFETY AND FUNDING` / `HEARING` / `BEFORE THE` / `UNITED STATES
    // SENATE`, nothing of a farm's mark in it.)
    // (Nor one whose centring a copy lost, where a line in capitals says it is a record's title
    // page: `HEARING`, `BEFORE THE`, `SUBCOMMITTEE ON ...`, `HOUSE OF REPRESENTATIVES`.)
    const header = evidence === 0 && !run.some((l) => l.hasLink) && (run.some((l) => ev.get(l)!.credit) || run.every((l) => /^[^\S\n]{8,}\S/.test(lines[l.index]!)) || run.some((l) => RECORD_TITLE_LINE.test(l.raw.trim())));
    if (!header && (run.length >= 8 || (run.length >= 3 && evidence >= 0.5))) {
      for (const l of run) {
        const e = ev.get(l)!;
        e.score += 2;
        e.inRun = true;
        e.reasons.push(`in a run of ${run.length} short lines (lines ${run[0]!.index + 1}-${run.at(-1)!.index + 1})`);
      }
    }
    a = b + 1;
  }

  // Page furniture whose shape gives it away wherever it is: a "Read more" card (a title and a
  // blurb above the link to another page), a newsletter box, a call-to-action button.
  const furniture = new Map<number, string>();
  /** The links alone right under the line `k` where it heads a page's box of them (`Editors’ Picks`), none where it does not. */
  const boxLinks = (k: number): number[] => {
    const l = infos[k]!;
    if (l.tokens.length > 5 || isTurn(l.raw) || !RELATED_RE.test(stripMarkdownLinks(l.raw).replace(/[#*_]/g, '').trim())) return [];
    const links: number[] = [];
    let j = k + 1;
    for (; j < infos.length && LINK_ITEM.test(infos[j]!.raw) && infos[j]!.index - (links.at(-1) ?? l.index) <= 2; j++) links.push(infos[j]!.index);
    // (Between the answers: the interview goes on right under it, a turn or a question set apart;
    // at the page's end such a heading takes everything under it, below.)
    const next = infos[j]?.raw.trim() ?? '';
    return isTurn(next) || /^(?:\*\*|__)[^*_].*[?？¿]\s*(?:\*\*|__)$/u.test(next) ? links : [];
  };
  let box: number[];
  // A printed document's running header or footer, repeated on every page with its page number
  // (`Rhine Works Oral History Project      2`, `...   Page 1 of 12`): removed wherever it falls,
  // but for its first appearance at the top, which is the title.
  // (Only where some line ends or starts with a page number set apart by spaces.)
  const running = new Map<string, { index: number; numbered: boolean }[]>();
  const PAGE_NUMBER = new RegExp(String.raw`\s{2,}${PAGE_MARK}$|^${PAGE_MARK}\s{2,}`, 'iu');
  const numbered = infos.filter((l) => l.raw.length <= 130 && PAGE_NUMBER.test(l.raw.trim()));
  const headerKey = (t: string) => t.replace(PAGE_NUMBER, '').replace(/\s+/g, ' ');
  const wanted = new Set(numbered.map((l) => headerKey(l.raw.trim())).filter((k) => k.split(' ').length >= 3));
  for (const l of wanted.size ? infos : []) {
    const t = l.raw.trim();
    if (t.length > 120 || /[.?!:]$/.test(t)) continue;
    const key = headerKey(t);
    // (One shaped as a label, `Bridge Talk – Episode 12      Page 1 of 3`, is no turn where its page number says what it is.)
    if (!wanted.has(key) || (isTurn(l.raw) && !PAGE_NUMBER.test(t))) continue;
    const list = running.get(key) ?? [];
    list.push({ index: l.index, numbered: key !== t.replace(/\s+/g, ' ') });
    running.set(key, list);
  }
  for (const list of running.values()) {
    if (list.length < 2 || !list.some((x) => x.numbered)) continue;
    for (const [n, x] of list.entries()) if (n > 0 || x.numbered || x.index > (infos[0]?.index ?? 0)) furniture.set(x.index, 'a running header or footer of the printed pages');
    // (And its second line, the same under it, or above it, at two page breaks or more:
    // `Maria Lopez, March 3, 2026` under `Rhine Works Oral History Project      Page 1 of 3`.)
    const at = new Map(infos.map((l, k) => [l.index, k]));
    for (const step of [1, -1]) {
      const beside = new Map<string, number[]>();
      for (const x of list) {
        if (!x.numbered) continue;
        const l = infos[at.get(x.index)! + step];
        const t = l?.raw.replace(/\s+/g, ' ');
        if (!l || !t || t.length > 120 || /[.?!:]$/.test(t) || isTurn(l.raw) || furniture.has(l.index)) continue;
        beside.set(t, [...(beside.get(t) ?? []), l.index]);
      }
      for (const indexes of beside.values()) if (indexes.length >= 2) for (const i of indexes) furniture.set(i, 'a running header or footer of the printed pages');
    }
  }
  // A printed page's number alone on its line, as a PDF's text sets it (`2`, then `3` pages on),
  // no word saying so: numbers that follow one another, one a page, each set in from the margin as
  // the page's layout puts it, or beside a line the other pages repeat (the running header, `Rhine
  // Works Oral History Project - Maria Lopez`, removed with them). A number alone elsewhere stays.
  {
    const at = new Map(infos.map((l, k) => [l.index, k]));
    const bare = infos.filter((l) => /^\d{1,4}$/.test(l.raw));
    const runs: LineInfo[][] = [];
    for (const l of bare) {
      const run = runs.at(-1);
      if (run && Number(l.raw) === Number(run.at(-1)!.raw) + 1) run.push(l);
      else runs.push([l]);
    }
    for (const run of runs.filter((r) => r.length >= 2)) {
      const indented = run.every((l) => /^\s{8,}\d/.test(lines[l.index]!));
      const beside = new Map<string, number[]>();
      for (const l of run)
        for (const step of [-1, 1]) {
          const n = infos[at.get(l.index)! + step];
          const t = n?.raw.replace(/\s+/g, ' ');
          if (!n || !t || t.length > 120 || /[.?!:]$/.test(t) || isTurn(n.raw) || /^\d{1,4}$/.test(t)) continue;
          beside.set(t, [...(beside.get(t) ?? []), n.index]);
        }
      const headers = [...beside.values()].filter((ix) => ix.length >= 2);
      if (!indented && headers.length === 0) continue;
      for (const l of run) furniture.set(l.index, 'the number of a printed page');
      for (const ix of headers) for (const i of ix) furniture.set(i, 'a running header or footer of the printed pages');
    }
  }
  for (let k = 0; k < infos.length; k++) {
    const l = infos[k]!;
    if (isTurn(l.raw)) continue;
    // A page's separator dot alone on its line, as a copied page sets it between its reading time
    // and its date (`5 min read` / `·` / `Mar 3, 2026`): no one's words.
    if (/^\s*[·•∙‧⋅|]\s*$/u.test(l.raw)) {
      furniture.set(l.index, 'a separator between the page’s items');
      continue;
    }
    // A blogging platform's box on the author under the post, `Written by Tom Becker` (a heading, a
    // link to the profile), down to its `Follow` button a few lines below: the counts and the line
    // about the author between them are the box's, not the last answer's.
    if (/written by/i.test(l.raw) && WRITTEN_BY_BOX.test(stripMarkdownLinks(l.raw).replace(/^[\s#*_]+|[\s*_]+$/g, '').replace(/^#{1,6}\s+/, ''))) {
      const end = infos.findIndex((o, j) => j > k && j <= k + 6 && /^follow$/i.test(stripMarkdownLinks(o.raw).replace(/[*_]/g, '').trim()));
      if (end !== -1 && infos.slice(k + 1, end).every((o) => o.tokens.length <= 30 && !isTurn(o.raw))) {
        for (let j = k; j <= end; j++) furniture.set(infos[j]!.index, "the author's box under the post");
        k = end;
        continue;
      }
    }
    // A box's heading for links to other pages between two turns, its links lost in the copy (`Mehr
    // zum Thema`, `Related`, `Lire aussi`): the page's, no heading of the interview's.
    if (l.tokens.length <= 4 && RELATED_WHOLE.test(stripMarkdownLinks(l.raw).replace(/[#*_]/g, '').trim()) && isTurn(infos[k - 1]?.raw ?? '') && isTurn(infos[k + 1]?.raw ?? '')) {
      furniture.set(l.index, 'a box of links to other pages');
      continue;
    }
    // A line of tags alone, two or more, as a note-taking app or a post lists them under the text
    // (`#interview #engineering`): the page's, no one's words.
    if (TAGS_LINE.test(l.raw)) {
      furniture.set(l.index, 'a line of tags');
      continue;
    }
    // A list's item left empty, as a page's picture in a list leaves it copied as text (`  * `): no words.
    if (/^[*+]$/.test(l.raw)) {
      furniture.set(l.index, 'an empty list item');
      continue;
    }
    // A printed page's number alone on its line, in words (`Page 3 of 12`, `Seite 3`) or dashes (`- 3 -`).
    if (PAGE_ALONE.test(l.raw)) {
      furniture.set(l.index, 'the number of a printed page');
      continue;
    }
    if (READ_MORE.test(l.raw)) {
      furniture.set(l.index, 'a "read more" card for another page');
      // The card's title and blurb: up to three single lines above it, back to the last thing that is not a card.
      for (let j = k - 1, n = 0; j >= 0 && n < 3; j--, n++) {
        const p = infos[j]!;
        const single = (lines[p.index - 1]?.trim() ?? '') === '' && (lines[p.index + 1]?.trim() ?? '') === '';
        if (!single || furniture.has(p.index) || isTurn(p.raw) || /^#\s/.test(p.raw) || p.tokens.length > 40) break;
        furniture.set(p.index, 'a "read more" card for another page');
      }
    } else if (CTA_BUTTON.test(l.raw)) furniture.set(l.index, 'a call-to-action button');
    // (A page's box of links to its other articles between the paragraphs, its heading and nothing
    // but links under it, `Editors’ Picks` / `[The Bridge That Sings](...)` / `[How Rust Wins](...)`.)
    else if ((box = boxLinks(k)).length >= 2) for (const i of [l.index, ...box]) furniture.set(i, 'links to other articles of the page');
    // (Not one under its picture, `![...](...)`: the parser takes the two together.)
    // (Under a picture with no description, `![](...)`, which shows nothing, the caption is this one's to take.)
    else if (PHOTO_CAPTION.test(stripMarkdownLinks(l.raw).replace(/[*_]/g, '').trim()) && l.tokens.length <= 60 && !isTurn(l.raw) && !CREDITS_BYLINE.test(stripMarkdownLinks(l.raw).replace(/[*_]/g, '').trim()) && ![lines[l.index - 1], lines[l.index - 2]].some((a) => a != null && /^\s*(?:>\s*)?(?:!\[(?!\])|\[!\[(?!\])|<img\b)/i.test(a))) furniture.set(l.index, "a picture's caption and credit");
    // (On a line of its own, the next blank, or set apart by a bar or a chevron, `Lire aussi | ...`, as pages copied line by line have it.)
    else if (RELATED_LINE.test(l.raw) && l.tokens.length <= 20 && ((lines[l.index + 1] ?? '').trim() === '' || /^[^|»›]{1,30}[|»›]/u.test(l.raw))) furniture.set(l.index, 'a link to another article');
    else if (EMBED_CREDIT.test(l.raw)) {
      // A social media post embedded as a blockquote: the credit line, and the post's text in the same quote.
      for (let j = l.index; j >= 0 && /^\s*>/.test(lines[j]!); j--) furniture.set(j, 'an embedded social media post');
      for (let j = l.index + 1; j < lines.length && /^\s*>/.test(lines[j]!); j++) furniture.set(j, 'an embedded social media post');
    }
    else if (COUNT.test(l.raw.trim())) {
      // A post's like and comment counts, bare numbers right above its share button.
      // (A button may stand between them, `234` / `3` / `Listen` / `Share`: the page's too.)
      let j = k + 1;
      while (j < infos.length && j <= k + 3 && (COUNT.test(infos[j]!.raw.trim()) || (infos[j]!.raw.length <= 20 && !/^share$/i.test(stripMarkdownLinks(infos[j]!.raw).trim()) && chromeMatch(stripMarkdownLinks(infos[j]!.raw)) != null))) j++;
      const next = infos[j];
      if (next && next.index - l.index <= 8 && /^share$/i.test(stripMarkdownLinks(next.raw).trim())) for (let c = k; c < j; c++) if (!furniture.has(infos[c]!.index)) furniture.set(infos[c]!.index, COUNT.test(infos[c]!.raw.trim()) ? 'a like or comment count' : "a page's button");
    }
    // (The owner's name before the year too, `Copyright The Financial Times Limited 2026. All rights reserved.`)
    // (`Copyright © 2026 NPR. All rights reserved. Visit our website terms of use...`, however long, as a broadcaster closes its transcript.)
    // (The owner's name a link to the site, `[Rivers and Roads](https://...) © 2026`, as a blog's footer sets it.)
    else if ((/^(?:©|\(c\)|copyright)(?:\s*©)?\s*(?:19|20)\d{2}\b[^.!?]{0,60}[.,]\s*all rights reserved\b/i.test(l.raw.trim()) && l.tokens.length <= 40) || ((/^(©|\(c\)|copyright)\s*\d{4}\b/i.test(l.raw) || /^[^.!?©]{1,60}\s©\s?\d{4}\.?$/u.test(stripMarkdownLinks(l.raw).trim()) || /^(?:©|\(c\)|copyright)\s[^.!?]{1,60}\s(?:19|20)\d{2}\.?(?:\s+all rights reserved\.?)?$/i.test(l.raw.trim()) || RIGHTS_RESERVED.test(l.raw.trim())) && l.tokens.length <= 16) || (REPRINT_NOTICE.test(l.raw.trim()) && l.raw.trim().length <= 120)) furniture.set(l.index, 'a copyright footer');
    else if (PAGER.test(stripMarkdownLinks(l.raw).trim())) {
      // A blog's pager after the post, `Previous issue` above the other post's title: both.
      furniture.set(l.index, 'a link to another page');
      const next = infos[k + 1];
      if (next && next.index - l.index <= 2 && next.tokens.length <= 10 && !endsLikeSentence(next.raw.trim()) && !isTurn(next.raw) && !PAGER.test(stripMarkdownLinks(next.raw).trim()) && chromeMatch(stripMarkdownLinks(next.raw)) == null) furniture.set(next.index, 'a link to another page');
    }
    else if ((NEWSLETTER.test(l.raw) || READER_THANKS.test(l.raw)) && l.tokens.length <= 30) {
      // (Or its button alone on a line beside it, `Thanks for reading Bridge Notes! Subscribe for
      // free to receive new posts...` over `Subscribe`, as a newsletter's page copied line by line has it.)
      const beside = [infos[k - 1], infos[k + 1]];
      const near = (NEWSLETTER.test(l.raw) && beside.some((o) => o && Math.abs(o.index - l.index) <= 4 && NEWSLETTER.test(o.raw) && o.tokens.length <= 30)) || beside.some((o) => o && Math.abs(o.index - l.index) <= 2 && LONE_BUTTON.test(stripMarkdownLinks(o.raw).replace(/[*_]/g, '').trim()));
      // (Or one line, the box's pitch and its button: "**Sign up for our newsletter.** Get the best
      // interviews every week. [Subscribe](...)", its button a link or its last word.)
      // (Or its thanks and its pitch in one line, `Thanks for reading Bridge Notes! Subscribe for free...`:
      // no one's words even right under a turn's, as a page copied line by line sets it.)
      if (READER_THANKS.test(l.raw) && NEWSLETTER.test(l.raw)) furniture.set(l.index, "a newsletter's thanks and sign-up");
      // (Or its heading alone, a few words bidding the reader, `Subscribe to our newsletter`, `Sign
      // up for our daily briefing`, without a sentence's stop: between two turns too.)
      else if (near || NEWSLETTER_BUTTON.test(l.raw) || (NEWSLETTER_PITCH.test(stripMarkdownLinks(l.raw)) && (/\b(?:subscribe|sign up|sign me up)[.!]?\s*$/i.test(stripMarkdownLinks(l.raw)) || (l.tokens.length <= 8 && !/[.?…]\W*$/.test(l.raw.trim()) && !isTurn(l.raw))))) furniture.set(l.index, 'a newsletter sign-up box');
      else if (/[.!?]\s*(?:sign up|subscribe)(?: now| today| for free)?[.!]?$/i.test(stripMarkdownLinks(l.raw).replace(/[*_]/g, '').trim())) {
        // (Copied as text, the box's pitch and its button run together, `Our free newsletter on the
        // climate crisis. Sign up`, under its heading, `Sign up to Climate Weekly`: both.)
        furniture.set(l.index, 'a newsletter sign-up box');
        const above = infos[k - 1];
        if (above && l.index - above.index <= 2 && above.tokens.length <= 8 && /^\W*(?:sign up|subscribe) (?:to|for)\b/i.test(stripMarkdownLinks(above.raw))) furniture.set(above.index, 'a newsletter sign-up box');
      }
    }
  }

  // (A sign-up box set as a quote, `> **Sign up to Climate Weekly**` / `>` / `> Our free newsletter...
  // [Sign up](...)`: the whole quote is the box.)
  for (const [i, reason] of [...furniture]) {
    if (reason !== 'a newsletter sign-up box' || !/^\s*>/.test(lines[i]!)) continue;
    for (let j = i - 1; j >= 0 && /^\s*>/.test(lines[j]!) && !furniture.has(j); j--) furniture.set(j, reason);
    for (let j = i + 1; j < lines.length && /^\s*>/.test(lines[j]!) && !furniture.has(j); j++) furniture.set(j, reason);
  }

  // (Prose that is the page's own wherever it stands, "Your email address will not be published.",
  // is no edge of the article: the share buttons above it are still after the last of its prose.)
  // (Nor is a cookie banner's sentence above the article, "We use cookies...": the page's.)
  const articleProse = prose.filter((l) => !chromeMatch(stripMarkdownLinks(l.raw)));
  const firstProse = articleProse[0]?.index ?? Infinity;
  const lastProse = articleProse.at(-1)?.index ?? -Infinity;
  // What a speaker says is never spam, whatever its words (a regulator naming betting brands):
  // a labelled line, the lines that continue its paragraph, and a list it introduces with a
  // colon are removed only for spam vocabulary of their own.
  const spoken = new Map<number, 'turn' | 'continued'>();
  // (Not a page's masthead copied as text, a name alone atop it that labels the questions below
  // after a colon, `ZEIT ONLINE` above `Abo` / `Anmelden`: the lines under it are the page's.)
  let firstLabel = true;
  for (let i = 0; i < lines.length; i++) {
    if (!isTurn(lines[i]!.trim())) continue;
    const top = firstLabel;
    firstLabel = false;
    const alone = top ? lineLabel(lines[i]!.trim()) : null;
    if (alone?.only && mastheadName(lines, i, alone.key, isSpeaker)) continue;
    spoken.set(i, 'turn');
    let j = i + 1;
    for (; j < lines.length && lines[j]!.trim() !== '' && !isTurn(lines[j]!.trim()); j++) spoken.set(j, 'continued');
    if (/[:：]\s*$/.test(lines[j - 1]!)) {
      for (let k = j; k < lines.length; k++) {
        const t = lines[k]!.trim();
        if (t === '') continue;
        if (!/^([-*+]|\d{1,3}[.)])\s/.test(t)) break;
        spoken.set(k, 'continued');
      }
    }
    i = j - 1;
  }

  const firstTurn = [...spoken.keys()][0] ?? Infinity;
  // A post's like or comment count beside its page's buttons (`Share`, then `42`).
  for (let k = 0; k < infos.length; k++) {
    const l = infos[k]!;
    if (!COUNT.test(l.raw.trim()) || furniture.has(l.index)) continue;
    const beside = [infos[k - 1], infos[k + 1]].some((o) => o && Math.abs(o.index - l.index) <= 2 && !isTurn(o.raw) && chromeMatch(stripMarkdownLinks(o.raw)) != null);
    if (beside) furniture.set(l.index, 'a like or comment count');
  }
  // An audio player's position and the time left or its length, as a podcast's page copies its
  // player above the transcript (`0:00` / `-48:12`): no time of anyone's words.
  for (let k = 0; k + 1 < infos.length; k++) {
    const [l, next] = [infos[k]!, infos[k + 1]!];
    if (!/^0?0:00(?::00)?$/.test(l.raw.trim()) || next.index - l.index > 2 || !/^[-−–]?\d{1,2}:\d{2}(?::\d{2})?$/u.test(next.raw.trim())) continue;
    for (const x of [l, next]) furniture.set(x.index, "an audio player's position and time left");
  }
  /** A comments or related-links heading after a turn: it stays for the parser, which removes it with what is under it. */
  const sectionHead = (l: LineInfo) => {
    if (l.index <= firstTurn) return false;
    const head = stripMarkdownLinks(l.raw).replace(/^#{1,6}\s+|[*_]/g, '').trim();
    return COMMENTS_RE.test(head) || (RELATED_RE.test(head) && head.split(/\s+/).length <= 5);
  };
  // A share bar copied line by line after a turn (`Share this post`, `Twitter`, `Facebook`,
  // `Email`): three lines or more of a page's furniture in a row, one of them sharing, following or
  // signing up, are no words of the turn above them.
  const shareBar = new Set<number>();
  for (let k = 0; k < infos.length; ) {
    let e = k;
    // (In such a run too: a post's claps, `--` over their count, and its tags' links, `[Bridges](https://.../tag/bridges)`, as Medium sets them.)
    const furnished = (l: LineInfo) => l.raw.length <= 60 && (chromeMatch(stripMarkdownLinks(l.raw)) != null || buttonBar(l.raw) != null || l.raw === '--' || COUNT.test(l.raw) || TAG_LINK.test(l.raw));
    // (And the menu's last items after its services, `Notes`, `More`, as Substack's share menu ends.)
    const menuTail = (l: LineInfo) => SHARE_MENU_TAIL.test(stripMarkdownLinks(l.raw).trim());
    while (e < infos.length && (furnished(infos[e]!) || menuTail(infos[e]!)) && (e === k || infos[e]!.index - infos[e - 1]!.index <= 2)) e++;
    const run = infos.slice(k, e);
    // (Or icons' names alone, two of them or more, a bar that never says "share": `Facebook`, `Flipboard`, `Email`.)
    // (Not a list in an answer, `- Facebook` / `- Twitter` / `- Email`: icons are no list's items, so the marker stays in.)
    const says = (re: RegExp) => run.filter((l) => re.test(stripMarkdownLinks(l.raw).replace(/^[#*_\s]+/, '').trim()));
    // (Sharing in other languages too: `Compartir en Whatsapp` / `Compartir en Facebook` / `Copiar enlace`.)
    if (run.length >= 3 && (says(/^(?:share|follow|sign up|subscribe|compartir|partager|teilen|condividi|compartilhar|delen)(?![\p{L}])/iu).length > 0 || says(SHARE_SERVICE).length >= 2)) for (const l of run) shareBar.add(l.index);
    k = Math.max(e, k + 1);
  }
  const keep = lines.map(() => true);
  const removed: Removal[] = [];
  let hansardClocks: boolean | undefined;
  for (const l of infos) {
    // (A record's time of day alone after the first turn, as a briefing ends, `2:01 P.M. EDT`, is
    // nobody's words; before it, where the briefing opens, it is the intro's.)
    // (A laugh on the line under words it follows, in one paragraph, `...Firebase is cloud, right? So...`
    // / `[laughs]`, is part of them, as it is at the paragraph's end.)
    const above = l.index > 0 ? lines[l.index - 1]!.trim() : '';
    // (So is one right under a speaker's name alone, above the words it is said with, as a script
    // sets it: `MARIA LOPEZ` / `(laughing)` / `Thanks for having me.`.)
    const below = lines[l.index + 1]?.trim() ?? '';
    const underName = (lineLabel(above)?.only ?? false) && below !== '' && !isApparatus(below) && lineLabel(below) == null;
    const inParagraph = SPEECH_NOTE.test(l.raw.trim()) && above !== '' && !isApparatus(above) && (!(lineLabel(above)?.only ?? false) || underName);
    // (And one as a parliament's record prints it, `(1105)`, where it does so twice or more, the times
    // never going back: a year alone, `(2019)` and later `(2015)`, is no clock.)
    // (A marker's word and its time on two lines, a blank line between them or none, as a page sets
    // a break, `**Break**` or `### Break` / `\[23:45\]`: both.)
    const near = (step: number) => {
      const next = lines[l.index + step]?.trim() ?? '';
      return (next === '' ? lines[l.index + 2 * step]?.trim() ?? '' : next).replace(/^#{1,6}\s+/, '');
    };
    const word = l.raw.trim().replace(/^#{1,6}\s+/, '');
    const markerAndTime = (BARE_STAMP_LINE.test(near(1)) && isApparatus(`${word} ${near(1)}`)) || (BARE_STAMP_LINE.test(word) && near(-1) !== '' && isApparatus(`${near(-1)} ${word}`));
    // (A site generator's shortcode or tag alone on its line, `{{< youtube id="..." >}}`, `{% endraw %}`: markup.)
    if (l.raw.charCodeAt(0) === 123 /* { */ && SHORTCODE_LINE.test(l.raw)) {
      keep[l.index] = false;
      removed.push({ line: l.index + 1, text: lines[l.index]!, kind: 'chrome', reason: "markup (a site generator's shortcode or tag), not text" });
      continue;
    }
    if ((isApparatus(l.raw) && !inParagraph) || markerAndTime || (l.index > firstTurn && (CLOCK_LINE.test(l.raw.trim()) || (HANSARD_CLOCK.test(l.raw.trim()) && (hansardClocks ??= recordClocks(lines)))))) {
      keep[l.index] = false;
      removed.push({ line: l.index + 1, text: lines[l.index]!, kind: 'chrome', reason: 'transcript marker (a break, a duration or a stage direction, not speech)' });
      continue;
    }
    const what = furniture.get(l.index);
    // (A printed page's header, footer or number falls inside a turn as often as between turns.)
    const said = what?.includes('printed page') ? null : spoken.get(l.index);
    // (But a page's button on the line after a turn that ends its sentence, `Feedback`, `Artikel
    // teilen`, as a page copied line by line has it: no words of the turn.)
    // (Or after any line, where the text is not hard-wrapped: each of its lines is a paragraph.)
    // (Or a button only at a page's edges, `Copiar enlace`, right under one no page's prose is, `Compartir en Twitter`: in the bar.)
    const barAbove = chromeMatch(stripMarkdownLinks(lines[l.index - 1] ?? ''))?.anywhere === true;
    const button = said === 'continued' && l.raw.length <= 80 && /^\s*[\p{Lu}\d]/u.test(l.raw) && (chromeMatch(stripMarkdownLinks(l.raw))?.anywhere === true || (barAbove && chromeMatch(stripMarkdownLinks(l.raw)) != null)) && (!(wrapped ??= hardWrapped(lines)) || endsLikeSentence((lines[l.index - 1] ?? '').trim()) || barAbove);
    // (Nor a blog's pager or its copyright line, after the last turn as a page copied line by line has them.)
    // (Nor the page's furniture that is nobody's wherever it stands: see PAGE_ANYWHERE.)
    const pageEnd = what != null && PAGE_ANYWHERE.has(what);
    if (said === 'turn' || (said === 'continued' && !ev.get(l)!.spamWords && !button && !shareBar.has(l.index) && !pageEnd)) continue;
    if (what) {
      keep[l.index] = false;
      removed.push({ line: l.index + 1, text: lines[l.index]!, kind: 'chrome', reason: `site chrome (${what})` });
      continue;
    }
    // (A post's claps and tags in a share bar, and its menu's last items: no page's words anywhere else, so said here.)
    if (shareBar.has(l.index) && (l.raw === '--' || COUNT.test(l.raw) || TAG_LINK.test(l.raw) || SHARE_MENU_TAIL.test(stripMarkdownLinks(l.raw).trim()))) {
      keep[l.index] = false;
      removed.push({ line: l.index + 1, text: lines[l.index]!, kind: 'chrome', reason: 'site chrome (a share bar, with the claps and the tags beside it)' });
      continue;
    }
    const chrome = isBreadcrumb(l.raw) ? { anywhere: true } : (chromeMatch(stripMarkdownLinks(l.raw)) ?? buttonBar(l.raw));
    // (A word closed with a full stop right under a question is its answer, `What do you miss
    // most?` / `Home.`, however like a page's button: a button has no stop.)
    // (Without the stop too, under a question set wholly in bold or italics, as a quick round sets
    // them: `**Favourite room?**` / `Home`.)
    const answers = () => {
      const stopped = /^\s*[\p{Lu}\p{Lt}][^.!?]*\.\s*$/u.test(l.raw);
      if (!stopped && !/^\s*[\p{Lu}\p{Lt}][^.!?]*$/u.test(l.raw)) return false;
      let j = l.index - 1;
      while (j >= 0 && lines[j]!.trim() === '') j--;
      if (j < 0) return false;
      const above = lines[j]!.trim();
      // (Or under a speaker's label alone on its line, `**Maria Lopez:**` / `Email.`: her words.)
      if (lineLabel(above)?.only) return true;
      if (stopped) return /[?？¿؟]["”’)]*$/u.test(above.replace(/[*_]+\s*$/, '').trim());
      // (Not the page's last word, `Home` under the last question: a button there, as at any edge.)
      const setApart = /^(\*\*|__|\*|_)(?![*_\s]).*[?？¿؟]["”’)]*\1$/u;
      return setApart.test(above) && lines.slice(l.index + 1).some((x) => setApart.test(x.trim()));
    };
    if (chrome && !sectionHead(l) && (chrome.anywhere || shareBar.has(l.index) || l.index < firstProse || l.index > lastProse) && (chrome.anywhere || !answers())) {
      keep[l.index] = false;
      removed.push({ line: l.index + 1, text: lines[l.index]!, kind: 'chrome', reason: 'site chrome (share bar, comment form or navigation)' });
      // (A "Related" line's links under it, nothing but links: `- [The tunnel builders](https://...)`.)
      if (RELATED_RE.test(stripMarkdownLinks(l.raw).replace(/[#*_]/g, '').trim())) {
        for (let k = infos.indexOf(l) + 1; k < infos.length && LINK_ITEM.test(infos[k]!.raw) && infos[k]!.index - infos[k - 1]!.index <= 2; k++) furniture.set(infos[k]!.index, 'a link to another article');
        // (And the titles under it, their links lost as a page copied as text loses them, a list of short
        // lines set as a list or in italics, no sentence: `1. *Why Old Bridges Last*`.)
        for (let k = infos.indexOf(l) + 1; k < infos.length && TITLE_ITEM.test(infos[k]!.raw) && words(infos[k]!.raw).length <= 12 && infos[k]!.index - infos[k - 1]!.index <= 2; k++) furniture.set(infos[k]!.index, 'a link to another article');
      }
      continue;
    }
    const e = ev.get(l)!;
    // One link on its own (a source, a tweet, a video) is a reference, not a link farm: that
    // takes spam words or a run of such lines.
    if (l.linkOnly && !e.spamWords && !e.inRun && !(docScript && l.script && l.script !== docScript)) e.score = Math.min(e.score, threshold - 1);
    // A byline, its name perhaps linked to the author's page (`By [Tom Becker](https://...)`): who
    // asks, not a link farm.
    // (And a blog's `Posted on [March 3, 2024](...) by [Tom Becker](...)`: the date and who wrote it;
    // and a full name alone linked to the author's page, `[Tom Becker](https://substack.com/@tombecker)`.)
    if (e.score >= threshold && !e.spamWords) {
      const shown = stripMarkdownLinks(l.raw).replace(/[*_]/g, '').trim();
      if (BYLINE_LINE.test(shown) || POSTED_LINE.test(shown) || authorPage(l.raw)) e.score = threshold - 1;
    }
    // The page's headline (`# ...`, or a line underlined with `===`) sits among the navigation
    // and share links of a scraped page; it goes only for spam of its own.
    const headline = /^#\s/.test(l.raw) || (SETEXT_H1.test(lines[l.index + 1] ?? '') && !SETEXT_H1.test(l.raw));
    if (headline && !e.spamWords && !l.linkOnly && !(docScript && l.script && l.script !== docScript)) e.score = Math.min(e.score, threshold - 1);
    // (So does a show's name in Latin letters opening a file in another script, a few words from a
    // capital, no link, nothing spam says, `Podlodka 312` above a Russian conversation: its title.)
    if (l === infos[0] && l.script === 'Latin' && docScript && docScript !== 'Latin' && !e.spamWords && !l.hasLink && l.tokens.length <= 6 && /^(?:#{1,6}\s+)?\p{Lu}/u.test(l.raw)) e.score = Math.min(e.score, threshold - 1);
    // A comments heading after a turn (`Discussion about this post`, `Comments`) stays for the
    // parser, which removes the comments under it with it: removed alone, they read as the last
    // answer's words.
    if (COMMENTS_RE.test(stripMarkdownLinks(l.raw).replace(/^#{1,6}\s+|[*_]/g, '').trim()) && sectionHead(l)) e.score = Math.min(e.score, threshold - 1);
    // (A quote's empty line, `>`, is its markup, no one's pitch, as a blank line is.)
    if (/^(?:>\s*)+$/.test(l.raw)) e.score = Math.min(e.score, threshold - 1);
    if (e.score >= threshold) {
      keep[l.index] = false;
      removed.push({ line: l.index + 1, text: lines[l.index]!, kind: 'spam', reason: `spam: ${e.reasons.join('; ')}` });
    }
  }
  // A pitch beside spam: a line with a link and words only spam uses (in this file), next to a line
  // removed as spam, is more of the same block, however much it reads like a sentence.
  const spamLines = new Set(removed.filter((r) => r.kind === 'spam').map((r) => r.line - 1));
  const queue = infos.flatMap((l, k) => (spamLines.has(l.index) ? [k] : []));
  while (queue.length) {
    const k = queue.pop()!;
    for (const n of [k - 1, k + 1]) {
      const l = infos[n];
      if (!l || !keep[l.index] || !l.hasLink || !ev.get(l)!.spamWords || spoken.get(l.index) === 'turn') continue;
      keep[l.index] = false;
      removed.push({ line: l.index + 1, text: lines[l.index]!, kind: 'spam', reason: `spam: ${[...ev.get(l)!.reasons, `beside spam (line ${infos[k]!.index + 1})`].join('; ')}` });
      queue.push(n);
    }
  }
  // A link wrapped in two goes whole: its rest where the line opening it went as spam, and the
  // opening, where it is the link's words alone (`[spring`), where its rest went as spam.
  for (const i of linkEnds) {
    if (keep[i] && !keep[i - 1] && spamLines.has(i - 1)) {
      keep[i] = false;
      removed.push({ line: i + 1, text: lines[i]!, kind: 'spam', reason: `spam: the rest of a link the line above opens (line ${i})` });
    } else if (!keep[i] && keep[i - 1] && spamLines.has(i) && /^\s*\[[^\]]*$/.test(lines[i - 1]!)) {
      keep[i - 1] = false;
      removed.push({ line: i, text: lines[i - 1]!, kind: 'spam', reason: `spam: the opening of a link the line below closes (line ${i + 1})` });
    }
  }
  // A short line that is no sentence, after the last turn, between two lines the page's furniture
  // took: a slogan or a card's title among them (`Before it's here, it's on the Bloomberg Terminal`
  // between a tip line and `LEARN MORE`).
  {
    let last = lines.length - 1;
    while (last >= 0 && !(keep[last] && isTurn(lines[last]!.trim()))) last--;
    // (Where no line opens a turn, as in a Q&A whose questions are set in bold, the interview ends at
    // the line kept right above the last run of three of the page's lines or more, its footer, where
    // three lines at most are kept below it, comments under their heading aside: a tagline, a
    // button's words; not a run of the page's lines halfway down, the interview going on below it.)
    if (last < 0) {
      const shown = lines.flatMap((l, i) => (l.trim() !== '' ? [i] : []));
      // (Comments under their heading, `## Responses (2)`, to the end, are the parser's to remove: not counted.)
      const comments = shown.findIndex((i) => keep[i] && COMMENTS_RE.test(stripMarkdownLinks(lines[i]!).replace(/^#+\s*/, '').trim()));
      let keptBelow = 0;
      for (let n = (comments === -1 ? shown.length : comments) - 1; n >= 0 && keptBelow <= 3; n--) {
        if (!keep[shown[n]!]) continue;
        if (n + 3 < shown.length && [1, 2, 3].every((d) => !keep[shown[n + d]!])) {
          last = shown[n]!;
          break;
        }
        keptBelow++;
      }
    }
    const chrome = new Set(removed.filter((r) => r.kind === 'chrome').map((r) => r.line - 1));
    const gone = (i: number) => chrome.has(i) && lines[i]!.trim() !== '';
    // (A sentence too, between two of the page's own lines, not a recording's markers, in a sign-up
    // box: its pitch, `Subscribe to Rivers and Roads` / `Launched 2 years ago` / "Conversations about
    // the things that hold us up." / `Subscribe`.)
    // (Only in a sign-up box, a line of it subscribing on either side: a sentence between a tip line
    // and `LEARN MORE` may be the last answer's.)
    // (Or in a publication's box under a post, its tagline between `Last published 3 days ago`, spam
    // to the filter, and `Follow`, as Medium sets it: "Notes on bridges and the people who build them.")
    const site = new Set(removed.filter((r) => r.kind === 'spam' || r.reason.startsWith('site chrome')).map((r) => r.line - 1));
    const signUp = (i: number) => site.has(i) && /\b(?:subscrib\w*|sign up|launched|last published|follow)\b/i.test(lines[i]!);
    const nonblank = (i: number, step: number) => {
      let j = i + step;
      while (j >= 0 && j < lines.length && lines[j]!.trim() === '') j += step;
      return j;
    };
    for (let i = last + 1; last >= 0 && i < lines.length; i++) {
      const t = lines[i]!.trim();
      if (!keep[i] || t === '' || words(t).length > 12 || isTurn(t) || COMMENTS_RE.test(stripMarkdownLinks(t).replace(/^#+\s*/, '')) || RELATED_RE.test(stripMarkdownLinks(t).replace(/^#+\s*/, ''))) continue;
      if (endsLikeSentence(t) ? site.has(nonblank(i, -1)) && site.has(nonblank(i, 1)) && (signUp(nonblank(i, -1)) || signUp(nonblank(i, 1))) : gone(nonblank(i, -1)) && gone(nonblank(i, 1))) {
        keep[i] = false;
        chrome.add(i);
        removed.push({ line: i + 1, text: lines[i]!, kind: 'chrome', reason: "site chrome (a line among the page's furniture after the interview)" });
      }
    }
    // (And the first of a run of such short lines under the last answer, most of them the page's,
    // as a post's tags follow it: `Bridges` above `Infrastructure`, `Engineering`, `245`.)
    const short = (i: number) => i < lines.length && lines[i]!.trim() !== '' && words(lines[i]!).length <= 3 && !endsLikeSentence(lines[i]!.trim()) && !isTurn(lines[i]!.trim());
    let from = nonblank(last, 1);
    while (from < lines.length && keep[from] && !short(from) && !isTurn(lines[from]!.trim())) from = nonblank(from, 1);
    const run: number[] = [];
    for (let j = from; last >= 0 && short(j); j = nonblank(j, 1)) run.push(j);
    // (Each kept one a tag's words, every word capitalised: `Bridges`, `Machine Learning`; not the
    // last answer's "Not really".)
    const kept = run.slice(0, Math.max(0, run.findIndex((k) => !keep[k])));
    if (run.filter((k) => !keep[k]).length * 2 > run.length && kept.every((k) => lines[k]!.trim().split(/\s+/).every((w) => /^[\p{Lu}\d]/u.test(w))))
      for (const k of kept) {
        keep[k] = false;
        removed.push({ line: k + 1, text: lines[k]!, kind: 'chrome', reason: "site chrome (the first of the page's short lines after the interview, most of them removed: its tags)" });
      }
  }
  // A page's navigation as a list of links alone above the interview, most of it gone as the page's
  // (its items repeated in the footer): the rest of that list goes too (`* [Pricing](../pricing.md)`
  // between `* [Customers](...)` and the headline). Never among the turns.
  {
    // (Above the first turn and the first sentence of prose, a dek's or an answer's.)
    const opens = lines.findIndex((l, i) => keep[i] && (isTurn(l.trim()) || (words(l).length >= 8 && endsLikeSentence(l.trim()))));
    const first = opens === -1 ? lines.length : opens;
    for (let i = 0; i < first; ) {
      if (!LIST_LINK_ITEM.test(lines[i]!)) {
        i++;
        continue;
      }
      let j = i;
      while (j < lines.length && LIST_LINK_ITEM.test(lines[j]!)) j++;
      const run = Array.from({ length: j - i }, (_, k) => i + k);
      if (j <= first && run.length >= 3 && run.filter((k) => !keep[k]).length >= 2 && run.filter((k) => !keep[k]).length * 2 >= run.length)
        for (const k of run.filter((k) => keep[k])) {
          keep[k] = false;
          removed.push({ line: k + 1, text: lines[k]!, kind: 'chrome', reason: "site chrome (the rest of the page's list of links, most of it removed)" });
        }
      i = j;
    }
  }
  // The `===` under a headline that went goes with it.
  for (let i = 1; i < lines.length; i++) {
    if (keep[i] && SETEXT_H1.test(lines[i]!) && !keep[i - 1] && lines[i - 1]!.trim() !== '') {
      keep[i] = false;
      removed.push({ line: i + 1, text: lines[i]!, kind: 'spam', reason: 'the underline of a removed heading' });
    }
  }
  removed.sort((a, b) => a.line - b.line);
  return { keep, removed };
}

/**
 * The lines the parser reads: a removed line is a blank one, which ends a paragraph. A printed
 * page's header, footer or number removed from inside a paragraph did not end it, as a page break
 * in a PDF's text cuts one: where words stand right above and right under it (no blank line: a
 * label or a heading right under it opens its own turn or block all the same), or where the line above breaks off mid-sentence and the one under goes on in
 * small letters, blank lines between (`...and we closed twelve of them for` / `Page 2 of 3` /
 * `repairs that could not wait.`), the rest of the paragraph moves up over the gap, the blank lines
 * after it. Its first line, the paragraph's, keeps its number. So does any other line removed
 * between a sentence broken off and its end, as a page's box sets it inside a paragraph
 * (`...gets into the concrete` / `Story continues below advertisement` / `and rusts the steel.`).
 */
export function cleanedLines(lines: string[], keep: boolean[], removed: Removal[], moved: [from: number, to: number][] = []): string[] {
  const out = lines.map((l, i) => (keep[i] ? l : ''));
  const page = new Set(removed.filter((r) => r.reason.includes('printed page')).map((r) => r.line - 1));
  const gone = new Set(removed.map((r) => r.line - 1));
  const blank = (i: number) => out[i]!.trim() === '';
  // (The nearest line with words under each, and the last one above as the loop goes: a gap of
  // thousands of removed lines was searched again from each of them, time growing with its square.
  // A move changes lines up to the one the loop goes on after, never those under it.)
  const nextFilled = new Array<number>(out.length + 1);
  nextFilled[out.length] = out.length;
  for (let k = out.length - 1; k >= 0; k--) nextFilled[k] = blank(k) ? nextFilled[k + 1]! : k;
  let lastFilled = -1;
  for (let i = 0; i < out.length; i++) {
    if (!blank(i)) {
      lastFilled = i;
      continue;
    }
    if (!gone.has(i)) continue;
    const above = lastFilled;
    const under = nextFilled[i + 1]!;
    if (above < 0 || under >= out.length) continue;
    let tight = true;
    for (let k = above + 1; k < under && tight; k++) tight = page.has(k);
    const broken = /[\p{Ll}\p{N},;–—-]$/u.test(out[above]!.trim()) && /^\s*\p{Ll}/u.test(out[under]!) && !/^\s*#/.test(out[above]!);
    // (Every removed line of the gap has the same lines above and under it: the gap is read once.)
    if (!tight && !broken) {
      i = under - 1;
      continue;
    }
    let end = under;
    while (end + 1 < out.length && !blank(end + 1)) end++;
    const rest = out.slice(under, end + 1);
    for (let k = above + 1; k <= end; k++) out[k] = '';
    rest.forEach((l, k) => (out[above + 1 + k] = l));
    // (Each line moved up said, `moved`, so that what became of it is told at its own line.)
    rest.forEach((_, k) => moved.push([under + k, above + 1 + k]));
    lastFilled = above + rest.length;
    i = end;
  }
  return out;
}

/**
 * The page's furniture that is no words of the turn above it even on the line right under it, as
 * a page copied line by line sets it: a blog's pager and copyright line, a picture's caption and
 * credit, a newsletter's thanks and pitch in one line, a post's counts and the buttons beside them,
 * a separator dot that stood between two of them.
 */
/** A paper's rights line alone, with its sign or without (`© RIPRODUZIONE RISERVATA`, `Riproduzione riservata ©`, `Alle Rechte vorbehalten.`, `Tous droits réservés`, `All rights reserved.`). */
const RIGHTS_RESERVED = /^(?:©\s*)?(?:riproduzione riservata|all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|todos os direitos reservados|alle rechten voorbehouden|wszelkie prawa zastrzeżone)\.?(?:\s*©)?$/iu;
/**
 * A paper's notice forbidding reprints, alone on its line: `本文版权归桥梁周刊所有，未经授权不得转载。`,
 * `转载请注明出处。`, `記事の無断転載を禁じます。`, `무단 전재 및 재배포 금지`, `Reproduction interdite sans
 * autorisation.`, `Nachdruck nur mit Genehmigung.`, `Prohibida su reproducción total o parcial.`.
 */
const REPRINT_NOTICE = /^[（(<＜【\[]?\s*(?:(?:本文|本文章|文章)?(?:版权|版權)(?:归|歸|属于|屬於)[^。，,]{1,30}所有|(?:版权|版權)所有|[^。]{0,20}(?:未经|未經)[^。]{0,12}(?:授权|授權|许可|許可|同意)[^。]{0,12}(?:不得|禁止|严禁|嚴禁)?[^。]{0,6}(?:转载|轉載|复制|複製|转发|轉發)|(?:禁止|严禁|嚴禁)(?:转载|轉載)|(?:转载|轉載)請?请?(?:注明|註明|联系|聯繫)|如需(?:转载|轉載)|[^。]{0,20}無断(?:転載|複製|転用|使用)|著作権は[^。]{1,30}に帰属|(?:저작권자\s*[©ⓒ(]|[^.]{0,20}무단\s*(?:전재|복제|배포))|(?:toute )?reproduction (?:est )?interdite|(?:nachdruck|vervielfältigung) (?:nur mit (?:genehmigung|erlaubnis)|verboten|untersagt)|(?:queda )?prohibida (?:su|la) reproducción|riproduzione (?:vietata|riservata)|(?:é )?proibida a reprodução|reproduction (?:in whole or in part )?without (?:written )?permission is prohibited)/iu;
/** Tags alone on a line, two or more: `#interview #engineering`, `#bridges #Bonn`. */
const TAGS_LINE = /^\s*#[\p{L}][\p{L}\p{N}_/-]{0,40}(?:\s+#[\p{L}][\p{L}\p{N}_/-]{0,40})+\s*$/u;
const PAGE_ANYWHERE = new Set(['a line of tags', 'a link to another page', 'a copyright footer', "a picture's caption and credit", "a newsletter's thanks and sign-up", 'a like or comment count', "a page's button", 'a separator between the page’s items']);

/** The names a newsletter's page gives itself: `Thanks for reading Bridge Notes!`, `Bridge Notes is a reader-supported publication.` */
export function statedSiteNames(lines: string[]): string[] {
  const out: string[] = [];
  for (const l of lines) {
    const m = READER_THANKS_NAMED.exec(l.trim()) ?? /^\W*([^!.?]{2,60}?) is a reader-supported publication\b/i.exec(l.trim());
    if (m && m[1]!.trim().split(/\s+/).length <= 5) out.push(m[1]!.trim());
  }
  return out;
}

/** A meeting tool's own line in its transcript: `Tom Becker started transcription` (`Becker, Tom (Rhine Works) started transcription` too), `... stopped recording` (Teams), `Meeting ended after 00:10:12 👋` (Meet). */
const MEETING_EVENT = /^(?:\p{Lu}[\p{L}\p{M}'’.-]*(?:,?\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,3}(?:\s+\([^()\n]{1,60}\))?\s+(?:has\s+)?(?:started|stopped|paused|resumed)\s+(?:transcription|recording)|[Mm]eeting ended after\s+\d{1,2}(?::\d{2}){1,2})\.?(?:\s*\p{Extended_Pictographic}\uFE0F?)?$/u;
/** An IRC log's own line: a join, a part, a quit, a new nick, a topic or a mode (`*** tom has joined #bridges`, `-!- maria [~m@host] has quit`). */
const IRC_EVENT = /^(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s+)?(?:\*\*\*|-!-|<--|-->|--)\s+\S+(?:\s+\[[^\]]*\])?\s+(?:has\s+)?(?:joined|left|quit|is now known as|changed the topic|sets mode|set the topic)\b/;
/** A time of day alone on its line, with its A.M. or P.M. and perhaps its zone: `2:01 P.M. EDT`, `END 2:01 P.M. EDT`. */
const CLOCK_LINE = /^(?:END\s+)?\d{1,2}:\d{2}\s?[AaPp]\.?[Mm]\.?(?:\s+[A-Z]{2,5})?$/;
/** The time of day in parentheses as the Canadian Parliament's record prints it every few minutes, hours and minutes run together: `(1105)`. */
const HANSARD_CLOCK = /^\((?:[01]\d|2[0-3])[0-5]\d\)$/;
/** Whether a text's HANSARD_CLOCK lines are a record's: two or more, in the order of the day. */
function recordClocks(lines: string[]): boolean {
  const times = lines.map((l) => l.trim()).filter((l) => HANSARD_CLOCK.test(l)).map((l) => Number(l.slice(1, -1)));
  return times.length >= 2 && times.every((t, i) => i === 0 || t >= times[i - 1]!);
}
/** A blog's dateline and byline: `Posted on March 3, 2024 by Tom Becker`, `Published March 3, 2024`. */
export const POSTED_LINE = /^(?:[Pp]osted|[Pp]ublished|[Ww]ritten|[Uu]pdated)(?: on)? [\p{L}\d ,./-]{4,30}\d{4}(?:,? (?:at )?\d{1,2}[:.]\d{2}(?: ?[AaPp]\.?[Mm]\.?)?)?(?: by \p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3})?$/u;
/** A byline: `By Tom Becker`, `By Tom Becker and Maria Lopez`, `Von ...`, `Par ...`, `Por ...`; the interview's, `Ein Interview von Tom Becker`, `Interview: Tom Becker`, `Une entrevista de ...`; the date and the time to read it after it, apart by a dot or a bar (`By Tom Becker · March 3, 2026 · 6 min read`). */
const BYLINE_LINE = /^(?:[Bb]y|[Vv]on|[Pp]ar|[Pp]or|[Dd]i|[Dd]oor|[Aa]v|[Aa]f|(?:(?:[Ee]in|[Aa]n|[Uu]ne?|[Uu]na|[Uu]ma|[Ee]en)\s+)?(?:[Ii]nterview|[Gg]espräch|[Ee]ntretien|[Ee]ntrevista|[Ii]ntervista)\s+(?:von|by|de|di|par|por|door|av|af)|[Ii]nterview(?:ed)? by|[Ii]nterview\s*:)\s+\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|and|und|et|y|e|en|och|og|,))*(?:\s+[|·•–—]\s+[^|·•–—]{1,40}){0,3}$/u;
/** A printed page's number: `12`, `Page 12`, `Page 3 of 12`, `Seite 3 von 12`, `Página 3 de 12`, `3/12`. */
const PAGE_MARK = String.raw`(?:(?:page|seite|página|pagina|pág\.|strona|sida|side)\s*)?\d{1,4}(?:\s*(?:of|von|de|di|sur|z|av|af|van|/)\s*\d{1,4})?`;
/** A page's number alone on a line, said to be one: `Page 3 of 12`, `Seite 3`, `- 3 -`. */
const PAGE_ALONE = /^(?:(?:page|seite|página|pagina|pág\.|strona|sida|side)\s+\d{1,4}(?:\s*(?:of|von|de|di|sur|z|av|af|van|\/)\s*\d{1,4})?|[-–—]\s*\d{1,4}\s*[-–—])$/iu;
const SETEXT_H1 = /^\s*={3,}\s*$/;
const READ_MORE = /^\[?(?:\*\*)?(?:read more|learn more|continue reading|read the (?:full )?(?:story|article|case study|interview)|see (?:the )?case study|read (?:the )?case study)(?:\*\*)?(?:\]\([^)]*\))?[.!]?$/i;
/** A line that is one link, a full name to the author's page: `[Tom Becker](https://substack.com/@tombecker)`. */
function authorPage(raw: string): boolean {
  const m = /^\[(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})\]\(([^)\s]+)\)$/u.exec(raw.trim());
  return m != null && AUTHOR_PAGE_URL.test(m[2]!);
}
/** A share button's service, alone on its line, as a share bar's icons are named (`Facebook`, `Email`). */
const SHARE_SERVICE = /^(?:facebook|twitter|linkedin|reddit|pinterest|whatsapp|telegram|tumblr|flipboard|bluesky|mastodon|threads|pocket|e-?mail|print|copy link)$/i;
/** A line of a printed record's title page: `HEARING`, `BEFORE THE`, `COMMITTEE ON ...`, `UNITED STATES SENATE`, `HOUSE OF REPRESENTATIVES`. */
const RECORD_TITLE_LINE = /^(?:HEARINGS?|BEFORE THE|(?:SUB)?COMMITTEE ON\b.*|(?:UNITED STATES )?SENATE|HOUSE OF REPRESENTATIVES|\p{Lu}+ CONGRESS|(?:FIRST|SECOND) SESSION)$/u;
/** A share menu's items after the services: `Notes` (Substack's own), `More` (options). */
const SHARE_MENU_TAIL = /^(?:notes|more|more options|other)$/i;
const COUNT = /^\d{1,6}(?:[.,]\d{1,3})?[KkM]?$/;
/** A link alone to a site's page for a tag or a topic: `[Bridges](https://medium.com/tag/bridges)`. */
const TAG_LINK = /^\[[^\]\n]{1,40}\]\([^)\s]*\/(?:tag|tags|topic|topics|category|categories)\/[^)\s]*\)$/i;
const CTA_BUTTON = /^\[(?:\*\*)?(?:try|get started|start (?:free|now|building|for free)|sign up|log in|login|download (?:the )?app|book a demo|request a demo|contact sales|see more|view all|view more|watch now|listen now|get the app|open in app)\b[^\]]{0,60}\]\([^)]*\)$/i;
/** A line that points to another article between paragraphs: `READ MORE: [...](...)`, `Related: ...`, `Lesen Sie auch: ...`, The Atlantic's `*[Read: ...]*`. */
const RELATED_LINE = /^(?:[*_]{1,2}\[(?:read|listen|watch)\s*:|(?:\*\*|__)?\[?(?:read more|more|related|related (?:article|story|coverage|reading)|also read|read also|see also|more on this(?: story)?|recommended|lire aussi|à lire aussi|a lire aussi|lesen sie auch|mehr zum thema|auch interessant|leer más|lee también|lea también|lea además|vea también|ver también|lire également|à lire également|leggi anche|zie ook|lees ook|leia também|leia mais|saiba mais|läs också|läs även|les også|læs også|lue myös|czytaj (?:też|także|również)|читайте также|читайте також|διαβάστε επίσης|čtěte také|čtěte též|prečítajte si tiež|olvassa el|citește și|pročitajte i|bővebben|ez is érdekelheti|بیشتر بخوانید|اقرأ أيضا|اقرأ أيضاً|यह भी पढ़ें|ये भी पढ़ें|อ่านเพิ่มเติม|อ่านต่อ|baca juga|ayrıca okuyun)(?:\*\*|__)?\s*[:：|»›>-])/iu;
/** The credit line of an embedded post: `> — Maria Lopez (@mlopez) March 3, 2024`, or a link to the post. */
const EMBED_CREDIT = /^\s*>\s*(?:[—–-]\s*)?[^>]{0,60}\(@\w{1,30}\)|^\s*>.*\]\(https?:\/\/(?:www\.)?(?:twitter\.com|x\.com|mastodon\.\S+|bsky\.app|threads\.net|instagram\.com)\/[^)]*(?:status|post|p)\/[^)]*\)/i;
/** A line that is one Markdown link and nothing else, perhaps a list's item: `- [The tunnel builders](https://...)`. */
const LINK_ITEM = /^\s*(?:[-*+]\s+)?\[[^\]]+\]\([^)\s]+\)\s*$/;
/** Another article's title as a list's item, in italics too, or alone in italics, no sentence (`1. *Why Old Bridges Last?*`, `- The tunnel builders`, `*The Mathematics of Corrosion*`; not a question set apart so, `*Favourite bridge?*`, nor in bold). */
const TITLE_ITEM = /^\s*(?:(?:[-*+]|\d{1,2}[.)])\s+(?=\S)(?:[*_]{1,2}(?=\S))?[^.!:\n]{2,150}?[*_]{0,2}|[*_](?![*_\s])[^.!?:\n]{2,150}?[*_])\s*$/u;
/** A list's item that is a link alone: `* [Pricing](../pricing.md)`. */
const LIST_LINK_ITEM = /^\s*[-*+]\s+\[[^\]]+\]\([^)\s]+\)\s*$/;
/** A page's block and span tags, with their classes: what a page's source wraps its words in. */
const PAGE_TAGS = /<\/?(?:p|div|span|section|article|header|footer|aside|nav|figure|figcaption|small|time|h[1-6])(?:\s[^<>]*)?>/gi;
/** A newsletter box's button, a link: `[Subscribe](...)`, `[Sign up now](...)`. */
const NEWSLETTER_BUTTON = /\[(?:\*\*)?(?:subscribe|sign up|sign me up|join now|get the newsletter)(?: now| today| for free)?[.!]?(?:\*\*)?\]\(/i;
/** A newsletter box's pitch, opening its line: "Sign up for our newsletter", "Subscribe to the Rhine Post newsletter". */
const NEWSLETTER_PITCH = /^\W*(?:sign up for|subscribe to|get) (?:our|the)\b[^.!?]{0,40}\b(?:newsletters?|briefing|digest|mailing list)\b/i;
/**
 * A picture's caption closing with its credit, as a page copied line by line sets it between the
 * paragraphs: `Maria Lopez at the footbridge. Photograph: Jane Doe/The Guardian`, `... (Photo by
 * Ana Silva/Getty Images)`, `... Credit: Rhine Media`, `... Foto: dpa`, The New York Times's
 * `... in Albany.Credit...Jane Doe for The New York Times` (or its credit alone). The credit a name
 * or an agency, no sentence.
 */
/** A byline and then the pictures' credit on one line, `Propos recueillis par Tom Becker. Photos Ana Silva`: who asked, no caption. */
const CREDITS_BYLINE = /^(?:by|von|par|por|di|door|av|af|propos recueillis par|entretien réalisé par|interview(?:ed)? by|interview\s*:|text\s*:|texte\s*:|words by|entrevista(?: de)?\s*:?|intervista di|das gespräch führte)\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}[.,|/·]/iu;
export const PHOTO_CAPTION = /[.!?)”"’]\s+\(?(?:photograph|photo|photography|picture|image|illustration|credit|foto|fotografía|bild|photographie|crédit)s?(?:\s+by|\s+credit)?\s*[:：]?\s*\p{Lu}[\p{L}\p{N} .&'’/-]{1,60}\)?\.?$|\(\s*(?:photo|photograph|foto|image|picture)\s+by\s+\p{Lu}[\p{L}\p{N} .&'’/-]{1,60}\)\.?$|\(\s*(?:AP|AFP|Reuters|Getty Images|dpa|EPA)(?:\s+Photo)?(?:\s*\/\s*[\p{L} .'’-]{1,40})?\)\.?$|(?:^|[.!?)”"’]\s*)Credit(?:\.{3}|…)\s*\p{Lu}[\p{L}\p{N} .&'’/-]{1,80}$/iu;
/** A newsletter's thanks closing its post, `Thanks for reading Bridge Notes!`: its box, with a button beside it. */
const READER_THANKS = /^\W*thanks? (?:you )?for reading\b/i;
/** The same, naming the newsletter: `Thanks for reading Bridge Notes!`. */
const READER_THANKS_NAMED = new RegExp(String.raw`${READER_THANKS.source} ([^!.?]{2,60})[!.]`, 'i');
/** A newsletter box's button alone on its line. */
const LONE_BUTTON = /^(?:subscribe|subscribe now|sign up|sign up now|share|join)$/i;
const NEWSLETTER = /\b(?:newsletter|(?:daily|weekly|morning|evening) (?:briefing|digest)|mailing list|to your inbox|in your inbox|receive new posts|paid subscriber|subscribe (?:now|today|for free|to our)|sign up (?:now|today|for our|to receive))\b/i;
// (One way to read the spaces around a colon: `\s*[:：]?\s*` reads a long run of spaces in as many
// ways as it has spaces, each tried.)
/** A time alone on its line, bracketed or not, escaped too: `\[23:45\]`. */
const BARE_STAMP_LINE = new RegExp(String.raw`^\\?[[(]?${STAMP}\\?[\])]?$`, 'u');
/** A time opening a line, as caption tools time each turn: `[00:00:35] `, `00:24:10 - `. */
const TIMED_BARE = new RegExp(String.raw`^[[(]?${STAMP}[\])]?\s*(?:[-–|]\s*)?`, 'u');
/** A time opening a line, as caption tools time each turn, before a bracket or a music cue: `[00:00:35] `. */
const TIMED_MARK = new RegExp(String.raw`^[[(]?${STAMP}[\])]?\s*(?:[-–|]\s*)?(?=[[(♪♫])`, 'u');
/** The time closing a marker, after a colon, a dash or a bar perhaps: ` [08:52]`, `: 00:12:30`. */
const MARKER_TIME = new RegExp(String.raw`\s*(?:[:：|–—-]\s*)?${STAMP}$`, 'u');
const MARKER_RE = new RegExp(String.raw`^(?:\(\d+m\s*\d+s\)|[^:：]{1,30}?\s*(?:[:：]\s*)?${STAMP})$`, 'u');

/**
 * A stage direction alone on its line, as broadcasters and caption tools write them between turns:
 * in capitals (`(SOUNDBITE OF MUSIC)`, `(BEGIN VIDEO CLIP)`, `[CROSSTALK]`), or one of APPARATUS
 * in any case (`[Music]`, `(applause)`), or a record's note on proceedings (PROCEEDINGS_RE). Nobody's words: a speaker's paragraph would claim them.
 */
const SOUND_RE = /^[([](?:[\p{Ll}\s'’-]{0,30}\s)?(?:music|musical|applause|applauding|laughter|laughing|laughs|cheering|cheers|crosstalk|inaudible|indistinct(?: chatter)?|silence|chuckles|chuckling|sighs|coughs|static|beep|bell|bells|phone ringing|phone rings|clapping|singing|whooshing|footsteps)(?:\s[\p{Ll}\s'’-]{0,30})?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?[)\]]$/u;
/** A sound in other languages, in brackets alone (`(Musik)`, `[Applaus]`, `(rires)`, `(Risas)`, `（笑）`), and a note on the recording itself (`[Beginning of recording]`, `[Break in recording]`, an oral history's `[End of Tape 1, Side A]`, a talk's `[Slide 2]`, `[Slide 3: Scour]`). */
const SOUND_ABROAD = /^[([（［【](?:musik|musique|música|musica|applaus|beifall|applaudissements|aplausos|applausi|gelächter|lachen|rires?|risas?|risate|risos|stille|silencio|unverständlich|incompréhensible|inaudible|笑|笑い|笑声|掌声|拍手|音楽|音乐|웃음|박수|음악|смех|аплодисменты|музыка|beginning of (?:the )?recording|recording (?:starts|begins|resumes|ends|stops)|(?:the )?(?:transcript|interview|conversation) (?:continues|resumes|ends|begins|picks up)(?: (?:after|below|here|at|on)\b[^)\]）］】]{0,40})?|(?:the following|this (?:section|part|exchange|excerpt)) (?:has been|was|is) (?:lightly )?(?:edited|condensed|abridged)[^)\]）］】]{0,40}|(?:(?:end|start|beginning) of )?(?:tape|cassette|disc|track) \d{1,3}(?:,? side [ab12])?|(?:(?:end|start|beginning) of )?side [ab12]|(?:next |previous )?(?:slide|folie|diapositive|diapositiva)(?: \d{1,3})?(?:\s*[:：–—-]\s*[^)\]）］】]{1,80})?|break in (?:the )?recording|audio (?:cuts out|drops out|resumes)|technical difficulties|transcript (?:begins|starts|ends)|sponsor (?:message|break)|ad read|la suite après la (?:publicité|pause)|fortsetzung nach der (?:werbung|pause)|continúa (?:después|tras) (?:de )?la (?:publicidad|pausa)|continua dopo la (?:pubblicità|pausa)|continued after (?:the )?(?:break|advertisement|ads?)|das (?:interview|gespräch) wurde (?:[\p{L}-]+ ){0,3}(?:gekürzt|redigiert|bearbeitet|autorisiert)|l['’](?:entretien|entrevue|interview) a été (?:[\p{L}-]+ ){0,4}(?:édité|éditée|condensé|raccourci|révisé|relu)(?: [\p{L}-]+){0,4}|la entrevista (?:ha sido|fue) (?:[\p{L}-]+ ){0,3}(?:editada|condensada|resumida)(?: [\p{L}-]+){0,4}|l['’]intervista è stata (?:[\p{L}-]+ ){0,3}(?:modificata|condensata|ridotta)(?: [\p{L}-]+){0,4})\.?[)\]）］】]\.?$/iu;
/** A parliament's note on the chamber between the speeches: `(Beifall bei der SPD)`, `(Zuruf von der AfD: Zu spät!)`, `(Applaudissements sur les bancs du groupe RE.)`, `(Rumores.)`. */
const CHAMBER_NOTE = /^\((?:beifall|heiterkeit|lachen|zurufe?|widerspruch|unruhe|applaudissements|exclamations|protestations|sourires|rumores|aplausos|risas|applausi|commenti|proteste|applause|laughter|interruption)(?:\s+(?:bei|von|vom|auf|aus|sur|de|des|du|en|desde|da|dai|dalla|from|on|in)\s[^()]{1,200}|\s*:[^()]{1,200})?\.?\)\.?$/iu;
/**
 * A show playing a recording, as a broadcaster's transcript marks it between turns: its start,
 * `(BEGIN VIDEO CLIP)`, `(SOUNDBITE OF ARCHIVED RECORDING)`, `(SOUNDBITE OF FILM, "Under the
 * Bridges")`, and its end, `(END VIDEO CLIP)`: the voices heard only inside are neither side
 * (src/ingest/parse.ts, `clipLines`). Not music, applause or laughter, which play no one's words
 * (`(SOUNDBITE OF MUSIC)` between a show's segments).
 */
export const RECORDING_START = /^[([](?:BEGIN (?:VIDEO ?CLIP|VIDEOTAPE|AUDIO ?CLIP|CLIP)|SOUNDBITE OF (?!(?:MUSIC|APPLAUSE|LAUGHTER|CHEERING|BELL|SILENCE)\b)[^()[\]]{1,120})[)\]]$/i;
export const RECORDING_END = /^[([]END (?:VIDEO ?CLIP|VIDEOTAPE|AUDIO ?CLIP|CLIP)[)\]]$/i;
/** A music cue naming the piece, as a show's transcript credits it between turns: `[MUSIC: Luis Guerra, "Tranquilidad"]`, `(Music: "Steel Song" by The Rivets)`, `[THEME MUSIC: ...]`. */
const MUSIC_WORD = String.raw`(?:(?:theme |background |intro |outro )?music|song|sfx|sound effects?|soundbite)\s*:\s*`;
const MUSIC_CREDIT = new RegExp(String.raw`^(?:\[${MUSIC_WORD}[^\]\n]{1,200}\]|\(${MUSIC_WORD}[^()\n]{1,200}\))$`, 'iu');
const STAGE_RE = /^(?:\((?=[^)]*\p{Lu}{4})[\p{Lu}\d\s'’"“”.,:&/-]{4,60}\)|\[(?=[^\]]*\p{Lu}{4})[\p{Lu}\d\s'’"“”.,:&/-]{4,60}\])$/u;
/**
 * The record's notes on proceedings, in brackets: `[Whereupon, at 11:40 a.m., the hearing was
 * adjourned.]`, `[Recess.]`, and in French, Spanish and Italian records `(La séance est levée.)`,
 * `(Se levanta la sesión.)`, `(La seduta è tolta.)`, a German one's `(Schluss: 16.15 Uhr)`; a bilingual record's `[Translation]`, `[Français]`
 * (the word alone: `(Translation: You tap the concrete.)` is a translator's words, src/ingest/parse.ts).
 */
const PROCEEDINGS_RE = /^[[(](?:whereupon|recess|brief recess|pause|off the record|the (?:hearing|committee|meeting|session|subcommittee|sitting) (?:was |is |then |stood )?(?:adjourned|recessed|reconvened|suspended)|la séance (?:est )?(?:levée|suspendue|reprend)|se (?:levanta|suspende|reanuda) la sesión|la seduta (?:è )?(?:tolta|sospesa|riprende)|(?:schluss|beginn|unterbrechung)(?: der sitzung)?(?=\s*:|\s+\d|\s+von\s|\s*[\])])|die sitzung (?:wird |ist )?(?:unterbrochen|geschlossen|eröffnet|fortgesetzt))(?![\p{L}])[^\])]{0,200}[\])]$|^[[(](?:translation|traduction|traducción|traduzione|english|français|anglais|interpretation|interprétation)\.?[\])]$/iu;
/** A time of day as a record gives it: `11:30 a.m.`, `10.15`, `2 o'clock`, `noon`. */
const TIME_OF_DAY = String.raw`(?:\d{1,2}(?:[:.]\d{2})?\s?(?:[ap]\.?\s?m\.?|o['’]clock)?|noon|midnight)`;
/** The body that sits. */
const SITTING = '(?:hearing|committee|subcommittee|meeting|session|sitting|commission|panel)';
/**
 * The record's note on proceedings written out, unbracketed, with the time it gives or after
 * "Whereupon": `Whereupon, at 11:30 a.m., the committee was adjourned.`, `The committee adjourned at
 * 11:30 a.m.`, `La séance est levée à dix heures quinze.`, `Se levanta la sesión a las diez.`, `La
 * seduta termina alle 10.15.`, `Schluss der Sitzung: 10.15 Uhr`, `Die Sitzung endet um 10:15 Uhr.`
 * (Not the chair's own "The hearing is adjourned.": no time, no "Whereupon".)
 */
const PROCEEDINGS_SAID = new RegExp(String.raw`^(?:whereupon,?\s+(?:at\s+[^,]{1,40},?\s+)?the\s+${SITTING}\s+(?:was\s+|then\s+|stood\s+)?(?:adjourned|recessed|reconvened|suspended|resumed)[^.]{0,80}|(?:at\s+${TIME_OF_DAY},?\s+the\s+${SITTING}|the\s+${SITTING}(?=.*?\s(?:at|until|to)\s+${TIME_OF_DAY}(?:,|\.?$)|.*?\ssine die))\s+(?:was\s+|then\s+|stood\s+)?(?:adjourned|recessed|reconvened|suspended|resumed|called to order|rose|opened|closed)(?:\s+(?:at|until|to)\s+${TIME_OF_DAY})?(?:,?\s+(?:sine die|to reconvene\b.{0,60}?|subject to the call of the chair(?:man|woman)?))?|la séance (?:est|fut) (?:levée|suspendue|ouverte|reprise) à .{1,60}?|(?:se levanta|se suspende|se abre|se reanuda) la sesión a las .{1,60}?|la seduta (?:è tolta|termina|è sospesa|riprende|ha inizio|è aperta) alle .{1,60}?|(?:schluss|ende|beginn|unterbrechung) der sitzung:?\s+[\d.:]+\s*uhr|die sitzung (?:endet|beginnt|wird unterbrochen|wird fortgesetzt) um [\d.:]+\s*uhr)\.?$`, 'iu');
/** A parliament's record of a break, unbracketed: `Proceedings suspended from 10:30 to 10:45`, `Sitting suspended from 13:00 to 14:00`. */
const SUSPENDED_RE = /^(?:proceedings|sitting|hearing|committee|meeting) (?:suspended|adjourned)(?: (?:from|at|until) [\d:.]+(?: ?[ap]\.?m\.?)?)*(?: to [\d:.]+(?: ?[ap]\.?m\.?)?)?\.?$/i;

/**
 * A part's end, alone on its line, set off or not: `*** END OF PART ONE ***`, `— End of Part One —`,
 * `End of part one.`, `(End of first part)`, `Ende des ersten Teils`, `Fin de la première partie`
 * (`*` and `_` are gone: isApparatus reads the line without them). Nobody's words, nor a heading.
 */
const PART_END_RE = /^[-=~—–([#\s]*(?:end of (?:the )?(?:part|episode|segment|hour|session|tape|side|act|chapter) (?:one|two|three|four|five|\d{1,2}|i{1,3}|iv|v|[ab])|end of (?:the )?(?:first|second|third|fourth) (?:part|half|hour|segment|session)|ende (?:des |von )?(?:(?:ersten|zweiten|dritten) teils|teil \d)|fin de la (?:première|deuxième|seconde|troisième|primera|segunda|tercera) (?:partie|parte)|fine della (?:prima|seconda|terza) parte|fim da (?:primeira|segunda|terceira) parte)[.!]?[-=~—–)\]#\s]*$/iu;

/** A cue of music or a break bare after a time opening its line: `Intro music`, `Music fades out`, `Ad break`, `Crosstalk`; no chapter's name (`Intro`, `Start`). */
const TIMED_CUE = /^(?:(?:(?:intro|outro|theme|background|upbeat|soft|closing|opening)\s+)?music(?:\s+(?:plays|playing|fades(?:\s+(?:in|out))?|ends|starts|continues))?|(?:ad|commercial|sponsor|mid-?roll)\s+break|crosstalk|inaudible|laughter|applause|musical interlude)[.!]?$/i;

/**
 * A stage direction in brackets before a speaker's label on its line, `[LAUGHTER] TOM: And steel?`,
 * `[MUSIC PLAYING] TOM: Hey there...`, as a broadcaster's transcript runs a sound into the next
 * turn: the label first, the direction its words' opening (`TOM: [LAUGHTER] And steel?`); the
 * direction read as a bracketed name labelled the words, `TOM:` in them. Null where no line is so.
 */
export function directionsAfterLabels(lines: string[]): string[] | null {
  let out: string[] | null = null;
  for (const [i, l] of lines.entries()) {
    const c = l.charCodeAt(l.search(/\S/));
    if (c !== 91 /* [ */ && c !== 40 /* ( */) continue;
    const m = /^(\s*)(\[[^\]\n]{2,60}\]|\([^()\n]{2,60}\))\s+(?=\S)/.exec(l);
    // (Not a side's word in brackets before the name, `[HOST] Tom Becker:`, nor notes side by side, `[GRAPHIC] [TIFF OMITTED]`.)
    if (!m || !isApparatus(m[2]!) || roleWord(m[2]!.slice(1, -1).trim()) != null) continue;
    const rest = l.slice(m[0].length);
    if (!/^(?:\p{L}|[*_]{1,2}\p{L})/u.test(rest)) continue;
    const label = lineLabel(rest);
    if (label?.rest == null) continue;
    const at = rest.length - label.rest.length;
    out ??= [...lines];
    out[i] = `${m[1]}${rest.slice(0, at).trimEnd()} ${m[2]} ${label.rest.trimStart()}`;
  }
  return out;
}

/**
 * Markers transcription tools put between turns: `**Break:** \[23:45\]`, `Music: (12:01)`,
 * a duration `(11m 32s)`, a stage direction (STAGE_RE). A label-shaped marker counts only when
 * its word is one of APPARATUS.
 */
export function isApparatus(raw: string): boolean {
  // (An item of a list of turns too, `- **Break:** [37:27]`, as a list of labelled turns sets it.)
  const t = raw.replace(/\\([[\]()])/g, '$1').replace(/[*_]/g, '').trim().replace(/^[-+•]\s+/, '');
  // (Timed as the turns are, `[00:00:35] [AD BREAK]`, `00:12:01 (MUSIC)`: the same.)
  const timed = TIMED_MARK.exec(t);
  if (timed) return isApparatus(t.slice(timed[0].length));
  // (And bare after the time, a tool's cue of music or a break, `[00:00:00] Intro music`, `00:24:10 Outro music plays`.)
  const cue = TIMED_BARE.exec(t);
  if (cue && TIMED_CUE.test(t.slice(cue[0].length))) return true;
  if (STAGE_RE.test(t) || MUSIC_CREDIT.test(t) || PROCEEDINGS_RE.test(t) || SUSPENDED_RE.test(t) || PROCEEDINGS_SAID.test(t) || PART_END_RE.test(t) || (/^[([].*[)\]]$/.test(t) && APPARATUS.test(t.slice(1, -1).trim().replace(/(?<=\p{L})\.$/u, '')))) return true;
  // (Such notes side by side, a printed record's code for what it leaves out after them: `[GRAPHIC] [TIFF OMITTED] T1234.001`.)
  // (The code a figure and its number, never a word: `[Applause] [Laughter] Yes.` is said.)
  const notes = /^((?:\[[^\]\n]{1,40}\]\s*){2,4})(?:(?=[\p{L}.-]*\d)[\p{L}\d.-]{1,20})?$/u.exec(t);
  if (notes && notes[1]!.match(/\[[^\]]*\]/g)!.every((n) => isApparatus(n))) return true;
  // (Or between rules, `--- BREAK ---`, `=== AD BREAK ===`.)
  const ruled = /^[-=~—–]{2,}\s*(\S.{0,30}?)\s*[-=~—–]{2,}$/u.exec(t);
  if (ruled && APPARATUS.test(ruled[1]!)) return true;
  // A sound in small letters, as Rev and YouTube set it (`(upbeat music)`, `[audience applauding]`),
  // and a music cue between notes (`♪ ♪`, `♪ Rivers and roads ♪`).
  if (SOUND_RE.test(t) || SOUND_ABROAD.test(t) || CHAMBER_NOTE.test(t) || IRC_EVENT.test(raw.trim()) || MEETING_EVENT.test(t) || /^[♪♫]+(?:[^♪♫]{0,80}[♪♫]+)?$/u.test(t)) return true;
  if (!MARKER_RE.test(t)) return false;
  if (/^\(\d+m\s*\d+s\)$/.test(t)) return true;
  // (Its time after a colon, or after a dash or a bar as a file relabelled with dashes sets it, `Break - [08:52]`.)
  const word = t.replace(MARKER_TIME, '').trim();
  return APPARATUS.test(word);
}

/** Folds plurals and possessives so "casinos" matches "casino" (crude, but language-neutral enough). */
function stem(t: string): string {
  let s = stems.get(t);
  if (s === undefined) {
    s = t.replace(/['’]s$/u, '').replace(/(?<=\p{L}{3})e?s$/u, '');
    if (stems.size >= 100_000) stems.clear();
    stems.set(t, s);
  }
  return s;
}
/** Stems already computed: a document repeats its words far more than it has them. */
const stems = new Map<string, string>();

/** "255 spam lines (1-505), 3 chrome lines": what the build logs for a file. */
export function summarizeRemovals(removed: Removal[], lines: string[]): string {
  const spam = removed.filter((r) => r.kind === 'spam');
  const chrome = removed.filter((r) => r.kind === 'chrome');
  const parts: string[] = [];
  if (spam.length) parts.push(`${spam.length} spam line${spam.length === 1 ? '' : 's'} (${ranges(spam.map((r) => r.line), lines)})`);
  if (chrome.length) parts.push(`${chrome.length} chrome line${chrome.length === 1 ? '' : 's'} (${ranges(chrome.map((r) => r.line), lines)})`);
  return parts.length ? `removed ${parts.join(', ')}` : 'removed nothing';
}

/** Collapses line numbers into ranges; blank lines between two removed lines do not split a range. */
function ranges(nums: number[], lines: string[]): string {
  const out: string[] = [];
  let start = nums[0]!;
  let prev = nums[0]!;
  const onlyBlankBetween = (a: number, b: number) => lines.slice(a, b - 1).every((l) => l.trim() === '');
  for (const n of nums.slice(1)) {
    if (onlyBlankBetween(prev, n)) {
      prev = n;
      continue;
    }
    out.push(start === prev ? `${start}` : `${start}-${prev}`);
    start = prev = n;
  }
  out.push(start === prev ? `${start}` : `${start}-${prev}`);
  return out.join(', ');
}

/** A blog's pager line: `Previous issue`, `Next post`, `Older episode`. */
const PAGER = /^(?:[←→«»<>]\s*)?(?:previous|next|older|newer)\s+(?:post|article|issue|episode|story|entry)(?:\s*[←→«»<>])?$/i;
/** A bar of two or more links and nothing else, each a page's button (`[ツイート](...) [シェア](...) [はてなブックマーク](...)`): chrome, anywhere. */
function buttonBar(raw: string): { anywhere: boolean } | null {
  if (!raw.includes('](')) return null;
  const texts = [...raw.matchAll(/\[([^\]\n]{1,40})\]\([^)\s]*\)/g)].map((m) => m[1]!);
  if (texts.length < 2 || !/^[\s|·•/]*$/.test(raw.replace(/\[[^\]\n]{1,40}\]\([^)\s]*\)/g, ''))) return null;
  return texts.every((t) => chromeMatch(t) != null) ? { anywhere: true } : null;
}

/** Reference numbers the text cites in brackets, `... four countries [1].` (a wrapped line's first word too, `[1]. I asked`): not where a line opens with one and a space, the reference itself. */
function citedNumbers(lines: string[]): Set<string> {
  const cited = new Set<string>();
  for (const line of lines) for (const m of line.matchAll(/\[(\d{1,3})\]/g)) if (!(line.slice(0, m.index).trim() === '' && /^:?\s/.test(line.slice(m.index + m[0].length)))) cited.add(m[1]!);
  return cited;
}
