import { readFileSync } from 'node:fs';
import { ingest } from '../src/ingest/index.ts';

/**
 * Synthetic archives for the benchmark: N distinct interviews derived from the bundled one's
 * structure (sections, turn lengths, unlabelled interviewer, labelled guest, continuations),
 * with varied wording, vocabulary, names and section order, and a spam preamble and chrome in
 * every file so the filter is exercised.
 */

const SEED_FILE = new URL('../content/interviews/stratechery-altman-2025.txt', import.meta.url);

const FIRST = ['Ada', 'Bram', 'Chen', 'Dana', 'Elif', 'Farid', 'Greta', 'Hiro', 'Ines', 'Jonas', 'Kemi', 'Lars', 'Mira', 'Noor', 'Omar', 'Priya', 'Quinn', 'Rosa', 'Sven', 'Tala', 'Uma', 'Vik', 'Wen', 'Yara', 'Zane'];
const LAST = ['Abbott', 'Brandt', 'Castillo', 'Dube', 'Eriksen', 'Fontaine', 'Gupta', 'Haddad', 'Ito', 'Jovanovic', 'Kowalski', 'Lindqvist', 'Moreau', 'Nakamura', 'Okafor', 'Petrov', 'Quintero', 'Rossi', 'Sato', 'Tanaka', 'Ueda', 'Varga', 'Weber', 'Xu', 'Yilmaz'];
const SPAM = [
  'Hacklink', 'Hacklink Panel', 'Marsbahis', 'casibom giriş', 'jojobet', 'onwin', 'Rank Math Pro Nulled', 'WP Rocket Nulled', 'bahiscasino', 'matbet',
  'buy tramadol online', 'cheap viagra pills', 'Cheap Rolex replica watches', 'replica handbags wholesale', 'essay writing service', 'write my essay cheap',
  'best crypto casino bonus', 'forex signals free', 'payday loans no credit check', 'slot gacor hari ini', 'บาคาร่า ออนไลน์', 'หวยออนไลน์', 'ставки на спорт',
  '六合彩 开奖', 'escort service istanbul', 'cheap jerseys wholesale', 'louis vuitton outlet', 'cbd gummies for sale', 'kamagra jelly wholesale', 'printable calendar 2026',
];
const CHROME = ['Share.', 'Leave A Reply', 'Related Posts', 'Exit mobile version', 'Click to share on X (Opens in new window)', 'Like this:', 'Loading...'];

/** Deterministic PRNG (mulberry32), so an archive is the same every run. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface SeedTurn {
  guest: boolean;
  paragraphs: string[];
}

let seedCache: { sections: { heading: string; turns: SeedTurn[] }[]; intro: string[]; outro: string[]; vocabulary: string[] } | null = null;

function seedStructure() {
  if (seedCache) return seedCache;
  const t = ingest(readFileSync(SEED_FILE), 'seed').transcript;
  const vocabulary = [...new Set(t.sections.flatMap((s) => s.turns.flatMap((x) => x.paragraphs.flatMap((p) => p.text.toLowerCase().match(/\p{Ll}{5,}/gu) ?? []))))];
  seedCache = {
    sections: t.sections.map((s) => ({ heading: s.heading ?? 'Interview', turns: s.turns.map((x) => ({ guest: x.role === 'guest', paragraphs: x.paragraphs.map((p) => p.text) })) })),
    intro: t.intro.map((p) => p.text),
    outro: t.outro.map((p) => p.text),
    vocabulary,
  };
  return seedCache;
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'tor', 'vex', 'shi', 'dra', 'pel', 'quo', 'zan', 'bri', 'nol', 'fet', 'gru', 'hal'];

/** Rewrites a paragraph: sentence order varies, and about a third of the longer words change. */
function vary(text: string, rand: () => number, vocabulary: string[], coined: string[]): string {
  const sentences = text.split(/(?<=[.?!])\s+/);
  if (sentences.length > 2 && rand() < 0.5) sentences.push(sentences.splice(Math.floor(rand() * (sentences.length - 1)), 1)[0]!);
  return sentences
    .join(' ')
    .replace(/\p{Ll}{5,}/gu, (w) => (rand() < 0.33 ? (rand() < 0.7 ? vocabulary[Math.floor(rand() * vocabulary.length)]! : coined[Math.floor(rand() * coined.length)]!) : w));
}

export interface GeneratedInterview {
  name: string;
  text: string;
  guest: string;
  interviewer: string;
  spamLines: number;
}

export function generateInterview(i: number): GeneratedInterview {
  const rand = rng(1000 + i * 7919);
  const seed = seedStructure();
  const coined = Array.from({ length: 60 }, () => Array.from({ length: 2 + Math.floor(rand() * 2) }, () => SYLLABLES[Math.floor(rand() * SYLLABLES.length)]).join(''));
  const pick = <T,>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
  const guest = `${pick(FIRST)} ${pick(LAST)}`;
  let interviewer = `${pick(FIRST)} ${pick(LAST)}`;
  if (interviewer === guest) interviewer = `${interviewer} Jr`;
  const key = guest.split(' ').map((w) => w[0]).join('');
  const spam = Array.from({ length: 40 + Math.floor(rand() * 200) }, () => pick(SPAM));
  const sections = [...seed.sections];
  for (let k = sections.length - 1; k > 1; k--) {
    const j = 1 + Math.floor(rand() * k);
    [sections[k], sections[j]] = [sections[j]!, sections[k]!];
  }
  const lines: string[] = ['---', `title: "${guest} on ${pick(coined)} and ${pick(seed.vocabulary)} (no. ${i + 1})"`, `interviewer: ${interviewer}`, `guest: ${guest}`, 'publication: Synthetic Weekly', `date: 20${10 + (i % 16)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`, 'speakers:', `  ${key}: ${guest}`, '---', ''];
  for (const s of spam) lines.push(s, '');
  for (const p of seed.intro) lines.push(vary(p, rand, seed.vocabulary, coined), '');
  for (const s of sections) {
    lines.push(`${s.heading.split(' ')[0]} ${pick(coined).replace(/^./, (c) => c.toUpperCase())}`, '');
    for (const t of s.turns)
      t.paragraphs.forEach((p, n) => {
        lines.push(`${t.guest && n === 0 ? `${key}: ` : ''}${vary(p, rand, seed.vocabulary, coined)}`, '');
      });
  }
  for (const p of seed.outro) lines.push(vary(p, rand, seed.vocabulary, coined), '');
  for (const c of CHROME.slice(0, 2 + Math.floor(rand() * 4))) lines.push(c);
  return { name: `synthetic-${String(i + 1).padStart(4, '0')}.txt`, text: lines.join('\n') + '\n', guest, interviewer, spamLines: spam.length };
}

export function generateArchive(n: number): GeneratedInterview[] {
  return Array.from({ length: n }, (_, i) => generateInterview(i));
}
