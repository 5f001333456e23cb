/**
 * A static site generator's shortcodes and tags, as a post's Markdown source holds them: Hugo's
 * `{{< transcript "..." >}}` / `{{% note %}}`, Jekyll's and Eleventy's Liquid `{% figure ... %}`.
 * Markup, never words; but a podcast site may wrap a turn's words in one, its first turn often
 * (`{{< transcript "[MUSIC PLAYING] TOM: Hey there, everybody..." >}}`): those words are the text.
 */

/** A quoted argument, its `\"` escapes inside. */
const QUOTED = String.raw`"(?:[^"\\\n]|\\.)*"`;
/** One argument: quoted, a name and a value, or a bare word. */
// (A bare word holds no `=`, so an argument reads one way only: a long line that is no shortcode fails at once.)
const ARGUMENT = String.raw`(?:${QUOTED}|[\w-]+\s*=\s*(?:${QUOTED}|'[^'\n]*'|[^\s"'>%}]+)|[^\s"'>%}=,]+)`;
/** A line that is only a shortcode or a Liquid tag, opening or closing (`{{< /transcript >}}`, `{% endraw %}`). */
export const SHORTCODE_LINE = new RegExp(String.raw`^\s*(?:\{\{([<%])-?\s*\/?[\w.-]+(?:\s+${ARGUMENT})*\s*-?[>%]\}\}|\{%-?\s*[\w-]+(?:(?:\s*,\s*|\s+)${ARGUMENT})*\s*-?%\})\s*$`);

/** The words of a quoted argument given without a name, three words or more with letters (`"[MUSIC PLAYING] TOM: Hey there..."`); not a file's name or a picture's path. */
function wordsGiven(line: string): string | null {
  const body = line.trim().replace(/^\{\{[<%]-?\s*[\w.-]+/, '');
  for (const m of body.matchAll(new RegExp(String.raw`(?:^|\s)([\w-]+\s*=\s*)?(${QUOTED})`, 'g'))) {
    if (m[1]) continue;
    const text = unquoted(m[2]!);
    if (text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length >= 3 && !PATH.test(text)) return text;
  }
  return null;
}

/** A file's path or address: `./bridge.jpg`, `/images/hero.png`, `https://...`. */
const PATH = /^(?:\S+\.(?:jpe?g|png|gif|webp|svg|avif|mp3|mp4|m4a|webm|pdf)|\S*\/\S*)$/i;
const unquoted = (q: string) => q.slice(1, -1).replace(/\\(.)/g, '$1').trim();

/**
 * A picture's shortcode or tag with its caption (`{{< figure src="x.jpg" caption="The bridge in 1990" >}}`,
 * `{% figure "./bridge.jpg", "The old bridge" %}`): the caption, written as a Markdown picture is (`![The bridge in 1990]()`), shown as one.
 */
function pictureCaption(line: string): string | null {
  const m = /^\s*(?:\{\{[<%]|\{%)-?\s*(figure|img|image|picture|photo)\b(.*)$/i.exec(line);
  if (!m) return null;
  const named = new RegExp(String.raw`\b(?:caption|alt|title)\s*=\s*(${QUOTED})`, 'i').exec(m[2]!);
  if (named) return unquoted(named[1]!) || null;
  for (const q of m[2]!.matchAll(new RegExp(QUOTED, 'g'))) {
    const text = unquoted(q[0]);
    if (text && !PATH.test(text) && !/^[\w-]+=/.test(text)) return text;
  }
  return null;
}

/**
 * The lines with each Hugo shortcode that gives words as its argument (`{{< transcript "TOM: Hey..." >}}`)
 * turned to those words, on their line, and each picture's with its caption to a Markdown picture; null
 * where no line holds one. Other shortcodes and tags are left to the cleaner, which removes them as markup.
 */
export function fromShortcodes(lines: string[]): string[] | null {
  let out: string[] | null = null;
  for (const [i, l] of lines.entries()) {
    if (!l.includes('{') || !SHORTCODE_LINE.test(l)) continue;
    const caption = pictureCaption(l);
    const words = caption != null ? `![${caption.replace(/[[\]\\]/g, '\\$&')}]()` : wordsGiven(l);
    if (words == null) continue;
    out ??= [...lines];
    out[i] = words;
  }
  return out;
}
