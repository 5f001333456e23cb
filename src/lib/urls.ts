/** Site-relative URLs that respect Astro's `base` (e.g. a project site under /interviews/). */
export function url(path = ''): string {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  return base + path.replace(/^\//, '');
}

export function interviewUrl(slug: string): string {
  return url(`${slug}/`);
}

export function answerUrl(slug: string, anchor: string): string {
  return url(`${slug}/${anchor}/`);
}

export function absolute(path: string, site: URL | undefined): string {
  return site ? new URL(path, site).href : path;
}

/** An interview's preview card, in its folder (src/lib/preview-cards.ts). Answer anchors never hold a dot. */
export const CARD_FILE = 'preview.png';
