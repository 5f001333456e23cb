import type { Blockquote, Definition, Html, PhrasingContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import { unified, type Processor } from 'unified';
import { holdsQuestion, interviewerLikeness, JA_ASKS_END, KO_ASKS, splitRun, VoiceModel } from './attribute.ts';
import { givesDate, isDateline, opensWithDottedDate, statedDate } from './dates.ts';
import { IngestError, warning } from './diagnostics.ts';
import { detectLanguage, isCommonWord, VIETNAMESE_LETTERS } from './language.ts';
import type { FrontMatter } from './frontmatter.ts';
import { CHAPTER_TIME, CHAPTERS_HEADER, endsWithTime, withoutTimeAfter, type Chapter } from './chapters.ts';
import { blocksToHtml, headingIds, NOTE_NUMBER } from './html.ts';
import { RESERVED_IDS, speakerPrefix, turnBaseId, uniqueId } from './ids.ts';
import { ATTENDEES_PLURAL, CJK_NAME_KEY, NOTE_KEY, ONE_NAME, STAMP_ONLY_RE, wrapWidth, isModeratorWord, FULL_NAME_KEY, ZH_SURNAMES, koreanName, caselessName, listItems, CAPS_NAME, CAPS_TITLED, creditLine, NAME_HEADING, NAME_THEN_ROLE, NAME_WORDS, nameHeadingLabels, CAPTION_MARK, hardWrapped, WRAPPED_LINE, PAGE_WORDS, couldBeSpeaker, foldName, headerLine, isPersonSideWord, isPlaceholder, isSideWord, leadingStamp, lineLabel, mastheadName, matchLabel, matchLabelOnly, roleWord, seconds, speakerKeyTest, TITLE, type LabelMatch, vocative } from './labels.ts';
import { AUTHOR_PAGE_URL, chromeMatch, COMMENTS_RE, RELATED_RE } from './lexicon.ts';
import { CALL_PART, PART_LINE } from './name-lines.ts';
import { PHOTO_CAPTION, POSTED_LINE } from './clean.ts';
import { WE_ASKED, SPOKE_WITH_US, capitalise, capitaliseName, greetedFirstNames, selfFirstName, GUEST_PHRASES, HOST_PHRASES, hostsNamedIn, introductionIn, isJob, isJobWord, jointName, offJob, jointRole, KANA_DOTTED, KO_TITLES, namedByAddress, namesIn, PROMPT, resolveSpeakers, type LabelUse, type Speaker } from './speakers.ts';
import { decodeEntities, dominantScript, endsLikeSentence, escapeRe, partsAtMost, stripMarkdownLinks, trimMarks, words as wordsOf } from './text.ts';
import type { Diagnostic, Paragraph, Removal, Role, Section, Turn } from './types.ts';

/**
 * Stage 2: cleaned text -> title, intro, sections of speaker turns, outro.
 * Input lines keep their source numbering (removed lines are blank), so every
 * paragraph knows the line it came from.
 */

export type { Speaker } from './speakers.ts';

export interface Parsed {
  title: string;
  /** Line the title was taken from, when it came from the text. */
  titleLine: number | null;
  guest: string | null;
  interviewer: string | null;
  intro: Paragraph[];
  sections: Section[];
  outro: Paragraph[];
  warnings: Diagnostic[];
  /** What became of each source line (0-based index), see LineUse. */
  lineUse: LineUse[];
  uncertain: Uncertain[];
  /** Lines the structure shows to be chrome (a related-stories list after the interview). */
  removed: Removal[];
}

/** A paragraph no label attributes, where the evidence for its speaker is weak. */
export interface Uncertain {
  line: number;
  text: string;
  speaker: string;
  alternative: string;
  /** 0.5 (a coin toss) to 1 (certain). */
  confidence: number;
}

/**
 * What became of a source line: part of the title, intro, a heading, a turn, the outro, a
 * label-only line (`**Sam Altman:**` above the words), or markup with no text (a thematic
 * break, a link definition). Removed lines are marked by the cleaner, blank lines stay null.
 */
export type LineUse = 'title' | 'intro' | 'heading' | 'turn' | 'outro' | 'label' | 'markup' | 'spam' | 'chrome' | null;

/** A picture alone on its line: `![alt](src)`, a linked one `[![alt](src)](href)`, or HTML's `<img alt="...">`. */
const FIGURE_RE = /^(?:\[?!\[([^\]]*)\]\([^)]*\)(?:\]\([^)]*\))?|<img\b[^>]*?(?:\balt="([^"]*)")?[^>]*>)$/i;
/** A picture's credit: `Photo: Jane Doe`, `Photograph by ...`, `(Jane Doe/Rhine Works)`, `(Getty Images)`, `©`. */
const CREDIT_RE = /\b(?:photo(?:graph)?s?|image|illustration|picture|credit|foto|bild)\s*(?:by\b|:|©)|\((?:getty images|ap|afp|reuters|[^()]{1,40}\/[^()]{1,40})\)[.*_]*$|©/i;

/** A caption standing alone, as a copy of a page keeps it without its picture: `Photo: ...`, `Pictured: ...`, `*Above: ...*` (what the caption says is not in the first person). */
const LONE_CAPTION = /^[*_(]?\s*(?:photo(?:graph)?|pictured|above|image|imagen|immagine|caption|foto|fotografía|fotografia|bild|crédit photo|crédito)\s*:\s/i;
/** The same with the credit's "by", `Photo by Ana Silva`, `Foto di Ana Silva`: the name capitalised ("Foto de familia..." is no credit). */
const CAPTION_BY = /^[*_(]?\s*(?:[Pp]hoto|[Ff]oto|[Ff]otograf[ií]a) (?:by|di|von|de|par)\s+(?=\p{Lu})/u;
const loneCaption = (text: string) => LONE_CAPTION.test(text) || CAPTION_BY.test(text);

/**
 * A caption closing on its picture's credit, as the cleaner reads one (PHOTO_CAPTION: `...
 * Photograph: Ana Silva/The Guardian`, `... Illustration by Jane Doe`, `...Credit...Ana Silva for
 * The New York Times`): a caption whatever opens it, a name and a colon as a speaker's label too
 * (`Maria Lopez: ‘Steel warns.’ Photograph: ...`, a pull quote under a picture).
 */
const creditClosed = (text: string) => partsAtMost(text, 60) && PHOTO_CAPTION.test(stripMarkdownLinks(text).replace(/[*_]/g, '').trim());

/** Words under a picture that caption it: set whole in italics, crediting someone, or opening with the picture's description. */
function isCaption(text: string, alt: string): boolean {
  if (creditClosed(text)) return true;
  if (text.split(/\s+/).length > 80 || matchLabel(text.replace(/^[*_]+/, '')) != null) return false;
  const start = alt.toLowerCase().split(/\s+/).slice(0, 3).join(' ');
  return /^([*_])[^*_].*[^*_]\1$/s.test(text) || CREDIT_RE.test(text) || (start.split(' ').length === 3 && text.toLowerCase().replace(/^[*_]+/, '').startsWith(start));
}

interface Block {
  /** Set in a quote, where the file sets its turns so (`> **Tom:** ...`, ParseOptions.quotedLines). */
  quoted?: true;
  kind: 'heading' | 'para';
  /** Markdown heading (#) rather than a bare heading line. */
  markdownHeading: boolean;
  depth: number;
  node: RootContent;
  line: number;
  /** Last source line of the block. */
  endLine: number;
  singleLine: boolean;
  text: string;
  /** The speaker label it opens with (or the label-only line above it). */
  label: LabelMatch | null;
  /** The source line of a label alone above the words (`Maria L.` above `Mostly...`). */
  labelLine?: number;
  /** Where a time opening its words starts (`00:01:05 Why...?` after the label), and whether the block's time is it. */
  lead?: { at: number; timed: boolean };
  /** Characters of text to take off the front: the label, or a bare timestamp. */
  strip: number;
  /** Start time in seconds, from a timestamp at its start. */
  time: number | null;
  /** The whole paragraph is bold (how some publishers print the interviewer's questions). */
  bold: boolean;
  /** Opens with a dialogue dash ("— Pourquoi...?"): a question in interviews printed without names. */
  dash: boolean;
  /** `<!-- speaker: X -->` before it. */
  override: string | null;
  outroMarker: boolean;
  /** Half of a quick round's paragraph (`**Favourite bridge?** Porto.`): its bold question, or the answer after it. */
  round?: 'ask' | 'answer';
}

/** A heading's attributes after its words, as kramdown, Pandoc and Hugo write them: `{#water}`, `{#water .part}`, `{.unnumbered}`. */
const HEADING_ATTRIBUTES = /\s*\{\s*(?:[#.][A-Za-z][\w-]{0,80}|[A-Za-z][\w-]{0,40}=(?:"[^"\n]{0,200}"|[^\s}"]{1,200}))(?:\s+(?:[#.][A-Za-z][\w-]{0,80}|[A-Za-z][\w-]{0,40}=(?:"[^"\n]{0,200}"|[^\s}"]{1,200})))*\s*\}$/;
/** Every labelled block set in a quote, as a note quoting its conversation exchange by exchange sets them (ParseOptions.quotedLines). */
const turnsQuoted = (blocks: Block[]) => blocks.some((b) => b.label) && blocks.every((b) => !b.label || b.quoted);
const OVERRIDE_RE = /^<!--\s*speaker\s*:\s*(.+?)\s*-->$/i;
const OUTRO_RE = /^<!--\s*outro\s*-->$/i;
/** A kicker naming the piece's kind above its headline: `Customer story`, `Case study`, `Interview`, `Kundenstory`, `Témoignage client`, `Caso de éxito`. */
const PIECE_KICKER = /^(?:customer (?:story|spotlight|interview)|case study|success story|interview|q\s*&\s*a|spotlight|kundenstory|kundengeschichte|erfolgsgeschichte|fallstudie|anwenderbericht|témoignage(?: client)?|étude de cas|caso de éxito|caso de estudio|historia de éxito|storia di successo|caso di studio|caso de sucesso|klantverhaal)$/i;
/** A company's boilerplate's line: `About Rhine Works`, `Über Rhine Works`, `À propos de Rhine Works`, `Acerca de ...`, `Sobre ...`, `Informazioni su ...`, `Over ...`. */
const ABOUT_HEAD = /^(?:About|Über|À propos (?:de |du |des |d['’])|Acerca de|Sobre|Informazioni su|Over)\s*\p{Lu}[^.!?？:]{0,60}[:：]?$/u;
const SHOW_NOTES_HEAD = /^(?:where to find|in this episode|(?:(?:links|resources|books|people|companies|tools|things|papers) )?(?:mentioned|referenced)|references|sources|show notes|episode (?:links|notes)|further reading|links|resources|timestamps|chapters)\b[^.!?]{0,60}[:：]$/i;
/** A line naming a podcast page's notes on its episode, above them: `Show notes`, `Episode notes`, `About this episode`, `Episode summary`; in German, French, Spanish, Italian and Portuguese too (`Shownotes`, `Notes de l'épisode`, `Notas del episodio`, `Note dell'episodio`, `Sobre este episódio`). */
const SHOW_NOTES_LINE = /^(?:show ?notes|show-notes|episode (?:notes|summary|description)|about (?:this|the) episode|über diese folge|notes de l['’]épisode|à propos de cet épisode|notas del episodio|sobre este episodio|note dell['’]episodio|notas do episódio|sobre este episódio)[:：]?$/i;
const INTRO_END_RE = /^(on to the interview|this interview (is|was|has been)|the following|this transcript|transcript|edited for)|lightly edited|edited for (length|clarity|content)/i;
/** A company blog's call to the reader: "Book a demo", "Request a free demo". */
const DEMO_CALL = String.raw`(?:book|request|schedule|get) a (?:free |personali[sz]ed )?demo\b`;
/** How to hear the show, as its publisher says it: `Listen on Spotify`, `listen to the full episode`; not a speaker's "Listen to the river first". */
const LISTEN_CALL = String.raw`listen (?:on|in)\b|listen to (?:the|this|our|every|each|all|more) (?:full |whole |latest |new |entire )?(?:episodes?|podcasts?|shows?|conversation|interview|audio)\b|listen to (?:it|us|them) (?:on|in|at|wherever)\b`;
/** A call to follow the show or someone on a social network: `Follow Rivers and Roads on Twitter and Instagram`. */
// (In other languages too: `Puede seguir a EL PAÍS Tecnología en Facebook y X`, `Sigue a ... en Instagram`,
// `Suivez ... sur Twitter`, `Folgen Sie ... auf Instagram`, `Segui ... su Facebook`, `Siga ... no Instagram`, `Volg ... op X`.)
const SOCIAL = String.raw`(?:twitter|x|instagram|facebook|linkedin|tiktok|youtube|bluesky|threads|mastodon)\b`;
const FOLLOW_CALL = String.raw`(?:follow|(?:puede[sn]? )?seguir(?: a)?|sigue(?:n)?(?: a)?|síguenos|suivez|suivre|folgen sie|folge|segui(?:teci)?|siga|sigam|volg) (?:\S+\s+){0,5}(?:on|en|sur|auf|su|no|na|op) ${SOCIAL}`;
/** The publisher speaking to its readers in an intro: how to listen, subscribe, forward, how the text was edited. */
/** Words ending on a colon announce what follows ("I ask every client three questions:"): the same speaker's words. */
const ANNOUNCING = /[:：]\s*$/u;
/** An editor's note in other languages that the interview was cut or edited: "Das Interview wurde gekürzt und redigiert.", "L’entretien a été édité...", "La entrevista ha sido editada...". */
/**
 * A publisher's note in Chinese or Japanese on the text itself: reprinted with leave, its rights the
 * author's, first published elsewhere, edited (`（本文经授权转载，版权归原作者所有）`, `转载请注明出处`,
 * `本文有删节`, `本記事は...`), in parentheses perhaps.
 */
const CJK_NOTE = String.raw`[（(]?(?:本文(?:经|經)[^\s，,。]{0,12}?(?:授权|授權)(?:转载|轉載|发布|發布|刊登|刊发)|(?:本文)?版(?:权|權)(?:归|歸)[^\s，,。]{0,8}?所有|(?:转载|轉載)请?(?:注明|註明)|未(?:经|經)(?:授权|授權|许可|許可)[，,]?(?:禁止|不得|严禁|嚴禁)(?:转载|轉載)|本文(?:首发|首發|原载|原載|原刊|发表|發表)(?:于|於)|本文(?:有|经过?|經過?)(?:删节|刪節|删减|刪減|编辑|編輯)|本記事は|この記事は)`;
// (With a demonstrative too, "Dieses Interview...", "Cet entretien...", "Esta entrevista...", "Questa intervista..."; held in writing, "Das Interview wurde schriftlich geführt."; a transcript made by machine, "Dieses Transkript wurde automatisch erstellt.", "Cette transcription a été générée automatiquement.")
const EDITED_ABROAD = String.raw`(?:das|dieses) (?:interview|gespräch) wurde (?:[^\s.]+ ){0,3}(?:gekürzt|redigiert|bearbeitet|autorisiert|geführt)|(?:das|dieses) transkript wurde (?:[^\s.]+ ){0,2}(?:automatisch|maschinell)|(?:l['’]|cet |cette )(?:entretien|entrevue|interview) a été (?:[^\s.]+ ){0,4}(?:édité|éditée|condensé|condensée|raccourci|raccourcie|révisé|révisée|relu|réalisé|réalisée)|(?:la |cette )transcription a été (?:[^\s.]+ ){0,2}(?:générée|produite|réalisée) automatiquement|(?:la|esta) entrevista (?:ha sido|fue) (?:[^\s.]+ ){0,3}(?:editada|condensada|resumida|realizada)|(?:la|esta) transcripción (?:ha sido|fue) (?:[^\s.]+ ){0,2}generada automáticamente|(?:l['’]|quest['’]|questa )intervista è stata (?:[^\s.]+ ){0,3}(?:modificata|condensata|editata|ridotta|rivista|realizzata)|(?:la |questa )trascrizione è stata (?:[^\s.]+ ){0,2}generata automaticamente|(?:a|esta) entrevista foi (?:[^\s.]+ ){0,3}(?:editada|condensada|resumida|realizada)|(?:het|dit) (?:interview|gesprek) is (?:[^\s.]+ ){0,3}(?:ingekort|geredigeerd|bewerkt)|${CJK_NOTE}`;
const INTRO_NOTE_RE =
  /\b(podcast player|available as a podcast|as a podcast|link at the top of this (e-?mail|post|page)|subscri(be|ber|ption)s?|newsletter|forward(ed|ing)? (this|it)|sign up|this (e-?mail|update) (is|was)|lightly edited|edited for (length|clarity|content)|transcript (completed|edited|prepared) by|transcribed by)\b/i;
const PUBLISHER_NOTE_RE =
  new RegExp(String.raw`podcast|subscri|suscr|abonné|abonnez|abonnier|abbonat|newsletter|follow (?:me|us) on|${FOLLOW_CALL}|\bforward(ing|ed)?\b|\binbox\b|e-?mail|supporter|membership|\bmembers?\b|sponsor|\brss\b|transcript|edited for|this (daily update|interview|episode|conversation) (is|was)|${LISTEN_CALL}|available (on|as|at|in)|follow us|thanks for (reading|listening|being)|is intended for|${DEMO_CALL}|${EDITED_ABROAD}`, 'i');
/** A publisher's phrase no speaker uses of their own words: how a text is made available or was edited, a company blog's "Book a demo". */
const PUBLISHER_PHRASE = new RegExp(String.raw`available (?:on|as|at|in)|${LISTEN_CALL}|${FOLLOW_CALL}|(?:e-?mail|write to|contact|hit|reach|ping) us (?:up )?(?:at|on|via)\b|get in touch (?:at|on|via)\b|drop us a (?:line|note)\b|this (?:daily update|interview|episode|conversation) (?:is|was)|edited for|is intended for|follow us|${DEMO_CALL}|${EDITED_ABROAD}`, 'i');
/** A note speaking of the show or the publication itself: `this episode`, `the newsletter`, `subscribers`, `sponsored by`, `transcript by`. */
const SHOW_ITSELF = /\b(?:this|the|our|today['’]s|each|every)(?: [\p{L}-]+)? (?:podcast|newsletter|show|episode|interview|transcript|conversation|daily update|update|e-?mail|feed|edition|issue)s?\b|\b(?:\p{Lu}[\p{L}'’.]*\s+){1,4}(?:Show|Podcast|Newsletter|Hour|Radio)\b|\btranscripts? (?:is|are|was|were|has been|have been) (?:created|produced|generated|edited|prepared|made|provided)\b|(?:computer|machine|automatically|auto)[- ]generated|(?:may|might) (?:contain errors|not be in (?:its|their) final form)|subscri|suscr|abonn|abbonat|\bforward|\binbox\b|membership|supporters?\b|\bmembers?[- ]only\b|(?:sponsored|brought to you|transcribed|produced|presented) by\b|transcript(?:ion)? by\b|transcript (?:completed|edited|prepared) by|thanks for (?:reading|listening|being)|edited for|\brss\b/iu;
/** A speaker's own words: in the first person, not addressing the reader ("you", "Subscribe..."). */
// (In other languages, the first person singular alone, which a publisher's note does not use:
// German, French, Spanish, Italian, Portuguese, Dutch, Swedish, Danish and Norwegian, Polish, Russian.)
const FIRST_PERSON = /\b(?:I|I['’](?:m|ve|d|ll)|[Mm][ey]|[Mm]ine|[Mm]yself|[Ww]e|[Ww]e['’](?:re|ve)|[Oo]urs?)\b|(?<![\p{L}])(?:[Ii]ch|[Mm]ein(?:e[nmrs]?)?|[Mm]ich|[Mm]ir|[Mm]oi|mon|[Yy]o|[Mm]is?|[Ii]o|[Mm]io|[Mm]ia|[Ee]u|[Mm]eu|[Mm]inha|[Ii]k|[Mm]ijn|[Jj]ag|[Jj]eg|[Mm]ój|[Mm]oja|[Яя]|[Мм]ой|[Мм]оя|[Мм]еня|[Мм]не)(?![\p{L}])|(?<![\p{L}])[Jj]['’](?=\p{L})/u;
// (And how a publisher addresses its readers in those languages: `Abonnieren Sie...`, `Abonnez-vous...`, `Suscríbete...`.)
const READER_ADDRESS = /\b[Yy]ou(?:rs?|['’](?:re|ll|ve))?\b|(?:^|[.!?]\s+)(?:[Ss]ubscribe|[Ff]ollow|[Ll]isten|[Dd]ownload|[Ss]ign up|[Jj]oin|[Ss]hare|[Vv]isit|[Rr]ead|[Ww]atch|[Gg]et|[Ss]upport|[Cc]heck out|[Ff]ind|[Cc]lick)\b|(?<![\p{L}])(?:[Aa]bonnieren Sie|[Ff]olgen Sie|[Hh]ören Sie|[Ll]esen Sie|[Mm]elden Sie|[Aa]bonnez-vous|[Ii]nscrivez-vous|[Ss]uivez|[Éé]coutez|[Ll]isez|[Ss]uscr[íi]b(?:ete|ase|anse)|[Ss]íg(?:uenos|anos)|[Ee]scucha|[Ii]scriviti|[Ss]eguici|[Aa]scolta|[Aa]ssine|[Ii]nscreva-se|[Ss]iga-nos|[Aa]bonneer|[Vv]olg ons|[Pp]renumerera|[Ff]ölj oss|vous|votre|vos|usted(?:es)?)(?![\p{L}])/u;
/** A note the publisher appends after an interview: a correction, an update or a disclosure, with its date perhaps (`Correction, Oct. 9, 2025: ...`, `Update (Oct. 10): ...`, `Editor’s note: ...`, `Disclosure: ...`); the writer's address (`Write to Tom Becker at tom.becker@example.com`, `Tom Becker can be reached at ...`; in German, French, Spanish, Italian and Portuguese too, `Schreiben Sie Tom Becker an ...`, `Écrivez à Tom Becker à ...`, `Escriba a Tom Becker a ...`, `Scrivete a Tom Becker all'indirizzo ...`, `Escreva para Tom Becker em ...`; never to me or us, `Schreiben Sie mir an ...`); a Chinese paper's disclaimer, end mark or editor (`（本文仅代表作者观点）`, `（完）`, `责任编辑：王芳`, `（本文编辑：李伟）`); a mark that the interview goes on in another part or ends there (`(つづきます)`, `（おわり）`, `（待续）`, `(계속)`). */
const CLOSING_NOTE = /^(?:[（(]\s*(?:つづく|つづきます|続く|続きます|おわり|おわります|未完待续|待续|待續|계속|끝)\s*[)）]$|[（(](?=[^()（）\n]{0,120}(?:1[89]|20)\d\d)(?=[^()（）\n]{0,120}(?:interview|conversation|recorded|conducted|gespräch|geführt|entretien|réalisé|entrevista|realizada|intervista|conversa|収録|取材|にて|采访|採訪|访谈|訪談|인터뷰|대담|에서))[^()（）\n]{4,120}[)）]\.?$|(?:correction|clarification|update|updated|editor['’]?s note|note|disclosure|disclaimer)\b[^:\n]{0,40}[:：]|(?:duration|length|running time)\s*[:：]\s*\d[\d:]*\s*(?:min(?:ute)?s?|h(?:ours?)?|s(?:ec(?:ond)?s?)?)?\.?$|(?:zur person|steckbrief|bio|biography|about the (?:author|guest|interviewee|writer))\s*[:：]|[（(【［\[]\s*(?:プロフィール|profile|人物简介|人物簡介|个人简介|個人簡介|简介|簡介|프로필|약력)\s*[）)】］\]]|(?:プロフィール|人物简介|人物簡介|个人简介|個人簡介|프로필|약력)\s*[:：]|an earlier version of this (?:article|story|interview|post|piece)\b|a version of this (?:article|story|interview|piece) (?:appeared|appears|was published|ran|runs)\b|(?:write to|e-?mail|contact|reach)\s(?!(?:me|us)\b)[^@\n]{1,80}?\sat\s[^\s@]+@[^\s@]+\.[a-z]{2,}\.?$|(?:schreiben sie|écrivez à|écrire à|escriba a|escribe a|escríbale a|scrivete a|scrivi a|scrivere a|escreva para|escreva a)\s(?!(?:mir|uns|moi|nous|mí|nosotros|me|noi|mim|nós)\b)[^@\n]{1,80}?\s(?:an|unter|à|a|en|all['’]indirizzo|per e-?mail a|para|em)\s[^\s@]+@[^\s@]+\.[a-z]{2,}\.?$|[^@\n.!?]{1,60}\s(?:can|may) be (?:reached|contacted) at\s[^\s@]+@|read more on\b|(?:you can )?(?:find|read|discover|explore|see|browse|listen to|check out) (?:more|all|other)(?: of)?(?: (?:our|the|my))? (?:interviews|conversations|q&as|episodes)\b|more (?:interviews|conversations|q&as)(?: like this)? (?:at|on|here|in)\b|(?:mehr|weitere|alle)(?: [^\s.!?]+){0,3} (?:interviews|gespräche|folgen)(?: [^\s.!?]+){0,6} (?:finden|lesen|hören) sie\b|retrouvez (?:tous |toutes |l['’]ensemble de )?(?:nos|les) (?:entretiens|interviews|épisodes)\b|(?:lea|lee|encuentre|encuentra|consulte|descubra) (?:más|todas las|otras|nuestras) entrevistas\b|más entrevistas (?:en|aquí)\b|(?:leggi|scopri|trovi) (?:le altre|tutte le|altre) interviste\b|(?:leia|confira|veja) (?:mais|outras|todas as) entrevistas\b|(?:lees|bekijk) (?:meer|alle|andere) interviews\b|meer interviews (?:vindt u|lees je|op)\b|(?:this (?:article|story|interview|piece|post|conversation|q&a) (?:was |has been |is )?)?(?:originally|first) (?:published|appeared|ran|aired)\b|(?:dieses|das|dieser|der) (?:interview|gespräch|artikel|beitrag|text) (?:erschien|ist) (?:zuerst|erstmals|ursprünglich)\b|(?:cet|l['’]) ?(?:entretien|interview|article) a (?:d['’]abord |initialement )?été (?:initialement |d['’]abord )?publiée? dans\b|(?:(?:esta|la) entrevista|(?:este|el) (?:artículo|texto)) (?:se publicó|fue publicad[oa]) (?:originalmente|primero|inicialmente|en)\b|(?:questa intervista è stata pubblicata|questo articolo è stato pubblicato) (?:originariamente|per la prima volta|su|sul|nel)\b|(?:esta entrevista foi publicada|este (?:artigo|texto) foi publicado) (?:originalmente|primeiro|na|no)\b|this (?:article|story|interview|piece|post) (?:has been|was) (?:updated|corrected|amended)\b|dieser (?:artikel|beitrag|text) wurde (?:.{1,40}? )?(?:aktualisiert|korrigiert|geändert|ergänzt)|cet (?:article|entretien) a été (?:modifié|mis à jour|corrigé|actualisé)|este (?:artículo|texto) (?:fue|ha sido) (?:actualizado|corregido|modificado)|questo articolo è stato (?:aggiornato|corretto|modificato)|este (?:artigo|texto) foi (?:atualizado|corrigido)|(?:interview|conversation|transcript|q&a) (?:edited|condensed|transcribed|translated)\b|this (?:interview|conversation|transcript|q&a|essay|piece|account|story|article) (?:has been|was|is) (?:lightly )?(?:edited|condensed)\b|(?:edited|condensed) and (?:edited|condensed)\b|[（(]?本文(?:仅|僅|只)?代表|[（(]?本文(?:首发|首發|原载|原載|转载自|轉載自)|[（(](?:全文)?完[)）]$|[（(]?(?:本文)?(?:责任编辑|責任編輯|编辑|編輯|校对|校對|审校|審校)\s*[：:])/i;
/** A credit line (`Photos by Jane Doe.`, `Photo Credit: Jane Doe`, `Produced by Jane Doe. Music by Paul Kim.`, a wire's `(Reporting by Tom Becker; Editing by Jane Doe)`, a tool's `Transcribed by https://otter.ai`): by a name or an address. (Case spelt out: with the `i` flag, \p{Lu} would match any letter.) */
const CREDIT_LINE = /^\(?(?:(?:[Pp]hoto|[Ii]mage|[Ii]llustration|[Vv]ideo|[Aa]udio|[Mm]usic|[Cc]over|[Hh]eader)\s+)?[Cc]redits?\s*:\s*(?:\p{Lu}|https?:\/\/|www\.)|^\(?(?:[Pp]hotos?|[Rr]eporting|[Aa]dditional reporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Pp]hotographs?|[Pp]hotography|[Pp]ictures?|[Ii]llustrations?|[Ii]mages?|[Vv]ideo|[Aa]udio|[Mm]usic|[Aa]rtwork|[Gg]raphics?|[Dd]esign|[Pp]roduced|[Ee]dited|[Mm]ixed|[Ee]ngineered|[Ff]act[- ]checking|[Ss]ound design|[Oo]riginal music|[Tt]heme music|[Tt]ranscribed|[Tt]ranslated|[Cc]reated|[Gg]enerated|[Ee]xported|[Ii]llustrated|[Pp]hotographed|[Rr]eported|[Rr]esearched|[Ff]act-checked|[Hh]air|[Mm]ake-?up|[Hh]air and make-?up|[Ss]tyling|[Ss]tyled|[Gg]rooming|[Ss]et design|[Pp]rop styling|[Mm]anicure|[Pp]hoto illustrations?|[Pp]hoto(?:graph)?s? and (?:video|illustrations?)) (?:by|courtesy of) (?:\p{Lu}|https?:\/\/|www\.)/u;
/** A show's credits or a book's in a sentence: "Rivers and Roads is produced by Jane Doe.", "Bridges of Europe by Maria Lopez is published by Rhine Press (£20)." */
const SHOW_CREDIT = /^[^.!?]{0,80}\b(?:is|was|are|were) (?:produced|edited|mixed|engineered|recorded|published|hosted|co-hosted|presented) by \p{Lu}/u;
/** A show's staff, as its credits name them (`senior engineer`, `theme music`, `executive producer`). */
const STAFF = String.raw`(?:[\p{L}-]+ ){0,2}(?:producers?|engineers?|editors?|mixers?|music|director|showrunner|fact[- ]checkers?|researchers?|composers?|production (?:team|staff))`;
/** The staff in the first person the show speaks in (`Our senior engineer is Jeff Geld.`, `Our theme music is by ...`): not a speaker's own words. */
const OUR_STAFF = new RegExp(String.raw`\b[Oo]ur (?:${STAFF}|guests?(?: this week| today)?) (?:is|are|was|were|by|from|comes from)\b`, 'gu');
/** A show's credits naming its staff so (`Our executive producer is Claire Gordon.`, `The show's editor is ...`). */
const STAFF_CREDIT = new RegExp(String.raw`^(?:[Oo]ur|[Tt]he show['’]s) ${STAFF} (?:is|are|was|were)\s+(?:by\s+)?\p{Lu}`, 'u');
/** Turkish's word order for SAT_WITH_RE, the verb last: "Tom Becker, hidrolog Maria Lopez ile konuştu.", "... Maria Lopez'le görüştü." (the first asks). */
/** A Turkish dek naming the guest first: "Köprü mühendisi Maria Lopez ile Tom Becker konuştu" (Tom Becker talked with Maria Lopez): the second name. */
const TR_WITH_FIRST = /\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+\s+ile\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2})\s+(?:konuştu|görüştü|söyleşti|sohbet etti)/u;
/**
 * A Romance dek telling whom the guest told, her unnamed or a job with its article before the verb:
 * "L'ingegnera di Rhine Bridges racconta a Tom Becker perché...", "Elle explique à Tom Becker...",
 * "La ingeniera cuenta a Tom Becker...", "A engenheira conta a Tom Becker...": that one.
 */
const ROMANCE_TOLD = /(?:^|[.!?]\s+)(?:(?:L['’]|La |Il |Lo |Le |El |A |O )[^.!?\n]{0,60}?\s|(?:Elle|Lei|Ella|Ela) )?(?:racconta|spiega|ha raccontato|ha spiegato|raconte|explique|a raconté|a expliqué|confie|cuenta|explica|contó|explicó|conta|contou|explicou) (?:a|à|ad) (\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2})(?![\p{L}])/u;
const TALKED_WITH_TR = /(?:^|[.!?]\s+)(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2}),?\s+(?:[\p{L}'’-]+\s+){0,3}?\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+(?:\s+ile|['’](?:y?l[ea]))\s+(?:konuştu|görüştü|söyleşti|sohbet etti)/u;
/** A turn handing someone the floor: "Please welcome Maria Lopez.", "Maria, over to you.", "the floor is yours". */
/** A chair's thanks for what the guest has just set out, opening a paragraph: `Thank you for your opening remarks.`, `Thank you, Mr. Becker, for your testimony.` */
const THANKS_FOR_REMARKS = /^(?:thank you|thanks)(?: (?:very|so) much)?(?:,? (?:Mr|Ms|Mrs|Dr|Professor|Senator)\.? \p{Lu}[\p{L}'’-]+,?)? for (?:your|that|the|those)(?: (?:opening|prepared|introductory|excellent|interesting|very interesting|thoughtful|informative))? (?:remarks|statement|testimony|presentation|submission|opening statement)\b/iu;
/** A chair's word as a label's key or name: `Chair`, `The Chairman`, `Madam Chair`. */
const CHAIR_KEY = /^(?:the )?(?:chair|chairman|chairwoman|chairperson|madam chair|mr\.? chairman)$/i;
/** A member addressing the chair: "Thank you, Mr. Chairman.", "Thank you chair". */
const ADDRESSES_CHAIR = /\b(?:mr\.? chairman|madam chair(?:man|woman)?|thank you,? (?:the )?chair\b)/i;
const HANDS_OVER = /\b(?:please (?:welcome|give it up for)|welcome (?:to the stage|on stage)|over to you|the floor is yours|hand (?:it )?over to|let['’]?s welcome|join me in welcoming)\b/i;
/** `text` says the first name of `name` as a word ("Please welcome Maria Lopez." for Maria Lopez). */
function namesFirst(text: string, name: string): boolean {
  return new RegExp(`(?<![\\p{L}])${escapeRe(name.split(/\s+/)[0]!)}(?![\\p{L}])`, 'u').test(text);
}
/**
 * A broadcaster's note that its guests' words are theirs, closing the interview: "Äußerungen unserer
 * Gesprächspartner geben deren eigene Auffassungen wieder.", "The views expressed by our guests are
 * their own...", "Les propos tenus n'engagent que leurs auteurs.", "Las opiniones expresadas por los
 * entrevistados no reflejan necesariamente...", "Le opinioni espresse dagli ospiti...". Never a
 * speaker's own ("The views I express are my own").
 */
const VIEWS_DISCLAIMER = /^(?:Die\s+)?Äußerungen\s+(?:unserer|unserer\s+Gesprächspartner(?:innen)?|der\s+Gesprächspartner(?:innen)?|von\s+Gesprächspartnern)\b[^.]{0,80}\b(?:geben|spiegeln)\s+(?:deren|ihre)\s+eigenen?\s+Auffassung(?:en)?\s+wieder|^(?:The\s+)?(?:views|opinions|comments|statements)\s+(?:and\s+(?:views|opinions)\s+)?expressed\s+(?:(?:by|in\s+this\s+(?:interview|episode|podcast|programme|program))\s+)?(?:(?:our|the)\s+)?(?:guests?|interviewees?|speakers?|participants?|contributors?|interview|episode|podcast|programme|program)?\b[^.]{0,80}\b(?:are\s+(?:their|those\s+of\s+the\s+(?:guests?|speakers?|individuals?))|do\s+not\s+necessarily\s+(?:reflect|represent))|^Les\s+propos\s+(?:tenus|exprimés)\b[^.]{0,80}\bn['’]engagent\s+que|^Las\s+opiniones\s+(?:expresadas|vertidas)\b[^.]{0,80}\b(?:no\s+reflejan\s+necesariamente|son\s+responsabilidad)|^Le\s+opinioni\s+espresse\b[^.]{0,80}\b(?:non\s+riflettono\s+necessariamente|sono\s+(?:dell|di\s+chi))/iu;
/**
 * A note that the jobs named are as they were when the interview was held, closing it: "Titles are
 * as of the time of the interview.", `※所属・役職は取材当時のものです。`, `직함은 인터뷰 당시 기준입니다.`,
 * `（本文职务为采访时职务）`; or any note under the answers after Japanese's reference mark, `※...`.
 */
const AS_OF_INTERVIEW = /^[（(]?\s*(?:※|(?:(?:job\s+)?titles?|positions?|affiliations?|roles?)\s+(?:(?:and|&)\s+\p{L}+\s+)?(?:are|were)\s+(?:correct\s+|accurate\s+)?(?:as\s+of|at)\s+the\s+time\s+of\s+(?:the\s+)?(?:interview|publication|recording)|(?:本文)?[^。]{0,12}(?:职务|職務|职位|職位|头衔|頭銜|役職|所属|肩書き?)[^。]{0,16}(?:采访时|採訪時|取材当時|取材時|掲載時|发稿时)|[^.]{0,12}(?:직함|직책|소속)[^.]{0,16}(?:인터뷰|취재)\s*당시)/iu;
/** A writer's signature alone on the last line (`— Tom Becker`; not in an interview whose turns open with a dash, `—El Estado.`). */
const SIGNATURE = /^[—–-]\s*(?!(?:El|La|Los|Las|Lo|The|Le|Les|Der|Die|Das|Il|Os|As)\s)\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}$/u;
/** The jobs of those who write, ask or picture the interview: `Staff Writer`, `senior editor`, `host`, `photographer`. */
const WRITER_JOB = /\b(?:writers?|editors?|reporters?|journalists?|correspondents?|contributors?|columnists?|producers?|interviewers?|hosts?|photographers?|staff)\b/i;
/** A line opening with a full name, a comma and her job, as a caption or a signature names someone (`Maria Lopez, Head of Inspection at Rhine Works`): that name. */
const namedWithJob = (line: string): string | null => {
  const t = line.replace(/[*_]/g, '').trim();
  const n = [...namesIn(t).keys()][0];
  return n != null && t.startsWith(`${n},`) && jobGiven(t, n) ? n : null;
};
/** What a line signed after a dash says, `— Maria Lopez, Head of Inspection` (`Maria Lopez, Head of Inspection`). */
const signedWith = (line: string): string | undefined => /^[—–-]\s*([^.!?]{4,140})$/u.exec(line.replace(/[*_]/g, '').trim())?.[1];
/** The one who answered, named with her job on the last line under the answers, as a customer story signs its Q&A: `— Maria Lopez, Head of Inspection, Rhine Works` (never a writer's, `— Tom Becker, Staff Writer`: jobGiven counts no writer's job). */
const attributed = (line: string): string | null => {
  const signed = signedWith(line);
  return signed != null ? namedWithJob(signed) : null;
};
/** A writer's signature with her job on the last line, `— Tom Becker, Staff Writer`: hers, no answer's words. */
const writerSigned = (line: string): boolean => {
  const signed = signedWith(line);
  const n = signed != null ? [...namesIn(signed).keys()][0] : undefined;
  return n != null && signed!.startsWith(`${n},`) && WRITER_JOB.test(signed!.slice(n.length));
};
/** A writer's job, in a note on a person (`Tom Becker is a senior editor at ...`, `Tom Becker ist Redakteur im Ressort Wissen.`, `... est journaliste au Monde.`). */
const BYLINE_JOB = /\b(?:is|was) (?:an?|the) (?:[\p{L}-]+ ){0,3}(?:editor|writer|reporter|journalist|correspondent|contributor|columnist|producer|author|host|anchor)(?: (?:at|for|of|with|covering|who covers|based)\b|[.,;]|$)|\bcovers [^.]{1,60} for |(?<![\p{L}])(?:ist|war|est|était|es|fue|è|era|é|foi)\s+(?:[\p{L}-]+\s+){0,2}(?:redakteur(?:in)?|journalist(?:in)?|korrespondent(?:in)?|reporter(?:in)?|kolumnist(?:in)?|journaliste|rédact(?:eur|rice)|correspondant(?:e)?|chroniqueu(?:r|se)|periodista|redact(?:or|ora)|corresponsal|columnista|giornalista|redat(?:tore|trice|or|ora)|corrispondente|editorialista|jornalista|repórter|colunista|correspondente)(?![\p{L}])/iu;
/**
 * A host's sign-off, as a show closes (`That was my conversation with Maria Lopez.`, `Thanks for
 * listening to Rivers and Roads.`, `That's our show for this week.`, `Rivers and Roads is a
 * production of Rhine Radio.`): after the guest's last turn, unlabelled, no words of hers.
 */
const SIGN_OFF = /\b(?:thanks? (?:you )?(?:so much )?for (?:listening|watching|tuning in)(?! to (?:me|my)\b)|that['’]s (?:our|the) (?:show|episode|program|programme)\b|that['’]s all for (?:today|this week|this episode|now)|that was (?:my|our) (?:conversation|interview|talk|chat) with|(?:is|was) a production of)\b/i;
/** A full name and what the person is: a note on them (`Tom Becker is a staff writer...`, `Maria Lopez, 52, leads...`; `ist`, `est`, `es`, `è`...). */
const ABOUT_PERSON = /^(\p{Lu}[\p{L}\p{M}'’.-]+?(?:\s+\p{Lu}[\p{L}\p{M}'’.-]+?){1,3})(?:(?:\s*\([^)]{1,40}\))?(?:,[^,]{1,80},)?\s+(?:is|was|has been|teaches|writes|covers|leads|hosts|reports|lives|works|will (?:speak|appear|give|present|be speaking|be appearing)|ist|war|schreibt|leitet|lebt|arbeitet|est|était|écrit|dirige|vit|travaille|es|fue|escribe|vive|trabaja|è|era|scrive|vive|lavora|é|foi|escreve|trabalha)|['’]s\s+(?:new\s+|latest\s+|first\s+)?(?:book|novel|memoir|album|film|documentary|podcast|show|company|study|report)\b[^.!?]{0,100}?\s(?:is|are|was|will be|comes out|came out|is out)|['’]s\s+(?:new\s+|latest\s+)?(?:book|novel|memoir|album|film|documentary|podcast|show|study|report),)(?![\p{L}])/u;
/** A sentence telling of a work's author, its title after "of" (`is the author of Bridges That Breathe`, `... of *Bridges*`, `... of "Bridges"`): no byline. */
const BOOK_AUTHOR = /\b(?:is|was) (?:an?|the) (?:[\p{L}-]+ ){0,3}author of [*_"“‘]*\p{Lu}/u;
/** A note telling of the page's own people, not the one it interviews: its writer, reporter, editor or photographer (`Tom Becker is a staff writer`, `... ist Redakteur`). */
const PAGE_STAFF = /\b(?:writer|reporter|journalist|editor|correspondent|columnist|photographer|contributor|contributing|freelance|intern|producer|redakteur(?:in)?|journalist(?:in)?|fotograf(?:in)?|reporter(?:in)?|journaliste|rédact(?:eur|rice)|photographe|periodista|redactor(?:a)?|fotógraf[oa]|giornalista|redattore|redattrice|jornalista|repórter)\b/iu;
/** A note on a speaker's book, film or show in another language, the name after it (`Das Buch von Maria Lopez, ...`, `Le livre de Maria Lopez...`, `El libro de ...`). */
const ABOUT_WORK = /^(?:das (?:neue |jüngste )?buch von|der (?:neue )?film von|le (?:nouveau |dernier )?livre de|le (?:nouveau )?film de|el (?:nuevo |último )?libro de|la (?:nueva )?película de|il (?:nuovo |ultimo )?libro di|o (?:novo |último )?livro de)\s+(\p{Lu}[\p{L}\p{M}'’.-]+(?:\s+\p{Lu}[\p{L}\p{M}'’.-]+){1,3})(?=[\s,])/iu;
/** A Markdown footnote's text (`[^1]: ...`). */
/** A footnote's number linking back to its mark, opening its note as a page sets it: `[1](#footnote-anchor-1)`, Word's `[[1]](#ftnt_ref1)`, Wikipedia's `#cite_ref-1`. */
const NOTE_BACKLINK = /^\[\[?\d{1,3}\]?\]\([^()\s]*#(?:footnote-anchor|fnref|ftnt_ref|_ftnref|cite_ref|endnote-anchor)[-_:]?[\w-]*?\d+\)/i;
const FOOTNOTE_DEFINITION = /^\[\^[^\]\s]{1,20}\]:\s/;
/** A footnote's text after its mark as the text sets it (`¹ Lopez, M. (2024)...`, `[2] See...`): a note where the words carry that mark. */
const FOOTNOTE_MARKED = /^([¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3}|\[\d{1,3}\])\s*(?=\S)/u;
/** The publisher's words to its readers or listeners, set between turns. (`Ad:` only before words of an ad, "brought to you by", "use code": `Ad` is a Dutch first name too.) (So is an ad marked in brackets, `[Ad] This episode...`, and a break's marker between dashes, `— Sponsor message —`; see UNDERWRITING too. A Chinese show's sponsor too, `本期节目由莱茵保险赞助。`.) */
const MID_NOTE_RE = new RegExp(String.raw`^(?:subscribe (?:to|now|today|for free)\b|(?:this|the|our) (?:interview|conversation|episode|show|podcast|transcript) (?:continues|will continue|resumes|picks up) (?:after|below)\b|sign up for (?:the |our |a )?(?:free )?(?:[\w'’&-]+ ){0,5}newsletters?[.!:]|follow (?:us|the show)\b|(?:rate|review) (?:us|the show|this (?:podcast|show))\b|this (?:interview|conversation|transcript|q&a) (?:has been|was|is) (?:lightly |condensed and |edited and condensed)?(?:edited|condensed)\b|edited (?:and condensed )?for (?:length|clarity)\b|${EDITED_ABROAD}|listen to the (?:full )?(?:episode|interview|conversation|podcast)\b|this episode is (?:brought to you|sponsored|supported) by\b|[[(](?:ad|ads|advert|advertisement|sponsor|sponsored|promo)[\])]\s*\S|[—–-]+\s*(?:sponsor message|sponsor break|advertisement|ad break|commercial break|message from our sponsors?)\s*[—–-]*$|part (?:one|two|three|four|\d{1,2}|[ivx]{1,4}) of (?:this|the|our) (?:interview|conversation|episode|series) (?:airs|will air|runs|will run|continues|appears|is (?:available|out|coming))\b|(?:advertisement|sponsored content)$|(?:sponsored(?: by [^:\n]{1,40})?|sponsored content|advertisement|anzeige|werbung|publicité|publicidad|pubblicità|ad read|advert|sponsor|sponsor read|sponsor message|promo|commercial|commercial break)\s*[:：]|ads?\s*[:：](?=[^\n]{0,300}?(?:brought to you|sponsor|promo code|use (?:the )?code|\d+\s?% off|discount|free trial))|(?:本期|本)(?:节目|節目|播客)由[^。\n]{1,40}(?:赞助|贊助|冠名|特约|特約|提供))`, 'i');
/** A radio show's underwriting between turns, the show's name in title case and the sponsor's: `Support for Rivers and Roads comes from Acme, ...` (not "Support for the project comes from the EU"). */
const UNDERWRITING = /^Support for (?:(?:\p{Lu}[\p{L}'’-]*|and|of|the|&)\s+){1,6}comes from\s+\p{Lu}/u;
/** A paragraph that says it is the translator's: `[Translator's note: ...]`, `Trans. note:`, `(N.d.T. : ...)`, `Anm. d. Übers.:`, `Nota del traductor:`. */
const TRANSLATOR_NOTE = /^[[(]?\s*(?:translation|translated from (?:the )?\p{L}+|traduction|traduit de l['’]\p{L}+|traducción|traducido del \p{L}+|traduzione|übersetzung|translator['’]?s['’]? note|trans(?:l)?\.? note|note (?:from the|by the) translator|note du traducteur|note de la traductrice|n\.\s?d\.\s?t\.|anm(?:erkung)?\.? d(?:es)?\.? übers(?:etzers|etzerin)?\.?|nota del? (?:traductor|traductora)|nota do tradutor|nota della traduttrice|nota del traduttore|n\.\s?d\.\s?t\.|примечание переводчика|прим\.\s?пер\.|譯註|译注|訳注)\s*[:：]/iu;
/** A box's title in the languages read (`About Maria Lopez` by the name it gives: "About water" heads a topic): `Who is ...`, `Profile`, `Bio`, `Fact box`, `In numbers`, `Zur Person`, `Steckbrief`, `Qui est ...`, `Quién es ...`. */
const BOX_TITLE = /^(?:who is\b|profile\b|bio(?:graphy)?\b|fact ?(?:box|file|sheet)\b|(?:by|in) (?:the )?numbers\b|key facts\b|zur person\b|steckbrief\b|fakten\b|in zahlen\b|qui est\b|biographie\b|repères\b|quién es\b|perfil\b|chi è\b|profilo\b|quem é\b|wie is\b)/iu;
/** A paragraph that says it is the editor's: `Editor's note:`, `Ed. note:`, `[Ed.: ...]`, `Anm. d. Red.:`, `Nota del editor:`, `NDLR :`. */
/**
 * A question from the floor the recording did not catch, written alone where it was asked:
 * `Question from the floor (inaudible)`, `[Inaudible question from the audience]`, `(Audience
 * question, off mic)`, `(Frage aus dem Publikum, unverständlich)`, `(Question inaudible de la
 * salle)`, `(Pregunta inaudible del público)`, `(Domanda dal pubblico, inudibile)`, `(Pergunta inaudível da plateia)`,
 * `(Vraag uit het publiek, onverstaanbaar)`.
 */
const UNHEARD_QUESTION = /^[[(]?\s*(?:(?:an?\s+)?(?:inaudible|unintelligible|off[- ]mic(?:rophone)?)\s+(?:audience\s+)?(?:question|comment)s?(?:\s+(?:from|in)\s+(?:the\s+)?(?:floor|audience|room|crowd))?|(?:(?:audience|floor)\s+(?:question|member|comment)s?|questions?\s+from\s+(?:the\s+)?(?:floor|audience|room|crowd)|unidentified\s+audience\s+member)\s*[,:(–—-]?\s*\(?\s*(?:inaudible|unintelligible|off[- ]mic(?:rophone)?|not audible|no mic(?:rophone)?)\s*\)?|(?:frage|wortmeldung)\s+aus\s+dem\s+(?:publikum|saal|plenum)\s*[,:(–—-]?\s*\(?\s*(?:unverständlich|ohne mikrofon|nicht verständlich)\s*\)?|question\s+(?:inaudible|inintelligible)\s+(?:de|dans)\s+la\s+salle|question\s+de\s+la\s+salle\s*[,:(–—-]?\s*\(?\s*(?:inaudible|inintelligible)\s*\)?|pregunta\s+(?:inaudible|ininteligible)\s+del\s+p[úu]blico|pregunta\s+del\s+p[úu]blico\s*[,:(–—-]?\s*\(?\s*(?:inaudible|ininteligible)\s*\)?|domanda\s+(?:inudibile|incomprensibile)\s+(?:dal|del)\s+pubblico|domanda\s+(?:dal|del)\s+pubblico\s*[,:(–—-]?\s*\(?\s*(?:inudibile|incomprensibile|fuori microfono)\s*\)?|pergunta\s+(?:inaud[íi]vel|incompreens[íi]vel)\s+(?:da\s+plateia|do\s+p[úu]blico)|pergunta\s+(?:da\s+plateia|do\s+p[úu]blico)\s*[,:(–—-]?\s*\(?\s*(?:inaud[íi]vel|incompreens[íi]vel)\s*\)?|vraag\s+uit\s+(?:het\s+publiek|de\s+zaal)\s*[,:(–—-]?\s*\(?\s*(?:onverstaanbaar|onhoorbaar)\s*\)?|onverstaanbare\s+vraag\s+uit\s+(?:het\s+publiek|de\s+zaal))\s*[\])]?\.?$/iu;
const EDITOR_NOTE = /^[[(]?\s*(?:editor['’]?s['’]? note|ed\.|ed(?:s?\.|itors?)? note|note from the editor|a note from the editors?|anm(?:erkung)?\.? d(?:er)?\.? red(?:aktion)?\.?|nota del? (?:editor|la redacción|redacción)|nota della redazione|nota da redação|note de la rédaction|n\.?\s?d\.?\s?l\.?\s?r\.?|n\.?\s?d\.?\s?r\.?)\s*[:：]/i;
/** "Thanks for reading", alone or with the publication's name: not a guest's "Thanks for reading my book, ...". (Case spelt out: with the `i` flag, \p{Lu} would match any letter.) */
/** Thanks as an interview closes, in the languages read: "Thank you", "Vielen Dank", "Merci", "Grazie", "Спасибо"... */
const CLOSING_THANKS = /(?<![\p{L}])(?:thanks?|thank you|danke|dank|bedankt|merci|gracias|grazie|obrigad[oa]|tack|takk|tak|dziękuj\p{L}*|děkuj\p{L}*|спасибо|благодар\p{L}*|teşekkür\p{L}*)(?![\p{L}])|ありがと|谢谢|謝謝|감사/iu;
/** A reply to the interviewer's closing thanks, opening a paragraph: "My pleasure.", "Sehr gerne.", "Avec plaisir.", "De nada.". */
const THANKED_BACK = /^[\s*_"“„«]*(?:(?:it was |it['’]s been |it has been )?(?:my |a |the )?pleasure|you['’]re (?:very |most )?welcome|any ?time|(?:sehr |immer )?gerne?|gern geschehen|avec plaisir|je vous en prie|c['’]est moi qui vous remercie|(?:ha sido |fue )?un (?:placer|gusto)|con (?:mucho )?gusto|de nada|(?:è stato )?un piacere|prego|(?:foi )?um prazer|graag gedaan|met plezier)(?![\p{L}])/iu;
/** Thanks owed to someone, not said to anyone: "thanks to the engineers", "dank der Ingenieure", "gracias a los...". */
const THANKS_TO = /(?<![\p{L}])(?:thanks to (?!you(?![\p{L}]))|dank (?:der|des|dem|den)(?![\p{L}])|gracias a (?:la|las|los|el|que)(?![\p{L}])|grazie (?:al|alla|ai|agli|alle)(?![\p{L}]))/iu;
const THANKS_NOTE = /^[Tt]hanks for reading(?: \p{Lu}[^.!?]{0,60})?[.!]?$/u;
/** A paragraph set apart as a quotation: a blockquote, a heading, or words in quotation marks (emphasis around them, a credit after them: `— Maria Lopez`). */
const SET_AS_QUOTE = /^(?:>\s*\S|#{1,6}\s|[*_]{0,2}["“«„「].*["”»“」][*_]{0,2}(?:\s*[—–-]\s*\p{Lu}[\p{L}\p{M} .'’-]{1,40})?$)/u;
/** The credit after a pull quote: `“...” — Maria Lopez`. */
const QUOTE_CREDIT = /(["”»“」])\s*[—–-]\s*\p{Lu}[\p{L}\p{M} .'’-]{1,40}$/u;

/** Words as a pull quote repeats them: small letters, no quotation marks, no ellipsis at the ends, one space between words. */
function quotedWords(text: string): string {
  return text
    .replace(/["“”«»„「」]/gu, '')
    .replace(/[’‘]/gu, "'")
    .replace(/\s+/g, ' ')
    .replace(/^(?:\.\.\.|…)\s*|\s*(?:\.\.\.|…)$/gu, '')
    .trim()
    .toLowerCase();
}

/**
 * Pull quotes among the interview's paragraphs, each with the paragraph that says the words in
 * full: [the quote's index, the source's index]. Five words or more (twenty characters in a script
 * without spaces), never a question.
 */
function pullQuotes(body: Block[], sourceLines: string[]): [number, number][] {
  const candidates = body.flatMap((b, i) => (b.kind === 'para' && !b.label && b.override == null && !/\?\W*$/u.test(b.text) && SET_AS_QUOTE.test(sourceLines[b.line - 1]?.trim() ?? '') ? [i] : []));
  if (!candidates.length || candidates.length > 200) return [];
  const apart = new Set(candidates);
  const words = body.map((b) => (b.kind === 'para' ? quotedWords(b.text) : ''));
  const found: [number, number][] = [];
  for (const i of candidates) {
    const q = quotedWords(body[i]!.text.replace(QUOTE_CREDIT, '$1')).replace(/[.,;:!]+$/, '');
    if (q.length < 20 || (q.split(' ').length < 5 && /\s/.test(q))) continue;
    const j = words.findIndex((w, k) => !apart.has(k) && w.includes(q));
    if (j !== -1) found.push([i, j]);
  }
  return found;
}

/** Who conducted an interview, as bylines say it. */
const BYLINE_RE = /(?<![\p{L}])(?:interview(?:ed)? by|(?:interview|conversation|chat) with [\p{L}'’., -]{2,60}? by|(?:entretien|conversation) avec [\p{L}'’., -]{2,60}? par|(?:gespräch|interview) mit [\p{L}'’., -]{2,60}? von|(?:entrevista|conversación|charla) con [\p{L}'’., -]{2,60}? por|(?:entrevista|conversa) com [\p{L}'’., -]{2,60}? por|(?:intervista|conversazione) con [\p{L}'’., -]{2,60}? d[ia]|(?:interview|gesprek) met [\p{L}'’., -]{2,60}? door|conducted by|propos recueillis par|entretien réalisé par|entrevista (?:realizada |conduzida |feita )?por|(?:entrevista|entrevue|intervista) d[ei](?=\s+(?:\p{Lu}[\p{L}'’-]+\s+){1,3}(?:a|com|con|ao|à|al|avec)\s)|interview von|das (?:gespräch|interview) führten?|die fragen stellten?|mit (?:ihr|ihm|ihnen) sprach(?:en)?|interview(?=\s*:)|as told to|intervista (?:a cura )?di|l['’]intervista è (?:stata )?(?:(?:realizzata|condotta|raccolta|curata|fatta) )?(?:da|di)|questions by|(?:по)?беседовала?|поговорила?|интервью взяла?|интервью вела?|συνέντευξη\s+στ(?:ον|ην)|rozmawia(?:ł[a]?|li|ły)?|розмовля(?:в|ла|ли)|(?:по)?спілкува(?:вся|лася|лися)|ptal[a]? se|mluvil[a]?|hovořil[a]?|rozhovor (?:vedl[a]?|připravil[a]?|viedol|viedla)|interviu(?:l)? (?:realizat|luat|consemnat) de|interview door|(?:rozmowę|wywiad) przeprowadził[a]?|(?:wawancara )?oleh|(?:röportaj|söyleşi|entrevista|entretien|intervista|wywiad|gesprek|intervju|haastattelu|interjú|interviu)(?=\s*:)|phóng viên|nhà báo|thực hiện|bài(?:,? (?:và )?ảnh)?)\s*:?\s+(\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:de|van|von|du|da|di|le|la)\s+)?\p{Lu}[\p{L}'’-]+){0,3})/iu;
/** A headline naming the guest first, then the one she talks with: `Maria Lopez in conversation with Tom Becker`, `... im Gespräch mit ...`. */
/** A headline that is a name and, after a comma, a few words on her: `Maria Lopez, Brückeningenieurin`, `Maria Lopez, chief engineer at Rhine Bridges`. */
const NAME_COMMA_JOB = /^[*_]*(?:(?:Meet|Introducing)\s+)?(\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){1,2}),\s+([^,.!?:;]{3,60})[*_]*$/u;
/** A headline naming someone and the topic they speak on, in German, French, Spanish, Italian, Dutch, Swedish: `Maria Lopez über Brücken`. */
const NAME_ON_TOPIC = /^[*_]*(\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){1,2})\s+(?:über|sur|sobre|su|over|om)\s+\S/u;
/** The words for an interview's kind a headline gives with the name: `Interview`, `Questionnaire`, `Fragebogen`... (not `Q&A`, which heads topics: `Q&A: Self Healing Concrete`) */
const PIECE_KIND = String.raw`(?:(?:L['’])?[Ii]nterview|INTERVIEW|[Cc]onversation|CONVERSATION|[Ww]awancara|[Rr]öportaj|[Qq]uestionnaire|[Ff]ragebogen|[Ee]ntretien|[Ee]ntrevista|[Ii]ntervista|[Ii]ntervju|[Hh]aastattelu|[Ii]nterjú|[Ii]nterviu|[Qq]uestionário|[Cc]uestionario|[Gg]espräch|GESPRÄCH|[Gg]esprek|[Rr]ozmowa|[Rr]ozhovor|[Ss]amtal|[Cc]onversación|[Cc]onversazione|Ask Me Anything|AMA)`;
/** A verb of speaking in a title-case headline, after the one who speaks: `Talks`, `Discusses`, `Opens Up`. */
const SPEAKS = String.raw`(?:Talks|Discusses|Explains|Reflects [Oo]n|Opens [Uu]p|Looks [Bb]ack|Weighs [Ii]n|Speaks)`;
/**
 * A headline in title case naming the one it is about, the name's end shown by what follows it: a
 * verb of speaking (`Maria Lopez Talks Bridges`, `The Interview: Maria Lopez Discusses Water`), or,
 * after the piece's kind, a lowercase "on" or "about" (`Q&A: Maria Lopez on Bridges and Water`; in
 * German, French, Spanish, Italian, Dutch and Swedish too, `Interview: Maria Lopez über Brücken`); or
 * the one the piece is with, her job after a comma (`Q&A With Maria Lopez, Bridge Engineer`).
 * Group 1 is the name; group 2 a name before "on" or "about" with no kind before it, which the
 * text must write again (`Climate Change on Trial` names no one).
 */
const TITLE_CASE_SUBJECT = new RegExp(String.raw`^[*_]*(?:(?:(?:The|An?)\s+)?(?:${PIECE_KIND}|Q&A|Q & A)\s*[:|–—]\s*(\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){1,2})\s+(?:on|about|über|sur|sobre|su|sui|sul|sulla|over|om|${SPEAKS})|(\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){1,2})\s+(?:on|about)|(\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){1,2})\s+${SPEAKS})\s+\S|^[*_]*(?:(?:The|An?)\s+)?(?:${PIECE_KIND}|Q&A|Q & A)\s+[Ww]ith\s+(\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){1,2}),\s+([^,.!?:;]{3,60})[*_]*$`, 'u');
/** A headline naming the piece, a colon, then only a full name: `Proust Questionnaire: Maria Lopez`, `The Exit Interview: Maria Lopez`. */
/** The same with her job after a comma: `Interview: Maria Lopez, Bridge Engineer`, `Interview: Maria Lopez, Brückenbauerin` (group 2 the job). */
const KIND_NAME_JOB = new RegExp(String.raw`^(?:[\p{L}'’&-]+\s+){0,3}${PIECE_KIND}\s*[:|–—]\s*(\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){1,2}),\s+([^.!?:;]{3,80})$`, 'u');
const KIND_THEN_NAME = new RegExp(String.raw`^(?:[\p{L}'’&-]+\s+){0,3}${PIECE_KIND}\s*[:|–—]\s*(\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){1,2})$`, 'u');
/** A headline giving the name, a colon, then the piece: `Maria Lopez: The Rolling Stone Interview`. */
const NAME_THEN_KIND = new RegExp(String.raw`^(\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){1,2})\s*[:|–—]\s*(?:(?:The|Das|Le|La|El|Il)\s+)?(?:[\p{L}'’&-]+\s+){0,3}${PIECE_KIND}$`, 'u');
/** A headline saying whom its questions are for: `10 Questions for Maria Lopez`, `Fünf Fragen an Maria Lopez`, `An Interview with Maria Lopez`. */
const QUESTIONS_FOR = /(?:^|\s)(?:(?:[Qq]uestions|QUESTIONS|[Ff]ragen|[Pp]reguntas|[Pp]erguntas|[Dd]omande|[Vv]ragen|[Ff]rågor) (?:for|to|an|à|a|aan|till|para)|^(?:(?:An?|The) )?(?:[Ii]nterview|INTERVIEW|Q&A|[Cc]onversation) with) (\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){1,2})[*_]*$/u;
const QUOTED_BY_NAME = /^[*_]*(\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){1,2})\s*:\s*["“„«‚‹‘»]/u;
const IN_CONVERSATION = /(?:^|\n)(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}),? (?:in conversation with|in dialogue with|im Gespräch mit|en conversation avec|en conversación con|in conversazione con|em conversa com) \p{Lu}/u;
/** A Vietnamese byline with the name first, alone on its line: `Tom Becker thực hiện` ("done by Tom Becker"), `Tom Becker (thực hiện)`. */
const VI_BYLINE_AFTER = /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})\s+\(?(?:thực hiện|ghi|ghi chép)\)?\.?$/u;
/** A byline closing a dek's last sentence: `Fundadora da Rhine Works fala sobre sua ideia. Por Tom Becker.` */
const BYLINE_TAIL_RE = /(?:^|[.!?]\s+)(?:By|Par|Por|Von|Di|Door|Av|Af)\s+(\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:de|van|von|du|da|di|le|la)\s+)?\p{Lu}[\p{L}'’-]+){1,3})\.?$/u;
/**
 * A page's author line, alone: `Words by Tom Becker`, `Written by ...`, `Author: ...`, `Tom Becker |
 * Nov 3, 2026`, `Tom Becker · 5 min read`, `Tom Becker, Staff Writer`, `Text:`, `Tekst:`, `Teksti:`, `Автор:`, `Κείμενο:`; or a note on the writer,
 * `Tom Becker is a staff writer at ...` (before the interview: its writer, who asked).
 */
const AUTHOR_LINE = new RegExp(
  String.raw`^(?:(?:[Ww]ords|[Ww]ritten|[Ss]tory|[Tt]ext|[Rr]eporting|[Rr]eported|[Aa]rticle|[Pp]osted|[Pp]ublished|[Tt]ranscribed and edited) by|(?:[Aa]uthor|[Aa]utor(?:in)?|[Aa]uteur|[Tt]ext|[Tt]exto|[Tt]esto|[Tt]ekst|[Tt]eksti|[Ss]zerző|[Ss]zöveg|[Tt]ekijä|[Ff]orfatter|[Ff]örfattare|[Yy]azar|[Aa]utorius|[Aa]utors|[Аа]втор(?:ка)?|[Тт]екст|Κείμενο|Συντάκτης)\s?:)\s+(\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:de|van|von|du|da|di|le|la)\s+)?\p{Lu}[\p{L}'’-]+){1,3})(?:\s*[|·•,–—]\s*.{0,60})?$|^(?!(?:By|Par|Por|Von|Di|Door|Av|Af)\s)(\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:de|van|von|du|da|di|le|la)\s+)?\p{Lu}[\p{L}'’-]+){1,3})(?:\s*[|·•]\s*(?:.{0,30}\d{4}.{0,20}|\d+\s*min(?:ute)?s?\s+read)|,\s+(?:(?:[Ss]taff|[Ss]enior|[Cc]ontributing|[Ss]pecial|[Ff]reelance|[Ss]cience|[Tt]ech(?:nology)?|[Bb]usiness|[Ff]eatures?|[Dd]eputy|[Mm]anaging)\s+)?(?:[Ww]riter|[Ee]ditor|[Rr]eporter|[Cc]orrespondent|[Cc]ontributor|[Jj]ournalist|[Cc]olumnist)\b.{0,60})$`,
  'u',
);
/** A dek telling whom the guest spoke to: "She tells Tom Becker what keeps her up at night", "he told Tom Becker", "The hydrologist talks to Tom Becker" (a job, group 1). */
const TOLD_RE = /(?:^|[\s.!?])(?:[Ss]he|[Hh]e|[Tt]hey|[Tt]he (\p{Ll}[\p{Ll}-]+)) (?:tells|told|explains to|explained to|speaks to|spoke to|talks to|talked to|talks with|spoke with|talked with) (?!The\s)(\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:de|van|von|du|da|di|le|la)\s+)?\p{Lu}[\p{L}'’-]+){1,3})/u;
/** A dek saying who sat down with whom, both by full name ("Reporter Tom Becker sat down with engineer Maria Lopez", "... interviewed ...", "... interviewed the bridge engineer ..."; "Tom Becker har talat med hydrologen Maria Lopez", "... a stat de vorbă cu ...", "... trò chuyện với nhà thủy văn học ..."): the first asks. (Not "sat down with us", nor with a paper, "with The Rhine Post".) */
const SAT_WITH_RE = /(?:^|[.!?]\s+)(?:(?:(?:[Oo]ur(?: own)?|The)\s+)?(?:[Rr]eporter|[Cc]orrespondent|[Hh]ost|[Ee]ditor|[Jj]ournalist|[Cc]olumnist)\s+|\p{Lu}[\p{L}]+['’]s\s+|(?:Ο|Η)\s+)?(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2}) (?:(?:sat down|sits down|spoke|speaks|talked|talks|met|meets|caught up|catches up) with|(?:speaks|talks) to|interviewed|interviews|(?:har )?(?:talat|talade|pratade|pratat|talt|talte|snakket) med|sprach mit|sprak met|praatte met|(?:habló|conversó|charló|ha (?:hablado|conversado|charlado)) con|(?:conversou|falou) com|ha parlato con|(?:s['’]est entretenue?|a parlé|a discuté) avec|(?:berbicara|berbincang|bercakap) dengan|a (?:stat de vorbă|vorbit|discutat) cu|rozmawiała? z|(?:mluvila?|hovořila?) s|trò chuyện với|(?:μίλησε|συνομίλησε|συζήτησε) με) (?:the\s+(?=[\p{Ll}-]+\s))?(?:(?!(?:us|me|him|her|them|to|the)\s)[\p{Ll}-]+\s){0,4}(?!The\s)(\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+)/u;
/**
 * A dek naming who asks by full name, the guest's too: "Tom Becker asks Maria Lopez why...", "In
 * conversation with Tom Becker, Maria Lopez ..." (another's name after it: "In conversation with
 * Maria Lopez, we talk..." bills the guest), "Maria Lopez answers Tom Becker's questions"; in other
 * languages by two names each ("Tom Becker fragt Maria Lopez", "Im Gespräch mit Tom Becker erklärt
 * Maria Lopez", "En conversación con ..."). Read in sentences only, not in a headline saying so, and
 * never of the one the headline names. (One who tells another, DEK_TOLD, only where the headline
 * names the teller: "Paul Kim racconta a Ana Silva..." under Maria Lopez's is no dek of hers.)
 */
const DEK_ASKER = /(?:^|[.!?]\s+)(?:(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2}) asks \p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+|In (?:conversation|an interview) with (?!The\s)(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2}), (?:\p{Ll}+ )?\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2} answer(?:s|ed) (\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2})['’]s questions|(\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+) (?:fragt|vraagt|demande à|pregunta a|chiede a|pergunta a) \p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+|(?:Im Gespräch mit|En conversation avec|En conversación con|In conversazione con|Em conversa com|In gesprek met) (\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+),? (?:\p{Ll}+ ){0,2}\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+|(?:\p{Lu}\p{Ll}{0,2}\s+\p{Ll}[\p{Ll}-]+\s+|L['’]\p{Ll}[\p{Ll}-]+\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2} (?:a répondu aux questions de|répond aux questions de|respondió a las preguntas de|responde a las preguntas de|ha risposto alle domande di|risponde alle domande di|respondeu às perguntas de|responde às perguntas de|beantwortete? die Fragen von|beantwoordde de vragen van|beantwoordt de vragen van) (\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2}))/u;
/** A dek's one who tells and the one told, by full names: "Maria Lopez tells Tom Becker ...", "... erzählt ...", "... explique à ...", "... le cuenta a ..." (the teller, group 1; the one told, group 2). */
const DEK_TOLD = /(?:^|[.!?]\s+)(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2}) (?:tells|told|explains to|explained to|erzählt|erklärt|vertelt|explique à|raconte à|(?:le )?(?:cuenta|explica) a|racconta a|spiega a|conta a|explica a) (\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2})(?![\p{L}'’])/u;
/** Two by full name, where each works perhaps, then whom they talked with or to: "Maria Lopez of Rhine Works and Paul Kim talked with Tom Becker", "... talk to Tom Becker". */
const PAIR_WITH_RE = /(?:^|[.!?]\s+)(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2})(?:,?\s+(?:of|from|at)\s+[^,.;!?]{1,40}?)?,?\s+and\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2})(?:,?\s+(?:of|from|at)\s+[^,.;!?]{1,40}?)?,?\s+(?:(?:sat down|sit down|spoke|speak|talked|talk|met|meet|caught up) with|(?:spoke|speak|talked|talk) to) (\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+)/u;
/** German's perfect for SAT_WITH_RE, the participle last: "Tom Becker hat mit der Brückeningenieurin Maria Lopez gesprochen", "... hat sich mit ... unterhalten" (the first asks; not "Maria Lopez hat mit Stahl Brücken gebaut"). */
const SPOKE_WITH_DE = /(?:^|[.!?]\s+)(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2}) hat (?:sich )?mit (?:(?:der|dem|den)\s+)?(?:\p{Lu}[\p{Ll}-]+\s+){0,2}\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+\s+(?:[\p{L}-]+\s+){0,6}?(?:gesprochen|geredet|unterhalten|ein (?:Interview|Gespräch) geführt)(?![\p{L}])/u;
/** A reporter meeting the guest, the job before the name: "Our reporter Tom Becker met Maria Lopez on the bridge", "... spoke to ..." (without the job, "met" tells not who asked, nor "spoke to": "Maria Lopez spoke to Tom Becker"). */
/** A dek's writer meeting the guest it has named, by a pronoun: "Tom Becker met her in Bonn.", "Tom Becker spoke with him", "Tom Becker traf sie", "Tom Becker habló con ella", "Tom Becker l'a rencontrée". */
const MET_THEM = /(?:^|[.!?]\s+)(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2}) (?:(?:met|meets|met with|meets with|(?:spoke|speaks|talked|talks) (?:with|to)|sat down with|sits down with|interviewed|interviews|caught up with) (?:her|him|them)|(?:traf|trifft) (?:sie|ihn)|(?:sprach|spricht) mit (?:ihr|ihm)|hat (?:sie|ihn) getroffen|(?:habló|conversó) con (?:ella|él)|l['’]a rencontrée?|s['’]est entretenue? avec (?:elle|lui))(?![\p{L}])/u;
const REPORTER_MET_RE = /(?:^|[.!?]\s+)(?:(?:[Oo]ur(?: own)?|The)\s+)?(?:[Rr]eporter|[Cc]orrespondent|[Jj]ournalist|[Cc]olumnist|[Ee]ditor)\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2}) (?:met|meets|visited|visits|(?:spoke|speaks|talked|talks) to) (?:(?!(?:us|me|him|her|them|the)\s)[\p{Ll}-]+\s){0,4}(?!The\s)\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u;
/** A full name, then a date alone (a time of day after it perhaps): `Tom Becker 1 december 2026`, `Tom Becker, December 1, 2026, 10:00`. */
const NAME_THEN_DATE = /^(?!(?:By|Par|Por|Von|Di|Door|Av|Af)\s)(\p{Lu}[\p{Ll}'’-]+(?:\s+(?:(?:de|van|von|du|da|di|le|la)\s+)?\p{Lu}[\p{Ll}'’-]+){1,2}),?\s+((?:\d{1,2}\.?\s+\p{L}{3,12}\.?|\p{L}{3,12}\.?\s+\d{1,2},?)\s+\d{4}(?:,?\s+\d{1,2}[:.h]\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?(?:\s+\p{Lu}{2,4})?)?)$/u;
/** A line alone naming an interview "of" a full name: `Entrevista de Tomás Becker`, `Entrevue de ...`, `Intervista di ...`. */
const INTERVIEW_OF_ALONE = /^(?:entrevista|entrevue|intervista)\s+d[ei]\s+(\p{Lu}[\p{Ll}'’-]+(?:\s+(?:(?:de|del|da|dos|van|von|di)\s+)?\p{Lu}[\p{Ll}'’-]+){1,3})$/iu;
/** A full name alone on its line. */
const BARE_NAME = /^(\p{Lu}[\p{Ll}'’-]+(?:[^\S\n]+(?:(?:de|van|von|du|da|di|le|la)[^\S\n]+)?\p{Lu}[\p{Ll}'’-]+){1,2})$/u;
/** A byline alone: `By Maria Lopez`, the writer of an interview article, who asked the questions; a place or a job after a comma too, `Por Tom Becker, de São Paulo`, `By Tom Becker, Staff Writer`, or the date, `By Tom Becker, March 3, 2026`, or the date after a bar, `By Tom Becker | March 3, 2026`. */
const BYLINE_ONLY_RE = /^(?:[Bb]y|BY|[Pp]ar|PAR|[Pp]or|POR|[Vv]on|VON|[Dd]i|[Dd]oor|[Aa][vf]|[Oo]leh|OLEH|Του|Της|Από τ(?:ον|ην)|Γράφει (?:ο|η))\s+(\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:de|van|von|du|da|di|le|la)\s+)?\p{Lu}[\p{L}'’-]+){1,3})(?:\s+(?:and|und|et|y|e|en|och|og|&)\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})?(?:,\s+[^,.!?\n]{2,40}|,\s+(?=[^\n]*\d{4})[^!?\n]{2,40}|\s+[|·•]\s+[^\n|·•]{2,40}(?:\s+[|·•]\s+[^\n|·•]{2,40})?)?$/u;
/** A Japanese profile's opening: a name in kanji and its reading in kana in parentheses. */
const CJK_PROFILE_RE = /^([\p{Script=Han}\p{Script=Katakana}]{2,8})\s*[（(][\p{Script=Hiragana}\p{Script=Katakana}・ー\s]{2,20}[)）]/u;
/** A Roman numeral alone on its line, perhaps with a full stop: `II.`. */
const ROMAN_LINE = /^[IVX]{1,5}\.?$/;
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII', 'XVIII', 'XIX', 'XX'];
/** A part of a hearing or a talk named with a full stop, as some transcribers write it: `Prepared remarks.`, `Other remarks.`, `Questions and answers.`. */
const SPEECH_PART_LINE = /^(?:\p{Lu}\p{Ll}+\s+){0,2}(?:remarks|statement|testimony|questions(?: and answers)?|q&a|discussion)\.$/iu;
/** A Chinese headline closing with the guest after the word for a conversation: `桥梁的未来：对话玛丽亚·洛佩兹` (a colon after it, and a job before a name with its middle dot, too: `专访：钢桥工程师玛丽亚·洛佩兹`). */
const CJK_TITLE_TAIL_RE = /(?:^|[：:—\-|｜\s])(?:对话|對話|专访|專訪|独家专访|獨家專訪)[：:]?\s*(?:\p{Script=Han}{0,8}?(?:教授|博士|总裁|總裁|主席|[师師家员員长長者人官士]))?(\p{Script=Han}{1,4}[·・]\p{Script=Han}{1,6})$|(?:^|[：:—\-|｜\s])(?:对话|對話|专访|專訪|独家专访|獨家專訪)[：:]?\s*(\p{Script=Han}{2,3})$/u;
/** A Chinese or Japanese headline that opens with a name and a colon, perhaps after "interview with"; a foreign name with its dot too, `专访玛丽亚·洛佩兹：...` (its given name four characters at most: `工程师玛丽亚·洛佩兹` names no one for sure). */
/** A Japanese headline opening with the guest's name and an honorific, asking or told (`田中花子さんに聞く：...`, `田中花子氏が語る...`; a foreign name in katakana too, `ロペス氏に聞く`, a full one with its dot without it, `マリア・ロペスに聞く`); after a few words on her set apart, `橋を守るエンジニア、田中花子さんに聞く`, `建築家・田中花子さんに聞く`, `【インタビュー】田中花子さん...`, or her job in katakana, `エンジニア田中花子さんに聞く`. */
const JA_TITLE_NAME_RE = /^(?:[^、。：:「」【】]{1,30}、|[^、。：:「」【】]{0,29}[^、。：:「」【】\p{Script=Katakana}ー・]・|【[^】]{1,12}】\s*|[\p{Script=Katakana}ー]{2,12}(?=\p{Script=Han}))?([\p{Script=Han}]{2,4}|\p{Script=Katakana}[\p{Script=Katakana}ー・]{1,15})(?:さん|氏|先生|(?<=[\p{Script=Katakana}ー]・\p{Script=Katakana}[\p{Script=Katakana}ー]{1,12}))(?:に聞く|に聞いた|にきく|が語る|インタビュー)/u;
/** A name's last word that says it is a company's or an institution's: `Rhine Works`, `Bonn University`, `Acme GmbH`. */
/** The words before a name the dek gives only as someone's employer: a job (one word between them at most), then "of", "at", "de"... */
const EMPLOYED_AT = /(\p{L}+)(?:\s+(\p{L}+))?\s+(?:of|at|de|del|della|da|di|du|des|à|au|von|van|bei|chez|för|på|hos|voor|bij|w|z|em|na|no|do|dell['’])\s+(?:the\s+)?$/u;
/** Jobs and offices written small before an employer, in English and the Romance languages: `CEO of`, `ingeniera jefa de`, `directrice de`. */
const EMPLOYEE = new Set('ceo cto cfo coo head chief president director manager ingeniero ingeniera ingénieur ingénieure ingegnere ingegnera engenheiro engenheira jefe jefa directora director directeur directrice direttore direttrice diretor diretora fundador fundadora fondateur fondatrice fondatore presidente presidenta président présidente portavoz investigador investigadora chercheur chercheuse ricercatore ricercatrice pesquisador pesquisadora responsable responsabile gerente dirigente professor professeur professeure profesor profesora professore professoressa professorin lecturer dean'.split(' '));
/** A word for a job, listed or told by how it is made, or one written small before an employer (`engineer`, `Brückenbauerin`, `CEO,`): its punctuation aside. */
const jobWord = (w: string): boolean => {
  const bare = w.replace(/[.,;:]$/, '');
  return isJob(bare) || EMPLOYEE.has(bare.toLowerCase());
};
/**
 * Whether `dek` gives `name` a job: after it, set apart by a comma or in parentheses, or said of it
 * ("Maria Lopez, Head of Inspection at Rhine Works", "Maria Lopez (engineer)", "Maria Lopez is the
 * chief engineer"), or right before it ("Head of Inspection Maria Lopez", "engineer Maria Lopez").
 */
function jobGiven(dek: string, name: string): boolean {
  const n = escapeRe(name);
  // (A writer's job is none of it: "Tom Becker, our senior editor, talked with Maria Lopez" gives the one who asks.)
  const jobIn = (words: string | undefined) => !WRITER_JOB.test(words ?? '') && (words ?? '').split(/[^\p{L}-]+/u).some((w) => w.length >= 2 && (isJobWord(w) || jobWord(w)));
  // (A company's possessive before the job too: "Maria Lopez, Rhinebridge’s Executive Vice President".)
  const after = new RegExp(`(?<![\\p{L}])${n}(?:,\\s+|\\s+\\(|\\s+(?:is|was)\\s+)((?:[\\p{L}&'’-]+\\s+){0,3}[\\p{L}-]+)`, 'gu');
  const before = new RegExp(`((?:[\\p{L}-]+\\s+){1,3})${n}(?![\\p{L}])`, 'gu');
  return [...dek.matchAll(after)].some((m) => jobIn(m[1])) || [...dek.matchAll(before)].some((m) => jobIn(m[1]!.split(/\s+/).slice(-4).join(' ')));
}
/** The word for a work, and perhaps "called", right before its title: "her new book, ", "the film ", "ihr Buch ". */
const WORK_BEFORE = /(?<![\p{L}])(?:book|novel|memoir|biography|film|movie|album|record|documentary|series|play|essay|report|study|paper|podcast|newsletter|Buch|Roman|Film|Album|livre|roman|libro|novela|película|disco|romanzo|boek)[,:]?\s+(?:(?:called|titled|entitled|named)\s+)?["“‘«„*_]*$/u;
/**
 * Whether every time `dek` writes `name` it follows a work's word (WORK_BEFORE) and closes its
 * clause: a title, no one's name. ("In her new book, Maria Lopez argues..." names the subject.)
 */
function workIn(dek: string, name: string): boolean {
  const at = [...dek.matchAll(new RegExp(`(?<![\\p{L}])${escapeRe(name)}(?![\\p{L}])`, 'gu'))].map((m) => m.index!);
  return at.length > 0 && at.every((i) => WORK_BEFORE.test(dek.slice(Math.max(0, i - 40), i)) && /^["”’»*_]*\s*(?:[.,;:!?)(]|$)/u.test(dek.slice(i + name.length)));
}
/** A record's field for where it was made, right before its value: `Location: `, `Venue: `, `Ort: `, `Lieu : `. */
const PLACE_FIELD_BEFORE = /(?<![\p{L}])(?:location|place|venue|recorded at|ort|aufnahmeort|lieu|lugar|luogo|local)\s*[:：]\s*$/iu;
/** Whether every time `dek` writes `name` it is a place's field value (`Location: Tarrow Community Hall`): where, no one. */
function placeIn(dek: string, name: string): boolean {
  const at = [...dek.matchAll(new RegExp(`(?<![\\p{L}])${escapeRe(name)}(?![\\p{L}])`, 'gu'))].map((m) => m.index!);
  return at.length > 0 && at.every((i) => PLACE_FIELD_BEFORE.test(dek.slice(Math.max(0, i - 20), i)));
}
/** Whether every time `dek` writes `name` it follows a job, or one of `people`, and a preposition of employment (`chief engineer of Rhine Bridges`, `Maria Lopez of Rhine Bridges`). */
function employerIn(dek: string, name: string, people: string[]): boolean {
  const at = [...dek.matchAll(new RegExp(`(?<![\\p{L}])${escapeRe(name)}(?![\\p{L}])`, 'gu'))].map((m) => m.index!);
  return at.length > 0 && at.every((i) => {
    const m = EMPLOYED_AT.exec(dek.slice(Math.max(0, i - 60), i));
    const job = (w: string | undefined) => w != null && jobWord(w);
    if (m != null && (job(m[1]) || job(m[2]) || (m[2] != null && people.includes(`${m[1]} ${m[2]}`)))) return true;
    // (Or after English "at" whatever comes before, `runs inspection at Rhine Bridges`, where the dek
    // names a person beside it: one is never "at" a person. Not Danish's or Norwegian's "at", "that":
    // only in a dek English's own small words mark.)
    return /\sat\s+(?:the\s+)?$/.test(dek.slice(Math.max(0, i - 10), i)) && ENGLISH_DEK.test(dek) && people.some((p) => /\s/.test(p) && !ORG_END.test(p));
  });
}
/** English's own small words, that Danish and Norwegian (whose "at" is "that") never write. */
const ENGLISH_DEK = /\b(?:the|with|and)\b/;
/** A name's last word that makes it a company's, an institution's or an event's, no person's: `Rhine Works`, `Bonn University`, `Bridge Week`. */
const ORG_END = /\s(?:Works|Werke|Labs?|Inc\.?|Ltd\.?|LLC|GmbH|AG|SA|SE|Group|Gruppe|Bank|Capital|Partners|Systems|Technologies|Media|Foundation|Stiftung|Institute|Institut|University|Universität|Universidad|Université|Company|Corp\.?|Corporation|Studios?|Records|Motors|Airlines|Energy|Holdings|Ventures|Networks?|Press|Verlag|Times|Post|News|Magazine|Review|Journal|Agency|Council|Association|Society|Club|College|School|Hospital|Museum|Bio|Biosciences|Therapeutics|Pharma|Pharmaceuticals|Health|Robotics|Software|Analytics|Solutions|Consulting|Industries|Logistics|Insurance|Dynamics|Semiconductors?|Electronics|Week|Summit|Conference|Festival|Forum|Expo|Congress|Symposium|Meetup|Workshop)$/u;
/** What a Chinese, Japanese or Korean headline calls the piece before its colon, no one's name: `座談会：...`, `圆桌：...`, `좌담회: ...`; a Chinese column's name too, `深度：...`, `人物｜...`. */
// (Nor words with the particle 的 or the conjunction 与, which no name has: `桥的未来：...`, "the future of the bridge", `水与盐：...`.)
// (Or a compound closing with one, `桥梁访谈`, "bridge interview", `技術者対談`: a piece's name, never a person's.)
const CJK_PIECE_WORD = /^\p{Script=Han}{0,8}(?:访谈|訪談|访谈录|訪談錄|专访|專訪|采访|採訪|对话|對話|座谈|座談|座談会|対談|鼎談)$|^(?:座談会|対談|鼎談|特集|連載|(?:圆桌|圓桌)(?:对话|對話|会议|會議|论坛|論壇|讨论|討論)?|对话|對話|专访|專訪|独家专访|獨家專訪|访谈|訪談|访谈录|訪談錄|特稿|独家|獨家|深度|观点|觀點|评论|評論|视点|視點|人物|封面|焦点|焦點|观察|觀察|좌담회|대담|특집|인터뷰)$|^\p{Script=Han}*[的与與]\p{Script=Han}*$/u;
/** A Japanese headline opening with a name and the words it quotes (`マリア・ロペス「水は橋の敵だ」`, `田中花子さん「...」`): a foreign name with its dot, or one with an honorific. */
const JA_QUOTED_TITLE_RE = /^([\p{Script=Katakana}ー]{2,8}[・＝=][\p{Script=Katakana}ー]{2,10}|[\p{Script=Han}]{2,4}(?=さん|氏|先生))(?:さん|氏|先生)?\s*[「『]/u;
const CJK_TITLE_NAME_RE = /^(?:对话|對話|专访|專訪|独家专访|獨家專訪)?([\p{Script=Han}·・]{2,4}|[\p{Script=Han}]{1,4}[·・][\p{Script=Han}]{1,6})[：:]/u;
/** A headline in a script without case opening with two or three words and a colon or a comma (`ماريا لوبيز: ...`, `마리아 로페스, 다리를 말하다`): perhaps the guest's name. */
const CASELESS_TITLE_NAME_RE = /^([\p{Lo}\p{M}]{2,12}(?: [\p{Lo}\p{M}]{2,12}){1,2})\s*[:：,，、،]\s*\S/u;
/** A headline in a script without case saying whom the interview is with (`حوار مع ماريا لوبيز`, `گفتگو با ماریا لوپز`, `ראיון עם מריה לופז`, `मारिया लोपेज़ से बातचीत`): perhaps the guest's name. */
// (After a quotation and a colon too, as a headline quotes the guest first: `"पुल धैर्यवान होते हैं": मारिया लोपेज़ से बातचीत`.)
const CASELESS_TITLE_WITH_RE = /^(?:["“«„][^"“”«»„]{1,120}["”»“]\s*[:：]\s*)?(?:(?:حوار|مقابلة|لقاء|گفتگو|گفت‌وگو|مصاحبه|ראיון|שיחה)\s+(?:مع|با|עם)\s+([\p{Lo}\p{M}]{2,12}(?: [\p{Lo}\p{M}]{2,12}){1,2})|([\p{Lo}\p{M}]{2,12}(?: [\p{Lo}\p{M}]{2,12}){1,2})\s+(?:से|के साथ)\s+(?:बातचीत|साक्षात्कार))$/u;
/**
 * An Arabic headline "interview with" a name, the job before it with its article (`مقابلة مع
 * المهندسة ماريا لوبيز: ...`, "interview with the engineer Maria Lopez"; after the headline's question too,
 * `لماذا تنهار الجسور؟ حوار مع المهندسة ماريا لوبيز`): the name, two or three
 * words none with the article, whether or not the text writes it again (not `مقابلة مع رئيس
 * الوزراء`, "with the prime minister", an office).
 */
const AR_INTERVIEW_WITH_RE = /^(?:["“«„][^"“”«»„]{1,120}["”»“]\s*[:：]\s*|[^"“”«»„؟?:：]{1,120}[؟?:：]\s*)?(?:حوار|مقابلة|لقاء)\s+(?:(?:خاص|خاصة)\s+)?مع\s+(?:ال[\p{Lo}\p{M}]{1,12}\s+){0,3}((?!ال)[\p{Lo}\p{M}]{2,12}(?:\s(?!ال)[\p{Lo}\p{M}]{2,12}){1,2})\s*(?:$|[:：،,]\s*\S)/u;
/** An Arabic headline opening with a job and its article, then the name, then a colon (`المهندسة ماريا لوبيز: الماء ينتصر دائما`, "the engineer Maria Lopez: ..."): the name. */
const AR_JOB = 'ال(?:مهندس|دكتور|كاتب|فنان|رئيس|باحث|خبير|مخرج|روائي|صحفي|أستاذ|عالم|طبيب|لاعب|مدرب|وزير|سفير|مؤرخ|شاعر|ممثل|مغني|مصمم|مؤسس|مدير)ة?';
const AR_JOB_NAME_RE = new RegExp(String.raw`^${AR_JOB}\s+((?!ال)[\p{Lo}\p{M}]{2,12}(?:\s(?!ال)[\p{Lo}\p{M}]{2,12}){1,2})\s*[:：]\s*\S`, 'u');
/** A job with its article before a name, in Arabic or Hebrew (`المهندسة`, `המהנדסת`, "the engineer"): no word of the name. */
const ARTICLED_JOB = new RegExp(String.raw`^(?:${AR_JOB}|ה(?:מהנדס|רופא|סופר|אמן|חוקר|מנהל|מדען|עיתונאי|אדריכל|שחקן|במאי|פרופסור|מורה|נשיא|מעצב|צלם|משורר|זמר|מדריך|כלכלן)(?:ת|ית|ה)?)$`, 'u');
/**
 * A Hebrew headline "interview with" a name after a job, as AR_INTERVIEW_WITH_RE reads Arabic's:
 * the job with its article joined to it (`ראיון עם המהנדסת מריה לופס`, "with the engineer Maria
 * Lopez"), the name the headline's last two words, neither with the article nor a word of the
 * phrase (`ראיון עם המהנדסת הראשית של רכבת ישראל`, "with the chief engineer of Israel Railways",
 * names no one; nor does an office without the article, `ראיון עם ראש העיר`, "with the mayor").
 */
const HE_INTERVIEW_WITH_RE = /^(?:["“«„][^"“”«»„]{1,120}["”»“]\s*[:：]\s*|[^"“”«»„?:：]{1,120}[?:：]\s*)?(?:ראיון|שיחה)\s+עם\s+(?:ה[\p{Lo}\p{M}]{2,12}\s+){1,3}((?!ה|(?:של|את|על|עם|אל|בין|כל|לא|מן)\s)[\p{Lo}\p{M}'׳"״-]{2,12}\s(?!ה)[\p{Lo}\p{M}'׳"״-]{2,12})$/u;
/**
 * A headline in a script without case whose words end with a name after a job (`حوار مع مهندسة
 * الجسور ماريا لوبيز`, `교량 엔지니어 마리아 로페스 인터뷰`, `पुल इंजीनियर मारिया लोपेज़ से बातचीत`):
 * the words between the word for an interview and its end.
 */
const CASELESS_TITLE_TAIL_RE = /^(?:(?:حوار|مقابلة|لقاء|گفتگو|گفت‌وگو|مصاحبه|ראיון|שיחה)\s+(?:مع|با|עם)\s+((?:[\p{Lo}\p{M}]{1,12}\s+){2,7}[\p{Lo}\p{M}]{1,12})|((?:[\p{Lo}\p{M}]{1,12}\s+){2,7}[\p{Lo}\p{M}]{1,12})\s+(?:인터뷰|(?:से|के साथ)\s+(?:बातचीत|साक्षात्कार)))$/u;
/**
 * The name a caseless headline closes with (CASELESS_TITLE_TAIL_RE), where the text writes it
 * again: its last two words, else three (a job's words before it are no part of it); Hangul only
 * where the text writes it before a particle or a title (`마리아 로페스는`), as a dek's subject.
 */
function caselessTailName(headline: string, all: string): string | null {
  const m = CASELESS_TITLE_TAIL_RE.exec(headline.trim());
  if (!m) return null;
  const words = (m[1] ?? m[2])!.split(/\s+/);
  for (const k of [2, 3]) {
    const run = words.slice(-k);
    if (run.length < k || run.some((w) => new RegExp(`^(?:${KO_TITLES})$`, 'u').test(w))) continue;
    const name = run.join(' ');
    const again = /\p{Script=Hangul}/u.test(name) ? new RegExp(`${escapeRe(name)}(?:[은는이가의와과]|\\s*(?:${KO_TITLES}))`, 'u').test(all) : all.split(name).length > 2;
    if (again) return name;
  }
  return null;
}
/** A Korean headline opening with the guest's name before a quotation or 인터뷰 (`마리아 로페스 "다리는..."`), perhaps after a kicker in brackets (`[인터뷰] 마리아 로페스 "..."`). */
// (Not words closed by the genitive's 의, `다리의 미래: ...`, "the future of bridges", which no name is.)
const KO_TITLE_NAME_RE = /^(?:\[[^\]]{1,10}\]\s*)?([\p{Script=Hangul}]{2,4}(?<!의)(?:\s[\p{Script=Hangul}]{2,5}(?<!의))?)\s*(?:["“'‘「]|인터뷰|[：:])/u;
/** A Korean headline closing with the guest's name and 인터뷰 after a colon, no title between them: `다리의 미래: 마리아 로페스 인터뷰`; or "the interview with" her, `마리아 로페스와의 인터뷰`, `김민수 씨와의 대담`. */
const KO_NAME_LAST_RE = /(?:[:：]\s*([\p{Script=Hangul}]{2,4}(?:\s[\p{Script=Hangul}]{2,5})?)\s*인터뷰|(?:^|[:：]\s*)([\p{Script=Hangul}]{2,4}(?:\s[\p{Script=Hangul}]{2,5})?)(?:\s?(?:씨|님))?(?:와|과)의\s*(?:인터뷰|대화|대담))$/u;
/** A word and the capitalised word after it (`Ms. Lopez`): a surname where the first is a title (TITLE). */
const WORD_AND_NAME = /(?<![\p{L}])(\p{L}+\.?)(?= (\p{Lu}[\p{Ll}'’-]+)(?![\p{L}]))/gu;
/** Words a headline opens with before a name, never a first name (`How Lopez Saved...`). */
const HEADLINE_LEAD = new Set('what why how when where who which whose the a an in on at for from with after before inside meet'.split(' '));

/**
 * The full name in a headline in title case (`Maria Lopez Knows Why Bridges Fail`, `What Maria
 * Lopez Learned...`): a capitalised word and a surname the text writes after a title elsewhere
 * (`Ms. Lopez`), the one such pair; else null.
 */
function titledSurnameName(headlines: string, all: string): string | null {
  const surnames = new Set([...all.matchAll(WORD_AND_NAME)].filter((m) => TITLE.test(m[1]!)).map((m) => m[2]!));
  if (!surnames.size) return null;
  const found = new Set<string>();
  for (const line of headlines.split('\n')) {
    const words = line.split(/\s+/).map((w) => w.replace(/['’]s$|[,:;.!?"”’)]+$/u, ''));
    for (let i = 1; i < words.length; i++) {
      const first = words[i - 1]!;
      if (surnames.has(words[i]!) && /^\p{Lu}\p{Ll}+$/u.test(first) && !HEADLINE_LEAD.has(first.toLowerCase())) found.add(`${first} ${words[i]}`);
    }
  }
  return found.size === 1 ? [...found][0]! : null;
}

/** A byline in Arabic, Hebrew, Persian or Hindi: the word for who interviewed, a colon, the name (`حاورها: توم بيكر`, `حوار: توم بيكر`, `ראיון: תום בקר`). */
/** (The verbs, "interviewed her", without the colon too: `حاورها توم بيكر`, a woman's too, `حاورتها`, a full stop after the name too.) */
const CASELESS_BYLINE_RE = /^(?:(?:ראיון|שוחח(?:ה)?|حوار|مقابلة|مصاحبه(?:\s+از)?|گفت‌وگو(?:\s+از)?|साक्षात्कार|बातचीत)\s*[:：]|(?:حاورت?(?:ه|ها|هم)?|أجرى الحوار|أجرت الحوار|ראיינה|ראיין|โดย|เรื่อง)\s*[:：]?)\s*([\p{Lo}\p{M}]{2,12}(?:\s[\p{Lo}\p{M}]{2,12}){1,2})\.?(?:\s*[|·•]\s*[^|·•\n]{2,40})?$/u;
/** A Korean byline: the name and 기자 (reporter), perhaps an address after it: `김민수 기자`, a foreign name in words, `톰 베커 기자`; alone, or closing the dek's last sentence (`...를 만났다. 김민수 기자`); after 글 ("text") too, the photographer's credit after it, `글 김민수 기자 / 사진 이지은 기자`. */
// (In brackets too, as a Korean paper closes its article: `[톰 베커 기자 tom@example.com]`.)
const KO_BYLINE_RE = /(?:^|[.!?。]\s+)(?:\[(?=[^\]\n]{1,80}\]$))?(?:(?:글|취재|정리|인터뷰)\s+)?([\p{Script=Hangul}]{2,4}|[\p{Script=Hangul}]{1,5}(?:\s[\p{Script=Hangul}]{1,6}){1,2})\s*(?:기자|특파원|객원기자|선임기자)(?:\s+\S+@\S+)?(?:\s*[/|·]\s*(?:사진|촬영)\s+[^\n/]{1,20})?\]?$/u;
/** A full name and what the person is, after a comma or in parentheses: `Maria Lopez, Spokesperson for the Secretary-General`, `Chi Onwurah (Chair)`. (The role's first word in group 2 or 3.) */
/**
 * A relative's label as a family's recording writes it (`Grandma:`, `Dad:`, `Abuela:`, `Oma:`), and
 * the words an introduction calls that relative by after "my" ("my grandmother, Rosa Lopez").
 */
const KIN: [RegExp, string][] = [
  [/^(?:grandma|granny|gran|nana|nan|grandmother|abuela|abuelita|oma|nonna|avó|vovó|mamie|babcia)$/iu, 'grandmother|grandma|granny|nana|abuela|großmutter|oma|grand-mère|nonna|avó|babcia'],
  [/^(?:grandpa|granddad|grandad|gramps|grandfather|abuelo|abuelito|opa|nonno|avô|vovô|papy|dziadek)$/iu, 'grandfather|grandpa|granddad|grandad|abuelo|großvater|opa|grand-père|nonno|avô|dziadek'],
  [/^(?:mom|mum|mama|mommy|mummy|mother|mamá|mãe|maman|mutti|mamma)$/iu, 'mother|mom|mum|madre|mutter|mère|mãe'],
  [/^(?:dad|daddy|papa|pop|father|papá|pai|papà|vati)$/iu, 'father|dad|padre|vater|père|pai'],
];
/** "My" before a relative in the languages KIN reads. */
const MY = String.raw`(?:[Mm]y|[Oo]ur|[Mm]is?|[Mm]a|[Mm]on|[Mm]eine[mr]?|[Mm]ia|[Mm]io|[Mm]inha|[Mm]eu)`;
const APPOSITION = /(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})(?:,\s+(?:the\s+)?([\p{L}-]+)|\s+\(([\p{L}-]+)\))/gu;
/**
 * A dek saying who asked, the name first: "Tom Becker asked the questions.", "... conducted the
 * interview", "... interviewed her", "... spoke with her" (the writer's job between commas too,
 * "Tom Becker, our editor, interviewed her", and only so "... asked her about ...": "Tom Becker
 * asked her about bridges" may tell of anyone); in Dutch, Portuguese, Spanish, Italian,
 * German, French, Swedish, Danish, Norwegian, Turkish, Indonesian, Czech, Polish and Russian, "... sprak met haar", "... conversou
 * com ela", "... hat mit ihr über Brücken gesprochen", "... s'est entretenu avec elle", "... har talt med hende", "... onunla İstanbul'da konuştu", "... berbincang dengannya",
 * "... s ní mluvil", "... rozmawiał z nią", "... поговорила с ним".
 */
const ASKER_RE = /(?:^|[.!?]\s+)(\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:de|van|von|du|da|di|le|la)\s+)?\p{Lu}[\p{L}'’-]+){1,3})(?:,\s(?:our|the|a|an)\s[^,.!?]{2,40},)? (?:asked the questions|(?<=, )asked (?:her|him|them) (?:about|what|how|why|whether)\b|asked me (?:a few |some |\d+ |these |the )?questions|conducted (?:the|this) interview|interviewed (?:her|him|them)|(?:spoke|talked) (?:with|to) (?:her|him|them)|sprak met (?:haar|hem|hen)|(?:conversou|falou) com (?:ela|ele|eles|elas)|(?:habló|conversó) con (?:ella|él|ellos|ellas)|ha parlato con (?:lei|lui|loro)|sprach mit (?:ihr|ihm|ihnen)|hat mit (?:ihr|ihm|ihnen) (?:[\p{L}-]+ ){0,6}(?:gesprochen|geredet)|hat (?:sie|ihn) (?:[\p{L}-]+ ){0,4}(?:interviewt|befragt)|s['’]est entretenue? avec (?:elle|lui|eux)|a (?:parlé|discuté) avec (?:elle|lui|eux)|(?:talade|pratade) med (?:henne|honom|dem)|har (?:talt|snakket) med (?:hende|henne|ham|dem)|onunla (?:[\p{L}'’]+ ){0,2}(?:konuştu|görüştü)|(?:berbincang|berbicara|bercakap) dengan(?:nya| dia| beliau)|mewawancarai(?:nya| dia| beliau)|s (?:ní|ním|nimi) (?:mluvila?|hovořila?)|rozmawiała? z (?:nią|nim|nimi)|(?:поговорила?|побеседовала?) с (?:ней|ним|ними)|(?:la|lo|los|las) entrevistó|(?:a|o|os|as) entrevistou|l['’]ha intervistat[ao]|l['’]a (?:interviewée?|interrogée?)|interviewde (?:haar|hem|hen)|intervjuade (?:henne|honom|dem))(?![\p{L}])/u;
/** A Korean dek saying who met the guest: `이지은 기자가 만났다`. */
const KO_MET_RE = /([\p{Script=Hangul}]{2,4})\s*(?:기자|특파원)가\s*(?:만났다|만나 봤다|만나봤다|인터뷰했다|물었다|들었다)/u;
/** A Korean line that is only the name, a job and the word for an interview: `마리아 로페스 엔지니어 인터뷰` (a foreign name of two words too). */
/**
 * The one a Chinese dek says accepted the interview, her job run into her name (`检测部主管李娜接受了我们的采访`,
 * `王小明接受本报专访`): two or three characters before "accepted", from a common surname.
 */
function zhAcceptedName(dek: string): string | null {
  const m = /([\p{Script=Han}]{2,12}?)(?:日前|近日|近期)?接受(?:了)?(?:我们|本报|本刊|本台|记者|笔者)?(?:的)?(?:专访|采访|訪問|采訪|專訪)/u.exec(dek);
  if (!m) return null;
  const run = m[1]!;
  for (const k of [3, 2]) {
    const name = run.slice(-k);
    if (name.length === k && ZH_SURNAMES.has(name[0]!) && (k === 2 || !ZH_SURNAMES.has(run.slice(-2)[0]!) || run.length === 3)) return name;
  }
  return null;
}
/** A Korean dek saying whom the writer met, her name and her title (`팀장`, `교수`, `대표`...): `라인웍스의 김민지 팀장을 만났다`, `... 김민지 교수를 인터뷰했다`. */
const KO_MET_GUEST_RE = new RegExp(`(?:^|\\s)([\\p{Script=Hangul}]{2,4})\\s+(?:${KO_TITLES}|[\\p{Script=Hangul}]{0,4}(?:팀장|부장|과장|실장|센터장|본부장|소장|국장|처장|단장))(?:을|를)\\s*(?:만났다|만나\\s?봤다|인터뷰했다)`, 'u');
/** The same where her job comes before her name, as a foreign name is written in Hangul, two words too: `수문학자 마리아 로페스를 만났다` (a job ending as most do, `-자`, `-가`, `-사`, `-원`, `-장`). */
const KO_MET_JOB_RE = /(?:^|\s)[\p{Script=Hangul}]{1,6}(?:자|가|사|원|장)\s+([\p{Script=Hangul}]{2,5}(?:\s[\p{Script=Hangul}]{2,5})?)(?:을|를)\s*(?:만났다|만나\s?봤다|인터뷰했다)/u;
const KO_NAME_LINE = new RegExp(`^([\\p{Script=Hangul}]{2,4}(?:\\s[\\p{Script=Hangul}]{2,5})?)\\s+(?:${KO_TITLES})\\s*인터뷰$`, 'u');
/** KO_NAME_LAST_RE's name, as the other headlines' patterns give theirs (group 1). */
const koNameLast = (headline: string): [string, string] | null => {
  const m = KO_NAME_LAST_RE.exec(headline);
  return m ? [m[0], (m[1] ?? m[2])!] : null;
};
/** A Korean headline closing with the guest, a title and 인터뷰 (`... 김민수 엔지니어 인터뷰`). */
const KO_TITLED_RE = new RegExp(`([\\p{Script=Hangul}]{2,4})\\s+(?:${KO_TITLES})\\s*인터뷰(?=$|\\s*[:：])`, 'u');
/** A Chinese or Japanese byline: `文 | 李娜`, `文/李娜`, `记者 李娜`, `采访：李娜`. */
const CJK_BYLINE_FIELD = '(?:文|文字|采访|采写|撰文|记者|記者|採訪|採寫|編集|编辑|編輯|作者|取材・文|取材|インタビュー|聞き手|聞き手・構成|聞き手・文|構成)';
/**
 * A byline in Chinese or Japanese, its fields perhaps several (`采访/撰文：李娜`, `（聞き手・構成：佐藤花子）`,
 * a paper's name before 记者, `新京报记者 张伟`,
 * `（聞き手＝田中太郎）`, a name in katakana with its long vowels, `（聞き手・トム・ベッカー）`, the date after it, `文／湯姆·貝克　2026-03-03`), alone or in parentheses closing the dek's last sentence (`...話を聞いた。（聞き手・田中太郎）`).
 */
const CJK_BYLINE_RE = new RegExp(String.raw`(?:^[（(]?(?:\p{Script=Han}{2,8}(?=记者|記者))?|[。！？]\s*[（(])${CJK_BYLINE_FIELD}(?:\s*[/／・、]\s*${CJK_BYLINE_FIELD})*\s*[|｜/／:：・＝=]?\s*([\p{Script=Han}\p{Script=Katakana}][\p{Script=Han}\p{Script=Katakana}·・ー]{1,11})(?:[\s\u3000]+(?:撮影|写真|摄影|攝影|イラスト|構成|编辑|編集)\s*[|｜/／:：・＝=]\s*[^\n]{1,30}?)?(?:[\s\u3000]+\d{4}[-./年]\d{1,2}[-./月]\d{1,2}日?(?:\s+\d{1,2}:\d{2})?)?[)）]?$`, 'u');
/** Longest exchange a speaker quotes in a turn, in paragraphs. */
const QUOTED_EXCHANGE_MAX = 8;
/** Words that tell of an exchange before quoting it: "It went like this:", "The lawyer read from the record:", "He asked me:". */
const RECOUNTS = /\b(?:went|goes|like this|record|transcript|asked|said|told|read|wrote|testified|testimony|exchange|conversation|dialogue|cross-examination)\b/i;

/** Takes the labels off the exchanges speakers quote in their turns (see where it is called). */
function quotedExchanges(blocks: Block[]): void {
  const sideWord = (b: Block | undefined) => b?.kind === 'para' && b.label != null && isSideWord(b.label.key);
  const uses = new Map<string, number>();
  for (const b of blocks) if (b.label && !isSideWord(b.label.key) && !roleWord(b.label.key)) uses.set(b.label.key, (uses.get(b.label.key) ?? 0) + 1);
  if ([...uses.values()].filter((n) => n >= 2).length < 2 || !blocks.some(sideWord)) return;
  const runs: [number, number][] = [];
  for (let i = 0; i < blocks.length; i++) {
    if (!sideWord(blocks[i])) continue;
    let end = i;
    while (sideWord(blocks[end + 1])) end++;
    const before = blocks[i - 1];
    const after = blocks[end + 1];
    const sides = new Set(blocks.slice(i, end + 1).map((b) => roleWord(b.label!.key)));
    const quoted = before?.kind === 'para' && !sideWord(before) && /[:：][*_]*$/.test(before.text.trim()) && RECOUNTS.test(before.text) && !/\bquestions?\b/i.test(before.text) && end - i + 1 <= QUOTED_EXCHANGE_MAX && sides.has('interviewer') && sides.has('guest') && after?.label != null && uses.has(after.label.key);
    if (!quoted) return;
    runs.push([i, end]);
    i = end;
  }
  for (const [from, to] of runs) for (let i = from; i <= to; i++) Object.assign(blocks[i]!, { label: null, strip: 0 });
}

/** A field of a record's header on its line: `Date: 12 May 2023`, `Location: Bonn`, `Interviewer: ...`. */
/** A line naming the transcript under it: `Transcript`, `Full transcript:`, `Transcripción`. */
// (A committee's record heads its transcript so too: `EVIDENCE`, `Oral evidence`, `TÉMOIGNAGES`.)
/** A question put in the second person: "did you", "your", "Sie", "vous", "usted", "você". */
// (`Sie` and `Ihnen` as written, capitalised: small, `sie` is "she" or "they".)
const ASKED_YOU = /(?<![\p{L}])(?:[Yy]ou|[Yy]our|YOU|YOUR|Sie|Ihnen|[Vv]ous|[Uu]sted|[Uu]stedes|[Vv]ocê|[Vv]ocês)(?![\p{L}])/u;
const TRANSCRIPT_LINE = /^(?:(?:(?:full|complete|episode|interview|show)\s+)?(?:transcript|transcription|transkript|transcripción|transcrição|trascrizione|transcriptie)|(?:oral\s+)?evidence|témoignages|文字记录|文字記錄|文字稿|逐字稿|文字实录|文字實錄|速记稿|速記稿|文字起こし|書き起こし|녹취록)\s*[:：]?$/i;
/** A parliament's record numbering its sitting on a line above the transcript: `NUMBER 042 | 1st SESSION | 45th PARLIAMENT`, `NUMÉRO 042 │ 1re SESSION │ 45e LÉGISLATURE`. */
const SITTING_PART = String.raw`(?:(?:number|numéro|no\.?|n[°º]\.?)\s*\d{1,4}|\d{1,3}(?:st|nd|rd|th|e|re|er)\s+(?:session|parliament|législature|legislature))`;
const SITTING_NUMBER = new RegExp(String.raw`^${SITTING_PART}(?:\s*[|│·•,]\s*${SITTING_PART})*$`, 'iu');
const RECORD_FIELD = /^(?:date|time|location|place|venue|recorded|recording date|duration|length|keywords?|key words|tags|关键词|關鍵詞|关键字|關鍵字|キーワード|키워드|schlagwörter|schlagworte|stichwörter|mots[- ]clés|palabras clave|parole chiave|palavras[- ]chave|trefwoorden|interviewer|interviewee|transcriber|transcribed by|transcript by|transcript (?:completed|edited|prepared) by|language|participants?|attendees|present)\s*[:：]/i;
/** A recording's number among a project's: `Interview 14`, `Tape no. 3`, `Session #2`. */
const RECORDING_NUMBER = /^(?:interview|tape|session|recording|cassette|entretien|entrevista|gespräch)\s*(?:no\.?\s*|n[°º]\s*|#\s*)?\d{1,4}$/iu;
/** A name in a list of those present: one to four capitalised words, its particles between them. */
const NAME_IN_LIST = new RegExp(`^${NAME_WORDS}$`, 'u');
/** A full name alone on a line: two to four capitalised words, its particles between them. */
const fullNameAlone = (text: string) => /\s/.test(text.trim()) && NAME_IN_LIST.test(text.trim());
/** The word a meeting tool writes above the list of those present. */
const ATTENDEES_WORD = new RegExp(String.raw`^(?:(?:(?:company|corporate|conference call|call|executive|analyst) )?participants|${ATTENDEES_PLURAL}|invited|speakers|teilnehmer|deltagare)\s*[:：]?$`, 'iu');
/** The word naming a title's text as its transcript, before it or after (`Transcript: Why old bridges last`, `Why old bridges last (Transcript)`, `... – Full transcript`): no part of the title. */
const TRANSCRIPT_WORD = String.raw`(?:(?:full|complete|episode|podcast|interview|show)\s+)?(?:transcript|transcription|transkript|transcripción|transcrição|trascrizione|transcriptie)`;
const TITLE_TRANSCRIPT = new RegExp(String.raw`^${TRANSCRIPT_WORD}(?:\s*[:：|]|\s+[–—-])\s*(?=\S)|\s*(?:\s[|–—-]\s*${TRANSCRIPT_WORD}|[(\[]${TRANSCRIPT_WORD}[)\]])$`, 'iu');
/** A note on a post by the one who answers: "Tom Becker asked me a few questions for his newsletter". */
const ASKED_ME = /\basked me (?:a few |some |\d+ |these |the )?questions\b/i;
/** A headline's first word after `Interview:` that names no one: `What I learned...`, `How we built...`. */
const HEADLINE_WORD = /^(?:what|why|how|when|where|who|which|i|we|you|my|our|the|a|an|this|that|these|those|inside|behind|meet|on|in|from|after|before)$/i;
/** A credit for the record's making, not the interview's: `Transcribed by Jane Doe`, `Edited by ...`, `Translated by ...`. */
const CREDIT_BY = /^(?:transcribed|transcription|transcript|edited|translated|translation|recorded|produced|audited|reviewed|proofread)\s+by\s+\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,3}$/iu;
/** A page's title naming the show whose transcript it is, `Transcript for Maria Lopez: Bridges... | Bridge Podcast #412`: the words before the name are no part of it. */
const TRANSCRIPT_FOR = /^(?:[Ff]ull\s+)?[Tt]ranscript (?:for|of)[:：]?\s+(?=\p{Lu}|\d)/u;
/** A page's title naming only the site and its transcripts: `CNN.com - Transcripts`, `Transcripts | Rivers and Roads`. */
const SITE_TRANSCRIPTS = /^(?:\S+(?:\s+\S+){0,3}\s+[-–—|:]\s+transcripts|transcripts\s+[-–—|:]\s+\S+(?:\s+\S+){0,3})$/i;
/** A meeting tool's export heading its transcript (`Bridge interview - 2026/11/03 10:00 CET - Transcript`, `Bridge interview (2026-11-03 at 10:00 GMT) - Transcript`): the meeting's name. */
// (Its date and time between, figures apart by a stroke, a dot, a colon or a dash: not an episode's number, `— Episode 41 —`, the title's own.)
const MEETING_EXPORT = /^(\S.{1,100}?)(?:\s*\([^()]*\d[/.:-]\d[^()]*\)|\s+[-–—]\s+[^-–—]*\d[/.:]\d[^-–—]*)?\s+[-–—]\s+(?:transcript|transcription|transkript|transcripción|transcrição|trascrizione|transcriptie)$/iu;
/** The end of a Teams recording's name: `Bridge interview-20261103_100312-Meeting Recording`. */
const TEAMS_RECORDING = /-\d{8}_\d{6}-Meeting Recording$/;
/** A recording's file name heading its transcript, as a transcription tool writes it (`Bridge interview.m4a`): the name without its extension. */
const MEDIA_EXTENSION = /\.(?:m4a|mp3|wav|mp4|m4v|mov|webm|ogg|oga|opus|flac|aac|wma|aiff?|mkv|avi)$/i;
/** A label after the end of a sentence, inside a paragraph: `... the show. Tom Becker: Thanks...`. */
// (Its time before it too, `... Maria Lopez. [00:00:05] Maria Lopez: Thanks.`, as a page sets a transcript's cues in one paragraph.)
// (Its start right after the sentence's end, with no space between them too, as a page's text
// copied without its breaks glues them: `...the hammer?Maria Lopez:You tap...`.)
const RUN_ON_LABEL = /(?=[\p{Lu}[(*_])(?<=[.?!…。？！]["”’)]?(?:\*\*|__)?\s*)(?:[[(]\d{1,2}(?::\d{2}){1,2}[\])]\s+)?(?:\*\*|__)?\p{Lu}[\p{L}'’.-]{0,30}(?:\s{1,3}\p{Lu}[\p{L}'’.-]{0,30}){0,2}(?:[:：](?:\*\*|__)?|(?:\*\*|__)[:：])(?:\s|(?=[\p{Lu}"“¿¡]))/gu;
/**
 * A label mistyped at the start of a line (`Maria Lopez; The ear...`, `Maria Lopez. The ear...`, its
 * colon left out after the name in bold or in the labels' capitals, `**Maria Lopez** The ear...`, `MARIA LOPEZ The ear...`,
 * `Maria lopez: ...`; alone on its line above the words too, `Maria Lopez;`, never `Maria Lopez.`, a signature): the full name of a speaker the file labels twice or more
 * as it should, then a semicolon or a full stop, or the colon after the name in
 * other letters' case, then words: that speaker's label, mended in `lines` (and `pieces`) and said
 * in a warning. Never a name of one word (`Tom. He said...`), a name a comma follows ("Maria Lopez,
 * welcome."), nor a line that already opens with a label. A label written twice is read once; a
 * definition list's term and definition (`Tom Becker` / `: Why?`) are a label and its words.
 */
function mendLabels(lines: string[], pieces: string[][], isSpeakerKey: (k: string) => boolean, file: string, warnings: Diagnostic[]): void {
  const labels = lines.map(lineLabel);
  const counts = new Map<string, number>();
  for (const label of labels) if (label && isSpeakerKey(label.key)) counts.set(label.key, (counts.get(label.key) ?? 0) + 1);
  const names = [...counts].filter(([k, n]) => n >= 2 && /^\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*)+$/u.test(k)).map(([k]) => k);
  const mistyped = new RegExp(String.raw`^(\s*)(\*\*|__)?(${names.map(escapeRe).join('|')})(?:(\*\*|__)\s*(?:;|\.)|\s*(?:;|\.)\s*(\*\*|__)?)(?:\s+(?=[\p{Lu}\p{N}"“‘'])|(?<=;(?:\*\*|__)?)\s*$)`, 'u');
  const cased = new RegExp(String.raw`^(\s*)(\*\*|__)?(${names.map(escapeRe).join('|')})\s*:\s*(\*\*|__)?\s+(?=\S)`, 'iu');
  // (Or its colon left out, the name as the labels write it, in bold or in capitals, before words
  // from a capital: `**Maria Lopez** Divers can.`, `MARIA LOPEZ Divers can.`; not words going on
  // from the name, `**Maria Lopez** is right`.)
  const caps = names.filter((n) => n === n.toUpperCase());
  const firstLabelled = labels.findIndex((label) => label != null && isSpeakerKey(label.key));
  // (Their groups as `mistyped`'s: the indent, the bold's opening, the name, the bold's closing.)
  const wordsAfter = String.raw`\s+(?=["“‘«¿¡]?\p{Lu}\p{Ll})`;
  const boldColonless = new RegExp(String.raw`^(\s*)(\*\*|__)(${names.map(escapeRe).join('|')})(\*\*|__)${wordsAfter}`, 'u');
  const capsColonless = caps.length ? new RegExp(String.raw`^(\s*)()(${caps.map(escapeRe).join('|')})()${wordsAfter}`, 'u') : null;
  lines.forEach((l, i) => {
    const label = labels[i];
    // (A definition list's term and its definition, as Pandoc writes them: `Tom Becker` / `: Why the hammer?`: the name's label, the words its turn.)
    const term = i > 0 ? matchLabelOnly(lines[i - 1]!.trim()) : null;
    if (label == null && term?.key != null && /^\s*[:：]\s+\S/u.test(l) && isSpeakerKey(term.key)) {
      // (Its colon perhaps given already, where the name alone above the words was read as a label: src/ingest/name-lines.ts.)
      if (!/[:：]\s*$/.test(lines[i - 1]!)) lines[i - 1] = `${lines[i - 1]!.trimEnd()}:`;
      lines[i] = l.replace(/^\s*[:：]\s+/u, '');
      pieces[i - 1] = runOnPieces(lines[i - 1]!);
      pieces[i] = runOnPieces(lines[i]!);
      return;
    }
    if (label != null) {
      if (l.split(label.key, 3).length < 3) return;
      // (A label written twice, `Maria Lopez: Maria Lopez: You tap...`, as a copy doubles it: once.)
      const key = escapeRe(label.key);
      const twice = new RegExp(String.raw`^(\s*(?:\*\*|__)?${key}\s*[:：]\s*(?:\*\*|__)?\s*)(?:\*\*|__)?${key}\s*[:：]\s*(?:\*\*|__)?\s*(?=\S)`, 'u').exec(l);
      if (twice && isSpeakerKey(label.key)) {
        warnings.push(warning(file, i + 1, `the label \`${label.key}:\` is written twice; it is read once`, `write \`${label.key}:\` once`));
        lines[i] = twice[1] + l.slice(twice[0].length);
        pieces[i] = runOnPieces(lines[i]!);
      }
      return;
    }
    if (!names.length) return;
    // (Below the first label: above it, a name in bold is a box's or a dek's, `**Maria Lopez** Chief Inspector`.)
    const typo = mistyped.exec(l) ?? (i > firstLabelled ? (boldColonless.exec(l) ?? capsColonless?.exec(l) ?? null) : null);
    const m = typo ?? cased.exec(l);
    // (A name as written and its colon, where the line holds no label for another reason, stays so.)
    if (!m || (!typo && names.includes(m[3]!))) return;
    const name = names.find((n) => n.toLowerCase() === m[3]!.toLowerCase())!;
    const mended = `${m[1]}${m[2] ?? ''}${name}:${m[4] ?? m[5] ?? ''} ${l.slice(m[0].length)}`.trimEnd();
    if (!isSpeakerKey(lineLabel(mended)?.key ?? '')) return;
    warnings.push(warning(file, i + 1, `\`${l.slice(m[1]!.length, m[0].length).trim()}\` is read as the label \`${name}:\`, mistyped`, `write \`${name}:\``));
    lines[i] = mended;
    pieces[i] = runOnPieces(mended);
  });
}

/** A line cut before each label that follows the end of a sentence, when it holds two or more: else the line alone. */
function runOnPieces(line: string): string[] {
  if (!line.includes(':') && !line.includes('：')) return [line];
  // (Turns apart by HTML's line breaks, as a web editor's text keeps them: `...you?<br>Maria Lopez: ...`.)
  if (line.includes('<') && /<br\s*\/?>/i.test(line)) {
    // (Each piece its own paragraph: the `<p>` around them all goes.)
    const parts = line.replace(/^\s*<p(?:\s[^>]*)?>|<\/p>\s*$/gi, '').split(/<br\s*\/?>/i).map((p) => p.trim()).filter((p) => p !== '');
    if (parts.length >= 2 && parts.slice(1).every((p) => lineLabel(p) != null)) return parts;
  }
  if (line.length < 40) return [line];
  // (In bold too, `... bridges? **Maria Lopez:** My father...`.)
  const at = [...line.matchAll(RUN_ON_LABEL)].map((m) => m.index!);
  if (at.length < 2) return [line];
  return [line.slice(0, at[0]).trimEnd(), ...at.map((a, k) => line.slice(a, at[k + 1]).trimEnd())].filter((p) => p !== '');
}

/**
 * One turn run on after another's on its line, as a page copied without a paragraph's break sets
 * it (`TOM BECKER: ...What is that about?    MARIA LOPEZ: Well, ...`): the line is cut before a
 * speaker's label that follows the end of a sentence and is set apart as a label is, by spaces
 * before it, in capitals, or in bold (`runOnPieces` cuts a line holding two such labels or more,
 * set apart or not). Said once, at the first. Not a name and a colon in a sentence, `... she said.
 * Tom Becker: wrong.`.
 */
/** Where a label may start after words and three spaces or more (a tab too): `... Download    Stephanie: ...`. */
const SPACED_LABEL_AFTER = /\S( {3,}|\t+)(?=(?:\*\*|__)?\p{Lu}[^:：\n]{0,60}[:：])/gu;
function splitRunOnTurn(lines: string[], pieces: string[][], isSpeakerKey: (k: string) => boolean, file: string, warnings: Diagnostic[]): void {
  let firstLine = 0;
  let firstLabel = '';
  let count = 0;
  lines.forEach((l, i) => {
    if (pieces[i]!.length !== 1 || (!l.includes(':') && !l.includes('：'))) return;
    const at = [...l.matchAll(RUN_ON_LABEL)].filter((m) => {
      const label = lineLabel(l.slice(m.index));
      if (label == null || !isSpeakerKey(label.key)) return false;
      return /\s{2,}$/.test(l.slice(0, m.index)) || /^(?:\*\*|__)/.test(m[0]) || (/\p{L}/u.test(label.key) && label.key === label.key.toUpperCase());
    }).map((m) => m.index);
    // (Set apart by spaces, a speaker's label runs on after words with no stop too: `Andreas: Initial
    // Block Download    Stephanie: Sorry, ...`, a short answer the copy left without one.)
    if (!at.length) for (const m of l.matchAll(SPACED_LABEL_AFTER)) {
      const from = m.index + 1 + m[1]!.length;
      const label = lineLabel(l.slice(from));
      if (label != null && isSpeakerKey(label.key)) at.push(from);
    }
    if (!at.length) return;
    if (!count) [firstLine, firstLabel] = [i + 1, l.slice(at[0]).split(/[:：]/)[0]!.replace(/^(?:\*\*|__)/, '')];
    count += at.length;
    pieces[i] = [l.slice(0, at[0]).trimEnd(), ...at.map((a, k) => l.slice(a, at[k + 1]).trimEnd())];
  });
  if (count) warnings.push(warning(file, firstLine, `${count === 1 ? 'a turn runs' : `${count} turns run`} on after other words on their line (\`${firstLabel}:\` here): each is read as a turn of its own`, 'start each turn on a line of its own'));
}

/**
 * Another speaker's words set in brackets inside a turn (`We closed eleven. [Tom Becker: Eleven?]
 * Yes, eleven.`, `(Tom: Touch wood.)`), as a transcriber marks an interjection without breaking the
 * paragraph: each line's pieces, the bracket its speaker's turn and the words after it the turn's
 * speaker's again, under their labels (in bold where the turn's is). The name is a label the file
 * uses, or the first or last name of one label's only; never the turn's own speaker (`[Maria Lopez:
 * pauses]`), a link (`[Tom Becker: notes](...)`), nor a reference (`(Lopez: 2019, p. 4)`).
 * A line that is the bracket alone is its speaker's turn, and the paragraph under it, unlabelled,
 * the speaker's whose turn it broke. Lines are mended in place; `pieces` gets each line's pieces.
 */
/** Words naming the one who asks, as a transcriber names them in brackets: `[Interviewer: Really?]`. */
const ASKER_WORDS = ['Interviewer', 'Host', 'Q', 'Moderator', 'Interviewerin', 'Intervieweur', 'Entrevistador', 'Entrevistadora', 'Intervistatore', 'Intervistatrice'];

function splitInterjections(lines: string[], pieces: string[][], isSpeakerKey: (k: string) => boolean): void {
  // (Only where a bracket opens with a name and a colon: not a time's, `[00:00:05]`.)
  if (!lines.some((l) => /[[(](?:\*\*|__)?\p{L}[^\])\d]{0,40}[:：]\s/u.test(l))) return;
  const labels = lines.map((l) => {
    const label = lineLabel(l);
    return label != null && !label.only && isSpeakerKey(label.key) ? label : null;
  });
  const keys = [...new Set(labels.flatMap((l) => (l ? [l.key] : [])))];
  if (keys.length < 2) return;
  /** A name in brackets as the key of the label it stands for: the key, or one key's only first or last name. */
  const keyOf = (name: string): string | null => {
    if (keys.includes(name) || roleWord(name) === 'interviewer') return name;
    const own = keys.filter((k) => /\s/.test(k) && (k.split(/\s+/)[0] === name || k.split(/\s+/).at(-1) === name));
    return own.length === 1 ? own[0]! : null;
  };
  const names = [...new Set([...keys.flatMap((k) => [k, ...(/\s/.test(k) ? [k.split(/\s+/)[0]!, k.split(/\s+/).at(-1)!] : [])]), ...ASKER_WORDS])].filter((n) => keyOf(n) != null);
  const bracket = new RegExp(String.raw`\\?([[(])(?:\*\*|__)?(${names.map(escapeRe).join('|')})(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?\s*([^\[\]()]{1,400}?)\s*\\?([\])])(?![[(])`, 'gu');
  let speaker: { key: string; bold: boolean } | null = null;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (/^\s*#/.test(l)) speaker = null;
    const label = labels[i];
    if (label) speaker = { key: label.key, bold: label.bold };
    if (speaker == null || (!l.includes(':') && !l.includes('：'))) continue;
    const turn = speaker;
    const labelFor = (key: string) => (turn.bold ? `**${key}:** ` : `${key}: `);
    const found = [...l.matchAll(bracket)].filter((m) => (m[1] === '[' ? m[4] === ']' : m[4] === ')') && keyOf(m[2]!) !== turn.key && /\p{L}/u.test(m[3]!) && !/^[\d\s,.;:p–-]*$/.test(m[3]!));
    if (!found.length) continue;
    const out: string[] = [];
    let from = 0;
    for (const m of found) {
      const before = l.slice(from, m.index).trim();
      // (Not the label alone, the bracket opening the turn's words: `**Maria Lopez:** [Tom Becker: Go on.] Eleven.`.)
      const labelAlone = out.length === 0 && lineLabel(before)?.only === true;
      if (before !== '' && before !== '>' && !labelAlone) out.push(out.length === 0 ? l.slice(from, m.index).trimEnd() : `${labelFor(turn.key)}${before}`);
      out.push(`${labelFor(keyOf(m[2]!)!)}${m[3]!.trim()}`);
      from = m.index + m[0].length;
    }
    const after = l.slice(from).trim();
    if (after !== '') out.push(`${labelFor(turn.key)}${after.replace(/^[—–-]\s+/, '')}`);
    else {
      // (The bracket closing its line: the next paragraph, unlabelled, is the turn's again.)
      let j = i + 1;
      while (j < lines.length && lines[j]!.trim() === '') j++;
      if (j > i + 1 && j < lines.length && labels[j] == null && lineLabel(lines[j]!) == null && !/^\s*(?:#|[-*+]\s|\d{1,3}[.)]\s|>|\[)/.test(lines[j]!)) {
        lines[j] = `${labelFor(turn.key)}${lines[j]!.trim()}`;
        pieces[j] = [lines[j]!];
      }
    }
    if (out.length === 1) lines[i] = out[0]!;
    pieces[i] = out;
  }
}

/** A paragraph of a quick round: a bold or italic question and its answer after it (`**Favourite bridge?** The one in Porto.`). */
const ROUND_LINE = /^(\*\*|__|\*|_)([^*_\n]{2,200}?[?？¿؟])\1\s+(?=\S)/u;
/** A list's item opening its line, numbered or not: `1. `, `2) `, `- `, `* `. */
const LIST_ITEM = /^\s*(?:\d{1,2}[.)]|[-*+])\s/;
/**
 * A line set whole in bold or italics, a hard line break after it or none (`**When were you
 * happiest?**`, `**...**\\`, `**...**<br>`): its words. (A link's address in bold may hold an
 * underscore, `**...[LAN party](https://example.org/wiki/LAN_party)?**`.)
 */
const SET_APART_LINE = /^\s*(?:\*\*([^*\n]{2,300}?)\*\*|__([^_\n]{2,300}?)__|\*([^*\n]{2,300}?)\*|_([^_\n]{2,300}?)_)(?:\s*\\|\s*<br\s*\/?>)?\s*$/u;
/** An answer's label after a question in the same paragraph: `Q: Why? A: Because.` */
const INLINE_ANSWER = /[?？¿؟](?=\s+(?:\*\*)?(?:A|R|Answer|Antwort|Respuesta|Réponse|Risposta|Resposta|Svar|Antwoord)(?:\*\*)?\s*[:：](?:\*\*)?\s)/u;

/**
 * The one speaker the front matter's `speakers:` names, not as the interviewer: the list of who
 * speaks holds one name. (A `guest:` alone says nothing of who asks: an interview's questions may
 * be unlabelled.)
 */
function soleSpeaker(fm: FrontMatter): string | null {
  const declared = Object.values(fm.speakers);
  return declared.length === 1 && declared[0]!.role !== 'interviewer' && fm.interviewers.length === 0 ? declared[0]!.name : null;
}

/**
 * A byline for a piece told in the first person to its writer: `As told to Tom Becker`, `— as told
 * to Tom Becker`; or with the one who tells it named first, `By Maria Lopez, as told to Tom Becker`.
 */
const AS_TOLD_TO = /^[*_—–-]*\s*(?:(?:by\s+)?(?:\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}),?\s+)?as told to\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3}[*_.]*$/iu;
/** The note closing such a piece, naming the one who tells it: "Maria Lopez is chief inspector at Rhine Works." */
const NARRATOR_NOTE = /^[*_]*(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}) (?:is|was|has been) (?:an? |the )?\p{L}/u;
/** A heading over a meeting tool's notes: `Action Items`, `Next steps`, `Overview`, `Summary`, `Outline`, `Keywords`, `Key takeaways`. */
const MEETING_NOTES = /^(?:#{1,6}\s*)?(?:action items?|next steps|tasks|to-?dos?|follow-?ups?|key (?:takeaways|points|topics)|decisions|outline|overview|summary|notes|meeting notes|keywords|summary keywords|topics|chapters|highlights)\s*:?$/i;
/** A talk's title naming its speaker, as a talks' site sets it: `Maria Lopez: Why bridges fail | TED Talk`, `Why bridges fail | Maria Lopez | TEDxSeville`. */
const TALK_TITLE = new RegExp(String.raw`^(?:(${NAME_WORDS})\s*:\s*[^|]{3,120}|[^|]{3,120}\|\s*(${NAME_WORDS}))\s*\|\s*TED(?:x\S+)?(?:\s+Talks?)?$`, 'u');

/**
 * The one speaker of a talk with no label anywhere, as its title names them (TALK_TITLE, or "Talk
 * by ...", "Keynote by ..."), where its paragraphs (three or more) are spoken: half or more say
 * "I", "we" or "you", a quarter at most ask. Else null: an article's unlabelled text stays unread.
 */
function talkTitleSpeaker(fmTitle: string | null, blocks: Block[]): string | null {
  const head = fmTitle ?? blocks[0]?.text.trim() ?? '';
  const m = TALK_TITLE.exec(head);
  const name = m ? (m[1] ?? m[2]!) : (HEADLINE_BY.exec(head)?.[1] ?? null);
  if (!name || !/\s/.test(name.trim())) return null;
  const blocksSaid = blocks.slice(fmTitle ? 0 : 1).filter((b) => b.kind === 'para' && !TRANSCRIPT_LINE.test(b.text.trim())).map((b) => b.text);
  // (Captions run the talk into a paragraph or two, `[00:00:00] I want to tell you...`: their sentences then.)
  const paras = blocksSaid.length >= 3 ? blocksSaid : blocksSaid.flatMap((t) => t.split(/(?<=[.!?…])\s+(?=\S)/u));
  const spoken = paras.filter((t) => FIRST_PERSON.test(t) || /\b[Yy]ou\b/.test(t)).length;
  const asks = paras.filter((t) => /[?？؟]\W*$/u.test(t)).length;
  // (A talk's title, `... | TED`, says it is one outright, where "Keynote by ..." may head a talk and
  // the questions after it: its speaker may ask the room now and then, two paragraphs in five,
  // `How many of you crossed a bridge today?`; and captions run into one paragraph, no stop to part
  // them, are its words where they say "I" or "you".)
  if (m && paras.length < 3 && (FIRST_PERSON.test(blocksSaid.join(' ')) || /\b[Yy]ou\b/.test(blocksSaid.join(' ')))) return name.trim();
  return paras.length >= 3 && spoken >= 0.5 * paras.length && asks <= (m ? 0.4 : 0.25) * paras.length ? name.trim() : null;
}

/** A byline as Spanish papers print it: the author's name in capitals on its own line, a dateline under it (`TOM BECKER` / `Colonia - 03 nov 2026 - 14:02 CET`). */
function shoutedByline(line: string, next: string): string | null {
  if (CAPS_NAME.test(line.trim()) && isDateline(next.trim())) return capitaliseName(line.trim().toLowerCase());
  // (Or a full name alone above the date and time, as a page copied line by line has the Guardian's byline: `Tom Becker` / `Sun 3 Mar 2026 09.00 GMT`.)
  // (Not a byline's word before the name, `By Tom Becker`, `Por Tom Becker`: the page's byline, read as one below.)
  return BARE_NAME.test(line.trim()) && !BYLINE_ONLY_RE.test(line.trim()) && isDateline(next.trim()) ? line.trim() : null;
}
/**
 * The interviewer a byline names (`Interview by ...`, `By Maria Lopez`, `文 | 李娜`), or null. A
 * page's author line and a dek's sentences name the one who asks only below the headline: a
 * headline `Maria Lopez | Nov 3, 2026` or `Maria Lopez, Senior Editor at ...` names the guest.
 */
function bylineName(text: string, heading = false, answers?: (name: string) => boolean, titled?: (name: string) => boolean, headlineNamed = false): string | null {
  const lines = text.trim().split('\n');
  // (A field per line, several in one paragraph: `文 | 李娜` above `编辑 | 王强`, the first.)
  // (A script without capitals' byline above the date it was published, `حاورها: توم بيكر` / `03 نوفمبر 2026`: its first line's.)
  const overDate = lines.length > 1 && lines.slice(1).every((l) => givesDate(l)) ? lines[0]!.trim() : text.trim();
  const cjk = CJK_BYLINE_RE.exec(text.trim())?.[1] ?? KO_BYLINE_RE.exec(text.trim())?.[1] ?? KO_MET_RE.exec(text)?.[1] ?? CASELESS_BYLINE_RE.exec(overDate)?.[1] ?? (heading ? undefined : HE_TALKED_WITH.exec(text.trim())?.[1] ?? HI_TALKED_WITH.exec(text.trim())?.[1]) ?? (lines.length > 1 && lines.length <= 4 ? lines.map((l) => CJK_BYLINE_RE.exec(l.trim())?.[1]).find(Boolean) : undefined);
  if (cjk) return cjk;
  const capsByline = lines.length === 2 ? shoutedByline(lines[0]!, lines[1]!) : null;
  if (capsByline) return capsByline;
  const page = heading ? null : pageByline(text, lines, answers, titled);
  // (`Interview: Tom Becker` names one; `Interview: What I learned building bridges` is a headline.)
  const by = BYLINE_RE.exec(text);
  // (Nor a headline's, the name running on into its topic: `Interview: Maria Lopez on timber bridges`
  // names the guest.)
  // (Nor a headline's, the name running on into its topic or her job: `Interview: Maria Lopez on
  // timber bridges`, `Interview: Maria Lopez, bridge engineer` name the guest; a credit set as a
  // heading, `Interview: Tom Becker`, `Interview: Tom Becker und Ana Silva`, is the one who asks.)
  // (Nor one in title case whose verb says where the name ends, `The Interview: Maria Lopez Talks Bridges`.)
  // (A credit's comma parts a job, `Interview: Maria Lopez, Bridge Engineer`, `..., Brückenbauerin`: her headline, no credit.)
  const jobbed = () => (/,\s*(.+)$/.exec(text.trim())?.[1] ?? '').split(/\s+/).some(jobWord);
  const runsOn = (m: RegExpExecArray) => heading && (!creditLine(text) || jobbed()) && /^(?:\s+\p{Lu}[\p{L}'’-]*)+\s*(?:\s\p{Ll}|[,;(–—|]|\s-\s)/u.test(` ${text.slice(m.index + m[0].length - m[1]!.length)}`);
  const headlined = by != null && /:\s*\S/.test(by[0]) && (HEADLINE_WORD.test(by[1]!.split(/\s+/)[0]!) || /^\s+\p{Ll}/u.test(text.slice(by.index + by[0].length)) || runsOn(by) || (heading && TITLE_CASE_SUBJECT.test(text.trim())));
  // (A line alone naming the interview "of" someone, `Entrevista de Tomás Becker`, `Intervista di ...`:
  // by whom, where the headline names someone else; "of" may say with whom too, so not where it
  // names her, nor where it names no one.)
  const of = INTERVIEW_OF_ALONE.exec(text.trim());
  const found = page ?? (headlined ? undefined : by?.[1]) ?? BYLINE_ONLY_RE.exec(text.trim())?.[1] ?? BYLINE_TAIL_RE.exec(text.trim())?.[1] ?? VI_BYLINE_AFTER.exec(text.trim())?.[1] ?? ASKER_RE.exec(text)?.[1] ?? (of && headlineNamed && titled?.(of[1]!) === false ? of[1] : undefined);
  if (!found) return null;
  // BYLINE_RE ignores case for its phrases, and so for the name: the name is its capitalised words
  // ("Interview by Maria Lopez and friends" is Maria Lopez; "answered our questions by email" names no one).
  const words: string[] = [];
  // (To the end of its line: `By Tom Becker` above `Tue 3 Nov 2026`.)
  for (const w of found.split('\n')[0]!.split(/\s+/)) {
    if (/^\p{Lu}/u.test(w)) words.push(w);
    else if (words.length && /^(?:de|van|von|du|da|di|le|la)$/.test(w)) words.push(w);
    else break;
  }
  while (words.length && !/^\p{Lu}/u.test(words.at(-1)!)) words.pop();
  // (A name in capitals, `By TOM BECKER`, as a magazine sets its byline: Tom Becker.)
  const name = words.join(' ');
  const shown = (n: string) => (n.split(' ').length >= 2 && !/\p{Ll}/u.test(n) && /\p{Lu}{2}/u.test(n) ? capitaliseName(n.toLowerCase()) : n);
  // (Two full names, `Interview: Tom Becker und Ana Silva`, `By Tom Becker and Ana Silva`: both, who
  // ask together, as a label naming two is read, never the first alone; not two who answer, as a
  // headline names them, `Interview: Maria Lopez and Jonas Berg`.)
  const pair = words.length >= 2 ? new RegExp(String.raw`(?<![\p{L}])${escapeRe(name)}\s+(and|und|et|y|e|och|og|en|&)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})\s*(?:$|[.,;|·•\n])`, 'u').exec(text.trim()) : null;
  if (pair && !answers?.(shown(name)) && !answers?.(shown(pair[2]!))) return `${shown(name)} ${pair[1]} ${shown(pair[2]!)}`;
  return words.length ? shown(name) : null;
}
/** A recording's length as a meeting tool's header gives it under the date: `Duration 14m 12s`, `Length: 1:02:03`, `Dauer: 42 Min.`. */
const RECORDING_LENGTH = /^(?:(?:duration|length|runtime|dauer|länge|durée|duración|durata|duração|duur)\s*:?\s*)?(?:\d{1,2}\s?h\s?)?\d{1,3}\s?(?:m|min\.?|minutes?|minuten)(?:\s?\d{1,2}\s?(?:s|sec\.?|seconds?|sekunden))?$|^(?:duration|length|runtime|dauer|länge|durée|duración|durata|duração|duur)\s*:?\s*\d{1,2}(?::\d{2}){1,2}$/iu;
/** A Hindi dek's last sentence saying who talked with her or him: `टॉम बेकर ने उनसे बात की।` ("Tom Becker talked with her"), `... बातचीत की।`. */
const HI_TALKED_WITH = /(?:^|[।.!?]\s+)([\p{Script=Devanagari}\p{M}]{2,12}(?:\s[\p{Script=Devanagari}\p{M}]{2,12}){1,2})\s+ने\s+(?:उनसे|उससे|इनसे|इनके साथ|उनके साथ)\s+(?:बात|बातचीत)\s+की[।.]?\s*$/u;
/** A Hebrew dek's last sentence saying who talked with her or him: `שוחח איתה תום בקר.` ("Tom Becker talked with her"), `ראיינה אותו ...`. */
const HE_TALKED_WITH = /(?:^|[.!?]\s+)(?:שוחח|שוחחה|ראיין|ראיינה)\s+(?:איתה|איתו|איתם|עמה|עמו|אותה|אותו|אותם)\s+([\p{Script=Hebrew}\p{M}'׳"״-]{2,12}(?:\s[\p{Script=Hebrew}\p{M}'׳"״-]{2,12}){1,2})[.!]?\s*$/u;
/** The one who asks as a page's paragraphs name them: an author line, a byline above its date, a note on the writer, a dek's "She tells Tom Becker". */
function pageByline(text: string, lines: string[], answers?: (name: string) => boolean, titled?: (name: string) => boolean): string | undefined {
  // (A byline alone on its line above the date and time it was published, `By Tom Becker` then
  // `Tue 3 Nov 2026 06.00 GMT`, `Last modified on ...`: one paragraph of the page.)
  // (Or the name alone there: `Tom Becker`, then `November 3, 2026`.)
  // (Her job on a line between them too, `Tom Becker` / `Senior Reporter` / `Nov 3, 2026`.)
  const dated = lines.length > 1 && lines.slice(1).every((l) => (givesDate(l) || PAGE_STAFF.test(l)) && l.length <= 80) && givesDate(lines.at(-1)!) ? (BYLINE_ONLY_RE.exec(lines[0]!.trim())?.[1] ?? BARE_NAME.exec(lines[0]!.trim())?.[1]) : undefined;
  const author = AUTHOR_LINE.exec(lines[0]!.trim());
  // (Or the byline among the date and the time to read it on one line, apart by bars or dots: `Published Nov 3, 2026 | By Tom Becker`.)
  const parts = lines.length === 1 ? lines[0]!.trim().split(/\s+[|·•]\s+/) : [];
  // (The other parts the page's: a date, or its furniture, the time to read it, `5 min read`.)
  const partBy = parts.length >= 2 && parts.every((p) => BYLINE_ONLY_RE.test(p) || givesDate(p) || chromeMatch(p) != null) ? parts.map((p) => BYLINE_ONLY_RE.exec(p)?.[1]).find((n) => n != null) : undefined;
  // (Or the name and the date on one line, a space or a comma between, as Dutch papers print it: `Tom Becker 1 december 2026`.)
  const nameDate = lines.length === 1 ? NAME_THEN_DATE.exec(lines[0]!.trim()) : null;
  const dateAfter = nameDate && statedDate(null, [nameDate[2]!]) != null ? nameDate[1] : undefined;
  // (The person the sentence saying the job tells of: "Maria Lopez's book comes out in May. Tom Becker is a contributing writer." names Tom Becker.)
  // (Not one telling of a book's author, "Maria Lopez is the author of *Bridges That Breathe*.": the guest, whose book it is.)
  // (Nor one telling of the person the headline names, "Maria Lopez is the host of Bridge Talk." under `# Maria Lopez on bridges`: the one the piece is about.)
  const about = lines.length === 1 && BYLINE_JOB.test(text) ? text.trim().split(/(?<=[.!?])\s+(?=\p{Lu})/u).filter((t) => BYLINE_JOB.test(t) && !BOOK_AUTHOR.test(t)).map((t) => ABOUT_PERSON.exec(t)?.[1]).find((n) => n != null && !titled?.(n)) : undefined;
  return dated ?? partBy ?? author?.[1] ?? author?.[2] ?? dateAfter ?? about ?? toldName(text) ?? toldInDative(text) ?? satWith(text, answers, titled) ?? metThem(text) ?? (endsLikeSentence(text.trim()) ? (dekAsker(text, titled) ?? told(text, titled)) : undefined) ?? SPOKE_WITH_DE.exec(text)?.[1] ?? REPORTER_MET_RE.exec(text)?.[1] ?? TALKED_WITH_TR.exec(text)?.[1] ?? TR_WITH_FIRST.exec(text)?.[1] ?? ROMANCE_TOLD.exec(text)?.[1] ?? inConversation(text);
}
/** MET_THEM's writer, where the dek has named someone else before, the one the pronoun stands for ("Maria Lopez has inspected bridges for twenty years. Tom Becker met her in Bonn."). */
function metThem(text: string): string | undefined {
  const m = MET_THEM.exec(text);
  return m && [...namesIn(text.slice(0, m.index)).keys()].some((n) => /\s/.test(n) && n !== m[1]) ? m[1] : undefined;
}
/** DEK_ASKER's one who asks, never the one the headline names. */
function dekAsker(text: string, titled?: (name: string) => boolean): string | undefined {
  const name = DEK_ASKER.exec(text)?.slice(1).find(Boolean);
  return name && !titled?.(name) ? name : undefined;
}
/** DEK_TOLD's one told, where the headline names the one who tells. */
function told(text: string, titled?: (name: string) => boolean): string | undefined {
  const m = DEK_TOLD.exec(text);
  return m && titled?.(m[1]!) ? m[2] : undefined;
}
/**
 * SAT_WITH_RE's first name, the one who asks; but where that one answers in the text, its labels
 * say so ("Maria Lopez talked with Tom Becker", `Lopez:` labelling the answers), the second.
 */
function satWith(text: string, answers?: (name: string) => boolean, titled?: (name: string) => boolean): string | undefined {
  // (Two who answer talking with a third, "Maria Lopez of Rhine Works and Paul Kim talked with Tom
  // Becker": the third; two hosts may talk with a guest so too, and then the labels say nothing.)
  const pair = PAIR_WITH_RE.exec(text);
  if (pair && answers?.(pair[1]!) && answers(pair[2]!) && !answers(pair[3]!)) return pair[3];
  const m = SAT_WITH_RE.exec(text);
  if (!m) return undefined;
  // (One the headline names answers too: "Maria Lopez talks with Tom Becker" under `# Maria Lopez on
  // steel` is his interview of her.)
  const answering = (name: string) => answers?.(name) === true || titled?.(name) === true;
  // (A job before the first name, "Engineer Maria Lopez sat down with Tom Becker", says what she is,
  // as a dek introduces the one asked: the other asks.)
  const [job, ...rest] = m[1]!.split(/\s+/);
  if (rest.length >= 2 && jobWord(job!)) return answering(m[2]!) ? undefined : m[2];
  if (!answering(m[1]!)) return m[1];
  return answering(m[2]!) ? undefined : m[2];
}
/** "Maria Lopez in conversation with Tom Becker", as events bill a guest and who talks with her (`im Gespräch mit`, `en conversation avec`...): the second; the first where the second has a job before the name ("Tom Becker in conversation with engineer Maria Lopez"). */
function inConversation(text: string): string | undefined {
  // (In other languages too: "im Gespräch mit", "en conversation avec", "en conversación con", "in conversazione con", "em conversa com".)
  const m = /(?:^|[.!?]\s+)(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2}),? (?:in conversation with|in dialogue with|im Gespräch mit|en conversation avec|en conversación con|in conversazione con|em conversa com) (?:([\p{Ll}-]+(?:\s[\p{Ll}-]+)?)\s)?(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2})(?![\p{L}])/u.exec(text);
  if (!m) return undefined;
  return m[2] != null ? (isJob(m[2].split(/\s/).at(-1)!) ? m[1] : undefined) : m[3];
}
/** The same in German: "Sie spricht mit Tom Becker über Salz", "Die Ingenieurin erzählt Tom Becker, ...", "Er sprach mit Tom Becker" (a job, group 1). */
const TOLD_DE = /(?:^|[\s.!?])(?:Sie|Er|Die (\p{Lu}\p{Ll}+)|Der (\p{Lu}\p{Ll}+)) (?:spricht|sprach|redet|redete|erzählt|erzählte|erklärt|erklärte) (?:mit )?(?!(?:Die|Der|Den|Dem|Das|Uns|Ihr|Ihm)\s)(\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:de|van|von|du|da|di|le|la)\s+)?\p{Lu}[\p{L}'’-]+){1,3})/u;
/**
 * A Russian, Ukrainian, Polish or Czech dek naming whom the guest told, the name in the dative:
 * "Она рассказала Тому Беккеру, почему...", "рассказал корреспонденту «Вестей» Тому Беккеру",
 * "розповіла Тому Беккеру", "powiedziała Tomowi Beckerowi", "řekla Tomovi Beckerovi".
 */
const TOLD_DATIVE = /(?<![\p{L}])(?:рассказал[аи]?|объяснил[аи]?|признал(?:ся|ась|ись)|ответил[аи]? на вопросы|дал[аи]? интервью|в интервью|розповів|розповіла|розповіли|пояснив|пояснила|powiedział[a]?|opowiedział[a]?|wyjaśnił[a]?|udzielił[a]? wywiadu|řekl[a]?|vysvětlil[a]?|poskytl[a]? rozhovor)\s+(?:(?:корреспонденту|журналисту|обозревателю|редактору|кореспонденту|журналістові|dziennikarzowi|redaktorowi|novináři|redaktorovi)\s+(?:[«„"][^»“"]{1,40}[»“"]\s+)?)?(\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+)(?![\p{L}])/u;
function toldInDative(text: string): string | undefined {
  const m = TOLD_DATIVE.exec(text);
  return m ? (fromDative(m[1]!) ?? undefined) : undefined;
}
/**
 * A first name and a surname in the dative as those languages write them, back to how a byline
 * writes them: a man's (`Тому Беккеру` Tom Becker, `Андрею Петрову`, `Игорю Достоевскому`; not `Толстому`,
 * `Tomowi Beckerowi`, `Tomovi Beckerovi`), a Russian woman's (`Анне Ивановой` Anna Ivanova; a
 * foreign surname as written, `Марии Беккер`). Null where the endings say neither.
 */
export function fromDative(name: string): string | null {
  const [first, last] = name.split(/\s+/) as [string, string];
  if (/(?:owi|ovi)$/.test(first) && /(?:owi|ovi)$/.test(last)) return `${first.slice(0, -3)} ${last.slice(0, -3)}`;
  if (!/^\p{Script=Cyrillic}+$/u.test(first + last)) return null;
  // (Two names drop a vowel as they decline: `Павлу` Павел, `Льву` Лев.)
  const man = (w: string) => ({ Павлу: 'Павел', Льву: 'Лев' })[w] ?? w.replace(/(ск|цк)ому$/, '$1ий').replace(/([еоа])ю$/, '$1й').replace(/ию$/, 'ий').replace(/([^аеёиоуыэюяь])ю$/, '$1ь').replace(/у$/, '');
  // (A surname declined as an adjective other than `-ский`, `Толстому`, may be `Толстой` or `Толстый`: not guessed.)
  if (/[ую]$/.test(first) && /[ую]$/.test(last) && !/(?<!ск|цк)ому$/.test(last)) return `${man(first)} ${man(last)}`;
  const woman = (w: string) => w.replace(/ии$/, 'ия').replace(/ье$/, 'ья').replace(/е$/, 'а');
  if (/(?:ии|ье|[^и]е)$/.test(first)) return `${woman(first)} ${last.replace(/(ск|цк)ой$/, '$1ая').replace(/ой$/, 'а')}`;
  return null;
}
/** Whom TOLD_RE's dek says the guest spoke to (after "The ...", only a job: "The magazine spoke with Maria Lopez" names the guest). */
function toldName(text: string): string | undefined {
  const m = TOLD_RE.exec(text);
  if (m) return m[1] == null || isJob(m[1]) ? m[2] : undefined;
  const d = TOLD_DE.exec(text);
  return d && (d[1] ?? d[2]) != null && !isJob((d[1] ?? d[2])!) ? undefined : d?.[3];
}
/** A byline set as the author's name alone, linked to the author's page (`[Tom Becker](https://example.com/profile/tom-becker)`). */
function authorLink(b: Block): string | null {
  if (b.kind !== 'para' || b.node.type !== 'paragraph' || b.node.children.length !== 1) return null;
  const link = b.node.children[0]!;
  if (link.type !== 'link' || !AUTHOR_PAGE_URL.test(link.url)) return null;
  const name = b.text.trim();
  // (In capitals, as Spanish papers link their bylines, `[TOM BECKER](https://elpais.com/autor/...)`: Tom Becker.)
  if (!/^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}$/u.test(name)) return null;
  return /\p{Ll}/u.test(name) ? name : capitaliseName(name.toLowerCase());
}

/** A box's word, set in bold before its words (`**Explainer:**`, `**Fact box:**`). */
const BOX_WORD = /^(explainer|definition|glossary|fact ?box|factbox|infobox|sidebar|erklärung|erklärstück|définition|definición|definizione)\s*[:：]$/iu;
/** A question asking the one who answers for her name, as a record opens: "Please state your name for the record.", "Would you state your full name?", "What is your name?" */
// (Or as an oral history opens its recording: "Could you say your name and when you started at the mill?")
const NAME_ASKED = /\b(?:state|spell|give|say|tell\s+(?:us|me))\s+(?:us\s+)?your\s+(?:full\s+)?name\b|\bwhat\s+is\s+your\s+(?:full\s+)?name\b|\byour\s+(?:full\s+)?name\s+for\s+the\s+record\b/i;
/** An answer that is a full name and nothing else: `Maria Lopez.`, `My name is Maria Lopez.`, `Maria Elena Lopez, L-O-P-E-Z.` */
// (Or a sentence that is the name, then the rest of the answer: `Maria Lopez. I started in 1961, ...`.)
const STATED_NAME = /^(?:(?:my name is|it['’]s|it is)\s+)?(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}\.?)?(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2})(?:,\s*(?:\p{Lu}-){2,}\p{Lu}\.?)?(?:\.?$|\.\s+(?=\p{Lu}))/u;
/** A witness named as called or sworn: "The plaintiff calls Paul Kim.", `PAUL KIM, having been first duly sworn, ...`. */
const WITNESS_NAMED = /\b(?:calls|recalls)\s+(?:(?:Dr|Mr|Mrs|Ms)\.?\s+)?(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2})\s*[.,]|^(\p{Lu}[\p{Lu}'’-]+(?:\s+\p{Lu}[\p{Lu}'’.-]+){1,3}),\s+(?:having been|being|after being)\s+(?:first\s+)?(?:duly\s+)?sworn/mu;
/** An examination's name: `DIRECT EXAMINATION`, `CROSS-EXAMINATION`, `FURTHER REDIRECT EXAMINATION`. */
const EXAMINATION = String.raw`(?:(?:DIRECT|CROSS|REDIRECT|RECROSS|FURTHER|CONTINUED)[- ]?)*(?:EXAMINATION|Examination)`;
const EXAMINATION_LINE = new RegExp(String.raw`^${EXAMINATION}$`, 'iu');
/** A line of a court's record naming who examines the witness: `BY MR. BECKER:`, `EXAMINATION BY MS. LOPEZ:`, `CROSS-EXAMINATION BY MR. KIM`. */
const EXAMINED_BY = new RegExp(String.raw`^(${EXAMINATION}\s+)?(?:BY|By)\s+((?:MR|MRS|MS|DR|Mr|Mrs|Ms|Dr)\.?\s+\p{Lu}[\p{L}'’-]+)\s*[:：]?$`, 'u');
/** A headline ending with whom the episode is with: "..., with Maria Lopez", "... (feat. Maria Lopez)", or to whom its questions go, "Five questions for Maria Lopez", "Fünf Fragen an Maria Lopez", or whom a company blog presents, "Meet our CTO: Maria Lopez", "Employee spotlight: Maria Lopez", "Meet Maria Lopez". */
const HEADLINE_WITH = /(?:\b(?:[Ww]ith|[Ff]eaturing|feat\.|ft\.|mit|avec|con|com|med|met|dengan|cu)|(?<![\p{L}])(?:z|ze|se|с|со|з|із)(?=\s)|(?<=(?:[Qq]uestions|QUESTIONS|[Ff]ragen|[Pp]reguntas|[Pp]erguntas|[Dd]omande|[Vv]ragen|[Ff]rågor)\s)(?:for|to|an|à|a|aan|till|para)|(?<![\p{L}])με(?: τ[ηο]ν?)?|(?<=^[Pp]hỏng vấn)|(?<=^(?:[Mm]ahojiano|[Mm]azungumzo) )na|(?<=^(?:[Pp]anayam|[Pp]akikipanayam|[Ii]sang panayam) )(?:kay|kina)|(?<=^(?:[Ii]ntervista|[Ee]ntrevista|[Ee]ntrevue|[Ii]ntervju|[Ii]nterview|[Ww]ywiad)) a|^(?:[Ii]nterview|INTERVIEW|[Ee]ntrevista|[Ee]ntretien|[Ee]ntrevue|[Ii]ntervista|[Ii]ntervju|[Ww]awancara|[Gg]espräch|[Rr]öportaj)\s*[:|–—-]|^(?:[Mm]eet|(?:[Ee]mployee|[Tt]eam|[Mm]ember|[Cc]ustomer|[Ss]taff) [Ss]potlight)(?: [^:|–—\n]{1,40})?\s*[:|–—-]|^[Mm]eet)\s+(?<job>(?:\p{Ll}[\p{L}\p{M}'’-]*\s+){1,2})?(?!(?:The|Our|Your)\s)(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2})\)?\s*$/u;
/** A job in the instrumental case Russian and Ukrainian put after "with" (`с инженером`, `з інженеркою`): HEADLINE_WITH's job before the name. */
const JOB_INSTRUMENTAL = /^(?:инженер|інженер|журналист|журналіст|архитектор|архітектор|профессор|професор|доктор|исследовател|дослідник|экономист|економіст|писател|письменник|режиссёр|режисер)(?:ом|ем|кой|кою|ницей|ницею)$/u;
/** HEADLINE_WITH's name, a job written small between it and the word before it too (`Rozmowa z inżynier Marią Lopez`, `with engineer Maria Lopez`); never other words there (`with the Rhine Works Team`). */
// (An article before the job too, `com a engenheira`, `με τη μηχανικό`, elided or run together with
// "to" as Italian, Catalan and French write it, `all'ingegnera`, `a l'enginyera`, `avec l'ingénieure`.)
function headlineWith(t: string): string | undefined {
  const m = HEADLINE_WITH.exec(t.includes('’') || t.includes("'") ? t.replace(ELIDED_ARTICLE, (_, to?: string) => (to ? `${to} ` : '')) : t);
  const job = m?.groups!.job?.trim().split(/\s+/);
  return m && (job == null || (job.every((w) => jobWord(w) || JOB_INSTRUMENTAL.test(w) || JOB_ARTICLES.has(w)) && !job.every((w) => JOB_ARTICLES.has(w)))) ? m[2] : undefined;
}
/** An article elided before a word, `l'`, or run together with "to" (`all'`, `dell'`: "to the", "of the"), the word small after it. */
const ELIDED_ARTICLE = /(?<![\p{L}])(?:([Aa])ll|[Ll])['’](?=\p{Ll})/gu;
/** Articles a headline sets between "with" and a job: `com a engenheira`, `con la ingeniera`, `με τη μηχανικό`. */
const JOB_ARTICLES = new Set(['a', 'o', 'la', 'el', 'le', 'il', 'the', 'τη', 'την', 'το', 'τον', 'η', 'ο']);
/** A Turkish headline closing with whom the interview is with, the name before the postposition: "Köprüler ve su: Maria Lopez ile söyleşi", "Maria Lopez ile röportaj". */
const TR_HEADLINE_WITH = /(?:^|[:|–—-]\s*)(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2}) ile (?:söyleşi|röportaj|sohbet|görüşme)$/u;
/** TR_HEADLINE_WITH's name, without the job the headline capitalises before it (`Mühendis Maria Lopez ile söyleşi`). */
function trHeadlineWith(t: string): string | undefined {
  const name = TR_HEADLINE_WITH.exec(t.trim())?.[1];
  return name == null ? undefined : offJob(name);
}
/** A Vietnamese headline opening with the word for an interview, perhaps a job, and the name, a subtitle after it: "Phỏng vấn kỹ sư Maria Lopez: ...". */
const VI_HEADLINE = /^[Pp]hỏng vấn(?:\s+(?:kỹ sư|kiến trúc sư|nhà (?:văn|báo|khoa học|thơ|sử học|kinh tế học|đầu tư)|giáo sư|tiến sĩ|bác sĩ|luật sư|doanh nhân|nghệ sĩ|ca sĩ|đạo diễn|diễn viên|chuyên gia|ông|bà|anh|chị|CEO|nhà sáng lập))?\s+(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,3})\s*[:：—–|-]/u;
/** A headline naming who speaks in a briefing, a speech or a statement: "Press briefing by Maria Lopez, Minister of Transport", "Remarks by Press Secretary Maria Lopez" (offices aside); a talk in German, Spanish, French, Portuguese or Italian, "Vortrag von ...", "Charla de ..." (not a press conference, "Conferencia de Prensa ..."). */
const HEADLINE_BY = /(?:\b(?:[Bb]riefing|[Pp]ress [Cc]onference|[Rr]emarks|[Ss]peech|[Ss]tatement|[Aa]ddress|[Tt]estimony|[Ll]ecture|[Kk]eynote|[Tt]alk|[Pp]resentation|[Dd]eposition)\s+(?:(?:given|delivered)\s+)?(?:by|of|from|Of)|(?<![\p{L}])(?:[Vv]ortrag|[Kk]eynote|[Cc]harla|[Pp]onencia|[Cc]onférence|[Pp]alestra|[Ll]ezione)\s+(?:von|de|del|di|da|par))\s+(?!(?:[Pp]rensa|[Pp]resse|[Ss]tampa|[Ii]mprensa)\b)(?:(?:[Pp]ress [Ss]ecretary|[Ss]ecretary|[Mm]inister|[Pp]resident|[Pp]rime [Mm]inister|[Cc]hancellor|[Gg]overnor|[Mm]ayor|[Ss]enator|[Ss]pokes(?:person|man|woman)|[Dd]r\.?|[Pp]rof\.?)\s+)*(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2})(?=$|[\s,.;:(])/u;
/** A headline saying who interviews whom: `Tom Becker interviews Maria Lopez` (1, 2), `Maria Lopez, interviewed by Tom Becker` (3, 4). */
const HEADLINE_INTERVIEWS = /^(?:(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2}) interviews (\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2})|(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2}),? interviewed by (\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2}))$/u;
/** Words telling of someone in the third person, as a dek does: "her", "he", "they". */
const THIRD_PERSON = /(?<![\p{L}])(?:she|he|her|him|his|hers|they|them|their)(?![\p{L}])/iu;
/** The same in German, French, Spanish, Italian, Portuguese and Dutch, in small letters (`sie`, not the `Sie` that is "you"; not `il`, Italian's article too). */
const THIRD_PERSON_ABROAD = /(?<![\p{L}])(?:sie|er|ihm|ihn|seine?[mnrs]?|elle|elles|ils|lui|ella|ellas|ellos|él|lei|ela|elas|ele|eles|zij|hij|haar|hem)(?![\p{L}])/u;
/** A heading that asks without a question mark: `Tell us about your team.`, `Describe a typical day`, `Walk us through the launch.`, `Talk about ...`. */
// (In German, French, Spanish, Italian and Portuguese too: `Erzählen Sie uns ...`, `Parlez-nous de ...`,
// `Cuéntenos ...`, `Ci racconti ...`, `Conte-nos ...`.)
const PROMPT_HEADING = /^(?:(?:please\s+)?(?:tell|walk|take)\s+(?:us|me)\b|(?:describe|explain|share|introduce|talk about|give us|let['’]s talk)\b|(?:erzählen|beschreiben|schildern|erklären) sie\b|(?:parlez|racontez|décrivez|présentez|expliquez)-(?:nous|moi)\b|(?:cuént|hábl|descríb|explíqu|preséntes)\p{L}*(?:nos|me)\b|ci (?:parli|racconti|descriva|spieghi)\b|(?:conte|fale|descreva|explique)-(?:nos|me)\b)[^?¿]{0,120}[.!:]?$/iu;
/** A Korean word for a job (`전문가` expert, `기자` reporter, `교수` professor, `엔지니어`): no name's. */
const KO_JOB_WORD = new RegExp(String.raw`^(?:${KO_TITLES}|\p{Script=Hangul}{0,4}(?:전문가|작가|기업가|건축가|평론가|사업가|예술가|음악가|기자|학자|과학자|연구자|개발자|창업자|설립자|경영자|기술자|변호사|의사|교사|디자이너|엔지니어))$`, 'u');
/** A show's episode named by its number alone, perhaps after the show's name: `Episode 912`, `HBR IdeaCast / Episode 912`, `Bridge Talk · Ep. 41`, `Brückenfunk – Folge 88`, `#41`. */
const EPISODE_LINE = /^(?:[^\n]{1,60}?\s*(?:[/|·•:,–—-])\s*)?(?:episode|ep\.?|folge|épisode|episodio|episódio|aflevering|odcinek|avsnitt|jakso|#)\s*\d{1,4}$/iu;
/** A headline naming someone at an event, after a dash or a colon: `Why bridges don't lie — Maria Lopez at Bridge Week 2026`. */
/** A title naming someone and then the talk, `Maria Lopez: Keynote at Bridge Week 2026`, `Maria Lopez — Vortrag auf der ...`: the one who gives it. */
const NAME_THEN_TALK = /^(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2})\s*(?:[:|]|\s[—–-])\s*(?:(?:[Tt]he|[Hh]er|[Hh]is|[Oo]pening|[Cc]losing)\s+)?(?:[Kk]eynote|[Tt]alk|[Ll]ecture|[Ss]peech|[Rr]emarks|[Aa]ddress|[Pp]resentation|[Vv]ortrag|[Cc]harla|[Pp]onencia|[Cc]onférence|[Pp]alestra|[Ll]ezione)\b/u;
/** A name, a title, and the talk it is in parentheses after it: `Maria Lopez: Why steel bends (talk at Bridge Week 2026)`, `[keynote]`. */
const NAME_TITLE_TALK = /^(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2})\s*(?:[:|]|\s[—–-])\s*[^()[\]\n]{3,120}?\s*[([]\s*(?:(?:[Tt]he|[Hh]er|[Hh]is|[Oo]pening|[Cc]losing|[Aa])\s+)?(?:[Kk]eynote|[Tt]alk|[Ll]ecture|[Ss]peech|[Rr]emarks|[Aa]ddress|[Pp]resentation|[Vv]ortrag|[Cc]harla|[Pp]onencia|[Cc]onférence|[Pp]alestra|[Ll]ezione)\b[^()[\]\n]{0,80}[)\]]\s*$/u;
const TALK_AT = /(?:^|[—–|:]\s*)(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2})\s+(?:at|@|auf der|auf dem|bei der|en|à|al|alla|na|no)\s+(?:the\s+)?\p{Lu}/u;
/** A heading that says questions follow a talk: `Q&A`, `Questions from the audience`, `Preguntas y respuestas`, `Fragen aus dem Publikum`, `Questions du public`. */
/** A speaker's first words to a room: "Thank you all for coming", "Good morning, everyone", "Ladies and gentlemen", "It's an honour to be here", "Today I want to talk about...", in other languages too ("Meine Damen und Herren", "Bonjour à tous", "Buenos días a todos"). */
const ROOM_OPENING = /^(?:(?:thank you|thanks)(?:,? (?:all|everyone|everybody|so much|very much))*,? for (?:coming|being here|having me|the (?:kind |warm |generous )?(?:introduction|invitation|welcome))|good (?:morning|afternoon|evening),? (?:everyone|everybody|all|ladies and gentlemen|friends)|(?:hello|hi),? (?:everyone|everybody|all)\b|ladies and gentlemen|dear (?:friends|colleagues)|it['’]s (?:a (?:great |real )?(?:pleasure|privilege)|an hono(?:u)?r|great|good|wonderful) to be (?:here|with you)|(?:so,? )?today,? I(?:['’]d| want| would like| am going| ['’]m going) to (?:talk|speak|tell you)|meine (?:sehr geehrten )?damen und herren|(?:guten (?:morgen|tag|abend)|hallo),? (?:zusammen|alle|meine damen und herren)|(?:vielen )?dank für die einladung|mesdames(?: et|,) messieurs|bonjour à (?:toutes et à )?tous|merci (?:à tous )?(?:d['’]être (?:venus|là)|de m['’]avoir invitée?|pour l['’]invitation)|señoras y señores|(?:buenos días|buenas tardes|buenas noches|hola),? a todos|(?:muchas )?gracias por (?:venir|la invitación|invitarme)|signore e signori|(?:buongiorno|buonasera|ciao),? a tutti|grazie (?:per essere qui|dell['’]invito)|senhoras e senhores|(?:bom dia|boa tarde|boa noite|olá),? a todos|obrigad[oa] (?:por virem|pelo convite))(?![\p{L}])/iu;
const QA_HEADING = /^(?:(?:audience\s+)?(?:q\s?&\s?a|questions?)(?:\s+(?:and|&)\s+answers?|\s+from\s+the\s+(?:audience|floor))?|preguntas(?:\s+y\s+respuestas|\s+del\s+p[úu]blico)?|fragen(?:\s+und\s+antworten|\s+aus\s+dem\s+publikum)?|questions(?:\s+et\s+r[ée]ponses|\s+du\s+public)|domande(?:\s+e\s+risposte|\s+dal\s+pubblico)?|perguntas(?:\s+e\s+respostas|\s+do\s+p[úu]blico)?)[.:]?$/iu;
/** A section's heading opening with a full name and what the person is, perhaps (`Maria Lopez, Rhine Works`, `Paul Kim (Bonn University)`, `Jan de Vries`). */
const SECTION_GUEST = /^(\p{Lu}[\p{Ll}'’-]+(?:\s+(?:(?:de|van|von|der|da|di|del|la|le)\s+)?\p{Lu}[\p{Ll}'’-]+){1,2})(?=$|\s*[:(–—]|\s*,(?!\s*\d)|\s+-\s)/u;
/**
 * A headline in a script without case naming whom the interview is with after a colon (in Latin
 * letters, `Interview: Maria Lopez`, KIND_THEN_NAME): the word for an interview heading the page names the guest: `साक्षात्कार: मारिया लोपेज़`, `ראיון: מריה לופז`; under the headline, the same line is a byline.
 */
const HEADLINE_INTERVIEW = /^(?:ראיון|साक्षात्कार|बातचीत|مصاحبه|گفت‌وگو|حوار|مقابلة)\s*[:：]\s*([\p{Lo}\p{M}]{2,12}(?:\s[\p{Lo}\p{M}]{2,12}){1,2})$/u;
/** A host's opening: a welcome, and a self-introduction by full name. */
const HOST_OPENING = /\b(?:welcome|hello|hi|hey)\b/i;
const SELF_NAME = /\b(?:I'm|I’m|I am|[Mm]y name is|[Tt]his is)\s+(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){1,2})(?![\p{L}'’])/u;
/** A line that opens with its time in brackets or parentheses, words after it. */
const TIMED_LINE = /^\s*[([]\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?[)\]]\s+\S/;
/** A dialogue dash, or the arrow Korean interviews set before a question (`▶어떻게...?`). */
const DIALOGUE_DASH = /^[—–―▶►▷]+\s*\S/;
/** A line's bullet in a text file: a hyphen, an asterisk or a bullet and a space. */
const PLAIN_BULLET = /^[-*•]\s+(?=\S)/u;
/** A line's number in a text file, as a listicle numbers its questions: `1. `, `2) `. */
const PLAIN_NUMBER = /^\d{1,2}[.)]\s+(?=\p{L})/u;
/** A question as a paragraph or a heading ends: with a question mark, perhaps inside a quote or parenthesis. */
// (Greek asks with a semicolon, `Γιατί;`, in a paragraph in Greek letters: `Και τα drones;`.)
/** A question turning to the one it is put to: "you", `Sie`, `vous`, `usted`, `você`, `voi`, `jij`. (Not words other languages write otherwise: French `du`, Spanish `ni`, English `dig`.) */
const ADDRESSED = /\b[Yy]ou(?:rs?|rself)?\b|(?<![\p{L}])(?:Sie|Ihnen|Ihre?[mnrs]?|dich|dir|[Vv]ous|[Vv]otre|[Vv]os|[Tt]u|toi|[Uu]sted(?:es)?|[Tt]ú|ti|[Vv]ocê|[Vv]ocês|[Vv]oi|[Jj]ij|[Jj]ullie|deg)(?![\p{L}])/u;
const ASKS = { test: (text: string) => QUESTION_END.test(text) || (SEMICOLON_END.test(text) && /\p{Script=Greek}/u.test(text)) || KO_ASKS.test(text) || JA_ASKS_END.test(text) };
const QUESTION_END = /[?？¿؟]\s*["”’»)]?$/u;
/** A turn that ends asking, a closing mark or two after the question mark (`...?"`, `...? (laughs)` cut short). */
const ASKED_LAST = /[?？¿؟]\s*\S{0,3}$/;
const SEMICOLON_END = /[;;]\s*["”’»)]?$/u;
/**
 * A few words on a person after their label in a cast list (`founder of Rhine Works`, `moderator`):
 * in small letters or after an article, ten words at most, no sentence, and no speech (no greeting,
 * no reply, no one addressed or speaking).
 */
function onAPerson(rest: string): boolean {
  return /^(?:\p{Ll}|(?:The|A|An)\s)/u.test(rest) && rest.split(/\s+/).length <= 10 && !endsLikeSentence(rest) && !/[?？؟!]$/.test(rest) && !SPOKEN_WORDS.test(rest);
}
/** A greeting no pronoun says: "Good morning", "Good evening, everyone", "Buenos días". */
const GREETING = /^(?:good (?:morning|afternoon|evening|day|night)|buenos días|buenas (?:tardes|noches)|bonjour|bonsoir|guten (?:morgen|tag|abend)|buongiorno|buonasera|bom dia|boa (?:tarde|noite)|goedemorgen|goedemiddag|goedenavond)\b/i;
/** A host's welcome: `Welcome to the show`, `Maria Lopez, welcome back`, `Bienvenue`, `Willkommen`. */
const WELCOME = /(?:^|[\s,.!¡])(?:welcome|bienvenid[oa]s?|bienvenue|willkommen|benvenut[oa]|bem-vind[oa]|welkom)(?=[\s,.!]|$)|欢迎|歡迎|ようこそ|환영/i;
/** Words of speech, not of a note on a person: pronouns of who speaks or is addressed, greetings, replies. */
const SPOKEN_WORDS = /\b(?:i|i'm|you|we|me|my|your|our|us|hi|hey|hello|welcome|thanks|thank|yes|yeah|yep|no|nope|so|well|okay|ok|right|sure|oh|um|uh)\b/i;
/** A symbol opening a question in an interview printed without names (`◆`, `■`, `▲`, `●`...). */
const QUESTION_MARK = /^[◆◇■□▲△●○◎★☆]\s*(?=\S)/u;
/** A paragraph whose first sentence is a statement, before any question: `I went back. What else could I do?`. */
const STATEMENT_FIRST = /^[^?？¿؟]*?[^\s.!。！][.!。！](?:\s|$)/u;
/** A page's comments under an article: `3 Comments`, `One Response to ...`, `Leave a Reply`, `Join the discussion`. */
const SPEECH_HEADING = /^(prepared|opening|introductory|written)?\s*(remarks|statement|testimony|speech|talk|keynote|presentation|lecture)\b/i;
const PULL_QUOTE = /^["“„«][^"“”„«»]{30,}["”»]$/u;
/** A question put to the reader, as a page's call to act opens: "Want to join Maria's team?", "Interested in working with us?", "Looking for more?", "Have a question for Maria?"; in German, French, Spanish, Italian and Portuguese too, "Lust, in Marias Team zu arbeiten?", "Envie de rejoindre l'équipe ?", "¿Quieres unirte al equipo?", "Vuoi lavorare con noi?", "Quer fazer parte da equipe?". */
const READER_QUESTION = /^¿?(?:want|interested|looking|curious|ready|keen|(?:have|got) (?:a )?questions?|lust|interesse|sie möchten|du möchtest|neugierig|envie|vous souhaitez|intéressée?s?|curieux|curieuse|quieres|te interesa|le interesa|buscas|vuoi|ti interessa|cerchi|quer|interessad[oa]s?|procura)(?![\p{L}])[^?]{0,80}\s?\?/iu;
/** An editor's reference line: `Blog post: https://...`, a bare link. */
const LINK_NOTE = /^(?:[^.?!]{0,100}?[:：]\s*)?<?https?:\/\/\S+>?$/u;

/**
 * GFM's tables, as an answer may hold one (`| Type | Failures |`): a table, not a paragraph of
 * pipes. The plugin adds the extensions as remark-gfm does, on remark-parse's documented data keys;
 * GFM's other parts (footnotes, autolinks, strikethrough) are left out: a transcript's `[^1]` and
 * `~` are read as written.
 */
function remarkGfmTables(this: Processor) {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
}

const parser = unified().use(remarkParse).use(remarkGfmTables);


export interface ParseOptions {
  /** Plain text (.txt): every non-blank line is a paragraph. Markdown keeps its soft line wraps. */
  plainText: boolean;
  /** A text file written in Markdown: read as Markdown, but every non-blank line a paragraph, as in plain text. */
  markdownLines?: boolean;
  /** A text file's `#` headings are its own, not a format reader's marks. */
  ownHeadings?: boolean;
  /** The lines come from a caption file (src/ingest/captions.ts). */
  captions?: boolean;
  /** Title when neither front matter nor the text gives one. */
  fallbackTitle: string;
  /** Speakers the file's format names for certain (a caption file's voices and cue labels). */
  speakerKeys?: string[];
  /** The chapter list of the show notes above the transcript (src/ingest/chapters.ts). */
  chapters?: Chapter[] | null;
  /** The names the page gives its site, read before any line was removed (src/ingest/clean.ts `statedSiteNames`). */
  siteNames?: string[];
  /** The lines the cleaner removed, read only for a note naming the writer (an author's box after the interview). */
  removedText?: string;
  /** The 1-based line of a paywall's notice the cleaner removed (src/ingest/lexicon.ts `PAYWALL`). */
  paywallLine?: number;
  /** 1-based lines that were set in a quote, the transcript's turns quoted so (`> **Tom:** ...`, see fromQuotedTranscript). */
  quotedLines?: number[];
  /** The 1-based lines of rules the cleaner removed as separators (`* * *`): breaks all the same. */
  ruleLines?: number[];
  /** The 1-based lines of a recording's start and end marks the cleaner removed (`(SOUNDBITE OF ARCHIVED RECORDING)`, `(END VIDEO CLIP)`; RECORDING_START). */
  clipLines?: { line: number; end: boolean }[];
  /** An interview held by e-mail (src/ingest/email.ts): its subject (1-based line), and in a reply who answers and who asked. */
  email?: { subject: { text: string; line: number } | null; reply: { sender: string; recipient: string } | null } | null;
}

export function parseTranscript(text: string, fm: FrontMatter, file: string, options: ParseOptions): Parsed {
  const warnings: Diagnostic[] = [];
  const sourceLines = text.split('\n');
  /** A footnote's number linking back to its mark, opening its note (NOTE_BACKLINK). */
  const noteStart = (b: Block | undefined) => b != null && b.kind === 'para' && !b.label && NOTE_BACKLINK.test(sourceLines[b.line - 1]?.trim() ?? '');

  // 1. Which label keys are speakers (see speakerKeyTest).
  const fmKeys = new Set(Object.entries(fm.speakers).flatMap(([k, v]) => [k.toLowerCase(), v.name.toLowerCase()]));
  /** The show notes' chapter lines (1-based): `00:00:00 Dr. Maria Lopez` opening the list is a chapter named for the guest, no label. */
  const listedChapters = new Set((options.chapters ?? []).map((c) => c.line + 1));
  // Turns set as list items (`- **Maria Lopez:** ...`): a bold label opening two items or more.
  const itemLabels = new Map<string, number>();
  for (const l of sourceLines) {
    const m = /^\s*(?:[-*+]|\d{1,3}[.)])\s+\*\*([^*:：]{1,40})(?:[:：]\*\*|\*\*\s*[:：])/.exec(l);
    if (m) itemLabels.set(m[1]!.trim(), (itemLabels.get(m[1]!.trim()) ?? 0) + 1);
  }
  const declared = [
    ...Object.entries(fm.speakers).flatMap(([k, v]) => [k, v.name]),
    ...fm.guests,
    ...fm.interviewers,
    ...(options.speakerKeys ?? []),
    ...[...itemLabels].filter(([k, n]) => n >= 2 && couldBeSpeaker(k)).map(([k]) => k),
    // (And the full names a header line above the interview lists, `Panelists: Maria Lopez, Jonas
    // Berg`: a label of theirs is one, said once too.)
    ...sourceLines.slice(0, 40).filter((l) => headerLine(l) != null).flatMap((l) => [...namesIn(l.slice(l.search(/[:：–—]/) + 1)).keys()].filter((n) => /\s/.test(n))),
  ];
  // Text pasted without its line breaks runs the turns together (`Maria Lopez: Welcome. Tom
  // Becker: Thanks.`): each label after the end of a sentence starts its own paragraph, where a
  // line holds two of them or more and they are the speakers' labels.
  const pieces = sourceLines.map(runOnPieces);
  const isSpeakerKey = speakerKeyTest(pieces.flat(), declared);
  mendLabels(sourceLines, pieces, isSpeakerKey, file, warnings);
  splitRunOnTurn(sourceLines, pieces, isSpeakerKey, file, warnings);
  splitInterjections(sourceLines, pieces, isSpeakerKey);

  // 2. A label inside a paragraph (one turn per line) starts a new paragraph, and so does the
  //    line after a label-only line; in plain text every line does.
  const lineMap: number[] = [];
  const split: string[] = [];
  let firstLabelAt: number | undefined;
  const firstLabelLine = () => (firstLabelAt ??= sourceLines.findIndex((l) => isSpeakerKey(lineLabel(l)?.key ?? '')));
  /** Lines of `split` going on with the one above, in a text whose every other line is a paragraph. */
  const goesOnAt = new Set<number>();
  let afterLabelOnly = false;
  // Plain text hard-wrapped at a fixed width (an e-mail, a terminal export): its paragraphs are
  // the runs of lines between blank lines, not each line.
  const lineParagraphs = options.plainText || options.markdownLines === true;
  // (So is one whose paragraphs open with an indent, the lines under it flush left, as the US
  // Government Publishing Office prints a hearing: each indented line opens a paragraph.)
  const indented = lineParagraphs && firstLineIndents(sourceLines);
  const wrapped = lineParagraphs && (indented || hardWrapped(sourceLines));
  // (In it, a line well short of the width the text is cut at, with words under it, was broken
  // there on purpose: a header's lines, `Interview with Maria Lopez` / `Conducted by Tom Becker`,
  // each a paragraph of its own, not one run of words.)
  const width = wrapped ? wrapWidth(sourceLines) : 0;
  // (Not in lines set in from the margin, centred, as a record's heading is: those are its own; nor
  // a line going on with a sentence cut above it, `largest`, nor a sound alone, `[laughs]`.)
  const short = (i: number) => sourceLines[i]!.trim() !== '' && sourceLines[i]!.trim().length < 0.6 * width;
  const brokenAt: boolean[] = [];
  for (let i = 1; wrapped && i < sourceLines.length; i++) {
    const above = sourceLines[i - 1]!.trim();
    const before = sourceLines[i - 2]?.trim() ?? '';
    // (The short line above opens its own paragraph: under a blank line, a finished sentence, or a line broken so too.)
    // (Where the line's first word would have fitted above: not a long address pushed down, `https://...`.)
    const fits = above.length + 1 + (sourceLines[i]!.trim().split(/\s/)[0]?.length ?? 0) <= width;
    // (Nor one that a comma leaves open, the words going on in small letters: `Maria Lopez,` /
    // `professor at Rhine University, ...`, a sentence.)
    brokenAt[i] = short(i - 1) && fits && !/^\s{4}/.test(sourceLines[i - 1]!) && !/\p{L}-$/u.test(above) && !(/,$/.test(above) && /^\p{Ll}/u.test(sourceLines[i]!.trim())) && !/^[[(][^\])]*[\])]$/.test(above) && (before === '' || endsLikeSentence(before) || brokenAt[i - 1] === true);
  }
  const brokenAbove = (i: number) => brokenAt[i] === true;
  // (A text written one sentence to a line, or less, blank lines between the turns, as a diarizing
  // tool writes its export: `Speaker 0: 00:00:07` / `Hello everybody, I am Tom.` / `So, bridges.` /
  // blank: each turn's lines are one paragraph, where most of its lines of words stand two or more
  // together and hardly any holds two sentences.)
  const sentenceLines = lineParagraphs && !wrapped && oneSentenceLines(sourceLines, (l) => {
    const label = lineLabel(l);
    return label && isSpeakerKey(label.key) ? label : null;
  });
  // A meeting tool's export pasted into Markdown, its name heading it (`Bridge interview (2026-10-14
  // 10:02 GMT+2) - Transcript`): the lines of its header to the first blank line are each a
  // paragraph, as in the plain text it is (`Attendees`, the names, the time it began).
  const headAt = sourceLines.findIndex((l) => l.trim() !== '');
  const headEnd = !lineParagraphs && headAt !== -1 && MEETING_EXPORT.test(sourceLines[headAt]!.trim()) ? sourceLines.findIndex((l, i) => i > headAt && l.trim() === '') : -1;
  const meetingHead = (i: number) => headEnd !== -1 && i > headAt && i < headEnd;
  // A Q&A numbering its questions, or listing them, each answer on the line right under its
  // question (`1. Why bridges?` / `My father built them.`), which Markdown reads as one item of a
  // list, or one paragraph: the answer a paragraph of its own, as in the plain text it is, where
  // two answers or more stand so.
  const answersUnder = new Set<number>();
  // (Or a question after the asking side's word, `Q: Why bridges?`, the answer under it unlabelled;
  // not a second question going on, `And why now?`, nor a line opening an item or a heading.)
  // (Set whole in bold too, `**Q: Why bridges?**`; asking in any script, `؟`, Greek's `;`.)
  const asks = (l: string) => ASKS.test(l.trim().replace(/(?:\*\*|__)$/, '')) && (LIST_ITEM.test(l) || roleWord(lineLabel(l)?.key ?? '') === 'interviewer');
  if (!lineParagraphs) for (let i = 1; i < sourceLines.length; i++) if (asks(sourceLines[i - 1]!) && sourceLines[i]!.trim() !== '' && !ASKS.test(sourceLines[i]!.trim()) && !LIST_ITEM.test(sourceLines[i]!) && !/^\s*[>#]/.test(sourceLines[i]!)) answersUnder.add(i);
  if (answersUnder.size < 2) answersUnder.clear();
  // Television captions mark each change of speaker with `>>` (`>>>` a change of story), naming
  // the speaker only now and then: each mark opens a paragraph, and one without a name is someone
  // other than who spoke last. (An e-mail's `>>` quotes carry no speakers' labels.)
  const marked = sourceLines.filter((l) => CAPTION_MARK.test(l));
  // (A caption file's marks are marks, however few.)
  const captionMarks = options.captions ? marked.length > 0 : marked.length >= 3 && marked.some((l) => isSpeakerKey(lineLabel(l)?.key ?? ''));
  const changes = new Set<number>();
  // A quick round: three such paragraphs or more in a row, nothing but blank lines between them,
  // none a label. Each becomes two, the question and the answer.
  const roundLines = new Set<number>();
  {
    let run: number[] = [];
    const end = () => {
      if (run.length >= 3) for (const i of run) roundLines.add(i);
      run = [];
    };
    sourceLines.forEach((l, i) => {
      if (l.trim() === '') return;
      if (ROUND_LINE.test(l) && !isSpeakerKey(lineLabel(l)?.key ?? '') && (i === 0 || sourceLines[i - 1]!.trim() === '') && (sourceLines[i + 1] ?? '').trim() === '') run.push(i);
      else end();
    });
    end();
  }

  // A question set whole in bold or italics with its answer on the next line of the same paragraph
  // (`**When were you happiest?**` / `The day the bridge opened.`), three times or more: the
  // question a paragraph of its own, as a house style that sets questions apart has it.
  // (So, in that style, such a line that asks nothing but ends a sentence, a remark the answer
  // under it takes up: `**I went there twice. It was fun.**<br>` / `Okay.`)
  const stacked = new Set<number>();
  const stackedAt = (i: number, asks: boolean) => {
    const l = sourceLines[i]!;
    const words = SET_APART_LINE.exec(l);
    const text = words ? (words[1] ?? words[2] ?? words[3] ?? words[4])! : '';
    return words != null && (asks ? /[?？¿؟]$/u.test(text) : /[.!…。！]["”’)]?$/u.test(text)) && (i === 0 || sourceLines[i - 1]!.trim() === '') && (sourceLines[i + 1] ?? '').trim() !== '' && !SET_APART_LINE.test(sourceLines[i + 1]!) && !isSpeakerKey(lineLabel(l)?.key ?? '');
  };
  sourceLines.forEach((_, i) => {
    if (stackedAt(i, true)) stacked.add(i);
  });
  if (stacked.size < 3) stacked.clear();
  else sourceLines.forEach((_, i) => {
    if (stackedAt(i, false)) stacked.add(i);
  });

  sourceLines.forEach((l, i) => {
    const mark = captionMarks && CAPTION_MARK.test(l);
    if (mark) {
      l = l.replace(CAPTION_MARK, '');
      const named = lineLabel(l);
      if (!named || named.only || !isSpeakerKey(named.key)) changes.add(i + 1);
    }
    // `#Heading` with no space, alone between blank lines, is a heading all the same.
    if (/^#{1,6}[^\s#]/.test(l) && !/\s#/.test(l) && l.length <= 120 && !sourceLines[i - 1]?.trim() && !sourceLines[i + 1]?.trim()) l = l.replace(/^(#{1,6})/, '$1 ');
    const label = l.trim() === '' ? null : lineLabel(l);
    const isLabel = label != null && isSpeakerKey(label.key);
    // (A line opening with its time, `(00:00:20) I mean...`, starts a paragraph too, as a podcast's
    // page sets each stretch of a turn.)
    // (Not, in a text not hard-wrapped throughout, a line going on in small letters with the
    // sentence a long line above left unfinished, as a script's few wrapped lines are:
    // `Welcome to Spans. Today our guest is Maria Lopez, chief` / `engineer at Rhine Bridges.`)
    // (Only inside the conversation, past its first label: above it, a dek without a stop and a
    // byline in small letters, `di Tom Becker`, are lines of their own.)
    // (Nor, in a text written one sentence to a line, a line of words under another: see `sentenceLines`.)
    const sentenceGoesOn = i > 0 && sentenceLines && !isLabel && !afterLabelOnly && sentenceLine(sourceLines[i - 1]!) && sentenceLine(l);
    const goesOn = sentenceGoesOn || (i > 0 && lineParagraphs && !wrapped && !isLabel && /^\p{Ll}/u.test(l.trim()) && sourceLines[i - 1]!.trim().length >= WRAPPED_LINE && /[\p{L},]$|\p{L}-$/u.test(sourceLines[i - 1]!.trim()) && !afterLabelOnly && !BYLINE_ONLY_RE.test(l.trim()) && firstLabelLine() !== -1 && i > firstLabelLine());
    const startsParagraph = lineParagraphs && !wrapped ? l.trim() !== '' && !goesOn : isLabel || afterLabelOnly || mark || TIMED_LINE.test(l) || meetingHead(i) || answersUnder.has(i) || (indented && opensIndented(sourceLines, i)) || (l.trim() !== '' && brokenAbove(i));
    if (startsParagraph && i > 0 && sourceLines[i - 1]!.trim() !== '' && split.length) {
      split.push('');
      lineMap.push(i + 1);
    }
    afterLabelOnly = isLabel && label.only;
    const run = pieces[i]!;
    if (run.length > 1 && run.every((p, k) => k === 0 || isSpeakerKey(lineLabel(p)?.key ?? ''))) {
      for (const [k, p] of run.entries()) {
        if (k > 0) split.push('');
        split.push(p);
      }
      lineMap.push(...run.flatMap((_, k) => (k > 0 ? [i + 1, i + 1] : [i + 1])));
      return;
    }
    if (stacked.has(i)) {
      // (Its hard line break goes: `**...?**\` or two spaces.)
      split.push(l.replace(/(?:\s*\\)?\s*$/, ''), '');
      lineMap.push(i + 1, i + 1);
      return;
    }
    if (roundLines.has(i)) {
      const q = ROUND_LINE.exec(l)!;
      split.push(q[0].trimEnd(), '', l.slice(q[0].length));
      lineMap.push(i + 1, i + 1, i + 1);
      return;
    }
    // `Q: Why? A: Because.` in one paragraph: the answer is a paragraph of its own.
    const answer = isLabel && !label.only && roleWord(label.key) === 'interviewer' ? INLINE_ANSWER.exec(l) : null;
    if (answer) {
      split.push(l.slice(0, answer.index + 1), '', l.slice(answer.index + 1).trimStart());
      lineMap.push(i + 1, i + 1, i + 1);
      return;
    }
    if (goesOn && lineParagraphs && !wrapped) goesOnAt.add(split.length);
    split.push(l);
    lineMap.push(i + 1);
  });

  // 3. Blocks.
  // Plain text stays plain text: `5*3*2` is arithmetic and `[Laughter]: Yes.` is speech, not
  // Markdown emphasis and a link definition. Every non-blank line is a paragraph.
  if (!options.plainText) rejoinMarkdownHyphens(split);
  const root = options.plainText ? plainRoot(split, wrapped, goesOnAt) : parseMarkdown(split, file, warnings);
  root.children = unwrapTurns(unwrapHtml(root.children), isSpeakerKey);
  if (!options.plainText) splitAskedParagraphs(root);
  joinCjkLines(root);
  // Times inside a turn, where the turns are timed, as tools stamp the words every so many seconds
  // (`... remembers. (0:15) And the next...`, or `(00:15)` on a line of its own): out of the words.
  const timedLabel = (l: string) => {
    const label = /\d:\d\d/.test(l) ? lineLabel(l) : null;
    return label != null && (label.stamped === true || (label.only && /\d{1,2}:\d{2}[)\]]?\s*:?\s*$/.test(l)));
  };
  if (sourceLines.filter(timedLabel).length >= 3) withoutInlineTimes(root);
  // Speakers' names set as headings above their words (`### Maria Lopez`): labels, not sections.
  const nameHeadings = nameHeadingLabels(sourceLines);
  const definitions = new Map<string, Definition>();
  for (const n of root.children) if (n.type === 'definition') definitions.set(n.identifier.toLowerCase(), n);
  const blocks: Block[] = [];
  const quotedLines = new Set(options.quotedLines);
  const lineUse: LineUse[] = sourceLines.map(() => null);
  const use = (from: number, to: number, what: LineUse) => {
    for (let l = from; l <= to; l++) if (sourceLines[l - 1]?.trim()) lineUse[l - 1] = what;
  };
  /** The 1-based line of the file's headline (`# ...`), or -1. */
  const headlineAt = options.plainText ? -1 : sourceLines.findIndex((l) => /^#\s+\S/.test(l));
  const headlineLine = headlineAt === -1 ? -1 : headlineAt + 1;
  /** The 1-based line of the file's first words. */
  const firstWordsLine = sourceLines.findIndex((l) => l.trim() !== '') + 1;
  /**
   * A key labelling words after its colon twice or more (`ZEIT ONLINE: Frau Lopez, ...?`), the first
   * label below line `at` its own: the name atop the page asks the first question again, under its
   * label, where a first turn's words under a name alone are answered by someone else.
   */
  const masthead = (key: string, line: number) => mastheadName(sourceLines, line - 1, key, isSpeakerKey);
  let pendingOverride: string | null = null;
  let pendingOutro = false;
  /** Lines of the rules (`---`) between blocks. */
  const breaks: number[] = [...(options.ruleLines ?? [])];
  let pending: { key: string | null; time: number | null; alias: string | null; role?: Role | null } | null = null;
  let pendingAlone: Pick<Block, 'node' | 'line' | 'endLine' | 'singleLine' | 'text'> | null = null;
  /** Where the time alone waiting in `pending` stands; and the times alone that no words took (a meeting's
   * duration under its date, `14m 12s`, above a turn timed by its own label): recorded as removed, never lost unsaid. */
  let pendingStampLine = 0;
  /** The line of the name alone that `pending` holds. */
  let pendingKeyLine = 0;
  /** A paragraph opened with a speaker's label has been read. */
  let labelledYet = false;
  const strayStamps: number[] = [];
  /** Lines read as a name alone, kept as text above words with their own label: said unless they head a part. */
  const keptAlone = new Set<Block>();
  /** The name alone waiting for words (`pendingAlone`), kept as a paragraph of text: the block. */
  const keepAlone = (alone: NonNullable<typeof pendingAlone>, outroMarker = false): Block => {
    const b: Block = { ...alone, kind: 'para', markdownHeading: false, depth: 0, label: null, strip: 0, time: null, dash: false, bold: wholeStrong(alone.node), override: null, outroMarker };
    blocks.push(b);
    return b;
  };
  /** Warnings on a name alone that labels nothing, by line: taken back where the line titles the file (`BRIDGES AFTER THE FLOOD` atop a script). */
  const aloneNotes = new Map<number, Diagnostic>();
  const saidAlone = (line: number, text: string) => {
    const note = warning(file, line, `'${text}' stands alone like a speaker's name but labels no words; kept as text`, 'put the words under the name, or remove the line');
    aloneNotes.set(line, note);
    warnings.push(note);
  };
  for (const [nodeAt, node] of root.children.entries()) {
    const line = lineMap[(node.position?.start.line ?? 1) - 1] ?? 1;
    const endLine = lineMap[(node.position?.end.line ?? 1) - 1] ?? line;
    use(line, endLine, 'markup');
    const singleLine = node.position?.start.line === node.position?.end.line;
    if (node.type === 'html') {
      const v = node.value.trim();
      const o = OVERRIDE_RE.exec(v);
      if (o) {
        pendingOverride = o[1]!;
        continue;
      }
      if (OUTRO_RE.test(v)) {
        pendingOutro = true;
        continue;
      }
    }
    if (node.type === 'thematicBreak') breaks.push(line);
    if (node.type === 'thematicBreak' || node.type === 'definition') continue;
    literalize(node, definitions);
    const text = plainText(node).trim();
    if (text === '') continue;
    const named = node.type === 'heading' ? NAME_HEADING.exec(`## ${text}`) : null;
    if (named && nameHeadings.has(named[1]!)) {
      const time = named[2] ?? named[3];
      pending = { key: named[1]!, time: time ? seconds(time) : null, alias: null };
      use(line, endLine, 'label');
      continue;
    }
    // A heading-styled pull quote (`##### "…"`) repeats the speaker's words: it is a paragraph.
    // (A headline in quotation marks, `# "Bridges can heal themselves"`, is a headline.)
    // A heading that opens with a speaker's label and asks (`### Tom Becker: Why do bridges
    // fail?`, `### Q: And steel?`): the question, a turn, not a section. (`## Maria Lopez: The
    // early years` names a section.)
    // (Not one a labelled turn right under it asks again, `### Question 1 — How do
    // you introduce yourself?` above `**[00:06] Interviewer:** How do you introduce yourself when...?`:
    // the part's heading, named by its question.)
    const askedBelow = (a: LabelMatch) => {
      const next = root.children[nodeAt + 1];
      const below = next?.type === 'paragraph' ? matchLabel(plainText(next)) : null;
      if (!below) return false;
      const asked = wordsOf(text.slice(a.length));
      const said = new Set(wordsOf(plainText(next!).slice(below.length)));
      return asked.length >= 2 && asked.filter((w) => said.has(w)).length >= 0.8 * asked.length;
    };
    const labelled = node.type === 'heading' && node.depth > 1 && /[?？؟]\s*$/.test(text) ? matchLabel(text) : null;
    const asking = labelled && !askedBelow(labelled) ? labelled : null;
    // (Nor a credit set as one, `## Created by Tactiq.io` under a meeting's title: the intro's, or the outro's.)
    const isHeading = node.type === 'heading' && !(PULL_QUOTE.test(text) && node.depth > 1) && !(asking && isSpeakerKey(asking.key) && text.length > asking.length) && !(node.depth > 1 && CREDIT_LINE.test(text.trim()));
    const isPara = node.type === 'paragraph' || (node.type === 'heading' && !isHeading);
    // (A record's fields one to a line, each opened by its name in bold, `**Date:** 3 Nov 2026` /
    // `**Attendees:** Maria Lopez, ...`: each on its line as written, not run into one line.)
    if (node.type === 'paragraph' && !singleLine && sourceLines.slice(line - 1, endLine).every((l) => l.trim() === '' || FIELD_LINE.test(l))) fieldBreaks(node);
    // "**Sam Altman:**" or "Lenny Rachitsky (00:26):" alone on a line: the label of the paragraph
    // that follows; "(02:10):" alone: the same speaker goes on, in a new paragraph.
    // (A time in small or subscript tags after the name, `**Tom Becker** <sub>00:00:05</sub>`, is a time.)
    let only = isPara && singleLine && !listedChapters.has(line) ? matchLabelOnly(text.includes('<') ? text.replace(/<\/?(?:sub|sup|small|span|time|code)\b[^>]*>/g, '') : text) : null;
    // (An office and its holder alone in bold, `**The Secretary of State for Transport (Maria Lopez)**`: the holder.)
    if (isPara && singleLine && !only && wholeStrong(node)) {
      const office = lineLabel(sourceLines[line - 1] ?? '');
      if (office?.alone) only = { key: office.key, time: null, alias: null, marked: false, role: null };
    }
    // Unmarked, it counts when the front matter names it, or when it is a full name alone in bold
    // or in capitals (`**Maria Lopez**`, `MARIA LOPEZ`).
    // (Never above the headline, before any turn: a masthead in capitals, `ZEIT ONLINE` atop the page,
    // is no label, though the magazine's name labels the questions below, `ZEIT ONLINE: Frau Lopez, ...?`.)
    // (Nor, in a file without a Markdown headline, such a name opening the file where it labels the
    // questions below after a colon, the first of them: the page's masthead copied as text. Where the
    // names stand alone above the words throughout, `**Tom Becker**` / `Welcome...`, or another answers
    // the words under it, `MARIA LOPEZ: Thanks.`, the first is a label too.)
    const aboveHeadline = (headlineLine !== -1 ? line < headlineLine : only?.key != null && line === firstWordsLine && masthead(only.key, line)) && !blocks.some((b) => b.label != null);
    const boldName = only?.key != null && !only.marked && !aboveHeadline && lineLabel(sourceLines[line - 1] ?? '')?.only === true && (wholeStrong(node) || only.key === only.key.toUpperCase());
    if (only && (only.key == null || (isSpeakerKey(only.key) && (only.marked || boldName || fmKeys.has(only.key.toLowerCase()))))) {
      // A name alone on its line that labelled no words before the next one (`MARIA LOPEZ` then
      // `TOM BECKER`) may have been words in capitals: kept as text, and said.
      if (pendingAlone && pending?.key) {
        keepAlone(pendingAlone);
        saidAlone(pendingAlone.line, pendingAlone.text);
      }
      // (A time alone above a name alone, `00:00:05` / `**Tom Becker**` / words: the turn's time.)
      const takesTime: boolean = only.key != null && only.time == null && pending != null && pending.key == null && pending.time != null;
      if (pending?.key == null && pending?.time != null && !takesTime) strayStamps.push(pendingStampLine);
      pending = takesTime ? { ...only, time: pending!.time } : only;
      if (only.key != null) pendingKeyLine = line;
      if (only.key == null) pendingStampLine = line;
      // (So may a line closed by a colon above words that carry their own label, `Nvidia's CUDA
      // Core:` above `Ben Thompson: ...`, as a text file sets its parts: kept, never dropped.)
      pendingAlone = only.key != null ? { node, line, endLine, singleLine, text } : null;
      use(line, endLine, 'label');
      continue;
    }
    let label: LabelMatch | null = null;
    let strip = 0;
    let time: number | null = null;
    let lead: Block['lead'];
    let labelLine: number | undefined;
    if (isPara && !listedChapters.has(line)) {
      const m = boldLetter(node, text) ?? matchLabel(text) ?? (options.plainText ? starredLabel(text) : null);
      // (Not a page's headline above the interview, a name, a comma and her company before a colon, the
      // words after it in small letters and no sentence, `Maria Lopez, Rhine Works: the next era for
      // bridges`: no turn opens so.)
      const headline = m != null && !labelledYet && singleLine && text.slice(0, m.length).includes(',') && /^\s*\p{Ll}/u.test(text.slice(m.length)) && !endsLikeSentence(text);
      if (m && isSpeakerKey(m.key) && !headline) {
        label = m;
        strip = m.length;
        time = m.time;
        labelledYet = true;
      }
    }
    if (!isHeading) {
      // (So is one above words that open with a label of their own, `**Greenlight demo (Christian
      // Decker)**` above `Editor: Blog post: ...`: a line of the text, perhaps a heading.)
      if (label && strip > 0 && pendingAlone && pending?.key) {
        keptAlone.add(keepAlone(pendingAlone));
      }
      if (!label && pending?.key) {
        label = { key: pending.key, length: 0, time: pending.time, alias: pending.alias, dash: false, dot: false, role: pending.role ?? null };
        labelLine = pendingKeyLine;
      }
      if (label?.lead && strip > 0) lead = { at: label.lead.at, timed: label.lead.timed };
      if (!label || strip === 0) {
        const stamp = leadingStamp(text.slice(strip));
        if (stamp) {
          lead = { at: strip, timed: time == null };
          strip += stamp.length;
          time ??= stamp.time;
        }
      }
      if (pending?.key == null && pending?.time != null && time != null) strayStamps.push(pendingStampLine);
      time ??= pending?.time ?? null;
      pending = null;
      pendingAlone = null;
    }
    // The dash that opens a question in an interview printed without names says who asks: the
    // speaker's name says it now.
    const dashed = isPara && !label ? /^[—–―▶►▷]+\s*/.exec(text) : null;
    if (dashed && DIALOGUE_DASH.test(text)) strip += dashed[0].length;
    blocks.push({
      kind: isHeading ? 'heading' : 'para',
      // (A heading a text file marks as Markdown does, `# Prepared remarks`, is one as in Markdown:
      // under the front matter's title, a section, not the title. Not one a format's reader marks,
      // a chapter's line among times and words: a bare heading line, as far as titles go.)
      markdownHeading: isHeading && (!options.plainText || options.ownHeadings === true),
      depth: isHeading ? node.depth : 0,
      node,
      line,
      endLine,
      singleLine,
      text: isPara && !singleLine ? unwrapped(text) : text,
      label,
      ...(labelLine != null ? { labelLine } : {}),
      strip,
      time,
      ...(lead ? { lead } : {}),
      dash: isPara && !label && DIALOGUE_DASH.test(text),
      bold: isPara && wholeStrong(node),
      override: pendingOverride,
      outroMarker: pendingOutro,
      ...(quotedLines.has(line) ? { quoted: true as const } : {}),
    });
    pendingOverride = null;
    pendingOutro = false;
  }
  if (pending?.key == null && pending?.time != null) strayStamps.push(pendingStampLine);
  // (A name alone on the file's last line labels nothing: kept as text after the interview, and said.)
  if (pendingAlone && pending?.key) {
    keepAlone(pendingAlone, true);
    saidAlone(pendingAlone.line, pendingAlone.text);
  }
  /** Warnings that say a placeholder is shown as written (`Speaker B`), by the placeholder: put right where the introduction names it after all. */
  const placeholderNotes = new Map<string, Diagnostic[]>();
  const notePlaceholder = (key: string, note: Diagnostic) => placeholderNotes.set(key, [...(placeholderNotes.get(key) ?? []), note]);
  // Letters that say a side elsewhere but name the speakers here (see lettersAsNames): each the
  // speaker lettered so, `Speaker A`, on the side what they say gives, and said.
  {
    const lettered = lettersAsNames(blocks, new Set(Object.keys(fm.speakers).map((k) => k.toLowerCase())));
    if (lettered.size) {
      const first = blocks.find((b) => b.label && lettered.has(b.label.key))!;
      const sided = [...lettered].filter((k) => roleWord(k)).sort();
      const others = [...lettered].filter((k) => !roleWord(k)).sort();
      const code = (ks: string[]) => ks.map((k) => `\`${k}:\``).join(' and ');
      // (The letter whose word says it asks and who asks, beside letters that hardly ask, keeps its word: `I:` beside `B:` is the interviewer.)
      const labelled = blocks.filter((b) => b.label);
      const keeps = [...lettered].filter((k) => roleWord(k) === 'interviewer' && (asksIn(labelled, k) ?? 0) >= 0.5 && [...lettered].every((o) => o === k || (asksIn(labelled, o) ?? 1) <= 0.25));
      const shown = [...lettered].filter((k) => !keeps.includes(k)).sort();
      const said = keeps.length
        ? `${code(shown)} ${shown.length > 1 ? 'are read as speakers\' letters' : 'is read as a speaker\'s letter'}${shown.some((k) => roleWord(k) === 'interviewer') ? ', not as the question' : ''}: ${code(keeps)} asks, ${code(shown)} hardly ${shown.length > 1 ? 'ask' : 'asks'}`
        : others.length
          ? `${code(sided)} ${sided.length > 1 ? 'are read as speakers\' letters' : 'is read as a speaker\'s letter'}, as ${code(others)} ${others.length > 1 ? 'are' : 'is'}, not as ${roleWord(sided[0]!) === 'guest' ? 'the answer' : 'the question'}`
          : `${code(sided)} are read as speakers' letters, not as the question and the answer: the one the letter says asks hardly asks, the other asks in most turns`;
      warnings.push(warning(file, first.line, `${said}; ${shown.length > 1 ? 'each is' : 'it is'} shown as \`Speaker ${shown[0]}\`${shown.length > 1 ? ' and so on' : ''}, on the side what they say gives`, `name them under \`speakers:\` in the front matter (\`${shown[0]}: { name: Full Name, role: ${keeps.length ? 'guest' : 'interviewer'} }\`)`));
      if (shown.length === 1) notePlaceholder(`Speaker ${shown[0]}`, warnings.at(-1)!);
      for (const b of blocks) if (b.label && lettered.has(b.label.key) && !keeps.includes(b.label.key)) b.label = { ...b.label, key: `Speaker ${b.label.key}`, role: null };
    }
  }
  // A quick round among labelled turns: three bold questions or more, unlabelled, each answered by
  // plain paragraphs that do not ask (`**Favourite bridge?**`, then `The one in Porto.`; or on one
  // line, split above). Who asks and who answers is decided with the speakers' sides.
  if (blocks.some((b) => b.label)) {
    const asks = (b: Block) => b.kind === 'para' && !b.label && (b.bold || wholeEmphasis(b.node)) && ASKS.test(b.text);
    const plain = (b: Block) => b.kind === 'para' && !b.label && !b.bold && !wholeEmphasis(b.node) && !ASKS.test(b.text);
    for (let i = 0; i < blocks.length; ) {
      let j = i;
      const run: Block[][] = [];
      while (j < blocks.length && asks(blocks[j]!) && blocks[j + 1] && plain(blocks[j + 1]!)) {
        let k = j + 1;
        while (k < blocks.length && plain(blocks[k]!)) k++;
        run.push(blocks.slice(j, k));
        j = k;
      }
      if (run.length >= 3)
        for (const [q, ...a] of run) {
          q!.round = 'ask';
          for (const b of a) b.round = 'answer';
        }
      i = Math.max(j, i + 1);
    }
  }
  if (blocks.length === 0) {
    throw new IngestError(file, null, 'no transcript text is left after removing spam and site chrome', 'check that the file contains the interview itself; see `npm run inspect -- <file>` for what was removed');
  }

  // A site's banner above the article: a `# heading` that is the site's own name (the words of
  // the address its links point to), with the real headline below it; and the banner's subtitle
  // when it only repeats that headline.
  const removed: Removal[] = strayStamps.map((l) => ({ line: l, text: sourceLines[l - 1] ?? '', kind: 'chrome', reason: 'a time alone on its line with no words of its own (a duration, or a stamp the next label times again)' }));
  const site = siteWords(sourceLines);
  /** The headline a page copied whole says twice (see below): the title. */
  let pageHeadline: Block | null = null;
  const drop = (i: number, reason: string) => {
    const b = blocks[i]!;
    for (let l = b.line; l <= b.endLine; l++) if (sourceLines[l - 1]?.trim()) removed.push({ line: l, text: sourceLines[l - 1]!, kind: 'chrome', reason });
    use(b.line, b.endLine, 'chrome');
    blocks.splice(i, 1);
  };
  {
    // The site's logo (an image named for the site) before the interview.
    const opening = blocks.findIndex((b) => b.label || b.dash);
    for (let i = (opening === -1 ? blocks.length : opening) - 1; i >= 0; i--) {
      const logo = /^\[image: ([^\]]+)\]$/.exec(blocks[i]!.text);
      if (blocks[i]!.kind === 'para' && logo && isSiteName(logo[1]!, site)) drop(i, "site chrome (the site's logo)");
    }
    const first = blocks.findIndex((b) => b.label || b.dash);
    const end = first === -1 ? blocks.length : first;
    const banner = blocks.findIndex((b, i) => i < end && b.markdownHeading && b.depth === 1 && isSiteName(b.text, site));
    if (banner !== -1 && blocks.some((b, i) => i > banner && i < end && b.markdownHeading)) {
      const next = blocks[banner + 1];
      if (next && next.kind === 'para' && blocks.some((b, i) => i > banner + 1 && i < end && b.kind === 'heading' && sameTitle(b.text, next.text) && b.text.length <= next.text.length + 5)) drop(banner + 1, 'site chrome (the banner repeats the headline)');
      drop(banner, "site chrome (a banner with the site's name)");
    }
    // The page's own title opening the file, the headline and the site's name after a colon, a bar
    // or a dash (`Why old bridges last : NPR`, `... | Rivers and Roads`), above the headline itself
    // before anyone speaks: the page's, not the interview's title.
    // (Or only the site's and its transcripts' names, `CNN.com - Transcripts`.)
    if (blocks[0]?.kind === 'para' && blocks[0].singleLine && !blocks[0].label && end > 1 && SITE_TRANSCRIPTS.test(blocks[0].text.trim())) drop(0, "site chrome (the page's title: the site's transcripts)");
    // (Or only the page's address as a heading, as a crawler heads what it saved, `# https://example.org/blog/...`.)
    if (blocks[0]?.markdownHeading && end > 1 && /^<?https?:\/\/\S+>?$/.test(blocks[0].text.trim())) drop(0, "site chrome (the page's address as a heading)");
    // (Or as a page-to-Markdown extension heads the file with it, `# Why old bridges last | Rhine Weekly`.)
    // (A heading's by a bar or a dash only: its colon, French-spaced, is a headline's, `# Maria Lopez : Les ponts` over her name.)
    const pageTitle = blocks[0]?.kind === 'para' && blocks[0].singleLine && !blocks[0].dash ? /^(.+?\S)\s+[:|\-–—·]\s+(\S[^:|]{0,40})$/u.exec(blocks[0].text.trim()) : blocks[0]?.markdownHeading && blocks[0].depth === 1 ? /^(.+?\S)\s+[|\-–—·]\s+(\S[^:|]{0,40})$/u.exec(blocks[0].text.trim()) : null;
    const repeated = pageTitle && wordCount(pageTitle[2]!) <= 4 && !endsLikeSentence(pageTitle[2]!) ? blocks.find((b, i) => i > 0 && i < Math.min(end, 6) && b.singleLine && !b.label && titleWords(b.text) === titleWords(pageTitle[1]!)) : undefined;
    if (repeated) {
      // (The headline a heading, it is the title, however deep.)
      if (blocks[0]!.kind === 'heading' && repeated.markdownHeading) pageHeadline = repeated;
      drop(0, "site chrome (the page's title, the headline and the site's name)");
    }
    // The newsletter's name opening the page, above the post's headline, where the page names it so
    // (`Bridge Notes` ... `Thanks for reading Bridge Notes!`): its masthead, not the title.
    const named = new Set((options.siteNames ?? []).map(titleWords));
    if (named.size && blocks[0]?.singleLine && !blocks[0].label && !blocks[0].dash && end > 2 && wordCount(blocks[0].text) <= 5 && named.has(titleWords(blocks[0].text))) drop(0, "site chrome (the newsletter's name, as the page thanks its readers for reading it)");
    // A page copied whole under its masthead of a few words (`Bridge Talk`) says its headline twice
    // before anyone speaks, the share card's and the article's (`Maria Lopez on bridges that don't
    // lie`): the article's is the title, the first a copy.
    // (Or, the masthead gone as the site's, the headline opens the file.)
    const head = blocks[0];
    if (!fm.title && head && head.kind === 'para' && head.singleLine && !head.label && !head.dash && !blocks.some((b, i) => i < end && b.markdownHeading)) {
      const at = new Map<string, number[]>();
      for (let i = wordCount(head.text) <= 3 ? 1 : 0; i < Math.min(end, blocks.length); i++) {
        const b = blocks[i]!;
        const t = b.text.trim();
        // (A question too, `Les ponts, l'eau et le temps ?`, never a sentence closed by its stop; its
        // copies alike but for their quotation marks, `l'eau` and `l’eau`.)
        const key = titleWords(t);
        if (b.singleLine && !b.label && !b.dash && wordCount(t) >= 4 && wordCount(t) <= 16 && (!endsLikeSentence(t) || /[?？¿]\s*$/u.test(t))) at.set(key, [...(at.get(key) ?? []), i]);
      }
      const twice = [...at.values()].filter((list) => list.length === 2);
      if (twice.length === 1) {
        pageHeadline = blocks[twice[0]![1]!]!;
        drop(twice[0]![0]!, 'site chrome (the page repeats the headline)');
      }
    }
  }

  // The page's own sections after the interview: its comments, links to related pages. From such
  // a heading on, everything is the page's, and a commenter's `Joe: Did he say...?` is nobody in
  // the interview.
  {
    // (In a Q&A article without names, the first question set apart by its style starts it.)
    // (In plain text without labels, the first question alone on its line.)
    // (Or one opened by a dialogue dash, `―어떻게...`, `――橋の...`.)
    const styledFirst = blocks.findIndex((b) => b.label || b.dash || (b.kind === 'para' && ASKS.test(b.text) && (b.bold || wholeEmphasis(b.node))));
    const firstLabelled = styledFirst !== -1 || !options.plainText ? styledFirst : blocks.findIndex((b) => b.kind === 'para' && b.singleLine && ASKS.test(b.text) && wordCount(b.text) <= 40);
    // A heading, or a short line alone that only names such a section (`RELATED COVERAGE`), its
    // count after it perhaps (`Responses (3)`); or counts the comments on the post by its title,
    // however long (`2 thoughts on “Interview: Maria Lopez on timber bridges”`).
    const pageSection = (b: Block) =>
      ((b.kind === 'heading' || (b.kind === 'para' && b.singleLine && ((!endsLikeSentence(b.text.replace(/[(（]\d+[)）]$/u, '').trimEnd()) && b.text.split(/\s+/).length <= 5) || COMMENTS_ON.test(b.text.trim())))) && (COMMENTS_RE.test(b.text) || RELATED_RE.test(b.text))) || sectionFirstLine(b);
    // (Or such a line first in a paragraph, the titles of the pages it links right under it, no blank
    // line between, as a page copied as text sets them: `Lire aussi` / `Pourquoi les ponts tombent`,
    // `**関連記事**` / `橋はなぜ壊れるのか`; not a line going on in small letters, a sentence cut there.)
    const sectionFirstLine = (b: Block) => {
      if (b.kind !== 'para' || b.singleLine) return false;
      return RELATED_WHOLE_LINE.test((sourceLines[b.line - 1] ?? '').replace(/[*_]/g, '').trim()) && !/^\p{Ll}/u.test((sourceLines[b.line] ?? '').trim());
    };
    // (Not links to related pages where two of the interview's speakers go on after them: a box
    // of links inside the article. Comments are the page's, whoever writes them.)
    // (Up to the comments, if they follow: a commenter's `Tom Becker: more of these please!` is no
    // speaker going on, `Written by Tom Becker` above it the author's box after the interview.)
    const speaksOn = (at: number) => {
      if (COMMENTS_RE.test(blocks[at]!.text)) return false;
      const comments = blocks.findIndex((b, i) => i > at && pageSection(b) && COMMENTS_RE.test(b.text));
      const after = blocks.slice(at + 1, comments === -1 ? undefined : comments);
      // (Or where the one labelled side goes on after them, the answers unlabelled: questions opened
      // by a dialogue dash, `――センサーは...`, asking twice or more before.)
      const one = blocks.slice(0, at).filter((b) => b.label);
      if (one.length >= 2 && new Set(one.map((b) => foldName(b.label!.key))).size === 1 && after.some((b) => b.label && foldName(b.label.key) === foldName(one[0]!.label!.key))) return true;
      const before = new Set(blocks.slice(0, at).flatMap((b) => (b.label ? [foldName(b.label.key)] : [])));
      return new Set(after.flatMap((b) => (b.label && before.has(foldName(b.label.key)) ? [foldName(b.label.key)] : []))).size >= 2;
    };
    let tail = firstLabelled === -1 ? -1 : blocks.findIndex((b, i) => i > firstLabelled && pageSection(b));
    // (Not a share bar's button above the interview, `Comentarios` among `Compartir en Facebook` and
    // `Copiar enlace`, under a headline shaped as a label: one label at most above it, the turns,
    // four or more, below.)
    const labelled = (from: number, to?: number) => blocks.slice(from, to).filter((b) => b.label).length;
    while (tail !== -1 && blocks[tail]!.kind === 'para' && COMMENTS_RE.test(blocks[tail]!.text) && labelled(firstLabelled, tail) <= 1 && labelled(tail + 1) >= 4) {
      drop(tail, 'site chrome (share bar, comment form or navigation)');
      tail = blocks.findIndex((b, i) => i >= tail && pageSection(b));
    }
    while (tail !== -1 && speaksOn(tail)) {
      // (A box of links inside the article goes, its heading and the links under it, nothing else.)
      let from = tail;
      if (RELATED_RE.test(blocks[tail]!.text) && blocks[tail + 1] && linksOnly(blocks[tail + 1]!)) {
        drop(tail, 'site chrome (links to other pages inside the interview)');
        while (blocks[tail] && linksOnly(blocks[tail]!)) drop(tail, 'site chrome (links to other pages inside the interview)');
        from = tail - 1;
      } else if (options.plainText && RELATED_RE.test(blocks[tail]!.text) && blocks[tail + 1] && (blocks[tail + 2]?.label || blocks[tail + 2]?.dash) && blocks[tail + 1]!.kind === 'para' && !blocks[tail + 1]!.label && blocks[tail + 1]!.singleLine && wordCount(blocks[tail + 1]!.text) <= 12) {
        // (Copied line by line, the link's words alone under its heading, a turn right after: `Mehr zum Thema` / `Marode Brücken: Wer zahlt?`.)
        drop(tail, 'site chrome (links to other pages inside the interview)');
        drop(tail, 'site chrome (links to other pages inside the interview)');
        from = tail - 1;
      }
      tail = blocks.findIndex((b, i) => i > from && pageSection(b));
    }
    if (tail !== -1 && (COMMENTS_RE.test(blocks[tail]!.text) || blocks[tail]!.kind === 'para' || blocks.slice(tail).some((b) => b.label))) while (blocks.length > tail) drop(tail, 'site chrome (comments and links to other pages after the interview)');
  }

  // `Q Street was closed...` once is words: `Q` and one space asks only where the file asks so twice or more.
  if (blocks.filter((b) => b.label?.spaced).length < 2) for (const b of blocks) if (b.label?.spaced) [b.label, b.strip] = [null, 0];
  // `Q.` and `A.` are labels only in a file that prints its questions and answers that way.
  const dotted = (side: Role) => blocks.filter((b) => b.label?.dot && roleWord(b.label.key) === side).length;
  // (Or its questions alone, `Q. Why...?` three times or more, each asking above words no label opens: the answers.)
  const asked = blocks.flatMap((b, i) => (b.label?.dot && roleWord(b.label.key) === 'interviewer' ? [i] : []));
  const dotAsks = (i: number) => /[?？]\s*[*_]*$/.test(blocks[i]!.text);
  // (Or above the one who answers by her name, as a sports press conference's transcript prints
  // them, `Q. Maria, how did it feel?` / `MARIA LOPEZ: It felt long.`: two in three asking, a
  // reporter's "Q. Talk about the wind today." among them.)
  const answeredByName = (i: number) => blocks[i + 1]?.label != null && !isSideWord(blocks[i + 1]!.label!.key) && roleWord(blocks[i + 1]!.label!.key) == null;
  const questionsOnly = dotted('guest') === 0 && asked.length >= 3 && (asked.every((i) => dotAsks(i) && blocks[i + 1]?.kind === 'para' && blocks[i + 1]!.label == null) || (asked.every((i) => blocks[i + 1]?.kind === 'para' && (blocks[i + 1]!.label == null || answeredByName(i))) && asked.some(answeredByName) && asked.filter(dotAsks).length * 3 >= asked.length * 2));
  if (blocks.some((b) => b.label?.dot) && (dotted('interviewer') < 2 || dotted('guest') < 2) && !questionsOnly)
    for (const b of blocks) if (b.label?.dot) [b.label, b.strip] = [null, 0];

  // A court's or a deposition's record: `BY MR. BECKER:` alone, or closing a heading (`DIRECT
  // EXAMINATION BY MR. BECKER:`), says who asks the `Q.` under it, up to the next such line: that
  // lawyer, as the record labels him elsewhere (`MR. BECKER:`), not one "Interviewer" for all. The
  // line goes with the heading above it (`DIRECT EXAMINATION BY MR. BECKER`), or heads a part.
  {
    let examiner: string | null = null;
    const keys = new Map(blocks.flatMap((b) => (b.label ? [[foldName(b.label.key), b.label.key] as const] : [])));
    // (Only where `Q.` asks: elsewhere `By Dr. Lopez` is a byline.)
    const examined = blocks.some((b) => b.label?.key === 'Q' && b.label.dot);
    for (let i = 0; i < blocks.length && examined; i++) {
      const b = blocks[i]!;
      const by = b.singleLine && !b.label ? EXAMINED_BY.exec(b.text.trim()) : null;
      if (by) {
        const who = by[2]!.replace(/\s+/g, ' ');
        examiner = keys.get(foldName(who)) ?? keys.get(foldName(who.replace('.', ''))) ?? who;
        const above = blocks[i - 1];
        // (A short line above naming the examination, `DIRECT EXAMINATION`, heads it too.)
        if (!by[1] && above?.singleLine && !above.label && (above.kind === 'heading' || EXAMINATION_LINE.test(above.text.trim())) && !EXAMINED_BY.test(above.text.trim())) {
          above.kind = 'heading';
          above.text = `${above.text.trim()} ${b.text.trim().replace(/[:：]$/u, '')}`;
          above.endLine = b.endLine;
          use(b.line, b.endLine, 'heading');
          blocks.splice(i--, 1);
        } else Object.assign(b, { kind: 'heading' });
        continue;
      }
      if (examiner && b.label && b.label.key === 'Q' && b.label.dot) b.label = { ...b.label, key: examiner, dot: false, role: 'interviewer' };
    }
    // (The other lawyers, labelled by a title and a surname in capitals and examining no one,
    // object or speak for the record, `MR. SILVA: Objection, form.`: neither asking nor answering.)
    const examiners = new Set(blocks.flatMap((b) => (b.label?.role === 'interviewer' && !b.label.dot ? [foldName(b.label.key)] : [])));
    if (examined && examiners.size) for (const b of blocks) if (b.label && CAPS_TITLED.test(b.label.key) && !examiners.has(foldName(b.label.key)) && b.label.role == null) b.label = { ...b.label, role: 'other' };
  }

  // A box the publication sets between the turns, its word in bold as the labels are (`**Explainer:**
  // Scour is...`, `**Definition:**`, `**Fact box:**`): the publication's words, on neither side, not
  // the end of the answer above it.
  {
    const labelled = blocks.filter((b) => b.label && b.node.type === 'paragraph');
    if (labelled.length >= 2 && labelled.filter((b) => b.node.type === 'paragraph' && b.node.children[0]?.type === 'strong').length >= 0.8 * labelled.length)
      for (const b of blocks) {
        if (b.kind !== 'para' || b.label || b.node.type !== 'paragraph' || b.node.children[0]?.type !== 'strong') continue;
        const word = BOX_WORD.exec(plainText(b.node.children[0]).trim());
        const strip = word ? /^\s*[^:：]+[:：]\s*/u.exec(b.text)?.[0].length : undefined;
        if (word && strip && strip < b.text.length) [b.label, b.strip] = [{ key: word[1]!, alias: null, length: strip, time: null, dash: false, dot: false, role: 'other' }, strip];
      }
  }

  // `I:` once, in a file whose other labels are names or the bench's (`Chair:`), nothing answering
  // it (`R:`, `A:`, `Participant:`), is no interviewer: a committee's panel of
  // witnesses (`I: Maria Lopez, Chief Engineer, Rhine Works.`, under `Witnesses`), a list's numeral.
  {
    const lone = blocks.filter((b) => b.label?.key === 'I');
    if (lone.length === 1 && blocks.some((b) => b.label && b.label.key !== 'I') && blocks.every((b) => !b.label || b.label.key === 'I' || (roleWord(b.label.key) !== 'guest' && !isPlaceholder(b.label.key)))) [lone[0]!.label, lone[0]!.strip] = [null, 0];
  }

  // A hyphen for the dialogue dash, as web pages type it (`-¿Cómo...?`, Korean papers' `-그다음에는요?`):
  // in a file without labels or real dashes, two paragraphs or more opened by a hyphen against a word are dashed.
  {
    const hyphened = blocks.filter((b) => b.kind === 'para' && !b.label && /^-(?=[^\s\d-])/u.test(b.text));
    // (And, where they are, one against a figure that asks, `-1998년 홍수는 어땠나요?`: no negative number.)
    if (hyphened.length >= 2) hyphened.push(...blocks.filter((b) => b.kind === 'para' && !b.label && /^-\d/.test(b.text) && /[?？]\s*$/.test(b.text)));
    if (hyphened.length >= 2 && !blocks.some((b) => b.label || b.dash))
      for (const b of hyphened) Object.assign(b, { dash: true, strip: b.strip + 1 });
  }

  /** Paragraphs whose side a guess decided: reported as uncertain once speakers are known. */
  const guessedSide = new Set<Block>();
  // A dash opening every paragraph, answers too (as Russian prints interviews), marks turns, not
  // questions: then the paragraphs that ask are the interviewer's. (Counted from the first dash:
  // the dek and the byline above it are no turns.)
  {
    const paras = blocks.slice(Math.max(0, blocks.findIndex((b) => b.dash))).filter((b) => b.kind === 'para' && !b.label);
    const dashed = paras.filter((b) => b.dash);
    // (A short one too, every paragraph between its first dash and its last dashed: read the other
    // way, the guest would say nothing.)
    const between = paras.slice(0, paras.lastIndexOf(dashed.at(-1)!) + 1);
    const enough = dashed.length >= 4 ? dashed.filter((b) => ASKS.test(b.text)).length >= 2 : dashed.length >= 2 && between.every((b) => b.dash) && ASKS.test(dashed[0]!.text);
    let asked = false;
    const read = dashed.map((b) => {
      const asks = ASKS.test(b.text);
      // An answer may end with a question of its own ("I went back. What else could I do?"):
      // one that opens with a statement, right after a question, answers it. Either way a guess.
      const mixed = asks && STATEMENT_FIRST.test(b.text);
      asked = asks && !(mixed && asked);
      return { asks: asked, mixed };
    });
    // Where an answer's later paragraphs go on without a dash, a dash opens every turn: the
    // dashed paragraphs take turns, the interviewer's first. That reading, where each question
    // falls to the interviewer in it, gives the interviewer what asks without a question mark
    // too (`— Tell us about Delft.`, `— Thank you for the conversation.`). (However many
    // paragraphs go on without one: a long answer's.)
    const goesOn = dashed.length > 0 && paras.slice(paras.indexOf(dashed[0]!), paras.lastIndexOf(dashed.at(-1)!)).some((b, k, run) => !b.dash && k > 0 && run[k - 1]!.dash);
    const alternates = read.every((r, k) => (k % 2 === 0 ? r.asks || !ASKS.test(dashed[k]!.text) : !r.asks || r.mixed));
    // (Where fewer than six paragraphs in ten have a dash, each answer's first right under its
    // question, most times: dashes before the questions alone, `— Tell us about Delft.` among
    // them, are never so close.)
    const at = new Map(paras.map((b, i) => [b, i]));
    const answersUnder = dashed.filter((b, k) => k % 2 === 1 && at.get(b) === at.get(dashed[k - 1]!)! + 1).length >= 0.5 * Math.floor(dashed.length / 2);
    if (!blocks.some((b) => b.label) && enough && (dashed.length >= 0.6 * paras.length || (goesOn && alternates && answersUnder && dashed.length >= 4)) && dashed.some((b) => !ASKS.test(b.text))) {
      // The questions set in bold (or italics), every one that asks, and the answers plain: the
      // style marks the asker, whatever a paragraph in it ends with (`**— Thank you.**`).
      const styleOf = (b: Block) => (b.bold ? 'bold' : wholeEmphasis(b.node) ? 'italic' : null);
      const questions = dashed.filter((b) => ASKS.test(b.text) && !STATEMENT_FIRST.test(b.text));
      const style = questions.length >= 2 ? styleOf(questions[0]!) : null;
      const inStyle = style ? dashed.filter((b) => styleOf(b) === style) : [];
      if (style && questions.every((b) => styleOf(b) === style) && inStyle.length < dashed.length - 1 && inStyle.filter((b) => ASKS.test(b.text)).length >= 0.6 * inStyle.length) {
        for (const b of dashed) b.dash = styleOf(b) === style;
      } else {
        // (Without that sign, one short dashed line closing the file, right after an answer, is the
        // interviewer's thanks (`— Спасибо за беседу.`) where every dash before it takes turns,
        // question and answer: said as uncertain.)
        const closing = !goesOn && alternates && dashed.length >= 5 && dashed.length % 2 === 1 && !read.at(-1)!.asks && wordCount(dashed.at(-1)!.text) <= 8 && read.slice(0, -1).every((r, k) => (k % 2 === 0) === r.asks && !r.mixed) && paras.at(-1) === dashed.at(-1);
        // (So where every paragraph has its dash and they take turns so: a question the
        // guest asks back and the interviewer's reply to it, `— Vous savez combien coûte un drain ?`
        // / `— Non, dites-moi.`, go by the turns, not by the question marks, where the two readings
        // part over two paragraphs or one in ten at most, none of them the last, which may be the
        // answer's own (see \`closing\`): those said as uncertain.)
        const parted = dashed.filter((_, k) => (k % 2 === 0) !== read[k]!.asks);
        const oneEach = !goesOn && alternates && between.every((b) => b.dash) && parted.length > 0 && parted.length <= Math.max(2, 0.1 * dashed.length) && !parted.includes(dashed.at(-1)!);
        const turns = (goesOn && alternates) || oneEach;
        dashed.forEach((b, k) => {
          b.dash = turns ? k % 2 === 0 : read[k]!.asks;
          if (read[k]!.mixed && !turns) guessedSide.add(b);
        });
        if (oneEach) for (const b of parted) guessedSide.add(b);
        if (closing) {
          dashed.at(-1)!.dash = true;
          guessedSide.add(dashed.at(-1)!);
        }
      }
    }
  }

  // A dash before each answer, the question above it without one, as Swedish, Danish, Norwegian
  // and Finnish papers print interviews (`Varför rasar broar?` / `– Oftast på grund av vatten.`):
  // the dash marks the one who answers, and the paragraphs that ask are the questions. (Where fewer
  // than half the dashed paragraphs ask, and the one before each, past the answer's own dashed
  // paragraphs, asks without a dash, eight times in ten.)
  {
    const paras = blocks.filter((b) => b.kind === 'para' && !b.label);
    const dashed = paras.filter((b) => b.dash);
    if (!blocks.some((b) => b.label) && dashed.length >= 2 && dashed.filter((b) => ASKS.test(b.text)).length < 0.5 * dashed.length) {
      const askers = new Set<Block>();
      /** Paragraphs right before a dashed answer that do not ask, past the first answer: `Berätta om Delft.`, `Tack för samtalet.`. */
      const prompts = new Set<Block>();
      let fits = 0;
      for (const [at, d] of paras.entries()) {
        if (!d.dash) continue;
        const before = paras[at - 1];
        if (before?.dash) fits++;
        else if (before && ASKS.test(before.text)) {
          askers.add(before);
          fits++;
        } else if (before && paras.indexOf(before) > paras.indexOf(dashed[0]!)) prompts.add(before);
      }
      // (Where the dashed paragraphs hardly ever ask, one in five at most, the dash opens every
      // answer: what stands right before one is a question, asking or not, as the house prints a
      // prompt or its thanks; else eight in ten must ask.)
      const rarelyAsks = dashed.filter((b) => ASKS.test(b.text)).length <= 0.2 * dashed.length;
      if (askers.size >= 2 && (fits >= 0.8 * dashed.length || (rarelyAsks && fits + prompts.size >= 0.8 * dashed.length))) {
        for (const d of dashed) d.dash = false;
        for (const q of askers) q.dash = true;
        if (rarelyAsks) for (const q of prompts) q.dash = true;
      }
    }
  }

  // The thanks after the last answer, thanked back in the file's last paragraph, where no
  // paragraph is labelled (`Maria Lopez, thank you.` / `Thank you, Tom. It was a pleasure.`, `Frau
  // Lopez, vielen Dank für das Gespräch.` / `Sehr gerne.`): the interviewer's, said as uncertain;
  // not the guest's own thanks, "Thanks for having me, Tom." / "Thank you.", nor thanks owed to
  // someone, "Thanks to the engineers before me.".
  const closingExchange = (lastQuestion: number) => {
    const [bye, back] = [blocks.at(-2), blocks.at(-1)];
    if (bye?.kind === 'para' && back?.kind === 'para' && !bye.label && !back.label && !bye.dash && !back.dash && blocks.indexOf(bye) > lastQuestion + 1 && bye.singleLine && wordCount(bye.text) <= 12 && CLOSING_THANKS.test(bye.text) && !THANKS_TO.test(bye.text) && !ASKS.test(bye.text) && !GUEST_PHRASES.test(bye.text) && ((CLOSING_THANKS.test(back.text.slice(0, 60)) && !THANKS_TO.test(back.text.slice(0, 60))) || THANKED_BACK.test(back.text))) {
      bye.dash = true;
      guessedSide.add(bye);
    }
  };

  // An interview printed without names whose questions are set apart by their style, as Q&A
  // articles do: each a whole paragraph in italics or bold, or a heading, ending with a question
  // mark. They ask like the dialogue dash does (a file without labels had no turns at all before).
  if (!blocks.some((b) => b.label) && blocks.filter((b) => b.dash).length < 2) {
    // (An interview by e-mail quotes each question: `> What was...?`.)
    // (A listicle numbers them: `1. What...?`.)
    const style = (b: Block) =>
      b.kind !== 'para' ? null
      : b.bold ? 'bold'
      : wholeEmphasis(b.node) ? 'italic'
      : b.node.type === 'blockquote' && b.node.children.length === 1 ? 'quote'
      : b.node.type === 'list' && b.node.ordered && b.node.children.length === 1 && b.node.children[0]!.children.length === 1 ? 'numbered'
      // (A Korean interview sets each question as a bullet: `- 어떻게 시작했나요?`.)
      : b.node.type === 'list' && !b.node.ordered && b.node.children.length === 1 && b.node.children[0]!.children.length === 1 ? 'bulleted'
      // (Or, in a text file, a line opening with a hyphen or a bullet: `- How old are they?`.)
      : options.plainText && b.singleLine && PLAIN_BULLET.test(b.text) ? 'bulleted'
      : options.plainText && b.singleLine && PLAIN_NUMBER.test(b.text) ? 'numbered'
      : null;
    // (Not the one `# heading`, the headline, however it asks: `# OP_Vault - A New Way to HODL?`.)
    const headline = blocks.filter((b) => b.markdownHeading && b.depth === 1).length === 1 ? blocks.find((b) => b.markdownHeading && b.depth === 1) : undefined;
    // (Headings that ask at one level, `### How did...?`: not one at another, a page's call to act
    // after the last answer, `## Ready to see what Rhine Cloud can do for you?`.)
    const askingDepths = new Map<number, number>();
    for (const b of blocks) if (b !== headline && b.markdownHeading && ASKS.test(b.text)) askingDepths.set(b.depth, (askingDepths.get(b.depth) ?? 0) + 1);
    const [questionDepth, atDepth] = [...askingDepths].sort((a, b) => b[1] - a[1])[0] ?? [0, 0];
    const askingHeading = (b: Block) => b.markdownHeading && (atDepth < 2 || b.depth === questionDepth);
    let styled = blocks.filter((b) => b !== headline && ASKS.test(b.text) && (style(b) != null || askingHeading(b)));
    if (styled.length >= 2) {
      // Where most paragraphs in that style ask, every one in it does ("Tell me about the Rhine."),
      // when plain words answer it.
      const counts = new Map<string, number>();
      for (const b of styled) if (style(b)) counts.set(style(b)!, (counts.get(style(b)!) ?? 0) + 1);
      const dominant = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
      // (Where three questions or more are paragraphs in a style, twice as many as the headings that
      // ask, those headings head parts, `## Can it heal itself?`, as a page titles them.)
      const askingHeadings = styled.filter((b) => b.markdownHeading && style(b) == null).length;
      const inDominant = dominant == null ? 0 : counts.get(dominant)!;
      if (askingHeadings > 0 && inDominant >= 3 && inDominant >= 2 * askingHeadings) styled = styled.filter((b) => !(b.markdownHeading && style(b) == null));
      const inStyle = (b: Block) => dominant != null && style(b) === dominant;
      const from = blocks.indexOf(styled[0]!);
      // (A question over two paragraphs or more in that style, `**Today, my guests are...**` /
      // `**Let me set the stage...?**`, is asked whole: each of its paragraphs is the asker's.)
      const runEnd = (i: number) => {
        let j = i;
        while (j + 1 < blocks.length && blocks[j + 1]!.kind === 'para' && inStyle(blocks[j + 1]!)) j++;
        return j;
      };
      // (And from the host's welcome in that style a few paragraphs before the first question, each
      // answered in plain words, `**Maria Lopez, welcome to the show.**` / `Thanks for having me.`
      // / `**You started in Rotterdam.**` / `Yes, in 1990.`: the first turn. The welcome answered
      // briefly: a newsletter's `**Welcome to Bridge Notes!**` above its intro stays the intro's.)
      let start = from;
      for (let w = from - 1; w >= Math.max(0, from - 8) && blocks[w]!.kind === 'para' && !blocks[w]!.markdownHeading; w--) {
        if (inStyle(blocks[w]!) && !inStyle(blocks[w + 1]!) && WELCOME.test(blocks[w]!.text) && wordCount(blocks[w]!.text) <= 40 && wordCount(blocks[w + 1]!.text) <= 20) {
          start = w;
          break;
        }
      }
      // (And from the paragraphs in that style right above the first question, one or two, short,
      // spoken to the guest, that open it: `**You started as a welder.**` / `**How did you end up
      // inspecting bridges?**`; not a dek in that style about her, which says "she".)
      if (start === from) {
        let w = from;
        while (w - 1 >= 0 && from - (w - 1) <= 2 && blocks[w - 1]!.kind === 'para' && !blocks[w - 1]!.markdownHeading && inStyle(blocks[w - 1]!) && wordCount(blocks[w - 1]!.text) <= 40 && ADDRESSED.test(blocks[w - 1]!.text) && !THIRD_PERSON.test(blocks[w - 1]!.text) && !THIRD_PERSON_ABROAD.test(blocks[w - 1]!.text)) w--;
        start = w;
      }
      const all = blocks.filter((b, i) => i >= start && inStyle(b) && blocks[runEnd(i) + 1]?.kind === 'para');
      // (Four of them or more, two in five asking will do: "James, welcome back to the show." A
      // question over paragraphs counts once, asking where any of its paragraphs asks.)
      const runs = all.filter((b, k) => k === 0 || blocks.indexOf(all[k - 1]!) !== blocks.indexOf(b) - 1);
      const asks = (first: Block) => blocks.slice(blocks.indexOf(first), runEnd(blocks.indexOf(first)) + 1).some((b) => ASKS.test(b.text));
      const asking = runs.filter(asks).length >= (runs.length >= 4 ? 0.4 : 0.6) * runs.length;
      // (Not one answered by links alone, a page's call to act after the last answer: `**Want to learn
      // more?**` above `[Talk to our team](https://...)`.)
      const answeredByLinks = (b: Block) => {
        const after: Block[] = [];
        for (let j = blocks.indexOf(b) + 1; j < blocks.length && blocks[j]!.kind === 'para' && !inStyle(blocks[j]!) && !(blocks[j]!.markdownHeading || styled.includes(blocks[j]!)); j++) after.push(blocks[j]!);
        return after.length > 0 && after.every(linkOnly);
      };
      // (A heading at the questions' level that asks without a question mark, a prompt, `## Tell us
      // about your team.`, `## Describe a typical day.`, answered by plain paragraphs, is one too.)
      const headingQuestions = styled.filter((b) => b.markdownHeading).length >= 2;
      // (So is such a prompt in the questions' style before the first that asks, `**Tell us about your team.**`.)
      const prompts = blocks.filter((b, i) => b !== headline && !styled.includes(b) && PROMPT_HEADING.test(b.text.trim()) && blocks[i + 1]?.kind === 'para' && !blocks[i + 1]!.markdownHeading && !inStyle(blocks[i + 1]!) && ((headingQuestions && b.markdownHeading && b.depth === questionDepth) || (i < from && inStyle(b))));
      // (Not a short one in that style asking nothing between two that ask, `**And salt?**` /
      // `**Even worse.**` / `**What would you change?**`: the answer, set in bold as the guest sets
      // her words at times, the question above it left unanswered otherwise. Said as uncertain.)
      const answersInStyle = (b: Block) => {
        const i = blocks.indexOf(b);
        const [above, below] = [blocks[i - 1], blocks[i + 1]];
        return !ASKS.test(b.text) && wordCount(b.text) <= 8 && above != null && below != null && inStyle(above) && inStyle(below) && ASKS.test(above.text) && ASKS.test(below.text) && blocks[i + 2]?.kind === 'para' && !inStyle(blocks[i + 2]!);
      };
      // (Nor those after a rule below the last question's answer, none of them asking: a box the
      // paper closes with, `---` or `* * *` / `**Raio-X**` / `**Maria Lopez, 44**` / her résumé.)
      const lastAsking = blocks.findLastIndex((b) => inStyle(b) && ASKS.test(b.text));
      const rule = lastAsking === -1 ? undefined : breaks.filter((l) => l > blocks[lastAsking]!.endLine).sort((a, b) => a - b)[0];
      const boxed = new Set(rule == null ? [] : blocks.filter((b) => b.line > rule));
      for (const b of new Set([...styled, ...(asking ? all : []), ...prompts])) {
        if (answeredByLinks(b) || boxed.has(b)) continue;
        if (answersInStyle(b)) {
          guessedSide.add(b);
          continue;
        }
        // A quoted or numbered question is the interviewer's paragraph, not a quotation or a list in it.
        const inner = b.node.type === 'blockquote' ? b.node.children[0] : b.node.type === 'list' ? b.node.children[0]?.children[0] : undefined;
        const node = inner?.type === 'paragraph' ? inner : b.node;
        Object.assign(b, { kind: 'para', markdownHeading: false, depth: 0, dash: true, node });
        if (options.plainText && b.node.type === 'paragraph') b.strip += (PLAIN_BULLET.exec(b.text.slice(b.strip)) ?? PLAIN_NUMBER.exec(b.text.slice(b.strip)))?.[0].length ?? 0;
      }
      // (The file's last paragraph in the questions' style, after an answer, asking nothing: the
      // interviewer's thanks, `*Frau Lopez, vielen Dank für das Gespräch.*`, where three questions or
      // more were in that style; not an editor's note, which thanks no one. Said as uncertain.)
      const last = blocks.at(-1);
      if (last && last.kind === 'para' && !last.dash && inStyle(last) && styled.length >= 3 && styled.every(inStyle) && blocks.at(-2)?.kind === 'para' && !inStyle(blocks.at(-2)!) && wordCount(last.text) <= 12 && CLOSING_THANKS.test(last.text) && !CLOSING_NOTE.test(last.text)) {
        Object.assign(last, { dash: true });
        guessedSide.add(last);
      }
      // (Or in plain words, thanked back: `Maria Lopez, thank you for your time.` / `My pleasure.`)
      closingExchange(blocks.findLastIndex((b) => b.dash));
    } else if (!styled.length) {
      // Or plain, as a scraped page loses the bold: short one-line questions, each answered by plain
      // paragraphs that do not ask, through the whole interview (three or more, a fifth of its
      // paragraphs or more), opening with a word (not a deposition's line number), after its time
      // perhaps (`[00:01:09] Why...?`; not after a caption's mark of a change of speaker, `>>`, which
      // says more than question marks can). Read from their question marks alone: said in a warning.
      const asks = (b: Block | undefined) => b != null && b.kind === 'para' && b.node.type === 'paragraph' && b.singleLine && ASKS.test(b.text) && /^[\p{L}"“‘«¿¡]/u.test(b.text.slice(b.strip)) && !changes.has(b.line) && b.text.split(/\s+/).length <= 40;
      const questions = blocks.filter((b, i) => asks(b) && blocks[i + 1]?.kind === 'para' && !ASKS.test(blocks[i + 1]!.text));
      const from = blocks.indexOf(questions[0]!);
      const paras = blocks.slice(from).filter((b) => b.kind === 'para');
      const unanswered = blocks.filter((b, i) => i > from && asks(b) && !questions.includes(b)).length;
      // (Two will do where each turns to someone, "you", and is answered in the first person, "I":
      // an essay's questions to itself are answered about the world.)
      const between = (q: Block) => blocks[blocks.indexOf(q) + 1]!;
      const spokenTo = questions.length === 2 && questions.every((q) => ADDRESSED.test(q.text) && FIRST_PERSON.test(between(q).text));
      if ((questions.length >= 3 || spokenTo) && questions.length >= 0.2 * paras.length && unanswered <= 0.1 * questions.length) {
        for (const b of questions) b.dash = true;
        // (The welcome and the thanks right above the first question are the first exchange: "Maria
        // Lopez, you're the chief engineer at Rhine Bridges. Welcome to Decoder." / "Thanks for having me.")
        const [welcome, thanks] = [blocks[from - 2], blocks[from - 1]];
        if (welcome?.kind === 'para' && thanks?.kind === 'para' && !welcome.label && !thanks.label && /\b[Ww]elcome\b/.test(welcome.text) && GUEST_PHRASES.test(thanks.text) && wordCount(thanks.text) <= 30) welcome.dash = true;
        closingExchange(blocks.indexOf(questions.at(-1)!));
        warnings.push(warning(file, questions[0]!.line, `no paragraph is labelled: the ${questions.length} one-line questions are read as the interviewer's, from their question marks alone, and the paragraphs after each as the answer`, 'label the turns (`Q:` and `A:`, or names) if any of them is read wrong'));
      }
    }
  }

  // A Q&A whose questions are headings and whose answers are labelled by the one who answers, no
  // one else labelled (`## What do you look at first?` / `Maria Lopez: Water.`): each heading that
  // asks, right above her label, is a question, the interviewer's, as an unlabelled paragraph is
  // beside her labelled ones; two or more, half the headings or more (a part's heading, `## Early
  // years`, stays one).
  if (blocks.some((b) => b.label)) {
    const keys = new Set(blocks.filter((b) => b.label).map((b) => b.label!.key));
    const headings = blocks.filter((b) => b.markdownHeading && !(b.depth === 1 && b === blocks.find((x) => x.markdownHeading)));
    const asking = headings.filter((b) => ASKS.test(b.text) && blocks[blocks.indexOf(b) + 1]?.label != null);
    if (keys.size === 1 && roleWord([...keys][0]!) !== 'interviewer' && asking.length >= 2 && asking.length * 2 >= headings.length)
      for (const b of asking) Object.assign(b, { kind: 'para', markdownHeading: false, depth: 0, dash: true });
  }

  // A headline shaped as a label (`Maria Lopez: Bridges That Heal Themselves | Rivers and Roads`,
  // as video and article titles put the guest's name first): the file's first line, without a
  // title in the front matter, in title case or with a site's name after a bar, and no sentence.
  const head = blocks[0];
  let labelHeadline = -1;
  // (Not where the next turn answers that name, "Happy to be here, Tom." under `Tom Becker: This is
  // Rivers and Roads`: his first words, their stop missing.)
  const answered = (i: number) => {
    const b = blocks[i];
    const next = blocks.find((x, j) => j > i && x.label != null);
    return b?.label != null && next != null && next.label!.key !== b.label.key && vocative(next.text.slice(next.strip, next.strip + 300), b.label.key.split(/\s+/)[0]!);
  };
  if (!fm.title && head?.kind === 'para' && head.label && !head.label.time && head.singleLine && blocks.length > 2 && headlineShaped(head.text.slice(head.strip)) && !answered(0)) {
    Object.assign(head, { kind: 'heading', label: null, strip: 0 });
  } else if (!fm.title) {
    // (Or under a page's masthead and its section, short lines and no sentence, `Le Monde` /
    // `Sciences`, a headline quoting the guest, `Maria Lopez : « L'eau est le pire ennemi des ponts »`,
    // whose name labels nothing else: the title.)
    // (Or the file's first label, under a page's other lines, a promotion, `Unlock the Editor's
    // Digest for free`, where it says a quotation alone above a dek: the headline, never a turn.)
    const firstAt = blocks.findIndex((b, i) => i <= 4 && (b.label != null || !(b.kind === 'para' && b.singleLine && wordCount(b.text) <= 4 && !endsLikeSentence(b.text))));
    const firstLabelAt = blocks.findIndex((b) => b.label != null);
    const quotedAlone = (i: number) => {
      const b = blocks[i];
      return b != null && b.kind === 'para' && b.singleLine && b.label != null && QUOTE_ONLY.test(b.text.slice(b.label.length).trim());
    };
    const at = firstAt >= 0 && blocks[firstAt]!.label == null && firstLabelAt > firstAt && firstLabelAt <= 6 && quotedAlone(firstLabelAt) ? firstLabelAt : firstAt;
    const b = blocks[at];
    const shape = b && b.kind === 'para' && b.singleLine ? (b.label ?? matchLabel(b.text)) : null;
    const words = shape ? b!.text.slice(shape.length).trim() : '';
    // (Or one whose name labels turns below too, where the quotation is all it says and a dek, no
    // sentence, follows it, as a blog's page sets its headline: `Maria Lopez: “Rivers decide, not
    // engineers”` / `An interview with the bridge engineer on timber and water`.)
    const dek = blocks[at + 1];
    // (Or a byline or the date, as a paper sets them under the headline, `Features` / `Maria Lopez:
    // “Water is the enemy of every bridge”` / `By Tom Becker`, or a dek in sentences telling of her,
    // "Maria Lopez has inspected bridges for thirty years.", not her own, "I believed him.")
    const surname = shape?.key.split(/\s+/).at(-1) ?? '';
    const underDek = dek != null && dek.kind === 'para' && !dek.label && !dek.dash && (dek.singleLine && ((wordCount(dek.text) >= 4 && !endsLikeSentence(dek.text)) || BYLINE_ONLY_RE.test(dek.text.trim()) || (wordCount(dek.text) <= 8 && statedDate(null, [dek.text]) != null))
      || (endsLikeSentence(dek.text) && !ASKS.test(dek.text) && ((THIRD_PERSON.test(dek.text) && !FIRST_PERSON.test(dek.text)) || (surname.length > 2 && dek.text.split(/[^\p{L}'’-]+/u).includes(surname)))));
    if (at >= 0 && shape && !shape.time && /^[“"«„‘‚']/u.test(words) && headlineShaped(words) && (!blocks.some((x, i) => i !== at && x.label?.key === shape.key) || (QUOTE_ONLY.test(words) && underDek))) {
      Object.assign(b!, { kind: 'heading', label: null, strip: 0 });
      labelHeadline = at;
    } else if (at > 0 && at === firstAt && blocks.slice(0, at).every((x) => x.kind === 'para' && !x.label) && b!.kind === 'para' && b!.label && !b!.label.time && b!.singleLine && blocks.length > at + 2 && !QUOTE_ONLY.test(words) && headlineShaped(words) && !answered(at)) {
      // (Or under a kicker, `INTERVIEW`, `From the Magazine`, a headline shaped as a label in title
      // case, as the first line would be: the title, not her first words with the byline and date.)
      Object.assign(b!, { kind: 'heading', label: null, strip: 0 });
      labelHeadline = at;
    }
    // (Or, under a masthead's short lines or none, the file's first label saying no sentence,
    // `Maria Lopez: Water is the enemy of every bridge`, above a dek in sentences that tells of her,
    // "The engineer has inspected bridges for twenty years. Tom Becker asked her why.", and then
    // another speaker's turn, where her turns below end as sentences do: the headline.)
    const h = firstLabelAt >= 0 && firstLabelAt <= 6 ? blocks[firstLabelAt]! : null;
    const said = h?.label ? h.text.slice(h.strip).trim() : '';
    const deck = h ? blocks[firstLabelAt + 1] : undefined;
    const after = h ? blocks[firstLabelAt + 2] : undefined;
    const own = h?.label ? blocks.filter((x, i) => i > firstLabelAt && x.label?.key === h.label!.key) : [];
    if (labelHeadline === -1 && h?.label && h.kind === 'para' && h.singleLine && !h.label.time && !h.label.dot && !h.label.dash && !endsLikeSentence(said) && wordCount(said) >= 4 && wordCount(said) <= 16 && !ASKS.test(said)
      && blocks.slice(0, firstLabelAt).every((x) => x.kind !== 'para' || (x.singleLine && wordCount(x.text) <= 4 && !endsLikeSentence(x.text)))
      && deck != null && deck.kind === 'para' && !deck.label && !deck.dash && endsLikeSentence(deck.text) && THIRD_PERSON.test(deck.text)
      && after?.label != null && after.label.key !== h.label.key && own.length >= 2 && own.filter((x) => endsLikeSentence(x.text)).length >= 0.8 * own.length) {
      Object.assign(h, { kind: 'heading', label: null, strip: 0 });
      labelHeadline = firstLabelAt;
    }
  }

  // (Or the file's first line, a label's shape saying a few words and no sentence, no speech,
  // `Maria Lopez: Water is the enemy`, right above another's turn or a dek or byline and then it,
  // where the turns below end as sentences do: the headline, never her first words, the dek hers.)
  if (!fm.title && labelHeadline === -1) {
    // (Under a kicker's short line or two too, `Features`, `INTERVIEW`: the first label.)
    const kicker = (b: Block) => b.kind === 'para' && !b.label && !b.dash && b.singleLine && wordCount(b.text) <= 4 && !endsLikeSentence(b.text);
    const k = blocks.findIndex((b, i) => i <= 2 && !kicker(b));
    const ownAsks = (key: string) => {
      const own = blocks.filter((b, i) => i > k && b.label?.key === key);
      return own.length ? own.filter((b) => ASKS.test(b.text)).length / own.length : 0;
    };
    const h = k >= 0 ? blocks[k] : undefined;
    const said = h?.label ? h.text.slice(h.strip).trim() : '';
    const next = blocks.findIndex((b, i) => i > k && b.label != null);
    const turns = blocks.filter((b, i) => i >= next && b.label != null);
    if (h?.kind === 'para' && h.label && h.singleLine && !h.label.time && !h.label.dot && !h.label.dash && !h.label.role && !/^\s*(?:\*\*|__)/.test(h.text)
      && /^["“«„‘\p{L}]/u.test(said) && !endsLikeSentence(said) && !/[!！:：,;]\s*["”’»)]?$/.test(said) && !ASKS.test(said) && (wordCount(said) >= 2 || TRANSCRIPT_LINE.test(said)) && wordCount(said) <= 12 && !SPOKEN_WORDS.test(said) && !GREETING.test(said)
      && next > k && next <= k + 3 && blocks.slice(k + 1, next).every((b) => b.kind === 'para' && !b.label && !b.dash && b.singleLine)
      && (next > k + 1 || blocks[next]!.label!.key !== h.label.key)
      && turns.length >= 3 && turns.filter((b) => endsLikeSentence(b.text) || ASKS.test(b.text)).length >= 0.9 * turns.length
      // (Not the host's first words without their stop, "Tom Becker: Let's talk about bridges": the
      // name asks below, or the next turn answers it by name, "Happy to be here, Tom.")
      && ownAsks(h.label.key) <= 1 / 3 && !vocative(blocks[next]!.text.slice(blocks[next]!.strip, blocks[next]!.strip + 300), h.label.key.split(/\s+/)[0]!)) {
      Object.assign(h, { kind: 'heading', label: null, strip: 0 });
      labelHeadline = k;
    }
  }

  // The headline again, as a page sets it over the article after its masthead repeated the page's
  // title (`Brückenfunk – Folge 88: Salz im Stahl` twice): the headline, no turn, whatever its shape.
  {
    const first = blocks[0];
    if (first && (first.kind === 'para' || first.kind === 'heading') && !first.label && first.singleLine && wordCount(first.text) >= 3)
      for (const [i, b] of blocks.entries()) {
        if (i === 0 || i > 12 || b.kind !== 'para' || !b.label || !b.singleLine || b.text.trim() !== first.text.trim()) continue;
        Object.assign(b, { label: null, strip: 0 });
      }
  }

  // A meeting tool's notes above its transcript (`Action Items` / `Tom Becker: send Maria the
  // draft by Friday.`, then `Transcript` and the turns): tasks and a summary, the intro, no turn.
  {
    const transcriptAt = blocks.findIndex((b, i) => i > 0 && (b.kind === 'heading' || (b.kind === 'para' && b.singleLine && !b.label)) && TRANSCRIPT_LINE.test(b.text.trim()) && blocks.slice(i + 1).some((x) => x.label != null));
    if (transcriptAt !== -1 && blocks.slice(0, transcriptAt).some((b) => (b.kind === 'heading' || (b.kind === 'para' && b.singleLine && !b.label)) && MEETING_NOTES.test(b.text.trim())))
      for (const b of blocks.slice(0, transcriptAt)) if (b.label) Object.assign(b, { label: null, strip: 0 });
  }

  // A headline shaped as a label under which a page copied line by line sets its furniture
  // (`Maria Lopez: Salt is the enemy` / `Copy link` / `Facebook` / `Email` / a dek / the byline / a
  // date / `Listen`), as a newsletter's podcast page does above the transcript: no turn but the
  // page's, where no sentence closes it and most lines up to the next label are short and say no
  // sentence, while the name's turns below close as sentences do. The headline, once or as often
  // as the page repeats it; the lines under it the intro.
  if (!fm.title) {
    for (let round = 0; round < 3; round++) {
      const at = blocks.findIndex((b) => b.label != null);
      const h = blocks[at];
      if (!h?.label || at > 12 || h.kind !== 'para' || !h.singleLine || h.label.time || h.label.dot || h.label.dash) break;
      const said = h.text.slice(h.strip).trim();
      if (endsLikeSentence(said) || wordCount(said) < 2 || wordCount(said) > 16 || ASKS.test(said)) break;
      // (The page's repeats of it are more of the same: `Maria Lopez: Salt is the enemy` twice.)
      const again = (b: Block) => b.label?.key === h.label!.key && b.singleLine && b.text.slice(b.strip).trim() === said;
      const next = blocks.findIndex((b, i) => i > at && b.label != null && !again(b));
      if (next === -1) break;
      const under = blocks.slice(at + 1, next).filter((b) => (b.kind === 'para' || b.kind === 'heading') && !again(b));
      const furniture = under.filter((b) => b.singleLine && !b.dash && wordCount(b.text) <= 4 && !endsLikeSentence(b.text));
      const own = blocks.filter((b, i) => i > next && b.label?.key === h.label!.key);
      const turns = blocks.filter((b, i) => i >= next && b.label != null);
      // (Or whose name labels nothing below, `Bridge Safety: A Conversation` over half such lines.)
      if (under.length < 4 || furniture.length < (own.length ? 0.6 : 0.5) * under.length || own.length === 1 || turns.filter((b) => endsLikeSentence(b.text) || ASKS.test(b.text)).length < 0.8 * turns.length) break;
      for (const b of [h, ...blocks.slice(at + 1, next).filter(again)]) Object.assign(b, labelHeadline === -1 && b === h ? { kind: 'heading', label: null, strip: 0 } : { label: null, strip: 0 });
      if (labelHeadline === -1) labelHeadline = at;
    }
  }

  // Header lines above the interview that name the people of its role words (`Host: Tom Becker`,
  // `Guest: Maria Lopez (Rhine Works)`, `主持人：李娜`), though the same words label the turns below:
  // the intro, and the names of those labels.
  // (Under a title and a record's fields too, as a research interview heads its transcript, `Date:
  // 12 March 2026` / `Interviewer: TB` / `Duration: 41 minutes`: initials among the fields name no
  // one's words either.)
  const fieldLine = (b: Block | undefined) => b != null && b.kind === 'para' && !b.label && b.singleLine && RECORD_FIELD.test(b.text.trim());
  /** A header's line naming the label its word writes below, `Expert: Maria Lopez` above `EXPERT:`, as the front matter's `speakers:` would: the intro, never a turn nor a part's heading. */
  const fieldOfSpeaker = (t: string) => {
    const c = /^([^:：]{1,24})[:：]\s*(.+)$/u.exec(t.replace(/[*_]/g, '').trim());
    return c != null && Object.entries(fm.speakers).some(([k, v]) => k.toLowerCase() === c[1]!.trim().toLowerCase() && foldName(v.name) === foldName(c[2]!));
  };
  for (const [i, b] of blocks.entries()) {
    if (b.kind !== 'para') continue;
    if (!b.label) {
      if (b.singleLine && !endsLikeSentence(b.text) && i < 4) continue;
      break;
    }
    const initials = /^(?:\p{Lu}\.?){2,3}$/u.test(b.text.slice(b.strip).trim()) && (fieldLine(blocks[i - 1]) || fieldLine(blocks[i + 1]));
    // (A numbered role no role's word names, `Teilnehmerin 1: Maria Lopez, Rhine Works`, is a field where the line is one.)
    const field = headerLine(b.text);
    // (Never a tool's placeholder, `Speaker 2: Maria Lopez.`, which may be a turn saying her name.)
    if (!(roleWord(b.label.key) || (field && !isPlaceholder(b.label.key)) || fieldOfSpeaker(b.text)) || !b.singleLine || !(field || initials || fieldOfSpeaker(b.text))) break;
    Object.assign(b, { label: null, strip: 0 });
  }

  // A cast list above the interview, each speaker's label and a few words on the person, none a
  // sentence (`Maria Lopez: founder of Rhine Works`, `Ana Silva: moderator`), where every one of
  // them speaks below and the turns below are punctuated: the intro, no one's first turn.
  /** The cast list's lines: no headings either. */
  const castLines = new Set<number>();
  {
    const first = blocks.findIndex((b) => b.label);
    const cast: Block[] = [];
    for (let i = first; i >= 0 && i < blocks.length; i++) {
      const b = blocks[i]!;
      if (b.kind !== 'para' || !b.label || !b.singleLine || cast.some((c) => c.label!.key === b.label!.key)) break;
      if (!onAPerson(b.text.slice(b.strip).trim())) break;
      cast.push(b);
    }
    const after = blocks.slice(first + cast.length).filter((b) => b.label);
    if (cast.length >= 2 && cast.every((c) => after.some((b) => b.label!.key === c.label!.key)) && after.filter((b) => endsLikeSentence(b.text) || ASKS.test(b.text)).length >= 0.6 * after.length)
      for (const b of cast) {
        Object.assign(b, { label: null, strip: 0 });
        castLines.add(b.line);
      }
  }

  // A meeting's attendees listed above the transcript (`Attendees` / `Maria Lopez, Tom Becker`, as
  // a meeting tool heads its export): the intro, never a heading nor the title.
  {
    const first = blocks.findIndex((b) => b.label);
    const keys = first > 0 ? new Set(blocks.flatMap((b) => (b.label ? [b.label.key] : []))) : null;
    for (let i = 0; i < first; i++) {
      const b = blocks[i]!;
      if (b.kind !== 'para' || b.label || !b.singleLine) continue;
      const names = listItems(b.text);
      // (Or one a line, with what each does, as an earnings call lists them: `Ana Silva - Chief Financial Officer`.)
      const withRole = b.text.split('\n').every((l) => keys!.has(NAME_THEN_ROLE.exec(l)?.[1] ?? ''));
      if (!withRole && (names.length < 2 || !names.every((n) => NAME_IN_LIST.test(n)) || !names.some((n) => keys!.has(n)))) continue;
      castLines.add(b.line);
      const above = blocks[i - 1];
      // (A call's `Company Participants`, read as a part of the call above, heads no part: the list.)
      if (above && (above.kind === 'para' || !above.markdownHeading) && !above.label && above.singleLine && ATTENDEES_WORD.test(above.text)) {
        castLines.add(above.line);
        above.kind = 'para';
      }
    }
  }

  // Questions opened by a symbol, as Korean, Chinese and Japanese papers mark them (`◆어디서
  // 시작됐나요?`, `■...？`), in an interview printed without names: dialogue dashes, where one
  // symbol opens two paragraphs or more and most of them ask. (A symbol heading statements stays.)
  if (!blocks.some((b) => b.label)) {
    const marked = blocks.filter((b) => b.kind === 'para' && !b.dash && QUESTION_MARK.test(b.text));
    const symbols = new Set(marked.map((b) => b.text[0]));
    if (marked.length >= 2 && symbols.size === 1 && marked.filter((b) => ASKS.test(b.text)).length >= 0.6 * marked.length)
      for (const b of marked) Object.assign(b, { dash: true, strip: QUESTION_MARK.exec(b.text)![0].length });
  }

  // An exchange a speaker quotes in a turn, after a paragraph ending in a colon ("The lawyer read
  // from the record. It went like this:", then `Q: Did you inspect the bridge?` / `A: Yes, twice.`),
  // in a file whose turns are labelled by the names of people who speak throughout: its `Q:` and
  // `A:` are that speaker's words, not an audience's question and the guest's answer. (Only where
  // every `Q:` and `A:` is in such a short exchange, both sides in each, and the conversation goes
  // on under a name after it, and the paragraph tells of an exchange, not one that invites questions.)
  quotedExchanges(blocks);

  // A dash and a full name alone closing the file right after an undashed paragraph (`— Tom
  // Becker`) signs it: no question a dialogue dash opens.
  const lastPara = blocks.findLastIndex((b) => b.kind === 'para');
  const beforeLast = blocks.slice(0, lastPara).findLast((b) => b.kind === 'para');
  const signature = lastPara !== -1 && blocks[lastPara]!.dash && !blocks[lastPara]!.label && beforeLast && !beforeLast.dash && SIGNATURE.test(sourceLines[blocks[lastPara]!.line - 1]?.trim() ?? '') ? blocks[lastPara]! : null;
  if (signature) signature.dash = false;

  // A clock time opening a turn's words where the file is not timed, few turns carrying a time
  // (`Maria Lopez: 9:00 - 17:00 is our shift.`, `6:30, every morning.`), is her words, not the turn's time.
  {
    const labelled = blocks.filter((b) => b.kind === 'para' && b.label).length;
    const timed = blocks.filter((b) => b.kind === 'para' && b.label && b.time != null).length;
    if (timed * 2 <= labelled)
      // (A bare clock time only: one in brackets, `[03:47]`, is a timestamp wherever it stands.)
      for (const b of blocks.filter((x) => x.lead && /^\d/.test(x.text.slice(x.lead.at)))) {
        b.strip = b.lead!.at;
        if (b.lead!.timed) b.time = null;
      }
  }

  // 4. Where the interview starts: the first labelled paragraph, or in an interview printed
  //    without names, the first question opened by a dialogue dash.
  let firstLabel = blocks.findIndex((b) => b.label);
  const dashFormat = firstLabel === -1 && blocks.filter((b) => b.dash).length >= 2;
  if (dashFormat) firstLabel = blocks.findIndex((b) => b.dash);
  // A talk whose one speaker the front matter's list names (`speakers: [Adam Back]`), without a
  // label anywhere: every paragraph is that speaker's. Said in a warning, in case
  // someone else speaks unlabelled.
  const sole = firstLabel === -1 && !dashFormat ? soleSpeaker(fm) : null;
  if (sole) {
    for (const b of blocks) if (b.kind === 'para') Object.assign(b, { label: { key: sole, alias: null, length: 0, time: b.time, dash: false, dot: false, role: 'guest' as Role } });
    firstLabel = blocks.findIndex((b) => b.label);
    if (firstLabel !== -1) warnings.push(warning(file, blocks[firstLabel]!.line, `no paragraph is labelled: every one is ${sole}'s, the one speaker the front matter names`, 'label the turns (`Name: ...`) if anyone else speaks'));
  }
  // (Or a talk given together by the two or three people the list names, `speakers: [Maria Lopez,
  // Tom Becker]`, none of them asking, without a label anywhere, its paragraphs hardly asking (a
  // quarter at most): every paragraph is theirs together, as the file does not say who says which. Said.)
  const listed = Object.values(fm.speakers);
  if (firstLabel === -1 && !dashFormat && listed.length >= 2 && listed.length <= 3 && listed.every((s) => s.role !== 'interviewer') && fm.interviewers.length === 0) {
    const paras = blocks.filter((b) => b.kind === 'para');
    if (paras.length >= 3 && paras.filter((b) => ASKS.test(b.text)).length <= paras.length / 4) {
      const together = listed.map((s) => s.name).join(' & ');
      for (const b of paras) Object.assign(b, { label: { key: together, alias: null, length: 0, time: b.time, dash: false, dot: false, role: 'guest' as Role } });
      firstLabel = blocks.findIndex((b) => b.label);
      warnings.push(warning(file, blocks[firstLabel]!.line, `no paragraph is labelled: every one is read as ${together}'s together, the speakers the front matter names; which of them says each is not known`, `label the turns (\`${listed[0]!.name}: ...\`) to say who speaks`));
    }
  }
  // (Or a talk whose title names its one speaker, `Maria Lopez: Why bridges fail | TED Talk`,
  // `Why bridges fail | Maria Lopez | TEDxSeville`, `Keynote by Maria Lopez`, its paragraphs
  // spoken, "I", "we", "you", hardly a question: every paragraph under the title is hers. Said.)
  const talker = firstLabel === -1 && !dashFormat && Object.keys(fm.speakers).length === 0 ? talkTitleSpeaker(fm.title ?? null, blocks) : null;
  if (talker) {
    for (const b of blocks.slice(fm.title ? 0 : 1)) if (b.kind === 'para' && !TRANSCRIPT_LINE.test(b.text.trim())) Object.assign(b, { label: { key: talker, alias: null, length: 0, time: b.time, dash: false, dot: false, role: 'guest' as Role } });
    firstLabel = blocks.findIndex((b) => b.label);
    if (firstLabel !== -1) warnings.push(warning(file, blocks[firstLabel]!.line, `no paragraph is labelled: every one is read as ${talker}'s, the one speaker the talk's title names`, `label the turns (\`Name: ...\`) if anyone else speaks, or list the speaker under \`speakers:\` in the front matter (\`speakers: [${talker}]\`)`));
  }
  // (Or a piece "as told to" its writer, `As told to Tom Becker` under the headline, its paragraphs
  // spoken by one person, half or more saying "I", a quarter at most asking: every paragraph under
  // the byline is hers, named by the note closing the piece ("Maria Lopez is chief inspector at
  // ..."), else "Guest". The note, and one saying the piece was edited, stay the outro. Said.)
  let toldPiece = false;
  const toldTo = firstLabel === -1 && !dashFormat && Object.keys(fm.speakers).length === 0 ? blocks.findIndex((b, i) => i <= 5 && b.kind === 'para' && b.singleLine && AS_TOLD_TO.test(b.text.trim())) : -1;
  if (toldTo !== -1) {
    const body = blocks.slice(toldTo + 1).filter((b) => b.kind === 'para');
    const closing = (b: Block) => b === body.at(-1) && (wholeEmphasis(b.node) || NARRATOR_NOTE.test(b.text.trim()) || CLOSING_NOTE.test(b.text.trim()));
    const said = body.filter((b) => !closing(b));
    if (said.length >= 3 && said.filter((b) => FIRST_PERSON.test(b.text)).length >= said.length / 2 && said.filter((b) => ASKS.test(b.text)).length <= said.length / 4) {
      const narrator = NARRATOR_NOTE.exec(body.at(-1)!.text.trim())?.[1] ?? 'Guest';
      for (const b of said) Object.assign(b, { label: { key: narrator, alias: null, length: 0, time: b.time, dash: false, dot: false, role: 'guest' as Role } });
      firstLabel = blocks.findIndex((b) => b.label);
      toldPiece = true;
      warnings.push(warning(file, said[0]!.line, `no paragraph is labelled: every one is read as ${narrator === 'Guest' ? "the guest's" : `${narrator}'s`}, the one voice of a piece told to its writer`, 'label the turns (`Name: ...`) if anyone else speaks, or give `guest: Full Name` in the front matter'));
    }
  }
  // (Or paragraphs opening with `>>`, as broadcast captions mark each change of speaker, naming no
  // one, where the first introduces the host and the guest, "I'm Tom Becker, and my guest today is
  // Maria Lopez" (or the front matter names one of each): two voices taking turns, read so where
  // the host's turns ask, half of them or more, and the guest's hardly, a quarter at most. Said.)
  if (firstLabel === -1 && !dashFormat && !options.captions) {
    const marks = blocks.filter((b) => b.kind === 'para' && /^>>\s*\S/.test(b.text));
    const opening = marks[0] ? introductionIn(marks[0].text.replace(/^>>\s*/, '')) : null;
    const host = fm.interviewers.length === 1 && fm.guests.length === 1 ? fm.interviewers[0]! : opening?.self;
    const guest = fm.interviewers.length === 1 && fm.guests.length === 1 ? fm.guests[0]! : opening?.guest;
    const hostTurns = marks.filter((_, k) => k % 2 === 0);
    const guestTurns = marks.filter((_, k) => k % 2 === 1);
    const share = (bs: Block[]) => bs.filter((b) => ASKS.test(b.text)).length / bs.length;
    if (host && guest && foldName(host) !== foldName(guest) && hostTurns.length >= 3 && guestTurns.length >= 2 && share(hostTurns.slice(1)) >= 0.5 && share(guestTurns) <= 0.25) {
      marks.forEach((b, k) => {
        const strip = /^>>\s*/.exec(b.text)![0].length;
        Object.assign(b, { strip, label: { key: k % 2 === 0 ? host : guest, alias: null, length: strip, time: b.time, dash: false, dot: false, role: (k % 2 === 0 ? 'interviewer' : 'guest') as Role } });
      });
      firstLabel = blocks.findIndex((b) => b.label);
      warnings.push(warning(file, marks[0]!.line, `the paragraphs open with \`>>\`, as captions mark a change of speaker, naming no one: they are read as ${host} and ${guest} taking turns, ${host} opening (the one who asks)`, 'name who speaks after each `>>` (`>> Maria Lopez: ...`) if anyone else speaks or a turn is read wrong'));
    }
  }
  if (firstLabel === -1) {
    // Turns run together in one paragraph (`Maria Lopez: Welcome. Tom Becker: Thanks.`): the text
    // lost its line breaks. Say so, at that paragraph, rather than that nobody is labelled.
    const runOn = blocks.find((b) => b.kind === 'para' && (b.text.match(RUN_ON_LABEL) ?? []).length >= 2);
    if (runOn) {
      throw new IngestError(
        file,
        runOn.line,
        'no speaker turns found: the turns run together in one paragraph (`Name: ... Name: ...`), as text pasted without its line breaks',
        'start each turn on a line of its own, with a blank line between turns',
      );
    }
    // Paragraphs opening with `>>`, as broadcast captions mark each change of speaker, naming no one.
    const marked = (l: string) => /^\s*>>\s*\S/.test(l);
    const marks = sourceLines.filter(marked).length;
    if (marks >= 3 && marks >= sourceLines.filter((l) => l.trim()).length / 3) {
      // (A caption file's `- ` before each line of a cue, two speakers in one, is read as such a mark: said as the file writes it.)
      throw new IngestError(
        file,
        sourceLines.findIndex(marked) + 1,
        options.captions ? 'no speaker turns found: the captions mark each change of speaker (`- ` or `>>` before a line), but name no one' : 'no speaker turns found: the paragraphs open with `>>`, as captions mark a change of speaker, but name no one',
        options.captions ? 'after each mark, name who speaks (`- Maria Lopez: ...`, `>> Maria Lopez: ...`)' : 'after each `>>`, name who speaks (`>> Maria Lopez: ...`)',
      );
    }
    // A tool's export in JSON saved as text (`{"utterances": [{"speaker": "A", ...`): data for a
    // program, not a transcript's text; said so, with what to export instead.
    const whole = sourceLines.join('\n').trim();
    if (/^[[{]/.test(whole) && /[\]}]$/.test(whole)) {
      let json = false;
      try {
        JSON.parse(whole);
        json = true;
      } catch {
        // Not JSON: the message below.
      }
      if (json)
        throw new IngestError(
          file,
          sourceLines.findIndex((l) => l.trim() !== '') + 1,
          "no speaker turns found: the file is JSON, a transcription tool's data, not a transcript's text",
          'export the transcript as text (each turn on a line of its own, `Name: ...`) or as SRT or WebVTT captions, and add that file instead',
        );
    }
    // A header that names one speaker above unlabelled paragraphs: a talk with no one else.
    const header = blocks.map((b) => headerLine(b.text)).find((h) => h != null && /^(?:speaker|presenter|guest|interviewee)$/.test(h.field));
    throw new IngestError(
      file,
      blocks[0]!.line,
      header ? `no speaker turns found: the header names ${header.name} but no paragraph is labelled, as in a talk with no one else` : 'no speaker turns found: no paragraph starts with a speaker label such as `SA:`, `Sam Altman:` or `Q:`',
      header ? `list ${header.name} alone under \`speakers:\` in the front matter (\`speakers: [${header.name}]\`), or start each of ${header.name}'s paragraphs with \`${header.name}:\`; label the questions if there are any` : 'label each turn of at least one speaker (e.g. `SA: ...`) and name the labels under `speakers:` in the front matter; for a talk by one person, list that person alone (`speakers: [Full Name]`)',
    );
  }

  // A picture between turns with its caption: nobody's words. Left in, the caption ("Maria Lopez
  // on the Rhine bridge. Photo: Jane Doe") would be the words of whoever spoke last.
  for (let i = blocks.length - 1; i > firstLabel; i--) {
    const b = blocks[i]!;
    const m = b.kind === 'para' && !b.label && !b.dash ? FIGURE_RE.exec(sourceLines[b.line - 1]!.trim().replace(/^>\s*/, '')) : null;
    if (!m) {
      // A picture's caption whose picture the copy left out: nobody's words either.
      if (b.kind === 'para' && !b.label && !b.dash && b.override == null && loneCaption(b.text)) {
        const text = sourceLines.slice(b.line - 1, b.endLine).join(' ').trim();
        if (loneCaption(text) && !FIRST_PERSON.test(text.replace(LONE_CAPTION, '').replace(CAPTION_BY, '')) && text.split(/\s+/).length <= 60) drop(i, 'site chrome (the caption of a picture the copy left out)');
      }
      // (So is one closing on the picture's credit, a pull quote under a name too: `Maria Lopez: ‘Steel warns.’ Photograph: Ana Silva/The Guardian`.)
      // (Under its picture, the picture's turn above takes both.)
      else if (b.kind === 'para' && !b.dash && b.override == null && !FIGURE_RE.test(sourceLines[blocks[i - 1]!.line - 1]!.trim().replace(/^>\s*/, ''))) {
        const text = sourceLines.slice(b.line - 1, b.endLine).join(' ').trim();
        // (Not the page's last words, `Illustration by Jane Doe` under the last answer: its credit, the outro.)
        if (creditClosed(text) && text.split(/\s+/).length <= 40 && (b.label ? /[‘“"«„]/u.test(text) : blocks[i + 1]?.kind === 'para')) drop(i, 'site chrome (the caption of a picture the copy left out)');
      }
      continue;
    }
    const alt = m[1] ?? m[2] ?? '';
    const below = sourceLines.slice(b.line, b.endLine).join(' ').trim();
    const next = blocks[i + 1];
    // (A picture without a caption stays where it is, shown by its description: `[image: ...]`.)
    if (below) {
      if (isCaption(below, alt)) drop(i, 'site chrome (a picture between turns and its caption)');
    } else if (next && next.kind === 'para' && (!next.label || creditClosed(sourceLines.slice(next.line - 1, next.endLine).join(' '))) && !next.dash && isCaption(sourceLines.slice(next.line - 1, next.endLine).join(' ').trim(), alt)) {
      drop(i + 1, 'site chrome (the caption of a picture between turns)');
      drop(i, 'site chrome (a picture between turns)');
    }
  }

  // A chapter list above a transcript whose turns are timed, and which has no headings of its own:
  // its chapters are the sections, starting at the first turn at or after each chapter's time.
  // The list itself, and a chapter line read as a heading, go: the sections say it.
  let chapters: Chapter[] | null = null;
  /** The chapter list's lines (1-based): never a heading, whether its chapters make the sections or not. */
  const chapterLines = new Set((options.chapters ?? []).map((c) => c.line + 1));
  {
    const timed = blocks.filter((b) => b.label && b.time != null).length;
    const labelled = blocks.filter((b) => b.label).length;
    const ownHeadings = blocks.some((b, i) => i > firstLabel && b.kind === 'heading' && !chapterLines.has(b.line));
    /** Drops the list, every block whose lines are all chapters', and its header right above it (`Timestamps:`, `## Chapters`). */
    const dropList = (list: Chapter[], reason: string) => {
      const first = list[0]!.line + 1;
      const listed = (b: Block) => {
        for (let l = b.line; l <= b.endLine; l++) if (sourceLines[l - 1]?.trim() && !chapterLines.has(l)) return false;
        return true;
      };
      for (let i = blocks.length - 1; i >= 0; i--) {
        const b = blocks[i]!;
        if (!b.label && (listed(b) || (b.line < first && b.line >= first - 3 && CHAPTERS_HEADER.test(b.text)))) drop(i, reason);
      }
      firstLabel = blocks.findIndex((b) => b.label);
    };
    if (options.chapters && timed >= 3 && timed >= 0.5 * labelled && !ownHeadings) {
      chapters = options.chapters;
      dropList(chapters, 'the chapter list, read as the sections');
    } else if (options.chapters && options.chapters.length >= 2 && ownHeadings) {
      // (A list the parts' own headings repeat, `(00:01:10) – Water` above `## 00:01:10 – Water`:
      // the headings say it, the list goes too, never the intro's words.)
      const title = (t: string) => withoutTimeAfter(t.replace(CHAPTER_TIME, '')).trim().toLowerCase();
      const listEnd = Math.max(...chapterLines);
      const heads = new Set(blocks.filter((b) => b.line > listEnd && b.kind === 'heading').map((b) => title(b.text)));
      if (options.chapters.every((c) => heads.has(title(c.title)))) dropList(options.chapters, "the chapter list, which the parts' headings repeat");
    }
  }

  // 5. Speakers and roles.
  const uncertain: Uncertain[] = [];
  const uses: LabelUse[] = [];
  blocks.forEach((b, index) => b.label && uses.push({ key: b.label.key, alias: b.label.alias, text: b.text.slice(b.strip), index, role: b.label.role ?? null, ...(b.label.anchor ? { anchor: true as const } : {}), written: sourceLines[(b.labelLine ?? b.line) - 1]?.trim().slice(0, 120) }));
  const before = blocks.slice(0, firstLabel).map((b) => b.text);
  const introText = [fm.title ?? '', ...before].join('\n');
  const { byKey, ambiguous, addressed, dekNamed, slips, attendee, introducer } = resolveSpeakers({ uses, fm, text: blocks.map((b) => b.text).join('\n'), introText, removedText: [options.removedText ?? '', ...removed.map((r) => r.text)].join('\n') });
  // Questions set as the headings of the parts (`### What is the biggest challenge?`), two or more,
  // and no labelled speaker asking anything, nor welcoming: the page asks, and every one of them
  // answers. (A side the front matter or a role word gives stays.)
  /** The labelled voices taken for the interviewer, but for a side a role word or the front matter gives and one who opened introducing the others, that `answers` says answer: guests. */
  const asGuests = (answers: (key: string) => boolean) => {
    for (const sp of byKey.values())
      if (sp.role === 'interviewer' && sp.key != null && roleWord(sp.key) == null && sp.name !== introducer && !fm.interviewers.some((n) => foldName(n) === foldName(sp.name)) && fm.speakers[sp.key]?.role !== 'interviewer' && answers(sp.key)) Object.assign(sp, { role: 'guest', roleConfidence: 0.7 });
  };
  if (blocks.filter((b) => b.markdownHeading && b.depth > 1 && ASKS.test(b.text)).length >= 2 && uses.length >= 2 && !uses.some((u) => holdsQuestion(u.text) || WELCOME.test(u.text))) asGuests(() => true);
  // So with questions unlabelled right above the labels, two or more, where no labelled voice asks
  // (as the sides are read: a question in any script, holdsQuestion, or a prompt, "Tell us about..."; in
  // more than half its paragraphs, not an answer's "Why? Because...") or welcomes (`Welcome, Maria.`, `Willkommen...`, `欢迎...`):
  // where they are put to a panel (`How did you start?` / `Kenichi Sato: ...` / `Hanako Yamamoto:
  // ...`), each voice speaking after the questions in half its turns or more (not a moderator
  // labelled only to open); else each voice answering them in half its turns or more (`Why steel?`
  // / `Maria Lopez: ...`). Which questions count, and when they are a panel's: unlabelledQuestions.
  const asking = new Map<string, number>();
  for (const u of uses) asking.set(u.key, (asking.get(u.key) ?? 0) + (holdsQuestion(u.text) || PROMPT.test(u.text) ? 1 : -1));
  const unlabelledAsked = uses.length >= 2 && ![...asking.values()].some((n) => n > 0) && !uses.some((u) => WELCOME.test(u.text)) ? unlabelledQuestions(blocks, firstLabel) : null;
  if (unlabelledAsked && unlabelledAsked.questions >= 2) {
    const { panel, inRounds, answered } = unlabelledAsked;
    asGuests((key) => ((panel ? inRounds : answered).get(key) ?? 0) >= uses.filter((u) => u.key === key).length / 2);
  }
  // A voice heard only in the recordings the show plays (`(SOUNDBITE OF ARCHIVED RECORDING)` above
  // `MAYOR PAUL KIM: The bridge is safe.`), where others speak outside them: neither side. A
  // recording runs from its mark to its end's, or to the next turn of a voice heard outside one
  // before, or of one whose label says its side (`TOM BECKER, HOST:` after a cold open's mark).
  // (The guest heard in one too, `MARIA LOPEZ:` in a clip, then `LOPEZ:` answering, keeps her side.)
  if (options.clipLines?.length) {
    const marks = [...options.clipLines].sort((a, b) => a.line - b.line);
    const personOf = (u: LabelUse) => byKey.get(u.key)?.name ?? u.key;
    /** The voices heard outside any recording so far. */
    const outside = new Set<string>();
    let playing = false;
    let next = 0;
    const inClip = uses.map((u) => {
      const line = blocks[u.index]!.line;
      while (next < marks.length && marks[next]!.line < line) playing = !marks[next++]!.end;
      if (playing && (outside.has(personOf(u)) || (u.role != null && u.role !== 'other'))) playing = false;
      if (!playing) outside.add(personOf(u));
      return playing;
    });
    if (outside.size)
      for (const sp of new Set(uses.filter((_, k) => inClip[k]).map((u) => byKey.get(u.key))))
        if (sp && !outside.has(sp.name) && fm.speakers[sp.key ?? '']?.role == null && ![...fm.guests, ...fm.interviewers].some((n) => foldName(n) === foldName(sp.name))) Object.assign(sp, { role: 'other', roleConfidence: 1 });
  }
  if (dekNamed?.size) {
    const [key, name] = [...dekNamed][0]!;
    const said = [...dekNamed].map(([k, n]) => `'${k}' as ${n}`).join(', ');
    warnings.push(warning(file, blocks[uses.find((u) => u.key === key)!.index]!.line, `${said}: named by the introduction's "talks with" and by which of them asks`, `name them under \`speakers:\` in the front matter (\`${key}: ${name}\`)`));
  }
  if (addressed.size) {
    const [key, name] = [...addressed][0]!;
    const said = [...addressed].map(([k, n]) => `'${k}' as ${n}`).join(', ');
    warnings.push(warning(file, blocks[uses.find((u) => u.key === key)!.index]!.line, `${said}: named only by how the speakers address each other`, `name them under \`speakers:\` in the front matter (\`${key}: ${name}\`)`));
  }
  for (const [key, name] of attendee ?? []) {
    const at = uses.find((u) => u.key === key);
    if (at) warnings.push(warning(file, blocks[at.index]!.line, `'${key}' as ${name}: the one of those listed above the transcript whom no turn names`, `name them under \`speakers:\` in the front matter (\`${key}: ${name}\`)`));
  }
  // (A label written once with a slip, `Tom Beker:` among `Tom Becker:`: read as the name, said so.)
  for (const [key, name] of slips ?? []) {
    const at = uses.find((u) => u.key === key);
    if (at) warnings.push(warning(file, blocks[at.index]!.line, `the label '${key}' is read as ${name}, whose name it misspells`, `write \`${name}:\`, or name '${key}' under \`speakers:\` in the front matter if it is someone else`));
  }
  for (const [key, names] of ambiguous) {
    const mine = uses.filter((u) => u.key === key);
    const who = `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
    warnings.push(warning(file, blocks[mine[0]!.index]!.line, `speaker label '${key}' could be ${who}; shown as '${key}'`, `write the full name in the label, or map it under \`speakers:\` in the front matter (\`${key}: ${names[0]}\`)`));
    for (const u of mine) uncertain.push({ line: blocks[u.index]!.line, text: u.text.slice(0, 120), speaker: key, alternative: who, confidence: 0.5 });
  }
  // Placeholders nothing names (`Speaker 1`): shown as they are, their sides read from what each says.
  const unnamed = [...new Set(byKey.values())].filter((s) => s.key != null && isPlaceholder(s.key) && s.name === s.key);
  if (unnamed.length) {
    const host = unnamed.find((s) => s.role === 'interviewer');
    warnings.push(
      warning(
        file,
        blocks[uses.find((u) => u.key === unnamed[0]!.key)!.index]!.line,
        `${unnamed.map((s) => `'${s.key}'`).join(', ')} ${unnamed.length === 1 ? 'is' : 'are'} not named in the file${host ? `; '${host.key}' is taken for the interviewer from what they say` : ''}`,
        `name them under \`speakers:\` in the front matter (\`${unnamed[0]!.key}: { name: Full Name, role: ${unnamed[0]!.role ?? 'interviewer'} }\`)`,
      ),
    );
    for (const s of unnamed) notePlaceholder(s.key!, warnings.at(-1)!);
  }
  for (const key of new Set(uses.map((u) => u.key)))
    if (Object.values(fm.speakers).some((v) => !v.listed) && !fmKeys.has(key.toLowerCase()) && !roleWord(key) && byKey.get(key)?.name === key && !declared.some((d) => foldName(d).split(' ').includes(foldName(key)))) {
      const at = blocks[uses.find((u) => u.key === key)!.index]!.line;
      warnings.push(warning(file, at, `speaker label '${key}' is not in the front matter's speakers`, `add \`${key}: Full Name\` under \`speakers:\` in the front matter (shown as '${key}' until then)`));
    }
  /** Speakers the front matter keys who label nothing, with what was said of each. */
  const idle: { name: string; role: Role | null; note: Diagnostic }[] = [];
  for (const k of Object.keys(fm.speakers)) {
    const spec = fm.speakers[k]!;
    const usedBy = [...byKey.values()].some((s) => foldName(s.name) === foldName(spec.name) || foldName(s.key ?? '') === foldName(k));
    if (!usedBy && !spec.listed) {
      warnings.push(warning(file, fm.speakerLines[k] ?? 1, `speaker key '${k}' in the front matter never labels a paragraph`, `use it as a label (\`${k}: ...\`) in the text, or remove it`));
      idle.push({ name: spec.name, role: spec.role, note: warnings.at(-1)! });
    }
  }

  // One labelled voice: the interviewer only if it asks more than the unlabelled text does.
  // (Speakers who say the words together take their role from theirs, at the end.)
  const voices = [...byKey.values()].filter((s) => !s.joint);
  const unsure = voices.filter((s) => (s.role as string) === 'unknown');
  // (Asking: a question mark, or a prompt that asks without one, "Tell me about the first one.", "Talk me through a day.", see speakers.ts.)
  const rate = (ps: string[]) => (ps.length ? ps.filter((t) => /[?？¿؟]/.test(t) || PROMPT.test(t.trim())).length / ps.length : 0);
  // (An audience, labelled, that asks twice or more, mostly: `Audience: ...?`.)
  const audience = uses.filter((u) => byKey.get(u.key)?.role === 'other').map((u) => u.text);
  const audienceAsks = audience.length >= 2 && rate(audience) >= 0.5;
  if (unsure.length) {
    const unlabelledRate = rate(blocks.slice(firstLabel).filter((b) => b.kind === 'para' && !b.label).map((b) => b.text));
    // (Its own paragraphs: an audience's questions are not its asking; where the audience asks,
    // the voice that mostly does not answers it.)
    for (const s of unsure) {
      const own = rate(uses.filter((u) => byKey.get(u.key) === s).map((u) => u.text));
      s.role = own > unlabelledRate && !(audienceAsks && own < 0.5) ? 'interviewer' : 'guest';
    }
  }

  // A print roundtable: the questions unlabelled, each a whole paragraph in bold or italics, among the
  // labelled answers of guests who hardly ask. The one who asks is the byline's; every named
  // voice answers, whatever the evidence made of one of them.
  {
    // (Not a quick round's questions, `**Favourite bridge?** Porto.`: asked by the labelled host.)
    const boldQuestions = blocks.filter((b, i) => i >= firstLabel - 1 && b.kind === 'para' && !b.label && !b.round && (b.bold || wholeEmphasis(b.node)) && ASKS.test(b.text)).length;
    const asking = uses.filter((u) => /[?？¿؟]/.test(u.text)).length;
    // (Not a voice whose own labelled paragraphs ask: the one who asks, labelled once perhaps.)
    const asks = (s: Speaker) => {
      const own = uses.filter((u) => byKey.get(u.key) === s);
      return own.filter((u) => /[?？¿؟]/.test(u.text)).length > 0.5 * own.length;
    };
    // (Nor one who welcomes another speaker, `Tom Becker: Welcome, Maria.`, `**汤姆·贝克尔**：欢迎来到节目，玛丽亚。`: the host, whose later questions are the bold ones.)
    const welcomes = (s: Speaker) => uses.some((u) => byKey.get(u.key) === s && WELCOME.test(u.text));
    if (boldQuestions >= 2 && asking <= 0.2 * uses.length && !voices.some((s) => s.role === 'interviewer' && s.roleConfidence >= 1))
      for (const s of voices) if (s.role === 'interviewer' && !roleWord(s.key ?? '') && !asks(s) && !welcomes(s)) Object.assign(s, { role: 'guest' as Role, roleConfidence: 0.8 });
  }
  // The one who asks labelled once or twice (`Tom Becker: Welcome, Maria. How did it start?`), their
  // later questions unlabelled right before the guest's labelled answers: the unlabelled side is theirs.
  let unlabelledVoice: Speaker | null = null;
  {
    const askers = [...new Set(voices.filter((s) => s.role === 'interviewer' && !roleWord(s.key ?? '')))];
    const askedBeforeGuest = blocks.filter((b, i) => i > firstLabel && b.kind === 'para' && !b.label && ASKS.test(b.text) && blocks[i + 1]?.label != null && byKey.get(blocks[i + 1]!.label!.key)?.role === 'guest').length;
    const askerUses = uses.filter((u) => byKey.get(u.key) === askers[0]).length;
    // (Or their questions set apart in bold or italics after the labels stop, the answers unlabelled too.)
    // (Not where the last labelled words announce them, ending on a colon: the guest's own list.)
    const lastLabelled = blocks.findLast((b) => b.label != null);
    const styledAsks = lastLabelled && ANNOUNCING.test(lastLabelled.text) ? 0 : blocks.filter((b, i) => i > firstLabel && b.kind === 'para' && !b.label && !b.round && (b.bold || wholeEmphasis(b.node)) && ASKS.test(b.text)).length;
    if (askers.length === 1 && ((askedBeforeGuest >= 2 && askedBeforeGuest > askerUses) || (styledAsks >= 2 && styledAsks > askerUses))) unlabelledVoice = askers[0]!;
    // And the other way round: the guest labelled once or twice, later answers unlabelled right
    // after the interviewer's labelled questions.
    const guests = [...new Set(voices.filter((s) => s.role === 'guest' && !roleWord(s.key ?? '')))];
    const answeredAfterQuestion = blocks.filter((b, i) => i > firstLabel && b.kind === 'para' && !b.label && !ASKS.test(b.text) && blocks[i - 1]?.label != null && ASKS.test(blocks[i - 1]!.text) && byKey.get(blocks[i - 1]!.label!.key)?.role === 'interviewer').length;
    const guestUses = uses.filter((u) => byKey.get(u.key) === guests[0]).length;
    if (!unlabelledVoice && askers.length >= 1 && guests.length === 1 && answeredAfterQuestion >= 2 && answeredAfterQuestion > guestUses) unlabelledVoice = guests[0]!;
  }

  const listedNames = Object.values(fm.speakers).filter((v) => v.listed).map((v) => v.name);
  // A talk handed over: the first turn, a moderator's or host's, hands the floor by name to one who
  // labels nothing (`Moderator:` or `Ana Silva:` "... Please welcome Maria Lopez."), unlabelled words
  // after it, the others labelled only by the audience's words (`Audience member:`, `Q:`): she gives
  // the talk and answers; the one who hands over moderates. (The name as the front matter's list
  // writes it, else in full as the turn does.)
  const handing = blocks[firstLabel];
  const handingVoice = handing?.label ? byKey.get(handing.label.key) : undefined;
  const handedTo = ((): string | undefined => {
    if (!handing?.label || !handingVoice || !HANDS_OVER.test(handing.text) || blocks[firstLabel + 1]?.kind !== 'para' || blocks[firstLabel + 1]!.label) return undefined;
    if (listedNames.length === 1) return namesFirst(handing.text, listedNames[0]!) ? listedNames[0]! : undefined;
    // (Not a company's name after a preposition, "the chief inspector of Rhine Bridges, Maria Lopez".)
    const said = handing.text.slice(handing.text.search(HANDS_OVER));
    const person = (n: string) => !new RegExp(String.raw`(?<![\p{L}])(?:of|from|at|for|with|in|by)\s+(?:the\s+)?${escapeRe(n)}`, 'iu').test(said);
    return listedNames.length === 0 ? [...namesIn(said).keys()].find(person) : undefined;
  })();
  const handedTalk = handedTo != null && !voices.some((v) => foldName(v.name) === foldName(handedTo)) && voices.every((v) => v === handingVoice || (v.key != null && roleWord(v.key) != null && roleWord(v.key) !== 'guest')) && (handingVoice!.key == null || roleWord(handingVoice!.key) !== 'guest');
  if (handedTalk) {
    Object.assign(handingVoice!, { role: 'interviewer' as Role, roleConfidence: 0.9 });
    warnings.push(warning(file, blocks[firstLabel + 1]!.line, `the unlabelled paragraphs are read as the talk and the answers of ${handedTo}, whom the first turn hands the floor to`, `if someone else says them, label them (\`Name: ...\`)`));
  }
  const named = voices.filter((s) => !roleWord(s.key ?? ''));
  const namedInterviewer = named.some((s) => s.role === 'interviewer');
  const namedGuests = [...new Set(named.filter((s) => s.role === 'guest').map((s) => s.name))];
  const soleGuest = fm.guests.length === 1 ? fm.guests[0]! : namedGuests.length === 1 ? namedGuests[0]! : listedNames.length === 1 ? listedNames[0]! : handedTalk ? handedTo : null;
  // A talk: the guest speaks, unlabelled, before anyone is labelled (then takes questions).
  const openingRun = blocks.slice(0, firstLabel);
  const qaOnly = named.length === 0 && voices.some((s) => s.key != null && roleWord(s.key) === 'interviewer');
  const qKeys = voices.filter((s) => s.key != null && /^(q|question|p|pregunta|frage|f|domanda|d)$/i.test(s.key));
  // (Or the one speaker the front matter lists labelled too, beside only the audience's role words,
  // `Audience member:`, `Q:`: a talk and its questions, the speaker answering.)
  const speakerAndAudience = named.length >= 1 && listedNames.length === 1 && named.every((s) => foldName(s.name) === foldName(listedNames[0]!)) && voices.every((s) => named.includes(s) || (s.key != null && roleWord(s.key) != null && roleWord(s.key) !== 'guest'));
  // (Or, with no list naming the speaker, a long talk in the first person before `Q:` and `A:`:
  // eight paragraphs or more, 800 words, most saying "I", "we" or "you", no note on an interview's
  // editing; the one who answers gives it. Said in a warning: an article's long intro by its
  // writer would read so too.)
  const openingParas = openingRun.filter((b) => b.kind === 'para' && !b.dash && !b.label);
  const firstPersonTalk = qaOnly && listedNames.length === 0 && fm.guests.length === 0 && voices.some((s) => s.key != null && roleWord(s.key) === 'guest') && openingParas.length >= 8 && openingParas.reduce((n, b) => n + b.text.split(/\s+/).length, 0) >= 800 && openingParas.filter((b) => FIRST_PERSON.test(b.text) || /\b[Yy]ou\b/.test(b.text)).length >= 0.6 * openingParas.length && !openingParas.some((b) => INTRO_END_RE.test(b.text));
  // (Or, with no list naming the speaker, a talk the file announces: three paragraphs or more under
  // a title that says who gives it, "Talk by Maria Lopez", "Vortrag von ...", "Charla de ...", and
  // a heading right above the first question that says questions follow, `## Q&A`, `Preguntas y
  // respuestas`, `Fragen aus dem Publikum`; the one who answers gives it. Said in a warning.)
  // (A shorter one too, a paragraph or two, where the first speaks as the speaker does, "I", "we",
  // and none names the speaker by surname, as a writer's dek would: `Maria Lopez: Keynote at ...` /
  // "Thank you all for coming. I want to talk about water..." / `## Q&A`, no other heading between.)
  const qaHeading = firstLabel > 0 && blocks[firstLabel - 1]!.singleLine && !blocks[firstLabel - 1]!.label && QA_HEADING.test(blocks[firstLabel - 1]!.text.replace(/^#+\s*/, '').trim());
  // (Or a title naming someone at an event, "Why bridges don't lie — Maria Lopez at Bridge Week
  // 2026", above paragraphs half of which or more say "I", "we" or "you": a talk, not a writer's intro.)
  const headlines = [fm.title ?? '', ...openingRun.slice(0, 3).map((b) => b.text)];
  const spokenOpening = openingParas.filter((b) => FIRST_PERSON.test(b.text) || /\b[Yy]ou\b/.test(b.text)).length;
  const talkGiver = !qaHeading ? undefined : (headlines.map((t) => HEADLINE_BY.exec(t)?.[1] ?? NAME_THEN_TALK.exec(t.trim())?.[1] ?? NAME_TITLE_TALK.exec(t.trim())?.[1]).find((n) => n != null) ?? (spokenOpening >= 0.5 * openingParas.length ? headlines.map((t) => TALK_AT.exec(t)?.[1]).find((n) => n != null) : undefined));
  // (The one who answers labelled by a word no role list holds, `Spokesperson:`, beside only side
  // and role words, `Question:`: a briefing whose statements the title announces, "noon briefing by
  // Maria Lopez, Spokesperson...", under topic headings above `## Questions and Answers`.)
  const oneAnswerer = named.length === 1 && named[0]!.role === 'guest' && voices.every((s) => s === named[0] || (s.key != null && roleWord(s.key) != null && roleWord(s.key) !== 'guest'));
  // (Or only the audience labelled, `Audience member: ...?`, the answers plain below.)
  const onlyAudience = voices.length > 0 && voices.every((s) => s.key != null && roleWord(s.key) === 'other');
  // (Or the one the title names labels turns below, a moderator's beside: `Keynote by Maria Lopez` /
  // ... / `## Q&A` / `**Moderator (Jonas Berg):**` / `**Audience member:**` / `**Maria Lopez:**`.)
  const giverLabelled = talkGiver != null && named.some((s) => foldName(s.name) === foldName(talkGiver));
  const announcedTalk = (qaOnly || oneAnswerer || onlyAudience || giverLabelled) && !firstPersonTalk && listedNames.length === 0 && fm.guests.length === 0 && talkGiver != null && (oneAnswerer || onlyAudience || giverLabelled || voices.some((s) => s.key != null && roleWord(s.key) === 'guest')) && ((openingParas.length >= 3 && spokenOpening >= 1) || (openingParas.length >= 1 && openingRun.filter((b) => b.kind === 'heading').length <= 2 && FIRST_PERSON.test(openingParas[0]!.text) && !openingParas.some((b) => b.text.includes(talkGiver.split(/\s+/).at(-1)!))));
  // (Or, with no list naming the speaker, one named voice answering only the audience's words
  // (`Audience:`, `Audience member:`; not `Q:`, an interview's questions too) under a heading that
  // says questions follow, `Questions`, after three paragraphs or more, one saying "I", "we" or
  // "you", the title or the lines under it naming that voice (`Why bridges fail` / `Maria Lopez` /
  // `Bridge Conference 2024`): the one who answers gave the talk. Said in a warning.)
  const answersAudience = listedNames.length === 0 && fm.guests.length === 0 && !qaOnly && qaHeading && named.length === 1 && voices.length > 1 && voices.every((s) => named.includes(s) || (s.key != null && roleWord(s.key) === 'other')) && openingParas.length >= 3 && spokenOpening >= 1 && headlines.some((t) => foldName(t).includes(foldName(named[0]!.name)));
  // (A shorter talk too, a paragraph or two, one saying "I", "we" or "you", where the list names one
  // speaker and a heading right above the first question says questions follow, `# Q&A`.)
  const talkParas = openingRun.filter((b) => b.kind === 'para' && !b.dash).length;
  const listedTalk = talkParas >= 3 || (qaHeading && listedNames.length === 1 && talkParas >= 1 && spokenOpening >= 1);
  // (Or, with no list naming the speaker and no heading, a paragraph opening as one speaks to a
  // room, "Thank you all for coming.", "Good morning, everyone.", "Ladies and gentlemen,", in the
  // first person or to "you", above questions labelled by their side's letters or the audience's
  // words, the one who answers unnamed or the one named voice: the talk from that paragraph on, by
  // the one who answers; a dek or the event's line above it stays the intro. Not where a host's
  // words are among them, "Hello everyone, and welcome to the show. My guest today is...", nor
  // where they name one the title or the lines above them name, as a writer does: "Good morning,
  // everyone, is how Maria Lopez opens...", nor where the first names anyone in full within a
  // sentence, as a host opens, "Today I want to talk about steel with Maria Lopez" (not a German
  // sentence's first nouns, "Meine Damen und Herren"), nor under a title calling it an interview,
  // `Maria Lopez: Why steel bends (an interview)`. Said in a warning.)
  // (Where only the questions are labelled, `Q:`, every one answered by a plain paragraph under a
  // heading that says questions follow, `## Q&A`: the one who answers is the unlabelled voice.)
  const labelled = blocks.flatMap((b, i) => (i >= firstLabel && b.label ? [i] : []));
  const answeredPlain = qaOnly && labelled.length >= 2 && labelled.every((i) => blocks[i + 1]?.kind === 'para' && !blocks[i + 1]!.label);
  const roomOpening = openingRun.findIndex((b) => b.kind === 'para' && !b.dash && !b.label && ROOM_OPENING.test(b.text.trim()));
  const headlineNames = roomOpening === -1 ? [] : [...namesIn([fm.title ?? '', ...openingRun.slice(0, roomOpening).map((b) => b.text)].join('\n')).keys()].filter((n) => /\s/.test(n));
  const roomParas = roomOpening === -1 ? [] : openingRun.slice(roomOpening).filter((b) => b.kind === 'para' && !b.dash && !b.label);
  const callsItInterview = [fm.title ?? '', ...openingRun.slice(0, Math.max(0, roomOpening)).map((b) => b.text)].some((t) => /(?<![\p{L}])(?:interview|entrevista|intervista|entretien|gespräch|interviu|wywiad)(?![\p{L}])/iu.test(t));
  const addressedTalk = !callsItInterview && !firstPersonTalk && !announcedTalk && !answersAudience && !handedTalk && listedNames.length === 0 && fm.guests.length === 0 && roomOpening !== -1 && (qaOnly || oneAnswerer || onlyAudience || (named.length === 1 && voices.every((s) => named.includes(s) || (s.key != null && roleWord(s.key) === 'other')))) && (qaOnly ? voices.some((s) => s.key != null && roleWord(s.key) === 'guest') || (qaHeading && answeredPlain) : true) && roomParas.filter((b) => FIRST_PERSON.test(b.text) || /\b[Yy]ou\b/.test(b.text)).length >= 0.5 * roomParas.length && !roomParas.some((b) => HOST_PHRASES.test(b.text) || headlineNames.some((n) => b.text.includes(n))) && ![...namesIn(openingRun[roomOpening]!.text).keys()].some((n) => /\s/.test(n) && new RegExp(`[\\p{Ll},]\\s+${escapeRe(n)}(?![\\p{L}])`, 'u').test(openingRun[roomOpening]!.text));
  if (addressedTalk && named.length === 1) Object.assign(named[0]!, { role: 'guest' as Role, roleConfidence: 0.9 });
  if (addressedTalk) warnings.push(warning(file, openingRun[roomOpening]!.line, `the paragraphs before the questions are read as a talk by the one who answers them, opening as one speaks to a room`, 'if they are an introduction, or someone else gives the talk, name the speaker under `speakers:` in the front matter, or label the paragraphs'));
  const talk = ((qaOnly || speakerAndAudience) && soleGuest != null && listedTalk && listedNames.length >= 1) || handedTalk || firstPersonTalk || announcedTalk || answersAudience || addressedTalk;
  if (answersAudience) {
    Object.assign(named[0]!, { role: 'guest' as Role, roleConfidence: 0.9 });
    warnings.push(warning(file, (openingParas.find((b) => endsLikeSentence(b.text)) ?? openingParas[0]!).line, `the paragraphs before the questions are read as a talk by ${named[0]!.name}, the one who answers them`, 'if they are an introduction, or someone else gives the talk, name the speaker under `speakers:` in the front matter, or label the paragraphs'));
  }
  if (announcedTalk) warnings.push(warning(file, openingParas[0]!.line, `the paragraphs before the questions are read as the talk the title announces, by ${talkGiver}, who answers`, 'if they are an introduction, or someone else gives the talk, name the speaker under `speakers:` in the front matter, or label the paragraphs'));
  if (firstPersonTalk) warnings.push(warning(file, openingParas[0]!.line, `the ${openingParas.length} paragraphs before the first question are read as a talk by the one who answers`, 'if they are an introduction, or someone else gives the talk, name the speaker under `speakers:` in the front matter, or label the paragraphs'));
  if (talk && speakerAndAudience) for (const s of named) Object.assign(s, { role: 'guest' as Role, roleConfidence: 0.9 });
  // (A moderator by the role's word, `Moderator:`, `THE CHAIR:`, who asks a question someone other
  // than `Q` answers before `Q` first speaks: a panel's, the floor's questions after. Not a press
  // conference's `THE MODERATOR:`, who only hands the reporters' `Q.` the floor.)
  const firstQUse = uses.findIndex((u) => qKeys.includes(byKey.get(u.key)!));
  const moderated = uses.some((u, i) => {
    const s = byKey.get(u.key);
    const next = uses[i + 1] && byKey.get(uses[i + 1]!.key);
    return i < firstQUse && s?.key != null && isModeratorWord(s.key) && /[?？¿؟]/.test(u.text) && next != null && next !== s && !qKeys.includes(next);
  });
  for (const q of qKeys) {
    // With a named moderator or one by the role's word, or after a talk, "Q" is someone in the audience. (Not a `Q` its first
    // label names, `Q (Tom Becker):`: that moderator.)
    // (But where the one named interviewer speaks under the name only before the first `Q:`, the
    // interview's opening, and `Q:` asks from then on, `Q` is that interviewer.)
    const askers = named.filter((n) => n.role === 'interviewer');
    const firstQ = uses.findIndex((u) => byKey.get(u.key) === q);
    const lastAsker = askers.length === 1 ? uses.findLastIndex((u) => byKey.get(u.key) === askers[0]) : -1;
    if (!talk && askers.length === 1 && firstQ !== -1 && lastAsker < firstQ && uses.filter((u) => byKey.get(u.key) === q).length >= 3) Object.assign(q, { name: askers[0]!.name, role: 'interviewer' as Role });
    else if ((namedInterviewer || talk || moderated) && !named.some((n) => n.name === q.name)) Object.assign(q, { name: 'Audience', role: 'other' as Role });
  }

  const hasInterviewer = voices.some((s) => s.role === 'interviewer');
  const hasGuest = voices.some((s) => s.role === 'guest');
  /** The person a header line before the interview names for a field (`Guest: Maria Lopez, Rhine Works`). */
  const headerName = (field: RegExp): string | null => {
    for (const line of before.flatMap((t) => t.split('\n'))) {
      const h = headerLine(line);
      if (h && field.test(h.field)) return h.name;
    }
    return null;
  };
  /**
   * A name alone in capitals under the dek, right above the first question under a role's word
   * (`TOM BECKER`, then `**Pregunta.** ¿Cómo...?`), named nowhere else in the file: a Spanish
   * paper's byline without its dateline, the one who asks; not a heading.
   */
  const capsBylineAbove = (i: number) => {
    const b = blocks[i];
    const first = blocks[firstLabel];
    if (!b || i === 0 || i !== firstLabel - 1 || b.kind !== 'para' || !b.singleLine || b.label || !first?.label || roleWord(first.label.key) !== 'interviewer') return false;
    const line = b.text.trim();
    const words = line.split(/\s+/);
    if (!CAPS_NAME.test(line) || words.length > 3 || /[.'’-]/.test(line)) return false;
    const surname = new RegExp(`(?<![\\p{L}])${escapeRe(words.at(-1)!)}(?![\\p{L}])`, 'giu');
    return (text.match(surname)?.length ?? 0) === 1;
  };
  /** Who the first unlabelled question, the host's welcome, says asks and answers: "I'm Tom Becker, and my guest today is Maria Lopez." */
  const openingQuestion = () => introductionIn(blocks.find((b) => b.dash && !b.label)?.text ?? '');
  /** The idle speaker (below) taken for the guest or the interviewer, for the warning. */
  let idleGuest = null as (typeof idle)[number] | null;
  let idleInterviewer = null as (typeof idle)[number] | null;
  /** The first of two names alone above the date, taken for the byline, for the warning. */
  let stackedByline = null as { line: number; name: string; other: string } | null;
  const interviewerName = (): string => {
    if (fm.interviewers.length) return fm.interviewers.join(' & ');
    if (fm.author && corroborated(fm.author, fm, blocks)) return fm.author;
    // (The one speaker the front matter keys who labels nothing, the answers labelled: the
    // unlabelled questions are theirs, said in a warning.)
    const [idler, ...idlers] = idle.filter((s) => s.role !== 'guest' && !fm.guests.some((g) => foldName(g) === foldName(s.name)));
    if (idler && !idlers.length && voices.some((v) => v.role === 'guest') && !voices.some((v) => v.role === 'interviewer' && !roleWord(v.key ?? ''))) return (idleInterviewer = idler).name;
    // (A headline saying who interviews whom, `Tom Becker interviews Maria Lopez`: the first.)
    const interviews = blocks.slice(0, firstLabel).map((b) => (b.kind === 'heading' ? HEADLINE_INTERVIEWS.exec(b.text.trim()) : null)).find((m) => m?.[1] != null || m?.[4] != null);
    if (interviews) return (interviews[1] ?? interviews[4])!;
    // (A headline `Interview: Maria Lopez` names the guest; a line `Interview: Tom Becker`, the one who asks.)
    // (Never one whose own labels answer, two or more, asking in half of them at most, `Lopez:` under
    // "Maria Lopez talked with Tom Becker": the one she talked with.)
    // (A dek's teller counts where the headline names her: "Maria Lopez tells Tom Becker..." under `# Maria Lopez on bridges`.)
    const headline = blocks.slice(0, firstLabel).find((b) => b.kind === 'heading')?.text ?? '';
    const titled = (name: string) => foldName(headline).includes(foldName(name));
    const answers = (name: string) =>
      voices.some((v) => {
        if (v.role !== 'guest' || !(foldName(v.name) === foldName(name) || (v.key != null && !/\s/.test(v.key) && foldName(name).endsWith(` ${foldName(v.key)}`)))) return false;
        const own = uses.filter((u) => byKey.get(u.key) === v);
        return own.length >= 2 && own.filter((u) => ASKS.test(u.text)).length <= 0.5 * own.length;
      });
    const headlineNamed = [...namesIn(headline).keys()].some((n) => /\s/.test(n));
    const byline = blocks.slice(0, firstLabel).map((b) => (b.kind === 'heading' && (HEADLINE_INTERVIEW.test(b.text) || KIND_THEN_NAME.test(b.text.trim())) ? null : bylineName(b.text, b.kind === 'heading', answers, titled, headlineNamed))).find((n) => n != null && !answers(n)) ?? blocks.slice(0, firstLabel).map(authorLink).find(Boolean);
    if (byline) return byline;
    // (The name in capitals and the dateline apart: `TOM BECKER`, then `Colonia - 03 nov 2026 - 14:02 CET`;
    // not a title in capitals opening a plain-text file, `NEWSROOM AFTERNOON` above `Aired March 3, 2024 - 14:00 ET`.)
    // (Under another full name alone, the first: a byline and then where it was filed, as Brazilian
    // papers set them, `Tom Becker` / `São Paulo` / `1.dez.2026 às 10h00`; which is a place the
    // words do not say, but the byline comes first.)
    // (Not a name the file writes anywhere else, the guest's, `Why Bridges Fail` / `Maria Lopez` / `Tom Becker` / the date.)
    const stacked = (i: number) => i > 1 && blocks[i - 1]!.kind === 'para' && !blocks[i - 1]!.label && blocks[i - 1]!.singleLine && fullNameAlone(blocks[i - 1]!.text) && !blocks.some((x, k) => k !== i - 1 && x.text.includes(blocks[i - 1]!.text.trim()));
    const capsAt = blocks.slice(0, firstLabel).findIndex((b, i) => b.kind === 'para' && i > 0 && shoutedByline(b.text, blocks[i + 1]?.text ?? '') != null);
    const upper = (i: number) => {
      stackedByline = { line: blocks[i - 1]!.line, name: blocks[i - 1]!.text.trim(), other: blocks[i]!.text.trim() };
      return stackedByline.name;
    };
    if (capsAt !== -1) return stacked(capsAt) ? upper(capsAt) : shoutedByline(blocks[capsAt]!.text, blocks[capsAt + 1]?.text ?? '')!;
    // (Or a full name alone right under the headline, its dek perhaps and then the date under it, as a
    // paper's page copied line by line sets the byline: `Tom Becker` / `The chief engineer of ...` / `Sun 3 Mar 2026 09.00 GMT`.)
    const dateLine = (b: Block | undefined) => b != null && b.kind === 'para' && !b.label && b.singleLine && (isDateline(b.text) || (wordCount(b.text) <= 8 && statedDate(null, [b.text]) != null));
    const named = blocks[1];
    if (firstLabel > 2 && (blocks[0]!.kind === 'heading' || ((options.plainText || options.markdownLines) && blocks[0]!.kind === 'para' && blocks[0]!.singleLine && !blocks[0]!.label)) && named?.kind === 'para' && !named.label && named.singleLine && fullNameAlone(named.text) && byKey.get(named.text.trim())?.role !== 'guest' && (dateLine(blocks[2]) || (firstLabel > 3 && blocks[2]!.kind === 'para' && blocks[2]!.singleLine && !blocks[2]!.label && !endsLikeSentence(blocks[2]!.text) && dateLine(blocks[3])))) return named.text.trim();
    // (Or a full name alone right above such a date further down, under a kicker, the headline and
    // the dek, `Tom Becker` / `3 maart 2026`: not one a line above it names, as a headline names the guest.)
    const above = blocks.slice(0, firstLabel).findIndex((b, i) => i > 0 && b.kind === 'para' && !b.label && b.singleLine && fullNameAlone(b.text) && byKey.get(b.text.trim())?.role !== 'guest' && dateLine(blocks[i + 1]) && !blocks.slice(0, i).some((x) => x.text.includes(b.text.trim())));
    if (above !== -1) return stacked(above) ? upper(above) : blocks[above]!.text.trim();
    // (The same two lines in one paragraph, `Tom Becker` / `São Paulo` above the date; a place of one
    // word too, `Brasília`. Said in the same warning.)
    const pairAt = blocks.slice(0, firstLabel).findIndex((b, i) => {
      const two = b.text.trim().split('\n').map((l) => l.trim());
      return i > 0 && b.kind === 'para' && !b.label && two.length === 2 && fullNameAlone(two[0]!) && (fullNameAlone(two[1]!) || /^\p{Lu}\p{Ll}+$/u.test(two[1]!)) && dateLine(blocks[i + 1]) && !blocks.some((x, k) => k !== i && x.text.includes(two[0]!));
    });
    if (pairAt !== -1) {
      const [name, other] = blocks[pairAt]!.text.trim().split('\n').map((l) => l.trim()) as [string, string];
      stackedByline = { line: blocks[pairAt]!.line, name, other };
      return name;
    }
    // (Or the name alone right above the first question, read below.)
    if (capsBylineAbove(firstLabel - 1)) return capitaliseName(blocks[firstLabel - 1]!.text.trim().toLowerCase());
    // Or the byline after the last turn, as European papers print it ("Propos recueillis par Tom Becker", "Das Interview führte Tom Becker.").
    // (`—As told to Tom Becker` opens with a dash, but asks nothing.)
    const last = blocks.findLastIndex((b) => b.label != null || (b.dash && !closingByline(b.text)));
    const after = blocks.slice(last + 1).find((b) => b.kind === 'para' && closingByline(b.text));
    if (after) return bylineName(after.text)!;
    // (Or the unlabelled questions' own words, where they give their speaker's full name: "Welcome to
    // Rivers and Roads. I'm Tom Becker." Not a name the front matter gives the guest.)
    const selfNamed = openingQuestion().self;
    if (selfNamed && !fm.guests.some((g) => foldName(g) === foldName(selfNamed))) return selfNamed;
    // A header naming the one who asks (`Host: Tom Becker`), or an e-mail's addressee, where it replies to the questions.
    // (Or the one host the dek names, "host Tom Becker talks with ...", where no voice answers so.)
    const hosts = hostsNamedIn(introText).filter((h) => !voices.some((v) => v.role === 'guest' && foldName(v.name) === foldName(h)));
    return headerName(/^(?:host|interviewer|moderator)$/) ?? (headerName(/^(?:guest|interviewee)$/) != null ? headerName(/^presenter$/) : null) ?? options.email?.reply?.recipient ?? (hosts.length === 1 ? hosts[0]! : 'Interviewer');
  };
  let guessedGuest: string | null = null;
  /** Where the guessed guest's name was read, where not the introduction. */
  let guessedFrom = 'the introduction';
  let repliedGuest: string | null = null;
  let tiedGuests: string[] = [];
  /** The guest's name as the file gives it (not `except`, a placeholder standing for the one guest). */
  const guestName = (except?: string): string => {
    // (The one a briefing's title says gives it, before the word that labels her answers, `Spokesperson`.)
    if (announcedTalk && oneAnswerer && talkGiver) return talkGiver;
    if (soleGuest && soleGuest !== except) return soleGuest;
    if (fm.guest) return fm.guest;
    // The one speaker the front matter keys who labels nothing, beside those labelling the
    // questions: the unlabelled answers are theirs (said in a warning).
    const [idler, ...idlers] = idle.filter((s) => s.role !== 'interviewer' && foldName(s.name) !== foldName(interviewerName()));
    if (idler && !idlers.length) return (idleGuest = idler).name;
    // A header naming the one who speaks (`Speaker: Maria Lopez, Rhine Works`, `Guest: ...`).
    // (A talk's `Presenter:` too, but for a broadcast's, who asks: where a `Guest:` is named
    // beside, or a `PRESENTER:` label asks.)
    const header = headerName(/^(?:speaker|guest|interviewee)$/) ?? (voices.some((s) => s.key != null && /^presenter$/i.test(s.key)) ? null : headerName(/^presenter$/));
    if (header) return header;
    // (The one a talk's title says gives it.)
    if (announcedTalk && talkGiver) return talkGiver;
    // (An e-mail's sender, where it replies to the questions: said in a warning.)
    if (options.email?.reply) return (repliedGuest = options.email.reply.sender);
    // The person the dek names most (by full name, over the whole file), other than the
    // interviewer; a tie is no evidence ("Nora Olsen talked to Kai Brennan"), and stays "Guest".
    const iv = foldName(interviewerName());
    // (But first the one the host's welcome, the first unlabelled question, introduces by full name:
    // "Today my guest is Maria Lopez." Said in a warning.)
    const welcomed = openingQuestion().guest;
    if (welcomed && foldName(welcomed) !== iv) {
      guessedFrom = "the host's welcome";
      return (guessedGuest = welcomed);
    }
    // (Or the one a customer story's last line names with her job under the answers, none named:
    // `— Maria Lopez, Head of Inspection, Rhine Works`.)
    const signedBy = blocks.length > firstLabel + 1 && !voices.some((v) => v.role === 'guest' && !roleWord(v.key ?? '')) ? attributed(blocks.at(-1)!.text) : null;
    if (signedBy && foldName(signedBy) !== iv) {
      guessedFrom = 'the line naming her under the answers';
      return (guessedGuest = signedBy);
    }
    // (A post by the one who answers, her name alone under the headline, its note saying the
    // interviewer "asked me a few questions": she is the guest, whoever else it names.)
    // (The name nearest above the note: a masthead's words, `Bridge Notes`, stand further up.)
    const note = blocks.findIndex((b, i) => i < firstLabel && b.kind === 'para' && ASKED_ME.test(b.text));
    if (note !== -1) {
      const author = blocks.slice(0, note).findLast((b) => b.kind === 'para' && b.singleLine && fullNameAlone(b.text) && foldName(b.text.trim()) !== iv);
      if (author) return (guessedGuest = author.text.trim());
    }
    // The dek, and the title ("Tom Becker on bridges"), before the first turn.
    // (A headline in title case capitalises every word, names or not: it cannot tell where a name ends.)
    // (But a name and a colon before words one of which, five letters or more, is in small letters:
    // a headline in sentence case, its few words capitalised as the language writes them, `Maria
    // Lopez: Köprüler esnemeli`, whose name the dek counts.)
    const titleCase = (s: string) => titleCased(s) && !/^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}\s*:\s*(.+)$/u.exec(s.trim())?.[1]!.split(/\s+/).some((w) => /^\p{Ll}{5,}$/u.test(w.replace(/[.,;:!?'’"”»)]+$/u, '')));
    // The headline and the first paragraphs: a dek names the guest early. (What comes later before
    // the first label may be a whole talk, naming the people it is about.)
    // (Counted from the headline: what a scraped page has above it is its masthead.)
    const top = blocks.slice(0, firstLabel);
    // (A text file's first line read as its headline is one too.)
    const headline = (b: Block) => b.kind === 'heading' && (b.markdownHeading ? b.depth === 1 : (options.plainText && b === blocks[0]) || b === blocks[labelHeadline]);
    const headlineAt = top.findIndex(headline);
    // (A line in title case, no sentence, is a headline by its looks: `Maria Lopez Thinks Our Bridges Are Lying to Us`;
    // not one holding a sentence, as German capitalises its nouns: "Die Ingenieurin Maria Lopez über Holz und Stahl. Von Tom Becker".)
    // (Counted without the byline, the date and a page's few words, `Share full article`, between them.)
    const furniture = (b: Block) => b.kind === 'para' && b.singleLine && wordCount(b.text) <= 6 && !endsLikeSentence(b.text) && (bylineName(b.text) != null || statedDate(null, [b.text]) != null || wordCount(b.text) <= 3);
    // (The headline itself is never furniture, however short, nor a text file's first line: `Maria Lopez, broingenjör`;
    // not a letter's salutation, `Hi Tom,`.)
    // (Never a credit, `Photo illustration by Ana Silva`: the photographer is no guest.)
    // (A byline naming both in title case, `Interview by Tom Becker with Maria Lopez`, German's
    // `Ein Interview von Tom Becker mit Maria Lopez`, is no headline: the guest it names counts.)
    // (A caption under her picture, her name and her job, `Maria Lopez, Head of Inspection at Rhine Works`, is no headline: it names her.)
    const dek = top.slice(Math.max(0, headlineAt)).filter((b) => !CREDIT_LINE.test(b.text.trim())).filter((b, k) => ((b.kind === 'para' && !(b.singleLine && titleCase(b.text) && !endsLikeSentence(b.text) && !/[.!?]\s+\p{Lu}/u.test(b.text) && bylineName(b.text) == null && namedWithJob(b.text) == null)) || (headline(b) && !titleCase(b.text))) && ((k === 0 && (headlineAt !== -1 || ((options.plainText || options.markdownLines) && b === blocks[0] && !/[,:;]$/.test(b.text.trim())))) || !furniture(b))).slice(0, headlineAt === -1 ? 3 : 4).map((b) => b.text).join('\n');
    // Not the interviewer, nor a phrase holding the interviewer's name ("Беседовала Мария Лопес").
    // (A case ending on the name, as Finnish and Hungarian write one on a foreign name, "Maria
    // Lopezin", "Maria Lopezzel": the name is the form without it, as a headline writes it.)
    const ending = (longer: string, shorter: string) => longer.length - shorter.length <= 4 && foldName(longer).startsWith(foldName(shorter)) && /^\p{Ll}+$/u.test(longer.slice(shorter.length));
    const headNames = [...namesIn(top.filter((b) => b.kind === 'heading').map((b) => b.text).join('\n')).keys()];
    const all = blocks.map((b) => b.text).join('\n');
    // (Nor the show's name, as a host says it: "Welcome to City Works", under the headline `City Works 12`.)
    // (Nor a name numbered as a show numbers its episodes, `Bridge Talk 42`, `Bridge Talk #42`, `Bridge Talk Episode 1042`; not
    // a person's age after a comma, "Maria Lopez, 54,", nor a year after her name, `Maria Lopez 2024`.)
    const showName = (n: string) => new RegExp(`(?:[Ww]elcome (?:back )?to|[Yy]ou(?:['’]re| are) listening to) (?:the )?${escapeRe(n)}(?![\\p{L}])`, 'u').test(all) || new RegExp(`(?<![\\p{L}])${escapeRe(n)}\\s+(?:(?:#\\s?|(?:[Ee]pisode|[Ee]p\\.?|[Nn]o\\.|[Ff]olge|[Éé]pisode|[Ee]pisodio)\\s*)\\d{1,4}|\\d{1,3})(?![\\p{L}\\d])`, 'u').test(dek);
    // (Nor a headline of three words or more that is all "name", every word capitalised, `Old Bridges
    // Never Die`, `Big Tech Wants In`: a headline in title case, however short.)
    const wholeHeadline = (n: string) => /\s\S+\s/.test(n) && top.some((b) => headline(b) && b.text.trim().replace(/[.!?:]+$/, '') === n);
    // (Nor the place under a byline's name, `Tom Becker` / `São Paulo`.)
    const names = [...namesIn(dek).keys()].map((n) => headNames.find((h) => ending(n, h)) ?? n).filter((n) => !showName(n) && foldName(n) !== iv && foldName(n) !== foldName(stackedByline?.other ?? '') && !foldName(iv).includes(foldName(n)) && !(iv !== 'interviewer' && foldName(n).includes(iv)) && !isSiteName(n, site) && !wholeHeadline(n));
    // "Florence d’Alché" is "Florence d’Alché-Buc": the fuller form stands for both. (Forms alike
    // but for their accents, "Maria Lopez" in the headline and "Marią Lopez" in a Polish dek, are
    // one person, by the form written first.)
    const people = names.filter((n, i) => !names.some((m, j) => (foldName(m) === foldName(n) ? j < i : (foldName(m).startsWith(foldName(n)) && !ending(m, n)) || ending(n, m))));
    // Counted by the shortest form the dek gives (it is inside the fuller ones).
    // (A name the text writes inflected only, `Marií Lopezovou` for Marie Lopezová: counted as namesIn reads it.)
    let allNames: Map<string, number> | undefined;
    const mentions = (n: string) => {
      const shortest = names.filter((v) => foldName(n).startsWith(foldName(v))).sort((a, b) => a.length - b.length)[0] ?? n;
      const written = all.split(new RegExp(`(?<![\\p{L}])${escapeRe(shortest)}`, 'u')).length - 1;
      if (written > 0) return written;
      allNames ??= namesIn(all);
      return [...allNames].reduce((sum, [m, count]) => sum + (foldName(m) === foldName(n) ? count : 0), 0);
    };
    // (The one the dek says the writer asked, "We asked the historian Maria Lopez about the engineers
    // ...", one name before what it was about: the guest, however often the parts name others.)
    for (const m of dek.matchAll(WE_ASKED)) {
      const asked = [...namesIn(m[1]!.split(/\s(?:about|on|why|how|what|whether|if|for|to)\s/)[0]!).keys()].filter((n) => people.includes(n));
      if (asked.length === 1) return (guessedGuest = asked[0]!);
    }
    // (Or the one the dek says spoke with the writer, "Maria Lopez, Head of Inspection at Rhine Works,
    // spoke with us about...": the sentence's subject, however often it names companies and products.)
    for (const m of dek.matchAll(SPOKE_WITH_US)) {
      const subject = [...namesIn(m[1]!).keys()].find((n) => m[1]!.trimStart().startsWith(n));
      if (subject && people.includes(subject)) return (guessedGuest = subject);
    }
    let ranked = people.map((n) => [n, mentions(n)] as const).sort((a, b) => b[1] - a[1]);
    // (A company or an institution by its last word answers no interview where the dek names a
    // person too, however often it names the company: "Maria Lopez leads data science at Rhine Bio".)
    if (ranked.some(([n]) => ORG_END.test(n)) && ranked.some(([n]) => !ORG_END.test(n) && /\s/.test(n))) ranked = ranked.filter(([n]) => !ORG_END.test(n));
    // (Nor one the dek names only as where someone works, after a job and "of", "at", "de", "bei"...:
    // "The chief engineer of Rhine Bridges", "La ingeniera jefa de Rhine Bridges": an employer, whatever its last word.)
    // (Or after a person's name and "of", "Maria Lopez of Rhine Bridges": hers.)
    ranked = ranked.filter(([n]) => !employerIn(dek, n, ranked.map(([m]) => m).filter((m) => m !== n)));
    // (Nor a work's title the dek gives after its word: "her new book, Water Always Wins", "the
    // film Rivers of Steel", "ihr neues Buch Wasser gewinnt immer".)
    ranked = ranked.filter(([n]) => !workIn(dek, n));
    // (Nor the place a record's field gives, `Location: Tarrow Community Hall`, its lines run together as a Markdown paragraph.)
    ranked = ranked.filter(([n]) => !placeIn(dek, n));
    // In a Chinese or Japanese text, a name with a middle dot is a person's (`玛丽亚·洛佩兹`,
    // `マリア・ロペス氏`); the words in Latin letters beside it may be a company's. Where such a name is
    // there but cannot be taken whole, the Latin words are no better evidence: "Guest".
    if (/[\p{Script=Han}\p{Script=Katakana}][·・][\p{Script=Han}\p{Script=Katakana}]/u.test(dek) && dominantScript(all) === 'Han') {
      const dotted = hanDottedName(dek, all) ?? kanaDottedName(dek, all);
      if (dotted && foldName(dotted) !== iv && !foldName(iv).includes(foldName(dotted))) return (guessedGuest = dotted);
      ranked = ranked.filter(([n]) => !/\p{Script=Latin}/u.test(n));
    }
    // (A text file's first line alone is its headline, read as its title further on, perhaps after this.)
    const firstLine = (options.plainText || options.markdownLines) && firstLabel > 0 && blocks[0]!.kind === 'para' && blocks[0]!.singleLine && !blocks[0]!.label && !blocks[0]!.dash ? blocks[0] : undefined;
    const headings = [...(firstLine ? [firstLine] : []), ...top.filter((b) => b.kind === 'heading')];
    const headlines = [fm.title ?? '', ...headings.map((b) => b.text)].join('\n');
    // A headline naming the guest by a job, "Thomson Reuters CTO on piloting Cowork", above a dek
    // naming the one person who holds it, "Joel Hron, CTO of Thomson Reuters, sat down with...":
    // that person, however often the dek names the company or its products.
    const headlineJobs = new Set(headlines.split(/[^\p{L}-]+/u).filter((w) => w.length >= 2 && jobWord(w)).map((w) => w.toLowerCase()));
    if (headlineJobs.size) {
      const holders = ranked.filter(([n]) => /\s/.test(n) && [...dek.matchAll(new RegExp(`(?<![\\p{L}])${escapeRe(n)},\\s+(?:the\\s+|a\\s+|an\\s+)?((?:[\\p{L}&-]+\\s+){0,3}?[\\p{L}-]+)`, 'gu'))].some((m) => m[1]!.split(/\s+/).some((w) => headlineJobs.has(w.toLowerCase()))));
      if (holders.length === 1) return (guessedGuest = holders[0]![0]);
    }
    // A headline naming the guest "in conversation with" the other: "Maria Lopez in conversation with Tom Becker".
    const conversing = IN_CONVERSATION.exec(headlines)?.[1];
    if (conversing && foldName(conversing) !== iv) return (guessedGuest = conversing);
    // A headline quoting someone by name, `Maria Lopez: "Water Is the Enemy of Every Bridge"`,
    // `Maria Lopez: „Wasser ist der Feind jeder Brücke“`: the one quoted, whatever the dek names
    // more (a company, "Rhine Bridges"). The colon says where the name ends, in title case too.
    // (Each a person's name: not the interviewer, no common word, no site's or company's name.)
    const headlineName = (re: RegExp, fits: (m: RegExpExecArray) => boolean = () => true) =>
      headings.map((b) => b.text).concat(fm.title ?? []).map((t) => re.exec(t.trim())).find((m) => m != null && fits(m) && foldName(m[1]!) !== iv && !ORG_END.test(m[1]!) && !m[1]!.split(/\s+/).some((w) => isCommonWord(w)) && !isSiteName(m[1]!, site))?.[1];
    // (So does one that is a name and, after a comma, her job, `Maria Lopez, Brückeningenieurin`,
    // `Maria Lopez, brugingenieur`: a card naming the one it is about.)
    // (Or a name and the word "on" in another language, the topic after it, `Maria Lopez über Brücken`,
    // where German's capitalised nouns make the headline look title-cased; Dutch `over`, Swedish `om`
    // and Italian `su` not in an English text: "City Hall over budget again".)
    // (Or one saying outright whom the questions are for, `10 Questions for Maria Lopez`, `An
    // Interview with Maria Lopez`: that name, whatever else the dek names, a book's title perhaps.)
    // (Or the piece's kind and the name on either side of a colon, `Proust Questionnaire: Maria
    // Lopez`, `Maria Lopez: The Rolling Stone Interview`.)
    const headlined = headlineName(QUESTIONS_FOR) ?? headlineName(KIND_THEN_NAME) ?? headlineName(KIND_NAME_JOB, (m) => m[2]!.split(/\s+/).some(jobWord)) ?? headlineName(NAME_THEN_KIND) ?? headlineName(QUOTED_BY_NAME) ?? headlineName(NAME_COMMA_JOB, (m) => m[2]!.split(/\s+/).some((w) => isJob(w.replace(/[.,;:]$/, '')))) ?? headlineName(NAME_ON_TOPIC, (m) => !/\s(?:over|om|su)\s+\S$/u.test(m[0]) || detectLanguage(all) !== 'en');
    // (A headline in capitals, `INTERVIEW: MARIA LOPEZ`, names her as names are written, Maria Lopez.)
    // (Her job before it, as German writes it capitalised, `Brückenbauerin Maria Lopez: „...“`: the name alone.)
    if (headlined) return (guessedGuest = /\p{Ll}/u.test(headlined) ? offJob(headlined) : capitaliseName(headlined.toLowerCase()));
    if (!ranked.length) {
      // A headline in title case that ends with whom the episode is with ("Rivers and Roads 12,
      // with Maria Lopez"): that name.
      // (A headline in capitals, `INTERVIEW WITH MARIA LOPEZ`, read in title case.)
      const titled = [fm.title ?? '', ...headings.map((b) => b.text)]
        .map((t) => (/\p{Ll}/u.test(t) ? t : t.replace(/\p{Lu}+/gu, (w) => w[0] + w.slice(1).toLowerCase())))
        .map((t) => headlineWith(t) ?? HEADLINE_BY.exec(t)?.[1] ?? VI_HEADLINE.exec(t.trim())?.[1] ?? trHeadlineWith(t))
        // (In the case the preposition takes, `z Marią Lopez`, `с Марией Лопес`: the name as namesIn gives it, Maria Lopez.)
        .map((n) => (n != null && /[ąę]|\p{Script=Cyrillic}/u.test(n) ? ([...namesIn(`z ${n}`).keys()][0] ?? n) : n))
        .find((n) => n != null && foldName(n) !== iv);
      if (titled) return (guessedGuest = titled);
      // A title-case headline naming whom it is about before a verb of speaking or, after the
      // piece's kind, "on" (`Q&A: Maria Lopez on Bridges and Water`); without the kind, a name the
      // text writes again (a question to "Maria"); or the one it is with, her job after a comma.
      const body = blocks.filter((b) => b.kind !== 'heading' && b !== firstLine).map((b) => b.text).join('\n');
      const subject = headings.map((b) => b.text).concat(fm.title ?? []).map((t) => {
        const m = TITLE_CASE_SUBJECT.exec(t.trim());
        if (!m) return undefined;
        const again = m[2] != null && m[2].split(/\s+/).some((w) => new RegExp(`(?<![\\p{L}])${escapeRe(w)}(?![\\p{L}])`, 'u').test(body));
        return m[1] ?? m[3] ?? (again ? m[2] : undefined) ?? (m[5]?.split(/\s+/).some((w) => isJob(w)) ? m[4] : undefined);
      }).find((n) => n != null && foldName(n) !== iv && !ORG_END.test(n) && !n.split(/\s+/).some((w) => isCommonWord(w)) && !isSiteName(n, site));
      if (subject) return (guessedGuest = subject);
      // A court's witness, called by name or sworn so ("The plaintiff calls Paul Kim.", `PAUL KIM,
      // having been first duly sworn, testified as follows:`), where the answers are `A.`.
      const sworn = blocks.some((b) => b.label?.key === 'A') ? WITNESS_NAMED.exec(all) : null;
      // (Or, asked to state her name for the record, the name she answers with: `Q. Please state
      // your name for the record.` / `A. Maria Lopez.`)
      const nameAsked = blocks.findIndex((b) => b.label != null && (b.label.key === 'Q' || b.label.role === 'interviewer' || roleWord(b.label.key) === 'interviewer') && NAME_ASKED.test(b.text.slice(b.strip)));
      const answer = nameAsked >= 0 ? blocks[nameAsked + 1] : undefined;
      const stated = answer?.label && answer.label.key !== blocks[nameAsked]!.label!.key ? STATED_NAME.exec(answer.text.slice(answer.strip).trim())?.[1] : undefined;
      const witness = sworn ? capitaliseName((sworn[1] ?? sworn[2])!.toLowerCase()) : (stated ?? null);
      if (witness && foldName(witness) !== iv) {
        if (!sworn) guessedFrom = 'the answer to the question asking the one who answers for a name';
        return (guessedGuest = witness);
      }
      // A headline in title case ("Maria Lopez Knows Why Bridges Fail") cannot say where a name
      // ends; the text can: the two words that end with the surname it writes after a title ("Ms. Lopez").
      const surnamed = titledSurnameName(headlines, all);
      if (surnamed && foldName(surnamed) !== iv) return (guessedGuest = surnamed);
      // A Japanese profile line, the name and its reading in kana (`山田太郎（やまだ・たろう）1975年生まれ`).
      const profile = top.map((b) => CJK_PROFILE_RE.exec(b.text)?.[1]).find((n) => n != null && foldName(n) !== iv);
      if (profile) return (guessedGuest = profile);
      // A Chinese or Japanese headline opening with the guest's name (`张伟：桥梁需要耐心`, `对话张伟：...`).
      const headline = blocks.slice(0, firstLabel).find((b) => b.kind === 'heading') ?? firstLine;
      // (Or a Korean line under it naming the interview, `마리아 로페스 엔지니어 인터뷰`, as a subtitle.)
      const under = headline ? blocks[blocks.indexOf(headline) + 1] : undefined;
      const koUnder = under && blocks.indexOf(under) < firstLabel && under.kind === 'para' && under.singleLine && !under.label ? KO_NAME_LINE.exec(under.text.trim()) : null;
      // (Or a Chinese dek saying who accepted the interview, her job run into her name: `检测部主管李娜接受了我们的采访`.)
      const zhAccepted = zhAcceptedName(dek);
      if (zhAccepted && foldName(zhAccepted) !== iv) return (guessedGuest = zhAccepted);
      // (Or a Korean dek saying whom the writer met by her name and her title: `김민지 팀장을 만났다`.)
      const koMet = KO_MET_GUEST_RE.exec(dek)?.[1] ?? KO_MET_JOB_RE.exec(dek)?.[1];
      if (koMet && foldName(koMet) !== iv) return (guessedGuest = koMet);
      const cjk = headline ? (CJK_TITLE_NAME_RE.exec(headline.text) ?? JA_TITLE_NAME_RE.exec(headline.text.trim()) ?? JA_QUOTED_TITLE_RE.exec(headline.text.trim()) ?? KO_TITLED_RE.exec(headline.text.trim()) ?? koNameLast(headline.text.trim()) ?? KO_TITLE_NAME_RE.exec(headline.text) ?? koUnder) : null;
      // (A Korean word alone before the word for an interview, `교량 인터뷰`, "bridge interview", may be
      // its topic: a name only where the text writes it again, as it writes a guest's.)
      // (Nor two words the second a job's, `교량 전문가 인터뷰`, "bridge expert interview".)
      // (Nor one that is no Korean name, opening with no common surname, `다리 인터뷰`, "bridge interview", written again as a word, `다리는`.)
      const bareKorean = cjk != null && ((/^\p{Script=Hangul}+$/u.test(cjk[1]!) && new RegExp(`(?:^|\\s)${escapeRe(cjk[1]!)}\\s*인터뷰`, 'u').test(headline!.text) && (all.split(cjk[1]!).length <= 2 || !koreanName(cjk[1]!))) || KO_JOB_WORD.test(cjk[1]!.split(/\s+/).at(-1)!));
      // (Nor two Korean words the text writes again as a thing, before the particle of place, `교량 점검
      // 인터뷰` above "교량 점검에 대해", "about bridge inspection": a person takes 에게, never 에.)
      const thingKorean = cjk != null && /^\p{Script=Hangul}+ \p{Script=Hangul}+$/u.test(cjk[1]!) && new RegExp(`${escapeRe(cjk[1]!)}에(?!게)`, 'u').test(all);
      if (cjk && foldName(cjk[1]!) !== iv && !CJK_PIECE_WORD.test(cjk[1]!) && !bareKorean && !thingKorean) return (guessedGuest = cjk[1]!);
      // (Or closing it, after the word for a conversation, `桥梁的未来：对话玛丽亚·洛佩兹`: a name
      // with a middle dot, or one the text writes again.)
      const closing = headline ? CJK_TITLE_TAIL_RE.exec(headline.text.trim()) : null;
      const closingName = closing?.[1] ?? closing?.[2];
      if (closingName && foldName(closingName) !== iv && (/[·・]/.test(closingName) || all.split(closingName).length > 2)) return (guessedGuest = closingName);
      // A headline in a script without case (Arabic, Hebrew, Devanagari...) opening with two or three
      // words and a colon that the text writes again (`ماريا لوبيز: الجسور...`, then "تبني ماريا لوبيز ..."): that name.
      const caseless = headline ? CASELESS_TITLE_NAME_RE.exec(headline.text.trim()) : null;
      // (Written again in the text, or quoted after the colon, as a headline quotes its guest: `ماريا لوبيز: "..."`.)
      // (Her job and its article before the name its own, `המהנדסת מריה לופז: "..."`: the name.)
      if (caseless && foldName(caseless[1]!) !== iv && (all.split(caseless[1]!).length > 2 || /[:：]\s*["“”«»„״']/u.test(headline!.text))) {
        const words = caseless[1]!.split(' ');
        return (guessedGuest = words.length === 3 && ARTICLED_JOB.test(words[0]!) ? words.slice(1).join(' ') : caseless[1]!);
      }
      // (Or after the word for an interview, `साक्षात्कार: मारिया लोपेज़`, or as the one it is with, `حوار مع ماريا لوبيز`.)
      const withName = headline ? CASELESS_TITLE_WITH_RE.exec(headline.text.trim()) : null;
      // (A headline saying who interviews whom: `Tom Becker interviews Maria Lopez`, `Maria Lopez, interviewed by Tom Becker`.)
      const who = headline ? HEADLINE_INTERVIEWS.exec(headline.text.trim()) : null;
      const interviewee = who ? (who[2] ?? who[3]) : undefined;
      if (interviewee && foldName(interviewee) !== iv) return (guessedGuest = interviewee);
      const interview = headline ? HEADLINE_INTERVIEW.exec(headline.text.trim()) : null;
      // (A name in a script without case after the word for an interview, written again in the text;
      // in Latin letters, `The Interview: Maria Lopez`, KIND_THEN_NAME read it above.)
      const interviewed = headline ? (interview?.[1] ?? withName?.[1] ?? withName?.[2]) : undefined;
      if (interviewed && foldName(interviewed) !== iv && all.split(interviewed).length > 2) return (guessedGuest = interviewed);
      // (After a job with its article, in Arabic or Hebrew: `مقابلة مع المهندسة ماريا لوبيز`, `ראיון עם המהנדסת מריה לופס`.)
      const arabicWith = headline ? (AR_INTERVIEW_WITH_RE.exec(headline.text.trim()) ?? HE_INTERVIEW_WITH_RE.exec(headline.text.trim()) ?? AR_JOB_NAME_RE.exec(headline.text.trim()))?.[1] : undefined;
      if (arabicWith && foldName(arabicWith) !== iv && !arabicWith.split(' ').some(isCommonWord)) return (guessedGuest = arabicWith);
      // (Or at its end after a job, `حوار مع مهندسة الجسور ماريا لوبيز`, `교량 엔지니어 마리아 로페스 인터뷰`.)
      const tail = headline ? caselessTailName(headline.text, all) : null;
      if (tail && foldName(tail) !== iv) return (guessedGuest = tail);
      // (Or opening it, two words the text writes again, neither a common word nor, in Arabic, one
      // after its article: `ماريا لوبيز عن الجسور` above "أسست ماريا لوبيز ...", `मारिया लोपेज़ पुलों पर`
      // above "मारिया लोपेज़ ने ...".)
      // (Written again where other words follow it, not the headline's question asked again: `पुल क्यों
      // गिरते हैं`, "why do bridges fall", as the first question, names no one.)
      const opening = headline ? /^([\p{Lo}\p{M}]{2,12} [\p{Lo}\p{M}]{2,12})\s+([\p{Lo}\p{M}]*)/u.exec(headline.text.trim()) : undefined;
      const elsewhere = opening != null && [...all.matchAll(new RegExp(`${escapeRe(opening[1]!)}\\s*([\\p{Lo}\\p{M}]*)`, 'gu'))].some((m) => m[1] !== opening[2]);
      // (In Korean, written again as a person is, with an honorific or a title after it, `마리아 로페스 씨`:
      // the topic opening a headline, `교량 점검 30년`, "bridge inspection, 30 years", is written again
      // with a particle, `교량 점검은`, as a name would be.)
      const asPerson = opening != null && (!/\p{Script=Hangul}/u.test(opening[1]!) || new RegExp(`${escapeRe(opening[1]!)}\\s?(?:님|${KO_TITLES})`, 'u').test(all));
      if (opening && elsewhere && asPerson && !opening[1]!.split(' ').some((w) => isCommonWord(w) || /^ال/u.test(w)) && foldName(opening[1]!) !== iv) return (guessedGuest = opening[1]!);
      // (Or a note after the last turn telling of someone, in the third person, whom a question turns
      // to by first name: "Q: How did you start, Maria?" above "Maria Lopez is chief engineer at ...".)
      const last = blocks.findLastIndex((b) => b.label != null || b.dash);
      const noted = blocks.slice(last + 1).map((b) => (b.kind === 'para' && !b.label ? ABOUT_PERSON.exec(b.text.trim())?.[1] : undefined)).filter((n): n is string => n != null && /\s/.test(n) && foldName(n) !== iv && !foldName(iv).includes(foldName(n)));
      const asked = [...new Set(noted)].filter((n) => blocks.some((b, i) => i <= last && b.label != null && vocative(b.text.slice(b.strip), n.split(/\s+/)[0]!)));
      if (asked.length === 1) {
        guessedFrom = 'the note after the interview';
        return (guessedGuest = asked[0]!);
      }
      // (Or, no question turning to anyone, the one person a note there tells of who is not the
      // page's own, its writer or photographer: "Maria Lopez is the chief inspector... Tom Becker
      // is a staff writer." Said in a warning, as every name so read is.)
      const told = [...new Set(blocks.slice(last + 1).flatMap((b) => (b.kind === 'para' && !b.label ? b.text.trim().split(/(?<=[.!?])\s+(?=\p{Lu})/u) : [])).flatMap((sentence) => {
        const n = ABOUT_PERSON.exec(sentence)?.[1];
        return n != null && /\s/.test(n) && foldName(n) !== iv && !foldName(iv).includes(foldName(n)) && !PAGE_STAFF.test(sentence) ? [n] : [];
      }))];
      if (told.length === 1) {
        guessedFrom = 'the note after the interview';
        return (guessedGuest = told[0]!);
      }
      return 'Guest';
    }
    // (Of several, the one the questions address by first name, "Maria, why bridges?": the one
    // asked, whoever the dek names more, as a byline repeats the writer's name.)
    if (ranked.length > 1) {
      // (Their words past the label: `Frage: Frau Lopez, warum...?`.)
      const questions = blocks.slice(firstLabel).filter((b) => b.kind === 'para' && ASKS.test(b.text)).map((b) => b.text.slice(b.strip));
      // (Or by a courtesy title and the surname: "Frau Lopez, wie alt...?", "Ms. Lopez, why...?")
      const titled = (q: string, n: string) => {
        const surname = n.split(/\s+/).at(-1)!;
        if (!q.includes(surname)) return false;
        const title = new RegExp(`(?<![\\p{L}])(\\p{L}+\\.?)\\s+${escapeRe(surname)}(?=[,?!.]|$)`, 'u').exec(q)?.[1];
        return title != null && TITLE.test(title) && vocative(q, `${title} ${surname}`);
      };
      const asked = ranked.filter(([n]) => /\s/.test(n) && questions.some((q) => vocative(q, n.split(/\s+/)[0]!) || titled(q, n)));
      if (asked.length === 1) return (guessedGuest = asked[0]![0]);
    }
    // (Of names the dek gives, the one person it gives a job, "Maria Lopez, Head of Inspection at
    // Rhine Works", "Maria Lopez is Head of Inspection", "Head of Inspection Maria Lopez", where the
    // one it names most has none: a customer story names its product more often than its guest.)
    if (ranked.length > 1 && !jobGiven(dek, ranked[0]![0])) {
      const holders = ranked.filter(([n]) => /\s/.test(n) && jobGiven(dek, n));
      if (holders.length === 1) return (guessedGuest = holders[0]![0]);
    }
    if (ranked.length > 1 && ranked[0]![1] === ranked[1]![1]) {
      tiedGuests = ranked.filter((x) => x[1] === ranked[0]![1]).map((x) => x[0]);
      // (Of those, the one name the headline gives: "Maria Lopez: «I ponti...»" above a dek on Rhine Works.)
      // (Or its last two words or more, as the dek runs a word into the name: "Spanyol Maria Lopez", the headline "Maria Lopez: ...".)
      const headlineForm = (n: string) => {
        const ws = n.split(/\s+/);
        for (let k = 0; k <= ws.length - 2; k++) {
          const form = ws.slice(k).join(' ');
          // (Presented so: before a colon, a comma, a dash or a quotation, or closing the line, as a
          // headline gives the one it is about; not a subject going on, "City Hall over budget again".)
          if (new RegExp(`(?<![\\p{L}])${escapeRe(form)}(?=\\s*(?:[:：,–—|«"“„]|-\\s|$))`, 'mu').test(headlines)) return form;
        }
        return null;
      };
      const inHeadline = tiedGuests.flatMap((n) => headlineForm(n) ?? []);
      if (inHeadline.length === 1) {
        tiedGuests = [];
        return (guessedGuest = inHeadline[0]!);
      }
      // (Or the one person among them: not a company or an institution by its last word, "Maria
      // Lopez hat Rhine Works gegründet".)
      // (Its possessive's apostrophe aside, "Rhine Works' chief engineer".)
      const people = tiedGuests.filter((n) => !ORG_END.test(n.replace(/['’]$/, '')));
      if (people.length === 1) {
        tiedGuests = [];
        return (guessedGuest = people[0]!);
      }
      // (Or the one the dek says gives the talk: "Talk by Maria Lopez at Bridge Week 2026".)
      const by = HEADLINE_BY.exec(dek)?.[1];
      const giving = by ? tiedGuests.filter((n) => foldName(n) === foldName(by)) : [];
      if (giving.length === 1) {
        tiedGuests = [];
        return (guessedGuest = giving[0]!);
      }
      return 'Guest';
    }
    guessedGuest = ranked[0]![0];
    // (A headline opening with a name and a colon, `Maria Lopez: Jembatan Harus Bisa Melentur`, gives
    // the name the dek runs a word into, "asal Spanyol Maria Lopez": the headline's.)
    const opening = /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})\s*:/u.exec(headlines.split('\n').find((h) => h.trim()) ?? '')?.[1];
    if (opening && guessedGuest.endsWith(` ${opening}`) && guessedGuest.split(/\s+/).length === opening.split(/\s+/).length + 1) guessedGuest = opening;
    return guessedGuest;
  };
  /**
   * The one person the questions of a court's record turn to by a title and a surname ("Dr. Lopez,
   * where were you?"), as the full name the text gives with that surname or as written.
   */
  const addressedWitness = (): string | null => {
    const asked = new Set<string>();
    for (const u of uses) {
      if (roleWord(u.key) === 'guest') continue;
      const m = /^(Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Miss|Prof\.?|Professor|Frau|Herr|Mme|Madame|Monsieur|Señora|Señor|Sra\.|Sr\.)\s+(\p{Lu}[\p{Ll}'’-]+),/u.exec(u.text.trim());
      if (m) asked.add(`${m[1]} ${m[2]}`);
    }
    if (asked.size !== 1) return null;
    const named = [...asked][0]!;
    const surname = named.split(' ').at(-1)!;
    const full = [...namesIn(blocks.map((b) => b.text).join('\n')).keys()].filter((n) => n.split(/\s+/).length >= 2 && n.endsWith(` ${surname}`) && !TITLE.test(n.split(/\s+/)[0]!));
    return full.length === 1 ? full[0]! : named;
  };
  /** The voice under a label of its own, no side's word, shown as `name` (`IM:` as Isabelle Mauriac). */
  const ownedBy = (s: Speaker, name: string) => voices.find((v) => v !== s && v.key != null && v.key !== s.key && roleWord(v.key) == null && foldName(v.name) === foldName(name));
  /**
   * A lone letter of one side beside the one other voice, whose own label is the person the file
   * names for that side (`F:`, a question's letter, beside `IM:` for the Isabelle Mauriac of the
   * byline; `A:`, an answer's, asking beside `JH:` for the Joel Hron of the dek): the letter is the
   * other side, `role`, named as the file names that side (`named`), or by the one full name of
   * the introduction with that initial; said in a warning.
   */
  const otherSide = (s: Speaker, own: Speaker, role: Role, named: () => string, unnamed: string) => {
    [own.role, s.role] = [role === 'guest' ? 'interviewer' : 'guest', role];
    const initialled = [...namesIn(introText).keys()].filter((x) => /\s/.test(x) && x[0] === s.key && foldName(x) !== foldName(own.name));
    s.name = named();
    if (s.name === unnamed && initialled.length === 1) s.name = initialled[0]!;
    const at = uses.find((u) => u.key === s.key);
    const [does, letter, whose] = role === 'guest' ? ['answers', "a question's", 'whom the byline names'] : ['asks', "an answer's", 'who answers'];
    warnings.push(warning(file, at ? blocks[at.index]!.line : null, `'${s.key}' is read as ${s.name === unnamed ? `the ${role}` : `${s.name}'s initial`}, who ${does}, not ${letter} letter: '${own.key}' is ${own.name}, ${whose}`, `if that is wrong, name the labels under \`speakers:\` in the front matter`));
  };
  /** Only the letter and the voice it stands beside speak, the audience aside. */
  const onlyTwo = (s: Speaker, own: Speaker) => !voices.some((v) => v !== s && v !== own && v.role !== 'other');
  // A bare "A:" is the guest the file names; a bare "Q:" the interviewer its byline names.
  for (const s of voices) {
    if (s.key == null || s.name === 'Audience') continue;
    // (Not someone who speaks under a label of their own: `MR. SILVA:` is not the `A.` beside him.)
    if (roleWord(s.key) === 'guest' && s.name === 'Guest') {
      const n = guestName();
      const own = n === 'Guest' ? undefined : ownedBy(s, n);
      // (A lone answer's letter that asks, beside the guest's own label: the one who asks.)
      const said = uses.filter((u) => u.key === s.key);
      if (own && /^\p{Lu}$/u.test(s.key) && own.role === 'interviewer' && onlyTwo(s, own) && said.filter((u) => ASKS.test(u.text)).length >= 0.6 * said.length) otherSide(s, own, 'interviewer', interviewerName, 'Interviewer');
      else if (n !== 'Guest' && !own) s.name = n;
      else if ((s.name = addressedWitness() ?? 'Guest') !== 'Guest') {
        const at = uses.find((u) => u.key === s.key);
        warnings.push(warning(file, at ? blocks[at.index]!.line : null, `the answers under '${s.key}' are shown as ${s.name}'s, whom the questions address so`, `if they are someone else's, give \`guest: Full Name\` in the front matter`));
      }
    } else if (roleWord(s.key) === 'interviewer' && s.name === 'Interviewer') {
      const n = interviewerName();
      // (Not where another label is that person's own: a lone question's letter beside it, the one who answers.)
      const own = n === 'Interviewer' ? undefined : ownedBy(s, n);
      if (!own) s.name = n;
      else if (/^\p{Lu}$/u.test(s.key) && own.role === 'guest' && onlyTwo(s, own)) otherSide(s, own, 'guest', () => guestName(n), 'Guest');
    }
  }
  // So is a tool's placeholder nothing names (`Speaker 2`, a study's `Speaker B`), where it alone
  // answers: the guest the title or the dek names (`Interview with Maria Lopez`), said in a warning.
  {
    const answering = voices.filter((s) => s.role === 'guest');
    // (So are Latin initials nothing names in a Chinese or Japanese text, `**ML**：`, where the guest
    // the headline names is a foreign name written with its dot, as many parts as letters:
    // `玛丽亚·洛佩斯`.)
    const initialsOf = answering.length === 1 && answering[0]!.key != null && /^\p{Lu}{2,3}$/u.test(answering[0]!.key) && /^\p{Script=Latin}+$/u.test(answering[0]!.key) && answering[0]!.name === answering[0]!.key && dominantScript(text) === 'Han' ? answering[0]! : null;
    const dottedFor = initialsOf ? guestName(initialsOf.name) : null;
    const initialled = initialsOf && dottedFor && /^[\p{Script=Han}\p{Script=Katakana}ー]+(?:[·・][\p{Script=Han}\p{Script=Katakana}ー]+)+$/u.test(dottedFor) && dottedFor.split(/[·・]/).length === initialsOf.key!.length ? initialsOf : null;
    const lone = initialled ?? (answering.length === 1 && answering[0]!.key != null && isPlaceholder(answering[0]!.key) && answering[0]!.name === answering[0]!.key ? answering[0]! : null);
    const n = lone ? guestName(lone.name) : 'Guest';
    // (Not one that turns to that name itself, "Maria, my colleague, says hello": someone else.)
    const addressesSelf = lone != null && uses.some((u) => u.key === lone.key && vocative(u.text, n.split(/\s+/)[0]!));
    if (lone && n !== 'Guest' && !addressesSelf && !voices.some((v) => foldName(v.name) === foldName(n))) {
      lone.name = n;
      if (lone === initialled) {
        const at = uses.find((u) => u.key === lone.key);
        warnings.push(warning(file, at ? blocks[at.index]!.line : null, `the answers under '${lone.key}' are shown as ${n}'s, the guest the introduction names, whose name has as many parts as the label letters`, `if they are someone else's, give \`${lone.key}: Full Name\` under \`speakers:\` in the front matter`));
      }
      // (What the warnings said of it, put right: the guest's name is said where it is taken.)
      const others = unnamed.filter((s) => s !== lone);
      for (const note of placeholderNotes.get(lone.key!) ?? []) {
        if (note.message.includes('hardly')) note.message = note.message.replace(/it is shown as `[^`]+`, on the side what they say gives/, `it is shown as ${n}, the guest the introduction names`);
        else if (others.length) {
          note.message = `${others.map((s) => `'${s.key}'`).join(', ')} ${others.length === 1 ? 'is' : 'are'} not named in the file${others.some((s) => s.role === 'interviewer') ? `; '${others.find((s) => s.role === 'interviewer')!.key}' is taken for the interviewer from what they say` : ''}`;
          note.fix = `name them under \`speakers:\` in the front matter (\`${others[0]!.key}: { name: Full Name, role: ${others[0]!.role ?? 'interviewer'} }\`)`;
        }
        else warnings.splice(warnings.indexOf(note), 1);
      }
    }
    // (And the one placeholder nothing names that asks, alone on its side, where the introduction
    // names the host, "host Tom Becker talks with ...", `Host: Tom Becker`: that host, said so.)
    const asking = voices.filter((s) => s.role === 'interviewer');
    const asker = asking.length === 1 && asking[0]!.key != null && isPlaceholder(asking[0]!.key) && asking[0]!.name === asking[0]!.key ? asking[0]! : null;
    // (Named so, by a host's word: not the one a dek says she talks with, "Maria Lopez speaks with Tom Becker".)
    const dekHosts = asker ? hostsNamedIn(introText) : [];
    const host = dekHosts.length === 1 ? dekHosts[0]! : 'Interviewer';
    if (asker && host !== 'Interviewer' && !isPlaceholder(host) && !voices.some((v) => foldName(v.name) === foldName(host))) {
      asker.name = host;
      for (const note of placeholderNotes.get(asker.key!) ?? []) {
        note.message = `the label '${asker.key}' is shown as ${host}, the host the introduction names, from what they say`;
        note.fix = `if that is someone else, name the label under \`speakers:\` in the front matter (\`${asker.key}: { name: Full Name, role: interviewer }\`)`;
      }
    }
  }
  // A role word nothing else names (`Host:`, `Guest:`, `Interviewer:`), whose first turn says who
  // they are ("I'm Tom Becker"), or the guest the host's first turn introduces ("my guest today
  // is Maria Lopez"): shown by that name. (Not a numbered role: `Guest 2` is one of several.)
  {
    const generic = (s: Speaker) => s.key != null && roleWord(s.key) != null && roleWord(s.key) !== 'other' && !/\s(?:\d{1,2}|[A-Z])$|\p{Lo}\s?(?:\d{1,2}|[A-Z])$/u.test(s.key) && (s.name === 'Guest' || s.name === 'Interviewer' || s.name.toLowerCase() === s.key.toLowerCase());
    const firstTurn = (s: Speaker) => introductionIn(uses.find((u) => u.key === s.key)?.text ?? '');
    const hosts = voices.filter((s) => generic(s) && s.role === 'interviewer');
    const guests = voices.filter((s) => generic(s) && s.role === 'guest');
    const taken = new Set(voices.map((s) => foldName(s.name)));
    const name = (s: Speaker, n: string | null, said: boolean, whence = 'the name the conversation gives it') => {
      if (n && !taken.has(foldName(n))) {
        taken.add(foldName(n));
        const at = blocks[uses.find((u) => u.key === s.key)!.index]!.line;
        // (A name read from the words is said in a warning; a header's is as good as the front matter's.)
        if (said) warnings.push(warning(file, at, `the label '${s.key}' is shown as ${n}, ${whence}`, `if that is someone else, name the label under \`speakers:\` in the front matter (\`${s.key}: Full Name\`)`));
        s.name = n;
      }
    };
    // (First the header above the interview: `Host: Tom Becker`, `主持人：李娜`.)
    // (A narrator's header, `NARRATOR: Maria Lopez`, reads as the interviewee's.)
    // (A broadcast's `Presenter:` beside its `Guest:`, the one who asks, under any host's word.)
    const presents = headerName(/^(?:guest|interviewee)$/) != null;
    // (Its own word's line first, `Host: Tom Becker` for `HOST:` under `Reporter: Jonas Berg`.)
    const fromHeader = (s: Speaker) => headerName(new RegExp(`^${escapeRe(s.key!.toLowerCase())}$`)) ?? headerName(new RegExp(`^(?:${s.role === 'interviewer' ? `interviewer${presents ? '|presenter' : ''}` : 'guest|interviewee'})$`));
    for (const s of hosts) {
      const header = fromHeader(s);
      name(s, header ?? firstTurn(s).self, header == null);
    }
    const guest = guests.length === 1 ? guests[0]! : null;
    const header = guest ? fromHeader(guest) : null;
    // (Two hosts too, `Host:` and `Co-host:`, numbered, `Host 1:`, or named, `Tom Becker:`: the one
    // guest their first turns introduce.)
    const introducedGuests = [...new Set(voices.filter((s) => s.role === 'interviewer' && s.key != null).map((h) => firstTurn(h).guest).filter((n): n is string => n != null))];
    if (guest) name(guest, header ?? firstTurn(guest).self ?? (introducedGuests.length === 1 ? introducedGuests[0]! : null), header == null);
    // (Else by how they address each other, "Hola Maria, bienvenida." / "Gracias, Tom.", from the
    // full names the introduction gives: one host and one guest, each one person.)
    const unnamed = [...hosts, ...guests].filter((s) => s.name === 'Guest' || s.name === 'Interviewer' || s.name.toLowerCase() === s.key!.toLowerCase());
    if (hosts.length === 1 && guests.length === 1 && unnamed.length) for (const [key, n] of namedByAddress(unnamed.map((s) => s.key!), uses, introText, [...taken], true)) name(unnamed.find((s) => s.key === key)!, n, true);
    // (So are a panel's numbered seats, `Panelist 1:`, `Panelist 2:`, each by the one name the turns
    // right before it call, from the full names the introduction or the opening turn gives: "Our
    // panelists tonight are Maria Lopez, ...", then "Maria, what did the flood do?".)
    const seats = voices.filter((s) => s.key != null && roleWord(s.key) === 'guest' && /\s(?:\d{1,2}|[A-Z])$/.test(s.key) && s.name === s.key);
    if (seats.length >= 2) for (const [key, n] of namedByAddress(seats.map((s) => s.key!), uses, introText, [...taken], true)) name(seats.find((s) => s.key === key)!, n, true);
    // (And numbered hosts, `Host 1:`, `Host 2:`, each opening the show with who they are in its
    // first turn among the file's first three, "Welcome to Rivers and Roads. I'm Tom." / "And I'm
    // Ana.": by that name, said so.)
    const hostSeats = voices.filter((s) => s.key != null && roleWord(s.key) === 'interviewer' && /\s(?:\d{1,2}|[A-Z])$/.test(s.key) && s.name === s.key);
    const spoken = hostSeats.length >= 2 ? uses.map((u) => u.text).join('\n') : '';
    for (const s of hostSeats.length >= 2 ? hostSeats : []) {
      const i = uses.findIndex((u) => u.key === s.key);
      if (i <= 2) name(s, firstTurn(s).self ?? selfFirstName(uses[i]!.text, spoken), true, 'the name it gives itself opening the show');
    }
    // A one-word label the introduction gives after one full name (`Spokesperson:` under "...
    // briefing by Maria Lopez, Spokesperson for the Secretary-General", `Chair:` under "Members
    // present: Chi Onwurah (Chair)"): that name, said in a warning. Not someone who speaks under a
    // label of their own ("Witness: Professor Maria Lopez, Chair in Structural Engineering").
    const speaking = voices.filter((v) => v.key != null && v.name.toLowerCase() !== v.key.toLowerCase()).map((v) => foldName(v.name));
    // (`The Chair:` too, under "Senator Tom Becker (Chair) in the chair.", as a Canadian committee's record sets it: Tom Becker.)
    for (const s of voices) {
      const key = s.key?.toLowerCase().replace(/^the\s+/, '');
      if (s.key == null || key == null || /\s/.test(key) || s.name.toLowerCase() !== s.key.toLowerCase() || key.length < 4) continue;
      const found = new Set<string>();
      for (const m of introText.matchAll(APPOSITION)) if ((m[2] ?? m[3]!).toLowerCase().split(/\s+/)[0] === key) found.add(m[1]!.replace(/^(?:Senator|Hon\.?|Sen\.)\s+(?=\S+\s+\S)/u, ''));
      for (const n of found) if (speaking.some((v) => foldName(n).includes(v) || v.includes(foldName(n)))) found.delete(n);
      if (found.size === 1) name(s, [...found][0]!, true);
    }
    // (Another language's role word as the one guest's or host's label, `嘉宾：`, `主持人：`, `记者：`,
    // still unnamed: the guest the headline and the dek name, the host the byline; else as written.)
    const still = (list: Speaker[]) => (list.length === 1 && list[0]!.name === list[0]!.key ? list[0]! : null);
    const oneGuest = still(guests);
    const oneHost = still(hosts);
    if (oneGuest) {
      const n = guestName();
      if (n !== 'Guest' && !taken.has(foldName(n))) name(oneGuest, n, false);
    }
    if (oneHost) {
      const n = interviewerName();
      if (n !== 'Interviewer' && !taken.has(foldName(n))) name(oneHost, n, false);
    }
    // (A writer asking under `Me:`, as a post sets its author's questions, is the one its byline
    // names: "By Tom Becker" above `Me:` and `Maria:`; said in a warning.)
    const me = voices.filter((v) => v.key != null && /^(?:me|myself)$/i.test(v.key) && v.role === 'interviewer' && v.name === v.key);
    if (me.length === 1) {
      const n = interviewerName();
      if (n !== 'Interviewer' && !taken.has(foldName(n))) name(me[0]!, n, true, 'the writer the byline names');
    }
    // (A relative labelled as the family calls them, `Grandma:`, `Dad:`, is the one the introduction
    // names so, one full name after the relation: "my grandmother, Rosa Lopez"; said in a warning.)
    for (const s of voices) {
      const words = s.key != null && s.name === s.key ? KIN.find(([label]) => label.test(s.key!))?.[1] : undefined;
      if (!words) continue;
      // (The relation in either case, the name's words capitalised: "my grandmother Rosa Lopez told me" is Rosa Lopez.)
      const relation = words.split('|').map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`).join('|');
      const found = new Map([...introText.matchAll(new RegExp(String.raw`(?<![\p{L}])${MY}\s+(${relation}),?\s+(\p{Lu}[\p{L}'’-]+(?:\s+(?:de|del|da|van|von|\p{Lu}[\p{L}'’-]+)){1,3})`, 'gu'))].map((m) => [m[2]!, m[1]!.toLowerCase()] as const));
      if (found.size === 1) name(s, [...found][0]![0], true, `whom the introduction calls "my ${[...found][0]![1]}"`);
    }
  }
  let unlabelledSide: Speaker | null = null;
  // Only the audience labelled (`Audience member: ...?`): the unlabelled words are the speaker's, answering.
  const audienceOnly = !dashFormat && voices.length > 0 && voices.every((v) => v.role === 'other');
  // (Or one speaker labelled beside an audience that asks, `Adam Back: ...` and `Audience: ...?`:
  // the unlabelled paragraphs are the speaker's, the talk going on.)
  // (One person under two labels too, `Adam Back:` and then `Back:`.)
  // (Or `A:` for the speaker, the audience labelled apart.)
  const speakers = voices.filter((v) => v.role !== 'other');
  const speakerBesideAudience = audienceAsks && speakers.length >= 1 && speakers.every((n) => n.name === speakers[0]!.name && n.role === 'guest');
  // Two voices or more speaking under their labels, no unlabelled paragraph after the first label
  // asking: where none of them is taken for the interviewer, a talk between them, as a diarizing
  // tool labels one (`Speaker 0` / `Speaker 1`). The paragraphs under a label go on being its
  // speaker's, none an interviewer's the file never names.
  const talkBetween = speakers.length >= 2 && !blocks.some((b, i) => i > firstLabel && b.kind === 'para' && !b.label && ASKS.test(b.text));
  const hostsBetween = () => {
    let handovers = 0;
    for (let i = firstLabel + 1; i < blocks.length && handovers < 3; i++) {
      const a = blocks[i - 1]!.label;
      const b = blocks[i]!.label;
      if (a && b && blocks[i - 1]!.kind === 'para' && blocks[i]!.kind === 'para' && byKey.get(a.key) !== byKey.get(b.key)) handovers++;
    }
    return handovers >= 3;
  };
  if (talk || audienceOnly) unlabelledSide = { key: null, name: guestName(), role: 'guest', roleConfidence: 0.8 };
  else if (speakerBesideAudience && !dashFormat) unlabelledSide = speakers[0]!;
  else if (unlabelledVoice && !dashFormat) unlabelledSide = unlabelledVoice;
  else if (dashFormat || (!hasInterviewer && !talkBetween)) unlabelledSide = { key: null, name: interviewerName(), role: 'interviewer', roleConfidence: 0.8 };
  // (Nor, where no one labelled is a guest, do hosts two or more labelled one right after another,
  // three times or more, talk to a guest the file never names: a show's hosts among themselves,
  // `hosts = [...]` naming them all, their unlabelled paragraphs after a laugh each the last one's.)
  else if ((!hasGuest && !hostsBetween()) || talk) unlabelledSide = { key: null, name: guestName(), role: 'guest', roleConfidence: 0.8 };
  // Who opens with a statement before the questions: the one guest; or the one voice that answers
  // (`A:` under a briefing's `## Opening statement`).
  const answering = [...new Set(voices.filter((v) => v.role === 'guest').map((v) => v.name))];
  const opener = soleGuest ? (voices.find((v) => v.name === soleGuest && v.role === 'guest') ?? null) : answering.length === 1 ? voices.find((v) => v.role === 'guest')! : null;
  const guestSide: Speaker | null = dashFormat ? { key: null, name: guestName(), role: 'guest', roleConfidence: 0.8 } : null;

  // 6. Bare heading lines in plain text: one short line, no sentence punctuation, followed by a
  //    paragraph that opens a section (the interviewer's, labelled or not).
  // Guest answers follow questions, not headings: `Yup` right before `SA: ...` is a turn.
  // (An editor's note too, `Editor: ...`, under a heading of two words or more.)
  // (Above an editor's note, a line of two words or more; or one word the note names, `Eltoo` above
  // "Editor: Christian Decker on Eltoo at Chaincode Labs: https://...".)
  const namedBelow = (head: Block, b: Block) => wordCount(head.text) === 1 && head.text.trim().length >= 3 && new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(head.text.trim())}(?![\\p{L}\\p{N}])`, 'iu').test(b.text);
  // (Never, among the turns, a line of a run of three such lines or more, nothing between them, as
  // an answer lists things a line each: `Drains` / `Joints` / `Cables`, each heading nothing.)
  const bareLine = (b: Block | undefined) => b != null && b.kind === 'para' && !b.label && !b.dash && b.singleLine && b.node.type === 'paragraph' && looksLikeHeading(b);
  const listedLines = new Set<number>();
  for (let i = firstLabel + 1; i < blocks.length; ) {
    let j = i;
    while (bareLine(blocks[j])) j++;
    if (j - i >= 3) for (let k = i; k < j; k++) listedLines.add(k);
    i = Math.max(j, i + 1);
  }
  const opensSection = (b: Block | undefined, head?: Block) =>
    b != null && b.kind === 'para' && (!b.label || byKey.get(b.label.key)?.role === 'interviewer' || (byKey.get(b.label.key)?.role === 'other' && head != null && (wordCount(head.text) >= 2 || namedBelow(head, b))));
  // Only in files that mark no headings with `#` (scraped plain text), whose sentences end with
  // punctuation (in a transcript without any, an unpunctuated line is speech); and never the
  // caption under an image.
  const paras = blocks.filter((b, i) => i > firstLabel && b.kind === 'para');
  const markedHeadings = blocks.some((b, i) => i > firstLabel && b.markdownHeading) || paras.filter((b) => endsLikeSentence(b.text)).length < 0.5 * paras.length;
  // A line in capitals, as official records head a statement (`STATEMENT OF DR. ERIK LINDQVIST,
  // PROFESSOR OF ECONOMICS`), whoever speaks after it; unless the file shouts its words too
  // (captions in capitals).
  const shoutedHeadings = paras.filter(shouted).length <= Math.max(2, 0.1 * paras.length);
  // (A heading in sentence case of six words or more too, `No more USB sticks — building data
  // infrastructure from the ground up`, right above the interviewer's label, where nearly every
  // paragraph ends with a stop and two such lines or more head parts: not a line of speech.)
  const asksNext = (i: number) => blocks[i + 1]?.label != null && byKey.get(blocks[i + 1]!.label!.key)?.role === 'interviewer';
  // (So is a line in title case of four words or more, a question too, `Can Developers Build Full
  // Nodes With the Kernel Today?`, above anyone's label, as a diarized export's chapters fall.)
  const labelNext = (i: number) => blocks[i + 1]?.label != null;
  // (And a short line closed by a colon in sentence case, `RBF pinning:`, `La confiance, notion
  // cruciale :`, above anyone's label: where two such lines or more head parts after finished
  // sentences, no speaker leading into words the next speaker says.)
  const headingLike = (b: Block, i: number) => b.kind === 'para' && b.singleLine && !b.label && !b.dash && b.override == null && b.text.length <= 200 && b.node.type === 'paragraph' && labelNext(i) && ((asksNext(i) && sentenceCaseHeading(b)) || titleCaseHeading(b) || colonHeading(b));
  const candidateHeadings = new Set(blocks.flatMap((b, i) => (headingLike(b, i) ? [i] : [])));
  // (The stops counted in the paragraphs that are no such line.)
  const spoken = candidateHeadings.size ? blocks.filter((b, i) => i > firstLabel && b.kind === 'para' && (b.label || !candidateHeadings.has(i))) : [];
  const punctuatedFile = spoken.length >= 5 && spoken.filter((b) => endsLikeSentence(b.text)).length >= 0.9 * spoken.length;
  // (After a finished sentence; or right above the first turn, under the intro's last line, `Podcast enregistré le ... Télécom Paris`.)
  const longHeadings = new Set(punctuatedFile ? [...candidateHeadings].filter((i) => i > 0 && (endsLikeSentence(blocks[i - 1]!.text) || i === firstLabel - 1)) : []);
  if (longHeadings.size < 2 && !blocks.some((b, i) => i > firstLabel && !longHeadings.has(i) && b.kind === 'para' && !b.label && looksLikeHeading(b) && asksNext(i))) longHeadings.clear();
  // (A line naming a part, `Parte 2`, `Part Two: The code`, `Session II`, above anyone's label after
  // a finished sentence: the part it opens, not the words of whoever spoke last.)
  // (So does one naming the questions after a talk, `Questions`, `Q&A`, without a full stop.)
  const partLine = (b: Block, i: number) => (PART_LINE.test(b.text.trim()) || (QA_HEADING.test(b.text.trim()) && !/\.$/.test(b.text.trim()))) && blocks[i + 1]?.label != null && (i === 0 || blocks[i - 1]!.kind === 'heading' || endsLikeSentence(blocks[i - 1]!.text));
  // (So does a speech's part with its full stop, `Prepared remarks.`, `Other remarks.`, in a text file.)
  // (Right above the first turn too, under the intro's last line whatever it is.)
  // (Or set in bold in Markdown, `**Prepared remarks.**`.)
  // (Or, above the first turn, a line so naming the talk's part, `Prepared remarks.`, in a page
  // copied without its marks: the part it heads, the talk under it.)
  const speechPart = (b: Block, i: number) => b.singleLine && SPEECH_PART_LINE.test(b.text.trim()) && (((options.plainText || b.bold) && blocks[i + 1]?.label != null && (i <= firstLabel - 1 || blocks[i - 1]!.kind === 'heading' || endsLikeSentence(blocks[i - 1]!.text))) || i < firstLabel);
  // (A Roman numeral alone, `I.`, `II.`, as a magazine numbers its interview's parts, above
  // anyone's label, where such lines count up from I: each the part it opens.)
  const numerals = blocks.flatMap((b, i) => (b.kind === 'para' && !b.label && b.singleLine && ROMAN_LINE.test(b.text.trim()) && blocks[i + 1]?.label != null ? [i] : []));
  const romanParts = new Set(numerals.length >= 2 && numerals.every((i, n) => blocks[i]!.text.trim().replace(/\.$/, '') === ROMAN[n]) ? numerals : []);
  // (Nor, above the first turn, a name alone that the conversation writes again, as a note-taking
  // app lists who took part above its transcript, `마리아 로페스`: a name, no part.)
  // (Several such names on the line, as a meeting tool lists who took part, `톰 베커  마리아 로페스`: one of them written again.)
  const spokenName = (b: Block) => {
    if (!b.singleLine) return false;
    const names = listItems(b.text);
    return names.length <= 8 && names.every((n) => fullNameAlone(n) || caselessName(n)) && names.some((n) => blocks.some((x, k) => k >= firstLabel && x.text.includes(n)));
  };
  // (Nor, above the first turn under the file's first line, one naming two of those who speak in
  // full, `Tom Becker talks to Maria Lopez`: the dek, no part.)
  const fullSpeakers = [...new Set([...byKey.values()].map((v) => v.name).filter((n) => /\s/.test(n)))];
  const namesTwo = (b: Block) => fullSpeakers.filter((n) => b.text.includes(n)).length >= 2;
  // (Nor the words right under a question set apart, its answer, `**Favourite room?**` / `Home`.)
  const answersApart = answersToSetApart(blocks);
  const shownNames = new Set([...byKey.values()].filter((v) => v.key != null && isSideWord(v.key)).map((v) => v.name).filter((n) => /\s/.test(n)));
  for (let i = 0; i < blocks.length && !markedHeadings; i++) {
    const b = blocks[i]!;
    if (capsBylineAbove(i)) continue;
    if (i > 0 && i < firstLabel && namesTwo(b)) continue;
    const afterImage = i > 0 && /^\[image: [^\]]*\]$/.test(blocks[i - 1]!.text);

    // A line of a list of chapters (`02:15 Early years`, the lines around it timed too) heads nothing.
    const timed = (n: number) => CHAPTER_TIME.test(sourceLines[n - 1]?.trim() ?? '');
    if (CHAPTER_TIME.test(b.text) && (timed(b.line - 1) || timed(b.line + 1))) continue;
    // (Nor a line giving the date above the interview, `Volume 760: debated on Wednesday 3 November 2026`: the intro.)
    // (Nor a speaker's name alone, a byline above the first turn, `Tom Becker`: no part of the interview;
    // the name a side's label is shown by too, `**Q:**` asking as Tom Becker; nor a full name alone
    // right under the Markdown headline, its author's, above the dek.)
    if (b.kind === 'para' && !b.label && !b.dash && !afterImage && b.override == null && b.node.type === 'paragraph' && !chapterLines.has(b.line) && !castLines.has(b.line) && !answersApart(i) && !(i < firstLabel && /\s/.test(b.text.trim()) && (byKey.has(b.text.trim()) || shownNames.has(b.text.trim()) || (i > 0 && i === firstLabel - 1 && spokenName(b)) || (i === 1 && blocks[0]!.kind === 'heading' && blocks[0]!.markdownHeading && fullNameAlone(b.text)))) && ((looksLikeHeading(b) && ((opensSection(blocks[i + 1], b) && !listedLines.has(i)) || partLine(b, i))) || speechPart(b, i) || romanParts.has(i) || (talk && i === firstLabel - 1 && b.singleLine && QA_HEADING.test(b.text.trim())) || longHeadings.has(i) || (shouted(b) && shoutedHeadings)) && bylineName(b.text) == null && !CREDIT_BY.test(b.text.trim()) && !creditLine(b.text) && (i === 0 || shoutedByline(b.text, blocks[i + 1]?.text ?? '') == null) && headerLine(b.text) == null && !fieldOfSpeaker(b.text) && !(i < firstLabel && (statedDate(null, [b.text]) != null || RECORDING_LENGTH.test(b.text.trim()) || SITTING_NUMBER.test(b.text.trim()) || (RECORDING_NUMBER.test(b.text.trim()) && blocks[i + 1]?.kind === 'para' && !blocks[i + 1]!.label && RECORD_FIELD.test(blocks[i + 1]!.text))))) {
      b.kind = 'heading';
    }
  }
  // (A line right under the title and right above the first turn, whoever speaks it, where two
  // lines or more head the interview's later parts: `Introductions` under `The Lightning Network in
  // 2022` opens the first part as the others do; not a transcript's word, a byline or a date.)
  // (Or one, set as it is, in capitals, `THE EARLY YEARS` as `WATER AND STEEL` below.)
  const opening = blocks[firstLabel - 1];
  const capitals = (b: Block) => !/\p{Ll}/u.test(b.text) && (b.text.match(/\p{Lu}/gu)?.length ?? 0) >= 4;
  const laterParts = opening ? blocks.filter((b, i) => i > firstLabel && b.kind === 'heading') : [];
  if (!markedHeadings && opening && firstLabel >= 2 && blocks[firstLabel - 2]!.kind === 'heading' && opening.kind === 'para' && !opening.label && !opening.dash && opening.override == null && opening.node.type === 'paragraph' && looksLikeHeading(opening) && !TRANSCRIPT_LINE.test(opening.text.trim()) && bylineName(opening.text) == null && headerLine(opening.text) == null && statedDate(null, [opening.text]) == null && (laterParts.length >= 2 || (laterParts.length === 1 && capitals(opening) && capitals(laterParts[0]!))))
    opening.kind = 'heading';
  // (Parts numbered as a list's items, each alone right above a labelled turn, `1. The early years`
  // ... `2. Water and steel`, counting up by one, as a page copied as text keeps its numbered
  // headings: headings, not the intro's nor the last answer's words.)
  {
    const numbered = blocks.flatMap((b, i) => {
      const list = b.node.type === 'list' && b.node.ordered ? b.node : null;
      return list && !b.label && b.singleLine && i >= firstLabel - 1 && blocks[i + 1]?.label && looksLikeHeading(b) ? [{ b, start: list.start ?? 1 }] : [];
    });
    // (Each part holding two turns or more, a conversation: one answer under each is a numbered
    // question's, `1. Why do bridges fail` / `Maria Lopez: Mostly water.`)
    const at = numbered.map(({ b }) => blocks.indexOf(b));
    const turnsIn = (k: number) => blocks.slice(at[k]! + 1, at[k + 1] ?? blocks.length).filter((b) => b.label).length;
    if (numbered.length >= 2 && numbered.every((n, k) => n.start === numbered[0]!.start + k && turnsIn(k) >= 2)) for (const { b } of numbered) b.kind = 'heading';
  }
  // (A short line asking, `Simplification nécessaire ?`, right above the host's label, after a
  // finished answer, where two lines or more head the interview's parts: a heading, not the answer's end.)
  if (!markedHeadings && blocks.filter((b, i) => i >= firstLabel - 1 && b.kind === 'heading' && !b.markdownHeading).length >= 2)
    for (let i = firstLabel + 1; i < blocks.length; i++) {
      const b = blocks[i]!;
      if (b.kind === 'para' && !b.label && !b.dash && b.singleLine && b.override == null && asksNext(i) && /^\p{Lu}[^.!…:;,]{0,60}\s?[?？؟]$/u.test(b.text.trim()) && wordCount(b.text) <= 5 && endsLikeSentence(blocks[i - 1]!.text)) b.kind = 'heading';
    }

  // (A name alone kept as text above labelled words, no heading: said where it is a speaker's.)
  for (const b of keptAlone)
    if (b.kind === 'para' && byKey.has(b.text.replace(/[:：*_\s]+$/u, '').replace(/^[*_]+/, '')))
      saidAlone(b.line, b.text);
  // A call's parts named on their own line between labelled turns (`Question-and-Answer Session`),
  // where an operator speaks: headings, not the last speaker's words.
  if ([...byKey.keys()].some((k) => /^operator$/i.test(k)))
    for (const b of blocks) if (b.kind === 'para' && !b.label && b.singleLine && b.override == null && !castLines.has(b.line) && CALL_PART.test(b.text)) b.kind = 'heading';
  // A contents list above the interview without times (`Table of Contents`, then `Introduction`,
  // `Water`, `Money`, as a podcast's site lists its "chapters"): two lines or more in a row above
  // the first turn, each the title of a part below, or a list of them, go, with the list's header
  // within two lines above them; the parts' headings are the sections.
  {
    const titles = new Set(blocks.filter((b, i) => i >= firstLabel - 1 && b.kind === 'heading').map((b) => b.text.trim().toLowerCase()));
    const item = (b: Block | undefined) => b != null && !b.label && b.singleLine && titles.has(b.text.trim().toLowerCase());
    // (Or a list of the parts, linked to them perhaps: `- [Water](#water)`.)
    const list = (b: Block | undefined) => b != null && b.node.type === 'list' && b.node.children.length >= 2 && b.node.children.every((li) => titles.has(toString(li).trim().toLowerCase()));
    for (let i = 0; i < firstLabel - 1; i++) {
      if (!((item(blocks[i]) && item(blocks[i + 1])) || list(blocks[i]))) continue;
      let end = i;
      while (end + 1 < firstLabel - 1 && item(blocks[end + 1])) end++;
      const header = [i - 1, i - 2].find((h) => h >= 0 && CHAPTERS_HEADER.test(blocks[h]!.text.trim()));
      if (header == null) continue;
      for (let k = end; k >= i; k--) drop(k, 'the contents list, read as the sections');
      drop(header, 'the contents list, read as the sections');
      firstLabel = blocks.findIndex((b) => b.label || b.dash);
      break;
    }
  }

  // 7. Title, intro, outro boundaries. The title is the text's own when it has one: a heading
  //    before the interview that repeats the front matter's title (an email's in-body title), the
  //    first `# heading`, or a bare title line opening the file; else the front matter's.
  const candidates = blocks.map((b, i) => [b, i] as const).filter(([b, i]) => i < firstLabel && b.kind === 'heading');
  /**
   * A bare title line that is a kicker above the headline, a column's name of three words at most
   * (`The Interview`, `テクノロジー`), then a headline in title case (or in a script without case, or
   * opening with a quotation, `‘Water is the enemy’: Maria Lopez on bridges`) of four words or
   * more, no sentence, right under it: the headline's index; else the line's own.
   */
  const kicked = (i: number): number => {
    const next = blocks[i + 1];
    // (Never a meeting's attendees, `Attendees` / `Maria Lopez, Tom Becker`: no kicker, no headline.)
    if (next && castLines.has(next.line)) return i;
    // (Or in sentence case, with its byline or date under it, as a blog's page sets its post's
    // headline under the blog's name: `Bridge Notes` / `Interview: Maria Lopez on timber bridges` /
    // `Posted on March 3, 2026 by Tom Becker`.)
    // (Its dek between them too, as a magazine's page sets it: `Decoder` / `Maria Lopez on why water is winning` / `The engineer on salt...` / `by Tom Becker`.)
    const bylineOrDate = (under: Block | undefined) => under != null && under.kind === 'para' && !under.label && under.singleLine && (bylineName(under.text) != null || isDateline(under.text) || (wordCount(under.text) <= 10 && statedDate(null, [under.text]) != null));
    const dek = blocks[i + 2];
    const dated = bylineOrDate(blocks[i + 2]) || (i + 3 < firstLabel && dek != null && dek.kind === 'para' && !dek.label && !dek.dash && dek.singleLine && bylineOrDate(blocks[i + 3]));
    // (Two kickers, a section's and a column's, as a paper's page copied line by line sets them:
    // `Interview` / `The Interview` / the headline; or the magazine's name in title case and the
    // column's, `The New York Times Magazine` / `The Interview` / the headline.)
    if (next && i + 2 < firstLabel - 1 && (wordCount(blocks[i]!.text) <= 3 || (wordCount(blocks[i]!.text) <= 6 && blocks[i]!.singleLine && !endsLikeSentence(blocks[i]!.text) && headlineCase(blocks[i]!.text) && /\p{Ll}/u.test(blocks[i]!.text))) && !next.markdownHeading && next.singleLine && !next.label && !next.dash && wordCount(next.text) <= 3 && !endsLikeSentence(next.text) && !isDateline(next.text) && (blocks[i + 2]?.kind === 'para' || (blocks[i + 2]?.kind === 'heading' && !blocks[i + 2]!.markdownHeading))) {
      const k = kicked(i + 1);
      if (k !== i + 1) return k;
    }
    // (The episode's date between a show's name and its headline, as a podcast's page sets them:
    // `The Daily` / `December 3, 2026` / `Why America’s Bridges Are Failing` / `Hosted by ...`.)
    const dateOnly = (b: Block | undefined) => b != null && b.kind === 'para' && !b.label && b.singleLine && wordCount(b.text) <= 6 && (isDateline(b.text) || statedDate(null, [b.text]) != null);
    if (next && i + 2 < firstLabel - 1 && wordCount(blocks[i]!.text) <= 3 && dateOnly(next) && !dateOnly(blocks[i + 2])) {
      const h = blocks[i + 2]!;
      if (h.singleLine && !h.label && !h.dash && !h.markdownHeading && wordCount(h.text) >= 4 && wordCount(h.text) <= 16 && !endsLikeSentence(h.text) && titleCased(h.text)) {
        h.kind = 'heading';
        return i + 2;
      }
    }
    // (Under a kicker naming the piece's kind, `Customer story`, `Case study`, `Interview`, any headline
    // of three words or more that is no sentence, in sentence case too: `Rhine Works: inspections without paper`.)
    if (next && i + 1 < firstLabel - 1 && PIECE_KICKER.test(blocks[i]!.text.replace(/[*_]/g, '').trim()) && !next.markdownHeading && next.singleLine && !next.label && !next.dash && wordCount(next.text) >= 3 && wordCount(next.text) <= 16 && !endsLikeSentence(next.text) && !isDateline(next.text) && headerLine(next.text) == null) {
      next.kind = 'heading';
      return i + 1;
    }
    // (A headline in title case may close with a full stop, as The New York Times's do: `Maria Lopez
    // Has Closed 42 Bridges. She’d Close More.`; a sentence is not in title case.)
    if (!next || i + 1 >= firstLabel - 1 || wordCount(blocks[i]!.text) > 3 || next.markdownHeading || !next.singleLine || next.label || next.dash || wordCount(next.text) < 4 || wordCount(next.text) > 16 || (endsLikeSentence(next.text) && !headlineCase(next.text)) || !(titleCased(next.text) || CASELESS_HEADLINE.test(next.text) || QUOTED_HEADLINE.test(next.text) || dated)) return i;
    // (Never a line of a recording's date and length, `2026.03.03 화 오후 2:00 ・ 12분 34초`, as a note-taking app heads its export.)
    if (isDateline(next.text) || statedDate(null, [next.text]) != null) return i;
    next.kind = 'heading';
    return i + 1;
  };
  // (Not a heading that is only a name the front matter's title holds, `##### Maria Lopez` above the
  // guest's bio under `title = "Rivets with Maria Lopez"`: the bio's heading, the title the front matter's.)
  let titleIdx = fm.title ? (candidates.find(([b]) => sameTitle(b.text, fm.title!) && !(wordCount(b.text) < wordCount(fm.title!) && FULL_NAME_KEY.test(b.text.trim())))?.[1] ?? -1) : -1;
  // (The headline quoting the guest under a masthead, read above.)
  if (titleIdx === -1 && labelHeadline !== -1) titleIdx = labelHeadline;
  // (Or a quotation alone, no sentence, under a masthead's short lines, as German papers set it
  // below a kicker naming the guest: `DER SPIEGEL` / `Brückenexpertin Maria Lopez` / `»Wasser ist
  // der größte Feind«`. The title is the kicker and the quotation, as the page's own title is.)
  let kickerIdx = -1;
  let quoted: string | null = null;
  if (titleIdx === -1 && !fm.title && firstLabel > 2) {
    const q = blocks.findIndex((b, i) => i < Math.min(firstLabel, 6) && !(b.singleLine && !b.label && wordCount(b.text) <= 4 && !endsLikeSentence(b.text) && !QUOTE_ONLY.test(b.text.trim())));
    const b = blocks[q];
    if (q > 0 && b!.singleLine && !b!.label && QUOTE_ONLY.test(b!.text.trim()) && wordCount(b!.text) >= 2) {
      b!.kind = 'heading';
      titleIdx = q;
      const k = blocks[q - 1]!;
      // (A kicker naming someone: not a section's path, `Climate | Interview`.)
      if (wordCount(k.text) >= 2 && !/[:：]$/.test(k.text) && namesIn(k.text).size > 0) {
        kickerIdx = q - 1;
        quoted = `${k.text.trim()}: ${b!.text.trim()}`;
      }
    }
  }
  // No front matter title: a heading before the interview that says what it is, `### An Interview
  // with Nvidia CEO Jensen Huang About Accelerated Computing`, `### ... Matthew Prince 访谈：...`, as
  // an email heads its interview (under a heading naming the edition's language too, `# 中文`).
  if (titleIdx === -1 && !fm.title) titleIdx = candidates.find(([b]) => b.markdownHeading && INTERVIEW_HEADLINE.test(b.text))?.[1] ?? -1;
  // A `# heading` further down, under a front matter title, is a section of the body ("# Prepared remarks").
  // (Not one that only names a part, `# Prepared remarks.`, `# Q&A`, `# Transcript`: no title.)
  const partName = (t: string) => SPEECH_PART_LINE.test(t) || QA_HEADING.test(t) || PART_LINE.test(t) || TRANSCRIPT_LINE.test(t) || CALL_PART.test(t);
  if (titleIdx === -1) titleIdx = candidates.find(([b, i]) => b.markdownHeading && b.depth === 1 && !partName(b.text.trim()) && (!fm.title || blocks.slice(0, i).every((x) => x.kind === 'heading')))?.[1] ?? -1;
  // (A site's name as a `# heading` right above the article's, the navigation between them removed:
  // the masthead; the article's is the title.)
  if (titleIdx !== -1 && !fm.title && titleIdx + 1 < firstLabel && blocks[titleIdx + 1]!.markdownHeading && blocks[titleIdx + 1]!.depth === 1 && blocks[titleIdx]!.markdownHeading) titleIdx++;
  // (A blog's name as the `# heading`, a few words, its tagline under it perhaps, or removed as the
  // site's banner, above the post's `## heading` with the line saying when it was posted or by whom
  // under it, `Posted on March 3, 2026 by Tom Becker`, `By Tom Becker`, `March 3, 2026`: the post's is the title.)
  const postedUnder = (i: number) => {
    const under = blocks[i + 1]?.text ?? '';
    return POSTED_LINE.test(under.trim()) || bylineName(under) != null || (wordCount(under) <= 8 && statedDate(null, [under]) != null);
  };
  const post = fm.title ? -1 : blocks.findIndex((b, i) => i < firstLabel && b.markdownHeading && b.depth === 2 && postedUnder(i));
  const blogName = (t: number) => t < post && blocks[t]!.markdownHeading && blocks[t]!.depth === 1 && wordCount(blocks[t]!.text) <= 4;
  if (post !== -1 && (titleIdx === -1 || blogName(titleIdx))) titleIdx = post;
  // A bare line opening the file, with a dek or links under it before the first turn ("Closing panel").
  if (titleIdx === -1 && candidates[0]?.[1] === 0 && !blocks[0]!.markdownHeading && firstLabel > 1 && blocks[1]!.kind === 'para') {
    titleIdx = kicked(0);
  }
  // A meeting tool's export opening with the meeting's name, perhaps its date, and `- Transcript`
  // (`Bridge interview - 2026/11/03 10:00 CET - Transcript`): the title, the name alone.
  if (titleIdx === -1 && !fm.title && options.plainText && firstLabel >= 1 && blocks[0]!.kind === 'para' && !blocks[0]!.label && !blocks[0]!.dash && blocks[0]!.singleLine && MEETING_EXPORT.test(blocks[0]!.text)) {
    blocks[0]!.kind = 'heading';
    titleIdx = 0;
  }
  // Without any other title, a bare line of three words or more opening the file, right above the
  // first turn (`Bridge inspection sync - Transcript`, as meeting tools head their exports).
  // (Two words too, `Bridge interview`, `Spans 12`, where no heading follows in the interview and the
  // line names no part of it, `Full transcript`, `Parte 1`, `Day 2`, `Part II`.)
  // (One word too, `Bridges`, `Spans`, but for a part's word, `Introduction`, `Intro`, `Welcome`.)
  const fewWords = () => (wordCount(blocks[0]!.text) === 2 || (wordCount(blocks[0]!.text) === 1 && /^\p{Lu}/u.test(blocks[0]!.text.trim()) && !/^(?:intro(?:duction)?|introducción|introduzione|introdução|introductie|einleitung|einführung|opening|prologue?|preamble|welcome|start|beginning|begin|overview|summary|notes|highlights|interview|conversation|audio|video|podcast|episode|anfang|début|inicio|inizio|início|resumen|résumé|zusammenfassung)[.:]?$/iu.test(blocks[0]!.text.trim()))) && !blocks.some((b, i) => i > firstLabel && b.kind === 'heading') && !/\b(?:transcript|transcription|q ?& ?a|part|parte|partie|teil|deel|chapter|chapitre|kapitel|cap[ií]tulo|capitolo|hoofdstuk|kapittel|kapitola|rozdział|bölüm|luku|глава|часть|section|secci[oó]n|abschnitt|session|sitzung|séance|sesi[oó]n|day|tag|jour|d[ií]a|giorno|round|runde)\b|\s[IVX]{1,4}$/iu.test(blocks[0]!.text);
  if (titleIdx === -1 && !fm.title && candidates[0]?.[1] === 0 && !blocks[0]!.markdownHeading && (wordCount(blocks[0]!.text) >= 3 || fewWords()) && candidates.length === 1) titleIdx = 0;
  // Or a headline that is no heading by its looks (`Rivers and roads: a talk with Maria Lopez`):
  // the first line of plain text (a text file in Markdown too, its labels in bold), alone, no sentence, above the first turn with nothing else there
  // or above an introduction in sentences; an episode's number after it in brackets (`(#712)`).
  // (Or above a part the text marks, `## Prepared Remarks:`.)
  // (Or above a record's fields, `Date: 3 November 2026`, `Location: Bonn`, as a research interview heads its transcript.)
  // (Or above a byline, `톰 베커 기자`, `By Tom Becker`.)
  // (Or above the fields naming who speaks, `Moderator: Tom Becker`, `Intervenants : Maria Lopez (Rhine Works), Paul Kim`.)
  // (Its number among the project's recordings too, `Interview 14`, `Tape no. 3`, as an oral history numbers them.)
  const fieldsAbove = () => firstLabel > 1 && blocks.slice(1, firstLabel).every((b) => b.kind === 'para' && !b.label && b.singleLine && ((RECORD_FIELD.test(b.text) && wordCount(b.text) <= 10) || headerLine(b.text) != null || RECORDING_NUMBER.test(b.text.trim())));
  // (Lines in capitals further down that introduction, `PLEASE NOTE LEGAL CONDITIONS:`, change nothing.)
  // (Or above the date it was published or aired, `November 3, 2026 5:04 AM ET`, as a broadcaster's
  // page sets it; or above a line naming the transcript that follows, `Transcript`. A line that is
  // itself such a date, `Aired November 3, 2026 - 21:00 ET`, is no title.)
  const sentenceUnder = firstLabel > 1 && blocks[1]!.kind === 'para' && !blocks[1]!.label && endsLikeSentence(blocks[1]!.text);
  const dateUnder = firstLabel > 1 && blocks[1]!.kind === 'para' && !blocks[1]!.label && blocks[1]!.singleLine && (isDateline(blocks[1]!.text) || (wordCount(blocks[1]!.text) <= 6 && statedDate(null, [blocks[1]!.text]) != null));
  const transcriptUnder = firstLabel > 1 && blocks[1]!.singleLine && !blocks[1]!.label && TRANSCRIPT_LINE.test(blocks[1]!.text);
  // (Or above a credit, `Transcript completed by: ...`.)
  // (Or above the number of a parliament's sitting, `NUMBER 042 | 1st SESSION | 45th PARLIAMENT`, as a committee's record sets it under the committee's name.)
  const creditUnder = firstLabel > 1 && blocks[1]!.kind === 'para' && !blocks[1]!.label && (RECORD_FIELD.test(blocks[1]!.text) || SITTING_NUMBER.test(blocks[1]!.text.trim()));
  // (Or above a line on the guest, her name and a comma first, `Florence d’Alché-Buc, professeure à Télécom Paris, oct. 2024`.)
  // (On two lines too, as a text hard-wrapped at a fixed width sets it.)
  const profileUnder = firstLabel > 1 && blocks[1]!.kind === 'para' && !blocks[1]!.label && (blocks[1]!.singleLine || blocks[1]!.text.split('\n').length <= 3) && [...byKey.values()].some((v) => /\s/.test(v.name) && v.role === 'guest' && blocks[1]!.text.startsWith(`${v.name},`));
  // (Or above its dek and its author's name alone, a speaker's, as a newsletter's page sets them:
  // `Maria Lopez on why timber is back` / `The engineer who rebuilt...` / `Tom Becker`; or a byline, `By Tom Becker`.)
  const dekUnder = firstLabel > 2 && [blocks[1]!, blocks[2]!].every((b) => b.kind === 'para' && !b.label && !b.dash && b.singleLine) && wordCount(blocks[1]!.text) >= 4 && !endsLikeSentence(blocks[1]!.text) && /\s/.test(blocks[2]!.text.trim()) && (byKey.has(blocks[2]!.text.trim()) || bylineName(blocks[2]!.text) != null);
  // (Or above its author's name alone, her job after it, `Lead Engineer at Rhine Works | Speaker`,
  // and the date, as a social network's article is copied: her name and job are no headline.)
  const lone = (k: number) => blocks[k] != null && !blocks[k]!.label && !blocks[k]!.dash && blocks[k]!.singleLine;
  const authorUnder = firstLabel > 3 && lone(1) && lone(2) && lone(3) && fullNameAlone(blocks[1]!.text) && /\s(?:at|\|)\s/.test(blocks[2]!.text) && !endsLikeSentence(blocks[2]!.text) && (isDateline(blocks[3]!.text) || POSTED_LINE.test(blocks[3]!.text.trim()) || (wordCount(blocks[3]!.text) <= 6 && statedDate(null, [blocks[3]!.text]) != null));
  // (Or above its author's name alone or a byline, then its dek perhaps, then the date, as a
  // paper's page copied line by line sets them: `Tom Becker` / `The chief engineer of ...` / `Sun 3 Mar 2026 09.00 GMT`.)
  const dated = (k: number) => lone(k) && (isDateline(blocks[k]!.text) || (wordCount(blocks[k]!.text) <= 8 && statedDate(null, [blocks[k]!.text]) != null));
  const bylineUnder = firstLabel > 2 && lone(1) && (fullNameAlone(blocks[1]!.text) || bylineName(blocks[1]!.text) != null) && (dated(2) || (firstLabel > 3 && lone(2) && !endsLikeSentence(blocks[2]!.text) && dated(3)));
  // (Or above the show's notes, named, as a podcast's page sets them over its transcript: `Show
  // notes` / `In this episode Tom talks to...` / `Transcript`; the part's name is no headline.)
  const notesUnder = firstLabel > 2 && lone(1) && SHOW_NOTES_LINE.test(blocks[1]!.text.trim());
  // (A Markdown file that sets no heading at all, plain text pasted as it came, as a plain text file.)
  const unmarked = !blocks.some((b) => b.markdownHeading);
  if (titleIdx === -1 && !fm.title && (options.plainText || options.markdownLines === true || unmarked) && (candidates.length === 0 || (candidates[0]![1] === 1 && (notesUnder || candidates.every(([b]) => b.node.type === 'heading' || transcriptUnder))) || ((sentenceUnder || creditUnder || profileUnder || dateUnder || dekUnder) && candidates[0]![1] >= 2) || ((authorUnder || bylineUnder) && candidates[0]![1] >= 1)) && firstLabel >= 1 && (firstLabel === 1 || blocks[1]!.node.type === 'heading' || transcriptUnder || notesUnder || dateUnder || creditUnder || profileUnder || dekUnder || authorUnder || bylineUnder || (blocks[1]!.kind === 'para' && !blocks[1]!.label && (endsLikeSentence(blocks[1]!.text) || bylineName(blocks[1]!.text) != null)) || fieldsAbove())) {
    const b = blocks[0]!;
    const head = b.text.replace(/\s*\([^()]*\)$/, '');
    // (A headline may close with a quotation, no stop inside it: `[인터뷰] 마리아 로페스 "물이 다리의 가장 큰 적"`,
    // French spacing too, `« L'eau est l'ennemie des ponts »`.)
    // (Or with a question mark, `Explicabilité et confiance en l’intelligence artificielle ?`, as headlines ask.)
    // (Or with a full stop in title case, `Maria Lopez Has Closed 42 Bridges. She’d Close More.`, as The New York Times's do.)
    // (Or, right above the date it aired, two short sentences, `Bridges are crumbling. One inspector explains why.`, as NPR's headlines run.)
    if (b.kind === 'para' && !b.label && !b.dash && b.singleLine && b.override == null && (!endsLikeSentence(head) || headlineCase(head) || (dateUnder && wordCount(head) <= 12 && head.split(/[.!?]\s+/).length <= 2) || /[^.!?…。！？\s][ \u00a0\u202f]?["”’»」]$/u.test(head) || (/[?？؟]$/.test(head) && (firstLabel > 1 || (blocks[1]!.label != null && byKey.get(blocks[1]!.label.key)?.role === 'interviewer')))) && !/[:：]$/.test(b.text) && wordCount(b.text) >= 3 && wordCount(b.text) <= 16 && bylineName(b.text) == null && !INTRO_END_RE.test(b.text.replace(TRANSCRIPT_FOR, '')) && !isDateline(b.text)) {
      b.kind = 'heading';
      titleIdx = 0;
    }
  }
  // Two or more bare heading lines before the first turn: the first is the title, the last opens the interview.
  // (Never a speaker's name alone, a byline, `Tom Becker` above `TOM BECKER, HOST:`; a show's
  // name in capitals, its host's, `AMANPOUR`, may be the kicker above the segment's headline.)
  const speakerNames = new Set(blocks.flatMap((b) => (b.label ? [foldName(b.label.key)] : [])));
  const bare = candidates.filter(([b]) => !b.markdownHeading);
  if (titleIdx === -1 && bare.length >= 2 && bare[0]![1] === candidates[0]![1]) {
    const k = kicked(bare[0]![1]);
    // (Nor a line naming a part, `Prepared remarks.` above the talk.)
    if (!speakerNames.has(foldName(blocks[k]!.text.trim())) && !partName(blocks[k]!.text.trim())) titleIdx = k;
  }
  // (A line of a headline's shape under the date alone, above the turns, `November 3, 2026` /
  // `Maria Lopez on why bridges fail`, as a page copied line by line sets its date first: the title,
  // never the date, the introduction's.)
  if ((titleIdx === -1 || (titleIdx === 0 && !blocks[0]!.markdownHeading)) && !fm.title && (options.plainText || options.markdownLines === true || unmarked) && firstLabel >= 2 && dated(0) && lone(1) && blocks[1]!.kind === 'para' && blocks[1]!.override == null) {
    const t = blocks[1]!.text.trim();
    if (!endsLikeSentence(t) && !/[:：]$/.test(t) && wordCount(t) >= 3 && wordCount(t) <= 16 && bylineName(t) == null && !isDateline(t) && statedDate(null, [t]) == null) {
      blocks[0]!.kind = 'para';
      blocks[1]!.kind = 'heading';
      titleIdx = 1;
    }
  }
  // No front matter title: the first `## headline` with more headings under it before the interview.
  if (titleIdx === -1 && !fm.title && candidates.length >= 2 && candidates[0]![0].markdownHeading && candidates[0]![0].depth <= 2 && !partName(candidates[0]![0].text.trim())) titleIdx = candidates[0]![1];
  // Or a lower heading opening the file, the only heading at its level (`## Episode 214: Timber Is
  // Back` over the turns), as an export that keeps `#` for nothing sets its title; not where the
  // interview's parts are headed at that level too (`## Introduction`, then `## Timber`: a part).
  if (titleIdx === -1 && !fm.title && candidates[0]?.[1] === 0 && blocks[0]!.markdownHeading && !partName(blocks[0]!.text.trim()) && !blocks.some((b, i) => i > 0 && b.markdownHeading && b.depth <= blocks[0]!.depth)) titleIdx = 0;
  // A Markdown file opening with two or three short lines in one paragraph, none a sentence, a date
  // or a byline, right above the first turn (`Rivers and Roads` / `Episode 40: Steel that heals`,
  // a page copied without its markup): the title, its lines apart by a dash.
  let joined: string | null = null;
  if (titleIdx === -1 && !fm.title && !options.plainText && candidates.length === 0 && firstLabel === 1 && blocks[0]!.kind === 'para' && !blocks[0]!.label && !blocks[0]!.dash && !blocks[0]!.singleLine && blocks[0]!.node.type === 'paragraph') {
    const lines = blocks[0]!.text.split('\n').map((l) => l.trim()).filter(Boolean);
    if (lines.length >= 2 && lines.length <= 3 && lines.every((l) => wordCount(l) <= 12 && !endsLikeSentence(l) && !/[:：]$/.test(l) && statedDate(null, [l]) == null && bylineName(l) == null && !LINK_NOTE.test(l))) {
      blocks[0]!.kind = 'heading';
      titleIdx = 0;
      joined = lines.join(' — ');
    }
  }
  // (A meeting tool's name for its export, `Bridge interview (2026-10-14 10:02 GMT+2) - Transcript`,
  // opening a Markdown file as it opens the plain text: its title.)
  if (titleIdx === -1 && !fm.title && firstLabel > 0 && blocks[0]!.kind === 'para' && !blocks[0]!.label && blocks[0]!.singleLine && MEETING_EXPORT.test(blocks[0]!.text.trim())) {
    blocks[0]!.kind = 'heading';
    titleIdx = 0;
  }
  if (pageHeadline && !fm.title) {
    const i = blocks.indexOf(pageHeadline);
    if (i !== -1 && i < firstLabel && i !== titleIdx) {
      if (titleIdx !== -1 && !blocks[titleIdx]!.markdownHeading) blocks[titleIdx]!.kind = 'para';
      pageHeadline.kind = 'heading';
      titleIdx = i;
      joined = quoted = null;
    }
  }
  // (Never a court record's line naming the examination, `BY MR. BECKER:`: a part's heading.)
  if (titleIdx !== -1 && EXAMINED_BY.test(blocks[titleIdx]!.text.trim()) && /^BY\s/i.test(blocks[titleIdx]!.text.trim())) titleIdx = -1;
  // (Nor a header's field naming who takes part, `Panelist 1: Maria Lopez, Rhine Works`: the plain
  // line opening the file above it, `Bridges after the flood`, where there is one.)
  if (titleIdx > 0 && !fm.title && !blocks[titleIdx]!.markdownHeading && headerLine(blocks[titleIdx]!.text) != null) {
    const first = blocks[0]!;
    titleIdx = !first.label && first.singleLine && headerLine(first.text) == null && !endsLikeSentence(first.text) ? 0 : -1;
    if (titleIdx === 0) first.kind = 'heading';
  }
  // (A show's name and its episode's number alone, `HBR IdeaCast / Episode 912`, above the episode's
  // own headline, `Why Bridges Fail`: that headline; the show's line the intro's.)
  if (titleIdx !== -1 && !fm.title && joined == null && quoted == null && EPISODE_LINE.test(blocks[titleIdx]!.text.trim())) {
    const next = blocks[titleIdx + 1];
    const t = next?.text.trim() ?? '';
    if (next && titleIdx + 1 < firstLabel && (next.kind === 'para' || !next.markdownHeading) && next.singleLine && !next.label && !next.dash && wordCount(t) >= 2 && wordCount(t) <= 16 && !endsLikeSentence(t) && !ASKS.test(t) && statedDate(null, [t]) == null && bylineName(t) == null && !EPISODE_LINE.test(t) && headerLine(t) == null && !RECORD_FIELD.test(t) && !(/[:：]/.test(t) && roleWord(t.split(/[:：]/)[0]!.trim().replace(/s$/i, '')) != null)) {
      blocks[titleIdx]!.kind = 'para';
      next.kind = 'heading';
      titleIdx++;
    }
  }
  // (A blog's headline right above the line saying when it was posted, and by whom, `Posted on March
  // 3, 2026 by Tom Becker`, a tagline or a kicker above it: the title; the lines above it the intro's.)
  if (titleIdx === -1 && !fm.title && firstLabel > 1) {
    const posted = blocks.findIndex((b, i) => i > 0 && i < Math.min(firstLabel, 6) && b.kind === 'para' && !b.label && b.singleLine && POSTED_LINE.test(b.text.trim()));
    const h = posted > 0 ? blocks[posted - 1]! : null;
    if (h && !h.markdownHeading && !h.label && !h.dash && h.singleLine && h.override == null && wordCount(h.text) >= 3 && wordCount(h.text) <= 16 && !endsLikeSentence(h.text) && statedDate(null, [h.text]) == null && bylineName(h.text) == null && headerLine(h.text) == null) {
      h.kind = 'heading';
      titleIdx = posted - 1;
    }
  }
  let title = titleIdx === -1 ? (fm.title ?? null) : (joined ?? quoted ?? blocks[titleIdx]!.text);
  // (A Teams recording's name heading its transcript is the meeting's name and the time it began.)
  if (title && titleIdx !== -1) title = title.replace(TEAMS_RECORDING, '').replace(MEDIA_EXTENSION, '').trim() || title;
  if (title && titleIdx === 0) title = MEETING_EXPORT.exec(title)?.[1] ?? title;
  if (title && titleIdx !== -1) title = title.replace(TITLE_TRANSCRIPT, '').replace(TRANSCRIPT_FOR, '') || title;
  // (A broadcaster's segment title, the time it aired after it: `Interview With Maria Lopez. Aired 2-3p ET`.)
  if (title && titleIdx !== -1) title = title.replace(/\.\s+Aired\s+\d[^.]{0,30}$/i, '') || title;
  // (A meeting tool's field heading its export, `Meeting Title: Bridge interview`: the name after it;
  // an oral history's project too, `Project: Bridges Oral History`.)
  if (title && titleIdx !== -1) title = title.replace(/^(?:meeting title|meeting name|meeting topic|title|topic|project|collection)\s*[:：]\s*(?=\S)/i, '');
  // (Not a masthead above the title: `# Rivers and Roads` over `# Episode 40: ...`.)
  const headingsBeforeFirst = candidates.filter(([, i]) => i !== titleIdx && !(titleIdx !== -1 && i < titleIdx && !fm.title));
  let bodyStart: number;
  // A heading that announces a speech ("Prepared remarks", "Opening statement") starts the interview.
  const speech = opener ? headingsBeforeFirst.find(([b]) => SPEECH_HEADING.test(b.text)) : undefined;
  if (speech) bodyStart = speech[1];
  // A talk under the title (in the text or the front matter's), then a heading for the questions (`## Q&A`): the talk is the speaker's.
  else if (addressedTalk) {
    bodyStart = roomOpening;
    // (A heading right over its first words, `## Introduction` above "Thank you all for coming.",
    // heads the talk's first part, as one over the talk's words does below.)
    if (blocks[roomOpening - 1]?.kind === 'heading') bodyStart--;
  }
  else if (talk && (blocks.slice(titleIdx + 1, firstLabel).filter((b) => b.kind === 'para' && !b.dash).length >= 3 || (listedTalk && titleIdx === -1) || announcedTalk)) {
    bodyStart = titleIdx + 1;
    // (Under a title that announces the talk, a dek naming its speaker, not in the first person,
    // "Transcripción de la charla de Maria Lopez en Bridge Week 2026": the intro.)
    const surname = talkGiver?.split(/\s+/).at(-1);
    // (A heading over such a dek goes with it; one over the talk's words, `## Sudan` above "Good
    // afternoon...", heads its first part.)
    const dek = (b: Block | undefined) => b != null && b.kind === 'para' && b.text.includes(surname!) && !FIRST_PERSON.test(b.text);
    while (announcedTalk && surname && bodyStart < firstLabel - 1 && (dek(blocks[bodyStart]) || (blocks[bodyStart]!.kind !== 'para' && (blocks[bodyStart + 1]?.kind !== 'para' || dek(blocks[bodyStart + 1]))))) bodyStart++;
    // (Nor a note on the transcript above the talk, "Transcript by Ana Silva.", "Transcribed by ...": the intro.)
    while (bodyStart < firstLabel - 1 && blocks[bodyStart]!.kind === 'para' && !blocks[bodyStart]!.label && !FIRST_PERSON.test(blocks[bodyStart]!.text) && wordCount(blocks[bodyStart]!.text) <= 30 && (INTRO_END_RE.test(blocks[bodyStart]!.text) || INTRO_NOTE_RE.test(blocks[bodyStart]!.text))) bodyStart++;
    // (Under a title over the speaker's name and the event, each a line, the talk opens at its first sentence.)
    while (answersAudience && bodyStart < firstLabel - 1 && blocks[bodyStart]!.singleLine && !endsLikeSentence(blocks[bodyStart]!.text)) bodyStart++;
  }
  else if (headingsBeforeFirst.length) {
    bodyStart = headingsBeforeFirst.at(-1)![1];
    // A lower heading right under the title, and the only one before the interview, is its
    // subtitle (`### The engineer on rivers and steel`, as newsletters set the dek): intro. A
    // word or two (`## Transcript`) names the part that starts, and so does a heading whose
    // level heads other sections of the interview, or one that gives its chapter's time.
    const sub = blocks[bodyStart]!;
    const subtitle = headingsBeforeFirst.length === 1 && titleIdx !== -1 && bodyStart === titleIdx + 1 && sub.markdownHeading && sub.depth > blocks[titleIdx]!.depth && sub.text.split(/\s+/).length >= 4 && !blocks.some((b, i) => i > firstLabel && b.markdownHeading && b.depth === sub.depth) && !/[:：]$/.test(sub.text) && !CHAPTER_TIME.test(sub.text) && !endsWithTime(sub.text) && !SPEECH_HEADING.test(sub.text) && !INTRO_END_RE.test(sub.text);
    // Paragraphs under that heading (or under the subtitle) before anyone speaks, where both sides
    // are labelled, or the questions are marked (a dash, bold), and no talk or speech is announced, are nobody's
    // words: the record's header (`Witness: ...`), a publisher's note, a dek under a button of the
    // page (`Offrir cet article`). The heading and they are the intro, not the guest's opening.
    // (A reference link under a heading stays the editor's note in its section.)
    // (So is a bare line right under the title, where no heading follows in the interview, `The
    // Ezra Klein Show`: a kicker or the show's name, heading no part of it.)
    const kicker = headingsBeforeFirst.length === 1 && titleIdx !== -1 && bodyStart === titleIdx + 1 && bodyStart + 1 === firstLabel && !sub.markdownHeading && !blocks.some((b, i) => i > firstLabel && b.kind === 'heading') && !CHAPTER_TIME.test(sub.text) && !endsWithTime(sub.text) && !SPEECH_HEADING.test(sub.text) && !TRANSCRIPT_LINE.test(sub.text);
    if (!talk && (!unlabelledSide || dashFormat) && blocks.slice(bodyStart + 1, firstLabel).some((b) => b.kind === 'para' && b.override == null && !LINK_NOTE.test(b.text))) bodyStart = firstLabel;
    else if (subtitle || kicker) bodyStart++;
    // (A higher heading right above the first part's, whose level heads parts of the interview
    // further down, `## Block 1` over `### Question 1 — ...`, with `## Block 2` later: a part too,
    // not the intro's words.)
    else while (bodyStart - 1 > titleIdx && blocks[bodyStart]!.markdownHeading && blocks[bodyStart - 1]!.kind === 'heading' && blocks[bodyStart - 1]!.markdownHeading && blocks[bodyStart - 1]!.depth < blocks[bodyStart]!.depth && blocks.some((b, i) => i > firstLabel && b.markdownHeading && b.depth === blocks[bodyStart - 1]!.depth)) bodyStart--;
  } else {
    const marker = blocks.findLastIndex((b, i) => i < firstLabel && b.kind === 'para' && INTRO_END_RE.test(b.text));
    if (marker !== -1) {
      bodyStart = marker + 1;
      // A note on the editing above the dek (`*Editor's note: This interview has been edited...*`,
      // then "Maria Lopez has inspected bridges..."): the paragraphs under it before anyone speaks
      // are the intro too; where the questions go unlabelled, the one right above the first label asks.
      const asks = unlabelledSide?.role === 'interviewer' && !dashFormat ? 1 : 0;
      while (bodyStart < firstLabel - asks && blocks[bodyStart]!.kind === 'para' && !blocks[bodyStart]!.label && !blocks[bodyStart]!.dash && blocks[bodyStart]!.override == null) bodyStart++;
    } else if (talk) bodyStart = titleIdx + 1;
    // (Not where the interviewer labels the first turn: the paragraphs above it are the intro.)
    else if (unlabelledSide?.role === 'interviewer' && !dashFormat && !toldPiece && !(blocks[firstLabel]?.label && byKey.get(blocks[firstLabel]!.label!.key)?.role === 'interviewer')) {
      // The paragraphs just before the first guest label are the interviewer's opening (but not a
      // header line naming who speaks, `Speaker: Maria Lopez, Rhine Works`).
      bodyStart = firstLabel > 0 && blocks[firstLabel - 1]!.kind === 'para' && !headerLine(blocks[firstLabel - 1]!.text) ? firstLabel - 1 : firstLabel;
    } else bodyStart = firstLabel;
  }
  // A welcome right above the first label in which a speaker introduces themselves ("Welcome to
  // Rivers and Roads. I'm Tom Becker.") is that speaker's first turn, not the intro.
  const welcome = firstLabel > 0 ? blocks[firstLabel - 1]! : null;
  if (welcome && bodyStart >= firstLabel && firstLabel - 1 !== titleIdx && welcome.kind === 'para' && !welcome.label && welcome.override == null && HOST_OPENING.test(welcome.text)) {
    const self = new RegExp(SELF_NAME.source, 'u').exec(welcome.text)?.[1];
    const who = self ? voices.find((v) => v.key != null && foldName(v.name) === foldName(self)) : undefined;
    if (who) {
      welcome.override = who.key;
      bodyStart = firstLabel - 1;
    }
  }
  // The interview starts after its title: the title is never also a section of it.
  if (titleIdx !== -1 && titleIdx >= bodyStart) bodyStart = titleIdx + 1;
  // (An e-mail's subject, where the text under its header gives no title.)
  const subjectTitle = title == null && options.email?.subject ? options.email.subject : null;
  title ??= subjectTitle?.text ?? options.fallbackTitle;

  // After the last turn: a "Related stories" heading starts the page's own lists (chrome, to the
  // end); any other heading starts the publisher's outro; closing notes are outro too.
  const lastTurn = blocks.findLastIndex((b) => b.label != null || b.dash);
  /** The last turn is a labelled guest's: a host's sign-off after it, unlabelled, is none of her words (after the host's own turn it stays his). */
  const lastTurnGuest = lastTurn !== -1 && blocks[lastTurn]!.label != null && !blocks[lastTurn]!.dash && byKey.get(blocks[lastTurn]!.label!.key)?.role === 'guest';
  /** A note on someone who speaks, by their full name, in the third person ("*Tom Becker is a staff writer.*"). */
  const aboutSpeaker = (text: string) => {
    const m = ABOUT_PERSON.exec(text) ?? ABOUT_WORK.exec(text);
    if (!m || FIRST_PERSON.test(text) || text.split(/\s+/).length > 80) return false;
    const who = foldName(m[1]!);
    // (Or the guest named from the introduction, in a Q&A without names: "*Maria Lopez is CTO of Bridgeworks.*")
    return BYLINE_JOB.test(text) || foldName(interviewerName()) === who || [...byKey.values()].some((s) => foldName(s.name) === who) || (dashFormat && foldName(guestName()) === who);
  };
  let related = blocks.findIndex((b, i) => i > lastTurn && b.kind === 'heading' && RELATED_RE.test(b.text));
  // (And a picture linking to a page right above it, a publication's logo or the author's picture
  // over their box, `[![Bridge Notes](...png)](https://.../bridge-notes)`: the page's too.)
  while (related > lastTurn + 1 && pagePicture(blocks[related - 1]!)) related--;
  const cut = related === -1 ? blocks.length : related;
  // (To the end, but for the article's own references under their heading after the lists, `## References`
  // / `[1] Rhine Works, *Scour report*...`: what the answers cite, the outro's.)
  const cited = related === -1 ? -1 : blocks.findIndex((b, i) => i > related && b.kind === 'heading' && REFERENCES_HEADING.test(b.text.replace(/[*_#:：]/g, '').trim()));
  for (const b of blocks.slice(cut, cited === -1 ? blocks.length : cited)) {
    removed.push({ line: b.line, text: sourceLines[b.line - 1] ?? b.text, kind: 'chrome', reason: 'site chrome (links to other pages after the interview)' });
    for (let l = b.line + 1; l <= b.endLine; l++) if (sourceLines[l - 1]?.trim()) removed.push({ line: l, text: sourceLines[l - 1]!, kind: 'chrome', reason: 'site chrome (links to other pages after the interview)' });
  }
  let trailingHeading = blocks.findIndex((b, i) => i > lastTurn && i < cut && b.kind === 'heading');
  // (Not where the interview goes on under it, its questions set apart in bold, or more words
  // under it than in all the labelled turns: the labels stopped, not the interview.)
  if (trailingHeading !== -1 && lastTurn !== -1) {
    const after = blocks.slice(trailingHeading + 1, cut);
    const wordsIn = (bs: Block[]) => bs.reduce((n, b) => n + (b.kind === 'para' ? b.text.split(/\s+/).length : 0), 0);
    if (after.filter(opensWithBoldQuestion).length >= 2 || wordsIn(after) > Math.max(400, wordsIn(blocks.slice(bodyStart, trailingHeading)))) trailingHeading = -1;
  }
  let bodyEnd = trailingHeading === -1 ? cut : trailingHeading;
  // A question set apart after the last turn, answered by links alone, a page's call to act
  // (`**Want to learn more?**` above `[Talk to our team](https://...)`): the outro from there.
  const callToAct = blocks.findIndex((b, i) => {
    if (i <= lastTurn || i >= bodyEnd || b.kind !== 'para' || b.label || !(b.bold || wholeEmphasis(b.node)) || !ASKS.test(b.text)) return false;
    let j = i + 1;
    while (j < bodyEnd && linkOnly(blocks[j]!)) j++;
    return j > i + 1 && !blocks.slice(j, bodyEnd).some((x) => x.label);
  });
  if (lastTurn !== -1 && callToAct !== -1) bodyEnd = callToAct;
  // A rule (`---`) after the last turn, with nobody's label after it: what follows is the publisher's.
  const ruled = lastTurn === -1 ? -1 : blocks.findIndex((b, i) => i > lastTurn && i < bodyEnd && breaks.some((l) => l > blocks[i - 1]!.endLine && l < b.line));
  if (ruled !== -1) bodyEnd = ruled;
  // A paywall's notice removed (`Abonnez-vous pour lire la suite`): the page's words after it, no
  // label nor a question set apart among them, are the publisher's, not the last answer's.
  if (options.paywallLine != null) {
    const walled = blocks.findIndex((b, i) => i > bodyStart && b.line > options.paywallLine!);
    if (walled !== -1 && walled < bodyEnd && !blocks.slice(walled, bodyEnd).some((b) => b.label || b.dash || setApartQuestion(b))) bodyEnd = walled;
  }
  // Turns set in quotes, each exchange a quote (`> **Tom:** ...` / `> **Maria:** ...`), every label
  // in one (two speakers' or more, as fromQuotedTranscript asks): the writer's words after the
  // last, outside any quote, are the writer's, not the last answer's ("She had to leave after
  // that. I'm grateful for her time.").
  if (lastTurn !== -1 && turnsQuoted(blocks)) {
    bodyEnd = Math.max(lastTurn + 1, blocks.findLastIndex((b, i) => i < bodyEnd && b.quoted) + 1);
  }
  const marker = blocks.findIndex((b) => b.outroMarker);
  if (marker !== -1 && marker > bodyStart) bodyEnd = Math.min(bodyEnd, marker);
  else {
    // Closing notes, and reference links, after the last turn: the publisher's notes (not a
    // speaker's own words that mention a newsletter: "I also write a newsletter"), a correction
    // or an update, a footnote's text, a note on someone who speaks ("Tom Becker is a staff
    // writer..."), in the third person.
    let allText: string | undefined;
    /** A footnote's text whose mark the words before it carry (`...eventually.²`, then `² Federal Highway...`). */
    const markedNote = (b: Block) => {
      const mark = FOOTNOTE_MARKED.exec(b.text)?.[1];
      if (!mark) return false;
      allText ??= blocks.map((x) => x.text).join('\n');
      return allText.indexOf(mark) < allText.indexOf(b.text);
    };
    // (The date the page was published or changed, alone on its line under the last answer, `3 marzo 2026 (modifica il 3 marzo 2026 | 10:12)`.)
    const stampedDate = (b: Block) => b.singleLine && !endsLikeSentence(b.text.replace(/\)$/, '')) && wordCount(b.text) <= 12 && (isDateline(b.text) || /^\d{1,2}\.? \p{L}+ \d{4}\b|^\p{L}+ \d{1,2},? \d{4}\b/u.test(b.text.trim())) && statedDate(null, [b.text]) != null;
    // (The interviewer's name alone on the last line, as a French paper signs its interview: `Tom Becker`.)
    // (Or anyone's name alone there, not under a question it would answer: a signature or a credit,
    // `Ana Silva`, or a label left without words.)
    const signed = (b: Block) => {
      if (b !== blocks[blocks.length - 1] || !b.singleLine || !fullNameAlone(b.text)) return false;
      const above = blocks[blocks.length - 2];
      return [...byKey.values(), unlabelledSide].some((v) => v != null && v.role === 'interviewer' && foldName(v.name) === foldName(b.text.trim())) || (above != null && above.kind === 'para' && !ASKS.test(above.text.slice(above.strip)) && !above.bold && !wholeEmphasis(above.node));
    };
    // (A call to the reader in italics with its link, as a company's page closes a Q&A with its team:
    // `*Want to join Maria's team? [See our open roles](https://...).*`; or with an address to write
    // to, as a paper closes its readers' questions, `*Have a question for Maria? Write to us at questions@example.org.*`.)
    const calling = (b: Block) => wholeEmphasis(b.node) && (linkIn(b.node) || /[^\s@]+@[^\s@]+\.\p{L}{2,}/u.test(b.text)) && (READER_ADDRESS.test(b.text) || READER_QUESTION.test(b.text.trim()));
    // (A byline's word alone above the name, as a broadcaster's page sets it under the transcript, `By —` / `Tom Becker`.)
    const bylineAbove = (b: Block) => b.singleLine && /^(?:by|von|par|por|di|door|av|af)\s*[—–:-]?$/i.test(b.text.trim()) && fullNameAlone(blocks[blocks.indexOf(b) + 1]?.text ?? '');
    // (A key to the labels, each and the name it stands for, `*RP = Rhine Post; ML = Maria Lopez, chief inspector.*`.)
    const labelKey = (b: Block) => {
      const parts = b.text.trim().replace(/^[*_(\[]+|[*_)\].]+$/g, '').split(/\s*[;,]\s*(?=[^\s=;,]{1,12}\s*[=–—]\s)/);
      return parts.every((p) => {
        const m = /^([^\s=;,]{1,12})\s*[=–—]\s*(.+)$/.exec(p);
        const sp = m ? byKey.get(m[1]!) : undefined;
        return sp != null && foldName(m![2]!).startsWith(foldName(sp.name));
      });
    };
    const note = (b: Block) => b.kind === 'para' && !b.label && b.override == null && (signed(b) || bylineAbove(b) || calling(b) || labelKey(b) || (isPublisherNote(b.text, fm.publication) && !speakersOwn(b.text)) || CLOSING_NOTE.test(b.text) || markedNote(b) || ((CREDIT_LINE.test(b.text) || SHOW_CREDIT.test(b.text) || STAFF_CREDIT.test(b.text)) && !FIRST_PERSON.test(b.text.replace(OUR_STAFF, ''))) || FOOTNOTE_DEFINITION.test(b.text) || aboutSpeaker(b.text) || (lastTurnGuest && SIGN_OFF.test(b.text)) || closingByline(b.text) || stampedDate(b) || ((!dashFormat || b === signature) && SIGNATURE.test(sourceLines[b.line - 1]?.trim() ?? '')) || (b === blocks.at(-1) && (attributed(b.text) != null || writerSigned(b.text))) || VIEWS_DISCLAIMER.test(b.text.replace(/[*_]/g, '').trim()) || AS_OF_INTERVIEW.test(b.text.replace(/[*_]/g, '').trim()));
    // (Never the words right under a question set apart, which answer it: "Subscribe to nothing,
    // question everything." under `**Your motto?**`.)
    const answersApart = answersToSetApart(blocks);
    const answering = (i: number) => answersApart(i) && !LINK_NOTE.test(blocks[i]!.text);
    // (An aside in italics closing the page under answers in plain words, where the questions are
    // set apart in bold, `*Interested in joining us? See our open positions.*`: the publisher's,
    // in no answer's style. Not in the first person singular, as a guest's last words may be.)
    const boldQuestions = blocks.slice(bodyStart, lastTurn + 1).filter(setApartQuestion);
    const asideStyle = boldQuestions.length >= 2 && boldQuestions.every((q) => q.bold) && !blocks.slice(bodyStart, lastTurn + 1).some((x) => x.kind === 'para' && !setApartQuestion(x) && wholeEmphasis(x.node));
    const aside = (b: Block) => asideStyle && b === blocks[bodyEnd - 1] && b.kind === 'para' && !b.label && b.override == null && !b.bold && wholeEmphasis(b.node) && !/(?<![\p{L}])(?:I|I['’]m|I['’]ve|me|my|mine)(?![\p{L}])/u.test(b.text);
    const closing = (b: Block) => note(b) || aside(b) || (b.kind === 'para' && !b.label && b.override == null && LINK_NOTE.test(b.text));
    while (bodyEnd - 1 > bodyStart && bodyEnd - 1 > lastTurn && closing(blocks[bodyEnd - 1]!) && !answering(bodyEnd - 1)) bodyEnd--;
    while (bodyEnd - 1 > bodyStart && note(blocks[bodyEnd - 1]!) && !answering(bodyEnd - 1)) bodyEnd--;
    // (Past a page's short lines between the notes, `TB` under a note, `Partner Center`: the earliest note after the last turn.)
    const short = (b: Block) => b.kind === 'para' && !b.label && b.override == null && b.singleLine && !endsLikeSentence(b.text) && b.text.split(/\s+/).length <= 4;
    for (let i = bodyEnd - 1; i > lastTurn && i > bodyStart && (short(blocks[i]!) || note(blocks[i]!)); i--) if (note(blocks[i]!) && !answering(i)) bodyEnd = i;
    // A show's notes after the last turn, under a line that heads them ("Where to find Maria
    // Lopez:", "In this episode, we cover:", "Links mentioned:"): the publisher's, from that line on.
    const notes = blocks.findIndex((b, i) => i > lastTurn && i > bodyStart && i < bodyEnd && b.kind === 'para' && !b.label && b.override == null && b.singleLine && SHOW_NOTES_HEAD.test(b.text));
    // (So is a block folded away as a page's source writes it, `<details><summary>Show notes</summary>`, read for its summary's words.)
    if (lastTurn !== -1 && notes !== -1) bodyEnd = notes;
    // Footnotes after the last answer as a page sets them, each its number linking back to its mark
    // (`[1](#footnote-anchor-1)`, then the note): the publisher's notes, from the first, where no
    // one speaks after it. (Their marks in the words are raised, no link: src/ingest/html.ts.)
    const firstNote = blocks.findIndex((b, i) => i > bodyStart && i < bodyEnd && noteStart(b) && !blocks.slice(i, bodyEnd).some((x) => x.label || setApartQuestion(x)));
    if (firstNote !== -1) bodyEnd = firstNote;
    // A company's boilerplate after the last answer under its own line, `**About Rhine Works**`,
    // `## Über Rhine Works`, no question, no one speaking nor asking after it: the publisher's, from
    // that line on (it was read as a question, the words under it the guest's answer); not a
    // prompt the guest answers in the first person, "We maintain 4,000 bridges.".
    const about = blocks.findIndex((b, i) => i > bodyStart && i < bodyEnd && i > 0 && (b.kind === 'heading' || (b.kind === 'para' && b.bold && b.singleLine)) && !b.label && ABOUT_HEAD.test(b.text.replace(/[*_]/g, '').trim()) && blocks[i + 1]?.kind === 'para' && !FIRST_PERSON.test(blocks[i + 1]!.text) && !blocks.slice(i + 1, bodyEnd).some((x) => x.label || setApartQuestion(x) || (x.dash && !ABOUT_HEAD.test(x.text.replace(/[*_]/g, '').trim()))));
    if (about !== -1) bodyEnd = about;
    // (So does a box's own line in bold closed by a colon, over a list to the page's end, after a
    // labelled last turn, `**Results:**` above `- 2 weeks to 1 day ...`: the page's, not her words.)
    const box = lastTurn !== -1 && blocks[lastTurn]!.label != null ? blocks.findIndex((b, i) => i > lastTurn && i < bodyEnd && b.kind === 'para' && b.bold && b.singleLine && !b.label && /^[^.!?？]{2,40}[:：]$/u.test(b.text.replace(/[*_]/g, '').trim()) && wordCount(b.text) <= 4 && blocks[i + 1]?.node.type === 'list' && blocks.slice(i + 1, bodyEnd).every((x) => x.node.type === 'list' && !x.label)) : -1;
    if (box !== -1) bodyEnd = box;
    // (And the notes right above those, past the last turn: the show's credits above its `Sources:`.)
    if (notes !== -1 || firstNote !== -1) while (bodyEnd - 1 > bodyStart && bodyEnd - 1 > lastTurn && note(blocks[bodyEnd - 1]!) && !answering(bodyEnd - 1)) bodyEnd--;
  }

  const toPara = (b: Block, strip = 0): Paragraph => {
    if (strip > 0) stripLeading(b.node, strip);
    // A note on how the words are said, set in the label (`Tom Becker (laughing):`), stays with the words.
    if (strip > 0 && b.label?.note && b.node.type === 'paragraph') b.node.children.unshift({ type: 'text', value: `${b.label.note} ` });
    // Soft line breaks read as spaces (a hard-wrapped or one-sentence-per-line paragraph is one paragraph).
    // (Each line trimmed, then joined: a pattern for the spaces around a line break would try each
    // space of a long run of them.)
    const raw = strip > 0 ? plainText(b.node).trim() : b.text;
    const text = raw.includes('\n') ? raw.split('\n').map((l, i, all) => trimMarks(l, ' \t', i > 0, i < all.length - 1)).join(' ') : raw;
    // A heading kept as a paragraph of the intro or the outro (a subtitle, "Photo credits") is one on the page too.
    const node: RootContent = b.node.type === 'heading' ? { type: 'paragraph', children: b.node.children } : b.node;
    return { line: b.line, text, html: blocksToHtml([node]) };
  };
  const intro = blocks
    .slice(0, bodyStart)
    .filter((_, i) => i !== titleIdx && i !== kickerIdx)
    .map((b) => {
      const p = toPara(b);
      return b.kind === 'para' && INTRO_NOTE_RE.test(b.text) ? { ...p, note: true as const } : p;
    });
  // (A footnote's number alone, linking back to its mark, and its note below it: one paragraph.)
  const outro: Paragraph[] = [];
  const tail = [...blocks.slice(bodyEnd, cut), ...(cited === -1 ? [] : blocks.slice(cited))];
  for (let k = 0; k < tail.length; k++) {
    const b = tail[k]!;
    const next = tail[k + 1];
    if (noteStart(b) && NOTE_NUMBER.test(b.text.trim()) && next?.kind === 'para' && !noteStart(next) && b.node.type === 'paragraph' && next.node.type === 'paragraph') {
      outro.push(toPara({ ...b, text: `${b.text.trim()} ${next.text}`, node: { type: 'paragraph', children: [...b.node.children, { type: 'text', value: ' ' }, ...next.node.children] }, endLine: next.endLine }));
      k++;
    } else outro.push(toPara(b));
  }
  blocks.forEach((b, i) => use(b.line, b.endLine, i === titleIdx || i === kickerIdx ? 'title' : i < bodyStart ? 'intro' : i >= cut && (cited === -1 || i < cited) ? 'chrome' : i >= bodyEnd ? 'outro' : b.kind === 'heading' ? 'heading' : 'turn'));

  // 8. Who says each paragraph of the body.
  const body = blocks.slice(bodyStart, bodyEnd);
  // Speakers who say the words together: their names and role as those speakers' now are.
  for (const s of byKey.values()) if (s.joint) Object.assign(s, { name: jointName(s.key!, s.joint), ...jointRole(s.joint) });
  const speakerOf = attribute(body, byKey, unlabelledSide, guestSide, talk, opener, file, warnings, uncertain, changes);
  if (guestSide) spotlight(body, speakerOf, guestSide, fm.guests.length > 0);

  // One person, one side: a name that asks the unlabelled questions and labels a remark of its own
  // once (`**Becker:** I like the way you put that.`, read as an answer) keeps the side most of its
  // paragraphs are on.
  {
    const sides = new Map<string, Map<Speaker, number>>();
    for (const sp of speakerOf) {
      if (!sp || (sp.role !== 'interviewer' && sp.role !== 'guest')) continue;
      const bySpeaker = sides.get(sp.name) ?? new Map<Speaker, number>();
      bySpeaker.set(sp, (bySpeaker.get(sp) ?? 0) + 1);
      sides.set(sp.name, bySpeaker);
    }
    for (const bySpeaker of sides.values()) {
      const roles = new Map<Role, number>();
      for (const [sp, n] of bySpeaker) roles.set(sp.role, (roles.get(sp.role) ?? 0) + n);
      if (roles.size < 2) continue;
      const [[first, a], [, b]] = [...roles].sort((x, y) => y[1] - x[1]) as [[Role, number], [Role, number]];
      if (a > b) for (const sp of bySpeaker.keys()) if (sp.role !== first) Object.assign(sp, { role: first });
    }
  }
  // A pull quote (words said in the interview, repeated between paragraphs in quotation marks, a
  // blockquote or a heading, as magazines set them) is the words of whoever says them in full,
  // not of whoever spoke last: the interviewer, perhaps.
  for (const [i, j] of pullQuotes(body, sourceLines)) {
    speakerOf[i] = speakerOf[j]!;
    for (let u = uncertain.length - 1; u >= 0; u--) if (uncertain[u]!.line === body[i]!.line) uncertain.splice(u, 1);
  }

  // Two interviews or more in one file, each under a heading that names its guest (`## Maria Lopez,
  // Rhine Works`, then `Q:` and `A:`), the answers labelled by a side word alone: each section's
  // answers are the guest its heading names, said in a warning.
  {
    const answers = [...new Set(body.map((_, i) => speakerOf[i]).filter((s): s is Speaker => s != null && s.role === 'guest'))];
    const headed = body.map((b) => (b.kind === 'heading' ? (SECTION_GUEST.exec(b.text.trim())?.[1] ?? null) : undefined));
    const names = [...new Set(headed.filter((n): n is string => n != null))];
    // (Only where nothing else names the one who answers but one of those headings, "New York, 1999"
    // above a section names a place and a year, and where the introduction names them all and no one
    // else, "We spoke with Maria Lopez and Paul Kim": not an interview whose sections are the people
    // its guest talks about; or, where it names no one, "We asked three engineers", headings each naming
    // a different person once with where she works, `## Maria Lopez, Rhine Bridges`, as a round-up sets
    // them: not parts' titles, `## Early Years`.)
    const introduced = [...namesIn(blocks.slice(0, firstLabel).filter((b) => b.kind === 'para').map((b) => b.text).join('\n')).keys()];
    if (answers.length === 1 && answers[0]!.key != null && isSideWord(answers[0]!.key) && (/^guest$/i.test(answers[0]!.name) || names.includes(answers[0]!.name)) && names.length >= 2 && ((names.every((n) => introduced.includes(n)) && introduced.every((n) => names.includes(n))) || (introduced.length === 0 && names.length === headed.filter((n) => n != null).length && body.every((b, i) => headed[i] == null || /^[^,(]+\s*(?:,|\()\s*\S/u.test(b.text.trim()))))) {
      let current: string | null = null;
      const under: (string | null)[] = body.map((_, i) => (headed[i] !== undefined ? (current = headed[i]!) : current));
      if (body.every((_, i) => speakerOf[i] !== answers[0] || under[i] != null)) {
        const as = new Map(names.map((n) => [n, { ...answers[0]!, name: n, roleConfidence: 0.8 }]));
        body.forEach((_, i) => {
          if (speakerOf[i] === answers[0]) speakerOf[i] = as.get(under[i]!)!;
        });
        warnings.push(warning(file, null, `the answers of each section are taken for the guest its heading names (${names.join(', ')})`, 'if they are someone else\'s, label them with the name (`Maria Lopez: ...`)'));
      }
    }
  }

  // A paragraph set wholly in bold or italics that says no question, right after a question set so
  // and above the other side's words (`**Why do bridges fail?**` / `**More money for inspections.**` /
  // `That's it, really.`), read as the question's: the answer's first words set apart, perhaps; reported.
  const setApart = (b: Block | undefined) => b != null && b.kind === 'para' && !b.label && (b.bold || wholeEmphasis(b.node));
  for (const [i, b] of body.entries()) {
    const [before, after] = [body[i - 1], body[i + 1]];
    if (!setApart(b) || ASKS.test(b.text) || !setApart(before) || !ASKS.test(before!.text) || !after || after.kind !== 'para' || after.label || !speakerOf[i] || speakerOf[i] !== speakerOf[i - 1] || !speakerOf[i + 1] || speakerOf[i + 1] === speakerOf[i] || uncertain.some((u) => u.line === b.line)) continue;
    uncertain.push({ line: b.line, text: b.text.slice(0, 120), speaker: speakerOf[i]!.name, alternative: speakerOf[i + 1]!.name, confidence: 0.6 });
  }

  // Paragraphs whose side a guess decided (a dashed answer ending in a question of its own): reported.
  for (const [i, b] of body.entries()) {
    if (!guessedSide.has(b) || uncertain.some((u) => u.line === b.line)) continue;
    const other = speakerOf.find((sp, j) => j !== i && sp && sp.role !== speakerOf[i]!.role);
    uncertain.push({ line: b.line, text: b.text.slice(0, 120), speaker: speakerOf[i]!.name, alternative: other?.name ?? 'the other side', confidence: 0.6 });
  }

  // The publisher speaking between turns ("Subscribe to Rivers and Roads...", "This interview has
  // been edited for length"), where the words would be the guest's: nobody's words in the interview.
  // (After the host's turn, the host may read it out: the host's words.)
  // (Not the words right under a question set apart, in a file that sets its questions so: its answer.)
  const answersInBody = answersToSetApart(body);
  const publisherNotes = new Set(body.flatMap((b, i) => (b.kind === 'para' && !b.label && b.override == null && speakerOf[i]!.role !== 'interviewer' && !answersInBody(i) && (MID_NOTE_RE.test(b.text) || UNDERWRITING.test(b.text) || THANKS_NOTE.test(b.text)) && b.text.split(/\s+/).length <= 40 ? [i] : [])));
  for (const i of publisherNotes) {
    const b = body[i]!;
    for (let l = b.line; l <= b.endLine; l++) if (sourceLines[l - 1]?.trim()) removed.push({ line: l, text: sourceLines[l - 1]!, kind: 'chrome', reason: "site chrome (the publisher's note between turns)" });
    use(b.line, b.endLine, 'chrome');
  }

  // A short line closed by a colon ending a turn right above someone else's label (`Timber
  // bridges:`), read as the words of whoever spoke last: a part's heading, perhaps; said (once: a
  // name kept alone as words is said already).
  for (const [i, b] of body.entries()) {
    const next = body[i + 1];
    if (b.kind !== 'para' || b.label || b.override != null || !colonHeading(b) || !next?.label || speakerOf[i + 1] === speakerOf[i] || uncertain.some((u) => u.line === b.line) || warnings.some((w) => w.line === b.line)) continue;
    warnings.push(warning(file, b.line, `"${b.text.trim().slice(0, 60)}" is read as the end of ${speakerOf[i]!.name}'s turn, right above ${speakerOf[i + 1]!.name}'s`, `if it heads a part of the interview, mark it as a heading (\`## ${b.text.trim().replace(/\s*[:：]$/u, '').slice(0, 60)}\`)`));
  }

  // A full name alone on its line between the turns, read as a part's heading, the words under it
  // unlabelled (`Paul Kim` / `And money.`, among names alone above the words that speak twice or
  // more): the words go on as the last speaker's; said, as the name may be a panelist speaking once.
  const labelledAbove = body.filter((b) => b.label);
  const namesAbove = labelledAbove.length >= 3 && labelledAbove.filter((b) => b.labelLine != null).length >= 0.8 * labelledAbove.length;
  for (const [i, b] of body.entries()) {
    const next = body[i + 1];
    if (!namesAbove || b.kind !== 'heading' || b.markdownHeading || i === 0 || !fullNameAlone(b.text) || !next || next.kind !== 'para' || next.label || !speakerOf[i + 1] || foldName(speakerOf[i + 1]!.name) === foldName(b.text.trim()) || warnings.some((w) => w.line === b.line)) continue;
    warnings.push(warning(file, b.line, `"${b.text.trim()}" alone on its line is read as a part's heading, and the words under it as ${speakerOf[i + 1]!.name}'s`, `if ${b.text.trim()} speaks them, label them (\`${b.text.trim()}: ...\`)`));
  }

  // A paragraph opening with a full name and a colon that labels nothing else, right under a turn's
  // labelled paragraph (`Tom Becker: And the cables?`, then `Paul Kim: Corrosion, mostly.` once),
  // read as the words of whoever spoke last: a quotation, perhaps, or a panelist speaking once;
  // said, so that the front matter can name them.
  // (Or right under a question no label opens, a name of one word too, or in Chinese, Japanese or
  // Korean script, `What about steel?` / `Kim: It rusts.`: a panelist answering once, perhaps.)
  for (const [i, b] of body.entries()) {
    const above = i > 0 ? body[i - 1]! : null;
    const underQuestion = above != null && !above.label && above.kind === 'para' && ASKS.test(above.text);
    if (b.kind !== 'para' || b.label || b.override != null || !above || !(above.label || underQuestion) || !speakerOf[i] || uncertain.some((u) => u.line === b.line) || warnings.some((w) => w.line === b.line)) continue;
    const m = /^\p{Lu}[^:：\n]{2,40}[:：]\s/u.test(b.text) || underQuestion ? matchLabel(b.text) : null;
    const named = m != null && (FULL_NAME_KEY.test(m.key) || (underQuestion && (ONE_NAME.test(m.key) || CJK_NAME_KEY.test(m.key)) && !NOTE_KEY.test(m.key)));
    if (!m || !named || m.time != null || !couldBeSpeaker(m.key) || TITLE.test(m.key.split(/\s+/)[0]!) || byKey.has(m.key)) continue;
    warnings.push(warning(file, b.line, `\`${m.key}:\` labels no other turn; the paragraph is read as ${speakerOf[i]!.name}'s words`, `if ${m.key} speaks here, list the speakers in the front matter (\`speakers: [${[...new Set([...byKey.values()].filter((v) => FULL_NAME_KEY.test(v.name) || (v.key != null && roleWord(v.key) == null && !isPlaceholder(v.key))).map((v) => v.name)), m.key].join(', ')}]\`)`));
  }

  // 9. Sections and turns.
  const headingBlocks = body.filter((b) => b.kind === 'heading');
  // A chapter's time before or after its heading (`(00:12:30) – The Rhine`, `The Rhine [00:12:30]`) is not part of its name,
  // nor is the colon a plain text closes a heading line with (`Kernel vs Multi-Process:` heads the part `Kernel vs Multi-Process`).
  // (A heading over lines, as a hard-wrapped record centres it, is one line.)
  // (A bar or a block before it, as Chinese posts mark their parts, `▍01 从锤子开始`, is no word of it.)
  // (Nor its attributes, as kramdown, Pandoc and Hugo write them after its words, `## Water {#water}`:
  // the id it gives is the section's, so that the page's own links to it still lead there.)
  const headingText = (b: Block) => withoutTimeAfter(b.text.replace(/\s*\n\s*/g, ' ').replace(HEADING_ATTRIBUTES, '').replace(/^[▍▌▎▏▐█丨｜■◆●▶►]\s*/u, '').replace(CHAPTER_TIME, '')).replace(/(?<=[^\s:：])\s*[:：]$/u, '') || b.text;
  const usedIds = new Set<string>();
  const sectionIds = headingIds(headingBlocks.map(headingText)).map((id, i) => {
    const given = HEADING_ATTRIBUTES.exec(headingBlocks[i]!.text.trim())?.[0].match(/(?<=[{\s])#([A-Za-z][\w-]{0,80})(?=[\s}])/)?.[1];
    let s = given ?? (id || `section-${i + 1}`);
    if (RESERVED_IDS.has(s)) s = `section-${s}`;
    // (One given twice, or the one another heading's words make: numbered, as the words' ids are.)
    for (let n = 1, base = s; usedIds.has(s); n++) s = `${base}-${n}`;
    usedIds.add(s);
    return s;
  });
  const taken = new Set<string>([...RESERVED_IDS, ...sectionIds]);
  // A side no name is found for, labelled by a word naming a person (`Entrevistador:`,
  // `Interviewee:`): shown by that word as written, in the file's language, not "Interviewer".
  let unnamedGuestAs: string | null = null;
  const shownName = (sp: Speaker): string => {
    if ((sp.name !== 'Interviewer' && sp.name !== 'Guest') || sp.key == null || !isPersonSideWord(sp.key)) return sp.name;
    const as = capitalise(sp.key);
    if (sp.name === 'Guest' && sp.role === 'guest') unnamedGuestAs = as;
    return as;
  };
  const sections: Section[] = [];
  let current: Section | null = null;
  let turn: Turn | null = null;
  let hIdx = 0;
  let chapter = 0;
  // (The text's own lines heading its parts with the chapters' titles, `Basel` above the turns as
  // `3:12 – Basel` lists it: those head the sections, once, not the chapters again beside them.)
  if (chapters && headingBlocks.length >= 2 && chapters.filter((c) => headingBlocks.some((h) => sameTitle(headingText(h), c.title))).length >= 0.5 * chapters.length) chapters = null;
  const chapterIds = chapters ? headingIds(chapters.map((c) => c.title)).map((id, i) => uniqueId(id || `section-${i + 1}`, taken)) : [];
  body.forEach((b, i) => {
    if (publisherNotes.has(i)) return;
    // (The chapter that has begun by this turn's time opens a section: the first turn at or after it.)
    if (chapters && b.label && b.time != null && chapter < chapters.length && b.time >= chapters[chapter]!.time) {
      while (chapter + 1 < chapters.length && b.time >= chapters[chapter + 1]!.time) chapter++;
      const c = chapters[chapter]!;
      current = { id: chapterIds[chapter]!, heading: c.title, line: b.line, turns: [] };
      sections.push(current);
      turn = null;
      chapter++;
    }
    if (b.kind === 'heading') {
      current = { id: sectionIds[hIdx++]!, heading: headingText(b), line: b.line, turns: [] };
      sections.push(current);
      turn = null;
      return;
    }
    if (!current) {
      current = { id: uniqueId('interview', taken), heading: null, line: b.line, turns: [] };
      sections.push(current);
    }
    const sp = speakerOf[i]!;
    // The speaker's own name as a label the file uses once (`**Maria Lopez:** The Rhine.` among
    // unlabelled answers): attributed to her all the same, it is a label, not her words.
    if (!b.label && b.strip === 0 && b.kind === 'para') {
      const own = matchLabel(b.text);
      // (Or her surname so, `Lopez: My father...`, `ロペス　点検は...` under `マリア・ロペス`.)
      const parts = sp.name.split(/[\s・·]+/);
      if (own && (foldName(own.key) === foldName(sp.name) || foldName(own.key) === foldName(parts.at(-1)!))) b.strip = own.length;
    }
    const para = toPara(b, b.strip);
    const t = turn as Turn | null;
    const name = shownName(sp);
    // Two labels in a row for one person are one turn. (Not a tool's placeholder for voices it could
    // not tell apart, unnumbered, labelled again at another time, `Unknown Speaker  00:10` / `Unknown
    // Speaker  00:12`: maybe another voice, a turn of its own at its own time. `Speaker 3` is one voice.)
    const again = t != null && b.label != null && sp.key != null && isPlaceholder(sp.key) && !/\s(?:\d{1,2}|[A-Z])$/.test(sp.key) && b.time != null && t.time != null && b.time !== t.time;
    if (t && t.speaker === name && t.role === sp.role && !again) {
      t.paragraphs.push(para);
    } else {
      turn = { id: '', speakerKey: sp.key, speaker: name, role: sp.role, paragraphs: [para], line: b.line, time: b.time };
      (current as Section).turns.push(turn);
    }
  });
  for (const s of sections)
    for (const t of s.turns) t.id = uniqueId(turnBaseId(speakerPrefix(t.speakerKey, t.speaker), t.paragraphs[0]!.text), taken);

  const people = [...body.keys()].map((i) => speakerOf[i]).filter((s): s is Speaker => s != null && !s.joint);
  const namesOf = (role: Role) => [...new Set(people.filter((s) => s.role === role && !/^(guest|interviewer)$/i.test(s.name)).map((s) => s.name))];
  const guest = fm.guest ?? (namesOf('guest').join(', ') || null);
  const interviewer = fm.interviewer ?? (namesOf('interviewer').join(', ') || null);
  const confidentShare = 1 - uncertain.length / Math.max(1, body.filter((b) => b.kind === 'para').length);
  if (uncertain.length >= 3 && confidentShare < 0.5)
    warnings.push(warning(file, null, `the speaker of ${uncertain.length} paragraphs is a guess (more than half of the interview)`, 'label each turn (`Name: ...`), or see `npm run review -- <file>` for the lines to paste'));
  // A guest's name read from the introduction, or shown as "Guest" because nothing names them (or
  // it names several equally often): said so where some turn shows it (a two hosts' show, every
  // turn labelled, needs no guest).
  const shown = (n: string) => sections.some((s) => s.turns.some((t) => t.speaker === n && t.role === 'guest')) || (n === 'Guest' && unnamedGuestAs != null);
  const guestAs = `"${unnamedGuestAs ?? 'Guest'}"`;
  if (tiedGuests.length && shown('Guest')) warnings.push(warning(file, null, `the guest is shown as ${guestAs}: the introduction names ${tiedGuests.join(' and ')} equally often`, `give \`guest: Full Name\` in the front matter`));
  else if (shown('Guest')) warnings.push(warning(file, null, `the guest is shown as ${guestAs}: nothing before the interview names them`, 'give `guest: Full Name` in the front matter'));
  if (repliedGuest && shown(repliedGuest)) warnings.push(warning(file, null, `the answers are taken for ${repliedGuest}'s, who sends the e-mail replying to ${options.email!.reply!.recipient}'s questions`, `if the answers are someone else's, give \`guest: Full Name\` in the front matter`));
  for (const [idler, side, role] of [[idleGuest, 'answers', 'guest'], [idleInterviewer, 'questions', 'interviewer']] as const) {
    if (!idler || !sections.some((s) => s.turns.some((t) => t.speaker === idler.name && t.role === role))) continue;
    idler.note.message += `; the unlabelled ${side} are taken for ${idler.name}'s`;
    idler.note.fix = `if they are someone else's, give \`${role}: Full Name\` in the front matter`;
  }
  if (stackedByline && sections.some((s) => s.turns.some((t) => t.speaker === stackedByline!.name && t.role === 'interviewer'))) warnings.push(warning(file, stackedByline.line, `the questions are taken for ${stackedByline.name}'s, the first of two names alone above the date (the second, "${stackedByline.other}", read as where it was written)`, `if the questions are someone else's, give \`interviewer: Full Name\` in the front matter`));
  if (guessedGuest && shown(guessedGuest)) warnings.push(warning(file, null, `the guest's name, ${guessedGuest}, is taken from ${guessedFrom}`, `if the answers are someone else's, give \`guest: Full Name\` in the front matter`));
  // A part that only names the transcript and holds no turn, right above the first part it holds
  // (`**Transcript**` over the chapter `Intro`): the page's word for what follows, no part of it.
  const firstPart = sections.findIndex((s) => s.heading != null);
  const parts = sections.filter((s, k) => !(k === firstPart && s.turns.length === 0 && TRANSCRIPT_LINE.test(s.heading!.trim()) && sections[k + 1]?.heading != null));
  for (const s of sections) if (!parts.includes(s)) removed.push({ line: s.line, text: sourceLines[s.line - 1] ?? s.heading!, kind: 'chrome', reason: 'the word naming the transcript, heading no part of it' });
  const titleLine = titleIdx === -1 ? (subjectTitle?.line ?? null) : blocks[titleIdx]!.line;
  const titleNote = titleLine == null ? undefined : aloneNotes.get(titleLine);
  if (titleNote && warnings.includes(titleNote)) warnings.splice(warnings.indexOf(titleNote), 1);
  return { title, titleLine, guest, interviewer, intro, sections: parts.filter((s) => s.turns.length > 0 || s.heading != null), outro, warnings, lineUse, uncertain: uncertain.sort((a, b) => a.line - b.line), removed };
}


const NOT_SITE_WORDS = new Set(['www', 'com', 'org', 'net', 'edu', 'gov', 'html', 'http', 'https', 'blog', 'news', 'the']);

/**
 * A foreign name as Chinese writes it, its parts apart by a middle dot (`玛丽亚·洛佩兹`), that the
 * dek names: a person's name for sure. Chinese sets no space around it ("创始人玛丽亚·洛佩兹："), so
 * its extent is what all its occurrences in the text share around the dot; none is taken unless
 * it occurs twice or more, apart from its neighbours somewhere or short.
 */
function hanDottedName(dek: string, all: string): string | null {
  const DOTTED = /(\p{Script=Han}{1,8})[·・](\p{Script=Han}{1,8})/gu;
  const seen = new Map<string, number>();
  const inDek = [...dek.matchAll(DOTTED)].slice(0, 20);
  if (!inDek.length) return null;
  const everywhere = [...all.matchAll(DOTTED)];
  for (const m of inDek) {
    const key = `${m[1]!.at(-1)}·${m[2]![0]}`;
    const around = everywhere.filter((o) => `${o[1]!.at(-1)}·${o[2]![0]}` === key);
    if (around.length < 2) continue;
    let left = around[0]![1]!;
    let right = around[0]![2]!;
    for (const o of around) {
      while (!o[1]!.endsWith(left)) left = left.slice(1);
      while (!o[2]!.startsWith(right)) right = right.slice(0, -1);
    }
    if (left.length <= 4 && right.length <= 5) seen.set(`${left}·${right}`, around.length);
  }
  return [...seen].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/**
 * A foreign name as Japanese writes it, in katakana with a middle dot (`マリア・ロペス`), that the
 * dek names and the text gives an honorific somewhere (`マリア・ロペス氏`): a person, not a term
 * written the same way (`データ・サイエンス`). The one the text writes most.
 */
function kanaDottedName(dek: string, all: string): string | null {
  const DOTTED = new RegExp(KANA_DOTTED, 'gu');
  const inDek = new Set([...dek.matchAll(DOTTED)].slice(0, 20).map((m) => m[0]));
  let best: [string, number] | null = null;
  for (const n of inDek) {
    if (!new RegExp(`${escapeRe(n)}(?:氏|さん|先生|様|教授|博士)`, 'u').test(all)) continue;
    const count = all.split(n).length - 1;
    if (!best || count > best[1]) best = [n, count];
  }
  return best?.[0] ?? null;
}

/** Words of the addresses a page links to: `telecom-paris.fr` gives telecom, paris. */
function siteWords(lines: string[]): Set<string> {
  const out = new Set<string>();
  for (const l of lines) for (const m of l.matchAll(/https?:\/\/([a-z0-9.-]+)/gi)) for (const w of m[1]!.toLowerCase().split(/[.-]/)) if (w.length >= 3 && !NOT_SITE_WORDS.has(w)) out.add(w);
  return out;
}

/**
 * Letters that say a side elsewhere (`A:` answers, `I:` interviews, `R:` responds) but letter the
 * speakers of this file, with every other single letter among its labels:
 * - `A:` beside `B:` (and `C:`), no letter or word of the other side: speakers lettered in turn;
 * - `I:` and `R:` (or `P:`, `D:`, `F:`) where the one the letter says asks asks in a quarter of its
 *   turns at most and the other in half or more, three turns each: a study's `R:` researcher and
 *   `I:` interviewee, not the other way round.
 * `Q:` always asks.
 */
function lettersAsNames(blocks: Block[], declared: Set<string>): Set<string> {
  const labelled = blocks.filter((b) => b.label);
  const keys = [...new Set(labelled.map((b) => b.label!.key))];
  // (Not where the front matter names one of them: its word holds.)
  if (keys.some((k) => /^\p{Lu}$/u.test(k) && declared.has(k.toLowerCase()))) return new Set();
  const side = (k: string) => { const r = roleWord(k); return r === 'interviewer' || r === 'guest' ? r : null; };
  const letters = keys.filter((k) => /^\p{Lu}$/u.test(k) && k !== 'Q');
  const sided = letters.filter((k) => side(k) && isSideWord(k));
  if (!sided.length) return new Set();
  const sides = new Set(keys.map(side).filter(Boolean));
  if (sides.size === 1 && letters.some((k) => !roleWord(k))) return new Set(letters);
  if (sides.size === 2 && keys.filter(side).every((k) => sided.includes(k))) {
    const asks = (s: Role) => {
      const said = labelled.filter((b) => side(b.label!.key) === s);
      return said.length >= 3 ? said.filter((b) => /[?？؟]/.test(b.text)).length / said.length : null;
    };
    const [i, g] = [asks('interviewer'), asks('guest')];
    if (i != null && g != null && i <= 0.25 && g >= 0.5) return new Set(letters);
  }
  // (Two letters both of the asking side, `I:` and `P:`: one asks, the other answers.)
  if (sides.size === 1 && letters.length >= 2 && letters.every((k) => side(k) === 'interviewer') && keys.filter(side).every((k) => letters.includes(k))) {
    const ratios = letters.map((k) => asksIn(labelled, k));
    if (ratios.every((r) => r != null) && ratios.filter((r) => r! >= 0.5).length === 1 && ratios.filter((r) => r! <= 0.25).length === letters.length - 1) return new Set(letters);
  }
  return new Set();
}

/** How many of a label's turns ask, of three turns or more. */
function asksIn(labelled: Block[], key: string): number | null {
  const said = labelled.filter((b) => b.label!.key === key);
  return said.length >= 3 ? said.filter((b) => /[?？؟]/.test(b.text)).length / said.length : null;
}

/** A blog's count of the comments on a post, by its title: `2 thoughts on “...”`, `3 comments on "..."`, `One response to “...”`. */
/** A line that only names a page's box of links to other pages (RELATED_RE), its colon perhaps: `Lire aussi`, `関連記事`. */
const RELATED_WHOLE_LINE = new RegExp(String.raw`(?:${RELATED_RE.source})\s*[:：]?$`, 'iu');
const COMMENTS_ON = /^(?:\d+|one|no)\s+(?:thoughts?|comments?|responses?|replies) (?:on|to)\s+[“"«‘'][^“”"«»]{1,150}[”"»’']$/iu;

/** A name made mostly of the words of a site's address, or spelling its one word, is the site's, not a person's. */
function isSiteName(text: string, site: Set<string>): boolean {
  const ws = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length >= 2);
  if (ws.length >= 2 && ws.join('').length >= 8 && site.has(ws.join(''))) return true; // "Bridge Notes" at bridgenotes.example
  return ws.length > 0 && ws.filter((w) => site.has(w)).length >= Math.max(2, Math.ceil(0.6 * ws.length));
}

/** A title's letters and figures alone, in small letters: spacing, case and punctuation aside. */
function titleWords(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');
}

/** Two titles are the same when one holds the other (spacing, case and punctuation aside) and is most of it. */
function sameTitle(a: string, b: string): boolean {
  const [x, y] = [titleWords(a), titleWords(b)];
  if (!x || !y) return false;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return long.includes(short) && short.length >= 0.5 * long.length;
}

/** A writer telling of the interview in the first person: "joined me for the interview", "I spoke with", "I sat down with", "I interviewed"; "Ich sprach mit", "habe ich mit ... gesprochen", "j'ai rencontré", "hablé con", "ho parlato con", "falei com". */
const INTERVIEWED_ME = /(?<![\p{L}])(?:joined me (?:for|on|to)|(?:I|we) (?:spoke|talked|sat down|caught up) with|I interviewed|I asked (?:her|him|them)(?![\p{L}])|[Ii]ch (?:sprach|traf) |habe ich mit |[Jj]['’]ai (?:parlé|discuté|rencontré)|[Hh]ablé con|[Hh]o (?:parlato|incontrato)|[Ff]alei com)/u;

/** The front matter's author is the interviewer only where another field or the text names them too. */
function corroborated(author: string, fm: FrontMatter, blocks: Block[]): boolean {
  const a = foldName(author);
  if (!/\s/.test(a)) return false;
  if (fm.publication && foldName(fm.publication).includes(a)) return true;
  if (blocks.some((b) => foldName(b.text).includes(a))) return true;
  // (Or where the introduction, above the first turn, tells of the interview in the first person,
  // "Maria joined me for the traditional release interview", "I spoke with Maria Lopez": its writer
  // asked, and the author is its writer.)
  const firstTurn = blocks.findIndex((b) => b.label != null || b.bold || b.dash);
  if (blocks.slice(0, firstTurn === -1 ? 0 : firstTurn).some((b) => b.kind === 'para' && INTERVIEWED_ME.test(b.text))) return true;
  // (Or where the one who answers thanks or greets the author by the first name, "Thanks for
  // having me, Tom.", as a page clipped by a notes app names only its author, `author: [[Tom Becker]]`;
  // not where the file names another in full by that first name, nor the guest.)
  const first = author.trim().split(/\s+/)[0]!;
  const text = blocks.map((b) => b.text).join('\n');
  if (![...greetedFirstNames(text)].some((n) => foldName(n) === foldName(first))) return false;
  const others = [...namesIn(text).keys(), ...fm.guests].filter((n) => /\s/.test(n.trim()) && foldName(n) !== a);
  return !others.some((n) => foldName(n.trim().split(/\s+/)[0]!) === foldName(first));
}

/** A heading naming a person in full, perhaps their place after a comma, a dash, a bar or in parentheses (`Maria Lopez, Senior Inspector`): the name, and whether a job or a place is given. */
function personHeading(text: string): { name: string; jobbed: boolean } | null {
  const t = text.replace(/[*_]/g, '').trim();
  // (Or a colleague met by a first name, as a team's page heads each, `## Meet Maria`, `## Say hello to Jonas, our drone pilot`.)
  const met = MEET.exec(t);
  if (met) return { name: met[1]!, jobbed: met[2] != null && met[2].split(/\s+/).some((w) => isJobWord(w.replace(/\W+$/, ''))) };
  const found = [...namesIn(t).keys()].find((n) => t.startsWith(n));
  if (!found || !/^\S+(?:\s+\S+){1,3}$/.test(found)) return null;
  const rest = t.slice(found.length).trim();
  // (Her job in capitals before her name, `Senior Inspector Maria Lopez`, `Drone Pilot Anna Weiss`: no part of it.)
  const words = found.split(/\s+/);
  const job = words.slice(0, -2).findLastIndex((w) => isJobWord(w)) + 1;
  const name = words.slice(job).join(' ');
  if (rest && !/^(?:[,|:–—(]|-\s)/.test(rest)) return null;
  const place = rest.replace(/^[,|:–—(-]\s*|\)$/g, '').trim();
  return { name, jobbed: job > 0 || place.split(/\s+/).some((w) => isJobWord(w.replace(/\W+$/, ''))) };
}

const MEET = /^(?:Meet|Introducing|Say hello to|Get to know|Lernen Sie|Conoce a|Conozca a|Rencontre avec|Découvrez|Conheça|Vi presentiamo)\s+(?!(?:The|Our|Your|Us|Me|Unser|Unsere|Nuestro|Nuestra|Notre|Nos)\s)(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){0,2})(?:\s+kennen)?(?:\s*(?:[,|:–—(]|-\s)\s*(.{1,60}?)\)?)?\s*[.!]?$/u;

/**
 * A team's spotlight: questions set apart, the answers unlabelled, under headings each naming
 * another person in full (`## Maria Lopez, Senior Inspector`, then `## Jonas Berg, Structural
 * Engineer`): each heading's answers are the words of the one it names, not one "Guest"'s. Two
 * such headings or more, each with its place, or the same questions asked under them (two or more),
 * as a company's blog asks its colleagues. Not where the front matter names the guests.
 */
function spotlight(body: Block[], out: Speaker[], guestSide: Speaker, listed: boolean): void {
  // (Not where the introduction names the one who answers, a historian asked about the engineers
  // her parts are headed by, `## Isambard Brunel, Engineer`: the answers are hers.)
  if (listed || guestSide.name !== 'Guest') return;
  const parts: { name: string; jobbed: boolean; from: number; to: number }[] = [];
  body.forEach((b, i) => {
    if (b.kind !== 'heading') return;
    if (parts.length) parts.at(-1)!.to = i;
    const person = personHeading(b.text);
    parts.push({ name: person?.name ?? '', jobbed: person?.jobbed ?? false, from: i + 1, to: body.length });
  });
  const named = parts.filter((p) => p.name && out.slice(p.from, p.to).includes(guestSide));
  if (named.length < 2 || new Set(named.map((p) => foldName(p.name))).size !== named.length) return;
  // (Every part answering under a heading names its person: not one topic's heading among them.)
  if (parts.some((p) => !p.name && out.slice(p.from, p.to).includes(guestSide))) return;
  if (named.some((p) => out.slice(p.from, p.to).some((s) => s && s !== guestSide && s.role === 'guest'))) return;
  const asked = named.map((p) => new Set(body.slice(p.from, p.to).filter((b, k) => out[p.from + k] != null && out[p.from + k]!.role === 'interviewer').map((b) => b.text.trim().toLowerCase())));
  const shared = [...asked[0]!].filter((q) => asked.slice(1).every((a) => a.has(q))).length;
  if (shared < 2 && !named.every((p) => p.jobbed)) return;
  for (const p of named) {
    const person: Speaker = { key: null, name: p.name, role: 'guest', roleConfidence: 0.9 };
    for (let k = p.from; k < p.to; k++) if (out[k] === guestSide) out[k] = person;
  }
}

/** 0.5 at a margin of 0, near 1 past a margin of 4 (a question mark is worth 3). */
function confidenceOf(margin: number): number {
  return margin === Infinity ? 1 : 1 / (1 + Math.exp(-0.9 * margin));
}
/** Below this, an attribution is reported as uncertain. */
const UNSURE = 0.8;

function attribute(
  body: Block[],
  byKey: Map<string, Speaker>,
  unlabelledSide: Speaker | null,
  guestSide: Speaker | null,
  continuation: boolean,
  opener: Speaker | null,
  file: string,
  warnings: Diagnostic[],
  uncertain: Uncertain[],
  changes: Set<number>,
): Speaker[] {
  const out: Speaker[] = new Array(body.length);
  const all = [...byKey.values()];
  const overrideSpeaker = (b: Block): Speaker | null => {
    if (b.override == null) return null;
    const o = b.override.toLowerCase();
    const found = all.find((s) => s.key!.toLowerCase() === o || s.name.toLowerCase() === o);
    if (found) return found;
    for (const side of [unlabelledSide, guestSide]) if (side && (o === side.role || o === side.name.toLowerCase())) return side;
    const byRole = all.find((s) => s.role === o);
    if (byRole) return byRole;
    warnings.push(warning(file, b.line, `speaker override '${b.override}' names nobody in this transcript`, `use a label key (${all.map((s) => s.key).join(', ')}), a speaker's name, or 'interviewer' / 'guest'`));
    return null;
  };
  // An editor's reference line under a heading (`Blog post: https://...`) is a note, nobody's speech.
  const editor: Speaker = { key: null, name: 'Editor', role: 'other', roleConfidence: 0.9 };
  const translator: Speaker = { key: null, name: 'Translator', role: 'other', roleConfidence: 0.9 };
  let floor: Speaker | undefined;
  /** The audience's voice: its label's where one labels it (`Audience:`), else one of its own. */
  const audience = () => (floor ??= all.find((s) => /^(?:audience|the audience|publikum|public|público)$/i.test(s.name)) ?? { key: null, name: 'Audience', role: 'other', roleConfidence: 0.9 });
  body.forEach((b, i) => {
    const prev = body[i - 1];
    if (b.kind === 'para' && !b.label && b.override == null && LINK_NOTE.test(b.text) && prev && (prev.kind === 'heading' || out[i - 1] === editor)) out[i] = editor;
    // An editor's note between the turns (`**Editor's note:** The city puts it at 4.6 million.`,
    // `[Anm. d. Red.: ...]`) is the editor's, not the words of whoever spoke before it.
    if (b.kind === 'para' && !b.label && b.override == null && EDITOR_NOTE.test(b.text)) out[i] = editor;
    // (A translator's, `[Translator's note: ...]`, `(N.d.T. : ...)`, the translator's.)
    if (b.kind === 'para' && !b.label && b.override == null && TRANSLATOR_NOTE.test(b.text)) out[i] = translator;
    // (A question from the floor the recording missed, `Question from the floor (inaudible)`: the
    // audience's, where it was asked, not the words of the one who spoke before and answers it after.)
    if (b.kind === 'para' && !b.label && b.override == null && b.singleLine && UNHEARD_QUESTION.test(b.text.trim())) out[i] = audience();
  });
  // A writer's words between turns all set in quotes (`> **Tom:** ...`), outside any quote ("We
  // walked along the river to the depot."): the editor's, not the words of whoever spoke before.
  if (turnsQuoted(body)) {
    const [first, last] = [body.findIndex((b) => b.label), body.findLastIndex((b) => b.quoted)];
    body.forEach((b, i) => {
      if (i > first && i < last && !out[i] && b.kind === 'para' && !b.quoted && b.override == null) out[i] = editor;
    });
  }
  // A writer's narration between the answers, telling of the guest by her name ("Lopez pauses and
  // looks out at the river."), no one speaking in it and no question, after her words: the
  // editor's, not hers. (Not right after a question, which it answers: "Lopez did, in 1961."; nor
  // her name and a comma, whom it addresses, "Maria Lopez, thank you.", but before "who".)
  const guests = [...new Set([...all, unlabelledSide, guestSide].filter((s): s is Speaker => s != null && s.role === 'guest' && /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2}$/u.test(s.name)))];
  const guestSet = new Set(guests);
  /** A paragraph opening with the guest's name or surname and what she does (`Lopez pauses`, `Maria Lopez, who is 61, ...`). */
  const tellsOf = (g: Speaker, text: string) => new RegExp(`^(?:(?:Dr|Ms|Mrs|Mr|Prof)\\.?\\s+)?(?:${escapeRe(g.name)}|${escapeRe(g.name.split(/\s+/).at(-1)!)})(?:\\s+\\p{Ll}|,\\s+who\\s)`, 'u').test(text);
  body.forEach((b, i) => {
    const prev = body[i - 1];
    if (!guests.length || out[i] || b.kind !== 'para' || b.label || b.override != null || prev?.kind !== 'para' || prev.override != null) return;
    if (FIRST_PERSON.test(b.text) || /(?<![\p{L}])(?:[Yy]ou|[Yy]our)(?![\p{L}])|[?？]/u.test(b.text) || wordCount(b.text) > 60 || ASKS.test(prev.text.slice(prev.strip))) return;
    // (Her words above it, asking nothing: her label, or plain words, no question set apart, where
    // she is the one guest. Not a panelist's words on another, "Lopez is right: ...".)
    const above = prev.label ? byKey.get(prev.label.key) : !prev.bold && !wholeEmphasis(prev.node) && guests.length === 1 ? guests[0] : undefined;
    if (above && guestSet.has(above) && tellsOf(above, b.text.trim())) out[i] = editor;
  });
  const speakerNames = [...byKey.values()].flatMap((s) => (s.key != null && !roleWord(s.key) ? s.name.split(/\s+/).filter((w) => w.length >= 3) : []));
  /** A box's title: a few words, no sentence, a box's word or a speaker's name in them (`About Maria Lopez`, `Zur Person`). */
  const boxTitle = (title: string) => wordCount(title) <= 8 && !endsLikeSentence(title) && (BOX_TITLE.test(title) || speakerNames.some((w) => new RegExp(`(?<![\\p{L}])${escapeRe(w)}(?![\\p{L}])`, 'u').test(title)));
  // A fact box under its own heading between turns (`## Bridges in numbers`, then a list or a
  // table, then the next labelled turn): the editor's, not the words of whoever spoke before it.
  let turnsBefore = false;
  body.forEach((b, i) => {
    turnsBefore ||= b.label != null;
    if (b.kind !== 'heading' || !turnsBefore) return;
    let end = i + 1;
    // (Or a box's words in prose under its title, `**About Maria Lopez**` / "Born in Seville in
    // 1961, Lopez studied...", none in the first person.)
    // (Not a statement's heading, `Prepared Statement of Maria Lopez`: hers, read below.)
    const box = boxTitle(b.text) && !SPEECH_HEADING.test(b.text);
    while (end < body.length && body[end]!.kind === 'para' && !body[end]!.label && body[end]!.override == null && (body[end]!.node.type === 'list' || body[end]!.node.type === 'table' || (box && !FIRST_PERSON.test(body[end]!.text)))) end++;
    if (end > i + 1 && body[end]?.label) for (let k = i + 1; k < end; k++) out[k] = editor;
  });
  /** The paragraphs of such statements, whose speaker is set. */
  const stated = new Set<number>();
  // A statement under its own heading between turns that names who makes it (`Prepared Statement
  // of Maria Lopez`, as a hearing's record prints the written testimony), up to the next label: hers.
  body.forEach((b, i) => {
    if (b.kind !== 'heading' || !SPEECH_HEADING.test(b.text)) return;
    // (By the surname, as the record names her `Ms. LOPEZ`.)
    const maker = [...new Set(byKey.values())].filter((sp) => sp.key != null && !roleWord(sp.key) && /\s/.test(sp.name) && new RegExp(`(?<![\\p{L}])${escapeRe(foldName(sp.name.split(/\s+/).at(-1)!))}(?![\\p{L}])`, 'u').test(foldName(b.text)));
    if (maker.length !== 1) return;
    for (let k = i + 1; k < body.length && body[k]!.kind === 'para' && !body[k]!.label && body[k]!.override == null && !out[k]; k++) {
      out[k] = maker[0]!;
      stated.add(k);
    }
  });
  // A box quoted between turns under a title in bold of its own (`> **About Maria Lopez**` /
  // `> Born in Seville in 1961, Lopez studied...`), a speaker's name or a box's word in the title,
  // nothing in it in the first person: the editor's, not the words of whoever spoke before it.
  body.forEach((b, i) => {
    if (b.kind !== 'para' || b.label || b.override != null || out[i] || b.node.type !== 'blockquote' || b.node.children.length < 2) return;
    const [head, ...rest] = b.node.children;
    if (wholeStrong(head!) && boxTitle(toString(head!).trim()) && !rest.some((c) => FIRST_PERSON.test(toString(c)))) out[i] = editor;
  });
  // Labelled paragraphs. A nameless "A" answers for the guest who spoke last (a panel's demo).
  let lastGuest: Speaker | null = null;
  for (let i = 0; i < body.length; i++) {
    const b = body[i]!;
    if (!b.label) continue;
    let sp = byKey.get(b.label.key)!;
    // (Not a narrator the resolver set on neither side, beside a guest who labels her own turns.)
    if (roleWord(b.label.key) === 'guest' && sp.role === 'guest' && lastGuest && !roleWord(lastGuest.key ?? '')) sp = { ...sp, name: lastGuest.name, roleConfidence: 0.7 };
    else if (sp.role === 'guest' && !roleWord(sp.key ?? '')) lastGuest = sp;
    out[i] = sp;
  }

  if (guestSide && unlabelledSide) {
    // Printed without names: a dialogue dash opens each question, everything else answers.
    body.forEach((b, i) => {
      if (b.kind === 'heading' || out[i]) return;
      out[i] = overrideSpeaker(b) ?? (b.dash ? unlabelledSide : guestSide);
    });
    return out;
  }
  const preset = (i: number) => out[i] === editor || out[i] === translator || (floor != null && out[i] === floor) || stated.has(i);

  if (!unlabelledSide || continuation) {
    // Both sides labelled (or a talk): an unlabelled paragraph continues whoever spoke last.
    // Before anyone is labelled, statements (not questions) open the interview: a talk or
    // prepared remarks by the one guest.
    let last: Speaker | null = null;
    /** Who spoke before the last speaker. */
    let before: Speaker | null = null;
    const lastOf = new Map<Role, Speaker>();
    /** Who gives the talk: its one guest, labelled or not. */
    const talker = opener ?? (unlabelledSide?.role === 'guest' ? unlabelledSide : null);
    /** Both sides of a quick round are labelled elsewhere: someone asks, someone answers. */
    const labelledRound = all.some((s) => s.role === 'interviewer') && all.some((s) => s.role === 'guest');
    /** A quick round after the host's turn, or after the last label: set at its first paragraph. */
    let roundOpen = false;
    /** For each paragraph, the next labelled one with only unlabelled paragraphs before it (-1: a heading, a note or the end first). */
    const nextLabel: number[] = new Array(body.length).fill(-1);
    for (let j = body.length - 2; j >= 0; j--) {
      const n = body[j + 1]!;
      nextLabel[j] = n.kind === 'heading' || preset(j + 1) || n.override != null ? -1 : n.label ? j + 1 : nextLabel[j + 1]!;
    }
    /** The next labelled paragraph, with only unlabelled ones before it, is the same speaker's. */
    const relabelled = (i: number, sp: Speaker) => nextLabel[i] !== -1 && out[nextLabel[i]!]?.name === sp.name;
    /** The file labels a speaker's paragraphs again one after the other (a time with each): a label is no change of speaker there. */
    const relabels = body.some((b, j) => j > 0 && b.label && body[j - 1]!.label && out[j]?.name === out[j - 1]?.name);
    // A house style: each labelled question a paragraph in bold, label and all (`**WIRED: How did
    // it start?**`), two or more, and no answer so. A bold question whose label was dropped is
    // then the interviewer's, the plain paragraphs after it the answer of the guest who spoke last.
    const labelledAs = (role: Role) => body.filter((b, j) => b.label && out[j]?.role === role);
    const boldAsking = labelledAs('interviewer').length >= 2 && labelledAs('interviewer').every((b) => b.bold) && labelledAs('guest').every((b) => !b.bold);
    /** The last labelled paragraph before paragraph i ends on a colon: what follows is announced, the same speaker's. */
    const announces = (i: number) => {
      const j = body.findLastIndex((x, k) => k < i && x.label != null);
      return j !== -1 && ANNOUNCING.test(body[j]!.text);
    };
    // (Or, whatever the house style, a short question set apart in italics or bold inside the
    // guest's turn, her plain words going on under it, `*Nine?*`: the interviewer's follow-up.)
    const plainWords = (x: Block | undefined) => x != null && x.kind === 'para' && !x.label && x.override == null && !x.bold && !wholeEmphasis(x.node);
    const setApartAsks = (i: number) => {
      const b = body[i]!;
      // (Not a quick round's, read below; nor where the guest's labelled words are set so too.)
      const style = b.bold ? (x: Block) => x.bold : wholeEmphasis(b.node) ? (x: Block) => wholeEmphasis(x.node) : null;
      return style != null && !b.round && ASKS.test(b.text) && wordCount(b.text) <= 25 && plainWords(body[i + 1]) && body[i - 1]?.kind === 'para' && !labelledAs('guest').some(style) && !announces(i);
    };
    /**
     * An answer whose label was lost, right after the interviewer's labelled question: it asks
     * nothing and does not sound like the interviewer (`You said...`, "Maria, ..."), nor speaks of
     * the show (a sponsor's read); and the guest has answered before, or the question is one
     * sentence (not a host's opening words, "Welcome. Who maintains our bridges?").
     */
    const lostAnswer = (i: number): boolean => {
      const b = body[i]!;
      const q = body[i - 1];
      if (b.round || !q?.label || out[i - 1]?.role !== 'interviewer' || !ASKS.test(q.text) || ASKS.test(b.text)) return false;
      const words = b.text.slice(b.strip);
      if (SHOW_ITSELF.test(words) || interviewerLikeness(words, all.filter((s) => s.role === 'guest').map((s) => s.name)) > 0.5) return false;
      // (Or its last sentence asks someone in the second person, "How many bridges did you inspect?":
      // put to the guest, not a host's opening words.)
      const asked = q.text.slice(q.strip).trim();
      return lastOf.has('guest') || !/[.!?]\s+\S/u.test(asked) || ASKED_YOU.test(asked.split(/(?<=[.!?])\s+/u).at(-1)!);
    };
    /** The guest who answers the bold question just asked without a label. */
    let answering: Speaker | null = null;
    /** The chair no label names, speaking unlabelled (`THANKS_FOR_REMARKS`). */
    let chairVoice: Speaker | undefined;
    body.forEach((b, i) => {
      if (b.kind === 'heading' || preset(i)) return;
      const o = overrideSpeaker(b);
      const now: Speaker | null = last;
      // (Or where the labels stop for good: the house labels the first exchange, then sets each
      // question in bold, `**And rust?**` / `Paint, mostly.`, to the end; no guest asks herself the
      // rest of the interview.)
      // (Not where her last words announce them, ending on a colon.)
      if (b.round && !body[i - 1]?.round) roundOpen = now?.role === 'interviewer' || (!body.some((x, j) => j > i && x.label) && !announces(i));
      if (b.label) answering = null;
      if (b.label) {
        last = out[i]!;
        lastOf.set(last.role, last);
      } else if (!o && now?.role === 'guest' && labelledRound && ((boldAsking && b.bold && ASKS.test(b.text)) || setApartAsks(i))) {
        out[i] = lastOf.get('interviewer')!;
        uncertain.push({ line: b.line, text: b.text.slice(b.strip, b.strip + 120), speaker: out[i]!.name, alternative: now.name, confidence: 0.7 });
        answering = now;
        last = out[i]!;
      } else if (!o && answering && !b.bold) {
        out[i] = answering;
        last = answering;
      } else if (!o && now?.role === 'guest' && labelledRound && THANKS_FOR_REMARKS.test(b.text.slice(b.strip)) && holdsQuestion(b.text)) {
        // Words thanking the guest for her remarks and asking her, unlabelled, after her words
        // (`Thank you for your opening remarks. ... Would you have any comments on that?`): nobody
        // thanks herself so; the chair's, where a label or a member addressing one names a chair
        // ("Thank you, Mr. Chairman."), else the interviewer's who asked last. Said as uncertain;
        // the paragraphs after it, unlabelled, answer: hers.
        const chair = all.find((x) => x.role === 'interviewer' && (CHAIR_KEY.test(x.key ?? '') || CHAIR_KEY.test(x.name))) ?? (body.some((x) => x.label && ADDRESSES_CHAIR.test(x.text.slice(x.strip, x.strip + 200))) ? (chairVoice ??= { key: null, name: 'Chair', role: 'interviewer', roleConfidence: 0.6 }) : null);
        out[i] = chair ?? lastOf.get('interviewer') ?? all.find((x) => x.role === 'interviewer')!;
        uncertain.push({ line: b.line, text: b.text.slice(b.strip, b.strip + 120), speaker: out[i]!.name, alternative: now.name, confidence: 0.6 });
        answering = now;
        last = out[i]!;
      } else if (!o && now && changes.has(b.line)) {
        // A caption's `>>` without a name: someone else speaks, in a dialogue the one before.
        out[i] = before && before.name !== now.name ? before : now;
        uncertain.push({ line: b.line, text: b.text.slice(b.strip, b.strip + 120), speaker: out[i]!.name, alternative: out[i] === now ? 'someone else (the captions mark a change of speaker)' : now.name, confidence: 0.6 });
        last = out[i]!;
      } else if (!o && (continuation || now?.role === 'other') && talker && now && now !== talker && now.role !== 'guest' && body[i - 1]?.label && (ASKED_LAST.test(body[i - 1]!.text) || (HANDS_OVER.test(body[i - 1]!.text) && namesFirst(body[i - 1]!.text, talker.name)))) {
        // After a talk, the speaker unlabelled: the paragraph right after a labelled question
        // (`Audience member: How often should we inspect?`, the moderator's) is the speaker's answer;
        // so is the one after a turn handing her the floor ("Please welcome Maria Lopez."). And so
        // after a talk whose speaker is labelled, the audience's labelled question: nobody in the
        // audience answers their own.
        out[i] = talker;
        last = talker;
      } else if (!o && b.round && labelledRound && roundOpen) {
        // A quick round's question is the host's who asked last, its answer the guest's who
        // answered last; which of several guests answers, the page does not say. (Only after the
        // host's turn: bold questions after the guest's are her own, asked of herself.)
        const role: Role = b.round === 'ask' ? 'interviewer' : 'guest';
        out[i] = lastOf.get(role) ?? all.find((s) => s.role === role)!;
        const others = new Set(all.filter((s) => s.role === role && !roleWord(s.key ?? '')).map((s) => s.name));
        if (others.size > 1) uncertain.push({ line: b.line, text: b.text.slice(0, 120), speaker: out[i]!.name, alternative: [...others].filter((n) => n !== out[i]!.name).join(', '), confidence: 0.6 });
        last = out[i]!;
      } else if (!o && now?.role === 'guest' && labelledRound && opensWithBoldQuestion(b) && relabelled(i, now)) {
        // A bold question that opens a paragraph inside the guest's turn, when the guest's label
        // comes again after it (`**Paul from Cologne asks: "Are wooden bridges safe?"** I love
        // them.`, then `**Maria Lopez:** If you keep them dry.`): the host reading out a listener's
        // question. Nobody labels a turn that goes on; someone else spoke between.
        out[i] = lastOf.get('interviewer') ?? all.find((s) => s.role === 'interviewer')!;
        uncertain.push({ line: b.line, text: b.text.slice(0, 120), speaker: out[i]!.name, alternative: now.name, confidence: 0.6 });
        last = out[i]!;
      } else if (!o && now?.role === 'guest' && labelledRound && !relabels && nextLabel[i] === i + 1 && relabelled(i, now) && !body[i - 1]?.round && ASKS.test(b.text) && wordCount(b.text) <= 40) {
        // A short question alone between two labelled turns of the guest (`**Maria Lopez:** My
        // father built them.`, `And what about steel?`, `**Maria Lopez:** Steel came late.`):
        // nobody labels a turn that goes on (where the file never labels one speaker twice in a
        // row), so someone else asked it, the interviewer who asked last. Said as uncertain.
        out[i] = lastOf.get('interviewer') ?? all.find((s) => s.role === 'interviewer')!;
        uncertain.push({ line: b.line, text: b.text.slice(b.strip, b.strip + 120), speaker: out[i]!.name, alternative: now.name, confidence: 0.6 });
        last = out[i]!;
      } else if (!o && now?.role === 'interviewer' && labelledRound && !relabels && relabelled(i, now) && lostAnswer(i)) {
        // The mirror: words that answer, unlabelled, between the interviewer's question and the
        // interviewer's next label (`Tom Becker: Why the hammer?` / `You tap the concrete...` /
        // `Tom Becker: Have you ever been wrong?`), where the file never labels one speaker twice
        // in a row: the answer's label was lost, the guest who answered last (the later paragraphs
        // up to that label too). Said as uncertain. (Among several guests, the one the question
        // turns to by first name, "Ken, and you?"; the others are the alternatives too.)
        const guests = [...new Map(all.filter((s) => s.role === 'guest').map((s) => [s.name, s])).values()];
        const question = body[i - 1]!.text.slice(body[i - 1]!.strip, body[i - 1]!.strip + 300);
        const turnedTo = guests.filter((g) => /\s/.test(g.name) && vocative(question, g.name.split(/\s+/)[0]!));
        const guest = turnedTo.length === 1 ? turnedTo[0]! : (lastOf.get('guest') ?? guests[0]!);
        out[i] = guest;
        uncertain.push({ line: b.line, text: b.text.slice(b.strip, b.strip + 120), speaker: guest.name, alternative: [now.name, ...guests.filter((g) => g.name !== guest.name).map((g) => g.name)].join(', '), confidence: 0.6 });
        last = guest;
      } else {
        out[i] = o ?? last ?? unlabelledSide ?? (opener && !/[?？؟]/.test(b.text) ? opener : null) ?? all.find((s) => s.role === 'interviewer') ?? all[0]!;
        // A question where the guest goes on, or the like: someone may have spoken without a label.
        const sp = out[i]!;
        const asks = interviewerLikeness(b.text.slice(b.strip)) >= 3;
        // (Or a short question answered by the paragraph under it, neither labelled, `Maria Lopez:
        // Water, mostly.` / `And salt?` / `Salt too, in winter.`: the interviewer's follow-up as
        // likely as her own question.)
        const under = body[i + 1];
        const followUp = ASKS.test(b.text) && wordCount(b.text.slice(b.strip)) <= 8 && under != null && !under.label && !ASKS.test(under.text);
        const other = lastOf.get('interviewer') ?? all.find((x) => x.role === 'interviewer');
        if (!o && last && other && sp.role === 'guest' && (asks || followUp)) {
          uncertain.push({ line: b.line, text: b.text.slice(b.strip, b.strip + 120), speaker: sp.name, alternative: other.name, confidence: 0.6 });
        }
        // (The paragraph right after the audience's labelled question, where several guests may
        // answer it: kept with the one who asked, said as uncertain, the guests the alternatives.)
        // (The guests counted only there: a file of thousands of speakers is read in time.)
        const guests = () => [...new Set(all.filter((x) => x.role === 'guest').map((x) => x.name))];
        if (!o && sp.role === 'other' && sp === now && body[i - 1]?.label && out[i - 1] === sp && ASKED_LAST.test(body[i - 1]!.text) && !ASKS.test(b.text) && guests().length >= 2) {
          uncertain.push({ line: b.line, text: b.text.slice(b.strip, b.strip + 120), speaker: sp.name, alternative: guests().join(', '), confidence: 0.5 });
        }
      }
      if (o) last = o;
      else if (!b.label && !last) last = out[i]!;
      if (now && last && last.name !== now.name) before = now;
    });
    return out;
  }

  // One side unlabelled. Train the voice model on certain paragraphs first.
  const model = new VoiceModel();
  const labelledIsGuest = unlabelledSide.role === 'interviewer';
  const runs: { start: number; end: number; prev: Speaker | null; next: Speaker | null }[] = [];
  let prev: Speaker | null = null;
  for (let i = 0; i < body.length; ) {
    const b = body[i]!;
    if (b.kind === 'heading' || preset(i)) {
      prev = null;
      i++;
      continue;
    }
    if (b.label) {
      prev = out[i]!;
      model.add(1, b.text.slice(b.strip));
      i++;
      continue;
    }
    let j = i;
    while (j < body.length && body[j]!.kind === 'para' && !body[j]!.label && !preset(j)) j++;
    const next = j < body.length && body[j]!.label ? out[j]! : null;
    runs.push({ start: i, end: j, prev, next });
    i = j;
  }
  for (const r of runs) {
    const n = r.end - r.start;
    // Certain: the single paragraph between two labels of one speaker, or text opening a section.
    if (r.prev == null) for (let i = r.start; i < r.end; i++) model.add(0, body[i]!.text);
    else if (n === 1 && r.next === r.prev) model.add(0, body[r.start]!.text);
  }
  const guestNames = all.filter((s) => s.role === 'guest').map((s) => s.name);
  // A house style: the unlabelled side's paragraphs are bold, the labelled side's never are. Then
  // bold marks every question, and an answer's later paragraphs are the plain ones.
  const asked = body.filter((b, i) => b.kind === 'para' && !b.label && body[i + 1]?.label);
  // (Or every one of them that asks, two or more: an answer's plain paragraph right above the next
  // giver's label, "You cannot see it until it cracks.", is no question in another style.)
  const askingAsked = asked.filter((b) => ASKS.test(b.text));
  // (Or the same in italics.)
  const italic = (b: Block) => b.kind === 'para' && wholeEmphasis(b.node);
  // (Or, where the labels stop and the interview goes on under headings, its questions in bold,
  // three or more, and no labelled paragraph bold: the questions are bold, the answers plain.)
  const boldAsks = (b: Block) => b.bold || opensWithBoldQuestion(b);
  // (Or where the labels stop for good after the first exchange or two, the questions after the
  // last label set apart in bold or italics, two or more, no labelled answer so: `Tom Becker: Why
  // steel?` / `Maria Lopez: ...` / `**And rust?**` / `Paint, mostly.`.)
  const lastLabel = body.findLastIndex((b) => b.label != null);
  const setApart = (b: Block) => boldAsks(b) || italic(b);
  const askedAfterLabels = body.filter((b, i) => i > lastLabel && b.kind === 'para' && setApart(b) && ASKS.test(b.text)).length;
  const questionStyle =
    [(b: Block) => b.bold, italic].find((style) => labelledIsGuest && ((asked.length >= 3 && asked.filter(style).length >= 0.8 * asked.length) || (askingAsked.length >= 2 && askingAsked.every(style))) && !body.some((b) => b.label && style(b))) ??
    (labelledIsGuest && body.filter((b) => !b.label && b.kind === 'para' && opensWithBoldQuestion(b)).length >= 3 && !body.some((b) => b.label && b.bold) ? boldAsks : undefined) ??
    (labelledIsGuest && askedAfterLabels >= 2 && !body.some((b, i) => b.label && out[i]?.role === 'guest' && setApart(b)) ? setApart : undefined);
  /** Who answers a question in the house style, in a run after a heading: the guest labelled last before it. */
  let answerer: Speaker | null = null;
  let scanned = 0;
  const labelledGuests = new Set(all.filter((x) => x.role === 'guest' && x.key != null).map((x) => x.name));
  for (const r of runs) {
    const texts = body.slice(r.start, r.end).map((b) => b.text.slice(b.strip));
    const overrides = body.slice(r.start, r.end).map(overrideSpeaker);
    for (; scanned < r.start; scanned++) if (body[scanned]!.label && out[scanned]?.role === 'guest') answerer = out[scanned]!;
    if (r.prev == null) {
      body.slice(r.start, r.end).forEach((b, k) => {
        const before = k > 0 ? body[r.start + k - 1]! : null;
        const answers = questionStyle != null && answerer != null && !overrides[k] && !questionStyle(b) && before != null && (questionStyle(before) || out[r.start + k - 1] === answerer);
        out[r.start + k] = overrides[k] ?? (answers ? answerer! : unlabelledSide);
        if (answers && labelledGuests.size > 1) uncertain.push({ line: b.line, text: texts[k]!.slice(0, 120), speaker: answerer!.name, alternative: [...labelledGuests].filter((n) => n !== answerer!.name).join(', '), confidence: 0.6 });
      });
      continue;
    }
    const prevSpeaker = r.prev;
    // Questions in the house style inside a run that asks more than once (a bold question, its
    // plain answer, another bold question...): each by its style, the answers the guest's who
    // spoke last, where one split of the run cannot say it.
    const styled = questionStyle ? body.slice(r.start, r.end).map((b, k) => overrides[k] == null && questionStyle(b)) : [];
    if (questionStyle && styled.some((q, k) => q && k + 1 < styled.length && !styled[k + 1])) {
      const guest = prevSpeaker.role === 'guest' ? prevSpeaker : (answerer ?? prevSpeaker);
      let asked = false;
      body.slice(r.start, r.end).forEach((b, k) => {
        out[r.start + k] = overrides[k] ?? (styled[k] ? unlabelledSide : asked ? guest : prevSpeaker);
        // (One set so that asks nothing, `**Water is the real enemy.**`, may be the guest's words set
        // apart as a quote: said as uncertain.)
        if (styled[k] && !ASKS.test(b.text) && guest.role === 'guest') uncertain.push({ line: b.line, text: texts[k]!.slice(0, 120), speaker: unlabelledSide.name, alternative: guest.name, confidence: 0.6 });
        asked ||= styled[k]!;
      });
      continue;
    }
    // After a question opened by two long dashes (`――...`), which open each of the interviewer's
    // paragraphs, the paragraphs without them are the answer.
    const dashed = body[r.start - 1]?.label?.dashes === true;
    const forced = overrides.map((o, k) => {
      const b = body[r.start + k]!;
      if (o != null) return o === prevSpeaker;
      if (b.dash || dashed) return false;
      // What a colon announces ("We are building in:") follows from the same speaker.
      const before = body[r.start + k - 1];
      if (before && before.kind === 'para' && ANNOUNCING.test(before.text) && (k === 0 || before.label != null)) return true;
      // A question the interviewer's label closes is answered: the paragraph after it, asking
      // nothing, is the other side's (`Q: ... What would you tell a mayor?` / `Pay for the inspection...`).
      if (k === 0 && before?.label && prevSpeaker.role === 'interviewer' && ASKS.test(before.text) && !ASKS.test(b.text) && !labelledIsGuest) return false;
      if (questionStyle) return !questionStyle(b);
      return null;
    });
    const split = splitRun({ texts, forced, otherMustSpeak: r.next === r.prev, labelledIsGuest, model, guestNames });
    const confidence = confidenceOf(split.margin);
    for (let j = 0; j < texts.length; j++) {
      const sp = overrides[j] ?? (j < split.k ? prevSpeaker : unlabelledSide);
      out[r.start + j] = sp;
      const alt = split.alternative;
      // The paragraphs the next best reading gives to the other side.
      // (Not where both readings give it to the same person: a talk's speaker going on.)
      if (overrides[j] == null && alt != null && confidence < UNSURE && (j < split.k) !== (j < alt) && prevSpeaker.name !== unlabelledSide.name) {
        uncertain.push({ line: body[r.start + j]!.line, text: texts[j]!.slice(0, 120), speaker: sp.name, alternative: (j < split.k ? unlabelledSide : prevSpeaker).name, confidence: Math.round(confidence * 100) / 100 });
      }
    }
  }
  return out;
}

/** A line a field's name in bold opens, its colon inside or after the bold: `**Date:** 3 Nov 2026`, `**Note**: ...`. */
const FIELD_LINE = /^\s*(?:\*\*|__)[^*_\n]{1,40}?(?:[:：]\s*(?:\*\*|__)|(?:\*\*|__)\s*[:：])/;

/** The paragraph's own line ends (the newlines in its text) as hard breaks. */
function fieldBreaks(node: Paragraph | RootContent): void {
  const kids = (node as { children: PhrasingContent[] }).children;
  const out: PhrasingContent[] = [];
  for (const k of kids) {
    if (k.type !== 'text' || !k.value.includes('\n')) {
      out.push(k);
      continue;
    }
    k.value.split(/[ \t]*\n[ \t]*/).forEach((v, i) => {
      if (i > 0) out.push({ type: 'break' } as PhrasingContent);
      if (v) out.push({ type: 'text', value: v } as PhrasingContent);
    });
  }
  (node as { children: PhrasingContent[] }).children = out;
}

/**
 * The heading over an article's own references or notes: `## References`, `Notes`, `Quellen`. (Not
 * clean.ts's NOTES_HEADING, whose `Resources` and `Links` also head a site's footer menus.)
 */
const REFERENCES_HEADING = /^(?:references|sources|notes|footnotes|endnotes|bibliography|citations|literatur|quellen|références|sources et références|referencias|fuentes|riferimenti|fonti|referências|fontes|bronnen)$/i;

/** A saved page's machinery, each on lines of its own: scripts, styles, its head, title, menus, asides and footer with what they hold, and the document's frame (inline with words, `<script>...</script> and then?`, it is shown as its source). */
const PAGE_MACHINERY = /^[ \t]*(?:<(script|style|noscript|template|head|title|nav|footer|aside)\b[^>]*>[\s\S]*?<\/\1\s*>|<!DOCTYPE[^>]*>|<\/?(?:html|body)\b[^>]*>|<(?:meta|link)\b[^>]*>)[ \t]*$/gim;
/** Markup a CMS wraps around text, with no attributes that do anything: the text is what counts. */
const SIMPLE_HTML = /^(?:<\/?(?:p|strong|b|em|i|u|br|span|h[1-6]|blockquote|ul|ol|li|figcaption|div|section|article|header|footer|figure|details|summary|time|small|sup|sub|cite|q|mark|abbr|s|del|hr|a)(?:\s+(?:class|id|lang|dir|title|datetime|href|rel|target|role|data-[\w-]+|aria-[\w-]+)(?:\s*=\s*(?:"[^"<>]*"|'[^'<>]*'|[^\s"'<>=`]+))?)*\s*\/?>|[^<]|<(?![a-z/!]))*$/i;

/**
 * A CMS export wraps each paragraph in comments and tags (`<!-- wp:paragraph --><p>SA: ...</p>
 * <!-- /wp:paragraph -->`): those blocks are read for their text, parsed as the Markdown it is.
 * A comment alone is an editor's note and drops; any other raw HTML stays as source text to show.
 */
function unwrapHtml(children: RootContent[]): RootContent[] {
  const out: RootContent[] = [];
  for (const node of children) {
    if (node.type !== 'html' || OVERRIDE_RE.test(node.value.trim()) || OUTRO_RE.test(node.value.trim())) {
      out.push(node);
      continue;
    }
    // (A saved page's own machinery is no text: its scripts, styles, head and menus, and the
    // document's frame, `<!DOCTYPE html>`, `<html>`, `<body>`; their lines stay, blank.)
    const v = node.value.trim().replace(PAGE_MACHINERY, (m) => m.replace(/[^\n]/g, ''));
    const rest = v.replace(/<!--[\s\S]*?-->/g, '').trim();
    if (rest === '' && /^<!--[\s\S]*-->$/.test(v)) continue; // an editor's comment, not transcript text
    if (rest === '' && v !== node.value.trim()) continue;
    if (rest === '' || !SIMPLE_HTML.test(rest) || (rest === v && !/^<\/?(?:p|h[1-6]|blockquote|ul|ol|div|span|section|article|header|footer|figure|details|summary)(?:\s[^>]*)?>/i.test(v))) {
      out.push(node);
      continue;
    }
    // Its headings and emphasis as Markdown's (a title, a bold question); the other tags go.
    // (A page's source, its tags with their classes, `<p class="byline">`, `<div class="ad">`: the
    // same; a link as Markdown's, its address checked like any other; a folded block's tags,
    // `<details>`, `<summary>Full transcript</summary>`, the words of its summary alone; a note's anchor,
    // `<span id="report">` around a reference, its words.) Line by line, so that each
    // block it holds keeps the line it came from.
    const convert = (l: string) =>
      decodeEntities(
        l
          .replace(/<h([1-6])(?:\s[^>]*)?>/gi, (_, n: string) => `${'#'.repeat(Number(n))} `)
          .replace(/<\/?(?:strong|b)(?:\s[^>]*)?>/gi, '**')
          .replace(/<\/?(?:em|i)(?:\s[^>]*)?>/gi, '*')
          .replace(/<a\s[^>]*?\bhref\s*=\s*(?:"([^"<>]*)"|'([^'<>]*)')[^>]*>([^<]*)<\/a>/gi, (_, a?: string, b?: string, t?: string) => `[${t}](${(a ?? b ?? '').replace(/[()\s]/g, encodeURIComponent)})`)
          .replace(/<br\s*\/?>/gi, '\n')
          .replace(/<\/(p|h[1-6]|li|blockquote|ul|ol|figcaption|div|section|article|header|footer|figure|details|summary)>/gi, '\n\n')
          .replace(/<[^>]*>/g, ''),
      );
    const lines: string[] = [];
    /** The source line (from the block's first) each converted line comes from. */
    const origin: number[] = [];
    v.replace(/<!--[\s\S]*?-->/g, (m) => m.replace(/[^\n]/g, '')).split('\n').forEach((l, i) => {
      for (const piece of convert(l).split('\n')) {
        lines.push(piece);
        origin.push(i);
      }
    });
    const first = node.position?.start.line ?? 1;
    const at = (n: number | undefined) => ({ line: first + (origin[Math.min((n ?? 1) - 1, origin.length - 1)] ?? 0), column: 1 });
    for (const c of (parser.parse(lines.join('\n')) as Root).children) {
      if (c.type === 'html') continue;
      c.position = node.position ? { start: at(c.position?.start.line), end: at(c.position?.end.line) } : undefined;
      out.push(c);
    }
  }
  return out;
}

/** A paragraph of one bold span as its source wrote it (`**Maria Lopez**`), for the label reader. */
function toMarkdownish(n: RootContent): string {
  return n.type === 'paragraph' && n.children.length === 1 && n.children[0]!.type === 'strong' ? `**${plainText(n.children[0]!)}**` : plainText(n);
}

/**
 * Turns set inside a quote or as list items (`> **Maria Lopez:** ...`, `- **Maria Lopez:** ...`):
 * a container whose first paragraph opens with a speaker's label holds turns, one per paragraph.
 */
function unwrapTurns(children: RootContent[], isSpeakerKey: (key: string) => boolean): RootContent[] {
  const opensTurn = (n: RootContent | undefined) => {
    if (n?.type !== 'paragraph') return false;
    const m = matchLabel(plainText(n).trim());
    return m != null && isSpeakerKey(m.key);
  };
  /** A name and a few words on what the person is, no sentence. */
  const describes = (n: RootContent | undefined) => {
    const text = n ? plainText(n).trim() : '';
    return onAPerson(text.slice(matchLabel(text)?.length ?? 0).trim());
  };
  /** A full name alone in bold (`**Maria Lopez**`), the label of the words below it. */
  const nameAlone = (n: RootContent | undefined) => n?.type === 'paragraph' && lineLabel(toMarkdownish(n))?.alone === true;
  return children.flatMap((node, k): RootContent[] => {
    if (node.type === 'blockquote' && opensTurn(node.children[0])) return node.children;
    // (And a part's heading quoted above such a quote, a transcript set whole in a quote: `> ## Part one`.)
    // (Or the title's and a part's, one above the other.)
    const headingQuote = (n: RootContent | undefined) => n?.type === 'blockquote' && n.children.length >= 1 && n.children.every((c) => c.type === 'heading');
    if (headingQuote(node)) {
      let j = k + 1;
      while (headingQuote(children[j])) j++;
      const after = children[j];
      if (after?.type === 'blockquote' && opensTurn(after.children[0])) return (node as Blockquote).children;
    }
    // (A quote of the name alone in bold, and the quote of the words under it: a turn set in quotes.)
    if (node.type === 'blockquote' && node.children.length === 1 && nameAlone(node.children[0])) return node.children;
    const before = children[k - 1];
    if (node.type === 'blockquote' && before?.type === 'blockquote' && before.children.length === 1 && nameAlone(before.children[0])) return node.children;
    // (Not a list of who takes part, each name and what the person is, none a sentence:
    // `- Maria Lopez: founder of Rhine Works`, `- Ana Silva: moderator`.)
    // (Each paragraph an item, as a notes app exports a transcript: the first item a turn, and
    // another, the items between them the words going on.)
    const opening = node.type === 'list' ? node.children.filter((item) => opensTurn(item.children[0])) : [];
    if (node.type === 'list' && opensTurn(node.children[0]?.children[0]) && (node.children.length === 1 || opening.length >= 2) && !opening.every((item) => describes(item.children[0]))) return node.children.flatMap((item) => item.children);
    return [node];
  });
}

/** A line longer than MAX_MARKS_LINE, with more of MARKDOWN_MARKS than MAX_MARKS, has them read as text (guardMarkdown). */
const MAX_MARKS_LINE = 20_000;
const MAX_MARKS = 2_000;
/** Markdown's marks that pair up into links and emphasis: brackets, an image's `!`, an asterisk or an underscore alone (not a label's `**`), none escaped already. */
const MARKDOWN_MARKS = /(?<!\\)(?:[[\]!]|(?<![*_])[*_](?![*_]))/g;
/** Container markers that may open a line before it counts as absurd: deeper, it is text. */
const MAX_NESTING = 16;

/**
 * Markdown that would swallow or hide a transcript, neutralised line for line (the line count
 * never changes, so line numbers stay true):
 * - a line nested deeper than MAX_NESTING quotes or list markers is read as text (parsing
 *   thousands of nested containers takes minutes and overflows the stack);
 * - `---` under a labelled or sentence-like line is a rule, not the underline that would make
 *   that turn a heading;
 * - a code fence that is never closed is read as text, not as one code block to the end;
 * - a date opening with the day and a full stop (`3. November 2026`) is a date, not a list.
 */
const BOLD_LABEL_TIGHT = /^(\s*(?:>\s*)*)(\*\*|__)[^*_\n]{1,40}?[:：]\2(?=[^\s*_])/u;

/** A link definition's destination that is a link: a scheme, a path, an anchor, a domain or a file (`https://...`, `/about`, `#notes`, `example.com`, `notes.pdf`). */
const LINK_DESTINATION = /^(?:[a-z][a-z0-9+.-]{1,31}:|[/#?]|\.{1,2}\/|www\.)|\/|\.[a-z]{2,}(?:$|[/?#:])/i;

/**
 * The Markdown tree of the lines. A link definition whose destination is no link is speech in
 * brackets (`[Tom Becker]: Yes.`, `[Maria Lopez]: Sure (laughs)`, a label and words in a
 * language written without spaces): Markdown would make it markup and the words would be lost,
 * so its bracket is read as text.
 */
function parseMarkdown(split: string[], file: string, warnings: Diagnostic[]): Root {
  const guarded = guardMarkdown(split, file, warnings);
  const root = parser.parse(guarded.join('\n')) as Root;
  // (In a quote or a list too: `> [Tom Becker]: Yes.`)
  const speech: Definition[] = [];
  const walk = (nodes: RootContent[]) => {
    for (const n of nodes) {
      if (n.type === 'definition' && !LINK_DESTINATION.test(n.url)) speech.push(n);
      else if ('children' in n && (n.type === 'blockquote' || n.type === 'list' || n.type === 'listItem')) walk(n.children as RootContent[]);
    }
  };
  walk(root.children);
  if (speech.length === 0) return root;
  for (const d of speech) {
    const i = (d.position?.start.line ?? 0) - 1;
    if (guarded[i] != null) guarded[i] = guarded[i]!.replace('[', '\\[');
  }
  return parser.parse(guarded.join('\n')) as Root;
}

function guardMarkdown(lines: string[], file: string, warnings: Diagnostic[]): string[] {
  // Text pasted from a PDF or a script keeps its indentation (names centred above the words):
  // where most lines are indented four spaces or more and nothing is fenced, the indentation is
  // layout, not Markdown code blocks that would hide every label.
  const filled = lines.filter((l) => l.trim() !== '');
  const indented = filled.filter((l) => /^(?: {4}|\t)/.test(l)).length;
  const out = indented >= 4 && indented >= 0.5 * filled.length && !lines.some((l) => /^ {0,3}(?:`{3,}|~{3,})/.test(l)) ? lines.map((l) => l.trimStart()) : [...lines];
  let fence: { line: number; marker: string } | null = null;
  for (let i = 0; i < out.length; i++) {
    // A label in HTML bold opening a Markdown paragraph (`<strong>Maria Lopez:</strong> ...`), as
    // text copied from a web editor keeps it: Markdown's bold, which the label reader knows.
    // (Inside a page's paragraph tag too, `<p class="qa"><strong>Maria Lopez:</strong> ...`: the turn is hers, whatever the rest of its line holds.)
    if (out[i]!.charCodeAt(0) === 60 /* < */) {
      out[i] = out[i]!.replace(/^<(strong|b)>([^<>\n]{1,60}?[:：]?)<\/\1>(?=\s*[:：]?\s)/i, '**$2**');
      // (A name in a span a page styles, `<span class="speaker">Maria Lopez</span>: ...`: the name.)
      out[i] = out[i]!.replace(/^<span(?:\s[^<>]*)?>([^<>\n]{1,60}?)<\/span>(?=\s*[:：]\s)/i, '$1');
      // (Or underlined, in italics or in a font a word processor sets, `<u>Maria Lopez</u>: ...`, `<i>Maria Lopez:</i> ...`: the name.)
      out[i] = out[i]!.replace(/^<(u|i|em|font)(?:\s[^<>]*)?>([^<>\n]{1,60}?[:：]?)<\/\1>(?=\s*[:：]?\s)/i, '$2');
      if (/^<p[\s>]/i.test(out[i]!) && !SIMPLE_HTML.test(out[i]!)) out[i] = out[i]!.replace(/^<p(?:\s[^<>]*)?><(strong|b)>([^<>\n]{1,60}?[:：]?)<\/\1>(?=\s*[:：]?\s)(.*?)(?:<\/p>)?\s*$/i, '**$2**$3');
    }
    const l = out[i]!;
    if (fence) {
      if (new RegExp(`^ {0,3}${fence.marker[0] === '`' ? '`' : '~'}{${fence.marker.length},}\\s*$`).test(l)) fence = null;
      continue;
    }
    const open = /^ {0,3}(`{3,}|~{3,})/.exec(l);
    if (open) {
      fence = { line: i, marker: open[1]! };
      continue;
    }
    const prefix = /^(?:\s*(?:>|[-*+](?=\s)|\d{1,9}[.)](?=\s)))+/.exec(l)?.[0] ?? '';
    const depth = (prefix.match(/>|[-*+](?=\s)|\d{1,9}[.)]/g) ?? []).length;
    if (depth > MAX_NESTING || /^\s{64,}\S/.test(l)) {
      out[i] = `\\${l.trimStart()}`;
      warnings.push(warning(file, i + 1, `line ${i + 1} nests ${depth > MAX_NESTING ? depth : 'too many'} quotes, lists or indents; it is read as text`, 'write it as plain text, or remove the repeated `>`, `-` or indentation'));
      continue;
    }
    // A line of thousands of brackets (`[1:00] [1:00] ...`, 400 KB of them), or of single
    // asterisks or underscores (`a_b_ a_b_ ...`), takes Markdown's parser time growing with the
    // square of their number, as it pairs them into links and emphasis: they are read as text,
    // said in a warning. (Brackets both ways: a closing one left as it was still looks back for its
    // opening one, 50 s for 75,000 of `\[a]`; and an image's `!`. Never a label's `**`.)
    const marks = l.length > MAX_MARKS_LINE ? (l.match(MARKDOWN_MARKS)?.length ?? 0) : 0;
    if (marks > MAX_MARKS) {
      out[i] = l.replace(MARKDOWN_MARKS, '\\$&');
      warnings.push(warning(file, i + 1, `line ${i + 1} holds more than ${MAX_MARKS} of Markdown's marks (brackets, single asterisks or underscores); they are read as text, not links or emphasis`, 'break the line into paragraphs, or remove the marks'));
    }
    // `**张伟：**长江...` and `**Name:**Text`: Markdown closes bold before a letter only after a
    // space when the bold ends in punctuation, so the label would stay in the text with its
    // asterisks. A space after it closes it (the label and the space are taken off anyway).
    if ((l.includes('**') || l.includes('__')) && BOLD_LABEL_TIGHT.test(l)) out[i] = l.replace(BOLD_LABEL_TIGHT, '$& ');
    // A date that opens with the day and a full stop (`3. November 2026, 14:02 Uhr`) is a date, not
    // a list that would hide its day.
    if (/^ {0,3}\d{1,2}\.\s/.test(l) && opensWithDottedDate(l)) out[i] = l.replace('.', '\\.');
    if (/^ {0,3}-{3,}\s*$/.test(l) && i > 0 && out[i - 1]!.trim() !== '') {
      const above = out[i - 1]!.trim();
      if (lineLabel(above) || endsLikeSentence(above) || above.length > 100) out[i] = l.replace(/-/g, '*');
    }
  }
  if (fence) {
    const at = fence.line;
    out[at] = out[at]!.replace(/^( {0,3})([`~])/, '$1\\$2');
    warnings.push(warning(file, at + 1, 'this code fence is never closed; it is read as text', `close it with a line of ${fence.marker}, or remove it`));
  }
  return out;
}

const INDENT = /^[ \t]+(?=\S)/;
/** How far a line is indented, a tab counting as four spaces. */
const indentOf = (l: string) => (INDENT.exec(l)?.[0] ?? '').replace(/\t/g, '    ').length;

/** Paragraphs that open with an indent of one to eight spaces, their other lines flush left: three or more, and a flush line rarely after a blank one. */
function firstLineIndents(lines: string[]): boolean {
  let opened = 0;
  let flushAfterText = 0;
  let flushAfterBlank = 0;
  for (let i = 1; i < lines.length; i++) {
    const l = lines[i]!;
    if (!l.trim() || indentOf(l) > 0) continue;
    const before = lines[i - 1]!;
    if (!before.trim()) flushAfterBlank++;
    else {
      flushAfterText++;
      const n = indentOf(before);
      if (n >= 1 && n <= 8) opened++;
    }
  }
  return opened >= 3 && flushAfterBlank <= 0.2 * flushAfterText && lines.every((l) => l.length <= 100);
}

/** In such a text, line `i` opens a paragraph: indented, and not the next line of a centred heading, under an indented line that goes on (`STATEMENT OF MARIA LOPEZ, PH.D.,` / `RHINE UNIVERSITY`). */
function opensIndented(lines: string[], i: number): boolean {
  const n = indentOf(lines[i]!);
  if (n === 0 || !lines[i]!.trim()) return false;
  const before = lines[i - 1] ?? '';
  if (n > 8 && indentOf(before) > 0 && !endsLikeSentence(before)) return false;
  return true;
}

/**
 * Whether a word cut at a line's end is one word (`in-` / `side`: "inside"), not two joined by a
 * hyphen (`steel-` / `framed`): the text writes it whole elsewhere, or (in a text long enough to
 * tell) neither piece is a word anywhere else, as syllables are not (`inspec-` / `tors`).
 */
function solid(head: string, tail: string, count: Map<string, number>): boolean {
  const whole = `${head}${tail}`.toLowerCase();
  if (count.has(whole) || count.has(whole.replace(/e?s$/u, '')) || count.has(`${whole}s`)) return true;
  return count.size >= 300 && (count.get(head.toLowerCase()) ?? 0) <= 1 && (count.get(tail.toLowerCase()) ?? 0) <= 1;
}

/** A character of Chinese or Japanese, written without spaces between words, or their punctuation. */
const CJK_END = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff01-\uff60]$/u;
const CJK_START = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff01-\uff60]/u;

/**
 * A paragraph of Chinese or Japanese wrapped over lines (a PDF's, a mail's) is one run of text:
 * where a line of sixteen characters or more ends with one of their characters and the next opens
 * with one, they are joined without the space a line break makes elsewhere. (Short lines are set
 * apart on purpose, a byline's fields, `文 | 李娜` / `编辑 | 王强`; Korean writes spaces between
 * its words: there a line break is one.)
 */
function joinCjkLines(node: Root | RootContent): void {
  if (node.type === 'text') {
    if (!node.value.includes('\n')) return;
    const lines = node.value.split('\n');
    let out = lines[0]!;
    for (let k = 1; k < lines.length; k++) {
      const above = lines[k - 1]!.trim();
      const next = lines[k]!.trimStart();
      out = above.length >= 16 && CJK_END.test(above) && CJK_START.test(next) ? `${out.trimEnd()}${next}` : `${out}\n${lines[k]}`;
    }
    node.value = out;
  } else if ('children' in node) for (const c of node.children) joinCjkLines(c as RootContent);
}

/** How often each word (letters only, lower-cased) occurs in a text. */
function wordCounts(text: string): Map<string, number> {
  const count = new Map<string, number>();
  for (const w of text.toLowerCase().match(/\p{L}+/gu) ?? []) count.set(w, (count.get(w) ?? 0) + 1);
  return count;
}

/**
 * A word cut at the end of a line by a hyphen, as a PDF's text hyphenates it (`from the in-` /
 * `side. You...`): whole again on the first line, the rest of the next one left where it is (each
 * line keeps its number). Without the hyphen where the text writes the word so elsewhere
 * ("inside"), with it otherwise (`steel-` / `framed`: "steel-framed").
 */
function rejoinHyphens(lines: string[], words: () => Map<string, number>): string[] {
  for (let k = 0; k + 1 < lines.length; k++) {
    const cut = /(?<![\p{L}-])(\p{L}+)-$/u.exec(lines[k]!);
    const rest = cut && /^(\p{Ll}+)([^\s]*)(?:\s+(?=\S)|\s*$)/u.exec(lines[k + 1]!);
    if (!cut || !rest) continue;
    const whole = `${cut[1]}${solid(cut[1]!, rest[1]!, words()) ? '' : '-'}${rest[1]}${rest[2]}`;
    // (The next line the word's end and nothing more, `fro-` / `zen.`: the word goes down to it
    // whole, unless the line above would be left empty.)
    if (rest[0].length === lines[k + 1]!.length) {
      if (lines[k]!.length === cut[0].length) continue;
      lines[k] = lines[k]!.slice(0, -cut[0].length).trimEnd();
      lines[k + 1] = whole;
      continue;
    }
    lines[k] = `${lines[k]!.slice(0, -cut[0].length)}${whole}`;
    lines[k + 1] = lines[k + 1]!.slice(rest[0].length);
  }
  return lines;
}

/**
 * Markdown's lines (`split`, one per source line) with `rejoinHyphens` applied where a line ends in
 * a cut word and the next, of the same paragraph, goes on in small letters: not in code, tables or
 * headings, nor where the next line may open with a label mistyped in small letters (`maria lopez:`).
 */
function rejoinMarkdownHyphens(lines: string[]): void {
  let known: Map<string, number> | undefined;
  const words = () => (known ??= wordCounts(lines.join('\n')));
  let fence = false;
  for (let k = 0; k + 1 < lines.length; k++) {
    if (/^\s*(?:```|~~~)/.test(lines[k]!)) fence = !fence;
    // (A line's trailing spaces, Markdown's hard break, go with the cut: the break was inside a word.)
    if (fence || !/\p{L}-[ \t]*$/u.test(lines[k]!) || /^\s*[#|]/.test(lines[k]!) || !/^\p{Ll}/u.test(lines[k + 1]!) || /^[^:：]{0,40}[:：]/u.test(lines[k + 1]!)) continue;
    const indent = /^\s*/.exec(lines[k]!)![0];
    const [a, b] = rejoinHyphens([lines[k]!.slice(indent.length).trimEnd(), lines[k + 1]!], words);
    lines[k] = indent + a;
    lines[k + 1] = b!;
  }
}

/** Each non-blank line as a paragraph of one text node (a heading, where marked `## `), positioned on its line. */
function plainRoot(lines: string[], wrapped: boolean, goesOn: Set<number>): Root {
  const children: RootContent[] = [];
  let known: Map<string, number> | undefined;
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.trim()) continue;
    // One line, or hard-wrapped, the lines up to the next blank one.
    let j = i;
    if (wrapped) while (j + 1 < lines.length && lines[j + 1]!.trim()) j++;
    // (Or the lines going on with it: a sentence a long line left unfinished.)
    else while (goesOn.has(j + 1)) j++;
    const value = rejoinHyphens(lines.slice(i, j + 1).map((l) => l.trim()), () => (known ??= wordCounts(lines.join('\n')))).join('\n');
    const position = { start: { line: i + 1, column: 1 }, end: { line: j + 1, column: lines[j]!.length + 1 } };
    // (A line marked as a heading, `## Questions & Answers`, as a call's parts are marked by the
    // format's reader, or as Markdown pasted into a text file writes it: a heading.)
    const heading = i === j ? /^(#{1,6})\s+(\S.*)$/.exec(value) : null;
    // (A rule alone on its line, `---`, `* * *`, `===`, parts the text as Markdown's does: no words.)
    if (i === j && /^(?:[-*_=]\s*){3,}$/.test(value)) children.push({ type: 'thematicBreak', position });
    else if (heading) children.push({ type: 'heading', depth: heading[1]!.length as 2, children: [{ type: 'text', value: heading[2]!, position }], position });
    else children.push({ type: 'paragraph', children: [{ type: 'text', value, position }], position });
    i = j;
  }
  return { type: 'root', children };
}


/**
 * `**Q** Why...?`, `**A** Mostly water.`: a question's or an answer's letter in bold, with no colon
 * or full stop, as some magazines set them. A label only where the file uses both, as `Q.` and `A.`.
 */
function boldLetter(node: RootContent, text: string): LabelMatch | null {
  if (node.type !== 'paragraph') return null;
  const [first, next] = node.children;
  if (first?.type !== 'strong' && first?.type !== 'emphasis') return null;
  const letter = plainText(first).trim();
  if (!/^[QA]$/.test(letter) || next?.type !== 'text' || !/^\s+\S/.test(next.value)) return null;
  const length = /^\s*[QA]\s+/.exec(text)?.[0].length;
  return length ? { key: letter, alias: null, length, time: null, dash: false, dot: true, role: null } : null;
}

/** A paragraph that opens with a question in bold (`**Paul asks: "Are wooden bridges safe?"** ...`). */
function opensWithBoldQuestion(b: Block): boolean {
  if (b.kind !== 'para' || b.node.type !== 'paragraph') return false;
  const first = b.node.children[0];
  return first?.type === 'strong' && /[?？¿؟]/.test(plainText(first));
}

/** A time in brackets or parentheses, as tools stamp words: `(0:15)`, `[00:00:15]`, `[00:00:15.20]`. */
const TIME_MARK = String.raw`[([]\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?[)\]]`;
/** Such a time between a paragraph's sentences, on its line or alone on one, or closing it after its last (`...thirty years. (00:15)`). */
// (Not one a colon closes, a label's after a name's initial, `Tom B. (0:00): Why...?`.)
const INLINE_TIME = new RegExp(String.raw`(?<=[.!?…]["”’)]?)[ \t]*\n?[ \t]*${TIME_MARK}(?![ \t]*[:：])(?=[ \t]*\n?[ \t]*\S|[ \t]*$)`, 'gu');
/** Such a time opening the text after a hard line break. */
const LEADING_TIME = new RegExp(String.raw`^[ \t]*${TIME_MARK}[ \t]*`, 'u');
/** Removes INLINE_TIME from the text of every paragraph under `node`. */
function withoutInlineTimes(node: Root | RootContent): void {
  if (node.type === 'text') node.value = node.value.replace(INLINE_TIME, '');
  if (!('children' in node)) return;
  const children = node.children as RootContent[];
  children.forEach((c, i) => {
    // (Alone on a line after a hard line break and a finished sentence, `remembers.  ` / `(0:15)`
    // / `And...`: the time opens the text after the break, words after it or another break.)
    const before = children[i - 2];
    if (c.type === 'text' && children[i - 1]?.type === 'break' && before?.type === 'text' && /[.!?…]["”’)]?\s*$/u.test(before.value)) {
      const rest = c.value.replace(LEADING_TIME, '');
      if (rest.trim() || children[i + 1]?.type === 'break') c.value = rest;
    }
    withoutInlineTimes(c);
  });
  // (A time alone between two breaks leaves one break, not an empty line.)
  if (children.some((c) => c.type === 'text' && c.value === '')) {
    const kept = children.filter((c) => !(c.type === 'text' && c.value === ''));
    (node as { children: RootContent[] }).children = kept.filter((c, i) => !(c.type === 'break' && kept[i - 1]?.type === 'break'));
  }
}

/**
 * A Q&A in Markdown whose question and answer share a paragraph, a line each, no label and no
 * bold, blank lines between the pairs (`Why do bridges fail?` / `Mostly corrosion.`), as a page
 * pasted without its styles sets them: each such paragraph split after its question line, where
 * no paragraph opens with a label nor a name stands alone; whether they make a Q&A, the reading from question marks
 * decides, as in plain text (said in a warning).
 */
function splitAskedParagraphs(root: Root): void {
  const question = (n: RootContent): { q: string; rest: string } | null => {
    if (n.type !== 'paragraph' || n.children[0]?.type !== 'text' || !n.position) return null;
    const t = n.children[0].value;
    const nl = t.indexOf('\n');
    if (nl < 1) return null;
    const q = t.slice(0, nl).trim();
    const rest = t.slice(nl + 1);
    return /[?？¿؟]["”’»]?$/u.test(q) && /^[\p{L}"“‘«¿¡]/u.test(q) && q.split(/\s+/).length <= 40 && lineLabel(q) == null && rest.trim() !== '' && !/[?？¿؟]["”’»]?\s*$/u.test(rest.trim()) ? { q, rest } : null;
  };
  const paragraphs = root.children.filter((n) => n.type === 'paragraph');
  const asked = new Set<RootContent>(paragraphs.filter((n) => question(n) != null));
  // (Nor where a name may head the turns, a heading below the first or a paragraph that is a full
  // name alone, `### Maria Lopez`, `Maria Lopez`: the questions may be the speaker's own.)
  const nameAlone = (n: RootContent) => (n.type === 'heading' && n !== root.children.find((x) => x.type === 'heading')) || (n.type === 'paragraph' && !toString(n).includes('\n'));
  if (asked.size === 0 || paragraphs.some((n) => lineLabel(toString(n).split('\n')[0]!) != null) || root.children.some((n) => nameAlone(n) && FULL_NAME_KEY.test(toString(n).trim().replace(/[:：]$/, '')))) return;
  root.children = root.children.flatMap((n) => {
    const split = asked.has(n) ? question(n) : null;
    if (!split || n.type !== 'paragraph' || n.children[0]?.type !== 'text') return [n];
    const start = n.position!.start;
    const first = n.children[0];
    const lineEnd = { line: start.line, column: start.column + split.q.length, offset: start.offset != null ? start.offset + split.q.length : undefined };
    const nextStart = { line: start.line + 1, column: 1 };
    return [
      { type: 'paragraph', children: [{ type: 'text', value: split.q, position: { start, end: lineEnd } }], position: { start, end: lineEnd } },
      { type: 'paragraph', children: [{ ...first, value: split.rest.replace(/^\s+/, ''), position: { start: nextStart, end: first.position?.end ?? n.position!.end } }, ...n.children.slice(1)], position: { start: nextStart, end: n.position!.end } },
    ] as RootContent[];
  });
}

/** A node's text, a hard line break counting as a space (toString drops it, gluing two words). */
function plainText(node: RootContent | PhrasingContent): string {
  if (node.type === 'break') return ' ';
  // A list's items, a quote's paragraphs: one per line, not glued into one word.
  if (node.type === 'list' || node.type === 'listItem' || node.type === 'blockquote') return node.children.map(plainText).join('\n');
  // (A table's rows one per line, its cells apart.)
  if (node.type === 'table' || node.type === 'tableRow') return (node.children as RootContent[]).map(plainText).join(node.type === 'table' ? '\n' : ' ');
  // (A link's words wrapped over two lines, `[Florence` / `d’Alché-Buc](https://...)`: one line, as shown.)
  if (node.type === 'link' || node.type === 'linkReference') return node.children.map(plainText).join('').replace(/[ \t]*\n\s*/g, ' ');
  if ('children' in node) return (node.children as (RootContent | PhrasingContent)[]).map(plainText).join('');
  return toString(node);
}

/** Whether the node holds a link. */
function linkIn(node: RootContent | PhrasingContent): boolean {
  return node.type === 'link' || node.type === 'linkReference' || ('children' in node && (node.children as (RootContent | PhrasingContent)[]).some(linkIn));
}

/** The whole paragraph is in italics (`*What was the hardest bridge?*`). */
function wholeEmphasis(node: RootContent): boolean {
  if (node.type !== 'paragraph') return false;
  const kids = node.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
  return kids.length === 1 && kids[0]!.type === 'emphasis';
}

/**
 * A label set in Markdown's bold in a text file read as plain text, its stars kept as written
 * (`**Maria Lopez:** Salt...` among plain `Tom Becker: ...` lines): the label, the stars no words.
 */
function starredLabel(text: string): LabelMatch | null {
  const s = /^(\*\*|__)([^*_\n]{1,80}?)(\s*[:：])?\1(\s*[:：])?[ \t]*/u.exec(text);
  if (!s || (s[3] == null) === (s[4] == null)) return null;
  const m = matchLabel(`${s[2]}: ${text.slice(s[0].length)}`);
  return m && m.length >= s[2]!.length + 1 ? { ...m, length: s[0].length + Math.max(0, m.length - s[2]!.length - 2) } : null;
}

/** A line of words that may go on a paragraph written one sentence to a line: no heading, list item, rule or time opening it, nor a time alone. */
function sentenceLine(l: string): boolean {
  const t = l.trim();
  return t !== '' && !/^(?:#{1,6}\s|[-*_=]{3,}$)/.test(t) && !LIST_ITEM.test(t) && !TIMED_LINE.test(l) && !STAMP_ONLY_RE.test(t);
}

/** A line holding a sentence's end and another's start: `Water. It rusts.`, `水。它生锈。`, `الماء. إنه يصدأ.` */
const TWO_SENTENCES = /[.!?؟।]["”’)]?\s+["“‘(]?[\p{Lu}\p{Lo}]|[。！？][」』”）)]?(?=[^\s」』”）)])/u;

/**
 * Whether a text is written a sentence or less to a line, its turns' lines together between blank
 * lines (past the first label; a blank line above two in three of the labels after it): twelve lines
 * of words or more stand two or more together, two in three of all its lines of words at least, and
 * one in ten of those at most holds a sentence's end and another's start (a text written a paragraph
 * to a line holds several).
 */
function oneSentenceLines(lines: string[], labelOf: (l: string) => { only: boolean; rest?: string } | null): boolean {
  const first = lines.findIndex((l) => labelOf(l) != null);
  if (first === -1) return false;
  // (A page copied line by line has no blank line between its turns.)
  const labels = lines.flatMap((l, i) => (i > first && l.trim() !== '' && labelOf(l) != null ? [i] : []));
  if (labels.filter((i) => lines[i - 1]!.trim() === '').length * 3 < labels.length * 2) return false;
  let together: string[] = [];
  let alone = 0;
  let run: string[] = [];
  const end = () => {
    if (run.length >= 2) together = together.concat(run);
    else alone += run.length;
    run = [];
  };
  for (let i = first; i < lines.length; i++) {
    const l = lines[i]!;
    const label = l.trim() === '' ? null : labelOf(l);
    // (A label's line opens a run with its words, `Tom Becker: Hello everybody.`; alone, it opens none.)
    if (label) {
      end();
      if (!label.only && label.rest?.trim()) run.push(label.rest.trim());
    } else if (l.trim() === '' || !sentenceLine(l)) end();
    else run.push(l.trim());
  }
  end();
  if (together.length < 12 || together.length < 2 * alone) return false;
  // (A script without case opens its next sentence with any letter; Chinese and Japanese set no space after their stop.)
  const twice = together.filter((l) => TWO_SENTENCES.test(l.length > 2000 ? l.slice(0, 2000) : l)).length;
  return twice <= 0.1 * together.length;
}

/** A paragraph that is all one `**strong**` span (whitespace aside). */
function wholeStrong(node: RootContent): boolean {
  if (node.type !== 'paragraph') return false;
  const kids = node.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
  return kids.length === 1 && kids[0]!.type === 'strong';
}

/** A single line of three words or more in capitals, not closed as a sentence: a record's heading. */
function shouted(b: Block): boolean {
  // (Over two or three lines too, as a record hard-wrapped at a fixed width centres a long heading.)
  if (b.kind !== 'para' || (!b.singleLine && (b.endLine - b.line > 2 || b.text.split('\n').length > 3))) return false;
  const t = b.text.trim();
  return t.length <= 200 && !/\p{Ll}/u.test(t) && (t.match(/\p{Lu}/gu)?.length ?? 0) >= 12 && t.split(/\s+/).length >= 3 && !/[!?。！？]$/u.test(t) && !/(?<!\b\p{Lu}{1,3})\.$/u.test(t);
}

/** Title case (`Bridges That Heal Themselves`) or a site's name after a bar, and not a sentence. */
/** A line in a script without case, Chinese, Japanese, Korean, Arabic...: no title case to tell a headline by, its length does. */
const CASELESS_HEADLINE = /^[^\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}]+$/u;
/** A line wholly a quotation, no sentence: `»Wasser ist der größte Feind«`, `“Water is the enemy”`. */
/** A headline that says what the piece is: `An Interview with Maria Lopez About Bridges`, `A Conversation with ...`, `Q&A with ...`, `... Matthew Prince 访谈：...`, `专访...`. */
const INTERVIEW_HEADLINE = /^(?:(?:An?|The) )?(?:Interview|Conversation|Q&A|Chat|Talk) (?:with|With) \p{Lu}|(?:访谈|訪談|专访|專訪|对话|對話|インタビュー)\s*[：:]|^(?:专访|專訪|对话|對話)/u;
/** A headline opening with a quotation and going on after it: `‘Water is the enemy’: Maria Lopez on why bridges fall`. */
const QUOTED_HEADLINE = /^[»«“"„‘‚'][^»«“”"„]{6,150}[«»”"“’'][:,]?\s+\S/u;
const QUOTE_ONLY = /^[»«“"„‘‚'][^»«“”"„]{6,150}(?<![.!?…])[«»”"“’']$/u;

/**
 * A paragraph's text with the line breaks of its hard wrapping read as the spaces they stand for:
 * a break after a line of 40 characters or more (WRAPPED_LINE) that breaks off mid-sentence, no label on the next
 * line (`... talks with the engineer Maria` / `Lopez about rust`: one name). Lines of their own, a
 * name above words or a list of names, keep their breaks.
 */
function unwrapped(text: string): string {
  return text.replace(/^([^\n]+)\n(?=([^\n]+))/gm, (whole, line: string, next: string) => (line.length < WRAPPED_LINE || endsLikeSentence(line) || /[:：]\s*$/.test(line) || lineLabel(next) != null ? whole : `${line} `));
}

/** A line in title case: seven in ten of its words of four letters or more capitalised, three of them or more. */
function titleCased(t: string): boolean {
  // (Vietnamese writes a syllable a word, most of three letters or fewer: its words of two letters
  // or more count, `Maria Lopez: Nước là kẻ thù lớn nhất` being in sentence case.)
  const long = t.split(/\s+/).filter(VIETNAMESE_LETTERS.test(t) ? (w) => /^\p{L}{2,}/u.test(w) : (w) => /^\p{L}{4,}/u.test(w));
  return long.length >= 3 && long.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.7 * long.length;
}

/** Every word of four letters or more capitalised, three such or more: a headline's case, whatever ends it. */
function headlineCase(t: string): boolean {
  const long = t.split(/\s+/).map((w) => w.replace(/^[^\p{L}]+/u, '')).filter((w) => /^\p{L}{4,}/u.test(w));
  return long.length >= 3 && long.every((w) => /^\p{Lu}/u.test(w));
}

function headlineShaped(text: string): boolean {
  const t = text.trim();
  // (A quotation of the guest's, no sentence: `Maria Lopez: “El agua es el peor enemigo de los puentes”`.)
  if (QUOTE_ONLY.test(t)) return true;
  if (endsLikeSentence(t) || /[?？؟]$/.test(t) || t.length > 150) return false;
  if (/\S\s[|]\s\S/.test(t)) return true;
  const long = t.split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w));
  return long.length >= 3 && long.filter((w) => /^\p{Lu}\p{Ll}/u.test(w)).length >= 0.75 * long.length;
}

/** Words in a line, a Chinese or Japanese character counting as half a word. */
function wordCount(text: string): number {
  const cjk = text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu)?.length ?? 0;
  return text.replace(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu, ' ').split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length + Math.floor(cjk / 2);
}

function looksLikeHeading(b: Block): boolean {
  if (!b.singleLine) return false;
  // (A chapter's time closing it, `Valencia [12:30]`, read without it.)
  // (Or opening it, `[00:10:40] Money`: a chapter of one word is as much one as of three.)
  const t = withoutTimeAfter(b.text.trim()).replace(/^[([]\d{1,2}:\d{2}(?::\d{2})?[)\]]\s+(?=\S)/, '') || b.text.trim();
  // A field of the record's header (`Date: 12 May 2023`, `Location: Bonn`) heads nothing.
  if (RECORD_FIELD.test(t)) return false;
  // Nor a credit (`Photo Credit: Jane Doe`, `Recorded live: at the festival`).
  // (Or by its word, `Photo illustration by Ana Silva`, `Photographs by ...`.)
  if (/^(?:photo|photograph|image|picture|illustration|video|audio|credits?|source|recorded|filmed|produced|edited|music)\b[^:：]{0,20}[:：]/i.test(t) || CREDIT_LINE.test(t)) return false;
  if (endsLikeSentence(headingCore(t)) || /,/.test(t) || /https?:\/\/|www\.|[<>]/.test(t) || isDateline(t)) return false;
  const ws = t.split(/\s+/);
  if (ws.length > 16 || !/\p{L}/u.test(t)) return false;
  // A heading opens with a capital: a line of speech transcribed without punctuation does not.
  if (/^\p{Ll}/u.test(t)) return false;
  const visible = t.replace(/\s+/g, '');
  if ((visible.match(/\p{L}/gu)?.length ?? 0) < visible.length / 2) return false;
  if (ws.length <= 5) return true;
  const cased = ws.filter((w) => /^\p{L}/u.test(w) && w.length > 3);
  if (cased.length === 0) return true;
  return cased.filter((w) => /^\p{Lu}/u.test(w)).length / cased.length >= 0.6 || !/\p{Lu}|\p{Ll}/u.test(t);
}

/** A short line closed by a colon that could head a part (`RBF pinning:`, `背景:`): twelve words at most, from a capital or a letter without case, no sentence inside it, no link, no field (`Date:`). */
function colonHeading(b: Block): boolean {
  if (!b.singleLine) return false;
  const t = b.text.trim();
  // (A space before it too, as French sets it: `La confiance, notion cruciale :`.)
  if (!/[^\s:：][ \u00a0\u202f]?[:：]$/u.test(t)) return false;
  const core = t.slice(0, -1).trim();
  return wordCount(core) <= 12 && /^[\p{Lu}\p{Lo}]/u.test(core) && !/[.!?。！？…]["”’)]?\s/u.test(core) && !/https?:\/\/|www\.|[<>]/.test(core) && !RECORD_FIELD.test(t) && headerLine(t) == null && !isDateline(core);
}

/** A line in sentence case that could head a part: six to sixteen words from a capital (three with a comma), no sentence, no colon at its end, no link, mostly letters. */
function sentenceCaseHeading(b: Block): boolean {
  if (!b.singleLine) return false;
  const t = b.text.trim();
  const ws = t.split(/\s+/);
  // (Three words or more with a comma, `La confiance, notion cruciale`.)
  if (ws.length < (/,/.test(t) ? 3 : 6) || ws.length > 16 || !/^\p{Lu}/u.test(t) || endsLikeSentence(headingCore(t)) || /[:：;,]$/.test(t) || /https?:\/\/|www\.|[<>]/.test(t) || isDateline(t) || RECORD_FIELD.test(t)) return false;
  const visible = t.replace(/\s+/g, '');
  return (visible.match(/\p{L}/gu)?.length ?? 0) >= visible.length * 0.7;
}

/** A heading's words before what closes it in parentheses without a stop (`MPP (Multi-Part Payments)`, `Greenlight demo (Christian Decker)`): whether it is a sentence is read from them. */
function headingCore(t: string): string {
  return (t.endsWith(')') && t.replace(/\s*\([^().!?…。！？]{1,60}\)$/u, '')) || t;
}

/** A paragraph of links alone (`[Talk to our team](https://...)`). */
function linkOnly(b: Block): boolean {
  return b.kind === 'para' && b.node.type === 'paragraph' && b.node.children.some((c) => c.type === 'link') && b.node.children.every((c) => c.type === 'link' || (c.type === 'text' && !c.value.trim()));
}

/** A line in title case that could head a part: four to sixteen words from a capital, four in five of the longer ones capitalised, no sentence but a question, no colon at its end (but one closing it), no link. */
function titleCaseHeading(b: Block): boolean {
  if (!b.singleLine) return false;
  // (A colon after it too, `Kernel vs Multi-Process Bitcoin Core:`, as a text file may set its parts;
  // not after a comma or a parenthesis, as a label alone names a company, `Maria Lopez, Rhine Works:`.)
  // (Closed so, fewer words are enough, `Reasoning and Coding:`, `Groq:`: a line of speech closed
  // by a colon is not in title case, "And then he said:".)
  const colon = /^[^,，(]+[^\s,，(][:：]$/u.test(b.text.trim());
  const t = colon ? b.text.trim().slice(0, -1) : b.text.trim();
  const ws = t.split(/\s+/);
  if (ws.length < (colon ? 1 : 4) || ws.length > 16 || !/^\p{Lu}/u.test(t) || (endsLikeSentence(headingCore(t)) && !/[?？؟]$/.test(t)) || /[:：;,]$/.test(t) || /https?:\/\/|www\.|[<>]/.test(t) || isDateline(t) || RECORD_FIELD.test(t)) return false;
  const long = ws.map((w) => w.replace(/^[^\p{L}]+/u, '')).filter((w) => w.length > 3);
  return long.length >= (colon ? 1 : 3) && long.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.8 * long.length;
}

/**
 * Unlabelled questions right above the labels: how many times each label stands right under one
 * where it or no one is labelled right before it (someone unlabelled spoke between: `Why steel?` /
 * `Maria Lopez: ...` / `And salt?` / `Maria Lopez: ...`; not a guest's own question closing her turn
 * before the host's label, `... Who would have bet on it?` / `Tom: Not me.`), how many of its turns
 * come after the first, and whether they are put to a panel: the labels right after them naming two
 * voices or more, where one voice is labelled right before a question and right after it, or three
 * voices or more answer between two questions; or the first right above the first label, and two
 * or more of the rounds between one question and the next (half of them at least) answered by two
 * voices or more; and in two rounds in three or more, no voice speaking twice. Not a two-person
 * talk's questions each way, nor its exchanges between two questions (`Tom: ...` / `Maria: ...` /
 * `Tom: ...`), nor a labelled host's question closing each of his turns (`Tom: You wrote...` /
 * `What changed?` / `Maria: ...`), nor one guest's answers.
 */
function unlabelledQuestions(blocks: Block[], firstLabel: number): { questions: number; answered: Map<string, number>; inRounds: Map<string, number>; panel: boolean } {
  const answered = new Map<string, number>();
  /** How many of each label's turns come after a question (not before the first). */
  const inRounds = new Map<string, number>();
  /** The voices labelled after each question, up to the next, in order. */
  const rounds: string[][] = [];
  const after = new Set<string>();
  let firstBeforeLabels = false;
  let sameVoice = false;
  let before: string | null = null;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.label) {
      before = b.label.key;
      if (rounds.length) {
        rounds.at(-1)!.push(b.label.key);
        inRounds.set(b.label.key, (inRounds.get(b.label.key) ?? 0) + 1);
      }
    } else if (i >= firstLabel - 1 && b.kind === 'para' && blocks[i + 1]?.label && ASKS.test(b.text)) {
      if (!rounds.length) firstBeforeLabels = i === firstLabel - 1;
      const key = blocks[i + 1]!.label!.key;
      after.add(key);
      if (before === key) sameVoice = true;
      if (before === key || before == null) answered.set(key, (answered.get(key) ?? 0) + 1);
      rounds.push([]);
    }
  }
  const voices = rounds.map((r) => new Set(r).size);
  const shared = voices.filter((n) => n >= 2).length;
  // (A panelist answers a question once, but for a word back now and then: rounds where a voice
  // speaks twice, a third of them or more, are a talk's exchanges.)
  const exchanges = rounds.filter((r, k) => voices[k]! < r.length).length;
  const panel = rounds.length >= 2 && exchanges * 3 < rounds.length && ((after.size >= 2 && (sameVoice || voices.some((n) => n >= 3))) || (firstBeforeLabels && shared >= 2 && shared >= rounds.length / 2));
  return { questions: rounds.length, answered, inRounds, panel };
}

/** Whether block `i` is right under a question set apart in bold or italics, in blocks that set three or more so: its answer, "Subscribe to nothing, question everything." under `**Your motto?**` (the questions counted once). */
function answersToSetApart(blocks: Block[]): (i: number) => boolean {
  let questions: number | undefined;
  return (i) => setApartQuestion(blocks[i - 1]) && !setApartQuestion(blocks[i]) && (questions ??= blocks.filter(setApartQuestion).length) >= 3;
}
/** A question set wholly in bold or italics, no label. */
const setApartQuestion = (q: Block | undefined) => q != null && q.kind === 'para' && !q.label && (q.bold || wholeEmphasis(q.node)) && ASKS.test(q.text);

/** A byline alone on its line, as papers print it after an interview ("Propos recueillis par Tom Becker", "Entrevista realizada por Tom Becker.", or in a sentence of some length, "This interview was conducted by Tom Becker and has been edited for length."). */
function closingByline(text: string): boolean {
  return text.split(/\s+/).length <= 16 && bylineName(text) != null;
}

/** Words in the first person that do not address the reader: a speaker's own, whatever they mention. */
function speakersOwn(text: string): boolean {
  return FIRST_PERSON.test(text) && !READER_ADDRESS.test(text) && !PUBLISHER_PHRASE.test(text);
}

function isPublisherNote(text: string, publication: string | undefined): boolean {
  // (Its word alone is not enough: "Podcasts are a good way to learn", "Email remains the best
  // tool", a guest's last words, say it of the world. The note speaks to the reader, in a
  // publisher's phrase, or of the show itself.)
  if (PUBLISHER_NOTE_RE.test(text) && (READER_ADDRESS.test(text) || PUBLISHER_PHRASE.test(text) || SHOW_ITSELF.test(text))) return true;
  return publication != null && new RegExp(`\\b${publication.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i').test(text) && /visit|subscribe|available|read|join/i.test(text);
}


/** A paragraph that is only a picture linking to a page (not to the picture itself): a logo, an avatar. */
function pagePicture(b: Block): boolean {
  if (b.kind !== 'para' || b.label || b.node.type !== 'paragraph') return false;
  const kids = b.node.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
  const link = kids.length === 1 && kids[0]!.type === 'link' && kids[0].children.length === 1 ? kids[0] : null;
  // (The picture is its description by now, `[image: Bridge Notes]`: `literalize` wrote it so.)
  const inner = link?.children[0];
  return link != null && inner?.type === 'text' && /^\[image: [^\]]*\]$/.test(inner.value) && !/\.(?:png|jpe?g|gif|webp|avif|svg)(?:[?#]|$)/i.test(link.url);
}
/** A paragraph or a list of links and nothing else but separators (`[A](...) | [B](...)`). */
function linksOnly(b: Block): boolean {
  if (b.kind !== 'para' || b.label || (b.node.type !== 'paragraph' && b.node.type !== 'list')) return false;
  let links = 0;
  let other = '';
  const walk = (n: RootContent | PhrasingContent): void => {
    if (n.type === 'link' || n.type === 'linkReference') links++;
    else if (n.type === 'text' || n.type === 'inlineCode') other += n.value;
    else if ('children' in n) for (const c of n.children as (RootContent | PhrasingContent)[]) walk(c);
  };
  walk(b.node);
  return links > 0 && other.replace(/[\s|•·,;/–—-]/gu, '') === '';
}

/** Raw HTML as text: its source, but for a picture with a description (`<img alt="...">`), which is that description, as a Markdown picture's is. */
function htmlText(html: string): string {
  if (!/^<img\b[^>]*>$/i.test(html.trim())) return html;
  const alt = /\balt\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(html);
  const text = (alt?.[1] ?? alt?.[2] ?? '').trim();
  return text ? `[image: ${text}]` : html;
}

/** Raw HTML in a transcript is text to show, not markup: html nodes become text, images their alt text. */
/** An inline tag that only formats the words: `<i>`, `<em class="x">`, `<b>`, `<strong>`, `<u>`, `<span class="...">`, `<font face="...">`, `<mark>` (not one that styles them, `style="..."`: shown as its source). */
const INLINE_OPEN = /^<(i|em|b|strong|u|span|font|mark)(?:\s+(?:class|lang|dir|color|face|size|data-[\w-]+)(?:\s*=\s*(?:"[^"<>]*"|'[^'<>]*'|[^\s"'<>=`]+))?)*\s*>$/i;

function literalize(node: RootContent | Root, definitions: Map<string, Definition>): void {
  if (node.type === 'html') {
    // A block of raw HTML becomes a paragraph that shows its source (a picture, its description).
    const block = node as unknown as { type: string; value?: string; children?: PhrasingContent[] };
    block.children = [{ type: 'text', value: htmlText(block.value ?? '') }];
    block.type = 'paragraph';
    delete block.value;
    return;
  }
  if (!('children' in node)) return;
  const children = node.children as (RootContent | PhrasingContent)[];
  // Inline formatting a word processor or a page keeps in the words, an opening tag and its closing
  // one among the same words (`Carbon. <i>Really</i> carbon.`): Markdown's emphasis or bold, or
  // the words alone (`<u>`, `<span>`, `<font>`, `<mark>`); any other tag stays text to show.
  // (Read in one pass into a new list, each tag's closing one the first tag after it: thousands of
  // them in a hostile paragraph took time growing with the square of their number.)
  const formatted: (RootContent | PhrasingContent)[] = [];
  for (let i = 0; i < children.length; i++) {
    const open = children[i]!.type === 'html' ? INLINE_OPEN.exec((children[i] as Html).value) : null;
    let close = -1;
    if (open) {
      const closing = new RegExp(`^</${open[1]!.toLowerCase()}\\s*>$`, 'i');
      // (None where another tag comes first, `<i>a <b>b</b></i>`.)
      let next = i + 1;
      while (next < children.length && children[next]!.type !== 'html') next++;
      if (next < children.length && closing.test((children[next] as Html).value)) close = next;
    }
    if (close === -1) {
      formatted.push(children[i]!);
      continue;
    }
    const tag = open![1]!.toLowerCase();
    const inner = children.slice(i + 1, close) as PhrasingContent[];
    const kind = tag === 'i' || tag === 'em' ? 'emphasis' : tag === 'b' || tag === 'strong' ? 'strong' : null;
    if (kind) formatted.push({ type: kind, children: inner } as PhrasingContent);
    else for (const c of inner) formatted.push(c);
    i = close;
  }
  children.length = 0;
  for (const c of formatted) children.push(c);
  // (HTML's line break, `<br>`, a page's editor leaves at the end of each line: Markdown's, none at the end.)
  // (`blankAfter`: nothing but blank text after it, kept as the loop goes back; looking again after
  // each break took time growing with the square of their number.)
  let blankAfter = true;
  for (let i = children.length - 1; i >= 0; i--) {
    const c = children[i]!;
    if (c.type !== 'html' || !/^<br\s*\/?>$/i.test((c as Html).value)) {
      blankAfter &&= c.type === 'text' && !((c as { value?: string }).value ?? '').trim();
      continue;
    }
    if (blankAfter) children.splice(i, children.length - i);
    else {
      children[i] = { type: 'break' } as PhrasingContent;
      // (The line's own end after it is the same break.)
      const next = children[i + 1] as { type: string; value?: string } | undefined;
      if (next?.type === 'text' && next.value != null) next.value = next.value.replace(/^[ \t]*\n/, '');
    }
  }
  for (let i = 0; i < children.length; i++) {
    const c = children[i]!;
    if (c.type === 'html') children[i] = { type: 'text', value: htmlText((c as Html).value) } as PhrasingContent;
    else if (c.type === 'image' || c.type === 'imageReference') children[i] = { type: 'text', value: c.alt ? `[image: ${c.alt}]` : '' } as PhrasingContent;
    else if (c.type === 'linkReference') {
      // `[Tindie][15]` with `[15]: https://...` at the end of the file: the link it stands for.
      const d = definitions.get(c.identifier.toLowerCase());
      const link = d ? ({ type: 'link', url: d.url, title: d.title ?? null, children: c.children } as PhrasingContent) : ({ type: 'text', value: toString(c) } as PhrasingContent);
      children[i] = link;
      literalize(link as RootContent, definitions);
    } else literalize(c as RootContent, definitions);
  }
}

/** Removes the first `n` characters of a paragraph's text (its speaker label), across emphasis. */
function stripLeading(node: RootContent, n: number): void {
  let left = n;
  const walk = (parent: { children?: unknown[] }): void => {
    const kids = parent.children as (PhrasingContent & { value?: string; children?: unknown[] })[] | undefined;
    if (!kids) return;
    while (left > 0 && kids.length) {
      const k = kids[0]!;
      if (typeof k.value === 'string') {
        if (k.value.length <= left) {
          left -= k.value.length;
          kids.shift();
        } else {
          k.value = k.value.slice(left).replace(/^\s+/, '');
          left = 0;
        }
      } else if (k.children) {
        walk(k);
        if (k.children.length === 0) kids.shift();
        else if (left > 0) break;
      } else {
        if (k.type === 'break') left -= 1; // plainText counts a hard break as one space
        kids.shift();
      }
    }
    if (kids.length && typeof kids[0]!.value === 'string') kids[0]!.value = kids[0]!.value!.replace(/^\s+/, '');
  };
  walk(node as { children?: unknown[] });
}
