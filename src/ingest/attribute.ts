import { words } from './text.ts';

/**
 * Who says an unlabelled paragraph, when one side of the interview is unlabelled.
 *
 * In the common scraped format the interviewer is unlabelled and a guest's long answer
 * continues in unlabelled paragraphs. Between one labelled paragraph and the next label of
 * the same speaker, the unlabelled paragraphs are therefore: first zero or more that continue
 * the labelled speaker, then at least one by the other side (a new label means someone else
 * spoke in between). Attribution picks that split point, scoring each paragraph on evidence:
 * questions, reactions that open a turn ("Yeah.", "Right.", "I'm curious..."), discourse
 * markers that continue one ("And then...", "But second..."), the company "we" versus the
 * addressing "you", and a per-document word model trained on the document's own certain
 * examples of each voice.
 */

const TURN_OPENER =
  /^(yeah|yep|yup|yes|right|okay|ok|got it|sure|well|oh|interesting|fair|fair enough|that'?s (a |an )?(great|good|fair|interesting|right|true|helpful|amazing)|that was my|i see|absolutely|totally|exactly|mhm|hmm|huh|wow|i'?m curious|i guess the question|i want to (ask|talk|go|get)|let me ask|let'?s (talk|go|turn)|speaking of|i wonder|what about|how about|tell me|you (said|mentioned|talked|had|did|were|know|just)|you(?:'ve| have) (said|written|argued|described|called|told|mentioned)|you (wrote|argue|write|describe|call)|so you|that (sounds|seems)|sounds like)\b/i;
const CONTINUATION_OPENER =
  /^(and|but|also|second|secondly|the second|third|thirdly|plus|because|which|first of all|on the (first|second|other|third)|now|again|anyway|that said|in other words|for example|the other (thing|part)|the way that|then|after that|later)\b/i;

/** A Japanese question anywhere in a paragraph, its particle and a full stop, no question mark: `水はなぜ橋の敵なのですか。` (what a labelled voice says, counted for its side). */
export const JA_ASKS = /(?:ですか|ますか|でしょうか|ませんか|のですか|んですか|のか|だろうか)[。．]/u;
/**
 * A question as Japanese closes one, its polite particle and a full stop, no question mark
 * (`なぜ橋なのですか。`, `何でしょうか。`); not the tag an answer closes on, `大事じゃないですか。`
 * ("isn't it"), nor a question the speaker puts to herself, `誰が責任を取るのか。`.
 */
export const JA_ASKS_END = /(?<!(?:じゃ|では)ない)(?:ですか|ますか|でしょうか|ませんか)[。．]\s*[」』）)]?$/u;

/** The Hangul syllables that close on ㄴ, as the ending -ㄴ가 joins the word before it (`어떤가`, `그런가`). */
const NIEUN_CLOSED = Array.from({ length: 19 * 21 }, (_, i) => String.fromCharCode(0xac00 + i * 28 + 4)).join('');
/** A question as a Korean paper prints one, a full stop after the ending that asks (`몇 개를 폐쇄했나.`, `왜 그런가.`, `소금은 어떤가.`, `무엇입니까.`), or after the topic alone (`앞으로의 계획은.`). */
export const KO_ASKS = new RegExp(String.raw`\p{Script=Hangul}(?:나|는가|은가|인가|던가|까|냐|니)\.\s*$|[${NIEUN_CLOSED}]가\.\s*$|^[^.!?]{1,20}\p{Script=Hangul}[은는]\.\s*$`, 'u');

/**
 * A question as speech-to-text without punctuation writes one, read only where no turn of the file
 * has a stop, a comma or a question mark: a Chinese particle or question word closing it (`那未来呢`,
 * `桥梁最大的敌人是什么`), Japanese's `か` (`安全ですか`), a Korean ending that asks (`시작하셨나요`,
 * `무엇입니까`), or an English question's opening words (`what is the biggest enemy`, `do you ...`).
 */
