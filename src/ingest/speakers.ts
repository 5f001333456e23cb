import { asksUnpunctuated, holdsQuestion, JA_ASKS } from './attribute.ts';
import type { FrontMatter } from './frontmatter.ts';
import { uncapitalise } from './hearing.ts';
import { BENCH_TITLE_ABROAD, caselessName, CJK_NAME_KEY, foldName, FULL_NAME_KEY, listItems, fullestForm, GREETING, initialsOf, isPlaceholder, isSideWord, isSurnameWithParticles, JOINT_SPLIT, PUBLICATION_ARTICLE, jointParts, roleWord, SELF_ABROAD, TITLE, turnedTo, vocative, ZH_SURNAMES } from './labels.ts';
import { escapeRe, misspells, slipKey, transposed } from './text.ts';
import { isCommonWord } from './language.ts';
import type { Role } from './types.ts';

/**
 * Who is behind each label, and in what role.
 *
 * Names: a label is resolved to the fullest name the file gives for it: the front matter's
 * `speakers` (a map of labels, or a list of names that the text may label by first name, last
 * name or initials), a `Full Name (AB):` label, another label that is the full name, a full
 * name in the text whose initials the label is, or a placeholder's self-introduction
 * ("Speaker 0": "I am Shinobi"). Otherwise the label is shown as written.
 *
 * Roles: the front matter's wins (a role in `speakers`, `guest:`, `interviewer:`); then role
 * words (Q, A, Audience, Editor). Anyone else is judged on evidence: who asks, who welcomes and
 * introduces ("welcome back to the show", "my guests today") or thanks for being had ("thanks
 * for having me"), who is welcomed by name, how long their turns are, and, when the front
 * matter lists some speakers but not others, that a list names the guests.
 */

export interface Speaker {
  key: string | null;
  name: string;
  role: Role;
  /** How sure the role is, 0.5 to 1: 1 when the front matter or a role word says it. */
  roleConfidence: number;
  /** Speakers who say the words together (`Paul Kim and Maria Lopez:`): the label's role is theirs when they share one (see jointRole). */
  joint?: Speaker[];
}

/** A label of speakers together with each one's name for their label: `Ben & David` -> `Ben Gilbert & David Rosenthal`. */
export function jointName(key: string, parts: Speaker[]): string {
  let i = 0;
  return key
    .split(JOINT_SPLIT)
    .map((w, j) => (j % 2 === 0 ? (parts[i++]?.name ?? w) : w.toLowerCase()))
    .join('');
}

/** The role of speakers who say the words together: theirs if they share one, else neither side. */
export function jointRole(parts: Speaker[]): { role: Role; roleConfidence: number } {
  const role = parts.every((p) => p.role === parts[0]!.role) ? parts[0]!.role : 'other';
  return { role, roleConfidence: Math.min(...parts.map((p) => p.roleConfidence)) };
}

/** One labelled paragraph, as the resolver sees it. */
export interface LabelUse {
  key: string;
  /** `Full Name (AB):` gives AB. */
  alias: string | null;
  /** The paragraph's words after the label. */
  text: string;
  /** Index of the paragraph in the document, for order. */
  index: number;
  /** The role the label itself states (`AILSA CHANG, HOST:`). */
  role?: Role | null;
  /** That role is a newsroom's job, `, ANCHOR` (LabelMatch.anchor). */
  anchor?: true;
  /** The source line the label is written on, as written. */
  written?: string;
}

