/**
 * The language a transcript is written in, when its front matter does not say: the page's `lang`
 * (what screen readers speak it as, how dates are written, how search splits its words).
 *
 * Read from the text itself, in two steps: a script only one language here is written in (Han
 * without kana is Chinese, with kana Japanese; Hangul Korean...), else, for Cyrillic, the letters
 * only one of its languages uses, and for Latin, Arabic and Devanagari script, the language whose
 * most common short words the text uses most. Only a clear reading counts: mixed or short text
 * stays `en`, the default, and the front matter's `lang:` always wins.
 */

/** Scripts that name one language here. */
const SCRIPTS: [RegExp, string][] = [
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, 'ja'],
  [/\p{Script=Hangul}/u, 'ko'],
  [/\p{Script=Han}/u, 'zh'],
  [/\p{Script=Greek}/u, 'el'],
  [/\p{Script=Hebrew}/u, 'he'],
  [/\p{Script=Thai}/u, 'th'],
  [/\p{Script=Bengali}/u, 'bn'],
  [/\p{Script=Tamil}/u, 'ta'],
  [/\p{Script=Telugu}/u, 'te'],
  [/\p{Script=Gujarati}/u, 'gu'],
  [/\p{Script=Gurmukhi}/u, 'pa'],
  [/\p{Script=Kannada}/u, 'kn'],
  [/\p{Script=Malayalam}/u, 'ml'],
  [/\p{Script=Sinhala}/u, 'si'],
  [/\p{Script=Georgian}/u, 'ka'],
  [/\p{Script=Armenian}/u, 'hy'],
  [/\p{Script=Khmer}/u, 'km'],
  [/\p{Script=Myanmar}/u, 'my'],
];

