import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.ts';
import { detectLanguage } from '../../src/ingest/language.ts';
import { isPlaceholder } from '../../src/ingest/labels.ts';
import { namesIn } from '../../src/ingest/speakers.ts';
import { spoken, turnsOf, who } from '../support/turns.ts';


const en = 'So the question is what you do with the time that you have, and that is not something they teach you. It was hard, but we kept going with it.';
const fr = 'Je pense que la question est difficile. Nous avons des outils qui sont utiles dans les entreprises, mais ce n’est pas toujours le cas pour les petites équipes avec une mission claire.';
const es = 'Creo que la pregunta es difícil. Tenemos herramientas que son útiles para los equipos, pero no siempre es el caso con las personas del sector, y también hay muchos problemas por resolver.';
const de = 'Ich glaube, die Frage ist nicht einfach. Wir haben Werkzeuge, die auch für kleine Teams nützlich sind, aber das ist nicht immer der Fall, wie man sich denken kann, und das wissen wir.';
const zh = '我在山区长大，六岁的时候祖母送给我一台电脑作为圣诞礼物，我对它简直如鱼得水。后来我去读了法学院，还以为自己会当一段时间的律师。';
const ja = '私は山の中で育ちました。六歳のとき、祖母がコンピューターをくれました。それからずっとプログラミングが好きで、大学では法律を勉強しました。';
const ko = '저는 산골에서 자랐습니다. 여섯 살 때 할머니께서 컴퓨터를 선물해 주셨고, 그때부터 프로그래밍을 좋아하게 되었습니다. 대학에서는 법학을 공부했습니다.';

/** Text in languages read by their commonest short words, by the tag each should get. */
const BY_WORDS: Record<string, string> = {
  pl: 'Dlaczego mosty się zawalają? Najczęściej przez wodę. Podmywanie niszczy filary i nie widać tego, dopóki nie jest za późno. Rozmawialiśmy z nią o tym, jak to się dzieje i co można zrobić, ale to nie jest proste.',
  da: 'Hvorfor styrter broer sammen? Oftest på grund af vand. Erosion ødelægger søjlerne, og det ses ikke, før det er for sent. Jeg talte med hende om, hvad man kan gøre, og hun sagde, at det ikke er let, men at der også er meget at gøre for byerne.',
  nb: 'Hvorfor raser broer sammen? Oftest på grunn av vann. Erosjon ødelegger søylene, og det syns ikke før det er for sent. Jeg snakket med henne om hva man kan gjøre, og hun sa at det ikke er lett, men at det også er mye å gjøre for byene.',
  sv: 'Varför rasar broar? Oftast på grund av vatten. Erosion förstör pelarna och det syns inte förrän det är för sent. Vi talade med henne om hur det händer och vad man kan göra, men det är inte enkelt att säga.',
  tr: 'Köprüler neden çöker? Çoğu zaman su yüzünden. Oyulma ayakları yıkar ve bu çok geç olana kadar görülmez. Onunla bu konuyu konuştuk ve ne yapılabilir diye sorduk, ama bu kadar kolay değil bir şey.',
  ar: 'لماذا تنهار الجسور؟ في أغلب الأحيان بسبب الماء. التآكل يدمر الركائز ولا يرى ذلك حتى يفوت الأوان. وماذا عن الجسور الفولاذية؟ هذا هو التعب على مدى عقود. تحدثنا معها في القاهرة عن كيف يحدث ذلك وما الذي يمكن أن نفعله.',
  fa: 'چرا پل ها فرو می ریزند؟ بیشتر به خاطر آب. فرسایش پایه ها را از بین می برد و این دیده نمی شود تا وقتی که دیر شده است. ما با او در تهران درباره این که چگونه این اتفاق می افتد صحبت کردیم.',
  cs: 'Proč se mosty hroutí? Nejčastěji kvůli vodě. Podemílání ničí pilíře a není to vidět, dokud není pozdě. Byl jsem tam, když se to stalo, a bylo to hrozné, protože jsme to už věděli a nikdo nic neudělal. Je to také otázka peněz.',
  hu: 'Miért omlanak össze a hidak? Leggyakrabban a víz miatt. Az alámosás tönkreteszi a pilléreket, és ez nem látszik, amíg nem késő. Azt mondta, hogy ez nagyon fontos, mert a hidak régiek, és csak az ellenőrzés segít, ami pénzbe kerül.',
  fi: 'Miksi sillat romahtavat? Useimmiten veden takia. Eroosio tuhoaa pilarit, eikä sitä näe ennen kuin on myöhäistä. Hän sanoi, että tämä on tärkeää, mutta kun rahaa ei ole, niin mitä voi tehdä? Se on myös poliittinen kysymys, joka ei ole helppo.',
  ro: 'De ce se prăbușesc podurile? Cel mai des din cauza apei. Eroziunea distruge pilonii și nu se vede până nu este prea târziu. Noi am vorbit cu ea despre asta, dar nu este simplu, pentru că podurile sunt foarte vechi și mai sunt și alte probleme.',
  id: 'Mengapa jembatan runtuh? Kebanyakan karena air. Gerusan melemahkan pilar dan itu tidak terlihat sampai terlambat. Kami berbicara dengan dia tentang apa yang bisa dilakukan, dan dia bilang ini sudah lama menjadi masalah untuk semua orang yang ada di sana.',
  vi: 'Vì sao cầu bị sập? Phần lớn là do nước. Xói lở làm yếu trụ cầu và không ai thấy được cho đến khi quá muộn. Chúng tôi đã nói chuyện với bà về những điều này, và bà nói rằng đây là một vấn đề rất lớn cho các thành phố có nhiều cầu cũ.',
  hi: 'पुल क्यों गिरते हैं? ज़्यादातर पानी की वजह से। कटाव खंभों को कमज़ोर करता है और यह तब तक नहीं दिखता जब तक बहुत देर न हो जाए। हम उनसे दिल्ली में मिले और उन्होंने कहा कि यह एक बड़ी समस्या है।',
  sw: 'Kwa nini madaraja yanaanguka? Mara nyingi ni kwa sababu ya maji. Mmomonyoko unadhoofisha nguzo, lakini hii haionekani hadi kuwa kumechelewa sana, kama kila mhandisi wa madaraja anavyojua.',
  mr: 'पूल का कोसळतात? बहुतेक वेळा पाण्यामुळे. धूप खांबांना कमकुवत करते आणि ते उशीर होईपर्यंत दिसत नाही. आम्ही त्यांना पुण्यात भेटलो आणि त्या म्हणाल्या की ही खूप मोठी समस्या आहे, पण ते सोपे नाही आणि मी हे सांगितले आहे.',
};

describe('the language of a transcript without `lang:`', () => {
  it('is read from its script, or from the commonest short words of Latin-script languages', () => {
    expect([en, fr, es, de, zh, ja, ko].map(detectLanguage)).toEqual(['en', 'fr', 'es', 'de', 'zh', 'ja', 'ko']);
  });
  it('of a short interview whose turns are too few to tell, is read with its title (`Ein Gespräch mit meiner Oma`, `Vatten är brons fiende`: they were English); where the turns tell, the title is not read', () => {
    const lang = (title: string, turns: string) => ingest(`# ${title}\n\n${turns}`, 'short.md').transcript.lang;
    expect(lang('Ein Gespräch mit meiner Oma', 'Ich: Warum bist du Ingenieurin geworden?\n\nOma: Mein Vater hat Straßen gebaut.\n\nIch: War es schwer?\n\nOma: Ja. Niemand gab mir ein Jahr lang die Hand.\n')).toBe('de');
    expect(lang('Maria Lopez: "Vatten är brons fiende"', 'Av Tom Becker\n\nF: Varför rasar broar?\n\nS: Vatten, mest.\n\nF: Vad kan man göra?\n\nS: Inspektera oftare.\n')).toBe('sv');
    // (A title whose few words lean elsewhere, `er` Dutch's too, never outweighs turns that tell.)
    expect(lang('"Stahl warnt, bevor er bricht"', 'Die Ingenieurin Maria Lopez baut seit 30 Jahren Brücken. Ein Gespräch über Rost und Geld.\n\nZEIT ONLINE: Frau Lopez, warum Stahl?\n\nMaria Lopez: Weil er sich biegt, bevor er bricht.\n\nZEIT ONLINE: Und Beton?\n\nLopez: Beton warnt weniger.\n')).toBe('de');
  });
  it('is not guessed from too little text, or from text that mixes languages evenly', () => {
    expect(detectLanguage('Bonjour, hello.')).toBeNull();
    expect(detectLanguage(`${en} ${fr}`.repeat(2))).toBeNull();
  });
  it('reads a short Chinese, Japanese or Korean text too: a dozen characters say as much as forty letters', () => {
    expect(['桥为什么会塌？大多数是因为水。钢桥呢？疲劳。', '橋はなぜ落ちるのですか。水です。', '다리는 왜 무너지나요? 물 때문입니다.'].map(detectLanguage)).toEqual(['zh', 'ja', 'ko']);
    expect(detectLanguage('Yes. 好。')).toBeNull();
    // (So do the scripts of India, the Caucasus and South-East Asia that one language writes.)
    expect(['পুল কেন ভেঙে পড়ে? বেশিরভাগ সময় পানির কারণে।', 'பாலங்கள் ஏன் இடிந்து விழுகின்றன? பெரும்பாலும் தண்ணீரால்.', 'რატომ ინგრევა ხიდები? ძირითადად წყლის გამო.'].map(detectLanguage)).toEqual(['bn', 'ta', 'ka']);
  });
  it('reads Cyrillic by the letters only one of its languages uses, and does not guess where none shows', () => {
    const ru = 'Почему падают мосты? Чаще всего из-за воды. Размыв разрушает опоры, и это не видно, пока не станет поздно. Мы говорили с ней в Москве.';
    const uk = 'Чому падають мости? Найчастіше через воду. Розмив руйнує опори, і це не видно, доки не стане пізно. Ми говорили з нею в Києві.';
    const bg = 'Защо падат мостовете? Най-често заради водата. Подмиването разрушава опорите и това не се вижда, докато не стане късно. Говорихме с нея в София.';
    expect([ru, uk, bg].map(detectLanguage)).toEqual(['ru', 'uk', 'bg']);
    // (Russian and Ukrainian evenly: neither.)
    expect(detectLanguage(`${ru} ${uk}`)).toBeNull();
    // (No letter of one language alone: `Мама мила раму...` could be several.)
    expect(detectLanguage('Мама мила раму, а тато читав газету на кухні, поки діти гралися надворі з котом.'.replace(/і/g, 'и'))).toBeNull();
  });
  it('reads a short Russian text without `ы` or `э` by its own short words, `почему`, `его` (it was English)', () => {
    expect(detectLanguage('Интервью с Марией Лопес. Почему дерево? Из-за углерода. Дерево его хранит. А огонь? Дерево обугливается снаружи, а сердцевина сохраняется.')).toBe('ru');
    // (Not where Bulgarian's own words are there too, `това`, `защо`: neither.)
    expect(detectLanguage('Почему дерево? Защо дерево? Това е хубаво, его хранит и не гори така лесно, казва тя.')).toBeNull();
  });
  it('reads Polish, Swedish, Turkish, Czech, Hungarian, Finnish, Romanian, Indonesian, Vietnamese, Swahili, Arabic, Persian, Hindi and Marathi by their commonest words (Devanagari’s vowel signs and all)', () => {
    expect(Object.values(BY_WORDS).map(detectLanguage)).toEqual(Object.keys(BY_WORDS));
  });
  it('reads a short text, whose commonest words are too few to tell, by letters only its language writes, in words of three kinds', () => {
    const short = {
      pt: 'P — O que mudou? R — A carga. Os camiões são mais pesados e a reparação custa caro. P — E o vão?',
      tr: 'Soru: Yirmi yılda ne değişti? Cevap: Yük. Kamyonlar ağırlaştı, köprüler aynı kaldı.',
      vi: 'PV: Hai mươi năm qua điều gì đã thay đổi? Tải trọng. Xe tải nặng hơn, còn cầu thì vẫn vậy.',
      es: 'Tomás: ¿Por qué los puentes? María: Mi padre los construía. Tomás: ¿Qué cambió en veinte años?',
    };
    expect(Object.values(short).map(detectLanguage)).toEqual(Object.keys(short));
    // (Not a name written again and again in an English text, nor letters against the text's commonest words.)
    expect(detectLanguage('Q: What did Erdoğan say? A: Erdoğan said the bridge is safe. Q: And then? A: Erdoğan left the room.')).toBe('en');
    expect(detectLanguage('The bridge at Łódź, the river near Wrocław and the road to Gdańsk are all old and they are all in need of repair.')).toBe('en');
  });
  it('reads a short text in Arabic script by the letters of its language: Arabic’s ي ك ة with none of Persian’s or Urdu’s (it was English)', () => {
    expect(detectLanguage('س: كم عمر جسورنا؟ ج: في المتوسط أكثر من أربعين عاما. س: ما هو العدو الأكبر؟ ج: الماء. يدخل المفاصل.')).toBe('ar');
    expect(detectLanguage('س: پل‌های ما چند ساله‌اند؟ ج: به طور میانگین بیش از چهل سال. س: بزرگ‌ترین دشمن چیست؟ ج: آب.')).toBe('fa');
    // (Urdu by its own letters, `ے`, `ں`, `ٹ`, taken for neither: it was English, a page set left to right.)
    expect(detectLanguage('سوال: ہمارے پل کتنے پرانے ہیں؟ جواب: اوسطاً چالیس سال سے زیادہ۔ سوال: سب سے بڑا دشمن کیا ہے؟')).toBe('ur');
  });
  it('reads a short text by its commonest words where they lean to one language and its letters agree (German `ü`, Swedish `å`)', () => {
    expect(detectLanguage('ZEIT ONLINE: Frau Lopez, warum Brücken? Maria Lopez: Mein Vater hat sie gebaut. ZEIT ONLINE: Was hat sich verändert? Maria Lopez: Die Last. Die Lastwagen sind schwerer geworden.')).toBe('de');
    expect(detectLanguage('DN: Varför just broar? Maria Lopez: Min pappa byggde dem. Jag växte upp på byggarbetsplatser. DN: Vad har förändrats? Maria Lopez: Lasten. Lastbilarna har blivit tyngre.')).toBe('sv');
    // (Without the letters, three of its words against one of another's are enough too; two are too few.)
    expect(detectLanguage('ZEIT ONLINE: Frau Lopez, warum Bruecken? Maria Lopez: Mein Vater hat sie gebaut. ZEIT ONLINE: Was hat sich veraendert? Maria Lopez: Die Last. Die Lastwagen sind schwerer geworden.')).toBe('de');
    expect(detectLanguage('ZEIT ONLINE: Frau Lopez, warum Bruecken? Maria Lopez: Mein Vater baute Strassen. ZEIT ONLINE: Und heute? Maria Lopez: Der Verkehr. Lastwagen, schwerer denn je.')).toBeNull();
  });
  it('reads a short Dutch or Italian Q&A by its commonest words leaning three to one, without letters of its own (they were English)', () => {
    expect(detectLanguage('Maria Lopez bouwt al dertig jaar bruggen in Bonn. Vraag: Hoe bent u met bruggen begonnen? Antwoord: Als lasser in Bonn. Daarna studeerde ik techniek. Vraag: Wat is de grootste vijand van een brug? Antwoord: Water. Altijd water.')).toBe('nl');
    expect(detectLanguage('Maria Lopez costruisce ponti a Bonn da trent’anni. D. Come ha iniziato con i ponti? R. Come saldatrice a Bonn. Poi ho studiato ingegneria. D. Qual è il peggior nemico di un ponte? R. L’acqua. Sempre l’acqua.')).toBe('it');
  });
  it('reads a short Dutch Q&A whose `die` is a German word too by Dutch’s own (`zich`, `omdat`, `waarom`, `uit`: it was English)', () => {
    expect(detectLanguage("'Elke stad bouwt tegen de laatste overstroming' Door Tom Becker. Hydroloog Maria Lopez legt uit waarom steden blijven overstromen. Waarom blijven steden overstromen? Omdat elke stad bouwt tegen de overstroming die ze zich herinnert. De volgende is altijd anders. Kunt u een voorbeeld geven? Valencia, in 1957. Ze hebben de hele rivier verlegd. En werkte dat? Voor die overstroming wel.")).toBe('nl');
    // (German with the same shape stays German.)
    expect(detectLanguage('Jede Stadt baut gegen die letzte Flut. Warum werden Städte überflutet? Weil jede Stadt gegen die Flut baut, an die sie sich erinnert. Die nächste ist immer anders. Können Sie ein Beispiel nennen? Valencia, 1957. Sie haben den ganzen Fluss verlegt.')).toBe('de');
  });
  it('reads a short Finnish Q&A by Finnish’s own short words (`kanssa`, `miksi`, `koska`: it was English)', () => {
    expect(detectLanguage('Haastattelu: Maria Lopez. Tom Becker keskusteli hydrologi Maria Lopezin kanssa. Kysymys: Miksi kaupungit tulvivat yhä uudelleen? Vastaus: Koska jokainen kaupunki rakentaa muistamaansa tulvaa vastaan. Kysymys: Voitteko antaa esimerkin? Vastaus: Valencia, 1957. He siirsivät koko joen.')).toBe('fi');
  });
  it('reads a short Portuguese Q&A as Portuguese though `por`, `para` and `como` are Spanish words too (it was English), and a short Spanish one as Spanish (guard)', () => {
    expect(detectLanguage('Entrevista com Maria Lopez. Pergunta: Como começou a desenhar pontes? Resposta: Cresci perto de um rio em Sevilha. Todos os dias atravessava uma ponte de ferro e perguntava quem a tinha desenhado. Pergunta: E hoje, o que mais a motiva? Resposta: As pessoas. Uma ponte para peões é sentida por quem a atravessa, por isso penso primeiro no conforto.')).toBe('pt');
    expect(detectLanguage('Entrevista con Maria Lopez. Pregunta: ¿Cómo empezó a diseñar puentes? Respuesta: Crecí junto a un río en Sevilla. Cada día cruzaba un puente de hierro y me preguntaba quién lo había dibujado. Pregunta: ¿Y hoy, qué la motiva? Respuesta: La gente. Un puente para peatones se siente al cruzarlo, por eso pienso primero en la comodidad.')).toBe('es');
  });
  it('reads Catalan by its own short words (`els`, `amb`, `això`, `dels`: it was English), its neighbours’ texts as theirs (guard)', () => {
    expect(detectLanguage('L’enginyera Maria Lopez inspecciona ponts des de fa trenta anys. Hem parlat amb ella sobre els ponts i la corrosió. Què mata els ponts? L’aigua. Sempre l’aigua, i després la sal. Els ponts no moren d’un dia per l’altre. Per què la sal? Perquè accelera la corrosió de l’acer. A l’hivern se’n llencen tones a les carreteres, i això és molt dolent per als ponts dels nostres rius. Es pot evitar? Sí, però costa diners. Cal pintar i revisar cada any, i també cal netejar els desguassos amb molta cura.')).toBe('ca');
    expect(detectLanguage(es)).toBe('es');
    expect(detectLanguage(fr)).toBe('fr');
    expect(detectLanguage('Penso che la domanda sia difficile. Abbiamo strumenti che sono utili anche per le piccole squadre, perché il lavoro è molto, ma non è sempre il caso per le persone del settore.')).toBe('it');
  });
  it('reads a short Indonesian Q&A as Indonesian though `di` is an Italian word too (it was English)', () => {
    expect(detectLanguage('Insinyur asal Spanyol Maria Lopez telah merancang jembatan. Tom Becker berbincang dengannya di Jakarta. Mengapa kayu? Karena kayu menyimpan karbon. Orang juga suka menyentuhnya. Bagaimana dengan api? Kayu hangus di bagian luar. Apa pesan Anda untuk insinyur muda? Dengarkan sungainya di pagi hari.')).toBe('id');
  });
  it('reads text whose accents are apart from their letters (`María` as `i` and a combining accent, as a Mac may copy it) as the same letters and names', () => {
    const nfd = (s: string) => new TextEncoder().encode(s.normalize('NFD'));
    const r = ingest(nfd('---\nguest: María López\n---\nTomás Becker: ¿Por qué los puentes?\n\nMaría López: Mi padre los construía.\n\nTomás Becker: ¿Y ahora?\n\nLópez: La carga.\n'), 'nfd.md');
    expect(r.transcript.sections[0]!.turns.map((t) => `${t.speaker}: ${t.paragraphs.map((p) => p.text).join(' | ')}`)).toEqual([
      'Tomás Becker: ¿Por qué los puentes?', 'María López: Mi padre los construía.', 'Tomás Becker: ¿Y ahora?', 'María López: La carga.',
    ]);
    expect(ingest(nfd('# Cầu\n\nPV: Hai mươi năm qua điều gì đã thay đổi?\n\nBà Lan: Tải trọng. Xe tải nặng hơn, còn cầu thì vẫn vậy.\n'), 'vi.md').transcript.lang).toBe('vi');
  });
  it('becomes the page language; the front matter’s `lang:` wins, and unclear text stays English', () => {
    const body = (text: string) => `# Titre\n\nQ: ${text}\n\nA: ${text}\n`;
    expect(ingest(body(fr), 'fr.md').transcript.lang).toBe('fr');
    expect(ingest(body(zh), 'zh.md').transcript.lang).toBe('zh');
    expect(ingest(`---\nlang: fr-CA\n---\n${body(fr)}`, 'ca.md').transcript.lang).toBe('fr-CA');
    expect(ingest(body('Oui. Yes. Sí.'), 'short.md').transcript.lang).toBe('en');
  });
});

