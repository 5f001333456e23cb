import { clip } from './clip.ts';
import { longDate } from './dates.ts';
import type { TurnEntry } from '../loader/entries.ts';
import { htmlText } from './html-text.ts';
import { CARD_FILE } from './urls.ts';
import { answerJsonLd } from './structured-data.ts';
import { textDirection } from './text-direction.ts';

/**
 * What an answer page shows, as plain values. `src/pages/[slug]/[answer].astro` renders a view;
 * the build renders it only for two template views whose values are slots, and
 * `src/lib/answer-pages.ts` fills the slots for every answer (see there for why).
 */
export interface AnswerView {
  slug: string;
  anchor: string;
  lang: string;
  /** Which way the language is written, `ltr` or `rtl` (src/lib/text-direction.ts). */
  dir: string;
  /** The interview's title. */
  interview: string;
  /** The page title and link-preview title. */
  title: string;
  description: string;
  /** ` · <section heading>` for the breadcrumb, or nothing. */
  sectionSuffix: string;
  /** ` · 8 October 2025`, the interview's date for the breadcrumb, or nothing. */
  dateSuffix: string;
  heading: string;
  speaker: string;
  /** Sanitized HTML of the answer's paragraphs (from ingestion). */
  html: string;
  question: { speaker: string; html: string } | null;
  /** Neighbouring answers' pages, as paths under the interview's URL (`sa-x/`), or '' for the interview page itself at either end. */
  previousPath: string;
  previousLabel: string;
  nextPath: string;
  nextLabel: string;
  /** The page's schema.org JSON-LD, ready for its <script> element (src/lib/structured-data.ts). */
  jsonLd: string;
}

/** Where the site is served: its public address (SITE_URL), if the build has one, and its base path. */
export interface SiteAddress {
  site: string | undefined;
  base: string;
}

type Turn = Pick<TurnEntry, 'anchor' | 'speaker' | 'html'>;

/** An answer, the question before it and its section's heading (see src/lib/answers.ts). */
export interface AnswerInput {
  answer: Turn;
  question: Pick<TurnEntry, 'speaker' | 'html'> | null;
  sectionHeading: string | null;
  previous?: Pick<TurnEntry, 'anchor'> | null;
  next?: Pick<TurnEntry, 'anchor'> | null;
}

export function answerView({ answer, question, sectionHeading, previous = null, next = null }: AnswerInput, transcript: { slug: string; title: string; lang: string; date?: string | null }, at: SiteAddress): AnswerView {
  const topic = sectionHeading ? ` on ${sectionHeading}` : '';
  // The answer's text, line by line (a paragraph, a list item), read back from its HTML.
  const lines = htmlText(answer.html).split('\n');
  const first = lines[0] ?? '';
  const text = lines.join(' ');
  // The page is headed by what was asked: the question's own question, or else the topic.
  const asked = question ? askedIn(htmlText(question.html)) : null;
  const heading = asked ? clip(asked, 140) : `${answer.speaker}${topic}`;
  // As src/lib/urls.ts writes them, from the address given rather than Vite's import.meta.env
  // (src/lib/answer-pages.ts runs outside Vite).
  const interviewPath = `${at.base.replace(/\/?$/, '/')}${transcript.slug}/`;
  const interviewUrl = at.site ? new URL(interviewPath, at.site).href : interviewPath;
  return {
    slug: transcript.slug,
    anchor: answer.anchor,
    lang: transcript.lang,
    dir: textDirection(transcript.lang),
    interview: transcript.title,
    title: asked ? `${clip(asked, 90)} — ${answer.speaker}` : `${answer.speaker}${topic}: “${clip(first, 70)}”`,
    description: clip(text, 200),
    sectionSuffix: sectionHeading ? ` · ${sectionHeading}` : '',
    dateSuffix: transcript.date ? ` · ${longDate(transcript.date, transcript.lang)}` : '',
    heading,
    speaker: answer.speaker,
    html: answer.html,
    question: question ? { speaker: question.speaker, html: question.html } : null,
    previousPath: previous ? `${previous.anchor}/` : '',
    previousLabel: previous ? 'Previous answer' : 'The whole interview',
    nextPath: next ? `${next.anchor}/` : '',
    nextLabel: next ? 'Next answer' : 'The whole interview',
    jsonLd: answerJsonLd({ heading, speaker: answer.speaker, interview: transcript.title, interviewUrl, date: transcript.date ?? null, image: at.site ? `${interviewUrl}${CARD_FILE}` : undefined }),
  };
}

/**
 * What a question turn asks: its last sentence that ends with a question mark (interviewers
 * often set the scene first), or else its first sentence.
 */
