const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });

/**
 * `text` cut to at most `max` characters as a reader counts them (an emoji, a flag or a letter
 * with its accents is one), at a word boundary when there is one near, with an ellipsis when
 * cut. Never splits a surrogate pair into U+FFFD.
 */
export function clip(text: string, max: number): string {
  const t = text.trim();
  if (t.length <= max) return t;
  // Only the opening needs segmenting (a long answer has thousands of characters); if the opening
  // holds fewer graphemes than `max` (emoji sequences run to many code units), the whole text.
  const opening = t.slice(0, max * 2 + 8);
  let parts = [...graphemes.segment(opening)].map((g) => g.segment);
  if (parts.length <= max && opening.length < t.length) parts = [...graphemes.segment(t)].map((g) => g.segment);
  if (parts.length <= max) return t;
  let kept = parts.slice(0, max).join('');
  const space = kept.lastIndexOf(' ');
  if (space > max * 0.6) kept = kept.slice(0, space);
  return `${kept.trimEnd()}…`;
}
