/** Formatters by language: making one is far slower than using it, and a build formats a date per page. */
const formats = new Map<string, Intl.DateTimeFormat | null>();

function formatter(lang: string): Intl.DateTimeFormat | null {
  let f = formats.get(lang);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    } catch {
      f = null;
    }
    formats.set(lang, f);
  }
  return f;
}

/** `2025-10-08` as a reader writes it in the page's language ("October 8, 2025"); the ISO date if it cannot be. */
export function longDate(iso: string, lang: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const f = formatter(lang);
  if (!m || !f) return iso;
  return f.format(new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!)));
}
