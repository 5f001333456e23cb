import { NAME_WORDS } from './labels.ts';

/**
 * An interview held by e-mail and pasted as the e-mail: the header a mail program copies above the
 * text (`From:`, `Sent:`, `To:`, `Subject:`, in its language: `Von:`, `An:`, `Betreff:`...), the
 * sender's closing and signature under the text (`Best,` / `Maria`), and the message a reply quotes
 * below it (`On Tue, Mar 3, 2026 at 10:14 AM Tom Becker <...> wrote:`, then `> ...` lines; or
 * `-----Original Message-----` and the rest).
 *
 * The header gives the title (the subject, without `RE:`, `AW:`, `Fwd:`) and, where the subject
 * says the e-mail replies, the sides: its sender answers the questions it quotes, the one it is
 * sent to asked them. Anywhere else the header names no one: a forwarded e-mail's sender may be
 * neither (a message forwarded under a note is read by its own header, under the forwarding
 * line). The header's lines, the closing from the sign-off down and the quoted message are no
 * words of the interview: removed, each with why.
 */
export interface EmailParts {
  /** The subject without its reply's and forward's marks, or null. */
  subject: string | null;
  /** 0-based line of the subject. */
  subjectLine: number;
  /** When it was sent, as the header writes it (`Wednesday, March 4, 2026 9:02 AM`), or null. */
  sent: string | null;
  /** In a reply: its sender, who answers, and the one it is sent to, who asked (full names), else null. */
  reply: { sender: string; recipient: string } | null;
  /** 0-based lines that are the e-mail's, not the interview's, with why. */
  removed: { line: number; reason: string }[];
  /** The lines with the questions quoted inline between the answers without their `> `, line for line. */
  lines: string[];
}