export function askedIn(text: string): string {
  const sentences = text.replace(/\s+/g, ' ').trim().match(/[^.!?？。]+(?:[.!?？。]+["”’)]*|$)/gu)?.map((s) => s.trim()).filter(Boolean) ?? [];
  const question = sentences.findLast((s) => /[?？]["”’)]*$/.test(s));
  return question ?? sentences[0] ?? text;
}

/** `ANSWER_PAGES=astro`: Astro renders every answer page itself (slower; the reference). */
export function answerPagesByAstro(): boolean {
  return process.env.ANSWER_PAGES === 'astro';
}

/**
 * Where Astro writes the two templates: a name no transcript can have (slugs never hold `~`).
 * Slots are upper case, and slugs and anchors never are.
 */
export const TEMPLATE_SLUG = '~answer-template';
export const TEMPLATE_WITH_QUESTION = 'with-question';
export const TEMPLATE_ALONE = 'alone';

const slot = (name: string) => `IRSLOT${name.toUpperCase()}X`;
/** Any slot's mark, by name (longest first): two slots side by side stay two. */
const slotMarks = () => new RegExp(`IRSLOT(${Object.keys(SLOTS).sort((a, b) => b.length - a.length).join('|')})X`, 'g');
/** Values that are HTML already (sanitized by ingestion) or JSON made safe for a <script> (structured-data.ts); every other value is escaped as text. */
const RAW = new Set(['html', 'qhtml', 'jsonld']);

/** A view whose every value is a slot: what Astro renders once, to be filled per answer. */
export function templateView(withQuestion: boolean): AnswerView {
  return {
    slug: slot('slug'),
    anchor: slot('anchor'),
    lang: slot('lang'),
    dir: slot('dir'),
    interview: slot('interview'),
    title: slot('title'),
    description: slot('description'),
    sectionSuffix: slot('sectionSuffix'),
    dateSuffix: slot('dateSuffix'),
    previousPath: slot('previousPath'),
    previousLabel: slot('previousLabel'),
    nextPath: slot('nextPath'),
    nextLabel: slot('nextLabel'),
    heading: slot('heading'),
    speaker: slot('speaker'),
    html: slot('html'),
    question: withQuestion ? { speaker: slot('qspeaker'), html: slot('qhtml') } : null,
    jsonLd: slot('jsonLd'),
  };
}

// As Astro escapes values: in text, five characters; in an attribute's quotes, two.
const escapeText = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const escapeAttribute = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** A URL path segment as WHATWG URL writes it (`sa-café` → `sa-caf%C3%A9`). */
const pathSegment = (s: string) => new URL(s, 'http://h/').pathname.slice(1);

type Slot = keyof typeof SLOTS;
const SLOTS = {
  SLUG: (v: AnswerView) => v.slug,
  ANCHOR: (v: AnswerView) => v.anchor,
  LANG: (v: AnswerView) => v.lang,
  DIR: (v: AnswerView) => v.dir,
  INTERVIEW: (v: AnswerView) => v.interview,
  TITLE: (v: AnswerView) => v.title,
  DESCRIPTION: (v: AnswerView) => v.description,
  SECTIONSUFFIX: (v: AnswerView) => v.sectionSuffix,
  DATESUFFIX: (v: AnswerView) => v.dateSuffix,
  PREVIOUSPATH: (v: AnswerView) => v.previousPath,
  PREVIOUSLABEL: (v: AnswerView) => v.previousLabel,
  NEXTPATH: (v: AnswerView) => v.nextPath,
  NEXTLABEL: (v: AnswerView) => v.nextLabel,
  HEADING: (v: AnswerView) => v.heading,
  SPEAKER: (v: AnswerView) => v.speaker,
  HTML: (v: AnswerView) => v.html,
  QSPEAKER: (v: AnswerView) => v.question?.speaker ?? '',
  QHTML: (v: AnswerView) => v.question?.html ?? '',
  JSONLD: (v: AnswerView) => v.jsonLd,
};

/**
 * Compiles a rendered template into a function that fills its slots with a view's values,
 * escaped as Astro would have escaped them there, so a filled page is byte for byte the page
 * Astro renders from the same view (a test holds this). One pass: a value that happens to look
 * like a slot stays text.
 */
export function compileTemplate(template: string): (view: AnswerView) => string {
  const parts: (string | ((v: AnswerView) => string))[] = [];
  let last = 0;
  for (const m of template.matchAll(slotMarks())) {
    const name = m[1] as Slot;
    const get = SLOTS[name];
    if (!get) throw new Error(`answer page template: unknown slot ${m[0]}`);
    parts.push(template.slice(last, m.index));
    last = m.index + m[0].length;
    const inTag = template.lastIndexOf('<', m.index) > template.lastIndexOf('>', m.index);
    // In an absolute URL (canonical, og:url) Astro's URL() has percent-encoded the path.
    const inUrl = inTag && /^[a-z][a-z0-9+.-]*:\/\//i.test(template.slice(template.lastIndexOf('"', m.index) + 1, m.index));
    parts.push(RAW.has(name.toLowerCase()) ? get : inUrl ? (v) => escapeAttribute(pathSegment(get(v))) : inTag ? (v) => escapeAttribute(get(v)) : (v) => escapeText(get(v)));
  }
  parts.push(template.slice(last));
  const unknown = parts.find((p): p is string => typeof p === 'string' && /IRSLOT[A-Z]+X/.test(p));
  if (unknown) throw new Error(`answer page template: unknown slot ${/IRSLOT[A-Z]+X/.exec(unknown)![0]}`);
  return (view) => parts.map((p) => (typeof p === 'string' ? p : p(view))).join('');
}