describe('a Chinese paper’s editor in brackets after the last answer', () => {
  it('is the outro (`（本文编辑：李伟）`), not the guest’s words', () => {
    const r = ingest('专访桥梁工程师：水是桥梁最大的敌人\n\n记者：您为什么研究桥梁？\n\n洛佩兹：我的祖父在村里造过一座桥。\n\n记者：桥为什么会坏？\n\n洛佩兹：主要是水。\n\n（本文编辑：李伟）\n', 'zh.txt');
    expect(turnsOf(r).at(-1)!.paragraphs).toEqual(['主要是水。']);
    expect(r.transcript.outro.map((p) => p.text)).toEqual(['（本文编辑：李伟）']);
  });
});

describe('a Chinese article page’s links to its earlier posts after the interview (`往期推荐`, `往期回顾`)', () => {
  it('are the page’s, removed with the links under them (they were the outro)', () => {
    for (const head of ['往期推荐', '往期回顾', '往期精选']) {
      const r = ingest(`# 对话黄仁勋：加速计算的本质\n\n**Ben Thompson：** 欢迎回来。\n\n**黄仁勋：** 很高兴见到你。\n\n**Ben Thompson：** 为什么要讲历史？\n\n**黄仁勋：** 因为AI会使用工具。\n\n${head}\n\n[黄仁勋谈机器人](https://mp.weixin.qq.com/s/abc)\n\n[苹果的下一步](https://mp.weixin.qq.com/s/def)\n`, 'wechat.md');
      expect([r.transcript.outro, r.transcript.removed.map((x) => x.text)], head).toEqual([[], [head, '[黄仁勋谈机器人](https://mp.weixin.qq.com/s/abc)', '[苹果的下一步](https://mp.weixin.qq.com/s/def)']]);
    }
  });
});

describe('a short Russian interview, a dash before every paragraph, the byline after the last answer', () => {
  it('gives the answers to the guest (they were the interviewer’s, one turn with the questions)', () => {
    const r = ingest('Мария Лопес о мостах\n\nИнженер рассказала, почему рушатся мосты.\n\n— Почему рушатся мосты?\n\n— Из-за воды, почти всегда.\n\n— А дроны?\n\n— Помогают.\n\nБеседовал Том Беккер\n', 'ru.txt');
    expect(spoken(r)).toEqual(['Том Беккер (interviewer): Почему рушатся мосты?', 'Мария Лопес (guest): Из-за воды, почти всегда.', 'Том Беккер (interviewer): А дроны?', 'Мария Лопес (guest): Помогают.']);
  });
  it('keeps a dash before the questions alone as the questions’ mark (guard)', () => {
    const r = ingest('Мария Лопес о мостах\n\n— Почему рушатся мосты?\n\nИз-за воды, почти всегда.\n\n— А дроны?\n\nПомогают.\n\nБеседовал Том Беккер\n', 'ru.txt');
    expect(turnsOf(r).map((t) => t.speaker)).toEqual(['Том Беккер', 'Мария Лопес', 'Том Беккер', 'Мария Лопес']);
  });
});

describe('a Russian interview whose dashes open every turn, an answer going on without one', () => {
  it('gives the interviewer a dashed paragraph that asks without a question mark (`— Расскажите о Делфте.`, `— Спасибо за беседу.`; it was the answer’s)', () => {
    const r = ingest('Мария Лопес о мостах\n\nБеседовал Том Беккер\n\n— Как вы начали работать с мостами?\n\n— Сварщиком в Бонне.\n\nПотом училась.\n\n— Расскажите о Делфте.\n\n— Там я увидела старый мост.\n\n— Почему вода опасна?\n\n— Она проникает в трещины. Что тут поделаешь?\n\n— Спасибо за беседу.\n\n— Спасибо вам.\n', 'ru.txt');
    expect(spoken(r)).toEqual(['Том Беккер (interviewer): Как вы начали работать с мостами?', 'Мария Лопес (guest): Сварщиком в Бонне. | Потом училась.', 'Том Беккер (interviewer): Расскажите о Делфте.', 'Мария Лопес (guest): Там я увидела старый мост.', 'Том Беккер (interviewer): Почему вода опасна?', 'Мария Лопес (guest): Она проникает в трещины. Что тут поделаешь?', 'Том Беккер (interviewer): Спасибо за беседу.', 'Мария Лопес (guest): Спасибо вам.']);
    // (The turns' order confirms the answer that ends asking: no uncertainty.)
    expect(r.uncertain).toEqual([]);
    // (Spanish and French print interviews so too.)
    const es = ingest('# María López: "El agua es el enemigo"\n\nPor Tom Becker\n\n—¿Cómo empezó?\n\n—Como soldadora en Bonn.\n\nDespués estudié en Delft.\n\n—Cuéntenos de Delft.\n\n—Allí vi un puente viejo por dentro.\n\n—¿Por qué el agua?\n\n—Entra en cada grieta.\n\n—Muchas gracias.\n\n—A usted.\n', 'es.md');
    expect(turnsOf(es).map((t) => t.role)).toEqual(['interviewer', 'guest', 'interviewer', 'guest', 'interviewer', 'guest', 'interviewer', 'guest']);
  });
  it('so where long answers go on over more paragraphs without a dash than with one (the answer’s first paragraph was the question’s, the rest the answer)', () => {
    const on = '\n\nОна проникает в трещины.\n\nЗимой она замерзает.\n\nИ трещины растут.';
    const r = ingest(`# Мария Лопес о мостах\n\nБеседовал Том Беккер\n\n— Как вы начали работать с мостами?\n\n— Сварщиком в Бонне.${on}\n\n— Расскажите о Делфте.\n\n— Там я увидела старый мост.${on}\n\n— Почему вода опасна?\n\n— Из-за трещин.${on}\n\n— Спасибо за беседу.\n\n— Спасибо вам.\n`, 'ru.md');
    expect(who(r)).toEqual(['Том Беккер (interviewer)', 'Мария Лопес (guest)', 'Том Беккер (interviewer)', 'Мария Лопес (guest)', 'Том Беккер (interviewer)', 'Мария Лопес (guest)', 'Том Беккер (interviewer)', 'Мария Лопес (guest)']);
    expect(turnsOf(r)[1]!.paragraphs).toEqual(['Сварщиком в Бонне.', 'Она проникает в трещины.', 'Зимой она замерзает.', 'И трещины растут.']);
    // (Dashes before the questions alone, every other one a prompt without a question mark, stay the questions’ marks: guard.)
    const q = ingest('# Мария Лопес о мостах\n\nБеседовал Том Беккер\n\n— Как вы начали работать с мостами?\n\nСварщиком в Бонне.\n\nПотом училась.\n\n— Расскажите о Делфте.\n\nТам я увидела старый мост.\n\n— Почему вода опасна?\n\nИз-за трещин.\n\nЗимой она замерзает.\n\n— Расскажите о дронах.\n\nОни помогают.\n', 'ru.md');
    expect(who(q)).toEqual(['Том Беккер (interviewer)', 'Мария Лопес (guest)', 'Том Беккер (interviewer)', 'Мария Лопес (guest)', 'Том Беккер (interviewer)', 'Мария Лопес (guest)', 'Том Беккер (interviewer)', 'Мария Лопес (guest)']);
  });
  it('keeps two dashed answer paragraphs in a row the guest’s where every paragraph has a dash (guard)', () => {
    const r = ingest('Мария Лопес о мостах\n\n— Как вы начали работать с мостами?\n\n— Сварщиком в Бонне.\n\n— Потом училась в Делфте.\n\n— Почему вода опасна?\n\n— Она проникает в трещины.\n', 'ru.txt');
    expect(who(r)).toEqual(['Interviewer (interviewer)', 'Мария Лопес (guest)', 'Interviewer (interviewer)', 'Мария Лопес (guest)']);
    expect(turnsOf(r)[1]!.paragraphs).toEqual(['Сварщиком в Бонне.', 'Потом училась в Делфте.']);
  });
  it('reads the questions by their bold where both sides have dashes (`**— Спасибо за беседу.**` was the answer’s)', () => {
    const r = ingest('# Мария Лопес о мостах\n\n**— Как вы начали работать с мостами?**\n\n— Сварщиком в Бонне.\n\n**— Почему вода опасна?**\n\n— Она проникает в трещины.\n\n— И зимой замерзает.\n\n**— Спасибо за беседу.**\n\n— Спасибо вам.\n', 'ru.md');
    expect(who(r)).toEqual(['Interviewer (interviewer)', 'Мария Лопес (guest)', 'Interviewer (interviewer)', 'Мария Лопес (guest)', 'Interviewer (interviewer)', 'Мария Лопес (guest)']);
    expect(turnsOf(r)[3]!.paragraphs).toEqual(['Она проникает в трещины.', 'И зимой замерзает.']);
  });
});

describe('questions in Greek and Arabic, which ask with `;` and `؟`', () => {
  it('reads a Greek Q&A labelled `Ε:` and `Α:` under the headline `Μαρία Λόπεθ: ...` (the letters were two people; the headline, with `Ερ:`/`Απ:`, the guest’s first turn)', () => {
    for (const [q, a] of [['Ε', 'Α'], ['Ερ', 'Απ']]) {
      const r = ingest(`Μαρία Λόπεθ: Το νερό είναι ο εχθρός των γεφυρών\n\nΣυνέντευξη στον Τομ Μπέκερ\n\n${q}: Γιατί καταρρέουν οι γέφυρες;\n\n${a}: Κυρίως λόγω του νερού.\n\n${q}: Και τα drones;\n\n${a}: Βλέπουν την κάτω πλευρά.\n`, 'el.txt');
      expect(r.transcript.title).toBe('Μαρία Λόπεθ: Το νερό είναι ο εχθρός των γεφυρών');
      expect(turnsOf(r).map((t) => t.role)).toEqual(['interviewer', 'guest', 'interviewer', 'guest']);
      expect(r.transcript.guest).toBe('Μαρία Λόπεθ');
    }
  });
  it('reads an Arabic interview whose questions are in bold and end with `؟` (the build failed: no turns)', () => {
    const r = ingest('# ماريا لوبيز والجسور\n\n**لماذا تنهار الجسور؟**\n\nفي أغلب الأحيان بسبب الماء.\n\n**وماذا عن الطائرات المسيرة؟**\n\nإنها ترى الجانب السفلي من الجسر.\n\n**كم يكلف ذلك؟**\n\nأقل من رافعة.\n', 'ar.md');
    expect(spoken(r)).toEqual(['Interviewer (interviewer): لماذا تنهار الجسور؟', 'Guest (guest): في أغلب الأحيان بسبب الماء.', 'Interviewer (interviewer): وماذا عن الطائرات المسيرة؟', 'Guest (guest): إنها ترى الجانب السفلي من الجسر.', 'Interviewer (interviewer): كم يكلف ذلك؟', 'Guest (guest): أقل من رافعة.']);
  });
  it('takes no English paragraph ending with a semicolon for a question (guard)', () => {
    const r = ingest('# Bridges\n\n**Why do bridges fail?**\n\nWater gets in; then it freezes;\n\n**And drones?**\n\nThey help.\n\n**What does it cost?**\n\nLess than a crane.\n', 'en.md');
    expect(turnsOf(r).map((t) => t.role)).toEqual(['interviewer', 'guest', 'interviewer', 'guest', 'interviewer', 'guest']);
  });
});

describe('bylines in Indonesian, Ukrainian and Czech, and a short Polish Q&A', () => {
  it('names the interviewer by `Wawancara oleh`, `Розмовляв`, `Ptal se` (the Indonesian one headed the interview and left it untitled)', () => {
    const cases = [
      ['Maria Lopez: Air adalah musuh jembatan\n\nWawancara oleh Tom Becker\n\nTanya: Mengapa jembatan runtuh?\n\nJawab: Kebanyakan karena air.\n\nTanya: Bagaimana dengan drone?\n\nJawab: Mereka melihat bagian bawah jembatan.\n', 'Tom Becker'],
      ['Maria Lopez: Вода — ворог мостів\n\nРозмовляв Том Беккер\n\nПитання: Чому мости руйнуються?\n\nВідповідь: Здебільшого через воду.\n\nПитання: А дрони?\n\nВідповідь: Вони бачать низ мосту.\n', 'Том Беккер'],
      ['Maria Lopez: Voda je nepřítel mostů\n\nPtal se Tom Becker\n\nOtázka: Proč se mosty hroutí?\n\nOdpověď: Nejčastěji kvůli vodě.\n\nOtázka: A drony?\n\nOdpověď: Vidí spodek mostu.\n', 'Tom Becker'],
    ] as const;
    for (const [text, interviewer] of cases) {
      const r = ingest(text, 'qa.txt');
      expect([r.transcript.title, r.transcript.interviewer, r.transcript.guest]).toEqual([text.split('\n')[0], interviewer, 'Maria Lopez']);
      expect(turnsOf(r).map((t) => t.speaker)).toEqual([interviewer, 'Maria Lopez', interviewer, 'Maria Lopez']);
      expect(r.transcript.sections.map((s) => s.heading)).toEqual([null]);
    }
  });
  it('names the interviewer by a byline after the last answer in Portuguese, Swedish, Finnish or Hungarian (`Entrevista conduzida por`, `Intervju:`, `Haastattelu:`, `Interjú:`), no words of the guest’s (it was her last paragraph)', () => {
    for (const byline of ['Entrevista conduzida por Tom Becker', 'Intervju: Tom Becker', 'Haastattelu: Tom Becker', 'Interjú: Tom Becker']) {
      const r = ingest(`# Maria Lopez: o aço avisa\n\n**Por que o aço?**\n\nPorque ele dobra antes de quebrar.\n\n**E o concreto?**\n\nAvisa menos.\n\n${byline}\n`, 'byline.md');
      expect([r.transcript.interviewer, turnsOf(r).at(-1)!.paragraphs, r.transcript.outro.map((p) => p.text)], byline).toEqual(['Tom Becker', ['Avisa menos.'], [byline]]);
    }
  });
  it('tags a short Polish Q&A `pl` by its `ą` and `ę` (it was `en`)', () => {
    const r = ingest('# Wywiad z Marią Lopez\n\nPytanie: Dlaczego drewno?\n\nOdpowiedź: Z powodu węgla. Drewno go magazynuje.\n\nPytanie: A ogień?\n\nOdpowiedź: Drewno zwęgla się z zewnątrz, a rdzeń pozostaje mocny.\n', 'pl.md');
    expect(r.transcript.lang).toBe('pl');
  });
});

describe('a Japanese Q&A lettered `Q．` and `A．` (or `Q.`, `Ｑ　`), no colon, the words right after', () => {
  it('reads the letters as the sides (the build failed: no turns)', () => {
    for (const [q, a] of [['Q．', 'A．'], ['Ｑ．', 'Ａ．'], ['Q.', 'A.'], ['Q ', 'A '], ['Ｑ　', 'Ａ　']]) {
      const r = ingest(`# マリア・ロペス氏に聞く\n\n${q}橋の仕事を始めたきっかけは？\n\n${a}ボンで溶接工として働き始めました。\n\n${q}橋の敵は何ですか。\n\n${a}水です。\n`, 'ja.md');
      expect(spoken(r), q).toEqual(['Interviewer (interviewer): 橋の仕事を始めたきっかけは？', 'マリア・ロペス (guest): ボンで溶接工として働き始めました。', 'Interviewer (interviewer): 橋の敵は何ですか。', 'マリア・ロペス (guest): 水です。']);
    }
  });
  it('leaves a letter run into the words, `A股市场...` (China’s A shares), and `Q (Anna, Berlin):` as they were (guard)', () => {
    const zh = ingest('# 桥梁专访\n\nA股市场今天上涨。\n\n记者：桥为什么会坏？\n\n张伟：主要是水。\n\n记者：无人机呢？\n\n张伟：有用。\n', 'zh.md');
    expect(zh.transcript.intro.map((p) => p.text)).toEqual(['A股市场今天上涨。']);
    const readers = ingest('# Ask the engineer: Maria Lopez answers your questions\n\nQ (Anna, Berlin): Why did you choose bridges?\n\nMaria Lopez: My father built them.\n\nQ (Paul, Vienna): What is the worst enemy of a bridge?\n\nMaria Lopez: Water.\n', 'rq.md');
    expect(turnsOf(readers)[0]!.paragraphs).toEqual(['Why did you choose bridges?']);
  });
});

