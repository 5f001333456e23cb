import { TURNS } from './dom.ts';

/**
 * The contents list marks the section being read; on a phone, where the contents are not beside
 * the text, the header's slim bar names it and leads to the contents.
 */
export function markCurrentSection(): void {
  const links = new Map([...document.querySelectorAll<HTMLAnchorElement>('.toc a')].map((a) => [a.hash.slice(1), a]));
  if (!links.size) return;
  const toc = document.querySelector<HTMLDetailsElement>('.toc details');
  const bar = Object.assign(document.createElement('a'), { className: 'current-section', href: '#toc-title' });
  bar.setAttribute('aria-label', 'Contents');
  const label = document.createElement('span');
  label.textContent = 'Contents';
  bar.append(label);
  bar.addEventListener('click', () => {
    if (toc) toc.open = true;
  });
  document.querySelector('.site-header .search-form')?.before(bar);
  const headings = [...document.querySelectorAll<HTMLElement>('.section h2[id]')];
  const update = () => {
    // The section whose heading is above the reading line (a third down the window) is current.
    let current: string | null = null;
    for (const h of headings) if (h.getBoundingClientRect().top < window.innerHeight * 0.35) current = h.id;
    for (const [id, a] of links) a.setAttribute('aria-current', id === current ? 'true' : 'false');
    label.textContent = current ? (links.get(current)?.textContent ?? 'Contents') : 'Contents';
    bar.setAttribute('aria-label', current ? `Contents (reading: ${label.textContent})` : 'Contents');
  };
  addEventListener('scroll', () => requestAnimationFrame(update), { passive: true });
  addEventListener('hashchange', () => requestAnimationFrame(update));
  update();
}

/** j / k: next / previous turn. `/` and Ctrl/Cmd-K: search. */
export function setUpKeys(): void {
  addEventListener('keydown', (e) => {
    const t = e.target;
    const typing = t instanceof HTMLElement && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
    if ((e.key === 'k' && (e.ctrlKey || e.metaKey)) || (e.key === '/' && !typing)) {
      const input = document.getElementById('search-input') as HTMLInputElement | null;
      if (input) {
        e.preventDefault();
        input.focus();
        input.select();
      }
      return;
    }
    if (typing || e.ctrlKey || e.metaKey || e.altKey || (e.key !== 'j' && e.key !== 'k')) return;
    const turns = [...document.querySelectorAll<HTMLElement>(TURNS)];
    if (!turns.length) return;
    const offset = document.querySelector<HTMLElement>('.site-header')?.offsetHeight ?? 0;
    let i = turns.findIndex((el) => el.getBoundingClientRect().top > offset + 8);
    if (i === -1) i = turns.length;
    const focused = document.activeElement?.closest<HTMLElement>(TURNS);
    const from = focused ? turns.indexOf(focused) : e.key === 'j' ? i - 1 : i;
    const next = turns[Math.max(0, Math.min(turns.length - 1, from + (e.key === 'j' ? 1 : -1)))]!;
    e.preventDefault();
    next.setAttribute('tabindex', '-1');
    next.focus({ preventScroll: true });
    next.scrollIntoView({ block: 'start', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
    history.replaceState(null, '', `#${next.id}`);
  });
}
