import { seconds } from '../lib/media.ts';
import { announce } from './dom.ts';

/**
 * "Play from here": on a transcript whose front matter names an audio or video file, each turn's
 * start time is a link to the file at that moment (`#t=`, which works without this script;
 * src/lib/media.ts);
 * with it, the recording plays in a player at the foot of the page, loaded on first use, and
 * every later click moves it there. Video pages (YouTube) open at the moment instead.
 */
export function setUpPlayer(): void {
  const article = document.querySelector<HTMLElement>('article[data-media-kind="file"]');
  if (!article) return;
  const src = article.dataset.media!;
  let media: HTMLMediaElement | null = null;
  article.addEventListener('click', (e) => {
    const link = (e.target as Element).closest<HTMLAnchorElement>('a.time');
    if (!link || e.ctrlKey || e.metaKey || e.shiftKey) return;
    e.preventDefault();
    const t = seconds(link.textContent ?? '0');
    if (!media) {
      const video = /\.(mp4|m4v|webm|mov)(\?|#|$)/i.test(src);
      media = document.createElement(video ? 'video' : 'audio');
      media.controls = true;
      media.preload = 'metadata';
      media.src = src;
      media.className = 'player';
      const bar = Object.assign(document.createElement('div'), { className: 'player-bar' });
      bar.setAttribute('role', 'region');
      bar.setAttribute('aria-label', 'Recording');
      bar.append(media);
      document.body.append(bar);
    }
    const player = media;
    const start = () => {
      player.currentTime = t;
      void player.play().catch(() => announce('The recording could not be played here; the link opens it.'));
    };
    if (player.readyState >= 1) start();
    else player.addEventListener('loadedmetadata', start, { once: true });
    announce(`Playing from ${link.textContent}`);
  });
}