/** Each language's commonest short words: articles, pronouns, conjunctions; none common in another of these languages. */
const WORDS: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'is', 'that', 'it', 'you', 'this', 'with', 'was', 'have', 'what', 'be', 'are', 'not', 'they', 'so', 'but', 'for'],
  fr: ['le', 'les', 'des', 'est', 'et', 'une', 'dans', 'pour', 'pas', 'qui', 'nous', 'sur', 'au', 'ce', 'cette', 'sont', 'avec', 'mais', 'vous', 'du'],
  es: ['el', 'los', 'las', 'es', 'una', 'por', 'para', 'con', 'del', 'lo', 'pero', 'como', 'más', 'sí', 'está', 'muy', 'también', 'hay', 'yo', 'nos'],
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'ein', 'eine', 'ich', 'zu', 'mit', 'auf', 'den', 'wir', 'sie', 'wie', 'auch', 'sich', 'dass', 'aber'],
  // (And words no other language here writes alone: `é`, `ele`, `então`, `pela`, `num`, `lhe`, `estão`, `têm`.)
  pt: ['os', 'não', 'um', 'uma', 'em', 'com', 'mas', 'muito', 'isso', 'você', 'são', 'foi', 'ao', 'pelo', 'nós', 'ela', 'eu', 'já', 'dos', 'sim', 'é', 'ele', 'então', 'também', 'pela', 'num', 'numa', 'lhe', 'isto', 'estão', 'têm', 'aos'],
  // (Catalan: none of these Spanish's, French's or Italian's, `són` not `son`, `perquè` not `perché`.)
  ca: ['els', 'amb', 'això', 'aquest', 'aquesta', 'aquests', 'dels', 'molt', 'també', 'són', 'perquè', 'nosaltres', 'ells', 'seva', 'meva', 'doncs', 'tenim'],
  it: ['il', 'che', 'di', 'gli', 'non', 'sono', 'della', 'per', 'anche', 'questo', 'molto', 'io', 'noi', 'ho', 'si', 'ma', 'nel', 'alla', 'perché', 'come'],
  nl: ['het', 'een', 'van', 'niet', 'dat', 'ik', 'wij', 'zijn', 'maar', 'ook', 'voor', 'op', 'dit', 'heel', 'wat', 'hebben', 'naar', 'jij', 'bij', 'er', 'zich', 'omdat', 'waarom', 'uit', 'wel', 'geen', 'hij', 'worden', 'wordt', 'werd', 'nog', 'mijn', 'deze'],
  pl: ['nie', 'się', 'jest', 'że', 'jak', 'ale', 'czy', 'są', 'już', 'tylko', 'tak', 'bardzo', 'może', 'jego', 'który', 'która', 'przez', 'jestem', 'mnie', 'też'],
  sv: ['och', 'att', 'är', 'inte', 'jag', 'som', 'av', 'för', 'med', 'har', 'till', 'ett', 'vi', 'men', 'också', 'mycket', 'kan', 'från', 'eller', 'när'],
  tr: ['ve', 'bir', 'bu', 'için', 'ile', 'çok', 'ama', 'daha', 'olarak', 'gibi', 'değil', 'ben', 'biz', 'var', 'yok', 'şey', 'ne', 'kadar', 'sonra', 'mı'],
  cs: ['že', 'tady', 'jsem', 'jsou', 'které', 'který', 'jeho', 'také', 'byl', 'bylo', 'není', 'když', 'protože', 'jsme', 'už', 'mě', 'být', 'jen', 'nebo', 'ještě'],
  hu: ['az', 'és', 'hogy', 'nem', 'egy', 'volna', 'meg', 'csak', 'már', 'volt', 'mert', 'ez', 'azt', 'ami', 'amit', 'vagy', 'nagyon', 'aki', 'lesz', 'kell'],
  fi: ['ja', 'on', 'ei', 'että', 'oli', 'ovat', 'mutta', 'kun', 'niin', 'myös', 'hän', 'minä', 'tämä', 'joka', 'kuin', 'vain', 'mitä', 'jos', 'nyt', 'olen', 'kanssa', 'miksi', 'koska', 'sitä', 'siitä', 'sitten', 'kaikki', 'jokainen', 'paljon', 'aina', 'yhä'],
  ro: ['și', 'în', 'nu', 'acum', 'că', 'pe', 'cu', 'mai', 'din', 'care', 'sunt', 'pentru', 'dar', 'foarte', 'fost', 'acest', 'noi', 'aceasta', 'sau', 'asta'],
  id: ['yang', 'dan', 'ini', 'itu', 'dengan', 'untuk', 'tidak', 'dari', 'dalam', 'akan', 'ada', 'kami', 'saya', 'juga', 'karena', 'bisa', 'pada', 'sudah', 'atau', 'mereka'],
  vi: ['và', 'của', 'là', 'có', 'không', 'những', 'được', 'cho', 'với', 'các', 'này', 'một', 'người', 'trong', 'đã', 'để', 'khi', 'thì', 'rất', 'cũng'],
  hi: ['है', 'के', 'में', 'की', 'और', 'को', 'से', 'का', 'यह', 'नहीं', 'हैं', 'था', 'पर', 'भी', 'कि', 'एक', 'तो', 'हम', 'आप', 'लेकिन'],
  mr: ['आहे', 'आणि', 'नाही', 'आहेत', 'होते', 'मी', 'तुम्ही', 'आम्ही', 'म्हणून', 'पण', 'हे', 'ते', 'या', 'त्या', 'मध्ये', 'केले', 'होता', 'आपण', 'काय', 'खूप'],
  ar: ['في', 'من', 'على', 'أن', 'إلى', 'التي', 'الذي', 'هذا', 'هذه', 'عن', 'مع', 'كان', 'لا', 'ما', 'هو', 'هي', 'أو', 'ذلك', 'لم', 'قد'],
  fa: ['و', 'در', 'به', 'از', 'که', 'این', 'را', 'با', 'است', 'برای', 'آن', 'یک', 'می', 'ما', 'شما', 'هم', 'بود', 'شد', 'کرد', 'اما'],
  // (Not Swahili's commonest, `na`, `ya`, `za`, `la`: Portuguese, Spanish, Polish and French write them too.)
  sw: ['kwa', 'katika', 'kwamba', 'kuwa', 'hii', 'hiyo', 'huo', 'sana', 'lakini', 'pia', 'kama', 'yake', 'wake', 'sisi', 'mimi', 'wewe', 'kila', 'zaidi', 'wa', 'ni'],
  // (Filipino: not `na`, `para`, `pero`, `din`, which Swahili, Spanish and Romanian write too.)
  fil: ['ang', 'ng', 'mga', 'sa', 'ay', 'ako', 'hindi', 'siya', 'niya', 'kami', 'namin', 'natin', 'ninyo', 'ito', 'iyon', 'lang', 'rin', 'po', 'kung', 'noong', 'kasi', 'dahil', 'yung', 'naman', 'talaga'],
  // Danish and Norwegian share most of these (none of them Swedish: not `mig`, `dig`, `efter`); NORWEGIAN tells them apart.
  da: ['og', 'ikke', 'jeg', 'til', 'hun', 'af', 'hvad', 'hva', 'meget', 'mye', 'meg', 'deg', 'havde', 'hadde', 'blev', 'ble', 'noget', 'noe', 'også', 'være', 'kun', 'bare', 'nogle', 'hvordan', 'etter'],
};
/** Words Norwegian writes where Danish writes another (`av`/`af`, `hva`/`hvad`, `meg`/`mig`...): more of them than of Danish's, Norwegian. */
const NORWEGIAN = new Set(['av', 'hva', 'mye', 'meg', 'deg', 'hadde', 'ble', 'noe', 'etter', 'bare', 'ikkje', 'kva']);
const DANISH = new Set(['af', 'hvad', 'meget', 'mig', 'dig', 'havde', 'blev', 'noget', 'efter', 'kun']);
/**
 * Letters only one language here writes (Vietnamese's tone marks, Turkish dotless ı and ğ, Polish ł,
 * Czech ř...): a short text whose commonest words are too few to tell is that language when words
 * of three kinds or more carry its letters and no other language's do as often (a name written
 * again and again, `Erdoğan` in an English text, is one word).
 */
