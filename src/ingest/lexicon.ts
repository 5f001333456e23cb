/**
 * Vocabulary of injected link-spam and of site chrome. The spam lexicon is one signal among
 * several (see clean.ts): a hit counts only when the word is foreign to the interview itself,
 * so an interview about casinos keeps its casino paragraphs.
 */

import { memoized } from './text.ts';

/** Unambiguous link-spam words and phrases (weight 3), in several languages. */
const STRONG: string[] = [
  'hacklink', 'backlinks', 'buy followers', 'hit botu', 'nulled', 'keygen', 'warez', 'mod apk', 'apk mod',
  'casibom', 'onwin', 'jojobet', 'holiganbet', 'grandpashabet', 'meritking', 'kingroyal', 'sekabet', 'pusulabet',
  'bahis', 'bahisler', 'deneme bonusu', 'giriş', 'güncel giriş', 'canlı bahis', 'slot gacor', 'gacor', 'maxwin', 'togel',
  'nhà cái', 'cá cược', 'บาคาร่า', 'หวย', 'สล็อต', 'แทงบอล', 'คาสิโน', '博彩', '赌场', '娱乐城', '六合彩', '百家乐',
  'казино', 'букмекер', 'viagra', 'cialis', 'levitra', 'tramadol', 'online pharmacy', 'no prescription', 'cbd gummies',
  // (And "no prescription" and the potency pills in other languages.)
  'cytotec', 'obat aborsi', 'jual obat', 'obat penggugur', 'penggugur kandungan', '代开发票', '刷单', 'potenzmittel', 'ohne rezept', 'sin receta', 'sans ordonnance', 'senza ricetta', 'sem receita', 'zonder recept', 'bez recepty', 'без рецепта',
  // (Gambling sites' pitches in other languages: "online casino", "betting sites", "no deposit bonus", "free spins", "welcome bonus".)
  'online casino', 'online casinos', 'casino online', 'casinò online', 'casino en ligne', 'casinos en ligne', 'utan svensk licens', 'casinon utan', 'casas de apuestas', 'apuestas deportivas', 'apuestas en línea',
  'sites de apostas', 'apostas esportivas', 'apostas online', 'scommesse online', 'siti di scommesse', 'no deposit bonus', 'bonus sans dépôt', 'bono sin depósito', 'bônus sem depósito', 'bonus senza deposito',
  'ohne einzahlung', 'free spins', 'freispiele', 'giros gratis', 'tours gratuits', 'giri gratis', 'rodadas grátis', 'bono de bienvenida', 'bônus de boas-vindas', 'bonus de bienvenue', 'willkommensbonus',
  'ставки на спорт', 'игровые автоматы', 'オンラインカジノ', '入金不要',
  // (And pills sold by mail: "without a prescription", "fast worldwide shipping".)
  'without a prescription', 'without prescription', 'worldwide shipping',
  'replica watches', 'rolex replica', 'fake rolex', 'cheap jerseys', 'louis vuitton outlet', 'ugg outlet', 'michael kors outlet',
  'payday loans', 'forex signals', 'binary options', 'bitcoin doubler', 'airdrop claim', 'make money online', 'click here to earn', 'earn money from home', 'make money from home', 'work from home jobs',
  'essay writing service', 'write my essay', 'buy essay', 'dissertation help', 'sex cams', 'onlyfans leaks', 'escort service',
  // injected ads
  'hot singles', 'singles in your area', 'promo code', 'coupon code', 'limited time offer', 'download our app', 'vpn deals', 'act now', 'order now',
];
/** Words that are spam-typical but also ordinary (weight 1.5): they need other evidence too. */
const WEAK: string[] = [
  'backlink', 'seo', 'crack', 'cracked', 'serial', 'casino', 'casinos', 'slots', 'jackpot', 'poker', 'sportsbook', 'kumar',
  'judi', 'situs', 'escort', 'escorts', 'porn', 'xxx', 'hookup', 'xanax', 'valium', 'oxycodone', 'pills', 'replica',
  'payday', 'loans', 'forex', 'crypto', 'airdrop', 'essay', 'homework', 'ставки', 'satın', 'kurulum', 'panel', 'vpn', 'discount',
  // (A casino in Turkish, as `casino` in English.)
  'kumarhane',
];

/** Betting-brand shapes: a word glued to bet/bahis/casino ("Marsbahis", "Tipobet", "1xbet", "vdcasino", "Betmarlo"). */
const BRAND_SHAPES = [/^\p{L}{2,}bet\d*$/u, /^bet\p{L}{3,}$/u, /^\p{L}*bahis\p{L}*$/u, /^\p{L}+casino\p{L}*$/u, /^casino\p{L}+$/u, /^\d+x?bet\p{L}*$/u];
/** Ordinary words with those shapes. */
const NOT_BRANDS = /^(alphabets?|sherbets?|abets?|gibbets?|barbets?|quodlibets?|tibet(an)?|bet(ter\p{L}*|ween|ray\p{L}*|a|as|ake\p{L}*|hink|ide\p{L}*|oken|roth\p{L}*|ting|tor|tors|wixt|hel|hany|el|sy|hesda|hlehem))$/u;

const strongWords = new Set(STRONG.filter((t) => !/\s/.test(t)));
const weakWords = new Set(WEAK.filter((t) => !/\s/.test(t)));
const strongPhrases = STRONG.filter((t) => /\s/.test(t));
/** Thai and CJK are not always split into words the way the lexicon spells them: match them as substrings. */
const unsplit = STRONG.filter((t) => /[\u0e00-\u0e7f\u3000-\u9fff]/.test(t));
const escape = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ANY_PHRASE = new RegExp(strongPhrases.map(escape).join('|'));
const ANY_UNSPLIT = new RegExp(unsplit.map(escape).join('|'), 'u');

export interface SpamHit {
  term: string;
  weight: number;
}

/** Tokens already tested against BRAND_SHAPES: a document repeats its words far more than it has them. */
const brandShapeMemo = new Map<string, boolean>();

function brandShaped(t: string): boolean {
  let shaped = brandShapeMemo.get(t);
  if (shaped === undefined) {
    shaped = BRAND_SHAPES.some((re) => re.test(t)) && !NOT_BRANDS.test(t);
    if (brandShapeMemo.size >= 100_000) brandShapeMemo.clear();
    brandShapeMemo.set(t, shaped);
  }
  return shaped;
}

