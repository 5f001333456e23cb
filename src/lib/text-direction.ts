/** Directions by language tag: a build asks once per page. */
const directions = new Map<string, 'rtl' | 'ltr'>();

/**
 * Which way a language is written (`ar`, `he`, `fa`, `ur`: right to left), as the platform's
 * locale data says (`Intl.Locale#getTextInfo`): a page's `dir`, so that an Arabic or Hebrew
 * interview reads from the right, its lists and marks on that side. Left to right when the tag
 * is not one the platform knows.
 */
export function textDirection(lang: string): 'rtl' | 'ltr' {
  let d = directions.get(lang);
  if (d === undefined) {
    try {
      d = new Intl.Locale(lang).getTextInfo().direction === 'rtl' ? 'rtl' : 'ltr';
    } catch {
      d = 'ltr';
    }
    directions.set(lang, d);
  }
  return d;
}