export const HOST_PHRASES =
  /\b(welcome (back )?(to|on) (the|this|our|my) (show|podcast|program|programme|episode|panel)|welcome back,? \p{Lu}|welcome,? \p{Lu}\p{Ll}+|^welcome(?=[.!])|the following is (a|an|my) (conversation|interview)|my guests? (today )?(is|are)|today,? my guests?|today['’]?s guests?|joining (me|us) (today|now|is|are)|joined (today )?by|i['’]?m your host|this episode is (brought|sponsored)|on (this|today['’]?s) (episode|show)|thanks for (listening|watching)|here['’]?s an? (little |quick |short |brief )?(interlude|word|message|break) from|(a|one) (quick |short |brief )?(word|message|mention|break) from (our|this|today['’]?s) sponsors?|(check out|thank) (our|his|her|the) sponsors|we['’]?ll be right back|(right|back) after (the|this) break|stay with us|thank you (so much )?for (coming on|joining (me|us))|thanks (so much )?for (coming on|joining (me|us))|let['’]?s (get started|dive in|jump in)|(will|shall) (now )?come to order|(hearing|meeting|committee|subcommittee|session|panel) (is|stands) (now )?adjourned|(you are|you['’]re) (now )?recogni[sz]ed|the chair (now )?recogni[sz]es|bienvenid[oa]s?|bienvenue|willkommen|nous (?:recevons|accueillons)|(?:you have|i give you) the floor|the floor is yours|vous avez la parole|je vous donne la parole|la parole est|sie haben das wort|das wort hat|ich erteile (?:\S+ ){0,4}das wort|tiene (?:usted )?la palabra|ha la parola|ha facoltà di parlare|benvenut[oaie]|bem-vind[oa]s?|welkom|välkomna|välkommen|velkommen|witam(?:y)?|vítejte|hoş geldiniz|selamat datang|tervetuloa)\b|(?<![\p{L}])(?:добро пожаловать|ласкаво просимо|καλώς ήρθατε|chào mừng)(?![\p{L}])|欢迎(?:来到|收听|回到|您|你)|歡迎(?:來到|收聽|回到|您|你)|ようこそ|환영합니다/iu;
export const GUEST_PHRASES =
  /\b(thanks? (you )?(so much )?for having (me|us)|thank you for having (me|us)|(great|good|happy|glad|nice|a pleasure|an honou?r|pleasure) to be (here|back|on)|it['’]?s (great|good|a pleasure) to be (here|back|on)|gracias por (invitarme|tenerme|la invitación)|merci de m['’]?avoir|merci (?:pour|de) l['’]invitation|danke für die einladung|grazie (?:per l['’]|dell['’])invito|obrigad[oa] pelo convite|bedankt voor de uitnodiging|tack för inbjudan|dziękuję za zaproszenie|děkuji za pozvání|davetiniz için teşekkür(?:ler| ederim)?|(?:may|can|could) i (?:just |briefly |quickly )?add (?:something|one thing|a (?:point|word|thought)|to (?:that|this|what))|darf ich (?:kurz |noch )?(?:etwas |kurz )?ergänzen|puis-je (?:ajouter|compléter)|puedo (?:añadir|agregar) algo|posso aggiungere)(?![\p{L}])|(?<![\p{L}])спасибо за приглашение(?![\p{L}])/iu;

/** A prompt that asks without a question mark: "Tell me about that night.", "Walk me through an inspection.", "Describe the bridge."; a hand-over by name, "Ana, your view.", "Paul, briefly." */
export const PROMPT = /(?:^|[.!?]\s+)(?:(?:So|And|Now|OK|Okay|Well|First|Finally),?\s+)?(?:\p{Lu}\p{Ll}+,\s+)?(?:[Tt]ell (?:me|us)|[Tt]alk (?:me|us) through|[Ww]alk (?:me|us) through|[Tt]ake (?:me|us) (?:through|back)|[Dd]escribe|[Ee]xplain|[Ll]et['’]s (?:start|begin|talk|turn|move)|[Ss]ay more|[Hh]elp (?:me|us) understand|[Pp]aint (?:me|us) a picture|[Ee]rzählen Sie|[Bb]eschreiben Sie|[Ee]rklären Sie|[Rr]acontez-(?:nous|moi)|[Pp]arlez-(?:nous|moi)|[Ee]xpliquez-(?:nous|moi)|[Dd]écrivez|[Cc]uént(?:enos|eme|anos|ame)|[Hh]ábl(?:enos|eme|anos|ame)|[Ee]xplíque(?:nos|me)|[Dd]escríba(?:nos|me)|[Cc]i (?:racconti|parli|spieghi)|[Mm]i (?:racconti|parli|spieghi)|[Cc]onte-(?:nos|me)|[Ff]ale-(?:nos|me)|[Ee]xplique-(?:nos|me))(?![\p{L}-])|(?:^|[.!?]\s+)(?!(?:Well|Sure|Okay|Ok|Yes|No|So|And|Now|Please|Then|Fine|Right|Alright|Oh|Very|Quite|Really|Sorry),)\p{Lu}\p{Ll}+,\s+(?:your (?:view|thoughts|take|turn|response)|over to you|go ahead|you first|you next|briefly)\b[^.!?]{0,80}[.!]/u;
/** A speaker who says they host: "I'm your host", "I'm one of your co-hosts", "I am Ana Silva, one of your hosts". */
const SELF_HOST = /\b(?:[Ii]['’][mM]|I [Aa][mM])(?:(?: \p{Lu}[\p{L}'’-]+){1,3},)? (?:[Yy]our|YOUR|[Tt]he|THE|[Oo]ne of your|ONE OF YOUR) (?:[Cc]o-?|CO-?)?(?:[Hh]osts?|HOSTS?)\b/u;
/** Two hosts together: "we are your hosts", "we're your co-hosts". */
const WE_HOSTS = /\b(?:we are|we're|we’re) your (?:co-?)?hosts\b/iu;
/** A dek in which the writer asked, or spoke with, the people named after it: "We asked Maria Lopez and Paul Kim about...", "I spoke with Maria Lopez". */
export const WE_ASKED = /(?:^|[.!?]\s+|\n)(?:We|I) (?:asked|spoke (?:to|with)|talked (?:to|with)|sat down with|caught up with|interviewed) (?![^.?!\n]*\bco-?hosts?\b)([^.?!\n]{1,300})/gu;
/** A dek's sentence saying who spoke with the writer, the subject first, "Maria Lopez, Head of Inspection at Rhine Works, spoke with us about...": the words before the verb. */
export const SPOKE_WITH_US = /(?:^|[.!?]\s+|\n)([^.?!\n]{1,300}?)\s(?:spoke|talked|sat down|chatted|caught up)\s(?:with|to)\s(?:us|me)\b/gu;
/**
 * The people a dek's "We asked ..." lists, each opening its part of the list (after "and", an
 * article or a job perhaps: "the historian Maria Lopez"), not a name inside what it says of them
 * ("Maria Lopez, who joined Acme Cloud as CTO", "chief engineer at Rhine Works").
 */
function askedIn(list: string): string[] {
  return list.split(/,|\s(?:and|&|und|et|y|e)\s/u).flatMap((part) => {
    const [n] = [...namesIn(part).keys()].map((k) => [k, part.indexOf(k)] as const).filter(([, i]) => i >= 0).sort((a, b) => a[1] - b[1]).map(([k]) => k);
    if (!n) return [];
    const before = part.slice(0, part.indexOf(n)).trim().split(/\s+/).filter(Boolean);
    return before.every((w) => /^(?:the|a|an|our|their|its|her|his|both|also|fellow)$/i.test(w) || isJobWord(w)) ? [n] : [];
  });
}
/** A co-host named by the other, or by the dek: "my co-host David", "with my co-host, David Rosenthal", "My co-host is Ana Silva". */
const COHOST_NAMED = /\b(?:[Mm]y|[Oo]ur) co-?hosts?,? (?:(?:is|was|as always|as ever),? )?(\p{Lu}[\p{L}'’-]+)/gu;
/** Guests named in an introduction: "my guests today are A and B", "I'm joined by A". */
const GUEST_NAME = String.raw`(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof|Sen|Rep)\.\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3}`;
const GUEST_LIST = new RegExp(String.raw`\b(?:(?:[Mm]y|[Oo]ur) (?:guests?|witness(?:es)?|panell?ists?) (?:today |this week |tonight )?(?:is|are)|(?:I'm|I’m|I am|[Ww]e're|[Ww]e’re|[Ww]e are) joined (?:today |here |tonight )?by|[Jj]oining (?:us|me) (?:today |now |here |this week |tonight )?(?:is|are))\s+(?:(?:the|a|an)\s+)?(?:\p{Ll}[\p{Ll}-]+\s+){0,2}(${GUEST_NAME}(?:(?:,\s*(?:and\s+)?|\s+and\s+)${GUEST_NAME})*)`, 'gu');
/** Guests' names in a host's sentence, what is said of them between commas after them (`Maria Lopez, who runs Rhine Works,`), in group 1. */
// (Up to six names: a list without end would be read again from each of its names.)
const GUEST_NAMES = String.raw`(${GUEST_NAME}(?:(?:,\s*(?:and\s+)?|\s+and\s+)${GUEST_NAME}){0,5})(?:,[^,.\n]{1,80},)?`;
/** Guests a host says join them: "Maria Lopez joins us now", "Maria Lopez, who runs Rhine Works, joins me". */
const GUEST_JOINS = new RegExp(String.raw`${GUEST_NAMES} (?:joins|join|is joining|are joining) (?:us|me)\b`, 'gu');
/** Guests a host says will answer the audience: "Our engineer, Maria Lopez, will take your questions", "Maria Lopez is here to answer your questions"; in group 1 or 2, "Maria Lopez beantwortet Ihre Fragen", "... répondra à vos questions", "... responderá a sus preguntas", "... risponderà alle vostre domande". */
const GUEST_TAKES_QUESTIONS = new RegExp(String.raw`${GUEST_NAMES},?\s+(?:will|can|(?:is|are) (?:here|going|happy|glad|ready) to|ha(?:s|ve) agreed to)\s+(?:now\s+)?(?:take|answer|field)\s+(?:your|our|the audience['’]s|audience|some|a few|any)(?:\s+\p{Ll}+)?\s+questions\b|${GUEST_NAMES},?\s+(?:(?:beantwortet|beantworten)\s+(?:jetzt\s+|nun\s+|gerne?\s+)?(?:Ihre|eure|die|unsere)\s+(?:\p{L}+\s+)?Fragen|wird\s+(?:jetzt\s+|nun\s+|gerne?\s+)?(?:Ihre|eure|die)\s+(?:\p{L}+\s+)?Fragen\s+beantworten|répond(?:ra)?\s+(?:maintenant\s+)?à\s+vos\s+questions|responde(?:rá)?\s+(?:ahora\s+|agora\s+)?(?:a\s+|às\s+|as\s+)?(?:sus|vuestras|las|suas)\s+(?:preguntas|perguntas)|risponde(?:rà)?\s+(?:ora\s+)?alle\s+(?:vostre\s+)?domande)`, 'gu');
/** Guests a host says are there: "Today we have Maria Lopez with us", "We've got Maria Lopez here in the studio". */
const GUEST_WITH_US = new RegExp(String.raw`\b[Ww]e(?: have|['’]ve got| welcome)\s+${GUEST_NAMES}\s+(?:with us|here with us|on the (?:show|podcast|program|programme)|in the studio)\b`, 'gu');
/**
 * A list of people by role in an introduction: `Hosts: A and B.`, `Guests: C, D.`, a talk's
 * `Speaker: E`. "Panel:", "Speakers:" and "Presenters:" say neither side: a show's panel hosts, a
 * conference's panel answers, and its list of speakers holds the moderator too.
 */
// (And in German, French, Spanish, Italian and Portuguese: `Moderation: A und B`, `Zu Gast: C`, `Invitée : C`, `Ospiti: C e D`.)
const GUEST_LIST_WORDS = String.raw`guests?|panell?ists?|featuring|speaker|gast|gäste|invitée?s?|invitad[oa]s?|ospiti|ospite|convidad[oa]s?`;
const ROLE_LIST = new RegExp(String.raw`(?<![\p{L}])(hosts?|co-hosts?|moderators?|interviewers?|moderation|moderator(?:in)?|gastgeber(?:in)?|animat(?:eur|rice)s?|présentat(?:eur|rice)s?|presentador(?:a|es)?|conduttor[ei]|conduttrice|apresentador(?:a|es)?|${GUEST_LIST_WORDS})\s*:\s*((?:[^.\n:]|(?<=(?<![\p{L}])(?:Dr|Mr|Mrs|Ms|Mx|Prof|Mme|Mlle|Sr|Sra|Jr|St))\.){2,200})`, 'giu');
const GUEST_LIST_WORD = new RegExp(`^(?:${GUEST_LIST_WORDS})$`, 'iu');
const DEK_NAME = String.raw`\p{Lu}[\p{L}'’-]+(?:[ \u00a0]\p{Lu}[\p{L}'’-]+){0,3}`;
/** What stands between the names of a list: "Ana Lopez, Paul Kim and Jonas Berg", "... und ...", "... et ...". */
const NAME_SEP = String.raw`(?:, (?:and )?| (?:and|&|und|et|y|e) )`;
const NAME_LIST = String.raw`${DEK_NAME}(?:${NAME_SEP}${DEK_NAME})*`;
/** "A and B talk with C", "A interviews C"; "C, interviewed by A". ("Maria Lopez talks to WIRED" is a guest's headline: only "with".) */
const TALKS_WITH = new RegExp(
  String.raw`(${NAME_LIST}) (?:(?:talks?|speaks?|sits? down|chats?|catch(?:es)? up) with|interviews|spricht mit|sprechen mit|s['’]entretient avec|conversa con|habla con) (${NAME_LIST})|(${NAME_LIST}),? (?:was )?interviewed by (${NAME_LIST})`,
  'gu',
);
/** A headline naming the one interviewed: `Maria Lopez Interview on ...`, `Interview with Maria Lopez`, `Q&A with Maria Lopez` (not `Tom Becker Interview with ...`). */
const HEADLINE_INTERVIEWED = new RegExp(String.raw`(?:^|[\s:|–—-])(${DEK_NAME})\s+(?:Interview|INTERVIEW|interview)(?![\p{L}])(?!\s+(?:[Ww]ith|WITH|[Oo]f|OF|[Bb]y|BY)\s)|(?:[Ii]nterview|INTERVIEW|Q&A|Q & A) (?:[Ww]ith|WITH) (${DEK_NAME})`, 'gu');
/** A dek naming who hosts ("Tom Becker and Tom Baker host Rivers and Roads", "hosted by Tom Becker", "with your hosts Tom Becker and Ana Silva", "Animé par Tom Becker et Ana Silva", "Ana Silva moderated." at a sentence's end), in group 1, 2, 3, 4 or 5. */
const HOSTED = new RegExp(String.raw`(${NAME_LIST}) (?:co-)?(?:host|hosts|present|presents|moderate|moderates) (?=\p{Lu}|the\b|this\b|a\b|an\b)|(${NAME_LIST}) (?:moderated|hosted|presented|moderates|hosts|presents)(?=[.;!]|$)|(?:[Cc]o-)?(?:[Hh]osted|[Pp]resented|[Mm]oderated) by (${NAME_LIST})|\b(?:with )?(?:your|our|the) (?:co-)?hosts?,? (${NAME_LIST})|(?:[Aa]nimée?|[Pp]résentée?|[Mm]oderiert|[Pp]räsentiert|[Pp]resentado|[Cc]onducido|[Cc]ondotto|[Aa]presentado) (?:par|von|por|da) (${NAME_LIST})`, 'gu');
/** A host's or moderator's role word before the name in a dek (`Moderator Ana Silva`, `Host: Tom Becker`, `moderator Ana Silva`; in other languages, `Moderation: Ana Silva`, `Presenta: ...`, `Conduce ...`, `Apresentação: ...`, `Animation : ...`), in group 1. */
const ROLE_NAMED = new RegExp(String.raw`(?<![\p{L}])(?:[Mm]oderator|MODERATOR|[Hh]ost|HOST|[Mm]oderatorin|[Mm]oderation|[Mm]odérat(?:eur|rice)|[Mm]oderador[a]?|[Mm]oderat(?:ore|rice)|[Pp]resenta(?:dor[a]?|ción)?|[Cc]onduce|[Cc]ondutt(?:ore|rice)|[Cc]onduzione|[Aa]presenta(?:ção|dor[a]?)|[Aa]nimat(?:ion|eur|rice)|[Pp]résentat(?:ion|eur|rice))\s*[:：,]?\s+(${DEK_NAME})`, 'gu');
/** The hosts a dek names, by a verb or a role word before the name ("host Tom Becker talks with ...", `Host: Tom Becker`, "hosted by Tom Becker"). */
export function hostsNamedIn(text: string, lists: string[] = hostedLists(text)): string[] {
  return [...new Set([...lists, ...[...text.matchAll(ROLE_NAMED)].map((m) => m[1]!)].flatMap((list) => [...namesIn(list).keys()]))];
}
/** HOSTED's lists of names in a text: "Tom Becker and Ana Silva" in "hosted by Tom Becker and Ana Silva". */
const hostedLists = (text: string) => [...text.matchAll(HOSTED)].map((m) => m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5]!);
/**
 * A dek naming who leads a panel and who is on it: "Ana Silva moderated a panel with Maria Lopez of
 * Rhine Works, Paul Kim of Bonn University and Jane Doe.", "Moderator Ana Silva was joined by ...",
 * "Tom Becker and Tom Baker are joined by ...". (Group 1 asks, group 2 the list.)
 */
const PANEL_WITH = new RegExp(String.raw`(${NAME_LIST}) (?:(?:moderated|moderates|moderating|hosted|hosts|led|leads|chaired|chairs) (?:a |an |the |this )?(?:[\p{L}-]+ ){0,3}?(?:panel|discussion|conversation|debate|roundtable|session) with|(?:is|was|are|were) joined (?:today |this week |tonight |on stage )?by) ([^.\n]{1,300})`, 'gu');
/** A dek naming who is on a panel, its jobs before the names too: "A panel with engineers Maria Lopez and Jonas Berg", "Panelists: ...". */
const PANELISTS = new RegExp(String.raw`(?<![\p{L}])(?:(?:panel|roundtable|debate|discussion) (?:with|featuring)|[Pp]anel(?:l)?ists:?) (?:(?:the )?[\p{Ll}-]+ ){0,3}(${NAME_LIST})`, 'gu');
/** A dek naming a panel in another language, each name past where the person comes from: "Es diskutierten Dr. Anna Lorenz (TU Dresden), Paul Kramer und Jonas Berg.", "Auf dem Podium: ...", "Intervenants : ...", "Intervengono ...", "Ponentes: ...". (Group 1, the list.) */
const PANEL_ABROAD = /(?<![\p{L}])(?:[Ee]s diskutier(?:en|ten)|[Aa]uf dem Podium(?: (?:sitzen|saßen|diskutier(?:en|ten)))?:?|[Ii]ntervenant(?:e)?s\s?:|[Ii]ntervengono:?|[Pp]onentes:)\s+((?:[^.\n:]|(?<=(?<![\p{L}])(?:Dr|Prof|Mme|Sr|Sra|St))\.){2,300})/gu;
/** A dek naming the guests apart from who hosts: "Their guest is Maria Lopez", "This week's guests are A and B". */
const DEK_GUESTS = new RegExp(String.raw`\b(?:[Tt]heir|[Hh]is|[Hh]er|[Tt]he|[Tt]his week['’]s|[Tt]oday['’]s|[Tt]onight['’]s) guests? (?:today |this week |tonight )?(?:is|are) (${NAME_LIST})`, 'gu');
/** Whom a turn welcomes: "welcome back, Ben", "Welcome, Anna and Paul", "Christian, welcome". (Names in group 1, separated by commas or "and"; or group 2.) */
// (Full names too: "Welcome, Maria Lopez and Carlos Lopez.")
const WELCOMED = /\b[Ww]elcome(?: back)?,?\s*(?:to the show,?\s*)?(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2}(?:(?:,\s*|,?\s+(?:and|&)\s+)\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2})*)|(\p{Lu}[\p{L}'’-]+),? welcome\b/gu;

export interface Resolution {
  byKey: Map<string, Speaker>;
  /** Labels that could be any of several people the file names (`Ben:` beside Ben Thompson and Ben Gilbert): shown as written. */
  ambiguous: Map<string, string[]>;
  /** Placeholders (`Speaker 1`) named only by how the others address them ("Welcome, Maria."): to be reported. */
  addressed: Map<string, string>;
  /** Two placeholders named by a dek saying who talks with whom and by which of them asks: to be reported. */
  dekNamed?: Map<string, string>;
  /** Labels written once with a slip (`Maria Lopex:`, `Mraia:`), read as the name they misspell: to be reported. */
  slips?: Map<string, string>;
  /** A placeholder named as the one of those listed above the transcript whom no turn names: to be reported. */
  attendee?: Map<string, string>;
  /** The one who opens naming two or more of the others ("Today we talk bridges with Ana Lopez, Paul Kim and Jonas Berg."): a moderator. */
  introducer?: string;
}

/** Words that start a sentence or a title, not a name ("Le Quotidien", "The Lighthouse"). */
const ARTICLES = new Set('der die das den dem des ein eine einen einem einer'.split(' '));
/** Words for an interview that open a dek before a particle and a name. */
const PIECE_WORDS = new Set('entrevista entretien entrevue intervista interview intervju gespräch conversación conversation conversa conversazione charla rozmowa vortrag ponencia conférence palestra lezione'.split(' '));
/**
 * Jobs written before a name as a title is, capitalised at a sentence's start ("Engineer Maria
 * Lopez explained...", "Инженер Мария Лопес рассказала...", "Ingenieurin Maria Lopez erklärt...",
 * "Mühendis Maria Lopez...", "Ingenjören Maria Lopez...", "Inženýrka Maria Lopez...", "Insinööri Maria Lopez..."): no part of the name.
 */
const JOB_NOUNS = new Set(
  [
    'engineer economist author journalist scientist researcher investor founder co-founder cofounder entrepreneur designer architect historian physicist biologist chemist writer novelist poet artist musician composer filmmaker producer actor actress photographer lawyer attorney analyst activist philosopher psychologist sociologist anthropologist mathematician astronaut chef developer programmer executive moderator host co-host cohost presenter anchor reporter correspondent panelist panellist interviewer',
    'инженер экономист журналист журналистка писатель писательница учёный ученый исследователь исследовательница основатель основательница предприниматель архитектор историк физик биолог режиссёр режиссер актёр актер актриса художник художница музыкант композитор фотограф юрист адвокат аналитик политолог социолог психолог философ директор эксперт инвестор программист разработчик дизайнер',
    'инженерът инженерката журналистът журналистката икономистът писателят писателката ученият учената изследователят изследователката основателят основателката архитектът историкът режисьорът адвокатът анализаторът директорът директорката',
    'ingenieur ingenieurin ökonom ökonomin journalistin autorin wissenschaftler wissenschaftlerin forscher forscherin gründer gründerin unternehmer unternehmerin architektin historiker historikerin physiker physikerin schriftsteller schriftstellerin regisseur regisseurin künstler künstlerin fotografin anwalt anwältin analystin psychologe psychologin philosophin direktorin investorin entwickler entwicklerin designerin politiker politikerin moderatorin',
    'mühendis ekonomist gazeteci yazar araştırmacı kurucu girişimci mimar tarihçi fizikçi yönetmen sanatçı fotoğrafçı avukat analist yatırımcı tasarımcı',
    'econoom journaliste schrijver schrijfster wetenschapper onderzoeker oprichter oprichtster ondernemer historicus natuurkundige kunstenaar kunstenares fotograaf advocaat',
    'ingenjören ingenjör ekonomen journalisten författaren forskaren grundaren entreprenören arkitekten historikern fysikern regissören konstnären fotografen advokaten',
    'inženýr inženýrka ekonom ekonomka novinář novinářka spisovatel spisovatelka vědec vědkyně výzkumník výzkumnice zakladatel zakladatelka podnikatel podnikatelka architektka historička fyzik fyzička režisér režisérka právník právnička analytik analytička ředitel ředitelka',
    'insinööri ekonomisti toimittaja kirjailija tutkija perustaja yrittäjä arkkitehti historioitsija fyysikko ohjaaja taiteilija valokuvaaja asianajaja analyytikko johtaja',
    'inginer inginera ingineră inginerul jurnalistul jurnalista scriitor scriitoarea cercetător cercetătoarea fondator fondatoarea arhitect arhitecta istoricul economistul economista',
    'enginyer enginyera escriptor escriptora investigadora arquitecte arquitecta historiadora',
    'μηχανικό μηχανικός δημοσιογράφο δημοσιογράφος συγγραφέα συγγραφέας ερευνητή ερευνητής ερευνήτρια ιδρυτή ιδρυτής ιδρύτρια αρχιτέκτονα αρχιτέκτονας ιστορικό ιστορικός οικονομολόγο οικονομολόγος',
    'mhandisi mwandishi mwanahabari mtafiti mwanzilishi mjasiriamali msanifu mwanahistoria mwanasayansi mchumi mwanasheria wakili daktari profesa mkurugenzi msanii mchambuzi',
    'inhinyero inhenyero mamamahayag manunulat mananaliksik tagapagtatag negosyante arkitekto istoryador siyentipiko ekonomista abogado abogada doktor propesor direktor direktora artista potograpo analista',
    'insinyur ekonom wartawan penulis peneliti pendiri pengusaha arsitek sejarawan fisikawan sutradara seniman fotografer pengacara analis direktur',
    'ingeniør ingeniøren økonom økonomen journalisten forfatter forfatteren forsker forskeren gründeren arkitekten historikeren fysikeren regissør regissøren kunstner kunstneren fotografen advokaten',
    'ingeniero ingeniera ingegnere ingegnera engenheiro engenheira ingénieur ingénieure economista periodista giornalista jornalista journaliste escritor escritora scrittore scrittrice écrivain écrivaine investigador investigadora ricercatore ricercatrice pesquisador pesquisadora chercheur chercheuse fundador fundadora fondatore fondatrice fondateur fondatrice arquitecto arquitecta architetto architetta arquiteto arquiteta architecte historiador historiadora storico storica historien historienne',
    'inżynier ekonomistka dziennikarz dziennikarka pisarz pisarka naukowiec badacz badaczka założyciel założycielka przedsiębiorca architektka historyk fizyk reżyser reżyserka prawnik prawniczka analityk dyrektorka inwestorka programistka projektant projektantka',
  ].join(' ').split(' '),
);
/**
 * Jobs no list can hold, told by how they are made (`Hydrologist`, `Oceanographer`, `Pediatrician`,
 * `Pianist`; Dutch `Hydroloog`, Italian and Spanish `Idrologa`, `Geógrafo`, French `Hydrologue`):
 * before a name at a sentence's start, no part of it. (No first name ends so.)
 */
// (And Swedish's and Norwegian's doer in the definite form a dek opens with, `Brobyggaren Maria
// Lopez om ...`, "the bridge builder": `-aren`, `-ören`, after four letters or more, not `Karen`, `Sören`.)
const JOB_MADE = /^\p{L}{3,}(?:olog(?:ist|ue|o|a|e|in)|ólog[oa]|oloog|ograph(?:er|e)|[óo]graf[oa]|onomist|ician|iatrist)$|^\p{L}{4,}ist$|^\p{L}{4,}(?:aren|ören)$/u;
/**
 * A job in a compound, as German, Dutch, the Nordic languages and Finnish make them, a field before
 * it (`Broingeniør`, `Brückeningenieurin`, `Bruggenbouwer`, `Siltainsinööri`, `Vannforskeren`): no
 * first name ends so.
 */
const JOB_COMPOUND = /^\p{L}{2,}(?:ingeniør(?:en)?|ingenjör(?:en)?|ingenieur(?:in|e|s)?|insinööri|forsk(?:er|are)(?:en|n)?|forscher(?:in)?|onderzoeker|journalist(?:en|in|e)?|arkitekt(?:en)?|architekt(?:in)?|økonom(?:en)?|ekonom(?:en)?|ökonom(?:in)?|ekonomisti|tutkija|toimittaja|bouwer)$/u;
/** A word for a job, listed or told by how it is made (`engineer`, `hydrologist`, `Ingenieurin`, `Broingeniør`). */
export const isJob = (word: string): boolean => {
  const w = word.toLowerCase();
  return JOB_NOUNS.has(w) || JOB_MADE.test(w) || GERMAN_JOB.test(w) || GERMAN_DOER.test(w) || JOB_COMPOUND.test(w);
};
/** A German woman who does something, a noun of eight letters or more closing on `-erin` (`Brückenprüferin`, `Lehrerin`, `Bergsteigerin`): never a first name, `Severin`. */
const GERMAN_DOER = /^\p{Ll}{4,}erin(?:nen)?$/u;
/** A side or its plural before the names, as a dek opens (`Hosts Ana Silva and Tom Becker talk with...`, `Guest Maria Lopez`, `Panelists ...`): none of the first name; a job's plural too (`Engineers Maria Lopez and ...`). */
const SIDES_BEFORE = new Set(['guest', 'guests', 'co-host', 'co-hosts', 'cohost', 'cohosts', 'panelist', 'panelists', 'panellist', 'panellists', 'interviewer', 'interviewers', 'interviewee', 'interviewees',
  // (In other languages: `Gäste Maria Lopez und ...`, `Intervenants ...`, `Invitados ...`.)
  'gast', 'gäste', 'gasten', 'panelisten', 'diskutanten', 'invité', 'invitée', 'invités', 'invitées', 'intervenant', 'intervenante', 'intervenants', 'intervenantes', 'panélistes', 'invitado', 'invitada', 'invitados', 'invitadas', 'ponentes', 'panelistas', 'ospite', 'ospiti', 'relatori', 'convidado', 'convidada', 'convidados', 'convidadas']);
/** Words that open a sentence before names and are none (`With Ana Silva (moderator), ...`, `Featuring Maria Lopez`). */
const BEFORE_NAMES = new Set(['with', 'and', 'but', 'from', 'featuring', 'plus', 'also', 'today', 'tonight', 'here', 'meet', 'starring', 'mit', 'avec', 'con', 'com', 'intervengono', 'partecipano', 'participan']);
/** Words a byline opens with before the name, capitalised as the line's first word (`Беседовал Том Беккер`, `Rozmawiał Tom Becker`, `Por Tom Becker`, `By Tom Becker`): no part of it. */
const BYLINE_WORDS = new Set(['беседовал', 'беседовала', 'беседовали', 'побеседовал', 'побеседовала', 'записал', 'записала', 'расспрашивал', 'расспрашивала', 'rozmawiał', 'розмовляв', 'розмовляла', 'розмовляли', 'oleh', 'rozmawiała', 'rozmawiali', 'pytał', 'pytała', 'por', 'par', 'von', 'door', 'av', 'af', 'texto', 'texte', 'tekst', 'by']);
/** Words of a French text: where `M.` before a surname is Monsieur. */
const FRENCH = /(?<![\p{L}])(?:(?:avec|entretien|propos|monsieur|madame|pour|dans)(?![\p{L}])|l['’](?=\p{L}))/iu;
/** Offices written before a name as titles (`Press Secretary Maria Lopez`, `Prime Minister ...`): no part of it. */
const OFFICES = new Set('press secretary president vice prime minister chancellor governor mayor senator representative congressman congresswoman ambassador commissioner spokesperson spokesman spokeswoman deputy chief minister premier'.split(' '));
// (Nor a question word opening a headline in title case, or a German one, whose nouns are
// capitalised: "Warum Brücken einstürzen", "Why Bridges Fail" name no one.)
const NOT_FIRST_NAMES = new Set('the a an this that these those in on at of for and or but if when with from to as our your my his her their its le la les un une des du el los las una der die das ein eine il lo gli i o os as het een de why how what who where warum wieso weshalb wie was wer wo wann welche welcher welches pourquoi comment quand où qui porque cómo cuándo dónde quién perché come quando dove waarom hoe wat wanneer waar'.split(' '));

/** A German job, one word, before the name (`Brückenexpertin Maria Lopez`, `Chefingenieurin ...`, `Bundesministerin ...`, a builder of something, `Brückenbauerin ...`, not the surname `Bauer`): no part of it. */
const GERMAN_JOB = /^(?:\p{Ll}+bauer|\p{Ll}*(?:expert|ingenieur|forscher|leiter|chef|autor|minister|präsident|politiker|sprecher|wissenschaftler|professor|ärzt|journalist|unternehmer|gründer|manager|direktor|architekt|ökonom|olog|historiker|philosoph|physiker|chemiker|künstler|musiker|schriftsteller|redakteur|korrespondent|kanzler|trainer|berater|analyst))(?:in|e|en|innen)?$/u;
/** English verbs and question words as a headline in title case writes them: never part of a name (not `Will`, `May`, `Can`, which are names too). */
const HEADLINE_VERBS = new Set('Is Are Was Were Been Has Have Had Would Could Should Does Did Why What How When Where Who Which'.split(' '));
/** A byline in capitals on its own line (`BY TOM BECKER`): its name, written as words are (Tom Becker). */
const CAPS_BYLINE = /^[ \t]*(?:BY|By|by)\s+(\p{Lu}{2,}(?:[ -]\p{Lu}{2,}){1,2})[ \t]*$/gmu;
/** A witness as a committee's record lists one, surname in capitals first, then title, given names and capacity: `LOPEZ, Professor Maria, Private capacity` (the title always: `PARIS, France, ...` is a dateline). */
const LISTED_WITNESS = /^[ \t]*(\p{Lu}{2,}(?:[ '’-]\p{Lu}{2,})?),\s+(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Associate Professor|Adjunct Professor|Emeritus Professor|Senator|Sir|Dame|Hon|Rev|Reverend|Judge|Justice)\.?\s+)(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?),/gmu;

/** A name's words folded, its titles aside (`Dr. Maria Lopez`: maria, lopez). */
function untitledWords(name: string): string[] {
  return name.trim().split(/\s+/).filter((w, i, all) => i === all.length - 1 || !TITLE.test(w)).map(foldName);
}

/** The script a word's first letter is written in, as far as names go. */
function scriptOf(word: string): string {
  return /^\P{L}*\p{Script=Latin}/u.test(word) ? 'Latin' : /^\P{L}*\p{Script=Cyrillic}/u.test(word) ? 'Cyrillic' : /^\P{L}*\p{Script=Greek}/u.test(word) ? 'Greek' : 'other';
}

/** A German or Dutch number or quantity word right before capitalised words: they are nouns counted (`dreißig Jahren`, `vielen Brücken`). */
const COUNT_WORD_BEFORE = /(?:^|[^\p{L}])(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig|hundert|tausend|vielen|viele|einigen|einige|mehreren|mehrere|wenigen|wenige|beiden|beide|allen|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twintig|dertig|veertig|vijftig|honderd|duizend)\s+$/u;
/** A German unit or span a figure counts (`30 Jahren`, `4 Metern`): after the figure, no name. */
const UNIT_NOUN = /^(?:Jahre?n?|Monate?n?|Wochen|Tage?n?|Stunden|Minuten|Meter[n]?|Kilometer[n]?|Prozent|Euro|Millionen|Milliarden|Jaar|Jaren|Maanden|Weken|Dagen|Uur|Meter|Procent)$/u;
/** Full names written in a text: two to four capitalised words, with particles (a byline in capitals too). */
/** A Turkish case ending after a name's apostrophe: `'le`, `'la`, `'in`, `'ın`, `'e`, `'a`, `'de`, `'den`, `'i`, `'yi`... */
const TURKISH_ENDING = /['’](?:[yn]?[iıuü]n?|[yn]?[ea]|[dt][ea]n?|y?l[ea]|[yn]?[iıuü]|ile|nin|nın|nun|nün)$/u;

export function namesIn(text: string): Map<string, number> {
  const out = new Map<string, number>();
  const turkish = /[ıİğĞşŞ]/u.test(text);
  // Words on one line, apart by a space or a hyphen (a line break ends a name).
  // (A capital inside a word too, `McCartney`, `DiCaprio`.)
  const part = String.raw`(?:[dl]['’])?\p{Lu}[\p{Ll}\p{M}'’]+(?:\p{Lu}[\p{Ll}\p{M}'’]+)?(?:-\p{Lu}?[\p{Ll}\p{M}'’]+)*`;
  const re = new RegExp(String.raw`${part}(?:[ \u00a0](?:(?:(?:van|von) (?:der|den|de)|de l[ao]s?|de|van|von|den|da|di|del|la|le|du|bin|al) )?${part}){1,3}`, 'gu');
  // (Words in two scripts are two names, or a company's and a name: "Rhine Works Мария Лопес".)
  const runs = (found: string) => found.split(/\s+/).reduce<string[][]>((acc, w) => {
    const last = acc.at(-1);
    if (last && scriptOf(last[0]!) === scriptOf(w)) last.push(w);
    else acc.push([w]);
    return acc;
  }, []).map((ws) => ws.join(' '));
  // (Not words after an English article: "A New Way to HODL", "The Big Short" name no one. A
  // small `a` is Spanish's and Italian's "to" too: "Entrevista de Tom Becker a Maria Lopez".)
  const afterArticle = (m: RegExpMatchArray) => /(?:^|[^\p{L}])(?:A|An|an|The|the)\s+$/u.test(text.slice(Math.max(0, m.index! - 5), m.index));
  // (Nor words closing with a number's abbreviation before its figure: `Case No. 3:26-cv-01234`, `Vol. 2`.)
  const numbered = (m: RegExpMatchArray) => /\s(?:No|Nr|Nos|Vol|Art|Sec|Ch|Pt|Ex)$/.test(m[0]) && /^\.\s*\d/.test(text.slice(m.index! + m[0].length));
  // (Nor nouns counted, as German capitalises them: "seit dreißig Jahren Brücken", "vor 30 Jahren
  // Brücken", "mit vielen Ingenieuren Kontakt"; a figure before a name stays: "Episode 42 Maria Lopez".)
  const counted = (m: RegExpMatchArray) => {
    const before = text.slice(Math.max(0, m.index! - 14), m.index);
    return COUNT_WORD_BEFORE.test(before) || (/(?:^|[^\p{L}\d])\d+\s+$/u.test(before) && UNIT_NOUN.test(m[0].split(/\s/)[0]!));
  };
  // (Nor a company's name before a job and a name, "Rhine Bridges CEO Maria Lopez", "Rhine Bridges
  // chief inspector Maria Lopez": the name after the job is the person's, the company names no one.)
  const company = (m: RegExpMatchArray) => nameAfterJob(text.slice(m.index! + m[0].length, m.index! + m[0].length + 80)) != null;
  // (Nor a show's name before its episode's number, "Bridge Talk, episode 12", "Bridge Talk – Folge 12".)
  const show = (m: RegExpMatchArray) => /^\s*[,:|–—-]?\s*(?:episode|ep\.|folge|épisode|episodio|afl\.|aflevering|odcinek|jakso)\s*#?\d/iu.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 24));
  for (const [m, found] of [...text.matchAll(re)].filter((m) => !afterArticle(m) && !numbered(m) && !counted(m) && !company(m) && !show(m)).flatMap((m) => (/\p{Script=Latin}/u.test(m[0]) && /[^\p{Script=Latin}\P{L}]/u.test(m[0]) ? runs(m[0]) : [m[0]]).map((f) => [m, f] as const))) {
    // A possessive ends the name: "David Chaum's Ph.D." is David Chaum; so does a Turkish case
    // ending after its apostrophe, in a text with Turkish letters: "Maria Lopez'le", "Maria
    // Lopez'in" are Maria Lopez (not elsewhere: `Ng'ang'a` is a name whole).
    let name = found.replace(/\s+/g, ' ');
    // (Words after "The" within the run name no one either, as after an article before it: "Meet The
    // Divers", "Ask The Engineers"; the words before it, two or more, may: "Maria Lopez The Engineer".)
    const the = name.split(' ').indexOf('The');
    if (the > 0) name = name.split(' ').slice(0, the).join(' ');
    // (A department after a job and "of" before the name, "Head of Inspection Maria Lopez", "Director
    // of Bridge Safety Maria Lopez": the last two words, hers.)
    const ofJob = /(?:^|[^\p{L}])(\p{L}+)\s+of\s+$/u.exec(text.slice(Math.max(0, m.index! - 30), m.index));
    if (ofJob && isJobWord(ofJob[1]!) && name.split(' ').length >= 3) name = name.split(' ').slice(-2).join(' ');
    // (A company's or a show's possessive before the name, "Benchling's Robyn Langevin", "NPR's
    // Maria Lopez": the name after it.)
    const owner = /^\S+['’]s (?=\S+ \p{Lu})/u.exec(name);
    if (owner) name = name.slice(owner[0].length);
    name = name.replace(/['’]s(?:\s.*)?$/u, '');
    // (A plural possessive before the name, a company's or a show's, "Rhine Bridges’ Maria Lopez": the name after it.)
    const possessor = /^(?:\S+ )*\S+s['’] (?=\p{Lu})/u.exec(name);
    if (possessor) name = name.slice(possessor[0].length);
    if (turkish) name = name.replace(TURKISH_ENDING, '');
    // (An elided article and its noun before the name, French's and Italian's "L'ingénieure Maria
    // Lopez", "L'ingegnera ...": the name after them.)
    if (/^[LD]['’]\p{Ll}/u.test(name) && name.split(' ').length >= 3) name = name.split(' ').slice(1).join(' ');
    const first = name.split(' ')[0]!.toLowerCase();
    // A dek's word for the piece and a particle before the names ("Entrevista de Tom Becker a
    // Maria Lopez", "Entretien de Maria Lopez"): the name is what follows the particle.
    if (PIECE_WORDS.has(first)) {
      name = name.split(' ').slice(1).join(' ').replace(/^(?:de|du|da|di|von|van|del|della) /, '');
      if (!/\s/.test(name)) continue;
    }
    // A contraction before the name ("I'm Maria Lopez, a bridge engineer"): the name follows it.
    if (/^(?:i|we|you|he|she|they|it|that|here|there)['’]\p{Ll}{1,2}$/u.test(first)) {
      name = name.split(' ').slice(1).join(' ');
      if (!/\s/.test(name)) continue;
    }
    if (isJob(first) || BYLINE_WORDS.has(first) || SIDES_BEFORE.has(first) || (/s$/.test(first) && (JOB_NOUNS.has(first.slice(0, -1)) || JOB_MADE.test(first.slice(0, -1))))) {
      // (A particle after the job is the word "of": "Die Chefingenieurin von Rhine Bridges" names Rhine Bridges.)
      name = name.split(' ').slice(1).join(' ').replace(/^(?:von|van|de|du|da|di|del|della) (?=\p{Lu})/u, '');
      if (!/\s/.test(name)) continue;
    } else if (OFFICES.has(first)) {
      // (Offices may come several, `Press Secretary Maria Lopez`; an office and a surname alone,
      // `President Biden`, is how the text names that person.)
      const w = name.split(' ');
      while (w.length > 2 && OFFICES.has(w[0]!.toLowerCase())) w.shift();
      name = w.join(' ');
    }
    // (Nor a job's words alone, what is left of "Snowflake's Executive Vice President of Product": `Vice President`.)
    if (name.split(' ').every((w) => isJobWord(w))) continue;
    if (BEFORE_NAMES.has(first)) name = name.split(' ').slice(1).join(' ');
    else if (NOT_FIRST_NAMES.has(first)) {
      // An article and a noun before the name, as German capitalises nouns ("Die Ökonomin Claudia
      // Berger"): the name is what follows the noun.
      if (!ARTICLES.has(first)) continue;
      name = name.split(' ').slice(2).join(' ').replace(/^(?:von|van|de|du|da|di|del|della) (?=\p{Lu})/u, '');
    }
    // (An English verb or question word set in title case is no part of a name: "Water Is the
    // Enemy" names no one, "Maria Lopez Is Building Bridges" Maria Lopez.)
    const words = name.split(' ');
    const verb = words.findIndex((w) => HEADLINE_VERBS.has(w));
    if (verb !== -1) name = words.slice(0, verb).join(' ');
    if (!/\s/.test(name)) continue;
    // (A job, `Staff Writer`, `Senior Editor`, is nobody's name.)
    if (JOB_NOUNS.has(name.split(' ').at(-1)!.toLowerCase())) continue;
    // (A Polish name in the instrumental or the accusative, `z Marią Lopez`, `Annę Kowalską`: its
    // nominative ends in `a` where these end in `ą` or `ę`, Maria Lopez, Anna Kowalska. Other
    // cases, `o Annie Kowalskiej`, are not read.)
    if (/[ąę](?=\s|$)/u.test(name)) name = name.replace(/[ąę](?=\s|$)/gu, 'a');
    name = nominative(name);
    out.set(name, (out.get(name) ?? 0) + 1);
  }
  for (const m of text.matchAll(CAPS_BYLINE)) {
    const name = capitaliseName(m[1]!.toLowerCase());
    out.set(name, (out.get(name) ?? 0) + 1);
  }
  for (const m of text.matchAll(LISTED_WITNESS)) {
    const name = `${m[2]!} ${capitaliseName(m[1]!.toLowerCase())}`;
    out.set(name, (out.get(name) ?? 0) + 1);
  }
  return out;
}

/**
 * A woman's name in the instrumental, as a dek writes it after its preposition, in the nominative:
 * Russian `Марией Лопес`, `Анной Ивановой` (Мария Лопес, Анна Иванова), Ukrainian `Марією Лопес`, `Оленою`, Czech `Marií Lopezovou`
 * (Marie Lopezová, where the surname's `-ovou`, `-skou` says so). Other names and cases stay.
 */
function nominative(name: string): string {
  const w = name.split(' ');
  if (w.length < 2) return name;
  if (/^\p{Script=Cyrillic}+$/u.test(w[0]!)) {
    const first = w[0]!.replace(/ией$/u, 'ия').replace(/ьей$/u, 'ья').replace(/ією$/u, 'ія').replace(/(?<=\p{Script=Cyrillic}{2})о[йю]$/u, 'а');
    if (first === w[0]) return manNominative(w) ?? name;
    return [first, ...w.slice(1, -1), w.at(-1)!.replace(/(?<=(?:ов|ев|ин|ск|цк)а?)ой$/u, 'а')].join(' ');
  }
  if (/(?:ov|sk|ck)ou$/u.test(w.at(-1)!)) return [w[0]!.replace(/ií$/u, 'ie').replace(/(?<=\p{L}{2})ou$/u, 'a'), ...w.slice(1, -1), w.at(-1)!.replace(/ou$/u, 'á')].join(' ');
  return name;
}

/**
 * A Russian man's name in the instrumental, `Павлом Ивановым`, `Андреем Достоевским`, `Томом Беккером`,
 * in the nominative (Павел Иванов, Андрей Достоевский, Том Беккер), where both words are declined so;
 * null otherwise (a surname declined as an adjective other than `-ский`, `Толстым`, may be `Толстой`
 * or `Толстый`: not guessed; Ukrainian's own letters: not read).
 */
function manNominative(w: string[]): string | null {
  if (w.length !== 2 || /[іїєґ]/iu.test(w.join(''))) return null;
  const [first, last] = w as [string, string];
  // (Names that drop a vowel as they decline: `Павлом` Павел, `Львом` Лев, `Петром` Пётр.)
  const given = ({ Павлом: 'Павел', Львом: 'Лев', Петром: 'Пётр' } as Record<string, string>)[first] ?? (/ием$/u.test(first) ? first.replace(/ием$/u, 'ий') : /еем$/u.test(first) ? first.replace(/еем$/u, 'ей') : /[^аеёиоуыэюяь]ем$/u.test(first) ? first.replace(/ем$/u, 'ь') : /[^аеёиоуыэюяьй]ом$/u.test(first) ? first.slice(0, -2) : null);
  const surname = /(?:ов|ев|ёв|ин|ын)ым$/u.test(last) ? last.slice(0, -2) : /(?:ск|цк)им$/u.test(last) ? last.replace(/им$/u, 'ий') : /[^аеёиоуыэюяьй]ом$/u.test(last) ? last.slice(0, -2) : null;
  return given && surname ? `${given} ${surname}` : null;
}

const PARTICLES = new Set(['de', 'van', 'von', 'der', 'den', 'da', 'di', 'del', 'della', 'la', 'le', 'du', 'dos', 'das', 'bin', 'ibn', 'al', 'el']);

/**
 * A name set in capitals (`PRIYA NAIR:`, as captions and some publishers set labels) as the text
 * writes it elsewhere, else with each word capitalised (`Priya Nair`, `Jean-Pierre O'Neil`), but
 * for one word the text writes only in capitals (`SPIEGEL`).
 * Initials (`SA`, `JH`) and names with any small letter stay as they are.
 */
/**
 * A courtesy title before a full name (`Dr. Maria Lopez`, `Mr. Tom Becker`, `Prof. Dr. Jan Novak`, `Mme Ana Silva`):
 * the person is shown by the name, as where the text names them untitled; a title before a surname
 * alone stays (`Dr. Lopez`, `Senator Black`), and so does an office (`Senator Jane Smith`) and a
 * name the front matter writes so.
 */
// (Vietnamese's too before a full name, `Bà Maria Lopez`, `Ông Tom Becker`: Mrs and Mr.)
const COURTESY_NAME = /^(?:(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Dra|Prof|Profa|Professor|Hon|Mme|Mlle|Sr|Sra|Srta|Herr|Frau)\.?|M\.|Ông|Bà)\s+)+(\p{Lu}[\p{L}\p{M}'’-]+(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.-]*|de|van|von|der|den|da|di|del|du|dos|la|le))*\s+\p{Lu}[\p{L}\p{M}'’-]+)$/u;
function courtesyOff(name: string, written: ReadonlySet<string>): string {
  if (written.has(foldName(name))) return name;
  return COURTESY_NAME.exec(name)?.[1] ?? name;
}

export function unshout(name: string, textNames: () => Map<string, number>, text = '', surnamesInCaps = false): string {
  // (A given name as written and the surname in capitals, `Paul KIM:`, as some shows print their
  // speakers: the name as the text writes it, or the surname capitalised.)
  const mixed = /^((?:\p{Lu}\p{Ll}+\s+)+)(\p{Lu}{2,}(?:[\s-]\p{Lu}{2,})*)$/u.exec(name);
  // (Not a generation's number, `Tom Becker III`: as written.)
  if (mixed && /^(?:II|III|IV|VI|VII|VIII|IX)$/.test(mixed[2]!)) return name;
  if (mixed) return [...textNames().keys()].find((n) => foldName(n) === foldName(name) && !/\p{Lu}{2}/u.test(n)) ?? mixed[1]! + capitaliseName(mixed[2]!.toLowerCase());
  // (A title in small letters before a name in capitals, as Spanish records print speakers,
  // `La señora LÓPEZ GARCÍA`, `El señor PRESIDENTE`: the name as the text writes it, or capitalised.)
  const titled = /^((?:\p{Lu}?\p{Ll}+\.?\s+)+)(\p{Lu}[\p{Lu}\p{M}'’-]+(?:\s+\p{Lu}[\p{Lu}\p{M}'’-]+)*)$/u.exec(name);
  if (titled && /\p{Lu}{2}/u.test(titled[2]!)) return titled[1]! + unshout(titled[2]!, textNames, text);
  // (`MS. KIM`: two words in capitals are a name in capitals too, however short.)
  // (Nor three letters, a consonant and a vowel first, `KIM`, `LEE`, where other labels are
  // surnames in capitals, `LOPEZ:`, `BERG:`: a surname too, not initials.)
  const short = surnamesInCaps && /^[B-DF-HJ-NP-TV-Z][AEIOUY][A-Z]$/.test(name);
  if (/\p{Ll}/u.test(name) || !(/\p{Lu}{4}/u.test(name) || /\p{Lu}{2}\.?\s+\p{Lu}{2}/u.test(name) || short)) return name;
  const written = [...textNames().keys()].find((n) => foldName(n) === foldName(name));
  if (written) return written;
  // One word the text writes in capitals where it labels nothing, and never otherwise: a name
  // written so, as a magazine writes its own (`SPIEGEL:` below the masthead `DER SPIEGEL`).
  if (/^\p{Lu}{4,}$/u.test(name) && text.includes(name)) {
    const any = [...text.matchAll(new RegExp(`(?<![\\p{L}])${name}(?![\\p{L}])`, 'giu'))];
    if (any.every((m) => m[0] === name) && any.some((m) => !/^\s*[:：]/.test(text.slice(m.index + name.length, m.index + name.length + 3)))) return name;
  }
  // (Nor one with no vowel, an abbreviation, as a magazine shortens its own name: `BLVR`.)
  if (/^[B-DF-HJ-NP-TV-XZ]{3,}$/.test(name)) return name;
  return capitaliseName(name.toLowerCase());
}

/** A name in small letters with each word capitalised, but for particles inside it: `maria van der berg` -> `Maria van der Berg`, `jean-pierre o'neil` -> `Jean-Pierre O'Neil`. */
export function capitaliseName(lower: string): string {
  return lower
    .split(' ')
    // (A generation's number after the name stays in capitals: `Tom Becker III`, not `Iii`.)
    .map((w, i) => (i > 0 && PARTICLES.has(w) ? w : i > 0 && /^(?:ii|iii|iv|vi|vii|viii|ix)$/.test(w) ? w.toUpperCase() : w.replace(/(^|[-'’(])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase())))
    .join(' ');
}

export interface ResolveInput {
  uses: LabelUse[];
  fm: FrontMatter;
  /** The file's text (title, intro and body), for names the labels abbreviate. */
  text: string;
  /** Text before the interview starts (title, dek, intro): where a publisher names the people. */
  introText: string;
  /** What the cleaner removed: read only for a note naming the writer (`AUTHOR_NOTE`). */
  removedText?: string;
}

/**
 * A legislator's or a committee officer's title opening a label: a member of a hearing's bench
 * (`Le président`, `La sénatrice Doe`, `El senador Kim` too); the chair of a chamber after its
 * article (`The PRESIDENT`), so that two senators' question and answer decide their sides.
 */
const MEMBER = new RegExp(String.raw`^(?:the\s+)?(?:the\s+(?:deputy\s+)?president|senator|sen\.|representative|rep\.|congressman|congresswoman|chair|chairman|chairwoman|chairperson|presiding officer|ranking member|vice chair|councillor|councilmember|council member|commissioner|chief justice|justice|judge|court|(?:le|la|el|il|l['’])\s*${BENCH_TITLE_ABROAD})(?:\s|$)`, 'i');

/** The chair's office in a word, as labels give it alone: `Chairwoman`, `Vorsitzende`, `Präsident`. */
const CHAIR_OFFICE = /^(?:chair|chairman|chairwoman|chairperson|vorsitzende|vorsitzender|präsident|präsidentin|vizepräsident|vizepräsidentin)$/i;
/** A record's opening naming who presides: "Hon. Tom Becker (chairman of the subcommittee) presiding", "Senator Tom Becker, chairman of the committee, presiding". */
const PRESIDING = /(?:Hon\.|Honorable|Senator|Representative|Chairman|Chairwoman|Mr\.|Ms\.|Mrs\.|Dr\.)\s+(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3})\s*(?:\([^()\n]{1,80}\)|\[[^\]\n]{1,80}\]|,[^,\n]{1,80},)?\s*presiding\b/gu;
/** The chair of a hearing, as the label names them (`Chairman Becker`, `The Chair`, `Presiding Officer`). */
const CHAIR = /^(?:the\s+)?(?:chair|chairman|chairwoman|chairperson|presiding officer|acting chair)(?:\s|$)/i;

/**
 * A first name and a surname's initial, `Maria L`, shown with the initial's full stop where the
 * label is written so, `Maria L.:` or `Maria L.` above the words, as meeting tools show people (the
 * label's key drops it, so that `Maria L:` in the same file is the same person).
 */
function initialStop(name: string, key: string, uses: LabelUse[]): string {
  if (name !== key || !/^(?:\p{Lu}\p{Ll}+|\p{Lu}{2,}) \p{Lu}$/u.test(name)) return name;
  const stopped = new RegExp(`^[^\\p{L}]{0,24}${escapeRe(name)}\\.(?![\\p{L}])`, 'u');
  return uses.some((u) => u.key === key && stopped.test(u.written ?? '')) ? `${name}.` : name;
}

export function resolveSpeakers(input: ResolveInput): Resolution {
  // Labels of speakers who say the words together (`Paul Kim and Maria Lopez:`, `Ben & David:`),
  // each of whom labels turns alone: resolved after the others, as those speakers together.
  const single = new Map(input.uses.map((u) => [foldName(u.key), u.key]));
  // (Or by a first or a last name of one full name that labels turns: `Paul & Li:` beside `Dr. Paul Kim:` and `Li:`.)
  const byPart = new Map<string, string[]>();
  for (const key of new Set(input.uses.map((u) => u.key))) {
    if (jointParts(key) || !/\s/.test(key)) continue;
    const words = key.split(/\s+/).filter((w) => !TITLE.test(w));
    for (const w of new Set([words[0], words.at(-1)])) if (w) byPart.set(foldName(w), [...(byPart.get(foldName(w)) ?? []), key]);
  }
  const labelled = (p: string) => single.get(foldName(p)) ?? (byPart.get(foldName(p))?.length === 1 ? byPart.get(foldName(p))![0] : undefined);
  const jointOf = new Map<string, string[]>();
  for (const key of new Set(input.uses.map((u) => u.key))) {
    const parts = jointParts(key)?.map(labelled);
    if (parts?.every((p) => p != null && !jointParts(p))) jointOf.set(key, parts as string[]);
  }
  if (!jointOf.size) return resolveEach(input);
  const resolution = resolveEach({ ...input, uses: input.uses.filter((u) => !jointOf.has(u.key)) });
  for (const [key, parts] of jointOf) {
    const speakers = parts.map((p) => resolution.byKey.get(p)!);
    resolution.byKey.set(key, { key, name: jointName(key, speakers), ...jointRole(speakers), joint: speakers });
  }
  return resolution;
}

function resolveEach(input: ResolveInput): Resolution {
  const { uses, fm } = input;
  const fmLabels = new Map<string, { name: string; role: Role | null }>();
  const listed: { name: string; role: Role | null }[] = [];
  for (const [k, v] of Object.entries(fm.speakers)) {
    if (v.listed) listed.push({ name: v.name, role: v.role });
    else fmLabels.set(foldName(k), v);
  }
  const fixedRole = new Map<string, Role>();
  for (const n of fm.guests) fixedRole.set(foldName(n), 'guest');
  for (const n of fm.interviewers) fixedRole.set(foldName(n), 'interviewer');
  for (const v of [...fmLabels.values(), ...listed]) if (v.role) fixedRole.set(foldName(v.name), v.role);

  /** The names the front matter writes, titles and all (`guest: Dr. Maria Lopez`): shown as written. */
  const fmWritten = new Set([...listed.map((l) => l.name), ...fm.guests, ...fm.interviewers, ...[...fmLabels.values()].map((v) => v.name)].map(foldName));
  // Full names the file gives outright.
  const aliases = new Map<string, string>();
  const fullNames: string[] = [...listed.map((l) => l.name), ...fm.guests, ...fm.interviewers, ...[...fmLabels.values()].map((v) => v.name)];
  // (A word defined for two people, `Guest (Maria Lopez):` and `Guest (Ana Silva):`, names neither.)
  const twice = new Set<string>();
  for (const u of uses) {
    if (u.alias) {
      const a = foldName(u.alias);
      if (aliases.has(a) && foldName(aliases.get(a)!) !== foldName(u.key)) twice.add(a);
      aliases.set(a, u.key);
    }
    if (/\s/.test(u.key) && !isPlaceholder(u.key) && !roleWord(u.key) && !isSurnameWithParticles(u.key)) fullNames.push(u.key);
  }
  for (const a of twice) aliases.delete(a);
  const known = [...new Set(fullNames.filter((n) => /\s/.test(n.trim())))];
  const introNames = namesIn(input.introText);
  let textNames: Map<string, number> | null = null;
  let introduced: string[] | null = null;
  /** Full names the conversation introduces ("our guest today is Tom Becker", "I'm Tom Becker"), not ones it merely mentions. */
  const introducedNames = () =>
    (introduced ??= [
      ...new Set([
        ...introducedIn(input.text),
        ...[...input.text.matchAll(SELF_INTRO)].map((m) => m[1]!),
        // ("Today we have Maria Lopez with us.")
        ...[...input.text.matchAll(GUEST_WITH_US)].flatMap((m) => m[1]!.split(/,\s*(?:and\s+)?|\s+and\s+/).filter((n) => /\s/.test(n.trim())).map((n) => n.trim())),
        // ("With me again, Chamath, David Sacks and David Friedberg": each full name of the list.)
        ...[...input.text.matchAll(WITH_ME_LIST)].flatMap((m) => namesOfList(m[1]!).filter((n) => /\s/.test(n))),
        // ("I am joined by Maria Lopez of Rhine Works, Paul Kim from Bonn University, and Jane Doe":
        // each full name of the sentence, past what is said of each.)
        ...[...input.text.matchAll(INTRODUCTION_SENTENCE)].flatMap((m) => [...namesIn(m[1]!).keys()]),
        // ("Today we talk bridges with Ana Lopez, Paul Kim and Jonas Berg.": the full names of a list
        // the first turn gives, two or more, a moderator introducing his panel; not his own, "Ich bin
        // Ben"; nor names apart, "los desarrolladores de Bitcoin Pieter (...) y a Jonas Nick".)
        ...[...(input.uses[0]?.text.slice(0, 600) ?? '').matchAll(OPENING_LIST)].flatMap((m) => ((names) => (names.length >= 2 ? names : []))([...namesIn(m[0]).keys()].filter((n) => /\s/.test(n) && !n.split(/\s+/).some((w) => input.uses[0]!.key.split(/\s+/).includes(w))))),
      ]),
    ]);

  const useCount = new Map<string, number>();
  for (const u of uses) useCount.set(u.key, (useCount.get(u.key) ?? 0) + 1);
  const unique = (names: string[]) => {
    const set = [...new Map(names.map((n) => [foldName(n), n])).values()];
    return set.length === 1 ? set[0]! : null;
  };
  /** Of names that nest, the one every other ends with (`Maria Lopez` in `Brückenbauerin Maria Lopez`), or null. */
  const innermost = (names: string[]) => {
    const inner = names.find((n) => /\s/.test(n) && names.every((m) => foldName(m) === foldName(n) || foldName(m).endsWith(` ${foldName(n)}`)));
    return inner ?? null;
  };
  const byInitials = (key: string, names: Iterable<string>) => [...names].filter((n) => initialsOf(n) === key || (n.split(/\s+/).length >= 3 && initialsOf(n).length >= 3 && `${initialsOf(n)[0]}${initialsOf(n).at(-1)}` === key));
  // (A double surname's first part too, as Spanish shortens it: `López:` for María López-García.)
  const firstOfDouble = (last: string) => (/^\p{Lu}[\p{L}'’]+-\p{Lu}/u.test(last) ? last.split('-')[0]! : null);
  const byPart = (key: string, names: Iterable<string>) => {
    const k = foldName(key);
    return [...names].filter((n) => {
      const parts = n.split(/\s+/);
      const double = firstOfDouble(parts.at(-1)!);
      return foldName(parts[0]!) === k || foldName(parts.at(-1)!) === k || (double != null && foldName(double) === k);
    });
  };

  // `known` indexed by folded full name, by first and last word, by last word and by initials:
  // a file may hold thousands of labels, each looked up here.
  type KnownIndex = { fold: Map<string, string>; part: Map<string, string[]>; last: Map<string, string[]>; initials: Map<string, string[]>; slips: Map<string, [string, string][]> };
  let knownIndex: KnownIndex | null = null;
  const add = (m: Map<string, string[]>, k: string, n: string) => {
    const list = m.get(k);
    if (!list) m.set(k, [n]);
    else if (!list.includes(n)) list.push(n);
  };
  const idx = (): KnownIndex => {
    if (knownIndex) return knownIndex;
    const ix: KnownIndex = { fold: new Map(), part: new Map(), last: new Map(), initials: new Map(), slips: new Map() };
    for (const n of known) {
      const w = n.split(/\s+/);
      if (!ix.fold.has(foldName(n))) ix.fold.set(foldName(n), n);
      add(ix.part, foldName(w[0]!), n);
      // (After a title, `Dr Maria Lopez`, the first name is the second word.)
      if (w.length >= 3 && TITLE.test(w[0]!)) add(ix.part, foldName(w[1]!), n);
      add(ix.part, foldName(w.at(-1)!), n);
      const double = firstOfDouble(w.at(-1)!);
      if (double) add(ix.part, foldName(double), n);
      add(ix.last, foldName(w.at(-1)!), n);
      const ini = initialsOf(n);
      add(ix.initials, ini, n);
      if (w.length >= 3 && ini.length >= 3) add(ix.initials, `${ini[0]}${ini.at(-1)}`, n);
      if ((useCount.get(n) ?? 0) + (fixedRole.has(foldName(n)) ? 2 : 0) >= 2) {
        const f = foldName(n);
        const fw = f.split(' ');
        for (let i = 0; i < fw.length; i++) {
          const k = slipKey(fw, i);
          const list = ix.slips.get(k);
          if (list) list.push([n, f]);
          else ix.slips.set(k, [[n, f]]);
        }
      }
    }
    return (knownIndex = ix);
  };
  const knownByPart = (key: string) => idx().part.get(foldName(key)) ?? [];
  const knownByInitials = (key: string) => idx().initials.get(key) ?? [];

  /** Names folded, once each (a file of many speakers sharing a surname is read in time). */
  const foldedNames = new Map<string, string>();
  /** The one fuller name a full name leaves the middle name or initial out of (`Andreas Antonopoulos`, Andreas M. Antonopoulos). */
  const fuller = (name: string): string | null => {
    const kw = foldName(name).split(' ');
    if (kw.length !== 2) return null;
    return unique((idx().last.get(kw[1]!) ?? []).filter((n) => {
      const nw = (foldedNames.get(n) ?? foldedNames.set(n, foldName(n)).get(n)!).split(' ');
      return nw.length >= 3 && nw[0] === kw[0] && !TITLE.test(nw[0]!);
    }));
  };
  let dotted: Map<string, Set<string>> | undefined;
  let dottedText: Map<string, Set<string>> | undefined;
  /** The introduction's full names by their last word, folded. */
  let introByLast: Map<string, string[]> | undefined;
  /** The writers notes on the author name, and the people a show's credits name: read once, when a label needs them. */
  let authorNames: string[] | undefined;
  let creditedNames: string[] | undefined;
  /** One-word labels of two turns or more. */
  let repeatedWords: string[] | undefined;
  const labelKeys = new Set(uses.map((u) => u.key));
  /** Labels written once with a slip, and the name each is read as. */
  const slips = new Map<string, string>();
  const nameOf = (key: string): string => {
    const k = foldName(key);
    const fmName = fmLabels.get(k)?.name;
    if (fmName) return fmName;
    // A title and a surname (`Dr. Lopez`): the titled full name with that surname (`Dr. Maria Lopez`).
    // (Titles may come several: `Prof. Dr. Lopez`.)
    const words = key.split(/\s+/);
    const titles = words.findIndex((w) => !TITLE.test(w));
    // (A title and a full name, `Dr. Maria Lopez:`, where the full name labels turns untitled too,
    // `Maria Lopez:`: one person, by the name.)
    if (titles >= 1 && words.length - titles >= 2) {
      const bare = words.slice(titles).join(' ');
      const other = [...labelKeys].find((o) => o !== key && foldName(o) === foldName(bare));
      if (other) return nameOf(other);
    }
    const titled = titles >= 1 && titles === words.length - 1 ? [words.slice(0, titles).join(' '), words.at(-1)!] : words;
    if (titled.length === 2 && TITLE.test(titled[0]!.split(' ')[0]!)) {
      const sameSurname = idx().last.get(foldName(titled[1]!)) ?? [];
      // (Two labels with one surname and other titles, `Senator Smith:` and `Mr. Smith:`, are two
      // people: each the full name written with its own title, `Mr. John Smith`, or none.)
      const rivals = [...labelKeys].some((o) => o !== key && foldName(o.split(/\s+/).at(-1)!) === foldName(titled[1]!) && TITLE.test(o.split(/\s+/)[0]!) && titleWord(o.split(/\s+/)[0]!) !== titleWord(titled[0]!.split(' ')[0]!));
      const ownTitle = (n: string) => titleWord(n.split(/\s+/)[0]!) === titleWord(titled[0]!.split(' ')[0]!);
      // (A titled name with a given name: `Prof. Dr. Lopez` itself has none.)
      const full = unique(sameSurname.filter((n) => TITLE.test(n.split(/\s+/)[0]!) && n.split(/\s+/).filter((w) => !TITLE.test(w)).length >= 2 && (!rivals || ownTitle(n))));
      if (full) return full;
      if (rivals) {
        // (The given name the text writes after this label's own title: `Mr. John Smith`.)
        const title = titled[0]!.split(' ')[0]!.replace(/\.$/, '');
        const own = new RegExp(String.raw`(?<![\p{L}])${escapeRe(title)}\.?\s+(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)?)\s+${escapeRe(titled[1]!)}(?![\p{L}])`, 'u');
        const given = [input.introText, ...uses.map((u) => u.text)].map((t) => own.exec(t)?.[1]).find((g) => g != null && !TITLE.test(g.split(/\s+/)[0]!));
        return given ? `${given} ${titled[1]}` : key;
      }
      // Else the one full name with that surname the file gives (`Mr. Becker:`, Tom Becker in the dek).
      // (Its titles aside: "I welcome Ms Maria Lopez" gives Maria Lopez.)
      const untitled = (n: string) => n.split(/\s+/).filter((w, i, all) => !all.slice(0, i + 1).every((x) => TITLE.test(x))).join(' ');
      // (The first of a double surname too: `Prof Lopez:`, Maria Lopez-Garcia.)
      const ofSurname = (last: string) => foldName(last) === foldName(titled[1]!) || foldName(firstOfDouble(last) ?? '') === foldName(titled[1]!);
      const surname = (names: Iterable<string>) => unique([...names].map(untitled).filter((n) => /\s/.test(n) && ofSurname(n.split(/\s+/).at(-1)!)));
      const named = surname(sameSurname.filter((n) => !TITLE.test(n.split(/\s+/)[0]!))) ?? surname(introNames.keys()) ?? surname(introducedNames());
      if (named) return named;
      // A surname in capitals, as records print them (`Senator BECKER:`): `Senator Becker`.
      if (/^\p{Lu}[\p{Lu}'’-]+$/u.test(titled[1]!) && /\p{Ll}/u.test(titled[0]!)) return `${titled[0]} ${uncapitalise(titled[1]!)}`;
    }
    // An initial and a surname (`M. Lopez:`): the one full name with that surname and that initial;
    // in French, where `M.` is Monsieur, the one full name with that surname.
    const initial = /^(\p{Lu})\.\s+(\p{Lu}[\p{L}'’-]+)$/u.exec(key);
    if (initial) {
      // (Written out: not `M. Lopez` itself, nor another initial.)
      // (Nor a title, `Ms. Lopez`: no first name's initial.)
      // (In capitals as records print them too, `T. BECKER:` beside `TOM BECKER:`.)
      const same = (names: Iterable<string>) => [...names].filter((n) => /^\p{Lu}(?:\p{Ll}|\p{Lu}+\s)/u.test(n) && /\s/.test(n) && !TITLE.test(n.split(/\s+/)[0]!) && foldName(n.split(/\s+/).at(-1)!) === foldName(initial[2]!));
      if (!introByLast) {
        introByLast = new Map();
        for (const n of [...introNames.keys(), ...introducedNames()]) {
          const last = foldName(n.split(/\s+/).at(-1)!);
          introByLast.set(last, [...(introByLast.get(last) ?? []), n]);
        }
      }
      const all = [...new Set([...same(idx().last.get(foldName(initial[2]!)) ?? []), ...same(introByLast.get(foldName(initial[2]!)) ?? [])])];
      const fits = unique(all.filter((n) => n.startsWith(initial[1]!)));
      if (fits) return fits;
      if (initial[1] === 'M' && FRENCH.test(input.introText)) {
        const one = unique(all);
        if (one) return one;
      }
    }
    const defined = aliases.get(k);
    if (defined) return fmLabels.get(foldName(defined))?.name ?? nameOf(defined);
    const full = fuller(key);
    if (full) return full;
    // A first name and the surname's initial (`Tom B.:` beside `Tom K.:`, in capitals too, `TOM B.:`):
    // the one full name that fits.
    const initialled = /^(\p{Lu}\p{Ll}+|\p{Lu}{2,}) (\p{Lu})$/u.exec(key);
    const firstWord = initialled ? capitaliseName(initialled[1]!.toLowerCase()) : '';
    // (Not a title and an initial, `Senator M`: which senator that is, the file does not say.)
    if (initialled && !TITLE.test(firstWord) && !MEMBER.test(firstWord)) {
      const [, first, initial] = initialled;
      const fits = (names: Iterable<string>) => unique([...names].filter((n) => {
        const w = n.split(/\s+/);
        return w.length >= 2 && foldName(w[0]!) === foldName(first!) && w.at(-1)!.startsWith(initial!) && w.at(-1)!.length > 1;
      }));
      const whole = fits(knownByPart(first!)) ?? fits(introNames.keys()) ?? fits(introducedNames()) ?? fits((textNames ??= namesIn(input.text)).keys());
      if (whole) return whole;
    }
    // The last two words of a full name of three the dek gives, as Spanish names carry both
    // surnames (`López García:` under "... la ingeniera María López García"): that name, where the
    // dek names no one by the two words alone. (Its first two, `María López:`, only where the dek
    // closes the name with a stop, a comma or a parenthesis: "Transcript completed by: Stephan
    // Livera Edited by: ..." names no Stephan Livera Edited.)
    const kw2 = k.split(' ');
    if (kw2.length === 2 && !TITLE.test(kw2[0]!)) {
      const closed = (n: string) => new RegExp(`(?<![\\p{L}])${escapeRe(n)}\\s*(?:[.,;)(]|$)`, 'mu').test(input.introText);
      const holds = unique([...introNames.keys()].filter((n) => {
        const w = foldName(n).split(' ');
        return w.length === 3 && !TITLE.test(w[0]!) && !isCommonWord(w[0]!) && ((w[1] === kw2[0] && w[2] === kw2[1]) || (w[0] === kw2[0] && w[1] === kw2[1] && closed(n)));
      }));
      if (holds && ![...introNames.keys()].some((n) => foldName(n) === k)) return holds;
    }
    const exact = idx().fold.get(k);
    if (exact && (useCount.get(key) ?? 0) >= 2) return exact;
    // A full name written once with a slip (`Maria Lopex:` among `Maria Lopez:`): the name it misspells.
    if (/\s/.test(key) && (useCount.get(key) ?? 0) === 1) {
      const kw = k.split(' ');
      // (Among dozens of names alike, a slip cannot say which one it is.)
      const candidates = kw.flatMap((_, i) => idx().slips.get(slipKey(kw, i)) ?? []);
      const near = candidates.length > 50 ? [] : [...new Set(candidates.filter(([, f]) => f !== k && misspells(k, f)).map(([n]) => n))];
      if (near.length === 1) {
        slips.set(key, near[0]!);
        return near[0]!;
      }
    }
    // (A first name once with two letters swapped, `Mraia:` among `Maria:` labelling turns, written
    // nowhere else: that label's speaker. Not another edit: `Mark` and `Mary` are two people.)
    // (The text searched last, only where such a name is there: a file may hold thousands of labels.)
    if (!/\s/.test(key) && key.length >= 5 && (useCount.get(key) ?? 0) === 1) {
      repeatedWords ??= [...labelKeys].filter((o) => !/\s/.test(o) && (useCount.get(o) ?? 0) >= 2);
      const swapped = repeatedWords.filter((o) => o !== key && transposed(foldName(key), foldName(o)));
      if (swapped.length === 1 && input.text.split(key).length === 2) {
        const name = nameOf(swapped[0]!);
        slips.set(key, name);
        return name;
      }
    }
    // A surname with its particles (`van der Berg:`, `De Gaulle:`): the one full name that ends with it.
    if (isSurnameWithParticles(key)) {
      const tail = ` ${k}`;
      const ends = (names: Iterable<string>) => unique([...names].filter((n) => foldName(n).endsWith(tail)));
      const whole = ends(idx().last.get(foldName(key.split(/\s+/).at(-1)!)) ?? []) ?? ends(introNames.keys());
      if (whole) return whole;
    }
    if (exact) return exact;
    if (/^\p{Lu}{2,4}$/u.test(key)) {
      const fromKnown = unique(knownByInitials(key).map((n) => fuller(n) ?? n));
      if (fromKnown) return fromKnown;
      const inIntro = byInitials(key, introNames.keys());
      const fromIntro = unique(inIntro);
      if (fromIntro) return fromIntro;
      // (Two people the introduction names fit them, `ML:` beside Mark Lee, who hosts, and Maria
      // Lopez, his guest: neither, however often the text writes one; reported below.)
      if (inIntro.length >= 2) return key;
      textNames ??= namesIn(input.text);
      const candidates = byInitials(key, textNames.keys()).sort((a, b) => textNames!.get(b)! - textNames!.get(a)!);
      if (candidates.length && (candidates.length === 1 || textNames.get(candidates[0]!)! > textNames.get(candidates[1]!)!)) return candidates[0]!;
      // Not initials but a short name in capitals (`TOM:`): the full name it is part of, as for `Tom:`.
      // (Two letters too, `LI:` for Li Wei, where nobody's initials they are, the text writes them
      // as a name, "Li, what does your data say?", and one full name the file gives opens so: never
      // the word alone, `IT:` read as "It".)
      const said = capitaliseName(key.toLowerCase());
      if (key.length >= 3 || (!candidates.length && new RegExp(`(?<![\\p{L}])${said}(?![\\p{L}])`, 'u').test(input.text))) {
        const whole = unique(knownByPart(key)) ?? unique(byPart(key, introNames.keys())) ?? unique(byPart(key, introducedNames()));
        if (whole) return whole;
        // (Or the first name as the words write it, `TOM:` where a turn says "Thanks, Tom.".)
        if (key.length >= 3 && new RegExp(`(?<![\\p{L}])${said}(?![\\p{L}])`, 'u').test(input.text)) return said;
      }
      return key;
    }
    // A Japanese surname alone (`山田：`): the one full name the headline or dek writes
    // with it (`山田太郎「...」`, `山田太郎さん`).
    // (Japanese only, by its kana: Chinese runs a name into the next word, `张伟说，`.)
    // (With an honorific after it, `山田氏：`, `山田さん：`, the same.)
    const honored = /^(\p{Script=Han}{1,3}?)(?:氏|さん|様|先生|教授|社長|会長|監督)$/u.exec(key)?.[1] ?? key;
    if (/^\p{Script=Han}{1,3}$/u.test(honored) && !roleWord(key) && /[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(input.introText)) {
      const given = [...new Set([...input.introText.matchAll(new RegExp(`${honored}(\\p{Script=Han}{1,3})(?=[「『（(：:、，,。）)\\s]|さん|氏|$)`, 'gmu'))].map((m) => m[1]!))];
      if (given.length === 1) return honored + given[0];
    }
    // A foreign surname as Japanese or Chinese writes it (`ロペス：`, `ロペス氏　`, `洛佩兹：`): the one
    // name with a middle dot the headline or dek writes ending with it (`マリア・ロペス`, `玛丽亚·洛佩兹`).
    const foreign = /^([\p{Script=Katakana}ー]{2,12}|\p{Script=Han}{2,6}?)(?:氏|さん|様|先生|女士)?$/u.exec(key)?.[1];
    if (foreign && !roleWord(key)) {
      const given = (dotted ??= dottedNames(input.introText)).get(foreign);
      if (given?.size === 1) return [...given][0]!;
      // (In Chinese, where other words run into the name, `玛丽亚·洛佩兹在四个大洲建过桥`,
      // `专访桥梁工程师玛丽亚·洛佩兹`: the given name after a job's or a headline's word, or the
      // whole run where nothing runs into it before; one such name.)
      if (/^\p{Script=Han}+$/u.test(foreign)) {
        const found = new Set<string>();
        for (const m of input.introText.matchAll(new RegExp(String.raw`(?<!\p{Script=Han})(\p{Script=Han}{1,12})[·・]${foreign}`, 'gu'))) {
          const run = m[1]!;
          const after = HAN_JOB_BEFORE_NAME.exec(run)?.[1] ?? (run.length <= 4 ? run : null);
          if (after && after.length >= 1 && after.length <= 4) found.add(`${after}·${foreign}`);
        }
        if (found.size === 1) return [...found][0]!;
      }
      // (Or the one full name another label writes ending with it, `**玛丽亚·洛佩斯**：` above `**洛佩斯**：`.)
      const labelled = [...new Set(input.uses.map((u) => u.key).filter((k) => k.endsWith(`·${foreign}`) || k.endsWith(`・${foreign}`)))];
      if (labelled.length === 1) return labelled[0]!;
      // (Or the one the turns write so, as a host introduces her: "今日のゲストはマリア・ロペスさんです。")
      const spoken = (dottedText ??= dottedNames(input.text)).get(foreign);
      if (spoken?.size === 1) return [...spoken][0]!;
    }
    // (Or its given name, as a Chinese or Japanese transcript labels a foreign guest, `玛丽亚：`,
    // `マリア：`: the one name with a middle dot the headline or dek writes opening with it.)
    const givenKey = /^([\p{Script=Katakana}ー]{2,12}|\p{Script=Han}{2,4}?)(?:氏|さん|様|先生|女士)?$/u.exec(key)?.[1];
    if (givenKey && !roleWord(key)) {
      const opening = [...new Set([...(dotted ??= dottedNames(input.introText)).values()].flatMap((names) => [...names]).filter((n) => n.startsWith(`${givenKey}·`) || n.startsWith(`${givenKey}・`)))];
      if (opening.length === 1) return opening[0]!;
      // (Or the one the turns write so, nothing running into its end: "今天我们请到了玛丽亚·洛佩斯。"; a
      // Chinese name may run into the words before it, the given name known.)
      if (!opening.length) {
        const script = /^\p{Script=Han}/u.test(givenKey) ? String.raw`\p{Script=Han}` : String.raw`[\p{Script=Katakana}ー]`;
        const spoken = [...new Set([...input.text.matchAll(new RegExp(String.raw`(?<![\p{Script=Katakana}ー])${escapeRe(givenKey)}[·・](${script}{2,12})(?!${script})`, 'gu'))].map((m) => m[0]))];
        if (spoken.length === 1) return spoken[0]!;
      }
    }
    // A foreign surname as Korean writes it (`로페스:`, `로페스 씨:`): the one name of two Hangul words
    // the headline writes ending with it (`마리아 로페스 인터뷰`; not a job before a name, `기자 김민수`).
    const hangul = /^(\p{Script=Hangul}{2,5})(?:\s?(?:씨|님))?$/u.exec(key)?.[1];
    if (hangul && !roleWord(key)) {
      const headline = input.introText.split('\n').find((l) => l.trim()) ?? '';
      const given = [...new Set([...headline.matchAll(new RegExp(`(?<!\\p{Script=Hangul})(\\p{Script=Hangul}{2,5}) ${hangul}(?:씨|님|는|은|가|이|를|을|의|와|과)?(?!\\p{Script=Hangul})`, 'gu'))].map((m) => m[1]!))].filter((w) => !KO_JOB.test(w));
      if (given.length === 1) return `${given[0]} ${hangul}`;
    }
    // A Chinese surname and a title (`张先生：`, `李女士：`): the one full name a headline or a line of
    // the introduction opens with (`张伟：桥梁需要耐心`).
    const hanTitled = /^(\p{Script=Han}{1,2}?)(?:先生|女士|小姐|教授|老师|老師|博士|医生|醫生|院士|总|總)$/u.exec(key)?.[1];
    if (hanTitled && !roleWord(key)) {
      const given = [...new Set([...input.introText.matchAll(new RegExp(`^(?:#+\\s*)?(?:对话|對話|专访|專訪)?${hanTitled}(\\p{Script=Han}{1,2})[：:]`, 'gmu'))].map((m) => m[1]!))];
      if (given.length === 1) return hanTitled + given[0];
    }
    // The chair's office alone (`Chairwoman:`, `Vorsitzende:`) beside the one label that gives it
    // with a name (`Chairwoman Maria Lopez:`): that person.
    if (!/\s/.test(key) && CHAIR_OFFICE.test(key)) {
      const holders = [...labelKeys].filter((o) => o !== key && o.split(/\s+/).length >= 3 && foldName(o.split(/\s+/)[0]!) === k);
      if (holders.length === 1) return nameOf(holders[0]!);
    }
    // (A two-letter first name, `Li:` or `Bo:`, is a name too; `LI:` would be initials.)
    if (!/\s/.test(key) && (key.length > 2 || /^\p{Lu}\p{Ll}$/u.test(key)) && !roleWord(key) && !TITLE.test(key)) {
      const fromKnown = unique(knownByPart(key)) ?? fullestForm(knownByPart(key));
      if (fromKnown) return fromKnown;
      // (Two people the labels name who share it, `Maria:` beside `Maria Lopez:` and `Maria Silva:`:
      // which one speaks, the introduction naming one of them first cannot say; shown as written, reported.)
      const fullNames = knownByPart(key).filter((n) => { const w = n.split(/\s+/); return w.length >= 2 && !TITLE.test(w[0]!) && !/^\p{Lu}\.$/u.test(w[0]!); });
      if (new Set(fullNames.map(foldName)).size >= 2) return key;
      // (German writes a job before a name in capitals, `Brückenbauerin Maria Lopez` beside
      // "Maria Lopez baut...": the name the others end with.)
      const fromIntro = unique(byPart(key, introNames.keys())) ?? innermost(byPart(key, introNames.keys()));
      if (fromIntro) return fromIntro;
      const fromIntroduction = unique(byPart(key, introducedNames()));
      if (fromIntroduction) return fromIntroduction;
      // (Or the writer a note on the author names anywhere, the box after the interview too:
      // "Tom Becker writes about infrastructure for the Rhine Post." for `Tom:`.)
      authorNames ??= [...`${input.text}\n${input.removedText ?? ''}`.matchAll(AUTHOR_NOTE)].map((m) => m[1]!);
      const fromAuthor = unique(byPart(key, authorNames));
      if (fromAuthor) return fromAuthor;
      // (Or a show's closing credits: "Spans is hosted by Tom Becker and Ana Silva. Our guest this
      // week was Maria Lopez." for `Tom:`, `Ana:` and `Maria:`.)
      creditedNames ??= [...input.text.matchAll(CREDITED_NAMES)].flatMap((m) => m[1]!.split(/,\s*(?:and\s+)?|\s+(?:and|&)\s+/)).map((n) => n.trim()).filter((n) => /\s/.test(n));
      const fromCredits = unique(byPart(key, creditedNames));
      if (fromCredits) return fromCredits;
    }
    return key;
  };

  // Every key's person. Placeholders wait for their self-introductions.
  const keys = [...new Set(uses.map((u) => u.key))];
  const person = new Map<string, string>();
  const surnamesInCaps = keys.some((k) => /^\p{Lu}{4,}$/u.test(k) && !roleWord(k) && !isPlaceholder(k));
  // A placeholder or a role word the front matter names (`Speaker 0: Maria Lopez`, `Q: Tom Becker`) is that person.
  for (const key of keys) {
    const named = fmLabels.get(foldName(key));
    if (named && (isPlaceholder(key) || roleWord(key))) {
      person.set(key, named.name);
      const side = roleWord(key);
      if (!fixedRole.has(foldName(named.name)) && (side === 'interviewer' || side === 'guest')) fixedRole.set(foldName(named.name), side);
    } else if (!isPlaceholder(key) && !roleWord(key)) person.set(key, courtesyOff(unshout(nameOf(key), () => (textNames ??= namesIn(input.text)), input.text, surnamesInCaps), fmWritten));
    // A placeholder or a role word a label names in parentheses (`Speaker 1 (Tom Becker):`, then `Speaker 1:`).
    // (Written as that label writes it, `PRESENTER (TOM BECKER):`: Tom Becker.)
    else if (aliases.has(foldName(key))) person.set(key, courtesyOff(unshout(nameOf(aliases.get(foldName(key))!), () => (textNames ??= namesIn(input.text)), input.text), fmWritten));
  }
  // A first name, a surname or initials that fit several full names: shown as written, reported.
  const ambiguous = new Map<string, string[]>();
  for (const key of keys) {
    if (person.get(key) !== key || /\s/.test(key) || roleWord(key) || isPlaceholder(key) || TITLE.test(key) || MEMBER.test(key)) continue;
    // (Names that are one person's labels, `Prof. Dr. Maria Lopez` and `Prof. Dr. Lopez`, are that person.)
    const initials = /^\p{Lu}{2,4}$/u.test(key);
    const fitting = initials ? knownByInitials(key) : knownByPart(key);
    // (Initials the introduction's people share: those people.)
    const fits = [...new Map((initials && fitting.length < 2 && byInitials(key, introNames.keys()).length >= 2 ? byInitials(key, introNames.keys()) : fitting).map((n) => person.get(n) ?? n).map((n) => [foldName(n), n])).values()];
    if (fits.length >= 2) ambiguous.set(key, fits);
    else if (fits.length === 1 && [...person.values()].includes(fits[0]!)) person.set(key, fits[0]!);
  }
  // A label read as another label's words (`Lopez:` as `Dr. Lopez`, `Dr. Lopez:` as `Dr. Maria
  // Lopez`) is the person that label is (Maria Lopez): one person, one name.
  for (let round = 0; round < 3; round++)
    for (const key of keys) {
      const n = person.get(key);
      const end = n != null && n !== key ? person.get(n) : undefined;
      if (end != null && end !== n && (person.get(end) == null || person.get(end) === end)) person.set(key, end);
    }
  const attendee = new Map<string, string>();
  const addressed = resolvePlaceholders(keys, uses, person, listed.map((l) => l.name), input.introText, attendee);
  // A full name written out once on first use, the file labelling that person by initials after.
  const counts = new Map<string, number>();
  for (const u of uses) counts.set(u.key, (counts.get(u.key) ?? 0) + 1);
  const first = uses[0];
  // (A name, not a handle: `steelfan42:` asking once in a thread is someone else.)
  // (Initials or a word of that name after it, `MP:` or `普林斯:`: not another full name,
  // `**汤姆·贝克尔：为什么？**` asking once above `**玛丽亚·洛佩斯**：` answering.)
  const shortFor = (k: string) => /^\p{Lu}{2,3}$/u.test(k.replace(/\./g, '')) || foldName(first!.key).split(/[\s·・]+/).some((w) => w.startsWith(foldName(k)));
  // (Not where that short form answers right after it, nothing between: `トム・ベッカー：...なぜ？` then `MR：...` are two;
  // nor where the full name asks or welcomes, as the host opens, `**汤姆·贝克尔**：欢迎来到节目，玛丽亚。`: the one who answers is someone else.)
  const answeredAt = first && uses[1] && uses[1].index === first.index + 1 && uses[1].key !== first.key;
  const firstHosts = first != null && (/[?？¿؟]/u.test(first.text) || JA_ASKS.test(first.text) || HOST_PHRASES.test(first.text));
  if (first && !answeredAt && !firstHosts && counts.get(first.key) === 1 && person.get(first.key) === first.key && !/^[\p{Ll}\d_@]|[\d_]/u.test(first.key)) {
    const others = [...new Set([...person.entries()].filter(([k]) => k !== first.key && (counts.get(k) ?? 0) >= 2 && shortFor(k)).map(([, n]) => n))];
    // (Shown by that full name where nothing else names the short form: `MP` is 马修·普林斯.)
    if (others.length === 1 && !idx().fold.has(foldName(first.key))) {
      const short = [...person.entries()].filter(([k, n]) => n === others[0] && k !== first.key);
      if (short.every(([k, n]) => k === n)) for (const [k] of short) person.set(k, first.key);
      else person.set(first.key, others[0]!);
    }
  }
  // (A publication's name with its article once, first, `DER SPIEGEL:`, then `SPIEGEL:` among others: that one.)
  if (first && counts.get(first.key) === 1 && PUBLICATION_ARTICLE.test(first.key)) {
    const unarticled = [...new Set([...person.entries()].filter(([k]) => k !== first.key && (counts.get(k) ?? 0) >= 2 && foldName(k) === foldName(first.key.replace(PUBLICATION_ARTICLE, ''))).map(([, n]) => n))];
    if (unarticled.length === 1) person.set(first.key, unarticled[0]!);
  }

  // Roles: a role a label states (`, HOST`) is as good as the front matter's, which it does not override.
  // (But for an anchor's, where another label says who hosts, `TOM BECKER, HOST:`: she anchors
  // another show and answers in this one, `MARIA LOPEZ, RHINE NEWS ANCHOR:`, her turns tell.)
  const hosted = uses.some((u) => u.role === 'interviewer' && !u.anchor);
  for (const u of uses) {
    const name = person.get(u.key);
    if (u.role && name && !fixedRole.has(foldName(name)) && !(u.anchor && hosted)) fixedRole.set(foldName(name), u.role);
  }
  // Roles the introduction lists (`Hosts: Maria Lopez, Tom Becker. Guests: Ana Silva and Li Wei.`),
  // by full or first name, count as the front matter's where it says nothing.
  /**
   * The speakers' names by their folded forms, whole, first word, and first and last words, each
   * list in the order the speakers are named: read once, where the welcomes and the lists of names
   * are weighed, which set no speaker's name (so that a file of many speakers is read in time).
   */
  let forms: { whole: Map<string, string[]>; first: Map<string, string[]>; ends: Map<string, string[]>; order: Map<string, number> } | undefined;
  const personForms = () => {
    if (forms) return forms;
    forms = { whole: new Map(), first: new Map(), ends: new Map(), order: new Map() };
    const add = (m: Map<string, string[]>, k: string, n: string) => (m.get(k) ?? m.set(k, []).get(k)!).push(n);
    for (const n of new Set(person.values())) {
      const np = n.split(/\s+/).map(foldName);
      forms.order.set(n, forms.order.size);
      add(forms.whole, foldName(n), n);
      add(forms.first, np[0]!, n);
      add(forms.ends, `${np[0]}\u0000${np.at(-1)}`, n);
    }
    return forms;
  };
  /** The speakers a list of names in the introduction means, by full or first name. */
  const named = (list: string) => {
    const out: string[] = [];
    for (const who of list.split(/\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b|\be\b)\s*/)) {
      // (Past where the person comes from in parentheses, and a job before the name: "Moderator Ana Silva", "Paul Kim (Bonn University)".)
      const w = who.replace(/\s*\([^()]*\)/g, '').trim().split(/\s+/).map(foldName);
      if (w.length > 2 && JOB_NOUNS.has(w[0]!)) w.shift();
      // (And a title, "Dr. Anna Lorenz".)
      if (w.length > 2 && TITLE.test(w[0]!)) w.shift();
      if (!w[0]) continue;
      // (Whole, or by the first name alone, or by the first and last names, in the speakers' order.)
      const { whole, first, ends, order } = personForms();
      const fits = new Set([...(whole.get(w.join(' ')) ?? []), ...((w.length === 1 ? first.get(w[0]) : ends.get(`${w[0]}\u0000${w.at(-1)}`)) ?? [])]);
      out.push(...[...fits].sort((a, b) => order.get(a)! - order.get(b)!));
    }
    return out;
  };
  for (const m of input.introText.matchAll(ROLE_LIST)) {
    const r: Role = GUEST_LIST_WORD.test(m[1]!) ? 'guest' : 'interviewer';
    for (const n of named(m[2]!)) if (!fixedRole.has(foldName(n))) fixedRole.set(foldName(n), r);
  }
  // A dek that says who talks with whom ("Tom Becker and Ana Silva talk with Maria Lopez",
  // "Maria Lopez, interviewed by Tom Becker"): evidence for each side, weighed with the rest,
  // when both sides are people who speak.
  const dekSide = new Map<string, number>();
  // (A headline saying whose interview it is, `Maria Lopez Interview on Bridge Safety`, `An
  // Interview with Maria Lopez`, outweighs a dek that has her talk with another first, "Maria Lopez
  // speaks with Tom Becker about...": "talks with" runs both ways.)
  const headline = input.introText.split('\n').find((l) => l.trim()) ?? '';
  const interviewed = [...headline.matchAll(HEADLINE_INTERVIEWED)].flatMap((m) => named(m[1] ?? m[2]!));
  for (const n of interviewed) dekSide.set(foldName(n), -1);
  for (const m of input.introText.matchAll(TALKS_WITH)) {
    const [asks, answers] = (m[1] ? [m[1], m[2]!] : [m[4]!, m[3]!]).map(named);
    if (!asks!.length || !answers!.length || asks!.some((n) => answers!.includes(n))) continue;
    if (asks!.some((n) => interviewed.includes(n))) continue;
    const w = /\binterview/i.test(m[0]) ? 1 : 0.4;
    for (const n of asks!) dekSide.set(foldName(n), w);
    for (const n of answers!) dekSide.set(foldName(n), -w);
  }
  // (And one that names who hosts, and perhaps the guests apart: "Tom Becker and Tom Baker host
  // Rivers and Roads. Their guest is Maria Lopez.")
  const hostLists = hostedLists(input.introText);
  const dekGuests = [...input.introText.matchAll(DEK_GUESTS), ...input.introText.matchAll(PANELISTS), ...input.introText.matchAll(PANEL_ABROAD)].flatMap((m) => named(m[1]!));
  // (And the panel a moderator leads, each panelist past what is said of them: "..., Paul Kim of Bonn University and Jane Doe".)
  for (const m of input.introText.matchAll(PANEL_WITH)) {
    hostLists.push(m[1]!);
    dekGuests.push(...m[2]!.split(/\s*(?:,|;|\band\b)\s*/).flatMap((item) => named(item.replace(/\s+(?:of|from|at|with|for)\s.*$/u, ''))));
  }
  const hostedBy = hostLists.flatMap(named);
  // (The same names as the dek writes them, whether or not they label turns, and one its role word
  // names, `Moderator Ana Silva`, `Host: Tom Becker`: who a role word's label, `MODERATOR:`, is.)
  const dekHosts = hostsNamedIn(input.introText, hostLists);
  for (const n of hostedBy) if (!dekGuests.includes(n) && !dekSide.has(foldName(n))) dekSide.set(foldName(n), 1);
  if (hostedBy.length || dekHosts.length) for (const n of dekGuests) if (!hostedBy.includes(n) && !dekSide.has(foldName(n))) dekSide.set(foldName(n), -1);
  const byKey = new Map<string, Speaker>();
  const stats = new Map<string, { turns: number; questions: number; words: number; host: number; guestPhrase: number; welcomed: number; addressed: number; askedBack: number }>();
  const stat = (name: string) => {
    const f = foldName(name);
    let s = stats.get(f);
    if (!s) stats.set(f, (s = { turns: 0, questions: 0, words: 0, host: 0, guestPhrase: 0, welcomed: 0, addressed: 0, askedBack: 0 }));
    return s;
  };
  const introducedGuests = new Set<string>();
  /** Who turned to whom by first name with a question, the one turned to answering right after. */
  const addressings: [string, string][] = [];
  // A dek in which the writer asked the people who speak ("We asked Maria Lopez, chief engineer at
  // Rhine Works, and Paul Kim, ... about their work"): each of them answers.
  // (Those it lists, not a name inside what it says of them, "Maria Lopez, who joined Acme Cloud as CTO",
  // "chief engineer at Rhine Works": where they work.)
  for (const m of input.introText.matchAll(WE_ASKED)) for (const n of askedIn(m[1]!).flatMap(named)) introducedGuests.add(n);
  // Hosts who say so: "I'm your host", "we are your hosts" (then the one who spoke just before,
  // introducing themselves, is the other), "my co-host David Rosenthal".
  const declaredHosts = new Set<string>();
  let previous: { name: string; text: string } | null = null;
  for (const [at, u] of uses.entries()) {
    const name = person.get(u.key);
    if (!name) continue;
    if (SELF_HOST.test(u.text)) declaredHosts.add(name);
    if (WE_HOSTS.test(u.text)) {
      declaredHosts.add(name);
      if (previous && previous.name !== name && /\b(?:I'm|I’m|I am)\s+\p{Lu}/u.test(previous.text)) declaredHosts.add(previous.name);
    }
    // (Two opening the show in turn, "I'm Ben." and "And I'm Sara.", "Ich bin Ben." and "Und ich bin Sara.", are its hosts.)
    if (previous && previous.name !== name && at <= 3 && AND_SELF.test(u.text) && SELF_NAMED.test(previous.text) && HOST_PHRASES.test(`${previous.text} ${u.text}`)) {
      declaredHosts.add(name);
      declaredHosts.add(previous.name);
    }
    // (So do the regulars a host names beside them "again" or "as always", in a show's opening that
    // has a guest of its own: "With me again, David Sacks and Jason Calacanis. And today we have a
    // special guest, Maria Lopez.")
    if (at <= 2 && /\bguest\b/i.test(u.text))
      for (const m of u.text.matchAll(WITH_ME_LIST)) {
        if (!/\b(?:again|as always)\b/.test(m[0])) continue;
        declaredHosts.add(name);
        for (const who of namesOfList(m[1]!)) for (const n of new Set(person.values())) if (n !== name && foldName(n) === foldName(who)) declaredHosts.add(n);
      }
    // (Whoever names a co-host hosts too.)
    for (const m of u.text.matchAll(COHOST_NAMED)) {
      declaredHosts.add(name);
      for (const n of new Set(person.values())) if (n !== name && foldName(n.split(/\s+/)[0]!) === foldName(m[1]!)) declaredHosts.add(n);
    }
    previous = { name, text: u.text };
  }
  // (So does the dek: "My co-host is Ana Silva.")
  for (const m of input.introText.matchAll(COHOST_NAMED))
    for (const n of new Set(person.values())) if (foldName(n.split(/\s+/)[0]!) === foldName(m[1]!)) declaredHosts.add(n);
  // The one who opens the conversation addressing another speaker by first name ("So, Maria, you've
  // spent twenty years on bridges... Tell me about that night."), not thanking: the host's opening.
  // (Not a voice nobody can tell, a tool's `Unknown Speaker`, a record's `UNIDENTIFIED SPEAKER`, saying "It's recording" first.)
  const opening = uses.find((u) => person.has(u.key) || !(roleWord(u.key) === 'other' || /^unknown/i.test(u.key)));
  let introducer: string | undefined;
  /** The people who speak whom a text names in full, titles aside ("Today we talk bridges with Ana Lopez and Paul Kim"). */
  const speakersNamedIn = (text: string) => {
    const found = new Set([...namesIn(text).keys()].map((full) => untitledWords(full).join(' ')));
    return [...new Set(person.values())].filter((n) => found.has(untitledWords(n).join(' ')));
  };
  if (opening && person.get(opening.key) && !GUEST_PHRASES.test(opening.text)) {
    const opener = person.get(opening.key)!;
    if ([...new Set(person.values())].some((n) => n !== opener && /\s/.test(n) && vocative(opening.text.slice(0, 300), n.split(/\s+/)[0]!))) stat(opener).host++;
    // (And one who opens naming two or more of the others, "Today we talk bridges with Ana Lopez,
    // Paul Kim and Jonas Berg.": a moderator introducing his panel. Weighed as a welcome is, against who asks.)
    if (speakersNamedIn(opening.text.slice(0, 600)).filter((n) => n !== opener).length >= 2) {
      stat(opener).host++;
      introducer = opener;
    }
  }
  // Those who debate, in the dek or the first turns ("Tonight Ana Lopez and Paul Kim debate tolls.",
  // "Ana Lopez vs. Paul Kim"): guests, however much they ask each other. (Read in their beginnings:
  // a list of names runs on through a whole line otherwise, one match tried at each name.)
  for (const text of [input.introText.slice(0, 2000), ...uses.slice(0, 3).map((u) => u.text.slice(0, 600))])
    for (const m of text.matchAll(DEBATERS)) for (const n of speakersNamedIn(m[1] ?? m[2]!)) introducedGuests.add(n);
  // A guest introduced in Chinese, Japanese or Korean, by a named voice or a role word's
  // (`主持人：今天我们请到了三位嘉宾：张伟、李娜和王强。`, "今日のゲストはマリア・ロペスさんです。", "오늘 게스트는
  // 김민수 교수입니다."): each one the sentence names who speaks is a guest.
  for (const u of uses)
    for (const sentence of CJK_GUEST_INTRO.test(u.text) ? u.text.split(/(?<=[。！？!?])/u) : [])
      if (CJK_GUEST_INTRO.test(sentence)) for (const n of new Set(person.values())) if (n !== person.get(u.key) && CJK_NAME_KEY.test(n) && sentence.includes(n)) introducedGuests.add(n);
  // (A speech-to-text export without punctuation, four turns or more none with a stop or a comma: its questions by their words.)
  const unpunctuated = uses.length >= 4 && uses.every((u) => !/[.?!,;:。？！，、；：¿؟]/u.test(u.text));
  for (const [at, u] of uses.entries()) {
    // An unresolved placeholder (`Speaker 1`) is counted under its own label: it has a side too.
    const name = person.get(u.key) ?? (isPlaceholder(u.key) ? u.key : undefined);
    if (!name) continue;
    const s = stat(name);
    s.turns++;
    // (Turned to by first name with a question, answering right after: "Maria, what's the biggest mistake?"; or by full name, "Maria Lopez, what do you look at first?")
    const before = uses[at - 1];
    // (A host's role word asks too, `MODERATOR: Jonas, what should cities do?`.)
    const asker = before && (person.get(before.key) ?? (roleWord(before.key) === 'interviewer' && !isPlaceholder(before.key) ? before.key : undefined));
    // (A Chinese, Japanese or Korean name by its own forms: `李老师，...？` for 李娜, `ロペスさん、...`, `김민수 씨, ...`.)
    const turnedToName = (said: string) => ((/\s/.test(name) || /^\p{Lu}\p{Ll}{2,}$/u.test(name)) && (vocative(said, name.split(/\s+/)[0]!) || (/\s/.test(name) && vocative(said, name)))) || (CJK_NAME_KEY.test(name) && turnedTo(name, said));
    if (asker && asker !== name && !roleWord(name) && /[?？؟]/.test(before.text) && turnedToName(before.text.slice(0, 300))) {
      s.addressed++;
      addressings.push([asker, name]);
      // (Answering first, then asking another: "Money. Paul, would you agree?")
      if (holdsQuestion(u.text) && !holdsQuestion(firstSentence(u.text))) s.askedBack++;
    }
    if (holdsQuestion(u.text) || PROMPT.test(u.text) || (unpunctuated && asksUnpunctuated(u.text))) s.questions++;
    s.words += u.text.split(/\s+/).length;
    // Welcomes and thanks open or close a turn: their ends are enough to read.
    const ends = u.text.length > 600 ? `${u.text.slice(0, 400)} ${u.text.slice(-200)}` : u.text;
    if (HOST_PHRASES.test(ends)) s.host++;
    if (GUEST_PHRASES.test(ends)) s.guestPhrase++;
    // "Christian, welcome back" / "welcome, Ben": the one welcomed is a guest.
    // "Today, my guests are Aishwarya Reganti and Kiriti Badam": each one introduced is a guest.
    if (/guests?\b|witness|panell?ists?\b|joined|joining|joins? (?:us|me)\b|with (?:me|us)\b|\bwe(?: have|['’]ve got| welcome)\b|\b(?:questions|fragen|preguntas|perguntas|domande)\b/i.test(u.text)) {
      // ("With me are Maria Lopez of Rhine Works and Paul Kim from Bonn University": each full name
      // of the sentence, past what is said of each; not "with me today are my co-hosts ...".)
      const sentences = [...u.text.matchAll(INTRODUCTION_SENTENCE)].filter((m) => !/\bco-?hosts?\b/i.test(m[0])).map((m) => [...namesIn(m[1]!).keys()].join(', '));
      let introduces = false;
      for (const list of [...[...u.text.matchAll(GUEST_LIST), ...u.text.matchAll(GUEST_JOINS), ...u.text.matchAll(GUEST_WITH_US), ...u.text.matchAll(GUEST_TAKES_QUESTIONS)].map((m) => (m[1] ?? m[2])!), ...sentences]) {
        for (const who of list.split(/,\s*(?:and\s+)?|\s+and\s+/)) {
          // (Titles aside: "our witness today is Dr. Maria Lopez" introduces `Dr. LOPEZ.`)
          const parts = untitledWords(who);
          for (const [, n] of person) {
            const np = untitledWords(n);
            if (foldName(n) !== foldName(name) && (np[0] === parts[0] || np.at(-1) === parts.at(-1))) {
              introducedGuests.add(n);
              introduces = true;
            }
          }
        }
      }
      // (Whoever introduces a guest who speaks hosts: "And I'm Sara. Today we have Maria Lopez with us.")
      if (introduces) s.host++;
    }

    if (!/welcome/i.test(ends)) continue;
    // (And whoever welcomes another who speaks hosts: "Maria Lopez, who inspects bridges. Maria, welcome.")
    let welcomes = false;
    for (const m of ends.matchAll(WELCOMED)) {
      for (const who of new Set((m[1] ?? m[2]!).split(/,\s*|\s+(?:and|&)\s+/))) {
        // (A label of one word welcomed by a full name, `Maria:` or `Lopez:` by "Welcome, Maria Lopez": welcomed too.)
        const { whole, first } = personForms();
        const oneWord = (k: string) => (whole.get(k) ?? []).filter((n) => !/\s/.test(n));
        const ws = who.split(/\s+/);
        for (const n of new Set([...(first.get(foldName(who)) ?? []), ...(whole.get(foldName(who)) ?? []), ...oneWord(foldName(ws[0]!)), ...oneWord(foldName(ws.at(-1)!))]))
          if (foldName(n) !== foldName(name)) {
            stat(n).welcomed++;
            welcomes = true;
          }
      }
    }
    if (welcomes && s.host === 0) s.host++;
  }
  const people = [...new Set(person.values())];
  const role = new Map<string, Role>();
  const sure = new Map<string, number>();
  for (const n of declaredHosts) {
    if (fixedRole.has(foldName(n)) || introducedGuests.has(n)) continue;
    role.set(n, 'interviewer');
    sure.set(n, 0.9);
  }
  // Whoever asks an introduced guest, or turns to them by name, right before the guest speaks, is
  // a host: a co-host who opened the show with "Great to be here" too.
  if (introducedGuests.size) {
    const firstName = (n: string) => foldName(n.split(/\s+/)[0]!);
    for (let i = 0; i + 1 < uses.length; i++) {
      const asker = person.get(uses[i]!.key);
      const answerer = person.get(uses[i + 1]!.key);
      if (!asker || !answerer || !introducedGuests.has(answerer) || introducedGuests.has(asker) || asker === answerer || fixedRole.has(foldName(asker))) continue;
      const t = uses[i]!.text;
      if (/[?？؟]/.test(t) || foldName(t.split(/[,，]/)[0]!) === firstName(answerer)) {
        role.set(asker, 'interviewer');
        sure.set(asker, 0.8);
      }
    }
  }
  // Introduced as a guest by another speaker: a guest, unless the front matter says otherwise.
  for (const n of introducedGuests) {
    if (fixedRole.has(foldName(n))) continue;
    role.set(n, 'guest');
    sure.set(n, 0.9);
  }
  // A hearing's bench: two or more people labelled as members (`Senator Black:`, `The Chairman:`,
  // a bare `Senator:`) beside people who are not, question the others, the witnesses; a court's
  // bench (`Justice Kagan:`, `Chief Justice Roberts:`, `The Court:`) questions counsel.
  // (By the label, too, where it names someone the file writes out: `Chairman BECKER.` under "Hon.
  // Tom Becker (chairman of the committee) presiding" is Tom Becker, still the chair.)
  const keysOf = new Map<string, string[]>();
  for (const k of keys) {
    const n = person.get(k);
    if (n != null) keysOf.set(n, [...(keysOf.get(n) ?? []), k]);
  }
  const labelled = (n: string, re: RegExp) => re.test(n) || (keysOf.get(n) ?? []).some((k) => re.test(k));
  // (Or by the record's opening line, where the chair is labelled as anyone else: "Hon. Tom Becker
  // (chairman of the subcommittee) presiding" over `Mr. BECKER.` beside `Ms. KIM.` and `Dr. LOPEZ.`.)
  const presiding = new Set([...input.introText.matchAll(PRESIDING)].flatMap((m) => named(m[1]!)));
  const members = people.filter((n) => labelled(n, MEMBER) || presiding.has(n));
  // (Or the chair alone, `Chairman BECKER.` beside `Ms. SILVA.` and `Dr. LOPEZ.`: the members but
  // the chair go by their titles, as witnesses do.)
  // (Or a member alone who only asks, `Senator Black` beside the chair and a witness named without titles.)
  // (And beside a bench, one who asks in every turn and whom nobody introduces is on it: a House
  // record titles its members `Mr. OKAFOR.` as it titles a witness.)
  // (And beside a bench, one who never asks, `Dr Lopez:` answering "Dr Lopez, how many...?", is a
  // witness: the bench questions the others.)
  const asksOnly = (n: string) => stat(n).turns >= 1 && stat(n).questions >= stat(n).turns;
  if ((members.length >= 2 || (members.length === 1 && (labelled(members[0]!, CHAIR) || presiding.has(members[0]!) || asksOnly(members[0]!)) && people.length >= 3)) && members.length < people.length) {
    for (const n of [...members, ...people.filter((p) => !members.includes(p) && asksOnly(p) && !introducedGuests.has(p))]) {
      if (fixedRole.has(foldName(n)) || role.has(n)) continue;
      role.set(n, 'interviewer');
      sure.set(n, 0.8);
    }
    for (const n of people) {
      if (members.includes(n) || stat(n).questions > 0 || fixedRole.has(foldName(n)) || role.has(n)) continue;
      role.set(n, 'guest');
      sure.set(n, 0.8);
    }
  }
  const listedFolded = new Set(listed.map((l) => foldName(l.name)));
  const regulars = people.filter((n) => stat(n).turns >= 3);
  const someListed = regulars.some((n) => listedFolded.has(foldName(n)));
  const someUnlisted = regulars.some((n) => !listedFolded.has(foldName(n)));
  for (const n of people) {
    const r = fixedRole.get(foldName(n));
    if (r) {
      role.set(n, r);
      sure.set(n, 1);
    }
  }
  // One whom a host the labels or the front matter name so turns to by first name with a question,
  // answering right after (`Ana Silva (moderator):` "Maria, what's the biggest mistake?"): a
  // guest, though she asks too (a panelist's "Can I add something?").
  for (const [asker, answerer] of addressings) {
    if ((fixedRole.get(foldName(asker)) !== 'interviewer' && !(roleWord(asker) === 'interviewer' && !person.has(asker))) || role.has(answerer) || declaredHosts.has(answerer) || !/\s/.test(answerer)) continue;
    role.set(answerer, 'guest');
    sure.set(answerer, 0.8);
  }
  // (Placeholders nobody names are voices too: without them, two of them alone have no median, and
  // every turn reads as long.)
  const medianWords = median([...people, ...keys.filter((k) => isPlaceholder(k) && !person.has(k))].map((n) => stat(n).words / Math.max(1, stat(n).turns)));
  // A headline or dek that names one of two speakers ("Maria Lopez on why bridges fail", "Maria
  // Lopez inspects bridges."): the one the piece is about, some evidence for the guest; named as
  // its byline ("By Tom Becker"), for the one who asks.
  const twoNamed = people.length === 2 && /\s/.test(people[0]!) && /\s/.test(people[1]!);
  // (Line by line: a line's words never say who the next line names, `Tom Becker – Host` above `Maria Lopez – ...`.)
  const introLines = twoNamed ? input.introText.split('\n').map(foldName) : [];
  const dekUses = (n: string) => {
    const f = foldName(n);
    let dek = false;
    let byline = false;
    for (const line of introLines)
      for (let at = line.indexOf(f); at !== -1; at = line.indexOf(f, at + 1)) {
        // (The second of a byline's two names too, `Von Maria Lopez und Tom Becker`.)
        if (/\b(?:by|von|par|por|per|door|av|interviewer|host|moderator)\s*:?\s*$/.test(line.slice(Math.max(0, at - 16), at)) || /(?:^|\s)(?:by|von|par|por|door|av)\s+[\p{L}'’.-]+(?:\s+[\p{L}'’.-]+){0,3}\s+(?:and|und|et|y|e|en|och|og|&)\s+$/u.test(line.slice(Math.max(0, at - 60), at))) byline = true;
        else dek = true;
      }
    return { dek, byline };
  };
  const dekSeen = twoNamed ? people.map(dekUses) : [];
  const dekNamed = people.filter((_, i) => dekSeen[i]?.dek);
  const bylined = people.filter((_, i) => dekSeen[i]?.byline && !dekSeen[i]!.dek);
  const hostness = (n: string) => {
    const s = stat(n);
    let h = 2 * (s.questions / Math.max(1, s.turns));
    if (s.host > 0) h += 1.5 + Math.min(1, 0.25 * (s.host - 1));
    if (s.guestPhrase > 0) h -= 2;
    if (s.welcomed > 0) h -= 2;
    // (Speaking briefly counts for the host only in one who asks: one who never asks, however
    // briefly, answers a host who asks at length.)
    const brevity = -0.7 * Math.log2(Math.max(1, s.words / Math.max(1, s.turns)) / Math.max(1, medianWords));
    h += s.questions === 0 ? Math.min(0, brevity) : brevity;
    // A speakers list beside people it leaves out names the guests.
    if (someListed && someUnlisted && s.turns >= 3) h += listedFolded.has(foldName(n)) ? -1.5 : 1.5;
    h += 2 * (dekSide.get(foldName(n)) ?? 0);
    if (dekNamed.length === 1 && dekNamed[0] === n) h -= 1;
    if (bylined.length === 1 && bylined[0] === n) h += 1;
    return h;
  };
  // Under a bare `Q.` and `A.` (a deposition, a court's record), people labelled by a title and a
  // surname (`MR. SILVA: Objection.`) are counsel: neither side.
  const bothSides = keys.some((k) => roleWord(k) === 'interviewer' && isSideWord(k)) && keys.some((k) => roleWord(k) === 'guest' && isSideWord(k));
  if (bothSides)
    for (const n of people)
      if (!role.has(n) && /^(?:Mr|Mrs|Ms|Dr)\.?\s/i.test(n)) {
        role.set(n, 'other');
        sure.set(n, 0.7);
      }
  const open = people.filter((n) => !role.has(n));
  const unnamedPlaceholders = keys.filter((k) => isPlaceholder(k) && !person.has(k));
  // Role words (`Host:`, `INTERVIEWER:`, `Q:`, `A:`) are sides too: opposite one, a named voice is the other side.
  const wordSides = new Set(keys.map((k) => roleWord(k)).filter((r): r is Role => r === 'interviewer' || r === 'guest'));
  if (open.length === 1 && people.length === 1 && wordSides.size === 1) {
    role.set(open[0]!, wordSides.has('interviewer') ? 'guest' : 'interviewer');
    sure.set(open[0]!, 0.9);
  } else if (open.length === 1 && people.length === 1 && unnamedPlaceholders.length) {
    // One named voice beside placeholders nobody names (`Speaker 1` who opens "Today I'm talking
    // with Maria Lopez"): the side the comparison with them gives, not sure.
    const n = open[0]!;
    const others = unnamedPlaceholders.map((k) => hostness(k));
    const x = hostness(n);
    // (One who hosts, "Welcome to Bridges Live... my guest is Maria Lopez", above one of them at
    // least: the host, though a caller asks more, `Speaker 3: Hi, this is Ana. Why steel?`.)
    role.set(n, others.every((o) => x > o) || (stat(n).host > 0 && others.some((o) => x > o)) ? 'interviewer' : 'guest');
    sure.set(n, others.every((o) => Math.abs(x - o) >= 0.5) ? 0.7 : 0.55);
  } else if (open.length === 1 && people.length === 1) {
    // One labelled voice: which side it is depends on the unlabelled text (parse.ts decides).
    role.set(open[0]!, 'unknown' as Role);
    sure.set(open[0]!, 0.6);
  } else if (open.length && wordSides.has('interviewer') && !people.some((n) => role.get(n) === 'interviewer') && !open.some((n) => stat(n).host > 0 || stat(n).questions >= Math.max(1, 0.3 * stat(n).turns))) {
    // `Q:` asks, and no named voice asks or welcomes: they all answer (two guests under one `Q:`).
    for (const n of open) {
      role.set(n, 'guest');
      sure.set(n, 0.8);
    }
  } else if (open.length && wordSides.has('interviewer') && open.every((n) => (dekSide.get(foldName(n)) ?? 0) < 0)) {
    // A role word asks (`MODERATOR:`) and the dek names every named voice among the guests ("A panel
    // with engineers Maria Lopez and Jonas Berg, moderated by Ana Silva"): they all answer, though
    // a panelist asks the other too ("Jonas, wouldn't you say...?").
    for (const n of open) {
      role.set(n, 'guest');
      sure.set(n, 0.8);
    }
  } else if (open.length >= 3 && open.length === people.length && !unnamedPlaceholders.length && open.every((n) => stat(n).questions === 0 && stat(n).host === 0 && stat(n).turns <= 2)) {
    // Three people or more, none asking, welcoming or hosting, each speaking once or twice, as a
    // round-up prints its answers (`**Maria Lopez, Rhine Bridges:** Because...`, the question in the
    // dek): they all answer; no one of them is the host.
    for (const n of open) {
      role.set(n, 'guest');
      sure.set(n, 0.6);
    }
  } else if (open.length) {
    const h = new Map([...people, ...unnamedPlaceholders].map((n) => [n, hostness(n)]));
    const fixedI = people.filter((n) => role.get(n) === 'interviewer');
    const fixedG = people.filter((n) => role.get(n) === 'guest');
    const sorted = [...open].sort((a, b) => h.get(b)! - h.get(a)!);
    // (A placeholder nobody names who asks more than any of them is the one who asks, not the
    // named voice that asks most: `Speaker 0` turning to `Maria Lopez` and `Paul Kim` in turn.)
    const askingPlaceholder = [...unnamedPlaceholders].sort((a, b) => h.get(b)! - h.get(a)!)[0];
    const top = askingPlaceholder && h.get(askingPlaceholder)! > h.get(sorted[0]!)! + 0.5 ? askingPlaceholder : sorted[0]!;
    const bottom = sorted.at(-1)!;
    const iAnchor = fixedI.length ? mean(fixedI.map((n) => h.get(n)!)) : h.get(top)!;
    const gAnchor = fixedG.length ? mean(fixedG.map((n) => h.get(n)!)) : h.get(bottom)!;
    const gap = Math.abs(iAnchor - gAnchor);
    const hosting = (n: string) => stat(n).host > 0 && stat(n).guestPhrase === 0 && stat(n).welcomed === 0 && stat(n).addressed === 0;
    for (const n of open) {
      const x = h.get(n)!;
      let r: Role;
      if (!fixedI.length && n === top) r = 'interviewer';
      else if (!fixedG.length && n === bottom) r = 'guest';
      // (One who opens the show with its welcome, "Welcome to our AMA with Maria Lopez!", and is neither
      // welcomed nor thanks for being had, hosts, however few the questions: a chat's moderator.)
      else if (hosting(n) && x > gAnchor) r = 'interviewer';
      else r = Math.abs(x - iAnchor) < Math.abs(x - gAnchor) ? 'interviewer' : 'guest';
      role.set(n, r);
      const margin = gap === 0 ? 0 : Math.abs(Math.abs(x - gAnchor) - Math.abs(x - iAnchor)) / gap;
      sure.set(n, Math.min(0.99, 0.6 + 0.4 * margin));
    }
  }

  // One the comparison puts among the hosts whom another host turns to by first name with a
  // question in a quarter of her turns or more, asking in a third at most herself ("Maria, what's
  // the biggest mistake?" / "Building for the last flood." / "Can I add something? ..."): a
  // panelist, not a host. (A co-host asked now and then, "Dana, you grew up near a river, right?", stays one.)
  const hosts = people.filter((n) => role.get(n) === 'interviewer');
  for (const n of hosts) {
    const s = stat(n);
    if (sure.get(n) === 1 || declaredHosts.has(n) || s.host > 0 || (dekSide.get(foldName(n)) ?? 0) > 0 || s.addressed < Math.max(1, 0.25 * s.turns) || s.questions - s.askedBack > s.turns / 3) continue;
    // (Or a role word's label turns to her so, `主持人：李老师，您怎么看？`: the one who asks.)
    if (!hosts.some((o) => o !== n && stat(o).questions / Math.max(1, stat(o).turns) > (s.questions - s.askedBack) / Math.max(1, s.turns)) && !addressings.some(([asker, to]) => to === n && !person.has(asker) && roleWord(asker) === 'interviewer')) continue;
    role.set(n, 'guest');
    sure.set(n, 0.6);
  }

  /** Where each person speaks among the labels. */
  const turnsOf = new Map<string, number[]>(people.map((n) => [n, []]));
  uses.forEach((u, at) => {
    const n = person.get(u.key);
    if (n) turnsOf.get(n)?.push(at);
  });
  // So one the comparison puts among the hosts who speaks only right after another host's question
  // and answers it first, whatever she asks next (`Tom Becker: What's the biggest problem?` /
  // `Jonas Berg: Money. Paul, would you agree?`): a panelist answering, not a host. (Where nothing
  // says she hosts; a co-host speaks after the guest too.)
  for (const n of people.filter((p) => role.get(p) === 'interviewer')) {
    const s = stat(n);
    if (sure.get(n) === 1 || fixedRole.has(foldName(n)) || declaredHosts.has(n) || s.host > 0 || (dekSide.get(foldName(n)) ?? 0) > 0) continue;
    const own = turnsOf.get(n) ?? [];
    const answersHost = own.length > 0 && own.every((at) => {
      const u = uses[at]!;
      const asker = at > 0 ? person.get(uses[at - 1]!.key) : undefined;
      return asker != null && asker !== n && role.get(asker) === 'interviewer' && holdsQuestion(uses[at - 1]!.text) && !holdsQuestion(firstSentence(u.text));
    });
    if (answersHost && people.some((o) => o !== n && role.get(o) === 'interviewer')) {
      role.set(n, 'guest');
      sure.set(n, 0.6);
    }
  }

  // One who speaks once or twice, each time right after a host hands the floor to the audience
  // ("Let's open it up to the audience. Yes, in the front.", "Another question, there at the
  // back."), asking: one of the audience, on neither side (she was a host).
  for (const n of people) {
    const s = stat(n);
    if (sure.get(n) === 1 || fixedRole.has(foldName(n)) || declaredHosts.has(n) || introducedGuests.has(n) || s.turns > 2 || s.host > 0) continue;
    const own = turnsOf.get(n) ?? [];
    const fromFloor = own.length > 0 && own.every((at) => {
      const u = uses[at]!;
      const before = uses[at - 1];
      const handing = before && (person.get(before.key) ?? before.key);
      return before != null && handing !== n && (role.get(handing!) === 'interviewer' || roleWord(before.key) === 'interviewer') && AUDIENCE_FLOOR.test(before.text.slice(-300)) && holdsQuestion(u.text);
    });
    if (fromFloor && people.some((o) => o !== n && role.get(o) === 'guest')) {
      role.set(n, 'other');
      sure.set(n, 0.7);
    }
  }

  // And the other way: one the comparison puts among the guests, speaking at length, who turns to
  // another of them by first name with a question, the one turned to answering right after, asking
  // in half her turns or more, and whom nobody turns to so (`Ana:` "Maria, you inspect bridges for a
  // living... what goes through your head first?" / `Maria:` "The water."): a co-host, not a guest.
  // (Not where a host the file names so is there to ask: a panelist asks the others now and then.)
  if (people.some((n) => role.get(n) === 'interviewer') && !people.some((n) => sure.get(n) === 1 && role.get(n) === 'interviewer'))
    for (const n of people.filter((p) => role.get(p) === 'guest')) {
      const s = stat(n);
      if (sure.get(n) === 1 || fixedRole.has(foldName(n)) || s.addressed > 0 || s.welcomed > 0 || s.guestPhrase > 0 || s.questions < Math.max(2, s.turns / 2) || (dekSide.get(foldName(n)) ?? 0) < 0) continue;
      const turnsTo = addressings.filter(([asker, to]) => asker === n && to !== n && role.get(to) === 'guest').length;
      if (turnsTo >= Math.max(1, s.turns / 3)) {
        role.set(n, 'interviewer');
        sure.set(n, 0.6);
      }
    }

  // A placeholder nobody introduced: a host's sign-off ("thanks for listening") is the one host's.
  for (const key of keys.filter((k) => isPlaceholder(k) && !person.has(k))) {
    const said = uses.filter((u) => u.key === key).map((u) => u.text).join(' ');
    const hosts = people.filter((n) => role.get(n) === 'interviewer');
    const guests = people.filter((n) => role.get(n) === 'guest');
    // (Never one another placeholder is already: two voices a tool tells apart are two people.)
    const placeholderOf = (n: string) => keys.some((k) => k !== key && isPlaceholder(k) && person.get(k) === n);
    if (HOST_PHRASES.test(said) && !GUEST_PHRASES.test(said) && hosts.length === 1 && !placeholderOf(hosts[0]!)) person.set(key, hosts[0]!);
    else if (GUEST_PHRASES.test(said) && !HOST_PHRASES.test(said) && guests.length === 1 && !placeholderOf(guests[0]!)) person.set(key, guests[0]!);
  }

  // Placeholders nobody names (`Speaker 1`, `Speaker 2`): with no interviewer among the named,
  // the one that asks, welcomes and speaks briefly clearly more than any other speaker is the
  // host; the others are guests. Either way not sure.
  const unnamed = keys.filter((k) => isPlaceholder(k) && !person.has(k));
  let unnamedHost: string | null = null;
  if (unnamed.length && !people.some((n) => role.get(n) === 'interviewer')) {
    const h = new Map([...people, ...unnamed].map((n) => [n, hostness(n)]));
    const ranked = [...people, ...unnamed].sort((a, b) => h.get(b)! - h.get(a)!);
    // (Never one that neither asks nor hosts: one who never asks answers, however briefly.)
    if (unnamed.includes(ranked[0]!) && ranked.length > 1 && h.get(ranked[0]!)! - h.get(ranked[1]!)! >= 0.5 && stat(ranked[0]!).turns >= 2 && (stat(ranked[0]!).questions > 0 || stat(ranked[0]!).host > 0)) unnamedHost = ranked[0]!;
  }
  // (One placeholder alone beside a role word answering, `SPEAKER:` or Spanish radio's `LOCUTOR:` above
  // `INTERVIEWEE:`/`ENTREVISTADA:` and no one named, asking in its turns: the one who asks.)
  if (!unnamedHost && unnamed.length === 1 && !people.length && wordSides.size === 1 && wordSides.has('guest') && stat(unnamed[0]!).questions > 0) unnamedHost = unnamed[0]!;

  // A study's `Participant:` (`Participant 2:`) answering its `Interviewer:`, with no guest named or
  // labelled: the one who answers, the guest. (Beside a guest, or in a talk, one of the audience.)
  // Two placeholders nobody names, the one that asks told from the other by what each says, where
  // the dek says who talks with whom, one person each ("Tom Becker talks with Maria Lopez, ..."):
  // shown by those names, reported.
  const dekPair = new Map<string, string>();
  if (unnamedHost && unnamed.length === 2 && !people.length) {
    const pairs = [...input.introText.matchAll(TALKS_WITH)].map((m) => (m[1] ? [m[1], m[2]!] : [m[4]!, m[3]!]).map((side) => [...namesIn(side).keys()]));
    const agreed = new Set(pairs.filter(([a, b]) => a!.length === 1 && b!.length === 1).map(([a, b]) => `${a![0]}\n${b![0]}`));
    if (agreed.size === 1 && pairs.every(([a, b]) => a!.length === 1 && b!.length === 1)) {
      const [asks, answers] = [...agreed][0]!.split('\n') as [string, string];
      const guestKey = unnamed.find((k) => k !== unnamedHost)!;
      const keyOf = new Map([[asks.split(/\s+/)[0]!, unnamedHost], [answers.split(/\s+/)[0]!, guestKey]]);
      // (Not where a turn addresses one of them by first name in the turn next to the other's.)
      const against = uses.some((u, i) => [uses[i - 1], uses[i + 1]].some((v) => v && v.key !== u.key && [...keyOf].some(([first, key]) => vocative(u.text, first) && v.key !== key)));
      if (!against) {
        dekPair.set(unnamedHost, asks);
        dekPair.set(guestKey, answers);
      }
    }
  }
  // (Whoever asks: `Interviewer:`, or the one named voice, `Tom Becker:`, asking in half its turns or more, beside `Participant:`.)
  const asker = people.length === 1 && role.get(people[0]!) === ('unknown' as Role) && stat(people[0]!).questions >= 0.5 * stat(people[0]!).turns;
  const answersStudy = (keys.some((k) => roleWord(k) === 'interviewer') || asker) && !fm.guests.length && !people.some((n) => role.get(n) === 'guest') && !keys.some((k) => roleWord(k) === 'guest');
  for (const key of keys) {
    const name = person.get(key);
    if (name) {
      byKey.set(key, { key, name: initialStop(name, key, uses), role: role.get(name)!, roleConfidence: sure.get(name) ?? 0.6 });
      continue;
    }
    // Role words and unresolved placeholders.
    const rw = roleWord(key);
    // (A voice the tool could not tell, `Unknown Speaker`, beside a named host and guest: neither side.)
    if (isPlaceholder(key) && /^unknown/i.test(key) && people.some((n) => role.get(n) === 'interviewer') && people.some((n) => role.get(n) === 'guest')) byKey.set(key, { key, name: key, role: 'other', roleConfidence: 0.5 });
    // (A placeholder in capitals, `SPEAKER 1`, `PARTICIPANT 3`, `UNKNOWN SPEAKER`, as a tool or a typist writes it: `Speaker 1`, as names in capitals are shown.)
    else if (isPlaceholder(key)) byKey.set(key, { key, name: dekPair.get(key) ?? capitalise(key), role: key === unnamedHost ? 'interviewer' : 'guest', roleConfidence: key === unnamedHost || dekPair.has(key) ? 0.7 : 0.5 });
    else if (rw === 'other' && answersStudy && PARTICIPANT.test(key)) byKey.set(key, { key, name: capitalise(key), role: 'guest', roleConfidence: 0.9 });
    else if (rw === 'other') byKey.set(key, { key, name: key.length <= 2 ? 'Audience' : capitalise(key), role: 'other', roleConfidence: 1 });
    // A numbered role (`Guest 1`, `Guest 2`) is one of several: never the one guest the file names.
    else if (rw && /\p{L}\s+(?:\d{1,2}|[A-Z])$|\p{Lo}\s?(?:\d{1,2}|[A-Z])$/u.test(key)) byKey.set(key, { key, name: capitalise(key), role: rw, roleConfidence: 1 });
    // One of many told apart in parentheses (`Reporter (WDR)`): as written, a role in capitals as a role (`REPORTER (WDR)`: `Reporter (WDR)`).
    else if (rw && /\)$/.test(key)) byKey.set(key, { key, name: capitalise(key), role: rw, roleConfidence: 1 });
    else if (rw === 'interviewer') {
      // (Or the one interviewer labels name, where this one's words introduce them: `Host: Welcome...
      // I'm your host, Tom Becker`, then `Tom Becker:` throughout.)
      const hosts = people.filter((n) => role.get(n) === 'interviewer' && /\s/.test(n));
      const introduced = hosts.length === 1 && uses.some((u) => u.key === key && selfIntroduced(u.text, hosts[0]!)) ? hosts[0]! : null;
      // (Or the one host or moderator the dek names who labels no turn of their own, where this is
      // the one such label: `MODERATOR:` under "..., moderated by Ana Silva".)
      const unlabelled = dekHosts.filter((n) => !people.some((p) => foldName(p) === foldName(n)) && !dekGuests.includes(n));
      const dekHost = unlabelled.length === 1 && dekHosts.length === 1 && keys.filter((k) => roleWord(k) === 'interviewer' && !isPlaceholder(k)).length === 1 ? unlabelled[0]! : null;
      // (Or the chair whose office labels her turns alone too, `Chairwoman:` beside `Chairwoman Maria Lopez:`.)
      const holders = CHAIR_OFFICE.test(key) ? keys.filter((o) => o !== key && o.split(/\s+/).length >= 3 && foldName(o.split(/\s+/)[0]!) === foldName(key) && person.has(o)) : [];
      const chair = holders.length === 1 ? person.get(holders[0]!)! : null;
      const only = fm.interviewers.length === 1 ? fm.interviewers[0]! : introduced ?? dekHost ?? chair;
      // (A role as one form, `Co-host` for `Co-Host` too; in capitals, an office after "The" as the court's, `THE MODERATOR`: The Moderator.)
      byKey.set(key, { key, name: only ?? (isSideWord(key) ? 'Interviewer' : capitalise(key === key.toUpperCase() ? key : key.toLowerCase())), role: 'interviewer', roleConfidence: 1 });
    } else if (rw === 'guest' && /^narrat(?:or|ora|eur|rice)$/i.test(key) && people.some((n) => role.get(n) === 'guest')) {
      // (A narrator beside a guest who labels her own turns is the show's voice telling the story,
      // not the one interviewed, as an oral history's `Narrator:` is: on neither side.)
      byKey.set(key, { key, name: capitalise(key), role: 'other', roleConfidence: 0.8 });
    } else if (rw === 'guest') {
      const guests = [...new Set([...fm.guests, ...people.filter((n) => role.get(n) === 'guest')])];
      byKey.set(key, { key, name: guests.length === 1 ? guests[0]! : isSideWord(key) ? 'Guest' : capitalise(key.toLowerCase()), role: 'guest', roleConfidence: 1 });
    }
  }
  // (A short form a role's label gives in parentheses, `Interviewer (IV):` then `IV:`: the same
  // voice, not a person called "Interviewer".)
  for (const key of keys) {
    const target = aliases.get(foldName(key));
    const voice = target != null && roleWord(target) ? byKey.get(target) : undefined;
    if (voice) byKey.set(key, voice);
  }
  return { byKey, ambiguous, addressed, dekNamed: dekPair, slips: new Map([...slips].filter(([k]) => byKey.get(k)?.name === slips.get(k))), attendee: new Map([...attendee].filter(([k]) => byKey.get(k)?.name === attendee.get(k))), introducer };
}

/** The role a host names before their name, "I'm your host, Tom Becker", "je suis votre animateur, ...", "soy su presentador ...". */
const SELF_ROLE = String.raw`(?:(?:your|the|Ihr|Ihre|euer|eure|votre|vot|tu|su|il vostro|la vostra|o seu|a sua|jullie|uw)\s+(?:co-)?(?:host|moderator|moderatorin|presenter|interviewer|animateur|animatrice|presentador|presentadora|conduttore|conduttrice|apresentador|apresentadora|presentator|presentatrice)\s*,?\s+)`;
const SELF_BEFORE_NAME = new RegExp(String.raw`(?<![\p{L}])(?:I['’]m|I am|[Mm]y name is|[Tt]his is|[Ii]ch bin|[Ii]ch heiße|[Jj]e suis|[Jj]e m['’]appelle|[Ss]oy|[Mm]e llamo|[Ss]ono|[Mm]i chiamo|[Ee]u sou|[Ss]ou|[Ii]k ben)\s+${SELF_ROLE}?$`, 'iu');
/** Words that introduce their speaker by the name: "I'm Tom Becker", "I am your host, Tom Becker", "my name is Tom Becker", "this is Tom Becker", in other languages too ("ich bin Tom Becker", "je suis Tom Becker", "soy Tom Becker"). */
function selfIntroduced(text: string, name: string): boolean {
  const at = text.indexOf(name);
  if (at < 0) return false;
  return SELF_BEFORE_NAME.test(text.slice(Math.max(0, at - 60), at));
}

/** A study's participant, perhaps numbered: `Participant`, `Participant 2`, `Participant B`. */
const PARTICIPANT = /^participant(?:\s+#?(?:\d{1,2}|[a-z]))?$/i;

/** A title as one word whatever its form: `Mr.`, `Mr`, `Mister` are `mr`; `Dr.`, `Doctor` `dr`; `Sen.` `senator`. */
function titleWord(w: string): string {
  const t = w.toLowerCase().replace(/\.$/, '');
  return ({ mister: 'mr', doctor: 'dr', professor: 'prof', sen: 'senator', rep: 'representative' } as Record<string, string>)[t] ?? t;
}

/** A role in German words (`ein zuhörer`, `unbekannte frau`, `stimme aus dem publikum`), in small letters. */
const GERMAN_ROLE = /^(?:eine?|unbekannte[rs]?|(?:nicht |un)identifizierte[rs]?|(?:frage|stimme) aus) \p{L}/u;

export function capitalise(s: string): string {
  // (A word in a script without case stays as written: `嘉宾A`.)
  if (/\p{Lo}/u.test(s)) return s;
  // (A role with who or where in parentheses, in capitals, `AUDIENCE MEMBER (TOM BECKER)`: the
  // role as a role, words in them as a name, `Audience member (Tom Becker)`, a word alone as written, `(WDR)`.)
  const paren = /^([^()]+?)\s*\(([^()]+)\)$/u.exec(s);
  if (paren && s === s.toUpperCase() && /\p{Lu}/u.test(paren[2]!)) return `${capitalise(paren[1]!)} (${/\s/.test(paren[2]!.trim()) ? capitaliseName(paren[2]!.trim().toLowerCase()) : paren[2]})`;
  const t = s === s.toUpperCase() ? s.toLowerCase() : s; // INTERVIEWER -> Interviewer
  // (An office after "The", as a court's record prints it, `THE COURT`, `THE CLERK`: The Court.)
  if (s === s.toUpperCase() && /^THE\s+\p{Lu}/u.test(s)) return capitaliseName(t);
  // (A German role in capitals, `EIN ZUHÖRER`, `UNBEKANNTER MANN`, `FRAGE AUS DEM PUBLIKUM`: its
  // first word and its noun, the last, capitalised, as German writes them, `Unbekannter Mann`.)
  if (s === s.toUpperCase() && GERMAN_ROLE.test(t)) return t.replace(/^\p{L}|(?<=\s)\p{L}(?=\p{L}*$)/gu, (c) => c.toUpperCase());
  return t.charAt(0).toUpperCase() + t.slice(1);
}

function median(xs: number[]): number {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function mean(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
}

/**
 * A Chinese job's or a headline's word right before a foreign given name run into it
 * (`桥梁工程师玛丽亚`, `桥梁专家玛丽亚`, `专访玛丽亚`): the given name. A job by the character that
 * ends most of them (师 家 员 长 者 人 官 士: 工程师, 专家, 研究员, 市长, 记者, 创始人), or one of a few others.
 */
const HAN_JOB_BEFORE_NAME = /(?:对话|對話|专访|專訪|对谈|對談|教授|博士|总裁|總裁|主席|首席执行官|首席執行官|[师師家员員长長者人官士])(\p{Script=Han}{1,4})$/u;
/** Korean titles and jobs written beside a name (`김민수 엔지니어`, `마리아 로페스 교수`): never part of it. */
export const KO_TITLES = '교수|대표|의원|장관|작가|감독|박사|회장|사장|위원장|엔지니어|총리|대통령|시장|연구원|원장|이사|씨';
/** A Korean job or title word, as it may stand before a name too: `기자`, `교수`, `엔지니어`. */
const KO_JOB = new RegExp(`(?:${KO_TITLES}|기자|님|선수|위원|소장|특파원)$`, 'u');
/** A foreign name in katakana with a middle dot (`マリア・ロペス`), the surname captured. */
export const KANA_DOTTED = String.raw`(?<![\p{Script=Katakana}ー])[\p{Script=Katakana}ー]{2,12}[・·=＝]([\p{Script=Katakana}ー]{2,12})(?![\p{Script=Katakana}ー])`;

/**
 * Foreign names as Japanese and Chinese write them, with a middle dot (`マリア・ロペス`,
 * `玛丽亚·洛佩兹`), by their surname: the given name a run of katakana, or in Han only where no
 * other Han runs into it but a headline's `对话` or `专访` (`对话玛丽亚·洛佩兹：...`).
 */
function dottedNames(text: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const DOTTED = new RegExp(String.raw`${KANA_DOTTED}|(?:(?<!\p{Script=Han})|(?<=对话|對話|专访|專訪|对谈|對談))\p{Script=Han}{1,4}[・·](\p{Script=Han}{2,6})(?!\p{Script=Han})`, 'gu');
  for (const m of text.matchAll(DOTTED)) {
    // (Not a role's word before a name, `司会・田中花子`, as a label may write it: no given name.)
    if (roleWord(m[0].split(/[・·=＝]/)[0]!) != null) continue;
    const surname = m[1] ?? m[2]!;
    const names = out.get(surname) ?? new Set();
    names.add(m[0].replace(/[=＝]/, '・'));
    out.set(surname, names);
  }
  return out;
}

/** "Speaker 0" is whoever introduces themselves in its turns as a listed name; the last one left is the last name left. */
/** Lines of the introduction that list those who took part and nothing else, as a meeting tool heads its export (`Tom Becker, Maria Lopez`, `톰 베커  마리아 로페스`): their names, line by line. */
function attendeeLists(introText: string): string[][] {
  const out: string[][] = [];
  for (const line of introText.split('\n')) {
    if (line.length > 300) continue;
    const names = listItems(line);
    if (names.length >= 2 && names.length <= 8 && names.every((n) => FULL_NAME_KEY.test(n) || caselessName(n))) out.push(names);
  }
  return out;
}

function resolvePlaceholders(keys: string[], uses: LabelUse[], person: Map<string, string>, listed: string[], introText: string, attendee: Map<string, string>): Map<string, string> {
  // (Not one whose turns introduce two people or more, "And I am Paul Kim.", "And I'm Maria Lopez.",
  // "I'm Kelly. I'm Allie.", as a tool's `Unknown Speaker` stands for every voice it could not tell
  // apart: several voices, no one's name.)
  const several = (k: string) => new Set([...uses.filter((u) => u.key === k).map((u) => u.text).join(' ').matchAll(SELF_INTRODUCED)].map((m) => foldName(m[1]!))).size >= 2;
  const placeholders = keys.filter((k) => isPlaceholder(k) && !several(k));
  if (!placeholders.length) return new Map();
  const taken = new Set([...person.values()].map(foldName));
  const candidates = listed.filter((n) => !taken.has(foldName(n)));
  for (const key of placeholders) {
    const said = uses.filter((u) => u.key === key).map((u) => u.text).join(' ');
    for (const m of said.matchAll(/\b(?:i am|i'm|i’m|my name is|this is|me llamo|je suis|ich bin)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)/giu)) {
      const who = m[1]!;
      const hit = candidates.find((n) => foldName(n) === foldName(who) || foldName(n.split(/\s+/)[0]!) === foldName(who.split(/\s+/)[0]!));
      if (hit && !taken.has(foldName(hit))) {
        person.set(key, hit);
        taken.add(foldName(hit));
        break;
      }
    }
  }
  const left = placeholders.filter((k) => !person.has(k));
  const names = candidates.filter((n) => !taken.has(foldName(n)));
  if (left.length === 1 && names.length === 1) person.set(left[0]!, names[0]!);
  if (!listed.length) introducedPlaceholders(placeholders, uses, person, taken);
  // (The one placeholder left unnamed, where a line above the transcript lists those who took part,
  // as many as the placeholders, every other one of them named: the name left, said so.)
  const unnamed = placeholders.filter((k) => !person.has(k));
  if (!listed.length && unnamed.length === 1) {
    const others = placeholders.filter((k) => k !== unnamed[0]).map((k) => foldName(person.get(k)!));
    for (const list of attendeeLists(introText)) {
      const free = list.filter((n) => !others.includes(foldName(n)));
      if (list.length !== placeholders.length || free.length !== 1 || taken.has(foldName(free[0]!)) || [...person.values()].some((v) => foldName(v) === foldName(free[0]!))) continue;
      person.set(unnamed[0]!, free[0]!);
      taken.add(foldName(free[0]!));
      attendee.set(unnamed[0]!, free[0]!);
      break;
    }
  }
  // (Else the full names the introduction gives, and those the opening turn introduces: "my guests
  // today are Maria Lopez and Paul Kim".)
  const openingUse = openingTurn(uses);
  // (Or the second host's, where the first only opened the show: "And I'm Ana. Today we're talking to Maria Lopez.")
  const opening = openingUse && placeholders.includes(openingUse.key) ? [...new Set([openingUse, ...uses.slice(0, 3)].filter((u) => placeholders.includes(u.key)).flatMap((u) => openingNames(u.text)))] : [];
  const addressed = addressedPlaceholders(placeholders, uses, person, taken, listed.length ? listed : [...new Set([...namesIn(introText).keys(), ...opening])]);
  // (The others named by how they are addressed, the last one left is the listed name left: said so too.)
  const last = placeholders.filter((k) => !person.has(k));
  const lastName = candidates.filter((n) => !taken.has(foldName(n)));
  if (addressed.size && last.length === 1 && lastName.length === 1) {
    person.set(last[0]!, lastName[0]!);
    addressed.set(last[0]!, lastName[0]!);
  }
  // (Two voices, and a placeholder nothing names whom the other thanks or greets by a first name
  // the file gives in full nowhere, "Thanks for having me, Tom.", "Welcome to the show, Maria.": that
  // first name, said so; each of two such placeholders so. With two voices, whom one greets is the other.)
  const voices = [...new Set(uses.map((u) => u.key))];
  const greeted = new Map<string, string>();
  for (const key of voices.length === 2 ? placeholders.filter((k) => !person.has(k)) : []) {
    const other = voices.find((k) => k !== key)!;
    const firsts = new Set<string>();
    for (const u of uses) if (u.key === other) for (const first of greetedFirstNames(u.text)) firsts.add(first);
    if (firsts.size === 1) greeted.set(key, [...firsts][0]!);
  }
  const said = greeted.size ? uses.map((u) => u.text).join('\n') : '';
  // (Where the file gives a full name with that first name, in its introduction or its turns, the name is the full one's to give, or no one's.)
  const inFull = new Set([...listed, ...namesIn(`${introText}\n${said}`).keys()].filter((n) => /\s/.test(n)).map((n) => foldName(n.split(/\s+/)[0]!)));
  const greetedNames = [...greeted.values()].map(foldName);
  for (const [key, first] of greeted) {
    if (greetedNames.filter((n) => n === foldName(first)).length > 1 || inFull.has(foldName(first))) continue;
    // (Never a word the file writes in small letters too: "Thanks, Will." beside "it will".)
    if (writesSmall(said, first)) continue;
    person.set(key, first);
    addressed.set(key, first);
  }
  return addressed;
}

/** The first names `text` thanks or greets, a sentence closing on one: "Thanks for having me, Tom." */
export function greetedFirstNames(text: string): Set<string> {
  const firsts = new Set<string>();
  for (const m of text.matchAll(CLOSING_NAME)) if (GREETS.test(m[1]!)) firsts.add(m[2]!);
  return firsts;
}

/** The first name a host opens with, "Welcome to Rivers and Roads. I'm Tom.", "And I'm Ana.": never a word `text` writes in small letters too. */
export function selfFirstName(opening: string, text: string): string | null {
  const first = SELF_FIRST_OPENING.exec(opening)?.[1];
  return first && !writesSmall(text, first) ? first : null;
}

/** Whether `text` writes `word` in small letters somewhere, as a word and no name (`will` beside `Will`). */
const writesSmall = (text: string, word: string) => new RegExp(`(?<![\\p{L}])${escapeRe(word.toLowerCase())}(?![\\p{L}])`, 'u').test(text);
/** A sentence closing on a first name after a comma, "Thanks for having me, Tom.": the sentence before it, and the name. */
// (Case spelt out, no `i` flag: with it, \p{Lu} would match any letter, ", everyone.")
const CLOSING_NAME = /(?:^|[.!?]\s+)([^.!?\n]{1,80}),\s+(\p{Lu}\p{Ll}+)[.!?]/gu;
/** A sentence that thanks or greets: "Thanks for having me", "Hi", "Great to be here". */
// (And the guest's answer to the host's thanks, "Happy to, Tom.", "Likewise, Tom.", "Pleasure, Tom.")
const GREETS = new RegExp(String.raw`^(?:${GREETING}|(?:it['’]s )?(?:great|good|glad|happy|nice|a pleasure) to (?:be here|be back|be on|see you|talk|join)|(?:happy|glad) to$|(?:my |a )?pleasure|likewise)(?![\p{L}])`, 'iu');

/**
 * Labels that stand for one person each (`Host:`, `Invitée:`), named by how the others address
 * them, from the full names the introduction gives (see addressedPlaceholders); none taken already.
 */
export function namedByAddress(keys: string[], uses: LabelUse[], introText: string, taken: string[], opening = false): Map<string, string> {
  // (And, asked for, the people the file's first turn introduces: "Our panelists tonight are ...".)
  const more = opening && uses[0] ? openingNames(uses[0].text) : [];
  return addressedPlaceholders(keys, uses, new Map(), new Set(taken.map(foldName)), [...new Set([...namesIn(introText).keys(), ...more])]);
}

/**
 * Placeholders named by how the others address them: "Welcome to the show, Maria." right before
 * `Speaker 1` speaks, "Thanks, Tom." right after `Speaker 0` did, where the front matter or the
 * introduction gives one full name with that first name. Each placeholder takes the name most turns
 * next to it use (twice as many as any other), and no name goes to two placeholders. (The first
 * twenty names: a list that long is no cast of a conversation.)
 */
function addressedPlaceholders(placeholders: string[], uses: LabelUse[], person: Map<string, string>, taken: Set<string>, names: string[]): Map<string, string> {
  const named = new Map<string, string>();
  const open = new Set(placeholders.filter((k) => !person.has(k)));
  const byFirst = new Map<string, string[]>();
  for (const n of names.slice(0, 20)) if (/\s/.test(n) && !taken.has(foldName(n))) byFirst.set(n.split(/\s+/)[0]!, [...(byFirst.get(n.split(/\s+/)[0]!) ?? []), n]);
  if (!open.size || !byFirst.size) return named;
  const votes = new Map<string, Map<string, number>>();
  const vote = (key: string, name: string) => {
    const v = votes.get(key) ?? new Map<string, number>();
    v.set(name, (v.get(name) ?? 0) + 1);
    votes.set(key, v);
  };
  // (A turn that asks, or hands over, "Maria, why...?", "Maria, go on.", turns to the one who
  // speaks next, not to the one who spoke before it.)
  const handsOver = (text: string) => /[?？؟]|\b(?:go on|go ahead|over to you|your turn|the floor is yours)\b/i.test(text);
  for (let i = 0; i + 1 < uses.length; i++) {
    const a = uses[i]!;
    const b = uses[i + 1]!;
    if (a.key === b.key) continue;
    for (const [first, full] of byFirst) {
      if (full.length !== 1) continue;
      if (open.has(b.key) && (vocative(a.text, first) || vocative(a.text, full[0]!))) vote(b.key, full[0]!);
      if (open.has(a.key) && vocative(b.text, first) && !handsOver(b.text)) vote(a.key, full[0]!);
    }
  }
  const pick = new Map<string, string>();
  for (const [key, v] of votes) {
    const [best, second] = [...v].sort((x, y) => y[1] - x[1]);
    if (best && (!second || best[1] >= 2 * second[1])) pick.set(key, best[0]);
  }
  const chosen = [...pick.values()];
  for (const [key, name] of pick) {
    if (chosen.filter((n) => n === name).length > 1) continue;
    person.set(key, name);
    taken.add(foldName(name));
    named.set(key, name);
  }
  return named;
}

const FULL_NAME = String.raw`\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){1,2}(?![\p{L}'’])`;
// Case spelt out: with the `i` flag, \p{Lu} would match any letter.
/** A self-introduction with a full name, in English or another language (SELF_ABROAD): "I'm Tom Becker", "Ich bin Tom Becker". */
// (Not a possessive or an article before a noun German capitalises: "Ich bin Ihr Moderator, Tom Becker".)
const SELF_INTRO = new RegExp(String.raw`(?<![\p{L}\p{N}_])(?:I am|I'm|I’m|[Mm]y name is|${SELF_ABROAD})\s+${SELF_ROLE}?(?!(?:Ihr|Ihre|Euer|Eure|Dein|Deine|Der|Die|Das|Ein|Eine|Uw)\s)(${FULL_NAME})`, 'gu');
/** So, by a first name too, the name closing its clause (its first word, group 1), as several voices under one placeholder give theirs: "And I am Paul Kim.", "I'm Kelly.", "Je suis Maria Lopez." (not "I'm Very Happy today"). */
const SELF_INTRODUCED = new RegExp(String.raw`(?<![\p{L}\p{N}_])(?:I am|I'm|I’m|[Mm]y name is|${SELF_ABROAD})\s+${SELF_ROLE}?(?!(?:Ihr|Ihre|Euer|Eure|Dein|Deine|Der|Die|Das|Ein|Eine|Uw)\s)(\p{Lu}\p{Ll}+)(?:[ -]\p{Lu}\p{Ll}+){0,2}(?=\s*[.,!?;:]|\s*$)`, 'gu');
/** A self-introduction in the first sentences of a show's opening, the name closing its clause: "Welcome to Spans. I'm Tom Becker, and ..." (not "I'm Very Happy today"). */
const SELF_INTRO_OPENING = new RegExp(String.raw`^(?:[^.!?]{0,80}[.!?]\s+){0,2}(?:[Hh]i|[Hh]ello|[Ww]elcome|[Hh]ey)?[^.!?]{0,40}\b(?:I am|I'm|I’m|[Mm]y name is)\s+(${FULL_NAME})(?=\s*[,.;!]|\s+and\b|\s*$)`, 'u');
/** A host's first name in the show's opening, closing its clause: "Welcome to Rivers and Roads. I'm Tom.", "And I'm Ana.", "Hi, I'm Tom, and today...". */
const SELF_FIRST_OPENING = /^(?:[^.!?]{0,80}[.!?]\s+){0,2}(?:[Aa]nd |(?:[Hh]i|[Hh]ello|[Hh]ey)(?:,? (?:everybody|everyone|all|folks|there))?,? )?(?:I am|I'm|I’m|[Mm]y name is)\s+(\p{Lu}\p{Ll}+)(?=\s*[,.;!]|\s+and\b|\s*$)/u;
/** A note on the writer, by full name: "Tom Becker writes about bridges for ...", "Tom Becker is a staff writer at ...", "... is the editor of ...". */
/** A show's credits naming its hosts or its guest: "Spans is hosted by Tom Becker and Ana Silva.", "Our guest this week was Maria Lopez". */
const CREDITED_NAMES = new RegExp(String.raw`(?:\b(?:is|are|was|were) (?:co-)?(?:hosted|presented) by|\b[Oo]ur guests? (?:this week |today |tonight )?(?:is|are|was|were)) (${NAME_LIST})`, 'gu');
const AUTHOR_NOTE = /(?:^|[.!?]\s+|\n)(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2}) (?:writes (?:about|for|on)\b|(?:is|was) (?:an?|the) (?:[\p{L}-]+ ){0,3}(?:writer|editor|reporter|journalist|correspondent|columnist|contributor)\b)/gu;
/** A self-introduction by name: "I'm Ben", "Ich bin Ben". */
const SELF_NAMED = new RegExp(String.raw`(?<![\p{L}\p{N}_])(?:I am|I'm|I’m|${SELF_ABROAD})\s+\p{Lu}`, 'u');
/** A turn opening "and" and a self-introduction, as the second host gives it: "And I'm Sara", "Und ich bin Sara", "Et je suis Sara". */
const AND_SELF = new RegExp(String.raw`^(?:[Aa]nd|[Uu]nd|[Ee]t|[Yy]|[Ee]|[Ee]n|[Oo]ch),? (?:I am|I'm|I’m|${SELF_ABROAD})\s+\p{Lu}`, 'u');
/** A host's words for the guest in other languages: "heute zu Gast ist ...", "mon invitée aujourd'hui est ...", "hoy nos acompaña ...", "la mia ospite oggi è ...", "hoy hablamos con ...", "heute spreche ich mit ...". */
const GUEST_ABROAD = String.raw`(?:[Hh]eute )?[Zz]u Gast ist(?: heute)?|(?:[Mm]ein|[Uu]nser)(?:e)? Gast (?:heute )?ist|[Mm]on invitée? (?:aujourd['’]hui |du jour )?est|[Nn]otre invitée? (?:aujourd['’]hui |du jour )?est|[Nn]ous recevons(?: aujourd['’]hui)?|(?:[Hh]oy )?nos acompaña|(?:[Mm]i|[Nn]uestr[oa]) invitad[oa] (?:de hoy |hoy )?es|(?:[Ii]l mio|[Ll]a mia|[Ii]l nostro|[Ll]a nostra) ospite (?:di oggi |oggi )?è|(?:[Oo]ggi )?(?:è con noi|(?:è )?nostr[oa] ospite|ospite)|(?:[Mm]ijn|[Oo]nze) gast (?:vandaag )?is|(?:[Vv]andaag )?te gast is|[Mm]in gäst (?:idag )?är|(?:[Oo] )?[Mm]eu convidado (?:de hoje |hoje )?é|(?:[Aa] )?[Mm]inha convidada (?:de hoje |hoje )?é|(?:[Oo] )?[Nn]osso convidado (?:de hoje |hoje )?é|(?:[Aa] )?[Nn]ossa convidada (?:de hoje |hoje )?é|[Hh]oy (?:hablamos|conversamos|charlamos|estamos) con|(?:[Hh]eute )?(?:spreche ich|sprechen wir) (?:heute )?mit|(?:[Ii]ch spreche|[Ww]ir sprechen) heute mit|[Aa]ujourd['’]hui,? (?:je reçois|nous recevons|nous parlons avec|je parle avec)|[Jj]e reçois aujourd['’]hui|[Oo]ggi (?:parliamo|parlo|siamo) con|[Hh]oje (?:conversamos|falamos|estamos) com|[Hh]oje recebemos|(?:[Сс]егодня )?у нас в гостях|[Нн]аш(?:а)? гость(?:я)?(?: сегодня)?|[MmNn](?:oim|aszym) gościem (?:(?:dziś|dzisiaj) )?(?:jest|będzie)(?: (?:dziś|dzisiaj))?|(?:[Bb]ugünkü )?[Kk]onuğumuz|[Mm](?:ým|ou) (?:hostem|hostkou) (?:je|bude)|[Nn]a(?:ším|ší) (?:hostem|hostkou) (?:je|bude)|[Vv]ieraa(?:nani|namme) on|[Tt]amu (?:kita|saya) (?:hari ini )?(?:adalah|ialah)`;
const HAN_NAME = String.raw`[\p{Script=Han}]{2,3}(?=[，,。.！!、：:\s]|$)`;
/** A name in Chinese characters with a middle dot, as Chinese writes a foreign one: `玛丽亚·洛佩斯`. */
const HAN_DOTTED_NAME = String.raw`[\p{Script=Han}]{1,5}[·・•‧][\p{Script=Han}]{1,8}(?=[，,。.！!、：:\s（(]|女士|先生|博士|教授|老师|老師|$)`;
/** A self-introduction in Chinese, Japanese or Korean: `我是李娜`, `司会のトム・ベッカーです`, `トム・ベッカーと申します`, `저는 톰 베커입니다`. */
const SELF_INTRO_CJK = new RegExp(String.raw`我是(?:(?:你们的|你們的|您的|本期)?(?:主持人|主播))?(${HAN_DOTTED_NAME}|${HAN_NAME})|(?:私は|司会の|ホストの)([\p{Script=Han}\p{Script=Katakana}ー・]{2,12}?)(?:です|と申します)|(?:^|[。！\s])([\p{Script=Han}\p{Script=Katakana}ー・]{2,12}?)と申します|저는\s+([\p{Script=Hangul}]{1,5}(?:\s[\p{Script=Hangul}]{1,5})?)(?:입니다|이에요|예요)(?=[.!。\s]|$)`, 'u');
/** The name SELF_INTRO_CJK found, whichever way it is said. */
const cjkSelf = (text: string) => {
  const m = SELF_INTRO_CJK.exec(text);
  return m ? (m[1] ?? m[2] ?? m[3] ?? m[4]) : undefined;
};
const INTRODUCES_CJK = new RegExp(String.raw`(?:嘉宾是|来宾是|嘉賓是|來賓是|我们请到了|我們請到了|欢迎|歡迎)(${HAN_NAME})`, 'u');
/** A host's words for the one they talk to: "Today I'm talking with ...", "this week's guest is ...", "we have a guest today, ...". */
// ("Today I'm with Maria Lopez": with the day said, not "I'm with Rhine Works".)
// ("We have a special guest. Maria Lopez founded Rhine Works...": the guest announced, the next sentence opening with her name.)
const TALKING_WITH = String.raw`(?:I'm|I’m|I am|[Ww]e're|[Ww]e’re|[Ww]e are) (?:talking|speaking|chatting|sitting down|here) (?:today |now |this week )?(?:with|to)|(?:[Tt]oday|[Tt]his week|[Tt]onight)['’]s guest is|(?:[Tt]oday|[Tt]his week|[Tt]onight),? (?:I'm|I’m|I am|we're|we’re|we are) with|[Ww]e(?:['’]ve| have)(?: got)? (?:a (?:very )?(?:special )?|our )guest(?: (?:today|this week|tonight|with us|here))*(?:,?(?: (?:it['’]s|is))?|[.:!]|\s[—–])|(?:[Tt]he following|[Tt]his|[Ww]hat follows) is (?:a|an|my|our) (?:conversation|interview|discussion|chat) with|(?:[Tt]oday|[Tt]his week|[Tt]onight)['’]s (?:episode|conversation|interview) is with|[Ii]n this (?:episode|conversation|interview),? (?:I|we) (?:talk|speak|chat|sit down) with`;
// (Not `\b` before them: Cyrillic letters are no word's for it, "Сегодня у нас в гостях ...".)
/** A host's welcome to the show, the guest's name after it: "Welcome to the show, Maria Lopez", "Willkommen im Podcast, ...", "Bienvenue dans l'émission, ...". */
const WELCOME_TO_SHOW = String.raw`(?:[Ww]elcome (?:back )?to (?:the|our|this) (?:show|podcast|program|programme|studio|pod)|[Ww]illkommen (?:zurück )?(?:in der Sendung|im Podcast|im Studio)|[Bb]ienvenue (?:dans l['’]émission|sur le podcast|au studio|dans le studio)|[Bb]ienvenid[oa] (?:al programa|al podcast|al estudio)|[Bb]envenut[oa] (?:nel podcast|in studio|al programma|in trasmissione)|[Bb]em-vind[oa] ao (?:programa|podcast|estúdio))`;
/** What a host says the guest is before her name: "my guest today is bridge engineer Maria Lopez", "joined by the economist ...". */
const JOB_BEFORE_NAME = String.raw`(?:\s+(?:the|a|an|die|der|den|le|la|el|il|lo|o|de|het|een)(?=\s+\p{L})|\s+l['’](?=\p{Ll}))?(?:\s*(?<=\s|['’])(?!(?:and|or|not|with|who|that|from|of|in|at|to|und|et|y|e)\s)[\p{Ll}-]+(?=\s+\p{L})){0,3}`;
/** What a host says before the guest: "my guest today is", "joining me is", "we're joined by", "today I'm talking with". */
const GUEST_IS = String.raw`(?:(?:[Mm]y|[Oo]ur) (?:guests?|witness(?:es)?) (?:today |this week )?(?:is|are)|(?:I'm|I’m|I am|[Ww]e're|[Ww]e’re|[Ww]e are) joined (?:today |here )?by|[Ww]ith me (?:today )?is|[Jj]oining (?:us|me) (?:today |now |here |this week )?(?:is|are)|${TALKING_WITH}|${GUEST_ABROAD})`;
/** A chair saying whom the committee hears: "we will now hear testimony from ...", "today we hear from ...", "we'll hear from ...". */
const HEAR_FROM = String.raw`(?:[Ww]e(?: will|['’]ll| are)? (?:now )?hear(?:ing)? (?:testimony )?(?:today |this morning |this afternoon |now )?from)`;
const INTRODUCES = new RegExp(String.raw`(?<![\p{L}])(?:${GUEST_IS}${JOB_BEFORE_NAME}|(?:[Pp]lease )?[Ww]elcome,?|(?:[Bb]ienvenid[oa]|[Bb]ienvenue|[Ww]illkommen|[Bb]envenut[oa]|[Bb]em-vind[oa]|[Ww]elkom),?|${WELCOME_TO_SHOW},?|${HEAR_FROM}|(?:[Mm]y|[Oo]ur) co-?hosts?,?(?: (?:is|as always|as ever|again),?)?|[Hh]ere,? (?:as always,? |as ever,? |again,? |once again,? )?(?:with|alongside)(?: my co-?host,?)?|[Aa]longside(?: my co-?host,?)?)\s+(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof|Mme|Mlle|M|Madame|Monsieur|Frau|Herr|Sra|Sr|Señora|Señor|Signora|Signor|Sig\.ra|Dott|Dott\.ssa)\.?\s+)?(${FULL_NAME})`, 'gu');

/** A host who says they have the guest with them, her name in the middle: "Today we have bridge engineer Maria Lopez with us", "I've got Maria Lopez here in the studio". */
const HAVE_WITH_US = new RegExp(String.raw`(?<![\p{L}])(?:[Ww]e have|[Ww]e['’]ve got|I have|I['’]ve got)${JOB_BEFORE_NAME}\s+(${FULL_NAME})\s+(?:here\s+)?(?:with us|with me|in the studio|joining us|on the (?:show|podcast|programme|program))(?![\p{L}])`, 'gu');

/** The rest of a sentence that introduces guests ("I'm joined by ..., ... and ..."). */
/**
 * A guest introduced by name before the words that say so: "Today Maria Lopez is our guest.",
 * "Maria Lopez is my guest today", "Heute ist Maria Lopez zu Gast", "Maria Lopez est notre invitée".
 * (Group 1, or 2 for German's word order.)
 */
const GUEST_NAMED_FIRST = new RegExp(String.raw`(?:^|[.!?]\s+)(?:(?:[Hh]eute|[Hh]eute Abend)\s+ist\s+(${FULL_NAME})\s+(?:bei uns\s+)?zu Gast|(?:(?:[Tt]oday|[Tt]onight|[Tt]his week|[Hh]oy|[Oo]ggi|[Hh]oje|[Aa]ujourd['’]hui),?\s+)?(${FULL_NAME}),?\s+(?:is|ist|est|es|è|é)\s+(?:(?:today|tonight|heute|hoy|oggi|hoje|aujourd['’]hui|here)\s+)?(?:(?:our|my|unser|unsere|mein|meine|notre|mon|ma|nuestro|nuestra|mi|il nostro|la nostra|il mio|la mia|o nosso|a nossa|o meu|a minha)\s+(?:guest|Gast|invitée?|invitad[oa]|ospite|convidad[oa])|(?:heute\s+)?(?:bei uns\s+)?zu Gast)\b)`, 'gu');
/** What a Chinese host says the guest is before the name, a job's word last: `桥梁工程师`, `来自清华大学的教授`. */
const HAN_JOB_BEFORE = String.raw`(?:[\p{Script=Han}]{0,10}?(?:师|師|家|者|员|員|授|士|长|長|官|人))?`;
/** A letter of Chinese, Japanese or Korean. */
const CJK_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/** A Chinese host's "the guest is ...", not the welcome (`欢迎大家` welcomes everyone): `今天的嘉宾是张伟`, `嘉宾是桥梁工程师玛丽亚·洛佩斯`; a job before a name of two or three characters too, `我们请到了桥梁工程师张伟`, where the name opens with a common surname (`嘉宾是工程师和作家` names no one). */
const GUEST_IS_CJK = new RegExp(String.raw`(?:嘉宾是|来宾是|嘉賓是|來賓是|我们请到了|我們請到了)(?:${HAN_JOB_BEFORE}(${HAN_DOTTED_NAME})|(${HAN_NAME})|${HAN_JOB_BEFORE}(${HAN_NAME}))`, 'u');
/** A Korean host's "today's guest is ...": `오늘의 게스트는 마리아 로페스 씨입니다`. */
// (Or the one a host says they have invited, a job before the name perhaps: `교량 엔지니어 마리아 로페스 님을 모셨습니다`, `... 씨를 초대했습니다`.)
// (A rank and a title between too, `마리아 로페스 수석 엔지니어님을 모셨습니다`: the name before them; never a word with its particle before the name, `오늘은 김민수 교수님을`.)
const KO_RANK = '수석|선임|책임|전임|총괄|부';
const INTRODUCES_KO = new RegExp(String.raw`게스트(?:는|로)\s+([\p{Script=Hangul}]{2,5}(?:\s[\p{Script=Hangul}]{2,5})?)\s*(?:씨|님|교수님?|박사님?|대표님?)?(?:입니다|이십니다|예요|이에요|께서)|(?<!\p{Script=Hangul})((?![\p{Script=Hangul}]*(?:은|는|을|를|의|에|에서|께서|도)\s)[\p{Script=Hangul}]{2,5}(?:\s(?!(?:${KO_RANK})\s|(?:${KO_TITLES})(?:님|씨|\s))[\p{Script=Hangul}]{2,5})?)(?:\s(?:(?:${KO_RANK})\s?)?(?:${KO_TITLES}|팀장|부장|실장|소장|국장))?\s?(?:씨|님)(?:을|를)\s*(?:모셨|모시고|모셔|초대했|초청했)`, 'u');
/** A Japanese host's "today's guest is ...": `今日のゲストはマリア・ロペスさんです`, a job and `の` before the name too, `橋梁エンジニアのマリア・ロペスさん`. */
// (Or the one a host says they welcome: `橋梁エンジニアのマリア・ロペスさんをお迎えしました`, `田中花子さんにお越しいただきました`.)
const INTRODUCES_JA = /ゲストは(?:[^。、「」\n]{1,20}?の)?([\p{Script=Han}\p{Script=Katakana}ー・]{2,12}?)(?:さん|氏|先生|様)?(?:です|でした|。)|(?<![\p{Script=Katakana}ー・\p{Script=Han}])([\p{Script=Katakana}ー]{1,10}・[\p{Script=Katakana}ー]{1,10}|\p{Script=Han}{2,4})(?:さん|氏|先生|様)(?:を|に)(?:お迎え|お招き|お呼び|お越し)/u;
/** A name a host's introduction gives without the job a language writes capitalised before it (`die Brückenbauerin Maria Lopez`): Maria Lopez. */
export const offJob = (name: string): string => {
  const words = name.split(' ');
  return words.length > 2 && isJob(words[0]!) ? words.slice(1).join(' ') : name;
};
/** Words of a staff member's job or rank, beside the jobs `isJob` knows (`chief inspector`, `CEO`, `Drone Pilot`, `Head of Design`). */
const JOB_WORDS = /^(?:chief|head|senior|lead|principal|inspector|director|manager|president|vice|chair|ceo|cto|cfo|coo|vp|svp|evp|co-founder|cofounder|founder|editor|reporter|partner|associate|executive|officer|spokesperson|spokeswoman|spokesman|engineer|scientist|economist|analyst|designer|architect|researcher|pilot|intern|coordinator|technician|consultant|advisor|adviser|specialist|assistant|supervisor|apprentice|trainee|owner|teacher|nurse|doctor|student|volunteer|mechanic|surveyor|planner|operator)$/;
/** A word of someone's job or rank, in any case (`Inspector`, `CEO`, `engineer`, `Hydrologist`). */
export const isJobWord = (word: string): boolean => JOB_WORDS.test(word.toLowerCase()) || isJob(word);
/**
 * After a company's name, her job (in small letters, or an officer's capitals, `CEO`) and then her
 * full name, as a host introduces the guest or a dek names her (`Joining me is Rhine Bridges chief
 * inspector Maria Lopez`, `Rhine Bridges CEO Maria Lopez`): that name, the person's, not the
 * company's; null where the words between are no job's (`Tom Becker spoke with engineer ...`).
 */
const COMPANY_JOB_NAME = new RegExp(String.raw`^(?:['’]s?)?((?:\s+(?:[\p{Ll}-]+|CEO|CTO|CFO|COO|VP|SVP|EVP)){1,3})\s+(${FULL_NAME})`, 'u');
function nameAfterJob(after: string): string | null {
  const m = COMPANY_JOB_NAME.exec(after);
  return m && m[1]!.trim().split(/\s+/).every(isJobWord) ? m[2]! : null;
}
/** Her job at a company before her name after a comma, where a host introduces the guest (`My guest today is the chief inspector of Rhine Bridges, Maria Lopez`). */
const JOB_AT_COMPANY = new RegExp(String.raw`(?<![\p{L}])${GUEST_IS}\s+(?:the|a|an|our)\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+){0,3}\s+(?:of|at)\s+(?:the\s+)?\p{Lu}[\p{L}'’&.-]*(?:\s+\p{Lu}[\p{L}'’&.-]*){0,3},\s+(${FULL_NAME})(?=\s*[,.;!?]|\s*$)`, 'gu');
/** The person a host's words introduce, the name matched (`m[1]`) or, after a company's name and her job, the name after it. */
function introducedPerson(text: string, m: RegExpExecArray | RegExpMatchArray): string {
  return nameAfterJob(text.slice(m.index! + m[0].length)) ?? offJob(m[1]!);
}
/** The full names a text introduces as someone's guest, either way round (in Chinese, Japanese and Korean too: "今天的嘉宾是张伟"). */
function introducedIn(text: string): string[] {
  // (Those patterns read Chinese, Japanese or Korean only: a text without their scripts needs none of them.)
  const cjkText = CJK_SCRIPT.test(text);
  const guestIs = cjkText ? GUEST_IS_CJK.exec(text) : null;
  const ja = cjkText ? INTRODUCES_JA.exec(text) : null;
  const ko = cjkText ? INTRODUCES_KO.exec(text) : null;
  // (Never a job's word the Korean name would end with, `교수님을 모셨습니다`.)
  const koName = ko?.[1] ?? (ko?.[2] != null && !KO_JOB.test(ko[2]) ? ko[2] : undefined);
  const cjk = [guestIs?.[1] ?? guestIs?.[2] ?? (guestIs?.[3] && ZH_SURNAMES.has(guestIs[3][0]!) ? guestIs[3] : undefined), ja?.[1] ?? ja?.[2], koName].filter((n): n is string => n != null);
  return [...[...text.matchAll(INTRODUCES)].map((m) => introducedPerson(text, m)), ...[...text.matchAll(HAVE_WITH_US)].map((m) => offJob(m[1]!)), ...[...text.matchAll(JOB_AT_COMPANY)].map((m) => m[1]!), ...[...text.matchAll(GUEST_NAMED_FIRST)].map((m) => (m[1] ?? m[2])!), ...cjk];
}
/** A turn's first sentence, as a full stop, a question or an exclamation mark of any script ends it. */
const firstSentence = (text: string) => text.split(/(?<=[.!?])\s+|(?<=[。！？])/u)[0]!;
/** A host handing the floor to the audience: "Let's open it up to the audience", "Yes, in the front.", "Another question, there at the back.", "Wir nehmen Fragen aus dem Publikum". */
const AUDIENCE_FLOOR = /\b(?:open (?:it|things|the floor) up|(?:take|taking|have time for) (?:some |a few |one more |a couple of )?(?:more )?questions|questions? from (?:the )?(?:audience|floor)|(?:another|one more|next|last) question|(?:yes|you),? (?:(?:in|at) the |over |right |there)(?:[\p{L} ]{0,20})?(?:front|back|middle|aisle|there|here)|Fragen aus dem Publikum|questions? (?:du|de la) (?:public|salle)|preguntas? del público)\b/iu;
/** A list of two names or more, written one after the other: "Ana Lopez, Paul Kim and Jonas Berg". */
const OPENING_LIST = new RegExp(String.raw`${DEK_NAME}(?:${NAME_SEP}${DEK_NAME})+`, 'gu');
/** Two or more who debate, as a dek or a moderator's opening sets them: "Tonight Ana Lopez and Paul Kim debate tolls", "Ana Lopez vs. Paul Kim". (Group 1 or 2, the names.) */
const DEBATERS = new RegExp(String.raw`(${NAME_LIST}) (?:debate|debated|argue|argued|face off|faced off|go head to head|went head to head)\b|(${DEK_NAME} (?:vs\.?|versus) ${DEK_NAME})`, 'gu');
/** A Chinese, Japanese or Korean sentence introducing guests: "请到了...嘉宾", "今日のゲストは...", "...さんにお越しいただきました", "오늘 게스트는...", "...를 모셨습니다". */
const CJK_GUEST_INTRO = /嘉宾|嘉賓|请到了|請到了|邀请到|邀請到|ゲスト|お越しいただ|お迎えし|お招きし|게스트|초대 손님|모셨습니다/u;
const INTRODUCTION_SENTENCE = new RegExp(String.raw`\b(?:[Jj]oined (?:today |here |tonight |now )?by|[Ll]et me introduce(?: (?:you to )?(?:our|my|the|today['’]s) (?:panel|panell?ists|guests|speakers))?:?|(?:[Mm]y|[Oo]ur) (?:guests|panell?ists) (?:today |this week |tonight )?are|[Ww]ith (?:me|us) (?:today |here |now |tonight |this evening )?are|[Jj]oining (?:us|me) (?:today |now |here |this week |tonight )?are|${HEAR_FROM}|(?:[Oo]ur|[Tt]he) witnesses (?:today |this morning |this afternoon )?are)\b((?:[^.?!\n]|(?<=(?<![\p{L}])(?:Dr|Mr|Ms|Mrs|Prof|Hon|Sen|Rep))\.){1,300})`, 'gu');

/** Words apart between a host's "with me" and the names, in the languages of the show: "again", "as always", "in the studio", "wie immer", "comme toujours", "como siempre"... */
const WITH_ME_ASIDE = String.raw`(?:,? (?:again|today|as always|as ever|once again|this week|here|in the studio|heute|wieder|wie immer|im Studio|hier|comme toujours|comme d['’]habitude|aujourd['’]hui|en studio|como siempre|hoy|en el estudio|come sempre|oggi|in studio|como sempre|hoje|no estúdio|zoals altijd|vandaag|in de studio|som vanligt|idag|i studion))`;
/** The word for "and" between names in a list, in those languages. */
const AND_WORD = String.raw`(?:and|und|et|y|e|en|och)`;
/**
 * People a host names beside them: "With me again, Chamath, David Sacks and David Friedberg",
 * "joining me as always are ...", "with me in the studio as always is Tom Becker", "mit mir im Studio
 * ist wie immer Tom Becker", "avec moi, comme toujours, Tom Becker", "conmigo, como siempre, está ...".
 */
const WITH_ME_LIST = new RegExp(String.raw`\b(?:[Ww]ith me|[Jj]oining me|[Mm]it mir|[Aa]vec moi|[Cc]onmigo|[Cc]on me|[Cc]omigo|[Mm]et mij|[Bb]ij mij|[Mm]ed mig)${WITH_ME_ASIDE}{0,3}(?:,? (?:is|are|ist|sind|il y a|est|está|están|c['’]è|ci sono|estão|zijn|är)${WITH_ME_ASIDE}{0,2})?,? ((?:\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2})(?:(?:,\s*(?:${AND_WORD}\s+)?|\s+${AND_WORD}\s+)\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2}){0,6})`, 'gu');
/** The names of such a list, one by one. */
const namesOfList = (list: string) => list.split(new RegExp(String.raw`,\s*(?:${AND_WORD}\s+)?|\s+${AND_WORD}\s+`, 'u')).map((n) => n.trim());
const GUEST_INTRO = new RegExp(String.raw`\b(?:(?:(?:[Mm]y|[Oo]ur) guest (?:today |this week )?is|(?:I'm|I’m|I am|[Ww]e're|[Ww]e’re|[Ww]e are) joined (?:today |here )?by|[Ww]ith me (?:today )?is|[Jj]oining (?:us|me) (?:today |now |here |this week )?is|${TALKING_WITH}|${GUEST_ABROAD})${JOB_BEFORE_NAME})\s+(${FULL_NAME})`, 'u');

/** The people an opening turn introduces, its speaker too: "I'm Tom Becker, and my guests today are Maria Lopez and Paul Kim". */
function openingNames(text: string): string[] {
  SELF_INTRO.lastIndex = 0;
  const self = SELF_INTRO.exec(text)?.[1];
  SELF_INTRO.lastIndex = 0;
  const greeted = GREETED.exec(text)?.[1];
  return [...new Set([...(self ? [self] : []), ...(greeted ? [greeted] : []), ...introducedIn(text), ...[...text.matchAll(INTRODUCTION_SENTENCE)].flatMap((m) => [...namesIn(m[1]!).keys()])])];
}
/** A greeting opening the first turn, to a full name: "Hola, María López, gracias por venir", "Bonjour Maria Lopez", "Welcome, Maria Lopez" (the greetings `vocative` reads, capitalised or not). */
const GREETED = new RegExp(String.raw`^${GREETING.replace(/(?<=[|:])(\p{Ll})/gu, (c) => `[${c.toUpperCase()}${c}]`)}[,!]?\s+(?!(?:Frau|Herr|Mr|Mrs|Ms|Dr|Mme|Madame|Monsieur|Señora|Señor|Sra|Sr|Signora|Signor|Dott|Mevrouw|Meneer|Senhora|Senhor)\b)(${FULL_NAME})(?=\s*[,.!;]|\s*$)`, 'u');

/** Who a turn says its speaker is ("I'm Tom Becker", "我是李娜") and who it says the guest is ("my guest today is Maria Lopez"). */
export function introductionIn(text: string): { self: string | null; guest: string | null } {
  SELF_INTRO.lastIndex = 0;
  const self = SELF_INTRO.exec(text)?.[1] ?? cjkSelf(text) ?? null;
  SELF_INTRO.lastIndex = 0;
  const m = GUEST_INTRO.exec(text);
  const introduced = m ? introducedPerson(text, m) : ([...text.matchAll(JOB_AT_COMPANY)][0]?.[1] ?? null);
  const guest = introduced ?? INTRODUCES_CJK.exec(text)?.[1] ?? null;
  return { self, guest: guest !== self ? guest : null };
}

/**
 * Placeholders without a speakers list to name them from: one that introduces itself by full name
 * ("I'm Maria Lopez") is that person when someone else calls them by their first name ("thanks,
 * Maria"); then, of two, the other is the one the first introduces ("my guest today is Tom Becker").
 */
/**
 * The host's opening turn: the file's first, or, after a cold open (the guest's words played before
 * the host's welcome), the next one, where it welcomes and the host introduces himself in it:
 * "Welcome to Rivers and Roads. I'm Tom Becker, and my guest today is Maria Lopez."
 */
function openingTurn(uses: LabelUse[]): LabelUse | undefined {
  const [first, second] = uses;
  const coldOpen = first != null && second != null && second.key !== first.key && !SELF_INTRO_OPENING.test(first.text) && SELF_INTRO_OPENING.test(second.text) && HOST_PHRASES.test(second.text);
  return coldOpen ? second : first;
}

function introducedPlaceholders(placeholders: string[], uses: LabelUse[], person: Map<string, string>, taken: Set<string>): void {
  const said = (key: string) => uses.filter((u) => u.key === key).map((u) => u.text).join(' ');
  const othersSay = (key: string) => uses.filter((u) => u.key !== key).map((u) => u.text).join(' ');
  // A host's opening that names both ("I'm Tom Becker, and my guest today is Maria Lopez", "我是李娜，
  // 今天的嘉宾是张伟"), in the first turn of one of two placeholders, names both.
  const openingUse = openingTurn(uses);
  const opening = openingUse && placeholders.length === 2 && placeholders.includes(openingUse.key) ? openingUse : null;
  if (opening && !person.has(opening.key)) {
    const self = SELF_INTRO.exec(opening.text)?.[1] ?? cjkSelf(opening.text);
    SELF_INTRO.lastIndex = 0;
    const guest = introducedIn(opening.text).find((n) => n !== self) ?? INTRODUCES_CJK.exec(opening.text)?.[1];
    const other = placeholders.find((k) => k !== opening.key)!;
    if (self && guest && foldName(self) !== foldName(guest) && !taken.has(foldName(self)) && !taken.has(foldName(guest)) && !person.has(other)) {
      person.set(opening.key, self);
      person.set(other, guest);
      taken.add(foldName(self));
      taken.add(foldName(guest));
      return;
    }
  }
  for (const key of placeholders) {
    if (person.has(key)) continue;
    for (const m of said(key).matchAll(SELF_INTRO)) {
      const name = m[1]!;
      const first = name.split(/[ -]/)[0]!;
      // (The others say the first name, or it is the file's first turn, the host opening: "Welcome to
      // Spans. I'm Tom Becker, and my guests today are ...".)
      if (taken.has(foldName(name)) || !(new RegExp(`(?<![\\p{L}])${first}(?![\\p{L}])`, 'u').test(othersSay(key)) || (openingUse?.key === key && SELF_INTRO_OPENING.exec(openingUse.text)?.[1] === name))) continue;
      person.set(key, name);
      taken.add(foldName(name));
      break;
    }
  }
  // (Hosts who open the show introducing themselves by first name, each in their first turn among
  // the file's first three, "Welcome to Rivers and Roads. I'm Tom." / "And I'm Ana.": those names;
  // never a word the file writes in small letters, nor one name for two.)
  const text = uses.map((u) => u.text).join('\n');
  for (const [i, u] of uses.slice(0, 3).entries()) {
    if (person.has(u.key) || !placeholders.includes(u.key) || uses.findIndex((x) => x.key === u.key) !== i) continue;
    const first = selfFirstName(u.text, text);
    if (!first || taken.has(foldName(first))) continue;
    person.set(u.key, first);
    taken.add(foldName(first));
  }
  // (The host who opens nameless: the one person the opening introduces, "Today my guest is Maria
  // Lopez.", is the other of the two.)
  if (opening && !person.has(opening.key)) {
    const other = placeholders.find((k) => k !== opening.key)!;
    const introduced = [...new Set(introducedIn(opening.text))];
    if (!person.has(other) && introduced.length === 1 && !taken.has(foldName(introduced[0]!))) {
      person.set(other, introduced[0]!);
      taken.add(foldName(introduced[0]!));
      return;
    }
  }
  const left = placeholders.filter((k) => !person.has(k));
  const named = placeholders.filter((k) => person.has(k));
  if (placeholders.length !== 2 || left.length !== 1 || named.length !== 1) return;
  const introduced = [...new Set(introducedIn(said(named[0]!)))].filter((n) => !taken.has(foldName(n)));
  if (introduced.length === 1) person.set(left[0]!, introduced[0]!);
}
