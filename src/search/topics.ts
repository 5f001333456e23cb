import { slug as githubSlug } from 'github-slugger';

/**
 * The topic index: people, companies and products mentioned across interviews, like the index
 * at the back of a book. A name is a run of capitalised words (or an acronym like TSMC) that
 * occurs capitalised in the middle of a sentence somewhere, so sentence-initial "Yeah" or
 * "So" never qualify, while "Nvidia" or "Jony Ive" do. A surname is folded into the full name
 * it appears with ("Ive" -> "Jony Ive").
 *
 * An NLP library (compromise) was measured for this and rejected: on the bundled interview it
 * missed TSMC, Jony Ive, Zillow, Instagram and ChatGPT, and was far slower (bench/HISTORY.md).
 */

export interface TopicSource {
  /** Opaque reference handed back in mentions (e.g. "slug/answer-id"). */
  ref: string;
  text: string;
}

export interface Topic {
  name: string;
  slug: string;
  refs: string[];
}

const NOT_NAMES = new Set(
  `i i'm i've i'd i'll the a an and but so or if yeah yes yep yup no okay ok well right oh it it's this that these those we we're you you're they he she
   what how why when where who which is are was were do does did can could would should will my our your their his her its there here
   mr ms mrs dr sir monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september
   october november december again also because then now just one two first second look hey thanks thank sure maybe please let let's`
    .split(/\s+/)
    .filter(Boolean),
);

const WORD = /^(?:[\p{Lu}][\p{L}\p{N}’'&.+-]*|[\p{Lu}\p{N}]{2,}[\p{L}\p{N}-]*)$/u;

interface Candidate {
  name: string;
  midSentence: boolean;
}

function candidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  const tokens = text.split(/\s+/);
  let sentenceStart = true;
  let run: string[] = [];
  let runStart = false;
  const flush = () => {
    if (run.length) {
      // Drop leading words that are not names ("So Nvidia" -> "Nvidia").
      while (run.length && NOT_NAMES.has(run[0]!.toLowerCase())) {
        run.shift();
        runStart = false;
      }
      if (run.length && run.length <= 4) out.push({ name: run.join(' '), midSentence: !runStart });
    }
    run = [];
  };
  for (const raw of tokens) {
    const opensQuote = /^[“"‘(]/.test(raw);
    const word = raw.replace(/^[“"‘(]+/, '').replace(/[’']s$/u, '').replace(/[.,;:!?”"’)—–-]+$/u, '');
    const endsSentence = /[.!?]["”’)]*$/.test(raw) || /[:;—]$/.test(raw);
    const isName = word.length > 1 && WORD.test(word) && !/^\p{Lu}[\p{Ll}]*['’](s|t|re|ve|ll|d|m)$/u.test(word);
    if (isName && !(run.length && opensQuote)) {
      if (!run.length) runStart = sentenceStart || opensQuote;
      run.push(word);
    } else {
      flush();
      if (isName) {
        runStart = true;
        run.push(word);
      }
    }
    if (endsSentence || /[,;]$/.test(raw)) flush();
    sentenceStart = endsSentence;
  }
  flush();
  return out.filter((c) => !NOT_NAMES.has(c.name.toLowerCase()) && /\p{L}/u.test(c.name));
}

const byName = new Intl.Collator('en', { sensitivity: 'base' });

export function extractTopics(sources: TopicSource[], options: { minMentions?: number } = {}): Topic[] {
  const minMentions = options.minMentions ?? 2;
  const refs = new Map<string, Set<string>>();
  const mid = new Set<string>();
  const count = new Map<string, number>();
  for (const s of sources) {
    for (const c of candidates(s.text)) {
      if (c.midSentence) mid.add(c.name);
      count.set(c.name, (count.get(c.name) ?? 0) + 1);
      const set = refs.get(c.name) ?? new Set();
      set.add(s.ref);
      refs.set(c.name, set);
    }
  }
  // Fold a surname into the one two-word name it ends ("Ive" -> "Jony Ive"); acronyms stay apart.
  const names = [...refs.keys()].filter((n) => mid.has(n));
  const bySurname = new Map<string, string[]>();
  for (const m of names) {
    if (!/^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u.test(m)) continue;
    const surname = m.split(' ')[1]!;
    bySurname.set(surname, [...(bySurname.get(surname) ?? []), m]);
  }
  const merged = new Map<string, Set<string>>();
  for (const n of names) {
    const owners = /^\p{Lu}\p{Ll}+$/u.test(n) ? (bySurname.get(n) ?? []) : [];
    const target = owners.length === 1 ? owners[0]! : n;
    const set = merged.get(target) ?? new Set();
    for (const r of refs.get(n)!) set.add(r);
    merged.set(target, set);
  }
  const topics: Topic[] = [];
  const taken = new Set<string>();
  for (const [name, set] of merged) {
    const mentions = count.get(name) ?? 0;
    if (mentions < minMentions && set.size < minMentions && !name.includes(' ')) continue;
    let s = githubSlug(name) || 'topic';
    for (let i = 2; taken.has(s); i++) s = `${githubSlug(name)}-${i}`;
    taken.add(s);
    topics.push({ name, slug: s, refs: [...set] });
  }
  return topics.sort((a, b) => byName.compare(a.name, b.name));
}