describe('a Chinese, Japanese or Korean tool’s export (`说话人1 00:01`, `話者1 00:01`, `참석자 1 00:01`), the host introducing the guest', () => {
  it('names the placeholder who answers by “今天的嘉宾是张伟” or “今日のゲストはマリア・ロペスさんです” (it was `说话人2`, `話者2`), not by a welcome to everyone', () => {
    const zh = ingest('桥梁播客第41期\n\n说话人1 00:01\n欢迎大家。今天的嘉宾是张伟。桥为什么会坏？\n\n说话人2 00:09\n主要是水。\n\n说话人1 00:20\n无人机呢？\n\n说话人2 00:24\n它们能看到桥的底面。\n', 'zh.txt');
    expect(turnsOf(zh).map((t) => t.speaker)).toEqual(['说话人1', '张伟', '说话人1', '张伟']);
    const ja = ingest('橋ラジオ第41回\n\n話者1 00:01\n橋ラジオへようこそ。今日のゲストはマリア・ロペスさんです。橋はなぜ壊れるのですか？\n\n話者2 00:09\nほとんどは水です。\n\n話者1 00:20\nドローンは？\n\n話者2 00:24\n橋の下側が見えます。\n', 'ja.txt');
    expect(turnsOf(ja).map((t) => t.speaker)).toEqual(['話者1', 'マリア・ロペス', '話者1', 'マリア・ロペス']);
    // (Clova Note's `참석자 1 00:01`: "오늘의 게스트는 마리아 로페스 씨입니다".)
    const ko = ingest('다리 팟캐스트 41회\n\n참석자 1 00:01\n다리 팟캐스트에 오신 것을 환영합니다. 오늘의 게스트는 마리아 로페스 씨입니다. 다리는 왜 무너지나요?\n\n참석자 2 00:09\n대부분 물 때문입니다.\n\n참석자 1 00:20\n드론은요?\n\n참석자 2 00:24\n다리 아래쪽을 볼 수 있습니다.\n', 'ko.txt');
    expect(turnsOf(ko).map((t) => t.speaker)).toEqual(['참석자 1', '마리아 로페스', '참석자 1', '마리아 로페스']);
  });
});

describe('a Chinese or Japanese meeting tool’s export, a job before the guest’s name, keywords above the transcript', () => {
  const feishu = (opening: string) => `桥梁访谈 2026年3月3日\n\n关键词：\n桥梁、冲刷、腐蚀\n\n文字记录：\n\n说话人 1 00:00\n${opening}\n\n说话人 2 00:08\n你好，谢谢邀请。\n\n说话人 1 00:12\n桥梁为什么会坏？\n\n说话人 2 00:15\n主要是水。冲刷会掏空基础。\n`;
  it('names the one who answers by “嘉宾是桥梁工程师玛丽亚·洛佩斯” and “ゲストは橋梁エンジニアのマリア・ロペスさんです” (it was `说话人 2`, `話者2`), the host by “我是汤姆·贝克尔”', () => {
    const zh = ingest(feishu('欢迎收听本期节目，今天的嘉宾是桥梁工程师玛丽亚·洛佩斯。玛丽亚，你好。'), 'feishu.txt');
    expect(turnsOf(zh).map((t) => [t.speaker, t.role, t.time])).toEqual([['说话人 1', 'interviewer', 0], ['玛丽亚·洛佩斯', 'guest', 8], ['说话人 1', 'interviewer', 12], ['玛丽亚·洛佩斯', 'guest', 15]]);
    const both = ingest(feishu('欢迎收听本期节目，我是汤姆·贝克尔，今天的嘉宾是桥梁工程师玛丽亚·洛佩斯。'), 'feishu.txt');
    expect(who(both)).toEqual(['汤姆·贝克尔 (interviewer)', '玛丽亚·洛佩斯 (guest)', '汤姆·贝克尔 (interviewer)', '玛丽亚·洛佩斯 (guest)']);
    const ja = ingest('橋梁インタビュー\n\n話者1 00:00\n本日のゲストは橋梁エンジニアのマリア・ロペスさんです。よろしくお願いします。\n\n話者2 00:08\nよろしくお願いします。\n\n話者1 00:12\n橋はなぜ壊れるのですか。\n\n話者2 00:15\nほとんどは水です。\n', 'ja.txt');
    expect(who(ja)).toEqual(['話者1 (interviewer)', 'マリア・ロペス (guest)', '話者1 (interviewer)', 'マリア・ロペス (guest)']);
    // (A job before a name of two or three characters, from a common surname: “我们请到了桥梁工程师张伟”; it was `说话人 2`.)
    const plain = ingest(feishu('欢迎收听本期节目。今天我们请到了桥梁工程师张伟。'), 'feishu.txt');
    expect(who(plain)).toEqual(['说话人 1 (interviewer)', '张伟 (guest)', '说话人 1 (interviewer)', '张伟 (guest)']);
    // (Never a job and what follows it without a name: “嘉宾是工程师和作家” names no one.)
    const jobs = ingest(feishu('欢迎收听本期节目，今天的嘉宾是工程师和作家。'), 'feishu.txt');
    expect(who(jobs)).toEqual(['说话人 1 (interviewer)', '说话人 2 (guest)', '说话人 1 (interviewer)', '说话人 2 (guest)']);
  });
  it('titles the page by its first line, the keywords (`关键词：`) under it the intro’s, as `Keywords:` is; it was titled “关键词：”', () => {
    const r = ingest(feishu('欢迎收听本期节目。'), 'feishu.txt');
    expect(r.transcript.title).toBe('桥梁访谈 2026年3月3日');
    expect(r.transcript.intro.map((p) => p.text)).toEqual(['关键词：', '桥梁、冲刷、腐蚀']);
    expect(r.transcript.sections.map((s) => s.heading)).toEqual(['文字记录']);
  });
});

describe('a tool’s export in Russian, Polish or Turkish (`Спикер 1`, `Mówca 1`, `Konuşmacı 1`), the host introducing the guest', () => {
  it('names the placeholder who answers (“Сегодня у нас в гостях Мария Лопес”, “Moim gościem jest dziś Maria Lopez”, “Bugünkü konuğumuz Maria Lopez”; it stayed `Спикер 2`...)', () => {
    const cases = [
      ['Спикер', 'Добро пожаловать. Сегодня у нас в гостях Мария Лопес. Почему рушатся мосты?', 'Мария Лопес', ['В основном из-за воды. Она проникает в каждую трещину.', 'А дроны?', 'Они видят низ моста, а это очень помогает.']],
      ['Mówca', 'Witamy. Moim gościem jest dziś Maria Lopez. Dlaczego mosty się zawalają?', 'Maria Lopez', ['Najczęściej przez wodę. Podmywanie niszczy filary.', 'A drony?', 'Widzą spód mostu, a to bardzo pomaga.']],
      ['Konuşmacı', 'Hoş geldiniz. Bugünkü konuğumuz Maria Lopez. Köprüler neden çöker?', 'Maria Lopez', ['Çoğu zaman su yüzünden. Oyulma ayakları yıkar.', 'Peki dronlar?', 'Köprünün altını görüyorlar, bu çok yardımcı oluyor.']],
    ] as const;
    for (const [word, opening, guest, answers] of cases) {
      const r = ingest(`Podcast 41\n\n${word} 1 (00:00:01): ${opening}\n\n${word} 2 (00:00:09): ${answers[0]}\n\n${word} 1 (00:00:20): ${answers[1]}\n\n${word} 2 (00:00:24): ${answers[2]}\n`, 'export.txt');
      expect(turnsOf(r).map((t) => t.speaker), word).toEqual([`${word} 1`, guest, `${word} 1`, guest]);
    }
  });
});

describe('a Korean interview labelled by a foreign guest’s surname (`로페스:`), the editors asking (`편집부:`)', () => {
  it('shows the surname as the full name the headline gives (`마리아 로페스 인터뷰`; it was `로페스`), not a job before a name (`기자 김민수`)', () => {
    const r = ingest('# 마리아 로페스 인터뷰\n\n편집부: 다리는 왜 무너지나요?\n\n로페스: 대부분 물 때문입니다.\n\n편집부: 드론은요?\n\n로페스: 도움이 됩니다.\n', 'ko.md');
    expect(who(r)).toEqual(['편집부 (interviewer)', '마리아 로페스 (guest)', '편집부 (interviewer)', '마리아 로페스 (guest)']);
    const job = ingest('# 기자 김민수의 인터뷰\n\n편집부: 다리는 왜 무너지나요?\n\n김민수: 대부분 물 때문입니다.\n\n편집부: 드론은요?\n\n김민수: 도움이 됩니다.\n', 'ko.md');
    expect(job.transcript.guest).toBe('김민수');
  });
});

describe('a Japanese or Chinese interview with its credits above it', () => {
  it('names the interviewer by `構成・文：` or `聞き手：` and a name in katakana (it was a turn: `構成・文` was the guest saying the name)', () => {
    for (const credit of ['構成・文：トム・ベッカー', '聞き手：トム・ベッカー', '取材・文：トム・ベッカー']) {
      const r = ingest(`# 橋は人のように老いる――マリア・ロペス氏インタビュー\n\n${credit}\n\n――橋の仕事を始めたきっかけは？\n\nロペス　ボンで溶接工として働き始めました。\n\n――橋の敵は何ですか。\n\nロペス　水です。\n`, 'ja.md');
      expect(spoken(r)).toEqual(['トム・ベッカー (interviewer): 橋の仕事を始めたきっかけは？', 'マリア・ロペス (guest): ボンで溶接工として働き始めました。', 'トム・ベッカー (interviewer): 橋の敵は何ですか。', 'マリア・ロペス (guest): 水です。']);
      expect(r.transcript.intro.map((p) => p.text)).toEqual([credit]);
    }
  });
  it('keeps the photographer’s credit (`写真：`) in the intro, naming no one who speaks', () => {
    const r = ingest('# 橋は人のように老いる――マリア・ロペス氏インタビュー\n\n写真：トム・ベッカー\n\n――橋の仕事を始めたきっかけは？\n\nロペス　ボンで溶接工として働き始めました。\n\n――橋の敵は何ですか。\n\nロペス　水です。\n', 'ja.md');
    expect(who(r)).toEqual(['Interviewer (interviewer)', 'マリア・ロペス (guest)', 'Interviewer (interviewer)', 'マリア・ロペス (guest)']);
    expect(r.transcript.intro.map((p) => p.text)).toEqual(['写真：トム・ベッカー']);
  });
});

describe('a Korean interview copied as text: the headline closing with a quotation, a foreign name in the byline', () => {
  it('takes the headline for the title and its name for the guest, and `톰 베커 기자` for the interviewer', () => {
    const r = ingest('[인터뷰] 마리아 로페스 "물이 다리의 가장 큰 적"\n\n톰 베커 기자\n\n- 다리는 왜 무너지나요?\n"대부분 물 때문입니다."\n\n- 얼마나 걸리나요?\n"30년에서 40년 정도입니다."\n', 'ko.txt');
    expect([r.transcript.title, r.transcript.guest, r.transcript.interviewer]).toEqual(['[인터뷰] 마리아 로페스 "물이 다리의 가장 큰 적"', '마리아 로페스', '톰 베커']);
    expect(spoken(r)).toEqual(['톰 베커 (interviewer): 다리는 왜 무너지나요?', '마리아 로페스 (guest): "대부분 물 때문입니다."', '톰 베커 (interviewer): 얼마나 걸리나요?', '마리아 로페스 (guest): "30년에서 40년 정도입니다."']);
  });
});

describe('a German interview labelled `Frage:` and `Antwort:`, the dek’s nouns in capitals', () => {
  it('names the guest the question addresses (`Frau Lopez`), not "Guest" for a tie with `Jahren Brücken`', () => {
    const r = ingest('Brücken: »Das Wasser ist schuld«\n\nMaria Lopez prüft seit zwanzig Jahren Brücken. Ein Gespräch über Rost.\n\nFrage: Frau Lopez, warum stürzen Brücken ein?\n\nAntwort: Meistens wegen Wasser.\n\nFrage: Und die Drohnen?\n\nAntwort: Sie helfen sehr.\n\nDas Gespräch führte Tom Becker.\n', 'de.txt');
    expect([r.transcript.guest, r.transcript.interviewer]).toEqual(['Maria Lopez', 'Tom Becker']);
  });
});

describe('a short Chinese interview whose speakers have English names, its answers short', () => {
  it('keeps the lines above the interview (they were removed as spam in Han script “in a Latin document”)', () => {
    const r = ingest('# 中文\n\n早上好，\n\n进入采访：\n\n### 背景\n\n**Tom Becker：** 桥为什么会生锈？\n\n**Maria Lopez：** 水。\n\n**Tom Becker：** 无人机呢？\n\n**Maria Lopez：** 有用。\n', 'zh.md');
    expect(r.transcript.removed).toEqual([]);
    expect([r.transcript.title, ...r.transcript.intro.map((p) => p.text)]).toEqual(['中文', '早上好，', '进入采访：']);
  });
});

describe('a Swedish interview: the question plain or bold, a dash before each answer', () => {
  it('gives the dashed answers to the guest and the questions to the interviewer (they were swapped)', () => {
    const r = ingest('Maria Lopez: "Vatten är brons värsta fiende"\n\nAv Tom Becker\n\nVarför rasar broar?\n– Oftast på grund av vatten.\n\nHur lång tid tar det?\n– Trettio, fyrtio år.\n\nVad förändrar drönare?\n– De ser undersidan.\n', 'sv.txt');
    expect(spoken(r)).toEqual(['Tom Becker (interviewer): Varför rasar broar?', 'Maria Lopez (guest): Oftast på grund av vatten.', 'Tom Becker (interviewer): Hur lång tid tar det?', 'Maria Lopez (guest): Trettio, fyrtio år.', 'Tom Becker (interviewer): Vad förändrar drönare?', 'Maria Lopez (guest): De ser undersidan.']);
  });
  it('keeps an answer’s paragraph without a dash, and an answer ending with a question, the guest’s (Markdown, bold questions)', () => {
    const r = ingest('# Maria Lopez om broar\n\nAv Tom Becker\n\n**Varför rasar broar?**\n\n– Oftast på grund av vatten.\n\nOch sedan rostar stålet.\n\n**Hur lång tid tar det?**\n\n– Trettio, fyrtio år.\n\n**Vad förändrar drönare?**\n\n– De ser undersidan. Vem vill inte det?\n', 'sv.md');
    expect(spoken(r)).toEqual(['Tom Becker (interviewer): Varför rasar broar?', 'Maria Lopez (guest): Oftast på grund av vatten. | Och sedan rostar stålet.', 'Tom Becker (interviewer): Hur lång tid tar det?', 'Maria Lopez (guest): Trettio, fyrtio år.', 'Tom Becker (interviewer): Vad förändrar drönare?', 'Maria Lopez (guest): De ser undersidan. Vem vill inte det?']);
  });
  it('reads a prompt or the thanks right before a dashed answer as a question, where the dashed paragraphs never ask (`Berätta om Delft.`, `Tack för samtalet.`; every turn was the other side’s)', () => {
    const r = ingest('Maria Lopez: "Vatten är brons värsta fiende"\n\nAv Tom Becker\n\nVarför rasar broar?\n\n– Oftast på grund av vatten.\n\nOch sedan rostar stålet.\n\nBerätta om Delft.\n\n– Där såg jag en gammal bro inifrån.\n\nHur lång tid tar det?\n\n– Trettio, fyrtio år.\n\nTack för samtalet.\n\n– Tack själv.\n', 'sv.txt');
    expect(spoken(r)).toEqual(['Tom Becker (interviewer): Varför rasar broar?', 'Maria Lopez (guest): Oftast på grund av vatten. | Och sedan rostar stålet.', 'Tom Becker (interviewer): Berätta om Delft.', 'Maria Lopez (guest): Där såg jag en gammal bro inifrån.', 'Tom Becker (interviewer): Hur lång tid tar det?', 'Maria Lopez (guest): Trettio, fyrtio år.', 'Tom Becker (interviewer): Tack för samtalet.', 'Maria Lopez (guest): Tack själv.']);
  });
  it('leaves a dash before the questions, the answers plain, as French prints them (guard)', () => {
    const r = ingest('Entretien avec Maria Lopez\n\nPropos recueillis par Tom Becker\n\n— Pourquoi les ponts tombent-ils ?\n\nÀ cause de l’eau.\n\n— Combien de temps ?\n\nTrente ans. Pourquoi pas ?\n\n— Et les drones ?\n\nIls aident.\n', 'fr.txt');
    expect(turnsOf(r).map((t) => t.role)).toEqual(['interviewer', 'guest', 'interviewer', 'guest', 'interviewer', 'guest']);
  });
  it('names the guest by the text file’s first line, a headline in title case `Entretien avec Maria Lopez` (she was "Guest")', () => {
    const r = ingest('Entretien avec Maria Lopez\n\nPropos recueillis par Tom Becker\n\n— Pourquoi les ponts tombent-ils ?\n\nÀ cause de l’eau.\n\n— Combien de temps ?\n\nTrente ans.\n', 'fr.txt');
    expect([r.transcript.guest, r.transcript.interviewer]).toEqual(['Maria Lopez', 'Tom Becker']);
  });
});

describe('a Chinese Q&A (`问：`, `答：`) under a headline opening with a foreign name and its dot', () => {
  it('names the guest by the headline (`专访玛丽亚·洛佩兹：...`; she was "Guest")', () => {
    const r = ingest('专访玛丽亚·洛佩兹：桥梁的敌人是水\n\n记者 李娜\n\n问：桥为什么会坏？\n\n答：主要是水。\n\n问：需要多久？\n\n答：三四十年。\n', 'zh.txt');
    expect([r.transcript.guest, r.transcript.interviewer]).toEqual(['玛丽亚·洛佩兹', '李娜']);
  });
  it('names no one where a job runs into the given name (`专访桥梁工程师玛丽亚·洛佩兹：...`) (guard)', () => {
    const r = ingest('专访桥梁工程师玛丽亚·洛佩兹：桥梁的敌人是水\n\n记者 李娜\n\n问：桥为什么会坏？\n\n答：主要是水。\n\n问：需要多久？\n\n答：三四十年。\n', 'zh.txt');
    expect(r.transcript.guest).toBeNull();
  });
});

describe('a Chinese panel’s export, each name and its time alone above the words (`王强 | 00:25`)', () => {
  const panel = (last: string) => `桥梁访谈\n\n李娜 | 00:05\n欢迎收听。桥为什么会坏？\n\n张伟 | 00:12\n主要是水。\n\n李娜 | 00:20\n那缆索呢？\n\n${last}`;
  it('reads a panelist who speaks once, last, as a turn of theirs (it was the outro, and the one once in the middle "Guest")', () => {
    const r = ingest(panel('王强 | 00:25\n主要是腐蚀。我们每年检查。\n'), 'panel.txt');
    expect(turnsOf(r).map((t) => [t.speaker, t.time, t.paragraphs])).toEqual([['李娜', 5, ['欢迎收听。桥为什么会坏？']], ['张伟', 12, ['主要是水。']], ['李娜', 20, ['那缆索呢？']], ['王强', 25, ['主要是腐蚀。我们每年检查。']]]);
  });
  it('takes an ad’s marker and its sponsor’s line for no one’s (`广告 | 00:30` / `本期节目由莱茵保险赞助。`: a part named “广告”, the guest reading the ad)', () => {
    const r = ingest(panel('张伟 | 00:25\n主要是腐蚀。\n\n广告 | 00:30\n本期节目由莱茵保险赞助。\n\n李娜 | 00:40\n欢迎回来。\n'), 'panel.txt');
    expect(spoken(r)).toEqual(['李娜 (interviewer): 欢迎收听。桥为什么会坏？', '张伟 (guest): 主要是水。', '李娜 (interviewer): 那缆索呢？', '张伟 (guest): 主要是腐蚀。', '李娜 (interviewer): 欢迎回来。']);
    expect(r.transcript.removed.map((x) => x.text)).toEqual(['广告 | 00:30', '本期节目由莱茵保险赞助。']);
  });
  it('takes no word set so for a name, a next episode’s preview (`预告 | 00:40`), the name no common surname opens (guard)', () => {
    const r = ingest(panel('张伟 | 00:25\n主要是腐蚀。\n\n预告 | 00:40\n下期我们聊木桥。\n'), 'panel.txt');
    expect(who(r)).toEqual(['李娜 (interviewer)', '张伟 (guest)', '李娜 (interviewer)', '张伟 (guest)']);
    expect(r.transcript.outro.map((p) => p.text)).toEqual(['预告 | 00:40', '下期我们聊木桥。']);
  });
});

