/**
 * The language a transcript is written in, when its front matter does not say: the page's `lang`
 * (what screen readers speak it as, how dates are written, how search splits its words).
 *
 * Read from the text itself, in two steps: a script only one language here is written in (Han
 * without kana is Chinese, with kana Japanese; Hangul Korean...), else, for Latin script, the
 * language whose most common short words the text uses most. Only a clear reading counts: mixed
 * or short text stays `en`, the default, and the front matter's `lang:` always wins.
 */

/** Scripts that name one language here. Cyrillic and Arabic script serve several: not guessed. */
const SCRIPTS: [RegExp, string][] = [
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, 'ja'],
  [/\p{Script=Hangul}/u, 'ko'],
  [/\p{Script=Han}/u, 'zh'],
  [/\p{Script=Greek}/u, 'el'],
  [/\p{Script=Hebrew}/u, 'he'],
  [/\p{Script=Thai}/u, 'th'],
];

/** Each language's commonest short words: articles, pronouns, conjunctions; none common in another of these languages. */
const WORDS: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'is', 'that', 'it', 'you', 'this', 'with', 'was', 'have', 'what', 'be', 'are', 'not', 'they', 'so', 'but', 'for'],
  fr: ['le', 'les', 'des', 'est', 'et', 'une', 'dans', 'pour', 'pas', 'qui', 'nous', 'sur', 'au', 'ce', 'cette', 'sont', 'avec', 'mais', 'vous', 'du'],
  es: ['el', 'los', 'las', 'es', 'una', 'por', 'para', 'con', 'del', 'lo', 'pero', 'como', 'más', 'sí', 'está', 'muy', 'también', 'hay', 'yo', 'nos'],
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'ein', 'eine', 'ich', 'zu', 'mit', 'auf', 'den', 'wir', 'sie', 'wie', 'auch', 'sich', 'dass', 'aber'],
  pt: ['os', 'não', 'um', 'uma', 'em', 'com', 'mas', 'muito', 'isso', 'você', 'são', 'foi', 'ao', 'pelo', 'nós', 'ela', 'eu', 'já', 'dos', 'sim'],
  it: ['il', 'che', 'di', 'gli', 'non', 'sono', 'della', 'per', 'anche', 'questo', 'molto', 'io', 'noi', 'ho', 'si', 'ma', 'nel', 'alla', 'perché', 'come'],
  nl: ['het', 'een', 'van', 'niet', 'dat', 'ik', 'wij', 'zijn', 'maar', 'ook', 'voor', 'op', 'dit', 'heel', 'wat', 'hebben', 'naar', 'jij', 'bij', 'er'],
};
const WORD_LANG = new Map<string, string>();
for (const [lang, words] of Object.entries(WORDS)) for (const w of words) if (!WORD_LANG.has(w)) WORD_LANG.set(w, lang);

/** The language `text` is written in, or null when the text does not make it clear. */
export function detectLanguage(text: string): string | null {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters < 40) return null;
  for (const [script, lang] of SCRIPTS) {
    const n = text.match(new RegExp(script.source, 'gu'))?.length ?? 0;
    // Japanese is Han and kana together: a few kana per hundred letters is enough to tell.
    const share = lang === 'ja' ? (n + (text.match(/\p{Script=Han}/gu)?.length ?? 0)) / letters : n / letters;
    if (share > 0.5 && (lang !== 'ja' || n / letters > 0.05)) return lang;
  }
  const counts = new Map<string, number>();
  let words = 0;
  for (const w of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    words++;
    const lang = WORD_LANG.get(w);
    if (lang) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  }
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  // Clear: the commonest words are a good share of the text, and twice the runner-up's.
  if (!first || first[1] < Math.max(8, words * 0.08) || (second && first[1] < second[1] * 2)) return null;
  return first[0];
}
