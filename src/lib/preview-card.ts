import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { longDate } from './dates.ts';

/**
 * An interview's preview card: the 1200×630 PNG a chat app or a social site shows when a link
 * to the interview or one of its answers is pasted (og:image). Drawn by satori (layout and text
 * to SVG, with the Inter font from @fontsource/inter) and resvg (SVG to PNG), so no browser and
 * no system font is involved: the same facts give the same bytes on every machine.
 */

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** What a card shows: the interview's own facts, no text from its turns. */
export interface CardFacts {
  title: string;
  guest: string | null;
  interviewer: string | null;
  publication: string | null;
  date: string | null;
  lang: string;
}

/** The font's files by script (fontsource's subsets); each is drawn from its own family, in order. */
const SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext', 'greek', 'greek-ext', 'vietnamese'] as const;
const FAMILIES = SUBSETS.map((s) => `Inter ${s}`).join(', ');
const require = createRequire(import.meta.url);

let ranges: [number, number][] | null = null;
/** Whether the bundled font draws every character of `text` (fontsource's unicode.json lists each subset's ranges). */
export function drawable(text: string): boolean {
  ranges ??= Object.entries(JSON.parse(readFileSync(require.resolve('@fontsource/inter/unicode.json'), 'utf8')) as Record<string, string>)
    .filter(([subset]) => (SUBSETS as readonly string[]).includes(subset))
    .flatMap(([, list]) => list.split(',').map((r) => r.replace('U+', '').split('-').map((h) => parseInt(h, 16))).map(([a, b]) => [a!, b ?? a!] as [number, number]));
  for (const ch of text.normalize('NFC')) {
    const c = ch.codePointAt(0)!;
    if (!ranges.some(([a, b]) => c >= a && c <= b)) return false;
  }
  return true;
}

type Font = { name: string; data: Buffer; weight: 400 | 700; style: 'normal' };
let fonts: Font[] | null = null;
function loadFonts(): Font[] {
  return (fonts ??= SUBSETS.flatMap((subset) =>
    ([400, 700] as const).map((weight) => ({ name: `Inter ${subset}`, data: readFileSync(require.resolve(`@fontsource/inter/files/inter-${subset}-${weight}-normal.woff`)), weight, style: 'normal' as const })),
  ));
}

/** satori's element shape, without React: a type, a style and children. */
interface Node {
  type: string;
  props: { style: Record<string, string | number>; children?: (Node | string)[] | Node | string };
}
const el = (style: Node['props']['style'], ...children: (Node | string | null | false)[]): Node => ({
  type: 'div',
  props: { style: { display: 'flex', ...style }, children: children.filter((c): c is Node | string => !!c) },
});

/** Emoji are left out of a card (no emoji font is bundled); so is any text in a script the font lacks. */
const EMOJI = /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u{FE0F}\u{200D}]/gu;
const plain = (s: string | null) => {
  const text = (s ?? '').replace(EMOJI, '').replace(/\s+/g, ' ').trim();
  return drawable(text) ? text : '';
};

/** Which of an interview's facts its card leaves out, because the font cannot draw them. */
export function leftOut(f: CardFacts): string[] {
  return (['title', 'guest', 'interviewer', 'publication'] as const).filter((k) => f[k] && !plain(f[k]));
}

/** The card's layout: the publication and date above, the title, and who speaks below. */
export function cardLayout(f: CardFacts): Node {
  const title = plain(f.title) || 'Interview Reader';
  const size = title.length <= 50 ? 72 : title.length <= 90 ? 60 : 48;
  const date = f.date ? plain(longDate(f.date, f.lang)) : '';
  const above = [plain(f.publication), date].filter(Boolean).join(' · ');
  const who = plain(f.guest);
  const by = plain(f.interviewer) && `Interviewed by ${plain(f.interviewer)}`;
  return el(
    { width: '100%', height: '100%', flexDirection: 'column', background: '#fdfcfa', color: '#1d1d1f', fontFamily: FAMILIES },
    el({ height: 14, background: '#0b5cad' }),
    el(
      { flexGrow: 1, flexDirection: 'column', justifyContent: 'space-between', padding: '56px 72px 60px' },
      el({ fontSize: 30, color: '#54545a' }, above || 'Interview'),
      el({ fontSize: size, fontWeight: 700, lineHeight: 1.15, display: 'block', lineClamp: 4 }, title),
      el(
        { flexDirection: 'column', fontSize: 32, color: '#54545a' },
        who && el({ fontSize: 40, fontWeight: 700, color: '#1d1d1f' }, who),
        by && el({}, by),
      ),
    ),
  );
}

/**
 * Draws the card. Text in a script the font lacks (Arabic, CJK, Devanagari…) is left out rather
 * than drawn as empty boxes (`leftOut` says what); `missing` is what satori still found no glyph
 * for, which `drawable` should have caught: empty unless the font's ranges and glyphs disagree.
 */
export async function renderCard(f: CardFacts): Promise<{ png: Buffer; missing: string }> {
  let missing = '';
  const svg = await satori(cardLayout(f) as unknown as Parameters<typeof satori>[0], {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts: loadFonts(),
    loadAdditionalAsset: async (code: string) => {
      missing ||= code;
      return [];
    },
  });
  return { png: new Resvg(svg).render().asPng(), missing };
}