/** Letters only Vietnamese writes among the languages in Latin letters: `ơ`, `ư`, and the vowels with two marks, `ấ`, `ờ`, `ặ`. */
export const VIETNAMESE_LETTERS = /[ơưƠƯ\u1EA0-\u1EF9]/u;
const LETTERS: [string, RegExp][] = [
  ['vi', VIETNAMESE_LETTERS],
  ['tr', /[ıİğĞ]/u],
  ['pl', /[łŁżŻźŹśŚńŃąĄęĘ]/u],
  ['cs', /[řŘěĚůŮ]/u],
  ['hu', /[őŐűŰ]/u],
  ['ro', /[șȘțȚ]/u],
  ['pt', /[ãõÃÕ]/u],
  ['es', /[ñÑ¿¡]/u],
  ['de', /[ßẞ]/u],
  ['da', /[æøÆØ]/u],
];
/**
 * Letters a language writes, not its own alone (German `ü`, Swedish `å`, French `é`...): a short
 * text whose commonest words lean to that language, three of them and twice the runner-up's, is
 * read as it where two of its words carry them.
 */
const ACCENTS: Record<string, RegExp> = {
  de: /[äöüß]/u, sv: /[åäö]/u, fi: /[äö]/u, fr: /[éèêàçœùûî]/u, es: /[ñáéíóú]/u, pt: /[ãõçáéêóâ]/u, it: /[àèéìòù]/u,
  pl: /[ąćęłńóśźż]/u, cs: /[čďěňřšťůžáéíý]/u, tr: /[çğıöşü]/u, ro: /[ăâîșț]/u, hu: /[áéíóöőúüű]/u, da: /[æøå]/u,
};
/**
 * Words of another language's list that a language writes as often (Portuguese `por`, `para`,
 * `como`, Spanish's too; `mais`, French's; Indonesian `di`, Italian's): between those two leading,
 * they count for neither.
 */
