const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });

/**
 * `text` cut to at most `max` characters as a reader counts them (an emoji, a flag or a letter
 * with its accents is one), at a word boundary when there is one near, with an ellipsis when
 * cut. Never splits a surrogate pair into U+FFFD.
 */
export function clip(text: string, max: number): string {
  const t = text.trim();
  if (t.length <= max) return t;
  const parts = [...graphemes.segment(t)].map((g) => g.segment);
  if (parts.length <= max) return t;
  let kept = parts.slice(0, max).join('');
  const space = kept.lastIndexOf(' ');
  if (space > max * 0.6) kept = kept.slice(0, space);
  return `${kept.trimEnd()}…`;
}