export const asksUnpunctuated = (text: string): boolean => {
  const end = text.trim().slice(-12);
  // (Japanese's as it would close with its full stop, read by the same pattern: not the tag `大事じゃないですか`.)
  return /(?:吗|嗎|呢|么|麼|什么|什麼|怎么样|怎麼樣|为什么|為什麼|如何|哪里|哪裡|哪些|多少)$/u.test(end) || JA_ASKS_END.test(`${end}。`) || /\p{Script=Hangul}(?:나요|까요|니까|가요|습니까)$/u.test(end) ||
    /^(?:(?:so|and|but|okay|ok|well|now)\s+)?(?:what|why|how|when|where|who|which|do you|did you|does it|are you|were you|is it|is there|can you|could you|would you|will you|have you|tell me)\b/i.test(text.trim());
};

/** Whether a paragraph holds a question anywhere: a question mark of any script, Greek's `;` in Greek words, Japanese's particle or a Korean ending and a full stop. */
export const holdsQuestion = (text: string): boolean => /[?？¿؟]/.test(text) || (/[;;]/.test(text) && /\p{Script=Greek}/u.test(text)) || JA_ASKS.test(text) || KO_ASKS.test(text);

/** How much a paragraph sounds like the interviewer (positive) rather than the guest (negative). */
export function interviewerLikeness(text: string, guestNames: string[] = []): number {
  const t = text.trim().replace(/^[“"'‘]/, '').replace(/’/g, "'");
  let s = 0;
  // (A question mark of any script closing it: the full-width `？` of Chinese and Japanese, the Arabic `؟`; or Japanese's asking particle.)
  if (/[?？؟]["”’)»」』]*$/u.test(t) || JA_ASKS_END.test(t)) s += 3;
  else if (/\?/.test(t)) s += 1.5;
  if (TURN_OPENER.test(t)) s += 2;
  if (/^so\b/i.test(t)) s -= 1;
  else if (CONTINUATION_OPENER.test(t)) s -= 2;
  const w = words(t);
  if (w.some((x) => x === 'you' || x === 'your' || x === "you're" || x === "you've" || x === "you'd" || x === 'yourself')) s += 0.5;
  if (w.some((x) => x === 'we' || x === 'our' || x === 'us' || x === "we're" || x === "we've" || x === "we'll")) s -= 1.5;
  for (const name of guestNames) {
    const first = name.split(/\s+/)[0]?.toLowerCase();
    if (first && first.length > 2 && w.includes(first)) s += 1;
  }
  return s;
}

/** Bonus for the paragraph where the other side's turn begins, when it opens like a new turn. */
export function opensTurn(text: string): number {
  return TURN_OPENER.test(text.trim().replace(/^[“"'‘]/, '').replace(/’/g, "'")) ? 2 : 0;
}

/** A tiny naive-Bayes word model of two voices, trained on one document's certain paragraphs. */
export class VoiceModel {
  private counts = [new Map<string, number>(), new Map<string, number>()];
  private totals = [0, 0];
  private docs = [0, 0];
  private vocab = -1;

  add(voice: 0 | 1, text: string): void {
    for (const w of words(text)) {
      this.counts[voice]!.set(w, (this.counts[voice]!.get(w) ?? 0) + 1);
      this.totals[voice]!++;
    }
    this.docs[voice]!++;
    this.vocab = -1;
  }

  /** Whether it has enough examples of each voice to tell them apart. */
  trained(): boolean {
    return this.docs[0]! >= 4 && this.docs[1]! >= 4;
  }

  /** Log-odds that `text` is voice 1 rather than voice 0, scaled to about [-2, 2]; 0 without enough examples. */
  score(text: string): number {
    if (!this.trained()) return 0;
    if (this.vocab < 0) this.vocab = new Set([...this.counts[0]!.keys(), ...this.counts[1]!.keys()]).size;
    const vocab = this.vocab;
    const ws = words(text);
    if (ws.length === 0) return 0;
    let sum = 0;
    for (const w of ws) {
      if (!this.counts[0]!.has(w) && !this.counts[1]!.has(w)) continue;
      const p1 = ((this.counts[1]!.get(w) ?? 0) + 1) / (this.totals[1]! + vocab);
      const p0 = ((this.counts[0]!.get(w) ?? 0) + 1) / (this.totals[0]! + vocab);
      sum += Math.log(p1 / p0);
    }
    return Math.max(-2, Math.min(2, sum / Math.sqrt(ws.length)));
  }
}

export interface RunInput {
  /** Unlabelled paragraphs in order. */
  texts: string[];
  /** Per paragraph: true = forced to continue the labelled speaker, false = forced to the other side, null = free. */
  forced: (boolean | null)[];
  /** The other side must speak at least once before the next label (it is the same speaker's). */
  otherMustSpeak: boolean;
  /** Is the labelled speaker the guest (so the unlabelled side is the interviewer)? */
  labelledIsGuest: boolean;
  model: VoiceModel;
  guestNames: string[];
}

export interface Split {
  /** The first k paragraphs continue the labelled speaker, the rest are the other side's. */
  k: number;
  /** The next best split point, and by how much it scored lower (0: a tie). */
  alternative: number | null;
  margin: number;
}

/** Where a run of unlabelled paragraphs passes from the labelled speaker to the other side. */
export function splitRun(input: RunInput): Split {
  const { texts, forced } = input;
  const n = texts.length;
  // c > 0: sounds like the labelled speaker continuing.
  const c = texts.map((t) => {
    const i = interviewerLikeness(t, input.guestNames);
    return (input.labelledIsGuest ? -i : i) + 0.75 * input.model.score(t);
  });
  const scored: { k: number; s: number }[] = [];
  const maxK = input.otherMustSpeak ? n - 1 : n;
  for (let k = 0; k <= maxK; k++) {
    let ok = true;
    for (let j = 0; j < n; j++) if (forced[j] != null && forced[j] !== j < k) ok = false;
    if (!ok) continue;
    let s = 0;
    for (let j = 0; j < n; j++) s += j < k ? c[j]! : -c[j]!;
    if (k < n && input.labelledIsGuest) s += opensTurn(texts[k]!);
    // (An interviewer's turn is mostly one paragraph, a question; an answer runs on: each paragraph
    // more given to the interviewer costs a little, so that one saying nothing either way goes on
    // with the answer, not ahead of the question. Only where the file is too short for its word
    // model: a long one tells its own habits, an interviewer who sets out a point before asking.)
    if (input.labelledIsGuest && n - k > 1 && !input.model.trained()) s -= 0.25 * (n - k - 1);
    scored.push({ k, s });
  }
  if (scored.length === 0) {
    // Overrides contradict the structure; honour them paragraph by paragraph.
    const k = forced.findIndex((f) => f !== true) === -1 ? n : forced.findIndex((f) => f !== true);
    return { k, alternative: null, margin: Infinity };
  }
  // Ties go to the other side: a new speaker is the safer reading of an unmarked paragraph. But
  // not to an unlabelled interviewer who need not speak (someone else labelled next, or no one):
  // nothing shows that anyone asked, and the guest labelled above goes on. (An unlabelled guest
  // does answer the labelled interviewer's last words, asking or not.)
  const goesOn = !input.otherMustSpeak && input.labelledIsGuest;
  let best = scored[0]!;
  for (const x of scored) if (x.s > best.s + 1e-9 || (goesOn && x.s > best.s - 1e-9)) best = x;
  let second: { k: number; s: number } | null = null;
  for (const x of scored) if (x.k !== best.k && (!second || x.s > second.s)) second = x;
  return { k: best.k, alternative: second?.k ?? null, margin: second ? best.s - second.s : Infinity };
}