const ALSO: Record<string, string[]> = { pt: ['por', 'para', 'como', 'mais'], id: ['di'] };
const WORD_LANG = new Map<string, string>();
for (const [lang, words] of Object.entries(WORDS)) for (const w of words) if (!WORD_LANG.has(w)) WORD_LANG.set(w, lang);

/** The language `text` is written in, or null when the text does not make it clear. */
export function detectLanguage(text: string): string | null {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  // (A dozen letters of a script one language here writes, Chinese or Tamil, are enough; a language
  // told by its words takes forty.)
  if (letters < 12) return null;
  for (const [script, lang] of SCRIPTS) {
    const n = text.match(new RegExp(script.source, 'gu'))?.length ?? 0;
    // Japanese is Han and kana together: a few kana per hundred letters is enough to tell.
    const share = lang === 'ja' ? (n + (text.match(/\p{Script=Han}/gu)?.length ?? 0)) / letters : n / letters;
    if (share > 0.5 && (lang !== 'ja' || n / letters > 0.05)) return lang;
  }
  if (letters < 40) return null;
  const cyrillic = text.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
  if (cyrillic / letters > 0.5) return cyrillicLanguage(text, cyrillic);
  const counts = new Map<string, number>();
  let words = 0;
  // (Words with their marks: Devanagari's vowel signs are marks, `है`.)
  for (const w of text.toLowerCase().match(/[\p{L}\p{M}]+/gu) ?? []) {
    words++;
    const lang = WORD_LANG.get(w);
    if (lang) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  }
  let [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  if (first && second) {
    // (Portuguese and Spanish leading: `por`, `para`, `como` are both's, counted for neither.)
    const [a, b] = ALSO[first[0]] ? [second, first] : [first, second];
    const shared = ALSO[b[0]] ? (text.toLowerCase().match(/[\p{L}\p{M}]+/gu) ?? []).filter((w) => ALSO[b[0]]!.includes(w) && WORD_LANG.get(w) === a[0]).length : 0;
    if (shared) {
      counts.set(a[0], a[1] - shared);
      [first, second] = [...counts].sort((x, y) => y[1] - x[1]);
    }
  }
  // Clear: the commonest words are a good share of the text, and twice the runner-up's.
  const clear = first && first[1] >= Math.max(8, words * 0.08) && !(second && first[1] < second[1] * 2);
  const leaning = first && first[1] >= 3 && !(second && first[1] < second[1] * 2) ? first[0] : null;
  // (Or, too short to be clear, leaning three to one or more: `Vraag: Hoe bent u met bruggen
  // begonnen?`, a short Dutch Q&A, is Dutch, not the English a site would otherwise assume.)
  const strongly = leaning && first && first[1] >= 3 * (second?.[1] ?? 0) ? leaning : null;
  let lang = clear && first ? first[0] : (byLetters(text, first && first[1] >= 3 ? first[0] : null) ?? (leaning && accented(text, leaning) ? leaning : strongly));
  // (Swedish and Danish or Norwegian leading together, as the words they share, `av`, `som`, `med`,
  // `har`, `vi`, tie a short text: their letters tell, `ø` and `æ` never Swedish's, `ä` and `ö`
  // never theirs, in two words or more.)
  if (lang == null && first && second && first[1] >= 3 && [first[0], second[0]].sort().join() === 'da,sv') {
    const own = (re: RegExp) => new Set(text.toLowerCase().match(re) ?? []).size;
    const [nordic, swedish] = [own(/\p{L}*[æø]\p{L}*/gu), own(/\p{L}*[äö]\p{L}*/gu)];
    lang = nordic >= 2 && swedish === 0 ? 'da' : swedish >= 2 && nordic === 0 ? 'sv' : null;
  }
  if (lang == null && (text.match(/\p{Script=Arabic}/gu)?.length ?? 0) / letters > 0.5) return arabicLanguage(text);
  // (Swedish by the words the three languages share, `har`, `med`, `kan`, in a text writing `ø` or
  // `æ` in two words or more and never Swedish's `ä` or `ö`: Danish or Norwegian.)
  const scandinavian = lang === 'sv' && !/[äöÄÖ]/u.test(text) && new Set(text.toLowerCase().match(/\p{L}*[æø]\p{L}*/gu) ?? []).size >= 2;
  if (lang !== 'da' && !scandinavian) return lang;
  let no = 0;
  let da = 0;
  for (const w of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (NORWEGIAN.has(w)) no++;
    else if (DANISH.has(w)) da++;
  }
  return no > da ? 'nb' : da > no ? 'da' : null;
}

/** Two words of `text` or more carry letters `lang` writes (ACCENTS). */
function accented(text: string, lang: string): boolean {
  const letters = ACCENTS[lang];
  if (!letters) return false;
  const words = new Set((text.toLowerCase().match(/[\p{L}\p{M}]+/gu) ?? []).filter((w) => letters.test(w)));
  return words.size >= 2;
}

/** The language whose own letters words of three kinds carry, twice as many as another's; none where the commonest words (`words`, three of them or more) say another language. */
function byLetters(text: string, words: string | null): string | null {
  const kinds = new Map<string, Set<string>>();
  // (Spanish's opening marks with the word they open: `¿Por`.)
  for (const w of text.toLowerCase().match(/[¿¡]?[\p{L}\p{M}]+/gu) ?? []) {
    for (const [lang, letters] of LETTERS) if (letters.test(w)) kinds.set(lang, (kinds.get(lang) ?? new Set()).add(w));
  }
  const [first, second] = [...kinds].map(([lang, set]) => [lang, set.size] as const).sort((a, b) => b[1] - a[1]);
  if (!first || first[1] < 3 || (second && first[1] < second[1] * 2)) return null;
  return words == null || words === first[0] ? first[0] : null;
}

/**
 * Arabic script's languages by their letters, where the commonest words are too few to tell:
 * Persian's پ چ ژ گ and its own yeh and kaf (ی ک); Urdu's ٹ ڈ ڑ ں ے; Arabic's ي and ك with
 * none of those, Arabic. Mixed: null.
 */
function arabicLanguage(text: string): string | null {
  const has = (re: RegExp) => re.test(text);
  const urdu = has(/[ٹڈڑںے]/u);
  const persian = has(/[پچژگیک]/u);
  // (Urdu: its letters, and none of Arabic's own; a page read right to left, not as English.)
  if (urdu) return has(/[ةى]/u) ? null : 'ur';
  if (persian) return has(/[يك]/u) ? null : 'fa';
  return has(/[يكةى]/u) ? 'ar' : null;
}

/**
 * Cyrillic's languages by the letters only one of them uses: Ukrainian і, ї, є; Belarusian ў;
 * Russian ы and э (which Ukrainian and Bulgarian lack); Bulgarian ъ inside words (which Russian
 * writes rarely); Serbian ђ, ћ; Macedonian ѓ, ќ. None clearly: null.
 */
function cyrillicLanguage(text: string, letters: number): string | null {
  const count = (re: RegExp) => text.match(re)?.length ?? 0;
  const share = (re: RegExp) => count(re) / letters;
  if (share(/[ђћЂЋ]/gu) > 0.002) return 'sr';
  if (share(/[ѓќЃЌ]/gu) > 0.002) return 'mk';
  if (share(/[ўЎ]/gu) > 0.002) return 'be';
  const uk = share(/[іїєґІЇЄҐ]/gu);
  const ru = share(/[ыэЫЭ]/gu);
  const bg = share(/[ъЪ](?=\p{L})/gu);
  if (uk > 0.01 && ru < uk / 10) return 'uk';
  if (ru > 0.005 && uk < ru / 10 && bg < ru / 2) return 'ru';
  if (bg > 0.005 && ru < bg / 10 && uk < bg / 10) return 'bg';
  // (A short text without those letters, none of another language's either: Russian where its
  // own short words, `что`, `это`, `его`, `почему`, outnumber Bulgarian's, `това`, `като`, `че`.)
  if (uk === 0 && bg === 0) {
    const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
    const ruWords = words.filter((w) => RUSSIAN_WORDS.has(w)).length;
    const bgWords = words.filter((w) => BULGARIAN_WORDS.has(w)).length;
    if (ruWords >= 2 && bgWords === 0) return 'ru';
  }
  return null;
}
/** Short words Russian writes and its neighbours do not (Ukrainian `що`, `це`, `його`; Bulgarian `това`, `като`). */
const RUSSIAN_WORDS = new Set(['что', 'это', 'его', 'как', 'он', 'она', 'они', 'мы', 'вы', 'был', 'была', 'было', 'были', 'же', 'все', 'всё', 'только', 'если', 'или', 'уже', 'когда', 'почему', 'очень', 'меня', 'мне', 'вас', 'нас', 'её', 'этот', 'эта', 'эти', 'чтобы', 'где', 'здесь', 'сейчас', 'тоже', 'можно', 'нужно']);
const BULGARIAN_WORDS = new Set(['това', 'като', 'че', 'той', 'ние', 'са', 'съм', 'ще', 'тя', 'те', 'много', 'има', 'няма', 'защо', 'когато', 'сега']);

/** A question's or an answer's word, as Q&As label their turns, that only one language writes (not `Question`, English's and French's, nor `Svar`, Swedish's and Danish's), or its letter (`D.` Italian's domanda, `F:` German's Frage, `V:` Dutch's vraag). */
const LABEL_WORDS: Record<string, string[]> = {
  de: ['frage', 'antwort', 'f'],
  nl: ['vraag', 'antwoord', 'v'],
  es: ['pregunta', 'respuesta'],
  it: ['domanda', 'risposta', 'd'],
  pt: ['pergunta', 'resposta'],
  fr: ['réponse'],
  sv: ['fråga'],
  da: ['spørgsmål'],
  nb: ['spørsmål'],
  fi: ['kysymys', 'vastaus'],
  pl: ['pytanie', 'odpowiedź'],
  cs: ['odpověď'],
  sk: ['odpoveď'],
  hu: ['kérdés', 'válasz'],
  ro: ['întrebare', 'răspuns'],
  tr: ['soru', 'cevap', 'yanıt'],
  id: ['tanya', 'jawab', 'pertanyaan', 'jawaban'],
  ms: ['soalan', 'jawapan'],
  vi: ['hỏi', 'đáp'],
  sw: ['swali', 'jibu'],
};
const LABEL_LANG = new Map(Object.entries(LABEL_WORDS).flatMap(([lang, ws]) => ws.map((w) => [w, lang] as const)));

/**
 * The language the turns' labels are written in, where they are a Q&A's words only one language
 * writes (`Otázka:` and `Odpověď:`, `Kysymys:` and `Vastaus:`) and agree: for a text too short for
 * its words to tell. Else null.
 */
export function labelLanguage(keys: string[]): string | null {
  const langs = new Set(keys.flatMap((k) => LABEL_LANG.get(k.toLowerCase()) ?? []));
  return langs.size === 1 ? [...langs][0]! : null;
}

/** One of the commonest short words of a language told here by its words (`the`, `का`, `في`). */
export function isCommonWord(word: string): boolean {
  return WORD_LANG.has(word.toLowerCase());
}
