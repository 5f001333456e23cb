import { JA_ASKS_END } from './attribute.ts';
import { spamTerms, type SpamHit } from './lexicon.ts';
import { endsLikeSentence, escapeRe, letterRuns, memoized, misspells, slipKey, URL_RE, words } from './text.ts';
import type { Role } from './types.ts';

/**
 * Speaker labels at the start of a paragraph, in the forms publishers and transcription tools
 * write them. Markdown emphasis is already gone here: this runs on a paragraph's plain text.
 *
 *   Sam Altman: ...          SA: ...            山田：...           Q - ... / A - ...
 *   Sam Altman (SA): ...     (defines SA as Sam Altman's label)
 *   [00:00:25] Lex Fridman: ...                 Ben Halpern: [03:47] ...
 *   Lenny Rachitsky (00:26):                    alone on a line, the words below it
 *   James 00:02:46:          Speaker 0: 00:00:07                  (00:02:22):  (same speaker)
 */
const WORD = String.raw`\p{Lu}[\p{L}\p{M}'’.\-]*`;
/** Particles of a name, in small letters between its words: `de`, `van`, `bin`. */
// (`de los`, `de las`, `dei`, `degli`, `delle`, `des` too: `Ana María de los Ángeles Pérez`.)
const PARTICLE_WORDS = "de|van|von|der|den|da|di|del|della|delle|dei|degli|la|las|los|le|des|du|do|dos|das|bin|bint|ibn|ben|al|el|y|ter|ten|zu|wa|['’]t";
// (An Arabic name's article joined to the word it belongs to, `al-Rahman`, `ash-Shafi'i`, too.)
// (And a German doctor's field after the title, in small letters: `Dr. med. Anna Schmidt`, `Dr. rer. nat.`, `Dr. h. c.`.)
// (And a publisher's small word between two capitalised ones, `Knowledge at Wharton`, `Voice of America`.)
const PARTICLE = String.raw`(?:${PARTICLE_WORDS}|(?:at|of)(?=\s\p{Lu})|[dl]['’]${WORD}|(?:a[lrdstzn]|ash|el|ul|ud)-${WORD}|(?:med|phil|jur|theol|habil|dent|vet|oec|rer\.\s?nat|rer\.\s?pol|h\.\s?c)\.)`;
/** A surname alone that begins with its particles in small letters: `van der Berg`, `de Gaulle`, `von Trier`, `d’Alché-Buc`, an Arabic name's article joined to it, `al-Rashid`, `el-Sayed`. */
const SURNAME_PARTICLES = String.raw`(?:(?:(?:van|von|de|der|den|du|da|di|del|della|dos|das|ter|ten|le|la)\s+){1,2}|[dl]['’]|(?:a[lrdstzn]|ash|el|ul|ud)-)${WORD}`;
/** One name, a first name or a surname: `Maria`, `O'Neill`, `McDonald`, `Jean-Pierre`. */
/** One word in capitals (`PIETER`, `O'BRIEN`). */
const CAPS_WORD = /^\p{Lu}[\p{Lu}'’-]+$/u;
/** Words that head a note, not a person: `NOTE:`, `UPDATE:`. */
/** A word that heads a note, not a speaker: `Note:`, `Correction:`, `Caveat:`. */
export const NOTE_KEY = /^(?:notes?|update|updated|correction|clarification|editor|warning|disclaimer|disclosure|sources?|ps|faq|tldr|tl;dr|nb|summary|caveat|important|attention|reminder)$/i;
/** A name of one word with its capital (`Lopez`, `O'Brien`, `McCartney`, `Lopez-Garcia`). */
export const ONE_NAME = /^(?:\p{Lu}['’]|Ma?c)?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;
/** A name in Chinese, Japanese or Korean script as a label gives it (`张伟`, `キム`, `マリア・ロペス`, `김민수`). */
export const CJK_NAME_KEY = /^[\p{Script=Han}\p{Script=Katakana}\p{Script=Hangul}ー・·]{2,12}$/u;
const SURNAME_ALONE = new RegExp(`^${SURNAME_PARTICLES}$`, 'iu');
/** One particle of a name (`de`, `van`, `d'Arc`). */
const PARTICLE_WORD = new RegExp(`^${PARTICLE}$`, 'u');
/** A surname alone with its particles (`van der Berg`, `De Gaulle`): the end of a full name. */
export function isSurnameWithParticles(key: string): boolean {
  return SURNAME_ALONE.test(key);
}
/**
 * A name written as a handle, in small letters (`swyx`, `@tombecker`), or after an at or a forum's
 * `u/` in any case (`@MariaLopez`, `u/MariaLopezBridges`): a speaker only when set as a label
 * throughout (see speakerKeyTest).
 */
const HANDLE = String.raw`(?:(?:@|u\/)[\p{L}_][\p{L}\p{N}_-]{1,19}|\p{Ll}[\p{Ll}\p{N}_]{1,19})`;
/** A key written as a handle: in small letters, or after an at or `u/`. */
const HANDLE_START = /^(?:@|u\/|\p{Ll})/u;
/** A user's name after the sign a site sets before it: `@tombecker`, Reddit's `u/spanfan42`. */
const SIGNED_HANDLE = /^(?:@|u\/)[\p{L}\p{N}_]/u;
/** A chair's or a member's title in French, Spanish and Italian (`président`, `sénatrice`, `senador`): the bench, who ask. */
export const BENCH_TITLE_ABROAD = String.raw`(?:vice-?)?(?:pr[ée]sident[ea]?|s[ée]na(?:teur|trice|tore|dor|dora)|député[e]?|diputad[oa]|deputat[oa]|juez[a]?|juge|giudice)`;
/**
 * A title after its article, as French, Spanish and Italian records print labels: a chair's or a
 * member's (`Le président :`, `La sénatrice Doe :`, `El senador Kim:`, `Il presidente:`) or a
 * witness's (`La señora Lopez:`, `Il dottor Rossi:`).
 */
const ARTICLE_TITLE = String.raw`(?:(?:Le|La|El|Il)\s+|L['’])(?:(?:${BENCH_TITLE_ABROAD}|ministr[eoa]|alcalde(?:sa)?|maire|sindac[oa]|honorable)(?:\s+(?:${WORD}|${PARTICLE})){0,3}|(?:señor[a]?|señorita|doctor[a]?|signor[a]?|dottor[e]?|dottoressa)(?:\s+(?:${WORD}|${PARTICLE})){1,3})`;
const ARTICLE_TITLE_KEY = new RegExp(`^${ARTICLE_TITLE}$`, 'u');
/** A name of two to four words in a script without case and with spaces between words (Arabic, Hebrew, Devanagari, Hangul...): `ماريا لوبيز`; a Korean word of one syllable too, as a foreign name is written, `톰 베커`. */
const CASELESS_WORD = String.raw`(?:[\p{Lo}\p{M}]{2,12}|\p{Script=Hangul})`;
const CASELESS_NAME = String.raw`${CASELESS_WORD}(?:[ \u00a0]${CASELESS_WORD}){1,3}`;
/** One word of such a script, not Chinese or Japanese (their names have no spaces to part them). */
const CASELESS_ONE_WORD = /^(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])[\p{Lo}\p{M}]{2,12}$/u;
/** A role of several in Chinese or Japanese, lettered or numbered: `嘉宾A`, `嘉宾 2`, `ゲストB`. */
// (Not the minutes of a time after the word, `主持人 00:03`.)
const CJK_NUMBERED_ROLE = String.raw`(?:嘉宾|嘉賓|主持人|记者|記者|受访者|受訪者|ゲスト|司会|参加者|발언자|게스트)\s?(?:[A-Z]|\d{1,2}(?![\d:.,]))`;
/**
 * A Chinese publication's name that opens with digits, as its label on the questions: `36氪：`,
 * `21世纪：` (never a date or a count's unit, `2023年：`), a question after it (`365体育：注册送彩金`
 * sells).
 */
const CJK_DIGIT_NAME = String.raw`\d{1,3}(?![年月日号號时時点點分秒岁歲个個万萬亿億元%])\p{Script=Han}{1,5}(?=[：:][^\n]*[？?][*_\s]*$)`;
/** Diarization placeholders in Chinese, Japanese and Korean tools' exports: `说话人 1`, `話者1`, `참석자 1`. */
const CJK_PLACEHOLDER = String.raw`(?:说话人|說話人|发言人|發言人|发言者|發言者|発言者|発話者|話し手|话者|話者|スピーカー|화자|참석자|발언자)\s?\d{1,2}(?![\d:.,])`;
/** A question from the audience, as talks' records label it: `Question from the floor:`, `Frage aus dem Publikum:`, `Question du public :`. */
const FLOOR_QUESTION = String.raw`(?:[Qq]uestion|QUESTION) (?:from|FROM) (?:the |THE )?(?:audience|floor|AUDIENCE|FLOOR)|[Ff]rage aus dem [Pp]ublikum|[Pp]regunta del p[úu]blico|[Qq]uestion du public|[Dd]omanda dal pubblico|[Pp]ergunta d[ao] (?:plateia|p[úu]blico)|[Qq]uestion de la salle|[Pp]regunta de la sala|[Ff]rage aus dem Saal|[Dd]omanda dalla sala|[Vv]raag uit de zaal|[Uu]ne voix dans la salle|[Ss]timme aus dem Publikum|(?:[Uu]ne?|[Uu]na|[Uu]ma?|[Ee]ine?|[Ee]en) (?:participante?|auditeur|auditrice|spectat(?:eur|rice)|asistente|[Tt]eilnehmer(?:in)?|[Zz]uhörer(?:in)?|[Zz]uschauer(?:in)?|partecipante|deelnemer)`;
/** A recording played in a podcast, as newspapers' podcast transcripts label it: `archived recording`, `archival tape` (any case). */
// (Or a clip a show plays, a soundbite, a voice-over: `Clip:`, `Audio clip:`, `SOUNDBITE:`, `Voiceover:`.)
export const ARCHIVAL_WORDS = String.raw`archiv(?:ed|al) (?:recording|tape|audio|clip|footage)|(?:audio |video |news )?clip|sound ?bite|voice-?over|voice over`;
const ARCHIVAL_KEY = new RegExp(`^${ARCHIVAL_WORDS}$`, 'i');
/** The same in a label: `Archived recording`, `ARCHIVAL TAPE`. (Case spelt out: NAME takes no `i` flag.) */
const ARCHIVAL = String.raw`[Aa]rchiv(?:ed|al) (?:recording|tape|audio|clip|footage)|ARCHIV(?:ED|AL) (?:RECORDING|TAPE|AUDIO|CLIP|FOOTAGE)|(?:[Aa]udio |[Vv]ideo |[Nn]ews )?[Cc]lip|(?:AUDIO |VIDEO |NEWS )?CLIP|[Ss]ound ?[Bb]ite|SOUND ?BITE|[Vv]oice-?[Oo]ver|VOICE-?OVER|[Vv]oice over|VOICE OVER`;
/** A voice unnamed, as French, Spanish, Italian, Portuguese, German and Dutch records write it in small letters (`Homme non identifié`, `Mujer no identificada`, `Unbekannter Sprecher`). */
const UNIDENTIFIED_ABROAD = String.raw`\p{Lu}\p{Ll}+ (?:non identifiée?|no identificad[oa]|non identificat[oa]|não identificad[oa])|(?:[Uu]nbekannte[rs]?|(?:[Nn]icht |[Uu]n)identifizierte[rs]?|[Oo]nbekende) \p{L}\p{Ll}+`;
/** A name: capitalised words (with particles, and "Speaker 0"), a role in words (`Audience member 2`, `Unidentified male`), a study's code or a numbered question (`P3`, `R12`, `Q1`), a diarization tool's `SPEAKER_00` or `spk_0`, or up to 12 letters of a script without case. */
/** Vietnamese side words of two syllables, the second in small letters: `Câu hỏi:`, `Trả lời:`, `Phóng viên:`. */
const VI_SIDES = String.raw`Câu hỏi|CÂU HỎI|Trả lời|TRẢ LỜI|Phóng viên|PHÓNG VIÊN`;
const NAME = String.raw`(?:${VI_SIDES}|(?:[Aa]udience (?:member|question)|${FLOOR_QUESTION}|${ARCHIVAL}|(?:[Uu]nidentified|UNIDENTIFIED)(?: (?:\p{Ll}{2,}|\p{Lu}{2,})){1,2}|${UNIDENTIFIED_ABROAD}|[Uu]nknown speaker|[Mm]ultiple speakers)(?:\s+#?(?:\d{1,2}|[A-Z]))?|(?:SPEAKER|[Ss]peaker|spk)_\d{1,2}|(?:[PRSIQA]|PT)\d{1,3}(?![:.,]?\d)|${ARTICLE_TITLE}|${WORD}(?:\s+(?:${WORD}|${PARTICLE}|\d{1,2}(?![:.,]\d)))*?|${SURNAME_PARTICLES}|${CJK_PLACEHOLDER}|${CJK_NUMBERED_ROLE}|${CJK_DIGIT_NAME}|${CASELESS_NAME}|[\p{Lo}\p{M}·・ー]{1,12}|${HANDLE})`;
/**
 * An offset into a recording, whole (`00:01:02` is never `00:01` and a colon: `Tom Becker 00:01:02
 * hi` keeps its words); never a time of day (`1:32 P.M. EDT`, a press briefing's start).
 */
// (Or in hours, minutes and seconds, as some tools write it: `1h02m03s`, `02m03s`.)
// (Or a video editor's timecode, its frames after the seconds: `00:01:02:15`, `00:01:02;15`.)
const CLOCK = String.raw`(?:\d{2}:\d{2}:\d{2}[:;]\d{2}(?![:;]?\d)|\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?(?!:?\d|\s?[AaPp]\.?[Mm]\.?(?![\p{L}]))|(?:\d{1,2}h\s?)?\d{1,2}m\s?\d{1,2}s(?![\p{L}\d]))`;
/** Seconds as speech tools write them, with decimals or an `s`: `4.00`, `12s`, `12.5s`. */
const SECS = String.raw`\d{1,5}(?:\.\d{1,3}s?|s)`;
/** A start and an end: `00:00:00.000 --> 00:00:04.000`, `0.00s -> 4.00s`, `(0.00 - 4.00)`: the start is the time. */
// (An arrow too, `[00:00:00 → 00:00:01]`, as a diarizing tool's export writes a turn's span.)
const RANGE = String.raw`(?:${CLOCK}\s*(?:-->|->|→|[-–])\s*${CLOCK}|${SECS}\s*(?:-->|->|→|[-–])\s*${SECS})`;
/** A timestamp as recording tools write it: `[00:01:23]`, `(01:23)`, `00:01:23`; a range bare too, `00:00:05 --> 00:00:09`, `00:00:05 - 00:00:09`, as some export a turn's line (its start the time). */
export const STAMP = String.raw`(?:\[${CLOCK}\]|\(${CLOCK}\)|\[${RANGE}\]|\(${RANGE}\)|${CLOCK}\s*(?:-->|->|→|[-–])\s*${CLOCK}|${CLOCK})`;
const INITIALS = String.raw`(?:\p{Lu}[\p{Lu}\p{Ll}]{0,3}|(?:\p{Lu}\.){2,4})`;
/** In parentheses after a label, besides initials and a time: a full name (`MODERATOR (Jane Kim):`) or a role (`Jane Kim (moderator):`). */
const PAREN_NAME = String.raw`${WORD}(?:\s+(?:${WORD}|${PARTICLE})){1,3}|[Mm]oderator|[Hh]ost|[Cc]o-host|[Ii]nterviewer|[Gg]uest|[Pp]anell?ist|[Aa]udience(?: member)?`;

/**
 * Where a panelist comes from, after the name: `Tom Becker (City of Bonn):`, `Maria Lopez, CEO of
 * Rhine Works:`, a witness's `Maria Lopez, Professor of Hydrology, as an individual:` (as a Canadian committee's record sets it), `Maria Lopez | Rhine Works:`, `Maria Lopez – CEO, Rhine Works:`. Capitalised words (with `of`, `for`, `and`, `&`, `the`, and `von`, `der`, `de`, `di`... as in `Gründerin von Rhine Works`), so that prose before a
 * colon ("Actually, the point is:") is not a label. Not part of the name.
 */
const AFFILIATION = String.raw`(?:,|\s(?:[|–—]|--|-(?=\s)))\s*(?:(?:the\s+)?\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+(?:of|for|and|at|&|the|de|von|vom|der|des|bei|an|am|im|für|van|du|di|del|della|da|do|\p{Lu}[\p{L}\p{N}&.'’-]*)){0,5}|as an individual|à titre (?:personnel|individuel))`;
/** The same jobs in Spanish, French, Italian, Portuguese and Dutch (`Maria Lopez, fundadora de Rhine Works:`); German writes them in capitals, an affiliation. */
/** Jobs in English a label may name beside the name: JOB_AFTER's first word. */
const JOB_WORDS_EN = 'host|co-host|founder|co-founder|cofounder|ceo|cto|cfo|coo|president|vice|director|editor|professor|author|chair|chairman|chairwoman|head|partner|chief|senior|managing|general|executive|lead|principal|researcher|engineer|journalist|writer|correspondent|analyst|economist|scientist|lecturer|associate|assistant';
const JOB_WORDS_ABROAD = String.raw`(?:co-?)?fundador[ae]?s?|(?:co-?)?fondat(?:eur|rice|ore)|pr[eé]sident[ea]?|presidentessa|direct(?:or|ora|eur|rice)|diret(?:or|ora|tore|trice)|periodista|journaliste|giornalista|jornalista|profesora?|professeure?|professor[ae]|professoressa|aut(?:ora|eure?|rice|ore)|investigador[a]?|chercheu(?:r|se)|ricercat(?:ore|rice)|pesquisador[a]?|ingenier[oa]|ingénieure?|ingegnere|engenheir[oa]|redact(?:or|ora)|rédact(?:eur|rice)|redat(?:tore|trice|or|ora)|escrit(?:or|ora)|écrivaine?|scritt(?:ore|rice)|economista|économiste|analista|analyste|corresponsal|correspondante?|corrispondente|correspondente|present(?:ador|adora|atrice|ateur)|apresentador[a]?|animat(?:eur|rice)|condutt(?:ore|rice)|consejer[oa]|amministrat(?:ore|rice)|científic[oa]|scientifique|scienziat[oa]|cientista|abogad[oa]|avocate?|avvocat[oa]|advogad[oa]|jef[ea]|cheffe|responsable|responsabile|oprichter|hoogleraar|onderzoeker|hoofdredacteur`;
/** A job in small letters after the name and a comma (`Maria Lopez, founder and CEO of Rhine Works:`, `Tom Becker, host of Rivers and Roads:`): a job's word first, so that "Tom, thanks:" stays words. */
const JOB_AFTER = String.raw`,\s*(?:(?:the|el|la|le|il|lo|o|a)\s+|l['’])?(?:former\s+|then\s+|now\s+|ex-?\s*|ancienne?\s+|antigu[oa]\s+)?(?:${JOB_WORDS_EN}|${JOB_WORDS_ABROAD})(?:[ ,]+(?:[\p{L}\p{N}&.'’-]+)){0,8}`;
/** A job's word alone (`Engineer`, `ingeniera`, `CEO`): JOB_AFTER's first word. */
const JOB_WORD_ALONE = new RegExp(String.raw`^(?:${JOB_WORDS_EN}|${JOB_WORDS_ABROAD})$`, 'iu');
/** A job among a few words in parentheses after the name, in small letters: `(bridge engineer)`, `(ingeniera de puentes)`, `(former mayor of Bonn)`; not a manner, `(laughing at the mayor)`. */
const JOB_IN_PARENS = new RegExp(String.raw`^(?!\p{Ll}+ing\s+(?:at|to|with|about|over|into|toward|towards)\s)(?:[\p{L}-]+\s+){0,3}(?:host|founder|co-founder|cofounder|ceo|cto|cfo|coo|president|director|editor|professor|author|chair|chairman|chairwoman|partner|researcher|engineer|journalist|writer|correspondent|analyst|economist|scientist|lecturer|mayor|minister|senator|architect|designer|developer|teacher|doctor|lawyer|${JOB_WORDS_ABROAD})(?:\s+(?:en\s+chef|en\s+jefe|in\s+chief|in\s+capo|chefe|adjointe?|adjunt[oa]|principale?|senior|junior|g[eé]n[eé]ral[e]?|emerit(?:us|a|o)))?(?:\s+(?:of|at|for|de|del|de la|du|des|di|della|da|do|van|von|bei|am)\s+[\p{L}\p{N} .&'’-]{1,40})?(?:,\s*\p{Lu}[\p{L}\p{N} .&'’-]{1,50})?$`, 'iu');
/** A manner capitalised, `(Laughing nervously)`, `(Sighs)`: a note all the same. */
const MANNER = String.raw`(?:Laugh(?:s|ing|ter)?|Chuckl(?:es|ing)|Smil(?:es|ing)|Sighs?|Sighing|Whisper(?:s|ing)|Shout(?:s|ing)|Paus(?:es|ing)|Cough(?:s|ing)|Crying|Cries|Sobbing|Interrupting|Overlapping|Inaudible|Crosstalk|Joking|Sarcastic(?:ally)?)(?![\p{L}])`;
const MANNER_CAPITALISED = new RegExp(`^${MANNER}`, 'u');
/** A note on how someone speaks, after the name: `Tom Becker (laughing):`, `Tom Becker [laughs]:`, `Tom Becker (Sighs):`. Kept in the text. */
const PAREN_NOTE = String.raw`(?:\p{Ll}|(?=${MANNER}))[\p{L}\p{M} ,'’-]{0,40}`;
// (An Australian senator's state and office, `(New South Wales—Minister for Infrastructure)`, run together by a dash.)
const PAREN_AFFILIATION = String.raw`\p{Lu}[\p{L}\p{N}&.'’-]*(?:(?:,?\s+|\s?[—–]\s?)(?:of|for|and|at|&|the|de|\p{Lu}[\p{L}\p{N}&.'’-]*)){0,8}`;
/** Where the speaker comes from in words not all capitalised, `(Lisbon city council)`: the first a name's, no manner (`(Laughing nervously)`, `(Translated from French)`). */
// (Words, no figures, one of them in small letters: `(BIP 118)` is no place.)
const PAREN_PLACE = String.raw`(?!\p{Lu}\p{Ll}*(?:ing|ed)\s)(?=[^()]*\s\p{Ll})\p{Lu}[\p{L}&.'’-]*(?:\s+\p{L}[\p{L}&.'’-]*){1,5}`;
const PAREN_PLACE_ONLY = new RegExp(`^${PAREN_PLACE}$`, 'u');
const PAREN_AFFILIATION_ONLY = new RegExp(`^(?:${PAREN_AFFILIATION})$`, 'u');
/** A broadcaster's role after the name (`AILSA CHANG, HOST:`, `DON GONYEA, BYLINE:`), as NPR prints labels; after the network and a rank in capitals too, as CNN prints them (`ANA SILVA, CNN SENIOR CORRESPONDENT:`); or after a dash (`Tom Becker - Host:`). */
/** The sides in other languages after a name and a comma: `Maria Lopez, invitée :`, `Tom Becker, Moderator:`, `Ana Silva, presentadora:`. */
const SIDE_ABROAD = String.raw`[Ii]nvitée?|[Ii]nvitad[oa]|[Oo]spite|[Cc]onvidad[oa]|[Gg]ast|[Gg]ość|[Mm]oderador[a]?|[Mm]oderat(?:rice|ore|orin)|[Pp]resentador[a]?|[Ee]ntrevistador[a]?|[Aa]nimat(?:eur|rice)`;
const ROLE_AFTER = String.raw`(?:(?:,|\s(?:[-–—|]|--)(?=\s))\s*(?:\p{Lu}[\p{Lu}\p{N}&'’-]+\s+){0,4}(HOST|CO-HOST|ANCHOR|MODERATOR|INTERVIEWER|GUEST|BYLINE|CORRESPONDENT|REPORTER|[Hh]ost|[Cc]o-host|[Aa]nchor|[Mm]oderator|[Ii]nterviewer|[Gg]uest|[Cc]orrespondent|[Rr]eporter|${SIDE_ABROAD})(?![\p{L}-])|(?:${AFFILIATION}){1,3}|${JOB_AFTER})?`;
/** An emoji some shows set before each speaker's name (`🎙️ **Tom:**`), or a bullet a page sets (`• Tom:`, `➤ Tom:`): decoration, not the name (so is one after the name, before the colon, `Tom Becker 🎙️:`). */
// (A flag too, two regional indicators, `🇩🇪 Maria Lopez:`.)
const EMOJI = String.raw`(?:(?:[\p{Extended_Pictographic}•➤➢►▸▪◆■●◦→]|\p{Regional_Indicator}{2})[\p{Extended_Pictographic}\uFE0F\u200D\p{EMod}]*\s*)?`;
const LEADING_EMOJI = new RegExp(`^${EMOJI}`, 'u');
/** Pronouns after the name, as panels print them: `Maria Lopez (she/her):`. Part of the label, not of the words. */
const PRONOUNS = String.raw`(?:she|he|they|ze|xe|she\/they|he\/they)\/(?:her|him|them|hers|his|theirs|zir|xem|they|she|he)(?:\/\p{Ll}+)?`;
const PRONOUNS_ONLY = new RegExp(`^${PRONOUNS}$`, 'iu');
/** A party after a member's constituency, as Hansard prints labels: `Maria Lopez (Bonn West) (Lab):`, `(Lab/Co-op)`. */
const PARTY = String.raw`\p{Lu}[\p{L}\p{N}&.'’/-]{0,20}`;
/** A role in brackets after the name: `Tom Becker [Host]:`. */
const BRACKET_ROLE = String.raw`[Hh]ost|HOST|[Cc]o-[Hh]ost|CO-HOST|[Gg]uest|GUEST|[Mm]oderator|MODERATOR|[Ii]nterviewer|INTERVIEWER|[Pp]anell?ist|PANELL?IST`;
/** A full name and where the person comes from in one pair of parentheses: `Audience member (Jane Doe, city council):`; the name alone names the voice. */
const FULL_NAME_IN_PARENS = String.raw`${WORD}(?:\s+(?:${WORD}|${PARTICLE})){1,3}`;
const PLACE_IN_PARENS = String.raw`[\p{L}\p{N} .&'’-]{2,60}`;
const PAREN_NAME_AND_PLACE = String.raw`${FULL_NAME_IN_PARENS},\s*${PLACE_IN_PARENS}`;
const NAME_AND_PLACE = new RegExp(String.raw`^(${FULL_NAME_IN_PARENS}),\s*${PLACE_IN_PARENS}$`, 'u');
/** A role and a note on how the words are said in one pair of parentheses: `(Guest, through an interpreter)`. */
const ROLE_AND_NOTE = new RegExp(String.raw`^(${BRACKET_ROLE}),\s*(${PAREN_NOTE})$`, 'u');
/** A role and where the speaker comes from in one pair of parentheses: `Ana Silva (moderator, City Works):`. */
/** Pronouns and a role in one pair of parentheses, either first: `Tom Becker (he/him, host):`, `(host, he/him)`. */
const PRONOUNS_AND_ROLE = new RegExp(String.raw`^(?:${PRONOUNS},\s*(${BRACKET_ROLE})|(${BRACKET_ROLE}),\s*${PRONOUNS})$`, 'iu');
const ROLE_AND_PLACE = new RegExp(String.raw`^(${BRACKET_ROLE}),\s*(?:${PAREN_AFFILIATION})$`, 'u');
/** A note on the words in a second pair of parentheses (PAREN_NOTE whole): `(spoke in French)`. */
const SECOND_NOTE = new RegExp(String.raw`^${PAREN_NOTE}$`, 'u');
const LABEL_RE = new RegExp(
  String.raw`^${EMOJI}(?:(${STAMP})\s*(?:[|–—-]\s+)?)?(${NAME})${ROLE_AFTER}(?:\s*\((${INITIALS}|${RANGE}|${CLOCK}|${PAREN_NAME}|${PAREN_AFFILIATION}|${PRONOUNS}|${PAREN_NOTE}|(?:${BRACKET_ROLE}),\s*${PAREN_NOTE}|${PAREN_NAME_AND_PLACE}|@[\p{L}\p{N}_]{1,30}|${PRONOUNS},\s*(?:${BRACKET_ROLE})|(?:${BRACKET_ROLE}),\s*${PRONOUNS}|${PAREN_PLACE})\))?(?:\s*\(${PARTY}\))?(?:\s*\(${PAREN_NOTE}\)(?=\s*[:：]))?(?:\s*\[(?:${PAREN_NOTE}|${BRACKET_ROLE}|${PAREN_AFFILIATION})\])?(?:\s*[-–@]?\s*(${STAMP}))?(?:\s*[\p{Extended_Pictographic}\p{Regional_Indicator}\uFE0F\u200D]+(?=\s*[:：]))?(?:\s*([:：])|(?:\.?\s+|\.)([-–—])\s|(?<=^(?:[QAPRD]|[QA]\d{1,3}|Pregunta|Respuesta|Domanda|Risposta))(\.)\s|(?<=^[QA])(\))\s|(?<=^[QA])(?:[ \u00a0]{2,}|\t)(?=\p{Lu})|(?<=^Q)[ \u00a0](?=\p{Lu}\p{Ll}|--?\s|—\s?))\s*`,
  'u',
);
const QUESTION_NAME = String.raw`${WORD}(?:\s+(?:${WORD}|${PARTICLE})){0,3}`;
/** A question labelled with who asks it: `Question from Jane Doe:`, `Reader question from Jane Doe, Bonn:`, `Q (from Jane Doe):`, `Frage von ...:`. */
const QUESTION_FROM = new RegExp(
  String.raw`^(?:(?:(?:[Rr]eader|[Ll]istener|[Aa]udience)(?:['’]s)?\s+)?(?:[Qq]uestion|QUESTION|[Ff]rage|[Pp]regunta|[Dd]omanda)\s+(?:from|FROM|von|de|di)\s+(${QUESTION_NAME})(?:${AFFILIATION})?|Q\s*\((?:from|von|de)\s+(${QUESTION_NAME})(?:${AFFILIATION})?\))\s*[:：]\s*`,
  'u',
);
/** A reader's question labelled with who asks and the verb (`Jane Doe asks:`, `Jane Doe, Bonn, asks:`, `Karl Meier fragt:`, `Anonymous asks:`), as a page answering its readers sets them: a full name (`Everyone asks:` is words). */
/** `Tom Becker asked:`, `Maria Lopez answered:`: a full name and a verb of asking or answering before the colon (group 2 the verb). */
const NAME_VERB = new RegExp(String.raw`^(${WORD}(?:\s+(?:${WORD}|${PARTICLE})){1,3})\s+(asked|answered|answers|replied|replies|responded|responds)\s*[:：]\s*`, 'u');
const NAME_ASKS = new RegExp(String.raw`^(${WORD}(?:\s+(?:${WORD}|${PARTICLE})){1,3}|Anonymous|Anonym|Anónimo|Anonyme)(?:${AFFILIATION})?,?\s+(?:asks|wants to know|fragt|demande|pregunta|chiede|pergunta|vraagt)\s*[:：]\s*`, 'u');
const JOINT_PART = String.raw`${WORD}(?:\s+(?:${WORD}|${PARTICLE})){0,3}`;
const JOINT_LABEL_RE = new RegExp(String.raw`^${EMOJI}(${JOINT_PART}(?:,\s+${JOINT_PART}){0,2},?\s+(?:and|&|und|et|y|e)\s+${JOINT_PART})\s*[:：]\s*`, 'u');
/** What joins the speakers of a joint label, kept by a split (`Ben & David` -> `Ben`, ` & `, `David`). */
export const JOINT_SPLIT = /(,\s+(?:(?:and|&|und|et|y|e)\s+)?|\s+(?:and|AND|&|und|UND|et|ET|y|e)\s+)/u;
/** The speakers of a label two or more speak at once (`Paul Kim and Maria Lopez`, `Ben & David`, `LOPEZ AND KIM`), or null. */
export function jointParts(key: string): string[] | null {
  if (!/[\s,]/.test(key)) return null;
  const parts = key.split(JOINT_SPLIT).filter((_, i) => i % 2 === 0);
  return parts.length >= 2 && parts.length <= 4 && parts.every((p) => /^\p{Lu}/u.test(p)) ? parts : null;
}
const NAME_STAMP_RE = new RegExp(String.raw`^(${WORD}(?:\s+(?:${WORD}|${PARTICLE}|\d{1,2})){0,3})\s+(\[${CLOCK}\]|\(${CLOCK}\))\s+(?=\S)`, 'u');
const LABEL_ONLY_RE = new RegExp(
  String.raw`^${EMOJI}(?:(${STAMP})\s*)?(${NAME})${ROLE_AFTER}(?:\s*\((${INITIALS}|${CLOCK}|${PAREN_NAME}|${PAREN_AFFILIATION}|${PRONOUNS})\))?(?:\s*\(${PARTY}\))?(?:\s*\[(?:${BRACKET_ROLE}|${PAREN_AFFILIATION})\])?(?:\s*[-–@]?\s*(${STAMP}))?\s*([:：])?\s*(${STAMP})?$`,
  'u',
);

/**
 * What the parentheses after a label say: initials it defines (`Sam Altman (SA):`, the key and its
 * alias), the person a role word stands for (`MODERATOR (Jane Kim):`, the key is the name), or
 * the person's role (`Jane Kim (moderator):`, the key stays).
 */
function withParens(key: string, inParens: string | undefined): { key: string; alias: string | null } {
  if (!inParens || isClock(inParens) || roleWord(inParens)) return { key, alias: null };
  // One of many (`Reporter (Rheinische Post):`, `Reporter (WDR):`, `Caller (Bonn):`): the
  // parentheses tell them apart; each is a voice of its own, never the bare `Reporter:`.
  if (CROWD.test(key)) return { key: `${key} (${inParens})`, alias: null };
  // A role word or a placeholder the parentheses name (`MODERATOR (Jane Kim):`, `Speaker 1 (Tom
  // Becker):`): the name, and the word its label after (`MODERATOR:` is Jane Kim).
  // (A first name too after a side's word, `A (Maria):` and `A (Paul):`, as a Q&A with two who answer writes it.)
  // (A first name alone after a placeholder too, `Participant 1 (Anna):`, as a focus group's transcript names its people; not `Speaker 2 (Female):`.)
  if ((/\s/.test(inParens) && (roleWord(key) || (isPlaceholder(key) && /^\p{Lu}/u.test(inParens)))) || ((isSideWord(key) || isPlaceholder(key)) && /^\p{Lu}\p{Ll}+$/u.test(inParens) && !NOT_A_NAME_IN_PARENS.test(inParens))) return { key: inParens, alias: key };
  // (A short code a placeholder or a role defines, `Participant 4 (P4):`, `Respondent 2 (R2):`,
  // `Panelist 1 (P1):`, then `P4:`: the same voice.)
  if ((isPlaceholder(key) || roleWord(key)) && /^\p{Lu}{1,3}\d{1,3}$/u.test(inParens)) return { key, alias: inParens };
  // Initials it defines; anything else is where the speaker comes from (`(City of Bonn)`).
  return { key, alias: INITIALS_ONLY.test(inParens) ? inParens.replace(/\./g, '') : null };
}
const INITIALS_ONLY = new RegExp(`^${INITIALS}$`, 'u');
/** Words after a placeholder that describe the voice, no name: `Speaker 2 (Female):`. */
const NOT_A_NAME_IN_PARENS = /^(?:Male|Female|Man|Woman|Men|Women|Unknown|Unidentified|Other|Remote|Online|Offscreen|Offstage|Audience|Caller|Interpreter|Translator|English|French|German|Spanish|Italian|Voiceover)$/;
/** Role words for one of many who ask: reporters at a press conference, callers, the audience, a town hall's residents; and recordings played. */
// (In German, French, Spanish, Italian and Portuguese too: `BÜRGERIN (ANA SILVA):`, `Habitant (Tom Becker) :`, `VECINA (ANA SILVA):`.)
const CROWD_WORDS = `reporter|journalist|journaliste|periodista|giornalista|jornalista|questioner|caller|audience(?: member)?|attendee|participant|member of the public|resident|citizen|neighbou?r|student|parent|voter|viewer|listener|reporterin|journalistin|bürger(?:in)?|anwohner(?:in)?|einwohner(?:in)?|zuschauer(?:in)?|zuhörer(?:in)?|anrufer(?:in)?|habitante?|citoyen(?:ne)?|auditeur|auditrice|spectat(?:eur|rice)|étudiante?|vecin[oa]|ciudadan[oa]|oyente|residente|estudiante|cittadin[oa]|ascoltat(?:ore|rice)|student(?:e|essa)|morador(?:a)?|cidad(?:ão|ã)|ouvinte|estudante|${ARCHIVAL_WORDS}`;
const CROWD = new RegExp(`^(?:${CROWD_WORDS})$`, 'i');
/** Such a word's parentheses, in a key made lower case (`reporter (wdr)`). */
const CROWD_PARENS = new RegExp(`(?<=^(?:${CROWD_WORDS})) \\([^()]+\\)$`);

/** The role the parentheses give: the role word in them, or the role word the name in them stands for. */
function parensRole(key: string, inParens: string | undefined): Role | null {
  if (!inParens || isClock(inParens)) return null;
  return roleWord(inParens) ?? (/\s/.test(inParens) || (isSideWord(key) && /^\p{Lu}\p{Ll}+$/u.test(inParens)) ? roleWord(key) : null);
}

/** The role a broadcaster's label states (`, HOST`): the host asks; a reporter's narration is neither side. */
function statedRole(word: string | undefined): Role | null {
  if (!word) return null;
  const w = word.toLowerCase();
  return w === 'guest' ? 'guest' : /^(?:byline|correspondent|reporter)$/.test(w) ? 'other' : (roleWord(word) ?? 'interviewer');
}
// (Also with the time’s end, `Maria Lopez (00:00:06 --> 00:00:12)`, a dot or a comma between, `Maria Lopez · 00:00:06`, "at", `Maria Lopez at 0:06`, or an at, `@0:06 - Maria Lopez`.)
const NAME_TIME_RE = new RegExp(String.raw`^(?:\[?(${NAME})\]?(?:\s*\((${INITIALS}|${PAREN_NAME}|${PAREN_AFFILIATION})\))?\s*(?:[-–—|·•,]|\s(?:at|@))?\s*[[(]?(${CLOCK})(?:\s*(?:-->|[-–—])\s*${CLOCK})?[\])]?|[[(]?@?(${CLOCK})[\])]?\s*[-–—|·•]\s*\[?(${NAME})\]?(?:\s*\((${INITIALS}|${PAREN_NAME}|${PAREN_AFFILIATION})\))?)$`, 'u');
/** A time before a name in brackets: `[00:00:01] [Maria Lopez] ...`. */
const STAMP_BEFORE_BRACKET = new RegExp(String.raw`^(${STAMP})\s+(?=\[\p{Lu})`, 'u');
export const STAMP_ONLY_RE = new RegExp(String.raw`^(${STAMP})\s*[:：]?$`, 'u');
/** A time opening the words, perhaps a colon or a dash after it (`Tom Becker — 00:00:07 — Welcome...`). */
const LEADING_STAMP_RE = new RegExp(String.raw`^(${STAMP})\s*(?:[:：]|[-–—](?=\s))?(?:\s+|$)`, 'u');

export interface LabelMatch {
  /** The label as written, without its separator: "SA", "Sam Altman", "Speaker 0". */
  key: string;
  /** Characters of plain text the label takes, trailing space and a timestamp after it included. */
  length: number;
  /** Start time in seconds, when a timestamp goes with the label. */
  time: number | null;
  /** `Sam Altman (SA):` names SA; then key is the name and alias the initials. */
  alias: string | null;
  /** Separated by a dash (`Q - ...`), which only short labels use. */
  dash: boolean;
  /** `Q. ...` / `A. ...`, `Q) ...`, as newspapers print them; a label only where the file uses both. */
  dot: boolean;
  /** The role the label states (`AILSA CHANG, HOST:`), if it states one. */
  role?: Role | null;
  /** A note on how the words are said (`(laughing)`), which belongs to the words, not the label. */
  note?: string;
  /** Two long dashes (`――...`), which open every one of the interviewer's paragraphs. */
  dashes?: true;
  /** `Q` and one space before a capital, as the White House prints questions: a label only where the file asks so twice or more. */
  spaced?: true;
  /** A full stop and a dash after the name (`Maria Lopez (S&D). – ...`), as a parliament's record prints each speaker. */
  dotDash?: true;
  /** A title, a surname and a full stop (`Senator Becker. ...`, `The Chairman. ...`), as the US Congress prints each speaker. */
  titled?: true;
  /** Says who asks, and that they ask (`Jane Doe asks:`). */
  asks?: true;
  /** The role is the one a newsroom's job gives (`MARIA LOPEZ, RHINE NEWS ANCHOR:`), the side she is on elsewhere perhaps, not here. */
  anchor?: true;
  /** Where a time opening the words after the label starts (`Maria Lopez: 00:01:05 ...`), and whether the turn's time is it. */
  lead?: { at: number; timed: boolean };
}

/** Titles the US Congress's records print before a surname and a full stop: `Senator Becker.`, `Mr. Kim.`, `Dr. Lopez.`. */
const DOT_TITLE = String.raw`(?:Senator|Representative|Congressman|Congresswoman|Delegate|Chairman|Chairwoman|Chair|Vice\s+Chairman|Vice\s+Chair|Ranking\s+Member|Secretary|Mr\.|Mrs\.|Ms\.|Dr\.|General|Admiral|Governor|Ambassador|Commissioner|Administrator|Judge|Mayor)`;
/** An office alone so: `The Chairman.`, `The Clerk.`. */
const DOT_OFFICE = String.raw`The\s+(?:Acting\s+)?(?:Chairman|Chairwoman|Chair|Clerk|President|Speaker|Presiding\s+Officer|Witness)`;
const DOT_SURNAME = String.raw`(?:(?:Van|Von|De|Del|La|Le|Da|Di)\s+)?\p{Lu}[\p{L}\p{M}'’-]+`;
/** `Senator Becker. Thank you.`, `Mr. Hastings of Florida. ...`, `The Chairman. ...`: the label, a full stop, the words from a capital. */
const TITLE_DOT_LABEL = new RegExp(String.raw`^(${DOT_OFFICE}|${DOT_TITLE}\s+${DOT_SURNAME}(?:\s+of\s+\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?)?)\.\s+(?=[\p{Lu}"“‘'(\[—])`, 'u');

/** Seconds from `01:02:03`, `[02:03]`, `(1:02:03.5)`. */
export function seconds(stamp: string): number {
  // (Of a range, the start.)
  const whole = stamp.replace(/[[\]()]/g, '').split(/\s*(?:-->|->|→|[-–])\s*/)[0]!.trim();
  const hms = /^(?:(\d+)h\s?)?(\d+)m\s?(\d+)s$/.exec(whole);
  if (hms) return Number(hms[1] ?? 0) * 3600 + Number(hms[2]) * 60 + Number(hms[3]);
  const start = whole.replace(/s$/, '');
  const parts = start.replace(',', '.').split(/[:;]/).map(Number);
  // (A timecode's frames, `00:01:02:15`: the second is enough.)
  if (parts.length === 4) parts.pop();
  // (To the millisecond: `00:01:51.21` is 111.21, not 111.21000000000001.)
  return Math.round(parts.reduce((s, p) => s * 60 + p, 0) * 1000) / 1000;
}

function cleanKey(k: string): string {
  // (A name's own abbreviation keeps its full stop: `Tom Becker Jr.`. Initials lose theirs: `T.B.` is `TB`,
  // and so is `T. B.`, a space after each, as French papers print them.)
  const t = k.trim().replace(/\s+/g, ' ');
  if (/^(?:\p{Lu}\. ?){2,4}$|^(?:\p{Lu}\. ?){1,3}\p{Lu}$/u.test(t)) return t.replace(/[. ]/g, '');
  return /\s(?:Jr|Sr)\.$/.test(t) ? t : t.replace(/[-–.’']+$/u, '').trim();
}

function isClock(s: string | undefined): boolean {
  return s != null && /^\d/.test(s);
}

/**
 * A label as the rest of ingestion knows it: `Q1:`/`A1:`, numbered questions and answers, are `Q:`
 * and `A:` (`Question 1:` is `Question:`); `SPEAKER_00` (WhisperX, pyannote) and `spk_0` (AWS)
 * are `Speaker 0`. The front matter's `speakers:` keys go through it too, so that
 * `SPEAKER_00: Maria Lopez` names the label.
 */
export function labelKey(key: string): string {
  return key.replace(/^([QA])\d{1,3}$/, '$1').replace(/^(Question|QUESTION|Frage|FRAGE|Pregunta|Domanda|Pergunta|Vraag) \d{1,3}$/, '$1').replace(/^(?:SPEAKER|speaker|Speaker|spk)_0*(\d)/, 'Speaker $1');
}

/** Two long dashes opening a Japanese or Chinese question (`――`, `──`), or as typed with a box-drawing line alone (`─`), full-width hyphens (`－－`), long-vowel marks (`ーー`) or hyphens before Japanese (`--`). */
const QUESTION_DASHES = /^(?:[―—─━]{2}|[─━]|[－ー]{2}|-{2}(?=\s*[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]))\s*(?=[^\s―—─━－ー-])/u;
/** A side's letter before words in a script without spaces between them, a full stop or a space after it: `Q．橋の...`, `A.水です`, `Ｑ　...`. */
// (Not a letter run into the words, `A股市场...`, China's A shares.)
const CJK_SIDE_LETTER = /^([QAＱＡ])(?:\s*[.．]|[\s\u3000])[\s\u3000]*(?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}「『（])/u;

/** A generation after the name and a comma: `, Jr.`, `, Sr.`, `, III`. */
const GENERATION = /^,\s*(Jr\.?|Sr\.?|II|III|IV)(?=\s*[,:：(\[]|\s+[-–—]\s)/;

/** A Japanese name in kanji or katakana (`ロペス`, `山田氏`) and an ideographic space before the words. */
const IDEOGRAPHIC_SPACE_LABEL = /^([\p{Script=Han}\p{Script=Katakana}ー・]{1,10})(?:氏|さん)?\u3000+(?=[^\s\u3000])/u;

/** A full name with the name the speaker goes by in quotation marks or parentheses: `Thomas "Tom" Becker:`, `Maria (Mia) Lopez:`. */
const NICKNAME_LABEL = /^(\p{Lu}[\p{Ll}'’-]+)\s+(?:["“'‘](\p{Lu}[\p{Ll}'’-]+)["”'’]|\((\p{Lu}[\p{Ll}'’-]+)\)|["“‘]((?:the|The|el|El|la|La|le|Le|der|Der|die|Die)\s+\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)?)["”’])\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)\s*[:：]\s*(?=\S)/u;

/** A label as {@link readLabel} reads it, read once per distinct text (each line is asked about many times over). */
export const matchLabel = memoized(readLabel);

function readLabel(text: string): LabelMatch | null {
  // (`Thomas "Tom" Becker:` is Thomas Becker, and `Tom:` later is he.)
  if (/^\p{Lu}\p{Ll}+\s+["“'‘(]/u.test(text)) {
    const n = NICKNAME_LABEL.exec(text);
    // (A nickname with its article, `Tom "the Hammer" Becker:`, is no label of its own.)
    if (n) return { key: `${n[1]} ${n[5]}`, alias: n[2] ?? n[3] ?? null, length: n[0].length, time: null, dash: false, dot: false, role: null };
  }
  // `[Maria Lopez] What was...`: a name in brackets before the words is a label as `Maria Lopez:` is.
  // (After the time too: `[00:00:01] [Maria Lopez] What was...`.)
  if (text.startsWith('[') || text.startsWith('(') || /^\d/.test(text)) {
    const led = STAMP_BEFORE_BRACKET.exec(text);
    if (led) {
      const m = matchLabel(text.slice(led[0].length));
      if (m && m.time == null) return { ...m, length: m.length + led[0].length, time: seconds(led[1]!) };
    }
  }
  if (text.startsWith('[')) {
    // (A role in brackets before a labelled name, `[HOST] Tom Becker: ...`: the name's label, on that side.)
    const side = /^\[([\p{L} -]{2,20})\]\s+(?=\p{Lu})/u.exec(text);
    const sideRole = side ? roleWord(side[1]!.toLowerCase().replace(/^co-host$/, 'host')) : null;
    if (side && (sideRole === 'interviewer' || sideRole === 'guest')) {
      const m = matchLabel(text.slice(side[0].length));
      if (m && !roleWord(m.key)) return { ...m, length: m.length + side[0].length, role: m.role ?? sideRole };
    }
    // (The name and its time in one bracket, `[Maria Lopez 00:00:05] ...`: `Maria Lopez (00:00:05): ...`.)
    const both = /^\[(\p{Lu}[^\]\d:]{0,38}?)\s+(\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?)\]:?\s+(?=\S)/u.exec(text);
    if (both) {
      const m = matchLabel(`${both[1]}: ${text.slice(both[0].length)}`);
      if (m && m.time == null && m.key === labelKey(cleanKey(both[1]!)) && !APPARATUS.test(m.key)) return { ...m, length: m.length - (both[1]!.length + 2) + both[0].length, time: seconds(both[2]!) };
    }
    // (A diarization tool's `[SPEAKER_00] ...` too, and Deepgram's `[Speaker:0] ...`.)
    const br = /^\[(\p{Lu}[^\]\d:]{0,38}|(?:SPEAKER|[Ss]peaker|spk)[ _:]\d{1,2})\]:?\s+(?=\S)/u.exec(text);
    if (br) {
      const inner = br[1]!.replace(/:(?=\d)/, ' ');
      const m = matchLabel(`${inner}: ${text.slice(br[0].length)}`);
      if (m && m.key === labelKey(cleanKey(inner)) && !APPARATUS.test(m.key)) return { ...m, length: m.length - (inner.length + 2) + br[0].length };
    }
  }
  // `— Tom Becker: Why...`: a dialogue dash before a label with a colon is the label's.
  if ((text.charCodeAt(0) === 0x2014 || text.charCodeAt(0) === 0x2013) && /^[—–]\s*\p{Lu}[^:：\n]{0,40}[:：]\s/u.test(text)) {
    const dash = /^[—–]\s*/u.exec(text)![0];
    const m = matchLabel(text.slice(dash.length));
    if (m && !m.dash && !m.dot) return { ...m, length: m.length + dash.length };
  }
  // (A role's word before a Chinese, Japanese or Korean name, a space or a middle dot between,
  // `ゲスト マリア・ロペス：`, `司会・田中花子：`: the name's label, in that role.)
  const roleFirst = CJK_ROLE_FIRST.exec(text);
  if (roleFirst) {
    const role = roleWord(roleFirst[1]!);
    const m = matchLabel(text.slice(roleFirst[0].length));
    if (m && !roleWord(m.key) && (role === 'interviewer' || role === 'guest')) return { ...m, length: m.length + roleFirst[0].length, role: m.role ?? role };
  }
  // `张伟（清华大学教授）：...`: a Chinese, Japanese or Korean name with what the speaker is in
  // full-width parentheses, as a round table's record sets it: the name's label.
  // (In half-width parentheses too, as Korean sets it: `김민수(서울대 교수):`; and a name in another
  // script without case so, `ماريا لوبيز (مهندسة جسور):`.)
  if (/^[\p{Lo}\p{M}·・ー]{2,12}(?: [\p{Lo}\p{M}]{2,12}){0,2} ?[（(]/u.test(text)) {
    const aff = /^([\p{Lo}\p{M}·・ー]{2,12}(?: [\p{Lo}\p{M}]{2,12}){0,2}) ?[（(]([^（）()\n]{1,40})[)）](?=\s*[：:])/u.exec(text);
    if (aff) {
      // (Or a role's word and the name in them, `진행자(톰 베커):`, `主持人（张伟）：`: that name, in that
      // role, the word its label after, as `MODERATOR (Jane Kim):`.)
      const role = roleWord(aff[1]!);
      const named = aff[2]!.trim();
      if ((role === 'interviewer' || role === 'guest') && named.replace(/\s/g, '').length >= 2 && /^[\p{Lo}\p{M}·・ー]{1,12}(?: [\p{Lo}\p{M}]{1,12}){0,2}$/u.test(named)) {
        const r = matchLabel(named + text.slice(aff[0].length));
        if (r && r.key === named) return { ...r, length: r.length + aff[0].length - named.length, alias: aff[1]!, role };
      }
      const m = matchLabel(aff[1]! + text.slice(aff[0].length));
      // (Or what the label goes by after it, `汤姆·贝克尔（以下简称TB）：`, `（TB）`: its alias, as `Sam Altman (SA):`.)
      const hence = /^(?:以下(?:简称|簡稱|称|稱|、)|下(?:称|稱)|(?:简|簡)(?:称|稱))[“"「『]?([\p{Lu}]{1,4}|[\p{Lo}·・ー]{1,6})[”"」』]?$|^(\p{Lu}{2,4})$/u.exec(aff[2]!.trim());
      if (m && m.key === aff[1]) return { ...m, length: m.length + aff[0].length - aff[1]!.length, ...(hence ? { alias: hence[1] ?? hence[2]! } : {}) };
    }
  }
  // `【山田】はい`: a name in lenticular or full-width brackets, as Japanese and Chinese transcripts set labels.
  if (text.startsWith('【') || text.startsWith('［')) {
    // (Not a name set so in a sentence, as a transcript hides it, `【T】です。`, `【I】さんと呼ばせて...`: a copula or an honorific after it opens no one's words.)
    const br = /^[【［]([^】］\s]{1,12})[】］]\s*(?=\S)(?!です|でした|でしょう|さん|様|氏|くん|ちゃん|と(?:申し|言い)ます)/u.exec(text);
    if (br && !APPARATUS.test(br[1]!)) return { key: br[1]!, alias: null, length: br[0].length, time: null, dash: false, dot: false, role: null };
  }
  // `――今回の研究について...`: two long dashes open the interviewer's question in Japanese and
  // Chinese interviews, as `Q:` does.
  if (QUESTION_DASHES.test(text)) {
    const d = QUESTION_DASHES.exec(text)!;
    if (text.length > d[0].length) return { key: 'Q', alias: null, length: d[0].length, time: null, dash: false, dot: false, role: null, dashes: true };
  }
  // `Q．橋の...`, `Ａ．水です。`: a question's and an answer's letter before words in Chinese,
  // Japanese or Korean script, a full stop or a space after it, no colon (`Q 橋の...` too).
  if (CJK_SIDE_LETTER.test(text)) {
    const q = CJK_SIDE_LETTER.exec(text)!;
    return { key: halfWidth(q[1]!), alias: null, length: q[0].length, time: null, dash: false, dot: /[.．]/.test(q[0]), role: null };
  }
  // `ロペス　ほとんどは...`: a Japanese interview sets the speaker's name before the words with an
  // ideographic space, no colon (a name in kanji or katakana, with or without its honorific).
  if (IDEOGRAPHIC_SPACE_LABEL.test(text)) {
    const j = IDEOGRAPHIC_SPACE_LABEL.exec(text)!;
    if (!APPARATUS.test(j[1]!)) return { key: j[1]!, alias: null, length: j[0].length, time: null, dash: false, dot: false, role: null };
  }
  // `The Chair (Mr. Tom Becker (Bonn East, Lib.)): ...`: a Canadian committee's record names the
  // chair's holder and riding in nested parentheses; the office labels the turns after (`The
  // Chair:`), the holder's, as `MODERATOR (Jane Kim):` names Jane Kim.
  // (In French as the record's French version prints it: `Le président (M. Tom Becker (Bonn East, Lib.)) :`.)
  if (/^(?:The|Le|La|L['’])\s?/.test(text) && text.includes('))')) {
    const office = new RegExp(String.raw`^(The\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2}|(?:Le|La)\s+${BENCH_TITLE_ABROAD}|L['’]${BENCH_TITLE_ABROAD})\s*\(([^()\n]{2,60}?)\s*\([^()\n]{1,80}\)\)\s*[:：]\s*(?=\S)`, 'u').exec(text);
    const holder = office ? /^(?:(?:Mr|Mrs|Ms|Hon)\.\s+)?(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.-]*|de|van|von|der|da|di|du|la|le)){1,3})$/u.exec(office[2]!.trim()) : null;
    if (office && holder) return { key: office[2]!.trim(), alias: office[1]!, length: office[0].length, time: null, dash: false, dot: false, role: roleWord(office[1]!.replace(/^The\s+/, '')) };
    if (office) return { key: office[1]!, alias: null, length: office[0].length, time: null, dash: false, dot: false, role: null };
  }
  // `Maria Lopez, 00:00:07: ...`: a name, a comma and the time it was said, then the colon (the
  // whole time: `Maria Lopez, 00:00:07` alone above the words is no `00:00` and words "07").
  if (/^[^,:：\n]{2,60},\s*\d{1,2}:\d{2}/u.test(text)) {
    const timed = /^(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+[\p{L}\p{M}'’.-]+){0,3}),\s*(\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?)(?![:.,]?\d)\s*[:：]\s*(?=\S)/u.exec(text);
    if (timed && !APPARATUS.test(timed[1]!)) return { key: cleanKey(timed[1]!), alias: null, length: timed[0].length, time: seconds(timed[2]!), dash: false, dot: false, role: null };
  }
  // `Q12 Chair: ...`: a committee's record numbers its questions before the member's name.
  if (text.charCodeAt(0) === 81 /* Q */ && /^Q\d{1,4}\s+\p{Lu}/u.test(text)) {
    const number = /^Q\d{1,4}\s+/.exec(text)![0];
    const m = matchLabel(text.slice(number.length));
    if (m) return { ...m, length: m.length + number.length };
  }
  // `Question from Jane Doe:`, `Q (from Jane Doe, Bonn):`: a reader's or a listener's question, by name.
  if (/^(?:[Rr]eader|[Qq]|QUESTION|[Ff]rage|[Pp]regunta|[Dd]omanda)/.test(text)) {
    const q = QUESTION_FROM.exec(text);
    const name = q?.[1] ?? q?.[2];
    if (q && name && text.length > q[0].length) return { key: cleanKey(name), alias: null, length: q[0].length, time: null, dash: false, dot: false, role: 'interviewer' };
  }
  // `Jane Doe asks:`, `Jane Doe, Bonn, asks:`: the same, the verb after the name.
  if (/\s(?:asks|wants to know|fragt|demande|pregunta|chiede|pergunta|vraagt)\s*[:：]/.test(text.slice(0, 120))) {
    const q = NAME_ASKS.exec(text);
    if (q && text.length > q[0].length) return { key: cleanKey(q[1]!), alias: null, length: q[0].length, time: null, dash: false, dot: false, role: 'interviewer', asks: true as const };
  }
  // (`Tom Becker asked: Why...?`, `Maria Lopez answered: ...`, `... replied:`, as a write-up sets each
  // turn: the name's label, the verb no word of the turn; asking, the interviewer. Not `said:` nor
  // `wrote:`, which open a quotation in an article's prose.)
  if (/\s(?:asked|answered|answers|replied|replies|responded|responds)\s*[:：]/.test(text.slice(0, 80))) {
    const v = NAME_VERB.exec(text);
    if (v && text.length > v[0].length) return { key: cleanKey(v[1]!), alias: null, length: v[0].length, time: null, dash: false, dot: false, role: v[2] === 'asked' ? 'interviewer' : null, ...(v[2] === 'asked' ? { asks: true as const } : {}) };
  }
  // `Senator Becker. Good morning.`: a title, a surname and a full stop (speakerKeyTest takes it for
  // a label only where two speakers or more are labelled so, two of them twice or more).
  if (/^(?:The|Senator|Representative|Congress|Delegate|Chair|Vice|Ranking|Secretary|Mrs?\.|Ms\.|Dr\.|General|Admiral|Governor|Ambassador|Commissioner|Administrator|Judge|Mayor)\s/.test(text)) {
    const t = TITLE_DOT_LABEL.exec(text);
    if (t && text.length > t[0].length) return { key: t[1]!.replace(/\s+/g, ' '), alias: null, length: t[0].length, time: null, dash: false, dot: false, role: null, titled: true };
  }
  // (A side and then the name, `HOST, Tom Becker:`, `Moderator, Jane Kim:`, `Audience, Ana Silva:`:
  // the name's label, on that side; the name was lost, read as the side's affiliation.)
  if (text.indexOf(',') > 0 && text.indexOf(',') <= 24) {
    const s = SIDE_THEN_NAME.exec(text);
    const side = s ? roleWord(s[1]!) : null;
    // (Or a job's word, `Engineer, Maria Lopez:`: what she is, no side.)
    if (s && (side || JOB_WORD_ALONE.test(s[1]!))) return { key: cleanKey(s[2]!), alias: null, length: s[0].length, time: null, dash: false, dot: false, role: side };
  }
  // (Read over the line's opening words only: a label is short, and its pattern takes time growing
  // with the square of a long run of spaces after a word, as a hostile line may hold.)
  // (Every label it reads closes with a colon or a dash, or is a side's letter or word opening the
  // line, `Q. `, `Pregunta. `: most lines of words have none of these and need no pattern.)
  const head = text.length > 400 ? text.slice(0, 400) : text;
  const m = /[:：–—-]/.test(head) || /^(?:[QAPRD]|Pregunta|Respuesta|Domanda|Risposta)/.test(head) ? LABEL_RE.exec(head) : null;
  if (!m) {
    // `Paul Kim and Maria Lopez: ...`, `Ben & David: ...`: two speakers at once (speakerKeyTest
    // takes it for a label only where each of them labels turns of their own).
    const head = text.slice(0, 120);
    const j = /[:：]/.test(head) && /\s(?:and|&|und|et|y|e)\s/.test(head) ? JOINT_LABEL_RE.exec(text) : null;
    if (j && text.length > j[0].length && !APPARATUS.test(j[1]!)) return { key: j[1]!.replace(/\s+/g, ' '), alias: null, length: j[0].length, time: null, dash: false, dot: false, role: null };
    // `Maria Lopez [00:00:07] What was...`: a name and its time in brackets, no colon, as some
    // transcription tools export a turn.
    const n = /\s[[(]\d/.test(text.slice(0, 60)) ? NAME_STAMP_RE.exec(text) : null;
    if (!n || APPARATUS.test(n[1]!)) return null;
    return { key: cleanKey(n[1]!), alias: null, length: n[0].length, time: seconds(n[2]!), dash: false, dot: false, role: null };
  }
  // (A generation after a comma is the name's, not a job: `Martin Luther King, Jr.:` is Martin Luther King Jr.)
  const generation = m[0].length > m[2]!.length + 3 ? GENERATION.exec(text.slice(text.indexOf(m[2]!) + m[2]!.length)) : null;
  const key = labelKey(cleanKey(generation ? `${m[2]} ${generation[1]!.replace(/^([JS]r)$/, '$1.')}` : m[2]!));
  if (key.length === 0 || key.length > 40) return null;
  const dash = m[7] != null;
  const dot = m[8] != null || m[9] != null;
  // A dash separates short labels (Q - / A - / CD -), and full names by a long dash
  // (`Maria Lopez — ...`): "Yes - I agree" is prose.
  // (A full stop before the dash, as the European Parliament's record prints its speakers,
  // `President. – ...`, `Maria Lopez (S&D). – ...`: a label, of one word too.)
  // (Or run together, as Spanish papers print their speakers: `Tom Becker.— ...`.)
  const dotDash = dash && /\.\s*[-–—]\s$/.test(m[0]);
  // (A first name too, `Stephanie — ...`, where the file so labels others: the labels' check judges it.)
  // (In capitals too, `STEPHANIE — ...`, as the file may print every name.)
  // (A hyphen too after a full name timed before it, `[00:00:07] Maria Lopez - ...`, as some tools export a turn.)
  if (dash && !dotDash && !(key.length <= 3 && /^\p{Lu}+$/u.test(key)) && !(/^[—–]$/.test(m[7]!) && /^(?:\S+(?:\s+\S+){1,3}|\p{Lu}\p{Ll}+|\p{Lu}[\p{Lu}'’-]{3,})$/u.test(key)) && !(m[1] != null && /^\p{Lu}\S*(?:\s+\S+){1,3}$/u.test(key))) return null;
  let length = m[0].length;
  // (A long dash right after the name ends the label there: in `Maria Lopez — Yes. Water — always
  // water`, "Yes. Water" is her words, no affiliation.)
  if (dash && !dotDash && !m[3]) {
    const nameEnd = m[0].indexOf(m[2]!) + m[2]!.length;
    const first = /^\s+[—–]\s+/u.exec(m[0].slice(nameEnd));
    if (first && nameEnd + first[0].length < length) length = nameEnd + first[0].length;
  }
  let rest = text.slice(length);
  // A label is followed by what the speaker says, not by nothing or a URL scheme.
  if (rest.trim() === '' || /^\/\//.test(rest)) return null;
  let time = m[1] ? seconds(m[1]) : m[5] ? seconds(m[5]) : isClock(m[4]) ? seconds(m[4]!) : null;
  const lead = LEADING_STAMP_RE.exec(rest);
  const leadAt = lead ? { at: length, timed: time == null } : undefined;
  if (lead) {
    time ??= seconds(lead[1]!);
    length += lead[0].length;
    rest = rest.slice(lead[0].length);
  }
  // (Not a role in small letters, `Tom Becker [host]:`: the side.)
  const bracketed = /\[(\p{Ll}[^\]]*)\]/u.exec(m[0]);
  const bracketNote = bracketed && !roleWord(bracketed[1]!.replace(/^co-host$/i, 'host')) ? bracketed[0] : undefined;
  // (A role and a note in one pair of parentheses, `Jan de Vries (Guest, through an interpreter):`: both read.)
  // (A role and where the speaker comes from, `Ana Silva (moderator, City Works):`: the role.)
  // (Pronouns and a role, `Tom Becker (he/him, host):`: the role.)
  const paren = m[4] ? (ROLE_AND_PLACE.exec(m[4])?.[1] ?? PRONOUNS_AND_ROLE.exec(m[4])?.slice(1).find((x) => x != null) ?? m[4]) : undefined;
  const roleNote = paren ? ROLE_AND_NOTE.exec(paren) : null;
  // (A full name and a place, `(Jane Doe, city council)`: the name.)
  // (Where the speaker comes from, in words not all capitalised, `(Lisbon city council)`: no name, no alias, no note.)
  const placed = paren != null && !roleNote && !PAREN_AFFILIATION_ONLY.test(paren) && PAREN_PLACE_ONLY.test(paren) && !NAME_AND_PLACE.test(paren);
  const inParens = placed ? undefined : paren && !roleNote ? (NAME_AND_PLACE.exec(paren)?.[1] ?? paren) : paren;
  // (A job in small letters, `(bridge engineer)`, `(ingeniera de puentes)`, is what the speaker is, no note on the words.)
  // (Nor a turn going on after a page's break, `(continued)`, `(cont'd)`, as a script or a printed transcript marks it: no words of the speaker.)
  // (A note after where the speaker comes from, as a record prints it: `Mr. Dupont (France) (spoke in French):`.)
  // (Not a party after a constituency, `Maria Lopez (Bonn West) (Lab):`: no note's words.)
  const afterParens = m[4] ? /\)\s*\(([^()]{1,41})\)\s*[:：]?\s*$/u.exec(m[0].trimEnd())?.[1] : undefined;
  const second = afterParens && SECOND_NOTE.test(afterParens) ? `(${afterParens})` : undefined;
  const note = second ?? (roleNote ? `(${roleNote[2]})` : inParens && (/^\p{Ll}/u.test(inParens) || MANNER_CAPITALISED.test(inParens)) && !roleWord(inParens) && !PRONOUNS_ONLY.test(inParens) && !JOB_IN_PARENS.test(inParens) && !/^(?:cont(?:['’]?d|inued|\.)?|continuing|continues)$/i.test(inParens) ? `(${inParens})` : bracketNote);
  const before = roleBefore(key);
  if (before) return { key: before.key, alias: null, length, time, dash, dot, role: before.role, ...(note ? { note } : {}), ...(leadAt ? { lead: leadAt } : {}) };
  const inBrackets = bracketNote ? null : /\[([^\]]+)\]/.exec(m[0])?.[1];
  const spaced = key === 'Q' && /Q[ \u00a0]$/.test(m[0]);
  return { ...withParens(key, note ? undefined : inParens), length, time, dash, dot, role: statedRole(m[3]) ?? parensRole(key, roleNote ? roleNote[1] : note ? undefined : inParens) ?? (inBrackets ? roleWord(inBrackets.replace(/^co-host$/i, 'host')) : null), ...(/^anchor$/i.test(m[3] ?? '') ? { anchor: true as const } : {}), ...(note ? { note } : {}), ...(spaced ? { spaced: true as const } : {}), ...(dotDash ? { dotDash: true as const } : {}), ...(leadAt ? { lead: leadAt } : {}) };
}

/** The role written before the name (`Host Tom Becker:`, `Guest Maria Lopez:`): the name, in that role. */
// (In Chinese, Japanese and Korean too, a space between them or none: `主持人 张伟`, `嘉宾李娜`, `司会 田中花子`, `진행자 톰 베커`.)
const CJK_ROLE_WORDS = '主持人|嘉宾|嘉賓|受访者|受訪者|司会|聞き手|ゲスト|사회자|진행자|게스트';
const CJK_ROLE_BEFORE = new RegExp(String.raw`^(${CJK_ROLE_WORDS})\s?(\p{Script=Han}{2,4}|[\p{Script=Katakana}ー]{2,8}[・＝][\p{Script=Katakana}ー]{2,10}|\p{Script=Hangul}{2,4}(?:\s\p{Script=Hangul}{2,5})?)$`, 'u');
/** Such a word opening a label, a space or a middle dot after it (`ゲスト マリア・ロペス：`, `司会・田中花子：`): read before the name's label. */
const CJK_ROLE_FIRST = new RegExp(String.raw`^(${CJK_ROLE_WORDS})[ ・](?=\S)`, 'u');
function roleBefore(key: string): { key: string; role: Role } | null {
  const m = /^(host|co-host|cohost|guest|moderator|interviewer|panelist|panellist)\s+(\p{Lu}[\p{L}\p{M}'’.-]+(?:\s+\p{Lu}[\p{L}\p{M}'’.-]+){0,3})$/iu.exec(key) ?? CJK_ROLE_BEFORE.exec(key);
  if (!m) return null;
  const role = roleWord(m[1]!.replace(/^co-?host$/i, 'host'));
  return role === 'interviewer' || role === 'guest' ? { key: m[2]!, role } : null;
}

export interface LabelOnly {
  /** null for a bare timestamp (`(00:02:22):`): the same speaker goes on. */
  key: string | null;
  time: number | null;
  alias: string | null;
  /** Written with a colon or a timestamp: shaped as a label, not as a short sentence. */
  marked: boolean;
  /** The role the label states (`AILSA CHANG, HOST:`), if it states one. */
  role?: Role | null;
}

/** A paragraph that is nothing but a label (`**Sam Altman:**` on its own line, the words below it). */
/** A paragraph that is nothing but a label, read once per distinct text. */
export const matchLabelOnly = memoized(readLabelOnly);

function readLabelOnly(text: string): LabelOnly | null {
  const t = text.trim();
  // (A label alone is short: a long line is words, however it opens, and the patterns below take
  // time growing with the square of a long run of spaces in it.)
  if (t.length > 400) return null;
  const s = STAMP_ONLY_RE.exec(t);
  if (s) return { key: null, time: seconds(s[1]!), alias: null, marked: true };
  // (A dialogue dash before a label alone with its colon, `— Maria Lopez:`, above the words: the label's, as on the words' line.)
  if ((t.charCodeAt(0) === 0x2014 || t.charCodeAt(0) === 0x2013) && /[:：]$/.test(t)) {
    const inner = matchLabelOnly(t.replace(/^[—–]\s*/u, ''));
    return inner && inner.key && inner.marked ? inner : null;
  }
  // (A name alone in brackets, `[Maria Lopez]`, as some tools set it above the words: shaped as a label, a sound's note never.)
  if (t.startsWith('[') && /^\[\p{Lu}[^\[\]\d:]{1,38}\]$/u.test(t) && !APPARATUS.test(t.slice(1, -1).trim())) {
    const inner = matchLabelOnly(t.slice(1, -1));
    return inner && inner.key && inner.time == null && inner.key === labelKey(cleanKey(t.slice(1, -1).trim())) ? { ...inner, marked: true } : null;
  }
  const m = LABEL_ONLY_RE.exec(t);
  if (!m) {
    // A name and a time alone on the line in the other shapes tools write them: `Maria Lopez  |
    // 00:00`, `00:00:00 - Maria Lopez`, `[Speaker 1] 00:00:00`.
    // (Only a line with a digit holds a time, most lines of words none.)
    // (The speaker's company or initials in parentheses too, as meeting recorders write the host's:
    // `0:00 - Tom Becker (Rhine Works)`.)
    const n = t.length <= 120 && /\d/.test(t) ? NAME_TIME_RE.exec(t) : null;
    const name = n?.[1] ?? n?.[5];
    if (!n || !name || APPARATUS.test(name)) return null;
    const key = labelKey(cleanKey(name));
    const inParens = n[2] ?? n[6];
    return { ...withParens(key, inParens), time: seconds(n[3] ?? n[4]!), marked: true, role: parensRole(key, inParens) };
  }
  const key = labelKey(cleanKey(m[2]!));
  if (key.length === 0 || key.length > 40) return null;
  const stamp = m[1] ?? m[5] ?? m[7] ?? (isClock(m[4]) ? m[4] : undefined);
  // (A time and words that end a sentence, no colon, `[00:02:06] Yeah. Yeah.`, `[00:09:55] Si.`: said, not a name; not an initial's stop, `[00:00:07] Tom B.`.)
  if (stamp != null && m[6] == null && /[.!?…]$/.test(t) && !/(?:^|\s)(?:\p{Lu}|Jr|Sr)\.$/u.test(t)) return null;
  const before = roleBefore(key);
  if (before) return { key: before.key, alias: null, time: stamp ? seconds(stamp) : null, marked: m[6] != null || stamp != null, role: before.role };
  return { ...withParens(key, m[4]), time: stamp ? seconds(stamp) : null, marked: m[6] != null || stamp != null, role: statedRole(m[3]) ?? parensRole(key, m[4]) };
}

/** A timestamp opening an unlabelled paragraph (`[19:54] And so...`): its time and length. */
export function leadingStamp(text: string): { time: number; length: number } | null {
  const m = LEADING_STAMP_RE.exec(text);
  if (!m || text.slice(m[0].length).trim() === '') return null;
  return { time: seconds(m[1]!), length: m[0].length };
}

/** One to four capitalised words of a name alone, its particles in small letters between them (`Ana de la Cruz`, `Florence d’Alché-Buc`). */
export const NAME_WORDS = String.raw`${WORD}(?:\s+(?:(?:${PARTICLE_WORDS})\s+){0,2}(?:[dl]['’])?${WORD}){0,3}`;
/** A name in a script without capitals, as a list or a line alone writes it: two or three words, one of them of two letters or more (`마리아 로페스`, `톰 베커`). */
export const caselessName = (text: string): boolean => /^[\p{Lo}\p{M}]{1,12}(?: [\p{Lo}\p{M}]{1,12}){1,2}$/u.test(text) && /[\p{Lo}\p{M}]{2}/u.test(text);
/** A line's items as a meeting tool lists those who took part: apart by commas, semicolons, `、`, two spaces or more, or "and" in the languages read (`Tom Becker, Maria Lopez`, `톰 베커  마리아 로페스`). */
export const listItems = (line: string): string[] => line.trim().split(/\s*[,;、]\s*|\s{2,}|\s+(?:and|&|und|et|y|e|en|och|i|и)\s+/u);
/** A full name's affiliation after `sep`, as a round of answers sets each under its name: `, Lumen Labs`, `, co-founder of Castor`, ` — Lumen Labs` (no sentence's stop, no colon). */
const affiliation = (sep: string) => String.raw`(?:(?<=\p{L}\s+\S+)${sep}\s+(?!(?:and|or|und|et|y)\s)[\p{L}\p{N}][^.!?:：;#*_\n]{0,60}?)`;
/** After a comma, as a name alone above the words writes it (`**Maria Lopez, Rhine Works**`): a dash there says what the speaker does in a call's list (`Ana Silva - Chief Financial Officer`), and "of" is an office's (`The Secretary of State for Transport`). */
export const NAME_AFFILIATION = affiliation(',');
/** A speaker's name set as a heading above the words (`### Maria Lopez`, `### Maria Lopez:`, `### Maria Lopez (00:09)`, `#### Maria Lopez · 00:00:09`, `### Speaker 1`, `### Florence d’Alché-Buc`): the name, and the time (in brackets or not). */
// (A full name's affiliation after it too, after a comma, a dash or a bar, `### Maria Lopez, Lumen Labs`, `### Maria Lopez — Lumen Labs`: the name.)
export const NAME_HEADING = new RegExp(String.raw`^#{2,6}\s+(?:\*\*|__)?(${NAME_WORDS}(?:\s+\d{1,2})?)${affiliation(String.raw`(?:,|\s+[—–|-])`)}?[:：]?(?:\*\*|__)?[:：]?(?:\s+(?:[·•|–—-]\s+)?\[?(?:[([]((?:\d{1,2}:)?\d{1,2}:\d{2})[)\]]|((?:\d{1,2}:)?\d{1,2}:\d{2}))(?:\]\([^()\s]*\))?)?\s*#*\s*$`, 'u');

/**
 * The names set as headings above their words that label turns (NAME_HEADING): two names or more,
 * each heading two turns or more, or one heading three or more (beside questions set apart
 * otherwise, `### JH`); beside them a role's word once too (`### Chair`, `### Editor`), or a title and a
 * name (`### Senator Meredith`). A single
 * word only above words said, not a site's menu of links (`## Products` over a list).
 */
export function nameHeadingLabels(lines: string[]): Set<string> {
  const count = new Map<string, number>();
  /** The name headings' lines, in order, with their names. */
  const heads: [number, string][] = [];
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.trimStart();
    if (!t.startsWith('#')) continue;
    const name = NAME_HEADING.exec(t.trim())?.[1];
    if (!name) continue;
    if (!/\s/.test(name)) {
      let j = i + 1;
      while (j < lines.length && !lines[j]!.trim()) j++;
      if (!/^[\p{L}"“‘„«(¿¡]/u.test(lines[j]?.trim() ?? '') || PAGE_WORDS.test(name)) continue;
    }
    count.set(name, (count.get(name) ?? 0) + 1);
    heads.push([i, name]);
  }
  const labels = new Set([...count].filter(([, n]) => n >= 2).map(([k]) => k));
  if (labels.size < 2 && !(labels.size === 1 && count.get([...labels][0]!)! >= 3)) return new Set();
  // (And a title and a name once, `### Senator Meredith`, as a committee's member asks once; or a
  // full name once that the words around it introduce, "my friend Tiago" in the turn before, "I'm
  // Trent from..." in its own, as a panel's round of introductions goes.)
  const introduced = (k: number) => k > 0 && labels.has(heads[k - 1]![1]) && introducedBy(heads[k]![1], lines.slice(heads[k - 1]![0] + 1, heads[k]![0]).join(' '), lines.slice(heads[k]![0] + 1, heads[k + 1]?.[0] ?? lines.length).join(' '));
  for (const [k, n] of count) if (n === 1 && (roleWord(k) != null || (/\s/.test(k) && TITLE.test(k.split(/\s+/)[0]!)))) labels.add(k);
  heads.forEach(([, name], k) => {
    if (count.get(name) === 1 && !labels.has(name) && introduced(k)) labels.add(name);
  });
  // (And a first name once, set as the labels are where every other heading of that level labels
  // a turn, between two labels with words under it, a word the file writes nowhere else: someone
  // who speaks once, `### Jonathan`; a topic, `### Eltoo`, is a word its turns say.)
  const depth = (i: number) => /^#+/.exec(lines[i]!.trimStart())![0].length;
  const labelDepths = new Set(heads.filter(([, n]) => labels.has(n)).map(([i]) => depth(i)));
  if (labelDepths.size === 1) {
    const d = [...labelDepths][0]!;
    const others = lines.flatMap((l, i) => (/^#+\s/.test(l.trimStart()) && depth(i) === d && !labels.has(NAME_HEADING.exec(l.trim())?.[1] ?? '') ? [i] : []));
    heads.forEach(([i, name], k) => {
      if (others.length !== 1 || others[0] !== i || count.get(name) !== 1 || !/^\p{Lu}\p{Ll}+$/u.test(name) || PAGE_WORDS.test(name)) return;
      const elsewhere = new RegExp(`(?<![\\p{L}])${name}(?![\\p{L}])`, 'iu');
      if (k > 0 && labels.has(heads[k - 1]![1]) && heads[k + 1] && labels.has(heads[k + 1]![1]) && lines.slice(i + 1, heads[k + 1]![0]).some((l) => l.trim()) && !lines.some((l, j) => j !== i && elsewhere.test(l))) labels.add(name);
    });
  }
  return labels;
}

/** How other languages open a self-introduction: "Ich bin Ben", "Je suis Ben", "Soy Ben"... */
export const SELF_ABROAD = String.raw`[Ii]ch bin|[Ii]ch heiße|[Mm]ein Name ist|[Ll]es habla|[Vv]i parla|[Jj]e suis|[Jj]e m['’]appelle|[Mm]oi,? c['’]est|(?:[Yy]o )?[Ss]oy|[Mm]e llamo|[Mm]i nombre es|(?:[Ii]o )?[Ss]ono|[Mm]i chiamo|[Ee]u sou|[Mm]eu nome é|[Ii]k ben|[Mm]ijn naam is|[Jj]ag heter|[Jj]estem|[Nn]azywam się|[Jj]menuji se|[Мм]еня зовут|[Мм]ене звати|(?:[Bb]enim )?[Aa]dım|[Nn]ama saya|[Oo]len`;

/**
 * A full name seen once as a label, that the words around it introduce: the turn before names its
 * first name ("my friend Tiago"), or its own words do ("I'm Trent from Coinbase", "Ich bin Trent"),
 * as a panel's round of introductions goes. A first name alone once, where the turn before turns to
 * that person ("And Jonathan, you work on steel?"), or its own words say it.
 */
export function introducedBy(name: string, before: string, own: string): boolean {
  const ws = name.split(/\s+/);
  if (!/^\p{Lu}\p{Ll}+$/u.test(ws[0]!)) return false;
  const self = new RegExp(String.raw`(?<![\p{L}])(?:I['’]m|I am|[Tt]his is|[Mm]y name is|${SELF_ABROAD})\s+${ws[0]}(?![\p{L}])`, 'u').test(own.slice(0, 200));
  if (ws.length < 2) return self || vocative(before.slice(-400).trim(), ws[0]!);
  return new RegExp(String.raw`(?<![\p{L}])${ws[0]}(?![\p{L}])`, 'u').test(before) || self;
}

/** Question and answer words, in several languages: they name a side, not a person (`Frage:`, `Answer:`, `Interviewee:`). */
const QUESTION_WORDS = ['q', 'question', 'interviewer', 'intervieweuse', 'journalist', 'journalistin', 'journaliste', 'periodista', 'giornalista', 'jornalista', 'interviewerin', 'dziennikarz', 'dziennikarka', 'журналист', 'журналистка', 'корр', 'корреспондент', 'корреспондентка', 'интервьюер', 'кор', 'кореспондент', 'кореспондентка', 'gazeteci', 'i', 'soru', 'pregunta', 'p', 'frage', 'f', 'domanda', 'd', 'pergunta', 'vraag', 'pytanie', 'fråga', 'spørsmål', 'spørgsmål', 'pitanje', 'kysymys', 'hỏi', 'câu hỏi', 'pv', 'tanya', 'pertanyaan', 'प्रश्न', 'सवाल', 'প্রশ্ন', 'கேள்வி', '질문', '문', 'entrevistador', 'entrevistadora', 'intervistatore', 'intervistatrice', 'interviewster', 'intervieweur', 'ερώτηση', 'ερ', 'ε', 'питання', 'otázka', 'kérdés', 'întrebare', 'soal', 'вопрос', 'в', 'въпрос', 'vprašanje', 'klausimas', 'jautājums', 'küsimus', 'swali', 'tanong', 'soalan', 'ถาม', '问', '問', 'س', 'سؤال', 'سوال', 'پرسش', 'ש', 'שאלה'];
const ANSWER_WORDS = ['a', 'answer', 'the witness', 'interviewee', 'interviewé', 'interviewée', 'befragter', 'befragte', 'konuk', 'respondent', 'cevap', 'respuesta', 'r', 'antwort', 'risposta', 'resposta', 'réponse', 'reponse', 'antwoord', 'odpowiedź', 'svar', 'odgovor', 'vastaus', 'đáp', 'trả lời', 'jawab', 'jawaban', 'उत्तर', 'जवाब', 'উত্তর', 'பதில்', '답변', '답', 'entrevistado', 'entrevistada', 'intervistato', 'intervistata', 'interviewte', 'interviewter', 'geïnterviewde', 'geinterviewde', 'interviewpartner', 'interviewpartnerin', 'απάντηση', 'απ', 'α', 'відповідь', 'odpověď', 'válasz', 'răspuns', 'ответ', 'о', 'отговор', 'odpoveď', 'atsakymas', 'atbilde', 'vastus', 'jibu', 'sagot', 'jawapan', 'yanıt', 'ตอบ', '答', 'ج', 'جواب', 'پاسخ', 'ת', 'תשובה'];
/** Role words used as labels: the side words, and words that say who speaks (`Host:`, `Narrator:`, shown as written). */
const INTERVIEWER_WORDS = new Set([...QUESTION_WORDS, 'host', 'chair', 'chairman', 'chairwoman', 'chairperson', 'acting chair', 'deputy chair', 'co-host', 'cohost', 'co-moderator', 'presenter', 'anchor', 'newsreader', 'reporter', 'correspondent', 'moderator', 'the moderator', 'the host', 'facilitator', 'researcher', 'moderatorin', 'moderation', 'modérateur', 'modératrice', 'moderatore', 'gespreksleider', 'moderatrice', 'moderador', 'moderadora', 'animateur', 'animatrice', 'presentador', 'presentadora', 'apresentador', 'apresentadora', 'conduttore', 'conduttrice', 'presentatore', 'presentator', 'presentatrice', 'verslaggever', 'gastheer', 'gastvrouw', 'prowadzący', 'prowadząca', 'moderátor', 'moderátorka', 'juontaja', 'toimittaja', 'programleder', 'programledare', 'reportera', 'phóng viên', 'ведущий', 'ведущая', 'sunucu', '主持人', '記者', '记者', '采访者', '司会', '聞き手', 'インタビュアー', '기자', '사회자', '진행자']);
const GUEST_WORDS = new Set([...ANSWER_WORDS, 'guest', 'narrator', 'panelist', 'panellist', 'gast', 'invité', 'invitée', 'invitado', 'invitada', 'convidado', 'convidada', 'ospite', 'гость', 'гостья', 'gość', 'misafir', 'gäst', 'gjest', 'gæst', 'vieras', 'respondentin', '嘉宾', '嘉賓', '受访者', '受訪者', 'ゲスト', '게스트', '출연자']);
const SIDE_WORDS = new Set([...QUESTION_WORDS, ...ANSWER_WORDS]);
const OTHER_WORDS = new Set(['the court', 'the reporter', 'the court reporter', 'the videographer', 'the clerk', 'the interpreter', 'both', 'all', 'everyone', 'everybody', 'together', 'audience', 'audience member', 'audience question', 'question from the audience', 'question from the floor', 'frage aus dem publikum', 'pregunta del público', 'pregunta del publico', 'question du public', 'domanda dal pubblico', 'pergunta da plateia', 'pergunta do público', 'pergunta do publico', 'attendee', 'participant', 'observer', 'note-taker', 'notetaker', 'note taker', 'caller', 'operator', 'editor', 'producer', 'executive producer', 'senior producer', 'associate producer', 'sound engineer', 'audio engineer', "editor's note", 'publikum', 'público', 'public', 'auditorio', 'crowd', 'multiple speakers', 'announcer', 'interpreter', 'translator', 'dolmetscher', 'intérprete', 'interprète', 'traducteur',
  // (Someone in the audience, as other languages label them with their article: `Une participante :`,
  // `Ein Zuhörer:`; not the bare word, `Participante:`, `Teilnehmerin:`, as a study labels the one it interviews.)
  'a participant', 'voice from the audience', 'un participant', 'une participante', 'un auditeur', 'une auditrice', 'un spectateur', 'une spectatrice', 'question de la salle', 'une voix dans la salle', 'la salle', 'le public', 'un asistente', 'una asistente', 'un participante', 'una participante', 'pregunta de la sala', 'el público', 'ein teilnehmer', 'eine teilnehmerin', 'ein zuhörer', 'eine zuhörerin', 'frage aus dem saal', 'stimme aus dem publikum', 'un partecipante', 'una partecipante', 'domanda dalla sala', 'pubblico', 'um participante', 'uma participante', 'plateia', 'een deelnemer', 'publiek', 'vraag uit de zaal',
  // The one who keeps order in a parliament's chamber (a committee's chair asks: the interviewer).
  'mr speaker', 'madam speaker', 'mr deputy speaker', 'madam deputy speaker', 'the speaker', 'the deputy speaker', 'mr president', 'madam president', 'the president of the senate']);

/**
 * Side words that name a person, not a question or an answer (`Entrevistador:`, `Interviewee:`,
 * `Journalistin:`): where no name is found for that side, the speaker is shown by the word as the
 * file writes it, in its language, not as "Interviewer" or "Guest".
 */
const PERSON_SIDE_WORDS = new Set(['interviewer', 'intervieweuse', 'journalist', 'journalistin', 'journaliste', 'periodista', 'giornalista', 'jornalista', 'interviewerin', 'dziennikarz', 'dziennikarka', 'журналист', 'журналистка', 'корреспондент', 'корреспондентка', 'интервьюер', 'кореспондент', 'кореспондентка', 'gazeteci', 'entrevistador', 'entrevistadora', 'intervistatore', 'intervistatrice', 'interviewster', 'intervieweur', 'the witness', 'interviewee', 'interviewé', 'interviewée', 'befragter', 'befragte', 'konuk', 'respondent', 'entrevistado', 'entrevistada', 'intervistato', 'intervistata', 'interviewte', 'interviewter', 'geïnterviewde', 'geinterviewde', 'interviewpartner', 'interviewpartnerin']);

/** A side word naming a person (`Entrevistador`, `INTERVIEWEE`): see PERSON_SIDE_WORDS. */
export function isPersonSideWord(key: string): boolean {
  return PERSON_SIDE_WORDS.has(key.toLowerCase());
}

/** A side word: the speaker is shown by the name the file gives that side (its byline, its guest). */
export function isSideWord(key: string): boolean {
  return SIDE_WORDS.has(halfWidth(key).toLowerCase());
}

/** Full-width Latin letters and digits as their plain forms (`Ｑ` is `Q`, as Japanese text sets it). */
function halfWidth(key: string): string {
  return /[\uff01-\uff5e]/.test(key) ? key.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)) : key;
}

/** A Chinese, Japanese or Korean turn turning to a name (`张伟，`, `田中さん、`, `山田さんは...？`, `김민수 교수님,`, `이영희 대표님은`). */
export function turnedTo(name: string, text: string): boolean {
  // (A Chinese name by its surname and a title, as one turns to a colleague: `李工，...？` for 李娜
  // the engineer, `张教授，...`, `王总，...`.)
  if (/^\p{Script=Han}{2,3}$/u.test(name) && new RegExp(`${name[0]}(?:工|总|總|教授|老师|老師|博士|医生|醫生|主任|经理|經理|律师|律師|院士)(?:[、，,？?]|您)`, 'u').test(text)) return true;
  // (A Japanese name by the family name and an honorific, `佐藤さん、...` for 佐藤花子: the family
  // name one to three characters of four or so.)
  if (/^\p{Script=Han}{3,5}$/u.test(name)) {
    for (let k = 1; k < name.length - 1 && k <= 3; k++) if (new RegExp(`(?<!\\p{Script=Han})${name.slice(0, k)}(?:さん|先生|氏|様)(?:[、，,？?]|は|には)`, 'u').test(text)) return true;
  }
  if (!text.includes(name)) return false;
  const n = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return /\p{Script=Hangul}/u.test(name)
    ? new RegExp(`${n}(?:\\s?\\p{Script=Hangul}{0,5}님|\\s?씨)?(?:[,，?？]|은|는|께서는)`, 'u').test(text)
    : new RegExp(`${n}(?:さん|氏|先生|様|君|くん|教授|博士|老师|老師|女士|总|總)?(?:[、，,？?]|は|には)`, 'u').test(text);
}

/** A first name a turn addresses: opening a sentence before a comma (`Maria, you joined...`) or closing one after it (`Welcome, Maria.`). */
// (Each place the name is written is read by the words before it and the character after, with
// patterns built once: a file of thousands of names builds no pattern for each.)
export function vocative(text: string, first: string): boolean {
  // (Most turns do not write the name at all.)
  const lower = text.toLowerCase();
  const name = first.toLowerCase();
  if (!lower.includes(name)) return false;
  // (Letters whose small form is longer, `İ`: the text's places would shift; read as one pattern.)
  if (lower.length !== text.length || name.length !== first.length) return vocativePattern(first).test(text);
  for (let i = lower.indexOf(name); i !== -1; i = lower.indexOf(name, i + 1)) {
    const after = text[i + name.length] ?? '';
    // (The words before it, up to a sentence's length: a mark for the start of the text cut off.)
    const before = i > VOCATIVE_REACH ? `\u0000${text.slice(i - VOCATIVE_REACH, i)}` : text.slice(0, i);
    // `Maria, ...`, `So, Maria, ...`, `Hi Maria, ...`, after a sentence's end or at the start.
    if (after === ',' && OPENS_ADDRESS.test(before)) return true;
    // `..., Maria?`
    if ((after === '?' || after === '.' || after === '!') && /,\s+$/.test(before)) return true;
    // `Thanks, Maria.`, `Welcome Maria!`
    if ((after === '.' || after === '!' || after === '?' || after === ',') && GREETS.test(before)) return true;
    // `Maria?`, `And Maria?`: the turn is the name alone, asking.
    if (ALONE_BEFORE.test(before) && /^\s?[?？]$/.test(text.slice(i + name.length))) return true;
  }
  return false;
}
const VOCATIVE_REACH = 200;
const vocatives = new Map<string, RegExp>();
/** The same, as one pattern: `vocative` where the small letters would shift the text's places. */
export function vocativePattern(first: string): RegExp {
  let re = vocatives.get(first);
  if (!re) {
    const name = first.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // (A turn that is the name alone, asking, hands over too: `Paul?`, `And Paul?`.)
    re = new RegExp(`(?:^|[.!?¡¿]\\s*)(?:(?:so|and|now|well|ok|okay),?\\s+)?(?:${GREETING},?\\s+)?${name},|,\\s+${name}[?.!]|(?:^|[.!?]\\s+)${GREETING},?\\s+${name}[.!?,]|^(?:(?:so|and|now|well|ok|okay),?\\s+)?${name}\\s?[?？]$`, 'iu');
    if (vocatives.size >= 1000) vocatives.clear();
    vocatives.set(first, re);
  }
  return re;
}
/** Greetings and thanks before a name addressed (`Hola Maria,`, `Merci Tom.`, `Danke, Tom.`, `Buongiorno Maria,`). */
export const GREETING = '(?:hi|hello|hey|welcome back|welcome|thanks|thank you|hola|buenos días|buenas tardes|gracias|bienvenid[oa]|bonjour|salut|merci|bienvenue|hallo|guten tag|danke|willkommen|ciao|buongiorno|buonasera|grazie|benvenut[oa]|olá|oi|bom dia|boa tarde|obrigad[oa]|hoi|welkom|goedemiddag|goedemorgen|dank je|dank u)';
/** What comes before a name addressed at the start of a sentence: `So, `, `Hi `, `And hello, `. */
const OPENS_ADDRESS = new RegExp(`(?:^|[.!?¡¿]\\s*)(?:(?:so|and|now|well|ok|okay),?\\s+)?(?:${GREETING},?\\s+)?$`, 'iu');
/** A greeting or thanks right before a name, after a sentence's end or at the start: `Thanks, `. */
const GREETS = new RegExp(`(?:^|[.!?]\\s+)${GREETING},?\\s+$`, 'iu');
/** Nothing before a name alone asking but `And `, `So, `. */
const ALONE_BEFORE = /^(?:(?:so|and|now|well|ok|okay),?\s+)?$/iu;

/**
 * Of names that are forms of one person's (`Dr. Maria Lopez`, `Dr. Lopez`: one surname, and one
 * first name among them, titles aside), the fullest; null where they are not, or are one name.
 */
export function fullestForm(names: string[]): string | null {
  if (names.length < 2) return null;
  const forms = names.map((n) => n.split(/\s+/).filter((w, i) => i > 0 || !TITLE.test(w)).map(foldName));
  if (new Set(forms.map((w) => w.at(-1))).size !== 1 || new Set(forms.filter((w) => w.length >= 2).map((w) => w.slice(0, -1).join(' '))).size !== 1) return null;
  return names[forms.findIndex((w) => w.length >= 2)]!;
}

/**
 * A voice a record could not name, in English and as German, French, Spanish, Italian, Portuguese and
 * Dutch records write it: `unidentified male`, `unbekannter mann`, `homme non identifié`,
 * `mujer no identificada`, `uomo non identificato`, `homem não identificado`, `onbekende spreker`.
 */
const UNIDENTIFIED = /^(?:unidentified \p{L}+(?: \p{L}+)?|unbekannte[rs]? \p{L}+|(?:nicht identifizierte[rs]?|unidentifizierte[rs]?) \p{L}+|onbekende \p{L}+|\p{L}+ (?:non identifiée?|no identificad[oa]|non identificat[oa]|não identificad[oa]))$/u;

export function roleWord(key: string): Role | null {
  // Numbered or lettered the same (`Guest 2`, `Host B`, `Audience member 1`): one of several in that role.
  // (Or, in a script without spaces, right after it: `嘉宾A`, `嘉宾1`.)
  // (And one of many told apart in parentheses: `Reporter (WDR)`.)
  const k = halfWidth(key).toLowerCase().replace(/(?<=\p{L}{3})\s+#?(?:\d{1,2}|[a-z])$|(?<=\p{Lo}{2})\s?(?:\d{1,2}|[a-z])$/u, '').replace(CROWD_PARENS, '');
  if (INTERVIEWER_WORDS.has(k)) return 'interviewer';
  // (A broadcast transcript's `UNIDENTIFIED REPORTER:`, `UNIDENTIFIED PERSON #1:`: nobody named, on neither side.)
  if (UNIDENTIFIED.test(k)) return 'other';
  // (A recording played: `Archived recording`, `Archived recording (Jane Doe)`.)
  if (ARCHIVAL_KEY.test(k)) return 'other';
  if (GUEST_WORDS.has(k)) return 'guest';
  if (OTHER_WORDS.has(k)) return 'other';
  return null;
}

/** A panel's or an event's chair by a role word (`Moderator:`, `Modératrice :`, `Moderador:`, `THE CHAIR:`): where one keeps the floor, a `Q:` beside is someone in the room. */
const MODERATOR_WORDS = new Set(['moderator', 'the moderator', 'co-moderator', 'moderatorin', 'modérateur', 'modératrice', 'moderatore', 'moderatrice', 'moderador', 'moderadora', 'gespreksleider', 'chair', 'the chair', 'chairperson', 'chairman', 'chairwoman', '司会', '主持人', '사회자']);

/** A label's key that is a moderator's word (MODERATOR_WORDS), numbered or not. */
export function isModeratorWord(key: string): boolean {
  return MODERATOR_WORDS.has(halfWidth(key).toLowerCase().replace(/(?<=\p{L}{3})\s+#?(?:\d{1,2}|[a-z])$/u, ''));
}

/** Diarization placeholders: "Speaker 0", "Speaker A", "Unknown Speaker", "Interlocutor 2", "Person 1", in other languages too ("Sprecher 1", "Talare 2", "Konuşmacı 1"). */
export function isPlaceholder(key: string): boolean {
  // A study's participant codes: `P3`, `R12`, `S1` (participant, respondent, subject).
  if (/^(?:P|R|S|PT)\d{1,3}$/.test(key)) return true;
  if (new RegExp(`^${CJK_PLACEHOLDER}$`, 'u').test(key)) return true;
  return /^(?:speaker|them|unknown speaker|unknown|voice|participant|person|interlocutor|sprecher|locuteur|intervenant|intervenante|hablante|orador|oradora|locutor|locutora|oratore|oratrice|orateur|falante|spreker|relatore|relatrice|parlante|interlocutore|interlocutrice|locutrice|sprecherin|mówca|talare|taler|puhuja|konuşmacı|mluvčí|řečník|řečnice|говорящий|спикер|話者)(?:\s+(?:\d{1,2}|[A-Z]))?$/i.test(key) && !/^(?:unknown|voice|participant|person)$/i.test(key);
}

/** Markers transcription tools put in the text between turns: `Break: [26:03]`, `Music:`. Not speakers. */
export const APPARATUS = /^(?:break|ad break|sponsor break|commercial break|music|intro music|outro music|theme music|musical interlude|interlude|silence|pause|crosstalk|inaudible|laughter|laughs|applause|end|start|ad|ads|advertisement|sponsor|sponsor message|sponsor read|ad read|(?:mid|pre|post)-?roll(?: ad| ads| break)?|commercial|transition|广告|廣告|広告|コマーシャル|광고)$/i;

/** Words that end in a colon at the start of prose without being anyone's name. */
const NOT_SPEAKERS = new Set([
  'translation', 'context', 'background', 'clarification', 'edit', 'edited', 'aside', 'footnote',
  'conclusion', 'takeaway', 'takeaways', 'fazit', 'hinweis', 'anmerkung', 'quelle', 'nota', 'nb', 'remarque', 'résumé', 'fuente', 'conclusión', 'conclusione', 'fonte',
  'note', 'notes', "editor's note", 'editor’s note', 'update', 'updated', 'correction', 'disclosure', 'disclaimer', 'source', 'sources',
  // (An editor's or a translator's note, a lead and a source in Chinese, Japanese and Korean: `编者按：...`.)
  '编者按', '编者注', '编辑按', '编按', '编注', '编者的话', '导语', '导读', '译者注', '译注', '注', '注释', '来源', '出处', '责任编辑', '声明', '免责声明',
  '編者按', '編者註', '編按', '編註', '導語', '導讀', '譯者註', '譯註', '註', '來源', '出處', '責任編輯', '聲明', '編集部注', '編注', '注記', '出典', '편집자 주', '편집자주', '출처',
  'photo', 'image', 'credit', 'credits', 'related', 'tags', 'posted', 'transcript', 'summary', 'ps', 'p.s', 'example', 'warning',
  'edit', 'important', 'listen', 'watch', 'read', 'also', 'bonus', 'spoiler', 'tl;dr', 'tldr', 'context', 'background', 'via', 'and', 'but',
  'topics', 'links', 'resources', 'references', 'video', 'audio', 'podcast', 'episode', 'chapters', 'timestamps', 'show notes', 'blog post',
  'paper', 'slides', 'website', 'twitter', 'github', 'mailing list', 'website', 'so', 'yes', 'no', 'well', 'now', 'then', 'here', 'there',
  'first', 'second', 'third', 'finally', 'today', 'remember', 'why', 'how', 'what', 'who', 'when', 'where', 'result', 'answer', 'question',
  // A page scraper's and a post's metadata above the text.
  'title', 'url', 'url source', 'source url', 'markdown content', 'published time', 'date', 'published', 'location', 'duration', 'length', 'category', 'keywords',
  // (The same fields in other languages: `Fecha:`, `Lugar:`, `Datum:`, `Ort:`, `Dauer:`, `Lieu :`, `Durée :`.)
  'fecha', 'lugar', 'duración', 'datum', 'ort', 'dauer', 'lieu', 'durée', 'luogo', 'durata', 'duração', 'plaats', 'duur',
  // A fact box on the guest (`**Zur Person:** Maria Lopez, 54, ...`, `**Age:** 54`).
  'zur person', 'steckbrief', 'bio', 'biography', 'biografie', 'profile', 'perfil', 'profilo', 'about', 'about the author', 'about the guest',
  'name', 'age', 'born', 'occupation', 'hometown', 'alter', 'geboren', 'beruf', 'âge', 'edad', 'età',
  // A picture's credit (`**Image Credits:** Rhine Works`).
  'image credit', 'image credits', 'photo credit', 'photo credits', 'photograph', 'photography', 'picture', 'illustration', 'caption', 'courtesy', 'graphic', 'photo courtesy', 'image courtesy', 'image source', 'foto', 'bild', 'bildquelle', 'crédit', 'crédits', 'crédit photo', 'crédito', 'créditos', 'fotografía',
  // A box set off in the text, not a voice (`**Quote:** ...`, `**Explainer:** ...`).
  'quote', 'quotation', 'explainer', 'definition', 'glossary', 'sidebar', 'factbox', 'fact box', 'infobox', 'fact', 'tip', 'zitat', 'citation', 'cita', 'citazione', 'erklärung', 'définition', 'definición',
  // A card for another page (`**Case Study:** Thomson Reuters`, `**Related:** ...`, `**See also:** ...`).
  'case study', 'customer story', 'success story', 'see also', 'also read', 'read also', 'read next', 'recommended', 'further reading', 'more', 'more from', 'mehr', 'lesen sie auch', 'lire aussi', 'leer más', 'leggi anche',
  // A sponsor's message set off in the text (`**Sponsored:** Timberline boots...`).
  'sponsored', 'sponsored by', 'sponsored content', 'promoted', 'promotion', 'paid partnership', 'partner content', 'anzeige', 'werbung', 'publicité', 'publicidad', 'pubblicità', 'patrocinado',
  // (Or a show's ad read, as a podcast's transcript marks it: `Sponsor:`, `Promo:`. Not `Ad:`,
  // a Dutch first name too: parse.ts's MID_NOTE_RE takes it for an ad only where it reads as one.)
  'ad read', 'advert', 'sponsor', 'sponsor read', 'sponsor message', 'promo', 'commercial', 'commercial break',
]);

/** An office a record labels its holder by: `The Chair`, `Chairman`, `The Presiding Officer`, `The Clerk`. */
const OFFICE_KEY = /^(?:the\s+)?(?:chair|chairman|chairwoman|chairperson|acting chair|deputy chair|vice[- ]chair|presiding officer|president|deputy president|speaker|deputy speaker|clerk)$/i;

/** The words for those present, plural only (`Teilnehmer`, `deltagare`, one or many, may label one voice): `attendees`, `Teilnehmende`, `asistentes`. */
export const ATTENDEES_PLURAL = 'attendees|participants|invitees|present|teilnehmende|teilnehmerinnen|anwesend|participantes|asistentes|partecipanti|deelnemers|uczestnicy|участники';
/** A record's list of those present, a side's perhaps (`Attendees:`, `Rhine Works attendees:`, `Company Participants:`, `Asistentes:`): no one's label. */
const ATTENDEES_FIELD = new RegExp(String.raw`(?:^|\s)(?:${ATTENDEES_PLURAL}|attendance)$`, 'iu');

export function couldBeSpeaker(key: string): boolean {
  // Two or three capitals are initials, even when they spell a word ("NO:" for Nora Olsen), but
  // for the abbreviations that head a note ("PS:", "NB:", "FYI:"); four ("NOTE:") are a word.
  if (/^\p{Lu}{2,3}$/u.test(key)) return !APPARATUS.test(key) && !/^(PS|NB|FAQ|FYI|BTW|TIP|CTA|URL|ETA)$/.test(key);
  return !NOT_SPEAKERS.has(key.toLowerCase()) && !APPARATUS.test(key) && !ATTENDEES_FIELD.test(key) && !/^(?:parte?|part|teil|act|acte|akt|atto|acto|chapter|section|episode|step)\s+(?:\d+|[IVX]{1,4}|one|two|three|four|five|six|seven|eight|nine|ten)$/i.test(key);
}

/** `**Sam Altman:** text` and `**Sam Altman**: text` -> `Sam Altman: text`. */
export function stripEmphasis(s: string): string {
  return s.replace(/^(\*\*|__)(.+?)(\*\*|__)/, '$2').replace(/^(\*|_)(.+?)(\*|_)/, '$2');
}

/** A time as a link's text, near a line's start: `[(00:00:03)](https://youtu.be/...&t=3)`, `[00:01:02](#t=62)`. */
const LINKED_TIME = /(?<=^(?:\S+\s+){0,4})\[([[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?[\])]?)\]\((?:https?:\/\/|\/|#)[^)\s]*\)/u;
const LINKED_TIME_IN_PARENS = /(?<=^(?:\S+\s+){0,4})\(\[(\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?)\]\((?:https?:\/\/|\/|#)[^)\s]*\)\)/u;
/** A time opening a line and a label in bold after it: `[00:01:02] **Tom Becker:** ...`. */
// (In a list's item too, `- [00:01:10] **Tom:** ...`.)
const STAMP_BOLD_LABEL = /^(\s*(?:[-*+]\s+|\d{1,3}[.)]\s+)?[[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?[\])]?\s+)(\*\*|__)(.{1,60}?)\2/u;
/** A source line with Markdown markers off: `> **Q:** x` -> `Q: x`, `\[07:58\]` -> `[07:58]`. */
function lineText(line: string): string {
  // A CMS's wrapping (`<!-- wp:paragraph --><p>`) before the words, a page's tags with their classes too (`<p class="qa">`).
  // (And the tag that closes the name, before its colon or after it: `<b>Maria Lopez</b>: ...`, `<b>Maria Lopez:</b> ...`.)
  if (line.includes('<')) line = line.replace(/^(?:\s*<!--[\s\S]*?-->|\s*<\/?[a-z][a-z0-9]*(?:\s+[a-z][\w-]*(?:\s*=\s*(?:"[^"<>]*"|'[^'<>]*'))?){0,8}\s*>)+/i, '').replace(/^([^<:：\n]{1,60}?)\s*<\/(?:b|strong|em|i|u|span|font)>\s*(?=[:：])|^([^<:：\n]{1,60}[:：])\s*<\/(?:b|strong|em|i|u|span|font)>/i, '$1$2');
  // (A heading that asks, `### Tom Becker: Why...?`, may open with a label: parse.ts reads it as a turn.)
  // A time linked to its moment in the recording (`**Tom Becker** [(00:00:03)](https://...)`,
  // `[00:01:02](https://...) **Tom Becker:**`) is the time; a label in bold after it, the label.
  // (Or inside parentheses, as Descript's Markdown sets it: `**Tom Becker** ([00:00:04](https://...)): ...`.)
  if (line.includes('](')) line = line.replace(LINKED_TIME_IN_PARENS, '($1)').replace(LINKED_TIME, '$1');
  line = line.replace(STAMP_BOLD_LABEL, '$1$3');
  // (A turn set as a list item, `- Tom Becker: ...`, `1. Tom Becker: ...`, opens with its label.)
  return stripEmphasis(line.trim().replace(/^(?:>\s*)+/, '').replace(/^(?:[-*+]|\d{1,3}[.)])\s+(?=\S)/, '').replace(/^#{2,6}\s+(?=.*[?？؟]\s*$)/, '').replace(LEADING_EMOJI, '').replace(/\\([[\]()*_])/g, '$1'))
    .replace(/^\*\*|\*\*(?=\s*[:：])|\*\*$/g, '')
    // A name linked to the speaker's page (`[Maria Lopez](https://...): ...`) is the name.
    // (Its time after it too, before the colon, and the name in bold inside: `[**Maria Lopez**](https://...) (00:05): ...`.)
    .replace(/^\[(?:\*\*|__)?([^\]\n*_]{1,60}?)(?:\*\*|__)?\]\((?:https?:\/\/|\/)[^)\s]*\)(?=\s*(?:[([]\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?[)\]]\s*)?[:：*])/, '$1')
    .replace(/^\*\*(?=\s*[:：])/, '')
    // A time set in italics after the name (`**Dwarkesh Patel** *00:00:00*`, `*(00:00:00)*`) is a time all the same.
    .replace(/\s[*_]{1,2}(\[?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?\]?|\(\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?\))[*_]{1,2}\s*$/, ' $1')
    // (Or in a code span, or in small or subscript tags: `**Tom Becker** \`00:00:05\``, `<sub>00:00:05</sub>`.)
    .replace(/\s(?:`|<(sub|sup|small|span|time|code)\b[^>]*>)(\[?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?\]?|\(\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?\))(?:`|<\/\1>)\s*$/, ' $2')
    // (And a role in italics after the name, before the colon: `**Tom Becker** *(host)*: ...`.)
    .replace(/^([^*_:：\n]{1,60}?)\s[*_]{1,2}(\([^()*_\n]{1,40}\))[*_]{1,2}(?=\s*[:：])/, '$1 $2');
}

/** `**key:**` or `__key__` at the start of a line; compiled once per key, as a transcript repeats its labels. */
function boldPattern(key: string): RegExp {
  let re = boldPatterns.get(key);
  if (!re) {
    re = new RegExp(String.raw`^(\*\*|__)${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\s*[:：]?\1`);
    if (boldPatterns.size >= 10_000) boldPatterns.clear();
    boldPatterns.set(key, re);
  }
  return re;
}
const boldPatterns = new Map<string, RegExp>();

/**
 * A full name alone on its line in bold, without a colon (`**Maria Lopez**`, the words below it),
 * as some publishers set their labels: two to four capitalised words, no closing punctuation (so
 * not a bold one-word reply such as `**Interesting.**`).
 */
// (Or with where a member sits for and their party after it, as Hansard prints them: `**Tom Becker (Bonn East) (Con)**`.)
/** A full name alone as a link (`[Maria Lopez](https://...)`, in bold inside or out): the name. */
const LINK_NAME = new RegExp(String.raw`^(?:\*\*|__)?\[(?:\*\*|__)?(${WORD}(?:\s+(?:${WORD}|${PARTICLE})){1,3})(?:\*\*|__)?\]\((?:https?:\/\/|\/)[^\s()]*\)(?:\*\*|__)?$`, 'u');
const BOLD_NAME = new RegExp(String.raw`^(\*\*|__)(${WORD}(?:\s+(?:${WORD}|${PARTICLE})){1,3})(?<![.'’\-])(?:\s*\(${PRONOUNS}\))?(?:\s*\(\p{Lu}[\p{L}\p{N} .,'’&/-]{0,40}\)){0,2}\1$`, 'u');
/** Initials alone in bold: `**ML**`, `__JH__`. */
const BOLD_INITIALS = /^(\*\*|__)(\p{Lu}{2,3})\1$/u;
/** An office with the holder's name after it in parentheses, alone in bold, as Hansard prints ministers: `**The Secretary of State for Transport (Maria Lopez)**`. */
const BOLD_OFFICE_NAME = new RegExp(String.raw`^(\*\*|__)((?:The\s+)?\p{Lu}[\p{L} ,'’-]{2,90}?)\s*\((${WORD}(?:\s+(?:${WORD}|${PARTICLE})){1,3})\)\1$`, 'u');
/** The same in capitals, as scripts and some exports set a name above the words (`MARIA LOPEZ`). */
export const CAPS_NAME = /^(\p{Lu}[\p{Lu}\p{M}'’.\-]*(?:\s+\p{Lu}[\p{Lu}\p{M}'’.\-]*){1,3})(?<![.'’\-])$/u;

/** A full name: two to four capitalised words (not `Revenue (EUR):`, a figure's label). */
export const FULL_NAME_KEY = /^\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.-]*|de|van|von|der|da|di|del|la|le|los|las|ibn|bin|(?:a[lrdstzn]|ash|el|ul|ud)-\p{Lu}[\p{L}\p{M}'’.-]*)){1,5}$/u;
/** A party or a group in parentheses closing a label, as parliaments' records print speakers (`Tom Becker (CDU/CSU):`, `Maria Lopez (S&D). –`), the speech opening with a capital. */
const RECORD_PARTY = /\(\p{Lu}[\p{L}\p{N}&.'’\/-]{0,20}\)\s*(?:[:：]|\.?\s*[-–—])?\s*$/u;

/** The label a source line opens with, or that it consists of alone (`**Sam Altman:**`, `**Sam Altman**`). */
export const lineLabel = memoized(readLineLabel);

function readLineLabel(line: string): { key: string; alias: string | null; only: boolean; bold: boolean; alone?: true; stamped?: boolean; rest?: string; asks?: true; recorded?: true; doubleDash?: true; titled?: true } | null {
  // (In a quote too, `> **Maria Lopez**` above `> words`.)
  if (line.startsWith('>')) line = line.replace(/^(?:>\s*)+/, '');
  if (line.length <= 120 && (line.includes('**') || line.includes('__'))) {
    const b = BOLD_NAME.exec(line.trim());
    if (b) return { key: b[2]!, alias: null, only: true, bold: true, alone: true };
    const o = BOLD_OFFICE_NAME.exec(line.trim());
    if (o && !roleWord(o[2]!)) return { key: o[3]!, alias: null, only: true, bold: true, alone: true };
    // (Or initials alone in bold, `**ML**`, as a page sets them above each answer: a label only
    // where such names are, see speakerKeyTest.)
    const i = BOLD_INITIALS.exec(line.trim());
    if (i) return { key: i[2]!, alias: null, only: true, bold: true, alone: true };
  }

  if (line.length <= 60) {
    const c = CAPS_NAME.exec(line.trim());
    if (c) return { key: c[1]!, alias: null, only: true, bold: false, alone: true };
  }
  // Every label has a colon, a dash after a short key, a timestamp near the start, a bracket
  // opening the line (in bold too, `**[Silva]** “...”`), a question's or an answer's letter and a full stop (`Q. `) or an
  // ideographic space after a name: most lines of a transcript have none of these and need no regex.
  const head = line.length > 120 ? line.slice(0, 120) : line;
  if (!/[:：]|\s[-–—]\s|\.[-–—]\s|\d:\d|\dm\s?\d{1,2}s\b|^\s*(?:\*\*|__)?[[【［]|^\s*(?:\*\*|__)?(?:[QAPRD]|[QA]\d{1,3}|Pregunta|Respuesta|Domanda|Risposta)[.)]\s|^\s*(?:The|Senator|Representative|Congress\w+|Delegate|Chair\w*|Vice|Ranking|Secretary|Mrs?\.|Ms\.|Dr\.|General|Admiral|Governor|Ambassador|Commissioner|Administrator|Judge|Mayor)\s[^.]{0,50}\.\s/.test(head) && !(head.includes('\u3000') && /^\S{1,12}\u3000/.test(head))) return null;
  const t = lineText(line);
  const m = matchLabel(t);
  // Set in bold on its own (`**Bo Ek:** ...`), apart from the words: a label's typography.
  const boldLabel = (key: string) => boldPattern(key).test(line.trim());
  if (m) return { key: m.key, alias: m.alias, only: false, bold: boldLabel(m.key), stamped: m.time != null, rest: t.slice(m.length), ...(m.role === 'interviewer' && (QUESTION_FROM.test(t) || m.asks) ? { asks: true as const } : {}), ...((m.dotDash || (FULL_NAME_KEY.test(m.key) && RECORD_PARTY.test(t.slice(0, m.length)))) && /^[\p{Lu}"“‘'(¿¡]/u.test(t.slice(m.length)) ? { recorded: true as const } : {}), ...(/\s--\s/.test(t.slice(0, m.length)) ? { doubleDash: true as const } : {}), ...(m.titled ? { titled: true as const } : {}) };
  const o = matchLabelOnly(t);
  return o && o.key && o.marked ? { key: o.key, alias: o.alias, only: true, bold: boldLabel(o.key), ...(FULL_NAME_KEY.test(o.key) && RECORD_PARTY.test(t) ? { recorded: true as const } : {}) } : null;
}

/** Initials of a name: "Jensen Huang" -> JH, "Florence d’Alché-Buc" -> FA. */
export function initialsOf(name: string): string {
  return name
    .split(/[\s]+/)
    .filter((w) => /^\p{Lu}/u.test(w) || /^[dl]['’]\p{Lu}/u.test(w))
    .map((w) => (/^[dl]['’]/u.test(w) ? w[2]! : w[0]!))
    .join('');
}

/** A person's name folded for comparison: case, curly quotes, spacing and Latin accents do not make another person. */
export function foldName(s: string): string {
  // Latin accents aside (`María López` is `Maria Lopez`); other scripts' marks are letters' own.
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC').replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Words of a page's furniture, never of a name: a line alone of them (`SKIP ADVERTISEMENT`, `RELATED COVERAGE`) is no label. */
export const PAGE_WORDS = /\b(?:advertisement|advertising|skip|sponsored|related|coverage|continue|reading|stories|subscribe|newsletter|share|comments?|menu|transcript|highlights|contents|photos?|videos?|credits?|chapter|episode|introduction|conclusion|summary|takeaways?|thoughts|bottom line|verdict|methodology|privacy|policy|terms|cookies?|sign in|log in|read more|watch|listen)\b/i;

/** Words that head a line naming a person, above a transcript: `Guest: Maria Lopez`. */
// (And a broadcast's anchor, reporter, correspondent or newsreader, who asks, its producer: each names the label of its word, `ANCHOR:`.)
const HEADER_FIELD = /^(?:speakers?|presenters?|guests?|hosts?|interviewers?|interviewees?|moderators?|panell?ists?|producers?|executive producers?|anchor|reporter|correspondent|newsreader)$/;
/** A credit's word before the names it credits (`Interview: Tom Becker`, `Fotos: Ana Silva`, `Texte : ...`). */
const CREDIT_KEY = /^(?:interview|interviews|text|texte|texto|testo|tekst|teksti|kuvat?|fotos?|photos?|photography|photographs|bilder|illustrations?|autor|autorin|auteure?|author|redaktion|entrevista|entretien|intervista|wywiad|gesprek|röportaj|intervju|haastattelu|interjú|interviu|words|reporting)$/i;
/** Names alone, one to three, as a credit gives them: `Tom Becker`, `Tom Becker und Ana Silva`, `Ana Silva/Rhine Post`. */
const CREDIT_NAMES = /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}(?:\s*(?:,|&|\/|\band\b|\bund\b|\bet\b|\by\b|\be\b)\s*\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}){0,2}\.?$/u;
/** A credit line: a credit's word, a colon and names alone (`Interview: Tom Becker`, `**Fotos:** Ana Silva und Paul Kim`). */
export function creditLine(text: string): boolean {
  const m = /^([\p{L}]+)\s*[:：]\s*(.+)$/u.exec(text.replace(/[*_]/g, '').trim());
  return m != null && credits(m[1]!, m[2]!);
}
/** A credit's word and, after it, names alone. */
function credits(word: string, names: string): boolean {
  return CREDIT_KEY.test(word) && CREDIT_NAMES.test(names.replace(/[*_]/g, '').trim());
}
/** The same fields in other languages, as the English word they stand for: `Moderation:` is `moderator:`, `Auf dem Podium:` and `Intervenants :` are `panelists:`. */
const HEADER_ALIASES = new Map<string, string>([
  ...['chair', 'chairperson', 'chaired by', 'moderated by', 'moderation', 'moderator', 'moderatorin', 'modérateur', 'modératrice', 'animateur', 'animatrice', 'animation', 'moderador', 'moderadora', 'moderación', 'moderatore', 'moderatrice', 'moderazione', 'presentator', 'presentatrice', 'gespreksleider', 'presenta', 'presentación', 'presentadora', 'presentador', 'conduce', 'conducción', 'conduzione', 'conduttrice', 'conduttore', 'apresentação', 'apresentadora', 'apresentador', 'présentation', 'présentatrice', 'présentateur'].map((w) => [w, 'moderator'] as const),
  ...['gast', 'zu gast', 'invité', 'invitée', 'invitado', 'invitada', 'ospite', 'convidado', 'convidada'].map((w) => [w, 'guest'] as const),
  // (An oral history's narrator, a study's respondent: the one interviewed.)
  ...['narrator', 'respondent'].map((w) => [w, 'interviewee'] as const),
  // (A committee's witnesses, those it hears: `Witnesses: Professor Maria Lopez and Paul Kim.`)
  ['witness', 'guest'],
  ['witnesses', 'guests'],
  ...['gäste', 'invités', 'invitées', 'invitados', 'invitadas', 'ospiti', 'convidados', 'gasten'].map((w) => [w, 'guests'] as const),
  ...['auf dem podium', 'podium', 'podiumsgäste', 'diskutanten', 'diskutierende', 'intervenants', 'intervenantes', 'panélistes', 'ponentes', 'panelistas', 'participantes', 'relatori', 'relatrici', 'panelisten', 'sprekers', 'uczestnicy', 'participan', 'intervienen'].map((w) => [w, 'panelists'] as const),
  // (One of them, numbered as a panel's list numbers them: `Teilnehmerin 1:`, `Participante 2:`.)
  ...['teilnehmer', 'teilnehmerin', 'participante', 'panelista', 'panéliste'].map((w) => [w, 'panelist'] as const),
  ...['referent', 'referentin', 'redner', 'rednerin', 'conférencier', 'conférencière', 'orador', 'oradora', 'ponente', 'relatore', 'relatrice', 'spreker'].map((w) => [w, 'speaker'] as const),
]);
/** A Chinese or Japanese role word as a header's field (`聞き手`, `主持人`, `嘉宾`): one of the role words, in a script without case. */
const cjkHeaderField = (field: string) => /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+$/u.test(field) && (roleWord(field) === 'interviewer' || roleWord(field) === 'guest');
const CJK_HEADER_VALUE = /^([\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}·・ー]{2,12})(?:[（(][^)）]{0,30}[)）])?$/u;
/** A Japanese or Chinese credit's field, one or several (`構成・文`, `取材・撮影`, `摄影`): who wrote it up, asked, took the pictures. */
const CJK_CREDIT_WORD = '(?:文|文字|構成|取材|聞き手|インタビュー|写真|撮影|編集|翻訳|通訳|撰文|采访|采写|摄影|编辑|編輯|翻译)';
const CJK_CREDIT_FIELD = new RegExp(`^${CJK_CREDIT_WORD}(?:\\s*[・/／、]\\s*${CJK_CREDIT_WORD})*$`, 'u');
/** A credit line above a Japanese or Chinese interview, `構成・文：トム・ベッカー`: a field of credits and a name in its script. */
const cjkCredit = (line: string) => {
  const t = lineText(line).replace(/[*_]/g, '').trim();
  const colon = /[:：]/.exec(t);
  return colon != null && CJK_CREDIT_FIELD.test(t.slice(0, colon.index).trim()) && CJK_HEADER_VALUE.test(t.slice(colon.index + 1).trim());
};
/** A header field's value: a name, and where the person comes from. */
const HEADER_VALUE = /^(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){1,3})(?:\s*[,(][^.!?]{0,60})?$/u;

/**
 * A header line before an interview that names someone for a field: `Speaker: Maria Lopez, Rhine
 * Works`, `Guest: Maria Lopez`, `Host: Tom Becker`, going on to other fields perhaps (`Moderator:
 * Ana Silva, Rhine Institute. Panelists: ...`). The field in small letters, and the name.
 */
export function headerLine(line: string): { field: string; name: string } | null {
  let t = lineText(line).replace(/[*_]/g, '').trim();
  // (A field's word and a dash before the name, as a colon: `Host — Tom Becker`, `Interviewer – Tom
  // Becker; Interviewee – Maria Lopez`; never a side's letter, read below as a legend.)
  if (!/[:：]/.test(t) && /\s[–—-]\s/.test(t)) {
    const dashed = /^(\p{L}[\p{L} ]{2,24}?)\s+[–—-]\s+(?=\p{Lu})/u.exec(t);
    const word = dashed?.[1]!.toLowerCase();
    if (dashed && HEADER_FIELD.test(HEADER_ALIASES.get(word!) ?? word!)) t = `${dashed[1]}: ${t.slice(dashed[0].length)}`.replace(/[.;]\s+(\p{L}[\p{L} ]{2,24}?)\s+[–—-]\s+(?=\p{Lu})/gu, '. $1: ');
  }
  const colon = /[:：]/.exec(t);
  // (A legend above a Q&A, the side's letter and whom it stands for: `Q – Tom Becker, Bridge Talk`, `A = Maria Lopez`.)
  const legend = colon ? null : /^(\p{L}{1,2})\s*[–—=-]\s+(.+)$/u.exec(t);
  if (legend && isSideWord(legend[1]!)) {
    const side = roleWord(legend[1]!);
    const m = HEADER_VALUE.exec(legend[2]!.replace(/\.$/, ''));
    return m && (side === 'interviewer' || side === 'guest') ? { field: side, name: m[1]! } : null;
  }
  if (!colon) return null;
  // (What the field's label is shortened to below, in parentheses, is no part of it: `Interviewer (INT): Tom Becker`.)
  const field = t.slice(0, colon.index).trim().toLowerCase().replace(/\s*\([\p{L}\d .]{1,12}\)$/u, '');
  // (`聞き手：佐藤花子`, `主持人：李娜`: a Chinese or Japanese field and a name in its script, read as `interviewer:` or `guest:`.)
  if (cjkHeaderField(field)) {
    const name = CJK_HEADER_VALUE.exec(t.slice(colon.index + 1).trim())?.[1];
    return name ? { field: roleWord(field) === 'guest' ? 'guest' : 'interviewer', name } : null;
  }
  // (A numbered one too, `Panelist 1: Maria Lopez, Rhine Works`, `Teilnehmerin 1: ...`, as a panel lists who takes part.)
  const unnumbered = field.replace(/(?<=\p{L}{3})\s(?:\d{1,2}|[a-z])$/u, '');
  const canonical = HEADER_ALIASES.get(field) ?? HEADER_ALIASES.get(unnumbered) ?? unnumbered;
  if (!HEADER_FIELD.test(canonical)) return null;
  // (The next field of two words too, `Zu Gast:`.)
  const [value, ...more] = t.slice(colon.index + 1).trim().split(/\.\s+(?=[\p{L}-]+(?: [\p{L}-]+)?\s*[:：])/u);
  const v = value!.replace(/\.$/, '');
  // (A field for several lists them: `Panelists: Maria Lopez (Rhine Works), Paul Kim (Bonn University) and Li Wei`.)
  // (Or a word for one naming two, `Moderation: Tom Becker und Ana Silva`.)
  const m = HEADER_VALUE.exec(v) ?? listedNames(v);
  if (!m || !more.every((f) => {
    const next = f.replace(/\s*[:：].*$/su, '').toLowerCase();
    return HEADER_FIELD.test(HEADER_ALIASES.get(next) ?? next);
  })) return null;
  return { field: canonical, name: m[1]! };
}

/** A list of header values apart by commas, semicolons or "and" outside parentheses, each a name: the first, as HEADER_VALUE gives it. */
function listedNames(value: string): RegExpExecArray | null {
  const items: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i <= value.length; i++) {
    const c = value[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (i === value.length || (depth === 0 && (c === ',' || c === ';'))) {
      items.push(value.slice(start, i));
      start = i + 1;
    }
  }
  // (In other languages too: `Tom Becker und Ana Silva`, `... et ...`, `... y ...`, `... e ...`.)
  const names = items.flatMap((x) => x.split(/\s+(?:and|&|und|et|y|e|en|och|og)\s+/)).map((x) => x.trim().replace(/^(?:and|&|und|et|y|e|en|och|og)\s+/, ''));
  if (names.length < 2 || names.some((n) => !HEADER_VALUE.test(n))) return null;
  return HEADER_VALUE.exec(names[0]!);
}

/** A line with a link or spam vocabulary: injected, not someone speaking once (`Cheap Rolex Replica, Best Watches: buy now at ...`). */
export function spammy(line: string): boolean {
  // (A time linked to its moment in the recording, `[00:00:07](https://...)`, is no link of spam's.)
  if (line.includes('](')) line = line.replace(/\[\(?\d{1,2}(?::\d{2}){1,2}(?:\.\d+)?\)?\]\([^)\s]*\)/g, '');
  if (new RegExp(URL_RE.source, 'i').test(line)) return true;
  // (A word spam uses but speech does too, `crack`, `panel`, `loans`, counts only with another.)
  const hits = spamTerms(words(line), line.toLowerCase());
  return hits.some((h) => h.weight >= 3) || hits.length >= 2;
}

/** Titles that stand before names: `Dr.`, `Prof.`, `Senator`, Spanish `Dra.`, `Lic.`... (a bare "Senator:" is not Senator Black). */
export const TITLE = /^(?:senator|sen|mayor|governor|ambassador|commissioner|councillor|councilor|councilman|councilwoman|representative|rep|congressman|congresswoman|chair|chairman|chairwoman|president|minister|judge|justice|mr|mrs|ms|miss|mx|dr|dra|doctora|prof|profa|professor|lic|licda|arq|sir|dame|lord|lady|madam|mister|herr|frau|señor|señora|monsieur|madame|sr|sra|srta|mme|mlle|dott|dott\.ssa|ing|signora|signor|senhora|senhor|mevrouw|meneer|abg|vorsitzende|vorsitzender|präsident|präsidentin|vizepräsident|vizepräsidentin|sachverständige|sachverständiger|bundesminister|bundesministerin|ministerin|staatssekretär|staatssekretärin)\.?$/i;

/**
 * A pronoun before a colon (`Him: "Are you sitting down?"`, `Me: "No."`) is a speaker recounting a
 * conversation inside a turn (`Er:`, `Lui :`, `Él:` too); it labels turns only where it takes turns with others (a blog's `Me:`
 * between `Maria:` and `Maria:`, or `Me:` and `Him:` throughout).
 */
const PRONOUN = /^(?:me|him|her|he|she|us|we|them|they|myself|ich|er|sie|wir|mich|ihn|ihm|moi|lui|elle|nous|eux|elles|je|il|yo|él|ella|nosotros|ellos|ellas|io|lei|noi|loro|eu|ele|ela|nós|eles|ik|hij|zij|wij|mij)$/i;

/** Words that open a writer's phrase before a colon, not a name (`Bottom Line:`, `Key Takeaways:`, `Step One:`). */
const PHRASE_WORDS = new Set('a an the my our your this that key bottom step part act lesson lessons fun quick big main final short long first second third next last top best rule tip tips fact facts case point side important be do read listen watch more full show episode chapter bonus pro fast further other related see der die das ein eine mein unser kurz im zum le la les un une mon notre en el los las mi nuestro il lo gli'.split(' '));

/** The word a key that may set out a point stands on: `Problem`, `Lesson` of `Lesson 1`, `Rat` of `Mein Rat`. */
function pointWord(key: string): string | null {
  if (ONE_NAME.test(key)) return key;
  const numbered = /^(\p{Lu}\p{Ll}+) \d{1,3}$/u.exec(key);
  if (numbered) return numbered[1]!;
  // (Not a title after its article, `Le président`: the chair of a record.)
  const phrase = /^(\p{L}+) (\p{L}+)$/u.exec(key);
  return phrase && PHRASE_WORDS.has(phrase[1]!.toLowerCase()) && !ARTICLE_TITLE_KEY.test(key) ? phrase[2]! : null;
}

/** A title and one surname, in capitals or not: `Senator SILVA`, `Mr Kim`, `Prof. Lopez`. */
const titledSurname = (key: string) => {
  const w = key.split(/\s+/);
  return w.length === 2 && TITLE.test(w[0]!) && /^\p{Lu}/u.test(w[0]!) && /^\p{Lu}[\p{L}'’-]+$/u.test(w[1]!);
};
/** A title and a surname in capitals: `MR. SILVA`, `MS. KIM`. */
export const CAPS_TITLED = /^(?:MR|MRS|MS|DR|PROF)\.?\s+\p{Lu}[\p{Lu}'’-]+$/u;

/** A caption's change of speaker (`>>`) or of story (`>>>`) opening a line. */
export const CAPTION_MARK = /^\s*>>>?(?!>)\s*(?=\S)/;

/** An article or a determiner, capitalised opening a sentence, before a noun that German capitalises too (`Das`, `Kein`, `Unser`; `The`, `Le`, `El`, `Il`, `O`, `Het`): no first name. */
const DETERMINER = /^(?:the|a|an|this|that|these|those|my|our|your|his|her|its|their|no|der|die|das|den|dem|des|ein|eine|einen|einem|einer|kein|keine|keinen|dieser|diese|dieses|diesen|jeder|jede|jedes|mein|meine|dein|deine|sein|seine|ihr|ihre|unser|unsere|euer|eure|le|la|les|l|un|une|ce|cet|cette|ces|mon|ma|mes|notre|nos|votre|leur|el|los|las|una|unos|unas|este|esta|estos|estas|ese|esa|mi|mis|su|sus|nuestro|nuestra|il|lo|gli|uno|questo|questa|quel|quella|o|os|as|um|uma|esse|essa|meu|minha|het|een|dit|deze|dat|die)$/i;

/** A word and the capitalised word after it (`Maria Lopez`, `Paul McCartney`), each pair of a line, overlapping. */
const NAME_PAIR = /(?<![\p{L}\p{M}'’.-])([\p{L}\p{M}'’.-]+)(?=\s+(\p{Lu}[\p{L}\p{M}'’-]*\p{Ll}[\p{L}\p{M}'’-]*)(?![\p{L}\p{M}]))/gu;

/** A speaker's full name, then a dash, a bar or a comma and more (`Ana Silva - Chief Financial Officer`). */
export const NAME_THEN_ROLE = /^\s*(?:[*_]{1,2})?(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}?)(?:[*_]{1,2})?(?:\s+-{1,2}|\s*[–—]|,|\s+\|)\s+\S/u;

/**
 * Which label keys are speakers in a document: those the front matter declares (by key or
 * name, or a listed name's first name, last name or initials), role words (Q, A...), labels
 * that define initials (`Sam Altman (SA):`), placeholders (`Speaker 0`), and any other `Name:`
 * that opens at least two lines, or once when it is a full name the document's other labels
 * or its text bear out (so a lone `Note:` stays text). Shared by the spam filter and the
 * parser so both agree.
 */
/** Words spam writes that are people's names too (Indonesian's and Turkish's words for gambling, `judi`, `kumar`). */
const NAME_TOO = new Set(['judi', 'kumar']);
/** Spam's words in a speaker's name, but for such a word in a person's full name (`Judi Dench`, `Rajesh Kumar`). */
export function nameSpamTerms(name: string): SpamHit[] {
  const person = /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,3}$/u.test(name);
  return spamTerms(words(name), name.toLowerCase()).filter((h) => !(person && NAME_TOO.has(h.term)));
}
/** The commonest Chinese surnames, one character each: where a name run into the job before it starts, and how a name of two or three characters opens. */
/** The commonest Japanese family names, as a label gives one alone (`鈴木：`) or before the given name (`鈴木誠：`). */
const JA_SURNAMES = new Set('佐藤 鈴木 高橋 田中 伊藤 渡辺 山本 中村 小林 加藤 吉田 山田 佐々木 山口 松本 井上 木村 斎藤 清水 山崎 池田 橋本 阿部 石川 山下 中島 石井 小川 前田 岡田 長谷川 藤田 後藤 近藤 村上 遠藤 青木 坂本 斉藤 福田 太田 西村 藤井 金子 岡本 藤原 中野 三浦 原田 中川 松田 竹内 小野 田村 中山 和田 石田 森田 上田 柴田 酒井 工藤 横山 宮崎 宮本 内田 高木 安藤 島田 谷口 大野 高田 丸山 今井 河野 藤本 村田 武田 上野 杉山 増田 小山 大塚 平野 菅原 久保 松井 千葉 岩崎 桜井 木下 野口 松尾 菊地 野村 新井 渡部'.split(' '));
export const ZH_SURNAMES = new Set('王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'.split(''));
/** The most common Korean surnames, one syllable or two (`김`, `이`, `박`, `남궁`): a Korean name of one word opens with one. */
export const KO_SURNAMES = new Set('김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 유 전 홍 고 문 양 손 배 백 허 남 심 노 하 곽 성 차 주 우 구 민 진 나 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 선 설 마 길 연 위 표 명 기 반 왕 금 옥 육 인 맹 제 모 탁 국 어 은 편 용 예 경 봉 사 부 황보 남궁 제갈 선우 독고 사공 서문'.split(' '));
/** A Korean name of one word, two to four syllables, opening with a common surname (`김민수`, `남궁민`); not `다리` ("bridge"). */
export const koreanName = (word: string): boolean => /^\p{Script=Hangul}{2,4}$/u.test(word) && (KO_SURNAMES.has(word[0]!) || (word.length >= 3 && KO_SURNAMES.has(word.slice(0, 2))));

/** A publication's name's article (`DER SPIEGEL`, `The Economist`, `LE MONDE`, `EL PAÍS`, `DE VOLKSKRANT`), which its later labels may leave out. */
export const PUBLICATION_ARTICLE = /^(?:the|der|die|das|le|la|les|el|il|lo|de|het)\s+(?=\p{Lu})/iu;

/** A line that is a question wholly in bold or in italics: `**Why steel?**`, `__¿Por qué?__`, `*Why steel?*`. */
// (In bold, a link with an underscore in its address inside it too, `**... [keynote](<https://youtu.be/jw_o0>)?**`.)
const BOLD_QUESTION = /^(?:(\*\*|__)(?!\s)(?:(?!\1)[^\n]){1,2000}[?？؟]\1|([*_])(?![\s*_])[^*_\n]{1,600}[?？؟]\2)$/u;
/** A line wholly in bold or in italics, whatever closes it: `**Maria, welcome.**`. */
const BOLD_LINE = /^(?:(\*\*|__)(?!\s)(?:(?!\1)[^\n]){1,2000}(?<!\s)\1|([*_])(?![\s*_])[^*_\n]{1,600}(?<!\s)\2)$/u;

/** A line closing with a question: its mark, bold or a quotation mark after it perhaps, or Japanese's asking particle and a full stop. */
const asksAtEnd = (line: string) => {
  const end = line.trimEnd().slice(-12);
  return /[?？¿؟][*_]*["”’»)]?$/u.test(end) || JA_ASKS_END.test(end);
};

export function speakerKeyTest(lines: string[], declared: string[]): (key: string) => boolean {
  const counts = new Map<string, number>();
  const defined = new Set<string>();
  /** Keys and what they go by, as labels defined them (`Sam Altman (SA):`). */
  const aliases: [string, string][] = [];
  /** The keys of the lines that open with a label, in order. */
  const order: string[] = [];
  const firstLength = new Map<string, number>();
  const firstLine = new Map<string, string>();
  const firstIndex = new Map<string, number>();
  const bold = new Map<string, boolean>();
  /** How many lines each key labels in bold. */
  const boldUses = new Map<string, number>();
  /** Keys set as a parliament's record sets its speakers at every use: a party in parentheses, or a full stop and a dash (`Tom Becker (CDU/CSU):`, `President. – ...`). */
  const recorded = new Map<string, boolean>();
  /** Keys set as the US Congress sets its speakers at every use (`Senator Becker. ...`). */
  const titled = new Map<string, boolean>();
  /** Keys with what the speaker does after a double dash at every use (`Maria Lopez -- Chief Executive Officer:`), as earnings calls print them. */
  const doubleDash = new Map<string, boolean>();
  /** Keys set in bold or with a time at every use (`**swyx** [00:00:09]:`): how a handle in small letters is known for a label. */
  const setApart = new Map<string, boolean>();
  const handleLines = new Map<string, string[]>();
  /** What each label line says after its label, and what a key's first line says. */
  const rests: [string, string][] = [];
  /** The same, by key. */
  const restsOf = new Map<string, string[]>();
  /** What the line under a name alone says, for each such name's use. */
  const saidUnder: [string, string][] = [];
  const firstRest = new Map<string, string>();
  let fullNameLabels = 0;
  /** How many times each name alone stands right under a question wholly in bold or italics (`**Why steel?**` / `**Maria Lopez**` / words). */
  const underBoldQuestion = new Map<string, number>();
  /** And under a line wholly so set that asks nothing (`**Maria, welcome.**`). */
  const underBoldLine = new Map<string, number>();
  /** Keys only ever written as a name alone on its line, without a colon (`**Maria Lopez**`, `MARIA LOPEZ`). */
  const alone = new Map<string, boolean>();
  /** Keys written with a time at every use, alone above the words (`Maria Lopez | 00:25`) or before them (`Maria Lopez (00:25): ...`, `[00:00:25] Maria Lopez: ...`). */
  const timed = new Map<string, boolean>();
  /** Keys named after a caption's change of speaker (`>> MARIA LOPEZ:`), in a file marked so throughout. */
  const afterMark = new Set<string>();
  /** How many of each key's lines stand right under a line no label opens that asks (`What about steel?` / `Kim: It rusts.`). */
  const underQuestion = new Map<string, number>();
  let marks = 0;
  let above: string | null = null;
  for (const [index, l] of lines.entries()) {
    const lineAbove = above;
    if (l.trim() !== '') above = l;
    const mark = CAPTION_MARK.test(l);
    if (mark) marks++;
    const label = lineLabel(l);
    if (!label) continue;
    if (mark && !label.only) afterMark.add(label.key);
    if (!label.only && lineAbove != null && asksAtEnd(lineAbove) && lineLabel(lineAbove) == null) underQuestion.set(label.key, (underQuestion.get(label.key) ?? 0) + 1);
    if (label.rest !== undefined) {
      rests.push([label.key, label.rest]);
      (restsOf.get(label.key) ?? restsOf.set(label.key, []).get(label.key)!).push(label.rest);
      if (!firstRest.has(label.key)) firstRest.set(label.key, label.rest);
    } else if (label.only) {
      // (A name alone above the words, `Tom Becker  10:02` / `How many...?`: the line under it is what it says.)
      const under = lines.slice(index + 1, index + 3).find((x) => x.trim() !== '');
      if (under != null && lineLabel(under) == null) saidUnder.push([label.key, under.trim()]);
      // (And whether the line above it is such a question.)
      const above = lines.slice(Math.max(0, index - 2), index).findLast((x) => x.trim() !== '');
      if (above != null && BOLD_QUESTION.test(above.trim())) underBoldQuestion.set(label.key, (underBoldQuestion.get(label.key) ?? 0) + 1);
      else if (above != null && BOLD_LINE.test(above.trim())) underBoldLine.set(label.key, (underBoldLine.get(label.key) ?? 0) + 1);
    }
    counts.set(label.key, (counts.get(label.key) ?? 0) + 1);
    alone.set(label.key, (alone.get(label.key) ?? true) && label.alone === true);
    timed.set(label.key, (timed.get(label.key) ?? true) && (label.only ? /\d:\d\d/.test(l) : label.stamped === true));
    if (!firstLength.has(label.key)) {
      // (The words of its paragraph, the lines under it too, as a text hard-wrapped at a fixed width
      // goes on: a first turn's length is not its first line's.)
      let length = l.trim().length - label.key.length;
      if (!label.only) for (let j = index + 1; j < lines.length && j <= index + 20 && lines[j]!.trim() && !lineLabel(lines[j]!); j++) length += 1 + lines[j]!.trim().length;
      firstLength.set(label.key, length);
      firstLine.set(label.key, l);
      firstIndex.set(label.key, index);
    }
    if (!label.only) bold.set(label.key, (bold.get(label.key) ?? true) && label.bold);
    if (!label.only && label.bold) boldUses.set(label.key, (boldUses.get(label.key) ?? 0) + 1);
    recorded.set(label.key, (recorded.get(label.key) ?? true) && label.recorded === true);
    titled.set(label.key, (titled.get(label.key) ?? true) && label.titled === true);
    doubleDash.set(label.key, (doubleDash.get(label.key) ?? true) && label.doubleDash === true);
    setApart.set(label.key, (setApart.get(label.key) ?? true) && (label.bold || label.stamped === true || /^\s*(?:\*\*|__)/.test(l)));
    if (HANDLE_START.test(label.key)) {
      const list = handleLines.get(label.key);
      if (list) list.push(l);
      else handleLines.set(label.key, [l]);
    }
    if (!label.only) {
      order.push(label.key);
    }
    // (`Question from Jane Doe:` says outright that Jane Doe asks.)
    if (label.asks) defined.add(label.key.toLowerCase());
    if (label.alias) aliases.push([label.key, label.alias]);
  }
  // A name and what it goes by, in parentheses: `Sam Altman (SA):`, `MODERATOR (Jane Kim):`,
  // `Thomas "Tom" Becker:` (then `Tom:`). Not a word and a unit, `Revenue (EUR):`, nor a name and a
  // place, `Rhine Works (Bonn):`: a single word goes by it only where it is its initials or a label too.
  for (const [key, alias] of aliases) {
    // (A name in a script without capitals, what it goes by labelling turns: `汤姆·贝克尔（以下简称TB）：`, then `TB：`.)
    if (initialsOf(key) !== alias && !(/\s/.test(key) && (!/^\p{Lu}\p{Ll}+$/u.test(alias) || counts.has(alias))) && !(/^[\p{Lo}·・ー]+$/u.test(key) && counts.has(alias))) continue;
    defined.add(key.toLowerCase());
    defined.add(alias.toLowerCase());
  }
  // The same person labelled with a title and the full name, then with the title and the surname
  // (`Dr. Maria Lopez:`, then `Dr. Lopez:`): counted together.
  const surnameCount = new Map<string, number>();
  const surname = (k: string) => {
    const words = k.split(/\s+/);
    return words.length >= 2 ? words.at(-1)!.toLowerCase() : null;
  };
  for (const [k, n] of counts) {
    const sn = TITLE.test(k.split(/\s+/)[0]!) ? surname(k) : null;
    if (sn) surnameCount.set(sn, (surnameCount.get(sn) ?? 0) + n);
  }
  let wordLabels = 0;
  /** Regulars labelled by one word in capitals (`PIETER:`, `STEPHANIE:`). */
  let capsWordLabels = 0;
  for (const [k, n] of counts) {
    if (n < 2 || !couldBeSpeaker(k)) continue;
    if (/\s/.test(k)) fullNameLabels++;
    else if (ONE_NAME.test(k)) wordLabels++;
    else if (CAPS_WORD.test(k)) capsWordLabels++;
  }
  let doc: string | null = null;
  const mentions = (k: string) => {
    doc ??= lines.join('\n').toLowerCase();
    return doc.split(k.toLowerCase()).length - 1;
  };
  const known = new Set<string>();
  for (const d of declared) {
    known.add(d.toLowerCase());
    const parts = d.split(/\s+/).filter(Boolean);
    if (parts.length >= 2) {
      known.add(parts[0]!.toLowerCase());
      known.add(parts.at(-1)!.toLowerCase());
      known.add(initialsOf(d).toLowerCase());
      // (`AA` for Andreas M. Antonopoulos: the first and the last initial.)
      if (parts.length >= 3) known.add(`${parts[0]![0]}${parts.at(-1)![0]}`.toLowerCase());
    }
  }
  // The same name written with and without accents or in capitals (`Maria Lopez:`, `María López:`,
  // `MARIA LOPEZ:`) is one label, counted together.
  const folded = new Map<string, number>();
  for (const [k, n] of counts) folded.set(foldName(k), (folded.get(foldName(k)) ?? 0) + n);
  // A name alone on its line is a label only beside other speakers: two such names, or one and
  // labels of another kind. A page's repeated `SKIP ADVERTISEMENT` between paragraphs is nobody.
  const repeated = [...counts].filter(([k, n]) => n >= 2 && couldBeSpeaker(k));
  const aloneNames = repeated.filter(([k]) => alone.get(k) && !PAGE_WORDS.test(k)).length;
  const otherLabels = repeated.filter(([k]) => !alone.get(k)).length;
  // (Or one such name, alone above every answer, right under each question, the questions wholly in
  // bold or in italics and unlabelled: `**Why steel?**` / `**Maria Lopez**` / `Because...`, the one who answers.)
  // (Some of those lines may ask nothing, a welcome or a remark, `**Maria Lopez, welcome.**`, one at least asking.)
  const answersBold = aloneNames === 1 && repeated.some(([k, n]) => alone.get(k) && !PAGE_WORDS.test(k) && (underBoldQuestion.get(k) ?? 0) + (underBoldLine.get(k) ?? 0) === n && (underBoldQuestion.get(k) ?? 0) >= 1);
  const aloneSpeaks = aloneNames >= 2 || (aloneNames === 1 && otherLabels >= 1) || answersBold;
  /**
   * What a once-seen label opens reads as speech where the regular speakers' turns do: from a
   * capital to a sentence's end. `Photo Credit: Jane Doe for Rhine Works` and `Recorded Live: at
   * the festival` are captions, not turns. (A transcript without punctuation is not held to it.)
   */
  let punctuated: boolean | undefined;
  /** The regular speakers' turns, some at least, do not end as sentences do (Thai, a raw caption). */
  let unpunctuated = false;
  const sentence = (rest: string) => {
    const t = rest.replace(/[*_]+/g, '').trim();
    // (A script without case opens with any of its letters; Devanagari ends with its danda, `।`.)
    return /^(?:\p{Lu}|\p{Lo}|[^\p{L}])/u.test(t) && (/[.?!…。？！؟।"”’»)\]]$/u.test(t) || (/[;;]$/u.test(t) && /\p{Script=Greek}/u.test(t)));
  };
  const saysASentence = (key: string) => {
    if (punctuated === undefined) {
      let regular = 0;
      let sentences = 0;
      for (const [k, rest] of [...rests, ...saidUnder]) {
        if ((counts.get(k) ?? 0) < 2) continue;
        regular++;
        if (sentence(rest)) sentences++;
      }
      punctuated = regular > 0 && sentences >= 0.8 * regular;
      unpunctuated = regular > 0 && !punctuated;
    }
    return !punctuated || sentence(firstRest.get(key) ?? saidUnder.find(([k]) => k === key)?.[1] ?? '');
  };
  /** The last line with words above line `at`, trimmed. */
  const lineBefore = (at: number) => {
    let i = at - 1;
    while (i >= 0 && lines[i]!.trim() === '') i--;
    return i >= 0 ? lines[i]!.trim() : '';
  };
  /** The words of the regular speakers' labels open with a capital (or no letter) in four turns of five or more. */
  let capitalTurns: boolean | undefined;
  const turnsOpenWithCapitals = () => {
    if (capitalTurns === undefined) {
      const regular = rests.filter(([k]) => (counts.get(k) ?? 0) >= 2);
      capitalTurns = regular.length > 0 && regular.filter(([, rest]) => /^[*_]*(?:\p{Lu}|[^\p{L}])/u.test(rest.trim())).length >= 0.8 * regular.length;
    }
    return capitalTurns;
  };
  /** The paragraphs right before and after the key's line open with labels of people who speak two turns or more. */
  const nearLabel = (at: number, step: number, key: string) => {
    let i = at + step;
    // (Below, past the lines of its own paragraph, hard-wrapped, that no label opens.)
    if (step > 0) while (i < lines.length && lines[i]!.trim() !== '' && lineLabel(lines[i]!) == null && i - at < 40) i++;
    while (i >= 0 && i < lines.length && lines[i]!.trim() === '') i += step;
    // (Below, past what the turn shows, a table or a list, `<table>`, `| Bonn | 3 |`, `- Bonn`: its words too.)
    if (step > 0)
      while (i < lines.length && i - at < 80 && /^\s*(?:<(?:table|tr|td|th|ul|ol|li|pre)\b|\||[-*+]\s)/i.test(lines[i]!)) {
        while (i < lines.length && lines[i]!.trim() !== '') i++;
        while (i < lines.length && lines[i]!.trim() === '') i++;
      }
    // (Above, the first line of that paragraph: a hard-wrapped turn's label is lines up.)
    if (step < 0) while (i > 0 && lines[i - 1]!.trim() !== '' && lineLabel(lines[i]!) == null && at - i < 40) i--;
    const other = i >= 0 && i < lines.length ? lineLabel(lines[i]!) : null;
    return other != null && other.key !== key && (counts.get(other.key) ?? 0) >= 2 && couldBeSpeaker(other.key);
  };
  /** The key's one line is the file's last labelled paragraph, right after a turn of someone who speaks two turns or more: a producer's closing words. */
  const atEnd = (key: string) => {
    const at = firstIndex.get(key);
    if (at === undefined || !nearLabel(at, -1, key)) return false;
    for (let i = at + 1; i < lines.length; i++) if (lineLabel(lines[i]!) != null) return false;
    return true;
  };
  /** The word as the text writes it elsewhere in small letters: a word of it (`Problem`, `Water`), no name. */
  let small: Set<string> | undefined;
  const writtenSmall = (key: string) => (small ??= new Set(lines.join('\n').match(/(?<![\p{L}])\p{Ll}[\p{L}\p{M}'’-]*/gu) ?? [])).has(key.toLowerCase());
  /** Words the text writes before a capitalised word (`Maria` of "Maria Lopez"), and capitalised words after a capitalised one, in small letters (`lopez`), read once. */
  let pairs: { firsts: Set<string>; lasts: Set<string>; words: Map<string, number>; surnames: Map<string, string[]> } | undefined;
  const namePairs = () => {
    if (pairs) return pairs;
    pairs = { firsts: new Set(), lasts: new Set(), words: new Map(), surnames: new Map() };
    for (const l of lines) {
      for (const m of l.matchAll(NAME_PAIR)) {
        pairs.firsts.add(m[1]!);
        pairs.surnames.set(m[1]!, [...(pairs.surnames.get(m[1]!) ?? []), foldName(m[2]!)]);
        // (Not after an article or a determiner, as German capitalises its nouns: "Das Problem", "Kein Problem".)
        if (/^\p{Lu}[\p{Ll}'’-]+$/u.test(m[1]!) && !DETERMINER.test(m[1]!)) pairs.lasts.add(m[2]!.toLowerCase());
      }
      for (const w of letterRuns(l.toLowerCase())) pairs.words.set(w, (pairs.words.get(w) ?? 0) + 1);
    }
    return pairs;
  };
  /** A first name the text writes with a surname after it (`Maria Lopez (Rhine Works)`), or, as `surname`, a surname, in capitals perhaps, after a first name (`KIM` of "Paul Kim", `MCCARTNEY` of "Paul McCartney"). */
  const namedInFull = (key: string, surname = false) => (surname ? namePairs().lasts.has(key.toLowerCase()) : namePairs().firsts.has(key));
  /** A name in Chinese, Japanese or Korean script the text writes with an honorific (`キムさん`, `田中氏`, `김민수 씨`, `张伟先生`), or a Chinese name opening with a common surname (`张伟`). */
  const namedCjk = (key: string) => (/^\p{Script=Han}{2,3}$/u.test(key) && ZH_SURNAMES.has(key[0]!)) || new RegExp(`${escapeRe(key)}\\s?(?:さん|氏|先生|様|さま|씨|님|女士|先生)`, 'u').test((joined ??= lines.join('\n')));
  let joined: string | undefined;
  /** How often the text writes the word, in any case. */
  const wordUses = (key: string) => namePairs().words.get(key.toLowerCase()) ?? 0;
  /** Surnames that label lines, alone or after a title (`Lopez:`, `Dr Lopez:`), folded. */
  let labelSurnames: Set<string> | undefined;
  /** A first name the text writes in full (`Maria Lopez`) whose surname another label is, alone or after a title. */
  const surnameLabels = (key: string) => {
    labelSurnames ??= new Set([...counts.keys()].filter((k) => couldBeSpeaker(k) && (!/\s/.test(k) || (k.split(/\s+/).length === 2 && TITLE.test(k.split(/\s+/)[0]!)))).map((k) => foldName(k.split(/\s+/).at(-1)!)));
    return (namePairs().surnames.get(key) ?? []).some((last) => last !== foldName(key) && labelSurnames!.has(last));
  };
  /** The paragraph right above the key's one line addresses it by that name (`Maria, what...?`, `..., Paul?`). */
  const addressedBefore = (key: string, name = key) => {
    const at = firstIndex.get(key);
    if (at === undefined) return false;
    const before = lineBefore(at);
    return vocative(lineLabel(before)?.rest ?? before, name[0]! + name.slice(1).toLowerCase());
  };
  /** The paragraph right above the key's one line turns to it as written, its initial's stop too (`Tom B., why...?`, `And you, Tom K.?`). */
  const addressedAs = (key: string) => {
    const at = firstIndex.get(key);
    if (at === undefined) return false;
    const before = lineBefore(at);
    const said = lineLabel(before)?.rest ?? before;
    return vocative(said, key) || vocative(said, `${key}.`);
  };
  /** The full names that label lines (`Tom R. Becker`), by their last word: read once. */
  let bySurname: Map<string, string[]> | undefined;
  const fullNamesBySurname = () => {
    if (bySurname) return bySurname;
    bySurname = new Map();
    for (const o of counts.keys()) {
      if (!/\s/.test(o) || !FULL_NAME_KEY.test(o)) continue;
      const last = o.split(/\s+/).at(-1)!;
      (bySurname.get(last) ?? bySurname.set(last, []).get(last)!).push(o);
    }
    return bySurname;
  };
  /** One-word keys seen once that a turn of a label seen twice or more turns to by that name, anywhere (`Welcome to the show, Maria.`, `Maria, why...?`), folded: read once. */
  let addressed: Set<string> | undefined;
  const addressedElsewhere = (key: string) => {
    if (!addressed) {
      addressed = new Set();
      const once = new Set([...counts].filter(([k, n]) => n === 1 && ONE_NAME.test(k)).map(([k]) => k.toLowerCase()));
      for (const l of lines) {
        const label = once.size ? lineLabel(l) : null;
        if (label == null || (counts.get(label.key) ?? 0) < 2) continue;
        const rest = label.rest ?? '';
        for (const m of rest.matchAll(/\p{L}[\p{L}'’-]*/gu)) {
          const w = m[0].toLowerCase();
          if (!once.has(w) || addressed.has(w)) continue;
          // (The words around the name, not the whole turn: read in time however long the turn.)
          // (Turned to after a comma or a greeting, "Welcome to the show, Maria.", "So, Maria, ...":
          // not a word opening a sentence, "Rotterdam, really?", which a name alone cannot tell.)
          const before = rest.slice(Math.max(0, m.index - 120), m.index);
          if ((/,\s+$/.test(before) || GREETS.test(before)) && vocative(rest.slice(Math.max(0, m.index - 120), m.index + m[0].length + 2), m[0][0]!.toUpperCase() + w.slice(1))) addressed.add(w);
        }
      }
    }
    return addressed.has(key.toLowerCase());
  };
  /** The key's one line stands right under a turn of someone who speaks two turns or more, that turn ending on a question. */
  const afterQuestion = (key: string) => {
    const at = firstIndex.get(key);
    if (at === undefined || !nearLabel(at, -1, key)) return false;
    let i = at - 1;
    while (i >= 0 && lines[i]!.trim() === '') i--;
    return i >= 0 && asksAtEnd(lines[i]!);
  };
  const betweenTurns = (key: string) => {
    const at = firstIndex.get(key);
    if (at === undefined || !nearLabel(at, -1, key) || !nearLabel(at, 1, key)) return false;
    // Not a line a turn introduces (`...my father always said:`), nor a phrase a writer sets
    // before a colon (`Bottom Line:`, `Step One:`).
    let i = at - 1;
    while (i >= 0 && lines[i]!.trim() === '') i--;
    return !/[:：]\s*$/.test(lines[i] ?? '') && !PHRASE_WORDS.has(key.split(/\s+/)[0]!.toLowerCase());
  };
  /**
   * A label seen once beside another seen once, neither saying a sentence: a fact box's fields
   * (`**Name:** Maria Lopez`, then `**Age:** 54`), not two people who each speak once in a row.
   */
  const fieldList = (key: string) => {
    const at = firstIndex.get(key)!;
    const once = (i: number) => {
      const other = i >= 0 && i < lines.length ? lineLabel(lines[i]!) : null;
      return other != null && !other.only && other.key !== key && (counts.get(other.key) ?? 0) === 1 && !known.has(other.key.toLowerCase()) && !defined.has(other.key.toLowerCase()) && roleWord(other.key) == null ? other : null;
    };
    if (sentence(firstRest.get(key) ?? '')) return false;
    // (Not in a text whose turns end with no stop, as Thai writes them: there, no line says a sentence so.)
    saysASentence(key);
    if (unpunctuated) return false;
    for (const step of [-1, 1]) {
      let i = at + step;
      while (i >= 0 && i < lines.length && lines[i]!.trim() === '') i += step;
      const other = once(i);
      if (other && !sentence(other.rest ?? '')) return true;
    }
    return false;
  };
  /** The key's one line, saying no sentence, has right above or under it a line that a record's field opens (`Date:`, `Attendees:`), not a speaker's. */
  const besideField = (key: string) => {
    const at = firstIndex.get(key)!;
    if (sentence(firstRest.get(key) ?? '')) return false;
    return [-1, 1].some((step) => {
      let i = at + step;
      while (i >= 0 && i < lines.length && lines[i]!.trim() === '') i += step;
      const other = i >= 0 && i < lines.length ? lineLabel(lines[i]!) : null;
      return other != null && !other.only && (counts.get(other.key) ?? 0) === 1 && !couldBeSpeaker(other.key);
    });
  };
  /** A pronoun's label between two labels that are no pronouns, or in a file labelled by pronouns alone. */
  const takesTurns = (key: string) =>
    order.every((k) => PRONOUN.test(k) || !couldBeSpeaker(k)) || order.some((k, i) => k === key && i > 0 && i + 1 < order.length && !PRONOUN.test(order[i - 1]!) && !PRONOUN.test(order[i + 1]!));
  /** Every use of the key between uses of one other label, that speaks right after it each time: two voices taking turns. */
  let positions: Map<string, number[]> | undefined;
  const alternates = (key: string) => {
    if (!positions) {
      positions = new Map();
      for (const [i, k] of order.entries()) positions.set(k, [...(positions.get(k) ?? []), i]);
    }
    const at = positions.get(key) ?? [];
    const other = order[at[0]! + 1];
    return at.length >= 2 && other != null && other !== key && couldBeSpeaker(other) && at.every((i) => (i + 1 === order.length || order[i + 1] === other) && (i === at[0] || order[i - 1] === other));
  };
  /** Keys that label two lines or more: the regular speakers (and words that recur). */
  let twice: string[] | undefined;
  const repeatedKeys = () => (twice ??= [...counts].filter(([, c]) => c >= 2).map(([k]) => k));
  /** The keys labelling two turns or more, folded, by each way of leaving one word out (`2:becker`): the names a slip in that word could be. */
  let regularSlips: Map<string, string[]> | undefined;
  /** A full name that misspells one of a regular full name's words (`Tom Bekcer:` among `Tom Becker:`). */
  const slipOfRegular = (key: string) => {
    if (!regularSlips) {
      regularSlips = new Map();
      for (const k of repeatedKeys()) {
        const fw = foldName(k).split(' ');
        for (let i = 0; i < fw.length; i++) regularSlips.set(slipKey(fw, i), [...(regularSlips.get(slipKey(fw, i)) ?? []), fw.join(' ')]);
      }
    }
    const fk = foldName(key);
    const kw = fk.split(' ');
    // (Among dozens of names alike, a slip cannot say which one it is, as the resolver finds.)
    const candidates = kw.flatMap((_, i) => regularSlips!.get(slipKey(kw, i)) ?? []);
    return candidates.length <= 50 && candidates.some((f) => misspells(fk, f));
  };
  let capsOnly: boolean | undefined;
  /** Keys that are full names, each opening one line. */
  let onceFull: number | undefined;
  const onceFullNames = () => (onceFull ??= [...counts].filter(([k, c]) => c === 1 && FULL_NAME_KEY.test(k) && couldBeSpeaker(k)).length);
  /** A regular speaker or more, every one labelled in capitals (`SILVA:`); a role's word aside (`Moderator:`). */
  // (Or, no one else speaking twice, a role's word in capitals that does, `MODERATOR:`, `HOST:`, as a
  // panel's record labels its moderator and then each panelist once, `LOPEZ:`, `BERG:`.)
  const capsLabelled = () => {
    const regular = repeatedKeys().filter((k) => couldBeSpeaker(k) && roleWord(k) == null);
    const caps = (k: string) => !/\p{Ll}/u.test(k) && /\p{Lu}{2}/u.test(k);
    return regular.length >= 1 ? regular.every(caps) : repeatedKeys().some((k) => roleWord(k) != null && caps(k));
  };
  /** Two regular speakers or more, every one labelled in capitals (`BECKER:`, `LOPEZ:`). */
  const capsRegulars = () => {
    if (capsOnly !== undefined) return capsOnly;
    const regular = repeatedKeys().filter((k) => couldBeSpeaker(k));
    return (capsOnly = regular.length >= 2 && regular.every((k) => !/\p{Ll}/u.test(k) && /\p{Lu}{2}/u.test(k)));
  };
  let signedCount: number | undefined;
  /** How many keys are a user's name after a site's sign that could be a speaker's (`@ana_s`, `u/spanfan42`), counted once. */
  const signedSpeakers = () => (signedCount ??= [...counts.keys()].filter((o) => SIGNED_HANDLE.test(o) && couldBeSpeaker(o)).length);
  let titledCount: number | undefined;
  const capsTitled = () => (titledCount ??= [...counts.keys()].filter((o) => CAPS_TITLED.test(o)).length);
  /** Full names that label lines (not alone on their line), by their first and by their last word, folded. */
  let parts: Map<string, string[]> | undefined;
  const byNamePart = () => {
    if (parts) return parts;
    parts = new Map();
    for (const f of counts.keys()) {
      if (!/\s/.test(f) || alone.get(f)) continue;
      // (After a title, `Dr Maria Lopez`, the first name is the second word.)
      const w = f.split(/\s+/);
      const firstName = w.length >= 3 && TITLE.test(w[0]!) ? w[1]! : w[0]!;
      for (const p of new Set([foldName(firstName), foldName(w.at(-1)!)])) {
        const list = parts.get(p);
        if (list) list.push(f);
        else parts.set(p, [f]);
      }
    }
    return parts;
  };
  /** The key's word, a word the text writes small somewhere (`problem`), or the key's labelled words always start small. */
  let smallWords: Set<string> | undefined;
  const commonWord = (key: string, word: string) => {
    const mine = (restsOf.get(key) ?? []).map((r) => r.replace(/^[*_\s]+/, ''));
    if (mine.length && mine.every((r) => /^\p{Ll}/u.test(r))) return true;
    smallWords ??= new Set(lines.join('\n').match(/(?<![\p{L}'’-])\p{Ll}[\p{Ll}'’-]*/gu) ?? []);
    return smallWords.has(word.toLowerCase());
  };
  /** The word written with its capital as often as the key labels lines, and no more: nobody the text names. */
  let capitalWords: Map<string, number> | undefined;
  const unmentioned = (key: string, word: string) => {
    if (!capitalWords) {
      capitalWords = new Map();
      for (const w of lines.join('\n').match(/(?<![\p{L}'’-])\p{Lu}[\p{Ll}'’-]*/gu) ?? []) capitalWords.set(w, (capitalWords.get(w) ?? 0) + 1);
    }
    return (capitalWords.get(word) ?? 0) <= (counts.get(key) ?? 0);
  };
  /** Every line the key labels comes right after the same other speaker's, and before someone else's. */
  const goesOnFrom = (key: string) => {
    let from: string | null = null;
    for (let i = 0; i < order.length; i++) {
      if (order[i] !== key) continue;
      const before = order[i - 1];
      const after = order[i + 1];
      if (before == null || before === key || (from != null && before !== from) || after === before) return false;
      from = before;
    }
    return from != null;
  };
  /** No regular speaker's label before the key's line, and one right after it. */
  let firstRegular: number | undefined;
  /** The key's one line stands above the first line a regular speaker's label opens. */
  const opensConversationAbove = (key: string) => {
    const at = firstIndex.get(key);
    if (at === undefined) return false;
    firstRegular ??= [...firstIndex].reduce((m, [k, i]) => (i < m && (counts.get(k) ?? 0) >= 2 && couldBeSpeaker(k) ? i : m), Infinity);
    return at < firstRegular;
  };
  const opensConversation = (key: string) => opensConversationAbove(key) && nearLabel(firstIndex.get(key)!, 1, key);
  // (The next label below its first line another speaker's, who speaks twice or more or passes as one.)
  const answeredBelow = (key: string) => {
    const at = firstIndex.get(key)!;
    const below = lines.slice(at + 1, at + 40).map((l) => lineLabel(l)).find((l) => l != null);
    return below != null && below.key !== key && couldBeSpeaker(below.key) && test(below.key);
  };
  /**
   * The first exchange labelled, and only it, as a house sets its interviews: two labels once each,
   * one paragraph after the other, the first asking (`**SPIEGEL:** Frau Lopez, warum Stahl?`,
   * `WIRED: Why steel?`, `TB:`), the second saying a sentence (`Lopez: Weil er sich biegt.`); then
   * the later questions set apart in bold or italics, two or more, each a paragraph of its own;
   * the one who answers named elsewhere in the text.
   */
  const firstExchange = (key: string) => {
    if (order.length !== 2 || order[0] === order[1] || !order.includes(key) || repeatedKeys().length > 0) return false;
    const [asker, answerer] = order as [string, string];
    const from = firstIndex.get(asker)!;
    const to = firstIndex.get(answerer)!;
    // (Nothing between them but the asker's own paragraph.)
    let gap = false;
    for (let i = from + 1; i < to; i++) {
      if (lines[i]!.trim() === '') gap = true;
      else if (gap) return false;
    }
    const asks = /[?？؟]\s*[*_]*\s*$/u.test(firstRest.get(asker) ?? '');
    const says = sentence(firstRest.get(answerer) ?? '');
    const setApartAsks = lines.slice(to + 1).filter((l) => /^\s*(?:\*\*|__|\*|_)(?![*_\s]).*[?？؟]\s*(?:\*\*|__|\*|_)\s*$/u.test(l)).length;
    // (The one who answers is someone the text names elsewhere, in full, by a name of it or its
    // initials: `Lopez:`, `ML:` of "Maria Lopez"; `Lisbon:` is no one.)
    const named = lines.filter((_, i) => i !== from && i !== to).join('\n').match(/\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){1,2}/gu) ?? [];
    const folded = foldName(answerer);
    const someone = named.some((n) => foldName(n) === folded || n.split(/[ -]/).some((w) => foldName(w) === folded) || initialsOf(n) === answerer);
    return asks && says && someone && setApartAsks >= 2 && [asker, answerer].every((k) => couldBeSpeaker(k) && roleWord(k) == null && !spammy(firstLine.get(k) ?? '') && !PHRASE_WORDS.has(k.split(/\s+/)[0]!.toLowerCase()));
  };
  // Asked for every line that opens with a label: each key is decided once.
  const decided = new Map<string, boolean>();
  /** The initials of the full names that label turns (`ML` of `Maria Lopez:`). */
  let fullInitials: Set<string> | null = null;
  /** The initials of the full names written above the first regular label (`PK` of "Panelists: Maria Lopez, Paul Kim"). */
  let namedInitials: Set<string> | null = null;
  const introInitials = () => {
    if (namedInitials) return namedInitials;
    // (Up to the first label used twice or more: a header's `Speakers: ...` is one seen once.)
    const first = Math.min(...[...firstIndex].filter(([k]) => (counts.get(k) ?? 0) >= 2).map(([, i]) => i));
    const names = lines.slice(0, Number.isFinite(first) ? first : 0).join('\n').match(/\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){1,2}/gu) ?? [];
    return (namedInitials = new Set(names.map(initialsOf)));
  };
  const test = (key: string): boolean => {
    let d = decided.get(key);
    if (d === undefined) {
      decided.set(key, false);
      decided.set(key, (d = isSpeaker(key)));
    }
    return d;
  };
  return test;
  function isSpeaker(key: string): boolean {
    const k = key.toLowerCase();
    // Two or more speaking at once (`Paul Kim and Maria Lopez:`, `Ben & David:`): each of them labels turns of their own.
    const joint = jointParts(key);
    if (joint && joint.every((p) => (counts.get(p) ?? 0) >= 1 || (folded.get(foldName(p)) ?? 0) >= 1)) {
      if (joint.every((p) => test(counts.has(p) ? p : ([...counts.keys()].find((c) => foldName(c) === foldName(p)) ?? p)))) return true;
    }
    // A handle in small letters (`swyx`, `@tombecker`): twice or more, set apart as a label every
    // time, beside labels of other people; never a word that heads a note (`update:`, `note:`).
    if (HANDLE_START.test(key) && !/\s/.test(key) && !isPlaceholder(key)) {
      // (One the front matter names, `speakers: [sipa, gmaxwell]`, is a label however it is set.)
      if (known.has(k) && (counts.get(key) ?? 0) >= 1) return true;
      // (Seen once, bold, where handles in bold label turns throughout: a forum's reader asking once.)
      // (A user's name after its sign, `@ana_s`, `u/spanfan42`, heads no note: seen once where
      // another so signed speaks too, a reader asking in a thread or a live audio room.)
      const signed = SIGNED_HANDLE.test(key);
      const once =
        (counts.get(key) ?? 0) === 1 &&
        ((bold.get(key) === true && repeatedKeys().filter((o) => o !== key && HANDLE_START.test(o) && bold.get(o)).length >= 2) ||
          (signed && signedSpeakers() >= 2));
      // (Or plain, where it takes turns with one other speaker throughout, each after the other: a
      // paper asking in its name, `taz: ...`, then `Lopez: ...`; a chat exported in small letters.)
      if (((counts.get(key) ?? 0) < 2 && !once) || !(setApart.get(key) || alternates(key) || signed) || !couldBeSpeaker(key) || roleWord(key) != null) return false;
      // (Nor one whose words are spam: `**slot88** [00:00:01]: daftar slot gacor...`.)
      if (spamTerms(words(k.replace(/[\d_@/]+/g, ' ')), k).length || (handleLines.get(key) ?? []).some(spammy)) return false;
      // (Or beside two others so signed, each once: a thread's readers asking the one who answers them all, an AMA's.)
      return repeatedKeys().some((o) => o !== key && couldBeSpeaker(o)) || (signed && signedSpeakers() >= 3);
    }
    // A header (`Speaker: Maria Lopez, Rhine Works`, `Guest: Maria Lopez`, `Host: Tom Becker`) names
    // someone once, whatever other labels there are (none, in a monologue); it labels no words.
    if ((HEADER_FIELD.test(HEADER_ALIASES.get(k) ?? k) || cjkHeaderField(k)) && (counts.get(key) ?? 0) === 1 && headerLine(firstLine.get(key) ?? '')) return false;
    // (So does a credit line above a Japanese or Chinese interview, `構成・文：トム・ベッカー`, `撮影：...`.)
    if ((counts.get(key) ?? 0) === 1 && cjkCredit(firstLine.get(key) ?? '')) return false;
    // (And a credit line above the first regular label, a credit's word and names alone, `**Interview:** Tom Becker`, `Fotos: Ana Silva`.)
    if ((counts.get(key) ?? 0) === 1 && credits(key, firstRest.get(key) ?? '') && opensConversationAbove(key)) return false;
    // A title, a surname and a full stop (`Senator Becker. ...`, `Dr. Lopez. ...`), as the US Congress
    // prints its speakers: where two speakers or more are labelled so twice or more, each so labelled
    // is one; elsewhere, "General Motors. They..." is words.
    if (titled.get(key)) return [...titled].filter(([o, d]) => d && (counts.get(o) ?? 0) >= 2).length >= 2 && couldBeSpeaker(key) && spamTerms(words(key), k).length === 0;
    // (Nor does a header's line naming whom a label written below, in capitals, stands for, `Expert: Maria Lopez` above `EXPERT:`.)
    const rest = (firstRest.get(key) ?? '').replace(/^[*_\s]+|[*_\s.]+$/g, '');
    if ((counts.get(key) ?? 0) === 1 && /\s/.test(rest) && known.has(rest.toLowerCase()) && !rest.toLowerCase().split(/\s+/).includes(k) && [...counts].some(([o, n]) => o !== key && o.toLowerCase() === k && n >= 2 && (firstIndex.get(o) ?? 0) > (firstIndex.get(key) ?? 0))) return false;
    // (A word once, naming no words but a name, right beside a record's field, `**Customer:** Rhine
    // Works` above `**Attendees:** ...` and `**Date:** ...`, as a call's notes head it: a field too.)
    if ((counts.get(key) ?? 0) === 1 && !known.has(k) && !defined.has(k) && besideField(key)) return false;
    if (known.has(k) || defined.has(k) || roleWord(key) != null || isPlaceholder(key)) return true;
    if (!couldBeSpeaker(key)) return false;
    // A parliament's record prints every speaker so (`President. – ...`, `Tom Becker (CDU/CSU):`):
    // where two speakers or more are labelled so, each is a speaker, once too.
    if (recorded.get(key) && [...recorded].filter(([, d]) => d).length >= 2) return true;
    if (PRONOUN.test(key) && !takesTurns(key)) return false;
    if (alone.get(key) && (!aloneSpeaks || PAGE_WORDS.test(key))) return false;
    // A label made of spam vocabulary the interview itself does not use (`Slot Gacor:`, `Casino
    // Online, Best Bonus:`) is nobody, however often it comes.
    // (But for a spam word that is a person's name too, `Judi Dench:`, `Rajesh Kumar:`, in a full
    // name whose turns say nothing spam says.)
    const spam = (restsOf.get(key) ?? []).some((r) => spamTerms(words(r), r.toLowerCase()).length > 0) ? spamTerms(words(key), key.toLowerCase()) : nameSpamTerms(key);
    if (spam.some((h) => h.weight >= 3 || !lines.some((l) => l.toLowerCase().includes(h.term) && lineLabel(l)?.key !== key))) return false;
    const n = Math.max(counts.get(key) ?? 0, folded.get(foldName(key)) ?? 0);
    // A common word before a colon in a conversation between full names (`Problem: the piers...`,
    // `Solution: inspect.`, `Lesson 1:`, `Mein Rat:`), however often: a speaker's way of setting
    // out a point, where no full name labelling turns holds the word, and the word is written
    // small elsewhere or what follows it always starts small; or the text never names it but as a
    // label, and it always comes right after one speaker's words, before someone else's.
    // (Among speakers labelled by first names, it takes both: written small, and never named but
    // right after one speaker.)
    // (Not an office a record labels its holder by, `The Chair:`, though "in the chair" writes it small.)
    const word = n >= 2 && (fullNameLabels >= 2 || wordLabels >= 3) && !byNamePart().has(foldName(key)) && !OFFICE_KEY.test(key) ? pointWord(key) : null;
    if (word) {
      const common = commonWord(key, word);
      const followsOne = () => unmentioned(key, word) && goesOnFrom(key);
      if (fullNameLabels >= 2 ? common || followsOne() : common && followsOne()) return false;
    }
    // Seen once: a full name, in a document whose other labels are full names, named again in its text.
    // Seen once: a full name whose initials, first or last name label other turns (`Sridhar
    // Ramaswamy:` then `SR:`), or one in a document whose other labels are full names, named again.
    // The first label of a document labelled otherwise by one set of initials: the full name
    // written out on first use (`马修·普林斯：` then `MP：`).
    // Or the first voice of a conversation labelled by full names, right above its regulars (`Ben
    // Thompson: Welcome...` once, then `Maria Lopez:` throughout); a `Key Takeaways:` line above
    // that first voice is words.
    // (First among those that could be someone: not an editor's note above, `编者按：...`.)
    if (n === 1 && key === order.find((o) => couldBeSpeaker(o)) && repeatedKeys().length === 1 && (/^[\p{Lo}·・ー]{2,12}$/u.test(key) || (/^\p{Lu}\S*\s+\p{Lu}\S*(?:\s+\p{Lu}\S*)?$/u.test(key) && /^\p{Lu}{2,4}$/u.test(repeatedKeys()[0]!)))) return true;
    if (n === 1 && opensConversation(key) && /^\p{Lu}\S*\s+\p{Lu}\S*(?:\s+\p{Lu}\S*)?$/u.test(key) && !PHRASE_WORDS.has(key.split(/\s+/)[0]!.toLowerCase()) && !spammy(firstLine.get(key) ?? '') && saysASentence(key)) return true;
    if (n !== 1) return n >= 2;
    // Seen once: the initials of a full name that labels turns (`ML:` among `Maria Lopez:`), as a
    // transcript shortens a label once it is known.
    // Seen once: a full name opening a conversation that goes on under question and answer words
    // (`Tom Becker: Maria, welcome.`, `Maria Lopez: Thanks, Tom.`, then `Q:` and `A:` throughout).
    if (FULL_NAME_KEY.test(key) && repeatedKeys().length >= 1 && repeatedKeys().every((k) => isSideWord(k)) && repeatedKeys().every((k) => (firstIndex.get(k) ?? -1) > (firstIndex.get(key) ?? Infinity)) && saysASentence(key) && !spammy(firstLine.get(key) ?? '')) return true;
    // Seen once: a full name answering right after a role's word that asks throughout (`Moderator:`,
    // `HOST:`; then `Maria Lopez:` once, `Paul Kim:` once, as a panel prints its panelists), saying a
    // sentence, where two such names or more answer so, the turn above turns to its first name
    // ("Maria, why...?"), or the text names her elsewhere.
    // (Or a Chinese, Japanese or Korean name so, two to four characters, the turn above turning to
    // it, after an honorific or a title perhaps: `张伟，...？`, `田中さん、...`, `山田さんは...？`,
    // `김민수 교수님, ...`.)
    const hanName = /^[\p{Script=Han}·・]{2,4}$|^\p{Script=Hangul}{2,4}$/u.test(key);
    if ((FULL_NAME_KEY.test(key) || hanName) && !PHRASE_WORDS.has(key.split(/\s+/)[0]!.toLowerCase()) && saysASentence(key) && !spammy(firstLine.get(key) ?? '')) {
      const asker = repeatedKeys().find((k) => roleWord(k) === 'interviewer');
      const afterAsker = (k: string) => {
        const j = order.indexOf(k);
        return j > 0 && order[j - 1] === asker;
      };
      if (asker && afterAsker(key)) {
        const before = lineBefore(firstIndex.get(key) ?? 0);
        const words = lineLabel(before)?.rest ?? before;
        const first = key.split(/\s+/)[0]!;
        const addressed = hanName ? turnedTo(key, words) : vocative(words, first[0]! + first.slice(1).toLowerCase());
        // (Or the text names her again, a headline or a dek: `Q:`, then `Maria Lopez:` once, then `A:`.)
        if (addressed || (!hanName && (mentions(key) >= 2 || [...counts].filter(([k, c]) => c === 1 && k !== key && FULL_NAME_KEY.test(k) && afterAsker(k)).length >= 1))) return true;
      }
    }
    // (Or a word in capitals once so, right after a role's word in capitals that asks throughout:
    // `MODERATOR:`, then `LOPEZ:` once, `BERG:` once, a panel's record with no one named; a note's
    // word, `NOTE:`, or a common one, `REMEMBER:`, is none, as couldBeSpeaker says, nor a word the
    // text writes small, `WATER:` under "a panel on bridges and water".)
    if (CAPS_WORD.test(key) && roleWord(key) == null && !writtenSmall(key) && saysASentence(key) && !spammy(firstLine.get(key) ?? '')) {
      const asker = repeatedKeys().find((k) => roleWord(k) === 'interviewer' && !/\p{Ll}/u.test(k));
      const j = order.indexOf(key);
      if (asker && j > 0 && order[j - 1] === asker) return true;
    }
    // Seen once, right under a question no label opens, as a panel's answers stand under an
    // unlabelled interviewer's questions (`What about steel?` / `Kim: It rusts, but you see it.`),
    // saying a sentence, where someone else labels turns twice or more: a full name; a word with a
    // capital the text writes in a full name ("We asked Ana Lopez and Paul Kim": `Kim:`; not
    // `Problem:` under "Das Problem ist...", nor a note's word, `Caveat:`); a name in Chinese,
    // Japanese or Korean script the text gives an honorific (`キムさん`), or a Chinese name opening
    // with a common surname (`张伟`).
    if (underQuestion.get(key) === 1 && repeatedKeys().some((k) => couldBeSpeaker(k)) && !NOTE_KEY.test(key) && !PAGE_WORDS.test(key) && saysASentence(key) && !spammy(firstLine.get(key) ?? '') && !PHRASE_WORDS.has(key.split(/\s+/)[0]!.toLowerCase())) {
      if (FULL_NAME_KEY.test(key) || (ONE_NAME.test(key) && (namedInFull(key) || namedInFull(key, true))) || (CJK_NAME_KEY.test(key) && namedCjk(key))) return true;
    }
    // Seen once, a Chinese, Korean or Japanese name opening with a common surname (`王强：`, `박준호:`, `鈴木：`), among
    // such names that label turns twice or more, the text naming it again ("三位嘉宾：张伟、李娜和王强")
    // or it standing between two turns; or a Japanese family name the text gives an honorific,
    // after the given name perhaps (`田中：` under "田中誠さん"): a panelist's turn, as a full name's is among full names.
    const surnamed = (k: string) => (/^\p{Script=Han}{2,3}$/u.test(k) && ZH_SURNAMES.has(k[0]!)) || (/^\p{Script=Hangul}{2,4}$/u.test(k) && KO_SURNAMES.has(k[0]!)) || (/^\p{Script=Han}{2,5}$/u.test(k) && [2, 3].some((n) => JA_SURNAMES.has(k.slice(0, n))));
    const honoured = (k: string) => /^\p{Script=Han}{2,4}$/u.test(k) && new RegExp(`${escapeRe(k)}\\p{Script=Han}{0,3}(?:さん|氏|先生|様)`, 'u').test((joined ??= lines.join('\n')));
    if (CJK_NAME_KEY.test(key) && repeatedKeys().some((k) => k !== key && CJK_NAME_KEY.test(k) && couldBeSpeaker(k)) && ((surnamed(key) && (mentions(key) >= 2 || betweenTurns(key))) || honoured(key)) && saysASentence(key) && !spammy(firstLine.get(key) ?? '')) return true;
    if (/^\p{Lu}{2,4}$/u.test(key) && (fullInitials ??= new Set([...counts.keys()].filter((k) => /\s/.test(k) && couldBeSpeaker(k)).map(initialsOf))).has(key)) return true;
    // (Or of a full name the lines above the first label give, `Panelists: Maria Lopez (Rhine Works),
    // Paul Kim...`, where the speakers are labelled by such initials, two or more twice or more: `PK:`
    // speaking once is Paul Kim.)
    if (/^\p{Lu}{2,3}$/u.test(key) && introInitials().has(key) && repeatedKeys().filter((k) => /^\p{Lu}{2,3}$/u.test(k) && introInitials().has(k)).length >= 2) return true;
    // A short exchange, every label a full name once, two or more of them, each saying a sentence
    // that opens with a capital (`**Tom Becker:** Why bridges?`, `**Maria Lopez:** My father built
    // them.`; not a list of notes, `Rhine Works: founded in 1961.`): nobody speaks
    // twice, but these are the turns. (Not where any label opens two lines: the rules below decide.)
    if (repeatedKeys().length === 0 && FULL_NAME_KEY.test(key) && onceFullNames() >= 2 && saysASentence(key) && /^[*_\s]*["“„«¿¡]?\p{Lu}/u.test(firstRest.get(key) ?? '') && !spammy(firstLine.get(key) ?? '') && !PHRASE_WORDS.has(key.split(/\s+/)[0]!.toLowerCase())) return true;
    if (fieldList(key)) return false;
    if (firstExchange(key)) return true;
    // Seen once, saying only a quotation (`Einstein: "Everything should be made as simple as
    // possible."`): a speaker quoting someone, not a turn of theirs.
    if (/^[*_]*["“„«「][^"“”„«»「」]+["”»“」][.!?…]?[*_]*$/u.test((firstRest.get(key) ?? '').trim())) return false;
    // Seen once, right under a paragraph ending in a colon, its words in small letters where the
    // turns open with capitals ("I told my boss once:", then `Tom: you are wrong about this.`): the
    // speaker recounting what someone said, not a turn of theirs.
    if (/^[*_]*\p{Ll}/u.test((firstRest.get(key) ?? '').trim()) && /[:：][*_]*$/.test(lineBefore(firstIndex.get(key) ?? 0)) && turnsOpenWithCapitals()) return false;
    // Captions name a speaker when first seen, after the change mark, and rarely again.
    if (marks >= 3 && afterMark.has(key) && /^\p{Lu}\S*\s+\p{Lu}\S*(?:\s+\p{Lu}\S*)?$/u.test(key) && !spammy(firstLine.get(key) ?? '')) return true;
    // The surname alone once, or with the first name's initial (`Becker:`, `T. Becker:`), of a full
    // name labelling other turns (`Tom R. Becker:`), saying a sentence: that person, once so.
    if (/^(?:\p{Lu}\.\s+)?\p{Lu}[\p{L}\p{M}'’-]+$/u.test(key) && saysASentence(key) && !spammy(firstLine.get(key) ?? '')) {
      const [initial, last] = key.includes(' ') ? [key[0]!, key.split(/\s+/).at(-1)!] : [null, key];
      if ((fullNamesBySurname().get(last) ?? []).some((o) => o !== key && (initial == null || o[0] === initial) && couldBeSpeaker(o))) return true;
    }
    // Titled (`Dr. Lopez`, `Prof. Tom Becker`), with the same surname labelling another turn.
    if (TITLE.test(key.split(/\s+/)[0]!) && (surnameCount.get(surname(key) ?? '') ?? 0) >= 2) return true;
    // A title and a surname in capitals (`MR. SILVA:`, `MS. KIM:`), as records and court
    // transcripts label everyone, beside other speakers' labels.
    if (CAPS_TITLED.test(key) && (repeatedKeys().some((o) => o !== key) || capsTitled() >= 2)) return true;
    // A title and a surname (`Senator SILVA:`, `Mr Kim:`, `Prof. Lopez:`), as a parliament's
    // committee labels its members and witnesses, where another is labelled so twice or more, or
    // two others once: one of them, asking or answering once.
    if (titledSurname(key)) {
      const others = [...counts].filter(([o]) => o !== key && titledSurname(o) && couldBeSpeaker(o));
      if ((others.some(([, c]) => c >= 2) || others.length >= 2) && saysASentence(key) && !spammy(firstLine.get(key) ?? '')) return true;
    }
    // An office after its article in capitals (`The PRESIDENT:`, `The SPEAKER:`), as records print
    // the chair, beside the labels of people who speak throughout.
    if (/^The\s+\p{Lu}{2,}(?:\s+\p{Lu}{2,}){0,2}$/u.test(key) && repeatedKeys().some((o) => o !== key && couldBeSpeaker(o))) return true;
    // (Or a magazine in its own name in capitals, `THE BELIEVER:`, asking the first question right
    // above the guest's answer where everyone is labelled in capitals: it shortens itself later, `BLVR:`.)
    if (/^THE\s+\p{Lu}{2,}(?:\s+\p{Lu}{2,})?$/u.test(key) && capsRegulars() && opensConversationAbove(key) && answeredBelow(key) && /[?？]\s*$/u.test(firstRest.get(key) ?? '') && !spammy(firstLine.get(key) ?? '')) return true;
    // (Or a publication in its own name after its article, `DER SPIEGEL:`, `THE ECONOMIST:`, `LE
    // MONDE:`, asking the first question right above the guest's answer, that labels its later
    // questions without the article, `SPIEGEL:`.)
    if (PUBLICATION_ARTICLE.test(key) && repeatedKeys().some((o) => foldName(o) === foldName(key.replace(PUBLICATION_ARTICLE, ''))) && opensConversationAbove(key) && answeredBelow(key) && saysASentence(key) && !spammy(firstLine.get(key) ?? '')) return true;
    // Two to four words in capitals (`PRESIDENT JOE BIDEN:`, in a soundbite), saying a sentence, where
    // the regular speakers are labelled in capitals too, as broadcast transcripts label everyone.
    if (/^\p{Lu}[\p{Lu}.'’-]+(?:\s+\p{Lu}[\p{Lu}.'’-]*){1,3}$/u.test(key) && capsRegulars() && saysASentence(key) && !spammy(firstLine.get(key) ?? '') && !PHRASE_WORDS.has(key.split(/\s+/)[0]!.toLowerCase())) return true;
    // Seen once, a single capital (`C:`) where the speakers are lettered so, two others twice or
    // more (`A:` and `B:`, not both a side's word, `Q:` and `A:`), saying a sentence: the third speaker, once.
    const lettered = repeatedKeys().filter((k) => k !== key && /^\p{Lu}$/u.test(k));
    if (/^\p{Lu}$/u.test(key) && lettered.length >= 2 && lettered.some((k) => roleWord(k) == null) && saysASentence(key) && !spammy(firstLine.get(key) ?? '')) return true;
    // Seen once, set as a label the way the file sets its other labels (`**Bo Ek:**` among `**Ada Lind:**`).
    // (Another labelling two lines or more in bold will do, set plain once: `Moderadora: Ana Silva.` heading the page.)
    if (bold.get(key) && repeatedKeys().some((k) => (bold.get(k) || (boldUses.get(k) ?? 0) >= 2) && couldBeSpeaker(k))) return true;
    // (Or with its time, alone above the words or before them, `Paul Kim | 00:25`, `Paul Kim (00:25): ...`,
    // where every speaker who speaks twice or more is set so: a panelist speaking once, the last turn too;
    // a Chinese name so too, `王强 | 00:25`, from a common surname or with its middle dot: not `广告 | 00:30`, an ad.)
    // (A first name once so, beside labels that recur, that the turn right above turns to by that
    // name, `Emma  2:20` / `So welcome, Maria. ... How are you doing` / `Maria  2:26` / `today? Thank
    // you.`, or that the text writes in a full name: hers, though a speech-to-text tool broke the
    // sentence across the turns, her words no sentence of their own.)
    if (timed.get(key) && (counts.get(key) ?? 0) === 1 && ONE_NAME.test(key) && couldBeSpeaker(key) && !PAGE_WORDS.test(key) && repeatedKeys().length >= 1 && (addressedBefore(key) || namedInFull(key)) && !spammy(firstLine.get(key) ?? '')) return true;
    if (timed.get(key) && (FULL_NAME_KEY.test(key) || (/^\p{Script=Han}{2,3}$/u.test(key) && ZH_SURNAMES.has(key[0]!)) || /^\p{Script=Han}{1,5}[·・]\p{Script=Han}{1,8}$/u.test(key)) && repeatedKeys().length >= 1 && repeatedKeys().every((k) => timed.get(k)) && saysASentence(key) && !spammy(firstLine.get(key) ?? '') && !PHRASE_WORDS.has(key.split(/\s+/)[0]!.toLowerCase())) return true;
    // (Or with what the speaker does after a double dash: `Paul Kim -- Chief Financial Officer:` among `Maria Lopez -- Chief Executive Officer:`.)
    if (doubleDash.get(key) && repeatedKeys().some((k) => doubleDash.get(k) && couldBeSpeaker(k))) return true;
    // Seen once: the first or the last name of a full name that labels turns (`Maria:` among
    // `Maria Lopez:`), as a transcript shortens a label once it is known. Shared by two such
    // speakers (`Ben:` among `Ben Thompson:` and `Ben Gilbert:`), it is still someone's turn;
    // the resolver reports whose it may be.
    // (In capitals too, as broadcasters print it: `LOPEZ:` among `MARIA LOPEZ:`.)
    // (In a script without case too, Arabic, Hebrew, Devanagari, Hangul: `بيكر:` among `توم بيكر:`.)
    if (ONE_NAME.test(key) || /^\p{Lu}[\p{Lu}'’-]+$/u.test(key) || CASELESS_ONE_WORD.test(key)) {
      const k = foldName(key);
      const whole = byNamePart().get(k) ?? [];
      // (Or written out once and shortened once: `Maria Lopez:`, then `Lopez:`.)
      // (Or forms of one person's name, with a title and without: `Dr. Maria Lopez:` and `Dr. Lopez:` once each, then `Lopez:`.)
      // (Or shared by two such names or more, each labelling a line: `Maria:` beside `Maria Lopez:` and
      // `Maria Chen:`, someone's turn all the same; the resolver says whose it may be.)
      if (whole.some((f) => (folded.get(foldName(f)) ?? 0) >= 2) || ((whole.length === 1 || fullestForm(whole) != null || whole.length >= 2) && !alone.get(key))) return true;
      // (A surname in capitals once, among speakers all labelled so, `KIM:` beside `SILVA:` and
      // `LOPEZ:`, whose full name the text gives, "Paul Kim of Bonn University", or whom the line
      // above addresses, "Paul?", saying a sentence.)
      if (/^\p{Lu}[\p{Lu}'’-]+$/u.test(key) && capsLabelled() && (namedInFull(key, true) || addressedBefore(key)) && saysASentence(key) && !spammy(firstLine.get(key) ?? '')) return true;
    }
    // Seen once: a surname with its particles (`van der Berg:`, `De Gaulle:`) that ends a full name labelling turns.
    if (isSurnameWithParticles(key)) {
      const tail = ` ${foldName(key)}`;
      return (byNamePart().get(foldName(key.split(/\s+/).at(-1)!)) ?? []).some((f) => f !== key && foldName(f).endsWith(tail));
    }
    // Seen once: a first name in a document labelled by first names, named again in its text or
    // opening a paragraph of some length, or between two turns of people who speak throughout
    // (a producer's `Sam: Sorry to jump in...`).
    // (Or in a panel whose introduction gives each full name, `Panelists: Maria Lopez (Rhine Works),
    // Paul Kim...`, beside a moderator labelled by first name: `Maria:` once, named again, "Maria, let's start with you.")
    // (Or addressed right before: "Maria, what worries you most?", then `Maria: Water, always.`)
    // (In capitals among first names in capitals, `JONATHAN:` beside `PIETER:`, `STEPHANIE:` and
    // `ADAM:`, the same; never a note's word, `NOTE:`, `UPDATE:`.)
    if (CAPS_WORD.test(key) && capsWordLabels >= 3 && !NOTE_KEY.test(key) && !PAGE_WORDS.test(key)) return (mentions(key) >= 2 || (firstLength.get(key) ?? 0) >= 80 || betweenTurns(key)) && !spammy(firstLine.get(key) ?? '') && saysASentence(key);
    // (Or among fewer, beside full names, between two turns of people who speak throughout:
    // `JONATHAN — One more question...` between `PIETER WUILLE — ...` and `PIETER WUILLE — ...`.)
    // (Shorter too, `KIM:` between `LOPEZ:` and `BERG:`, `PK:` between `ML:` and `JB:`, where two
    // regulars or more are labelled by one word in capitals; a note's letters, `PS:`, are none.)
    // (Or the file's last labelled paragraph, right after a regular's turn, the word written nowhere small: a producer's closing words.)
    if (CAPS_WORD.test(key) && (key.length >= 4 || capsWordLabels >= 2) && capsWordLabels + fullNameLabels >= 2 && !NOTE_KEY.test(key) && !PAGE_WORDS.test(key) && (betweenTurns(key) || (atEnd(key) && !writtenSmall(key))) && !spammy(firstLine.get(key) ?? '') && saysASentence(key)) return true;
    // (Or her first name once where her surname labels the others, `Lopez:`, `Dr Lopez:`, and the text writes her in full, "Maria Lopez".)
    if (ONE_NAME.test(key) && wordUses(key) >= 2 && surnameLabels(key) && !spammy(firstLine.get(key) ?? '') && saysASentence(key)) return true;
    // (Or, the word written nowhere small, a first name once after the last turn, where two regulars
    // or more are labelled by first names: a producer's `Jane: Sorry to jump in...`; `Problem:`, "the
    // problem", is a word a speaker sets out a point with. Among full names, a first name once is no
    // label but as the rules above say: `Money:` could be either.)
    if (ONE_NAME.test(key) && wordLabels >= 2 && atEnd(key) && !writtenSmall(key) && !NOTE_KEY.test(key) && !PAGE_WORDS.test(key) && (firstLength.get(key) ?? 0) >= 20 && !spammy(firstLine.get(key) ?? '') && saysASentence(key)) return true;
    // (Or a first name once where a regular's turn turns to someone by it, `Welcome to the show,
    // Maria.`, and one regular or more is labelled by a first name: the one addressed answering,
    // `Maria: Ten.` after `Tom:`; the word written nowhere small.)
    if (ONE_NAME.test(key) && wordLabels >= 1 && !writtenSmall(key) && !NOTE_KEY.test(key) && !PAGE_WORDS.test(key) && addressedElsewhere(key) && !spammy(firstLine.get(key) ?? '') && saysASentence(key)) return true;
    // (Never a note's word, `Caveat:`, however the text writes it, "Caveat Emptor".)
    if (ONE_NAME.test(key) && NOTE_KEY.test(key)) return false;
    if (ONE_NAME.test(key)) return (wordLabels >= 3 && (mentions(key) >= 2 || (firstLength.get(key) ?? 0) >= 80)) || (wordLabels >= 2 && betweenTurns(key) && !spammy(firstLine.get(key) ?? '') && saysASentence(key)) || (wordLabels >= 1 && ((wordUses(key) >= 2 && (namedInFull(key) || namedInFull(key, true))) || addressedBefore(key)) && !spammy(firstLine.get(key) ?? '') && saysASentence(key))
      // (Among full names, only where the line above turns to that person, by the name or, for a
      // surname, by the first name the text writes with it: `Paul:` or `Kim:` after "Paul, who
      // pays?"; "the Berlin Wall" makes no `Berlin:` a speaker.)
      || (fullNameLabels >= 1 && (addressedBefore(key) || [...namePairs().surnames].some(([first, lasts]) => lasts.includes(foldName(key)) && addressedBefore(key, first))) && !spammy(firstLine.get(key) ?? '') && saysASentence(key));
    // Seen once: a title after its article (`Le sénateur Kim :`, `La sénatrice Doe :`), as a
    // record labels each member, where titles label the others' turns too (`Le président :` twice).
    if (ARTICLE_TITLE_KEY.test(key)) return repeatedKeys().some((o) => o !== key && (ARTICLE_TITLE_KEY.test(o) || TITLE.test(o.split(/\s+/)[0]!))) && !spammy(firstLine.get(key) ?? '');
    // (Its particles aside: `Jan de Vries`, `Florence d’Alché-Buc`.)
    // (Or two or three words of a script without case, `मारिया लोपेज़`, `마리아 로페스`.)
    if (!/^\p{Lu}\S*\s+\p{Lu}\S*(?:\s+\p{Lu}\S*)?$/u.test(key.split(/\s+/).map((w) => w.replace(/^[dl]['’](?=\p{Lu})/u, '')).filter((w, i) => i === 0 || !PARTICLE_WORD.test(w)).join(' ')) && !(/\s/.test(key) && key.split(/\s+/).length <= 3 && key.split(/\s+/).every((w) => CASELESS_ONE_WORD.test(w) || /^\p{Script=Hangul}$/u.test(w)))) return false;
    const parts = key.split(/\s+/);
    // (A full name and its shortened form, each once, are one speaker's two labels.)
    const shortened = (k: string) => (counts.get(k) ?? 0) >= 2 || ((counts.get(k) ?? 0) === 1 && !alone.get(k) && !alone.get(key));
    // (A title and a surname, `Prof Lopez:`, whose surname a regular label ends with or opens its
    // double surname with, `Lopez-Garcia:`.)
    const titledRegular = parts.length === 2 && TITLE.test(parts[0]!) && repeatedKeys().some((k) => {
      const last = foldName(k.split(/\s+/).at(-1)!);
      return k !== key && couldBeSpeaker(k) && (last === foldName(parts[1]!) || last.split('-')[0] === foldName(parts[1]!));
    });
    return (
      (counts.get(initialsOf(key)) ?? 0) >= 2 ||
      // (A regular's full name written once with a slip, `Tom Bekcer:` among `Tom Becker:`: the
      // resolver reads it as that name, and says so.)
      slipOfRegular(key) ||
      shortened(parts[0]!) ||
      shortened(parts.at(-1)!) ||
      titledRegular ||
      (fullNameLabels >= 1 && mentions(key) >= 2) ||
      // Someone who speaks once among speakers labelled by full names (a question from the floor,
      // a producer's interruption), saying a sentence: their own turn, not the last speaker's words.
      // (Among speakers labelled by one of their names too, `Kim:`, `Lopez:`, after their full names once.)
      (fullNameLabels + wordLabels >= 2 && (firstLength.get(key) ?? 0) >= 20 && !spammy(firstLine.get(key) ?? '') && saysASentence(key) && !PHRASE_WORDS.has(parts[0]!.toLowerCase())) ||
      // Or saying anything, between two turns of people who speak throughout (a co-host's `And concrete?`).
      (fullNameLabels >= 1 && betweenTurns(key) && !spammy(firstLine.get(key) ?? '') && saysASentence(key)) ||
      // Or answering the question of one who speaks throughout, labelled by a full name, right under
      // it, the answer going on unlabelled (`Tom Becker: Where...?` / `Maria Lopez: On our website.` /
      // `We publish every quarter.`), as a page labels only an answer's first paragraph.
      (fullNameLabels >= 1 && afterQuestion(key) && !spammy(firstLine.get(key) ?? '') && saysASentence(key) && !PHRASE_WORDS.has(parts[0]!.toLowerCase())) ||
      // Or turned to by that name right before, its initial's stop and all ("Tom B., why bridges?",
      // then `Tom B.: My father...`), beside a regular speaker.
      (fullNameLabels + wordLabels >= 1 && addressedAs(key) && !spammy(firstLine.get(key) ?? '') && saysASentence(key)) ||
      // Or by its first name, beside a regular labelled in capitals too, as a broadcaster prints its
      // speakers ("Paul, why steel?" above `PAUL KIM: It bends before it breaks.`, `BECKER:` asking throughout).
      (fullNameLabels + wordLabels + capsWordLabels >= 1 && addressedBefore(key, parts[0]!) && !spammy(firstLine.get(key) ?? '') && saysASentence(key))
    );
  }
}

/** The length from which a line that breaks off mid-sentence was cut by a fixed width, not ended: 40 characters. */
export const WRAPPED_LINE = 40;
/** The narrowest a text is hard-wrapped at that is read as wrapped: 24 characters. */
const NARROW_WRAP = 24;

/** The width a hard-wrapped text is cut at: the length nine lines in ten stay within. */
export function wrapWidth(lines: string[]): number {
  const lengths = lines.map((l) => l.trim().length).filter((n) => n > 0).sort((a, b) => a - b);
  return lengths[Math.floor(0.9 * (lengths.length - 1))] ?? 0;
}

/**
 * Whether plain text is hard-wrapped: its lines at most a screen wide, and many of them cut
 * mid-sentence with the words going on in the next line (not a new speaker's).
 */
export function hardWrapped(lines: string[]): boolean {
  const full = lines.map((l) => l.trim()).filter(Boolean);
  if (full.length < 6 || full.filter((l) => l.length > 100).length > 0.05 * full.length) return false;
  // (A text cut narrower than WRAPPED_LINE, as a script's dialogue column is, about thirty
  // characters: a line near that width, not a short one, is cut.)
  const cutFrom = Math.max(NARROW_WRAP, Math.min(WRAPPED_LINE, Math.round(0.7 * wrapWidth(lines))));
  let pairs = 0;
  let cut = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i]!.trim();
    const b = lines[i + 1]!.trim();
    if (!a || !b) continue;
    pairs++;
    // (A word hyphenated at the line's end, `in-` above `side.`, is cut too, not an utterance broken off.)
    // (Under WRAPPED_LINE, only where the words go on in small letters: a header's stacked lines,
    // `UNITED STATES DISTRICT COURT` / `DISTRICT OF OREGON`, are no cut sentence.)
    // (Or, whatever its length, a line of Chinese or Japanese closing on a comma or a character, `、`,
    // `...ベッカーさんは、`, `...とき`, as such a text is cut in short lines: no sentence ends there.)
    if (((a.length >= cutFrom && (a.length >= WRAPPED_LINE || /^\p{Ll}/u.test(b)) && (!endsLikeSentence(a) || (/\p{L}-$/u.test(a) && /^\p{Ll}/u.test(b)))) || /[、，\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]$/u.test(a)) && lineLabel(b) == null) cut++;
  }
  return cut >= 3 && cut >= 0.3 * pairs;
}

/** `**Maria Lopez: **`, `** Maria Lopez: **`, `__Maria Lopez: __` opening a line, its time before it perhaps (spaces inside the delimiters: groups 3 and 5). */
const BOLD_LABEL_SPACED = /^(\s*(?:>\s*)*(?:\[\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?\]\s*)?)(\*\*|__)([ \t\u00a0]*)([^\s*_][^*_\n]{0,60}?[:：])([ \t\u00a0]*)\2(?=\s*\S)/u;
/** `\*\*Maria Lopez:\*\*` opening a line (group 3 the escapes). */
const BOLD_LABEL_ESCAPED = /^(\s*(?:>\s*)*(?:\[\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?\]\s*)?)()(\\)\*\\\*([^\s*_\\][^*_\n\\]{0,60}?[:：])()\\\*\\\*(?=\s*\S)/u;

/** `Tom Becker00:00:01Welcome`: a name of one to four capitalised words, a time glued to it, and the words glued to the time. */
const GLUED_NAME_TIME = /^(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3})((?:\d{1,2}:)?\d{1,2}:\d{2})(?=[^\s\d:])/u;
/**
 * `00:00:04Tom BeckerWelcome`, `00:00:04Tom Becker, HostWelcome`: a time, a name of one to four
 * capitalised words glued to it (her side after a comma perhaps), and words from a capital glued to
 * the name (groups 1, 2).
 */
const GLUED_TIME_NAME = /^((?:\d{1,2}:)?\d{1,2}:\d{2})(\p{Lu}[\p{Ll}'’.-]*(?: \p{Lu}[\p{Ll}'’.-]*){0,3}(?:, \p{Lu}\p{Ll}+)?)(?=\p{Lu})/u;
/** `> [!note] Editor's note`: a callout's first line, its type and its title (group 1 the quote's mark, 2 the title). */
const CALLOUT = /^(\s*>\s*)\[![A-Za-z-]+\][-+]?(?:\s+(.*\S))?\s*$/;
/** `> [!quote] Tom Becker`: a callout titled with a name (group 1 the quote's mark, 2 the name; the mark gone too, where the transcript was set whole in a quote). */
const CALLOUT_NAME = new RegExp(String.raw`^(\s*(?:>\s*)?)\[![A-Za-z-]+\][-+]?\s+(${WORD}(?:\s+(?:${WORD}|${PARTICLE})){0,3})\s*$`, 'u');
/**
 * The names callouts are titled with as speakers (`> [!quote] Tom Becker`): two names or more, each
 * titling two callouts or more. A callout titled once, `> [!note] Key takeaway`, names no one.
 */
export function calloutSpeakers(lines: string[]): Set<string> {
  const count = new Map<string, number>();
  for (const l of lines) {
    const m = l.includes('[!') ? CALLOUT_NAME.exec(l) : null;
    if (m) count.set(m[2]!, (count.get(m[2]!) ?? 0) + 1);
  }
  const names = [...count].filter(([, n]) => n >= 2).map(([name]) => name);
  return new Set(names.length >= 2 ? names : []);
}
/** The name a callout's first line is titled with, if any: `Tom Becker` for `> [!quote] Tom Becker`. */
export const calloutTitle = (line: string): string | undefined => (line.includes('[!') ? CALLOUT_NAME.exec(line)?.[2] : undefined);
/** `<00:00:05>`: a time in angle brackets, apart from the words (a caption's timing tag, `so<00:00:00.400><c> the</c>`, is glued to them). */
const ANGLED_STAMP = /(?<=^|\s)<(\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?)>(?=\s|$)/g;
/** A name in HTML's bold opening a line, the words after it, no colon: `<b>Tom Becker</b> Welcome...`, `<strong>Tom Becker</strong> ...`. */
const HTML_BOLD_NAME = /^(\s*)<(b|strong)>\s*(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:(?:de|van|von|der|du|da|di|del|la|le)\s+)?\p{Lu}[\p{L}\p{M}'’.-]*){0,3})\s*<\/\2>(?=\s+\S)/u;
/** A time in italics, bold or code opening a line, or alone on it: `*00:00:05* **Maria Lopez:**`, `` `00:00:05` ``. */
const DRESSED_STAMP = new RegExp(String.raw`^(\s*)([*_\x60]{1,2})([[(]?${CLOCK}[\])]?)\2(?=\s|$)`, 'u');
/** `\[00:00:05\]` opening a line: a time in brackets a converter escaped. */
const ESCAPED_STAMP = /^(\s*)\\\[(\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?)\\\]/;

/** A side's word, a comma and a full name before the colon: `HOST, Tom Becker:`, `**Moderator, Jane Kim:**`. */
const SIDE_THEN_NAME = /^(?:\*\*|__)?([\p{L}-]{3,20}),\s+(\p{Lu}[\p{L}\p{M}'’.-]+(?:\s+\p{Lu}[\p{L}\p{M}'’.-]+){1,3})(?:\*\*|__)?\s*[:：](?:\*\*|__)?\s+(?=\S)/u;
/**
 * A name alone on line `at` (0-based) that labels the questions below after a colon, two or more,
 * the first of them: a page's masthead copied as text (`ZEIT ONLINE` atop the page, `ZEIT ONLINE:
 * Frau Lopez, ...?` below), no label of the lines under it. (Where another's label comes first,
 * `TOM BECKER` / `Welcome...` / `MARIA LOPEZ: Thanks.`, the name is a label.)
 */
export function mastheadName(lines: string[], at: number, key: string, isSpeakerKey: (key: string) => boolean): boolean {
  const inline = lines.flatMap((l, i) => {
    const label = lineLabel(l);
    return label != null && !label.only && isSpeakerKey(label.key) ? [[i, label.key] as const] : [];
  });
  return inline.filter(([, k]) => k === key).length >= 2 && inline.find(([i]) => i > at)?.[1] === key;
}

/** An HTML definition list's term alone on its line, `<dt>Tom Becker</dt>`, and its definition's opening tag before words, `<dd>Why...?</dd>`. */
const HTML_TERM = /^\s*<dt(?:\s[^>]{0,200})?>([^<>]{1,80})<\/dt>\s*$/i;
const HTML_DEFINITION = /^\s*<dd(?:\s[^>]{0,200})?>(?=.)/i;
/** A note app's link to another note, `[[page]]` or `[[page|words shown]]`; not an embed, `![[...]]`, nor a Markdown link's words in brackets, `[[00:00:01]](https://...)`. */
export const WIKI_LINK = /(?<!!)\[\[([^[\]|\n]{1,200})(?:\|([^[\]\n]{1,200}))?\]\](?!\()/g;

/**
 * A label's bold with spaces inside its asterisks (`**Maria Lopez: **Why...`, `** Maria Lopez: **`),
 * as converters write a page's `<strong>Maria Lopez: </strong>`, or escaped by a second conversion
 * (`\*\*Maria Lopez:\*\*`): Markdown reads neither as bold, and the asterisks would stay in the
 * words. The label's bold as meant (`**Maria Lopez:** Why...`), each line where it was.
 */
export function mendConvertedLabels(lines: string[]): string[] {
  // (A name alone as a link to the speaker's page above the words, as a page converted to Markdown
  // sets each turn, `[Maria Lopez](https://example.com/people/maria-lopez)`: the name alone in bold,
  // where two names or more are so set twice or more each; not a byline's link, once.)
  const links = new Map<string, number>();
  for (const l of lines) {
    const m = l.length <= 300 && l.includes('](') ? LINK_NAME.exec(l.trim()) : null;
    if (m) links.set(m[1]!, (links.get(m[1]!) ?? 0) + 1);
  }
  const linked = [...links.values()].filter((n) => n >= 2).length >= 2;
  // (A name, its time and the words run together, as a page's transcript copies its parts without
  // a space, `Tom Becker00:00:01Welcome...`: the name and the time apart, a label, where two names
  // or more open three lines or more so.)
  const glued = new Map<string, number>();
  for (const l of lines) {
    const m = /\d:\d\d/.test(l) ? GLUED_NAME_TIME.exec(l) : null;
    if (m) glued.set(m[1]!, (glued.get(m[1]!) ?? 0) + 1);
  }
  const unglue = glued.size >= 2 && [...glued.values()].reduce((a, b) => a + b, 0) >= 3;
  // (Or the time first, `00:00:04Tom BeckerWelcome...`, as a page's table of times, speakers and
  // words copies without its cells' breaks: a line opening with a time and such a name where two
  // names or more do so in three lines or more, whatever its words open with, `00:00:09Maria Lopez42 years...`.)
  const timeFirst = new Map<string, number>();
  for (const l of lines) {
    const m = /^\d{1,2}:\d\d/.test(l) ? GLUED_TIME_NAME.exec(l) : null;
    if (m) timeFirst.set(m[2]!, (timeFirst.get(m[2]!) ?? 0) + 1);
  }
  const timedNames = timeFirst.size >= 2 && [...timeFirst.values()].reduce((a, b) => a + b, 0) >= 3 ? [...timeFirst.keys()].sort((a, b) => b.length - a.length) : [];
  // (A note-taking app's callout per turn, the speaker its title, `> [!quote] Tom Becker` above `>
  // Why...?`, as Obsidian sets them: the name the label of the words in it.)
  const callers = calloutSpeakers(lines);
  // (A name in HTML's bold before the words, no colon, `<b>Tom Becker</b> Welcome...`, as a page's
  // source sets each turn: the name in Markdown's bold, where two names or more open lines so twice
  // or more each, as `**Tom Becker** Welcome...` is read.)
  const tagged = new Map<string, number>();
  for (const l of lines) {
    const m = l.length <= 100_000 && l.includes('</') ? HTML_BOLD_NAME.exec(l) : null;
    if (m) tagged.set(m[3]!, (tagged.get(m[3]!) ?? 0) + 1);
  }
  const untag = [...tagged.values()].filter((n) => n >= 2).length >= 2;
  // (A note-taking app's links between its notes, `[[Tom Becker]]: Why...?`, `[[Maria Lopez|Maria]]`,
  // as Obsidian and Logseq write a name: the words the app shows, where two or more are in the file;
  // not a picture or a note set in, `![[plan.png]]`, and not a transcriber's one mark, `[[laughs]]`.)
  let wiki = 0;
  for (const l of lines) if (l.includes('[[')) wiki += l.match(WIKI_LINK)?.length ?? 0;
  // (An HTML definition list, a speaker's name its term and the words its definition, `<dt>Tom
  // Becker</dt>` / `<dd>Why...?</dd>`, as a page's source sets a transcript: the name alone in bold
  // above the words, where two terms or more are so defined; the list's tags markup.)
  const terms = lines.filter((l) => l.includes('<dt') && HTML_TERM.test(l)).length;
  return lines.map((l) => {
    if (wiki >= 2 && l.includes('[[')) l = l.replace(WIKI_LINK, (_, page: string, shown?: string) => (shown ?? page).trim());
    if (terms >= 2 && /<\/?d[ltd]/i.test(l)) {
      if (/^\s*<\/?dl(?:\s[^>]{0,200})?>\s*$/i.test(l)) return '';
      const t = HTML_TERM.exec(l);
      if (t) return `**${t[1]!.trim()}**`;
      const d = HTML_DEFINITION.exec(l);
      if (d) return l.slice(d[0].length).replace(/<\/dd>\s*$/i, '').trim();
      if (/<\/dd>\s*$/i.test(l)) return l.replace(/\s*<\/dd>\s*$/i, '');
    }
    if (untag && l.includes('</')) {
      const m = HTML_BOLD_NAME.exec(l);
      if (m && tagged.get(m[3]!)! >= 2) return `${m[1]}**${m[3]}** ${l.slice(m[0].length).trimStart()}`;
    }
    if (unglue && /\d:\d\d/.test(l)) {
      const m = GLUED_NAME_TIME.exec(l);
      if (m) return `[${m[2]}] ${m[1]}: ${l.slice(m[0].length)}`;
    }
    if (timedNames.length && /^\d{1,2}:\d\d/.test(l)) {
      const time = /^(?:\d{1,2}:)?\d{1,2}:\d{2}/.exec(l)![0];
      // (Looked for among the names where the words open otherwise, and a few of them at most.)
      const glued = GLUED_TIME_NAME.exec(l)?.[2];
      const name = glued != null && timeFirst.has(glued) ? glued : timedNames.length <= 50 ? timedNames.find((n) => l.startsWith(n, time.length)) : undefined;
      if (name) return `[${time}] ${name}: ${l.slice(time.length + name.length).trimStart()}`;
    }
    if (callers.size && l.includes('[!')) {
      const m = CALLOUT_NAME.exec(l);
      if (m && callers.has(m[2]!)) return `${m[1]}**${m[2]}**`;
    }
    // (Any other callout's mark, `> [!note] Editor's note`, is markup: its title stays.)
    if (l.includes('[!')) {
      const c = CALLOUT.exec(l);
      if (c) return c[2] ? `${c[1]}${c[2]}` : c[1]!.trimEnd();
    }
    if (linked && l.includes('](')) {
      const m = LINK_NAME.exec(l.trim());
      if (m && links.get(m[1]!)! >= 2) return `**${m[1]}**`;
    }
    // (A time in angle brackets, `<00:00:05> Maria Lopez:`, as some tools write it: in square ones,
    // as the rest of the pipeline reads times; neither Markdown's tag nor its link.)
    if (l.includes('<')) l = l.replace(ANGLED_STAMP, '[$1]');
    // (And one set in italics, bold or code, `*00:00:05* **Maria Lopez:**`, `` `00:00:05` `` under the name: the time as written plain.)
    if (/^\s*[*_`]/.test(l)) l = l.replace(DRESSED_STAMP, '$1$3');
    // (So is a time before it in brackets a converter escaped, `\[00:00:05\] **Maria Lopez:**`.)
    if (l.includes('\\[')) l = l.replace(ESCAPED_STAMP, '$1[$2]');
    if (!l.includes('**') && !l.includes('__') && !l.includes('\\*')) return l;
    const m = BOLD_LABEL_SPACED.exec(l) ?? BOLD_LABEL_ESCAPED.exec(l);
    return m && (m[3] || m[5]) ? `${m[1]}**${m[4]}** ${l.slice(m[0].length).trimStart()}` : l;
  });
}