/** Spam words and phrases found in a line, given its lower-cased word tokens. */
export function spamTerms(tokens: string[], lowerLine: string): SpamHit[] {
  const hits: SpamHit[] = [];
  const seen = new Set<string>();
  const add = (term: string, weight: number) => {
    if (!seen.has(term)) {
      seen.add(term);
      hits.push({ term, weight });
    }
  };
  for (const t of tokens) {
    if (strongWords.has(t)) add(t, 3);
    else if (weakWords.has(t)) add(t, 1.5);
    else if (t.length >= 5 && brandShaped(t)) add(t, 3);
  }
  // One pass tells whether any phrase is there at all; most lines have none.
  if (ANY_PHRASE.test(lowerLine)) for (const p of strongPhrases) if (lowerLine.includes(p)) add(p, 3);
  if (/\b\d{1,2}\s?% off\b/.test(lowerLine)) add('% off', 1.5);
  if (ANY_UNSPLIT.test(lowerLine)) for (const t of unsplit) if (lowerLine.includes(t)) add(t, 3);
  return hits;
}

/** A paywall's lines where a page stops showing the article, in several languages, perhaps set as a heading. */
const PAYWALL_PHRASES = String.raw`keep reading with a \d+-day free trial|continue reading with a (?:\d+-day )?free trial|this post is for paid subscribers|this post is for paying subscribers|this (?:article|story|interview|episode) is for (?:paid |paying )?subscribers(?: only)?|subscribe to .{1,60} to keep reading this post.{0,160}|already a paid subscriber\? ?sign in|déjà abonné(?:e)?\s?\? ?(?:se connecter|connectez-vous)|(?:schon|bereits) (?:abonnent(?:in)?|abonniert)\? ?(?:hier )?(?:anmelden|einloggen)|¿?ya eres suscriptor(?:a)?\? ?inicia sesión|sei già abbonato\? ?accedi|já é assinante\? ?(?:faça login|entre)|start (?:a |your )?(?:\d+-day )?(?:free )?trial|upgrade to paid to (?:keep reading|read the rest)|subscribe to (?:keep|continue) reading|to (?:keep|continue) reading,? (?:please )?subscribe.{0,60}|the rest of this (?:article|interview|post|story) is for (?:paid )?subscribers(?: only)?|il vous reste \d+\s?% de cet article à lire|la suite est réservée aux abonnés\.?|abonnez-vous pour (?:lire|continuer à lire|découvrir) la suite(?: de cet article)?|suscríbete para (?:seguir|continuar) leyendo|abbonati per continuare a leggere|dieser artikel ist (?:nur )?für abonnenten(?: sichtbar)?\.?|weiterlesen mit (?:[\p{L}+ ]{1,30})?abo|(?:jetzt )?weiterlesen mit [\p{L} ]{1,20}(?:plus|\+)|lesen sie (?:jetzt )?(?:mit [\p{L} ]{1,20}(?:plus|\+) )?weiter|dieser artikel ist teil von [\p{L} ]{1,20}(?:plus|\+)|lee sin límites|assine para (?:continuar lendo|ler (?:a matéria|o texto|mais))|lees verder met een (?:proef)?abonnement|este contenido es exclusivo para suscriptores\.?|questo articolo è riservato agli abbonati\.?|この記事は(?:有料|会員限定)記事です。?\s*(?:残り\s?[\d,]+\s?文字(?:（全文[\d,]+文字）)?)?|(?:この先は|続きは)(?:有料会員|会員限定).{0,30}|残り\s?[\d,]+\s?文字(?:（全文[\d,]+文字）)?|本文(?:为|為)付费内容.{0,20}|(?:以下|剩余)(?:内容)?(?:为|為)付费内容.{0,20}|이 기사는 유료(?:회원)? 기사입니다\.?`;
/** A paywall's notice alone on its line, one phrase or two (`Il vous reste 70 % de cet article à lire. La suite est réservée aux abonnés.`), perhaps set as a heading. */
export const PAYWALL = new RegExp(String.raw`^(?:#{1,6}\s*)?(?:${PAYWALL_PHRASES})(?:[.!。]?\s+(?:${PAYWALL_PHRASES}))?[.!。]?$`, 'iu');

/**
 * Site chrome: whole lines that content-management systems wrap around an article
 * (share bars, comment forms, navigation), in several languages.
 * `anywhere: true` phrases are never interview text; the others are removed only at the
 * edges of the document (before the first or after the last paragraph of prose).
 */
