import { describe, expect, it } from 'vitest';
import { ingest, IngestError } from '../../src/ingest/index.ts';
import { errorOf } from '../support/errors.ts';
import { spoken, turnsOf } from '../support/turns.ts';

/** Hostile or careless input: each outcome is a clear line naming the file and the fix, or a safe build with a warning. */
const turns = (text: string, file = 'x.md') => {
  const r = ingest(text, file);
  return { r, t: r.transcript, paras: r.transcript.sections.flatMap((s) => s.turns.flatMap((x) => x.paragraphs.map((p) => `${x.speaker}: ${p.text}`))) };
};
const BODY = '\n\nWhy?\n\nSA: Because we could.\n\nAnd then?\n\nSA: We did.\n';

describe('front matter values are data: validated, never a path, a link or markup as given', () => {
  it('a `lang` that is not a language tag is refused with a warning (it would reach file paths)', () => {
    for (const lang of ['../../../../x', 'a'.repeat(40), 'en us', '<b>']) {
      const { t } = turns(`---\nlang: "${lang}"\n---${BODY}`);
      expect(t.lang).toBe('en');
      expect(t.warnings).toEqual([expect.objectContaining({ line: 2, message: expect.stringContaining('is not a language tag') })]);
    }
    expect(turns(`---\nlang: pt-BR\n---${BODY}`).t.lang).toBe('pt-BR');
  });
  it('only http(s) addresses become links', () => {
    for (const source of ['javascript:alert(1)', 'data:text/html,x', '//evil.example', 'not a url']) {
      const { t } = turns(`---\nsource: "${source}"\nmedia: "${source}"\n---${BODY}`);
      expect(t.source).toBeNull();
      expect(t.warnings.map((w) => w.message)).toEqual([expect.stringContaining('is not an http(s) address'), expect.stringContaining('is not an http(s) address')]);
    }
  });
  it('`date: not a date` and a blank title are warnings, not silently kept', () => {
    const { t } = turns(`---\ndate: not a date\ntitle: "   "\n---${BODY}`, 'my-file.md');
    expect(t.date).toBeNull();
    expect(t.title).toBe('My file');
    expect(t.warnings.map((w) => [w.line, w.message])).toEqual([
      [2, "'date: not a date' is not a date and is ignored"],
      [3, "front matter field 'title' is empty and is ignored"],
    ]);
  });
  it('YAML aliases that expand without end are refused in one line', () => {
    const laughs = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]', ...'bcdefghi'.split('').map((c, i) => `${c}: &${c} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`)].join('\n');
    const e = errorOf(() => ingest(`---\n${laughs}\n---${BODY}`, 'laughs.md'));
    expect(e.message).toMatch(/^laughs\.md:2: error: the front matter cannot be read.*Fix: /);
    expect(e.message).not.toMatch(/\n\s+at /);
  });
  it('front matter of absurd length is refused in one line', () => {
    const keys = Array.from({ length: 6000 }, (_, i) => `key${i}: ${i}`).join('\n');
    expect(errorOf(() => ingest(`---\n${keys}\n---${BODY}`, 'keys.md')).message).toMatch(/^keys\.md:1: error: the front matter is 6000 lines long.*Fix: /);
  });
  it('a slug too long for a file system, or one of the site’s own URLs, is changed with a warning', () => {
    const long = turns(`---\nslug: ${'word-'.repeat(60)}end\n---${BODY}`);
    expect(long.t.slug.length).toBeLessThanOrEqual(80);
    expect(long.t.warnings[0]).toMatchObject({ line: 2, message: expect.stringContaining('is cut to') });
    for (const name of ['topics.md', 'search.md', 'pagefind.md']) {
      const r = turns(BODY, name);
      expect(r.t.slug).toBe(`${name.slice(0, -3)}-interview`);
      expect(r.t.warnings[0]!.message).toContain('is a page of the site itself');
    }
  });
});