const FROM = /^(?:from|von|de|da|van|från|fra|od|от)\s*:\s*(.+)$/iu;
const TO = /^(?:to|an|à|a|para|aan|till|til|do|кому)\s*:\s*(.+)$/iu;
const SUBJECT = /^(?:subject|betreff|objet|asunto|oggetto|assunto|onderwerp|ämne|emne|temat|тема)\s*:\s*(.*)$/iu;
const SENT = /^(?:sent|date|gesendet|datum|envoyé|enviado|fecha|inviato|data|verzonden|skickat|sendt|wysłano|отправлено)\s*:/iu;
const OTHER_FIELD = /^(?:cc|bcc|kopie|cci|reply-to|importance|wichtigkeit|attachments|anlagen)\s*:/iu;
/** Marks before a subject: a reply's (`RE:`, `AW:`, `SV:`...) and a forward's (`Fwd:`, `WG:`, `TR:`...). */
const MARKS = /^(?:(?:re|aw|sv|vs|antw|rif|res|odp|fwd?|wg|tr|rv|enc|doorst)\s*(?:\[\d+\])?\s*[:：]\s*)+/iu;
const REPLY_MARK = /^(?:re|aw|sv|vs|antw|rif|res|odp)\s*(?:\[\d+\])?\s*[:：]/iu;
/** A full name: two words or more of a name, its particles between them. */
const FULL_NAME = new RegExp(`^${NAME_WORDS}$`, 'u');
/** An e-mail's opening saying its sender asks, or answers. */
const SENDER_ASKS = /\b(?:my|our|some|a few|these|the following) questions\b|\bagree(?:d|ing)? to answer\b|\bplease answer\b/i;
const SENDER_ANSWERS = /\b(?:my|our) answers\b|\banswers? (?:below|inline|in line)\b|\bhere are the answers\b/i;
/** The line above a quoted message, as mail programs write it. */
const QUOTE_HEAD = /^(?:On\s.{5,200}\swrote|Am\s.{5,200}\sschrieb\s.{1,120}|Le\s.{5,200}\sa\sécrit|El\s.{5,200}\sescribió|Il\s.{5,200}\sha\sscritto|Op\s.{5,200}\sschreef\s.{1,120})\s?:\s*$/u;
const ORIGINAL = /^[-_]{2,}\s*(?:original message|ursprüngliche nachricht|message d['’]origine|mensaje original|messaggio originale|oorspronkelijk bericht|originalmeddelande)\s*[-_]{2,}$/iu;
/** A sender's closing alone on its line: `Best,`, `Kind regards,`, `Viele Grüße`, `Cordialement,`. */
const CLOSING = /^(?:best|best regards|best wishes|kind regards|warm regards|warmly|regards|cheers|thanks|thank you|many thanks|thanks again|all the best|sincerely|yours|viele grüße|beste grüße|liebe grüße|herzliche grüße|mit freundlichen grüßen|cordialement|bien à vous|bien cordialement|amitiés|saludos|un saludo|atentamente|cordiali saluti|un saluto|saluti|met vriendelijke groet|groeten|hälsningar|med vänlig hälsning|pozdrawiam)[,!.]?$/iu;

function personIn(value: string): string | null {
  const bare = value.trim().replace(/\s*(?:<[^<>\s]+@[^<>\s]+>|\[mailto:[^\]\s]+\])$/u, '').replace(/^["']|["']$/g, '').trim();
  // (Several addressees, or an address alone: none of them is the one.)
  if (!bare || /[<>@;[\]]/.test(bare)) return null;
  // (Surname first, as a company's directory writes it: `Lopez, Maria`.)
  const inverted = /^([^,]+),\s*([^,]+)$/.exec(bare);
  const name = inverted ? `${inverted[2]!.trim()} ${inverted[1]!.trim()}` : bare;
  return /\s/.test(name) && FULL_NAME.test(name) ? name : null;
}

interface Header {
  /** 0-based lines: the header's first and the one after its last. */
  start: number;
  end: number;
  from: string;
  to: string;
  subject: string;
  subjectLine: number;
  sent: string | null;
}

/** A mail program's header at `start` (a sender, an addressee and a subject among three to eight fields, with an address or a date), or null. */
function headerAt(lines: string[], start: number): Header | null {
  let end = start;
  while (end < lines.length && end - start < 8 && [FROM, TO, SUBJECT, SENT, OTHER_FIELD].some((re) => re.test(lines[end]!.trim()))) end++;
  const header = lines.slice(start, end).map((l) => l.trim());
  const from = header.map((l) => FROM.exec(l)).find(Boolean);
  const to = header.map((l) => TO.exec(l)).find(Boolean);
  const subjectAt = header.findIndex((l) => SUBJECT.test(l));
  if (header.length < 3 || !from || !to || subjectAt === -1 || !(/@|\[mailto:/.test(from[1]! + to[1]!) || header.some((l) => SENT.test(l)))) return null;
  const sent = header.find((l) => SENT.test(l))?.replace(/^[^:]*:\s*/, '') ?? null;
  return { start, end, from: from[1]!, to: to[1]!, subject: SUBJECT.exec(header[subjectAt]!)![1]!.trim(), subjectLine: start + subjectAt, sent };
}

/** The line a mail program writes above a message it forwards: `---------- Forwarded message ---------`, `Begin forwarded message:`. */
const FORWARDED = /^(?:-{3,}\s*(?:forwarded message|weitergeleitete nachricht|message transféré|mensaje reenviado|messaggio inoltrato|doorgestuurd bericht|mensagem encaminhada)\s*-{3,}|begin forwarded message:|anfang der weitergeleiteten nachricht:)$/iu;

/** The e-mail's parts, where the file opens with a mail program's header; else null. */
export function emailParts(lines: string[]): EmailParts | null {
  const first = lines.findIndex((l) => l.trim() !== '');
  const outer = first === -1 ? null : headerAt(lines, first);
  if (!outer) return null;
  const removed: EmailParts['removed'] = [];
  for (let i = outer.start; i < outer.end; i++) removed.push({ line: i, reason: "the e-mail's header (its sender, addressee, date and subject: read for the title, the date and who answers)" });
  // (A message forwarded under a note, `Jane, here is Maria's interview`: its own header, under the
  // forwarding line, says who sent the answers, and when.)
  let inner: Header | null = null;
  for (let i = outer.end; i < Math.min(lines.length, outer.end + 12) && !inner; i++) {
    if (!FORWARDED.test(lines[i]!.trim())) continue;
    let at = i + 1;
    while (at < lines.length && lines[at]!.trim() === '') at++;
    inner = headerAt(lines, at);
    if (inner) {
      removed.push({ line: i, reason: 'the line above the message the e-mail forwards' });
      for (let k = inner.start; k < inner.end; k++) removed.push({ line: k, reason: "the forwarded message's header (its sender, addressee, date and subject: read for who answers)" });
    }
  }
  const mail = inner ?? outer;
  const end = mail.end;
  const subject = mail.subject.replace(MARKS, '').trim() || outer.subject.replace(MARKS, '').trim() || null;
  const sender = personIn(mail.from);
  const recipient = personIn(mail.to);
  // (Not where its opening says the sender asks: "Here are my questions", "thanks for agreeing to answer".)
  const opening = lines.slice(end).filter((l) => l.trim() !== '').slice(0, 3).join(' ');
  const asking = SENDER_ASKS.test(opening) && !SENDER_ANSWERS.test(opening);
  const reply = REPLY_MARK.test(mail.subject) && sender && recipient && sender !== recipient && !asking ? { sender, recipient } : null;

  // The message the reply quotes, below it: `On ... wrote:` over quoted lines to the end, or a
  // mail program's `-----Original Message-----` and everything after it.
  let quoted = lines.length;
  for (let i = end; i < lines.length; i++) {
    const l = lines[i]!.trim();
    if (!QUOTE_HEAD.test(l) && !ORIGINAL.test(l)) continue;
    const rest = lines.slice(i + 1).filter((x) => x.trim() !== '');
    if ((QUOTE_HEAD.test(l) && rest.length > 0 && rest.every((x) => x.trim().startsWith('>'))) || (ORIGINAL.test(l) && rest.length > 0)) {
      quoted = i;
      break;
    }
  }
  for (let i = quoted; i < lines.length; i++) if (lines[i]!.trim()) removed.push({ line: i, reason: 'the message the e-mail replies to, quoted below it' });

  // The sender's closing and signature: a sign-off alone on its line, the sender's name (or first
  // name) within the next two lines, and no more than eight lines to the quoted message.
  const before = lines.slice(end, quoted);
  const nonBlank = before.map((l, k) => [l.trim(), end + k] as const).filter(([l]) => l !== '');
  const firstNames = new Set([sender, sender?.split(/\s+/)[0]].filter((n): n is string => n != null));
  for (let k = Math.max(0, nonBlank.length - 9); k < nonBlank.length - 1; k++) {
    const [l] = nonBlank[k]!;
    const signed = nonBlank[k + 1]![0].replace(/^[-–—]+\s*/, '');
    if (CLOSING.test(l) && (firstNames.size ? firstNames.has(signed) : /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?$/u.test(signed)) && nonBlank[k + 1]![1] - nonBlank[k]![1] <= 2) {
      for (const [, i] of nonBlank.slice(k)) removed.push({ line: i, reason: "the e-mail's closing and its sender's signature" });
      break;
    }
  }
  const sent = mail.sent ?? outer.sent;
  // The questions a reply quotes inline, each above its answer (`> 1. Why timber?`, then the answer):
  // lines of the interview, without the mark. (Where quoted lines and the sender's alternate twice or more.)
  const out = [...lines];
  const quotedAt = (i: number) => /^\s*>/.test(lines[i]!);
  let runs = 0;
  for (let i = end; i < quoted; i++) if (quotedAt(i) && !quotedAt(i - 1) && lines.slice(i + 1, quoted).some((l, k) => l.trim() !== '' && !quotedAt(i + 1 + k))) runs++;
  if (runs >= 2) for (let i = end; i < quoted; i++) if (quotedAt(i)) out[i] = lines[i]!.replace(/^\s*>\s?/, '');
  return { subject, subjectLine: mail.subject.replace(MARKS, '').trim() ? mail.subjectLine : outer.subjectLine, sent, reply, removed, lines: out };
}
