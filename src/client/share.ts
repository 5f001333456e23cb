import { hasOwnPage } from '../lib/answers.ts';
import { button, confirm, copyText, pageAddress, SPEAKER, TURNS } from './dom.ts';

/**
 * One way to share a turn: the phone's share sheet where there is one, the clipboard elsewhere,
 * always the same address (a guest's answer: its own page, which previews in chats; any other
 * turn: the interview page at its anchor). And "Copy quote": the words the reader selected, with
 * who said them, the interview, and the link to them.
 */
export function shareUrl(turn: HTMLElement): string {
  const page = pageAddress();
  return ownPage(turn) ? `${page}${turn.id}/` : `${page}#${turn.id}`;
}

/** A guest's answer of some length has a page of its own (src/lib/answers.ts); a short reply is linked at its anchor. */
export function ownPage(turn: HTMLElement): boolean {
  return turn.classList.contains('guest') && hasOwnPage([...turn.querySelectorAll('p, li')].map((p) => p.textContent).join(' '));
}

/** `“words” — Speaker, Interview title` and the link, as pasted into a message or a document. */
export function quoteText(words: string, speaker: string, interview: string, url: string): string {
  const text = words.replace(/\s+/g, ' ').trim();
  return `“${text}” — ${speaker}, ${interview}\n${url}`;
}

export async function share(url: string, title: string, b: HTMLElement): Promise<void> {
  if (navigator.share && matchMedia('(hover: none)').matches) {
    try {
      await navigator.share({ url, title });
      return;
    } catch (e) {
      if ((e as DOMException).name === 'AbortError') return; // the reader closed the sheet
    }
  }
  await copyText(url);
  confirm(b, 'Link copied', 'Link copied to the clipboard');
}

/** The turn (on an interview page) or the answer (on an answer page) the selection lies in, if it lies in one. */
function selectedTurn(sel: Selection): HTMLElement | null {
  if (sel.isCollapsed || !sel.rangeCount || !sel.toString().trim()) return null;
  const range = sel.getRangeAt(0);
  const el = (n: Node) => (n instanceof HTMLElement ? n : n.parentElement);
  const start = el(range.startContainer)?.closest<HTMLElement>(`${TURNS}, .answer-page .turn.guest`);
  const end = el(range.endContainer)?.closest<HTMLElement>(`${TURNS}, .answer-page .turn.guest`);
  return start && start === end ? start : null;
}

/** A "Copy quote" button by the selection while the reader has words of one turn selected. */
export function setUpQuotes(): void {
  const b = button('Copy quote', 'quote-button', 'Copy quote: the selected words, with who said them and a link');
  b.hidden = true;
  document.body.append(b);
  let quote = '';
  b.addEventListener('mousedown', (e) => e.preventDefault()); // keep the selection
  b.addEventListener('click', async () => {
    await copyText(quote);
    confirm(b, 'Quote copied', 'Quote copied to the clipboard');
  });
  document.addEventListener('selectionchange', () => {
    const sel = document.getSelection();
    const turn = sel && selectedTurn(sel);
    if (!sel || !turn) {
      if (document.activeElement !== b) b.hidden = true;
      return;
    }
    const onAnswerPage = !turn.matches(TURNS);
    const speaker = onAnswerPage ? (document.querySelector('.answer-page .turn.guest .speaker')?.textContent ?? '').replace(/ answered$/, '') : (turn.querySelector(SPEAKER)?.textContent ?? '').replace(/ #$/, '');
    const interview = onAnswerPage ? (document.querySelector('.breadcrumb a')?.textContent ?? document.title) : (document.querySelector('h1')?.textContent ?? document.title);
    quote = quoteText(sel.toString(), speaker.trim(), interview.trim(), onAnswerPage ? pageAddress() : shareUrl(turn));
    const rect = sel.getRangeAt(0).getBoundingClientRect();
    b.hidden = false;
    b.style.top = `${Math.max(0, rect.bottom + scrollY + 6)}px`;
    b.style.left = `${Math.max(8, Math.min(rect.left + scrollX, scrollX + innerWidth - 140))}px`;
  });
}
