/** Small DOM helpers shared by the reader's enhancements. */

/** The site's base path (`/` or `/interviews/`), as the build configured it. */
export const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** Turns on an interview page: each has its anchor id. */
export const TURNS = 'div.turn[id]';
/** A turn's speaker name, a bare `<b>` first in the turn (src/components/Turn.astro). */
export const SPEAKER = ':scope > b';

let live: HTMLElement | null = null;

/** Says `text` to screen readers through one polite live region. */
export function announce(text: string): void {
  if (!live) {
    live = Object.assign(document.createElement('div'), { id: 'announcer', className: 'visually-hidden' });
    live.setAttribute('role', 'status');
    live.setAttribute('aria-live', 'polite');
    document.body.append(live);
  }
  const region = live;
  region.textContent = '';
  setTimeout(() => (region.textContent = text), 30);
}

/** Loads a stylesheet; resolves when it has loaded or failed (the page works unstyled). */
export function stylesheet(href: string): Promise<void> {
  return new Promise((resolve) => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
    link.onload = link.onerror = () => resolve();
    document.head.append(link);
  });
}

/** Copies text, with the old way where the Clipboard API is missing or refused. */
export async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    document.body.append(area);
    area.select();
    document.execCommand('copy');
    area.remove();
  }
}

/** Shows `done` on the button for a moment, and says it. */
export function confirm(button: HTMLElement, done: string, said: string): void {
  const label = button.textContent;
  button.textContent = done;
  announce(said);
  setTimeout(() => (button.textContent = label), 1500);
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** The page's own address, without query or fragment: what the reader sees, whatever host the build knew. */
export function pageAddress(): string {
  return location.origin + location.pathname;
}

export function button(label: string, className: string, aria?: string): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = className;
  b.textContent = label;
  if (aria) b.setAttribute('aria-label', aria);
  return b;
}
