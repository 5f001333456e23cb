import { slug } from 'github-slugger';

/**
 * Stage 3: anchor ids.
 *
 * A turn's id is built from the turn alone: who speaks and the first few words that carry
 * meaning (`sa-trying-build-capable` for "Yeah, we're trying to build very capable AI").
 * Nothing positional goes in, so inserting, removing or editing other turns cannot change it.
 * Only two turns that open with the same words by the same speaker ("Right.") share a base;
 * they get -2, -3 in reading order.
 *
 * Why three words, skipping filler: the id is written into the page for every turn, so its
 * length is a real share of the page's weight (six words instead of three: 3% more gzip on the
 * bundled interview; see the page-weight budget). Filler ("yeah", "we", "to") says nothing; negations ("not", "dont") are
 * kept so an id never inverts what the turn says. Words come from the opening only, so an edit
 * further into a turn keeps its id.
 */

const ID_WORDS = 3;
const OPENING_WORDS = 12;
/** English filler, skipped when choosing id words. In other languages ids use the first words. */
const FILLER = new Set(
  ('a an the and or but so of to in on at for with by from as is are was were be been being it its ' +
    'this that thats these those there theres here heres whats because about i im ive id ill we weve wed well you youre youve your he hes she shes ' +
    'they theyre theyve them their our my me us do does did yes yeah yep oh okay ok um uh like just very really ' +
    'what which who how why when where if then than also too all any some can could would should will may might ' +
    'must have has had get got go going kind sort thing things lot mean look sure right').split(' '),
);
const MAX_LENGTH = 48;
/** Ids the page layout uses itself. */
export const RESERVED_IDS = new Set(['top', 'main', 'content', 'toc', 'search', 'intro', 'outro', 'sections', 'footer', 'header', 'nav']);

export function speakerPrefix(key: string | null, name: string): string {
  if (key && key.length <= 4) return slug(key) || 'speaker';
  const parts = name.split(/\s+/).filter(Boolean);
  if (parts.length >= 2) return slug(parts.map((p) => [...p][0]).join('')) || 'speaker';
  return slug(name) || 'speaker';
}

export function turnBaseId(prefix: string, text: string): string {
  const opening = text
    .replace(/[’']/g, '')
    .split(/\s+/)
    .slice(0, OPENING_WORDS)
    .map((w) => slug(w).replace(/-+/g, ''))
    .filter(Boolean);
  const meaningful = opening.filter((w) => !FILLER.has(w));
  // A turn of filler alone ("Right.", "Thank you.") is named by its own first words.
  const chosen = (meaningful.length >= 2 ? meaningful : opening).slice(0, ID_WORDS);
  let words = chosen.join('-');
  if (words.length > MAX_LENGTH) words = words.slice(0, MAX_LENGTH).replace(/-[^-]*$/, '');
  return words ? `${prefix}-${words}` : `${prefix}-turn`;
}

/** Makes ids unique against everything already taken, in order: base, base-2, base-3... */
export function uniqueId(base: string, taken: Set<string>): string {
  // Where each base's search left off: ids are only ever added to `taken`, so every number below
  // it is taken already. A file of thousands of turns opening alike stays linear.
  let next = tried.get(taken);
  if (!next) tried.set(taken, (next = new Map()));
  let n = next.get(base) ?? 1;
  let id = n === 1 ? base : `${base}-${n}`;
  while (taken.has(id)) id = `${base}-${++n}`;
  next.set(base, n);
  taken.add(id);
  return id;
}
const tried = new WeakMap<Set<string>, Map<string, number>>();