describe('text is never lost without a word', () => {
  it('paragraphs a CMS wraps in comments and tags keep their turns', () => {
    const text = '<!-- wp:paragraph --><p>Why Ohio?</p><!-- /wp:paragraph -->\n\n<!-- wp:paragraph --><p>SA: We will build it in Ohio, because <strong>the power</strong> is there.</p><!-- /wp:paragraph -->\n\n<!-- wp:paragraph -->\n<p>SA: And the people.</p>\n<!-- /wp:paragraph -->\n';
    expect(turns(text).paras).toEqual(['Interviewer: Why Ohio?', 'SA: We will build it in Ohio, because the power is there.', 'SA: And the people.']);
  });
  it('a whole page’s source saved as the transcript: each paragraph keeps its speaker, and its scripts, styles, menus and footer are no one’s words', () => {
    const page = ['<!DOCTYPE html>', '<html lang="en">', '<head>', '<title>Bridges | Rhine Post</title>', '<script>window.track = 1;</script>', '</head>', '<body>', '<nav><a href="/">Home</a></nav>', '<article>', '<h1>Maria Lopez on bridges</h1>', '<p><strong>Tom Becker:</strong> How did you start?</p>', '<p><strong>Maria Lopez:</strong> My father was a carpenter.</p>', '<p><strong>Tom Becker:</strong> And the first bridge?</p>', '<p><strong>Maria Lopez:</strong> A footbridge in Oaxaca.</p>', '</article>', '<footer>&copy; 2026 Rhine Post</footer>', '<script>track();</script>', '</body>', '</html>', ''].join('\n');
    const r = ingest(page, 'page.md');
    expect(turnsOf(r).map((t) => `${t.speaker}: ${t.paragraphs.join(' | ')}`)).toEqual(['Tom Becker: How did you start?', 'Maria Lopez: My father was a carpenter.', 'Tom Becker: And the first bridge?', 'Maria Lopez: A footbridge in Oaxaca.']);
    expect(JSON.stringify([r.transcript.intro, r.transcript.sections, r.transcript.outro])).not.toMatch(/track\(|Rhine Post|Home/);
  });
  it('a line of thousands of brackets keeps its words, its brackets read as text and said in a warning (Markdown’s parser took time growing with the square of their number)', () => {
    const line = `SA: ${'[a] '.repeat(6000)}and [a link](https://example.com).`;
    const r = ingest(`Why?\n\n${line}\n\nAnd then?\n\nSA: We did.\n`, 'brackets.md');
    const said = r.transcript.sections[0]!.turns[1]!.paragraphs[0]!.text;
    expect(said.startsWith('[a] [a] [a]')).toBe(true);
    expect(said.endsWith('and [a link](https://example.com).')).toBe(true);
    expect(r.transcript.warnings.map((w) => w.message)).toEqual(["line 3 holds more than 2000 of Markdown's marks (brackets, single asterisks or underscores); they are read as text, not links or emphasis"]);
  });
  it('so does a line of thousands of single underscores or asterisks, or of images, its label in bold kept (Markdown’s parser took time growing with the square of their number: 56 s for 40,000 of `a_b_`)', () => {
    for (const unit of ['a_b_ ', '*a ', '![a] ']) {
      const line = `**SA:** ${unit.repeat(8000)}done.`;
      const r = ingest(`Why?\n\n${line}\n\nAnd then?\n\nSA: We did.\n`, 'marks.md');
      expect(spoken(r)[1], unit).toBe(`SA (guest): ${unit.repeat(8000).trim()} done.`);
      expect(r.transcript.warnings.map((w) => w.line), unit).toEqual([3]);
    }
    // (Not a line of ordinary length, whose emphasis is emphasis.)
    const short = ingest('Why?\n\nSA: It was *very* cold and a_b_c stayed.\n\nAnd then?\n\nSA: We did.\n', 'short.md');
    expect(spoken(short)[1]).toBe('SA (guest): It was very cold and a_b_c stayed.');
    expect(short.transcript.warnings).toEqual([]);
  });
  it('a paragraph of thousands of tags, each closed (`<b>a</b> <b>a</b> ...`), is read as bold words, as one pair is (pairing them took time growing with the square of their number)', () => {
    const r = ingest(`Why?\n\nSA: ${'<b>a</b> '.repeat(3000)}<i>end</i>.\n\nAnd then?\n\nSA: We did.\n`, 'tags.md');
    const html = r.transcript.sections[0]!.turns[1]!.paragraphs[0]!.html;
    expect(html.match(/<strong>a<\/strong>/g)?.length).toBe(3000);
    expect(html).toMatch(/<em>end<\/em>\.<\/p>$/);
    // (A tag whose next tag is not its closing one stays text to show; the pair inside it is read, and a `<u>` pair is its words.)
    const nested = ingest('Why?\n\nSA: It was <i>very <b>very</b></i> cold, <u>really</u>.\n\nAnd then?\n\nSA: We did.\n', 'nested.md');
    expect(nested.transcript.sections[0]!.turns[1]!.paragraphs[0]!.html).toBe('<p>It was &#x3C;i>very <strong>very</strong>&#x3C;/i> cold, really.</p>');
  });
  it('a bracket opened with a speaker’s name and never closed, over a long line, keeps its words in the turn (reading it for an interjection took time growing with the square of its length)', () => {
    const line = `Maria Lopez: Well [Tom Becker: ${'word '.repeat(20000)}end.`;
    const r = ingest(`Tom Becker: Why?\n\nMaria Lopez: Because.\n\nTom Becker: And?\n\n${line}\n`, 'unclosed.txt');
    const said = r.transcript.sections[0]!.turns[3]!;
    expect([said.speaker, said.paragraphs[0]!.text]).toEqual(['Maria Lopez', line.slice('Maria Lopez: '.length)]);
  });
  it('an HTML definition of a speaker’s words run over a long line of spaces keeps its words (reading where it closes took time growing with the square of its length)', () => {
    const r = ingest(`<dl>\n<dt>Tom Becker</dt>\n<dd>Why?</dd>\n<dt>Maria Lopez</dt>\n<dd>Because${' '.repeat(100_000)}the steel was tired.\n<dt>Tom Becker</dt>\n<dd>And?</dd>\n<dt>Maria Lopez</dt>\n<dd>We closed it.</dd>\n</dl>\n`, 'dl.md');
    expect(turnsOf(r).map((t) => `${t.speaker}: ${t.paragraphs.join(' | ').replace(/ +/g, ' ')}`)).toEqual(['Tom Becker: Why?', 'Maria Lopez: Because the steel was tired.', 'Tom Becker: And?', 'Maria Lopez: We closed it.']);
  });
  it('a run of 100,000 spaces inside an answer keeps its words, one space between them (patterns read over the run took time growing with its square: over a minute)', () => {
    for (const [file, space] of [['spaces.md', ' '], ['spaces.txt', ' '], ['nbsp.txt', '\u00a0']]) {
      const r = ingest(`Tom Becker: Why?\n\nMaria Lopez: Because.\n\nTom Becker: And?\n\nMaria Lopez: Because${space!.repeat(100_000)}the steel was tired.\n`, file!);
      expect(spoken(r).at(-1), file).toBe('Maria Lopez (guest): Because the steel was tired.');
    }
  });
  it('plain text stays plain: no emphasis, no link definitions', () => {
    // (Whose the bracketed line is, the answer's going on or the question's opening, is the attribution's to say; here, its text as written.)
    const paras = turns('SA: The math is 5*3*2.\n[Laughter]: Yes.\nWhy?\nSA: Because.\nAnd?\nSA: Done.\n', 'p.txt').paras;
    expect(paras[0]).toBe('SA: The math is 5*3*2.');
    expect(paras.slice(1, 2).map((p) => p.replace(/^\w+: /, ''))).toEqual(['[Laughter]: Yes.']);
  });
  it('a `# heading` before the first turn is shown even when the front matter has a title', () => {
    const { t } = turns(`---\ntitle: Front matter title\n---\nAn introduction.\n\n# Opening remarks${BODY}`);
    expect([t.title, ...t.sections.map((s) => s.heading)]).toEqual(['Front matter title', 'Opening remarks']);
    const top = turns(`---\ntitle: Front matter title\n---\n# The text's own title${BODY}`).t;
    expect(top.title).toBe("The text's own title");
  });
  it('a labelled answer is never spam, whatever its words; nor a list it announces, nor a poem in it', () => {
    expect(turns('Why ban them?\n\nMK: 1xBet. Mostbet. Melbet.\n\nWhich others?\n\nMK: Those three.\n').paras[1]).toBe('MK: 1xBet. Mostbet. Melbet.');
    const cities = turns('Where?\n\nSA: We are building in:\n\n- Abilene\n- Lordstown\n- Milam\n- Shackelford\n- Doña Ana\n- Saline\n- Port Washington\n- Wilbarger\n\nWhy there?\n\nSA: Power.\n');
    expect(cities.t.removed).toEqual([]);
    expect(cities.paras[2]).toBe('SA: Abilene Lordstown Milam Shackelford Doña Ana Saline Port Washington Wilbarger');
    const poem = turns('Read it?\n\nSA: Sure:\nthe kiln is cold\nthe clay is wet\nthe wheel turns slow\nthe bowl not yet\nthe glaze runs blue\nthe fire runs late\nthe shelf is full\nwe wait, we wait\n\nLovely.\n\nSA: Thanks.\n');
    expect(poem.t.removed).toEqual([]);
    expect(poem.paras[1]).toMatch(/^SA: Sure: the kiln is cold .* we wait, we wait$/);
  });
  it('a `---` under a turn is a rule, not the underline of a heading', () => {
    const { t, paras } = turns('SA: We built it.\n---\n\nWhy?\n\nSA: Because.\n');
    expect(t.sections.map((s) => s.heading)).toEqual([null]);
    expect(paras[0]).toBe('SA: We built it.');
  });
  it('a code fence never closed is read as text, with a warning, and does not swallow later turns', () => {
    const { t, paras } = turns('SA: Look:\n\n```\nSA: Not code.\n\nWhy?\n\nSA: Because.\n');
    expect(paras).toContain('SA: Not code.');
    expect(paras).toContain('SA: Because.');
    expect(t.warnings).toEqual([expect.objectContaining({ line: 3, message: expect.stringContaining('never closed') })]);
  });
  it('absurdly nested quotes and lists are read as text with a warning, whole', () => {
    for (const line of ['>'.repeat(2000) + ' deep', '- '.repeat(1200) + 'deep', '- '.repeat(10_000) + 'deep']) {
      const { t } = turns(`SA: Hi.\n\n${line}\n\nWhy?\n\nSA: Yes.\n`);
      const all = t.sections.flatMap((s) => s.turns.flatMap((x) => x.paragraphs.map((p) => p.text))).join('\n');
      expect(all).toContain('deep');
      expect(all).toContain(line.slice(0, 40).trim().replace(/\s+/g, ' ').slice(0, 20));
      expect(t.warnings[0]).toMatchObject({ line: 3, message: expect.stringContaining('it is read as text') });
    }
  });
});

describe('failures name the file', () => {
  it('every fatal problem is an IngestError with file, line and fix', () => {
    for (const [text, file] of [['', 'e.md'], ['---\ntitle: x\n', 'u.md'], ['just prose with no turns at all.\n', 'n.md']] as const) {
      const e = errorOf(() => ingest(text, file));
      expect(e).toBeInstanceOf(IngestError);
      expect(e.diagnostic.file).toBe(file);
      expect(e.message).toContain('Fix: ');
    }
  });
  it('a CSV whose quoted cell never closes is said at the row that opens it, not read as one cell to the end nor as "no turns"', () => {
    const e = errorOf(() => ingest('speaker,text\nTom Becker,"Why timber?\nMaria Lopez,My father was a carpenter.\nTom Becker,And steel?\nMaria Lopez,Steel is patient.\n', 'bad.csv'));
    expect(e).toBeInstanceOf(IngestError);
    expect([e.diagnostic.line, e.diagnostic.message]).toEqual([2, 'a quoted cell of this CSV never closes']);
  });
});

describe('spam shaped like a speaker label is spam, not a speaker', () => {
  it('`Name, Company: buy now at <link>` once, `SLOT88:` and `365体育：` twice, among full-name labels', () => {
    const text = [
      'Maria Lopez: Welcome, Tom Becker. Great to have you on the show today.',
      'Tom Becker: Thanks for having me, it is good to be here with you.',
      'SLOT88: daftar situs slot gacor hari ini gampang menang',
      'Cheap Rolex Replica, Best Watches: buy now at https://replica-shop.example and save big today',
      'Maria Lopez: What was the hardest bridge you ever built in your long career?',
      '365体育：最好的在线投注平台',
      'Tom Becker: The one over the Rhine, because the river floods every single spring.',
      'SLOT88: link alternatif slot gacor terpercaya',
      'Maria Lopez: And the steel for that bridge, did it arrive on time?',
      '365体育：注册送彩金',
      'Tom Becker: It came late, like always with that mill in the north.',
    ].join('\n\n');
    const t = ingest(`# Bridges\n\n${text}\n`, 'spam-labels.md').transcript;
    expect([...new Set(t.sections.flatMap((s) => s.turns.map((x) => x.speaker)))]).toEqual(['Maria Lopez', 'Tom Becker']);
    expect(t.removed.map((r) => r.text.slice(0, 12))).toEqual(['SLOT88: daft', 'Cheap Rolex ', '365体育：最好的在线投', 'SLOT88: link', '365体育：注册送彩金']);
  });
  it('`Casino Online, Best Bonus:` twice is spam; `Casino Director:` in an interview about casinos speaks', () => {
    const spam = ingest('# Bridges\n\nMaria Lopez: Welcome, Tom Becker. Great to have you on the show today.\n\nTom Becker: Thanks for having me, it is good to be here.\n\nCasino Online, Best Bonus: the best casino bonus for new players this week\n\nMaria Lopez: What was the hardest bridge you ever built?\n\nTom Becker: The one over the Rhine.\n\nCasino Online, Best Bonus: claim your free spins and casino bonus now\n', 'spam-affiliation.md').transcript;
    expect([...new Set(spam.sections.flatMap((s) => s.turns.map((x) => x.speaker)))]).toEqual(['Maria Lopez', 'Tom Becker']);
    const real = ingest('# Running a casino\n\nMaria Lopez: How did you come to run the casino in Baden?\n\nCasino Director: I started as a dealer there in 1990.\n\nMaria Lopez: And the guests of the casino today?\n\nCasino Director: Mostly tourists from France.\n', 'casino.md').transcript;
    expect(real.sections.flatMap((s) => s.turns.map((x) => x.speaker))).toEqual(['Maria Lopez', 'Casino Director', 'Maria Lopez', 'Casino Director']);
  });
  it('a handle in small letters set as a label (`**slot88** [00:00:01]:`), an emoji before a label, a Thai label: spam all the same', () => {
    const text = [
      '🔥 Best Casino: Get 500% bonus now at https://casino.example',
      '**Tom Becker:** Why bridges?',
      '**Maria Lopez:** My father built roads.',
      '🔥 Best Casino: Get 500% bonus now at https://casino.example',
      '**Tom Becker:** And concrete?',
      '**slot88** [00:00:01]: daftar slot gacor hari ini https://slot.example',
      '**Maria Lopez:** Later.',
      '**slot88** [00:00:02]: daftar slot gacor maxwin https://slot.example',
      'สล็อต เว็บตรง: สมัครสมาชิก รับโบนัส 100% https://th.example',
      'สล็อต เว็บตรง: สมัครสมาชิก รับโบนัส 100% https://th.example',
    ].join('\n\n');
    const t = ingest(`# Bridges\n\n${text}\n`, 'spam-new-labels.md').transcript;
    expect(t.sections.flatMap((s) => s.turns.map((x) => x.speaker))).toEqual(['Tom Becker', 'Maria Lopez', 'Tom Becker', 'Maria Lopez']);
    expect(t.removed.map((r) => r.line)).toEqual([3, 9, 13, 17, 19, 21]);
  });
  it('spam sent as a chat message is removed like any other label’s spam', () => {
    const t = ingest('[03/12/24, 10:15:02] Tom Becker: How did you get into bridges?\n[03/12/24, 10:15:40] Maria Lopez: My father built roads.\n[03/12/24, 10:16:02] Slot Gacor Online: daftar slot gacor maxwin hari ini https://spam.example\n[03/12/24, 10:16:05] Tom Becker: And concrete?\n[03/12/24, 10:18:30] Maria Lopez: That came later.\n', 'chat.txt').transcript;
    expect(t.sections.flatMap((s) => s.turns.map((x) => x.speaker))).toEqual(['Tom Becker', 'Maria Lopez', 'Tom Becker', 'Maria Lopez']);
    expect(t.removed.map((r) => r.line)).toEqual([3]);
  });
});

describe('a person whose name is a word spam writes too (`Judi Dench:`, `Rajesh Kumar:`, Indonesian’s and Turkish’s words for gambling)', () => {
  it('is a speaker, labelled or alone above the words (the label was a “Guest”’s words)', () => {
    for (const name of ['Judi Dench', 'Rajesh Kumar']) {
      const labelled = ingest(`# Bridges\n\nTom Becker: Welcome. Why bridges?\n\n${name}: Because my father built them.\n\nTom Becker: And steel?\n\n${name}: It rusts, always.\n`, 'name.md').transcript;
      expect(labelled.sections.flatMap((s) => s.turns.map((x) => x.speaker)), name).toEqual(['Tom Becker', name, 'Tom Becker', name]);
      const above = ingest(`Bridges\n\nTom Becker\nWelcome. Why bridges?\n\n${name}\nBecause my father built them.\n\nTom Becker\nAnd steel?\n\n${name}\nIt rusts, always.\n`, 'name.txt').transcript;
      expect(above.sections.flatMap((s) => s.turns.map((x) => x.speaker)), name).toEqual(['Tom Becker', name, 'Tom Becker', name]);
    }
  });
  it('but a label of such a word whose words are spam’s is spam still (guard)', () => {
    const t = ingest('# Bridges\n\nTom Becker: Why bridges?\n\nMaria Lopez: My father built them.\n\nJudi Online: situs judi slot gacor terpercaya https://spam.example\n\nTom Becker: And steel?\n\nMaria Lopez: It rusts.\n\nJudi Online: situs judi slot gacor terpercaya https://spam.example\n', 'spam.md').transcript;
    expect(t.sections.flatMap((s) => s.turns.map((x) => x.speaker))).toEqual(['Tom Becker', 'Maria Lopez', 'Tom Becker', 'Maria Lopez']);
  });
});

describe('a pitch pasted twice into a transcript of names above the words', () => {
  it('is spam, its name line too: the copies do not vouch for each other’s words, nor does the name become a speaker', () => {
    const say = ['Revenue grew in every region this quarter, driven by bridge repairs in Germany and the Netherlands.', 'Our margins improved because the new plant in Bonn runs at full capacity now, and it will stay so.', 'Cities buy slowly, but once they buy, they buy for decades, and that is why we are patient with them.'];
    const pitch = 'Cheap Rolex Replica\n\nBuy replica watches online at the best price, with free shipping today at replica-shop.com.\n\n';
    let text = '# Rhine Works Q3 call\n\nOperator\n\nGood day, and welcome to the Rhine Works call. I now turn the call over to Maria Lopez.\n\n';
    for (let i = 0; i < 12; i++) text += `Maria Lopez\n\n${say[i % 3]}\n\nPaul Kim\n\n${say[(i + 1) % 3]}\n\n${i === 3 || i === 8 ? pitch : ''}Jane Doe\n\nThanks. Can you say more about the ports and the cities?\n\n`;
    const { r, paras } = turns(`${text}Operator\n\nThis concludes today's call.\n`, 'call.md');
    expect(paras.filter((p) => /replica/i.test(p))).toEqual([]);
    expect(r.transcript.removed.filter((x) => /replica/i.test(x.text))).toHaveLength(4);
    expect(new Set(r.transcript.sections.flatMap((s) => s.turns.map((t) => t.speaker)))).toEqual(new Set(['Operator', 'Maria Lopez', 'Paul Kim', 'Jane Doe']));
  });
});

describe('a block of pitches written as sentences, each with a link, between two turns', () => {
  it('goes whole: a pitch beside spam is spam, though its words alone would not tell', () => {
    const block = '**Looking for cheap replica watches?** Visit https://replica-shop.example today for the best prices!\n\n**Need a payday loan fast?** Apply at https://quickcash.example now, instant approval!\n\n**Want to win big at online casino?** Play slots at https://casino.example with free bonus!';
    const { r, paras } = turns(`# Maria Lopez on bridges\n\n**Tom Becker:** Why bridges?\n\n**Maria Lopez:** My grandfather was a mason, and he took me to the old stone bridge in our town every Sunday.\n\n**Tom Becker:** And what do you build now?\n\n${block}\n\n**Maria Lopez:** Footbridges, mostly. They are small, but every detail matters.\n`, 'pitches.md');
    expect(paras).toEqual(['Tom Becker: Why bridges?', 'Maria Lopez: My grandfather was a mason, and he took me to the old stone bridge in our town every Sunday.', 'Tom Becker: And what do you build now?', 'Maria Lopez: Footbridges, mostly. They are small, but every detail matters.']);
    expect(r.transcript.removed.map((x) => x.kind)).toEqual(['spam', 'spam', 'spam']);
  });
});

describe('invisible characters copied from a web page', () => {
  it('a zero-width space, a word joiner, a soft hyphen or a no-break space in or after a name leave the label a label', () => {
    const t = ingest('# Bridges\n\nTom\u00a0Becker: Welcome.\n\nMaria Lopez\u200b: Thanks.\n\nTom Becker: How did it start?\n\n\u200bMaria Lo\u00adpez: With a crack.\n\nTom Becker\u2060: And?\n\nMaria\u00a0Lopez: Yes.\n', 'web.md').transcript;
    expect(t.sections.flatMap((s) => s.turns.map((x) => `${x.speaker}: ${x.paragraphs.map((p) => p.text).join(' ')}`))).toEqual([
      'Tom Becker: Welcome.',
      'Maria Lopez: Thanks.',
      'Tom Becker: How did it start?',
      'Maria Lopez: With a crack.',
      'Tom Becker: And?',
      'Maria Lopez: Yes.',
    ]);
  });
  it('so do the marks setting a direction at a line’s start and around the colon, as a chat app copies them (the build found no turn); inside the words they stay', () => {
    const t = ingest('# Bridges\n\n\u200eTom Becker\u200e: Welcome.\n\n\u200fMaria Lopez\u200f: Thanks \u200fto you.\n\n\u2066Tom Becker\u2069: How did it start?\n\nMaria Lopez:\u200e With a crack.\n', 'chat.md').transcript;
    expect(t.sections.flatMap((s) => s.turns.map((x) => `${x.speaker}: ${x.paragraphs.map((p) => p.text).join(' ')}`))).toEqual(['Tom Becker: Welcome.', 'Maria Lopez: Thanks \u200fto you.', 'Tom Becker: How did it start?', 'Maria Lopez: With a crack.']);
  });
});

describe('a transcription tool’s JSON export saved as text (`{"utterances": [{"speaker": "A", ...}]}`)', () => {
  const json = '{\n  "utterances": [\n    {"speaker": "A", "start": 0, "text": "Why do bridges fail?"},\n    {"speaker": "B", "start": 5200, "text": "Mostly corrosion."}\n  ]\n}\n';
  it('fails with one line saying it is JSON and what to export instead, at its first line (it said only that no paragraph was labelled)', () => {
    for (const [text, line] of [[json, 1], [`\n\n${json}`, 3], ['[{"speaker": "A", "text": "Why?"}]\n', 1]] as const) {
      const e = errorOf(() => ingest(text, 'export.txt'));
      expect(e.message).toBe(`export.txt:${line}: error: no speaker turns found: the file is JSON, a transcription tool's data, not a transcript's text. Fix: export the transcript as text (each turn on a line of its own, \`Name: ...\`) or as SRT or WebVTT captions, and add that file instead`);
    }
  });
  it('not text in brackets that is no JSON, a caption’s marks, nor a line in quotation marks that JSON would read as a string (guard)', () => {
    for (const text of ['[Music]\nWelcome to the show.\n[Applause]\n', '"Why do bridges fail?"\n', '42\n']) expect(errorOf(() => ingest(text, 'captions.txt')).message, text).toContain('no paragraph starts with a speaker label');
  });
});
