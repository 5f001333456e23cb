import { UNSPACED_CLASS, ELIDED, ENDINGS, hasUnspaced, SHORT } from '../lib/index-words.ts';
import { TURNS } from './dom.ts';
import { PASSAGE } from './search/ranking.ts';

/**
 * A pattern that finds the searched words in text, whole words only: `ive` does not mark the
 * inside of "offensive", and `Jony Ive` does not mark "I've". A word may go on by a few letters
 * (`capacity`, `capacities`), as the search's stemming does.
 */
export function termsPattern(query: string): RegExp | null {
  const esc = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const words = query
    .toLowerCase()
    .split(/[\s"“”]+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''));
  const terms = words
    .filter((w) => w.length > 1 && !hasUnspaced(w))
    // A longer word may change its last letter as it goes on (capacity, capacities); a short one
    // takes only an ending (model, models; too, but not tool).
    .map((w) => (w.length >= SHORT ? `${esc(w.slice(0, -1))}(?:(?![${UNSPACED_CLASS}])\\p{L}){1,4}` : `${esc(w)}(?:${esc(w.slice(-1))}?(?:${ENDINGS.join('|')}))?`));
  // Chinese, Japanese and Thai have no spaces to tell a word's ends: the characters as typed.
  const unspaced = words.filter((w) => hasUnspaced(w)).map(esc);
  if (!terms.length && !unspaced.length) return null;
  // A word starts after no letter and no apostrophe ("Ive" is not in "I've"), or after an elided article ("l’hybridation").
  // A word written against Chinese, Japanese or Thai characters (`的Rippling一样`) is a word too.
  const start = `(?:(?<![\\p{L}\\p{N}'’])|(?<=[${UNSPACED_CLASS}])|(?<=(?<![\\p{L}\\p{N}])${ELIDED}['’]))`;
  const whole = terms.length ? [`${start}(?:${terms.join('|')})(?!(?![${UNSPACED_CLASS}])[\\p{L}\\p{N}])`] : [];
  return new RegExp(`(${[...whole, ...unspaced].join('|')})`, 'giu');
}

/** Marks the searched words inside the answer a result led to, and marks that answer. */
export function highlightTarget(): void {
  const q = new URLSearchParams(location.search).get('highlight');
  // A malformed fragment (`#%E0%A4%A`) names nothing; it must not stop the rest of the page's script.
  let id = '';
  try {
    id = decodeURIComponent(location.hash.slice(1));
  } catch {
    id = '';
  }
  const target = id ? document.getElementById(id) : null;
  for (const old of document.querySelectorAll('.is-target')) if (old !== target) old.classList.remove('is-target');
  if (target?.matches(TURNS)) target.classList.add('is-target');
  if (target?.querySelector('mark')) return; // marked on an earlier arrival
  const re = q ? termsPattern(q) : null;
  if (!re || !target) return;
  // Only the turn's own words: not the speaker's name or the buttons beside it.
  const walker = document.createTreeWalker(target, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentElement?.closest('.speaker, .turn > b, button, .answer-link, .time') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  for (const node of nodes) {
    const parts = (node.nodeValue ?? '').split(re);
    if (parts.length < 2) continue;
    const frag = document.createDocumentFragment();
    parts.forEach((part, i) => {
      if (i % 2 === 1) frag.append(Object.assign(document.createElement('mark'), { textContent: part }));
      else if (part) frag.append(part);
    });
    node.replaceWith(frag);
  }
}

/**
 * Landing on an answer shows what was asked with it: the question just above, and the start of
 * the answer, in view together. A long question shows its last lines, the answer starting
 * two fifths down the window. Nothing glides: the page is there at once.
 *
 * A search result in a turn longer than a passage (a talk given as one turn) lands instead on
 * its paragraph that holds the most of the searched words when that is out of view, as the
 * search ranked the turn by its best passage (src/client/search/ranking.ts).
 */
export function showQuestionWithAnswer(): void {
  let id = '';
  try {
    id = decodeURIComponent(location.hash.slice(1));
  } catch {
    return;
  }
  const answer = id ? document.getElementById(id) : null;
  if (!answer?.matches(TURNS)) return;
  const header = document.querySelector<HTMLElement>('.site-header');
  const covered = header && getComputedStyle(header).position === 'sticky' ? header.getBoundingClientRect().height : 0;
  const room = innerHeight - covered;
  const a = answer.getBoundingClientRect();
  const passage = words(answer) > PASSAGE ? bestParagraph(answer) : null;
  if (passage && passage.getBoundingClientRect().bottom - a.top > room * 0.8) {
    scrollTo({ top: scrollY + passage.getBoundingClientRect().top - covered - room * 0.2, behavior: 'instant' });
    return;
  }
  const question = answer.previousElementSibling;
  if (!answer.matches('.guest') || !question?.matches('div.turn.interviewer')) return;
  const q = question.getBoundingClientRect();
  const top = q.height + 96 <= room * 0.6 ? q.top - covered - 16 : a.top - covered - room * 0.4;
  scrollTo({ top: scrollY + top, behavior: 'instant' });
}

const words = (el: Element) => (el.textContent ?? '').split(/\s+/).filter(Boolean).length;

/** The paragraph of a turn with the most different searched words marked (the first of equals), or null. */
function bestParagraph(turn: Element): HTMLElement | null {
  let best: HTMLElement | null = null;
  let most = 0;
  for (const p of turn.querySelectorAll<HTMLElement>('p')) {
    const marked = new Set([...p.querySelectorAll('mark')].map((m) => (m.textContent ?? '').toLowerCase())).size;
    if (marked > most) [best, most] = [p, marked];
  }
  return best;
}
