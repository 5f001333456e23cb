/**
 * The reader's enhancements. Progressive only: every page reads completely without them.
 * Permalinks, sharing, quotes and playback on turns (turns.ts), the current section and keys
 * (navigation.ts), the searched words marked where a result lands (highlight.ts), and search,
 * whose code and index load only when the reader starts searching (search/ui.ts).
 */
import { highlightTarget, showQuestionWithAnswer } from './highlight.ts';
import { markCurrentSection, setUpKeys } from './navigation.ts';
import { setUpSearch } from './search/ui.ts';
import { enhanceTurns } from './turns.ts';

/** A "/" key hint means nothing on a touch screen. */
function touchPlaceholder(): void {
  const input = document.getElementById('search-input') as HTMLInputElement | null;
  if (input && matchMedia('(hover: none) and (pointer: coarse)').matches) input.placeholder = input.placeholder.replace(/\s+\/\s*$/, '');
}

function start(): void {
  touchPlaceholder();
  // The phone's bar that names the current section is styled by the turns' stylesheet: after it.
  void enhanceTurns().then(markCurrentSection);
  highlightTarget();
  showQuestionWithAnswer();
  // The browser scrolls to the fragment again once the page has loaded: land after it.
  if (document.readyState !== 'complete') addEventListener('load', () => requestAnimationFrame(showQuestionWithAnswer), { once: true });
  // A result or a link on the same page changes only the fragment: mark that answer too.
  addEventListener('hashchange', () => {
    highlightTarget();
    showQuestionWithAnswer();
  });
  setUpSearch();
  setUpKeys();
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
