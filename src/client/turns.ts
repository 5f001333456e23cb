import { BASE, button, confirm, copyText, pageAddress, SPEAKER, stylesheet, TURNS } from './dom.ts';
import { ownPage, setUpQuotes, share, shareUrl } from './share.ts';
import { setUpPlayer } from './player.ts';
import enhanceCss from './enhance.css?url';

/**
 * What a turn gets once the script runs: its speaker's name becomes its permalink (a visible
 * "#"), and a Share button (a guest's answer also links its own page); selected words can be
 * copied as a quote; a start time plays the recording from there. The stylesheet for them
 * comes first: reading needs none of it.
 */
export function enhanceTurns(): Promise<void> {
  if (!document.querySelector(`${TURNS}, .answer-page`)) return Promise.resolve();
  return stylesheet(enhanceCss).then(() => {
    decorateAll();
    addAnswerPageButton();
    setUpQuotes();
    setUpPlayer();
  });
}

/** Built in small idle-time chunks so a long interview stays responsive while it loads. */
function decorateAll(): void {
  const turns = [...document.querySelectorAll<HTMLElement>(TURNS)];
  const idle: (fn: (d: { timeRemaining(): number }) => void) => void = window.requestIdleCallback ?? ((fn) => setTimeout(() => fn({ timeRemaining: () => 8 }), 1));
  const title = document.querySelector('h1')?.textContent ?? document.title;
  const step = (deadline: { timeRemaining(): number }) => {
    while (turns.length && deadline.timeRemaining() > 1) decorate(turns.shift()!, title);
    if (turns.length) idle(step);
  };
  idle(step);
}

function decorate(turn: HTMLElement, title: string): void {
  // The name's element stays in place (its text moves into the link), so nothing holding it is left detached.
  const name = turn.querySelector(SPEAKER)!;
  const who = name.textContent ?? '';
  name.replaceChildren(Object.assign(document.createElement('a'), { href: `#${turn.id}`, textContent: who, title: 'Link to this turn' }));
  const tools: HTMLElement[] = [];
  if (ownPage(turn)) {
    const page = Object.assign(document.createElement('a'), { className: 'answer-link', href: `${turn.id}/`, textContent: 'Answer page' });
    tools.push(page);
  }
  const b = button('Share', 'share-button', `Share this ${ownPage(turn) ? 'answer' : 'turn'} by ${who}`);
  b.addEventListener('click', () => share(shareUrl(turn), `${who} · ${title}`, b));
  tools.push(b);
  (turn.querySelector('.time') ?? name).after(...tools);
}

function addAnswerPageButton(): void {
  const context = document.querySelector('.answer-page .in-context');
  if (!context) return;
  const b = button('Share', 'share-button', 'Share this answer');
  b.addEventListener('click', () => share(pageAddress(), document.title, b));
  const copy = button('Copy link', 'share-button copy-link', 'Copy link to this answer');
  copy.addEventListener('click', async () => {
    await copyText(pageAddress());
    confirm(copy, 'Copied', 'Link copied to the clipboard');
  });
  context.append(' ', b, ' ', copy);
}

export { BASE };