const CHROME: { re: RegExp; anywhere: boolean }[] = [
  // A picture's link opened and closed on lines of their own around it, as a page copied to
  // Markdown sets a linked picture (`[` / `![](https://.../a.jpg)` / `](https://...)`): markup.
  { re: /^\[$|^\]\(\S+\)$/, anywhere: true },
  // A turn's or a quote's own buttons, as a podcast's or a publisher's page repeats them at each
  // (`Copy link to this moment`, `Share this quote`, `Click to tweet`), and a podcast page's `Download
  // this podcast`, wherever they stand: no one says them alone on a line.
  { re: /^(?:download (?:this|the) (?:podcast|episode|audio|mp3|transcript)|copy link(?: to (?:this|the) (?:moment|quote|clip|timestamp|answer|section|paragraph))?|copy (?:quote|timestamp|text)|share (?:this )?(?:quote|moment|clip|answer|excerpt|passage|highlight)|click to (?:tweet|share|copy)|tweet (?:this(?: quote)?|that)|share (?:on|to) (?:twitter|x|facebook|linkedin|bluesky|threads|whatsapp))$/i, anywhere: true },
  // A pager's page numbers between an article's pages (`« Previous 1 2 3 Next »`, `1 2 3 Next`), and
  // its line saying the article goes on (`Continued on next page`), wherever the page breaks the interview.
  { re: /^(?:[«‹←<]+\s*)?(?:(?:previous|prev|back|zurück|précédent|anterior|precedente|vorige)\s+)?(?:page\s+)?\d{1,3}(?:\s*[|·]?\s*(?:\d{1,3}|…|\.\.\.)){1,12}\s+(?:next|weiter|suivant|siguiente|successiva|volgende)(?:\s*[»›→>]+)?$|^(?:continued|continue reading|story continues) on (?:the )?next page\.?$|^(?:fortsetzung|weiter) auf (?:der )?nächsten seite\.?$|^suite (?:à|en) la page suivante\.?$|^contin[úu]a en la (?:página )?siguiente(?: página)?\.?$/i, anywhere: true },
  { re: /^(listen to this (?:article|story) ?[·•|-] ?[\d:]+ ?min(?:utes?)?(?: learn more)?|(?:listen to|watch) (?:the|this) full (?:conversation|episode|interview|podcast|video)|share|subscribe|subscribe now|.{1,80} is a reader-supported publication\. to receive new posts and support my work, consider becoming a free or paid subscriber\.?|exit mobile version|skip to (?:main )?content|skip to (?:site index|navigation|search|main menu|footer)|leave a (reply|comment)|cancel reply|your email address will not be published.*|required fields are marked.*|save my name, email,? and website.*|powered by (?:wordpress|ghost|substack|squarespace|wix|hashnode|beehiiv|buttondown|medium).*|click to share on .*|\(?opens in new window\)?|like loading\.\.\.|meeting ended after [\d:]+.*|advertisement|advertiser content(?: from)?|paid content(?: from| by)?|sponsored content from|skip advertisement|advertisement - scroll to continue|continue reading the main story|(?:continue|keep) reading below|continue reading after (?:the )?(?:advertisement|ad)|scroll (?:down )?to continue reading|(?:the |this )?(?:story|article) continues (?:below|after (?:the |this )?(?:advertisement|ad|advert))(?: advertisement)?\.?|scroll to continue with content|ad feedback|sponsored content|all rights reserved\.?|.*© ?\d{4}.*all rights reserved.*|copyright © .*)$/i, anywhere: true },
  { re: /^(share|share this|supported by|read \d[\d,.]*k? comments?|listen to this (article|story)|listen now|watch now|(?:▶\s*)?play episode|add to (?:queue|up next|playlist|library|my list|favou?rites)|return to (?:the )?transcripts? (?:main )?page|share via|#{1,6} (?:share this|like this)|share on (facebook|twitter|x|linkedin|reddit|whatsapp|email)|share via (e-?mail|facebook|twitter|x|linkedin|whatsapp|messenger|sms)|tweet|pin it|e-?mail|print|facebook|twitter|linkedin|reddit|pinterest|whatsapp|telegram|tumblr|flipboard|bluesky|mastodon|threads|pocket|pocket|copy link|copiar enlace|copier le lien|link kopieren|copia link|copiar link|link kopiëren|copied|like this:?|like|loading\.\.\.|related|related posts|related articles|related stories|related coverage|more coverage|read on \w+|read original|read the original|view original|view in browser|view online|open in app|you may also like|more stories|read more|read next|continue reading|previous( post| article)?|next( post| article)?|posted in .*|filed under .*|tagged:? .*|tags:? .*|categories:? .*|comments?|no comments|\d+ comments?|post comment|menu|main menu|expand|collapse|toggle navigation|open navigation|close navigation|open menu|close menu|sections|all sections|bookmark|my account|write|about|about us|archive|archives|contact|contact us|privacy|terms|imprint|impressum|datenschutz|mentions légales|confidentialité|aviso legal|privacidad|privacidade|search|search for:?|close|back to top|scroll to top|subscribe|subscribe now|subscribe(?: now| today)? (?:for|from) (?:just |only )?[$€£]\s?\d[\d.,]*(?:\s*(?:\/|a|per)\s*(?:week|month|year|wk|mo|yr))?|subscriptions|work with us|advertise(?: with us)?|accessibility|site ?map|your ad choices|terms of sale|do not sell(?: or share)? my personal information|sign up|sign up for more like this|enter your email(?: address)?|sign in|log in|login|newsletter|follow us.*|\+?\s*follow|report this (?:article|post|comment)|published in|share to (?:facebook|twitter|x|linkedin|reddit|email|pinterest|whatsapp)|follow author|view bio|editorial standards|reprints (?:&|and) permissions|partner center|\d{1,3} min(?:ute)? read|listen|about the author|author|privacy policy|privacy (?:notice|statement|settings)|(?:your )?privacy choices|terms( of (service|use))?|cookie (policy|settings)|accept( all)? cookies|home|.{1,40} [-–—|] back to home|back to home|this (article|story|post) is more than \d+ (years?|months?|days?) old|reuse this content|have a (?:confidential |news )?tip(?: for (?:us|our (?:reporters|journalists|newsroom)))?\??(?: get in touch| contact us| email us)?|\d{1,5} [a-z][a-z ]{2,30} (?:street|st\.?|avenue|ave\.?|road|rd\.?|boulevard|blvd\.?)(?: (?:pmb|suite|ste\.?|#) ?\d+)?, [a-z][a-z .]{1,30}, [a-z]{2} \d{5}(?:-\d{4})?|restack|upgrade to paid|contribuer|start writing|unsubscribe|get the app|show transcript|hide transcript|search in video|follow along using the transcript\.?|(?:fund|support) (?:independent |our |quality )?journalism(?: with .{1,40})?|most viewed|most popular|[-—–]*\s*ends?\s*[-—–]*|[-—–]*\s*[[(]?(?:the end|ende(?: des (?:interviews|gesprächs))?|fin(?: de l['’](?:entretien|entrevue|interview))?|fin de la entrevista|fine(?: dell['’]intervista)?|einde(?: van het (?:interview|gesprek))?|koniec(?: wywiadu| rozmowy)?|конец(?: интервью)?)[\])]?\s*[-—–]*|end of (?:the )?(?:transcript|interview|recording|programme|program|episode)|transcript ends|heard on [a-z][\w'’&]*(?: [\w'’&]+){0,4}|from the (?:magazine|print edition)(?: \([^()]{1,40}\))?|from the (?:[a-z]+[ –/-]){1,4}\d{4} issue|see more on:? .{1,60}|related content|the trust project|site index|site information navigation|search & section navigation|section navigation)[.:!]?$/i, anywhere: false },
  // An audio player's note where a browser cannot play it, as a podcast page's text keeps it
  // (`Audio playback is not supported on your browser. Please upgrade.`, `Your browser does not
  // support the audio element.`), and the badge of a paid post under its date (`∙ Paid`), wherever they stand.
  { re: /^(?:audio playback is not supported (?:on|in|by) your browser\.?(?: please upgrade\.?)?|your browser does not support the (?:audio|video)(?: element| tag| player)?\.?|[∙·•]\s*paid)$/i, anywhere: true },
  // A blog platform's sign-up box under a post, its heading (`Sign up for more like this.`, as Ghost sets it), wherever it stands.
  { re: /^(?:#{1,6}\s*)?sign up for more like this\.?$/i, anywhere: true },
  // A picture's caption in brackets where the page had the picture, `[Photo: The Rhine bridge in 1998.
  // Credit: Rhine Works]`, `(Image: ...)`, `[Foto: ...]`, anywhere: no one says it (a stage direction,
  // `[laughs]`, names no picture).
  { re: /^(?:\[(?:photo|photograph|image|picture|illustration|graphic|video|caption|foto|bild|imagen|immagine|photo credit|image credit)s?\s*:[^\]]*\]|\((?:photo|photograph|image|picture|illustration|graphic|caption|foto|bild|imagen|immagine)s?\s*:[^)]*\))$/i, anywhere: true },
  // A newsletter e-mail's line atop its plain text, at the page's edge: `View this post on the web at
  // https://...`, `View this email in your browser`, `Forwarded this email? Subscribe here for more`;
  // in German, French, Spanish, Italian and Portuguese too, `Im Browser ansehen`, `Voir ce message dans
  // votre navigateur`, `Ver este correo en tu navegador`, `Visualizza nel browser`, `Ver no navegador`.
  { re: /^(?:view (?:this )?(?:post|e-?mail|newsletter|issue|article|message )?\s*(?:on the web|in (?:your |a |the )?(?:web )?browser|online)(?: at \S+| here)?|forwarded this (?:e-?mail|newsletter|message)\?.{0,80}|(?:(?:diese[nrs]? )?(?:beitrag|e-?mail|newsletter|nachricht|ausgabe) )?(?:im (?:web)?browser|online) (?:ansehen|anzeigen|lesen|öffnen)(?: \S+)?|(?:voir|afficher|lire|consulter) (?:ce (?:message|courriel|e-?mail|billet|numéro) |cette (?:lettre|newsletter) )?(?:dans (?:votre|le) navigateur|en ligne|sur le web)(?: \S+)?|(?:ver|abrir|leer) (?:este (?:correo|e-?mail|mensaje|boletín|artículo) |esta (?:publicación|newsletter) )?(?:en (?:tu|su|el) navegador|en (?:la )?web|online|en línea)(?: \S+)?|(?:visualizza|leggi|apri) (?:questa (?:e-?mail|newsletter) |questo (?:messaggio|articolo) )?(?:nel (?:tuo )?browser|online|sul web)(?: \S+)?|(?:ver|visualizar|abrir|ler) (?:este (?:e-?mail|boletim|artigo) |esta (?:newsletter|mensagem) )?(?:no (?:seu )?navegador|na web|online)(?: \S+)?)\.?$/i, anywhere: false },
  // A page's buttons on an article, whole lines in no one's speech, wherever they stand (under the
  // dek too): `Artikel verschenken`, `Artikel anhören • 6 Min`, `Artikel hören Player schließen`, `Offrir cet article`, `Gift this article`, `Save`, `Save this story`, `Lire plus tard`.
  { re: /^(?:artikel verschenken|artikel anhören(?: [·•|-] \d+ min(?:uten)?)?|artikel hören(?: player schließen)?|player schließen|lesezeit:? \d+ min(?:uten)?|offrir cet article|offrir l['’]article|ajouter à vos sélections|partager(?: l['’]article)?|artikel teilen|feedback|(?:compartir|partager|teilen|condividi|compartilhar|delen) (?:en|sur|auf|su|no|na|op|via|por) (?:whatsapp|facebook|twitter|x|linkedin|telegram|e-?mail|correo(?: electrónico)?|messenger|bluesky)|article réservé aux abonnés|lecture du monde en cours sur un autre (?:appareil|compte)\.?|écouter cet article|réutiliser ce contenu|temps de lecture:? \d+ min\.?|gift this article|this post is public so feel free to share it\.?|give a gift subscription|share full (?:article|story)|share this (?:article|post|story|page)|save|save article|save story|save this (?:article|story)|(?:save|read) (?:for )?later|lire plus tard|später lesen|leer (?:más )?tarde|leggi (?:più )?tardi|listen to this article(?: [·•|-] ?[\d:]+ ?min(?:utes?)?)?|escuchar (?:este )?artículo|ascolta (?:l['’])?articolo|luister naar (?:dit|het) artikel|(?:leestijd|tempo di lettura|tiempo de lectura|czas czytania|lesetid|läsningstid|lukuaika):? (?:ca\.? )?\d+ ?min(?:uten|uti|utos|utter|uter)?\.?|\d+ min(?:utos)? de lectura|share via (?:e-?mail|facebook|twitter|x|linkedin|whatsapp)|share on (?:facebook|twitter|x|linkedin|reddit|whatsapp|email))$/i, anywhere: true },
  // A site's navigation in German, French, Spanish, Italian, at the page's edge: `Zum Inhalt springen`, `Menü`, `Anmelden`.
  { re: /^(?:zum inhalt springen|direkt zum inhalt|menü|suche|anmelden|abmelden|abonnieren|startseite|aller au contenu|(?:aller|passer) au contenu principal|rubriques|メインコンテンツへスキップ|本文へスキップ|本文へ移動|ログイン|会員登録|跳到主要内容|跳过导航|登录|본문 바로가기|로그인|se connecter|s['’]abonner|rechercher|ir al contenido|iniciar sesión|suscríbete|buscar|passa al contenuto|vai al contenuto|accedi|abbonati|cerca)$/i, anywhere: false },
  // A paywall's box where the page stops (`Keep reading with a 7-day free trial`, `This post is for
  // paid subscribers`, `Already a paid subscriber? Sign in`, `Il vous reste 80 % de cet article à lire`,
  // Japanese, Chinese and Korean papers' `この記事は有料記事です。残り1234文字`, `本文为付费内容`, `이 기사는 유료 기사입니다`):
  // never anyone's words; the interview is cut there, said in a warning (PAYWALL).
  { re: PAYWALL, anywhere: true },
  // A reading time alone, `3 min`, no stop, at the page's edge: an answer says it with one ("20 min.").
  { re: /^\d{1,3} min$/i, anywhere: false },
  // (Or with its word, in other languages too, anywhere: `Lecture 6 min.`, `Temps de lecture : 6 min`,
  // `Tiempo de lectura: 6 min`, `Lettura 6 min`, `Leestijd 6 minuten`; the number first too, `6 minutes de lecture`,
  // `6 minuti di lettura`, `6 min de leitura`; nobody answers so.)
  { re: /^(?:(?:lecture|temps de lecture|tiempo de lectura|lectura|lettura|tempo di lettura|tempo de leitura|leitura|leestijd|reading time|lesezeit)\s*:?\s*\d{1,3}\s*(?:min(?:utes?|uten|utos|uti)?)\.?|\d{1,3}\s*min(?:utes?|uti|utos)?\.?\s+(?:de lecture|di lettura|de leitura))$/iu, anywhere: true },
  // A site's logo or home link by its alternative text, at the page's edge (`The Verge homepage`, `The Verge logo.`).
  { re: /^(?:the )?\p{L}[\p{L}\p{N}&'’. -]{0,40} (?:homepage|home page|logo)\.?$/iu, anywhere: false },
  // An affiliate disclosure: "If you buy something from a Verge link, Vox Media may earn a commission."
  // (Only one that speaks of links or buying: "We may earn a commission on some of it" may be an answer.)
  { re: /^(?=.*\b(?:links?|buy|buying|purchases?|purchasing)\b)(?:if|when|we|as an?|this (?:article|post|page|story)|our)\b.{0,120}\b(?:may|might|can) (?:earn|receive|get) (?:a )?(?:small )?(?:commission|share of (?:the )?sales|affiliate (?:fee|commission)s?)\b.{0,120}$/i, anywhere: true },
  // A news agency's standards line under every story (`Our Standards: The Thomson Reuters Trust Principles.`).
  { re: /^our standards\s*:?\s*the thomson reuters trust principles\.?(?:,? opens new tab)?$/i, anywhere: true },
  // (A magazine's reprint number under the piece, as Harvard Business Review prints it: `Reprint R2603K`.)
  { re: /^reprint\s*:?\s*[A-Z]{1,3}\d{4}[A-Z]?$/i, anywhere: true },
  // (El País's line on its standards, after the interview: `Se adhiere a los criterios de The Trust Project`.)
  { re: /^se adhiere a los criterios de\s*(?:the trust project)?\.?$/i, anywhere: true },
  // A post's counts in words, `12 Likes`, `3 Restacks`, `1.2K views`: no one says them alone on a
  // line, not even right under a turn, as a page copied line by line sets them.
  // (Its separator after it too, `12 Likes∙`.)
  { re: /^\d[\d,.]*[kKmM]?\s+(?:likes?|comments?|shares?|restacks?|reposts?|views?|reactions?|replies|subscribers|followers)(?:\s*[∙·•|])?$/i, anywhere: true },
  // (A video's views and when it went up, `45K views 2 years ago`, `1,204 views · Streamed 3 days ago`.)
  { re: /^\d[\d,.]*[kKmM]?\s+views\s*[·•]?\s*(?:(?:streamed|premiered)\s+)?(?:\d+|an?|one)\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+ago$/i, anywhere: true },
  // A pager between an article's pages, alone on its line, wherever the page breaks the interview
  // (`Next page`, `Nächste Seite`, `Page suivante`): never anyone's words, nor a part's heading.
  { re: /^(?:next page|previous page|prev page|page suivante|page précédente|nächste seite|vorherige seite|siguiente página|página siguiente|página anterior|pagina successiva|pagina precedente|volgende pagina|vorige pagina|próxima página)(?:\s*[›»→>]+)?$/iu, anywhere: true },
  // A sign-up box's consent under its button: "By subscribing, I agree to Substack's Terms of Use
  // and acknowledge its Information Collection Notice and Privacy Policy." (Terms or privacy named:
  // no answer says so.)
  { re: /^by (?:subscribing|signing up|clicking|continuing|registering|creating an account|entering your email|submitting)\b.{0,80}\b(?:i|you) (?:agree|acknowledge|consent|accept)\b.{0,200}\b(?:terms|privacy)\b.{0,200}$/i, anywhere: true },
  // Its heading and the publication's age beside it, at the page's edge: `Subscribe to Rivers and Roads`, `Launched 2 years ago`.
  // (And what the box says under it, its readers counted and its field's placeholder: `Thousands of paid subscribers`, `Type your email...`.)
  { re: /^(?:subscribe to [\p{L}\p{N}&'’ -]{1,40}|launched (?:\d+|an?|one) (?:days?|weeks?|months?|years?) ago|(?:thousands|hundreds|tens of thousands|over [\d,.]+k?|[\d,.]+k?\+?) (?:of )?(?:paid )?subscribers|type your email(?: address)?(?:\.\.\.|…)?)$/iu, anywhere: false },
  // A comment section's controls, at the page's edge: `Reply`, `Top`, `Latest`, `Load more comments`.
  { re: /^(?:reply|restacks|top|latest|newest|oldest|discussions|no posts|ready for more\??|load more(?: comments)?|show more replies|sort by)$/i, anywhere: false },
  // A cookie banner: "We use cookies to improve your experience. Accept all cookies", its buttons
  // (`Accept all`, `Settings`), in other languages too (`Wir verwenden Cookies...`, `Alle akzeptieren`).
  { re: /^(?:we use cookies\b.{0,200}|this (?:web)?site uses cookies\b.{0,200}|accept (?:all )?cookies|reject (?:all )?cookies|cookie (?:settings|preferences)|manage cookies|accept all|reject all|accept|reject|settings|manage (?:settings|preferences|options)|wir (?:verwenden|nutzen) cookies\b.{0,200}|diese (?:web)?seite (?:verwendet|nutzt) cookies\b.{0,200}|nous utilisons des cookies\b.{0,200}|ce site utilise des cookies\b.{0,200}|utilizamos cookies\b.{0,200}|este sitio (?:web )?utiliza cookies\b.{0,200}|utilizziamo (?:i )?cookie\b.{0,200}|questo sito utilizza (?:i )?cookie\b.{0,200}|wij gebruiken cookies\b.{0,200}|usamos cookies\b.{0,200}|alle akzeptieren|akzeptieren|alle ablehnen|ablehnen|einstellungen|tout accepter|tout refuser|accepter|refuser|paramètres|personnaliser|aceptar(?: todo| todas)?|rechazar(?: todo| todas)?|configuración|accetta(?: tutto| tutti)?|rifiuta(?: tutto| tutti)?|impostazioni|alles accepteren|accepteren|weigeren|instellingen|aceitar(?: tudo| todos)?|rejeitar(?: tudo| todos)?|configurações)$/i, anywhere: false },
  // A news site's line above the story's topics and authors, "Follow topics and authors from this
  // story to see more like this in your personalized homepage feed...", as Vox Media's sites set
  // it after the interview: the page's, wherever it stands (and the links under it, see RELATED_RE).
  { re: /^follow topics and authors from this (?:story|article) to see more\b.{0,160}$/i, anywhere: true },
  // A page's note that the story goes on past an ad or a box, `Continued below`, `Story continues below`: no one's words, wherever it stands.
  { re: /^(?:(?:the )?(?:story|article|interview|transcript) )?continue[sd] below\.?$/i, anywhere: true },
  // (And so in other languages: `Artikel wird unter der Anzeige fortgesetzt`, `Weiterlesen nach der
  // Anzeige`, `L'article continue sous la publicité`, `El artículo continúa después del anuncio`,
  // `Continua a leggere dopo la pubblicità`, `O artigo continua após a publicidade`, `Het artikel
  // gaat verder onder de advertentie`.)
  { re: /^(?:(?:der )?artikel (?:wird|geht) (?:unter|nach) der (?:anzeige|werbung) (?:fortgesetzt|weiter)|weiterlesen nach der (?:anzeige|werbung)|lesen sie nach der (?:anzeige|werbung) weiter|l['’]article continue (?:sous|après) (?:la |cette )?publicité|(?:el )?(?:artículo|texto) continúa (?:después|tras|debajo) (?:del|de la) (?:anuncio|publicidad)|(?:l['’]articolo )?continua (?:a leggere )?dopo (?:la )?pubblicità|(?:o )?(?:artigo|texto) continua (?:após|depois da|abaixo da) (?:a )?publicidade|continua (?:após|depois da) (?:a )?publicidade|(?:het )?artikel gaat verder (?:onder|na) de advertentie|lees verder (?:onder|na) de advertentie)\.?$/i, anywhere: true },
  // A news agency's tag under its story, `© dpa-infocom, dpa:261203-99-123456/2`, and a paper's
  // count of free articles read, `Vous avez lu 1 article sur 3.`: the page's, wherever they stand.
  { re: /^(?:©\s*dpa-infocom\b.{0,60}|dpa:\d{6}-\d{2}-\d{4,8}\/\d{1,3}|vous avez lu \d+ articles? sur \d+\.?|you(?:['’]ve| have) read \d+ (?:of \d+ )?free articles?(?: this month)?\.?)$/i, anywhere: true },
  // A page's tab for its comments with their count, `Discussion (0)`, as a podcast transcripts site
  // sets it above the transcript: no one says it so, wherever it stands.
  { re: /^discussions? \(\d{1,5}\)$/i, anywhere: true },
  // An ad's mark in other languages, alone on its line (`Anzeige`, `Publicité`, `Reklame`, `Annons`, `Mainos`, in brackets too, `[Werbung]`): never anyone's words.
  { re: /^(?:anzeige|werbung|publicité|publicidad|pubblicità|advertentie|publicidade|reklama|reklame|reklam|annons|mainos|реклама|广告|広告|광고|[[(](?:anzeige|werbung|publicité|publicidad|pubblicità|advertentie|publicidade|reklama|реклама|advertisement)[\])])$/iu, anywhere: true },
  // A subscription's button in other languages (`Abo abschließen`, `Jetzt abonnieren`, `Abo`), and a
  // paper's plea in its masthead (`Support us`, `Support the Guardian`), at the page's edge.
  { re: /^(?:abo|support us|support the [\p{L} ]{2,30}|abo abschließen|jetzt abonnieren|jetzt testen|zum abo|abonnez-vous|je m['’]abonne|suscríbete ahora|abbonati ora|word abonnee|assine(?: já| agora)?)$/iu, anywhere: false },
  // A page's place in plain words, its parts apart by `›` or `»` (`Wissen › Technik`), at the page's edge.
  // (Each part three words at most: `Maria Lopez » Water Is the Enemy` is a headline.)
  { re: /^\p{Lu}[\p{L}\p{M}&'’-]*(?: [\p{L}\p{M}&'’-]+){0,2}(?: [›»→] \p{Lu}[\p{L}\p{M}&'’-]*(?: [\p{L}\p{M}&'’-]+){0,2}){1,5}$/u, anywhere: false },
  // (Or its parts apart by `>` too, the first ones short, in small letters too, the page's own
  // headline last, as a page copied as text keeps it: `Accueil > fr > Ideas > Les ponts, l'eau et le temps ?`.)
  { re: /^[\p{L}\p{M}&'’-]+(?: [\p{L}\p{M}&'’-]+){0,2}(?: [›»→>] [\p{L}\p{M}&'’-]+(?: [\p{L}\p{M}&'’-]+){0,2}){1,5} [›»→>] [^›»→>]{1,80}$/u, anywhere: false },
  // (Or its parts apart by slashes, where the trail opens with the site's home: `Главная / Наука / Интервью`, `Home / Science / Interviews`.)
  { re: /^(?:home|startseite|accueil|inicio|início|home page|главная|головна|strona główna|anasayfa|首页|ホーム|홈|الرئيسية)(?: \/ [\p{L}\p{M}&'’ -]{1,40}){1,5}$/iu, anywhere: false },
  // What page-to-Markdown scrapers put above the page itself.
  { re: /^#{0,6}\s*(title|url source|source url|published time|markdown content|warning: this page)\s*:.*$/i, anywhere: false },
  // (And a browser extension's heading for the page's description, quoted under the title: `> ## Excerpt`.)
  { re: /^>\s*#{1,6}\s*excerpt$/i, anywhere: false },
  // Other languages: share / reply / comments / read more.
  { re: /^(article réservé aux abonnés|offrir cet article|lecture du monde en cours sur un autre appareil\.?|temps de lecture \d+ min\.?|écouter cet article|réutiliser ce contenu|artikel verschenken|artikel anhören(?: [·•|-] \d+ min)?|lesezeit:? \d+ min(?:uten)?|merkliste|gift this article|\d+ min(?:utos)? de lectura|escuchar (?:este )?artículo|点击上方蓝字关注我们|点击上方蓝字关注|长按二维码关注我们|长按二维码关注|长按识别二维码关注|阅读原文|点赞 在看 分享|点赞|在看|paylaş|yorum yap|yorumlar|bir yanıt yazın|compartir|deja una respuesta|comentarios|teilen|antworten|kommentare|partager|laisser un commentaire|commentaires|condividi|lascia un commento|compartilhe|deixe uma resposta|поделиться|комментарии|оставить комментарий|แชร์|แสดงความคิดเห็น|分享|评论|發表評論|シェア|コメント|次のページへ|前のページへ|この記事をシェア|記事をシェアする|ツイート|はてなブックマーク|lineで送る|続きを読む|分享到|收藏|返回顶部|공유하기|기사 공유|댓글|좋아요)[.:!]?$/iu, anywhere: false },
];

/** A breadcrumb trail: two or more links and nothing else but separators, the page's own place in plain words last perhaps (`Home > News > Interview`). */
const BREADCRUMB = /^(?:#{1,6}\s*)?\[[^\]]*\]\([^)]*\)(?:\s*[>›»→]\s*\[[^\]]*\]\([^)]*\))+(?:\s*[>›»→]\s*[^[\]()>›»→\n]{1,40})?\s*$/;

export function isBreadcrumb(rawLine: string): boolean {
  return BREADCRUMB.test(rawLine.trim());
}

/** A link to an author's page on a site (`/authors/tom-becker`, `substack.com/@tombecker`): a byline's, where a full name is its text. */
// (A query after it too, as Medium tracks where a click came from: `/@tombecker?source=post_page`.)
export const AUTHOR_PAGE_URL = /\/(?:profiles?|authors?|people|staff|contributors?|writers?|journalists?|by|autor|auteur|autore)\/[^/?#]+\/?(?:[?#][^\s/]*)?$|\/@[\w.-]+\/?(?:[?#][^\s/]*)?$/i;

/** A page's comments section heading (`3 Comments`, `Responses (2)`, `Leave a Reply`): everything under it is the page's, whoever writes it. */
export const COMMENTS_RE = /^(?:(?:\d[\d,.]*[km]?\s*[·•|]\s*)?(?:\d+|one|no)\s+(?:comments?|responses?|replies|thoughts? on)\b|(?:reader )?(?:comments|responses)(?:\s*\(\d+\))?$|leave a (?:reply|comment)\b|write a comment\b|(?:kommentar|antwort) (?:verfassen|schreiben|hinterlassen)$|kommentare(?:\s*\(\d+\))?$|(?:laisser|écrire) un commentaire$|commentaires(?:\s*\(\d+\))?$|(?:deja|escribe) (?:un|tu) comentario$|comentarios(?:\s*\(\d+\))?$|lascia un commento$|commenti(?:\s*\(\d+\))?$|join the (?:discussion|conversation)\b|diskutieren sie mit$|participez (?:à la discussion|au débat)$|únete a la conversación$|partecipa alla discussione$|participe da conversa$|discussion about this (?:post|article|episode|interview)$|what do you think\??$)/i;

/** A page's heading for its links to other pages or its author box (`Related stories`, `Most popular`, `Topics`, `Written by ...`): everything under it after the interview is the page's. */
export const RELATED_RE = /^(follow topics and authors from this (?:story|article)|editors?['’]? picks|explore more(?: on (?:these|this) topics?)?|more on (?:these|this) topics?|related|related (stories|articles|posts|reading|content|episodes|interviews|resources)|read more|(?:get |discover |see )?more (stories|from|like this|articles|interviews|episodes)|you (may|might) also (like|enjoy)|read next|up next|recommended( reading| for you| stories)?|(?:most )?popular( posts| stories| articles)?|most viewed|latest (posts|stories|news|articles)|trending( now)?|most read|written by|published in|about the (author|authors|writer)|topics|tags|filed under|more about|more on|explore more(?: on these topics)?|mehr zum thema|zum thema|mehr lesen über|archivado en|más información|lire aussi|à lire aussi|à lire également|vous aimerez aussi|(?:también )?te puede interesar|(?:también )?le puede interesar|quizás te interese|(?:das )?könnte sie auch interessieren|auch interessant|(?:ti )?potrebbe interessarti|potrebbero interessarti|você também pode gostar|veja também|sur le même sujet|leer más|lee también|leggi anche|zie ook|lees ook|leia também|leia mais|saiba mais|läs också|läs även|läs mer|les også|læs også|lue myös|czytaj (?:też|także|również)|читайте также|читайте також|διαβάστε επίσης|čtěte také|čtěte též|prečítajte si tiež|citește și|pročitajte i|kapcsolódó cikkek|ez is érdekelheti|بیشتر بخوانید|مطالب مرتبط|यह भी पढ़ें|ये भी पढ़ें|संबंधित खबरें|อ่านเพิ่มเติม|ข่าวที่เกี่ยวข้อง|baca juga|ayrıca okuyun|[iİ]lgili haberler|bunlar da ilginizi çekebilir|xem thêm|tin liên quan|zobacz (?:też|także)|اقرأ أيضا|اقرأ أيضاً|إقرأ أيضا|إقرأ أيضاً|مواضيع ذات صلة|قد يهمك|עוד בנושא|כתבות נוספות|関連記事|関連ニュース|あわせて読みたい|おすすめ記事|人気記事|相关阅读|相关文章|推荐阅读|延伸阅读|往期推荐|往期回顾|往期精选|관련\s?기사|많이 본 뉴스|추천 기사)(?![\p{L}])/iu;

/** A picture's description saying whose avatar it is: `Tom Becker's avatar`, `Profile picture of Tom Becker`, `Avatar for Tom Becker`. */
// (In other languages too: `Avatar de Tom Becker`, `Profilbild von Tom Becker`, `Photo de profil de ...`, `Foto de perfil de ...`, `Immagine del profilo di ...`.)
const AVATAR_ALT = /^(?:[\p{L}.'’ -]{1,60}['’]s? (?:avatar|profile (?:picture|photo|image))|(?:avatar|profile (?:picture|photo|image)|profilbild|photo de profil|foto de perfil|foto do perfil|immagine del profilo) (?:of|for|von|de|di|van|do|da) [\p{L}.'’ -]{1,60})$/iu;
/** A line of a page's furniture (a button, a share bar, a separator): whether it may stand anywhere, or only at the page's edges. */
export const chromeMatch = memoized(readChrome);

function readChrome(line: string): { anywhere: boolean } | null {
  // (A share bar set as a list: `- [Share on Facebook](...)`.)
  // (In italics or bold as well: `_Listen to this article · 12:04 min_`.)
  // (A separator alone, `* * *`, `###`, or long dashes, `——`, as plain text sets a break: no one's
  // words; nor a dot that stood between two buttons, `∙`, which no page's prose is.)
  if (/^(?:\*\s*){3,}$|^#{3,}$|^[∙·•|]$|^(?:[—―─━]\s?){2,}$/u.test(line.trim())) return { anywhere: true };
  let t = line.trim().replace(/\s+/g, ' ').replace(/^(?:[-*+]|\d{1,2}[.)])\s+/, '');
  // (A picture alone, perhaps linked, described as someone's avatar or profile picture, as a post's
  // byline shows its author's, `[![Tom Becker's avatar](...)](https://.../@tombecker)`, or that
  // description alone, its picture's markup gone: the page's.)
  const picture = t.length <= 1000 ? /^\[?!\[([^\]]{0,200})\]\([^)\s]{1,500}\)(?:\]\([^)\s]{0,500}\))?$/.exec(t) : null;
  if (AVATAR_ALT.test(picture ? picture[1]! : t)) return { anywhere: true };
  if (t.length > 160) return null;
  if (t.includes('*') || t.includes('_')) t = t.replace(/(?<![\p{L}\d])[*_]+|[*_]+(?![\p{L}\d])/gu, '');
  for (const c of CHROME) if (c.re.test(t)) return { anywhere: c.anywhere };
  // Buttons run together as a page copied to Markdown sets them side by side (`SubscribeSign in`,
  // `CommentsRestacks`): each a button, at the page's edges.
  const glued = t.split(/(?<=\p{Ll})(?=\p{Lu})/u);
  if (glued.length >= 2 && t.length <= 60 && glued.every((x) => CHROME.some((c) => c.re.test(x)))) return { anywhere: false };
  // (A table's column names run together as its header copied without the cells' breaks,
  // `TimeSpeakerTranscript`, above its rows: no one's words, wherever it stands.)
  if (glued.length >= 2 && t.length <= 60 && glued.every((x) => /^(?:time|timestamp|speaker|transcript|text)$/i.test(x))) return { anywhere: true };
  // A podcast page's bar of buttons and apps (`Download | Embed | Share`, `Subscribe: Apple Podcasts
  // · Spotify · RSS`, `Subscribe on Apple Podcasts | Spotify`): each item a button or an app, at the page's edges.
  if (/[|·•]/.test(t)) {
    const items = t.replace(/^(?:subscribe|listen|follow)(?:(?: now)?\s*:| (?:on|in|via):?)\s*/i, '').split(/\s*[|·•]\s*/).filter((x) => x !== '');
    if (items.length >= 2 && items.every((x) => PODCAST_APP.test(x) || CHROME.some((c) => c.re.test(x)))) return { anywhere: false };
  }
  // A share bar of a Chinese, Japanese or Korean page (an Arabic, Hebrew, Russian or Hindi one too),
  // its buttons apart by spaces or bars, a label and a colon before them perhaps (`シェアする ツイート はてブ`,
  // `分享到：微信 微博 QQ空间`, `공유하기 카카오톡 페이스북 트위터`, `로그인 | 회원가입`, `شارك فيسبوك تويتر`):
  // wherever it stands, below a dek too, as no one's words are only buttons.
  // (One button at least in its script: services alone in Latin letters, `Facebook Twitter`, may be an answer.)
  const items = t.length <= 80 ? t.replace(/^(?:分享到|分享|シェア|공유하기)\s*[:：]\s*/u, '').split(/\s*[|·•/]\s*|\s+/).filter((x) => x !== '') : [];
  if (items.length >= 2 && items.every((x) => SPACED_SHARE_ITEM.test(x)) && items.some((x) => !/^[\p{Script=Latin}\p{N}]+$/u.test(x))) return { anywhere: true };
  // (So is a European page's, its buttons' words run together on one line, `Teilen Twittern Mailen
  // Drucken`, `Compartir en Facebook Compartir en Twitter Copiar enlace`: at the page's edges.)
  if (t.length <= 120 && SHARE_BAR.test(t) && (SHARE_BAR_LABELLED.test(t) || SHARE_ACTION_WORD.test(t))) return { anywhere: false };
  // (Or the label and its services' names run together, their icons' words copied without spaces, `Share:twitterlinkedin`: no one's words, wherever they stand.)
  if (t.length <= 80 && SHARE_BAR_GLUED.test(t)) return { anywhere: true };
  return null;
}

/** A share button or a service, as a European page's share bar names them (`Teilen`, `Twittern`, `Compartir en Facebook`, `Copiar enlace`, `WhatsApp`). */
const SHARE_SERVICE = '(?:facebook|twitter|x|whatsapp|linkedin|telegram|reddit|flipboard|pinterest|e-?mail|mail|messenger|threads|bluesky|xing|pocket|zalo|vk|viber)';
/** The word for sharing, as a bar's button or its label says it (`Teilen`, `Compartir`, `Sdílet`). */
const SHARE_VERB = 'share|teilen|partager|compartir|condividi|compartilhar|delen|dela|chia sẻ|bagikan|paylaş|udostępnij|sdílet|zdieľať|podijeli|distribuie|megosztás|jaa';
// (In Czech, Slovak, Polish, Croatian and Finnish the service after "on" is declined, `Sdílet na Facebooku`, or itself says "on", `Jaa Facebookissa`.)
const SHARE_ACTION = String.raw`(?:(?:${SHARE_VERB}|del|podeli)(?: (?:(?:on|auf|sur|en|su|no|na|via|per|op|på|ke|lên|pe) )?${SHARE_SERVICE}(?:u|ie|issa|ssa)?)?|tweet|tweeten|twittern|tweeter|tuitear|mailen|drucken|print|imprimer|imprimir|stampa|merken|envoyer|enviar|invia|kommentieren|commenter|comentar|tisk|drukuj|tulosta|copy link|link kopieren|copier le lien|copiar (?:el )?enlace|copiar (?:o )?link|copia (?:il )?link|link kopiëren|kopírovat odkaz|kopiuj link)`;
const SHARE_ITEM = String.raw`(?:${SHARE_ACTION}|${SHARE_SERVICE})`;
/** Such buttons, two or more, one of them an action (`Teilen`, `Compartir en Facebook`): services alone, `Facebook LinkedIn`, may be an answer. */
// (Or the services alone after the word for sharing and a colon: `Compartilhe: Facebook WhatsApp Twitter`, `Share: Facebook | X`, `Share this: Facebook Twitter`.)
const SHARE_LABEL = String.raw`(?:${SHARE_VERB}|share (?:this|it)(?: (?:article|story|post|page|interview|episode))?|teile|partagez|comparte|compartilhe|поделиться|поділитися|κοινοποίηση|μοιραστείτε)\s*[:：]\s*`;
const SHARE_BAR = new RegExp(String.raw`^(?:${SHARE_LABEL})?${SHARE_ITEM}(?:(?:\s+|\s*[|·•/]\s*)${SHARE_ITEM})+$|^${SHARE_LABEL}${SHARE_ITEM}$`, 'i');
const SHARE_BAR_LABELLED = new RegExp(`^${SHARE_LABEL}`, 'i');
const SHARE_BAR_GLUED = new RegExp(`^${SHARE_LABEL}(?:${SHARE_SERVICE}){2,}$`, 'i');
/** One of the buttons an action's, read apart from the bar's shape, which most lines fail at their first word. */
const SHARE_ACTION_WORD = new RegExp(String.raw`(?:^|\s)${SHARE_ACTION}(?:\s|$)`, 'i');
/** A button or a service on such a page's share bar or menu, in the scripts it names. */
const SPACED_SHARE_ITEM = /^(?:شارك|مشاركة|فيسبوك|تويتر|واتساب|تيليجرام|لينكدإن|طباعة|שתף|שיתוף|פייסבוק|טוויטר|וואטסאפ|Поделиться|ВКонтакте|Телеграм|Одноклассники|शेयर|फेसबुक|ट्विटर|व्हाट्सऐप|シェア|シェアする|ツイート|ポスト|はてブ|はてなブックマーク|ブックマーク|LINE|LINEで送る|Facebook|Twitter|X|Pocket|メール|印刷|いいね|コメント|リンクをコピー|URLをコピー|分享到|分享|微信|微博|新浪微博|QQ|QQ空间|豆瓣|朋友圈|收藏|点赞|打印|复制链接|评论|공유하기|공유|카카오톡|카카오스토리|페이스북|트위터|네이버|밴드|네이버밴드|링크복사|URL복사|스크랩|인쇄|글자크기|이메일|좋아요|댓글|로그인|회원가입)$/iu;

/** A podcast app or a player's button, as a podcast page lists them. */
const PODCAST_APP = /^(?:apple podcasts|itunes|spotify|google podcasts|youtube(?: music)?|overcast|pocket casts|castbox|castro|stitcher|podcast addict|amazon music|audible|iheart(?:radio)?|tunein|deezer|soundcloud|rss(?: feed)?|download|embed|play(?: episode)?|▶\s*play(?: episode)?|more info|transcript)$/i;