describe('a German Q&A whose headline opens with a question word (`Warum Brücken einstürzen`), the dek naming the guest', () => {
  it('names her by the dek (the headline’s “Warum Brücken” was as good a name: she was "Guest")', () => {
    const r = ingest('# Warum Brücken einstürzen\n\nMaria Lopez ist Chefingenieurin bei Rhine Works.\n\nFrage: Warum stürzen Brücken ein?\n\nAntwort: Meistens wegen des Wassers.\n\nFrage: Und die Seile?\n\nAntwort: Korrosion.\n', 'de.md');
    expect(who(r)).toEqual(['Interviewer (interviewer)', 'Maria Lopez (guest)', 'Interviewer (interviewer)', 'Maria Lopez (guest)']);
    expect([...namesIn('Warum Brücken einstürzen. Why Bridges Fail. Maria Lopez ist Chefingenieurin.').keys()]).toEqual(['Maria Lopez']);
  });
});

describe('a podcast tool’s placeholders in German, French and Spanish, the host opening with both names', () => {
  it('names both by the opening, as in English (they stayed `Sprecher 1`, `Locuteur 1`, `Hablante 1`)', () => {
    for (const [text, file] of [
      ['Sprecher 1 (00:00:01):\nHerzlich willkommen. Ich bin Tom Becker, und heute zu Gast ist Maria Lopez.\n\nSprecher 2 (00:00:06):\nDanke für die Einladung.\n\nSprecher 1 (00:00:08):\nWarum stürzen Brücken ein?\n\nSprecher 2 (00:00:10):\nMeistens wegen Wasser.\n', 'de.txt'],
      ['Locuteur 1 (00:00:01):\nBienvenue. Je suis Tom Becker, et mon invitée aujourd’hui est Maria Lopez.\n\nLocuteur 2 (00:00:06):\nMerci de m’avoir invitée.\n\nLocuteur 1 (00:00:08):\nPourquoi les ponts s’effondrent-ils ?\n\nLocuteur 2 (00:00:10):\nÀ cause de l’eau.\n', 'fr.txt'],
      ['Hablante 1 (00:00:01):\nBienvenidos. Soy Tom Becker y hoy nos acompaña Maria Lopez.\n\nHablante 2 (00:00:06):\nGracias por invitarme.\n\nHablante 1 (00:00:08):\n¿Por qué se caen los puentes?\n\nHablante 2 (00:00:10):\nPor el agua.\n', 'es.txt'],
    ] as const)
      expect(turnsOf(ingest(text, file)).map((t) => `${t.speaker} (${t.role})`)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
  });
  it('reads other tools’ words for a placeholder too, `Locutor 1`, `Oratore 1`, `Orateur 1`, `Řečník 1` (they were no placeholders: the guest stayed `Locutor 2`)', () => {
    for (const [one, two, text] of [['Locutor 1', 'Locutor 2', 'Bienvenidos. Hoy hablamos con Maria Lopez.'], ['Oratore 1', 'Oratore 2', 'Benvenuti. Oggi parliamo con Maria Lopez.'], ['Orateur 1', 'Orateur 2', 'Bienvenue. Aujourd’hui, je reçois Maria Lopez.']] as const)
      expect(turnsOf(ingest(`${one}: ${text}\n\n${two}: Gracias.\n\n${one}: ¿Por qué?\n\n${two}: Por el agua.\n`, 'p.md')).map((t) => t.speaker), one).toEqual([one, 'Maria Lopez', one, 'Maria Lopez']);
    expect(isPlaceholder('Řečník 2')).toBe(true);
  });
  it('reads Italian’s `Parlante 1` and `Interlocutore 1`, German’s `Sprecherin 1` so too (the guest stayed `Parlante 2`, unreported)', () => {
    for (const [one, two] of [['Parlante 1', 'Parlante 2'], ['Interlocutore 1', 'Interlocutore 2'], ['Sprecherin 1', 'Sprecherin 2']] as const) {
      const r = ingest(`Ponti\n\n${one}  0:00\nBenvenuti. Oggi è con noi l’ingegnera Maria Lopez. Maria, grazie di essere qui.\n\n${two}  0:09\nGrazie a te, Tom.\n\n${one}  0:12\nPerché crollano i ponti?\n\n${two}  0:15\nPer l’acqua, quasi sempre.\n`, 'it.txt');
      // (The host by the first name the guest thanks him by, “Grazie a te, Tom.”, said so.)
      expect(turnsOf(r).map((t) => [t.speaker, t.time]), one).toEqual([['Tom', 0], ['Maria Lopez', 9], ['Tom', 12], ['Maria Lopez', 15]]);
      expect(r.transcript.warnings.map((w) => w.message), one).toEqual([`'${one}' as Tom: named only by how the speakers address each other`]);
    }
  });
  it('names the guest by the host’s words for talking with her (“Hoy hablamos con”, “Heute spreche ich mit”, “Aujourd’hui, je reçois”, “Oggi parliamo con”, “Hoje conversamos com”; she stayed `Hablante 2`)', () => {
    for (const words of ['Hoy hablamos con', 'Heute spreche ich mit', 'Aujourd’hui, je reçois', 'Oggi parliamo con', 'Hoje conversamos com']) {
      const text = `Hablante 1: Bienvenidos. ${words} Maria Lopez.\n\nHablante 2: Gracias por invitarme.\n\nHablante 1: ¿Por qué se caen los puentes?\n\nHablante 2: Por el agua.\n`;
      expect(turnsOf(ingest(text, 'es.md')).map((t) => t.speaker), words).toEqual(['Hablante 1', 'Maria Lopez', 'Hablante 1', 'Maria Lopez']);
    }
  });
});

describe('a Turkish or Vietnamese Q&A naming its people as those languages write them', () => {
  it('names the guest without the Turkish case ending after her name’s apostrophe (`Maria Lopez’le`: she was “Maria Lopez’le”)', () => {
    const r = ingest('Köprü mühendisi Maria Lopez\'le ahşap köprüleri konuştuk\n\nİspanyol mühendis Maria Lopez otuz yıldır köprü tasarlıyor. Tom Becker onunla İstanbul\'da konuştu.\n\nSoru: Neden ahşap?\n\nCevap: Çünkü karbonu depoluyor.\n\nSoru: Peki ya yangın?\n\nCevap: Ahşap dıştan kömürleşir.\n', 'tr.txt');
    expect([r.transcript.guest, r.transcript.interviewer]).toEqual(['Maria Lopez', 'Tom Becker']);
  });
  it('keeps a name whose apostrophe and ending are its own whole in a text without Turkish letters (`Wanjiru Ng’ang’a`) (guard)', () => {
    const r = ingest('# The engineer Wanjiru Ng’ang’a on rivers\n\nWanjiru Ng’ang’a builds bridges in Nairobi.\n\nQ: Why timber?\n\nA: Because it stores carbon.\n\nQ: And fire?\n\nA: It chars.\n', 'ke.md');
    expect(r.transcript.guest).toBe('Wanjiru Ng’ang’a');
  });
  it('names the interviewer the dek calls the reporter (`Phóng viên Tom Becker đã trò chuyện với bà`: he was “Interviewer”)', () => {
    const r = ingest('Kỹ sư Maria Lopez: "Dòng sông quyết định tất cả"\n\nMaria Lopez đã thiết kế cầu suốt ba mươi năm. Phóng viên Tom Becker đã trò chuyện với bà.\n\nPV: Vì sao bà chọn gỗ?\n\nMaria Lopez: Vì gỗ lưu giữ carbon.\n\nPV: Còn lửa thì sao?\n\nMaria Lopez: Gỗ cháy sém bên ngoài.\n', 'vi.txt');
    expect(spoken(r)[0]).toBe('Tom Becker (interviewer): Vì sao bà chọn gỗ?');
  });
});

describe('a panel’s header naming who speaks in German or French (`**Moderation:** Tom Becker`, `Intervenants : Maria Lopez (Rhine Works), Paul Kim`)', () => {
  it('reads the fields as a header: no one’s turn, the surnames labelling the turns the full names it gives (`Moderation` was a guest saying the header)', () => {
    const de = ingest('# Podiumsdiskussion: Die Zukunft der Brücken\n\n**Moderation:** Tom Becker\n**Auf dem Podium:** Maria Lopez (Rhine Works), Paul Kim (Universität Bonn)\n\n**Becker:** Frau Lopez, warum Holz?\n\n**Lopez:** Weil es Kohlenstoff speichert.\n\n**Becker:** Herr Kim?\n\n**Kim:** Teilweise.\n', 'podium.md');
    expect(spoken(de)).toEqual(['Tom Becker (interviewer): Frau Lopez, warum Holz?', 'Maria Lopez (guest): Weil es Kohlenstoff speichert.', 'Tom Becker (interviewer): Herr Kim?', 'Paul Kim (guest): Teilweise.']);
  });
  it('titles a text file by its first line above the fields (it was titled by the file’s name)', () => {
    const fr = ingest("Table ronde : l'avenir des ponts\n\nModérateur : Tom Becker, Bridge Notes\nIntervenants : Maria Lopez (Rhine Works), Paul Kim (Université de Bonn)\n\nTOM BECKER : Maria, pourquoi le bois ?\n\nMARIA LOPEZ : Parce qu'il stocke le carbone.\n\nTOM BECKER : Paul ?\n\nPAUL KIM : En partie.\n", 'table-ronde.txt');
    expect(fr.transcript.title).toBe("Table ronde : l'avenir des ponts");
    expect(fr.transcript.intro.map((p) => p.text)).toEqual(['Modérateur : Tom Becker, Bridge Notes', 'Intervenants : Maria Lopez (Rhine Works), Paul Kim (Université de Bonn)']);
  });
});

describe('who the guest is where a dek or a headline says it as its language does', () => {
  it('a Japanese headline opening with a foreign name and the words it quotes (`マリア・ロペス「...」`), or a name with an honorific; not a place before a quotation (guard)', () => {
    const qa = (title: string) => ingest(`# ${title}\n\n聞き手：トム・ベッカー\n\n――どのように始まったのですか？\n\n家の近くの橋のひび割れからです。\n\n――コストは？\n\n修理費よりも安いです。\n`, 'ja.md').transcript.guest;
    expect(qa('マリア・ロペス「水は橋の敵だ」')).toBe('マリア・ロペス');
    expect(qa('田中花子さん「水は橋の敵だ」')).toBe('田中花子');
    expect(qa('東京「水は橋の敵だ」')).toBeNull();
  });
  it('a Korean or Arabic headline opening with the name and a comma, the text naming her again (`마리아 로페스, 다리를 말하다`); not words the text never writes again (guard)', () => {
    const ko = (title: string) => ingest(`# ${title}\n\n마리아 로페스는 라인웍스를 설립했다.\n\n질문: 어떻게 시작됐나요?\n\n답변: 다리의 균열에서요.\n\n질문: 콘크리트는요?\n\n답변: 스스로 고칩니다.\n`, 'ko.md').transcript.guest;
    expect([ko('마리아 로페스, 다리를 말하다'), ko('다리의 미래, 스스로 고친다')]).toEqual(['마리아 로페스', null]);
  });
  it('an Arabic or Hindi headline opening with two words the dek writes again (`ماريا لوبيز عن الجسور`, `मारिया लोपेज़ पुलों पर`); not a common word or one after the Arabic article (guard)', () => {
    const qa = (title: string, dek: string, q: string, a: string) => ingest(`# ${title}\n\n${dek}\n\n${q}: ؟\n\n${a}: .\n\n${q}: ?\n\n${a}: .\n`.replace(/: ([?؟.])/g, (_, p) => `: ${p === '.' ? 'ok' : 'why'}${p}`), 'x.md').transcript.guest;
    expect(qa('ماريا لوبيز عن الجسور', 'أسست ماريا لوبيز شركة راين ووركس.', 'سؤال', 'جواب')).toBe('ماريا لوبيز');
    expect(qa('मारिया लोपेज़ पुलों पर', 'मारिया लोपेज़ ने राइन वर्क्स की स्थापना की।', 'प्रश्न', 'उत्तर')).toBe('मारिया लोपेज़');
    expect(qa('مستقبل الجسور في أوروبا', 'مستقبل الجسور يعتمد على الصيانة.', 'سؤال', 'جواب')).toBeNull();
    expect(qa('पुलों का भविष्य', 'पुलों का भविष्य रखरखाव पर निर्भर है।', 'प्रश्न', 'उत्तर')).toBeNull();
  });
  it('not a headline’s question asked again as the first question, `पुल क्यों गिरते हैं` (“why do bridges fall”): no name (the guest was “पुल क्यों”, “bridge why”)', () => {
    const qa = (title: string, q: string, a: string) => ingest(`# ${title}\n\n**${q}: ${title}؟**\n\n${a}: ok.\n\n**${q}: why؟**\n\n${a}: ok.\n`, 'x.md').transcript.guest;
    expect(qa('पुल क्यों गिरते हैं', 'सवाल', 'जवाब')).toBeNull();
    expect(qa('لماذا تنهار الجسور', 'س', 'ج')).toBeNull();
  });
  it('a Chinese dek saying who accepted the interview, her job run into her name, `检测部主管李娜接受了我们的采访` (the guest was “Guest”)', () => {
    const qa = (dek: string) => ingest(`# 专访｜守护桥梁的人\n\n${dek}\n\n**问：您是怎么开始的？**\n\n答：一直想做保护桥梁的工作。\n\n**问：最大的挑战是什么？**\n\n答：水下的情况看不见。\n`, 'zh.md').transcript.guest;
    expect(qa('莱茵工程检测部主管李娜接受了我们的采访。')).toBe('李娜');
    expect(qa('桥梁专家王小明日前接受本报专访。')).toBe('王小明');
    // (Not words before “accepted” that start from no surname: `该公司接受采访` names no one.)
    expect(qa('该公司接受了采访。')).toBeNull();
  });
  it('a Korean dek saying whom the writer met by her name and title, `김민지 팀장을 만났다` (the guest was “Guest”)', () => {
    const qa = (dek: string) => ingest(`# [인터뷰] 다리를 지키는 사람들\n\n${dek}\n\nQ. 어떻게 시작하셨나요?\n\nA. 다리를 지키는 일을 하고 싶었습니다.\n\nQ. 가장 어려운 점은요?\n\nA. 물속은 보이지 않는다는 점입니다.\n`, 'ko.md').transcript.guest;
    expect(qa('라인웍스에서 교량 점검을 이끄는 김민지 팀장을 만났다.')).toBe('김민지');
    expect(qa('라인웍스의 김민지 교수를 인터뷰했다.')).toBe('김민지');
    // (Not the reporter who met her: `김민수 기자가 만났다`.)
    expect(qa('김민수 기자가 만났다.')).toBeNull();
  });
  it('an Arabic headline “interview with” the engineer after its question, `لماذا تنهار الجسور؟ حوار مع المهندسة ماريا لوبيز` (the guest was “لماذا تنهار”, “why collapse”)', () => {
    const r = ingest('# لماذا تنهار الجسور؟ حوار مع المهندسة ماريا لوبيز\n\nأجرى الحوار: توم بيكر\n\n**س: لماذا تنهار الجسور؟**\n\nج: في الغالب بسبب الماء.\n\n**س: هل يمكن رؤية ذلك؟**\n\nج: ليس من الأعلى.\n', 'ar.md');
    expect([r.transcript.guest, r.transcript.interviewer]).toEqual(['ماريا لوبيز', 'توم بيكر']);
    expect(who(r)).toEqual(['توم بيكر (interviewer)', 'ماريا لوبيز (guest)', 'توم بيكر (interviewer)', 'ماريا لوبيز (guest)']);
  });
  it('a Portuguese or Spanish dek naming who interviews whom (`Entrevista de Tom Becker com a engenheira ...`, `... a Maria Lopez`)', () => {
    const qa = (dek: string) => ingest(`# Maria Lopez: "A água é a inimiga das pontes"\n\n${dek}\n\nP - Como tudo começou?\n\nR - Com uma rachadura.\n\nP - Quanto custa?\n\nR - Menos do que os reparos.\n`, 'pt.md').transcript;
    expect([qa('Entrevista de Tom Becker com a engenheira que fundou a Rhine Works.').interviewer, qa('Entrevista de Tom Becker a Maria Lopez.').interviewer]).toEqual(['Tom Becker', 'Tom Becker']);
    expect(qa('Entrevista de la semana con la engenheira.').interviewer).toBeNull();
  });
  it('of two names a German dek gives equally often, the person, not the company (`Maria Lopez hat Rhine Works gegründet.`: the guest was "Guest")', () => {
    const r = ingest('# „Wasser ist der Feind jeder Brücke"\n\nMaria Lopez hat Rhine Works gegründet. Das Gespräch führte Tom Becker.\n\nF: Wie hat alles angefangen?\n\nA: Mit einem Riss.\n\nF: Was kostet das?\n\nA: Weniger als die Reparaturen.\n', 'de.md');
    expect([r.transcript.guest, r.transcript.interviewer]).toEqual(['Maria Lopez', 'Tom Becker']);
  });
  it('nor the event, a talk’s speaker line naming her beside it (`Maria Lopez, TU Delft. Bridge Week 2026.`: the guest was "Guest")', () => {
    const r = ingest('# Self-healing concrete\n\nMaria Lopez, TU Delft. Bridge Week 2026.\n\nThanks for having me. Today I want to talk about concrete that heals itself.\n\nWhen a crack opens, bacteria wake up and make limestone.\n\n## Questions\n\n**Q:** How much does it cost?\n\n**A:** About ten percent more.\n\n**Q:** Does it work in winter?\n\n**A:** Slower.\n', 'talk.md');
    expect([r.transcript.guest, turnsOf(r)[0]!.speaker]).toEqual(['Maria Lopez', 'Maria Lopez']);
  });
});

describe('a Q&A too short for its words to tell its language, labelled with a question’s and an answer’s word only one language writes', () => {
  it('is in that language (`Otázka:`/`Odpověď:` Czech, `Kysymys:`/`Vastaus:` Finnish, `Întrebare:`/`Răspuns:` Romanian; they were English)', () => {
    const qa = (q: string, a: string) => ingest(`# Maria Lopez\n\n${q}: Jak?\n\n${a}: Most.\n\n${q}: Beton?\n\n${a}: Sám.\n`, 'qa.md').transcript.lang;
    expect([qa('Otázka', 'Odpověď'), qa('Kysymys', 'Vastaus'), qa('Întrebare', 'Răspuns'), qa('Tanya', 'Jawab'), qa('D', 'R'), qa('F', 'A')]).toEqual(['cs', 'fi', 'ro', 'id', 'it', 'de']);
  });
  it('not where the words say two languages, nor by words two languages write (`Question:`, `Svar:`; guard)', () => {
    const qa = (q: string, a: string) => ingest(`# Maria Lopez\n\n${q}: Jak?\n\n${a}: Most.\n\n${q}: Beton?\n\n${a}: Sám.\n`, 'qa.md').transcript.lang;
    expect([qa('Pregunta', 'Vastaus'), qa('Question', 'Réponse'), qa('Q', 'Svar')]).toEqual(['en', 'fr', 'en']);
  });
});

describe('a Spanish round table: `Moderadora:` labelling her turns, each panelist once by full name in bold', () => {
  it('the header naming her and the panelists (`Moderadora: Ana Silva. Participan: ...`) is the intro, not her turn; each full name labels its turn (they were the words of “Guest”)', () => {
    const r = ingest('# Mesa redonda\n\nModeradora: Ana Silva. Participan: Maria Lopez (Rhine Works) y Paul Kim (Universidad de Bonn).\n\n**Moderadora:** Buenas tardes. Maria, ¿por qué se caen los puentes?\n\n**Maria Lopez:** Por el agua, casi siempre.\n\n**Moderadora:** Paul, ¿está de acuerdo?\n\n**Paul Kim:** Sí, pero también está el dinero.\n\n**Moderadora:** Gracias a los dos.\n', 'es.md');
    expect(who(r)).toEqual(['Ana Silva (interviewer)', 'Maria Lopez (guest)', 'Ana Silva (interviewer)', 'Paul Kim (guest)', 'Ana Silva (interviewer)']);
    expect(r.transcript.intro.map((p) => p.text)).toEqual(['Moderadora: Ana Silva. Participan: Maria Lopez (Rhine Works) y Paul Kim (Universidad de Bonn).']);
  });
  it('and where her first turn is set plain, the others in bold, a full name once in bold still labels its turn', () => {
    const r = ingest('# Mesa redonda\n\nModeradora: Buenas tardes. Maria, ¿por qué se caen los puentes?\n\n**Maria Lopez:** Por el agua, casi siempre.\n\n**Moderadora:** Paul, ¿está de acuerdo?\n\n**Paul Kim:** Sí, pero también está el dinero.\n\n**Moderadora:** Gracias a los dos.\n', 'es.md');
    expect(who(r).slice(1, 4)).toEqual(['Maria Lopez (guest)', 'Moderadora (interviewer)', 'Paul Kim (guest)']);
  });
});

describe('a round table whose moderator is labelled by the role’s word (`主持人：`, `Moderation:`), each panelist once by name', () => {
  it('reads each name as the label of the answer to the turn that turns to them (they were the words of the headline’s “圆桌” or of “Guest”)', () => {
    const zh = ingest('# 圆桌：谁为桥梁买单？\n\n主持人：大家好。张伟，桥为什么会坏？\n\n张伟：主要是因为水。\n\n主持人：李娜，你同意吗？\n\n李娜：同意，但钱也是问题。\n\n主持人：谢谢两位。\n', 'zh.md');
    expect(who(zh)).toEqual(['主持人 (interviewer)', '张伟 (guest)', '主持人 (interviewer)', '李娜 (guest)', '主持人 (interviewer)']);
    const de = ingest('# Podium: Wer bezahlt die Brücken?\n\nModeration: Guten Abend. Frau Lopez, warum stürzen Brücken ein?\n\nMaria Lopez: Meistens wegen Wasser.\n\nModeration: Herr Kim, sehen Sie das auch so?\n\nPaul Kim: Ja, aber es fehlt auch Geld.\n\nModeration: Vielen Dank.\n', 'de.md');
    expect(who(de)).toEqual(['Moderation (interviewer)', 'Maria Lopez (guest)', 'Moderation (interviewer)', 'Paul Kim (guest)', 'Moderation (interviewer)']);
  });
  it('in Japanese and Korean too, the turn above turning to the name with an honorific or a title (`田中さん、...`, `山田さんは...？`, `김민수 교수님, ...`); the headline’s word for the piece (`座談会：`) is no guest', () => {
    const ja = ingest('# 座談会：橋の未来\n\n司会：皆さん、こんにちは。田中さん、橋はなぜ壊れるのでしょうか？\n\n田中：主に水のせいです。\n\n司会：山田さんはどう思いますか？\n\n山田：お金の問題もあります。\n\n司会：ありがとうございました。\n', 'ja.md');
    expect(who(ja)).toEqual(['司会 (interviewer)', '田中 (guest)', '司会 (interviewer)', '山田 (guest)', '司会 (interviewer)']);
    const ko = ingest('# 좌담회: 다리의 미래\n\n사회자: 안녕하세요. 김민수 교수님, 다리는 왜 무너지나요?\n\n김민수: 주로 물 때문입니다.\n\n사회자: 이영희 대표님은 어떻게 보세요?\n\n이영희: 돈 문제도 있습니다.\n\n사회자: 감사합니다.\n', 'ko.md');
    expect(who(ko)).toEqual(['사회자 (interviewer)', '김민수 (guest)', '사회자 (interviewer)', '이영희 (guest)', '사회자 (interviewer)']);
    expect(ingest('# 座談会：橋の未来\n\nQ：橋はなぜ壊れるのですか？\n\nA：主に水のせいです。\n\nQ：お金は？\n\nA：足りません。\n', 'ja.md').transcript.guest).toBeNull();
  });
  it('a word once after the moderator that nobody turns to stays words (`总结：`; guard)', () => {
    const zh = ingest('# 圆桌\n\n主持人：大家好。桥为什么会坏？\n\n嘉宾：主要是因为水。\n\n主持人：还有呢？\n\n总结：水和钱。\n\n主持人：谢谢。\n', 'zh.md');
    expect(who(zh)).not.toContain('总结 (guest)');
  });
});

describe('an interview printed as Russian papers print it: a dash opening every turn, question and answer, no names', () => {
  const text = (closing: string) =>
    `Мария Лопес: «Вода — враг моста»\n\nИнженер Мария Лопес рассказала о старых мостах.\n\n— Как вы начали заниматься мостами?\n\n— Случайно. Мой отец строил дороги.\n\n— Что самое опасное для моста?\n\n— Вода. Она проникает в трещины и замерзает.\n\n— А что с деньгами?\n\n— Денег всегда не хватает.\n\n${closing}\n`;
  it('gives the short dashed line closing the file, right after an answer, to the interviewer, said as uncertain (it was the guest’s last words)', () => {
    const r = ingest(text('— Спасибо за беседу.'), 'ru.txt');
    expect(who(r).at(-1)).toBe('Interviewer (interviewer)');
    expect(turnsOf(r).at(-1)!.paragraphs).toEqual(['Спасибо за беседу.']);
    expect(who(r).slice(0, 6)).toEqual(['Interviewer (interviewer)', 'Мария Лопес (guest)', 'Interviewer (interviewer)', 'Мария Лопес (guest)', 'Interviewer (interviewer)', 'Мария Лопес (guest)']);
    expect(r.uncertain.map((u) => u.text)).toEqual(['— Спасибо за беседу.']);
  });
  it('keeps an answer’s own dashed line hers where it does not close the file, or is long (guard)', () => {
    const long = ingest(text('— Но ремонт, который откладывают, становится в три раза дороже, и это знают все, кто работает с мостами.'), 'ru.txt');
    expect(who(long).at(-1)).toBe('Мария Лопес (guest)');
  });
});

describe('a short Swahili Q&A (`Swali:`, `Jibu:`)', () => {
  it('is `sw`, by its words or by its labels (it was English)', () => {
    const r = ingest('Maria Lopez: "Maji ni adui wa kila daraja"\n\nMhandisi Maria Lopez anazungumzia madaraja.\n\nSwali: Ulianzaje kufanya kazi na madaraja?\n\nJibu: Kwa bahati. Baba yangu alijenga barabara.\n\nSwali: Na pesa?\n\nJibu: Hazitoshi kamwe.\n', 'sw.txt');
    expect(r.transcript.lang).toBe('sw');
    expect(who(r)).toEqual(['Interviewer (interviewer)', 'Maria Lopez (guest)', 'Interviewer (interviewer)', 'Maria Lopez (guest)']);
  });
});

describe('names as labels in a script without case, the surname alone once (`بيكر:` among `توم بيكر:`, `लोपेज़:`, `로페스:`, Thai’s `เบคเกอร์:`), a foreign name in Hangul with a one-syllable word (`톰 베커:`)', () => {
  it('gives each its turn, under the full name (the surname’s words were the last speaker’s, label and all; the Korean file had no label)', () => {
    const cases: [string, string][] = [
      ['ar', 'حوار مع المهندسة ماريا لوبيز\n\nتوم بيكر: كيف بدأت العمل في الجسور؟\n\nماريا لوبيز: بالصدفة. كان والدي يبني الطرق.\n\nتوم بيكر: ما هو أخطر شيء على الجسر؟\n\nماريا لوبيز: الماء. يدخل في الشقوق.\n\nبيكر: وماذا عن المال؟\n\nلوبيز: المال لا يكفي أبداً.\n'],
      ['hi', 'मारिया लोपेज़ से बातचीत\n\nटॉम बेकर: आपने पुलों पर काम कैसे शुरू किया?\n\nमारिया लोपेज़: संयोग से। मेरे पिता सड़कें बनाते थे।\n\nटॉम बेकर: पुल के लिए सबसे खतरनाक क्या है?\n\nलोपेज़: पानी।\n'],
      ['ko', '마리아 로페스 "물은 모든 다리의 적"\n\n톰 베커: 다리 일을 어떻게 시작하셨나요?\n\n마리아 로페스: 우연이었어요.\n\n톰 베커: 다리에 가장 위험한 것은 무엇인가요?\n\n로페스: 물입니다.\n'],
      // (Thai ends its sentences with no stop: two such once-labels in a row are no fact box's fields.)
      ['th', 'สัมภาษณ์ มาเรีย โลเปซ\n\nทอม เบคเกอร์: คุณเริ่มทำงานเกี่ยวกับสะพานได้อย่างไร\n\nมาเรีย โลเปซ: บังเอิญค่ะ พ่อของฉันสร้างถนน\n\nทอม เบคเกอร์: อะไรอันตรายที่สุดสำหรับสะพาน\n\nมาเรีย โลเปซ: น้ำค่ะ\n\nเบคเกอร์: แล้วเรื่องเงินล่ะ\n\nโลเปซ: ไม่เคยพอเลยค่ะ\n'],
    ];
    for (const [lang, text] of cases) {
      const r = ingest(text, `${lang}.txt`);
      const sides = who(r).map((w) => w.replace(/^.* \(/, '('));
      expect([lang, sides.length % 2, sides.every((s, i) => s === (i % 2 === 0 ? '(interviewer)' : '(guest)')), turnsOf(r).every((t) => !t.paragraphs.some((p) => /^\S+:/.test(p)))]).toEqual([lang, 0, true, true]);
      expect(new Set(turnsOf(r).map((t) => t.speaker)).size).toBe(2);
    }
  });
  it('keeps a byline’s word once above the interview no speaker (`ראיון: תום בקר`; guard)', () => {
    const r = ingest('# מריה לופס: "כל עיר בונה נגד השיטפון"\n\nראיון: תום בקר\n\nש: למה ערים מוצפות?\n\nת: כי כל עיר בונה נגד השיטפון שהיא זוכרת.\n\nש: אפשר דוגמה?\n\nת: ולנסיה, 1957.\n', 'he.md');
    expect(r.transcript.interviewer).toBe('תום בקר');
    expect(r.transcript.guest).toBe('מריה לופס');
  });
});

/** A short Q&A under two labels, the first turn as given. */
const rolesDoc = (q: string, a: string, opening: string) => ingest(`${q}: ${opening}\n\n${a}: Por casualidad.\n\n${q}: ¿Y el agua?\n\n${a}: Es la enemiga.\n`, 'roles.txt');

describe('role words in other languages naming the sides (`Entrevistador:`/`Entrevistada:`, `Intervistatore:`/`Intervistata:`, `Interviewer:`/`Geïnterviewde:`), the host greeting the guest by full name first', () => {
  it('shows the answers under the name greeted, said in a warning (they were “Guest”, or “Geïnterviewde”)', () => {
    const cases: [string, string, string, string][] = [
      ['Entrevistador', 'Entrevistada', 'Hola, María López, gracias por venir. ¿Cómo empezó con los puentes?', 'María López'],
      ['Intervistatore', 'Intervistata', 'Buongiorno Maria Lopez, grazie di essere qui. Come ha iniziato con i ponti?', 'Maria Lopez'],
      ['Interviewer', 'Geïnterviewde', 'Hallo Maria Lopez, bedankt voor je komst. Hoe ben je met bruggen begonnen?', 'Maria Lopez'],
      ['Entrevistador', 'Entrevistada', 'Olá, Maria Lopez, obrigado por ter vindo. Como começou com as pontes?', 'Maria Lopez'],
    ];
    for (const [q, a, opening, name] of cases) {
      const r = rolesDoc(q, a, opening);
      expect([a, r.transcript.guest, who(r)[1]]).toEqual([a, name, `${name} (guest)`]);
      expect(r.transcript.warnings.map((w) => w.message)).toContain(`the label '${a}' is shown as ${name}, the name the conversation gives it`);
    }
  });
  it('shows a side nothing names by its label as written, in its language (`Entrevistador`, `ENTREVISTADA` as `Entrevistada`, `Journalistin`; they were “Interviewer” and “Guest”), said in the warning', () => {
    const cases: [string, string, string, string][] = [
      ['Entrevistador', 'Entrevistada', 'Entrevistador', 'Entrevistada'],
      ['ENTREVISTADOR', 'ENTREVISTADA', 'Entrevistador', 'Entrevistada'],
      ['Journalistin', 'Befragte', 'Journalistin', 'Befragte'],
      ['Journalist', 'Interviewee', 'Journalist', 'Interviewee'],
    ];
    for (const [q, a, asks, answers] of cases) {
      const r = rolesDoc(q, a, '¿Cómo empezó con los puentes?');
      expect(who(r)).toEqual([`${asks} (interviewer)`, `${answers} (guest)`, `${asks} (interviewer)`, `${answers} (guest)`]);
      expect([r.transcript.guest, r.transcript.interviewer]).toEqual([null, null]);
      expect(r.transcript.warnings.map((w) => w.message)).toContain(`the guest is shown as "${answers}": nothing before the interview names them`);
    }
  });
  it('keeps a question’s and an answer’s word on the sides’ names (`Pregunta:`/`Respuesta:`, `P:`/`R:` are “Interviewer” and “Guest”), and a side word named by the page by that name (guard)', () => {
    for (const [q, a] of [['Pregunta', 'Respuesta'], ['P', 'R'], ['Frage', 'Antwort']] as const) {
      const r = rolesDoc(q, a, '¿Cómo empezó con los puentes?');
      expect(who(r).slice(0, 2)).toEqual(['Interviewer (interviewer)', 'Guest (guest)']);
    }
    const named = ingest('# María López: «El acero avisa»\n\nPor Tomás Becker\n\nEntrevistador: ¿Cómo empezó con los puentes?\n\nEntrevistada: Por casualidad.\n\nEntrevistador: ¿Y el agua?\n\nEntrevistada: Es la enemiga.\n', 'named.md');
    expect(who(named).slice(0, 2)).toEqual(['Tomás Becker (interviewer)', 'María López (guest)']);
  });
  it('takes no name from a courtesy title and a surname (`Hallo Frau Lopez,`; guard)', () => {
    const r = ingest('Interviewer: Hallo Frau Lopez, danke, dass Sie da sind. Wie haben Sie angefangen?\n\nBefragte: Durch Zufall.\n\nInterviewer: Und das Wasser?\n\nBefragte: Es ist der Feind jeder Brücke.\n', 'de.txt');
    expect(r.transcript.guest).toBeNull();
  });
});

describe('a short Portuguese Q&A, Spanish’s words (`por`, `para`, `como`) among its own', () => {
  it('is Portuguese by the words only Portuguese writes alone (`é`, `também`, `então`; it was no language)', () => {
    expect(detectLanguage('A engenheira-chefe da Rhine Bridges fala de sal e drenagem. Por que a água é a inimiga de toda ponte? Porque chega a todo lugar. Leva sal para o concreto. Como combatê-la? Principalmente com drenagem. E a profissão também muda? Muda, então é preciso paciência.')).toBe('pt');
  });
  it('leaves a Spanish one Spanish (guard)', () => {
    expect(detectLanguage('La ingeniera jefa de Rhine Bridges habla de sal y drenaje. ¿Por qué el agua es la enemiga de todo puente? Porque llega a todas partes. Lleva sal para el hormigón. ¿Cómo combatirla? Sobre todo con drenaje. ¿Y la profesión también cambia? Cambia, así que hace falta paciencia.')).toBe('es');
  });
});

describe('a Japanese export labelled `話者1` and `話者2`, its questions closed by their particle and a full stop (`...なのですか。`)', () => {
  it('reads the one who asks as the interviewer (both were guests: no question mark)', () => {
    const r = ingest('橋梁インタビュー\n\n話者1 00:00:01\n今日はライン橋梁のチーフエンジニア、マリア・ロペスさんにお越しいただきました。\n\n話者2 00:00:08\nお招きいただきありがとうございます。\n\n話者1 00:00:11\n水はなぜ橋の敵なのですか。\n\n話者2 00:00:15\nどこにでも入り込むからです。\n\n話者1 00:00:20\nどう戦うのですか。\n\n話者2 00:00:24\n主に排水です。\n', 'ja.txt');
    // (`話者2` named by the welcome, "マリア・ロペスさんにお越しいただきました".)
    expect(who(r)).toEqual(['話者1 (interviewer)', 'マリア・ロペス (guest)', '話者1 (interviewer)', 'マリア・ロペス (guest)', '話者1 (interviewer)', 'マリア・ロペス (guest)']);
  });
});

describe('a Korean note-taking app’s export: its title, the recording’s date and length, who took part, then `참석자 1 00:01`', () => {
  const r = () => ingest('교량 인터뷰\n2026.03.03 화 오후 2:00 ・ 12분 34초\n마리아 로페스\n\n참석자 1 00:01\n안녕하세요. 오늘은 라인 브리지스의 마리아 로페스 수석 엔지니어님을 모셨습니다.\n\n참석자 2 00:08\n안녕하세요. 초대해 주셔서 감사합니다.\n\n참석자 1 00:11\n물은 왜 모든 다리의 적인가요?\n\n참석자 2 00:15\n어디든 들어가기 때문입니다. 콘크리트에 소금을 나르고 균열 속에서 얼어붙습니다.\n\n참석자 1 00:26\n어떻게 싸우나요?\n\n참석자 2 00:28\n주로 배수입니다. 물을 빨리 흘려보내는 다리는 두 배 오래 갑니다.\n', 'clova.txt').transcript;
  it('titles it by its first line, keeps the date and the name in the intro, and takes no word of the title for the guest (the title was the date line, the guest “교량”, “bridge”)', () => {
    const t = r();
    expect(t.title).toBe('교량 인터뷰');
    expect(t.intro.map((p) => p.text)).toEqual(['2026.03.03 화 오후 2:00 ・ 12분 34초', '마리아 로페스']);
    expect(t.guest).not.toBe('교량');
    expect(t.sections.map((s) => s.heading)).toEqual([null]);
  });
  it('two who took part on that line, two spaces apart, a foreign name with a word of one syllable (`톰 베커  마리아 로페스`): the intro too (it was a part’s heading)', () => {
    const t = ingest('교량 인터뷰\n2026.03.03 화 오후 2:00 ・ 12분 34초\n톰 베커  마리아 로페스\n\n참석자 1 00:01\n안녕하세요. 오늘은 마리아 로페스 님을 모셨습니다.\n\n참석자 2 00:08\n초대해 주셔서 감사합니다.\n\n참석자 1 00:11\n물은 왜 다리의 적인가요?\n\n참석자 2 00:15\n어디든 들어가기 때문입니다.\n', 'clova.txt').transcript;
    expect(t.intro.map((p) => p.text)).toEqual(['2026.03.03 화 오후 2:00 ・ 12분 34초', '톰 베커  마리아 로페스']);
    expect(t.sections.map((s) => s.heading)).toEqual([null]);
  });
});

describe('a meeting export’s placeholders named by the host’s welcome, as hosts say it in Korean, Japanese and English (`... 마리아 로페스 님을 모셨습니다`, `...マリア・ロペスさんをお迎えしました`, "Today we have bridge engineer Maria Lopez with us")', () => {
  const turns = (first: string, a: string, b: string, lines: string[]) => lines.map((l, i) => `${i % 2 ? b : a} 00:0${i}\n${i === 0 ? first : l}`).join('\n\n');
  it('names the one who answers (she stayed `참석자 2`, `話者2`, `Speaker 2`), a rank and a title after the Korean name too', () => {
    for (const [first, a, b, name] of [
      ['안녕하세요, 오늘은 교량 엔지니어 마리아 로페스 님을 모셨습니다. 다리는 왜 무너지나요?', '참석자 1', '참석자 2', '마리아 로페스'],
      ['안녕하세요. 오늘은 라인 브리지스의 마리아 로페스 수석 엔지니어님을 모셨습니다.', '참석자 1', '참석자 2', '마리아 로페스'],
      ['오늘은 김민수 교수님을 모셨습니다. 다리는 왜 무너지나요?', '참석자 1', '참석자 2', '김민수'],
      ['こんにちは。今日は橋梁エンジニアのマリア・ロペスさんをお迎えしました。橋はなぜ壊れるのですか。', '話者1', '話者2', 'マリア・ロペス'],
      ['Welcome. Today we have bridge engineer Maria Lopez with us. Why do bridges fail?', 'Speaker 1', 'Speaker 2', 'Maria Lopez'],
    ] as const) {
      const r = ingest(`Interview\n\n${turns(first, a, b, ['', '대부분 부식 때문입니다.', '미리 알 수 있나요?', '점검이 정기적이라면 가능합니다.'])}\n`, 'export.txt');
      expect([first, who(r)]).toEqual([first, [`${a} (interviewer)`, `${name} (guest)`, `${a} (interviewer)`, `${name} (guest)`]]);
    }
  });
  it('a Korean word before 인터뷰 that opens with no common surname is no name, though the text writes it again (`다리 인터뷰`, “bridge interview”, then `다리는`: the guest was “다리”); a Korean name so is one (guard)', () => {
    const bridge = ingest(`다리 인터뷰\n\n${turns('안녕하세요. 다리는 왜 무너지나요?', '참석자 1', '참석자 2', ['', '대부분 부식 때문입니다.', '다리는 오래 가나요?', '점검이 정기적이라면 가능합니다.'])}\n`, 'clova.txt');
    expect(bridge.transcript.guest).not.toBe('다리');
    expect(who(bridge)).toEqual(['참석자 1 (interviewer)', '참석자 2 (guest)', '참석자 1 (interviewer)', '참석자 2 (guest)']);
    const kim = ingest('김민수 인터뷰\n\n김민수 씨는 20년째 다리를 점검해 온 엔지니어다.\n\n질문: 다리는 왜 무너지나요?\n\n답변: 대부분 부식 때문입니다.\n\n질문: 미리 알 수 있나요?\n\n답변: 점검이 정기적이라면 가능합니다.\n', 'kim.txt');
    expect(kim.transcript.guest).toBe('김민수');
  });
  it('not a name the host says they have without saying it is with them, “We have Rhine Works crews on every bridge” (guard)', () => {
    const r = ingest(`Interview\n\n${turns('Welcome. We have Rhine Works crews on every bridge now. Why do bridges fail?', 'Speaker 1', 'Speaker 2', ['', 'Mostly corrosion.', 'Can you catch it early?', 'Yes, with inspections.'])}\n`, 'export.txt');
    expect(who(r)).toEqual(['Speaker 1 (interviewer)', 'Speaker 2 (guest)', 'Speaker 1 (interviewer)', 'Speaker 2 (guest)']);
  });
});

describe('a meeting export listing who took part above its placeholders, the host’s welcome naming the guest (`Tom Becker, Maria Lopez` / `Speaker 1` welcoming Maria Lopez)', () => {
  const text = (list: string, a: string, b: string, welcome: string) => `Bridge interview\n${list}\n\n${a} 00:00\n${welcome}\n\n${b} 00:07\nMostly corrosion. Water gets in.\n\n${a} 00:15\nCan you catch it early?\n\n${b} 00:18\nYes, with inspections.\n`;
  it('names the host the one listed whom no turn names, and says so at the first turn (he stayed `Speaker 1`, `참석자 1`)', () => {
    for (const [list, a, b, welcome, host, guest] of [
      ['Attendees\nTom Becker, Maria Lopez', 'Speaker 1', 'Speaker 2', 'Welcome. Today we have bridge engineer Maria Lopez with us. Why do bridges fail?', 'Tom Becker', 'Maria Lopez'],
      ['2026.03.03 화 오후 2:00 ・ 12분 34초\n톰 베커  마리아 로페스', '참석자 1', '참석자 2', '안녕하세요, 오늘은 마리아 로페스 님을 모셨습니다. 다리는 왜 무너지나요?', '톰 베커', '마리아 로페스'],
    ] as const) {
      const r = ingest(text(list, a, b, welcome), 'export.txt');
      expect(who(r)).toEqual([`${host} (interviewer)`, `${guest} (guest)`, `${host} (interviewer)`, `${guest} (guest)`]);
      expect(r.transcript.warnings.filter((w) => w.message.includes('listed above')).map((w) => [w.line, w.message])).toEqual([[list.split('\n').length + 4, `'${a}' as ${host}: the one of those listed above the transcript whom no turn names`]]);
    }
  });
  it('not where the list names more people than speak, or none of them is the guest (guard)', () => {
    for (const list of ['Attendees\nTom Becker, Maria Lopez, Paul Kim', 'Attendees\nTom Becker, Ana Silva']) {
      const r = ingest(text(list, 'Speaker 1', 'Speaker 2', 'Welcome. Today we have bridge engineer Maria Lopez with us. Why do bridges fail?'), 'export.txt');
      expect([list, who(r)[0]]).toEqual([list, 'Speaker 1 (interviewer)']);
    }
     // (Nor where it lists fewer than speak: three speak, two listed.)
    const three = ingest('Bridge panel\nAttendees\nTom Becker, Maria Lopez\n\nSpeaker 1 00:00\nWelcome, Maria and Paul. Maria, why do bridges fail?\n\nSpeaker 2 00:07\nI am Maria Lopez, and mostly corrosion.\n\nSpeaker 1 00:15\nPaul, can you catch it early?\n\nSpeaker 3 00:18\nI am Paul Kim. Yes, with inspections.\n\nSpeaker 1 00:25\nThanks, Maria. Thanks, Paul.\n', 'panel.txt');
    expect(who(three)).toEqual(['Speaker 1 (interviewer)', 'Maria Lopez (guest)', 'Speaker 1 (interviewer)', 'Paul Kim (guest)', 'Speaker 1 (interviewer)']);
  });
});

describe('a short Norwegian Q&A whose commonest words are those Swedish shares (`har`, `med`, `kan`), writing `ø` and never `ä` or `ö`', () => {
  it('is Norwegian, not Swedish; a Swedish text stays Swedish (guard)', () => {
    expect(detectLanguage('Maria Lopez har inspisert broer i førti år. Tom Becker har snakket med henne. Spørsmål: Hvorfor er vann så farlig? Svar: Det trenger inn i hver sprekk. Spørsmål: Hva kan man gjøre? Svar: Tette, drenere, inspisere.')).toBe('nb');
    expect(detectLanguage('Maria Lopez har inspekterat broar i fyrtio år. Tom Becker har pratat med henne om vatten. Varför är vatten så farligt? Det tränger in i varje spricka, säger Søren Løkke.')).toBe('sv');
  });
});

describe('two placeholders in a short exchange in Czech or Russian, the host welcoming and introducing himself and his guest (`Jmenuji se...`, `Меня зовут...`)', () => {
  const two = (a: string, b: string, c: string, d: string) => ingest(`Speaker 1: ${a}\n\nSpeaker 2: ${b}\n\nSpeaker 1: ${c}\n\nSpeaker 2: ${d}\n`, 'two.txt').transcript;
  it('names both and reads the host as the one who asks (both were guests, or the host a guest)', () => {
    for (const t of [
      two('Vítejte. Jmenuji se Tom Becker a mým hostem je Maria Lopez.', 'Dobrý den, děkuji za pozvání.', 'Proč je voda nebezpečná?', 'Protože se dostane všude.'),
      two('Добро пожаловать. Меня зовут Том Беккер, и сегодня у нас в гостях Мария Лопес.', 'Здравствуйте, спасибо за приглашение.', 'Почему вода опасна?', 'Потому что она проникает везде.'),
    ])
      expect([t.interviewer, t.guest]).toEqual(t.lang === 'ru' ? ['Том Беккер', 'Мария Лопес'] : ['Tom Becker', 'Maria Lopez']);
  });
  it('reads the welcome and the thanks for the invitation in other languages as the host’s and the guest’s, no names given', () => {
    const t = two('Vítejte u nás v pořadu o mostech, dnes to bude o vodě, o soli a o dronech.', 'Dobrý den, děkuji za pozvání.', 'Proč je voda nebezpečná?', 'Protože se dostane všude.');
    expect(t.sections[0]!.turns.map((x) => x.role)).toEqual(['interviewer', 'guest', 'interviewer', 'guest']);
  });
});

describe('a show’s name in Latin letters opening a conversation in Cyrillic (`Podlodka 312`)', () => {
  it('is its title, not spam in another script (it was removed as spam); a line selling something so stays spam (guard)', () => {
    const talk = (first: string) => ingest(`${first}\n\nТом Беккер: Добро пожаловать. Сегодня у нас в гостях Мария Лопес.\n\nМария Лопес: Здравствуйте, спасибо за приглашение.\n\nТом Беккер: Почему вода опасна для мостов?\n\nМария Лопес: Потому что она проникает везде.\n`, 'ru.txt').transcript;
    expect(talk('Podlodka 312').title).toBe('Podlodka 312');
    expect(talk('Casino Bonus Slots 888').removed.map((x) => x.text)).toContain('Casino Bonus Slots 888');
  });
});

describe('a Japanese or Korean tool’s placeholders (`発言者1`, `화자 1`) and the host introducing himself (`司会のトムです`, `저는 톰입니다`)', () => {
  it('reads `発言者1` as a placeholder (no turns: the build failed) and names the host from his self-introduction', () => {
    const ja = ingest('橋のポッドキャスト 第12回\n\n発言者1 00:00\nこんにちは、橋のポッドキャストへようこそ。司会のトムです。今日のゲストはマリアさんです。\n\n発言者2 00:06\nよろしくお願いします。\n\n発言者1 00:09\nなぜ水は橋にとって危険なのですか。\n\n発言者2 00:12\n水はあらゆるひびに入り込むからです。\n', 'ja.txt').transcript;
    expect([ja.interviewer, ja.guest]).toEqual(['トム', 'マリア']);
    const ko = ingest('다리 팟캐스트 12회\n\n화자 1 00:00\n안녕하세요, 다리 팟캐스트에 오신 것을 환영합니다. 저는 톰입니다. 오늘의 게스트는 마리아 씨입니다.\n\n화자 2 00:06\n안녕하세요, 초대해 주셔서 감사합니다.\n\n화자 1 00:09\n물은 왜 다리에 위험한가요?\n\n화자 2 00:12\n물은 모든 균열에 스며들기 때문입니다.\n', 'ko.txt').transcript;
    expect([ko.interviewer, ko.guest]).toEqual(['톰', '마리아']);
  });
});

describe('a Japanese magazine’s interview: credits on one line (`取材・文／佐藤花子　撮影／田中太郎`), questions after `――`, a profile after the last answer (`（プロフィール）...`)', () => {
  const r = ingest('# マリア・ロペス「水はすべての橋の敵です」\n\nライン橋梁の主任技師マリア・ロペス氏に、橋の老朽化について聞いた。\n\n取材・文／佐藤花子　撮影／田中太郎\n\n――なぜ水は危険なのですか。\n\nあらゆるひびに入り込むからです。\n\n――どうすればいいのでしょう。\n\nとにかく点検です。\n\n（プロフィール）マリア・ロペス　1961年セビリア生まれ。ライン橋梁主任技師。\n', 'ja.md');
  it('names the interviewer from the writer’s credit, the photographer’s after it aside (the line headed a part, the questions “Interviewer”’s)', () => {
    expect(r.transcript.interviewer).toBe('佐藤花子');
    expect(r.transcript.sections.map((s) => s.heading)).toEqual([null]);
  });
  it('keeps the profile out of the last answer (it was the guest’s words)', () => {
    expect(turnsOf(r).at(-1)!.paragraphs).toEqual(['とにかく点検です。']);
    expect(r.transcript.outro.map((p) => p.text)).toEqual(['（プロフィール）マリア・ロペス　1961年セビリア生まれ。ライン橋梁主任技師。']);
  });
});

describe('a Korean magazine’s byline after 글 (“text”) with the photographer’s credit after it (`글 김민수 기자 / 사진 이지은 기자`)', () => {
  it('names the writer the interviewer, the line heading no part (it headed one; the questions were “Interviewer”’s)', () => {
    const t = ingest('# 마리아 로페스 "물은 모든 다리의 적"\n\n라인 브리지스의 수석 엔지니어 마리아 로페스를 만났다.\n\n글 김민수 기자 / 사진 이지은 기자\n\n— 물은 왜 위험한가요?\n\n— 모든 균열에 스며들기 때문입니다.\n\n— 어떻게 해야 하나요?\n\n— 점검, 또 점검입니다.\n', 'ko.md').transcript;
    expect([t.interviewer, t.sections.map((s) => s.heading)]).toEqual(['김민수', [null]]);
  });
});

describe('a Russian Q&A’s questions in bold closing with the interviewer’s thanks in bold (`**Спасибо за беседу.**`)', () => {
  it('gives the thanks to the interviewer, as in Latin scripts (it was the guest’s last words)', () => {
    const r = ingest('# Вода\n\n**Почему вода опасна?**\n\nОна проникает везде.\n\n**Что делать?**\n\nПроверять.\n\n**А дроны?**\n\nПомогают.\n\n**Спасибо за беседу.**\n', 'ru.md');
    expect([turnsOf(r).at(-1)!.role, turnsOf(r).at(-1)!.paragraphs]).toEqual(['interviewer', ['Спасибо за беседу.']]);
  });
});

describe('deks telling whom the guest told in Italian, French, Spanish, Portuguese (`L’ingegnera ... racconta a Tom Becker`) or naming her first in Turkish (`Maria Lopez ile Tom Becker konuştu`)', () => {
  const qa = (dek: string) => ingest(`# Maria Lopez: «L’acqua è il nemico»\n\n${dek}\n\n**Perché l’acqua è così pericolosa?**\n\nEntra in ogni crepa.\n\n**Cosa si può fare?**\n\nIspezionare.\n`, 'qa.md').transcript.interviewer;
  it('names the one told the interviewer (the questions were no one’s)', () => {
    for (const dek of ['L’ingegnera di Rhine Bridges racconta a Tom Becker perché i ponti invecchiano.', 'Elle explique à Tom Becker pourquoi les ponts vieillissent.', 'La ingeniera cuenta a Tom Becker por qué envejecen los puentes.', 'Köprü mühendisi Maria Lopez ile Tom Becker konuştu.']) expect(qa(dek), dek).toBe('Tom Becker');
  });
  it('names no one the one who tells, a name opening the sentence (guard)', () => {
    expect(qa('Paul Kim racconta a Ana Silva la storia del ponte.')).not.toBe('Ana Silva');
  });
});

describe('a German dek telling whom the guest spoke to (`Sie spricht mit Tom Becker über Salz`, `Die Ingenieurin erzählt Tom Becker, ...`)', () => {
  const qa = (dek: string) => ingest(`# Maria Lopez über Salz\n\n${dek}\n\n**Was ist das Problem?**\n\nSalz.\n\n**Und dann?**\n\nKorrosion.\n`, 'de.md').transcript;
  it('names the interviewer by it, as English deks do (the questions were "Interviewer"’s)', () => {
    for (const dek of ['Sie spricht mit Tom Becker über Salz.', 'Die Ingenieurin erzählt Tom Becker, warum Salz gefährlich ist.', 'Er sprach mit Tom Becker.']) expect(qa(dek).interviewer, dek).toBe('Tom Becker');
  });
  it('not after a word that is no job (guard)', () => {
    expect(qa('Die Brücke erzählt Tom Becker nichts.').interviewer).not.toBe('Tom Becker');
  });
});

describe('a Chinese round table: names with what each speaker is in full-width parentheses (`张伟（清华大学教授）：`), one of them speaking once, turned to by surname and title (`李工，...？`)', () => {
  it('reads each such label as the name, the once-speaking one too (their words were the host’s, or under the headline’s name)', () => {
    const r = ingest('# 圆桌对话：老桥梁的未来\n\n主持人：欢迎各位。今天我们请到了张伟教授和李娜工程师。张教授，您怎么看？\n\n张伟（清华大学教授）：老桥梁最大的问题是盐。盐会渗入钢材。\n\n主持人：李工，您同意吗？\n\n李娜（城市桥梁公司）：同意。我们需要更多的传感器。\n\n张伟：还需要更多的检查。\n\n主持人：谢谢两位。\n', 'zh.md');
    expect(who(r)).toEqual(['主持人 (interviewer)', '张伟 (guest)', '主持人 (interviewer)', '李娜 (guest)', '张伟 (guest)', '主持人 (interviewer)']);
    expect(turnsOf(r)[1]!.paragraphs).toEqual(['老桥梁最大的问题是盐。盐会渗入钢材。']);
  });
});

describe('a Chinese or Japanese interview naming what each label goes by at its first use (`汤姆·贝克尔（以下简称TB）：`, `トム・ベッカー（以下、ベッカー）：`), then that', () => {
  it('reads the first exchange as turns and the later labels as those names (the first exchange was the intro, the turns shown as `TB` and `ML`)', () => {
    const zh = ingest('# 与玛丽亚·洛佩斯的对话\n\n**汤姆·贝克尔（以下简称TB）**：欢迎来到节目。\n\n**玛丽亚·洛佩斯（以下简称ML）**：谢谢邀请。\n\n**TB**：为什么选择钢？\n\n**ML**：因为钢会弯曲。\n\n**TB**：水呢？\n\n**ML**：水是敌人。\n', 'zh.md');
    expect([zh.transcript.intro.length, who(zh)]).toEqual([0, ['汤姆·贝克尔 (interviewer)', '玛丽亚·洛佩斯 (guest)', '汤姆·贝克尔 (interviewer)', '玛丽亚·洛佩斯 (guest)', '汤姆·贝克尔 (interviewer)', '玛丽亚·洛佩斯 (guest)']]);
    expect(turnsOf(zh)[0]!.paragraphs).toEqual(['欢迎来到节目。']);
    // (A katakana name with its long vowel mark, `ベッカー：`, is a label as `ロペス：` is: it was the words of the one who asks.)
    const ja = ingest('# 対談\n\nトム・ベッカー（以下、ベッカー）：ようこそ。\n\nマリア・ロペス（以下、ロペス）：ありがとうございます。\n\nベッカー：なぜ鋼ですか？\n\nロペス：鋼は曲がるからです。\n\nベッカー：水は？\n\nロペス：水は敵です。\n', 'ja.md');
    expect(spoken(ja)).toEqual(['トム・ベッカー (interviewer): ようこそ。', 'マリア・ロペス (guest): ありがとうございます。', 'トム・ベッカー (interviewer): なぜ鋼ですか？', 'マリア・ロペス (guest): 鋼は曲がるからです。', 'トム・ベッカー (interviewer): 水は？', 'マリア・ロペス (guest): 水は敵です。']);
  });
  it('keeps a full name labelling the first question once apart from the initials answering right after it (`トム・ベッカー：...なぜ？`, then `MR：`): one person, she asked her own questions', () => {
    const ja = ingest('# ロペス氏に聞く\n\nトム・ベッカー：ようこそ。なぜ鋼ですか？\n\nMR：鋼は曲がるからです。\n\n水は？\n\nMR：水は敵です。\n\n塩は？\n\nMR：塩も敵です。\n', 'ja.md');
    expect(who(ja)).toEqual(['トム・ベッカー (interviewer)', 'MR (guest)', 'トム・ベッカー (interviewer)', 'MR (guest)', 'トム・ベッカー (interviewer)', 'MR (guest)']);
  });
});

describe('names in Chinese, Japanese or Korean alone above the words (`汤姆·贝克尔`, `**玛丽亚·洛佩斯**`, `张伟`, `톰 베커`), no colon', () => {
  const above = (a: string, b: string) => `# 访谈\n\n${a}\n\n为什么选择钢？\n\n${b}\n\n因为钢会弯曲。\n\n${a}\n\n水呢？\n\n${b}\n\n水是最大的敌人。\n`;
  it('reads each name as its turn’s label (the build failed: no turns)', () => {
    for (const [a, b] of [['汤姆·贝克尔', '玛丽亚·洛佩斯'], ['**汤姆·贝克尔**', '**玛丽亚·洛佩斯**'], ['张伟', '李娜'], ['トム・ベッカー', 'マリア・ロペス']] as const) {
      const r = ingest(above(a, b), 'above.md');
      const [x, y] = [a.replace(/\*/g, ''), b.replace(/\*/g, '')];
      expect(spoken(r), a).toEqual([`${x} (interviewer): 为什么选择钢？`, `${y} (guest): 因为钢会弯曲。`, `${x} (interviewer): 水呢？`, `${y} (guest): 水是最大的敌人。`]);
    }
    const ko = ingest('# 다리 인터뷰\n\n톰 베커\n\n왜 강철인가요?\n\n마리아 로페스\n\n강철은 휘어지기 때문입니다.\n\n톰 베커\n\n물은요?\n\n마리아 로페스\n\n물은 가장 큰 적입니다.\n', 'ko.md');
    expect(who(ko)).toEqual(['톰 베커 (interviewer)', '마리아 로페스 (guest)', '톰 베커 (interviewer)', '마리아 로페스 (guest)']);
  });
  it('not a short line alone once, a part’s title above labelled turns (`开场`, `关于水`) (guard)', () => {
    const r = ingest('# 钢桥\n\n开场\n\n汤姆·贝克尔：为什么选择钢？\n\n玛丽亚·洛佩斯：因为钢会弯曲。\n\n关于水\n\n汤姆·贝克尔：水呢？\n\n玛丽亚·洛佩斯：水是最大的敌人。\n', 'parts.md');
    expect(who(r)).toEqual(['汤姆·贝克尔 (interviewer)', '玛丽亚·洛佩斯 (guest)', '汤姆·贝克尔 (interviewer)', '玛丽亚·洛佩斯 (guest)']);
  });
});

describe('a foreign guest in Chinese or Japanese named in full only where the headline runs a job into the name or a turn introduces her', () => {
  it('takes the name from `专访：钢桥工程师玛丽亚·洛佩斯` for `问`/`答` answers, and from the host’s first turn for a given name or a surname label (`玛丽亚`, `ロペス`) (the guest was “Guest” or the short label)', () => {
    for (const headline of ['专访：钢桥工程师玛丽亚·洛佩斯', '钢桥为什么不会倒：专访工程师玛丽亚·洛佩斯']) {
      const r = ingest(`# ${headline}\n\n**问**：为什么选择钢？\n\n**答**：因为钢会弯曲。\n\n**问**：水呢？\n\n**答**：水是敌人。\n`, 'zh.md');
      expect([headline, r.transcript.guest, who(r)[1]]).toEqual([headline, '玛丽亚·洛佩斯', '玛丽亚·洛佩斯 (guest)']);
    }
    const zh = ingest('# 桥梁笔记 第40期\n\n汤姆：欢迎收听桥梁笔记，今天我们请到了玛丽亚·洛佩斯。\n\n玛丽亚：谢谢邀请。\n\n汤姆：为什么选择钢？\n\n玛丽亚：因为钢会弯曲。\n', 'zh.md');
    expect(who(zh)[1]).toBe('玛丽亚·洛佩斯 (guest)');
    const ja = ingest('# 橋の話 第40回\n\nベッカー：今日のゲストはマリア・ロペスさんです。\n\nロペス：よろしくお願いします。\n\nベッカー：なぜ鋼なのですか？\n\nロペス：鋼は曲がるからです。\n', 'ja.md');
    expect(who(ja)[1]).toBe('マリア・ロペス (guest)');
  });
  it('not a name two people share in the turns (guard)', () => {
    const zh = ingest('# 桥梁笔记\n\n汤姆：今天我们请到了玛丽亚·洛佩斯，还提到了玛丽亚·加西亚。\n\n玛丽亚：谢谢邀请。\n\n汤姆：为什么选择钢？\n\n玛丽亚：因为钢会弯曲。\n', 'zh.md');
    expect(who(zh)[1]).toBe('玛丽亚 (guest)');
  });
});

describe('a Chinese headline naming the piece’s kind before its colon (`圆桌对话：老桥梁的未来`, a round-table dialogue)', () => {
  it('names no guest by it (the answers were 圆桌对话’s)', () => {
    const r = ingest('# 圆桌对话：老桥梁的未来\n\n主持人：欢迎。您怎么看？\n\n嘉宾：老桥梁最大的问题是盐。\n\n主持人：还有呢？\n\n嘉宾：还需要更多的检查。\n', 'zh.md');
    expect(r.transcript.guest).not.toBe('圆桌对话');
    expect(who(r)).not.toContain('圆桌对话 (guest)');
  });
});

describe('Korean and Japanese round tables: a name with what the speaker is in parentheses (`김민수(서울대 교수):`, `山田太郎（東京大学教授）：`), one turned to by title or family name speaking once', () => {
  it('reads each as the name’s label (their words were “Guest”’s with the label in them, or the host’s)', () => {
    const ko = ingest('# 좌담회: 오래된 다리의 미래\n\n사회자: 안녕하세요. 김민수 교수님과 이지은 엔지니어를 모셨습니다. 김 교수님, 어떻게 보십니까?\n\n김민수(서울대 교수): 가장 큰 문제는 소금입니다.\n\n사회자: 이지은 엔지니어님, 동의하십니까?\n\n이지은(도시교량공사): 동의합니다. 센서가 더 필요합니다.\n\n김민수: 점검도 더 필요합니다.\n\n사회자: 감사합니다.\n', 'ko.md');
    expect(who(ko)).toEqual(['사회자 (interviewer)', '김민수 (guest)', '사회자 (interviewer)', '이지은 (guest)', '김민수 (guest)', '사회자 (interviewer)']);
    const ja = ingest('# 座談会：古い橋の未来\n\n司会：本日は山田太郎さんと佐藤花子さんにお越しいただきました。山田さん、いかがですか。\n\n山田太郎（東京大学教授）：最大の問題は塩です。\n\n司会：佐藤さん、同意されますか。\n\n佐藤花子（都市橋梁公社）：同意します。センサーがもっと必要です。\n\n山田太郎：点検も必要です。\n\n司会：ありがとうございました。\n', 'ja.md');
    expect(who(ja)).toEqual(['司会 (interviewer)', '山田太郎 (guest)', '司会 (interviewer)', '佐藤花子 (guest)', '山田太郎 (guest)', '司会 (interviewer)']);
  });
});

describe('an Arabic round table: a name with what the speaker is in parentheses (`ماريا لوبيز (مهندسة جسور):`)', () => {
  it('reads the name as the label (the words were “Guest”’s, the label in them)', () => {
    const r = ingest('# ندوة: مستقبل الجسور القديمة\n\nالمحاور: مرحبا. معنا اليوم ماريا لوبيز وبول كيم. ماريا، ما المشكلة؟\n\nماريا لوبيز (مهندسة جسور): الملح هو المشكلة الأكبر.\n\nالمحاور: بول، هل توافق؟\n\nبول كيم (جامعة بون): نعم، نحتاج إلى مزيد من أجهزة الاستشعار.\n\nماريا لوبيز: ونحتاج إلى فحص أكثر.\n\nالمحاور: شكرا لكما.\n', 'ar.md');
    expect(who(r)).toEqual(['المحاور (interviewer)', 'ماريا لوبيز (guest)', 'المحاور (interviewer)', 'بول كيم (guest)', 'ماريا لوبيز (guest)', 'المحاور (interviewer)']);
    expect(turnsOf(r)[1]!.paragraphs).toEqual(['الملح هو المشكلة الأكبر.']);
  });
});

describe('a Hebrew dek closing with who talked with her (`שוחח איתה תום בקר.`, "Tom Becker talked with her")', () => {
  it('names the interviewer by it (the questions were "Interviewer"’s)', () => {
    const r = ingest('# מריה לופז: "המלח הוא האויב"\n\nהמהנדסת מריה לופז מסבירה למה גשרים נופלים. שוחח איתה תום בקר.\n\n**איך התחלת?**\n\nעם סדק בגשר ליד הבית.\n\n**ומה למדת?**\n\nשהמלח גרוע מהמשקל.\n\n**מה צריך לשנות?**\n\nחיישנים בכל גשר.\n', 'he.md');
    expect(r.transcript.interviewer).toBe('תום בקר');
    expect(who(r)[0]).toBe('תום בקר (interviewer)');
  });
});

describe('a dek saying who interviewed her in Spanish, Italian, French, Portuguese, Dutch or Swedish (`Tom Becker la entrevistó en Madrid.`)', () => {
  it('names the interviewer by it, as "Tom Becker interviewed her" does', () => {
    for (const dek of ['Tom Becker la entrevistó en Madrid.', 'Tom Becker l’ha intervistata a Roma.', 'Tom Becker l’a interviewée à Lyon.', 'Tom Becker a entrevistou em Lisboa.', 'Tom Becker interviewde haar in Utrecht.', 'Tom Becker intervjuade henne i Malmö.']) {
      const r = ingest(`# Maria Lopez\n\nLa ingeniera inspecciona puentes.\n\n${dek}\n\n**¿Por qué el agua?**\n\nPorque entra en todo.\n\n**¿Y la sal?**\n\nEs peor.\n\n**¿Y ahora?**\n\nSensores.\n`, 'dek.md');
      expect(r.transcript.interviewer, dek).toBe('Tom Becker');
    }
  });
});

describe('a dek naming the interviewer in the dative, as Russian, Ukrainian, Polish and Czech decline a name after "told" (`рассказала Тому Беккеру`, `powiedziała Tomowi Beckerowi`)', () => {
  const dashes = '\n\n— Сколько мостов вы проверили?\n\n— Больше трёх тысяч.\n\n— Что самое опасное для моста?\n\n— Вода. Всегда вода.\n';
  it('names the interviewer as a byline writes the name, a man’s and a woman’s', () => {
    for (const [told, name] of [['рассказала Тому Беккеру', 'Том Беккер'], ['рассказала корреспонденту «Вестей» Андрею Петрову', 'Андрей Петров'], ['объяснила Анне Ивановой', 'Анна Иванова'], ['розповіла Тому Беккеру', 'Том Беккер']] as const) {
      const r = ingest(`Мария Лопес: «Вода — главный враг мостов»\n\nИнженер Мария Лопес ${told}, почему старые мосты живут дольше.${dashes}`, 'ru.txt');
      expect(r.transcript.interviewer, told).toBe(name);
      expect(who(r)[0], told).toBe(`${name} (interviewer)`);
    }
    const pl = ingest('# Maria Lopez: Woda jest wrogiem mostów\n\nInżynier Maria Lopez powiedziała Tomowi Beckerowi, dlaczego stare mosty żyją dłużej.\n\n— Ile mostów pani sprawdziła?\n\n— Ponad trzy tysiące.\n\n— Co jest najgroźniejsze?\n\n— Woda.\n', 'pl.md');
    expect(pl.transcript.interviewer).toBe('Tom Becker');
  });
  it('names no one where the ending does not say the nominative (`Льву Толстому`: Толстой or Толстый) (guard)', () => {
    const r = ingest(`Мария Лопес: «Вода — главный враг мостов»\n\nИнженер Мария Лопес рассказала Льву Толстому, почему старые мосты живут дольше.${dashes}`, 'ru.txt');
    expect(r.transcript.interviewer ?? '').not.toMatch(/Толст/);
  });
});

describe('a dash opening every paragraph, one paragraph a turn, the guest asking a question back (`— Vous savez combien coûte un drain ?` / `— Non, dites-moi.`)', () => {
  const page = '# Maria Lopez : « L\'eau est le pire ennemi des ponts »\n\nPropos recueillis par Tom Becker.\n\n— Pourquoi les ponts s\'effondrent-ils ?\n\n— Surtout à cause de l\'eau. Le sel pénètre dans le béton et l\'acier rouille.\n\n— Combien de temps cela prend-il ?\n\n— Des décennies, en général. Vous savez combien coûte un drain ?\n\n— Non, dites-moi.\n\n— Presque rien. Et pourtant personne ne les entretient.\n\n— Que répareriez-vous en premier ?\n\n— Les drains. Toujours les drains.\n\n— Et ensuite ?\n\n— Les revêtements, puis une inspection chaque année.\n';
  it('goes by the turns: the interviewer’s reply is his (it was the guest’s), said as uncertain', () => {
    const r = ingest(page, 'page.md');
    expect(who(r)).toEqual(Array.from({ length: 10 }, (_, k) => (k % 2 === 0 ? 'Tom Becker (interviewer)' : 'Maria Lopez (guest)')));
    expect(turnsOf(r)[4]!.paragraphs).toEqual(['Non, dites-moi.']);
    expect(r.uncertain.map((u) => u.line)).toContain(13);
  });
  it('reads by the question marks where an answer runs over two dashed paragraphs (the turns would shift) or the readings part too often (guards)', () => {
    const twice = ingest(page.replace('— Les drains. Toujours les drains.', '— Les drains.\n\n— Toujours les drains, je le répète.'), 'page.md');
    expect(turnsOf(twice).map((t) => t.paragraphs.join(' | '))).toContain('Les drains. | Toujours les drains, je le répète.');
    const prompts = ingest(page.replace('— Que répareriez-vous en premier ?', '— Parlez-moi des drains.').replace('— Et ensuite ?', '— Racontez-moi la suite.'), 'page.md');
    // (Three paragraphs parted: too many to go by the turns.)
    expect(turnsOf(prompts)[3]!.paragraphs.slice(0, 2)).toEqual(['Des décennies, en général. Vous savez combien coûte un drain ?', 'Non, dites-moi.']);
  });
});

describe('a Japanese, Chinese or Korean paper’s paywall line where the page stops (`この記事は有料記事です。残り1234文字`)', () => {
  const ja = (last: string) => `# マリア・ロペス氏「水こそ橋の最大の敵」\n\n聞き手・佐藤花子\n\nロペス氏は30年にわたり欧州の橋を点検してきた技術者だ。\n\n――橋はなぜ崩れるのですか。\n\n主に水です。塩分がコンクリートに入り込み、中の鉄筋がさびて膨らみます。\n\n――どのくらいかかりますか。\n\n普通は数十年です。\n\n――まず何を直しますか。\n\n排水です。いつも排水です。\n\n${last}\n`;
  it('removes it and says the interview may go on past it (it was the guest’s last words)', () => {
    for (const line of ['この記事は有料記事です。残り1234文字', '残り1,234文字（全文2,345文字）', '続きは有料会員になるとお読みいただけます。']) {
      const r = ingest(ja(line), 'ja.md');
      expect(turnsOf(r).at(-1)!.paragraphs, line).toEqual(['排水です。いつも排水です。']);
      expect(r.transcript.warnings.some((w) => /paywall/.test(w.message)), line).toBe(true);
    }
  });
  it('in Chinese and Korean too (`本文为付费内容`, `이 기사는 유료 기사입니다`)', () => {
    const zh = ingest('# 对话玛丽亚·洛佩兹：水是桥梁最大的敌人\n\n文 | 李娜\n\n**李娜：桥梁为什么会倒塌？**\n\n洛佩兹：主要是水。\n\n**李娜：这需要多长时间？**\n\n洛佩兹：通常是几十年。\n\n**李娜：您会先修什么？**\n\n洛佩兹：排水。永远是排水。\n\n本文为付费内容，订阅后阅读全文\n', 'zh.md');
    expect(turnsOf(zh).at(-1)!.paragraphs).toEqual(['排水。永远是排水。']);
    const ko = ingest('# 김민수 "물은 다리의 적"\n\n이지은 기자\n\n질문: 다리는 왜 무너지나요?\n\n답변: 주로 물 때문입니다.\n\n질문: 얼마나 걸리나요?\n\n답변: 수십 년입니다.\n\n질문: 무엇을 먼저 고치나요?\n\n답변: 배수입니다.\n\n이 기사는 유료 기사입니다.\n', 'ko.md');
    expect(turnsOf(ko).at(-1)!.paragraphs).toEqual(['배수입니다.']);
  });
  it('keeps an answer that speaks of what is left (guard)', () => {
    const r = ingest(ja('残り10年で全部直します。'), 'ja.md');
    expect(turnsOf(r).at(-1)!.paragraphs).toEqual(['排水です。いつも排水です。', '残り10年で全部直します。']);
  });
});

describe('a paper’s lines after the last answer in other languages: a paywall’s (`Jetzt weiterlesen mit SZ Plus`, `Lee sin límites`, `Assine para continuar lendo`, `Lees verder met een abonnement`), an agency’s tag (`© dpa-infocom, dpa:...`), a meter (`Vous avez lu 1 article sur 3.`)', () => {
  const page = (q: [string, string][], last: string) => `# Maria Lopez\n\nTom Becker\n\n${q.map(([a, b]) => `**${a}**\n\n${b}`).join('\n\n')}\n\n${last}\n`;
  const de: [string, string][] = [['Warum stürzen Brücken ein?', 'Vor allem wegen des Wassers.'], ['Wie lange dauert das?', 'Meistens Jahrzehnte.'], ['Was reparieren Sie zuerst?', 'Die Abflüsse.']];
  const es: [string, string][] = [['¿Por qué se caen los puentes?', 'Sobre todo por el agua.'], ['¿Cuánto tarda?', 'Décadas, normalmente.'], ['¿Qué arregla primero?', 'Los desagües.']];
  const pt: [string, string][] = [['Por que as pontes caem?', 'Principalmente por causa da água.'], ['Quanto tempo leva?', 'Décadas, normalmente.'], ['O que conserta primeiro?', 'Os drenos.']];
  const nl: [string, string][] = [['Waarom storten bruggen in?', 'Vooral door water.'], ['Hoe lang duurt dat?', 'Meestal tientallen jaren.'], ['Wat repareert u eerst?', 'De afvoeren.']];
  const en: [string, string][] = [['Why do bridges fail?', 'Mostly water.'], ['How long does it take?', 'Decades, usually.'], ['What do you fix first?', 'The drains.']];
  const fr: [string, string][] = [['Pourquoi les ponts s’effondrent-ils ?', 'Surtout à cause de l’eau.'], ['Combien de temps ?', 'Des décennies.'], ['Que réparez-vous d’abord ?', 'Les drains.']];
  it('are no words of the last answer (they were the guest’s)', () => {
    for (const [q, last, answer] of [[de, 'Jetzt weiterlesen mit SZ Plus', 'Die Abflüsse.'], [de, '© dpa-infocom, dpa:261203-99-123456/2', 'Die Abflüsse.'], [es, 'Lee sin límites', 'Los desagües.'], [pt, 'Assine para continuar lendo', 'Os drenos.'], [nl, 'Lees verder met een abonnement', 'De afvoeren.'], [fr, 'Vous avez lu 1 article sur 3.', 'Les drains.'], [en, 'You’ve read 3 of 5 free articles this month.', 'The drains.']] as const) {
      const r = ingest(page(q as [string, string][], last), 'page.md');
      expect(turnsOf(r).at(-1)!.paragraphs, last).toEqual([answer]);
      expect(r.transcript.removed.map((x) => x.text), last).toEqual([last]);
    }
  });
});

describe('notes between turns in other languages: an ad’s mark in brackets (`[Werbung]`, `[Publicité]`), the break (`(Fortsetzung nach der Werbung)`, `(La suite après la publicité)`, `[Continúa después de la publicidad]`), the editing (`(Das Interview wurde gekürzt und redigiert.)`, `(L’entretien a été édité pour plus de clarté.)`)', () => {
  const de = (note: string) => `# Maria Lopez: „Wasser ist der Feind“\n\nTom Becker: Willkommen, Frau Lopez.\n\nMaria Lopez: Danke für die Einladung.\n\nTom Becker: Warum stürzen Brücken ein?\n\nMaria Lopez: Vor allem wegen des Wassers.\n\n${note}\n\nTom Becker: Und dann?\n\nMaria Lopez: Der Stahl rostet.\n`;
  const fr = (note: string) => `# Maria Lopez : « L’eau est l’ennemi »\n\nTom Becker : Bienvenue, Maria Lopez.\n\nMaria Lopez : Merci de m’avoir invitée.\n\nTom Becker : Pourquoi les ponts s’effondrent-ils ?\n\nMaria Lopez : Surtout à cause de l’eau.\n\n${note}\n\nTom Becker : Et ensuite ?\n\nMaria Lopez : L’acier rouille.\n`;
  const es = (note: string) => `# Maria Lopez: “El agua es el enemigo”\n\nTom Becker: Bienvenida, Maria Lopez.\n\nMaria Lopez: Gracias por invitarme.\n\nTom Becker: ¿Por qué se caen los puentes?\n\nMaria Lopez: Sobre todo por el agua.\n\n${note}\n\nTom Becker: ¿Y luego?\n\nMaria Lopez: El acero se oxida.\n`;
  it('are no words of the guest (they were)', () => {
    for (const [text, note, answer] of [[de, '[Werbung]', 'Vor allem wegen des Wassers.'], [de, '(Fortsetzung nach der Werbung)', 'Vor allem wegen des Wassers.'], [de, '(Das Interview wurde gekürzt und redigiert.)', 'Vor allem wegen des Wassers.'], [fr, '[Publicité]', 'Surtout à cause de l’eau.'], [fr, '(La suite après la publicité)', 'Surtout à cause de l’eau.'], [fr, '(L’entretien a été édité pour plus de clarté.)', 'Surtout à cause de l’eau.'], [es, '[Continúa después de la publicidad]', 'Sobre todo por el agua.']] as const) {
      const r = ingest(text(note), 'page.md');
      expect(turnsOf(r)[3]!.paragraphs, note).toEqual([answer]);
      expect(r.transcript.removed.map((x) => x.text), note).toEqual([note]);
    }
  });
});

describe('a page’s note that the article goes on past an ad, in other languages (`Artikel wird unter der Anzeige fortgesetzt`, `L’article continue sous la publicité`), and an ad’s mark in Nordic languages (`Reklame`, `Annons`, `Mainos`), inside an answer', () => {
  it('is removed, the answer one turn in one part (each was a part’s heading, splitting the answer)', () => {
    for (const mark of ['Artikel wird unter der Anzeige fortgesetzt', 'Weiterlesen nach der Anzeige', 'L’article continue sous la publicité', 'El artículo continúa después del anuncio', 'Continua a leggere dopo la pubblicità', 'O artigo continua após a publicidade', 'Het artikel gaat verder onder de advertentie', 'Reklame', 'Annons', 'Mainos', 'Reklam']) {
      const r = ingest(`Tom Becker: Warum stürzen Brücken ein?\n\nMaria Lopez: Vor allem wegen Wasser.\n\n${mark}\n\nDer Stahl rostet.\n\nTom Becker: Wie lange dauert das?\n\nMaria Lopez: Jahrzehnte.\n`, 'page.txt');
      expect(r.transcript.sections.map((s) => s.heading), mark).toEqual([null]);
      expect(turnsOf(r)[1]!.paragraphs, mark).toEqual(['Vor allem wegen Wasser.', 'Der Stahl rostet.']);
      expect(r.transcript.removed.map((x) => x.text), mark).toEqual([mark]);
    }
  });
});

describe('a paper’s note after the last answer in other languages: where the interview first appeared (`Dieses Interview erschien zuerst...`, `Cet entretien a été publié dans...`, `Esta entrevista se publicó originalmente...`), the guest’s book (`Das Buch von Maria Lopez, ...`, `Le livre de Maria Lopez...`)', () => {
  const de = (last: string) => `# Maria Lopez\n\nTom Becker: Frau Lopez, warum stürzen Brücken ein?\n\nMaria Lopez: Vor allem wegen des Wassers.\n\nTom Becker: Und dann?\n\nMaria Lopez: Der Stahl rostet.\n\n${last}\n`;
  const fr = (last: string) => `# Maria Lopez\n\nTom Becker : Pourquoi les ponts s’effondrent-ils ?\n\nMaria Lopez : Surtout à cause de l’eau.\n\nTom Becker : Et ensuite ?\n\nMaria Lopez : L’acier rouille.\n\n${last}\n`;
  const es = (last: string) => `# Maria Lopez\n\nTom Becker: ¿Por qué se caen los puentes?\n\nMaria Lopez: Sobre todo por el agua.\n\nTom Becker: ¿Y luego?\n\nMaria Lopez: El acero se oxida.\n\n${last}\n`;
  it('is the outro (it was the guest’s last words)', () => {
    for (const [text, last] of [[de, 'Das Buch von Maria Lopez, „Müde Brücken“, erscheint im März bei Hanser.'], [de, 'Dieses Interview erschien zuerst in der Printausgabe.'], [fr, 'Le livre de Maria Lopez, « Ponts fatigués », paraît chez Gallimard.'], [fr, 'Cet entretien a été publié dans notre édition du 3 décembre.'], [es, 'El libro de Maria Lopez, «Puentes cansados», sale en marzo.'], [es, 'Esta entrevista se publicó originalmente en la edición impresa.']] as const) {
      const r = ingest(text(last), 'page.md');
      expect(r.transcript.outro.map((p) => p.text), last).toEqual([last]);
      expect(turnsOf(r).at(-1)!.paragraphs.length, last).toBe(1);
    }
  });
  it('a call to read the paper’s other interviews (`Mehr Interviews finden Sie...`, `Retrouvez tous nos entretiens...`, `Find more interviews...`): the outro; a link to another article in Spanish (`Lea también: ...`): removed', () => {
    const en = (last: string) => `# Maria Lopez\n\nTom Becker: Why do bridges fail?\n\nMaria Lopez: Mostly water.\n\nTom Becker: And then?\n\nMaria Lopez: The steel rusts.\n\n${last}\n`;
    for (const [text, last] of [[de, 'Mehr Interviews finden Sie auf unserer Themenseite.'], [de, 'Weitere Interviews lesen Sie hier.'], [fr, 'Retrouvez tous nos entretiens sur notre site.'], [es, 'Lea más entrevistas en nuestra web.'], [en, 'Find more interviews on our topic page.'], [en, 'You can find all our interviews at rhinepost.com.'], [es, 'Leggi le altre interviste della serie.'], [es, 'Leia mais entrevistas no nosso site.'], [de, 'Lees meer interviews op onze site.']] as const) {
      const r = ingest(text(last), 'page.md');
      expect(r.transcript.outro.map((p) => p.text), last).toEqual([last]);
      expect(turnsOf(r).at(-1)!.paragraphs.length, last).toBe(1);
    }
    const r = ingest(es('Lea también: Los puentes de Madrid'), 'page.md');
    expect(r.transcript.removed.map((x) => x.text)).toEqual(['Lea también: Los puentes de Madrid']);
    expect(turnsOf(r).at(-1)!.paragraphs).toEqual(['El acero se oxida.']);
  });
  it('a call to follow the paper on a social network, as papers write it in their languages (`Puede seguir a EL PAÍS Tecnología en Facebook y X`, `Suivez ... sur Instagram`, `Folgen Sie ... auf X`): the outro (it was the guest’s last words); her own words on following her stay hers (guard)', () => {
    for (const [text, last] of [[es, 'Puede seguir a EL PAÍS Tecnología en Facebook y X o apuntarse aquí para recibir nuestra newsletter semanal.'], [es, 'Síguenos en Instagram.'], [fr, 'Suivez Le Monde Sciences sur Instagram.'], [de, 'Folgen Sie dem SPIEGEL auf X und Instagram.']] as const) {
      const r = ingest(text(last), 'page.md');
      expect(r.transcript.outro.map((p) => p.text), last).toEqual([last]);
      expect(turnsOf(r).at(-1)!.paragraphs.length, last).toBe(1);
    }
    expect(turnsOf(ingest(es('Puedes seguirme en Instagram, subo fotos de puentes.'), 'page.md')).at(-1)!.paragraphs).toEqual(['El acero se oxida.', 'Puedes seguirme en Instagram, subo fotos de puentes.']);
  });
  it('keeps the guest’s words on reading interviews hers (guard)', () => {
    const r = ingest(de('Ich lese gern Interviews mit Ingenieuren.'), 'page.md');
    expect(turnsOf(r).at(-1)!.paragraphs).toEqual(['Der Stahl rostet.', 'Ich lese gern Interviews mit Ingenieuren.']);
  });
  it('keeps the guest’s words of someone else’s book hers (guard)', () => {
    const r = ingest(de('Das Buch von Henry Petroski, „To Engineer Is Human“, sollte jeder lesen.'), 'page.md');
    expect(turnsOf(r).at(-1)!.paragraphs).toEqual(['Der Stahl rostet.', 'Das Buch von Henry Petroski, „To Engineer Is Human“, sollte jeder lesen.']);
  });
});

describe('a short Norwegian interview whose Swedish-shared words (`av`, `som`, `med`, `har`, `vi`) tie its own (`og`, `ikke`, `hun`)', () => {
  const no = 'Broingeniør Maria Lopez har inspisert broer i tretti år. Hun mener at vi ser på feil ting. Av Tom Becker. Hvorfor faller broer sammen? Som regel på grunn av vann. Fundamentene vaskes bort litt etter litt, og ingen ser det før elven flommer over. Blir ikke det oppdaget? Ikke alltid. Det meste av arbeidet gjøres fra elvebredden med kikkert. Det som er under vann, ser man ikke uten en dykker. Staten, og det gjør flommene også.';
  it('is Norwegian by its letters, `ø` and never `ä` or `ö` (it was English, the default); a Swedish text so tied stays Swedish (guard)', () => {
    expect(detectLanguage(no)).toBe('nb');
    const sv = 'Brobyggaren Maria Lopez har inspekterat broar i trettio år. Hon menar att vi tittar på fel saker. Av Tom Becker. Varför rasar broar? Oftast på grund av vatten. Fundamenten spolas bort lite i taget, och ingen ser det förrän älven svämmar över. Upptäcks inte det? Inte alltid. Det mesta av arbetet görs från stranden med kikare. Det som är under vatten ser man inte utan en dykare.';
    expect(detectLanguage(sv)).toBe('sv');
  });
});

describe('a Chinese interview whose guest alone is labelled (`李娜：`), an answer going on in a paragraph of its own before the next question', () => {
  const text = '# 桥梁工程师李娜访谈\n\n李娜：我在武汉长大，小时候每天都要过长江大桥。我父亲是桥梁工人，他常常带我去工地看他们浇筑混凝土。\n\n您是怎么开始做桥梁检测的？\n\n李娜：大学毕业以后，我进入了一家设计院。第一年我就被派去检查一座老桥，那座桥的钢缆已经锈得很厉害了。\n\n为什么桥梁会出问题？\n\n李娜：最主要的原因是腐蚀。雨水和盐分渗进混凝土，里面的钢筋就会生锈膨胀，把混凝土撑裂。\n\n这个过程需要多长时间？\n\n李娜：通常需要几十年。问题是在表面看到裂缝之前，里面的损伤已经很严重了，所以定期检测非常重要。\n\n检测的费用谁来出？\n\n李娜：一般是地方政府。可是剪彩能赢得选票，修好一条伸缩缝却没有人注意，所以维护预算总是被削减。\n\n去年我们在长江上游检查了四十多座公路桥，用无人机拍摄桥墩底部，又用超声波探测钢缆内部的断丝情况，发现其中七座需要立即限载。\n\n那么这些桥后来怎么样了？\n\n李娜：有五座已经加固完成，另外两座还在等资金。\n';
  it('the paragraph going on is hers, said as uncertain; the question after it, closed by `？`, the interviewer’s', () => {
    const r = ingest(text, 'li-na.md');
    const turns = turnsOf(r);
    expect(turns.map((t) => [t.speaker, t.paragraphs.length])).toEqual([['李娜', 1], ['Interviewer', 1], ['李娜', 1], ['Interviewer', 1], ['李娜', 1], ['Interviewer', 1], ['李娜', 1], ['Interviewer', 1], ['李娜', 2], ['Interviewer', 1], ['李娜', 1]]);
    expect(turns[8]!.paragraphs[1]).toMatch(/^去年我们/);
    expect(r.uncertain.map((u) => [u.line, u.speaker, u.alternative])).toEqual([[21, '李娜', 'Interviewer']]);
  });
  it('a question closed by the full-width `？` before a heading, in her words (`钢缆`, `混凝土`), is the interviewer’s, not her answer going on', () => {
    const r = ingest(text.replace('另外两座还在等资金。\n', '另外两座还在等资金。\n\n长江上的公路桥，钢缆和混凝土都已经生锈了吗？\n\n## 未来\n\n李娜：我希望每座桥都装上传感器。\n'), 'li-na.md');
    expect(turnsOf(r).slice(-3).map((t) => [t.speaker, t.paragraphs])).toEqual([
      ['李娜', ['有五座已经加固完成，另外两座还在等资金。']],
      ['Interviewer', ['长江上的公路桥，钢缆和混凝土都已经生锈了吗？']],
      ['李娜', ['我希望每座桥都装上传感器。']],
    ]);
  });
});

describe('a short Japanese or Arabic interview whose guest alone is labelled (`ロペス：`, `لوبيز:`), an answer going on in a paragraph of its own before the next question', () => {
  it('the paragraph going on is hers, said as uncertain, where the file is too short to tell the voices by their words (it went to the interviewer)', () => {
    const ja = '# 橋梁技術者ロペス氏に聞く\n\n聞き手：トム・ベッカー\n\nロペス：私はバレンシアで育ちました。\n\nなぜ橋は壊れるのですか？\n\nロペス：ほとんどが水です。\n\nどのくらいの時間がかかりますか？\n\nロペス：数十年です。\n\n昨年、私たちはライン川の橋を四十本点検し、そのうち七本はすぐに補修が必要でした。\n\n費用は誰が払うのですか？\n\nロペス：誰も払いません。\n';
    const ar = '# ماريا لوبيز: الماء هو العدو الأكبر للجسور\n\nحاورها توم بيكر\n\nلماذا تنهار الجسور؟\n\nلوبيز: غالبا بسبب الماء.\n\nوكم يستغرق ذلك؟\n\nلوبيز: عقودا.\n\nفي العام الماضي فحصنا أربعين جسرا على نهر الراين ووجدنا سبعة منها بحاجة إلى إصلاح فوري.\n\nومن يدفع؟\n\nلوبيز: لا أحد.\n';
    for (const [text, guest, going] of [[ja, 'ロペス', '昨年、'], [ar, 'لوبيز', 'في العام']] as const) {
      const r = ingest(text, 'short.md');
      const turn = turnsOf(r).find((t) => t.paragraphs.some((p) => p.startsWith(going)))!;
      expect(turn.speaker, guest).toBe(guest);
      expect(r.uncertain.map((u) => u.speaker), guest).toEqual([guest]);
    }
  });
  it('not in a file long enough for its word model: a paragraph saying nothing either way before the question stays the one who asks, as before, said as uncertain (guard: an interviewer there may set out a point first)', () => {
    const qs = ['So tell me about the rivers of your childhood?', 'So tell me about the first bridge of your career?', 'So tell me about the money behind bridges?', 'So tell me about the politics of repair?', 'So tell me about the inspectors themselves?'];
    const as = ['The Turia, mostly. We swam in it before the flood moved it out of Valencia.', 'A footbridge in Delft. We poured the deck in one night because of the rain.', 'Budgets for new works are easy. Budgets for maintenance are never there.', 'A ribbon wins votes. A repaired joint wins nothing at all.', 'They are tired, underpaid, and very good at hearing hollow concrete.'];
    const text = `# Bridges\n\n${as.map((a, i) => `Maria Lopez: ${a}\n\n${qs[i]}\n\n`).join('')}Maria Lopez: Rust, then.\n\nQuarterly figures arrive tomorrow morning.\n\nAnd the inspectors?\n\nMaria Lopez: Tired.\n`;
    const r = ingest(text, 'long.md');
    expect(turnsOf(r).find((t) => t.paragraphs.includes('Quarterly figures arrive tomorrow morning.'))!.speaker).toBe('Interviewer');
    expect(r.uncertain.map((u) => [u.text, u.alternative])).toEqual([['Quarterly figures arrive tomorrow morning.', 'Maria Lopez']]);
  });
});
