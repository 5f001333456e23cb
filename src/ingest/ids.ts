import { slug } from 'github-slugger';

/**
 * Stage 3: anchor ids.
 *
 * A turn's id is built from the turn alone: who speaks and its first words
 * (`sa-yeah-were-trying-to-build-very`). Nothing positional goes in, so inserting,
 * removing or editing other turns cannot change it. Only two turns that open with the
 * same words by the same speaker ("Right.") share a base; they get -2, -3 in reading order.
 */

const FIRST_WORDS = 6;
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
  const firstWords = text.replace(/[’']/g, '').split(/\s+/).filter(Boolean).slice(0, FIRST_WORDS).join(' ');
  let words = slug(firstWords).replace(/-+/g, '-').replace(/^-|-$/g, '');
  if (words.length > MAX_LENGTH) words = words.slice(0, MAX_LENGTH).replace(/-[^-]*$/, '');
  return words ? `${prefix}-${words}` : `${prefix}-turn`;
}

/** Makes ids unique against everything already taken, in order: base, base-2, base-3... */
export function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
