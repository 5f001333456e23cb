import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic, ingest, type IngestResult } from '../../src/ingest/index.ts';
import { namesIn } from '../../src/ingest/speakers.ts';
import { fromQuotedTranscript } from '../../src/ingest/fence.ts';
import { spoken, turnsOf, who } from '../support/turns.ts';

/** The formats publishers and transcription tools export, each in a small invented transcript (tests/fixtures/formats). */
const load = (name: string): IngestResult => {
  const file = `tests/fixtures/formats/${name}`;
  return ingest(readFileSync(new URL(`../../${file}`, import.meta.url)), file);
};

describe('a transcript repository: speakers as a list, `Full Name (AB):` then `AB:`', () => {
  const r = load('repository-list.md');
  it('names every label after the person, and the host is the one the list leaves out', () => {
    expect(who(r)).toEqual(['Editor (other)', 'Tobias Wren (interviewer)', 'Maren Solvik (guest)', 'Tobias Wren (interviewer)', 'Maren Solvik (guest)', 'Tobias Wren (interviewer)', 'Maren Solvik (guest)']);
  });
  it('keeps the reference link under the heading as an editor note, and the date; no warning for the unlisted host', () => {
    expect(turnsOf(r)[0]!.paragraphs).toEqual(['Keeper log archive: https://example.org/archive/keepers']);
    expect(r.transcript.date).toBe('2021-05-04');
    expect(r.transcript.warnings).toEqual([]);
    expect(r.transcript.intro.map((p) => p.text)).toEqual(['Transcript completed by: a volunteer']);
  });
  it('takes the label off the text', () => {
    expect(turnsOf(r)[4]!.paragraphs).toEqual([
      'Because a machine can turn a light but it cannot see a boat in trouble. The keepers were the eyes of the coast.',
      'And the radio needed a person who knew every captain by voice.',
    ]);
  });
});

describe('a podcast export: `Name (00:00:09):` alone on a line, `(00:01:02):` for the same speaker', () => {
  const r = load('podcast-export.md');
  it('reads two guests from `guest: A + B` and the host from the evidence', () => {
    expect(who(r)).toEqual(['Nadia Farouk (interviewer)', 'Ilse Brandt (guest)', 'Oskar Lind (guest)', 'Nadia Farouk (interviewer)', 'Ilse Brandt (guest)', 'Oskar Lind (guest)']);
  });
  it('keeps each start time as data and no marker in the text', () => {
    const turns = turnsOf(r);
    expect(turns.map((t) => t.time)).toEqual([0, 15, 17, 19, 24, 80]);
    expect(turns[4]!.paragraphs).toEqual([
      'The starter. A starter is alive, and a living thing does not like to be multiplied by forty overnight.',
      'We split it over three weeks, and we kept a jar of the original in a fridge in case we ruined everything.',
    ]);
    expect(turns[0]!.paragraphs[1]).toBe('This episode is brought to you by a flour mill that would rather stay anonymous.');
    for (const t of turns) for (const p of t.paragraphs) expect(p).not.toMatch(/^\(?\d{2}:\d{2}/);
  });
  it('takes the date from `publish_date` and the heading `## Transcript` as the section', () => {
    expect(r.transcript.date).toBe('2024-02-11');
    expect(r.transcript.sections.map((s) => s.heading)).toEqual(['Transcript']);
  });
});

describe('`[00:00:31] Name: text` on every paragraph, no front matter', () => {
  const r = load('timestamped.md');
  it('finds the host from "the following is a conversation with" and keeps the times', () => {
    expect(turnsOf(r).map((t) => [t.speaker, t.role, t.time])).toEqual([
      ['Hugo Varga', 'interviewer', 0],
      ['Petra Lenz', 'guest', 35],
      ['Hugo Varga', 'interviewer', 75],
      ['Petra Lenz', 'guest', 79],
    ]);
    expect(turnsOf(r)[0]!.paragraphs[1]).toBe('Petra, how did you start with organs?');
  });
  it('reads a time in hours, minutes and seconds too (`1h02m03s Tom Becker: ...`, `[02m05s]`)', () => {
    const t = ingest('# Rivers\n\n1h02m03s Tom Becker: Why do bridges fail?\n\n1h02m09s Maria Lopez: Mostly water.\n\n[1h03m00s] Tom Becker: And steel?\n\n[1h03m05s] Maria Lopez: Fatigue.\n', 'hms.md');
    expect(turnsOf(t).map((x) => [x.speaker, x.time, x.paragraphs[0]])).toEqual([['Tom Becker', 3723, 'Why do bridges fail?'], ['Maria Lopez', 3729, 'Mostly water.'], ['Tom Becker', 3780, 'And steel?'], ['Maria Lopez', 3785, 'Fatigue.']]);
  });
  it('reads minutes and seconds apart (`Tom Becker (1m 5s):`, `(1h 2m 3s)`, alone above the words too)', () => {
    const t = ingest('# Rivers\n\nTom Becker (1m 5s): Why do bridges fail?\n\nMaria Lopez (1m 12s): Mostly water.\n\nTom Becker (1h 2m 3s): And steel?\n\nMaria Lopez (1h 2m 9s): Fatigue.\n', 'ms.md');
    expect(turnsOf(t).map((x) => [x.speaker, x.time, x.paragraphs[0]])).toEqual([['Tom Becker', 65, 'Why do bridges fail?'], ['Maria Lopez', 72, 'Mostly water.'], ['Tom Becker', 3723, 'And steel?'], ['Maria Lopez', 3729, 'Fatigue.']]);
    const alone = ingest('Rivers\n\nTom Becker (0m 5s)\nWhy do bridges fail?\n\nMaria Lopez (0m 12s)\nMostly water.\n\nTom Becker (1m 2s)\nAnd steel?\n\nMaria Lopez (1m 6s)\nFatigue.\n', 'ms.txt');
    expect(turnsOf(alone).map((x) => [x.speaker, x.time, x.paragraphs[0]])).toEqual([['Tom Becker', 5, 'Why do bridges fail?'], ['Maria Lopez', 12, 'Mostly water.'], ['Tom Becker', 62, 'And steel?'], ['Maria Lopez', 66, 'Fatigue.']]);
  });
  it('reads a time after `@` (`Tom Becker @ 00:00:05: ...`) and in angle brackets (`<00:00:05> Tom Becker: ...`, alone on a line, within the words)', () => {
    const at = ingest('Rivers\n\nTom Becker @ 00:00:05: Why do bridges fail?\n\nMaria Lopez @ 00:00:12: Mostly water.\n\nTom Becker @ 00:01:02: And steel?\n\nMaria Lopez @ 00:01:06: Fatigue.\n', 'at.txt');
    expect(turnsOf(at).map((x) => [x.speaker, x.time, x.paragraphs[0]])).toEqual([['Tom Becker', 5, 'Why do bridges fail?'], ['Maria Lopez', 12, 'Mostly water.'], ['Tom Becker', 62, 'And steel?'], ['Maria Lopez', 66, 'Fatigue.']]);
    const angled = ingest('Rivers\n\n<00:00:05> Tom Becker: Why do bridges fail?\n<00:00:12> Maria Lopez: Mostly water. <00:00:15> And salt.\n<00:01:02> Tom Becker: And steel?\n<00:01:06> Maria Lopez: Fatigue.\n', 'angled.txt');
    expect(turnsOf(angled).map((x) => [x.speaker, x.time, x.paragraphs[0]])).toEqual([['Tom Becker', 5, 'Why do bridges fail?'], ['Maria Lopez', 12, 'Mostly water. And salt.'], ['Tom Becker', 62, 'And steel?'], ['Maria Lopez', 66, 'Fatigue.']]);
    const bold = ingest('# Rivers\n\n<00:00:05> **Tom Becker:** Why do bridges fail?\n\n<00:00:12> **Maria Lopez:** Mostly water.\n\n**Tom Becker** <00:01:02>\nAnd steel?\n\n**Maria Lopez** <00:01:06>\nFatigue.\n', 'angled.md');
    expect(turnsOf(bold).map((x) => [x.speaker, x.time, x.paragraphs[0]])).toEqual([['Tom Becker', 5, 'Why do bridges fail?'], ['Maria Lopez', 12, 'Mostly water.'], ['Tom Becker', 62, 'And steel?'], ['Maria Lopez', 66, 'Fatigue.']]);
  });
});

describe('diarization placeholders: `Speaker 0: 00:00:03` alone on a line', () => {
  const r = load('diarized.md');
  it('resolves a placeholder by its self-introduction, and the other by elimination', () => {
    expect(who(r)).toEqual(['Emil Haas (interviewer)', 'Rosa Quint (guest)', 'Emil Haas (interviewer)', 'Rosa Quint (guest)']);
    expect(turnsOf(r).map((t) => t.time)).toEqual([3, 11, 20, 24]);
  });
  it('joins one sentence per line into one paragraph', () => {
    expect(turnsOf(r)[1]!.paragraphs).toEqual(['Anything drawn before the survey of 1850. After that the maps are copies of copies.']);
  });
});

describe('a panel with audience questions: `Q - ` and nameless `A - `', () => {
  const r = load('panel-audience.md');
  it('makes Q the audience and A the panelist who spoke last', () => {
    expect(who(r)).toEqual([
      'Dana Whitfield (interviewer)', 'Lena Kovacs (guest)', 'Dana Whitfield (interviewer)', 'Ruben Ortiz (guest)',
      'Audience (other)', 'Ruben Ortiz (guest)', 'Audience (other)', 'Ruben Ortiz (guest)', 'Lena Kovacs (guest)',
    ]);
    expect(turnsOf(r)[4]!.paragraphs).toEqual(['Will the new cars have showers?']);
  });
});

describe('a talk followed by questions', () => {
  const r = load('talk-qa.md');
  it('gives the unlabelled talk to the one speaker, Q to the audience, A to the speaker, the closing link to the outro', () => {
    expect(who(r)).toEqual(['Agnes Holm (guest)', 'Audience (other)', 'Agnes Holm (guest)', 'Audience (other)', 'Agnes Holm (guest)']);
    expect(turnsOf(r)[0]!.paragraphs).toHaveLength(3);
    expect(r.transcript.outro.map((p) => p.text)).toEqual(['https://example.org/rooftop-bees-notes']);
    expect(r.transcript.intro).toEqual([]);
  });
  it('under the title, then a heading for the questions and only those who ask labelled: the talk and each answer are the speaker’s', () => {
    const t = ingest('---\ntitle: The Quiet Failure of Bridges\nspeakers: [Maria Lopez]\n---\n\n# The Quiet Failure of Bridges\n\nThank you all for coming. I want to talk about bridges.\n\nMost bridges are inspected once, when they open.\n\nSo what can we do? Three things.\n\n## Q&A\n\nModerator: Thank you, Maria. We have time for questions. Yes, in the back.\n\nAudience member: How often should we inspect?\n\nEvery year. Every single year.\n\nThat is the whole secret.\n\nQuestion: Who pays?\n\nThe cities, with help from the state.\n\nModerator: Thank you all.\n', 'talk.md');
    expect(t.transcript.sections.map((s) => [s.heading, s.turns.map((x) => `${x.speaker}: ${x.paragraphs.length}`)])).toEqual([
      [null, ['Maria Lopez: 3']],
      ['Q&A', ['Moderator: 1', 'Audience member: 1', 'Maria Lopez: 2', 'Audience: 1', 'Maria Lopez: 1', 'Moderator: 1']],
    ]);
    expect(t.transcript.intro).toEqual([]);
  });
  it('a short talk, two paragraphs, under `# Q&A` and the list’s one speaker: hers, the questions the audience’s (the talk was the intro, `Q:` the interviewer)', () => {
    const talk = '---\ntitle: Bridges and water\nspeakers: [\'Maria Lopez\']\n---\nFirst of all I want to explain what we mean by scour.\n\nThis first arose when rivers were straightened.\n\n# Q&A\n\nQ: What about drones?\n\nThey help a lot.\n\nQ: Who pays?\n\nNobody.\n\nModerator: Thank you Maria.\n';
    const t = ingest(talk, 'talk.md');
    expect(t.transcript.intro).toEqual([]);
    expect(who(t)).toEqual(['Maria Lopez (guest)', 'Audience (other)', 'Maria Lopez (guest)', 'Audience (other)', 'Maria Lopez (guest)', 'Moderator (interviewer)']);
    // (Without the heading, two paragraphs are the intro still.)
    const untitled = ingest(talk.replace('# Q&A\n\n', ''), 'talk.md');
    expect(untitled.transcript.intro.map((p) => p.line)).toEqual([5, 7]);
  });
  it('the talk’s speaker labelled at its start, a moderator, and the audience’s labelled questions answered unlabelled: each answer the speaker’s (they were the audience member’s own)', () => {
    const t = ingest('# Maria Lopez: Why Bridges Fail\n\nMaria Lopez: Thank you all for coming. Today I want to talk about water.\n\nWater gets into everything.\n\n## Q&A\n\nAudience member: How long does a bridge last with bad drainage?\n\nTen years, maybe fifteen.\n\nAudience member: And with good drainage?\n\nA century, easily.\n\nModerator: We have time for one more.\n\nAudience member: Who pays for inspections?\n\nThe cities, mostly.\n\nThat is the problem.\n', 'talk.md');
    expect(spoken(t)).toEqual([
      'Maria Lopez (guest): Thank you all for coming. Today I want to talk about water. | Water gets into everything.',
      'Audience member (other): How long does a bridge last with bad drainage?',
      'Maria Lopez (guest): Ten years, maybe fifteen.',
      'Audience member (other): And with good drainage?',
      'Maria Lopez (guest): A century, easily.',
      'Moderator (interviewer): We have time for one more.',
      'Audience member (other): Who pays for inspections?',
      'Maria Lopez (guest): The cities, mostly. | That is the problem.',
    ]);
  });
});

describe('a panel’s audience question answered unlabelled, two panelists who may have answered', () => {
  it('keeps the answer where it stands and says it is uncertain, the panelists the alternatives (it was silent)', () => {
    const r = ingest('# Bridges Panel\n\nModerator: Welcome. With me are Maria Lopez and Paul Kim. Maria, why do bridges fail?\n\nMaria Lopez: Mostly water.\n\nPaul Kim: And fatigue, in steel bridges.\n\nModerator: Let’s take questions.\n\nAudience member: How long does a bridge last with bad drainage?\n\nTen years, maybe fifteen.\n\nPaul Kim: Less, for steel.\n', 'panel.md');
    expect(r.uncertain.map((u) => [u.line, u.text, u.alternative])).toEqual([[13, 'Ten years, maybe fifteen.', 'Maria Lopez, Paul Kim']]);
  });
});

describe('two hosts and a guest, bold labels, break markers', () => {
  const r = load('two-hosts.md');
  it('makes the second host an interviewer, not a guest', () => {
    expect(who(r)).toEqual(['Mina Park (interviewer)', 'Theo Grant (guest)', 'Joel Amari (interviewer)', 'Theo Grant (guest)', 'Mina Park (interviewer)', 'Theo Grant (guest)', 'Joel Amari (interviewer)', 'Theo Grant (guest)']);
  });
  it('removes `**Break:** \\[04:40\\]` and takes a leading `\\[02:15\\]` off as the turn’s time', () => {
    expect(r.transcript.removed.map((x) => x.text)).toEqual(['**Break:** \\[04:40\\]']);
    expect(turnsOf(r)[3]).toMatchObject({ time: 135, paragraphs: ['The second one was for my sister, and after that people kept asking.', 'It turned into a business before I noticed.'] });
  });
});

describe('an interview printed without names: questions open with a dialogue dash', () => {
  const r = load('dialogue-dash.md');
  it('gives dashed paragraphs to the interviewer of the byline and the rest to the guest the dek names', () => {
    expect(who(r)).toEqual(['Julien Marchand (interviewer)', 'Camille Rousseau (guest)', 'Julien Marchand (interviewer)', 'Camille Rousseau (guest)']);
    expect(turnsOf(r)[0]!.paragraphs).toEqual(["Comment lit-on l'histoire du climat dans la glace ?"]);
    expect(r.transcript.sections.map((s) => s.heading)).toEqual(['Un métier de patience']);
  });
});

describe('a Q&A article saved with its page: cards, a newsletter box, a pull quote, related stories', () => {
  const r = load('article-chrome.md');
  it('removes the page’s furniture and keeps every line of the interview', () => {
    expect(r.transcript.removed.map((x) => x.line)).toEqual([7, 9, 11, 13, 25, 27, 33, 35, 37, 39]);
    expect(r.transcript.title).toBe('How a cooperative saved forty orchards');
    expect(r.transcript.intro.map((p) => p.text)).toEqual(['Forty family orchards now share one press house. We spoke with their chair, Ines Baptiste.']);
  });
  it('reads `**Name: question?**` as a labelled question and the pull quote as the answer’s', () => {
    expect(who(r)).toEqual(['Example Farms (interviewer)', 'Ines Baptiste (guest)', 'Example Farms (interviewer)', 'Ines Baptiste (guest)']);
    expect(turnsOf(r)[1]!.paragraphs).toHaveLength(3);
    expect(r.transcript.outro).toEqual([]);
  });
});

describe('what became of every line', () => {
  it('accounts for each non-blank line exactly once', () => {
    for (const name of ['repository-list.md', 'podcast-export.md', 'two-hosts.md', 'article-chrome.md', 'dialogue-dash.md']) {
      const r = load(name);
      const text = readFileSync(new URL(`../../tests/fixtures/formats/${name}`, import.meta.url), 'utf8').split('\n');
      const fmEnd = text[0] === '---' ? text.indexOf('---', 1) : -1;
      text.forEach((l, i) => {
        if (i > fmEnd && l.trim()) expect(r.lineUse[i], `${name}:${i + 1}`).not.toBeNull();
      });
    }
  });
});

describe('a Markdown Q&A article: bold `**Q: ...**` lines, `**A:**`, an image with a caption, reference links', () => {
  const r = load('qa-article.md');
  it('says the guest’s name is a guess from the dek, and makes none when the dek names two people alike', () => {
    expect(r.transcript.warnings.map((w) => w.message)).toEqual(["the guest's name, Lea Moreau, is taken from the introduction"]);
    const tie = ingest('Nora Olsen talked to Kai Brennan about bread.\n\nQ: Why bread?\n\nA: Because it is honest work that you can eat.\n\nQ: And now?\n\nA: Now I bake every morning.\n', 'tie.md');
    expect(who(tie)).toEqual(['Interviewer (interviewer)', 'Guest (guest)', 'Interviewer (interviewer)', 'Guest (guest)']);
    expect(tie.transcript.warnings.map((w) => w.message)).toEqual(['the guest is shown as "Guest": the introduction names Nora Olsen and Kai Brennan equally often']);
    // (But of names alike, the one the dek says gives the talk: an event's name, "Bridge Week", is no guest; "Guest" before.)
    const talk = ingest('# Why bridges fail\n\nTalk by Maria Lopez at Bridge Week 2026, Bonn.\n\n## Talk\n\nToday I want to explain why bridges fail.\n\n## Q&A\n\nQ: How often should a bridge be inspected?\n\nA: Every year.\n', 'talk.md');
    expect(talk.transcript.guest).toBe('Maria Lopez');
  });
  it('names the guest from the dek, and keeps the caption inside the answer it sits in', () => {
    expect(who(r)).toEqual(['Interviewer (interviewer)', 'Lea Moreau (guest)', 'Interviewer (interviewer)', 'Lea Moreau (guest)']);
    expect(r.transcript.sections.map((s) => s.heading)).toEqual([null]);
    expect(turnsOf(r)[1]!.paragraphs).toEqual([
      'I wanted a drone machine for my band and could not afford one, so I built it from a kit and a schematic.',
      '[image: A wooden synthesizer on a workbench]',
      'The first one, still on my bench.',
      'It took three months and two burnt fingers.',
    ]);
  });
  it('resolves `[schematic][2]` into the link its definition gives, and `#Heading` without a space is the title', () => {
    const html = r.transcript.sections[0]!.turns[1]!.paragraphs[0]!.html;
    expect(html).toContain('<a href="https://example.org/schematic"');
    expect(html).not.toContain('[2]');
    expect(r.transcript.intro[1]!.html).toContain('<a href="https://example.org/tindie-store"');
    expect(r.transcript.title).toBe('Making synthesizers in a garage');
    expect(r.transcript.intro[0]!.text).toBe('podcast: https://example.org/garage-synths');
  });
});

describe('labels seen once: a full name on first use, initials after', () => {
  const r = load('label-once.md');
  it('does not take a shouted note (`NOTE:`, `PS:`) for a speaker', () => {
    const t = ingest('Why?\n\nSA: Because.\n\nNOTE: edited for length.\n\nAnd?\n\nSA: Done.\n\nNOTE: recorded in May.\n\nPS: thanks to our sponsor.\n\nPS: and to you.\n', 'n.md').transcript;
    expect([...new Set(t.sections.flatMap((s) => s.turns.map((x) => x.speaker)))]).not.toContain('NOTE');
    expect(t.sections.flatMap((s) => s.turns.flatMap((x) => x.paragraphs.map((p) => p.text)))).toContain('NOTE: edited for length.');
  });
  it('reads a panelist’s initials seen once (`PK:`) as the Paul Kim the header names, where the others are labelled by theirs (his words were the moderator’s)', () => {
    for (const header of ['Panelists: Maria Lopez (ML), Paul Kim (PK). Moderator: Ana Silva (AS).', 'Speakers: Maria Lopez, Rhine Works; Paul Kim, Bonn University. Moderated by Ana Silva.']) {
      const t = ingest(`# Bridges panel\n\n${header}\n\nAS: Welcome everyone. Maria, why do bridges fail?\n\nML: Mostly water.\n\nAS: Paul?\n\nPK: Money. Nobody pays for inspections.\n\nML: That too.\n\nAS: Thank you both.\n`, 'panel.md');
      expect(who(t), header).toEqual(['Ana Silva (interviewer)', 'Maria Lopez (guest)', 'Ana Silva (interviewer)', 'Paul Kim (guest)', 'Maria Lopez (guest)', 'Ana Silva (interviewer)']);
    }
    // (Initials no name above gives, once, stay words: `OK: fine.`)
    const ok = ingest('# Bridges panel\n\nSpeakers: Maria Lopez and Ana Silva.\n\nAS: Welcome. Why do bridges fail?\n\nML: Mostly water.\n\nAS: Really?\n\nML: Yes.\n\nOK: fine, we move on.\n\nAS: Thanks.\n', 'panel.md');
    expect(turnsOf(ok).map((x) => x.speaker)).not.toContain('OK');
  });
  it('keeps a full name in Chinese labelling the first question once (`**汤姆·贝克尔：为什么选择钢？**`) the one who asks, not the one the next label names (it was the guest’s), under an editor’s note (`编者按：`) too', () => {
    const body = '**汤姆·贝克尔：为什么选择钢？**\n\n**玛丽亚·洛佩斯**：因为钢会弯曲。\n\n**您更喜欢会警告的桥？**\n\n**玛丽亚·洛佩斯**：是的。\n\n**水呢？**\n\n**洛佩斯**：水是敌人。\n';
    const asked = ['汤姆·贝克尔 (interviewer)', '玛丽亚·洛佩斯 (guest)', '汤姆·贝克尔 (interviewer)', '玛丽亚·洛佩斯 (guest)', '汤姆·贝克尔 (interviewer)', '玛丽亚·洛佩斯 (guest)'];
    expect(who(ingest(`# 钢桥\n\n${body}`, 'zh.md'))).toEqual(asked);
    const noted = ingest(`# 钢桥\n\n编者按：玛丽亚·洛佩斯是一位结构工程师。本文经过编辑。\n\n${body}`, 'zh.md');
    expect([who(noted), noted.transcript.intro.map((p) => p.text)]).toEqual([asked, ['编者按：玛丽亚·洛佩斯是一位结构工程师。本文经过编辑。']]);
    // (The full name once, then initials or a name of it, is one person still: `**马修·普林斯**：` then `**MP**：`, `Matthew Prince:` then `Matt:`.)
    expect(who(ingest('# 访谈\n\n**欢迎。**\n\n**马修·普林斯**：谢谢，本。\n\n**您是怎么开始的？**\n\n**MP**：我在犹他州长大。\n\n**然后呢？**\n\n**MP**：然后我去了大学。\n', 'zh.md'))).toEqual(['Interviewer (interviewer)', '马修·普林斯 (guest)', 'Interviewer (interviewer)', '马修·普林斯 (guest)', 'Interviewer (interviewer)', '马修·普林斯 (guest)']);
  });
  it('reads `Kai Brennan:` as Kai Brennan, and initials that spell a word (`NO:`) as initials', () => {
    expect(who(r)).toEqual(['Kai Brennan (guest)', 'Nora Olsen (interviewer)', 'Kai Brennan (guest)', 'Nora Olsen (interviewer)', 'Kai Brennan (guest)']);
    expect(turnsOf(r)[1]!.paragraphs[0]).toBe('Thank you, Kai. Why did you leave the newsroom for a bakery?');
  });
});

describe('a dek naming who asks as it tells the story (`Tom Becker asks Maria Lopez why...`, `Maria Lopez tells Tom Becker...`, `Tom Becker fragt Maria Lopez...`)', () => {
  const qa = (dek: string, file = 'dek.md') => ingest(`${dek}\n\n**Why steel?**\n\nBecause it bends.\n\n**And rust?**\n\nPaint, mostly.\n`, file).transcript;
  it('names the one who asks, whose questions were no one’s', () => {
    for (const dek of ['Tom Becker asks Maria Lopez why bridges fail.', 'Maria Lopez tells Tom Becker why bridges fail.', 'Maria Lopez told Tom Becker why bridges fail.', 'Maria Lopez explains to Tom Becker why bridges fail.', 'In conversation with Tom Becker, Maria Lopez explains why bridges fail.', 'Maria Lopez answers Tom Becker’s questions.', 'Tom Becker fragt Maria Lopez, warum Brücken versagen.', 'Maria Lopez erzählt Tom Becker, warum Brücken versagen.', 'Im Gespräch mit Tom Becker erklärt Maria Lopez, warum Brücken versagen.', 'Maria Lopez explique à Tom Becker pourquoi les ponts cèdent.', 'Maria Lopez le cuenta a Tom Becker por qué fallan los puentes.', 'En conversación con Tom Becker, Maria Lopez explica por qué fallan los puentes.']) {
      const t = qa(`# Maria Lopez on bridges\n\n${dek}`);
      expect([dek, t.interviewer, t.guest], dek).toEqual([dek, 'Tom Becker', 'Maria Lopez']);
    }
  });
  it('not someone else’s story told, nor a headline that says it, nor a conversation billed by the guest’s name (guards)', () => {
    expect(qa('# Maria Lopez on bridges\n\nMaria Lopez told Tom Becker’s story.').interviewer).toBeNull();
    // (One who tells another, where the headline names someone else: no dek of hers.)
    expect(qa('# Maria Lopez on bridges\n\nPaul Kim tells Ana Silva why bridges fail.').interviewer).toBeNull();
    // (A conversation billed by the guest's name, no one else named after it: she asks nothing.)
    for (const dek of ['In conversation with Maria Lopez, we talk about why bridges fail.', 'Im Gespräch mit Maria Lopez erklären wir, warum Brücken versagen.', 'In conversation with Maria Lopez, Tom Becker asks why bridges fail.']) expect(qa(`# Maria Lopez on bridges\n\n${dek}`).interviewer, dek).not.toBe('Maria Lopez');
    // (So under a headline naming no one.)
    expect(qa('# Why bridges fail\n\nIn conversation with Maria Lopez, we talk about water and money.').interviewer).not.toBe('Maria Lopez');
    const headline = qa('Maria Lopez tells Tom Becker why bridges fail\n\nThe engineer on water and money.', 'headline.txt');
    expect(headline.title).toBe('Maria Lopez tells Tom Becker why bridges fail');
  });
});

describe('a dek saying the guests talked with the one who asks (`Maria Lopez talked with Tom Becker`), the questions unlabelled', () => {
  const body = '**Why do bridges fail?**\n\n**Lopez:** Water, mostly.\n\n**Kim:** And money.\n\n**Who should pay?**\n\n**Kim:** The city.\n\n**Lopez:** The state.\n';
  it('names the one talked with, not the guest whose labels answer, as the one who asks', () => {
    for (const dek of ['Maria Lopez talked with Tom Becker about rust.', 'Maria Lopez spoke with Tom Becker.', 'Maria Lopez and Paul Kim talked with Tom Becker about rust.', 'Maria Lopez of Rhine Works and Paul Kim of Porto University talked with Tom Becker.', 'Tom Becker talked with Maria Lopez and Paul Kim about rust.']) {
      const r = ingest(`# Two engineers on bridges\n\n${dek}\n\n${body}`, 'talked-with.md');
      expect(r.transcript.interviewer).toBe('Tom Becker');
      expect(turnsOf(r).filter((t) => t.role === 'interviewer').map((t) => t.speaker)).toEqual(['Tom Becker', 'Tom Becker']);
      expect(turnsOf(r).filter((t) => t.role === 'guest').every((t) => t.speaker !== 'Tom Becker')).toBe(true);
    }
  });
  it('the one who asks, labelled once with a remark, still asks the unlabelled questions and keeps his side', () => {
    const r = ingest('# Maria Lopez on bridges\n\nTom Becker sat down with Maria Lopez.\n\n**Why do bridges fail?**\n\n**Lopez:** Water, mostly.\n\n**Becker:** I like the way you put that.\n\n**Who should pay?**\n\n**Lopez:** The state.\n\n**What next?**\n\n**Lopez:** A school.\n', 'remark.md');
    expect(turnsOf(r).filter((t) => t.paragraphs.at(-1)!.endsWith('?')).map((t) => t.speaker)).toEqual(['Tom Becker', 'Tom Becker', 'Tom Becker']);
    // (And keeps one side: his remark is the interviewer's, not an answer; he is no guest.)
    expect(turnsOf(r).filter((t) => t.speaker === 'Tom Becker').every((t) => t.role === 'interviewer')).toBe(true);
    expect(turnsOf(r).find((t) => t.paragraphs.includes('I like the way you put that.'))?.speaker).toBe('Tom Becker');
    expect(r.transcript.guest).toBe('Maria Lopez');
  });
  it('two who talk with a guest, neither answering, name no one who asks, nor does a byline naming the one who answers (guards)', () => {
    for (const dek of ['Tom Becker and Ana Silva talked with Maria Lopez.', 'By Maria Lopez']) {
      const r = ingest(`# Two engineers on bridges\n\n${dek}\n\n${body}`, 'talked-with2.md');
      expect(turnsOf(r).filter((t) => t.role === 'interviewer').map((t) => t.speaker)).toEqual(['Interviewer', 'Interviewer']);
    }
  });
});

describe('a byline in title case naming both sides (`Interview by Tom Becker with Maria Lopez`, `Ein Interview von Tom Becker mit Maria Lopez`)', () => {
  it('names the guest it gives, as the same line in small letters does (the answers were "Guest")', () => {
    for (const line of ['Interview by Tom Becker with Maria Lopez', 'Ein Interview von Tom Becker mit Maria Lopez', 'An interview by Tom Becker with Maria Lopez']) {
      const r = ingest(`# Brücken\n\n${line}\n\nQ: Warum stürzen Brücken ein?\n\nA: Wegen Wasser.\n\nQ: Und Salz?\n\nA: Noch schlimmer.\n`, 'byline.md');
      expect(who(r), line).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
    }
  });
});

describe('a lone letter that is also a question’s letter (`F:`, German’s Frage) beside the interviewer’s initials (`IM:`)', () => {
  it('is the one who answers, not a second label of the interviewer the byline names (both were her, the sides swapped)', () => {
    const r = ingest('# Explicabilité et confiance\n\nFlorence Dubois, professeure à Télécom Paris.\n\nPropos recueillis par Isabelle Mauriac\n\nIM: Pourquoi la confiance est-elle importante ?\n\nF: Les outils de l’IA sont déployés partout.\n\nIM: Et les IA génératives ?\n\nF: Oui, c’est vrai.\n\nIM: Merci.\n\nF: Merci à vous.\n', 'im.md');
    expect(who(r)).toEqual(['Isabelle Mauriac (interviewer)', 'Florence Dubois (guest)', 'Isabelle Mauriac (interviewer)', 'Florence Dubois (guest)', 'Isabelle Mauriac (interviewer)', 'Florence Dubois (guest)']);
    expect(r.transcript.warnings.map(formatDiagnostic).join('\n')).toContain('\'F\' is read as Florence Dubois\'s initial, who answers');
  });
  it('and a lone answer’s letter that asks (`A:`) beside the initials of the guest the introduction names (`JH:`): the one who asks (the sides were swapped)', () => {
    const text = '# Thomson Reuters CTO on piloting Cowork\n\nJoel Hron, CTO of Thomson Reuters, sat down with Anthropic.\n\nA: How did Thomson Reuters first start using Cowork?\n\nJH: We have been strong believers in it.\n\nA: Is Cowork changing how non-developers work?\n\nJH: Yes, it adds structured workflows.\n\nA: What advice would you give?\n\nJH: Start with a focused group.\n';
    const r = ingest(text, 'ajh.md');
    expect(who(r)).toEqual(['Interviewer (interviewer)', 'Joel Hron (guest)', 'Interviewer (interviewer)', 'Joel Hron (guest)', 'Interviewer (interviewer)', 'Joel Hron (guest)']);
    expect(r.transcript.warnings.map(formatDiagnostic).join('\n')).toContain('\'A\' is read as the interviewer, who asks');
    // (Where `A:` answers, it stays the answer's letter: guard.)
    const answers = ingest(text.replace(/^A: (.*)\?$/gm, 'A: $1.').replace(/^JH: (.*)\.$/gm, 'JH: $1?'), 'jha.md');
    expect(who(answers).filter((w) => w.startsWith('Joel Hron'))).toEqual(['Joel Hron (interviewer)', 'Joel Hron (interviewer)', 'Joel Hron (interviewer)']);
  });
  it('keeps `F:` the question’s letter beside `A:` (guard)', () => {
    const r = ingest('# Maria Lopez: »Wasser ist der Feind«\n\nDas Gespräch führte Tom Becker.\n\nF: Warum stürzen Brücken ein?\n\nA: Wegen Wasser.\n\nF: Und Salz?\n\nA: Noch schlimmer.\n', 'fa.md');
    expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
  });
});

describe('a transcription tool export as plain text: `Name  0:03` alone on a line', () => {
  const r = load('otter-export.txt');
  it('reads the name and the time, not "Jane Okafor 0" saying "03"', () => {
    expect(turnsOf(r).map((t) => [t.speaker, t.role, t.time])).toEqual([
      ['Jane Okafor', 'interviewer', 3],
      ['Tom Reyes', 'guest', 15],
      ['Jane Okafor', 'interviewer', 18],
      ['Tom Reyes', 'guest', 22],
      ['Jane Okafor', 'interviewer', 65],
    ]);
    expect(turnsOf(r)[3]!.paragraphs).toHaveLength(2);
  });
  it('takes the episode line above the first turn for the title', () => {
    expect(r.transcript.title).toBe('Harbour pilots, episode 12');
  });
});

describe('a newspaper Q&A: `Q.` and `A.`', () => {
  const r = load('newspaper-qa.md');
  it('reads them as labels where the file prints both, and not "A. Sato" inside an answer', () => {
    expect(who(r)).toEqual(['Interviewer (interviewer)', 'Mira Sato (guest)', 'Interviewer (interviewer)', 'Mira Sato (guest)', 'Interviewer (interviewer)', 'Mira Sato (guest)']);
    expect(turnsOf(r)[3]!.paragraphs).toEqual(['Every night. A. Sato once stopped a concert in Osaka for that, but that was a different Sato.']);
  });
  it('leaves a lone `A. Smith said...` as text', () => {
    const t = ingest('Ann Lee: Who said it?\n\nBo Wu: A. Smith said it first.\n\nAnn Lee: When?\n\nBo Wu: In May.\n', 'x.md').transcript;
    expect(t.sections[0]!.turns[1]!.paragraphs[0]!.text).toBe('A. Smith said it first.');
  });
});

describe('a role word on one side, a name on the other', () => {
  it('makes the named voice the other side: `Host:` with a guest, `INTERVIEWER:` with a name in capitals', () => {
    const host = ingest('Host: Welcome to the show, Dana.\n\nDana Reyes: Thanks for having me.\n\nHost: What is your favourite bridge?\n\nDana Reyes: The one in my hometown, because it is ugly and honest.\n\nThat counts for something.\n', 'host.md');
    expect(who(host)).toEqual(['Host (interviewer)', 'Dana Reyes (guest)', 'Host (interviewer)', 'Dana Reyes (guest)']);
    expect(turnsOf(host)[3]!.paragraphs).toHaveLength(2);
    const upper = ingest('INTERVIEWER: What got you into ceramics?\n\nMARIA LOPEZ: My grandmother had a kiln behind the house.\n\nINTERVIEWER: And now?\n\nMARIA LOPEZ: Now I teach twenty students a week.\n', 'upper.md');
    // A name set in capitals reads as a name: capitalised, or as the text writes it elsewhere.
    expect(who(upper)).toEqual(['Interviewer (interviewer)', 'Maria Lopez (guest)', 'Interviewer (interviewer)', 'Maria Lopez (guest)']);
    const written = ingest('# Pottery with Ana Da Silva\n\nINTERVIEWER: What got you into ceramics?\n\nANA DA SILVA: My grandmother had a kiln.\n\nINTERVIEWER: And now?\n\nANA DA SILVA: Now I teach.\n', 'written.md');
    expect(who(written)[1]).toBe('Ana Da Silva (guest)');
    const capitalised = ingest('INTERVIEWER: What got you into ceramics?\n\nJEAN-LUC O’NEIL DE VRIES: My grandmother had a kiln.\n\nINTERVIEWER: And now?\n\nJEAN-LUC O’NEIL DE VRIES: Now I teach.\n', 'capitalised.md');
    expect(who(capitalised)[1]).toBe('Jean-Luc O’Neil de Vries (guest)');
    const initials = ingest('JH: What got you into ceramics?\n\nSA: My grandmother had a kiln.\n\nJH: And now?\n\nSA: Now I teach.\n', 'initials.md');
    expect(who(initials).slice(0, 2)).toEqual(['JH (interviewer)', 'SA (guest)']);
  });
  it('reads `Host:` introducing itself by the name the interviewer’s labels give as that interviewer (it was a second one, “Host”)', () => {
    const r = ingest('# Bridges\n\nHost: Welcome to Spans. I’m your host, Tom Becker, and my guest is Maria Lopez.\n\nMaria Lopez: Thanks for having me.\n\nTom Becker: Why the hammer?\n\nMaria Lopez: You tap the concrete.\n\nTom Becker: Wrong ever?\n\nMaria Lopez: Once.\n', 'host.md');
    expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
    // (In other languages too: `Moderator: Willkommen. Ich bin Ihr Moderator, Tom Becker.`)
    const de = ingest('# Brücken\n\nModerator: Willkommen bei Spans. Ich bin Ihr Moderator, Tom Becker, und mein Gast ist Maria Lopez.\n\nMaria Lopez: Danke.\n\nTom Becker: Warum der Hammer?\n\nMaria Lopez: Man klopft auf den Beton.\n\nTom Becker: Je geirrt?\n\nMaria Lopez: Einmal.\n', 'host.md');
    expect(who(de)[0]).toBe('Tom Becker (interviewer)');
    // (Not where its words name the interviewer without introducing itself: a producer's `Host: Here is Tom Becker.`)
    const other = ingest('# Bridges\n\nHost: Welcome to Spans. Here is Tom Becker with Maria Lopez.\n\nMaria Lopez: Thanks for having me.\n\nTom Becker: Why the hammer?\n\nMaria Lopez: You tap the concrete.\n\nTom Becker: Wrong ever?\n\nMaria Lopez: Once.\n', 'host.md');
    expect(who(other)[0]).toBe('Host (interviewer)');
  });
});

describe('a Chinese interview: `Name：` with a full-width colon, no front matter', () => {
  const r = load('interview-zh.md');
  it('reads the host by its role word and the guest by name, and the page language from the text', () => {
    expect(who(r)).toEqual(['主持人 (interviewer)', '林秋月 (guest)', '主持人 (interviewer)', '林秋月 (guest)', '主持人 (interviewer)', '林秋月 (guest)']);
    expect(r.transcript.title).toBe('山城茶馆老板谈慢生活');
    expect(r.transcript.lang).toBe('zh');
  });
});

describe('a broadcaster’s transcripts page (CNN): `CNN.com - Transcripts`, `Return to Transcripts main page`, the segment’s title with when it aired', () => {
  it('removes the site’s lines and titles it by the segment (it was titled `CNN.com - Transcripts`)', () => {
    const page = ['CNN.com - Transcripts', '', 'Return to Transcripts main page', '', 'AMANPOUR', '', 'Interview With Engineer Maria Lopez. Aired 2-3p ET', '', 'Aired March 3, 2026 - 14:00   ET', '', 'THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.', '', 'CHRISTIANE AMANPOUR, CNN CHIEF INTERNATIONAL ANCHOR: Welcome to the program. Maria Lopez, why do bridges fail?', '', 'MARIA LOPEZ, BRIDGE ENGINEER: Mostly water.', '', 'AMANPOUR: And steel?', '', 'LOPEZ: It came late.', ''].join('\n');
    const r = ingest(page, 'cnn.txt');
    expect([r.transcript.title, r.transcript.date]).toEqual(['Interview With Engineer Maria Lopez', '2026-03-03']);
    expect(r.transcript.removed.map((x) => x.text)).toEqual(['CNN.com - Transcripts', 'Return to Transcripts main page']);
    expect(who(r)).toEqual(['Christiane Amanpour (interviewer)', 'Maria Lopez (guest)', 'Christiane Amanpour (interviewer)', 'Maria Lopez (guest)']);
  });
  it('keeps a meeting’s title naming its transcript (`Future of Bridges Panel — Transcript`) the title (guard)', () => {
    const r = ingest('Future of Bridges Panel — Transcript\n\nTom Becker: Welcome.\n\nMaria Lopez: Thanks.\n\nTom Becker: Why bridges?\n\nMaria Lopez: Water.\n', 'panel.txt');
    expect(r.transcript.title).toBe('Future of Bridges Panel');
  });
});

describe('a broadcaster’s transcript (NPR): `NAME, HOST:` alone above the words, then surnames in capitals', () => {
  const r = load('broadcast-npr.txt');
  it('names each speaker in full from the first label, the host by the role the label states', () => {
    expect(who(r)).toEqual([
      'Renee Okafor (interviewer)', 'Tomas Lindqvist (guest)', 'Renee Okafor (interviewer)', 'Tomas Lindqvist (guest)',
      'Renee Okafor (interviewer)', 'Tomas Lindqvist (guest)', 'Renee Okafor (interviewer)', 'Tomas Lindqvist (guest)',
    ]);
    expect(turnsOf(r)[0]!.paragraphs[0]).toMatch(/^This is Weekend Desk\./);
  });
  it('removes stage directions between turns, recorded, so that no speaker claims them', () => {
    expect(r.transcript.removed.map((x) => x.text)).toEqual(['(SOUNDBITE OF FOGHORN)', '(CROSSTALK)']);
    expect(r.transcript.removed[0]!.reason).toMatch(/stage direction/);
    expect(turnsOf(r)[3]!.paragraphs).toEqual(['Because GPS fails, and when it fails it fails for everyone at once. A keeper sees the weather turn before any sensor does.']);
  });
});

describe('a surname in capitals once, after the full name in capitals (`MARIA LOPEZ:`, then `LOPEZ:`)', () => {
  it('is her turn, not the last speaker’s words', () => {
    const r = ingest('# Bridges\n\nTOM BECKER, HOST: Welcome to the show.\n\nMARIA LOPEZ, RHINE WORKS: Thanks for having me.\n\nTOM BECKER: Why bridges?\n\nMARIA LOPEZ: Because they fail quietly.\n\nJAN DE VRIES: In the Netherlands we inspect every year.\n\nTOM BECKER: Every year?\n\nDE VRIES: Every single year.\n\nLOPEZ: We should too.\n', 'caps-surname.md');
    expect(spoken(r).slice(-2)).toEqual(['Jan de Vries (guest): Every single year.', 'Maria Lopez (guest): We should too.']);
  });
});

describe('a role or a company after the name and a hyphen (`Tom Becker - Host:`, `Maria Lopez - Rhine Works:`)', () => {
  it('is the label, the role read; “Yes - Look: it broke.” stays words (guard)', () => {
    const r = ingest('# Bridges\n\nTom Becker - Host: Why bridges?\n\nMaria Lopez - Rhine Works: Because they fail.\n\nTom Becker - Host: Who pays?\n\nMaria Lopez - Rhine Works: The city. Yes - Look: it broke.\n', 'dash-role.md');
    expect(spoken(r)).toEqual(['Tom Becker (interviewer): Why bridges?', 'Maria Lopez (guest): Because they fail.', 'Tom Becker (interviewer): Who pays?', 'Maria Lopez (guest): The city. Yes - Look: it broke.']);
    const guest = ingest('# Bridges\n\nMaria Lopez - Guest: Water, mostly.\n\nTom Becker: And steel?\n\nMaria Lopez - Guest: Fatigue.\n\nTom Becker: Thanks.\n', 'dash-guest.md');
    expect(who(guest)).toEqual(['Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)']);
  });
});

describe('full names alone in bold above the words (`**Maren Solvik**`), no colon', () => {
  const r = load('bold-names.md');
  it('reads them as labels, and a bold one-word reply as words, not a speaker', () => {
    expect(who(r)).toEqual(['Maren Solvik (interviewer)', 'Jonas Brekke (guest)', 'Maren Solvik (interviewer)', 'Jonas Brekke (guest)', 'Maren Solvik (interviewer)', 'Jonas Brekke (guest)']);
    expect(turnsOf(r)[3]!.paragraphs).toEqual(['Half the passengers were gone within a year. The other half were tourists who wanted a photograph, not a crossing.', 'Interesting.']);
    const lines = readFileSync(new URL('../fixtures/formats/bold-names.md', import.meta.url), 'utf8').split('\n');
    expect(r.lineUse[lines.indexOf('**Jonas Brekke**')]).toBe('label');
    expect(r.lineUse[lines.indexOf('**Interesting.**')]).toBe('turn');
  });
});

describe('a Q&A article without names, its questions set apart by style', () => {
  it('a question in bold or italics with its answer on the next line of the paragraph (`**When were you happiest?**` / `The day...`), three times or more: question and answer', () => {
    for (const [open, close] of [['**', '**'], ['*', '*'], ['**', '**\\']]) {
      const qa = [['When were you happiest?', 'The day the Rhine bridge opened.'], ['What is your greatest fear?', 'A bridge I built falling down.'], ['What is your earliest memory?', 'My father’s steel toolbox.']];
      const r = ingest(`# Maria Lopez: ‘My greatest fear? A bridge falling down’\n\nInterview by Tom Becker\n\nBorn in Bonn, Maria Lopez, 54, has built 40 bridges.\n\n${qa.map(([q, a]) => `${open}${q}${close}\n${a}`).join('\n\n')}\n`, 'q-and-a.md');
      expect(spoken(r)).toEqual(qa.flatMap(([q, a]) => [`Tom Becker (interviewer): ${q}`, `Maria Lopez (guest): ${a}`]));
    }
  });
  it('a question over two paragraphs in bold, a lead-in and the question, is asked whole (the lead-in was the answer’s end above it)', () => {
    const r = ingest('# Maria Lopez on bridges\n\nThe engineer talks water, steel and patience.\n\n**Why bridges?**\n\nMy father built them.\n\n**You have said water is the enemy. I read your paper last week and it stayed with me.**\n\n**Why water, and not steel?**\n\nBecause water gets everywhere.\n\n**And salt?**\n\nSalt is worse.\n\n**What comes next?**\n\nSensors.\n', 'qa.md');
    expect(spoken(r).slice(1, 3)).toEqual(['Maria Lopez (guest): My father built them.', 'Interviewer (interviewer): You have said water is the enemy. I read your paper last week and it stayed with me. | Why water, and not steel?']);
  });
  it('the host’s welcome in that style a few paragraphs before the first question, answered in plain words, is the first turn; a part’s heading above it heads the part; a dek in bold that welcomes no one, and a newsletter’s welcome above its intro, stay the intro’s (guard)', () => {
    for (const [open, close] of [['**', '**'], ['*', '*']]) {
      const r = ingest(`# Maria Lopez on bridges\n\n${open}Maria Lopez has inspected 400 bridges. She thinks most will outlive us.${close}\n\nShe spoke to us in Rotterdam.\n\n## The early years\n\n${open}Maria Lopez, welcome to the show.${close}\n\nThanks for having me.\n\n${open}You started in Rotterdam.${close}\n\nIn 1990, yes.\n\n${open}Why bridges?${close}\n\nMy father built them.\n\n${open}And steel?${close}\n\nSteel is patient.\n\n${open}What comes next?${close}\n\nSensors.\n`, 'welcome.md');
      expect(r.transcript.intro.map((p) => p.text), open).toEqual(['Maria Lopez has inspected 400 bridges. She thinks most will outlive us.', 'She spoke to us in Rotterdam.']);
      expect(r.transcript.sections.map((x) => x.heading), open).toEqual(['The early years']);
      expect(spoken(r).slice(0, 4), open).toEqual(['Interviewer (interviewer): Maria Lopez, welcome to the show.', 'Maria Lopez (guest): Thanks for having me.', 'Interviewer (interviewer): You started in Rotterdam.', 'Maria Lopez (guest): In 1990, yes.']);
    }
    const zh = ingest('# 玛丽亚·洛佩兹谈桥梁\n\n**玛丽亚·洛佩兹，欢迎来到节目。**\n\n谢谢。\n\n**为什么是桥梁？**\n\n我父亲造桥。\n\n**钢呢？**\n\n钢很耐心。\n', 'welcome-zh.md');
    expect(who(zh)).toEqual(['Interviewer (interviewer)', '玛丽亚·洛佩兹 (guest)', 'Interviewer (interviewer)', '玛丽亚·洛佩兹 (guest)', 'Interviewer (interviewer)', '玛丽亚·洛佩兹 (guest)']);
    // (A newsletter’s welcome above its intro, no brief answer under it, stays the intro’s: guard.)
    const letter = ingest('# Maria Lopez on bridges\n\n**Welcome to Bridge Notes!**\n\nThis week we talked to Maria Lopez, who has inspected four hundred bridges in thirty years and thinks most of them will outlive us, if we keep them dry.\n\n**Why bridges?**\n\nMy father built them.\n\n**And steel?**\n\nSteel is patient.\n\n**What comes next?**\n\nSensors.\n', 'letter.md');
    expect(letter.transcript.intro.map((p) => p.text)[0]).toBe('Welcome to Bridge Notes!');
  });
  it('a paragraph or two in that style right above the first question, spoken to the guest, open it (`**You started as a welder.**` / `**How did you end up inspecting bridges?**`; it was the intro); a dek in that style telling of her to the reader stays the intro (guard)', () => {
    for (const lead of ['You started as a welder.', 'Sie haben als Schweißerin angefangen.', 'Vous avez commencé comme soudeuse.']) {
      const r = ingest(`# Maria Lopez: "Water is the enemy"\n\nBridge engineer Maria Lopez has inspected steel bridges for twenty years.\n\n**${lead}**\n\n**How did you end up inspecting bridges?**\n\nBy accident. A friend needed someone to climb.\n\n**What do you look at first?**\n\nWater.\n\n**And then?**\n\nPaint.\n`, 'lead.md');
      expect([lead, r.transcript.intro.map((p) => p.text), turnsOf(r)[0]!.paragraphs]).toEqual([lead, ['Bridge engineer Maria Lopez has inspected steel bridges for twenty years.'], [lead, 'How did you end up inspecting bridges?']]);
    }
    const dek = ingest('# Maria Lopez: "Water is the enemy"\n\n**Maria Lopez has inspected steel bridges for twenty years. Here she tells you why they fail.**\n\n**How did you end up inspecting bridges?**\n\nBy accident.\n\n**What do you look at first?**\n\nWater.\n\n**And then?**\n\nPaint.\n', 'dek.md');
    expect(dek.transcript.intro.map((p) => p.text)).toEqual(['Maria Lopez has inspected steel bridges for twenty years. Here she tells you why they fail.']);
    // (In another language too: "erzählt sie Ihnen", she tells you.)
    const de = ingest('# Brücken\n\n**Maria Lopez baut seit zwanzig Jahren Brücken. Hier erzählt sie Ihnen, warum sie einstürzen.**\n\n**Wie sind Sie zu den Brücken gekommen?**\n\nDurch Zufall.\n\n**Was prüfen Sie zuerst?**\n\nDas Wasser.\n\n**Und dann?**\n\nDie Farbe.\n', 'dek.md');
    expect(de.transcript.intro.map((p) => p.text)).toEqual(['Maria Lopez baut seit zwanzig Jahren Brücken. Hier erzählt sie Ihnen, warum sie einstürzen.']);
  });
  it('headings that ask head parts where three questions or more in bold are twice as many (`## Can it heal itself?`), not questions whose part’s answers go to the host', () => {
    const r = ingest('# Maria Lopez on bridges\n\n## Why do bridges fail?\n\n**What did you study?**\n\nCivil engineering.\n\n**And then?**\n\nI inspected bridges.\n\n## Can concrete heal itself?\n\n**Can it?**\n\nWith bacteria, yes.\n\n**How?**\n\nThey make limestone.\n\n**What comes next?**\n\nSensors.\n', 'parts.md');
    expect(r.transcript.sections.map((x) => [x.heading, x.turns.length])).toEqual([['Why do bridges fail?', 4], ['Can concrete heal itself?', 6]]);
    expect(who(r).filter((w) => w.startsWith('Interviewer')).length).toBe(5);
  });
  it('so do lead-ins that do not ask, where every question has one: a question over paragraphs counts once as asking (guard)', () => {
    const qa = [['Welcome to the show.', 'Why bridges?', 'My father built them.'], ['That is a great story.', 'And steel?', 'Steel is patient.'], ['I read your paper.', 'What about salt?', 'Salt is worse.'], ['Good.', 'Thanks a lot.', 'Thank you.']];
    const r = ingest(`# Maria Lopez on bridges\n\n${qa.map(([a, b, c]) => `**${a}**\n\n**${b}**\n\n${c}`).join('\n\n')}\n`, 'qa.md');
    expect(who(r)).toEqual(['Interviewer (interviewer)', 'Maria Lopez (guest)', 'Interviewer (interviewer)', 'Maria Lopez (guest)', 'Interviewer (interviewer)', 'Maria Lopez (guest)', 'Interviewer (interviewer)', 'Maria Lopez (guest)']);
  });
  it('questions as whole paragraphs in italics: the interviewer asks them, the guest named in the title answers', () => {
    const r = load('italic-questions.md');
    expect(who(r)).toEqual(['Interviewer (interviewer)', 'Ines Moreau (guest)', 'Interviewer (interviewer)', 'Ines Moreau (guest)', 'Interviewer (interviewer)', 'Ines Moreau (guest)']);
    expect(turnsOf(r)[3]!.paragraphs).toEqual(['Two years for a small one. The bellows alone take a winter.', 'The pipes take longer, because each one is voiced by hand.']);
    expect(r.transcript.intro.map((p) => p.text)).toHaveLength(1);
  });
  it('questions as headings: turns, while the headings that ask nothing stay sections', () => {
    const r = load('heading-questions.md');
    const opening = (t: { speaker: string; paragraphs: { text: string }[] }) => `${t.speaker}: ${t.paragraphs[0]!.text.split(' ').slice(0, 3).join(' ')}`;
    expect(r.transcript.sections.map((s) => [s.heading, s.turns.map(opening)])).toEqual([
      ['The job', ['Interviewer: What does a', 'Pavel Horak: Quiet after midnight.', 'Interviewer: Do passengers sleep', 'Pavel Horak: Better than they']],
      ['The future', ['Interviewer: Will the route', 'Pavel Horak: It is fuller']],
    ]);
  });
  it('questions as headings at one level: a heading that asks at another after the last answer (a page’s call to act) is the outro, and so is a note on the guest named from the headline', () => {
    const r = ingest(['# How Bridgeworks cut inspection time in half: a Q&A with CTO Maria Lopez', '', 'Ana Silva · March 3, 2026', '', 'We sat down with Maria Lopez, the company’s CTO, to talk about inspections.', '', '### How did you inspect before?', '', 'Mostly on paper.', '', '### What changed?', '', 'The photos arrive the same afternoon.', '', '### What would you tell another CTO?', '', 'Start with one region.', '', '*Maria Lopez is CTO of Bridgeworks.*', '', '## Ready to see what Rhine Cloud can do for you?', '', '[Book a demo](https://rhinecloud.example/demo)', ''].join('\n'), 'vendor.md');
    expect(spoken(r)).toEqual(['Ana Silva (interviewer): How did you inspect before?', 'Maria Lopez (guest): Mostly on paper.', 'Ana Silva (interviewer): What changed?', 'Maria Lopez (guest): The photos arrive the same afternoon.', 'Ana Silva (interviewer): What would you tell another CTO?', 'Maria Lopez (guest): Start with one region.']);
    expect(r.transcript.outro.map((p) => p.text)).toEqual(['Maria Lopez is CTO of Bridgeworks.', 'Ready to see what Rhine Cloud can do for you?']);
  });
  it('bold questions under a byline with its date after a bar (`By Ana Silva | March 3, 2026`); a bold question answered by a link alone after the last answer is the page’s call to act: the outro, no one’s words', () => {
    const r = ingest(['# A conversation with Maria Lopez, CTO of Bridgeworks', '', 'By Ana Silva | March 3, 2026', '', 'We asked its CTO, Maria Lopez, how they did it.', '', '**How did you inspect before?**', '', 'Mostly on paper.', '', '**What changed?**', '', 'The photos arrive the same afternoon.', '', '**What would you tell another CTO?**', '', 'Start with one region.', '', '**Want to learn more about how Rhine Cloud helps infrastructure teams?**', '', '[Talk to our team](https://rhinecloud.example/contact)', ''].join('\n'), 'vendor-bold.md');
    expect(spoken(r)).toEqual(['Ana Silva (interviewer): How did you inspect before?', 'Maria Lopez (guest): Mostly on paper.', 'Ana Silva (interviewer): What changed?', 'Maria Lopez (guest): The photos arrive the same afternoon.', 'Ana Silva (interviewer): What would you tell another CTO?', 'Maria Lopez (guest): Start with one region.']);
    expect(r.transcript.outro.map((p) => p.text)).toEqual(['Want to learn more about how Rhine Cloud helps infrastructure teams?', 'Talk to our team']);
    // (Under labelled turns too: not the guest's last words.)
    const labelled = ingest(['# A conversation with Maria Lopez', '', '**Ana Silva:** How did you inspect before?', '', '**Maria Lopez:** Mostly on paper.', '', '**Ana Silva:** What would you tell another CTO?', '', '**Maria Lopez:** Start with one region.', '', '**Want to learn more about how Rhine Cloud helps infrastructure teams?**', '', '[Talk to our team](https://rhinecloud.example/contact)', ''].join('\n'), 'vendor-labels.md');
    expect(spoken(labelled).at(-1)).toBe('Maria Lopez (guest): Start with one region.');
    expect(labelled.transcript.outro.map((p) => p.text)).toEqual(['Want to learn more about how Rhine Cloud helps infrastructure teams?', 'Talk to our team']);
  });
  it('`Q:`/`A:` under a byline: the byline names the interviewer, the title the guest', () => {
    const r = load('qa-byline.md');
    expect(who(r)).toEqual(['Arun Mehta (interviewer)', 'Lena Vogt (guest)', 'Arun Mehta (interviewer)', 'Lena Vogt (guest)']);
    expect(r.transcript.intro.map((p) => p.text)).toEqual(['By Arun Mehta']);
    expect(r.transcript.sections.map((s) => s.heading)).toEqual([null]);
  });
});

describe('labels of research interviews, scripts, and long dashes', () => {
  it('`I:`/`R:` and `Interviewer:`/`Respondent:` as an oral history or a study writes them', () => {
    const ir = ingest('I: Can you tell me about your first year on the farm?\nR: It was hard. We lost the potatoes to blight.\nI: What did you do then?\nR: We planted barley instead.\n', 'study.txt');
    expect(who(ir)).toEqual(['Interviewer (interviewer)', 'Guest (guest)', 'Interviewer (interviewer)', 'Guest (guest)']);
    const named = ingest('Interviewer: What did you grow?\n\nNarrator: Barley, mostly.\n\nInterviewer: Why barley?\n\nNarrator: The brewery bought it.\n', 'oral.md');
    expect(who(named)).toEqual(['Interviewer (interviewer)', 'Narrator (guest)', 'Interviewer (interviewer)', 'Narrator (guest)']);
  });
  it('the sides shortened, `IV:`/`IE:`, `INT:`/`RESP:`, `Int:`/`Resp:`, `IWR:`/`IWE:`, named by the header’s fields, its shortening in parentheses too (they were shown as the letters, or the header’s lines were turns)', () => {
    const qa = (q: string, a: string) => `${q}: What did you grow that first year?\n\n${a}: Barley, mostly.\n\n${q}: Why barley?\n\n${a}: The brewery bought it.\n`;
    const expected = ['Tom Becker (interviewer): What did you grow that first year?', 'Maria Lopez (guest): Barley, mostly.', 'Tom Becker (interviewer): Why barley?', 'Maria Lopez (guest): The brewery bought it.'];
    for (const [q, a] of [['IV', 'IE'], ['INT', 'RESP'], ['Int', 'Resp'], ['IWR', 'IWE']]) {
      expect(spoken(ingest(`# Interview 12\n\nInterviewer: Tom Becker\nRespondent: Maria Lopez\n\n${qa(q!, a!)}`, 'study.md')), q).toEqual(expected);
    }
    expect(spoken(ingest(`Interviewer (INT): Tom Becker\nRespondent (RESP): Maria Lopez\n\n${qa('INT', 'RESP')}`, 'study.md'))).toEqual(expected);
  });
  it('a show’s `Narrator:` beside a guest labelled by name is the show’s voice, on neither side (it was shown as the guest)', () => {
    const r = ingest('# Bridges\n\nNarrator: In 1998, a bridge in Bonn began to sing.\n\nTom Becker: Why the hammer?\n\nMaria Lopez: You tap the concrete.\n\nNarrator: She was right.\n\nTom Becker: Wrong ever?\n\nMaria Lopez: Once.\n', 'story.md');
    expect(spoken(r)).toEqual(['Narrator (other): In 1998, a bridge in Bonn began to sing.', 'Tom Becker (interviewer): Why the hammer?', 'Maria Lopez (guest): You tap the concrete.', 'Narrator (other): She was right.', 'Tom Becker (interviewer): Wrong ever?', 'Maria Lopez (guest): Once.']);
  });
  it('a full name in capitals alone above the words, as a script sets it', () => {
    const r = ingest('MARIA LOPEZ\nWhat did you grow that first year?\n\nTOM BECKER\nBarley, mostly.\n\nMARIA LOPEZ\nWhy barley?\n\nTOM BECKER\nThe brewery bought it.\n', 'script.txt');
    expect(who(r)).toEqual(['Maria Lopez (interviewer)', 'Tom Becker (guest)', 'Maria Lopez (interviewer)', 'Tom Becker (guest)']);
    expect(turnsOf(r)[1]!.paragraphs).toEqual(['Barley, mostly.']);
  });
  it('a full name and a long dash before the words; a short word and a dash stay prose', () => {
    const r = ingest('Maria Lopez — What did you grow that first year?\n\nTom Becker — Barley, mostly.\n\nMaria Lopez — Why barley?\n\nTom Becker — The brewery bought it. Yes — it paid.\n', 'dashes.md');
    expect(who(r)).toEqual(['Maria Lopez (interviewer)', 'Tom Becker (guest)', 'Maria Lopez (interviewer)', 'Tom Becker (guest)']);
    expect(turnsOf(r)[3]!.paragraphs).toEqual(['The brewery bought it. Yes — it paid.']);
  });
});

describe('interviews in other scripts and print traditions', () => {
  it('a Chinese or Japanese paragraph wrapped over lines is one run of text, no space where a line ended; Korean and Latin lines keep theirs, a byline’s short lines their break (guard)', () => {
    const r = ingest('# 桥梁\n\n文 | 李娜\n编辑 | 王强\n\n汤姆：为什么桥会在没有任何预兆的情况下\n突然坍塌？\n\n玛丽亚：因为水会慢慢渗进混凝土的每一条\n裂缝，钢筋会生锈。\n\n汤姆：日本の橋はどうですか、やはり水が\n問題ですか？\n\n玛丽亚：톰, 다리는 대부분의 경우에 결국\n물 때문에 무너집니다.\n\n汤姆：And in Bonn, what about the bridges there\nin winter?\n', 'wrapped.md');
    expect(turnsOf(r).map((t) => t.paragraphs[0])).toEqual(['为什么桥会在没有任何预兆的情况下突然坍塌？', '因为水会慢慢渗进混凝土的每一条裂缝，钢筋会生锈。', '日本の橋はどうですか、やはり水が問題ですか？', '톰, 다리는 대부분의 경우에 결국 물 때문에 무너집니다.', 'And in Bonn, what about the bridges there in winter?']);
    expect(r.transcript.intro.map((p) => p.text)).toEqual(['文 | 李娜 编辑 | 王强']);
  });
  it('Arabic `س:`/`ج:` (question, answer) are the interviewer and the guest', () => {
    const r = ingest('# بناء الجسور\n\nس: ما هو أصعب جسر بنيته؟\n\nج: الجسر فوق نهر الراين.\n\nس: والفولاذ؟\n\nج: وصل متأخرا.\n', 'ar.md');
    expect(who(r)).toEqual(['Interviewer (interviewer)', 'Guest (guest)', 'Interviewer (interviewer)', 'Guest (guest)']);
    // (Persian and Urdu words for them, `پرسش:`/`پاسخ:`, `سوال:`/`جواب:`, the same.)
    for (const [q, a] of [['پرسش', 'پاسخ'], ['سوال', 'جواب']]) {
      const fa = ingest(`# پل‌ها\n\n${q}: چرا پل‌ها فرو می‌ریزند؟\n\n${a}: بیشتر به خاطر آب.\n\n${q}: و پل‌های فولادی؟\n\n${a}: خستگی.\n`, 'fa.md');
      expect(who(fa)).toEqual(['Interviewer (interviewer)', 'Guest (guest)', 'Interviewer (interviewer)', 'Guest (guest)']);
    }
  });
  it('a Japanese question opened by a doubled dash (`――`) loses the whole dash', () => {
    const r = ingest('# 橋をつくる人\n\n――いちばん難しかった橋は？\n\nライン川の橋です。\n\n――鉄骨は？\n\n遅れて届きました。\n', 'ja.md');
    expect(turnsOf(r).map((t) => [t.role, t.paragraphs[0]])).toEqual([
      ['interviewer', 'いちばん難しかった橋は？'],
      ['guest', 'ライン川の橋です。'],
      ['interviewer', '鉄骨は？'],
      ['guest', '遅れて届きました。'],
    ]);
  });
  it('a dash opening answers too (Russian print): the paragraphs that ask are the interviewer’s; the byline names her', () => {
    const r = ingest('# Как строить мосты\n\nИнтервью с инженером. Беседовала Мария Лопес.\n\n— Каким был самый трудный мост?\n\n— Мост через Рейн. Река разливается каждую весну.\n\n— А сталь?\n\n— Сталь пришла поздно.\n', 'ru.md');
    expect(turnsOf(r).map((t) => [t.speaker, t.role, t.paragraphs[0]])).toEqual([
      ['Мария Лопес', 'interviewer', 'Каким был самый трудный мост?'],
      ['Guest', 'guest', 'Мост через Рейн. Река разливается каждую весну.'],
      ['Мария Лопес', 'interviewer', 'А сталь?'],
      ['Guest', 'guest', 'Сталь пришла поздно.'],
    ]);
  });
  it('a German byline (`Das Gespräch führte ...`) names the interviewer of bold questions', () => {
    const r = ingest('# Brücken brauchen Geduld\n\nDas Gespräch führte Maria Lopez.\n\n**Welche Brücke war die schwierigste?**\n\nDie über den Rhein.\n\n**Und der Stahl?**\n\nDer kam zu spät.\n', 'de.md');
    expect(who(r)[0]).toBe('Maria Lopez (interviewer)');
  });
});

describe('a scraped article page: navigation, a headline underlined with `===`, related links and comments', () => {
  const r = load('scraped-comments.md');
  const lines = readFileSync(new URL('../fixtures/formats/scraped-comments.md', import.meta.url), 'utf8').split('\n');
  it('keeps the headline among the navigation as the title', () => {
    expect(r.transcript.title).toBe('The bridge builder: an interview with Ilse Brandt');
    expect(r.titleFrom).toBe('text');
  });
  it('keeps the byline, its name linked to the author’s page and the date and reading time after it, in the intro, and reads the date', () => {
    expect(r.transcript.intro.map((p) => p.text)).toContain('By Kofi Mensah | March 3, 2024 | 6 min read');
    expect(r.transcript.date).toBe('2024-03-03');
    const dotted = ingest('# Maria Lopez on paint\n\n- [News](https://example.com/news)\n- [Podcasts](https://example.com/podcasts)\n\nBy [Tom Becker](https://example.com/author/tom-becker) · March 3, 2026 · 6 min read\n\n**Why paint?**\n\nBecause steel without paint is a countdown, and water sitting on it starts the clock.\n\n**Who pays?**\n\nThe state. Cities are broke, and paint is not a ribbon-cutting event.\n', 'dotted-byline.md');
    expect(dotted.transcript.intro.map((p) => p.text)).toContain('By Tom Becker · March 3, 2026 · 6 min read');
  });
  it('gives the turns to the two speakers only: a commenter’s `Joe:` is the page’s, removed and recorded', () => {
    expect(who(r)).toEqual(['Kofi Mensah (interviewer)', 'Ilse Brandt (guest)', 'Kofi Mensah (interviewer)', 'Ilse Brandt (guest)', 'Kofi Mensah (interviewer)', 'Ilse Brandt (guest)']);
    expect(turnsOf(r).at(-1)!.paragraphs).toEqual(['Every time. It is still standing.']);
    const removed = new Map(r.transcript.removed.map((x) => [x.line, x.reason]));
    for (const text of ['### Related interviews', '### 3 Comments', '**Joe:** Did he say which steel supplier?', 'Great interview! The Rhine story is amazing.']) {
      expect(removed.get(lines.indexOf(text) + 1), text).toMatch(/comments and links to other pages/);
    }
  });
  it('makes the editing note after the last answer the outro', () => {
    expect(r.transcript.outro.map((p) => p.text)).toEqual(['This interview has been edited for length and clarity.']);
  });
});

describe('plain text hard-wrapped at a fixed width, and an article pasted as HTML', () => {
  it('keeps a wrapped line of few common words inside an answer (a list the guest reads out) and a laugh alone on the line under its words: no spam, no stage direction', () => {
    const r = load('hard-wrapped.txt');
    expect(r.transcript.removed).toEqual([]);
    expect(turnsOf(r)[1]!.paragraphs[1]).toMatch(/it runs like this, corrosion spalling efflorescence delamination scour pitting chloride rutting sag creep fatigue cracking settlement abrasion\. Another thing/);
    expect(turnsOf(r)[3]!.paragraphs[0]).toMatch(/The owner never likes it\. \[laughs\] But nobody has ever argued with me twice\.$/);
  });
  it('reads a first name labelling one wrapped turn by all its lines: between two turns, or long enough, though its first line is short', () => {
    const between = ingest(['Tom: Welcome back. Maria, last time we talked about timber. Today I want', 'to ask about steel, and about the people who paint it every ten years.', '', 'Maria: Steel is patient, but paint is not. The paint is what fails first,', 'and when the paint fails the water gets in, and the water never leaves.', '', 'Tom: So the painters are the real engineers?', '', 'Maria: In a way, yes. They see every rivet and every weld up close, and', 'they tell you what nobody else can, if you only bother to ask them.', '', 'Anna: I have a question from the audience, if I may. Somebody asked how', 'often a painter finds a crack that the engineers have missed.', '', 'Maria: More often than we like to admit.', ''].join('\n'), 'between.txt');
    expect(turnsOf(between).map((t) => t.speaker)).toEqual(['Tom', 'Maria', 'Tom', 'Maria', 'Anna', 'Maria']);
    const last = ingest(['Tom: Welcome back. Maria and Paul, today we talk about steel.', '', 'Maria: Steel is patient, but paint is not. The paint fails first.', '', 'Paul: And when the paint fails, the water gets in and stays.', '', 'Tom: So the painters are the real engineers?', '', 'Maria: In a way, yes. They see every rivet and every weld.', '', 'Paul: They do. Nobody else climbs that high every ten years.', '', 'Tom: Thank you both, that is all we have time for today.', '', 'Anna: And this was Bridge Talk, produced in Lisbon by the', 'small team that also makes the river show, with music by', 'the band from the harbour. See you next week.', ''].join('\n'), 'last.txt');
    expect(turnsOf(last).map((t) => t.speaker)).toEqual(['Tom', 'Maria', 'Paul', 'Tom', 'Maria', 'Paul', 'Tom', 'Anna']);
  });
  it('a headline above a line on the guest wrapped over two lines (her name and a comma first), parts named above the turns: the title', () => {
    const r = load('hard-wrapped-fr.txt');
    expect(r.transcript.title).toBe('Ponts et confiance dans les ouvrages d’art anciens ?');
    expect(r.transcript.sections.map((s) => s.heading)).toEqual(['La confiance, notion cruciale', 'L’entretien, une exigence', 'Les budgets, un vrai problème']);
  });
  it('joins the lines of a hard-wrapped paragraph; a label still starts a new one', () => {
    const text = [
      'Maria Lopez: What was the hardest bridge you ever built? I have always',
      'wondered, because you have built so many of them over the years.',
      '',
      'Tom Becker: The one over the Rhine. The river floods every spring, so we',
      'could only pour concrete in summer, and the steel came late, which did',
      'not help at all.',
      'Maria Lopez: And after that?',
      '',
      'Tom Becker: Then the engineers changed the design twice, and we had to',
      'start the piers again from the riverbed up.',
      '',
    ].join('\n');
    expect(turnsOf(ingest(text, 'wrapped.txt')).map((t) => [t.speaker, t.paragraphs])).toEqual([
      ['Maria Lopez', ['What was the hardest bridge you ever built? I have always wondered, because you have built so many of them over the years.']],
      ['Tom Becker', ['The one over the Rhine. The river floods every spring, so we could only pour concrete in summer, and the steel came late, which did not help at all.']],
      ['Maria Lopez', ['And after that?']],
      ['Tom Becker', ['Then the engineers changed the design twice, and we had to start the piers again from the riverbed up.']],
    ]);
    // One paragraph a line, as most plain text is: each line stays a paragraph.
    const lines = ingest('Maria Lopez: What was the hardest bridge?\nTom Becker: The Rhine.\nThe river floods every spring, so we could only pour concrete in summer.\nAnd the steel came late.\nMaria Lopez: And then?\nTom Becker: Then steel.\n', 'lines.txt');
    expect(turnsOf(lines)[1]!.paragraphs).toEqual(['The Rhine.', 'The river floods every spring, so we could only pour concrete in summer.', 'And the steel came late.']);
  });
  it('reads an HTML heading as the title and an HTML bold question as bold', () => {
    const r = ingest('<h1>The Bridge Builder</h1>\n<p>Tom Becker has built bridges for thirty years.</p>\n<p><strong>What was the hardest bridge?</strong></p>\n<p>The one over the Rhine.</p>\n<p><strong>And the steel?</strong></p>\n<p>It came late.</p>\n', 'article.md');
    expect(r.transcript.title).toBe('The Bridge Builder');
    expect(who(r)).toEqual(['Interviewer (interviewer)', 'Tom Becker (guest)', 'Interviewer (interviewer)', 'Tom Becker (guest)']);
  });
});

describe('a transcript without punctuation (an automatic transcription)', () => {
  it('keeps every line of speech as speech: no unpunctuated line becomes a heading', () => {
    const text = ['Maria Lopez  0:01', 'so welcome to the show today', '', 'Tom Becker  0:05', 'thanks for having me', '', 'Maria Lopez  0:12', 'what was the hardest one', '', 'Tom Becker  0:18', 'the one over the rhine', 'the river floods every spring', 'And the steel came late', '', 'Maria Lopez  0:40', 'would you do it again', '', 'Tom Becker  0:44', 'every time', ''].join('\n');
    const r = ingest(text, 'auto.txt');
    expect(r.transcript.sections.map((s) => s.heading)).toEqual([null]);
    expect(turnsOf(r)[3]!.paragraphs).toEqual(['the one over the rhine', 'the river floods every spring', 'And the steel came late']);
  });
});

describe('a panel whose moderator is a role word with the name in parentheses', () => {
  const panel = (label: string) =>
    ingest(`# The future of bridges\n\n${label}: Welcome to our panel.\n\nTOM BECKER: I'm Tom Becker, I build bridges.\n\nANA SILVA: I'm Ana Silva, I design them.\n\n${label}: Tom, what was the hardest bridge?\n\nTOM BECKER: The Rhine one.\n\n${label}: Ana, do you agree?\n\nANA SILVA: Mostly.\n\nAUDIENCE MEMBER: What about maintenance?\n\nANA SILVA: Always underestimated.\n`, 'panel.md');
  it('`PANELIST (Tom Becker):` and `Ana Silva (panelist):` are those panelists, guests', () => {
    const r = ingest('Jane Kim (moderator): Welcome.\n\nPANELIST (Tom Becker): I build bridges.\n\nAna Silva (panelist): I design them.\n\nJane Kim (moderator): Tom, the hardest one?\n\nPANELIST (Tom Becker): The Rhine.\n\nAna Silva (panelist): I agree.\n', 'panelists.md');
    expect(who(r)).toEqual(['Jane Kim (interviewer)', 'Tom Becker (guest)', 'Ana Silva (guest)', 'Jane Kim (interviewer)', 'Tom Becker (guest)', 'Ana Silva (guest)']);
  });
  it('`A (Maria):` and `A (Paul):`, a first name after the answer’s word, are Maria Lopez and Paul Kim of the dek, each answering for themselves (their answers were one “Guest”’s)', () => {
    const r = ingest('# Meet the bridge team\n\nWe talked to Maria Lopez and Paul Kim about their work.\n\nQ: What do you do?\n\nA (Maria): I inspect bridges.\n\nA (Paul): I design them.\n\nQ: What is hard?\n\nA (Maria): Water.\n\nA (Paul): Budgets.\n', 'team.md');
    expect(spoken(r)).toEqual(['Interviewer (interviewer): What do you do?', 'Maria Lopez (guest): I inspect bridges.', 'Paul Kim (guest): I design them.', 'Interviewer (interviewer): What is hard?', 'Maria Lopez (guest): Water.', 'Paul Kim (guest): Budgets.']);
  });
  it('`MODERATOR (Jane Kim):` and `Jane Kim (moderator):` are Jane Kim, who moderates; each panelist answers for themselves', () => {
    for (const label of ['MODERATOR (Jane Kim)', 'Jane Kim (moderator)']) {
      expect(who(panel(label))).toEqual([
        'Jane Kim (interviewer)', 'Tom Becker (guest)', 'Ana Silva (guest)', 'Jane Kim (interviewer)', 'Tom Becker (guest)',
        'Jane Kim (interviewer)', 'Ana Silva (guest)', 'Audience member (other)', 'Ana Silva (guest)',
      ]);
    }
  });
});

describe('placeholders (`Speaker 1`, `Speaker 2`) with no speakers list', () => {
  const lines = (first: string) => [`Speaker 1 (00:00:01): ${first}`, 'Speaker 2 (00:00:05): Thanks for having me, Maria.', 'Speaker 1 (00:00:08): What was the hardest bridge you ever built?', 'Speaker 2 (00:00:12): The one over the Rhine. The river floods every spring, and the steel came late.', 'Speaker 1 (00:00:20): And would you do it again?', 'Speaker 2 (00:00:22): Every time, without a doubt.', ''].join('\n');
  it('names the one who introduces herself when the other calls her so, and the guest she introduces', () => {
    const r = ingest(lines("Welcome to the show. I'm Maria Lopez and my guest today is Tom Becker."), 'named.txt');
    expect(who(r).slice(0, 2)).toEqual(['Maria Lopez (interviewer)', 'Tom Becker (guest)']);
    expect(r.transcript.warnings).toEqual([]);
  });
  it('after a cold open, the guest’s words played before the host’s welcome: the host’s opening names both (the guest was `Speaker 1`)', () => {
    const r = ingest("Speaker 1: Every bridge I have seen fail, water did it.\n\nSpeaker 2: Welcome to Rivers and Roads. I'm Tom Becker, and my guest today is Maria Lopez. Maria, welcome.\n\nSpeaker 1: Thanks for having me.\n\nSpeaker 2: Why water?\n\nSpeaker 1: Salt gets into the concrete.\n\nSpeaker 2: How long does that take?\n\nSpeaker 1: Decades.\n", 'cold.txt');
    expect(who(r).slice(0, 3)).toEqual(['Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
    expect(r.transcript.warnings).toEqual([]);
  });
  it('in other languages and tools’ words too (`Talare 1`, `Konuşmacı 1`, `Спикер 1`, `Person 1`): named by a self-introduction, said in a warning without one', () => {
    for (const word of ['Talare', 'Konuşmacı', 'Puhuja', 'Спикер', 'Person']) {
      const r = ingest(lines('Welcome to the show. Today we talk about bridges.').replaceAll('Speaker', word), 'unnamed.txt');
      expect(r.transcript.warnings.map((w) => w.message), word).toEqual([`'${word} 1', '${word} 2' are not named in the file; '${word} 1' is taken for the interviewer from what they say`]);
      const named = ingest(lines("Welcome to the show. I'm Maria Lopez and my guest today is Tom Becker.").replaceAll('Speaker', word), 'named.txt');
      expect(who(named).slice(0, 2), word).toEqual(['Maria Lopez (interviewer)', 'Tom Becker (guest)']);
    }
  });
  it('without a self-introduction keeps the placeholders, and the one who asks and welcomes is the host', () => {
    const r = ingest(lines('Welcome to the show. Today we talk about bridges.'), 'unnamed.txt');
    expect(who(r).slice(0, 2)).toEqual(['Speaker 1 (interviewer)', 'Speaker 2 (guest)']);
    // A guess, and said so, with the fix.
    expect(r.transcript.warnings.map((w) => `${w.line}: ${w.message}`)).toEqual(["1: 'Speaker 1', 'Speaker 2' are not named in the file; 'Speaker 1' is taken for the interviewer from what they say"]);
    expect(r.transcript.warnings[0]!.fix).toMatch(/speakers:/);
  });
  it('takes no name from a phrase that only looks like an introduction', () => {
    const r = ingest(lines("Welcome to the show. I'm Tom Becker's biggest fan, and I'm Very Happy today."), 'fan.txt');
    expect(who(r).slice(0, 2)).toEqual(['Speaker 1 (interviewer)', 'Speaker 2 (guest)']);
  });
});

describe('a list of who takes part above first names as labels (`Participants:` / `Tom Becker – Host` / `Maria Lopez – Bridge engineer`)', () => {
  it('a byline naming both (`Von Maria Lopez und Tom Becker`) says neither side: the one who asks is the host (the sides were swapped, the second name read as the dek’s)', () => {
    const r = ingest('# Brücken\n\nVon Maria Lopez und Tom Becker\n\nTom: Warum stürzen Brücken ein?\n\nMaria: Vor allem wegen Wasser, glaube ich.\n\nTom: Und wie lange dauert das?\n\nMaria: Jahrzehnte.\n\nTom: Und Stahl?\n\nMaria: Er rostet.\n', 'byline.md');
    expect(who(r).slice(0, 2)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)']);
  });
  it('a field’s word and a dash before the name (`Host — Tom Becker` / `Guest — Maria Lopez`, `Interviewer – Tom Becker; Interviewee – Maria Lopez`) is the header `Host: Tom Becker` (it was a turn of “Host” saying “Tom Becker”)', () => {
    for (const head of ['Host — Tom Becker\nGuest — Maria Lopez', 'Interviewer – Tom Becker; Interviewee – Maria Lopez']) {
      const r = ingest(`# Rivers and Roads 12\n\n${head}\n\nTom: Why do bridges fail?\n\nMaria: Mostly water.\n\nTom: How long does that take?\n\nMaria: Decades.\n`, 'legend.md');
      expect(spoken(r), head).toEqual(['Tom Becker (interviewer): Why do bridges fail?', 'Maria Lopez (guest): Mostly water.', 'Tom Becker (interviewer): How long does that take?', 'Maria Lopez (guest): Decades.']);
      expect(r.transcript.intro.map((p) => p.text), head).toEqual([head.replace('\n', ' ')]);
    }
  });
  it('the one who asks is the host: the role word closing one line says nothing of the name on the next (the sides were swapped, Maria Lopez read as bylined)', () => {
    for (const head of ['Participants:\nTom Becker – Host\nMaria Lopez – Bridge engineer, Rhine Works', 'Tom Becker – Host\n\nMaria Lopez – Bridge engineer']) {
      const r = ingest(`# Rivers and Roads 12\n\n${head}\n\nTom: Why do bridges fail?\n\nMaria: Mostly water.\n\nTom: How long does that take?\n\nMaria: Decades.\n`, 'legend.md');
      expect(who(r), head).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
    }
  });
});

describe('first names as labels, the guest introduced by full name in the conversation', () => {
  it('names the guest as introduced ("our guest is Tom Becker"), not as someone merely mentioned (Tom Hanks)', () => {
    const r = ingest(['**Mike:** Welcome back. I\'m here with my co-host Sarah.', '**Sarah:** Hi everyone. Last week we talked about Tom Hanks movies.', '**Mike:** Today our guest is Tom Becker, who builds bridges. Tom, welcome.', '**Tom:** Thanks for having me.', '**Sarah:** Tom, what was the hardest bridge?', '**Tom:** The one over the Rhine.', ''].join('\n\n'), 'hosts.md');
    expect(who(r)).toEqual(['Mike (interviewer)', 'Sarah (interviewer)', 'Mike (interviewer)', 'Tom Becker (guest)', 'Sarah (interviewer)', 'Tom Becker (guest)']);
  });
});

describe('a first name as the label, the full name said once', () => {
  it('"Today I\'m with Maria Lopez" names `Maria:` (and `[MARIA]`), as "our guest is" does', () => {
    for (const [l, file] of [[(n: string) => `${n}:`, 'names.txt'], [(n: string) => `[${n.toUpperCase()}]`, 'caps.txt']] as const) {
      const r = ingest(`${l('Tom')} Welcome to Bridge Talk. Today I'm with Maria Lopez.\n\n${l('Maria')} Thanks, Tom.\n\n${l('Tom')} Why timber?\n\n${l('Maria')} My father was a carpenter.\n`, file);
      expect(who(r)).toEqual(['Tom (interviewer)', 'Maria Lopez (guest)', 'Tom (interviewer)', 'Maria Lopez (guest)']);
    }
  });
  it('"I\'m with Rhine Works" names no one (guard)', () => {
    const r = ingest("Tom: Welcome. I'm with Rhine Works.\n\nRhine: Thanks, Tom.\n\nTom: Why timber?\n\nRhine: My father was a carpenter.\n", 'company.txt');
    expect(turnsOf(r).map((t) => t.speaker)).toEqual(['Tom', 'Rhine', 'Tom', 'Rhine']);
  });
  it('"The following is a conversation with Maria Lopez" names `Maria:`, as a podcast opens (`Today’s episode is with`, `In this episode, I talk with` too)', () => {
    for (const opening of ['The following is a conversation with Maria Lopez, engineer at Rhine Works.', 'Today’s episode is with Maria Lopez.', 'In this episode, I talk with Maria Lopez about bridges.']) {
      const r = ingest(`[00:00:00] Tom: ${opening}\n\n[00:00:20] Tom: Maria, why the hammer?\n\n[00:00:25] Maria: Because the concrete talks to me.\n\n[00:00:40] Tom: And sensors?\n\n[00:00:44] Maria: They help.\n`, 'podcast.md');
      expect(who(r)).toEqual(['Tom (interviewer)', 'Maria Lopez (guest)', 'Tom (interviewer)', 'Maria Lopez (guest)']);
    }
  });
  it('a headline in capitals names whom the interview is with: `INTERVIEW WITH MARIA LOPEZ`', () => {
    const r = ingest('INTERVIEW WITH MARIA LOPEZ\n\nQ. What is your occupation?\nA. I am a structural engineer.\nQ. Did you inspect the bridge?\nA. Yes, I did.\n', 'caps-title.txt');
    expect(who(r)).toEqual(['Interviewer (interviewer)', 'Maria Lopez (guest)', 'Interviewer (interviewer)', 'Maria Lopez (guest)']);
  });
});

describe('names read from the text', () => {
  it('end at a possessive: "David Chaum’s Ph.D. thesis" names David Chaum', () => {

    expect([...namesIn("It began with David Chaum's Ph.D. thesis and Ana Da Silva’s Lab Notes.").keys()]).toEqual(['David Chaum', 'Ana Da Silva']);
  });
  it('start after a company’s or a show’s possessive: "Rhine Works’s Maria Lopez sat down with..." names Maria Lopez', () => {
    expect([...namesIn('Benchling’s Tom Becker sat down with Maria Lopez and NPR’s Paul Kim.').keys()]).toEqual(['Tom Becker', 'Maria Lopez', 'Paul Kim']);
    // (And so the interviewer’s surname and first name, labelling its questions, are one person.)
    const r = ingest('# Bridges\n\nBenchling’s Tom Becker sat down with Maria Lopez, chief engineer at Bonn Bridges.\n\n**Becker: Maria, why the hammer?**\n\nLopez: Because the concrete talks to me.\n\n**Tom: And sensors?**\n\nLopez: They help.\n\n**Becker: Which is better?**\n\nLopez: The hammer.\n', 'possessive.md');
    expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
  });
});

describe('two guests the host introduces, one of them asking as much as she does', () => {
  it('makes everyone the host names in "my guests are ..." a guest, however many questions they ask', () => {
    const r = load('two-guests-introduced.md');
    expect([...new Set(who(r))]).toEqual(['Lena Park (interviewer)', 'Omar Haddad (guest)', 'Ruth Keller (guest)']);
  });
  it('and everyone in "With me are Maria Lopez of Rhine Works and Paul Kim from Bonn University", past what is said of each; the audience’s voices are their own turns', () => {
    const r = ingest('# Panel: The Future of Bridges\n\nModerator Ana Silva: Good morning. With me are Maria Lopez of Rhine Works and Paul Kim from Bonn University. Maria, why do bridges fail?\n\nMaria Lopez: Mostly because nobody inspects them.\n\nAna Silva: Paul, do you agree?\n\nPaul Kim: Partly. Money matters more.\n\nAna Silva: Questions from the audience. Yes, in the front.\n\nAudience member (Jane Doe, city council): What should Bonn do first?\n\nMaria Lopez: Inspect.\n\nUnidentified audience member: How much?\n\nPaul Kim: About a million a year.\n\nAna Silva: Thank you all.\n', 'panel.md');
    expect(who(r)).toEqual(['Ana Silva (interviewer)', 'Maria Lopez (guest)', 'Ana Silva (interviewer)', 'Paul Kim (guest)', 'Ana Silva (interviewer)', 'Audience member (Jane Doe) (other)', 'Maria Lopez (guest)', 'Unidentified audience member (other)', 'Paul Kim (guest)', 'Ana Silva (interviewer)']);
    // (Not co-hosts a host names so: "With me today are my co-hosts ...".)
    const hosts = ingest('# Rivers\n\nTom Becker: Welcome. With me today are my co-hosts Ana Silva and Paul Kim. Ana, what is first?\n\nAna Silva: Bridges, Tom. Paul, what did you find?\n\nPaul Kim: Cracks everywhere, and nobody paying for them.\n\nAna Silva: Why nobody?\n\nPaul Kim: Because the money went to new roads instead, every single year since the eighties.\n', 'cohosts.md');
    expect(who(hosts).slice(0, 2)).toEqual(['Tom Becker (interviewer)', 'Ana Silva (interviewer)']);
  });
});

describe('turns set as quotes, list items, or under the speaker’s name as a heading', () => {
  it('each turn a note-taking app’s callout titled with the speaker (`> [!quote] Tom Becker` / `> Why...?`); another callout’s mark is no word (the marks and names were the words)', () => {
    const r = ingest('# Bridges\n\n> [!note] Editor’s note\n> Edited for length.\n\n> [!quote] Tom Becker\n> Why the hammer?\n\n> [!quote]- Maria Lopez\n> You tap the concrete.\n>\n> A hollow sound means rust.\n\n> [!quote] Tom Becker\n> Ever wrong?\n\n> [!quote] Maria Lopez\n> Once.\n', 'callout.md');
    expect(spoken(r)).toEqual(['Tom Becker (interviewer): Why the hammer?', 'Maria Lopez (guest): You tap the concrete. | A hollow sound means rust.', 'Tom Becker (interviewer): Ever wrong?', 'Maria Lopez (guest): Once.']);
    expect(r.transcript.intro.map((p) => p.text)).toEqual(['Editor’s note Edited for length.']);
  });
  it('a transcript set whole in a quote is read as its lines outside it, line for line (Markdown’s parser takes time growing with the square of the number of such quotes), a callout kept a quote, a caption’s `>>` as it is', () => {
    const quoted = ['> **Tom Becker:** Why?', '>', '> More.', '', '> [!note] Editor’s note', '> Edited.', '', '> **Maria Lopez:** Salt.', '>> Not a quote'];
    expect(fromQuotedTranscript(quoted)).toEqual(['**Tom Becker:** Why?', '', 'More.', '', '> [!note] Editor’s note', '> Edited.', '', '**Maria Lopez:** Salt.', '>> Not a quote']);
    // (Nor callouts titled by the speakers, two or more each: turns, set as their lines outside the quote.)
    expect(fromQuotedTranscript(['> [!quote] Tom Becker', '> Why?', '', '> [!quote] Maria Lopez', '> Salt.', '', '> [!quote] Tom Becker', '> And?', '', '> [!quote] Maria Lopez', '> Rust.'])).toEqual(['[!quote] Tom Becker', 'Why?', '', '[!quote] Maria Lopez', 'Salt.', '', '[!quote] Tom Becker', 'And?', '', '[!quote] Maria Lopez', 'Rust.']);
    // (But one name titling callouts labels no one there: they stay quotes, as a label reads them.)
    expect(fromQuotedTranscript(['> Tom Becker: Why?', '>', '> Maria Lopez: Salt.', '', '> [!quote] Ana Silva', '> One.', '', '> [!quote] Ana Silva', '> Two.'])).toEqual(['Tom Becker: Why?', '', 'Maria Lopez: Salt.', '', '> [!quote] Ana Silva', '> One.', '', '> [!quote] Ana Silva', '> Two.']);
    // (Not a quotation in an interview.)
    expect(fromQuotedTranscript(['Tom Becker: Why?', '', 'Maria Lopez: As Kim said:', '', '> Water always wins.', '', 'Tom Becker: Thanks.'])).toBeNull();
  });
  it('a transcript set whole in a quote: its headings are the title and the parts’ headings (they were the intro)', () => {
    const r = ingest('> # Bridges\n>\n> ## Part one: the start\n>\n> **Tom Becker:** How did you start?\n>\n> **Maria Lopez:** With a crack.\n>\n> ## Part two: today\n>\n> **Tom Becker:** And today?\n>\n> **Maria Lopez:** Salt.\n', 'quoted.md');
    expect(r.transcript.title).toBe('Bridges');
    expect(r.transcript.intro).toEqual([]);
    expect(r.transcript.sections.map((x) => [x.heading, x.turns.length])).toEqual([['Part one: the start', 2], ['Part two: today', 2]]);
    // (Its empty lines, `>`, are markup, not spam.)
    expect(r.transcript.removed).toEqual([]);
  });
  const expected = ['Maria Lopez (interviewer)', 'Tom Becker (guest)', 'Maria Lopez (interviewer)', 'Tom Becker (guest)'];
  const turns = ['**Maria Lopez:** What was the hardest bridge you ever built?', '**Tom Becker:** The one over the Rhine. The river floods every spring.', '**Maria Lopez:** And the steel?', '**Tom Becker:** It came late.'];
  it('each turn in a quote (`> **Name:** ...`)', () => {
    expect(who(ingest(`# Bridges\n\n${turns.map((t) => `> ${t}`).join('\n\n')}\n`, 'quoted.md'))).toEqual(expected);
  });
  it('each turn a list item (`- **Name:** ...`)', () => {
    expect(who(ingest(`# Bridges\n\n${turns.map((t) => `- ${t}`).join('\n')}\n`, 'listed.md'))).toEqual(expected);
  });
  it('the speaker’s name as a heading above the words (`### Maria Lopez`), while other headings stay sections', () => {
    const r = ingest('# Bridges\n\n## The Rhine\n\n### Maria Lopez\n\nWhat was the hardest bridge you ever built?\n\n### Tom Becker\n\nThe one over the Rhine.\n\nIt floods every spring.\n\n## Steel\n\n### Maria Lopez\n\nAnd the steel?\n\n### Tom Becker\n\nIt came late.\n', 'headed.md');
    expect(who(r)).toEqual(expected);
    expect(r.transcript.sections.map((s) => s.heading)).toEqual(['The Rhine', 'Steel']);
    expect(turnsOf(r)[1]!.paragraphs).toEqual(['The one over the Rhine.', 'It floods every spring.']);
  });
  it('with a colon after the name (`#### Maria Lopez:`, `### **Tom Becker**:`), as a word processor’s heading keeps the label’s (the build failed: no turns)', () => {
    const r = ingest('# Bridges\n\n## The Rhine\n\n#### Maria Lopez:\n\nWhat was the hardest bridge you ever built?\n\n### **Tom Becker**:\n\nThe one over the Rhine.\n\nIt floods every spring.\n\n## Steel\n\n#### Maria Lopez:\n\nAnd the steel?\n\n### **Tom Becker**:\n\nIt came late.\n', 'headed.md');
    expect(who(r)).toEqual(expected);
    expect(r.transcript.sections.map((s) => s.heading)).toEqual(['The Rhine', 'Steel']);
    expect(turnsOf(r)[1]!.paragraphs).toEqual(['The one over the Rhine.', 'It floods every spring.']);
  });
  it('each turn a quote, the name alone in bold on its first line (`> **Maria Lopez**` above `> words`)', () => {
    const r = ingest(`# Bridges\n\n${turns.map((t) => { const [, n, w] = /^\*\*(.+?):\*\* (.*)$/.exec(t)!; return `> **${n}**\n> ${w}`; }).join('\n\n')}\n`, 'quoted-names.md');
    expect(who(r)).toEqual(expected);
    expect(turnsOf(r)[0]!.paragraphs).toEqual(['What was the hardest bridge you ever built?']);
  });
  it('the speaker’s name and the time as a heading (`### Maria Lopez (00:09)`): a timed turn', () => {
    const r = ingest('# Episode 12\n\n### Tom Becker (00:03)\n\nWhere did it start?\n\n### Maria Lopez (00:09)\n\nWith a bridge.\n\nIn 1961.\n\n### Tom Becker [00:00:21]\n\nAnd steel?\n\n### Maria Lopez (00:24)\n\nEasy.\n', 'headed.md');
    expect(turnsOf(r).map((t) => [t.speaker, t.time, t.paragraphs])).toEqual([
      ['Tom Becker', 3, ['Where did it start?']],
      ['Maria Lopez', 9, ['With a bridge.', 'In 1961.']],
      ['Tom Becker', 21, ['And steel?']],
      ['Maria Lopez', 24, ['Easy.']],
    ]);
  });
  it('and the time after a middle dot, a bar or a dash, or alone (`#### Maria Lopez · 00:00:09`), as a podcast page sets it', () => {
    for (const sep of [' · ', ' | ', ' — ', ' ']) {
      const r = ingest(`# Episode 12\n\n#### Tom Becker${sep}00:00:03\n\nWhere did it start?\n\n#### Maria Lopez${sep}00:00:09\n\nWith a bridge.\n\nIn 1961.\n\n#### Tom Becker${sep}00:00:21\n\nAnd steel?\n\n#### Maria Lopez${sep}00:00:24\n\nEasy.\n`, 'headed.md');
      expect(turnsOf(r).map((t) => [t.speaker, t.time, t.paragraphs])).toEqual([
        ['Tom Becker', 3, ['Where did it start?']],
        ['Maria Lopez', 9, ['With a bridge.', 'In 1961.']],
        ['Tom Becker', 21, ['And steel?']],
        ['Maria Lopez', 24, ['Easy.']],
      ]);
    }
  });
});

describe('a name alone in bold above words that open with a label of their own', () => {
  it('is a line of the text, here a part’s heading (`**Greenlight demo (Christian Decker)**` above `Editor: ...`), not a label lost', () => {
    const r = ingest(['# Bridges panel', '', '**Introductions**', '', 'Tom Becker: Welcome, everyone.', '', 'Maria Lopez: Thanks, Tom.', '', '**Timber demo (Maria Lopez)**', '', 'Editor: Slides: https://example.org/slides.pdf', '', 'Tom Becker: Maria, show us the demo.', '', 'Maria Lopez: Here it is. It bends.', ''].join('\n'), 'panel.md');
    expect(r.transcript.sections.map((s) => s.heading)).toEqual(['Introductions', 'Timber demo (Maria Lopez)']);
    expect(turnsOf(r).map((t) => t.speaker)).toEqual(['Tom Becker', 'Maria Lopez', 'Editor', 'Tom Becker', 'Maria Lopez']);
  });
});

describe('labels in HTML’s bold with the colon after the tag, and names in capitals before a long dash', () => {
  it('a name in HTML’s bold before the words, no colon (`<b>Tom Becker</b> Welcome...`, `<strong>...</strong>`), two names twice or more each: the label (the build found no turn); a bold phrase once in an answer stays words', () => {
    for (const tag of ['b', 'strong']) {
      const r = ingest(`<${tag}>Tom Becker</${tag}> Welcome. Why do bridges fail?\n\n<${tag}>Maria Lopez</${tag}> Mostly water.\n\n<${tag}>Tom Becker</${tag}> How long does that take?\n\n<${tag}>Maria Lopez</${tag}> Decades.\n\n<${tag}>Rhine Works</${tag}> built the first one.\n`, 'page.md');
      expect(spoken(r), tag).toEqual(['Tom Becker (interviewer): Welcome. Why do bridges fail?', 'Maria Lopez (guest): Mostly water.', 'Tom Becker (interviewer): How long does that take?', `Maria Lopez (guest): Decades. | Rhine Works built the first one.`]);
    }
  });
  it('`<b>Tom Becker</b>: ...` and `<strong>...</strong>:` label turns as `<b>Tom Becker:</b>` does', () => {
    for (const [open, close] of [['<b>', '</b>'], ['<strong>', '</strong>']]) {
      const r = ingest(`# Bridges\n\n${open}Tom Becker${close}: Why timber?\n\n${open}Maria Lopez${close}: My father was a carpenter.\n\n${open}Tom Becker${close}: And steel?\n\n${open}Maria Lopez${close}: Steel is patient.\n`, 'html.md');
      expect(spoken(r), open).toEqual(['Tom Becker (interviewer): Why timber?', 'Maria Lopez (guest): My father was a carpenter.', 'Tom Becker (interviewer): And steel?', 'Maria Lopez (guest): Steel is patient.']);
    }
  });
  it('a name in a span a page styles (`<span class="speaker">Tom Becker</span>: ...`) is the label', () => {
    const r = ingest('# Bridges\n\n<span class="speaker">Tom Becker</span>: Why timber?\n\n<span class="speaker">Maria Lopez</span>: My father was a carpenter.\n\n<span class="speaker">Tom Becker</span>: And steel?\n\n<span class="speaker">Maria Lopez</span>: Steel is patient.\n', 'span.md');
    expect(spoken(r)).toEqual(['Tom Becker (interviewer): Why timber?', 'Maria Lopez (guest): My father was a carpenter.', 'Tom Becker (interviewer): And steel?', 'Maria Lopez (guest): Steel is patient.']);
  });
  it('`STEPHANIE — ...` beside `PIETER WUILLE — ...`: a first name in capitals is a label as `Stephanie — ...` is, once too between two turns', () => {
    const r = ingest('# The Tools\n\nSTEPHANIE — Welcome, Pieter. Why Schnorr?\n\nPIETER WUILLE — Because it is simpler.\n\nSTEPHANIE — And Taproot?\n\nPIETER WUILLE — It hides the scripts.\n\nJONATHAN — One more question: when?\n\nPIETER WUILLE — Soon, I hope.\n', 'caps.md');
    // (A first name in capitals the text writes nowhere else stays as written; `JONATHAN` once, between two of Pieter's turns, is a turn of his own.)
    expect(who(r)).toEqual(['STEPHANIE (interviewer)', 'Pieter Wuille (guest)', 'STEPHANIE (interviewer)', 'Pieter Wuille (guest)', 'JONATHAN (interviewer)', 'Pieter Wuille (guest)']);
  });
});

describe('a name in brackets before the words', () => {
  it('`[Maria Lopez] ...` is a label; `[Laughter] ...` is not a speaker', () => {
    const r = ingest('[Maria Lopez] What was the hardest bridge you ever built?\n[Tom Becker] The one over the Rhine.\n[Laughter] It floods every spring.\n[Maria Lopez] And the steel?\n[Tom Becker] It came late.\n', 'brackets.txt');
    expect(who(r)).toEqual(['Maria Lopez (interviewer)', 'Tom Becker (guest)', 'Maria Lopez (interviewer)', 'Tom Becker (guest)']);
    expect(turnsOf(r)[1]!.paragraphs).toEqual(['The one over the Rhine.', '[Laughter] It floods every spring.']);
  });
  it('after the time too (`[00:00:05] [Tom Becker] ...`), the turn at that time; `[00:00:09] [Laughter] ...` still no one', () => {
    const r = ingest('[00:00:01] [Maria Lopez] What was the hardest bridge you ever built?\n[00:00:05] [Tom Becker] The one over the Rhine.\n[00:00:09] [Laughter] It floods every spring.\n[00:00:12] [Maria Lopez] And the steel?\n[00:00:15] [Tom Becker] It came late.\n', 'timed-brackets.txt');
    expect(turnsOf(r).map((t) => [t.speaker, t.time])).toEqual([['Maria Lopez', 1], ['Tom Becker', 5], ['Maria Lopez', 12], ['Tom Becker', 15]]);
    expect(turnsOf(r)[1]!.paragraphs).toEqual(['The one over the Rhine.', '[Laughter] It floods every spring.']);
  });
  it('with its time in the same bracket (`[Tom Becker 00:00:05] ...`: the build found no turn); `[Laughter 00:00:09] ...` still no one', () => {
    const r = ingest('[Maria Lopez 00:00:01] What was the hardest bridge you ever built?\n[Tom Becker 00:00:05] The one over the Rhine.\n[Laughter 00:00:09] It floods every spring.\n[Maria Lopez 00:00:12] And the steel?\n[Tom Becker 00:00:15] It came late.\n', 'bracketed.txt');
    expect(turnsOf(r).map((t) => [t.speaker, t.time, t.paragraphs.length])).toEqual([['Maria Lopez', 1, 1], ['Tom Becker', 5, 2], ['Maria Lopez', 12, 1], ['Tom Becker', 15, 1]]);
  });
  it('alone on its line above the words (`[Tom Becker]` / `Welcome...`), each name twice or more (the build found no turn); a part’s `[Part One]` once stays words', () => {
    const r = ingest('[Tom Becker]\nWelcome. Why do bridges fail?\n\n[Maria Lopez]\nMostly water.\n\n[Part One]\n\n[Tom Becker]\nHow long does that take?\n\n[Maria Lopez]\nDecades.\n', 'bracketed.txt');
    expect(spoken(r)).toEqual(['Tom Becker (interviewer): Welcome. Why do bridges fail?', 'Maria Lopez (guest): Mostly water. | [Part One]', 'Tom Becker (interviewer): How long does that take?', 'Maria Lopez (guest): Decades.']);
  });
});

describe('a name in brackets and a colon before the words, in Markdown (`[Tom Becker]: Yes.`), which Markdown reads as a link definition', () => {
  it('keeps every turn whose words are one word, end in a parenthesis or have no spaces; a real link definition stays markup (guard)', () => {
    const r = ingest('# Bridges\n\n[Tom Becker]: Why do bridges fail?\n\n[Maria Lopez]: Water. It gets into the cracks.\n\n[Tom Becker]: And the bacteria fix that?\n\n[Maria Lopez]: Yes.\n\n[Tom Becker]: Really?\n\n[Maria Lopez]: Sure (laughs)\n\n> [Tom Becker]: 为什么？\n\n- [Maria Lopez]: 因为水。\n\n[Tom Becker]: Thank you, see [the paper][1].\n\n[1]: https://example.com/bridges "Bridges"\n', 'brackets.md');
    expect(spoken(r)).toEqual([
      'Tom Becker (interviewer): Why do bridges fail?',
      'Maria Lopez (guest): Water. It gets into the cracks.',
      'Tom Becker (interviewer): And the bacteria fix that?',
      'Maria Lopez (guest): Yes.',
      'Tom Becker (interviewer): Really?',
      'Maria Lopez (guest): Sure (laughs)',
      'Tom Becker (interviewer): 为什么？',
      'Maria Lopez (guest): 因为水。',
      'Tom Becker (interviewer): Thank you, see the paper.',
    ]);
    expect(r.lineUse.filter((u) => u != null).at(-1)).toBe('markup');
  });
});

describe('a name in bold with its time in italics alone above the words (`**Dwarkesh Patel** *00:00:00*`)', () => {
  it('is a label with a start time', () => {
    const r = ingest('# Bridges\n\n**Dana Reyes** *00:00:00*\n\nWhat was the hardest bridge?\n\n**Tom Becker** *00:00:10*\n\nThe one over the Rhine.\n\n**Dana Reyes** *00:00:30*\n\nAnd the steel?\n\n**Tom Becker** *00:00:33*\n\nIt came late.\n', 'timed.md');
    expect(turnsOf(r).map((t) => [t.speaker, t.time, t.paragraphs])).toEqual([
      ['Dana Reyes', 0, ['What was the hardest bridge?']],
      ['Tom Becker', 10, ['The one over the Rhine.']],
      ['Dana Reyes', 30, ['And the steel?']],
      ['Tom Becker', 33, ['It came late.']],
    ]);
  });
  it('and with its time in a code span or in subscript tags (`**Tom Becker** \`00:00:10\``, `<sub>00:00:10</sub>`): the build found no turn', () => {
    for (const [open, close] of [['`', '`'], ['<sub>', '</sub>'], ['<small>', '</small>']]) {
      const r = ingest(`# Bridges\n\n**Dana Reyes** ${open}00:00:00${close}\n\nWhat was the hardest bridge?\n\n**Tom Becker** ${open}00:00:10${close}\n\nThe one over the Rhine.\n\n**Dana Reyes** ${open}00:00:30${close}\n\nAnd the steel?\n\n**Tom Becker** ${open}00:00:33${close}\n\nIt came late.\n`, 'times.md');
      expect(turnsOf(r).map((t) => [t.speaker, t.time, t.paragraphs]), open).toEqual([
        ['Dana Reyes', 0, ['What was the hardest bridge?']],
        ['Tom Becker', 10, ['The one over the Rhine.']],
        ['Dana Reyes', 30, ['And the steel?']],
        ['Tom Becker', 33, ['It came late.']],
      ]);
    }
  });
});

describe('bold questions where one asks without a question mark, under a headline in title case', () => {
  it('asks with every bold paragraph, and takes no guest name from a headline that capitalises every word', () => {
    const r = ingest('# Tom Becker Knows Why Bridges Fall\n\nBy Arun Mehta\n\n**What was the hardest bridge you ever built?**\n\nThe one over the Rhine.\n\n**Tell me about the steel.**\n\nIt came late.\n\n**Would you do it again?**\n\nEvery time.\n', 'headline.md');
    expect(who(r)).toEqual(['Arun Mehta (interviewer)', 'Guest (guest)', 'Arun Mehta (interviewer)', 'Guest (guest)', 'Arun Mehta (interviewer)', 'Guest (guest)']);
    // Shown as "Guest", and said so, with the fix.
    expect(r.transcript.warnings.map((w) => [w.message, w.fix])).toEqual([['the guest is shown as "Guest": nothing before the interview names them', 'give `guest: Full Name` in the front matter']]);
  });
});

describe('labels with a title: the full name first, then the title and the surname', () => {
  it('`Dr. Maria Lopez:` then `Dr. Lopez:` are one speaker, shown by the full name', () => {
    const r = ingest('Dr. Maria Lopez: What was the hardest bridge?\n\nProf. Tom Becker: The Rhine one.\n\nDr. Lopez: And the steel?\n\nProf. Becker: It came late.\n', 'titled.md');
    expect(who(r)).toEqual(['Dr. Maria Lopez (interviewer)', 'Prof. Tom Becker (guest)', 'Dr. Maria Lopez (interviewer)', 'Prof. Tom Becker (guest)']);
  });
});

describe('the interviewer unlabelled in italics, the guest labelled (as bold questions are, in italics)', () => {
  it('gives the guest the plain paragraphs after an answer, and the interviewer the italic ones', () => {
    const r = load('italic-interviewer.md');
    expect(turnsOf(r).map((t) => [t.role, t.paragraphs.length])).toEqual([
      ['interviewer', 1], ['guest', 2], ['interviewer', 1], ['guest', 1], ['interviewer', 1], ['guest', 2], ['interviewer', 1], ['guest', 1],
    ]);
    expect(r.uncertain).toEqual([]);
  });
});

describe('a transcript set as a table (`| Time | Speaker | Text |`)', () => {
  it('rows of a name and the words with the side opening them (`Tom Becker | Host: Welcome...`): the side is the label’s, not words', () => {
    const r = ingest('# Bridges\n\nTom Becker | Host: Welcome. Why bridges?\n\nMaria Lopez | Guest: Because my father built them.\n\nTom Becker | Host: And steel?\n\nMaria Lopez | Guest: It rusts, always.\n', 'pipes.md');
    expect(spoken(r)).toEqual(['Tom Becker (interviewer): Welcome. Why bridges?', 'Maria Lopez (guest): Because my father built them.', 'Tom Becker (interviewer): And steel?', 'Maria Lopez (guest): It rusts, always.']);
  });
  it('reads each row as a turn by the speaker column, timed by the time column; header and separator are markup', () => {
    const text = '# Bridges\n\n| Time | Speaker | Text |\n| --- | --- | --- |\n| 00:00:01 | Maria Lopez | What was the hardest bridge? |\n| 00:00:05 | **Tom Becker** | The Rhine one; its piers \\| its deck. |\n| 00:00:12 | Maria Lopez | And the steel? |\n| 00:00:15 | Tom Becker | It came late. |\n';
    const r = ingest(text, 'table.md');
    expect(turnsOf(r).map((t) => [t.speaker, t.role, t.time, t.paragraphs])).toEqual([
      ['Maria Lopez', 'interviewer', 1, ['What was the hardest bridge?']],
      ['Tom Becker', 'guest', 5, ['The Rhine one; its piers | its deck.']],
      ['Maria Lopez', 'interviewer', 12, ['And the steel?']],
      ['Tom Becker', 'guest', 15, ['It came late.']],
    ]);
    text.split('\n').forEach((line, i) => {
      if (line.trim()) expect(r.lineUse[i], line).not.toBeNull();
    });
  });
  it('leaves a table that is not a transcript (no speaker column) as it is', () => {
    const r = ingest('Maria Lopez: How long were the spans?\n\nTom Becker: Like this:\n\n| Span | Metres |\n| --- | --- |\n| North | 120 |\n\nMaria Lopez: Long.\n\nTom Becker: Very.\n', 'data.md');
    expect(who(r)).toEqual(['Maria Lopez (interviewer)', 'Tom Becker (guest)', 'Maria Lopez (interviewer)', 'Tom Becker (guest)']);
    expect(turnsOf(r)[1]!.paragraphs.join(' ')).toContain('North');
  });
  it('reads a Q&A set as two columns (`| Question | Answer |`): each row the question and its answer; inside a labelled answer such a table stays hers', () => {
    const text = '# Maria Lopez on bridges\n\nMaria Lopez has inspected bridges for twenty years.\n\n| **Question** | **Answer** |\n| --- | --- |\n| Why bridges? | Because they fail quietly. |\n| What did you find? | That nobody inspects them. |\n';
    const r = ingest(text, 'qa-table.md');
    expect(spoken(r)).toEqual(['Interviewer (interviewer): Why bridges?', 'Maria Lopez (guest): Because they fail quietly.', 'Interviewer (interviewer): What did you find?', 'Maria Lopez (guest): That nobody inspects them.']);
    text.split('\n').forEach((line, i) => {
      if (line.trim()) expect(r.lineUse[i], line).not.toBeNull();
    });
    const inside = ingest('Tom Becker: What do readers ask?\n\nMaria Lopez: Mostly this:\n\n| Question | Answer |\n| --- | --- |\n| Is it safe? | Yes. |\n\nTom Becker: Thanks.\n\nMaria Lopez: Thank you.\n', 'faq.md');
    expect(who(inside)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
  });
  it('reads a table of turns whose columns have no names (`| Tom Becker | Welcome... |` as its first row), or names the parser does not know (`| Person | Quote |`); a table of figures beside bold questions stays the answer’s (guard)', () => {
    const rows = '| Maria Lopez | My father built them. |\n| Tom Becker | And the steel? |\n| Maria Lopez | It came late. |\n';
    const expected = ['Tom Becker (interviewer): Welcome to the show. Why bridges?', 'Maria Lopez (guest): My father built them.', 'Tom Becker (interviewer): And the steel?', 'Maria Lopez (guest): It came late.'];
    const bare = '# Rivers and Roads\n\n| Tom Becker | Welcome to the show. Why bridges? |\n|---|---|\n' + rows;
    const r = ingest(bare, 'bare-table.md');
    expect(spoken(r)).toEqual(expected);
    bare.split('\n').forEach((line, i) => {
      if (line.trim()) expect(r.lineUse[i], line).not.toBeNull();
    });
    expect(spoken(ingest('# Rivers and Roads\n\n| Person | Quote |\n|---|---|\n| Tom Becker | Welcome to the show. Why bridges? |\n' + rows, 'person-table.md'))).toEqual(expected);
    const data = ingest('# Maria Lopez on bridges\n\n**How many did you inspect?**\n\nHere are the numbers.\n\n| City | Note |\n|---|---|\n| Bonn | two bridges, both old |\n| Bonn | one bridge closed early |\n| Köln | three bridges and a tunnel |\n| Köln | none, money ran out |\n\n**And now?**\n\nMore sensors.\n', 'figures.md');
    expect(who(data)).toEqual(['Interviewer (interviewer)', 'Maria Lopez (guest)', 'Interviewer (interviewer)', 'Maria Lopez (guest)']);
  });
});

describe('turns that close with their time (`Maria Lopez: Mostly water. [00:00:07]`)', () => {
  it('times each turn by it and keeps it out of the words, in brackets or parentheses (the time was the words’ last)', () => {
    for (const [open, close] of [['[', ']'], ['(', ')']]) {
      const text = ['# Rivers and Roads', '', `Tom Becker: Welcome to the show. Why bridges? ${open}00:00:01${close}`, '', `Maria Lopez: My father built them. ${open}00:00:06${close}`, '', 'He took me along on Sundays.', '', `Tom Becker: And the steel? ${open}00:00:31${close}`, '', `Maria Lopez: It came late. ${open}00:00:35${close}`, ''].join('\n');
      expect(turnsOf(ingest(text, 'times.md')).map((t) => [t.speaker, t.time, t.paragraphs]), open).toEqual([
        ['Tom Becker', 1, ['Welcome to the show. Why bridges?']],
        ['Maria Lopez', 6, ['My father built them.', 'He took me along on Sundays.']],
        ['Tom Becker', 31, ['And the steel?']],
        ['Maria Lopez', 35, ['It came late.']],
      ]);
    }
  });
  it('takes the time closing an answer’s later paragraph, and the last turn’s, out of the words (`He took me along on Sundays. [00:00:12]`; it stayed in them)', () => {
    const text = ['Tom Becker: Welcome to the show. Why bridges? [00:00:01]', '', 'Maria Lopez: My father built them. [00:00:06]', '', 'He took me along on Sundays. [00:00:12]', '', 'Tom Becker: And the steel? [00:00:31]', '', 'Maria Lopez: It came late. [00:00:35]', '', 'That is all I know. [00:00:40]', ''].join('\n');
    expect(turnsOf(ingest(text, 'times.md')).map((t) => [t.speaker, t.time, t.paragraphs])).toEqual([
      ['Tom Becker', 1, ['Welcome to the show. Why bridges?']],
      ['Maria Lopez', 6, ['My father built them.', 'He took me along on Sundays.']],
      ['Tom Becker', 31, ['And the steel?']],
      ['Maria Lopez', 35, ['It came late.', 'That is all I know.']],
    ]);
  });
  it('leaves a time a speaker says at the end of her words, once, in them (guard)', () => {
    const r = ingest('Tom Becker: When did it crack?\n\nMaria Lopez: At a quarter past ten (10:15)\n\nTom Becker: And then?\n\nMaria Lopez: We closed it.\n', 'once.md');
    expect(turnsOf(r)[1]!.paragraphs).toEqual(['At a quarter past ten (10:15)']);
  });
});

describe('each turn a table’s row of its own, between blank lines, no header and no separator (`| **Tom Becker** | Welcome... |`)', () => {
  it('reads each row as a turn (no turn was found: the build failed)', () => {
    const r = ingest('# Rivers and Roads\n\n| **Tom Becker** | Welcome to the show. Why bridges? |\n\n| **Maria Lopez** | My father built them. |\n\n| **Tom Becker** | And the steel? |\n\n| **Maria Lopez** | It came late, and it came cheap. |\n', 'rows.md');
    expect(spoken(r)).toEqual(['Tom Becker (interviewer): Welcome to the show. Why bridges?', 'Maria Lopez (guest): My father built them.', 'Tom Becker (interviewer): And the steel?', 'Maria Lopez (guest): It came late, and it came cheap.']);
  });
  it('leaves rows of figures in a labelled answer hers (guard)', () => {
    const r = ingest('# Rivers and Roads\n\nTom Becker: How many?\n\nMaria Lopez: These.\n\n| Bonn | 3 |\n\n| Köln | 8 |\n\n| Bonn | 1 |\n\n| Köln | 2 |\n\nTom Becker: Thanks.\n', 'figures.md');
    expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)']);
  });
});

describe('a page’s source that sets each name in bold, then a line break, then the words (`<p><strong>Tom Becker</strong><br>Welcome...</p>`)', () => {
  const expected = ['Tom Becker (interviewer): Welcome to the show. Why bridges?', 'Maria Lopez (guest): My father built them. | He took me along.', 'Tom Becker (interviewer): And the steel?', 'Maria Lopez (guest): It came late.'];
  it('reads each name as the turn’s label, the words on its line or on the lines below (no turn was found: the build failed)', () => {
    const inline = ['<h1>Rivers and Roads</h1>', '<p><strong>Tom Becker</strong><br>Welcome to the show. Why bridges?</p>', '<p><strong>Maria Lopez</strong><br/>My father built them.</p>', '<p>He took me along.</p>', '<p><b>Tom Becker:</b><br>And the steel?</p>', '<p><strong>Maria Lopez</strong><br>It came late.</p>', ''].join('\n');
    const below = ['<h1>Rivers and Roads</h1>', '<p><strong>Tom Becker</strong><br>', 'Welcome to the show. Why bridges?</p>', '<p><strong>Maria Lopez</strong><br>', 'My father built them.</p>', '<p>He took me along.</p>', '<p><strong>Tom Becker</strong><br>', 'And the steel?</p>', '<p><strong>Maria Lopez</strong><br>', 'It came late.</p>', ''].join('\n');
    for (const [name, text] of [['inline', inline], ['below', below]] as const) {
      const r = ingest(text, 'page.md');
      expect(spoken(r), name).toEqual(expected);
      text.split('\n').forEach((line, i) => {
        if (line.trim()) expect(r.lineUse[i], `${name}: ${line}`).not.toBeNull();
      });
    }
  });
  it('leaves a bold line above words once or twice as it was (guard)', () => {
    const r = ingest('# Rivers and Roads\n\nTom Becker: Why bridges?\n\nMaria Lopez: My father built them.\n\n<p><strong>Rhine Works</strong><br>Bonn, since 1921.</p>\n\nTom Becker: And the steel?\n\nMaria Lopez: It came late.\n', 'page.md');
    expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
  });
});

describe('a page’s source holding the transcript as an HTML table, a row per turn (`<tr><td>Tom Becker</td><td>Welcome...</td></tr>`)', () => {
  it('reads each row as a turn, by a header row (`<th>Speaker</th>`, or in `<td>`, the cells on lines of their own) or by the values; every line accounted for (no turn was found: the build failed)', () => {
    const rows = [['00:00:01', 'Tom Becker', 'Welcome to the show.<br>Why bridges?'], ['00:00:06', 'Maria Lopez', 'My father built them &amp; I watched.'], ['00:00:09', 'Tom Becker', 'And the steel?'], ['00:00:13', 'Maria Lopez', 'It came <em>late</em>.']];
    const expected = ['Tom Becker (interviewer): Welcome to the show. Why bridges?', 'Maria Lopez (guest): My father built them & I watched.', 'Tom Becker (interviewer): And the steel?', 'Maria Lopez (guest): It came late.'];
    const th = ['<h1>Rivers and Roads</h1>', '<table>', '<tr><th>Speaker</th><th>Text</th></tr>', ...rows.map(([, n, w]) => `<tr><td>${n}</td><td>${w}</td></tr>`), '</table>', ''].join('\n');
    const td = ['<h1>Rivers and Roads</h1>', '<table class="transcript">', '  <tr>', '    <td>Time</td><td>Speaker</td><td>Text</td>', '  </tr>', ...rows.flatMap(([t, n, w]) => ['  <tr>', `    <td class="t">${t}</td>`, `    <td class="s"><strong>${n}</strong></td>`, `    <td>${w}</td>`, '  </tr>']), '</table>', '<p>Transcript edited for clarity.</p>', ''].join('\n');
    const bare = ['# Rivers and Roads', '', '<table>', ...rows.map(([, n, w]) => `<tr><td>${n}</td><td>${w}</td></tr>`), '</table>', ''].join('\n');
    for (const [name, text] of [['th', th], ['td', td], ['bare', bare]] as const) {
      const r = ingest(text, 'table.md');
      expect(spoken(r), name).toEqual(expected);
      expect(r.transcript.title, name).toBe('Rivers and Roads');
      text.split('\n').forEach((line, i) => {
        if (line.trim()) expect(r.lineUse[i], `${name}: ${line}`).not.toBeNull();
      });
    }
    expect(turnsOf(ingest(td, 'table.md')).map((t) => t.time)).toEqual([1, 6, 9, 13]);
  });
  it('leaves a table of figures in an answer hers, her label seen once read all the same (her label was her words, as a guest’s)', () => {
    const r = ingest('# Bridges in numbers\n\nTom Becker: How many bridges are there?\n\nMaria Lopez: Here is the list we keep.\n\n<table>\n<tr><td>Bonn</td><td>3 bridges</td></tr>\n<tr><td>Köln</td><td>8 bridges</td></tr>\n<tr><td>Bonn</td><td>1 footbridge</td></tr>\n<tr><td>Köln</td><td>2 footbridges</td></tr>\n</table>\n\nTom Becker: That is a lot.\n', 'figures.md');
    expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)']);
    expect(turnsOf(r)[1]!.paragraphs.join(' ')).toContain('footbridge');
  });
});

describe('a meeting tool’s export: the name alone on a line, the time alone on the next, the words below', () => {
  it('reads each name and time as a timed label, and accounts for the time lines as markup', () => {
    const text = 'Maria Lopez\n00:00:01\nWhat was the hardest bridge you ever built?\n\nTom Becker\n00:00:05\nThe one over the Rhine.\n\nMaria Lopez\n00:00:12\nAnd the steel?\n\nTom Becker\n00:00:15\nIt came late.\n';
    const r = ingest(text, 'meeting.txt');
    expect(turnsOf(r).map((t) => [t.speaker, t.time, t.paragraphs])).toEqual([
      ['Maria Lopez', 1, ['What was the hardest bridge you ever built?']],
      ['Tom Becker', 5, ['The one over the Rhine.']],
      ['Maria Lopez', 12, ['And the steel?']],
      ['Tom Becker', 15, ['It came late.']],
    ]);
    expect(r.lineUse.slice(0, 3)).toEqual(['label', 'markup', 'turn']);
  });
  it('a name of one word heading two turns or more (`Shinobi`, `Anthropic`, `Senator`), or with its particles (`Florence d’Alché-Buc`), a turn of one word too (the build failed, or the turns were the intro); a video’s chapters, each a word above its time once, stay the parts’ headings (guard: the talk below)', () => {
    const text = '# Bridges\n\nShinobi\n00:00:01\nWhat was the hardest bridge you ever built?\n\nFlorence d’Alché-Buc\n00:00:05\nThe one over the Rhine.\n\nShinobi\n00:00:12\nAnd the steel?\n\nFlorence d’Alché-Buc\n00:00:15\nRight\n';
    expect(turnsOf(ingest(text, 'meeting.md')).map((t) => [t.speaker, t.time, t.paragraphs])).toEqual([
      ['Shinobi', 1, ['What was the hardest bridge you ever built?']],
      ['Florence d’Alché-Buc', 5, ['The one over the Rhine.']],
      ['Shinobi', 12, ['And the steel?']],
      ['Florence d’Alché-Buc', 15, ['Right']],
    ]);
  });
});

describe('chapters whose headings open with their time (`## (00:05:00) – Steel`)', () => {
  it('name each section without the time', () => {
    const r = ingest('# Bridges\n\n## (00:00:00) – The Rhine\n\n**Dana Reyes** *00:00:00*\n\nWhat was the hardest one?\n\n**Tom Becker** *00:00:10*\n\nThe Rhine.\n\n## [05:00] Steel\n\n**Dana Reyes** *00:05:00*\n\nAnd the steel?\n\n**Tom Becker** *00:05:03*\n\nIt came late.\n', 'chapters.md');
    expect(r.transcript.sections.map((s) => [s.heading, s.id])).toEqual([
      ['The Rhine', 'the-rhine'],
      ['Steel', 'steel'],
    ]);
  });
});

describe('a short first name in capitals (`TOM:`)', () => {
  it('is the full name the conversation introduces, as `Tom:` is; initials stay initials', () => {
    const r = ingest('MARIA LOPEZ: Welcome. Our guest today is Tom Becker.\nTOM: Thanks for having me.\nMARIA LOPEZ: What was the hardest bridge?\nTOM: The Rhine one.\n', 'caps.txt');
    expect(who(r)).toEqual(['Maria Lopez (interviewer)', 'Tom Becker (guest)', 'Maria Lopez (interviewer)', 'Tom Becker (guest)']);
    const initials = ingest('ML: Welcome. Our guest today is Tom Becker.\nTB: Thanks for having me.\nML: What was the hardest bridge?\nTB: The Rhine one.\n', 'initials.txt');
    expect(who(initials)[1]).toBe('Tom Becker (guest)');
  });
  it('is written as the words write it where nothing gives the full name (`>> TOM:` beside `>> MARIA:`, "Thanks, Tom."), as `MARIA` is Maria', () => {
    const r = ingest('WEBVTT\n\n00:00:05.000 --> 00:00:08.000\n>> TOM: Welcome, Maria.\n\n00:00:09.000 --> 00:00:12.000\n>> MARIA: Thanks, Tom.\n\n00:00:14.000 --> 00:00:16.000\n>> TOM: Why bridges?\n\n00:00:18.000 --> 00:00:22.000\n>> MARIA: My father built them.\n', 'show.vtt');
    expect([...new Set(turnsOf(r).map((t) => t.speaker))]).toEqual(['Tom', 'Maria']);
  });
});

describe('a hearing as the Government Publishing Office prints it: a cover page, paragraphs opening with an indent and hard-wrapped at 70 columns, `Senator Becker.`, `Dr. Lopez.`', () => {
  const r = load('us-senate-hearing.txt');
  it('reads each title, surname and full stop as a speaker: the senators ask, the witness answers (the build failed: no speaker turns; set apart by blank lines, it was the intro, then questions and answers guessed from question marks, the labels left in)', () => {
    expect(who(r)).toEqual(['Senator Becker (interviewer)', 'Maria Lopez (guest)', 'Senator Becker (interviewer)', 'Senator Silva (interviewer)', 'Maria Lopez (guest)', 'Senator Silva (interviewer)', 'Maria Lopez (guest)', 'Senator Kim (interviewer)', 'Maria Lopez (guest)', 'Senator Becker (interviewer)']);
    expect(spoken(r).slice(3, 5)).toEqual(['Senator Silva (interviewer): Dr. Lopez, how many bridges are at risk in the United States today?', 'Maria Lopez (guest): About one in ten, Senator.']);
    expect(r.uncertain).toEqual([]);
  });
  it('makes each indented line a paragraph with the flush lines under it (each line was one), and a centred heading over two lines one heading', () => {
    expect(turnsOf(r)[0]!.paragraphs).toEqual(['Senator Becker. Good morning. The committee will come to order. Today we hear from Dr. Maria Lopez, who has inspected bridges for thirty years. The future of bridge inspection matters to every State, and this committee has asked for her views on it.'.slice('Senator Becker. '.length), 'Dr. Lopez, welcome.']);
    expect(r.transcript.sections.map((s) => s.heading)).toEqual(['OPENING STATEMENT OF HON. TOM BECKER, U.S. SENATOR FROM THE STATE OF OREGON', 'STATEMENT OF MARIA LOPEZ, PH.D., PROFESSOR OF CIVIL ENGINEERING, RHINE UNIVERSITY']);
    expect(r.transcript.intro.map((p) => p.text)).toContain('The committee met, pursuant to notice, at 10 a.m. in room 406, Dirksen Senate Office Building, Hon. Tom Becker (chairman of the committee) presiding.');
  });
  it('titles it by the hearing’s name on the cover', () => {
    expect(r.transcript.title).toBe('THE FUTURE OF BRIDGE INSPECTION');
    expect(r.transcript.date).toBe('2026-03-03');
  });
  it('so set apart by blank lines too, `The Chairman.` and `Mr. Hastings of Florida.` among them', () => {
    const r = ingest('HEARING ON BRIDGES\n\nThe Chairman. The committee will come to order. Mr. Hastings of Florida.\n\nMr. Hastings of Florida. Thank you. Dr. Lopez, why do bridges fail?\n\nDr. Lopez. Water, mostly.\n\nMr. Hastings of Florida. And salt?\n\nDr. Lopez. Salt is worse.\n\nThe Chairman. Thank you.\n', 'hearing.txt');
    expect(who(r)).toEqual(['The Chairman (interviewer)', 'Mr. Hastings of Florida (interviewer)', 'Dr. Lopez (guest)', 'Mr. Hastings of Florida (interviewer)', 'Dr. Lopez (guest)', 'The Chairman (interviewer)']);
    expect(turnsOf(r)[2]!.paragraphs).toEqual(['Water, mostly.']);
  });
  it('reads a title and a surname opening a paragraph as words where only one speaker, or no one twice, is labelled so (guard)', () => {
    const once = ingest('Tom Becker: Which company failed first?\n\nMaria Lopez: General Motors. They closed the plant in May.\n\nTom Becker: And then?\n\nMaria Lopez: Secretary Kim. She called me the next day.\n', 'prose.txt');
    expect(spoken(once)).toEqual(['Tom Becker (interviewer): Which company failed first?', 'Maria Lopez (guest): General Motors. They closed the plant in May.', 'Tom Becker (interviewer): And then?', 'Maria Lopez (guest): Secretary Kim. She called me the next day.']);
  });
});

describe('a court’s record: `THE COURT:`, counsel by name, `BY MR. BECKER:` above the examination’s `Q.` and `A.`', () => {
  const r = load('court-transcript.txt');
  it('gives each `Q.` to the lawyer the line above names, and each `A.` to the witness called (every `Q.` was one “Interviewer”, the line `BY MR. BECKER:` the clerk’s words, `BY MS. LOPEZ:` Mr. Becker’s)', () => {
    expect(who(r)).toEqual([
      'The Court (other)', 'Mr. Becker (interviewer)', 'Ms. Lopez (interviewer)', 'The Court (other)', 'Mr. Becker (interviewer)', 'The Clerk (other)',
      'Mr. Becker (interviewer)', 'Paul Kim (guest)', 'Mr. Becker (interviewer)', 'Paul Kim (guest)', 'Ms. Lopez (interviewer)', 'The Court (other)', 'Mr. Becker (interviewer)', 'Paul Kim (guest)', 'Mr. Becker (interviewer)',
      'Ms. Lopez (interviewer)', 'Paul Kim (guest)', 'Ms. Lopez (interviewer)', 'The Court (other)',
    ]);
    expect(spoken(r)[7]).toBe('Paul Kim (guest): At Rhine Works. I run inspections.');
  });
  it('heads each examination with its name and the lawyer’s (`DIRECT EXAMINATION` was the clerk’s words, `CROSS-EXAMINATION` Mr. Becker’s)', () => {
    expect(r.transcript.sections.map((s) => s.heading)).toEqual(['P R O C E E D I N G S', 'DIRECT EXAMINATION BY MR. BECKER', 'CROSS-EXAMINATION BY MS. LOPEZ']);
  });
  it('names the witness from the call, said in a warning; a case number (`Case No. 3:26-cv-01234`) names no one (it was the guest)', () => {
    expect(r.transcript.guest).toBe('Paul Kim');
    expect(r.transcript.warnings.map((w) => w.message)).toEqual(["the guest's name, Paul Kim, is taken from the introduction"]);
  });
  it('keeps `By Dr. Lopez` above an article labelled otherwise its byline (guard)', () => {
    const a = ingest('Why bridges fail\n\nBy Dr. Lopez\n\nTom Becker: Why?\n\nMaria Lopez: Water.\n\nTom Becker: And salt?\n\nMaria Lopez: Worse.\n', 'byline.txt');
    expect(a.transcript.sections.map((s) => s.heading)).toEqual([null]);
    expect(a.transcript.intro.map((p) => p.text)).toEqual(['By Dr. Lopez']);
  });
  it('a deposition: the examiner from `EXAMINATION BY MR. BECKER:`, the witness from its title', () => {
    const d = ingest('DEPOSITION OF MARIA LOPEZ\nNovember 3, 2026\n\nEXAMINATION BY MR. BECKER:\n\nQ. Please state your name for the record.\nA. Maria Lopez.\nQ. What is your occupation?\nA. I am a structural engineer.\n', 'deposition.txt');
    expect(spoken(d)).toEqual(['Mr. Becker (interviewer): Please state your name for the record.', 'Maria Lopez (guest): Maria Lopez.', 'Mr. Becker (interviewer): What is your occupation?', 'Maria Lopez (guest): I am a structural engineer.']);
    expect(d.transcript.sections.map((s) => s.heading)).toEqual(['EXAMINATION BY MR. BECKER']);
  });
});

describe('a hearing’s record: `Senator WHITFIELD.`, `The CHAIRMAN.`, `Dr. LINDQVIST.`', () => {
  const r = load('hearing-record.txt');
  it('reads each title and surname in capitals as a speaker: the members ask, the witness answers; `The CHAIRMAN.` is the one the header says presides ("Hon. Maria Delgado, chairman of the committee, presiding"), said in a warning', () => {
    expect(who(r)).toEqual([
      'Maria Delgado (interviewer)',
      'Senator Whitfield (interviewer)',
      'Maria Delgado (interviewer)',
      'Dr. Lindqvist (guest)',
      'Maria Delgado (interviewer)',
      'Dr. Lindqvist (guest)',
      'Senator Okafor (interviewer)',
      'Dr. Lindqvist (guest)',
      'Senator Okafor (interviewer)',
      'Maria Delgado (interviewer)',
    ]);
    expect(r.transcript.warnings.map((w) => w.message)).toEqual(["the label 'The Chairman' is shown as Maria Delgado, the name the conversation gives it"]);
    expect(turnsOf(r)[1]!.paragraphs[0]).toMatch(/^Thank you, Madam Chair\. I want to welcome Dr\. Lindqvist/);
  });
  it('makes the statements’ headings in capitals sections, and removes the note on proceedings, recorded', () => {
    expect(r.transcript.sections.map((s) => s.heading)).toEqual(['OPENING STATEMENT OF HON. MARIA DELGADO, U.S. SENATOR FROM NEW MEXICO', 'STATEMENT OF DR. ERIK LINDQVIST, PROFESSOR OF ECONOMICS, UNIVERSITY OF MINNESOTA']);
    expect(r.transcript.removed.map((x) => x.text)).toEqual(['[Whereupon, at 11:40 a.m., the hearing was adjourned.]']);
    expect(turnsOf(r).at(-1)!.paragraphs).toEqual(['Thank you, Dr. Lindqvist. The hearing is adjourned.']);
  });
  it('a witness’s prepared statement under its heading is the witness’s, even in a short record', () => {
    const h = ingest('The CHAIRMAN. Dr. Lindqvist, you may proceed.\n\nSTATEMENT OF DR. ERIK LINDQVIST, PROFESSOR OF ECONOMICS\n\nDr. LINDQVIST. Thank you. I will summarize my statement.\n\nThe CHAIRMAN. Thank you. Senator Okafor?\n\nSenator OKAFOR. Are rural workers affected differently?\n\nDr. LINDQVIST. Yes.\n', 'short-hearing.txt');
    expect(h.transcript.sections.map((s) => [s.heading, s.turns.map((t) => t.speaker)])).toEqual([
      [null, ['The Chairman']],
      ['STATEMENT OF DR. ERIK LINDQVIST, PROFESSOR OF ECONOMICS', ['Dr. Lindqvist', 'The Chairman', 'Senator Okafor', 'Dr. Lindqvist']],
    ]);
  });
  it('the chair alone labelled by title (`Chairman BECKER.`) beside members and a witness by courtesy titles: the chair and whoever asks the witness ask; the witness the chair introduces answers, by her full name', () => {
    const h = ingest('Chairman BECKER. The committee will come to order. Our witness today is Dr. Maria Lopez.\n\nDr. LOPEZ. Thank you, Mr. Chairman. Bridges fail quietly.\n\nChairman BECKER. Thank you. Ms. Silva.\n\nMs. SILVA. Dr. Lopez, who should pay?\n\nDr. LOPEZ. The federal government, mostly.\n\nMs. SILVA. I yield back.\n\nChairman BECKER. The hearing is adjourned.\n', 'gpo.txt');
    expect(who(h)).toEqual(['Chairman Becker (interviewer)', 'Maria Lopez (guest)', 'Chairman Becker (interviewer)', 'Ms. Silva (interviewer)', 'Maria Lopez (guest)', 'Ms. Silva (interviewer)', 'Chairman Becker (interviewer)']);
  });
  it('a House record: the chair named in the notice on proceedings, members by courtesy titles who only ask, the witness the chair says "we hear from"', () => {
    const h = ingest(
      'BRIDGE SAFETY\n\n    The committee met at 10:00 a.m., Hon. Tom Becker (chairman of the committee) presiding.\n    Chairman BECKER. The committee will come to order. Today we hear from Dr. Maria Lopez, a structural engineer.\n    Dr. LOPEZ. Thank you, Mr. Chairman. Bridges are promises.\n    Chairman BECKER. Thank you. Mr. Okafor.\n    Mr. OKAFOR. Dr. Lopez, what would you change first?\n    Dr. LOPEZ. Inspection intervals.\n    Mr. OKAFOR. Backwards how?\n    Dr. LOPEZ. The worst bridges need looking at every six months.\n    Chairman BECKER. Ms. Chen.\n    Ms. CHEN. How much would that cost?\n    Dr. LOPEZ. Less than one collapse.\n',
      'house.txt',
    );
    expect(who(h)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Mr. Okafor (interviewer)', 'Maria Lopez (guest)', 'Mr. Okafor (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Ms. Chen (interviewer)', 'Maria Lopez (guest)']);
  });
  it('a House record without its notice on proceedings, the chair titled as anyone else (`Mr. BECKER.`): known by what only a chair says (the committee comes to order, a member is recognized, the hearing adjourned), he asks; the witness answers', () => {
    const h = ingest(
      'BRIDGE SAFETY\n\n    Mr. BECKER. The subcommittee will come to order. Today we hear from Dr. Maria Lopez, who has inspected bridges for thirty years.\n    Dr. Lopez, you are recognized for five minutes.\n\n    Dr. LOPEZ. Thank you, Mr. Chairman. Water is the main enemy of a bridge.\n\n    Mr. BECKER. How long does that take?\n\n    Dr. LOPEZ. Decades, usually.\n\n    Ms. TRAN. Dr. Lopez, what would you fix first?\n\n    Dr. LOPEZ. Drainage. Always drainage.\n\n    Mr. BECKER. Thank you. The hearing is adjourned.\n',
      'house-no-notice.txt',
    );
    expect(who(h)).toEqual(['Mr. Becker (interviewer)', 'Maria Lopez (guest)', 'Mr. Becker (interviewer)', 'Maria Lopez (guest)', 'Ms. Tran (interviewer)', 'Maria Lopez (guest)', 'Mr. Becker (interviewer)']);
  });
  it('an estimates hearing in colon labels: beside senators who ask, a witness who never asks answers, however briefly (`Dr Lopez:` was on the bench)', () => {
    const h = ingest(
      'Senate Committee\n\nCHAIR (Senator Grant): I declare open this hearing. I welcome Mr Becker and Dr Lopez.\n\nMr Becker: Thank you, Chair. Our inspections are up thirty per cent.\n\nCHAIR: Thank you. Senator Okafor.\n\nSenator OKAFOR: Dr Lopez, how many bridges failed inspection?\n\nDr Lopez: Twelve, Senator.\n\nSenator OKAFOR: When will they reopen?\n\nDr Lopez: Within the year.\n\nCHAIR: Thank you. We will suspend there.\n',
      'estimates.txt',
    );
    expect(who(h)).toEqual(['Senator Grant (interviewer)', 'Mr Becker (guest)', 'Senator Grant (interviewer)', 'Senator Okafor (interviewer)', 'Dr Lopez (guest)', 'Senator Okafor (interviewer)', 'Dr Lopez (guest)', 'Senator Grant (interviewer)']);
  });
  it('keeps `McCONNELL` and `O’BRIEN` as written names, and a lone `Mr. SMITH.` in prose as text', () => {
    const m = ingest('Mr. McCONNELL. Will the witness yield?\n\nMs. O’BRIEN. I will.\n\nMr. McCONNELL. Thank you.\n\nMs. O’BRIEN. You are welcome.\n', 'floor.txt');
    expect(turnsOf(m).map((t) => t.speaker)).toEqual(['Mr. McConnell', 'Ms. O’Brien', 'Mr. McConnell', 'Ms. O’Brien']);
    const prose = ingest('Q: Who spoke first?\n\nA: It was said that Mr. SMITH. He spoke first, as always.\n\nQ: And then?\n\nA: Nobody.\n', 'prose.md');
    expect(turnsOf(prose)[1]!.paragraphs).toEqual(['It was said that Mr. SMITH. He spoke first, as always.']);
  });
});

describe('question and answer words in other languages, the sides named by the byline and the title', () => {
  it('German bold questions under a dek whose nouns are capitalised and whose byline closes it without a stop ("Die Ingenieurin Maria Lopez über Holz und Stahl. Von Tom Becker"): the dek names the guest (she was “Guest”)', () => {
    const r = ingest('# Brückenbau: „Eine Brücke lügt nicht“\n\nDie Ingenieurin Maria Lopez über Holz, Stahl und Geduld. Von Tom Becker\n\n**Frau Lopez, wie sind Sie zur Technik gekommen?**\n\nMein Vater war Zimmermann.\n\n**Und Ihre erste Brücke?**\n\nEine Fußgängerbrücke in Oaxaca.\n', 'de.md');
    expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
  });
  it('German `Frage:`/`Antwort:` under "Mit ihr sprach ...": the byline asks, the guest the dek names answers', () => {
    const r = ingest('# Interview mit Petra Lang\n\nPetra Lang leitet das Stadtmuseum. Mit ihr sprach Tobias Frank.\n\nFrage: Wie hat sich das Publikum verändert?\n\nAntwort: Es ist jünger geworden.\n\nFrage: Und die Finanzierung?\n\nAntwort: Die ist schwierig.\n', 'de.md');
    expect(who(r)).toEqual(['Tobias Frank (interviewer)', 'Petra Lang (guest)', 'Tobias Frank (interviewer)', 'Petra Lang (guest)']);
  });
  it('Italian `D:`/`R:` (domanda, risposta) under `di Giulia Rossi`', () => {
    const r = ingest('# Marco Bellini: «Il calcio deve ripartire dai giovani»\n\ndi Giulia Rossi\n\nD: Cosa manca al calcio italiano?\n\nR: Il coraggio di far giocare i giovani.\n\nD: Colpa dei club?\n\nR: Anche di noi allenatori.\n', 'it.md');
    expect(who(r)).toEqual(['Giulia Rossi (interviewer)', 'Marco Bellini (guest)', 'Giulia Rossi (interviewer)', 'Marco Bellini (guest)']);
  });
  it('Spanish `**Pregunta.**`/`**Respuesta.**` on the first pair, `**P.**`/`**R.**` after: the first pair is a turn too', () => {
    const r = ingest('# Lucía Ferrer: “La ciencia necesita tiempo”\n\nPor Andrés Molina\n\n**Pregunta.** ¿Cómo está el océano hoy?\n\n**Respuesta.** Más caliente de lo que esperábamos.\n\n**P.** ¿Hay financiación suficiente?\n\n**R.** No. Los proyectos duran tres años.\n', 'es.md');
    expect(turnsOf(r).map((t) => [t.speaker, t.paragraphs[0]])).toEqual([
      ['Andrés Molina', '¿Cómo está el océano hoy?'],
      ['Lucía Ferrer', 'Más caliente de lo que esperábamos.'],
      ['Andrés Molina', '¿Hay financiación suficiente?'],
      ['Lucía Ferrer', 'No. Los proyectos duran tres años.'],
    ]);
    expect(r.transcript.intro.map((p) => p.text)).toEqual(['Por Andrés Molina']);
  });
  it('a Spanish paper’s byline in capitals alone right above the first `**Pregunta.**`, no dateline under it: the one who asks, not a section', () => {
    const r = ingest('# Lucía Ferrer: “La ciencia necesita tiempo”\n\nLa oceanógrafa ha pasado treinta años en el mar.\n\nANDRÉS MOLINA\n\n**Pregunta.** ¿Cómo está el océano hoy?\n\n**Respuesta.** Más caliente de lo que esperábamos.\n\n**P.** ¿Hay financiación suficiente?\n\n**R.** No. Los proyectos duran tres años.\n', 'es.md');
    expect(r.transcript.sections.map((s) => s.heading)).toEqual([null]);
    expect(r.transcript.intro.map((p) => p.text)).toEqual(['La oceanógrafa ha pasado treinta años en el mar.', 'ANDRÉS MOLINA']);
    expect(who(r)).toEqual(['Andrés Molina (interviewer)', 'Lucía Ferrer (guest)', 'Andrés Molina (interviewer)', 'Lucía Ferrer (guest)']);
    // (A name the file gives elsewhere, the guest's in capitals above her first answer's question, is no byline.)
    const guest = ingest('# Lucía Ferrer: “La ciencia necesita tiempo”\n\nLa oceanógrafa ha pasado treinta años en el mar.\n\nLUCÍA FERRER\n\n**Pregunta.** ¿Cómo está el océano hoy?\n\n**Respuesta.** Más caliente de lo que esperábamos.\n\n**P.** ¿Hay financiación suficiente?\n\n**R.** No.\n', 'es2.md');
    expect(who(guest)).not.toContain('Lucía Ferrer (interviewer)');
  });
  it('`Question:`/`Answer:` are the byline’s interviewer and the title’s guest, not people called Question and Answer', () => {
    const r = ingest('# Maria Lopez on bridges\n\nBy Tom Becker\n\nQuestion: What was the hardest bridge?\n\nAnswer: The one over the Rhine.\n\nQuestion: And the steel?\n\nAnswer: It came late.\n', 'en.md');
    expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
  });
  it('a byline line (`Ein Interview von Jonas Weber`) stays in the intro, not a section heading', () => {
    const r = ingest('# »Wir haben die Netze unterschätzt«\n\nDie Ökonomin Claudia Berger über Strompreise.\n\nEin Interview von Jonas Weber\n\n**SPIEGEL:** Hat die Politik versagt?\n\n**Berger:** Versagt ist ein großes Wort.\n\n**SPIEGEL:** Was müsste sich ändern?\n\n**Berger:** Die Genehmigungen dauern zu lange.\n', 'spiegel.md');
    expect(r.transcript.sections.map((s) => s.heading)).toEqual([null]);
    expect(r.transcript.intro.map((p) => p.text)).toEqual(['Die Ökonomin Claudia Berger über Strompreise.', 'Ein Interview von Jonas Weber']);
    expect(who(r)).toEqual(['Spiegel (interviewer)', 'Claudia Berger (guest)', 'Spiegel (interviewer)', 'Claudia Berger (guest)']);
  });
});

describe('a page’s furniture in capitals between the paragraphs of a Q&A article', () => {
  const page = [
    '# The Engineer Who Has Built Bridges for 40 Years',
    '',
    'By Maria Lopez',
    '',
    'SKIP ADVERTISEMENT',
    '',
    '**What was the hardest bridge you ever built?**',
    '',
    'The one over the Rhine. The river floods every spring.',
    '',
    'SKIP ADVERTISEMENT',
    '',
    '**Did the steel arrive on time?**',
    '',
    'Never. It came from a mill that was closing.',
    '',
    'SKIP ADVERTISEMENT',
    '',
    'RELATED COVERAGE',
    '',
  ].join('\n');
  const r = ingest(page, 'qa-page.md');
  it('is nobody’s label: `SKIP ADVERTISEMENT` repeated is removed, not a guest answering the questions', () => {
    expect(turnsOf(r).map((t) => [t.role, t.paragraphs])).toEqual([
      ['interviewer', ['What was the hardest bridge you ever built?']],
      ['guest', ['The one over the Rhine. The river floods every spring.']],
      ['interviewer', ['Did the steel arrive on time?']],
      ['guest', ['Never. It came from a mill that was closing.']],
    ]);
    expect(r.transcript.removed.map((x) => x.text)).toEqual(['SKIP ADVERTISEMENT', 'SKIP ADVERTISEMENT', 'SKIP ADVERTISEMENT', 'RELATED COVERAGE']);
  });
  it('a kicker in capitals repeated above the questions (`BRIDGE WEEK`) heads sections; nobody is called Bridge Week', () => {
    const k = ingest('# The Engineer Who Built Bridges\n\nBy Maria Lopez\n\nBRIDGE WEEK\n\n**What was the hardest bridge?**\n\nThe one over the Rhine.\n\nBRIDGE WEEK\n\n**Did the steel arrive on time?**\n\nNever.\n', 'kicker.md');
    expect(who(k)).toEqual(['Maria Lopez (interviewer)', 'Guest (guest)', 'Maria Lopez (interviewer)', 'Guest (guest)']);
    expect(turnsOf(k).map((t) => t.paragraphs[0])).toEqual(['What was the hardest bridge?', 'The one over the Rhine.', 'Did the steel arrive on time?', 'Never.']);
  });
  it('still reads two names in capitals alone above their words as labels', () => {
    const script = ingest('MARIA LOPEZ\nWhat did you grow?\n\nTOM BECKER\nBarley.\n\nMARIA LOPEZ\nWhy?\n\nTOM BECKER\nThe brewery bought it.\n', 'script.txt');
    expect(who(script)).toEqual(['Maria Lopez (interviewer)', 'Tom Becker (guest)', 'Maria Lopez (interviewer)', 'Tom Becker (guest)']);
  });
});

describe('more transcription tools’ and languages’ labels', () => {
  it('a name and the time it was said before the words are a timed label: `Name, 00:00:07: words` (a comma, the time, the colon; minutes and seconds too) and `Name [00:00:07] words` (Trint, no colon)', () => {
    const turns = [['Maria Lopez', 0, 'Welcome. Today I am talking with Tom Becker.'], ['Tom Becker', 7, 'Thanks for having me, Maria.'], ['Maria Lopez', 10, 'What was the hardest bridge?'], ['Tom Becker', 62, 'The one over the Rhine.']] as const;
    const clock = (s: number) => `00:${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
    const shapes = [
      ['comma-time.md', (n: string, s: number, w: string) => `${n}, ${s === 62 ? '01:02' : clock(s)}: ${w}`],
      ['trint.txt', (n: string, s: number, w: string) => `${n} [${clock(s)}] ${w}`],
    ] as const;
    for (const [file, line] of shapes) {
      const r = ingest(`${file.endsWith('.md') ? '# Bridges\n\n' : ''}${turns.map(([n, s, w]) => line(n, s, w)).join('\n\n')}\n`, file);
      expect(turnsOf(r).map((t) => [t.speaker, t.time, t.paragraphs[0]]), file).toEqual(turns.map((t) => [...t]));
    }
  });
  it('Portuguese `Pergunta:`/`Resposta:` and French `Question :`/`Réponse :` are the two sides, named by byline and title', () => {
    const pt = ingest('# Ana Souza: "O Brasil precisa de pontes"\n\nEntrevista por Carlos Lima\n\n**Pergunta:** Qual foi a ponte mais difícil?\n\n**Resposta:** A do rio Negro.\n\n**Pergunta:** E o aço?\n\n**Resposta:** Chegou atrasado.\n', 'pt.md');
    expect(who(pt)).toEqual(['Carlos Lima (interviewer)', 'Ana Souza (guest)', 'Carlos Lima (interviewer)', 'Ana Souza (guest)']);
    const fr = ingest('# Claire Martin : « Les ponts demandent de la patience »\n\nPropos recueillis par Julien Petit\n\nQuestion : Quel a été le pont le plus difficile ?\n\nRéponse : Celui sur le Rhin.\n\nQuestion : Et l’acier ?\n\nRéponse : Il est arrivé en retard.\n', 'fr.md');
    expect(who(fr)).toEqual(['Julien Petit (interviewer)', 'Claire Martin (guest)', 'Julien Petit (interviewer)', 'Claire Martin (guest)']);
  });
});

describe('a panel whose moderator is labelled by the role word (`MODERATOR:`), its panelists by surname (`LOPEZ:`, `BERG:`)', () => {
  const panel = (dek: string) => `Bridges after the flood.\n\n${dek}\n\nMODERATOR: Welcome. Maria, why do bridges fail?\n\nLOPEZ: Water, mostly. Jonas, wouldn’t you say salt matters more?\n\nBERG: Salt is water with a passport. Why would I disagree?\n\nLOPEZ: Because you always do.\n\nMODERATOR: Jonas, what should cities do?\n\nBERG: Inspect. Do you agree, Maria?\n\nLOPEZ: Yes.\n\nMODERATOR: Let’s take questions. Yes, in the front.\n\nAUDIENCE MEMBER: What about timber?\n\nBERG: Timber lasts if it stays dry.\n\nMODERATOR: Thank you both.\n`;
  it('names the moderator as the dek does (“moderated by Ana Silva”, “Moderator Ana Silva”, “Moderator: Ana Silva”); she was “Moderator”', () => {
    for (const dek of ['A panel with engineers Maria Lopez and Jonas Berg, moderated by Ana Silva.', 'Moderator Ana Silva talks with engineers Maria Lopez and Jonas Berg.', 'A panel with engineers Maria Lopez and Jonas Berg. Moderator: Ana Silva.', 'Engineers Maria Lopez and Jonas Berg discussed bridges; Ana Silva moderated.', 'A panel with engineers Maria Lopez and Jonas Berg. Ana Silva hosted.']) {
      const r = ingest(panel(dek), 'panel.txt');
      expect(r.transcript.interviewer, dek).toBe('Ana Silva');
      expect(turnsOf(r)[0]!.speaker, dek).toBe('Ana Silva');
    }
  });
  it('so in other languages, the header naming host and guest in one line (`Moderation: Ana Silva. Zu Gast: Maria Lopez.`, `Presenta: ...`, `Conduce ...`, `Apresentação: ...`, `Animation : ...`): the role word’s label is the host, the surname’s the guest (the header was a turn of “Moderation”, the host “Moderatorin”)', () => {
    for (const [dek, role] of [['Moderation: Ana Silva. Zu Gast: Maria Lopez.', 'MODERATORIN'], ['Presenta: Ana Silva. Invitada: Maria Lopez.', 'PRESENTADORA'], ['Conduce Ana Silva. Ospite: Maria Lopez.', 'CONDUTTRICE'], ['Apresentação: Ana Silva. Convidada: Maria Lopez.', 'APRESENTADORA'], ['Animation : Ana Silva. Invitée : Maria Lopez.', 'ANIMATRICE']] as const) {
      const r = ingest(`# Brücken\n\n${dek}\n\n${role}: Maria, wie alt sind unsere Brücken?\n\nLOPEZ: Im Schnitt über vierzig Jahre.\n\n${role}: Und der größte Feind?\n\nLOPEZ: Das Wasser.\n`, 'header.md');
      expect([dek, who(r), r.transcript.intro.map((p) => p.text)]).toEqual([dek, ['Ana Silva (interviewer)', 'Maria Lopez (guest)', 'Ana Silva (interviewer)', 'Maria Lopez (guest)'], [dek]]);
    }
  });
  it('keeps a panelist who asks the other panelist a guest, the moderator having turned to him by name (he was an interviewer)', () => {
    const r = ingest(panel('A panel with engineers Maria Lopez and Jonas Berg, moderated by Ana Silva.'), 'panel.txt');
    expect(new Set(who(r))).toEqual(new Set(['Ana Silva (interviewer)', 'Maria Lopez (guest)', 'Jonas Berg (guest)', 'Audience member (other)']));
  });
  it('so where the moderator turns to no one by name: the dek names both on the panel (“A panel with engineers Maria Lopez and Jonas Berg”)', () => {
    const r = ingest(panel('A panel with engineers Maria Lopez and Jonas Berg, moderated by Ana Silva.').replace('MODERATOR: Jonas, what', 'MODERATOR: What'), 'panel.txt');
    expect(new Set(who(r))).toEqual(new Set(['Ana Silva (interviewer)', 'Maria Lopez (guest)', 'Jonas Berg (guest)', 'Audience member (other)']));
  });
  it('names no moderator where the dek names two hosts (guard)', () => {
    const two = ingest(panel('A panel with engineers Maria Lopez and Jonas Berg, moderated by Ana Silva and Paul Kim.'), 'panel.txt');
    expect(turnsOf(two)[0]!.speaker).toBe('Moderator');
  });
});

describe('first names as labels on a panel, and hyphens for dialogue dashes', () => {
  it('`Li:` is Li Wei whom the intro lists, as `Ana:` is Ana Silva; the moderator asks', () => {
    const r = ingest('# Panel: The Future of Bridges\n\nPanelists: Ana Silva (Acme Steel) and Li Wei (Delta Design). Moderated by Jane Kim.\n\nJane: Welcome everyone. Ana?\n\nAna: Thanks, Jane. I run the steel side.\n\nLi: And I design the bridges.\n\nJane: What is the biggest risk?\n\nAna: Steel prices.\n\nLi: The lack of young engineers.\n', 'panel.md');
    expect(who(r)).toEqual(['Jane Kim (interviewer)', 'Ana Silva (guest)', 'Li Wei (guest)', 'Jane Kim (interviewer)', 'Ana Silva (guest)', 'Li Wei (guest)']);
  });
  it('`Ana:` is the Ana Silva of a dek that opens with a side or a job in the plural (“Hosts Ana Silva and Tom Becker talk with...”, “Panelists...”); she was “Ana”', () => {
    for (const side of ['Hosts', 'Co-hosts', 'Panelists', 'Engineers']) {
      const r = ingest(`Rivers and Roads, episode 12. ${side} Ana Silva and Tom Becker talk with bridge engineer Maria Lopez.\n\nAna: Welcome to Rivers and Roads. I’m Ana.\n\nTom: And I’m Tom. Today we have Maria Lopez with us.\n\nMaria: Thanks for having me.\n\nAna: Maria, why do bridges fail?\n\nMaria: Water, mostly.\n\nTom: And what can cities do?\n\nMaria: Inspect more often.\n`, 'hosts.txt');
      expect(who(r)[0], side).toBe('Ana Silva (interviewer)');
      expect(new Set(who(r)), side).toEqual(new Set(['Ana Silva (interviewer)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']));
    }
  });
  it('so in other languages, the guests’ plural before their names (“Gäste Maria Lopez und Jonas Berg sprechen mit Ana Silva”, “Intervenants ...”, “Invitados ...”): `Maria:` is Maria Lopez, and `Jonas:` a guest (he was an interviewer, “Gäste Maria Lopez” one name)', () => {
    for (const dek of ['Gäste Maria Lopez und Jonas Berg sprechen mit Ana Silva über Brücken.', 'Intervenants Maria Lopez et Jonas Berg, animé par Ana Silva.', 'Invitados Maria Lopez y Jonas Berg hablan con Ana Silva.']) {
      const r = ingest(`# Brücken\n\n${dek}\n\nAna: Maria, womit fangen Sie an?\n\nMaria: Mit dem Wasser, immer mit dem Wasser.\n\nAna: Jonas?\n\nJonas: Mit der Farbe, sage ich.\n\nAna: Danke.\n`, 'gaeste.md');
      expect([dek, who(r)]).toEqual([dek, ['Ana Silva (interviewer)', 'Maria Lopez (guest)', 'Ana Silva (interviewer)', 'Jonas Berg (guest)', 'Ana Silva (interviewer)']]);
    }
  });
  it('`Ana:` is the Ana Silva of a dek that opens with a word before the names ("With Ana Silva (moderator), ..."); `Tom B.:` and `Tom K.:` are the two Toms', () => {
    const r = ingest('# Bridges roundtable\n\nWith Ana Silva (moderator), Tom Becker (Rhine Works) and Tom Kim (Bonn University).\n\nAna: Welcome both. Tom B., why bridges?\n\nTom B.: My father built them.\n\nAna: And you, Tom K.?\n\nTom K.: I liked the maths.\n\nAna: What worries you?\n\nTom B.: Water.\n\nTom K.: Money.\n', 'roundtable.md');
    expect(who(r)).toEqual(['Ana Silva (interviewer)', 'Tom Becker (guest)', 'Ana Silva (interviewer)', 'Tom Kim (guest)', 'Ana Silva (interviewer)', 'Tom Becker (guest)', 'Tom Kim (guest)']);
    // (Each once too, turned to by that name right before: "Tom B., why bridges?" then `Tom B.:`; their words were a "Guest"'s, the label in them.)
    const once = ingest('# Bridges roundtable\n\nWith Ana Silva (moderator), Tom Becker (Rhine Works) and Tom Kim (Bonn University).\n\nAna: Welcome both. Tom B., why bridges?\n\nTom B.: My father built them.\n\nAna: And you, Tom K.?\n\nTom K.: I liked the maths.\n', 'once.md');
    expect(spoken(once)).toEqual(['Ana Silva (interviewer): Welcome both. Tom B., why bridges?', 'Tom Becker (guest): My father built them.', 'Ana Silva (interviewer): And you, Tom K.?', 'Tom Kim (guest): I liked the maths.']);
  });
  it('so in capitals, `TOM B.:` and `TOM L.:`, the host and the guest who share a first name (they were “TOM B” and “TOM L”)', () => {
    const r = ingest('Tom Becker talks with bridge engineer Tom Lopez.\n\nTOM B.: Why do bridges fail?\n\nTOM L.: Water, mostly.\n\nTOM B.: And what can be done?\n\nTOM L.: Inspect more often.\n', 'toms.txt');
    expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Tom Lopez (guest)', 'Tom Becker (interviewer)', 'Tom Lopez (guest)']);
  });
  it('`-¿Cómo...?` typed with a hyphen opens turns as the dialogue dash does, and the hyphen is not shown', () => {
    const r = ingest('# Lucía Ferrer: "La ciencia necesita tiempo"\n\nPor Andrés Molina\n\n-¿Cómo está el océano hoy?\n\n-Más caliente de lo que esperábamos.\n\n-¿Hay financiación suficiente?\n\n-No. Los proyectos duran tres años.\n', 'es-dash.md');
    expect(turnsOf(r).map((t) => [t.speaker, t.paragraphs[0]])).toEqual([
      ['Andrés Molina', '¿Cómo está el océano hoy?'],
      ['Lucía Ferrer', 'Más caliente de lo que esperábamos.'],
      ['Andrés Molina', '¿Hay financiación suficiente?'],
      ['Lucía Ferrer', 'No. Los proyectos duran tres años.'],
    ]);
  });
});

describe('a blog post copied line by line, its share bar, sign-up box, pager and footer after the last answer', () => {
  it('none of it is the guest’s words (it was her last answer’s end), and the headline is the title', () => {
    const page = ['Rhine Notes', 'Home', 'Sign in', 'Subscribe', "Bridges That Don't Lie: A Conversation with Maria Lopez", 'Tom Becker', 'Nov 3, 2026 — 6 min read', 'Maria Lopez has built bridges on four continents. We talked about timber and steel.', 'Tom Becker: How did you get into engineering?', 'Maria Lopez: My father was a carpenter.', 'Tom Becker: And the first bridge?', 'Maria Lopez: A footbridge in Oaxaca. It is still standing.', 'Share this post', 'Twitter', 'Facebook', 'LinkedIn', 'Email', 'Sign up for more like this.', 'Enter your email', 'Subscribe', 'Previous issue', 'Steel That Heals', 'Next issue', 'The Rhine Crossing', 'Rhine Notes © 2026', 'Powered by Ghost', ''].join('\n');
    const r = ingest(page, 'ghost.txt');
    expect(turnsOf(r).at(-1)!.paragraphs).toEqual(['A footbridge in Oaxaca. It is still standing.']);
    expect(r.transcript.outro).toEqual([]);
    expect(r.transcript.title).toBe("Bridges That Don't Lie: A Conversation with Maria Lopez");
  });
  it('nor a post’s claps and tags above its footer (`--` over `3`, `[Bridges](https://.../tag/bridges)`, then `Follow`, as Medium sets them; they were her last words)', () => {
    const page = ['[Open in app](https://rsci.app.link/x)', '', 'Sign up', '', '# An Interview with Maria Lopez: Why Bridges Fail', '', '[Tom Becker](https://medium.com/@tombecker)', '', 'Follow', '', '5 min read', '', '--', '', '3', '', 'Listen', '', 'Share', '', 'I sat down with bridge engineer Maria Lopez to talk about water and steel.', '', '**Tom Becker:** How did you start?', '', '**Maria Lopez:** As a welder in Bonn.', '', '**Tom Becker:** What is the worst enemy of a bridge?', '', '**Maria Lopez:** Water. Always water.', '', '--', '', '3', '', '[Engineering](https://medium.com/tag/engineering)', '', '[Bridges](https://medium.com/tag/bridges)', '', 'Follow', '', '## Written by Tom Becker', '', '120 Followers', '', 'Writer on infrastructure.', '', '## Responses (3)', '', 'Jane Doe', '', 'Great interview!', ''].join('\n');
    const r = ingest(page, 'medium.md');
    expect(turnsOf(r).at(-1)!.paragraphs).toEqual(['Water. Always water.']);
    expect(r.transcript.removed.map((x) => x.line)).toEqual(expect.arrayContaining([31, 33, 35, 37, 39]));
    // (A count or a link alone where no share bar stands is left to the other rules: a one-word answer stays.)
    const plain = ingest('Tom Becker: How many bridges?\n\nMaria Lopez: Three.\n\n3\n\nTom Becker: Thanks.\n\nMaria Lopez: Thank you.\n', 'count.md');
    expect(turnsOf(plain)[1]!.paragraphs).toEqual(['Three.', '3']);
  });
});

describe('a newsletter post saved with its page: logo, banner, subtitle, counters, a subscribe box and comments', () => {
  const r = load('newsletter-page.md');
  it('takes the post’s headline as the title and its subtitle as the intro, not the newsletter’s name', () => {
    expect(r.transcript.title).toBe('A conversation with Maria Lopez');
    // (And the author's byline, a full name linked to the author's page.)
    expect(r.transcript.intro.map((p) => p.text)).toEqual(['The engineer on rivers, steel and patience', 'Tom Becker']);
    expect(r.transcript.sections.map((s) => s.heading)).toEqual([null]);
    // A heading kept as a paragraph is a paragraph on the page, not bare text.
    expect(r.transcript.intro[0]!.html).toBe('<p>The engineer on rivers, steel and patience</p>');
  });
  it('keeps the interview whole, the subscribe line and the discussion under the post as the page’s', () => {
    expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
    expect(turnsOf(r).at(-1)!.paragraphs).toEqual(['It came late, always.']);
    expect(r.transcript.outro).toEqual([]);
    const removed = r.transcript.removed.map((x) => x.text);
    expect(removed).toContain('Thanks for reading Bridge Notes! Subscribe for free to receive new posts and support my work.');
    expect(removed).toContain('Tom Becker: great questions!');
    expect(removed).toContain('#### Discussion about this post');
    expect(removed[0]).toMatch(/^\[!\[Bridge Notes\]/);
  });
  it('reads the date the page states beside its share buttons', () => {
    expect(r.transcript.date).toBe('2024-03-03');
  });
  it('copied line by line from the page’s top, its headline naming the guest and its author’s name among the page’s short lines stay, the page’s buttons go', () => {
    const page = ['Bridge Talk', 'Subscribe', 'Sign in', 'Share this post', 'Bridge Talk', 'Maria Lopez on bridges that don\'t lie', 'Copy link', 'Facebook', 'Email', 'Notes', 'More', 'Maria Lopez on bridges that don\'t lie', 'Timber, steel and inspections', 'Tom Becker', 'Nov 03, 2026', '12', '3', 'Share', 'Transcript', 'Tom Becker: How did you get into engineering?', 'Maria Lopez: My father was a carpenter. I grew up around timber and joints.', 'Tom Becker: And the first bridge?', 'Maria Lopez: A footbridge in Oaxaca. It is still standing.', ''].join('\n');
    const p = ingest(page, 'substack.txt');
    const removed = p.transcript.removed.map((x) => x.text);
    expect(removed.filter((t) => t === 'Maria Lopez on bridges that don\'t lie')).toHaveLength(1);
    expect(p.transcript.title).toBe('Maria Lopez on bridges that don\'t lie');
    expect(removed).toEqual(expect.arrayContaining(['Subscribe', 'Sign in', 'Copy link', 'Facebook']));
    expect(p.transcript.intro.map((x) => x.text)).toEqual(['Timber, steel and inspections', 'Tom Becker']);
    expect(p.transcript.sections.map((s) => s.heading)).toEqual([null]);
    expect(who(p)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
  });
});

describe('a meeting tool’s transcript: a title line, times alone between the turns, a closing line', () => {
  const r = ingest('Bridge inspection sync - Transcript\n00:00:00\n\nMaria Lopez: Welcome, Tom. Thanks for joining today.\nTom Becker: Thanks for having me, Maria.\nMaria Lopez: What was the hardest bridge you built?\nTom Becker: The Rhine bridge.\n\n00:05:00\n\nMaria Lopez: And the steel?\nTom Becker: It came late, always.\n\nMeeting ended after 00:06:12 👋\n', 'meet.txt');
  it('takes the first line for the title (the meeting’s name, without `- Transcript`), and the times for the turns after them', () => {
    expect(r.transcript.title).toBe('Bridge inspection sync');
    expect(turnsOf(r).map((t) => [t.speaker, t.time])).toEqual([
      ['Maria Lopez', 0], ['Tom Becker', null], ['Maria Lopez', null], ['Tom Becker', null], ['Maria Lopez', 300], ['Tom Becker', null],
    ]);
  });
  it('reads a tool’s credit set as a heading under the title (`## Created by Tactiq.io`) as the intro, not a part’s heading', () => {
    const t = ingest('# Transcript for Google Meet call\n## Created by Tactiq.io\n\n00:00:01.234 Tom Becker: Welcome. Why the hammer?\n00:00:08.500 Maria Lopez: You tap the concrete.\n00:00:11.020 Tom Becker: Wrong ever?\n00:00:14.700 Maria Lopez: Once.\n', 'tactiq.txt');
    expect(t.transcript.sections.map((s) => s.heading)).toEqual([null]);
    expect(t.transcript.intro.map((p) => p.text)).toEqual(['Created by Tactiq.io']);
  });
  it('removes the tool’s closing line instead of giving it to the last speaker', () => {
    expect(turnsOf(r).at(-1)!.paragraphs).toEqual(['It came late, always.']);
    expect(r.transcript.removed.map((x) => x.text)).toEqual(['Meeting ended after 00:06:12 👋']);
  });
  it('removes the closing line right under the last turn too, and Teams’ `Tom Becker started transcription` (no section’s heading) and `... stopped transcription`; a Teams recording’s name is the meeting’s', () => {
    const meet = ingest('Bridge inspection sync - Transcript\n00:00:00\n\nMaria Lopez: Welcome, Tom.\nTom Becker: Thanks, Maria.\nMaria Lopez: And the steel?\nTom Becker: It came late, always.\nMeeting ended after 00:06:12 👋\n', 'meet.txt');
    expect(spoken(meet).at(-1)).toBe('Tom Becker (guest): It came late, always.');
    const teams = ingest('Bridge interview-20261103_100312-Meeting Recording\nNovember 3, 2026, 9:03AM\n\nTom Becker started transcription\n\nTom Becker   0:03\nWelcome. Today I am talking with Maria Lopez.\n\nMaria Lopez   0:09\nThanks, Tom.\n\nTom Becker   0:12\nWhy bridges?\n\nMaria Lopez   0:14\nMy father built them.\n\nTom Becker stopped transcription\n', 'teams.txt');
    expect(teams.transcript.title).toBe('Bridge interview');
    expect(teams.transcript.sections.map((s) => s.heading)).toEqual([null]);
    expect(spoken(teams)).toEqual(['Tom Becker (interviewer): Welcome. Today I am talking with Maria Lopez.', 'Maria Lopez (guest): Thanks, Tom.', 'Tom Becker (interviewer): Why bridges?', 'Maria Lopez (guest): My father built them.']);
    expect([teams.transcript.outro, teams.transcript.removed.map((x) => x.text)]).toEqual([[], ['Tom Becker started transcription', 'Tom Becker stopped transcription']]);
  });
});

describe('names written surname first, as Teams labels turns with display names (`Becker, Tom   0:05`)', () => {
  const turns = (label: (surname: string, given: string) => string, file: string) =>
    ingest(`${label('Becker', 'Tom')}\nWelcome, Maria. Thanks for joining.\n\n${label('Lopez', 'Maria')}\nThanks for having me, Tom.\n\n${label('Becker', 'Tom')}\nHow did you get into engineering?\n\n${label('Lopez', 'Maria')}\nMy father was a carpenter.\n`, file);
  it('the name above the words with its time, a company after it, or with a colon: the given name and the surname, never the surname alone', () => {
    const expected = ['Tom Becker (interviewer): Welcome, Maria. Thanks for joining.', 'Maria Lopez (guest): Thanks for having me, Tom.', 'Tom Becker (interviewer): How did you get into engineering?', 'Maria Lopez (guest): My father was a carpenter.'];
    expect(spoken(turns((s, g) => `${s}, ${g}   0:05`, 'teams.txt'))).toEqual(expected);
    expect(spoken(turns((s, g) => `${s}, ${g} (Rhine Works)   0:05`, 'teams.txt'))).toEqual(expected);
    expect(spoken(turns((s, g) => `${s}, ${g}:`, 'colon.md'))).toEqual(expected);
  });
  it('in a Teams caption file’s voice tags too, and its `Becker, Tom (Rhine Works) started transcription` removed', () => {
    const vtt = ingest('WEBVTT\n\n00:00:05.000 --> 00:00:08.000\n<v Becker, Tom>Welcome, Maria.</v>\n\n00:00:09.000 --> 00:00:12.000\n<v Lopez, Maria>Thanks, Tom.</v>\n\n00:00:14.000 --> 00:00:16.000\n<v Becker, Tom>Why bridges?</v>\n\n00:00:18.000 --> 00:00:22.000\n<v Lopez, Maria>My father built them.</v>\n', 'teams.vtt');
    expect(who(vtt)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
    const txt = ingest('Becker, Tom (Rhine Works) started transcription\n\nBecker, Tom (Rhine Works)   0:05\nWelcome, Maria.\n\nLopez, Maria   0:09\nThanks, Tom.\n\nBecker, Tom (Rhine Works)   0:14\nWhy bridges?\n\nLopez, Maria   0:18\nMy father built them.\n', 'teams.txt');
    expect(txt.transcript.removed.map((x) => x.text)).toEqual(['Becker, Tom (Rhine Works) started transcription']);
    expect(who(txt)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
  });
  it('a one-word name and a company with a colon before the words (`Shinobi, Rhine Works: ...`) stays a name and a company (guard: it read “Rhine Works Shinobi”)', () => {
    const r = ingest('Shinobi, Rhine Works: Hello everybody, welcome. Sedited, why the kernel?\n\nSedited, Delft: The old library was too small.\n\nShinobi, Rhine Works: And now?\n\nSedited, Delft: Now it validates blocks.\n', 'org.md');
    expect([...new Set(turnsOf(r).map((t) => t.speaker))]).toEqual(['Shinobi', 'Sedited']);
  });
  it('a side in another language after the comma (`Maria Lopez, invitée :`, `Tom Becker, Moderator:`, `Ana Silva, presentadora:`) is the speaker’s side, no words (the label was the guest’s words)', () => {
    for (const [host, guest] of [['animateur', 'invitée'], ['Moderator', 'Gast'], ['presentadora', 'invitada'], ['moderatore', 'ospite']]) {
      const r = ingest(`# Ponts\n\nTom Becker, ${host} : Pourquoi les ponts ?\n\nMaria Lopez, ${guest} : Mon père les construisait.\n\nTom Becker, ${host} : Et l’eau ?\n\nMaria Lopez, ${guest} : L’ennemie.\n`, 'sides.md');
      expect(spoken(r), guest).toEqual(['Tom Becker (interviewer): Pourquoi les ponts ?', 'Maria Lopez (guest): Mon père les construisait.', 'Tom Becker (interviewer): Et l’eau ?', 'Maria Lopez (guest): L’ennemie.']);
    }
  });
  it('a role’s word after the comma (`Becker, Host:`) or a company once beside full names stays as written', () => {
    const host = ingest('Becker, Host: Welcome, Maria.\n\nLopez, Guest: Thanks, Tom.\n\nBecker, Host: Why bridges?\n\nLopez, Guest: My father built them.\n', 'roles.md');
    expect(who(host)).toEqual(['Becker (interviewer)', 'Lopez (guest)', 'Becker (interviewer)', 'Lopez (guest)']);
    const prose = ingest('Tom Becker: Who came?\n\nMaria Lopez: Everyone.\n\nLopez, Maria and Kim, Paul were listed.\n\nTom Becker: And then?\n\nMaria Lopez: Nothing.\n', 'prose.md');
    expect(turnsOf(prose)[1]!.paragraphs).toEqual(['Everyone.', 'Lopez, Maria and Kim, Paul were listed.']);
  });
});

describe('one speaker’s label written several ways in one transcript', () => {
  it('`Maria Lopez:`, then `Maria:`, `María López:` and `MARIA LOPEZ:` once each are all Maria Lopez, never the guest’s words', () => {
    const r = ingest('# Bridges\n\nMaria Lopez: Welcome, Tom Becker. Great to have you.\n\nTom Becker: Thanks for having me.\n\nMaria: What was the hardest bridge?\n\nTom: The one over the Rhine.\n\nMaría López: And the steel?\n\nTom: It came late.\n\nMARIA LOPEZ: Thank you.\n', 'mixed.md');
    expect(turnsOf(r).map((t) => [t.speaker, t.paragraphs])).toEqual([
      ['Maria Lopez', ['Welcome, Tom Becker. Great to have you.']],
      ['Tom Becker', ['Thanks for having me.']],
      ['Maria Lopez', ['What was the hardest bridge?']],
      ['Tom Becker', ['The one over the Rhine.']],
      ['Maria Lopez', ['And the steel?']],
      ['Tom Becker', ['It came late.']],
      ['Maria Lopez', ['Thank you.']],
    ]);
    expect(r.uncertain).toEqual([]);
  });
  it('`Dr. Maria Lopez:`, `Dr. Lopez:` and `Lopez:` once each are one person, shown by the fullest form; `Lopez:` is no part of the question before it', () => {
    const r = ingest('# A conversation with Dr. Maria Lopez\n\nTom Becker: Dr. Lopez, welcome.\n\nDr. Maria Lopez: Thank you.\n\nTom Becker: Why bridges?\n\nDr. Lopez: My father built them.\n\nBecker: And the steel?\n\nLopez: It came late.\n', 'titled.md');
    expect(spoken(r)).toEqual(['Tom Becker (interviewer): Dr. Lopez, welcome.', 'Dr. Maria Lopez (guest): Thank you.', 'Tom Becker (interviewer): Why bridges?', 'Dr. Maria Lopez (guest): My father built them.', 'Tom Becker (interviewer): And the steel?', 'Dr. Maria Lopez (guest): It came late.']);
    expect(r.transcript.guest).toBe('Dr. Maria Lopez');
  });
});

describe('someone who speaks once among speakers labelled by full names', () => {
  it('a question from the floor (`Karen Osei: ...`) is her own turn, not the moderator’s words', () => {
    const r = ingest('# Bridges panel\n\nMaria Lopez: Welcome to the panel. With me is Tom Becker.\n\nTom Becker: Thanks for having me.\n\nMaria Lopez: Let’s take a question from the audience.\n\nKaren Osei: Hi, I’m from the city council. How do you handle floods?\n\nTom Becker: We build in winter, when the water is low.\n', 'panel.md');
    expect(turnsOf(r).map((t) => [t.speaker, t.paragraphs])).toEqual([
      ['Maria Lopez', ['Welcome to the panel. With me is Tom Becker.']],
      ['Tom Becker', ['Thanks for having me.']],
      ['Maria Lopez', ['Let’s take a question from the audience.']],
      ['Karen Osei', ['Hi, I’m from the city council. How do you handle floods?']],
      ['Tom Becker', ['We build in winter, when the water is low.']],
    ]);
  });
  it('a scraper’s `URL Source: https://...` above the page is still nobody', () => {
    const r = load('scraped-comments.md');
    expect(who(r)).not.toContain('URL Source (interviewer)');
    expect(r.transcript.title).toBe('The bridge builder: an interview with Ilse Brandt');
  });
});

describe('Chinese and Japanese articles: bold labels against the words, bylines, names in headlines', () => {
  it('`**界面：**问题` and `**张伟：**回答` with no space after the bold: labels, the publication asking', () => {
    const r = ingest('# 对话张伟：桥梁需要耐心\n\n文 | 李娜\n\n张伟是一位桥梁工程师。\n\n**界面：**最难的桥是哪一座？\n\n**张伟：**长江上的那座。\n\n**界面：**钢材按时到了吗？\n\n**张伟：**从来没有。\n', 'zh.md');
    expect(turnsOf(r).map((t) => [t.speaker, t.role, t.paragraphs[0]])).toEqual([
      ['界面', 'interviewer', '最难的桥是哪一座？'],
      ['张伟', 'guest', '长江上的那座。'],
      ['界面', 'interviewer', '钢材按时到了吗？'],
      ['张伟', 'guest', '从来没有。'],
    ]);
    expect(r.transcript.intro.map((p) => p.text)).toEqual(['文 | 李娜', '张伟是一位桥梁工程师。']);
  });
  it('a byline with the date after it (`文／湯姆·貝克　2026-03-03`) names the one who asks the `問：` questions (they were “Interviewer”’s)', () => {
    for (const byline of ['文／湯姆·貝克　2026-03-03', '文／湯姆·貝克 2026年3月3日', '記者 湯姆·貝克 2026.03.03 08:00']) {
      const r = ingest(`# 專訪瑪麗亞·洛佩茲：鋼橋為什麼會先彎曲\n\n${byline}\n\n問：為什麼選擇鋼？\n\n答：因為鋼會彎曲。\n\n問：水呢？\n\n答：水是敵人。\n`, 'tw.md');
      expect([byline, r.transcript.interviewer, who(r)[0]]).toEqual([byline, '湯姆·貝克', '湯姆·貝克 (interviewer)']);
    }
  });
  it('a foreign guest labelled by her given name (`玛丽亚：`, `マリア：`) is the one name with a middle dot the headline writes; a part’s bar (`▍01 ...`) is no word of its heading', () => {
    const zh = ingest('# 对话玛丽亚·洛佩兹：桥梁需要耐心\n\n玛丽亚·洛佩兹是莱茵工程公司的总工程师。\n\n▍01 从锤子开始\n\n**汤姆：**你为什么带着锤子？\n\n**玛丽亚：**因为混凝土会说话。\n\n**汤姆：**这听起来很老派。\n\n**玛丽亚：**确实老派。\n', 'zh.md');
    expect(who(zh)).toEqual(['汤姆 (interviewer)', '玛丽亚·洛佩兹 (guest)', '汤姆 (interviewer)', '玛丽亚·洛佩兹 (guest)']);
    expect(zh.transcript.sections.map((x) => x.heading)).toEqual(['01 从锤子开始']);
    const ja = ingest('# マリア・ロペスさんに聞く\n\nマリア・ロペスさんは橋の技術者です。\n\n**トム：**なぜハンマーを？\n\n**マリア：**コンクリートが話すからです。\n\n**トム：**古いですね。\n\n**マリア：**そうです。\n', 'ja.md');
    expect(who(ja)[1]).toBe('マリア・ロペス (guest)');
  });
  it('`**Name:**Text` without a space is a label in Latin script too', () => {
    const r = ingest('**Maria Lopez:**What was the hardest bridge?\n\n**Tom Becker:**The Rhine.\n\n**Maria Lopez:**And the steel?\n\n**Tom Becker:**Late.\n', 'tight.md');
    expect(turnsOf(r).map((t) => [t.speaker, t.paragraphs[0]])).toEqual([
      ['Maria Lopez', 'What was the hardest bridge?'],
      ['Tom Becker', 'The Rhine.'],
      ['Maria Lopez', 'And the steel?'],
      ['Tom Becker', 'Late.'],
    ]);
  });
  it('`Q：`/`A：` under a headline opening with the guest’s name (`张伟：...`): the guest is that name; the byline names the interviewer', () => {
    const r = ingest('# 张伟：桥梁需要耐心\n\n记者 李娜\n\nQ：最难的桥是哪一座？\n\nA：长江上的那座。\n\nQ：钢材按时到了吗？\n\nA：从来没有。\n', 'zh-qa.md');
    expect(who(r)).toEqual(['李娜 (interviewer)', '张伟 (guest)', '李娜 (interviewer)', '张伟 (guest)']);
  });
});

describe('a podcast page: an outline of chapter times in the intro, `**Name** *(00:00:00)*` above the words', () => {
  it('reads the bold name and its time in italic parentheses as a timed label, the outline as intro', () => {
    const r = ingest('# Maria Lopez: Bridges | Podcast #99\n\nOUTLINE:\n0:00 – Introduction\n1:23 – The Rhine bridge\n\n## Transcript\n\n**Lex Fridman** *(00:00:00)*\nThe following is a conversation with Maria Lopez.\n\n**Maria Lopez** *(00:00:12)*\nThanks for having me.\n\n**Lex Fridman** *(00:01:23)*\nWhat was the hardest bridge?\n\n**Maria Lopez** *(00:01:30)*\nThe one over the Rhine.\n', 'lex.md');
    expect(turnsOf(r).map((t) => [t.speaker, t.role, t.time, t.paragraphs[0]])).toEqual([
      ['Lex Fridman', 'interviewer', 0, 'The following is a conversation with Maria Lopez.'],
      ['Maria Lopez', 'guest', 12, 'Thanks for having me.'],
      ['Lex Fridman', 'interviewer', 83, 'What was the hardest bridge?'],
      ['Maria Lopez', 'guest', 90, 'The one over the Rhine.'],
    ]);
    expect(r.transcript.intro.map((p) => p.text)).toEqual(['OUTLINE: 0:00 – Introduction 1:23 – The Rhine bridge']);
  });
});

describe('panelists labelled with where they come from', () => {
  const turns = (text: string) => turnsOf(ingest(text, 'panel.md')).map((t) => [t.speaker, t.role, t.paragraphs[0]]);
  const expected = [
    ['Jane Kim', 'interviewer', 'Welcome.'],
    ['Maria Lopez', 'guest', 'Thanks, Jane. I build bridges.'],
    ['Tom Becker', 'guest', 'And I pay for them.'],
    ['Jane Kim', 'interviewer', 'What is the biggest risk?'],
    ['Maria Lopez', 'guest', 'Floods.'],
    ['Tom Becker', 'guest', 'Budgets.'],
  ];
  it('`Tom Becker (City of Bonn):` is Tom Becker, not words glued to the panelist before him', () => {
    expect(turns('Jane Kim (Moderator): Welcome.\n\nMaria Lopez (Rhine Works): Thanks, Jane. I build bridges.\n\nTom Becker (City of Bonn): And I pay for them.\n\nJane Kim (Moderator): What is the biggest risk?\n\nMaria Lopez (Rhine Works): Floods.\n\nTom Becker (City of Bonn): Budgets.\n')).toEqual(expected);
  });
  it('`Maria Lopez, CEO of Rhine Works:` and `Jane Kim, moderator:` are those people; prose before a colon stays prose', () => {
    expect(turns('Jane Kim, moderator: Welcome.\n\nMaria Lopez, CEO of Rhine Works: Thanks, Jane. I build bridges.\n\nTom Becker, City of Bonn: And I pay for them.\n\nJane Kim, moderator: What is the biggest risk?\n\nMaria Lopez, CEO of Rhine Works: Floods.\n\nTom Becker, City of Bonn: Budgets.\n')).toEqual(expected);
    const prose = turnsOf(ingest('Jane Kim: Why steel?\n\nTom Becker: Actually, the point is: steel is light.\n\nJane Kim: And?\n\nTom Becker: Actually, the answer is: weight.\n', 'prose.md'));
    expect(prose.map((t) => [t.speaker, t.paragraphs[0]])).toEqual([
      ['Jane Kim', 'Why steel?'], ['Tom Becker', 'Actually, the point is: steel is light.'], ['Jane Kim', 'And?'], ['Tom Becker', 'Actually, the answer is: weight.'],
    ]);
  });
});

describe('Canadian committees’ evidence: the chair by office, `The Chair (Mr. Tom Becker (Bonn East, Lib.)):` once', () => {
  it('a Commons committee: the chair’s first turn labelled with its holder and riding in nested parentheses, members with riding and party; the title with a comma above `EVIDENCE`', () => {
    const r = ingest(['Standing Committee on Transport, Infrastructure and Communities', 'EVIDENCE', 'Tuesday, November 3, 2026', '', 'The Chair (Mr. Tom Becker (Bonn East, Lib.)): I call this meeting to order. Today we welcome Dr. Maria Lopez.', '', 'Dr. Maria Lopez (Chief Engineer, National Bridge Authority): Thank you, Mr. Chair. Our bridges are ageing.', '', 'The Chair: Thank you. Mrs. Silva, you have six minutes.', '', 'Mrs. Ana Silva (Rhine Valley, CPC): Dr. Lopez, how many bridges failed inspection?', '', 'Dr. Maria Lopez: Twelve.', '', 'The Chair: Thank you. The meeting is adjourned.', ''].join('\n'), 'commons.txt');
    expect(r.transcript.title).toBe('Standing Committee on Transport, Infrastructure and Communities');
    expect(who(r)).toEqual(['The Chair (interviewer)', 'Dr. Maria Lopez (guest)', 'The Chair (interviewer)', 'Mrs. Ana Silva (interviewer)', 'Dr. Maria Lopez (guest)', 'The Chair (interviewer)']);
  });
  it('a Senate committee: `The Chair:` twice beside senators and a witness is the chair, though "in the chair" writes the word small (its turns were the witness’s words and the intro)', () => {
    const r = ingest(['THE STANDING SENATE COMMITTEE ON TRANSPORT', 'EVIDENCE', '', 'Senator Tom Becker (Chair) in the chair.', '', 'The Chair: Honourable senators, I call this meeting to order. We welcome Maria Lopez, Chief Engineer.', '', 'Maria Lopez, Chief Engineer, National Bridge Authority: Thank you, honourable senators.', '', 'The Chair: Thank you. Senator Silva.', '', 'Senator Silva: Ms. Lopez, how many bridges failed inspection?', '', 'Ms. Lopez: Twelve.', '', 'Senator Silva: When will they reopen?', '', 'Ms. Lopez: Within the year.', ''].join('\n'), 'senate.txt');
    expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Senator Silva (interviewer)', 'Maria Lopez (guest)', 'Senator Silva (interviewer)', 'Maria Lopez (guest)']);
  });
  it('a witness labelled with her title and `as an individual`, as the Senate\'s record sets it, is her (her statement was the chair’s words)', () => {
    const r = ingest(['THE STANDING SENATE COMMITTEE ON NATIONAL FINANCE', 'EVIDENCE', '', 'Senator Tom Becker (Chair) in the chair.', '', 'The Chair: Welcome, honourable senators. Our witness today is Maria Lopez. Professor Lopez, the floor is yours.', '', 'Maria Lopez, Professor of Hydrology, as an individual: Thank you, Mr. Chair. Every city builds against the flood it remembers.', '', 'Senator Kim: What should we fund first?', '', 'Ms. Lopez: Maps.', '', 'Senator Kim: And then?', '', 'Ms. Lopez: Maintenance.', '', 'The Chair: Thank you, Professor Lopez.', ''].join('\n'), 'senate.txt');
    expect(spoken(r)).toEqual(['Tom Becker (interviewer): Welcome, honourable senators. Our witness today is Maria Lopez. Professor Lopez, the floor is yours.', 'Maria Lopez (guest): Thank you, Mr. Chair. Every city builds against the flood it remembers.', 'Senator Kim (interviewer): What should we fund first?', 'Maria Lopez (guest): Maps.', 'Senator Kim (interviewer): And then?', 'Maria Lopez (guest): Maintenance.', 'Tom Becker (interviewer): Thank you, Professor Lopez.']);
  });
});

describe('a parliamentary committee’s oral evidence: `Q1 Chair:`, members by name, a witness', () => {
  const r = load('committee-evidence.txt');
  it('reads the numbered questions’ labels: each member asks in their own name, the chair by the name the header gives (`Chi Onwurah (Chair)`), the witness answers', () => {
    expect(who(r)).toEqual([
      'Chi Onwurah (interviewer)',
      'Erik Lindqvist (guest)',
      'Rebecca Long (interviewer)',
      'Erik Lindqvist (guest)',
      'Tom Gordon (interviewer)',
      'Erik Lindqvist (guest)',
      'Chi Onwurah (interviewer)',
    ]);
    expect(turnsOf(r)[2]!.paragraphs).toEqual(['How many jobs will automation remove?']);
  });
  it('keeps the record’s header (`Questions 1 - 4`, `Witness: ...`) in the intro, not in the witness’s mouth', () => {
    expect(r.transcript.intro.map((p) => p.text).slice(-2)).toEqual(['Questions 1 - 4', 'Witness: Professor Erik Lindqvist, University of Edinburgh.']);
    expect(r.transcript.date).toBe('2025-03-04');
  });
  it('the header’s `**Witnesses:** ...` in bold, as a page copied as Markdown sets it, names them, no turn of theirs (it was the first turn, a speaker “Witnesses”)', () => {
    const r = ingest('# Oral evidence: Bridge safety\n\nMembers present: Tom Becker (Chair); Ana Silva.\n\n**Witnesses:** Professor Maria Lopez and Paul Kim.\n\n**Q1 Chair:** Could you introduce yourselves?\n\n**Professor Lopez:** I am a hydrologist.\n\n**Paul Kim:** I run engineering at Rhine Works.\n\n**Q2 Ana Silva:** Why do bridges fail?\n\n**Professor Lopez:** Water gets in.\n', 'evidence.md');
    expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Paul Kim (guest)', 'Ana Silva (interviewer)', 'Maria Lopez (guest)']);
    expect(r.transcript.intro.map((p) => p.text).at(-1)).toBe('Witnesses: Professor Maria Lopez and Paul Kim.');
  });
});

describe('a research interview with participant codes, and a script pasted with its indentation', () => {
  it('`I:`/`P3:`: the code is a label (the participant, a guest), the header’s `Date:` line is no heading', () => {
    const r = ingest('Interview transcript – Participant 3 (P3)\nDate: 12 May 2023\n\nI: Thank you for taking part. Can you tell me about your role?\nP3: I manage the maintenance team.\nI: What is the hardest part?\nP3: Getting budget for inspections.\n', 'qual.txt');
    expect(turnsOf(r).map((t) => [t.speaker, t.role, t.paragraphs[0]])).toEqual([
      ['Interviewer', 'interviewer', 'Thank you for taking part. Can you tell me about your role?'],
      ['P3', 'guest', 'I manage the maintenance team.'],
      ['Interviewer', 'interviewer', 'What is the hardest part?'],
      ['P3', 'guest', 'Getting budget for inspections.'],
    ]);
    expect(r.transcript.sections.map((s) => s.heading)).toEqual([null]);
    expect(r.transcript.date).toBe('2023-05-12');
  });
  it('names centred above the words in a Markdown file are labels, not code blocks', () => {
    const r = ingest('# Bridges\n\n                MARIA LOPEZ\n        What was the hardest bridge?\n\n                TOM BECKER\n        The one over the Rhine.\n\n                MARIA LOPEZ\n        And the steel?\n\n                TOM BECKER\n        It came late.\n', 'script.md');
    expect(turnsOf(r).map((t) => [t.speaker, t.paragraphs[0]])).toEqual([
      ['Maria Lopez', 'What was the hardest bridge?'],
      ['Tom Becker', 'The one over the Rhine.'],
      ['Maria Lopez', 'And the steel?'],
      ['Tom Becker', 'It came late.'],
    ]);
  });
});

describe('a transcript pasted from a PDF: page markers, `MS. KIM:` labels, lines wrapped at the page’s width', () => {
  const r = ingest('TRANSCRIPT OF INTERVIEW WITH MARIA LOPEZ\nPage 1 of 2\n\nMS. KIM: Good morning. Please state your name for the\nrecord.\nMS. LOPEZ: Maria Lopez. I am a bridge engineer with\nRhine Works.\n\nPage 2 of 2\n\nMS. KIM: What was the hardest bridge?\nMS. LOPEZ: The one over the Rhine. The river floods every\nspring.\n', 'pdf.txt');
  it('removes the page markers, recorded, and joins each turn’s lines', () => {
    expect(r.transcript.removed.map((x) => x.text)).toEqual(['Page 1 of 2', 'Page 2 of 2']);
    expect(turnsOf(r).map((t) => [t.speaker, t.paragraphs])).toEqual([
      ['Ms. Kim', ['Good morning. Please state your name for the record.']],
      ['Ms. Lopez', ['Maria Lopez. I am a bridge engineer with Rhine Works.']],
      ['Ms. Kim', ['What was the hardest bridge?']],
      ['Ms. Lopez', ['The one over the Rhine. The river floods every spring.']],
    ]);
    expect(r.transcript.title).toBe('TRANSCRIPT OF INTERVIEW WITH MARIA LOPEZ');
  });
});

describe('text that passed through a wrong encoding or a word processor on its way (`MarÃ­a LÃ³pez:`, `Itâ€™s`, page breaks)', () => {
  it('reads a name taken for Windows-1252 in some labels as the same speaker as where it is whole, and the words as meant', () => {
    const r = ingest('# María López on bridges\n\nTom Becker: Why the hammer?\n\nMaría López: You tap it. Itâ€™s how my father did it.\n\nTom Becker: Wrong ever?\n\nMarÃ­a LÃ³pez: Once â€” on a frozen deck.\n\nTom Becker: Thank you.\n', 'moji.md');
    expect(spoken(r)).toEqual([
      'Tom Becker (interviewer): Why the hammer?',
      'María López (guest): You tap it. It’s how my father did it.',
      'Tom Becker (interviewer): Wrong ever?',
      'María López (guest): Once — on a frozen deck.',
      'Tom Becker (interviewer): Thank you.',
    ]);
    expect(r.transcript.warnings.map((w) => [w.line, w.message])).toEqual([[5, expect.stringContaining('`â€™` stands for `’`')]]);
  });
  it('keeps the turns apart where a page break stands alone between them, where a vertical tab ends the line, and where Unicode’s paragraph separator does (a label with a French colon after it stayed in the words)', () => {
    const fr = ingest('# Ponts\n\nTom Becker\u00a0: Pourquoi le marteau ?\n\nMaria Lopez\u00a0: On frappe le béton.\u2029Tom Becker\u00a0: Jamais trompée ?\u2029Maria Lopez\u00a0: Une fois.\n', 'ponts.md');
    expect(spoken(fr)).toEqual(['Tom Becker (interviewer): Pourquoi le marteau ?', 'Maria Lopez (guest): On frappe le béton.', 'Tom Becker (interviewer): Jamais trompée ?', 'Maria Lopez (guest): Une fois.']);
    for (const gap of ['\n\f\n', '\v']) {
      const r = ingest(`# Bridges\n\nTom Becker: Why the hammer?\n\nMaria Lopez: You tap the concrete.${gap}Tom Becker: Wrong ever?\n\nMaria Lopez: Once.\n`, 'pages.md');
      expect(spoken(r)).toEqual(['Tom Becker (interviewer): Why the hammer?', 'Maria Lopez (guest): You tap the concrete.', 'Tom Becker (interviewer): Wrong ever?', 'Maria Lopez (guest): Once.']);
    }
  });
});

describe('labels and characters as converters from a page’s HTML leave them (`**Maria Lopez: **Why...`, `\*\*Maria Lopez:\*\*`, `It&#8217;s`)', () => {
  const TURNS = [['Tom Becker', 'Why the hammer?'], ['Maria Lopez', 'You tap the concrete.'], ['Tom Becker', 'Wrong ever?'], ['Maria Lopez', 'Once.']];
  const expected = ['Tom Becker (interviewer): Why the hammer?', 'Maria Lopez (guest): You tap the concrete.', 'Tom Becker (interviewer): Wrong ever?', 'Maria Lopez (guest): Once.'];
  for (const [shape, label] of [
    ['with spaces inside the closing asterisks', (n: string) => `**${n}: **`],
    ['with spaces inside both', (n: string) => `** ${n}: ** `],
    ['with no-break spaces inside, as a browser copies them', (n: string) => `**${n}:\u00a0**`],
    ['in underscores with a space inside', (n: string) => `__${n}: __`],
    ['its asterisks escaped by a second conversion', (n: string) => `\\*\\*${n}:\\*\\* `],
  ] as const) {
    for (const ext of ['md', 'txt']) {
      it(`reads a label in bold ${shape} as the label, in a .${ext} file (it failed the build or kept the asterisks in the words)`, () => {
        const r = ingest(`# Bridges\n\n${TURNS.map(([n, t]) => `${label(n!)}${t}`).join('\n\n')}\n`, `bold.${ext}`);
        expect(spoken(r)).toEqual(expected);
      });
    }
  }
  it('reads a time in brackets a converter escaped before a label in bold (`\\[00:00:05\\] **Tom Becker:**`) as the turn’s time (it failed the build)', () => {
    // (Its bold escaped too, `\\[00:00:05\\] \\*\\*Tom Becker:\\*\\*`, as one conversion escapes both.)
    for (const ext of ['md', 'txt']) {
      for (const bold of [(n: string) => `**${n}:**`, (n: string) => `\\*\\*${n}:\\*\\*`]) {
        const r = ingest(`# Bridges\n\n${TURNS.map(([n, t], i) => `\\[00:0${i}:05\\] ${bold(n!)} ${t}`).join('\n\n')}\n`, `stamps.${ext}`);
        expect(spoken(r)).toEqual(expected);
        expect(turnsOf(r).map((t) => t.time)).toEqual([5, 65, 125, 185]);
      }
    }
  });
  it('reads HTML’s character references in a plain text as the characters they stand for, and leaves what is none as written', () => {
    const r = ingest('# Bridges\n\nTom Becker: Why the hammer? It&#8217;s &quot;old&quot; &amp; loud.\n\nMaria Lopez: AT&T; &#x1F309; &bogus; &#0; 5 &lt; 6.\n\nTom Becker: Thanks.\n', 'refs.txt');
    expect(spoken(r)).toEqual(['Tom Becker (interviewer): Why the hammer? It’s "old" & loud.', 'Maria Lopez (guest): AT&T; 🌉 &bogus; &#0; 5 < 6.', 'Tom Becker (interviewer): Thanks.']);
  });
});

describe('a podcast’s or a publisher’s page copied turn by turn: each name a link, each turn’s own buttons, a pager between its pages', () => {
  const expected = ['Tom Becker (interviewer): Why the hammer?', 'Maria Lopez (guest): You tap the concrete.', 'Tom Becker (interviewer): Wrong ever?', 'Maria Lopez (guest): Once.'];
  it('reads each name alone as a link to the speaker’s page as the label of the words below (the build failed: no turns)', () => {
    const r = ingest('# Bridges\n\n[Tom Becker](https://example.com/people/tom)\n\nWhy the hammer?\n\n[Maria Lopez](https://example.com/people/maria)\n\nYou tap the concrete.\n\n**[Tom Becker](https://example.com/people/tom)**\n\nWrong ever?\n\n[Maria Lopez](/people/maria)\n\nOnce.\n', 'links.md');
    expect(spoken(r)).toEqual(expected);
  });
  it('leaves a byline’s link alone above the date as the page’s, not a label, though the interviewer it names speaks below (guard)', () => {
    const r = ingest('# Bridges\n\n[Tom Becker](https://example.com/@tom)\n\nMar 03, 2026\n\n**Tom Becker:** Why the hammer?\n\n**Maria Lopez:** You tap the concrete.\n\n**Tom Becker:** Wrong ever?\n\n**Maria Lopez:** Once.\n', 'byline.md');
    expect(spoken(r)).toEqual(expected);
  });
  it('removes a turn’s buttons (`Copy link to this moment`, `Share this quote`, `Click to tweet`) and a pager (`« Previous 1 2 3 Next »`, `Continued on next page`) wherever they stand, recorded; they were the speaker’s words or a part’s heading', () => {
    const r = ingest('# Bridges\n\n**Tom Becker:** Why the hammer?\n\nShare this quote\n\n**Maria Lopez:** You tap the concrete.\n\nCopy link to this moment\n\nContinued on next page\n\n« Previous 1 2 3 Next »\n\n**Tom Becker:** Wrong ever?\n\nClick to tweet\n\n**Maria Lopez:** Once.\n', 'buttons.md');
    expect(spoken(r)).toEqual(expected);
    expect(r.transcript.removed.map((x) => x.text)).toEqual(['Share this quote', 'Copy link to this moment', 'Continued on next page', '« Previous 1 2 3 Next »', 'Click to tweet']);
  });
  it('removes a newsletter’s own prompts between the turns (`*This post is public so feel free to share it.*`, `Give a gift subscription`), recorded; they were the guest’s last words', () => {
    const r = ingest('# Bridges\n\n**Tom Becker:** Why the hammer?\n\n**Maria Lopez:** You tap the concrete.\n\n*This post is public so feel free to share it.*\n\n**Tom Becker:** Wrong ever?\n\n**Maria Lopez:** Once.\n\nGive a gift subscription\n\nWe went on to talk about water.\n', 'prompts.md');
    expect(spoken(r)).toEqual([...expected.slice(0, 3), `${expected[3]} | We went on to talk about water.`]);
    expect(r.transcript.removed.map((x) => x.text)).toEqual(['*This post is public so feel free to share it.*', 'Give a gift subscription']);
  });
});

describe('a page’s transcript copied with its parts run together: `Tom Becker00:00:01Welcome...`', () => {
  it('reads the name and the time apart, a timed turn (the build failed: no turns)', () => {
    for (const sep of ['\n', '\n\n']) {
      const r = ingest(['# Bridges', '', ['Tom Becker00:00:01Welcome. Why the hammer?', 'Maria Lopez00:00:05You tap the concrete.', 'Tom Becker00:01:07Wrong ever?', 'Maria Lopez1:09Once.'].join(sep), ''].join('\n'), 'glued.txt');
      expect(spoken(r)).toEqual(['Tom Becker (interviewer): Welcome. Why the hammer?', 'Maria Lopez (guest): You tap the concrete.', 'Tom Becker (interviewer): Wrong ever?', 'Maria Lopez (guest): Once.']);
      expect(turnsOf(r).map((t) => t.time)).toEqual([1, 5, 67, 69]);
    }
  });
  it('leaves a line opening with one name glued to a time as words, where no other name opens lines so (guard)', () => {
    const r = ingest('# Bridges\n\nTom Becker: When do the trains leave?\n\nMaria Lopez: The board says:\n\nPlatform10:30Gate A, the first.\n\nPlatform10:45Gate B, the second.\n\nPlatform10:55Gate C, the last.\n\nTom Becker: Thanks.\n\nMaria Lopez: Safe travels.\n', 'words.txt');
    expect(spoken(r)).toEqual(['Tom Becker (interviewer): When do the trains leave?', 'Maria Lopez (guest): The board says: | Platform10:30Gate A, the first. | Platform10:45Gate B, the second. | Platform10:55Gate C, the last.', 'Tom Becker (interviewer): Thanks.', 'Maria Lopez (guest): Safe travels.']);
  });
});

describe('a transcript pasted twice, or a paragraph copied twice', () => {
  const body = 'Tom Becker: Why the hammer?\n\nMaria Lopez: You tap the concrete and you listen for a hollow sound.\n\nTom Becker: Have you ever been wrong?\n\nMaria Lopez: Once. It was a cold morning and the deck was frozen.';
  it('keeps both copies and says where the second repeats the first', () => {
    const r = ingest(`# Bridges\n\n${body}\n\n${body}\n`, 'twice.md');
    expect(turnsOf(r)).toHaveLength(8);
    expect(r.transcript.warnings.map((w) => [w.line, w.message])).toEqual([[11, 'lines 11-17 repeat lines 3-9 word for word: the transcript, or part of it, may have been pasted twice']]);
  });
  it('counts the words of a script written without spaces as words (a Chinese paragraph copied twice)', () => {
    const zh = ingest('# 桥\n\n汤姆：为什么用锤子？\n\n玛丽亚：你敲一敲混凝土，然后仔细地听里面的声音有没有变化。\n\n你敲一敲混凝土，然后仔细地听里面的声音有没有变化。\n\n汤姆：谢谢。\n\n玛丽亚：不客气。\n', 'zh.md');
    expect(zh.transcript.warnings.map((w) => [w.line, w.message])).toEqual([[7, 'this paragraph repeats the one on line 5 word for word: it may have been copied twice']]);
  });
  it('says so of a paragraph right after itself, word for word', () => {
    const r = ingest(`# Bridges\n\n${body.replace('Maria Lopez: Once. It was a cold morning and the deck was frozen.', 'Maria Lopez: Once. It was a cold morning and the deck was frozen.\n\nOnce. It was a cold morning and the deck was frozen.')}\n`, 'copied.md');
    expect(turnsOf(r)[3]!.paragraphs).toHaveLength(2);
    expect(r.transcript.warnings.map((w) => [w.line, w.message])).toEqual([[11, 'this paragraph repeats the one on line 9 word for word: it may have been copied twice']]);
  });
  it('says nothing of words said again apart, short replies said again, nor the same words from someone else (guard)', () => {
    const r = ingest('# Bridges\n\nTom Becker: Why the hammer?\n\nMaria Lopez: Yes.\n\nTom Becker: Why the hammer?\n\nMaria Lopez: Yes.\n\nTom Becker: Again, why the hammer, really?\n\nMaria Lopez: You tap the concrete and you listen for a hollow sound.\n\nTom Becker: You tap the concrete and you listen for a hollow sound.\n\nMaria Lopez: You tap the concrete and you listen for a hollow sound.\n', 'said.md');
    expect(r.transcript.warnings).toEqual([]);
  });
});

describe('a legend naming a tool’s placeholders above the transcript (`Speaker 1: Tom Becker (host)`)', () => {
  const turns = ['Speaker 1 (00:05): Welcome. Why the hammer?', 'Speaker 2 (01:05): You tap the concrete.', 'Speaker 1 (02:05): Wrong ever?', 'Speaker 2 (03:05): Once.'].join('\n\n');
  const expected = ['Tom Becker (interviewer): Welcome. Why the hammer?', 'Maria Lopez (guest): You tap the concrete.', 'Tom Becker (interviewer): Wrong ever?', 'Maria Lopez (guest): Once.'];
  it('names each placeholder as the legend does, on its side where it says so, its lines the file’s markup (they were turns, or the wrong name)', () => {
    for (const legend of [
      'Speaker 1: Tom Becker (host)\nSpeaker 2: Maria Lopez (guest)',
      'Speakers: Speaker 1 = Tom Becker, Speaker 2 = Maria Lopez',
      'Speaker 1 is Tom Becker; Speaker 2 is Maria Lopez.',
      '- Speaker 1 – Tom Becker, host\n- Speaker 2 – Maria Lopez, bridge inspector',
    ]) {
      const r = ingest(`# Bridges\n\n${legend}\n\n${turns}\n`, 'legend.md');
      expect(spoken(r), legend).toEqual(expected);
      expect(r.lineUse.slice(2, 2 + legend.split('\n').length), legend).toEqual(legend.split('\n').map(() => 'markup'));
    }
    // (A side's word alone, `Speaker 1: Interviewer`: that side, shown so; its lines were turns saying "Interviewer".)
    const sides = ingest(`# Bridges\n\nSpeaker 1: Interviewee\nSpeaker 2: Interviewer\n\n${turns.replace(/Speaker ([12])/g, (_, n: string) => `Speaker ${n === '1' ? 2 : 1}`)}\n`, 'sides.md');
    expect(spoken(sides)).toEqual(['Interviewer (interviewer): Welcome. Why the hammer?', 'Interviewee (guest): You tap the concrete.', 'Interviewer (interviewer): Wrong ever?', 'Interviewee (guest): Once.']);
    // (In other languages too: `Sprecher 1: Tom Becker (Moderator)`, `Locuteur 1 est Tom Becker ; ...`.)
    const de = ingest(`# Brücken\n\nSprecher 1: Tom Becker (Moderator)\nSprecher 2: Maria Lopez (Gast)\n\n${turns.replace(/Speaker/g, 'Sprecher')}\n`, 'de.md');
    expect(spoken(de)).toEqual(expected);
    const fr = ingest(`# Ponts\n\nLocuteur 1 est Tom Becker ; Locuteur 2 est Maria Lopez.\n\n${turns.replace(/Speaker/g, 'Locuteur')}\n`, 'fr.md');
    expect(spoken(fr)).toEqual(expected);
    // (A diarization tool's `SPEAKER_00`, the legend naming the guest first.)
    const w = ingest(`# Bridges\n\nSPEAKER_00: Maria Lopez (guest)\nSPEAKER_01: Tom Becker (host)\n\n${turns.replace(/Speaker 1 \(\d\d:\d\d\)/g, 'SPEAKER_01').replace(/Speaker 2 \(\d\d:\d\d\)/g, 'SPEAKER_00')}\n`, 'whisperx.md');
    expect(spoken(w)).toEqual(expected);
  });
  it('leaves a placeholder saying a name among the turns, or one name alone, as words (guard)', () => {
    const among = ingest(`# Bridges\n\nSpeaker 1: Who is speaking?\n\nSpeaker 2: Maria Lopez.\n\nSpeaker 1: Tom Becker.\n\n${turns}\n`, 'among.md');
    expect(spoken(among).slice(0, 3)).toEqual(['Speaker 1 (interviewer): Who is speaking?', 'Speaker 2 (guest): Maria Lopez.', 'Speaker 1 (interviewer): Tom Becker. | Welcome. Why the hammer?']);
    const one = ingest(`# Bridges\n\nSpeaker 2: Maria Lopez.\n\n${turns}\n`, 'one.md');
    expect(spoken(one)[0]).toBe('Speaker 2 (guest): Maria Lopez.');
    // (Nor words alone that name no side, above the turns: `Speaker 1: Hello` / `Speaker 2: Hi`.)
    const hello = ingest(`# Bridges\n\nSpeaker 1: Hello\nSpeaker 2: Hi\n\n${turns}\n`, 'hello.md');
    expect(spoken(hello).slice(0, 2)).toEqual(['Speaker 1 (interviewer): Hello', 'Speaker 2 (guest): Hi']);
  });
});

describe('turns set with a verb of asking or answering after the name (`Tom Becker asked: ...`, `Maria Lopez answered: ...`), as a write-up sets them', () => {
  it('reads the name as the label, the verb no word of the turn, the one who asked the interviewer (the build failed)', () => {
    const r = ingest('# Bridges\n\nTom Becker asked: Why the hammer?\n\nMaria Lopez answered: You tap the concrete.\n\nTom Becker asked: Wrong ever?\n\nMaria Lopez replied: Once.\n', 'asked.md');
    expect(spoken(r)).toEqual(['Tom Becker (interviewer): Why the hammer?', 'Maria Lopez (guest): You tap the concrete.', 'Tom Becker (interviewer): Wrong ever?', 'Maria Lopez (guest): Once.']);
  });
  it('leaves a quotation an article opens with `said:` in its introduction as the introduction’s (guard)', () => {
    const r = ingest('# Bridges\n\nAna Silva said: “We will rebuild this bridge.”\n\nTom Becker: Why the hammer?\n\nMaria Lopez: You tap the concrete.\n\nTom Becker: Wrong ever?\n\nMaria Lopez: Once.\n', 'quote.md');
    expect(r.transcript.intro.map((p) => p.text)).toEqual(['Ana Silva said: “We will rebuild this bridge.”']);
    expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
  });
});

describe('a read-later app’s export', () => {
  it('removes its `Read on …` and `Read Original` links above the article, recorded', () => {
    const r = ingest('# An Interview with Maria Lopez\n\n[Read on Omnivore](https://omnivore.example/me/a1)\n[Read Original](https://bridgenotes.example/p/maria)\n\n**Tom Becker:** What was the hardest bridge?\n\n**Maria Lopez:** The Rhine.\n\n**Tom Becker:** And the steel?\n\n**Maria Lopez:** Late.\n', 'later.md');
    expect(r.transcript.removed.map((x) => x.text)).toEqual(['[Read on Omnivore](https://omnivore.example/me/a1)', '[Read Original](https://bridgenotes.example/p/maria)']);
    expect(r.transcript.intro).toEqual([]);
  });
});

describe('a cable news transcript: `NAME, TITLE, COMPANY:` once, surnames after, an unidentified voice', () => {
  const r = load('broadcast-cnn.txt');
  it('reads the first labels with their titles as those people, and the surnames after as the same people', () => {
    expect(who(r)).toEqual([
      'Jane Kim (interviewer)',
      'Maria Lopez (guest)',
      'Jane Kim (interviewer)',
      'Maria Lopez (guest)',
      'Unidentified male (other)',
      'Jane Kim (interviewer)',
      'Maria Lopez (guest)',
      'Jane Kim (interviewer)',
    ]);
    expect(turnsOf(r)[1]!.paragraphs).toEqual(['Thank you, Jane.']);
  });
  it('gives the clip’s unidentified voice its own turn, and removes the tape and break markers', () => {
    expect(turnsOf(r)[4]!.paragraphs).toEqual(['I drive over it every day and I worry.']);
    expect(r.transcript.removed.map((x) => x.text)).toEqual(['(BEGIN VIDEOTAPE)', '(END VIDEOTAPE)', '(COMMERCIAL BREAK)']);
  });
});

describe('a committee hearing labelled by members’ titles, without front matter', () => {
  it('the senators question, the witness answers, even when a senator’s turn reads like an answer', () => {
    const r = ingest('Senator Black: Thank you very much, Mr. Chairman. I have followed this for years and I have concerns about consumer protection in this area.\n\nEA: I believe the best protection is education.\n\nSenator: Thank you. How many people use it?\n\nEA: About a million, I would estimate, though nobody knows for sure.\n\nSenator Greene: Thank you for coming. This is a complicated subject and I appreciate the detail.\n\nEA: Thank you, Senator.\n\nSenator: Who are the largest users?\n\nEA: Mostly small businesses.\n', 'hearing.md');
    expect(who(r)).toEqual(['Senator Black (interviewer)', 'EA (guest)', 'Senator (interviewer)', 'EA (guest)', 'Senator Greene (interviewer)', 'EA (guest)', 'Senator (interviewer)', 'EA (guest)']);
  });
  it('an Australian committee’s record: members and witnesses by title and surname (`Senator SILVA:`, `Mr Kim:`), each once, beside `Prof. Lopez:` twice (they were her words and the chair’s)', () => {
    const r = ingest('BRIDGES COMMITTEE\n\nTuesday, 3 November 2026\n\nLOPEZ, Professor Maria, Professor of Hydrology, University of Bonn\n\nKIM, Mr Paul, Chief Engineer, Rhine Works\n\nCHAIR: Welcome. Would either of you like to make an opening statement?\n\nProf. Lopez: Yes. Bridges fail because water gets in.\n\nSenator SILVA: How much would it cost to fix?\n\nMr Kim: About $40 million a year.\n\nSenator HART: And who should pay for it?\n\nProf. Lopez: The states, in the first place.\n\nCHAIR: Thank you both.\n', 'au.txt');
    expect(who(r)).toEqual(['Chair (interviewer)', 'Maria Lopez (guest)', 'Senator Silva (interviewer)', 'Paul Kim (guest)', 'Senator Hart (interviewer)', 'Maria Lopez (guest)', 'Chair (interviewer)']);
  });
  it('one senator as a podcast’s guest stays the guest', () => {
    const r = ingest('Maria Lopez: Welcome to the show, Senator. Thanks for joining us.\n\nSenator Warren: Thanks for having me.\n\nMaria Lopez: What is the bill about?\n\nSenator Warren: Bridges, mostly. We have too many old ones.\n', 'pod.md');
    expect(who(r)).toEqual(['Maria Lopez (interviewer)', 'Senator Warren (guest)', 'Maria Lopez (interviewer)', 'Senator Warren (guest)']);
  });
});

describe('the guest’s name is read from the dek, not from a talk that comes before the questions', () => {
  it('a person the talk is about (fourth paragraph) is not taken for the guest answering `A:`', () => {
    const talk = ['Money has always needed trust.', 'Paper notes were the first answer.', 'Then came the banks, and their ledgers.', 'The first person to build digital cash was a man named Victor Hale, in 1982.', 'His design needed a central server.'];
    const r = ingest(`${talk.join('\n\n')}\n\nQ: Was the server the problem?\n\nA: Yes, it could be shut down.\n\nQ: And today?\n\nA: Today nobody can shut it down.\n`, 'talk.md');
    expect(r.transcript.guest).not.toBe('Victor Hale');
    expect(who(r)).not.toContain('Victor Hale (guest)');
    expect(r.transcript.warnings.map((w) => w.message).join(' ')).toMatch(/"Guest"/);
  });
});

describe('an interview by e-mail: each question quoted', () => {
  const r = ingest('# Five questions for Maria Lopez\n\nMaria Lopez answered our questions by email.\n\n> What was the hardest bridge you built?\n\nThe one over the Rhine.\n\n> And the steel?\n\nIt came late, always.\n', 'email.md');
  it('gives the quoted questions to the interviewer and the plain paragraphs to the guest', () => {
    expect(turnsOf(r).map((t) => [t.role, t.speaker, t.paragraphs[0]])).toEqual([
      ['interviewer', 'Interviewer', 'What was the hardest bridge you built?'],
      ['guest', 'Maria Lopez', 'The one over the Rhine.'],
      ['interviewer', 'Interviewer', 'And the steel?'],
      ['guest', 'Maria Lopez', 'It came late, always.'],
    ]);
    // The question is the interviewer's paragraph, not a quotation inside it.
    expect(r.transcript.sections[0]!.turns[0]!.paragraphs[0]!.html).toBe('<p>What was the hardest bridge you built?</p>');
  });
  it('takes no one from "answered our questions by email": a byline names a capitalised name', () => {
    expect(r.transcript.interviewer).toBeNull();
    const named = ingest('# Bridges\n\nInterview by Tom Becker and friends.\n\nQ: Why?\n\nA: Because.\n\nQ: Really?\n\nA: Yes.\n', 'byline.md');
    expect(who(named)[0]).toBe('Tom Becker (interviewer)');
  });
});

describe('numbered questions', () => {
  const expected = [
    ['Interviewer', 'What was the hardest bridge you built?'],
    ['Maria Lopez', 'The one over the Rhine.'],
    ['Interviewer', 'And the steel?'],
    ['Maria Lopez', 'It came late, always.'],
  ];
  it('`Q1:`/`A1:` are `Q:` and `A:`', () => {
    const r = ingest('# Maria Lopez on bridges\n\nQ1: What was the hardest bridge you built?\n\nA1: The one over the Rhine.\n\nQ2: And the steel?\n\nA2: It came late, always.\n', 'qnum.md');
    expect(turnsOf(r).map((t) => [t.speaker, t.paragraphs[0]])).toEqual(expected);
  });
  it('a listicle’s `1. What...?` questions over plain answers', () => {
    const r = ingest('# Questions for Maria Lopez\n\nMaria Lopez builds bridges.\n\n1. What was the hardest bridge you built?\n\nThe one over the Rhine.\n\n2. And the steel?\n\nIt came late, always.\n', 'list.md');
    expect(turnsOf(r).map((t) => [t.speaker, t.paragraphs[0]])).toEqual(expected);
  });
});

describe('question and answer words of more languages', () => {
  const sides = (text: string, file: string) => turnsOf(ingest(text, file)).map((t) => `${t.speaker} (${t.role})`);
  it('Ukrainian `Питання:`/`Відповідь:` and Greek `Ερώτηση:`/`Απάντηση:` are the sides, not people called Question and Answer', () => {
    expect(sides('# Мости\n\nПитання: Який міст був найважчим?\n\nВідповідь: Через Рейн.\n\nПитання: А сталь?\n\nВідповідь: Запізнилася.\n', 'uk.md')).toEqual(['Interviewer (interviewer)', 'Guest (guest)', 'Interviewer (interviewer)', 'Guest (guest)']);
    expect(sides('# Γέφυρες\n\nΕρώτηση: Ποια γέφυρα ήταν η πιο δύσκολη;\n\nΑπάντηση: Του Ρήνου.\n\nΕρώτηση: Και το ατσάλι;\n\nΑπάντηση: Άργησε.\n', 'el.md')).toEqual(['Interviewer (interviewer)', 'Guest (guest)', 'Interviewer (interviewer)', 'Guest (guest)']);
  });
  it('Swedish `Fråga:`/`Svar:`, Danish `Spørgsmål:`, Croatian `Pitanje:`/`Odgovor:`, Vietnamese `PV:` (the reporter), Korean `기자:` (the reporter)', () => {
    expect(sides('# Maria Lopez om broar\n\nFråga: Vilken bro var svårast?\n\nSvar: Den över Rhen.\n\nFråga: Och stålet?\n\nSvar: Det kom sent.\n', 'sv.md')).toEqual(['Interviewer (interviewer)', 'Maria Lopez (guest)', 'Interviewer (interviewer)', 'Maria Lopez (guest)']);
    expect(sides('# Cầu cần kiên nhẫn\n\nPV: Cây cầu khó nhất là gì?\n\nÔng An: Cầu sông Hồng.\n\nPV: Còn thép?\n\nÔng An: Luôn đến muộn.\n', 'vi.md')).toEqual(['Interviewer (interviewer)', 'Ông An (guest)', 'Interviewer (interviewer)', 'Ông An (guest)']);
    expect(sides('# Interview med Maria Lopez\n\nSpørgsmål: Hvilken bro var sværest?\n\nSvar: Den over Rhinen.\n\nSpørgsmål: Og stålet?\n\nSvar: Det kom sent.\n', 'da.md')).toEqual(['Interviewer (interviewer)', 'Maria Lopez (guest)', 'Interviewer (interviewer)', 'Maria Lopez (guest)']);
    expect(sides('# Intervju: Maria Lopez\n\nPitanje: Koji je most bio najteži?\n\nOdgovor: Onaj preko Rajne.\n\nPitanje: A čelik?\n\nOdgovor: Kasnio je.\n', 'hr.md')).toEqual(['Interviewer (interviewer)', 'Maria Lopez (guest)', 'Interviewer (interviewer)', 'Maria Lopez (guest)']);
    // (And `Câu hỏi:`/`Trả lời:`, `Phóng viên:`, words of two syllables, the second in small letters.)
    expect(sides('# Cầu cần kiên nhẫn\n\nCâu hỏi: Cây cầu khó nhất là gì?\n\nTrả lời: Cầu sông Hồng.\n\nCâu hỏi: Còn thép?\n\nTrả lời: Luôn đến muộn.\n', 'vi.md')).toEqual(['Interviewer (interviewer)', 'Guest (guest)', 'Interviewer (interviewer)', 'Guest (guest)']);
    expect(sides('# Cầu cần kiên nhẫn\n\nPhóng viên: Cây cầu khó nhất là gì?\n\nÔng An: Cầu sông Hồng.\n\nPhóng viên: Còn thép?\n\nÔng An: Luôn đến muộn.\n', 'vi.md')).toEqual(['Phóng viên (interviewer)', 'Ông An (guest)', 'Phóng viên (interviewer)', 'Ông An (guest)']);
    expect(sides('# 다리는 인내가 필요합니다\n\n기자: 가장 어려웠던 다리는?\n\n김민수: 한강 다리였습니다.\n\n기자: 강철은요?\n\n김민수: 항상 늦었습니다.\n', 'ko.md')).toEqual(['기자 (interviewer)', '김민수 (guest)', '기자 (interviewer)', '김민수 (guest)']);
  });
});

describe('roles listed in the introduction (`Hosts: ...`, `Guests: ...`)', () => {
  it('the co-host introduced as "joined by Tom" stays a host when the introduction lists him among the hosts', () => {
    const r = ingest('# Bridges as code\n\nHosts: Maria Lopez, Tom Becker. Guests: Ana Silva and Li Wei.\n\n**Maria:** Welcome to the show. I’m joined by Tom, and our guests Ana and Li.\n\n**Tom:** Hello!\n\n**Ana:** Hi everyone, thanks for having us.\n\n**Li:** Happy to be here.\n\n**Maria:** Ana, what does it mean?\n\n**Ana:** Every bridge design is a program.\n\n**Tom:** And Li, you built the tooling?\n\n**Li:** Yes, the simulator.\n', 'panel.md');
    expect([...new Set(who(r))]).toEqual(['Maria Lopez (interviewer)', 'Tom Becker (interviewer)', 'Ana Silva (guest)', 'Li Wei (guest)']);
  });
  it('a conference’s `Speakers:` list names the moderator too: it fixes no side', () => {
    const r = ingest('# Bridges panel\n\nSpeakers: Jane Kim, Tom Becker, Ana Silva.\n\nJane Kim: Welcome to the panel. What is the biggest risk?\n\nTom Becker: Floods, every spring.\n\nAna Silva: Budgets, every year.\n\nJane Kim: And the next ten years?\n\nTom Becker: More floods.\n\nAna Silva: Smaller budgets.\n', 'panel.md');
    expect([...new Set(who(r))]).toEqual(['Jane Kim (interviewer)', 'Tom Becker (guest)', 'Ana Silva (guest)']);
  });
  it('in French, German and Italian too: "Animé par A et B. Invitée : C", `Moderation: A und B` / `Zu Gast: C`, `Conduttori: A e B`: the second host who asks is no guest', () => {
    const body = (intro: string) => `# Épisode 12\n\n${intro}\n\nTom : Bonjour à tous. Je suis Tom.\n\nAna : Et moi c’est Ana. Bienvenue Maria.\n\nMaria : Merci de m’accueillir.\n\nTom : Maria, pourquoi les ponts ?\n\nMaria : Mon père était charpentier.\n\nAna : Et ton premier pont ?\n\nMaria : Une passerelle à Oaxaca.\n`;
    const expected = ['Tom Becker (interviewer)', 'Ana Silva (interviewer)', 'Maria Lopez (guest)'];
    expect([...new Set(who(ingest(body('Animé par Tom Becker et Ana Silva. Invitée : Maria Lopez, ingénieure.'), 'fr.md')))]).toEqual(expected);
    expect([...new Set(who(ingest(body('Moderation: Tom Becker und Ana Silva\nZu Gast: Maria Lopez'), 'de.md')))]).toEqual(expected);
    expect([...new Set(who(ingest(body('Conduttori: Tom Becker e Ana Silva. Ospite: Maria Lopez.'), 'it.md')))]).toEqual(expected);
  });
});

describe('a label written once with a slip', () => {
  it('`Maria Lopex:` among `Maria Lopez:` is Maria Lopez, said in a warning; `Senator R:` is not `Senator M:`', () => {
    const r = ingest('# Bridges\n\nMaria Lopez: Welcome, Tom Becker. Great to have you.\n\nTom Becker: Thanks for having me.\n\nMaria Lopex: What was the hardest bridge you ever built?\n\nTom Becker: The one over the Rhine.\n\nMaria Lopez: And the steel?\n\nTom Beker: It came late, like always with that mill.\n', 'typo.md');
    expect(who(r)).toEqual(['Maria Lopez (interviewer)', 'Tom Becker (guest)', 'Maria Lopez (interviewer)', 'Tom Becker (guest)', 'Maria Lopez (interviewer)', 'Tom Becker (guest)']);
    // (Each slip said in a warning on its line: the reading is a guess, however likely.)
    expect(r.transcript.warnings.map((w) => [w.line, w.message])).toEqual([
      [7, "the label 'Maria Lopex' is read as Maria Lopez, whose name it misspells"],
      [13, "the label 'Tom Beker' is read as Tom Becker, whose name it misspells"],
    ]);
    const senators = ingest('Senator M: Thank you, chair. What is the risk to consumers here today?\n\nEA: Small, I would say.\n\nSenator Black: And fraud?\n\nEA: Rare.\n\nSenator M: And theft?\n\nEA: Rarer.\n\nSenator Black: Thank you.\n\nEA: Thank you.\n\nSenator R: Most impressive. When did you start working on this?\n\nEA: In 2011.\n', 'senate.md');
    expect(turnsOf(senators).map((t) => t.speaker)).toContain('Senator R');
  });
});

describe('diarization tools’ placeholders, and the front matter that names them', () => {
  const said = ['Welcome to the show. I’m Maria Lopez, and today my guest is Tom Becker.', 'Thanks for having me, Maria.', 'What was the hardest bridge you built?', 'The one over the Rhine.'];
  it('`SPEAKER_00:` (WhisperX) and `spk_0:` (AWS) are placeholders named by the self-introduction', () => {
    for (const [a, b] of [['[00:00:01] SPEAKER_00', '[00:00:06] SPEAKER_01'], ['spk_0', 'spk_1']]) {
      const r = ingest(said.map((t, i) => `${i % 2 ? b : a}: ${t}`).join('\n'), 'diarized.txt');
      expect(who(r)).toEqual(['Maria Lopez (interviewer)', 'Tom Becker (guest)', 'Maria Lopez (interviewer)', 'Tom Becker (guest)']);
    }
  });
  it('`speakers:` naming a placeholder (`Speaker 0: Maria Lopez`, `SPEAKER_01: Tom Becker`) or a role word (`Q: ...`) names it', () => {
    const text = ['Welcome to the show.', 'Thanks.', 'Why bridges?', 'Rivers.'];
    const fm = '---\nspeakers:\n  Speaker 0: { name: Maria Lopez, role: interviewer }\n  SPEAKER_01: Tom Becker\n---\n';
    const r = ingest(fm + text.map((t, i) => `${i % 2 ? 'SPEAKER_01' : 'Speaker 0'}: ${t}`).join('\n'), 'named.txt');
    expect(who(r)).toEqual(['Maria Lopez (interviewer)', 'Tom Becker (guest)', 'Maria Lopez (interviewer)', 'Tom Becker (guest)']);
    expect(r.transcript.warnings).toEqual([]);
    const qa = ingest('---\nspeakers:\n  Q: Tom Becker\n  A: Maria Lopez\n---\nQ: Why bridges?\n\nA: Rivers.\n\nQ: And steel?\n\nA: Late.\n', 'qa.md');
    expect(who(qa)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
  });
});

describe('a question and its answer in one paragraph', () => {
  it('`Q: Why? A: Because.` is two turns, in Markdown and in plain text', () => {
    for (const [text, file] of [['# Maria Lopez on bridges\n\nQ: What was the hardest bridge? A: The Rhine.\n\nQ: And the steel? **A:** Late.\n', 'inline.md'], ['Q: What was the hardest bridge? A: The Rhine.\nQ: And the steel? A: Late.\n', 'inline.txt']] as const) {
      const r = ingest(text, file);
      expect(turnsOf(r).map((t) => [t.role, t.paragraphs])).toEqual([
        ['interviewer', ['What was the hardest bridge?']],
        ['guest', ['The Rhine.']],
        ['interviewer', ['And the steel?']],
        ['guest', ['Late.']],
      ]);
    }
  });
});

describe('a transcript pasted without its line breaks', () => {
  it('starts a turn at each speaker’s label after the end of a sentence', () => {
    const r = ingest('# Bridges\n\nMaria Lopez: Welcome to the show, Tom. Tom Becker: Thanks for having me. Maria Lopez: What was the hardest bridge? Tom Becker: The one over the Rhine. Maria Lopez: And the steel? Tom Becker: It came late.\n', 'run-on.md');
    expect(turnsOf(r).map((t) => [t.speaker, t.paragraphs])).toEqual([
      ['Maria Lopez', ['Welcome to the show, Tom.']],
      ['Tom Becker', ['Thanks for having me.']],
      ['Maria Lopez', ['What was the hardest bridge?']],
      ['Tom Becker', ['The one over the Rhine.']],
      ['Maria Lopez', ['And the steel?']],
      ['Tom Becker', ['It came late.']],
    ]);
  });
  it('so with bold labels, `**Maria Lopez:**` or `**Maria Lopez**:` (the build failed: the turns run together)', () => {
    for (const [open, close] of [['**', ':**'], ['**', '**:']]) {
      const l = (n: string) => `${open}${n}${close}`;
      const r = ingest(`# Bridges\n\n${l('Tom Becker')} Welcome. ${l('Maria Lopez')} Thanks for having me, Tom. ${l('Tom Becker')} Why timber? ${l('Maria Lopez')} My father was a carpenter.\n`, 'run-on.md');
      expect(spoken(r), close).toEqual(['Tom Becker (interviewer): Welcome.', 'Maria Lopez (guest): Thanks for having me, Tom.', 'Tom Becker (interviewer): Why timber?', 'Maria Lopez (guest): My father was a carpenter.']);
    }
  });
  it('so with no space between a sentence’s end and the next label, nor after its colon, as a page’s text copied without its breaks glues them (the build failed)', () => {
    for (const [l, ext] of [[(n: string) => `${n}:`, 'txt'], [(n: string) => `**${n}:** `, 'md']] as const) {
      const r = ingest(`# Bridges\n\n${l('Tom Becker')}Welcome. Why timber?${l('Maria Lopez')}My father was a carpenter.${l('Tom Becker')}And then?${l('Maria Lopez')}“Bridges,” he said.\n`, `glued.${ext}`);
      expect(spoken(r), ext).toEqual(['Tom Becker (interviewer): Welcome. Why timber?', 'Maria Lopez (guest): My father was a carpenter.', 'Tom Becker (interviewer): And then?', 'Maria Lopez (guest): “Bridges,” he said.']);
    }
  });
  it('leaves a point glued after a sentence alone when it is nobody’s label (guard)', () => {
    const r = ingest('Tom Becker: Tell me about the sign.\n\nMaria Lopez: It said two things.Danger:Keep off.Welcome:Drive slowly.\n\nTom Becker: And now?\n\nMaria Lopez: Gone.\n', 'sign.txt');
    expect(turnsOf(r)[1]!.paragraphs).toEqual(['It said two things.Danger:Keep off.Welcome:Drive slowly.']);
  });
  it('leaves a bold point after a sentence alone when it is nobody’s label (guard)', () => {
    const r = ingest('**Tom Becker:** Tell me about the sign.\n\n**Maria Lopez:** It said two things. **Danger:** keep off. **Welcome:** drive slowly.\n\n**Tom Becker:** And now?\n\n**Maria Lopez:** Gone.\n', 'sign.md');
    expect(turnsOf(r)[1]!.paragraphs).toEqual(['It said two things. Danger: keep off. Welcome: drive slowly.']);
  });
  it('leaves a colon after a name in a sentence alone when it is nobody’s label', () => {
    const r = ingest('Maria Lopez: Tell me about the sign on the bridge.\n\nTom Becker: It said two things. Danger: keep off. Welcome: drive slowly. We painted it ourselves.\n\nMaria Lopez: And now?\n\nTom Becker: Gone.\n', 'sign.md');
    expect(turnsOf(r)[1]!.paragraphs).toEqual(['It said two things. Danger: keep off. Welcome: drive slowly. We painted it ourselves.']);
  });
});

describe('numbered roles, audience members and interpreters', () => {
  it('`Guest 2:` is a guest whatever it says, `Audience member 1:` and `Interpreter:` speak for themselves, neither side', () => {
    const r = ingest('# Panel\n\nHost: Welcome to our panel on bridges.\n\nGuest 1: Thanks for having us.\n\nGuest 2: Glad to be here.\n\nHost: What is the biggest risk?\n\nGuest 1: Floods.\n\nGuest 2: Budgets.\n\nAudience member 1: What about steel prices?\n\nGuest 1: They matter too.\n\nInterpreter: Prices matter less than labour, she says.\n', 'panel.md');
    expect(who(r)).toEqual([
      'Host (interviewer)', 'Guest 1 (guest)', 'Guest 2 (guest)', 'Host (interviewer)', 'Guest 1 (guest)', 'Guest 2 (guest)',
      'Audience member 1 (other)', 'Guest 1 (guest)', 'Interpreter (other)',
    ]);
  });
  it('two numbered guests stay two people when the front matter names one guest', () => {
    const r = ingest('---\nguest: Maria Lopez\n---\nHost: Welcome to our panel.\n\nGuest 1: Thanks for having us.\n\nGuest 2: Glad to be here.\n\nHost: What is the risk?\n\nGuest 1: Floods.\n\nGuest 2: Budgets.\n', 'panel.md');
    expect(turnsOf(r).map((t) => t.speaker)).toEqual(['Host', 'Guest 1', 'Guest 2', 'Host', 'Guest 1', 'Guest 2']);
  });
});

describe('names in lenticular brackets (`【山田】`), as Japanese and Chinese transcripts set labels', () => {
  it('reads each bracketed name as the speaker of the words after it', () => {
    const r = ingest('# 橋をつくる人\n\n【山田】いちばん難しかった橋は？\n\n【佐藤】ライン川の橋です。\n\n【山田】鉄骨は？\n\n【佐藤】遅れて届きました。\n', 'ja.md');
    expect(turnsOf(r).map((t) => [t.speaker, t.role, t.paragraphs[0]])).toEqual([
      ['山田', 'interviewer', 'いちばん難しかった橋は？'],
      ['佐藤', 'guest', 'ライン川の橋です。'],
      ['山田', 'interviewer', '鉄骨は？'],
      ['佐藤', 'guest', '遅れて届きました。'],
    ]);
  });
});

describe('a talk the title announces, no front matter naming its speaker, then `Q:` and `A:` under a heading for the questions', () => {
  const qa = (q: string, a: string, q2: string, a2: string) => `\n\n${q}: How much would it cost?\n\n${a}: Less than one collapse.\n\n${q2}: Does timber survive the damp?\n\n${a2}: If it is well designed, yes.\n`;
  it('“Vortrag von Maria Lopez” above `## Fragen aus dem Publikum`: the talk is hers, the questions the audience’s', () => {
    const r = ingest(`# Vortrag von Maria Lopez: Brücken lügen nicht\n\nGuten Morgen. Heute möchte ich über Brücken sprechen.\n\nMein Vater war Zimmermann.\n\nHeute prüfen wir alle zwei Jahre. Das ist verkehrt.\n\n## Fragen aus dem Publikum${qa('Frage', 'Antwort', 'Frage', 'Antwort')}`, 'vortrag.md');
    expect(r.transcript.intro).toEqual([]);
    expect(who(r)).toEqual(['Maria Lopez (guest)', 'Audience (other)', 'Maria Lopez (guest)', 'Audience (other)', 'Maria Lopez (guest)']);
    expect(turnsOf(r)[0]!.paragraphs).toHaveLength(3);
    expect(r.transcript.warnings.map((w) => w.message)).toContain('the paragraphs before the questions are read as the talk the title announces, by Maria Lopez, who answers');
  });
  it('“Charla de Maria Lopez” with a dek naming her: the dek is the intro, the talk hers', () => {
    const r = ingest(`---\ntitle: Charla de Maria Lopez en Bridge Week 2026\n---\n\nTranscripción de la charla de Maria Lopez, seguida de preguntas del público.\n\nBuenos días a todos. Hoy quiero hablar de puentes.\n\nMi padre era carpintero.\n\nLas inspecciones están al revés.\n\n## Preguntas y respuestas${qa('P', 'R', 'P', 'R')}`, 'charla.md');
    expect(r.transcript.intro.map((p) => p.text)).toEqual(['Transcripción de la charla de Maria Lopez, seguida de preguntas del público.']);
    expect(who(r)).toEqual(['Maria Lopez (guest)', 'Audience (other)', 'Maria Lopez (guest)', 'Audience (other)', 'Maria Lopez (guest)']);
  });
  it('a title naming someone at an event above paragraphs in the first person: a talk; above a writer’s intro about her, no talk (guard)', () => {
    const talk = ingest(`# Why Bridges Don't Lie — Maria Lopez at Bridge Week 2026\n\nGood morning, everyone. Today I want to talk about bridges.\n\nMy father was a carpenter.\n\nWe inspect every two years. That is backwards, and you know it.\n\n## Q&A${qa('Q', 'A', 'Q', 'A')}`, 'talk.md');
    expect(who(talk)).toEqual(['Maria Lopez (guest)', 'Audience (other)', 'Maria Lopez (guest)', 'Audience (other)', 'Maria Lopez (guest)']);
    // (In a text file too, its `Q&A` line the heading, no words of the talk.)
    const txt = ingest(`Why Bridges Don't Lie — Maria Lopez at Bridge Week 2026\n\nGood morning, everyone. Today I want to talk about bridges.\n\nMy father was a carpenter.\n\nWe inspect every two years. That is backwards, and you know it.\n\nQ&A${qa('Q', 'A', 'Q', 'A')}`, 'talk.txt');
    expect([txt.transcript.sections.map((s) => s.heading), turnsOf(txt)[0]!.paragraphs.at(-1)]).toEqual([[null, 'Q&A'], 'We inspect every two years. That is backwards, and you know it.']);
    const article = ingest(`# The inspector — Maria Lopez at Rhine Works\n\nMaria Lopez has inspected bridges for twenty years.\n\nShe started in Oaxaca, on a footbridge.\n\nToday she runs the inspections at Rhine Works.\n\n## Q&A${qa('Q', 'A', 'Q', 'A')}`, 'article.md');
    expect(article.transcript.intro).toHaveLength(3);
    expect(turnsOf(article).map((t) => t.role)).toEqual(['interviewer', 'guest', 'interviewer', 'guest']);
  });
});

describe('a talk whose only labels are the audience’s questions', () => {
  const r = ingest('# Why bridges fail\n\nSpeaker: Maria Lopez, Rhine Works\n\nThank you all for coming.\n\nMost bridges fail because nobody pays for the inspection.\n\n## Q&A\n\nAudience member: What about concrete bridges?\n\nConcrete is worse: you cannot see the rust inside it.\n\nAudience member: Who should pay?\n\nThe owner, always.\n', 'talk.md');
  it('gives the unlabelled answers to the speaker the header names, not to an interviewer', () => {
    expect(turnsOf(r).map((t) => [t.speaker, t.role, t.paragraphs[0]])).toEqual([
      ['Audience member', 'other', 'What about concrete bridges?'],
      ['Maria Lopez', 'guest', 'Concrete is worse: you cannot see the rust inside it.'],
      ['Audience member', 'other', 'Who should pay?'],
      ['Maria Lopez', 'guest', 'The owner, always.'],
    ]);
  });
  it('keeps the header line `Speaker: ...` as the intro’s, not a speaker called Speaker', () => {
    expect(r.transcript.intro[0]!.text).toBe('Speaker: Maria Lopez, Rhine Works');
    expect(who(r).some((w) => w.startsWith('Speaker'))).toBe(false);
  });
  it('and with the speaker the front matter lists labelled in the answers, the talk is hers, not the intro, and she answers; its slides’ marks (`[Slide 2]`) are nobody’s words', () => {
    const t = ingest('---\ntitle: Why bridges fail\nspeakers: [Maria Lopez]\n---\n\n[Slide 1: Why bridges fail]\n\nThank you all for coming. I want to talk about water.\n\n[Slide 2]\n\nMost bridges that fail do not fail because of traffic.\n\nThey fail because of scour.\n\n## Q&A\n\nAudience member: How do you measure scour?\n\nMaria Lopez: With sonar, mostly.\n\nAudience member: And who pays?\n\nMaria Lopez: Nobody.\n', 'talk-fm.md');
    expect([t.transcript.intro, t.transcript.sections.map((s) => s.heading)]).toEqual([[], [null, 'Q&A']]);
    expect(spoken(t)).toEqual(['Maria Lopez (guest): Thank you all for coming. I want to talk about water. | Most bridges that fail do not fail because of traffic. | They fail because of scour.', 'Audience member (other): How do you measure scour?', 'Maria Lopez (guest): With sonar, mostly.', 'Audience member (other): And who pays?', 'Maria Lopez (guest): Nobody.']);
    expect(t.transcript.removed.map((x) => x.text)).toEqual(['[Slide 1: Why bridges fail]', '[Slide 2]']);
  });
  it('without front matter, the speaker named under the title and labelled in the answers, `Questions` alone above the first: the talk is hers, said in a warning (it was the intro, `Questions` the end of its last paragraph)', () => {
    const text = 'Why bridges fail\nMaria Lopez\nBridge Conference 2024\n\nThanks everyone for coming. Today I want to talk about water.\n\nMost bridges do not fail because of load.\n\nThey fail because of scour.\n\nQuestions\n\nAudience: What about drones?\n\nMaria Lopez: They help a lot.\n\nAudience: Who pays?\n\nMaria Lopez: The owner, always.\n';
    const t = ingest(text, 'talk.txt');
    expect(t.transcript.intro.map((p) => p.text)).toEqual(['Maria Lopez', 'Bridge Conference 2024']);
    expect(t.transcript.sections.map((s) => s.heading)).toEqual([null, 'Questions']);
    expect(spoken(t)).toEqual(['Maria Lopez (guest): Thanks everyone for coming. Today I want to talk about water. | Most bridges do not fail because of load. | They fail because of scour.', 'Audience (other): What about drones?', 'Maria Lopez (guest): They help a lot.', 'Audience (other): Who pays?', 'Maria Lopez (guest): The owner, always.']);
    expect(t.transcript.warnings.map((w) => w.line)).toContain(5);
    // (Under `Q:`, as an interview's questions are labelled too, the paragraphs stay the intro.)
    const q = ingest(text.replaceAll('Audience:', 'Q:'), 'talk.txt');
    expect(q.transcript.intro.map((p) => p.text)).toContain('Thanks everyone for coming. Today I want to talk about water.');
  });
});

describe('role words of Chinese and Japanese interviews', () => {
  it('`记者：`/`受访者：` and `聞き手：`/`ゲスト：` are the interviewer and the guest', () => {
    // (Said the other way round from what evidence would guess: the reporter states, the interviewee asks back.)
    const zh = ingest('# 桥梁\n\n记者：请谈谈长江上的那座桥。\n\n受访者：您想知道哪一部分？钢材还是工期？\n\n记者：钢材。\n\n受访者：钢材总是迟到，您知道为什么吗？\n', 'zh.md');
    expect(turnsOf(zh).map((t) => t.role)).toEqual(['interviewer', 'guest', 'interviewer', 'guest']);
    const ja = ingest('# 橋\n\n聞き手：ライン川の橋について教えてください。\n\nゲスト：どの部分ですか？鉄骨ですか？\n\n聞き手：鉄骨です。\n\nゲスト：遅れて届きました。なぜだと思いますか？\n', 'ja.md');
    expect(turnsOf(ja).map((t) => t.role)).toEqual(['interviewer', 'guest', 'interviewer', 'guest']);
  });
});

describe('a name and a time alone on a line, in other tools’ shapes', () => {
  const body = ['Welcome to the show, Tom. I am Maria Lopez.', 'Thanks for having me, Maria. I am Tom Becker.', 'Why bridges?', 'Rivers.'];
  const expected = [['Maria Lopez', 0], ['Tom Becker', 5], ['Maria Lopez', 9], ['Tom Becker', 12]];
  it.each([
    ['`Name  |  00:00`', (n: string, t: string) => `${n}  |  ${t}`],
    ['`00:00:00 - Name`', (n: string, t: string) => `00:${t} - ${n}`],
    ['`[Speaker 1] 00:00:00`', (n: string, t: string) => `[${n === 'Maria Lopez' ? 'Speaker 1' : 'Speaker 2'}] 00:${t}`],
  ])('%s above the words is a timed label', (_, line) => {
    const times = ['00:00', '00:05', '00:09', '00:12'];
    const text = body.map((b, i) => `${line(i % 2 ? 'Tom Becker' : 'Maria Lopez', times[i]!)}\n${b}`).join('\n\n');
    expect(turnsOf(ingest(text, 'tool.txt')).map((t) => [t.speaker, t.time])).toEqual(expected);
  });
});

describe('header lines naming the guest and the host above `Q:`/`A:`', () => {
  it('`Guest: Maria Lopez` and `Host: Tom Becker` are the intro and name the sides, not turns of their own', () => {
    const r = ingest('# Bridges\n\nGuest: Maria Lopez\nHost: Tom Becker\n\nQ: What was the hardest bridge?\n\nA: The one over the Rhine.\n\nQ: And the steel?\n\nA: It came late.\n', 'header.md');
    expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
    expect(r.transcript.intro.map((p) => p.text)).toEqual(['Guest: Maria Lopez Host: Tom Becker']);
  });
  it('a legend, each side’s letter and whom it stands for (`**Q** – Tom Becker, Bridge Talk`, `F = Tom Becker`), names them (both were shown as “Interviewer” and “Guest”)', () => {
    for (const [q, a] of [['**Q** – Tom Becker, Bridge Talk', '**A** – Maria Lopez, Rhine Works'], ['Q = Tom Becker', 'A = Maria Lopez.']]) {
      const r = ingest(`# Bridges\n\n${q}\n${a}\n\nQ: What was the hardest bridge?\n\nA: The one over the Rhine.\n\nQ: And the steel?\n\nA: It came late.\n`, 'legend.md');
      expect(who(r), q).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
    }
    const de = ingest('# Brücken\n\nF – Tom Becker\n\nA – Maria Lopez\n\nF: Welche Brücke war die schwerste?\n\nA: Die über den Rhein.\n\nF: Und der Stahl?\n\nA: Kam zu spät.\n', 'legende.md');
    expect(who(de)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
  });
});

describe('role words for hosts and guests in German, French, Spanish, Italian and Portuguese', () => {
  it('`Moderatorin:`/`Gast:` and `Animatrice :`/`Invitée :` keep their roles even where the guest asks back', () => {
    const de = ingest('# Brücken\n\nModeratorin: Erzählen Sie von der Brücke über den Rhein.\n\nGast: Welche Seite davon meinen Sie? Den Stahl?\n\nModeratorin: Den Stahl.\n\nGast: Der kam zu spät. Wissen Sie, warum?\n', 'de.md');
    expect(who(de)).toEqual(['Moderatorin (interviewer)', 'Gast (guest)', 'Moderatorin (interviewer)', 'Gast (guest)']);
    const fr = ingest('# Ponts\n\nAnimatrice : Parlez-nous du pont sur le Rhin.\n\nInvitée : Quelle partie ? L’acier ?\n\nAnimatrice : L’acier.\n\nInvitée : Il est arrivé en retard. Vous savez pourquoi ?\n', 'fr.md');
    expect(who(fr)).toEqual(['Animatrice (interviewer)', 'Invitée (guest)', 'Animatrice (interviewer)', 'Invitée (guest)']);
  });
});

describe('the guest’s name as a label once, among unlabelled answers under bold questions', () => {
  it('is taken off her words, in the text and on the page', () => {
    const r = ingest('# Maria Lopez on bridges\n\nBy Tom Becker\n\n**What was the hardest bridge?**\n\n**Maria Lopez:** The one over the Rhine.\n\n**And the steel?**\n\nIt came late.\n\n**Would you do it again?**\n\nEvery time.\n', 'qa.md');
    const answer = r.transcript.sections[0]!.turns[1]!;
    expect([answer.speaker, answer.paragraphs[0]!.text, answer.paragraphs[0]!.html]).toEqual(['Maria Lopez', 'The one over the Rhine.', '<p>The one over the Rhine.</p>']);
  });
});

describe('a name linked to the speaker’s page as the label', () => {
  it('`**[Maria Lopez](https://...):**` is Maria Lopez’s label; neither the link nor the name stays in her words', () => {
    const r = ingest('# Bridges\n\n**[Maria Lopez](https://example.org/maria):** What was the hardest bridge?\n\n**[Tom Becker](https://example.org/tom):** The one over the Rhine.\n\n**[Maria Lopez](https://example.org/maria):** And the steel?\n\n**[Tom Becker](https://example.org/tom):** It came late.\n', 'linked.md');
    expect(who(r)).toEqual(['Maria Lopez (interviewer)', 'Tom Becker (guest)', 'Maria Lopez (interviewer)', 'Tom Becker (guest)']);
    expect(r.transcript.sections[0]!.turns[1]!.paragraphs[0]!.html).toBe('<p>The one over the Rhine.</p>');
  });
});

describe('a note on how something is said, in parentheses after the name', () => {
  it('`Tom Becker (laughing):` is Tom Becker’s label, and the note stays with his words', () => {
    const r = ingest('Maria Lopez: What was the hardest bridge?\n\nTom Becker (laughing): The one over the Rhine, of course.\n\nMaria Lopez: And the steel?\n\nTom Becker: It came late.\n\nMaria Lopez (to the audience): Any questions?\n\nTom Becker: None? Good.\n', 'notes.md');
    expect(turnsOf(r).map((t) => [t.speaker, t.paragraphs[0]])).toEqual([
      ['Maria Lopez', 'What was the hardest bridge?'],
      ['Tom Becker', '(laughing) The one over the Rhine, of course.'],
      ['Maria Lopez', 'And the steel?'],
      ['Tom Becker', 'It came late.'],
      ['Maria Lopez', '(to the audience) Any questions?'],
      ['Tom Becker', 'None? Good.'],
    ]);
    expect(r.transcript.sections[0]!.turns[1]!.paragraphs[0]!.html).toBe('<p>(laughing) The one over the Rhine, of course.</p>');
  });
  it('a role and a note in one pair (`Jan de Vries (Guest, through an interpreter):`): his turn on the guest’s side, the note with his words', () => {
    const r = ingest('# Bridges\n\nTom Becker (Host): Welcome to the show.\n\nMaria Lopez (Guest): Thanks for having me.\n\nTom Becker (Host): Why bridges?\n\nMaria Lopez (Guest): Because they fail quietly.\n\nJan de Vries (Guest, through an interpreter): In the Netherlands we inspect every year.\n\nTom Becker (Host): Every year?\n\nMaria Lopez (Guest): We should too.\n', 'role-note.md');
    expect(spoken(r).slice(3, 5)).toEqual(['Maria Lopez (guest): Because they fail quietly.', 'Jan de Vries (guest): (through an interpreter) In the Netherlands we inspect every year.']);
  });
  it('`Tom Becker [laughs]:` in square brackets too', () => {
    const r = ingest('Maria Lopez: Why?\n\nTom Becker [laughs]: Because of the river.\n\nMaria Lopez: And?\n\nTom Becker: Nothing else.\n', 'notes.md');
    expect(turnsOf(r).map((t) => [t.speaker, t.paragraphs[0]])).toEqual([
      ['Maria Lopez', 'Why?'],
      ['Tom Becker', '[laughs] Because of the river.'],
      ['Maria Lopez', 'And?'],
      ['Tom Becker', 'Nothing else.'],
    ]);
  });
});

describe('two speakers with one first name, one turn labelled by it', () => {
  const r = ingest('# Bridges\n\nBen Thompson: Welcome. How did you get into bridges?\n\nMaria Lopez: My father built roads.\n\nBen Gilbert: And self-healing concrete?\n\nMaria Lopez: That came later.\n\nBen: What happens next?\n\nMaria Lopez: Three test spans on the Rhine.\n\nBen Gilbert: Thanks.\n', 'bens.md');
  it('`Ben:` is a turn of its own, shown as written, not the previous speaker’s words', () => {
    expect(turnsOf(r).map((t) => [t.speaker, t.paragraphs[0]])[4]).toEqual(['Ben', 'What happens next?']);
    expect(turnsOf(r)[3]!.paragraphs).toEqual(['That came later.']);
  });
  it('is reported: a warning naming both, and the paragraph among the uncertain ones', () => {
    expect(r.transcript.warnings.map((w) => [w.line, w.message])).toEqual([[11, "speaker label 'Ben' could be Ben Thompson or Ben Gilbert; shown as 'Ben'"]]);
    expect(r.uncertain.map((u) => [u.line, u.speaker, u.alternative])).toEqual([[11, 'Ben', 'Ben Thompson or Ben Gilbert']]);
  });
  it('so where each full name labels one turn only (`Maria:` beside `Maria Lopez:` and `Maria Chen:`, once each; it stayed in the turn above, label and all)', () => {
    const m = ingest('# Bridges\n\nTom Becker: Welcome, both.\n\nMaria Lopez: Thanks, Tom.\n\nMaria Chen: Glad to be here.\n\nTom Becker: What do you look at first?\n\nLopez: Water.\n\nChen: The load path.\n\nMaria: I agree with that.\n\nTom Becker: Thank you both.\n', 'marias.md');
    expect(spoken(m).slice(4, 7)).toEqual(['Maria Lopez (guest): Water.', 'Maria Chen (guest): The load path.', 'Maria (guest): I agree with that.']);
    expect(m.uncertain.map((u) => [u.line, u.speaker, u.alternative])).toEqual([[15, 'Maria', 'Maria Lopez or Maria Chen']]);
  });
  it('a bare title (`Senator:`) among titled names is no such guess', () => {
    const s = ingest('Senator Black: Why bridges?\n\nMaria Lopez: My father built roads.\n\nSenator Greene: And concrete?\n\nMaria Lopez: Later.\n\nSenator: Thank you.\n\nMaria Lopez: Thank you.\n', 'senate.md');
    expect(s.transcript.warnings).toEqual([]);
  });
});

describe('a dek that says who talks with whom', () => {
  it('"A and B talk with C": A and B ask, C answers, though A asks once and thanks', () => {
    const r = ingest('# Bridges\n\nBen Thompson and Ben Gilbert talk with Maria Lopez.\n\nBen Thompson: Welcome. How did you get into bridges?\n\nMaria Lopez: My father built roads, and I grew up on them.\n\nBen Gilbert: And self-healing concrete?\n\nMaria Lopez: That came later, at university.\n\nBen Gilbert: What happens next?\n\nMaria Lopez: Three test spans on the Rhine.\n\nBen Thompson: That was fun, and we learned a lot today about bridges and rivers.\n\nMaria Lopez: Thanks.\n', 'dek.md');
    expect([r.transcript.interviewer, r.transcript.guest]).toEqual(['Ben Thompson, Ben Gilbert', 'Maria Lopez']);
  });
  it('"C, interviewed by A" the other way round', () => {
    const r = ingest('# Bridges\n\nMaria Lopez, interviewed by Tom Becker.\n\nTom Becker: Tell me about the Rhine.\n\nMaria Lopez: I grew up near it. Did the old bridge shake? It did, every day for ten years.\n\nTom Becker: And then you built a new one.\n\nMaria Lopez: Yes. Who else would?\n', 'dek2.md');
    expect([r.transcript.interviewer, r.transcript.guest]).toEqual(['Tom Becker', 'Maria Lopez']);
  });
  it('"A and B host ...", "Their guest is C": the co-host who only greets asks too; a guest who hosts a show of her own still answers (guard)', () => {
    const r = ingest('# Rivers and Roads 40\n\nTom Becker and Tom Baker host Rivers and Roads. Their guest is Maria Lopez.\n\nTom Becker: Welcome, Maria.\n\nTom Baker: Good to have you.\n\nMaria Lopez: Thanks, both of you.\n\nTom Becker: Why bridges?\n\nMaria Lopez: My father built them.\n', 'hosts.md');
    expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Tom Baker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
    const own = ingest('# Maria Lopez on her podcast\n\nMaria Lopez hosts the Bridges podcast. She joins Tom Becker this week.\n\nTom Becker: Welcome to Rivers and Roads. Maria, welcome.\n\nMaria Lopez: Thanks, Tom. Good to be here.\n\nTom Becker: Why a podcast?\n\nMaria Lopez: Because nobody talks about bridges until one falls.\n', 'own.md');
    expect([own.transcript.interviewer, own.transcript.guest]).toEqual(['Tom Becker', 'Maria Lopez']);
  });
});

describe('television captions: `>>` marks each change of speaker, a name only now and then', () => {
  const text = '>> TOM BECKER: WELCOME TO THE SHOW. HOW DID YOU GET INTO BRIDGES?\n>> MARIA LOPEZ: MY FATHER BUILT ROADS.\n>> WHAT ABOUT SELF-HEALING CONCRETE?\n>> THAT CAME LATER, AT UNIVERSITY.\n>> TOM BECKER: THANK YOU.\n';
  const expected = [
    ['Tom Becker', 'WELCOME TO THE SHOW. HOW DID YOU GET INTO BRIDGES?'],
    ['Maria Lopez', 'MY FATHER BUILT ROADS.'],
    ['Tom Becker', 'WHAT ABOUT SELF-HEALING CONCRETE?'],
    ['Maria Lopez', 'THAT CAME LATER, AT UNIVERSITY.'],
    ['Tom Becker', 'THANK YOU.'],
  ];
  const said = (r: IngestResult) => turnsOf(r).flatMap((t) => t.paragraphs.map((p) => [t.speaker, p]));
  it('in plain text: a mark without a name is the other speaker of the dialogue, reported as a guess', () => {
    const r = ingest(text, 'news.txt');
    expect(said(r)).toEqual(expected);
    expect(r.uncertain.map((u) => [u.line, u.speaker, u.alternative])).toEqual([[3, 'Tom Becker', 'Maria Lopez'], [4, 'Maria Lopez', 'Tom Becker']]);
  });
  it('in Markdown, where `>>` would be a quote in a quote', () => {
    expect(said(ingest(text, 'news.md'))).toEqual(expected);
  });
  it('in WebVTT, a name said once after the mark included', () => {
    const vtt = `WEBVTT\n\n${text.trim().split('\n').map((l, i) => `00:00:${String(i * 3 + 10)}.000 --> 00:00:${String(i * 3 + 12)}.000\n${l}`).join('\n\n')}\n`;
    const r = ingest(vtt, 'news.vtt');
    expect(said(r)).toEqual(expected);
    expect(r.uncertain).toHaveLength(2);
  });
  it('an e-mail’s `>>` quotes without labels are no captions', () => {
    const r = ingest('Tom Becker: You wrote to me:\n\n>> Bridges heal.\n>> Roads do not.\n>> Rivers decide.\n\nWhat did you mean?\n\nMaria Lopez: That bridges can heal.\n\nTom Becker: How?\n\nMaria Lopez: With bacteria.\n', 'mail.md');
    expect(r.uncertain).toEqual([]);
    expect(turnsOf(r).map((t) => [t.speaker, t.paragraphs.length])).toEqual([['Tom Becker', 3], ['Maria Lopez', 1], ['Tom Becker', 1], ['Maria Lopez', 1]]);
  });
});

describe('captions’ `>>` marks naming no one, the first turn introducing the host and the guest', () => {
  const turns = ['Welcome to Bridge Talk. I’m Tom Becker, and my guest today is Maria Lopez. Maria, welcome.', 'Thanks, Tom. Glad to be here.', 'How did it start?', 'With a crack in a bridge near my house.', 'And the concrete?', 'It makes limestone when water gets in.', 'Maria Lopez, thank you.', 'Thank you.'];
  it('reads two voices taking turns, the host opening, and says so (the build failed)', () => {
    const r = ingest(`${turns.map((t) => `>> ${t}`).join('\n')}\n`, 'captions.txt');
    expect(who(r)).toEqual(turns.map((_, k) => (k % 2 === 0 ? 'Tom Becker (interviewer)' : 'Maria Lopez (guest)')));
    expect(turnsOf(r)[2]!.paragraphs).toEqual(['How did it start?']);
    expect(r.transcript.warnings.map((w) => w.message).join('\n')).toMatch(/read as Tom Becker and Maria Lopez taking turns/);
  });
  it('or where the front matter names the interviewer and the guest, the first turn naming no one', () => {
    const plain = ['Welcome back to the show.', ...turns.slice(1)];
    const r = ingest(`---\ninterviewer: Tom Becker\nguest: Maria Lopez\n---\n${plain.map((t) => `>> ${t}`).join('\n')}\n`, 'captions.txt');
    expect(who(r)).toEqual(plain.map((_, k) => (k % 2 === 0 ? 'Tom Becker (interviewer)' : 'Maria Lopez (guest)')));
  });
  it('not where the turns would not ask and answer so, a third voice throwing them off (guard)', () => {
    const off = [...turns.slice(0, 3), 'Can I jump in? I was there too.', ...turns.slice(3)];
    expect(() => ingest(`${off.map((t) => `>> ${t}`).join('\n')}\n`, 'captions.txt')).toThrow(/but name no one/);
  });
});

describe('a name alone on its line that labels no words', () => {
  it('is kept as text, with a warning on its line, not dropped', () => {
    const r = ingest('# Bridges\n\n**Maria Lopez**\n\nWhy bridges?\n\n**Tom Becker**\n\nMy father.\n\n**Maria Lopez**\n\n**Tom Becker**\n\nAnd concrete.\n\n**Maria Lopez**\n\nThanks.\n', 'alone.md');
    expect(turnsOf(r).flatMap((t) => t.paragraphs)).toEqual(['Why bridges?', 'My father.', 'Maria Lopez', 'And concrete.', 'Thanks.']);
    expect(r.transcript.warnings.map((w) => [w.line, w.message])).toEqual([[11, "'Maria Lopez' stands alone like a speaker's name but labels no words; kept as text"]]);
  });
  it('so is a label with its colon above words labelled by another (`Maria Lopez:` above `Tom Becker: ...`), and one on the file’s last line, after the interview (both were dropped without a word)', () => {
    const r = ingest('Tom Becker: Why timber?\n\nMaria Lopez: Because it bends.\n\nMaria Lopez:\n\nTom Becker: And steel?\n\nMaria Lopez: It rusts.\n\nTom Becker:\n', 'alone.txt');
    expect(spoken(r)).toEqual(['Tom Becker (interviewer): Why timber?', 'Maria Lopez (guest): Because it bends. | Maria Lopez:', 'Tom Becker (interviewer): And steel?', 'Maria Lopez (guest): It rusts.']);
    expect(r.transcript.outro.map((p) => p.text)).toEqual(['Tom Becker:']);
    expect(r.transcript.warnings.map((w) => w.line).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual([5, 11]);
  });
});

describe('an emoji before each speaker’s name (`🎙️ **Tom:**`)', () => {
  it('and a flag, two regional indicators (`🇩🇪 Maria Lopez:`) (the build failed)', () => {
    const r = ingest('# Bridges\n\n🇺🇸 Tom Becker: Welcome. Why bridges?\n\n🇩🇪 Maria Lopez: Because my father built them.\n\n🇺🇸 Tom Becker: And steel?\n\n🇩🇪 **Maria Lopez:** It rusts.\n', 'flags.md');
    expect(spoken(r)).toEqual(['Tom Becker (interviewer): Welcome. Why bridges?', 'Maria Lopez (guest): Because my father built them.', 'Tom Becker (interviewer): And steel?', 'Maria Lopez (guest): It rusts.']);
    // (Or after it, `Maria Lopez 🇩🇪:`.)
    const after = ingest('# Bridges\n\nTom Becker 🇺🇸: Welcome. Why bridges?\n\nMaria Lopez 🇩🇪: Because my father built them.\n\nTom Becker 🇺🇸: And steel?\n\nMaria Lopez 🇩🇪: It rusts.\n', 'flags.md');
    expect(spoken(after)).toEqual(spoken(r));
  });
  it('is decoration: the name is the label, and neither stays in the words', () => {
    const r = ingest('# Rivers and Roads\n\n🎙️ **Tom:** Welcome. How did you get into bridges?\n\n🌉 **Maria:** My father built roads.\n\n🎙️ **Tom:** And concrete?\n\n🌉 **Maria:** That came later.\n', 'emoji.md');
    expect(turnsOf(r).map((t) => [t.speaker, t.paragraphs[0]])).toEqual([
      ['Tom', 'Welcome. How did you get into bridges?'],
      ['Maria', 'My father built roads.'],
      ['Tom', 'And concrete?'],
      ['Maria', 'That came later.'],
    ]);
    expect(r.transcript.sections[0]!.turns[1]!.paragraphs[0]!.html).toBe('<p>My father built roads.</p>');
  });
  it('and so is a bullet a page sets before each (`• Tom Becker:`, `➤`, `►`)', () => {
    for (const mark of ['•', '➤', '►']) {
      const r = ingest(`# Bridges\n\n${mark} Tom Becker: Why timber?\n\n${mark} Maria Lopez: My father was a carpenter.\n\n${mark} Tom Becker: And steel?\n\n${mark} Maria Lopez: Steel is patient.\n`, 'bullets.md');
      expect(spoken(r), mark).toEqual(['Tom Becker (interviewer): Why timber?', 'Maria Lopez (guest): My father was a carpenter.', 'Tom Becker (interviewer): And steel?', 'Maria Lopez (guest): Steel is patient.']);
    }
  });
});

describe('the role written before the name (`Host Tom Becker:`, `Guest Maria Lopez:`)', () => {
  it('is the person, in that role', () => {
    const r = ingest('# Rivers and Roads\n\nHost Tom Becker: Welcome. How did you get into bridges?\n\nGuest Maria Lopez: My father built roads.\n\nHost Tom Becker: And concrete?\n\nGuest Maria Lopez: That came later.\n', 'rolefirst.md');
    expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
  });
});

describe('a title and a surname as labels (`Mr. Becker:`, `Ms. Lopez:`), the full names in the dek', () => {
  it('shows the full names', () => {
    const r = ingest('# A conversation about bridges\n\nTom Becker spoke with the engineer Maria Lopez in Bonn.\n\nMr. Becker: How did you get into bridges?\n\nMs. Lopez: My father built roads.\n\nMr. Becker: And concrete?\n\nMs. Lopez: That came later.\n', 'honorific.md');
    expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
  });
});

describe('two guests answering one `Q:`, each named in full once and by surname once', () => {
  const r = ingest('# Two engineers on the Rhine bridges\n\nInterview by Tom Becker\n\n**Q: How did you both start?**\n\n**Maria Lopez:** My father built roads.\n\n**Ana Silva:** I started in software, actually.\n\n**Q: And now?**\n\n**Lopez:** Three test spans.\n\n**Silva:** And a sensor network on each.\n', 'two-guests.md');
  it('gives each answer to its speaker, both guests, the questions to the byline', () => {
    expect(turnsOf(r).map((t) => [`${t.speaker} (${t.role})`, t.paragraphs[0]])).toEqual([
      ['Tom Becker (interviewer)', 'How did you both start?'],
      ['Maria Lopez (guest)', 'My father built roads.'],
      ['Ana Silva (guest)', 'I started in software, actually.'],
      ['Tom Becker (interviewer)', 'And now?'],
      ['Maria Lopez (guest)', 'Three test spans.'],
      ['Ana Silva (guest)', 'And a sensor network on each.'],
    ]);
  });
});

describe('a headline on the first line of plain text, right above a tool’s name and time lines', () => {
  it('is the title, with a colon in it', () => {
    const r = ingest('Rivers and roads: a talk with Maria Lopez\n\nTom Becker  00:00\nWelcome. How did you get into bridges?\n\nMaria Lopez  00:12\nMy father built roads.\n\nTom Becker  01:05\nAnd concrete?\n\nMaria Lopez  01:20\nThat came later.\n', 'episode.txt');
    expect([r.transcript.title, r.transcript.intro.length, r.transcript.sections[0]!.heading]).toEqual(['Rivers and roads: a talk with Maria Lopez', 0, null]);
  });
  it('and above a research interview’s fields (`Date: 3 November 2026`, `Location: Bonn`), which are the intro', () => {
    const r = ingest('Interview 7 - Bridge inspectors study\nDate: 3 November 2026\nLocation: Bonn\n\nI: Could you tell me about your role?\n\nR: I inspect bridges.\n\nI: What would make it easier?\n\nR: Money.\n', 'research.txt');
    expect([r.transcript.title, r.transcript.intro.map((p) => p.text), r.transcript.sections.map((s) => s.heading), r.transcript.date]).toEqual(['Interview 7 - Bridge inspectors study', ['Date: 3 November 2026', 'Location: Bonn'], [null], '2026-11-03']);
  });
  it('with the interviewer’s initials among them (`Interviewer: TB`): a field, not the interviewer’s first words, nor `Duration: 41 minutes` under it (both were his turn)', () => {
    const r = ingest('Interview 7 - Bridge inspectors study\nDate: 3 November 2026\nInterviewer: TB\nDuration: 41 minutes\n\nI: Could you tell me about your role?\n\nR: I inspect bridges.\n\nI: What would make it easier?\n\nR: Money.\n', 'research.txt');
    expect(r.transcript.intro.map((p) => p.text)).toEqual(['Date: 3 November 2026', 'Interviewer: TB', 'Duration: 41 minutes']);
    expect(turnsOf(r)[0]!.paragraphs).toEqual(['Could you tell me about your role?']);
  });
  it('keeps a first turn that answers in capitals where no field is near it (guard)', () => {
    const r = ingest('Interview 7 - Bridge inspectors study\n\nI: Are you ready?\n\nR: OK\n\nI: What would make it easier?\n\nR: Money.\n', 'research.txt');
    expect(spoken(r)[1]).toBe('Guest (guest): OK');
  });
  it('in Chinese too, not a section of the interview', () => {
    const r = ingest('对话张伟：桥梁的未来\n\n李娜  00:00\n欢迎来到节目。你是怎么开始做桥梁的？\n\n张伟  00:12\n我父亲修路。\n\n李娜  01:05\n自愈混凝土呢？\n\n张伟  01:20\n那是后来的事。\n', 'zh.txt');
    expect([r.transcript.title, r.transcript.sections[0]!.heading]).toEqual(['对话张伟：桥梁的未来', null]);
  });
});

describe('a video’s title that names the guest first (`Maria Lopez: Bridges That Heal Themselves | Rivers and Roads`)', () => {
  it('is the title, not her first turn', () => {
    const r = ingest('Maria Lopez: Bridges That Heal Themselves | Rivers and Roads #12\n\nTom Becker: welcome to the show how did you get into bridges\nMaria Lopez: my father built roads\nTom Becker: what about concrete\nMaria Lopez: that came later\n', 'video.txt');
    expect(r.transcript.title).toBe('Maria Lopez: Bridges That Heal Themselves | Rivers and Roads #12');
    expect(turnsOf(r).map((t) => [t.speaker, t.paragraphs[0]])[0]).toEqual(['Tom Becker', 'welcome to the show how did you get into bridges']);
  });
  it('a first turn in capitals, or a sentence, stays a turn', () => {
    const caps = ingest('TOM BECKER: WELCOME TO THE SHOW AND THANK YOU\n\nMARIA LOPEZ: THANKS.\n\nTOM BECKER: WHY BRIDGES?\n\nMARIA LOPEZ: MY FATHER.\n', 'caps.txt');
    expect(turnsOf(caps)[0]!.paragraphs).toEqual(['WELCOME TO THE SHOW AND THANK YOU']);
    const said = ingest('Tom Becker: Welcome To The Show, Everyone. Great To Have You.\n\nMaria Lopez: Thanks.\n\nTom Becker: Why bridges?\n\nMaria Lopez: My father.\n', 'said.txt');
    expect(turnsOf(said)[0]!.speaker).toBe('Tom Becker');
  });
});

describe('a headline that names the guest first under a kicker (`INTERVIEW` / `Maria Lopez: Water Is the Enemy of Every Bridge` / `By Tom Becker`)', () => {
  it('is the title, the byline and date the intro (they were her first turn, the file’s name the title)', () => {
    for (const kicker of ['INTERVIEW', 'From the Magazine']) {
      const r = ingest(`${kicker}\n\nMaria Lopez: Water Is the Enemy of Every Bridge\n\nBy Tom Becker\n\nMarch 3, 2026\n\nTom Becker: Why do bridges fail?\n\nMaria Lopez: Mostly water.\n\nTom Becker: How long does that take?\n\nMaria Lopez: Decades.\n`, 'page.txt');
      expect(r.transcript.title, kicker).toBe('Maria Lopez: Water Is the Enemy of Every Bridge');
      expect(r.transcript.intro.map((p) => p.text), kicker).toEqual([kicker, 'By Tom Becker', 'March 3, 2026']);
      expect(who(r), kicker).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
    }
  });
  it('so in sentence case or in capitals, no sentence, above the byline and another’s turn (`Features` / `Maria Lopez: Water is the enemy of every bridge`)', () => {
    for (const headline of ['Maria Lopez: Water is the enemy of every bridge', 'MARIA LOPEZ: WATER IS THE ENEMY OF EVERY BRIDGE']) {
      const r = ingest(`Features\n\n${headline}\n\nBy Tom Becker\n\nMarch 3, 2026\n\nTom Becker: Why do bridges fail?\n\nMaria Lopez: Mostly water.\n\nTom Becker: How long does that take?\n\nMaria Lopez: Decades.\n`, 'page.txt');
      expect(r.transcript.title, headline).toBe(headline);
      expect(who(r), headline).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
    }
  });
  it('so a quotation of hers (`Maria Lopez: “Water is the enemy”`) above a byline, the date, or a dek in sentences telling of her', () => {
    for (const [under, intro] of [['By Tom Becker\n\nMarch 3, 2026', ['Features', 'By Tom Becker', 'March 3, 2026']], ['March 3, 2026', ['Features', 'March 3, 2026']], ['Maria Lopez has inspected bridges for thirty years.', ['Features', 'Maria Lopez has inspected bridges for thirty years.']], ['For thirty years she has inspected bridges.', ['Features', 'For thirty years she has inspected bridges.']]] as const) {
      const r = ingest(`Features\n\nMaria Lopez: “Water is the enemy”\n\n${under}\n\nTom Becker: Why do bridges fail?\n\nMaria Lopez: Mostly water.\n\nTom Becker: How long does that take?\n\nMaria Lopez: Decades.\n`, 'page.txt');
      expect(r.transcript.title, under).toBe('Maria Lopez: “Water is the enemy”');
      expect(r.transcript.intro.map((p) => p.text), under).toEqual(intro);
      expect(who(r), under).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
    }
  });
  it('her quotation under a part’s line, her own words in the first person after it, stays her first turn (guard)', () => {
    const r = ingest('Part one\n\nMaria Lopez: “Rivers decide”\n\nThat is what my father said. I believed him.\n\nTom Becker: Why do bridges fail?\n\nMaria Lopez: Mostly water.\n\nTom Becker: How long does that take?\n\nMaria Lopez: Decades.\n', 'said.txt');
    expect(turnsOf(r)[0]!.speaker).toBe('Maria Lopez');
    expect(turnsOf(r)[0]!.paragraphs).toEqual(['“Rivers decide”', 'That is what my father said. I believed him.']);
  });
  it('a host’s first words in title case under a kicker, answered by name, stay his (guard)', () => {
    const r = ingest('Transcript\n\nTom Becker: Welcome Back To Rivers And Roads Everyone\n\nMaria Lopez: Happy to be here, Tom.\n\nTom Becker: Why bridges?\n\nMaria Lopez: My father.\n', 'said.txt');
    expect(turnsOf(r)[0]!.paragraphs).toEqual(['Welcome Back To Rivers And Roads Everyone']);
  });
});

describe('a newsletter post: the dek under the subtitle, the counts beside the share button', () => {
  const r = ingest('# Maria Lopez on bridges that heal\n\n### Episode 12 of the podcast, with a full transcript\n\n[Tom Becker](https://substack.com/@tombecker)\n\nMar 04, 2026\n\n12\n\n3\n\nShare\n\nMaria Lopez builds bridges on the Rhine.\n\n**Tom Becker:** Welcome. How did you get into bridges?\n\n**Maria Lopez:** My father built roads.\n\n**Tom Becker:** And concrete?\n\n**Maria Lopez:** That came later.\n', 'post.md');
  it('the dek is the intro, not the guest’s first words', () => {
    expect(r.transcript.intro.map((p) => p.text)).toContain('Maria Lopez builds bridges on the Rhine.');
    expect(turnsOf(r)[0]!.speaker).toBe('Tom Becker');
  });
  it('the like and comment counts are removed as chrome', () => {
    expect(r.transcript.removed.filter((x) => /count/.test(x.reason)).map((x) => x.line)).toEqual([9, 11]);
  });
});

describe('a panel’s header line naming the moderator and the panelists', () => {
  it('is the intro, not a turn of "Moderator"', () => {
    const r = ingest('# Bridges: a panel\n\nModerator: Ana Silva, Rhine Institute. Panelists: Maria Lopez (Rhine Works), Tom Becker (City of Bonn).\n\nANA SILVA: Good afternoon. Maria, what keeps you up at night?\n\nMARIA LOPEZ: Corrosion.\n\nANA SILVA: Tom?\n\nTOM BECKER: Budgets.\n\nMARIA LOPEZ: And salt.\n\nTOM BECKER: And time.\n', 'panel.md');
    expect(r.transcript.intro.map((p) => p.text)).toEqual(['Moderator: Ana Silva, Rhine Institute. Panelists: Maria Lopez (Rhine Works), Tom Becker (City of Bonn).']);
    expect(who(r)[0]).toBe('Ana Silva (interviewer)');
  });
  it('reads a panelist’s surname in capitals once (`KIM:` beside `SILVA:` and `LOPEZ:`, "Paul Kim of Bonn University" in the dek) as his turn, and "moderated a panel with ..." gives each side: a panelist asking another still answers', () => {
    const r = ingest('# The future of bridges\n\nAna Silva moderated a panel with Maria Lopez of Rhine Works, Paul Kim of Bonn University and Jane Doe of the City of Bonn.\n\nSILVA: Welcome, everyone. Maria, what worries you most?\n\nLOPEZ: Water. Always water.\n\nSILVA: Paul?\n\nKIM: Money. Maria, don’t you think money comes first?\n\nLOPEZ: No. Water comes first, then money.\n\nDOE: I’d say both.\n\nSILVA: Thank you all.\n', 'panel-caps.md');
    expect(spoken(r)).toEqual(['Ana Silva (interviewer): Welcome, everyone. Maria, what worries you most?', 'Maria Lopez (guest): Water. Always water.', 'Ana Silva (interviewer): Paul?', 'Paul Kim (guest): Money. Maria, don’t you think money comes first?', 'Maria Lopez (guest): No. Water comes first, then money.', 'Jane Doe (guest): I’d say both.', 'Ana Silva (interviewer): Thank you all.']);
    // (A surname with a capital inside, `MCCARTNEY:` of "Paul McCartney", the same.)
    const mc = ingest('# The future of bridges\n\nAna Silva moderated a panel with Maria Lopez and Paul McCartney.\n\nSILVA: Welcome. What worries you?\n\nLOPEZ: Water.\n\nSILVA: And you?\n\nMCCARTNEY: Money, as it always was.\n\nLOPEZ: Water first.\n\nSILVA: Thanks.\n', 'panel-mc.md');
    expect(who(mc)[3]).toBe('Paul McCartney (guest)');
  });
  it('reads panelists labelled once each by surname in capitals under a moderator labelled by the role’s word in capitals (`MODERATOR:`, then `LOPEZ:`, `BERG:`), whether a dek names them or not (their words were the last guest’s, “LOPEZ: ...” and all)', () => {
    for (const dek of ['Maria Lopez and Jonas Berg discussed bridges; Ana Silva moderated.', 'Two engineers discussed bridges.']) {
      const r = ingest(`# The Future of Bridges\n\n${dek}\n\nMODERATOR: Welcome. Maria, how old are our bridges?\n\nLOPEZ: Over forty years.\n\nMODERATOR: Jonas?\n\nBERG: Older in the east.\n\nMODERATOR: Thank you both.\n`, 'panel-moderator.md');
      const named = dek.startsWith('Maria');
      const mod = named ? 'Ana Silva' : 'Moderator';
      expect([dek, spoken(r)]).toEqual([dek, [`${mod} (interviewer): Welcome. Maria, how old are our bridges?`, `${named ? 'Maria Lopez' : 'Lopez'} (guest): Over forty years.`, `${mod} (interviewer): Jonas?`, `${named ? 'Jonas Berg' : 'Berg'} (guest): Older in the east.`, `${mod} (interviewer): Thank you both.`]]);
    }
  });
  it('so where one panelist answers the other, the dek naming both (`MODERATOR:`, `LOPEZ:`, `BERG:`)', () => {
    const r = ingest('# The Future of Bridges\n\nMaria Lopez and Jonas Berg discussed bridges.\n\nMODERATOR: Welcome. Maria, how old are our bridges?\n\nLOPEZ: Over forty years.\n\nBERG: Older in the east, I would say.\n\nMODERATOR: Thank you both.\n', 'panel-moderator.md');
    expect(who(r)).toEqual(['Moderator (interviewer)', 'Maria Lopez (guest)', 'Jonas Berg (guest)', 'Moderator (interviewer)']);
  });
  it('reads a third panelist labelled once, where the two others speak throughout, each by one word in capitals or by initials, the moderator not (`KIM:` beside `LOPEZ:`, `BERG:` and `Ana:`; `PK:` beside `ML:` and `JB:`), named or not: his words were the last panelist’s, the label and all', () => {
    const panel = (mod: string, [x, y, z]: readonly [string, string, string], dek: string) => ingest(`# The Future of Bridges\n\n${dek}\n\n${mod}: Welcome. Maria, how old are our bridges?\n\n${x}: Over forty years, on average.\n\n${mod}: Jonas?\n\n${y}: Older in the east, I would say.\n\n${x}: I am not sure that is true.\n\n${y}: It is, look at the figures.\n\n${mod}: Paul, who pays?\n\n${z}: The state, in the end.\n\n${mod}: Thank you all.\n`, 'panel-third.md');
    for (const mod of ['Ana', 'Host', 'Ana Silva'])
      for (const [labels, named] of [[['LOPEZ', 'BERG', 'KIM'], 'Paul Kim'], [['LOPEZ', 'BERG', 'KIM'], 'Kim'], [['ML', 'JB', 'PK'], 'PK']] as const) {
        const dek = named === 'Paul Kim' ? 'Maria Lopez, Jonas Berg and Paul Kim discussed bridges with Ana Silva.' : 'Three engineers discussed bridges.';
        const r = panel(mod, labels, dek);
        expect([mod, labels, turnsOf(r).at(-2)!.speaker, turnsOf(r).at(-2)!.paragraphs[0]]).toEqual([mod, labels, named, 'The state, in the end.']);
      }
    // (A name of three letters in capitals, `KIM:`, `TOM:`, is shown as the others are, `Kim`, `Tom`, beside `MARIA:`; initials, `JB:`, as written.)
    const tom = ingest('# Bridges\n\nTOM: Welcome. Today my guest is Maria.\n\nMARIA: Thanks for having me.\n\nTOM: Why do bridges fail?\n\nMARIA: Mostly water.\n', 'caps.md');
    expect(turnsOf(tom).map((t) => t.speaker)).toEqual(['Tom', 'Maria', 'Tom', 'Maria']);
    // (A note's letters once so, `PS:`, stay the panelist's words.)
    const ps = panel('Ana', ['ML', 'JB', 'PS'], 'Three engineers discussed bridges.');
    expect(turnsOf(ps).map((t) => t.speaker)).not.toContain('PS');
  });
  it('a note’s word, a common word or a word the text writes small, in capitals once after the moderator, stays words (guards)', () => {
    const r = ingest('# The Future of Bridges\n\nA panel on bridges.\n\nMODERATOR: Welcome. How old are our bridges?\n\nNOTE: The audio dropped here.\n\nMODERATOR: Let us go on.\n\nUPDATE: The figures were corrected.\n\nMODERATOR: Thank you.\n', 'panel-note.md');
    expect(spoken(r).some((t) => t.includes('NOTE: The audio dropped here.'))).toBe(true);
    const one = ingest('# The Future of Bridges\n\nA panel on bridges.\n\nMODERATOR: Welcome. What comes first on a bridge?\n\nREMEMBER: Water always comes first.\n\nMODERATOR: Thank you.\n', 'panel-one.md');
    expect(turnsOf(one).map((t) => t.speaker)).not.toContain('Remember');
    // (Nor a word the text writes small: "a panel on bridges and water", then `WATER:`.)
    const water = ingest('# The Future of Bridges\n\nA panel on bridges and water.\n\nMODERATOR: Welcome. What comes first on a bridge?\n\nWATER: That is what everyone says, and they are right.\n\nMODERATOR: Thank you.\n', 'panel-water.md');
    expect(spoken(water)[1]).toBe('Guest (guest): WATER: That is what everyone says, and they are right.');
  });
  it('reads panelists labelled once each by first name, or by surname in capitals, where the line above addresses them ("Paul, your view?", then `Paul:`), with nothing else naming them', () => {
    for (const [mod, a, b, c] of [['Ana', 'Maria', 'Paul', 'Jane'], ['SILVA', 'MARIA', 'PAUL', 'JANE']] as const) {
      const r = ingest(`# Panel\n\nA panel on the future of bridges.\n\n${mod}: Welcome, everyone. Maria, what worries you most?\n\n${a}: Water, always water.\n\n${mod}: Paul, your view?\n\n${b}: Money. We cannot pay for it.\n\n${mod}: Jane, the city’s view?\n\n${c}: We inspect what we can.\n\n${mod}: Thank you all.\n`, 'panel.md');
      expect(turnsOf(r).map((t) => [t.speaker.toLowerCase(), t.role, t.paragraphs[0]!.split(' ')[0]])).toEqual([
        [mod.toLowerCase(), 'interviewer', 'Welcome,'], ['maria', 'guest', 'Water,'], [mod.toLowerCase(), 'interviewer', 'Paul,'], ['paul', 'guest', 'Money.'], [mod.toLowerCase(), 'interviewer', 'Jane,'], ['jane', 'guest', 'We'], [mod.toLowerCase(), 'interviewer', 'Thank'],
      ]);
    }
  });
  it('names each panelist labelled once by first name (`Maria:`, named again, "Maria, let’s start with you"), beside a moderator labelled by hers throughout: their own turns, not "Guest: Maria: ..."', () => {
    const r = ingest('# Panel: The future of bridges\n\nModerator: Ana Silva. Panelists: Maria Lopez (Rhine Works), Paul Kim (Bonn University), Jane Doe (City of Bonn).\n\nAna: Welcome, everyone. Maria, let’s start with you. What worries you?\n\nMaria: Water, always.\n\nAna: Paul?\n\nPaul: Money. We know what to do; we cannot pay for it.\n\nAna: Jane, the city’s view?\n\nJane: We inspect what we can.\n\nAna: Thank you all.\n', 'panel-first.md');
    expect(spoken(r)).toEqual(['Ana Silva (interviewer): Welcome, everyone. Maria, let’s start with you. What worries you?', 'Maria Lopez (guest): Water, always.', 'Ana Silva (interviewer): Paul?', 'Paul Kim (guest): Money. We know what to do; we cannot pay for it.', 'Ana Silva (interviewer): Jane, the city’s view?', 'Jane Doe (guest): We inspect what we can.', 'Ana Silva (interviewer): Thank you all.']);
  });
});

describe('full names in capitals closed by a full stop (`MARIA LOPEZ. My father...`)', () => {
  it('are labels when each opens two turns or more', () => {
    const r = ingest('Rivers and Roads 12\n\nTOM BECKER. Welcome to the show. How did you get into bridges?\n\nMARIA LOPEZ. My father built roads.\n\nTOM BECKER. What about concrete?\n\nMARIA LOPEZ. That came later.\n', 'script.txt');
    expect(turnsOf(r).map((t) => [t.speaker, t.paragraphs[0]])).toEqual([
      ['Tom Becker', 'Welcome to the show. How did you get into bridges?'],
      ['Maria Lopez', 'My father built roads.'],
      ['Tom Becker', 'What about concrete?'],
      ['Maria Lopez', 'That came later.'],
    ]);
  });
  it('and one name so (`STEPHANIE. ¿Y qué...?`), a particle elided (`FLORENCE D’ALCHÉ-BUC.`), before Chinese words (`MATTHEW PRINCE. 谢谢。`) or a figure (`2011, creo.`): each a label where it opens two turns or more (their turns were the words of the speaker before)', () => {
    const r = ingest('# Bitcoin\n\nSTEPHANIE. ¿Qué te entusiasmó de Bitcoin?\n\nFLORENCE D’ALCHÉ-BUC. La idea.\n\nSTEPHANIE. ¿Y cuándo empezaste?\n\nFLORENCE D’ALCHÉ-BUC. 2011, creo.\n\nADAM. ¿Y después?\n\nMATTHEW PRINCE. 谢谢。\n\nADAM. Gracias.\n\nMATTHEW PRINCE. 再见。\n', 'caps.md');
    expect(turnsOf(r).map((t) => [t.speaker, t.paragraphs[0]])).toEqual([
      ['Stephanie', '¿Qué te entusiasmó de Bitcoin?'],
      ['Florence D’Alché-Buc', 'La idea.'],
      ['Stephanie', '¿Y cuándo empezaste?'],
      ['Florence D’Alché-Buc', '2011, creo.'],
      ['Adam', '¿Y después?'],
      ['Matthew Prince', '谢谢。'],
      ['Adam', 'Gracias.'],
      ['Matthew Prince', '再见。'],
    ]);
    // (One word once so is a dateline, words: guard.)
    const once = ingest('# Bridges\n\nTOM BECKER. Why bridges?\n\nMARIA LOPEZ. My father.\n\nWASHINGTON. The city has many bridges.\n\nTOM BECKER. And?\n\nMARIA LOPEZ. Concrete.\n', 'dateline.md');
    expect(turnsOf(once)[1]!.paragraphs).toEqual(['My father.', 'WASHINGTON. The city has many bridges.']);
    // (Nor a note's word, however often: `NOTE. ...`.)
    for (const word of ['NOTE', 'HINWEIS', 'NOTA']) {
      const notes = ingest(`# Bridges\n\nTOM BECKER. Why bridges?\n\nMARIA LOPEZ. My father.\n\n${word}. She means her stepfather.\n\nTOM BECKER. And?\n\nMARIA LOPEZ. Concrete.\n\n${word}. Reinforced concrete.\n`, 'notes.md');
      expect(turnsOf(notes).map((t) => t.speaker), word).toEqual(['Tom Becker', 'Maria Lopez', 'Tom Becker', 'Maria Lopez']);
    }
  });
  it('a dateline once (`NEW YORK. ...`) is words', () => {
    const r = ingest('# Bridges\n\nNEW YORK. The city has many bridges.\n\nTom Becker: Why bridges?\n\nMaria Lopez: My father.\n\nTom Becker: And?\n\nMaria Lopez: Concrete.\n', 'dateline.md');
    expect(r.transcript.intro.map((p) => p.text)).toEqual(['NEW YORK. The city has many bridges.']);
  });
});

describe('a newspaper’s Q&A page: masthead, "Name: ‘quote’" headline, the byline a link to the author’s page', () => {
  const page = [
    '[Skip to main content](#maincontent)',
    '[The Daily Bridge - Back to home](https://daily.example)',
    'This article is more than 2 years old',
    '# Maria Lopez: ‘A bridge does not forgive’',
    'The engineer on bacteria, budgets and the Rhine',
    '[Tom Becker](https://daily.example/profile/tom-becker)',
    '- [Share on Facebook](https://www.facebook.com/sharer)\n- [Share on X](https://x.com/intent/tweet)',
    '**How did you get into bridges?**',
    'My father built roads.',
    '**What about concrete?**',
    'That came later.',
    '## Most viewed',
    '- [Something else](https://daily.example/a)\n- [Another story](https://daily.example/b)',
  ].join('\n\n');
  const r = ingest(`${page}\n`, 'page.md');
  it('names the guest from the headline and the interviewer from the author’s link', () => {
    expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
  });
  it('removes the masthead, the share list and the most-viewed list', () => {
    expect(r.transcript.intro.map((p) => p.text)).toEqual(['The engineer on bacteria, budgets and the Rhine', 'Tom Becker']);
    expect(r.transcript.outro).toEqual([]);
  });
});

describe('more shapes of a name and a time above the words', () => {
  const words = ['Welcome. How did you get into bridges?', 'My father built roads.', 'And concrete?', 'That came later.'];
  const build = (head: (name: string, t: string) => string) =>
    ingest(`${words.map((w, i) => `${head(i % 2 ? 'Maria Lopez' : 'Tom Becker', `00:00:${String(10 + i * 5)}`)}\n${w}`).join('\n\n')}\n`, 'export.txt');
  it.each([
    ['a time range (`Maria Lopez (00:00:15 --> 00:00:19)`)', (n: string, t: string) => `${n} (${t} --> 00:01:00)`],
    ['an at before the time (`@00:00:15 - Maria Lopez`)', (n: string, t: string) => `@${t} - ${n}`],
    ['a dot between (`Maria Lopez · 00:00:15`)', (n: string, t: string) => `${n} · ${t}`],
    ['a comma between (`Maria Lopez, 00:00:15`)', (n: string, t: string) => `${n}, ${t}`],
  ])('%s', (_, head) => {
    expect(turnsOf(build(head)).map((t) => [t.speaker, t.time, t.paragraphs[0]])).toEqual([
      ['Tom Becker', 10, words[0]],
      ['Maria Lopez', 15, words[1]],
      ['Tom Becker', 20, words[2]],
      ['Maria Lopez', 25, words[3]],
    ]);
  });
});

describe('placeholders of other languages’ tools (`说话人 1  00:00`, `참석자 1 00:00`, `Intervenant 1 :`)', () => {
  it('are placeholders, named by the host’s opening that names both', () => {
    const r = ingest('说话人 1  00:00\n欢迎来到节目。我是李娜，今天的嘉宾是张伟。你是怎么开始做桥梁的？\n\n说话人 2  00:12\n谢谢邀请。我父亲修路。\n\n说话人 1  01:05\n自愈混凝土呢？\n\n说话人 2  01:20\n那是后来的事。\n', 'feishu.txt');
    expect(turnsOf(r).map((t) => [t.speaker, t.role, t.time])).toEqual([
      ['李娜', 'interviewer', 0],
      ['张伟', 'guest', 12],
      ['李娜', 'interviewer', 65],
      ['张伟', 'guest', 80],
    ]);
  });
  it('unnamed, they stay as written, with the warning', () => {
    const r = ingest('참석자 1 00:00\n안녕하세요. 어떻게 시작하셨나요?\n\n참석자 2 00:12\n아버지가 도로를 지으셨어요.\n\n참석자 1 01:05\n콘크리트는요?\n\n참석자 2 01:20\n그건 나중에요.\n', 'clova.txt');
    expect(who(r)).toEqual(['참석자 1 (interviewer)', '참석자 2 (guest)', '참석자 1 (interviewer)', '참석자 2 (guest)']);
    expect(r.transcript.warnings.map((w) => w.message)).toEqual(["'참석자 1', '참석자 2' are not named in the file; '참석자 1' is taken for the interviewer from what they say"]);
    const fr = ingest('Intervenant 1 : Bonjour. Comment êtes-vous venue aux ponts ?\n\nIntervenant 2 : Mon père construisait des routes.\n\nIntervenant 1 : Et le béton ?\n\nIntervenant 2 : Plus tard.\n', 'fr.txt');
    expect(fr.transcript.warnings.map((w) => w.message)[0]).toMatch(/^'Intervenant 1', 'Intervenant 2' are not named/);
  });
  it('in English: "I’m Tom Becker, and my guest today is Maria Lopez" in the first turn names both', () => {
    const r = ingest('Speaker 1: Welcome to Rivers and Roads. I’m Tom Becker, and my guest today is Maria Lopez. How did you get into bridges?\n\nSpeaker 2: Thanks. My father built roads.\n\nSpeaker 1: And concrete?\n\nSpeaker 2: Later.\n', 'en.txt');
    expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
  });
  it('and a host who opens without a name ("Today my guest is Maria Lopez.") names the other of two placeholders; Deepgram’s `[Speaker:0]` is one', () => {
    for (const [a, b] of [['Speaker A:', 'Speaker B:'], ['[Speaker:0]', '[Speaker:1]']] as const) {
      const r = ingest(`${a} Welcome to Rivers and Roads. Today my guest is Maria Lopez.\n\n${b} Thanks for having me, Tom.\n\n${a} Why bridges?\n\n${b} My father built them.\n`, 'diarized.txt');
      const host = a.startsWith('[') ? 'Speaker 0' : 'Speaker A';
      expect(spoken(r)).toEqual([`${host} (interviewer): Welcome to Rivers and Roads. Today my guest is Maria Lopez.`, 'Maria Lopez (guest): Thanks for having me, Tom.', `${host} (interviewer): Why bridges?`, 'Maria Lopez (guest): My father built them.']);
    }
  });
});

describe('bylines in Dutch, Polish and Scandinavian languages', () => {
  it.each([
    ['Door Tom Becker', 'Vraag', 'Antwoord'],
    ['Av Tom Becker', 'Fråga', 'Svar'],
    ['Rozmawiał Tom Becker', 'Pytanie', 'Odpowiedź'],
    ['Wywiad: Tom Becker', 'Pytanie', 'Odpowiedź'],
  ])('`%s` names the side that asks', (byline, q, a) => {
    const r = ingest(`# Maria Lopez\n\n${byline}\n\n${q}: Hoe?\n\n${a}: Zo.\n\n${q}: En?\n\n${a}: Later.\n`, 'byline.md');
    expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
  });
});

describe('a German dek that sets a noun before the name (“Die Ökonomin Claudia Berger”)', () => {
  it('expands the surname label to the name, not to the noun', () => {
    const r = ingest('# „Die Inflation ist zurück“\n\nDie Ökonomin Claudia Berger über Zinsen, Löhne und die EZB.\n\nSPIEGEL: Frau Berger, wie hoch wird die Inflation?\n\nBerger: Höher, als viele denken.\n\nSPIEGEL: Warum?\n\nBerger: Wegen der Löhne.\n', 'de.md');
    expect(who(r)).toEqual(['Spiegel (interviewer)', 'Claudia Berger (guest)', 'Spiegel (interviewer)', 'Claudia Berger (guest)']);
  });
});

describe('a printed document’s running header with its page number between the paragraphs', () => {
  const text = 'Rhine Works Oral History Project\nInterview with Maria Lopez\n\nTB: How did you get into bridges?\n\nML: My father built roads.\n\nRhine Works Oral History Project        2\n\nAnd so I learned to leave places.\n\nTB: And concrete?\n\nML: Later.\n\nRhine Works Oral History Project        3\n\nTB: Thank you.\n';
  const r = ingest(text, 'oral-history.txt');
  it('is removed, and the words on either side stay one turn', () => {
    expect(r.transcript.removed.map((x) => [x.line, x.reason])).toEqual([
      [8, 'site chrome (a running header or footer of the printed pages)'],
      [16, 'site chrome (a running header or footer of the printed pages)'],
    ]);
    expect(r.transcript.sections).toHaveLength(1);
    expect(turnsOf(r)[1]!.paragraphs).toEqual(['My father built roads.', 'And so I learned to leave places.']);
  });
  it('its first appearance at the top is the title', () => {
    expect(r.transcript.title).toBe('Rhine Works Oral History Project');
  });
  it('so is a footer shaped as a label with a dash, `Bridge Talk – Episode 12      Page 1 of 2` (it was a speaker, “Bridge Talk”, saying “Episode 12 Page 1 of 2”)', () => {
    const pdf = ingest('Bridge Talk Episode 12 – Transcript\n\nTom Becker: Why bridges?\n\nMaria Lopez: My father built them.\n\nBridge Talk – Episode 12                          Page 1 of 2\n\nTom Becker: And steel?\n\nMaria Lopez: It rusts.\n\nBridge Talk – Episode 12                          Page 2 of 2\n', 'pdf.txt');
    expect(who(pdf)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
    expect(pdf.transcript.removed.map((x) => [x.line, x.reason])).toEqual([
      [7, 'site chrome (a running header or footer of the printed pages)'],
      [13, 'site chrome (a running header or footer of the printed pages)'],
    ]);
  });
});

describe('a page break of a PDF’s text inside a paragraph, its running header removed', () => {
  const HEADER = 'Rhine Bridges Q3 2026 Earnings Call                                   Page 2 of 3';
  const call = (breakAt: string) => ['Rhine Bridges Q3 2026 Earnings Call Transcript', '', 'Operator: Good morning, and welcome to the call. I will now hand over to Ana Silva.', '', 'Ana Silva: Thank you. With me are Maria Lopez, our chief executive, and Jonas Berg, our chief financial officer.', '', 'Maria Lopez: Thanks, Ana. We inspected four hundred bridges this quarter, and we closed twelve of them.', '', 'Jonas Berg: Revenue grew eight percent.', '', 'Operator: Our first question comes from Paul Kim of Harbor Capital.', '', `Paul Kim: Thanks. Maria, how many of the twelve closed bridges will${breakAt}reopen this year?`, '', 'Maria Lopez: Nine of them, we think.', '', 'Rhine Bridges Q3 2026 Earnings Call                                   Page 3 of 3', '', 'Paul Kim: Thank you.', ''].join('\n');
  it('does not end it: the question cut by the page is one paragraph, his, and he asks (he was a guest, his question two paragraphs without a question mark in the first)', () => {
    for (const breakAt of [`\n${HEADER}\n`, `\n\n${HEADER}\n\n`, `\n\f${HEADER}\n`]) {
      const r = ingest(call(breakAt), 'call.txt');
      expect(r.transcript.removed.map((x) => x.reason)).toEqual(['site chrome (a running header or footer of the printed pages)', 'site chrome (a running header or footer of the printed pages)']);
      expect(turnsOf(r).filter((t) => t.speaker === 'Paul Kim').map((t) => [t.role, t.paragraphs])).toEqual([
        ['interviewer', ['Thanks. Maria, how many of the twelve closed bridges will reopen this year?']],
        ['interviewer', ['Thank you.']],
      ]);
    }
  });
  it('a paragraph that ended before the page did stays ended, and a label right under the header opens its own turn (guards)', () => {
    const ended = ingest(call(` return?\n\n${HEADER}\n\nThen `), 'call.txt');
    expect(turnsOf(ended).find((t) => t.speaker === 'Paul Kim')!.paragraphs).toEqual(['Thanks. Maria, how many of the twelve closed bridges will return?', 'Then reopen this year?']);
    const capital = ingest(call(` return, we hope\n\n${HEADER}\n\nThen `), 'call.md');
    expect(turnsOf(capital).find((t) => t.speaker === 'Paul Kim')!.paragraphs).toEqual(['Thanks. Maria, how many of the twelve closed bridges will return, we hope', 'Then reopen this year?']);
    const label = ingest(call(` reopen?\n${HEADER}\nMaria Lopez: Some will, and soon. They will `), 'call.txt');
    expect(turnsOf(label).slice(-3, -1).map((t) => [t.speaker, t.paragraphs])).toEqual([['Paul Kim', ['Thanks. Maria, how many of the twelve closed bridges will reopen?']], ['Maria Lopez', ['Some will, and soon. They will reopen this year?', 'Nine of them, we think.']]]);
  });
});

describe('an oral history copied from its PDF: a header of short lines, the text hard-wrapped, a running footer of two lines at each page break', () => {
  const pdf = ['Bridge Builders Oral History Project', 'Interview with Maria Lopez', 'Conducted by Tom Becker', 'March 3, 2026', 'Transcribed by Jane Doe', '', 'BECKER: This is Tom Becker, and I am here with Maria Lopez in', 'Seville. It is March 3rd, 2026. Maria, can you tell me where you', 'were born?', '', 'LOPEZ: I was born in Seville, in 1961, in a house right by the', 'river. My father was a welder at the shipyard, and my mother', 'taught school.', '', 'Bridge Builders Oral History Project                    Page 1 of 3', 'Maria Lopez, March 3, 2026', '', 'BECKER: And when did you decide to become an engineer, Maria?', '', 'LOPEZ: When I was fifteen. I saw the Barqueta bridge being built,', 'and I thought, I want to do that one day, and so I did it.', '', 'Bridge Builders Oral History Project                    Page 2 of 3', 'Maria Lopez, March 3, 2026', '', 'BECKER: Thank you, Maria.', '', 'LOPEZ: Thank you.', ''].join('\n');
  const r = ingest(pdf, 'oral-history.txt');
  it('removes the footer’s second line with its first (it headed the parts, `Maria Lopez, March 3, 2026`)', () => {
    expect(r.transcript.removed.map((x) => x.line)).toEqual([15, 16, 23, 24]);
    expect(r.transcript.sections.map((s) => s.heading)).toEqual([null]);
  });
  it('keeps the header’s lines apart, each a paragraph, the credit for the transcription none of the parts’ headings (they ran into one, the title the file’s name)', () => {
    expect(r.transcript.title).toBe('Bridge Builders Oral History Project');
    expect(r.transcript.intro.map((p) => p.text)).toEqual(['Interview with Maria Lopez', 'Conducted by Tom Becker', 'March 3, 2026', 'Transcribed by Jane Doe']);
    expect(spoken(r)[1]).toBe('Maria Lopez (guest): I was born in Seville, in 1961, in a house right by the river. My father was a welder at the shipyard, and my mother taught school.');
  });
  it('keeps a short line with the long address pushed under it, that did not fit beside it, one paragraph (guard)', () => {
    const notes = pdf.replace('taught school.', 'taught school.\n\nThe paper is here:\nhttps://example.org/papers/2026/bridge-builders-oral-history-lopez-full-text.pdf');
    expect(turnsOf(ingest(notes, 'oral-history.txt'))[1]!.paragraphs.at(-1)).toBe('The paper is here: https://example.org/papers/2026/bridge-builders-oral-history-lopez-full-text.pdf');
  });
});

describe('speakers named by a handle in small letters (`**swyx** [00:00:09]:`, `**@tombecker:**`)', () => {
  it('are labels when set apart as labels every time', () => {
    const r = ingest('# Bridges, with Maria Lopez\n\n**Alessio** [00:00:00]: Hey everyone, welcome. I’m joined by my co-host swyx.\n\n**swyx** [00:00:09]: Hey, and today we have Maria Lopez. Welcome.\n\n**Maria** [00:00:14]: Thanks for having me.\n\n**swyx** [00:00:16]: How did you get into bridges?\n\n**Maria** [00:00:20]: My father built roads.\n', 'latent.md');
    expect(turnsOf(r).map((t) => [t.speaker, t.time])).toEqual([['Alessio', 0], ['swyx', 9], ['Maria Lopez', 14], ['swyx', 16], ['Maria Lopez', 20]]);
    const h = ingest('# Episode 12\n\n**@tombecker:** Welcome! How did you get into bridges?\n\n**@marialopez:** My father built roads.\n\n**@tombecker:** And concrete?\n\n**@marialopez:** That came later.\n', 'handles.md');
    expect(who(h)).toEqual(['@tombecker (interviewer)', '@marialopez (guest)', '@tombecker (interviewer)', '@marialopez (guest)']);
  });
  it('a word in small letters heading a note (`update:`, `note:`) in plain prose stays words', () => {
    const r = ingest('# Bridges\n\nTom Becker: Why bridges?\n\nMaria Lopez: My father.\n\nupdate: we fixed a date.\n\nTom Becker: And?\n\nMaria Lopez: Concrete.\n\nupdate: and a name.\n', 'notes.md');
    expect(turnsOf(r).flatMap((t) => t.paragraphs)).toContain('update: we fixed a date.');
  });
});

describe('a list of chapters above the transcript in plain text (`02:15 Early years in Bonn`)', () => {
  it('stays in the intro: its last line is not a section heading over the interview', () => {
    const r = ingest('Episode 12: Maria Lopez on bridges\n\nChapters:\n00:00 Intro\n02:15 Early years in Bonn\n10:40 Self-healing concrete\n\nTom Becker: Welcome. How did you get into bridges?\n\nMaria Lopez: My father built roads.\n\nTom Becker: And concrete?\n\nMaria Lopez: That came later.\n', 'notes.txt');
    expect(r.transcript.sections.map((s) => s.heading)).toEqual([null]);
    expect(r.transcript.intro.map((p) => p.text)).toEqual(['Chapters:', '00:00 Intro', '02:15 Early years in Bonn', '10:40 Self-healing concrete']);
  });
});

describe('full names in scripts without case, words apart (Arabic, Hebrew, Devanagari)', () => {
  it.each([
    ['ar', 'توم بيكر', 'ماريا لوبيز'],
    ['he', 'תום בקר', 'מריה לופז'],
    ['hi', 'टॉम बेकर', 'मारिया लोपेज़'],
  ])('%s: `Name Surname:` labels each turn', (lang, tom, maria) => {
    const r = ingest(`---\nlang: ${lang}\n---\n# ${maria}\n\n${tom}: ١?\n\n${maria}: ٢.\n\n${tom}: ٣?\n\n${maria}: ٤.\n\nقال الوزير السابق: ٥.\n`, `${lang}.md`);
    expect(who(r)).toEqual([`${tom} (interviewer)`, `${maria} (guest)`, `${tom} (interviewer)`, `${maria} (guest)`]);
    // A phrase before a colon once, in the words, is no speaker.
    expect(turnsOf(r).at(-1)!.paragraphs).toEqual(['٤.', 'قال الوزير السابق: ٥.']);
  });
});

describe('a name ending in its own abbreviation (`Tom Becker Jr.:`)', () => {
  it('keeps its full stop', () => {
    const r = ingest('# Bridges\n\nTom Becker Jr.: Why bridges?\n\nMaria Lopez: My father.\n\nTom Becker Jr.: And?\n\nMaria Lopez: Concrete.\n', 'jr.md');
    expect(who(r)).toEqual(['Tom Becker Jr. (interviewer)', 'Maria Lopez (guest)', 'Tom Becker Jr. (interviewer)', 'Maria Lopez (guest)']);
  });
});

describe('a co-host who speaks once, briefly, between two turns; everyone at once', () => {
  const r = ingest('# Bridges\n\nKey Takeaways: bridges heal, and budgets do not.\n\nBen Thompson: Welcome. How did you get into bridges?\n\nMaria Lopez: My father built roads.\n\nBen Gilbert: And concrete?\n\nMaria Lopez: That came later.\n\nBoth: Thank you, Maria!\n\nMaria Lopez: Thank you both.\n', 'cohost.md');
  it('`Ben Gilbert: And concrete?` is his own turn, `Both:` a voice of its own', () => {
    expect(turnsOf(r).map((t) => [`${t.speaker} (${t.role})`, t.paragraphs[0]])).toEqual([
      ['Ben Thompson (interviewer)', 'Welcome. How did you get into bridges?'],
      ['Maria Lopez (guest)', 'My father built roads.'],
      ['Ben Gilbert (interviewer)', 'And concrete?'],
      ['Maria Lopez (guest)', 'That came later.'],
      ['Both (other)', 'Thank you, Maria!'],
      ['Maria Lopez (guest)', 'Thank you both.'],
    ]);
  });
  it('a phrase before a colon in the intro, not between turns, stays words', () => {
    expect(r.transcript.intro.map((p) => p.text)).toEqual(['Key Takeaways: bridges heal, and budgets do not.']);
  });
});

describe('a welcome above the first label in which the host introduces himself', () => {
  it('is the host’s first turn, not the intro, nor the guest’s talk', () => {
    const r = ingest('# Bridges with Maria Lopez\n\nWelcome to Rivers and Roads. I’m Tom Becker. My guest today is Maria Lopez.\n\nMaria Lopez: Thanks for having me, Tom.\n\nTom Becker: How did you get into bridges?\n\nMaria Lopez: My father built roads.\n', 'welcome.md');
    expect(turnsOf(r).map((t) => [t.speaker, t.paragraphs[0]])[0]).toEqual(['Tom Becker', 'Welcome to Rivers and Roads. I’m Tom Becker. My guest today is Maria Lopez.']);
    expect(r.transcript.intro).toEqual([]);
  });
});

describe('a note on the editing above the dek (`*Editor’s note: This interview has been edited...*`)', () => {
  it('leaves the dek under it the intro, not the guest’s first words; an unlabelled question right above the first answer still asks', () => {
    const r = ingest('# Maria Lopez on bridges\n\nBy Tom Becker\n\n*Editor’s note: This interview has been edited for length and clarity.*\n\nMaria Lopez has inspected bridges for twenty years. We spoke in Bonn.\n\n**Tom Becker:** Why bridges?\n\n**Maria Lopez:** Because they fail quietly.\n\n**Tom Becker:** And now?\n\n**Maria Lopez:** Now I inspect them.\n', 'edited-note.md');
    expect(r.transcript.intro.map((p) => p.text.slice(0, 13))).toEqual(['By Tom Becker', 'Editor’s note', 'Maria Lopez h']);
    expect(spoken(r)[0]).toBe('Tom Becker (interviewer): Why bridges?');
    const asked = ingest('# Maria Lopez on bridges\n\nThis interview has been edited for length.\n\nMaria Lopez has inspected bridges for twenty years.\n\nWhy bridges?\n\n**Maria Lopez:** Because they fail quietly.\n\nAnd now?\n\n**Maria Lopez:** Now I inspect them.\n', 'edited-asked.md');
    expect(asked.transcript.intro.map((p) => p.text)).toEqual(['This interview has been edited for length.', 'Maria Lopez has inspected bridges for twenty years.']);
    expect(spoken(asked)[0]).toBe('Interviewer (interviewer): Why bridges?');
  });
});

describe('first names as labels, a third voice once between turns (`Sam: Sorry to jump in...`)', () => {
  it('is his own turn', () => {
    const r = ingest('# Bridges\n\nTom: Welcome to the show, Maria. How did you get into bridges?\n\nMaria: Thanks, Tom. My father built roads.\n\nTom: And concrete?\n\nSam: Sorry to jump in, but we are running out of tape.\n\nMaria: That came later.\n\nTom: Thanks.\n', 'sam.md');
    expect(turnsOf(r).map((t) => t.speaker)).toEqual(['Tom', 'Maria', 'Tom', 'Sam', 'Maria', 'Tom']);
  });
});

describe('a sponsor’s message set off between turns (`**Sponsored:** ...`, `Anzeige:`)', () => {
  it('is no speaker and no one’s words: removed as the publisher’s, as "This episode is brought to you by" is', () => {
    // (`Ad:` before words that are no ad's, as a Dutch first name labels them, `Ad van Dam:` once,
    // then `Ad:`, is never removed: its words stay in the text. Guard.)
    const dutch = ingest('# Bruggen\n\nTom Becker: Waarom de hamer?\n\nAd van Dam: Je tikt op het beton en luistert.\n\nTom Becker: Ooit fout gezeten?\n\nAd: Eén keer. Gebruik je oren, zei mijn vader, niet de code.\n\nTom Becker: Dank je.\n\nAd: Graag gedaan.\n', 'ad.md');
    expect(dutch.transcript.removed).toEqual([]);
    expect(turnsOf(dutch).flatMap((t) => t.paragraphs).join(' ')).toContain('Eén keer. Gebruik je oren, zei mijn vader, niet de code.');
    expect(turnsOf(dutch).flatMap((t) => t.paragraphs).join(' ')).toContain('Graag gedaan.');
    // (And a podcast's ad read so marked, `Ad:`, `Sponsor:`, `Promo:`: it was the guest's words.)
    for (const word of ['Sponsored', 'Sponsored by Timberline', 'Advertisement', 'Anzeige', 'Ad', 'Sponsor', 'Promo']) {
      const r = ingest(`# Bridge Talk\n\n**Tom Becker:** Why timber?\n\n**Maria Lopez:** My father was a carpenter.\n\n> **${word}:** Timberline boots, built for inspectors. Use code BRIDGE for 20% off at [timberline.example](https://timberline.example).\n\n**Tom Becker:** And steel?\n\n**Maria Lopez:** Steel is patient.\n`, 'sponsor.md');
      expect(spoken(r), word).toEqual(['Tom Becker (interviewer): Why timber?', 'Maria Lopez (guest): My father was a carpenter.', 'Tom Becker (interviewer): And steel?', 'Maria Lopez (guest): Steel is patient.']);
      expect(r.transcript.removed.map((x) => x.line), word).toEqual([7]);
    }
  });
});

describe('a phrase before a colon inside an answer, between turns', () => {
  it('stays the speaker’s words: after a line ending in a colon, or a writer’s phrase (`Bottom Line:`)', () => {
    const r = ingest('# Bridges\n\nTom Becker: Why bridges?\n\nMaria Lopez: My father always said:\n\nBe Careful: bridges kill.\n\nTom Becker: And?\n\nMaria Lopez: Concrete.\n\nBottom Line: we need money.\n\nTom Becker: Thanks.\n', 'phrases.md');
    expect(turnsOf(r).map((t) => [t.speaker, t.paragraphs.length])).toEqual([['Tom Becker', 1], ['Maria Lopez', 2], ['Tom Becker', 1], ['Maria Lopez', 2], ['Tom Becker', 1]]);
  });
  it('a box’s word in bold once, as the labels are set (`**Quote:**`, `**Explainer:**`), is no speaker: a pull quote stays in the answer; an explainer’s or a definition’s words are the publication’s, on neither side (they were the guest’s)', () => {
    const box = (word: string) => ingest(`# Bridge Talk\n\n**Tom Becker:** Why timber?\n\n**Maria Lopez:** My father was a carpenter.\n\n**${word}:** Timber bridges can last two hundred years when they are kept dry.\n\n**Tom Becker:** And steel?\n\n**Maria Lopez:** Steel is patient.\n\n**Tom Becker:** Thanks.\n`, 'box.md');
    expect(who(box('Quote'))).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)']);
    for (const word of ['Explainer', 'Definition', 'Fact box']) {
      const r = box(word);
      expect(who(r), word).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', `${word} (other)`, 'Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)']);
      expect(turnsOf(r)[1]!.paragraphs, word).toEqual(['My father was a carpenter.']);
      expect(turnsOf(r)[2]!.paragraphs, word).toEqual(['Timber bridges can last two hundred years when they are kept dry.']);
    }
  });
  it('a plain word so, `Definition: ...`, in a file labelled in plain text, stays the speaker’s words (guard)', () => {
    const r = ingest('# Bridge Talk\n\nTom Becker: Why timber?\n\nMaria Lopez: My father was a carpenter.\n\nDefinition: a joint that holds without nails.\n\nTom Becker: And steel?\n\nMaria Lopez: Steel is patient.\n', 'box.md');
    expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
  });
  it('and so does a speaker’s first name once, in small letters, under a line ending in a colon: the guest recounting what she said to him', () => {
    const r = ingest('# Bridges\n\nTom Becker: Welcome. Maria, why bridges?\n\nMaria Lopez: Because they fail quietly. I told my boss once:\n\nTom: you are wrong about this.\n\nHe was not happy.\n\nTom Becker: Did it work?\n\nMaria Lopez: No.\n', 'recounted.md');
    expect(spoken(r)).toEqual(['Tom Becker (interviewer): Welcome. Maria, why bridges?', 'Maria Lopez (guest): Because they fail quietly. I told my boss once: | Tom: you are wrong about this. | He was not happy.', 'Tom Becker (interviewer): Did it work?', 'Maria Lopez (guest): No.']);
    // (Under a line that is no colon's, or opening with a capital, it is his turn.)
    for (const [before, line] of [['Because they fail quietly.', 'Tom: you are wrong about this.'], ['Because they fail quietly. I told my boss once:', 'Tom: You are wrong about this.']]) {
      const turn = ingest(`# Bridges\n\nTom Becker: Welcome. Maria, why bridges?\n\nMaria Lopez: ${before}\n\n${line}\n\nMaria Lopez: Maybe.\n\nTom Becker: Did it work?\n\nMaria Lopez: No.\n`, 'turn.md');
      expect(who(turn).slice(0, 3)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)']);
    }
  });
  it('and so does an exchange she quotes from a record (`It went like this:`, then `Q:` and `A:`), in a file labelled by names; a briefing’s `Q:` after "I can take a few of them:" asks (guard)', () => {
    const quoted = (before: string) => ingest(`# The hearing\n\nTom Becker: What were you asked?\n\nMaria Lopez: ${before}\n\nQ: Did you inspect the bridge?\n\nA: Yes, twice.\n\nQ: And you signed the report?\n\nA: I did.\n\nTom Becker: How did that feel?\n\nMaria Lopez: Like being on trial.\n`, 'quoted.md');
    expect(spoken(quoted('The lawyer read from the record. It went like this:'))).toEqual([
      'Tom Becker (interviewer): What were you asked?',
      'Maria Lopez (guest): The lawyer read from the record. It went like this: | Q: Did you inspect the bridge? | A: Yes, twice. | Q: And you signed the report? | A: I did.',
      'Tom Becker (interviewer): How did that feel?',
      'Maria Lopez (guest): Like being on trial.',
    ]);
    expect(who(quoted('The bridge reopens in May. I can take a few of them:')).slice(1, 6)).toEqual(['Maria Lopez (guest)', 'Audience (other)', 'Maria Lopez (guest)', 'Audience (other)', 'Maria Lopez (guest)']);
  });
});

describe('a transcript as delimited rows: a spreadsheet’s tabs, a tool’s CSV', () => {
  const expected = [
    ['Tom Becker', 1, 'Welcome. How did you get into bridges?'],
    ['Maria Lopez', 6, 'My father built roads, and I grew up on them.'],
    ['Tom Becker', 13, 'And concrete?'],
    ['Maria Lopez', 16, 'That came later.'],
  ];
  const rows = expected.map(([who, t, said]) => [`00:00:${String(t).padStart(2, '0')}`, who, said]);
  const said = (r: IngestResult) => turnsOf(r).map((t) => [t.speaker, t.time, t.paragraphs[0]]);
  it('tab-separated without a header: the names, the times and the words read from the columns', () => {
    expect(said(ingest(`${rows.map((r) => r.join('\t')).join('\n')}\n`, 'sheet.txt'))).toEqual(expected);
    expect(said(ingest(`${rows.map((r) => r.slice(1).join('\t')).join('\n')}\n`, 'sheet.txt')).map((x) => x[0])).toEqual(expected.map((x) => x[0]));
  });
  it('cells apart by a bar between spaces, without Markdown’s borders (`00:00:01 | Tom Becker | Welcome...`)', () => {
    expect(said(ingest(`${rows.map((r) => r.join(' | ')).join('\n')}\n`, 'bars.txt'))).toEqual(expected);
    expect(said(ingest(`${rows.map((r) => r.slice(1).join(' | ')).join('\n')}\n`, 'bars.txt')).map((x) => x[0])).toEqual(expected.map((x) => x[0]));
  });
  it('so set under a title line, between blank lines (the build failed: no turns)', () => {
    const r = ingest(`Spans 12\n\n${rows.map((r) => r.join(' | ')).join('\n\n')}\n`, 'bars.txt');
    expect(said(r)).toEqual(expected);
    expect(r.transcript.title).toBe('Spans 12');
  });
  it('CSV under its header, times in seconds, commas in quoted words', () => {
    const csv = `start,end,speaker,text\n${expected.map(([who, t, w]) => `${t}.0,${Number(t) + 4}.0,${who},"${w}"`).join('\n')}\n`;
    const r = ingest(csv, 'export.txt');
    expect(said(r)).toEqual(expected);
    expect(r.transcript.removed.map((x) => x.line)).toEqual([]);
  });
  it('CSV with its header in quotes, a diarization tool’s placeholders (`SPEAKER_00`) and words in quotes run over two lines: one turn each, the placeholders named by the host’s introduction', () => {
    const csv = ['"Start","End","Speaker","Text"', '"0.0","4.2","SPEAKER_00","Welcome to Bridge Talk. I\'m Tom Becker and my guest today is Maria Lopez."', '"4.5","6.0","SPEAKER_01","Thanks, Tom."', '"6.2","8.0","SPEAKER_00","Why timber?"', '"8.3","12.0","SPEAKER_01","My father was a carpenter,', 'and I grew up among planks."', ''].join('\n');
    const r = ingest(csv, 'diarized.csv');
    expect(turnsOf(r).map((t) => [t.speaker, t.time, t.paragraphs])).toEqual([
      ['Tom Becker', 0, ["Welcome to Bridge Talk. I'm Tom Becker and my guest today is Maria Lopez."]],
      ['Maria Lopez', 4, ['Thanks, Tom.']],
      ['Tom Becker', 6, ['Why timber?']],
      ['Maria Lopez', 8, ['My father was a carpenter, and I grew up among planks.']],
    ]);
    expect(r.transcript.removed).toEqual([]);
  });
  it('a spreadsheet’s rows pasted under a title and a header, a row without a name going on with the turn above it', () => {
    const sheet = `# Bridge interview\n\nSpeaker\tText\n${expected.map(([who, , w]) => `${who}\t${w}`).join('\n')}\n\tAnd roads need bridges.\nTom Becker\tThank you.\n`;
    const r = ingest(sheet, 'sheet.txt');
    expect(r.transcript.title).toBe('Bridge interview');
    expect(turnsOf(r).map((t) => [t.speaker, t.paragraphs])).toEqual([
      ['Tom Becker', ['Welcome. How did you get into bridges?']],
      ['Maria Lopez', ['My father built roads, and I grew up on them.']],
      ['Tom Becker', ['And concrete?']],
      ['Maria Lopez', ['That came later.', 'And roads need bridges.']],
      ['Tom Becker', ['Thank you.']],
    ]);
  });
  it('the rows with a note or a link below them, and a part’s heading between them (the build failed, or every row was the intro); more lines between than one in ten rows is no table (guard)', () => {
    const body = (between: string) => `# Bridge interview\n\n${rows.slice(0, 2).map((r) => r.join('\t')).join('\n')}\n${between}\n${rows.slice(2).map((r) => r.join('\t')).join('\n')}\n`;
    const r = ingest(`${body('## Concrete')}\nhttps://example.com/bridges\n`, 'sheet.txt');
    expect(said(r)).toEqual(expected);
    expect(r.transcript.title).toBe('Bridge interview');
    expect(r.transcript.sections.map((x) => [x.heading, x.turns.length])).toEqual([[null, 2], ['Concrete', 2]]);
    expect(r.transcript.outro.map((p) => p.text)).toEqual(['https://example.com/bridges']);
    expect(() => ingest(body('Some note.\nAnother note.'), 'sheet.txt')).toThrow(/no speaker turns/);
  });
  it('labels set apart by a tab after their colon, a turn going on below without one, links listed so above them: labels, not a table whose first column names speakers (guard: `Part 1` asked)', () => {
    const r = ingest('# Bridges\n\nPart 1:\thttps://example.com/1\nPart 2:\thttps://example.com/2\n\nTom Becker:\tWelcome. How did you get into bridges?\nMaria Lopez:\tMy father built roads.\nAnd I grew up on them.\nTom Becker:\tAnd concrete?\nMaria Lopez:\tThat came later.\nTom Becker:\tThank you.\nMaria Lopez:\tThank you.\n', 'tabs.md');
    expect(turnsOf(r).map((t) => t.speaker)).toEqual(['Tom Becker', 'Maria Lopez', 'Tom Becker', 'Maria Lopez', 'Tom Becker', 'Maria Lopez']);
  });
  it('a name set apart by a tab, as a word processor’s transcript sets it, the turn’s other paragraphs below without one; a name seen once, a name’s particles', () => {
    const doc = 'Bridges and water\n\nTom Becker\tWelcome. How did you get into bridges?\n\nFlorence d’Alché-Buc\tMy father built roads.\n\nI grew up on them.\n\nTom Becker\tAnd concrete?\n\nFlorence d’Alché-Buc\tThat came later.\n\nChair\tOrder, please.\n\nTom Becker\tThank you.\n';
    // (And the label's colon before the tab, `Tom Becker:<TAB>...`, is the label's, not the words'.)
    const rows = 'Bridges and water\n\nTom Becker:\tWelcome. How did you get into bridges?\nFlorence d’Alché-Buc:\tMy father built roads.\nTom Becker:\tAnd concrete?\nFlorence d’Alché-Buc:\tThat came later.\n';
    expect(spoken(ingest(rows, 'rows.txt'))).toEqual(['Tom Becker (interviewer): Welcome. How did you get into bridges?', 'Florence d’Alché-Buc (guest): My father built roads.', 'Tom Becker (interviewer): And concrete?', 'Florence d’Alché-Buc (guest): That came later.']);
    // (In emphasis too, the colon inside it or after it: `**Tom Becker:**<TAB>...`, `__Tom Becker__:<TAB>...`; the name had kept the underscores and failed the build.)
    for (const marked of [rows.replace(/^([^\t\n]+):\t/gm, '**$1:**\t'), rows.replace(/^([^\t\n]+):\t/gm, '__$1__:\t'), rows.replace(/^([^\t\n]+):\t/gm, '**$1**:\t')]) {
      expect(spoken(ingest(marked, 'rows.md'))).toEqual(['Tom Becker (interviewer): Welcome. How did you get into bridges?', 'Florence d’Alché-Buc (guest): My father built roads.', 'Tom Becker (interviewer): And concrete?', 'Florence d’Alché-Buc (guest): That came later.']);
    }
    for (const text of [doc, doc.replace(/\n\n/g, '\n'), doc.replace(/\t/g, ':\t')]) {
      expect(spoken(ingest(text, 'doc.txt'))).toEqual([
        'Tom Becker (interviewer): Welcome. How did you get into bridges?',
        'Florence d’Alché-Buc (guest): My father built roads. | I grew up on them.',
        'Tom Becker (interviewer): And concrete?',
        'Florence d’Alché-Buc (guest): That came later.',
        'Chair (interviewer): Order, please.',
        'Tom Becker (interviewer): Thank you.',
      ]);
    }
  });
  it('prose indented with tabs is no table', () => {
    const r = ingest('Tom Becker: Why bridges?\n\n\tMy father built roads, he said.\n\n\tAnd so on.\n\nMaria Lopez: Yes.\n\nTom Becker: And?\n\nMaria Lopez: Concrete.\n', 'indented.txt');
    expect(turnsOf(r).map((t) => t.speaker)).toEqual(['Tom Becker', 'Maria Lopez', 'Tom Becker', 'Maria Lopez']);
  });
});

describe('speakers’ avatars beside their names, as a podcast page’s copy keeps them', () => {
  const turns = [
    ['Tom Becker', 'Welcome to the show, Maria. How did you start with bridges?'],
    ['Maria Lopez', 'I started as a welder in Bonn.'],
    ['Tom Becker', 'And what is the worst enemy of a bridge?'],
    ['Maria Lopez', 'Water. Always water.'],
  ];
  const pic = (name: string) => `https://example.com/${name.split(' ')[0]!.toLowerCase()}.jpg`;
  const page = (turn: (name: string, words: string) => string) => `# Bridges that heal themselves\n\nMaria Lopez builds bridges in Bonn.\n\n${turns.map(([n, w]) => turn(n!, w!)).join('\n\n')}\n`;
  const expected = turns.map(([n, w]) => `${n} (${n === 'Tom Becker' ? 'interviewer' : 'guest'}): ${w}`);
  it('on the label’s line, in Markdown or HTML, or alone above the name: part of the label, no one’s words', () => {
    for (const text of [
      page((n, w) => `![](${pic(n)}) **${n}:** ${w}`),
      page((n, w) => `![${n}](${pic(n)}) **${n}**\n\n${w}`),
      page((n, w) => `<img src="${pic(n)}" alt="${n}"> **${n}**\n\n${w}`),
      page((n, w) => `![${n} avatar](${pic(n)})\n\n**${n}**\n\n${w}`),
    ]) {
      const r = ingest(text, 'avatars.md');
      expect(spoken(r)).toEqual(expected);
      expect(r.transcript.removed).toEqual([]);
    }
    // (Alone on its line, the picture's line is markup.)
    const alone = ingest(page((n, w) => `![${n} avatar](${pic(n)})\n\n**${n}**\n\n${w}`), 'avatars.md');
    expect(alone.lineUse[4]).toBe('markup');
  });
  it('a picture the interview shows, above its caption or a sentence, is none (guard)', () => {
    const r = ingest(page((n, w) => (n === 'Maria Lopez' ? `Maria Lopez: ${w}\n\n![Maria Lopez on the Rhine bridge](https://example.com/rhine-${w.length}.jpg)\n\nMaria Lopez on the Rhine bridge in ${2000 + w.length}, where it began.` : `${n}: ${w}`)), 'photos.md');
    expect(r.transcript.removed.map((x) => x.text).filter((t) => t.startsWith('![')).length).toBe(2);
  });
});

describe('subtitles’ dialogue: two speakers in one cue, a hyphen opening each line', () => {
  it('each line is a change of speaker, reported as uncertain', () => {
    const srt = '1\n00:00:01,000 --> 00:00:04,000\nTOM BECKER: Welcome. How did you get into bridges?\n\n2\n00:00:07,500 --> 00:00:10,000\nMARIA LOPEZ: My father built roads.\n\n3\n00:00:10,500 --> 00:00:13,000\n- And concrete?\n- That came later.\n\n4\n00:00:13,500 --> 00:00:16,000\nTOM BECKER: Thanks.\n';
    const r = ingest(srt, 'dialogue.srt');
    expect(turnsOf(r).map((t) => [t.speaker, t.time, t.paragraphs[0]])).toEqual([
      ['Tom Becker', 1, 'Welcome. How did you get into bridges?'],
      ['Maria Lopez', 7, 'My father built roads.'],
      ['Tom Becker', 10, 'And concrete?'],
      ['Maria Lopez', 10, 'That came later.'],
      ['Tom Becker', 13, 'Thanks.'],
    ]);
    expect(r.uncertain.map((u) => u.line)).toEqual([11, 12]);
  });
});

describe('a caption shaped as a label above the first turn (`Photo Credit: Jane Doe for Rhine Works`)', () => {
  it('is nobody’s turn where the turns are sentences', () => {
    for (const line of ['Photo Credit: Jane Doe for Rhine Works', 'Recorded Live: at the Rhine Week festival in Bonn']) {
      const r = ingest(`# Bridges\n\n${line}\n\nTom Becker: Why bridges?\n\nMaria Lopez: My father.\n\nTom Becker: And?\n\nMaria Lopez: Concrete.\n`, 'caption.md');
      expect(turnsOf(r).map((t) => t.speaker)).toEqual(['Tom Becker', 'Maria Lopez', 'Tom Becker', 'Maria Lopez']);
      // Nor a heading over the interview: the intro.
      expect([r.transcript.sections.map((s) => s.heading), r.transcript.intro.map((p) => p.text)]).toEqual([[null], [line]]);
    }
  });
});

describe('a label in HTML bold opening a Markdown paragraph (`<strong>Maria Lopez:</strong> ...`)', () => {
  it('is the label, and no tag stays in the words', () => {
    const r = ingest('# Bridges\n\n<strong>Tom Becker:</strong> Why bridges?\n\n<strong>Maria Lopez:</strong> My father built roads.\n\n<b>Tom Becker</b>: And concrete?\n\n<b>Maria Lopez:</b> Later.\n', 'html-bold.md');
    expect(turnsOf(r).map((t) => [t.speaker, t.paragraphs[0]])).toEqual([
      ['Tom Becker', 'Why bridges?'],
      ['Maria Lopez', 'My father built roads.'],
      ['Tom Becker', 'And concrete?'],
      ['Maria Lopez', 'Later.'],
    ]);
    expect(r.transcript.sections[0]!.turns[1]!.paragraphs[0]!.html).toBe('<p>My father built roads.</p>');
  });
  it('and so is a bullet a page sets before each (`• Tom Becker:`, `➤`, `►`)', () => {
    for (const mark of ['•', '➤', '►']) {
      const r = ingest(`# Bridges\n\n${mark} Tom Becker: Why timber?\n\n${mark} Maria Lopez: My father was a carpenter.\n\n${mark} Tom Becker: And steel?\n\n${mark} Maria Lopez: Steel is patient.\n`, 'bullets.md');
      expect(spoken(r), mark).toEqual(['Tom Becker (interviewer): Why timber?', 'Maria Lopez (guest): My father was a carpenter.', 'Tom Becker (interviewer): And steel?', 'Maria Lopez (guest): Steel is patient.']);
    }
  });
});

describe('a deposition: `Q.` and `A.`, counsel as `MR. SILVA:`, `THE WITNESS:`', () => {
  it('gives counsel their own turns, neither side, and the witness’s words to the one who answers, named by the title (she was “Guest”)', () => {
    const r = ingest('DEPOSITION OF MARIA LOPEZ\n\nQ. Please state your name for the record.\n\nA. Maria Lopez.\n\nQ. What is your occupation?\n\nA. I am a bridge engineer.\n\nMR. SILVA: Objection, form.\n\nTHE WITNESS: Should I answer?\n\nMR. BECKER: You may answer.\n\nA. I design bridges.\n\nQ. Thank you.\n', 'deposition.txt');
    expect(turnsOf(r).map((t) => [`${t.speaker} (${t.role})`, t.paragraphs[0]])).toEqual([
      ['Interviewer (interviewer)', 'Please state your name for the record.'],
      ['Maria Lopez (guest)', 'Maria Lopez.'],
      ['Interviewer (interviewer)', 'What is your occupation?'],
      ['Maria Lopez (guest)', 'I am a bridge engineer.'],
      ['Mr. Silva (other)', 'Objection, form.'],
      ['Maria Lopez (guest)', 'Should I answer?'],
      ['Mr. Becker (other)', 'You may answer.'],
      ['Maria Lopez (guest)', 'I design bridges.'],
      ['Interviewer (interviewer)', 'Thank you.'],
    ]);
  });
});

describe('`Host:`, `Co-host:` (or `Co-Host:`) and `Guest:`, the guest named at the end of the headline', () => {
  it('keeps the guest’s words the guest’s, named “with Maria Lopez”, and the co-host one voice', () => {
    const r = ingest('# Rivers and Roads 12, with Maria Lopez\n\nHost: Welcome to the show. How did you get into bridges?\n\nGuest: My father built roads.\n\nCo-host: And concrete?\n\nGuest: That came later.\n\nCo-Host: Thanks!\n\nHost: Thanks, Maria.\n', 'roles.md');
    expect(who(r)).toEqual(['Host (interviewer)', 'Maria Lopez (guest)', 'Co-host (interviewer)', 'Maria Lopez (guest)', 'Co-host (interviewer)', 'Host (interviewer)']);
  });
});

describe('sounds in small letters and music cues alone on their lines (`(upbeat music)`, `♪ ♪`)', () => {
  it('are removed, recorded, in no one’s words and heading nothing', () => {
    const r = ingest('Rivers and Roads 12\n\n(upbeat music)\n\nTom Becker: Welcome. How did you get into bridges?\n\nMaria Lopez: My father built roads. (laughs)\n\n♪ ♪\n\nTom Becker: And concrete?\n\nMaria Lopez: That came later.\n\n(audience applauding)\n\n♪ Rivers and roads ♪\n\nTom Becker: Thanks.\n', 'music.txt');
    expect(r.transcript.removed.map((x) => x.line)).toEqual([3, 9, 15, 17]);
    expect(r.transcript.sections.map((s) => s.heading)).toEqual([null]);
    expect(turnsOf(r).map((t) => t.paragraphs)).toEqual([['Welcome. How did you get into bridges?'], ['My father built roads. (laughs)'], ['And concrete?'], ['That came later.'], ['Thanks.']]);
  });
});

describe('a radio transcript: `PRESENTER:`, a `REPORTER:` once, `ENDS`', () => {
  it('gives the reporter a turn of his own and removes the closing mark', () => {
    const r = ingest('BBC Radio 4: Bridges with Maria Lopez\n\nPRESENTER: Good morning. How did you get into bridges?\n\nMARIA LOPEZ: My father built roads.\n\nPRESENTER: And concrete?\n\nMARIA LOPEZ: That came later.\n\nREPORTER: Outside the studio, the river is rising.\n\nPRESENTER: Thank you.\n\nENDS\n', 'radio.txt');
    expect(who(r)).toEqual(['Presenter (interviewer)', 'Maria Lopez (guest)', 'Presenter (interviewer)', 'Maria Lopez (guest)', 'Reporter (interviewer)', 'Presenter (interviewer)']);
    expect(r.transcript.removed.map((x) => x.text)).toEqual(['ENDS']);
  });
});

describe('a press briefing: `Q` set apart from the question by spaces, as official transcripts print it', () => {
  it('is the label, not part of the words', () => {
    const r = ingest('Press Briefing\n\nMS. LOPEZ:  Good afternoon, everyone. Two announcements today.\n\nQ    Thank you. On the bridge bill, when will it pass?\n\nMS. LOPEZ:  Soon. The Senate votes tomorrow.\n\nQ    And the budget?\n\nMS. LOPEZ:  It is in the bill.\n', 'briefing.txt');
    expect(turnsOf(r).map((t) => [t.role, t.paragraphs[0]])).toEqual([
      ['guest', 'Good afternoon, everyone. Two announcements today.'],
      ['interviewer', 'Thank you. On the bridge bill, when will it pass?'],
      ['guest', 'Soon. The Senate votes tomorrow.'],
      ['interviewer', 'And the budget?'],
      ['guest', 'It is in the bill.'],
    ]);
  });
});

describe('two interviews in one file, each under a heading naming its guest (`## Maria Lopez, Rhine Works`, then `Q:`/`A:`)', () => {
  const file = (dek: string, second = 'Paul Kim, Bonn University') => `# Two engineers on bridges\n\n${dek}\n\n## Maria Lopez, Rhine Works\n\nQ: Why bridges?\n\nA: Because they fail quietly.\n\nQ: Who pays?\n\nA: The city.\n\n## ${second}\n\nQ: Why bridges?\n\nA: Because my father built them.\n\nQ: Who pays?\n\nA: The state.\n`;
  it('each section’s answers are the guest its heading names, where the introduction names them and no one else; said in a warning', () => {
    const r = ingest(file('This week we spoke with two engineers, Maria Lopez and Paul Kim.'), 'two.md');
    expect(who(r)).toEqual(['Interviewer (interviewer)', 'Maria Lopez (guest)', 'Interviewer (interviewer)', 'Maria Lopez (guest)', 'Interviewer (interviewer)', 'Paul Kim (guest)', 'Interviewer (interviewer)', 'Paul Kim (guest)']);
    expect(r.transcript.warnings.map((w) => w.message)).toContain('the answers of each section are taken for the guest its heading names (Maria Lopez, Paul Kim)');
  });
  it('not where the introduction names someone else too (sections on the people a guest talks about)', () => {
    for (const dek of ['Ana Silva talked with us about her mentors Maria Lopez and Paul Kim.']) {
      const r = ingest(file(dek), 'one.md');
      expect(new Set(who(r).filter((w) => w.endsWith('(guest)'))).size, dek).toBe(1);
    }
  });
});

describe('a briefing’s opening statement under its heading, then questions and answers (`## Opening statement`, `Q:`/`A:`)', () => {
  it('the statement is the one who answers, named by the headline (“Press briefing by Maria Lopez, Minister of Transport”), not the intro', () => {
    const r = ingest('# Press briefing by Maria Lopez, Minister of Transport\n\n## Opening statement\n\nGood afternoon. Today we announce a national bridge inspection programme.\n\nEvery bridge will be inspected every year.\n\n## Questions\n\nQ: How much will it cost?\n\nA: About a billion euros a year.\n\nQ: Who pays?\n\nA: The federal budget.\n', 'briefing.md');
    expect(r.transcript.sections.map((s) => [s.heading, s.turns.map((t) => `${t.speaker} (${t.role}): ${t.paragraphs.length}`)])).toEqual([
      ['Opening statement', ['Maria Lopez (guest): 2']],
      ['Questions', ['Interviewer (interviewer): 1', 'Maria Lopez (guest): 1', 'Interviewer (interviewer): 1', 'Maria Lopez (guest): 1']],
    ]);
    expect(r.transcript.intro).toEqual([]);
  });
  it('a noon briefing’s statements under topic headings, its dek naming the spokesperson, `Spokesperson:` answering `Question:`: hers, each under its heading (they were the intro)', () => {
    const r = ingest('# Daily Press Briefing by the Office of the Spokesperson\n\nThe following is a near-verbatim transcript of today\'s noon briefing by Maria Lopez, Spokesperson for the Secretary-General.\n\n## Sudan\n\nGood afternoon. Our colleagues tell us that the situation in the north remains dire.\n\nMore than two hundred thousand people are waiting for food.\n\n## Haiti\n\nTurning to Haiti, schools reopened in the capital.\n\n## Questions and Answers\n\n**Question:** Thank you, Maria. Has the Secretary-General spoken with the generals?\n\n**Spokesperson:** Not this week.\n\n**Question:** And the convoys?\n\n**Spokesperson:** Three arrived yesterday.\n', 'noon.md');
    expect(r.transcript.intro.map((p) => p.line)).toEqual([3]);
    expect(r.transcript.sections.map((s) => [s.heading, s.turns.map((t) => `${t.speaker}: ${t.paragraphs.length}`)])).toEqual([
      ['Sudan', ['Maria Lopez: 2']],
      ['Haiti', ['Maria Lopez: 1']],
      ['Questions and Answers', ['Audience: 1', 'Maria Lopez: 1', 'Audience: 1', 'Maria Lopez: 1']],
    ]);
    expect(r.transcript.guest).toBe('Maria Lopez');
  });
});

describe('a talk with a header naming its speaker and no one else', () => {
  it('unlabelled, fails in one line that names the speaker and the fix, rather than giving the talk to a "Speaker" and an "Interviewer"', () => {
    expect(() => ingest('# Bridges that heal\n\nSpeaker: Maria Lopez, Rhine Works\n\nThank you all for coming.\n\nConcrete cracks. Water gets in.\n\nThank you.\n', 'talk.md')).toThrow(
      "talk.md:1: error: no speaker turns found: the header names Maria Lopez but no paragraph is labelled, as in a talk with no one else. Fix: list Maria Lopez alone under `speakers:` in the front matter (`speakers: [Maria Lopez]`), or start each of Maria Lopez's paragraphs with `Maria Lopez:`; label the questions if there are any",
    );
  });
  it('listed alone under `speakers:` as the fix says: every paragraph hers, said in a warning', () => {
    const r = ingest('---\nspeakers: [Maria Lopez]\n---\n\n# Bridges that heal\n\nThank you all for coming. Why does concrete crack?\n\nWater gets in.\n\n## The fix\n\nBacteria.\n', 'talk.md');
    expect([who(r), turnsOf(r).map((t) => t.paragraphs.length)]).toEqual([['Maria Lopez (guest)', 'Maria Lopez (guest)'], [2, 1]]);
    expect(r.transcript.warnings.map((w) => w.message)).toEqual(["no paragraph is labelled: every one is Maria Lopez's, the one speaker the front matter names"]);
  });
  it('labelled as the fix says: the header is the intro, every word hers', () => {
    const r = ingest('# Bridges that heal\n\nSpeaker: Maria Lopez, Rhine Works\n\nMaria Lopez: Thank you all for coming. Why does concrete crack?\n\nMaria Lopez: Water gets in.\n\nMaria Lopez: Thank you.\n', 'talk.md');
    expect([r.transcript.intro.map((p) => p.text), who(r)]).toEqual([['Speaker: Maria Lopez, Rhine Works'], ['Maria Lopez (guest)']]);
  });
});

describe('a writer’s one-word note between turns of speakers labelled by first names, in other languages too', () => {
  it.each(['Fazit', 'Conclusion', 'Nota'])('`%s: ...` stays the speaker’s words', (word) => {
    const r = ingest(`# Brücken\n\nTom: Warum Brücken?\n\nMaria: Mein Vater baute Straßen.\n\n${word}: Wir brauchen Geld.\n\nTom: Und Beton?\n\nMaria: Später.\n`, 'note.md');
    expect(turnsOf(r).map((t) => [t.speaker, t.paragraphs.length])).toEqual([['Tom', 1], ['Maria', 2], ['Tom', 1], ['Maria', 1]]);
  });
  it('and a phrase (`Kurz Gesagt:`) between turns of full names', () => {
    const r = ingest('# Brücken\n\nTom Becker: Warum Brücken?\n\nMaria Lopez: Mein Vater baute Straßen.\n\nKurz Gesagt: Wir brauchen Geld.\n\nTom Becker: Und Beton?\n\nMaria Lopez: Später.\n', 'note.md');
    expect(turnsOf(r).map((t) => [t.speaker, t.paragraphs.length])).toEqual([['Tom Becker', 1], ['Maria Lopez', 2], ['Tom Becker', 1], ['Maria Lopez', 1]]);
  });
});

describe('a surname that opens with its particles (`van der Berg:`, `De Gaulle:`) or holds an apostrophe (`O’Neill:`), once', () => {
  const panel = (vdb: string, on: string) =>
    `# With Ursula van der Berg and Jean-Pierre O'Neill\n\nTom Becker: Welcome, both of you.\n\nUrsula van der Berg: Thank you for having us.\n\nJean-Pierre O'Neill: Glad to be here.\n\nTom Becker: Where did it start?\n\nUrsula van der Berg: In Delft.\n\nJean-Pierre O'Neill: And in Lyon, for me.\n\n${vdb}: We met at a conference.\n\n${on}: Right, in 2019.\n`;
  it('is the turn of the one full name it ends', () => {
    for (const [vdb, on] of [['van der Berg', "O'Neill"], ['Van der Berg', 'O’Neill'], ['**van der Berg**', "**O'Neill**"]]) {
      const r = ingest(panel(vdb!, on!), 'particles.md');
      expect(turnsOf(r).slice(-2).map((t) => [t.speaker, t.paragraphs])).toEqual([
        ['Ursula van der Berg', ['We met at a conference.']],
        ["Jean-Pierre O'Neill", ['Right, in 2019.']],
      ]);
    }
  });
  it('a name whose particle is Kikuyu’s, Portuguese’s, Arabic’s, German’s, Spanish’s or Italian’s (`Ngũgĩ wa Thiong’o:`, `Maria do Carmo:`, `Fatima bint Ali:`, `Karl zu Weimar:`) is a label (it was the interviewer’s words)', () => {
    // (And Dutch's article, `Joost van 't Hof:`.)
    // (And Spanish's and Italian's plural articles, an Arabic article joined to its word, five words and more: `Ana María de los Ángeles Pérez:`, `Abd al-Rahman ibn Khaldun:`; they were the interviewer's words, or a "Guest"'s with the name in them.)
    for (const name of ['Ngũgĩ wa Thiong’o', 'Maria do Carmo', 'Fatima bint Ali', 'Karl zu Weimar', 'Ana María de los Ángeles Pérez', 'Abd al-Rahman ibn Khaldun', 'Lucia degli Alberti', 'Joost van ’t Hof', "Joost van 't Hof"]) {
      const r = ingest(`# Bridges\n\n${name}: Welcome. Why bridges?\n\nTom Becker: Because they connect people.\n\n${name}: And rivers?\n\nTom Becker: Rivers decide.\n`, 'particles.md');
      expect(turnsOf(r).map((t) => t.speaker), name).toEqual([name, 'Tom Becker', name, 'Tom Becker']);
    }
  });
  it('a German doctor’s field after the title (`Prof. Dr. med. Anna Schmidt:`, then `Prof. Schmidt:` and `Schmidt:`) is part of the label (it was a “Guest” with the name in the words)', () => {
    const r = ingest('# Brücken\n\nTom Becker: Willkommen. Warum der Hammer?\n\nProf. Dr. med. Anna Schmidt: Man klopft auf den Beton.\n\nTom Becker: Je geirrt?\n\nProf. Schmidt: Einmal.\n\nTom Becker: Danke.\n\nSchmidt: Gerne.\n', 'dr.md');
    expect(spoken(r)).toEqual(['Tom Becker (interviewer): Willkommen. Warum der Hammer?', 'Prof. Dr. med. Anna Schmidt (guest): Man klopft auf den Beton.', 'Tom Becker (interviewer): Je geirrt?', 'Prof. Dr. med. Anna Schmidt (guest): Einmal.', 'Tom Becker (interviewer): Danke.', 'Prof. Dr. med. Anna Schmidt (guest): Gerne.']);
  });
  it('a generation’s number after a name (`Tom Becker III:`) stays in capitals (it was shown as “Tom Becker Iii”)', () => {
    for (const label of ['Tom Becker III', 'TOM BECKER III']) {
      const r = ingest(`# Bridges\n\nJane Kim: Why?\n\n${label}: Because.\n\nJane Kim: And?\n\n${label}: Then.\n`, 'iii.md');
      expect(turnsOf(r)[1]!.speaker).toBe('Tom Becker III');
    }
  });
  it('a double surname’s first part (`Lopez:`, `López:`) is the one full name that ends with it joined by a hyphen (María José López-García)', () => {
    for (const key of ['Lopez', 'López']) {
      const r = ingest(`# Bridges\n\nThe engineer María José López-García builds bridges.\n\n**Becker:** Why?\n\n**${key}:** Water.\n\n**Becker:** And?\n\n**${key}:** Steel.\n`, 'double.md');
      expect(r.transcript.guest, key).toBe('María José López-García');
    }
  });
  it('and `de Gaulle:` is Charles de Gaulle', () => {
    const r = ingest('# Europe\n\nTom Becker: Welcome.\n\nCharles de Gaulle: Thank you.\n\nTom Becker: And Europe?\n\nCharles de Gaulle: A question of will.\n\nTom Becker: Treaties?\n\nde Gaulle: Not treaties.\n', 'gaulle.txt');
    expect(turnsOf(r).at(-1)!.speaker).toBe('Charles de Gaulle');
  });
  it('used twice or more, never labelled in full: the full name the introduction gives (`**de Vries:**`, Jan de Vries)', () => {
    const r = ingest('# Roundtable\n\nWe asked Maria Lopez and Jan de Vries.\n\n**How often?**\n\n**Lopez:** Every year.\n\n**de Vries:** Every year, and after floods.\n\n**Why?**\n\n**Lopez:** Water.\n\n**de Vries:** Salt.\n', 'roundtable.md');
    expect(who(r)).toEqual(['Interviewer (interviewer)', 'Maria Lopez (guest)', 'Jan de Vries (guest)', 'Interviewer (interviewer)', 'Maria Lopez (guest)', 'Jan de Vries (guest)']);
  });
});

describe('both sides labelled by a name and a hyphen, as Brazilian papers print them (`**Folha - Por que pontes?**`, `Maria Lopez - Meu pai...`)', () => {
  it('reads each as a label, not as the words; `Tom Becker - Host:` stays its own label, and names with a hyphen once each stay words (guards)', () => {
    const r = ingest('# Maria Lopez: "As pontes envelhecem"\n\nA engenheira Maria Lopez inspeciona pontes há vinte anos.\n\n**Folha - Por que pontes?**\n\nMaria Lopez - Meu pai as construía.\n\n**Folha - O que mudou?**\n\nMaria Lopez - A carga.\n', 'folha.md');
    expect(spoken(r)).toEqual(['Folha (interviewer): Por que pontes?', 'Maria Lopez (guest): Meu pai as construía.', 'Folha (interviewer): O que mudou?', 'Maria Lopez (guest): A carga.']);
    const roles = ingest('# Bridges\n\nTom Becker - Host: Why bridges?\n\nMaria Lopez - Guest: Because they fail.\n\nTom Becker - Host: Who pays?\n\nMaria Lopez - Guest: The city.\n', 'roles.md');
    expect(spoken(roles)).toEqual(['Tom Becker (interviewer): Why bridges?', 'Maria Lopez (guest): Because they fail.', 'Tom Becker (interviewer): Who pays?', 'Maria Lopez (guest): The city.']);
    const list = ingest('# Bridges\n\nTom Becker: Who helped?\n\nMaria Lopez: Two people.\n\nPaul Kim - the drainage.\n\nJane Doe - the steel.\n\nTom Becker: Thanks.\n\nMaria Lopez: Thank you.\n', 'list.md');
    expect(spoken(list)[1]).toBe('Maria Lopez (guest): Two people. | Paul Kim - the drainage. | Jane Doe - the steel.');
  });
  it('reads a name once so between two turns of the regulars, saying a sentence, as a third speaker’s label (`Paul - The state, in the end.`, or with a colon, `Paul:`, beside full names: it was the last panelist’s words, the name and all); a word once so that is no one’s stays as written (guard)', () => {
    const panel = (sep: string, label: string, dek = 'Maria Lopez, Jonas Berg and Paul Kim discussed bridges with Ana Silva.') => ingest(`# The Future of Bridges\n\n${dek}\n\nAna Silva${sep}Welcome. Maria, how old are our bridges?\n\nMaria Lopez${sep}Over forty years, on average.\n\nAna Silva${sep}Jonas?\n\nJonas Berg${sep}Older in the east, I would say.\n\nMaria Lopez${sep}I am not sure that is true.\n\nAna Silva${sep}Paul, who pays?\n\n${label}${sep}The state, in the end.\n\nAna Silva${sep}Thank you all.\n`, 'panel-hyphen.md');
    for (const sep of [' - ', ': '])
      for (const [label, named] of [['Paul', 'Paul Kim'], ['Paul Kim', 'Paul Kim'], ['Kim', 'Paul Kim']] as const) expect([sep, label, spoken(panel(sep, label)).slice(-2)]).toEqual([sep, label, [`${named} (guest): The state, in the end.`, 'Ana Silva (interviewer): Thank you all.']]);
    expect(spoken(panel(' - ', 'Money', 'A panel on bridges.')).at(-2)).toBe('Maria Lopez (guest): Money - The state, in the end.');
  });
  it('reads initials with a hyphen beside names so (`AA - ...` beside `Senator Black - ...`, `ML - ...` beside `Ana Silva - ...`) as one file’s labels (the names’ words were the initials’ speakers’, “Ana Silva - Jonas?” and all)', () => {
    const r = ingest('# Banking committee\n\nThe Chair - Welcome, Mr. Antonopoulos. Senator Black, you have the floor.\n\nSenator Black - Thank you very much. Why bitcoin?\n\nAA - I believe it is the best way to move money.\n\nSenator Black - And the risks?\n\nAA - They are real, but smaller than the gains.\n\nThe Chair - Thank you.\n', 'senate.md');
    expect(who(r)).toEqual(['The Chair (interviewer)', 'Senator Black (interviewer)', 'AA (guest)', 'Senator Black (interviewer)', 'AA (guest)', 'The Chair (interviewer)']);
    const panel = ingest('# The Future of Bridges\n\nAna Silva - Welcome. Maria, how old are our bridges?\n\nML - Over forty years, on average.\n\nAna Silva - Jonas?\n\nJB - Older in the east, I would say.\n\nML - I am not sure that is true.\n\nJB - It is, look at the figures.\n\nAna Silva - Thank you both.\n', 'panel.md');
    expect(spoken(panel)).toEqual(['Ana Silva (interviewer): Welcome. Maria, how old are our bridges?', 'ML (guest): Over forty years, on average.', 'Ana Silva (interviewer): Jonas?', 'JB (guest): Older in the east, I would say.', 'ML (guest): I am not sure that is true.', 'JB (guest): It is, look at the figures.', 'Ana Silva (interviewer): Thank you both.']);
  });
  it('in a text file copied without blank lines, a line to a paragraph (the build failed)', () => {
    const r = ingest("'A água é a inimiga das pontes', diz engenheira\nTom Becker\nSão Paulo\nFolha - Como tudo começou?\nMaria Lopez - Com uma rachadura numa ponte.\nFolha - E o concreto?\nMaria Lopez - Ele se repara sozinho.\n", 'folha.txt');
    expect(spoken(r)).toEqual(['Folha (interviewer): Como tudo começou?', 'Maria Lopez (guest): Com uma rachadura numa ponte.', 'Folha (interviewer): E o concreto?', 'Maria Lopez (guest): Ele se repara sozinho.']);
  });
});

describe('a Japanese interview: `――` opens each question, `聞き手：` names the interviewer', () => {
  it('gives the questions to the interviewer, labelled answers to the guest, the byline to the intro', () => {
    const r = ingest('# 山田太郎インタビュー：橋の話\n\n聞き手：佐藤花子\n\n――今回の研究について教えてください。\n\n山田：橋のひび割れを自分で直すコンクリートを作っています。\n\n――細菌ですか。\n\n山田：はい。水に触れると目を覚まします。\n', 'ja.md');
    expect(turnsOf(r).map((t) => [t.speaker, t.role, t.paragraphs[0]])).toEqual([
      ['佐藤花子', 'interviewer', '今回の研究について教えてください。'],
      ['山田', 'guest', '橋のひび割れを自分で直すコンクリートを作っています。'],
      ['佐藤花子', 'interviewer', '細菌ですか。'],
      ['山田', 'guest', 'はい。水に触れると目を覚まします。'],
    ]);
    expect(r.transcript.intro.map((p) => p.text)).toEqual(['聞き手：佐藤花子']);
  });
  it('unlabelled answers are the guest’s, named by a headline opening with her name and an honorific (`田中花子さんに聞く：...`; she was “Guest”)', () => {
    for (const headline of ['田中花子さんに聞く：古い橋はなぜ長持ちするのか', '田中花子氏が語る、古い橋の寿命']) {
      const r = ingest(`# ${headline}\n\n聞き手：山田太郎\n\n――橋の点検を始めたきっかけは何ですか。\n\n2006年、ケッセル報告が出た直後です。\n\n――水はなぜ危険なのですか。\n\n継ぎ目に入り込み、冬に凍るからです。\n`, 'ja3.md');
      expect(turnsOf(r).map((t) => t.speaker), headline).toEqual(['山田太郎', '田中花子', '山田太郎', '田中花子']);
    }
  });
  it('so by a foreign name in katakana and an honorific (`ロペス氏に聞く：...`, `マリア・ロペスさんが語る...`; she was “Guest”)', () => {
    for (const [headline, guest] of [['ロペス氏に聞く：水は橋の最大の敵', 'ロペス'], ['マリア・ロペスさんが語る、古い橋の寿命', 'マリア・ロペス']]) {
      const r = ingest(`# ${headline}\n\n聞き手：山田太郎\n\n――橋はなぜ崩れるのですか。\n\n主に水です。\n\n――どのくらいかかりますか。\n\n普通は数十年です。\n`, 'ja.md');
      expect(turnsOf(r).map((t) => t.speaker), headline).toEqual(['山田太郎', guest, '山田太郎', guest]);
    }
  });
  it('so after a few words on her set apart (`橋を守るエンジニア、田中花子さんに聞く`, `建築家・マリア・ロペス氏に聞く`, `【インタビュー】...`, `エンジニア田中花子さんに聞く`; she was “Guest”)', () => {
    for (const [headline, guest] of [['橋を守るエンジニア、田中花子さんに聞く', '田中花子'], ['建築家・田中花子さんに聞く', '田中花子'], ['建築家・マリア・ロペス氏に聞く', 'マリア・ロペス'], ['【インタビュー】田中花子さんに聞く', '田中花子'], ['エンジニア田中花子さんに聞く', '田中花子']]) {
      const r = ingest(`# ${headline}\n\n聞き手：山田太郎\n\n――橋はなぜ崩れるのですか。\n\n主に水です。\n\n――どのくらいかかりますか。\n\n普通は数十年です。\n`, 'ja.md');
      expect(turnsOf(r).map((t) => t.speaker), headline).toEqual(['山田太郎', guest, '山田太郎', guest]);
    }
  });
  it('unlabelled answers are the guest’s, named by the profile line’s name and its reading', () => {
    const r = ingest('# 橋が自分を治す日\n\n（聞き手・構成：佐藤花子）\n\n山田太郎（やまだ・たろう）　1975年生まれ。東京大学教授。\n\n――今回の研究について教えてください。\n\n橋のひび割れを自分で直すコンクリートを作っています。\n\n――細菌ですか。\n\nはい。水に触れると目を覚まします。\n\n最初は誰も信じてくれませんでした。\n', 'ja2.md');
    expect(turnsOf(r).map((t) => [t.speaker, t.paragraphs.length])).toEqual([['佐藤花子', 1], ['山田太郎', 1], ['佐藤花子', 1], ['山田太郎', 2]]);
  });
  it('and in Chinese, `——` before the question and `记者 李娜` above', () => {
    const r = ingest('# 张伟：会自我修复的桥\n\n记者 李娜\n\n——您是怎么开始这项研究的？\n\n张伟：2015年，我在一座桥上看到了一条裂缝。\n\n——后来呢？\n\n张伟：我回到大学。\n', 'zh.md');
    expect(turnsOf(r).map((t) => t.speaker)).toEqual(['李娜', '张伟', '李娜', '张伟']);
  });
});

describe('an interview held in a chat and exported from it', () => {
  const said = (r: IngestResult) => turnsOf(r).map((t) => [t.speaker, t.time, t.paragraphs[0]]);
  const expected = [
    ['Tom Becker', null, 'How did you get into bridges?'],
    ['Maria Lopez', null, 'My father built roads.'],
    ['Tom Becker', null, 'And concrete?'],
    ['Maria Lopez', null, 'That came later, at university.'],
  ];
  const at = ['10:15', '10:16', '10:19', '10:21'];
  it('each message after the time it was sent (WhatsApp on iPhone and Android, a meeting’s chat): the sender’s words, no time in them', () => {
    const exports = [
      expected.map(([who, , w], i) => `[03/12/24, ${at[i]}:02] ${who}: ${w}`),
      expected.map(([who, , w], i) => `03/12/2024, ${at[i]} - ${who}: ${w}`),
      expected.map(([who, , w], i) => `${at[i]}:02 From ${who} to Everyone: ${w}`),
    ];
    for (const lines of exports) expect(said(ingest(`${lines.join('\n')}\n`, 'chat.txt'))).toEqual(expected);
  });
  it('a meeting’s chat as Zoom saved it before, the message on the next line under its tab (`10:15:02 From Maria Lopez to Everyone:`): the build found no turn', () => {
    const zoom = expected.map(([who, , w], i) => `${at[i]}:02 From ${who} to Everyone:\n\t${w}`);
    expect(said(ingest(`${zoom.join('\n')}\n`, 'zoom.txt'))).toEqual(expected);
  });
  it('each message after the time of day alone in brackets (`[10:15 AM] Maria Lopez: ...`, a chat’s log): the build found no turn', () => {
    const log = expected.map(([who, , w], i) => `[${at[i]} AM] ${who}: ${w}`);
    expect(said(ingest(`${log.join('\n')}\n`, 'log.txt'))).toEqual(expected);
  });
  it('the sender and the time alone above the messages (Slack, Discord)', () => {
    const slack = expected.map(([who, , w], i) => `${who}  ${at[i]} AM\n${w}`).join('\n');
    expect(said(ingest(`${slack}\n`, 'slack.txt'))).toEqual(expected);
    const discord = expected.map(([who, , w], i) => `${who} — ${i < 2 ? '03/12/2024' : 'Today at'} ${at[i]} AM\n${w}`).join('\n\n');
    expect(said(ingest(`# AMA\n\n${discord}\n`, 'discord.md'))).toEqual(expected);
    const meeting = expected.map(([who, , w], i) => `${who} (${at[i]} AM)\n${w}`).join('\n\n');
    expect(said(ingest(`${meeting}\n`, 'meeting-chat.txt'))).toEqual(expected);
  });
  it('the sender alone after the time of day in brackets (Teams, copied), or after a comma over the day and time in brackets (Telegram, copied): the build found no turn, or gave the answers to the asker', () => {
    const teams = expected.map(([who, , w], i) => `[${at[i]} AM] ${who}\n${w}`).join('\n\n');
    expect(said(ingest(`${teams}\n`, 'teams.txt'))).toEqual(expected);
    const teamsSpaced = expected.map(([who, , w], i) => `${who} ${at[i]} AM\n${w}`).join('\n\n');
    expect(said(ingest(`${teamsSpaced}\n`, 'teams.txt'))).toEqual(expected);
    const telegram = expected.map(([who, , w], i) => `${who}, [03.12.24 ${at[i]}]\n${w}`).join('\n\n');
    expect(said(ingest(`${telegram}\n`, 'telegram.txt'))).toEqual(expected);
  });
  it('says nothing of a picture the export left out, a deleted message, the reactions under a message or the mark on an edited one (they were the sender’s words)', () => {
    const whatsapp = [...expected.map(([who, , w], i) => `[03/12/24, ${at[i]}:02] ${who}: ${w}`), '[03/12/24, 10:22:00] Maria Lopez: \u200e<attached: 00000012-PHOTO-2024-12-03-10-22-00.jpg>', '[03/12/24, 10:23:00] Tom Becker: This message was deleted', '[03/12/24, 10:24:00] Maria Lopez: That is the bridge. \u200e<This message was edited>'];
    const r = ingest(`${whatsapp.join('\n')}\n`, 'chat.txt');
    expect(said(r)).toEqual([...expected.slice(0, 3), ['Maria Lopez', null, 'That came later, at university.']]);
    expect(turnsOf(r).at(-1)!.paragraphs).toEqual(['That came later, at university.', 'That is the bridge.']);
    expect(r.lineUse.slice(4, 6)).toEqual(['markup', 'markup']);
    const slack = expected.map(([who, , w], i) => `${who}  ${at[i]} AM\n${w}${i % 2 ? ' (edited)\n:+1: 3  :tada: 1' : ''}`).join('\n');
    expect(turnsOf(ingest(`${slack}\n`, 'slack.txt')).map((t) => t.paragraphs)).toEqual(expected.map(([, , w]) => [w]));
  });
  it('a name above a recording’s time is no chat: the time stays the turn’s start', () => {
    const r = ingest(`${expected.map(([who, , w], i) => `${who}  00:0${i}\n${w}`).join('\n\n')}\n`, 'export.txt');
    expect(turnsOf(r).map((t) => t.time)).toEqual([0, 1, 2, 3]);
  });
  it('the host who opens the chat with one message, a welcome, as Slack and Discord copy a channel (`Tom Becker  10:02 AM`, `Tom Becker — Today at 10:02 AM`): his (it was the intro, his name a line of it)', () => {
    for (const header of ['  10:02 AM', ' — Today at 10:02 AM']) {
      const r = ingest(`Tom Becker${header}\nWelcome to our AMA with Maria Lopez! Ask away.\n\nAna Silva${header}\nWhy do cities keep flooding?\n\nMaria Lopez${header}\nBecause every city builds against the flood it remembers.\n\nPaul Kim${header}\nWhat should a mayor do first?\n\nMaria Lopez${header}\nMap where the water went last time.\n`, 'chat.txt');
      expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Ana Silva (interviewer)', 'Maria Lopez (guest)', 'Paul Kim (interviewer)', 'Maria Lopez (guest)']);
      expect(r.transcript.intro).toEqual([]);
    }
    // (A spammer's message goes with its header: `CasinoKing` was left in the question before it.)
    const spam = ingest('Tom Becker  10:02 AM\nWelcome to our AMA with Maria Lopez! Ask away.\n\nAna Silva  10:03 AM\nWhy do cities keep flooding?\n\nCasinoKing  10:04 AM\nBEST ONLINE CASINO FREE SPINS https://casino.example/spin\n\nMaria Lopez  10:05 AM\nBecause every city builds against the flood it remembers.\n\nPaul Kim  10:06 AM\nWhat should a mayor do first?\n\nMaria Lopez  10:08 AM\nMap where the water went last time.\n', 'chat.txt');
    expect(spoken(spam)[1]).toBe('Ana Silva (interviewer): Why do cities keep flooding?');
    expect(spam.transcript.removed.map((x) => [x.line, x.kind])).toEqual([[7, 'spam'], [8, 'spam']]);
  });
});

describe('an interview held by e-mail, pasted with the mail’s header, closing and the message it replies to', () => {
  const reply = (from: string, to: string, subject: string, opening: string) => [`From: ${from}`, 'Sent: Wednesday, March 4, 2026 9:02 AM', `To: ${to}`, `Subject: ${subject}`, '', 'Hi Tom,', '', opening, '', '1. Why timber?', '', 'Because it stores carbon.', '', '2. What about fire?', '', 'It chars on the outside, and the char protects the core.', '', 'Best,', 'Maria', '', '--', 'Maria Lopez', 'Lead Engineer, Rhine Works', '', 'On Tue, Mar 3, 2026 at 10:14 AM Tom Becker <tom@example.org> wrote:', '> Hi Maria,', '> 1. Why timber?', '> 2. What about fire?', ''].join('\n');
  it('gives a reply’s answers to its sender and the questions to the one it answers, titles it by the subject and dates it by the header, and says so (she was the introduction’s, he “the guest”)', () => {
    const r = ingest(reply('Maria Lopez <maria@example.org>', 'Tom Becker <tom@example.org>', 'RE: Interview questions for Bridge Notes', 'Here are my answers.'), 'email.txt');
    expect(spoken(r)).toEqual(['Tom Becker (interviewer): Why timber?', 'Maria Lopez (guest): Because it stores carbon.', 'Tom Becker (interviewer): What about fire?', 'Maria Lopez (guest): It chars on the outside, and the char protects the core.']);
    expect([r.transcript.title, r.titleFrom, r.transcript.date]).toEqual(['Interview questions for Bridge Notes', 'text', '2026-03-04']);
    expect(r.transcript.intro.map((p) => p.text)).toEqual(['Hi Tom,', 'Here are my answers.']);
    expect(r.transcript.outro).toEqual([]);
    expect(r.transcript.removed.map((x) => x.line)).toEqual([1, 2, 3, 4, 18, 19, 21, 22, 23, 25, 26, 27, 28]);
    expect(r.transcript.warnings.map((w) => w.message).join('\n')).toContain("the answers are taken for Maria Lopez's, who sends the e-mail replying to Tom Becker's questions");
  });
  it('names no one by the header where the e-mail is no reply, or its opening says its sender asks (a name in the header was taken for the guest’s)', () => {
    for (const [subject, opening] of [['Fwd: Interview questions', 'Here are my answers.'], ['RE: Interview questions', 'Thanks for agreeing to answer these. Here are my questions.']] as const) {
      const r = ingest(reply('Maria Lopez <maria@example.org>', 'Tom Becker <tom@example.org>', subject, opening), 'email.txt');
      expect(who(r).slice(0, 2), subject).toEqual(['Interviewer (interviewer)', 'Guest (guest)']);
      expect(r.transcript.title).toBe('Interview questions');
    }
  });
  it('reads a reply forwarded under a note by its own header, below `---------- Forwarded message ---------` (the answers were “Guest”’s, the forwarded header the introduction)', () => {
    const fwd = ['From: Tom Becker <tom@example.org>', 'Sent: Thursday, March 5, 2026 8:00 AM', 'To: Jane Doe <jane@example.org>', 'Subject: Fwd: Re: Five questions', '', 'Jane, here is the interview for Friday.', '', '---------- Forwarded message ---------', 'From: Maria Lopez <maria@example.org>', 'Date: Wed, Mar 4, 2026 at 9:02 AM', 'Subject: Re: Five questions', 'To: Tom Becker <tom@example.org>', '', 'Q: Why timber?', '', 'A: Because it stores carbon.', '', 'Q: What about fire?', '', 'A: It chars on the outside.', ''].join('\n');
    const r = ingest(fwd, 'fwd.txt');
    expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
    expect([r.transcript.title, r.transcript.date]).toEqual(['Five questions', '2026-03-04']);
    expect(r.transcript.intro.map((p) => p.text)).toEqual(['Jane, here is the interview for Friday.']);
  });
  it('reads the questions a text file’s reply quotes inline above each answer (`> 1. Why timber?`): the build found no turn', () => {
    const inline = ['From: Maria Lopez <maria@example.org>', 'Date: Wed, 4 Mar 2026 09:02:11 +0100', 'To: Tom Becker <tom@example.org>', 'Subject: Re: Five questions', '', 'Hi Tom, my answers are inline below.', '', '> 1. Why timber?', '', 'Because it stores carbon.', '', '> 2. What about fire?', '', 'It chars on the outside.', '', 'Cheers,', 'Maria', ''].join('\n');
    expect(spoken(ingest(inline, 'reply.txt'))).toEqual(['Tom Becker (interviewer): Why timber?', 'Maria Lopez (guest): Because it stores carbon.', 'Tom Becker (interviewer): What about fire?', 'Maria Lopez (guest): It chars on the outside.']);
  });
  it('reads a German mail program’s header (`Von:`, `An:`, `Betreff: AW: ...`): its subject line was removed as spam', () => {
    const de = ['Von: Maria Lopez <maria@example.org>', 'Gesendet: Mittwoch, 4. März 2026 09:02', 'An: Tom Becker <tom@example.org>', 'Betreff: AW: Ihre Fragen für das Brückenblatt', '', 'anbei meine Antworten.', '', '**Warum Holz?**', '', 'Weil es Kohlenstoff speichert.', '', '**Und der Brandschutz?**', '', 'Holz verkohlt außen.', ''].join('\n');
    const r = ingest(de, 'email.md');
    expect(r.transcript.title).toBe('Ihre Fragen für das Brückenblatt');
    expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
    expect(r.transcript.removed.map((x) => x.kind)).toEqual(['chrome', 'chrome', 'chrome', 'chrome']);
  });
  it('leaves a research interview’s fields (`Date:`, `Interviewer:`) and a turn saying “From: ...” as they are (guard)', () => {
    const r = ingest('Date: 3 March 2026\nInterviewer: Tom Becker\nSubject: timber bridges\n\nTom Becker: Why timber?\nMaria Lopez: From: my father, who built them.\nTom Becker: And fire?\nMaria Lopez: It chars.\n', 'study.txt');
    expect(r.transcript.removed).toEqual([]);
    expect(spoken(r)[1]).toBe('Maria Lopez (guest): From: my father, who built them.');
  });
});

describe('a pull quote: words said in the interview, repeated between turns in quotation marks, a blockquote or a heading', () => {
  const page = (quote: string) =>
    `# Bridges\n\n**Tom Becker:** How did it start?\n\n**Maria Lopez:** With a crack in a bridge. In a sense, bridges are alive, and they can learn to heal.\n\n**Tom Becker:** Alive?\n\n${quote}\n\n**Maria Lopez:** They breathe.\n`;
  it('is the words of the one who says them in full, not of the one who spoke last', () => {
    for (const quote of ['> “In a sense, bridges are alive, and they can learn to heal.”', '“Bridges are alive, and they can learn to heal”', '**"Bridges are alive, and they can learn to heal."** — Maria Lopez', '“…bridges are alive, and they can learn…”', '##### "Bridges are alive, and they can learn to heal."']) {
      const r = ingest(page(quote), 'pull.md');
      expect(turnsOf(r).map((t) => [t.speaker, t.paragraphs.length])).toEqual([['Tom Becker', 1], ['Maria Lopez', 1], ['Tom Becker', 1], ['Maria Lopez', 2]]);
      expect(r.transcript.removed).toEqual([]);
    }
  });
  it('a quotation that repeats nothing said, or asks, stays where it is', () => {
    for (const quote of ['“Measure twice, cut once, and never trust the weather.”', '> “Bridges are alive, and they can learn to heal?”']) {
      const r = ingest(page(quote), 'pull.md');
      expect(turnsOf(r)[2]!.paragraphs).toEqual(['Alive?', quote.replace(/^> /, '')]);
    }
  });
});

/** Something set between two turns of a scraped article: the turns' words alone are kept, the lines of the thing removed and recorded. */
const PAGE_TURNS = [['Tom Becker', ['How did it start?']], ['Maria Lopez', ['With a crack in a bridge.']], ['Tom Becker', ['And then?']], ['Maria Lopez', ['Bacteria.']], ['Tom Becker', ['Thanks.']]];
const betweenTurns = (aside: string) => ingest(`# Bridges\n\n**Tom Becker:** How did it start?\n\n**Maria Lopez:** With a crack in a bridge.\n\n${aside}\n\n**Tom Becker:** And then?\n\n**Maria Lopez:** Bacteria.\n\n**Tom Becker:** Thanks.\n`, 'aside.md');
const expectRemovedBetweenTurns = (aside: string) => {
  const r = betweenTurns(aside);
  expect(turnsOf(r).map((t) => [t.speaker, t.paragraphs])).toEqual(PAGE_TURNS);
  expect(r.transcript.removed.map((x) => x.line)).toEqual(aside.split('\n').flatMap((l, i) => (l ? [7 + i] : [])));
};

describe('a picture between turns, with its caption', () => {
  it('is removed and recorded, the caption in no one’s words', () => {
    for (const figure of [
      '![Maria Lopez on the Rhine bridge](https://example.com/lopez.jpg)\n\nMaria Lopez on the Rhine bridge in Bonn, 2019. Photo: Jane Doe for Rhine Works',
      '![](https://example.com/lab.jpg)\n*The lab in Delft where the concrete is tested.*',
      '[![The lab](https://example.com/lab.jpg)](https://example.com/lab)\n\nThe lab in Delft, where the concrete is tested (Jane Doe/Rhine Works)',
      '<img src="https://example.com/lab.jpg" alt="The lab">\n\n_The lab in Delft._',
    ])
      expectRemovedBetweenTurns(figure);
  });
  it('a caption alone, its picture left out by the copy, is removed too (in parentheses, `(Foto: Ana Silva)`, in other languages, `Imagen: EFE`, `Foto di Ana Silva`: they were her words or a part’s heading); the speaker’s own `Photo:` in the first person stays hers', () => {
    for (const caption of ['*Photo: Maria Lopez at the Rhine bridge in Bonn. (Jane Doe for Rhine Works)*', 'Pictured: the lab in Delft where the concrete is tested.', '(Foto: Ana Silva)', 'Imagen: EFE', 'Foto di Ana Silva', 'Photo by Ana Silva']) expectRemovedBetweenTurns(caption);
    expect(turnsOf(betweenTurns('Photo: I took that one myself, from the lower deck.'))[1]!.paragraphs).toEqual(['With a crack in a bridge.', 'Photo: I took that one myself, from the lower deck.']);
    // (Nor words opening as a credit does, its name in small letters: "Photo by photo", "Foto de familia".)
    for (const own of ['Photo by photo, the cracks closed.', 'Foto de familia, la guardo todavía.']) expect(turnsOf(betweenTurns(own))[1]!.paragraphs, own).toEqual(['With a crack in a bridge.', own]);
  });
  it('without a caption it stays where it is, by its description, and the words under it stay the speaker’s', () => {
    for (const figure of ['![Chart of the cracks](https://example.com/chart.png)', '<img src="https://example.com/chart.png" alt="Chart of the cracks">']) {
      const r = betweenTurns(`${figure}\n\nAs you can see, the cracks close in two weeks.`);
      expect(turnsOf(r)[1]!.paragraphs).toEqual(['With a crack in a bridge.', '[image: Chart of the cracks]', 'As you can see, the cracks close in two weeks.']);
    }
  });
});

describe('a scraped article’s boxes between turns: links to other articles, a sign-up, an embedded post', () => {
  it('are removed and recorded, every turn kept: a `Related:` line ends no interview its speakers go on with', () => {
    for (const box of [
      '**Related:** [Why concrete cracks](https://example.com/concrete)',
      'READ MORE: [The bridges that will outlive us](https://example.com/outlive)',
      'Also read: Five bridges that fell down',
      'Lesen Sie auch: [Brücken, die sich selbst heilen](https://example.de/bruecken)',
      '[Sign up for our weekly engineering newsletter](https://example.com/newsletter)',
      '> Our bridge in Delft healed its first crack today!\n> — Maria Lopez (@mlopez) [March 3, 2024](https://twitter.com/mlopez/status/1)',
    ])
      expectRemovedBetweenTurns(box);
  });
});

describe('the publisher speaking between turns (“Subscribe to...”, “This interview has been edited...”)', () => {
  it('after the guest’s words, is removed and recorded, not hers', () => {
    for (const note of ['Subscribe to Rivers and Roads on Apple Podcasts, Spotify, or wherever you listen.', 'This interview has been edited for length and clarity.', 'Thanks for reading Rivers and Roads!', 'Advertisement'])
      expectRemovedBetweenTurns(note);
  });
  it('after the host’s, stays his: he reads it out', () => {
    const r = ingest('# Bridges\n\n**Tom Becker:** Welcome.\n\nThis episode is brought to you by Rhine Works.\n\n**Maria Lopez:** Thanks.\n\n**Tom Becker:** Why bridges?\n\n**Maria Lopez:** My father.\n', 'ad.md');
    expect(turnsOf(r)[0]!.paragraphs).toEqual(['Welcome.', 'This episode is brought to you by Rhine Works.']);
    // (Nor is a guest's own sentence that opens so.)
    const own = betweenTurns('Thanks for reading my book, by the way: it took me ten years.');
    expect(turnsOf(own)[1]!.paragraphs).toEqual(['With a crack in a bridge.', 'Thanks for reading my book, by the way: it took me ten years.']);
  });
});

describe('titles that come several (`Prof. Dr. Maria Lopez:`, then `Prof. Dr. Lopez:` and `Lopez:`)', () => {
  it('are one speaker, with no guess reported', () => {
    const r = ingest('# Brücken\n\n**Prof. Dr. Maria Lopez:** Guten Tag.\n\n**Tom Becker:** Wie fing es an?\n\n**Prof. Dr. Lopez:** Mit einem Riss.\n\n**Tom Becker:** Und dann?\n\n**Lopez:** Die Uni.\n', 'drdr.md');
    expect(turnsOf(r).map((t) => t.speaker)).toEqual(['Prof. Dr. Maria Lopez', 'Tom Becker', 'Prof. Dr. Maria Lopez', 'Tom Becker', 'Prof. Dr. Maria Lopez']);
    expect([r.uncertain, r.transcript.warnings]).toEqual([[], []]);
  });
  it('are one speaker where the dek names her with her title too (“... talks with Dr. Maria Lopez”): `Dr. Maria Lopez:`, `Dr. Lopez:`, `Lopez:`, beside `Maria Lopez [Rhine Works]:` too (she was two guests, “Maria Lopez” and “Dr. Maria Lopez” or “Dr. Lopez”)', () => {
    for (const labels of [['Dr. Maria Lopez', 'Dr. Lopez', 'Lopez'], ['Dr. Lopez', 'Lopez', 'Lopez'], ['Dr. Maria Lopez', 'Dr. Lopez', 'Maria Lopez [Rhine Works]']]) {
      const r = ingest(`Tom Becker talks with Dr. Maria Lopez of Rhine Works.\n\nTom Becker: Why do bridges fail?\n\n${labels[0]}: Water, mostly.\n\nTom Becker: And?\n\n${labels[1]}: Salt.\n\nBecker: And then?\n\n${labels[2]}: Neglect.\n`, 'dr.txt');
      const guest = turnsOf(r)[1]!.speaker;
      expect(guest, labels[0]).toMatch(/^(?:Dr\. )?Maria Lopez$/);
      expect(who(r), labels[0]).toEqual(['Tom Becker (interviewer)', `${guest} (guest)`, 'Tom Becker (interviewer)', `${guest} (guest)`, 'Tom Becker (interviewer)', `${guest} (guest)`]);
      expect(r.transcript.guest, labels[0]).toBe(guest);
    }
  });
});

describe('one person under many labels (`TOM BECKER:`, `Becker:`, `Tom:`, `Mr. Becker:`, `T. Becker:`; `Ms. Lopez:`, `M. Lopez:`, `LOPEZ:`)', () => {
  it('is one speaker by one name; `M. Lopez:` beside `Ms. Lopez:` is Maria Lopez (it was “M. Lopez”, a second guest)', () => {
    const r = ingest('Tom Becker talks with bridge engineer Maria Lopez.\n\nTOM BECKER: Why do bridges fail?\n\nMARIA LOPEZ: Water, mostly.\n\nBecker: And?\n\nMs. Lopez: Salt.\n\nTom: And then?\n\nMaria: Neglect.\n\nMr. Becker: Really?\n\nM. Lopez: Really.\n\nT. Becker: Thanks.\n\nLOPEZ: Thank you.\n', 'many.txt');
    expect(who(r)).toEqual(Array.from({ length: 5 }, () => ['Tom Becker (interviewer)', 'Maria Lopez (guest)']).flat());
    expect(r.transcript.guest).toBe('Maria Lopez');
  });
});

describe('a double surname with its hyphen (“Maria Lopez-Garcia”) and a title before its first part (`Prof Lopez:`, `Dr. Lopez:`)', () => {
  it('is a label once, at the end too, and the one full name whose double surname opens so (her words were the host’s, or “Prof Lopez” a second guest)', () => {
    for (const title of ['Prof', 'Dr.', 'Ms']) {
      const r = ingest(`Tom Becker talks with Maria Lopez-Garcia.\n\nTom Becker: Why?\n\nLopez-Garcia: Water.\n\nTom Becker: And?\n\nLopez-Garcia: Salt.\n\nTom Becker: Then?\n\n${title} Lopez: Neglect.\n`, 'double.txt');
      expect(who(r), title).toEqual(Array.from({ length: 3 }, () => ['Tom Becker (interviewer)', 'Maria Lopez-Garcia (guest)']).flat());
    }
  });
});

describe('her first name as a label once (`Maria:`), her surname labelling her other turns once each (`Dr Lopez:`, `Lopez:`), the dek naming her in full', () => {
  it('is her turn, at the end too (it was the host’s words, `Maria: Sure.` in them)', () => {
    for (const title of ['Dr', 'Dr.', 'Ms']) {
      const r = ingest(`Tom Becker talks with Maria Lopez.\n\nTom Becker: Why?\n\n${title} Lopez: Water.\n\nTom Becker: And?\n\nLopez: Salt.\n\nTom Becker: Sure?\n\nMaria: Sure.\n`, 'once.txt');
      expect(spoken(r), title).toEqual(['Tom Becker (interviewer): Why?', 'Maria Lopez (guest): Water.', 'Tom Becker (interviewer): And?', 'Maria Lopez (guest): Salt.', 'Tom Becker (interviewer): Sure?', 'Maria Lopez (guest): Sure.']);
    }
  });
  it('reads no such label by a first name whose surname labels nothing (“Jonas Berg”, named twice, turned to by no one; guard), nor by a word the text writes as a first name (“the Berlin Wall”: `Berlin:`)', () => {
    const r = ingest('Tom Becker talks with Maria Lopez about her mentor Jonas Berg.\n\nTom Becker: Why?\n\nDr Lopez: Water. Jonas Berg taught me that.\n\nTom Becker: And?\n\nLopez: Salt.\n\nTom Becker: Sure?\n\nJonas: Sure.\n', 'once.txt');
    expect(spoken(r).at(-1)).toBe('Tom Becker (interviewer): Sure? | Jonas: Sure.');
    const city = ingest('# Bridges\n\nTom Becker: Where did you grow up?\n\nMaria Lopez: Near the Berlin Wall, and later in Porto.\n\nTom Becker: Two cities.\n\nMaria Lopez: Two cities shaped me.\n\nBerlin: The wall came down when I was ten.\n\nTom Becker: Thank you.\n', 'city.md');
    expect(spoken(city).at(-2)).toBe('Maria Lopez (guest): Two cities shaped me. | Berlin: The wall came down when I was ten.');
  });
});

describe('a Spanish name with both surnames in the dek (“la ingeniera María López García”) and labels of both surnames or the first (`López García:`, `LÓPEZ GARCÍA:`, `López:`)', () => {
  it('is one guest by her full name (she was three: “María López García”, “López García”, “López”)', () => {
    const r = ingest('Tom Becker habla con la ingeniera María López García.\n\nTom Becker: ¿Por qué fallan los puentes?\n\nMaría López García: Por el agua.\n\nBecker: ¿Y?\n\nLópez García: La sal.\n\nBecker: ¿Y luego?\n\nLópez: El abandono.\n\nBecker: ¿Seguro?\n\nLÓPEZ GARCÍA: Seguro.\n', 'es.txt');
    expect(who(r)).toEqual(Array.from({ length: 4 }, () => ['Tom Becker (interviewer)', 'María López García (guest)']).flat());
    expect(r.uncertain).toEqual([]);
  });
  it('so her first name and first surname (`María López:`, `MARIA LOPEZ:`) where the dek closes her full name with a stop or a comma', () => {
    const r = ingest('Tom Becker habla con la ingeniera María López García.\n\nTom Becker: ¿Por qué?\n\nMaría López García: Por el agua.\n\nBecker: ¿Y?\n\nMARÍA LÓPEZ: La sal.\n\nBecker: ¿Seguro?\n\nMaria Lopez: Seguro.\n', 'es.txt');
    expect(who(r)).toEqual(Array.from({ length: 3 }, () => ['Tom Becker (interviewer)', 'María López García (guest)']).flat());
  });
  it('reads no name of three words run into the next field’s word (“Transcript completed by: Tom Becker Edited by: Jane Doe”; guard)', () => {
    const r = ingest('Transcript completed by: Tom Becker Edited by: Jane Doe\n\nTom Becker: Why do bridges fail?\n\nMaria Lopez: Water.\n\nTom Becker: And?\n\nMaria Lopez: Salt.\n', 'credits.txt');
    expect(turnsOf(r)[0]!.speaker).toBe('Tom Becker');
  });
  it('keeps two people apart where the dek names both, the one by two of the other’s words (`Maria Lopez:` beside “Ana Maria Lopez”; guard)', () => {
    const r = ingest('Maria Lopez talks with the engineer Ana Maria Lopez, no relation.\n\nMaria Lopez: Why do bridges fail?\n\nAna Maria Lopez: Water.\n\nMaria Lopez: And?\n\nAna Maria Lopez: Salt.\n', 'two.txt');
    expect(who(r)).toEqual(['Maria Lopez (interviewer)', 'Ana Maria Lopez (guest)', 'Maria Lopez (interviewer)', 'Ana Maria Lopez (guest)']);
  });
});

describe('a role in brackets after the name (`Tom Becker [Host]:`)', () => {
  it('is a label, and its role counts as the front matter’s', () => {
    const r = ingest('# Bridges\n\nMaria Lopez [Guest]: Tom, welcome to my lab! What do you want to see?\n\nTom Becker [Host]: Everything.\n\nMaria Lopez [Guest]: Then come in.\n\nTom Becker [Host]: Thanks.\n', 'rolebr.md');
    expect(who(r)).toEqual(['Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)']);
  });
});

describe('a host who welcomes two guests by name (“Welcome, Anna and Paul.”)', () => {
  it('makes both guests, the one who says only “Thanks, Tom.” too', () => {
    const r = ingest('# Bridges\n\nTom Becker: Welcome, Anna and Paul.\n\nAnna Lind: Thanks, Tom.\n\nPaul Berg: Glad to be here.\n\nTom Becker: Who started?\n\nAnna Lind: I did.\n\nTom Becker: Great.\n', 'welcome2.md');
    expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Anna Lind (guest)', 'Paul Berg (guest)', 'Tom Becker (interviewer)', 'Anna Lind (guest)', 'Tom Becker (interviewer)']);
  });
});

describe('speech tools’ diarized output: `[SPEAKER_00]`, a time range before or after the label', () => {
  const said = ['Welcome to the show.', 'Thanks for having me.', 'How did it start?', 'With a crack in a bridge.'];
  const starts = [0, 4, 8, 10];
  it('reads each line as a turn of its placeholder, at the range’s start', () => {
    const forms = [
      (k: number, i: number) => `[SPEAKER_0${k}] ${said[i]}`,
      (k: number, i: number) => `[00:00:${String(starts[i]).padStart(2, '0')}.000 --> 00:00:${String(starts[i]! + 4).padStart(2, '0')}.000] SPEAKER_0${k}: ${said[i]}`,
      (k: number, i: number) => `SPEAKER_0${k} (${starts[i]}.00 - ${starts[i]! + 4}.00): ${said[i]}`,
      (k: number, i: number) => `[${starts[i]}.00s -> ${starts[i]! + 4}.00s] SPEAKER_0${k}: ${said[i]}`,
    ];
    for (const [n, line] of forms.entries()) {
      const r = ingest(`${said.map((_, i) => line(i % 2, i)).join('\n')}\n`, 'whisper.txt');
      expect(turnsOf(r).map((t) => [t.speaker, t.paragraphs[0]])).toEqual(said.map((w, i) => [`Speaker ${i % 2}`, w]));
      expect(turnsOf(r).map((t) => t.time)).toEqual(n === 0 ? [null, null, null, null] : starts);
    }
  });
  it('a year range opening a sentence is no time', () => {
    const r = ingest('Tom Becker: Why?\n\nMaria Lopez: Because.\n\n(2019 - 2020) was the hardest year.\n\nTom Becker: And?\n\nMaria Lopez: Yes.\n', 'years.txt');
    expect(turnsOf(r)[1]!.paragraphs).toEqual(['Because.', '(2019 - 2020) was the hardest year.']);
  });
});

describe('a headline in quotation marks (`# "Brücken können sich selbst heilen"`)', () => {
  it('is the title, not a pull quote', () => {
    const r = ingest('# "Brücken können sich selbst heilen"\n\nZEIT ONLINE: Wie fing es an?\n\nMaria Lopez: Mit einem Riss.\n\nZEIT ONLINE: Und dann?\n\nMaria Lopez: Die Uni.\n', 'zeit.md');
    expect([r.transcript.title, r.titleFrom]).toEqual(['"Brücken können sich selbst heilen"', 'text']);
  });
});

describe('a parliament’s record: Hansard’s labels', () => {
  it('`Name (Constituency) (Party):` is a member’s label, `Mr Speaker:` a voice of neither side', () => {
    const r = ingest('Prime Minister’s Questions\n\nThe Prime Minister (Tom Becker): This morning I had meetings with colleagues.\n\nMaria Lopez (Bonn West) (Lab): Will the Prime Minister explain why bridges are falling down?\n\nThe Prime Minister: The hon. Lady is wrong. We are investing in bridges.\n\nMr Speaker: Order. Ana Silva.\n\nAna Silva (Rhine North) (Lab/Co-op): Will my right hon. Friend visit my constituency?\n\nThe Prime Minister: I will.\n', 'hansard.txt');
    expect(who(r)).toEqual(['The Prime Minister (guest)', 'Maria Lopez (interviewer)', 'The Prime Minister (guest)', 'Mr Speaker (other)', 'Ana Silva (interviewer)', 'The Prime Minister (guest)']);
  });
  it('names alone in bold above the words, with constituency and party or an office and its holder (`**Tom Becker (Bonn East) (Con)**`, `**The Secretary of State for Transport (Maria Lopez)**`): each the member’s turn; the date line above is the intro', () => {
    const r = ingest('# Bridge Safety - Hansard\n\nVolume 760: debated on Wednesday 3 November 2026\n\n**Tom Becker (Bonn East) (Con)**\n\nWhat steps is the Government taking to inspect bridges?\n\n**The Secretary of State for Transport (Maria Lopez)**\n\nWe are inspecting every bridge every year.\n\n**Tom Becker**\n\nWill she publish the results?\n\n**Maria Lopez**\n\nYes, every one of them.\n\n**Mr Speaker**\n\nOrder.\n', 'hansard.md');
    expect(spoken(r)).toEqual(['Tom Becker (interviewer): What steps is the Government taking to inspect bridges?', 'Maria Lopez (guest): We are inspecting every bridge every year.', 'Tom Becker (interviewer): Will she publish the results?', 'Maria Lopez (guest): Yes, every one of them.', 'Mr Speaker (other): Order.']);
    expect(r.transcript.intro.map((p) => p.text)).toEqual(['Volume 760: debated on Wednesday 3 November 2026']);
    expect(r.transcript.date).toBe('2026-11-03');
    // (Saved as plain text, the names plain on their lines; an answer of two words, “The Treasury.”, is no name.)
    const plain = ingest('Bridge Safety - Hansard\n\nTom Becker (Bonn East) (Con)\n\nWhat steps is the Government taking to inspect bridges?\n\nThe Secretary of State for Transport (Maria Lopez)\n\nWe are inspecting every bridge every year.\n\nAna Silva (Rhine Valley) (LD)\n\nWho will pay?\n\nMaria Lopez\n\nThe Treasury.\n\nMr Speaker\n\nOrder.\n', 'hansard.txt');
    expect(spoken(plain)).toEqual(['Tom Becker (interviewer): What steps is the Government taking to inspect bridges?', 'Maria Lopez (guest): We are inspecting every bridge every year.', 'Ana Silva (interviewer): Who will pay?', 'Maria Lopez (guest): The Treasury.', 'Mr Speaker (other): Order.']);
  });
  it('an Australian senate’s labels (`Senator LOPEZ (New South Wales—Minister for Infrastructure) (14:03):`) and its chair once (`The PRESIDENT:`): each a turn of its own; the senator asked answers', () => {
    const r = ingest('# Questions without notice: Bridge safety\n\nSenator BECKER (Queensland) (14:02): My question is to the Minister for Infrastructure, Senator Lopez. What is the government doing?\n\nSenator LOPEZ (New South Wales—Minister for Infrastructure) (14:03): I thank Senator Becker for his question. We are inspecting every bridge.\n\nThe PRESIDENT: Senator Becker, a supplementary question?\n\nSenator BECKER (Queensland) (14:05): Who will pay?\n\nSenator LOPEZ (New South Wales—Minister for Infrastructure) (14:05): The Commonwealth.\n', 'senate.md');
    expect(who(r)).toEqual(['Senator Becker (interviewer)', 'Senator Lopez (guest)', 'The President (interviewer)', 'Senator Becker (interviewer)', 'Senator Lopez (guest)']);
    expect(turnsOf(r)[1]!.paragraphs).toEqual(['I thank Senator Becker for his question. We are inspecting every bridge.']);
  });
  it('a committee’s `Senator BECKER:` and `Ms Lopez:` are Senator Becker and the Maria Lopez the chair welcomes; a suspension is no one’s words', () => {
    const r = ingest('ECONOMICS COMMITTEE\n\nCHAIR: I declare open this hearing. I welcome Ms Maria Lopez, Chief Executive of Rhine Works.\n\nMs Lopez: Thank you, Chair. Bridges are ageing.\n\nSenator BECKER: How many bridges are at risk?\n\nMs Lopez: About four hundred, Senator.\n\nProceedings suspended from 10:30 to 10:45\n\nSenator BECKER: And the cost?\n\nMs Lopez: I will take that on notice.\n', 'estimates.txt');
    expect(who(r)).toEqual(['Chair (interviewer)', 'Maria Lopez (guest)', 'Senator Becker (interviewer)', 'Maria Lopez (guest)', 'Senator Becker (interviewer)', 'Maria Lopez (guest)']);
    expect(r.transcript.removed.map((x) => x.line)).toEqual([11]);
  });
  it('a committee’s witness listed surname first above the evidence (`LOPEZ, Professor Maria, Private capacity`) is the Maria Lopez `Prof. Lopez:` labels (she was "Prof. Lopez")', () => {
    const r = ingest('RURAL AFFAIRS AND TRANSPORT REFERENCES COMMITTEE\n\nBridge maintenance\n\nLOPEZ, Professor Maria, Private capacity\n\nCHAIR: Welcome. Would you like to make an opening statement?\n\nProf. Lopez: Thank you. Bridges age like people do.\n\nSenator KIM: Is the money for maintenance enough?\n\nProf. Lopez: No. Most councils spend half of what they should.\n', 'committee.txt');
    expect(who(r)).toEqual(['Chair (interviewer)', 'Maria Lopez (guest)', 'Senator Kim (interviewer)', 'Maria Lopez (guest)']);
    // (A dateline so written, a place in capitals and its country, names no one: without a title
    // before the given names the answers were "Germany Bonn"'s.)
    const dated = ingest('# Bridges\n\nBONN, Germany, 3 March — The engineer has inspected bridges for thirty years.\n\nQ: Why do they fail?\n\nA: Water.\n\nQ: And then?\n\nA: Steel.\n', 'dateline.md');
    expect(who(dated)).toEqual(['Interviewer (interviewer)', 'Guest (guest)', 'Interviewer (interviewer)', 'Guest (guest)']);
  });
});

describe('two hosts and no guest', () => {
  it('hosts who say so (“we are your hosts”, “my co-host David”) are both the interviewer side, none made a guest', () => {
    const talk = '\n\nBen: David, where do you want to start?\n\nDavid: With the Romans. They built the first bridge at Mainz, and it lasted almost three hundred years.\n\nBen: Three hundred years! How?\n\nDavid: Oak piles in the riverbed, kept wet by the Rhine, under a stone deck.\n';
    for (const opening of ['Ben: Welcome to episode thirteen. I’m Ben Gilbert.\n\nDavid: And I’m David Rosenthal, and we are your hosts.', 'Ben: Welcome to episode thirteen. I’m Ben Gilbert, here with my co-host David Rosenthal.\n\nDavid: Hi, everyone.']) {
      const r = ingest(`# Episode 13: The Rhine Bridges\n\n${opening}${talk}`, 'hosts.md');
      expect(new Set(turnsOf(r).map((t) => t.role))).toEqual(new Set(['interviewer']));
      expect(r.transcript.guest).toBeNull();
    }
  });
});

describe('interviews printed without names, in other conventions', () => {
  it('a dash before every paragraph: an answer ending in a question of its own, right after a question, answers it, reported as a guess', () => {
    const r = ingest('# Entrevista\n\n—¿Cómo empezó todo?\n\n—Con una grieta en un puente, en 2015.\n\n—¿Y después?\n\n—Volví a la universidad. ¿Qué otra cosa podía hacer?\n\n—¿Quién paga?\n\n—El Estado.\n', 'es.md');
    expect(turnsOf(r).map((t) => t.role)).toEqual(['interviewer', 'guest', 'interviewer', 'guest', 'interviewer', 'guest']);
    expect(r.uncertain.map((u) => u.line)).toEqual([9]);
  });
  it('Korean: a dek saying which reporter met the guest (`이지은 기자가 만났다`), a headline closing with the guest’s name, title and 인터뷰', () => {
    const r = ingest('# "다리는 인내가 필요합니다" 김민수 엔지니어 인터뷰\n\n김민수 엔지니어는 30년 동안 다리를 지었다. 이지은 기자가 만났다.\n\n―가장 어려웠던 다리는 무엇입니까?\n\n"한강 다리였습니다."\n\n―강철은 제때 도착했나요?\n\n"아니요. 항상 늦었습니다."\n', 'ko.md');
    expect(turnsOf(r).map((t) => t.speaker)).toEqual(['이지은', '김민수', '이지은', '김민수']);
  });
  it('Korean: the byline closing the dek’s last sentence (`...를 만났다. 김민수 기자`) asks', () => {
    const r = ingest('# 마리아 로페스 "다리는 거짓말을 하지 않는다"\n\n네 대륙에서 다리를 건설한 엔지니어 마리아 로페스를 만났다. 김민수 기자\n\n-어떻게 공학을 시작하게 됐나.\n\n"아버지가 목수였다."\n\n-첫 번째 다리는.\n\n"오악사카의 보행교다."\n', 'ko.md');
    expect(who(r)).toEqual(['김민수 (interviewer)', '마리아 로페스 (guest)', '김민수 (interviewer)', '마리아 로페스 (guest)']);
  });
  it('Korean: a kicker in brackets before the headline’s name (`[인터뷰] 마리아 로페스 "..."`); Chinese in traditional characters: `記者／李娜` asks', () => {
    const ko = ingest('# [인터뷰] 마리아 로페스 "다리는 조용히 무너진다"\n\n김민수 기자\n\n-왜 다리인가.\n\n"다리는 조용히 무너지기 때문이다."\n\n-무엇을 발견했나.\n\n"대부분의 다리는 점검을 받지 않았다."\n', 'ko.md');
    expect([ko.transcript.interviewer, ko.transcript.guest]).toEqual(['김민수', '마리아 로페스']);
    const zh = ingest('# 專訪張偉：橋樑需要耐心\n\n記者／李娜\n\n張偉是一位橋樑工程師。\n\n問：你為什麼選擇橋樑？\n\n答：因為橋樑會無聲地倒塌。\n\n問：你發現了什麼？\n\n答：沒有人檢查。\n', 'zh.md');
    expect(who(zh)).toEqual(['李娜 (interviewer)', '張偉 (guest)', '李娜 (interviewer)', '張偉 (guest)']);
  });
  it('Korean: a bullet or an arrow before each question, the byline’s 기자 asking, the headline naming the guest', () => {
    for (const mark of ['- ', '▶']) {
      const r = ingest(`# 마리아 로페스 "다리는 스스로 치유한다"\n\n김민수 기자\n\n${mark}어떻게 시작했나요?\n\n"2015년에 다리의 균열을 보았습니다."\n\n${mark}그 다음에는요?\n\n"대학으로 돌아갔습니다."\n`, 'ko.md');
      expect(turnsOf(r).map((t) => [t.speaker, t.paragraphs[0]])).toEqual([
        ['김민수', '어떻게 시작했나요?'],
        ['마리아 로페스', '"2015년에 다리의 균열을 보았습니다."'],
        ['김민수', '그 다음에는요?'],
        ['마리아 로페스', '"대학으로 돌아갔습니다."'],
      ]);
    }
  });
});

describe('a print roundtable: unlabelled questions in bold or italics between the labelled answers of two guests', () => {
  it('the questions are the byline’s, every named voice a guest', () => {
    for (const q of ['**', '_']) {
      const r = ingest(`# Roundtable: the future of bridges\n\nBy Tom Becker\n\n${q}What is the biggest problem?${q}\n\n**Maria Lopez:** Water.\n\n**Ana Silva:** Money.\n\n${q}And who should pay?${q}\n\n**Lopez:** The state.\n\n**Silva:** The users, with tolls.\n\nThat is a controversial view, I know.\n\n${q}Will you build together?${q}\n\n**Lopez:** Maybe.\n`, 'roundtable.md');
      expect(turnsOf(r).map((t) => [t.speaker, t.role, t.paragraphs.length])).toEqual([
        ['Tom Becker', 'interviewer', 1],
        ['Maria Lopez', 'guest', 1],
        ['Ana Silva', 'guest', 1],
        ['Tom Becker', 'interviewer', 1],
        ['Maria Lopez', 'guest', 1],
        ['Ana Silva', 'guest', 2],
        ['Tom Becker', 'interviewer', 1],
        ['Maria Lopez', 'guest', 1],
      ]);
    }
  });
  it('where a labelled host asks, bold questions between turns change no one’s side', () => {
    const r = ingest('# Bridges\n\n**Tom Becker:** Welcome, Maria. Why bridges?\n\n**Maria Lopez:** My father built roads.\n\n**Why do bridges fail?**\n\n**Tom Becker:** So why do they fail?\n\n**Maria Lopez:** Water.\n\n**What comes next?**\n\n**Tom Becker:** And next?\n\n**Maria Lopez:** Tunnels.\n', 'podcast.md');
    expect(new Set(turnsOf(r).filter((t) => t.speaker === 'Tom Becker').map((t) => t.role))).toEqual(new Set(['interviewer']));
    expect(new Set(turnsOf(r).filter((t) => t.speaker === 'Maria Lopez').map((t) => t.role))).toEqual(new Set(['guest']));
  });
});

describe('the one who asks labelled once, the later questions unlabelled before each labelled answer', () => {
  it('asks them all, in bold or plain, and is never made a guest', () => {
    for (const b of ['**', '']) {
      const r = ingest(`# Bridges\n\n${b}Tom Becker: Welcome, Maria. How did it start?${b}\n\n**Maria Lopez:** With a crack in a bridge.\n\n${b}And then?${b}\n\n**Maria Lopez:** I went back to university.\n\n${b}Who pays?${b}\n\n**Maria Lopez:** The state, mostly.\n`, 'once.md');
      expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
    }
  });
});

describe('the guest labelled once, the later answers unlabelled after each labelled question', () => {
  it('answers them all; a word spam also uses (“crack”) in the first answer leaves her label a label', () => {
    const r = ingest('# Bridges\n\nTom Becker: Welcome, Maria. How did it start?\n\nMaria Lopez: With a crack in a bridge.\n\nTom Becker: And then?\n\nI went back to university.\n\nTom Becker: Who pays?\n\nThe state, mostly.\n\nTom Becker: When will it be on sale?\n\nIn five years.\n', 'guest-once.md');
    expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
    expect(turnsOf(r)[1]!.paragraphs).toEqual(['With a crack in a bridge.']);
  });
});

describe('role words as labels (`Host:`, `Guest:`, `Interviewer:`, `Interviewee:`) and names said in the conversation', () => {
  it('are shown by the name each first turn says, or the guest the host’s first turn introduces', () => {
    const a = ingest("# Bridges\n\nHost: Welcome to Rivers and Roads. I'm Tom Becker, and my guest today is Maria Lopez.\n\nGuest: Thanks for having me, Tom.\n\nHost: How did it start?\n\nGuest: With a crack in a bridge.\n", 'host-guest.md');
    const b = ingest("# Bridges\n\nInterviewer: Welcome. I'm Tom Becker from Rivers and Roads.\n\nInterviewee: Thanks. I'm Maria Lopez, an engineer at Rhine Works.\n\nInterviewer: How did it start?\n\nInterviewee: With a crack in a bridge.\n", 'interviewee.md');
    for (const r of [a, b]) expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
    // Said, since it is read from the words.
    expect(a.transcript.warnings.map((w) => w.message)).toEqual(["the label 'Host' is shown as Tom Becker, the name the conversation gives it", "the label 'Guest' is shown as Maria Lopez, the name the conversation gives it"]);
  });
});

describe('handles in small letters that the front matter lists (`speakers: [sipa, gmaxwell]`)', () => {
  it('label their turns, set plain', () => {
    const r = ingest('---\ntitle: Core dev meeting\nspeakers: [sipa, gmaxwell, jnewbery]\n---\n\nsipa: I think we should merge the change this week.\n\ngmaxwell: Agreed, but the tests need another look first.\n\nsipa: Which tests?\n\ngmaxwell: The fuzz tests.\n\njnewbery: I can review them tomorrow.\n', 'meeting.md');
    expect(turnsOf(r).map((t) => t.speaker)).toEqual(['sipa', 'gmaxwell', 'sipa', 'gmaxwell', 'jnewbery']);
  });
});

describe('a listed name with a middle initial (`speakers: [Andreas M. Antonopoulos]`)', () => {
  it('is the speaker of `Andreas Antonopoulos:`, `Andreas:` and `AA:`, one person with no guess reported', () => {
    const r = ingest("---\ntitle: Bitcoin talk\nspeakers: ['Andreas M. Antonopoulos', 'Stephan Livera']\n---\n\nStephan Livera: Welcome, Andreas.\n\nAndreas Antonopoulos: Thanks, Stephan.\n\nStephan Livera: Why bitcoin?\n\nAndreas: Because money should be free.\n\nStephan: And?\n\nAA: And that is it.\n", 'middle.md');
    expect(turnsOf(r).map((t) => t.speaker)).toEqual(['Stephan Livera', 'Andreas M. Antonopoulos', 'Stephan Livera', 'Andreas M. Antonopoulos', 'Stephan Livera', 'Andreas M. Antonopoulos']);
    expect([r.uncertain, r.transcript.warnings]).toEqual([[], []]);
  });
});

describe('the journalist and the one interviewed as role words of other languages (`Periodista:`/`Entrevistada:`, `Журналист:`, `Journaliste :`)', () => {
  it('are the two sides, shown by the byline’s and the headline’s names', () => {
    const r = ingest('# Maria Lopez: las pontes que se curan solas\n\nPor Tom Becker\n\nPeriodista: ¿Cómo empezó?\n\nEntrevistada: Con una grieta, en 2015.\n\nPeriodista: ¿Y después?\n\nEntrevistada: Volví a la universidad.\n', 'es.md');
    expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
    const ru = ingest('# Мосты\n\nЖурналист: Как всё началось?\n\nМария Лопес: С трещины.\n\nЖурналист: А потом?\n\nМария Лопес: Университет.\n', 'ru.md');
    expect(turnsOf(ru).map((t) => t.role)).toEqual(['interviewer', 'guest', 'interviewer', 'guest']);
  });
});

describe('a podcast’s own page: the name alone above words that open with their time', () => {
  it('labels the words below it, each timed line a paragraph of its own, no time in the text', () => {
    const r = ingest('# Transcript for Maria Lopez: Bridges\n\nLex Fridman\n(00:00:00) The following is a conversation with Maria Lopez.\n\nMaria Lopez\n(00:00:12) Thanks for having me.\n\nLex Fridman\n(00:00:15) How did it start?\n(00:00:20) I mean, what made you love bridges?\n\nMaria Lopez\n(00:00:25) A crack in a bridge.\n', 'lex.md');
    expect(turnsOf(r).map((t) => [t.speaker, t.time, t.paragraphs])).toEqual([
      ['Lex Fridman', 0, ['The following is a conversation with Maria Lopez.']],
      ['Maria Lopez', 12, ['Thanks for having me.']],
      ['Lex Fridman', 15, ['How did it start?', 'I mean, what made you love bridges?']],
      ['Maria Lopez', 25, ['A crack in a bridge.']],
    ]);
  });
  it('reads the turns whose words open without a time too (all were the intro, no one’s)', () => {
    const r = ingest('Tom Becker\nWhy bridges? Tell me how it started.\n\nMaria Lopez\n[04:07] My father built them, and I watched him every summer.\n\nTom Becker\nAnd steel? Is it still the best material?\n\nMaria Lopez\n\\[05:46\\] It rusts. Salt gets into it and nobody sees it.\n\nTom Becker\nWhat would you change first?\n\nMaria Lopez\nThe inspections. They come too late.\n', 'page.md');
    expect(turnsOf(r).map((t) => [t.speaker, t.time, t.paragraphs[0]!.slice(0, 12)])).toEqual([
      ['Tom Becker', null, 'Why bridges?'],
      ['Maria Lopez', 247, 'My father bu'],
      ['Tom Becker', null, 'And steel? I'],
      ['Maria Lopez', 346, 'It rusts. Sa'],
      ['Tom Becker', null, 'What would y'],
      ['Maria Lopez', null, 'The inspecti'],
    ]);
  });
});

describe('names alone above the words, one speaker’s over each of several paragraphs in a row (a host’s ad read)', () => {
  it('reads every paragraph as that speaker’s, though the speaker changes from one name to the next less than six times in ten', () => {
    const host = ['Welcome to Bridge Talk. Today my guest is Maria Lopez.', 'This episode is brought to you by Rhine Steel. They make beams.', 'And by Salt Watch. They check your roads.', 'Now, on to the conversation.'];
    const rest = [['Tom Becker', 'Maria, why bridges?'], ['Maria Lopez', 'My father built them.'], ['Tom Becker', 'And steel?'], ['Maria Lopez', 'It rusts.']];
    const text = [...host.map((w) => ['Tom Becker', w]), ...rest].map(([n, w]) => `${n}\n${w}`).join('\n\n') + '\n';
    expect(turnsOf(ingest(text, 'ads.md')).map((t) => [t.speaker, t.paragraphs.length])).toEqual([['Tom Becker', 5], ['Maria Lopez', 1], ['Tom Becker', 1], ['Maria Lopez', 1]]);
  });
});

describe('a name and its colon alone above words that open with their time (`Joe Davidson:` / `[00:02:06] Yeah. Yeah.`)', () => {
  it('labels a short answer too, words said elsewhere (it was read as a name and a time, both lines dropped without a word)', () => {
    const r = ingest('# Bridges\n\nTom Becker:\n\n[00:00:00] Why bridges?\n\nMaria Lopez:\n\n[00:00:05] Yeah. Yeah. My father built them.\n\nTom Becker:\n\n[00:00:09] Really?\n\nMaria Lopez:\n\n[00:00:11] Yeah. Yeah.\n\nTom Becker:\n\n[00:00:13] And steel?\n\nMaria Lopez:\n\n[00:00:15] Si.\n\nTom Becker:\n\n[00:00:17] Thanks.\n', 'timed.md');
    expect(turnsOf(r).map((t) => [t.speaker, t.time, t.paragraphs.join(' | ')])).toEqual([
      ['Tom Becker', 0, 'Why bridges?'],
      ['Maria Lopez', 5, 'Yeah. Yeah. My father built them.'],
      ['Tom Becker', 9, 'Really?'],
      ['Maria Lopez', 11, 'Yeah. Yeah.'],
      ['Tom Becker', 13, 'And steel?'],
      ['Maria Lopez', 15, 'Si.'],
      ['Tom Becker', 17, 'Thanks.'],
    ]);
    expect(r.transcript.warnings).toEqual([]);
  });
  it('still reads a time and a name alone above the words, an initial’s stop too (`[00:00:07] Tom B.`) (guard)', () => {
    const r = ingest('# Bridges\n\n[00:00:00] Tom B.\n\nWhy bridges?\n\n[00:00:05] Maria Lopez\n\nMy father built them.\n\n[00:00:09] Tom B.\n\nAnd steel?\n\n[00:00:11] Maria Lopez\n\nIt rusts.\n', 'timed.md');
    expect(turnsOf(r).map((t) => [t.speaker, t.time])).toEqual([['Tom B', 0], ['Maria Lopez', 5], ['Tom B', 9], ['Maria Lopez', 11]]);
  });
});

describe('names alone above the words, a run of short turns copied without the blank lines between them', () => {
  it('each regular’s name under a finished sentence opens a turn, not the words of the turn above', () => {
    const text = '# Bridges\n\nAna Silva\nWelcome, Maria and Paul.\n\nMaria Lopez\nThank you, Ana.\n\nPaul Kim\nGood to be here.\n\nAna Silva\nWhy steel?\nMaria Lopez\nIt bends.\nPaul Kim\nAnd it is cheap.\n\nAna Silva\nAnd rust?\n\nMaria Lopez\nPaint, mostly.\n\nPaul Kim\nI agree.\n';
    const r = ingest(text, 'names-run.md');
    expect(turnsOf(r).map((t) => `${t.speaker}: ${t.paragraphs.join(' | ')}`)).toEqual(['Ana Silva: Welcome, Maria and Paul.', 'Maria Lopez: Thank you, Ana.', 'Paul Kim: Good to be here.', 'Ana Silva: Why steel?', 'Maria Lopez: It bends.', 'Paul Kim: And it is cheap.', 'Ana Silva: And rust?', 'Maria Lopez: Paint, mostly.', 'Paul Kim: I agree.']);
  });
  it('a regular’s name under words that go on, or a name seen once, stays words (guards)', () => {
    const text = '# Bridges\n\nAna Silva\nWelcome, Maria.\n\nMaria Lopez\nThank you, Ana. My mentor was\nAna Silva\nwho taught me steel.\n\nAna Silva\nAnd rust?\n\nMaria Lopez\nPaint, mostly.\nPaul Kim\nsaid the same.\n\nAna Silva\nThank you.\n';
    const r = ingest(text, 'names-run2.md');
    expect(turnsOf(r).map((t) => `${t.speaker}: ${t.paragraphs.join(' | ')}`)).toEqual(['Ana Silva: Welcome, Maria.', 'Maria Lopez: Thank you, Ana. My mentor was Ana Silva who taught me steel.', 'Ana Silva: And rust?', 'Maria Lopez: Paint, mostly. Paul Kim said the same.', 'Ana Silva: Thank you.']);
  });
});

describe('a script’s names in capitals above the words, a note on how they are said between (`MARIA LOPEZ` / `(laughing)` / `Thanks...`)', () => {
  it('keeps the note with the words it goes with (it was removed as a stage direction)', () => {
    const r = ingest('BRIDGE TALK - EPISODE 12\n\nTOM BECKER\nWelcome to Bridge Talk. My guest today is Maria Lopez.\n\nMARIA LOPEZ\n(laughing)\nThanks for having me, Tom.\n\nTOM BECKER\nWhy is water so dangerous?\n\nMARIA LOPEZ\nIt gets into the joints.\n', 'script.txt');
    expect(spoken(r)[1]).toBe('Maria Lopez (guest): (laughing) | Thanks for having me, Tom.');
    expect(r.transcript.removed).toEqual([]);
  });
});

describe('turns opened by the speakers’ initials with their full stops and no colon (`T.B. How did you start?`, `**M.L.** In 2006.`)', () => {
  it('reads them as labels, named by the dek (the initials stayed in the words, the sides guessed from question marks)', () => {
    const r = ingest('# Maria Lopez on bridges\n\nAn interview with Maria Lopez by Tom Becker.\n\nT.B. How did you start inspecting bridges?\n\nM.L. In 2006, right after the Kessel report.\n\nT.B. Why is water so dangerous?\n\nM.L. It gets into the joints and freezes in winter.\n\n**T.B.** And steel?\n\n**M.L.** Steel is honest. It bends before it breaks.\n', 'initials.md');
    expect(spoken(r)).toEqual(['Tom Becker (interviewer): How did you start inspecting bridges?', 'Maria Lopez (guest): In 2006, right after the Kessel report.', 'Tom Becker (interviewer): Why is water so dangerous?', 'Maria Lopez (guest): It gets into the joints and freezes in winter.', 'Tom Becker (interviewer): And steel?', 'Maria Lopez (guest): Steel is honest. It bends before it breaks.']);
  });
  it('leaves paragraphs opening with an abbreviation now and then words (`U.S. policy...`) (guard)', () => {
    const r = ingest('# Bridges\n\nTom Becker: Why bridges?\n\nMaria Lopez: My father built them.\n\nU.S. policy was different then.\n\nTom Becker: And now?\n\nMaria Lopez: The same.\n\nU.S. policy changed in 2006, and E.U. policy after it.\n\nTom Becker: Thanks.\n', 'abbr.md');
    expect(spoken(r)[1]).toBe('Maria Lopez (guest): My father built them. | U.S. policy was different then.');
  });
});

describe('speakers’ names in small letters before a colon and the words (`tom becker: Why bridges?`, `audience: ...`, `shinobi: ...`)', () => {
  it('reads them as labels, full names as the text writes them with capitals or capitalised, a handle as written (the names stayed in the words of an “Interviewer” and a “Guest” guessed from question marks)', () => {
    const r = ingest('# Bridges\n\nTom Becker talks with Maria Lopez.\n\ntom becker: Welcome to the show. Why bridges?\n\nmaria lopez: My father built them.\n\naudience: What about steel?\n\nmaria lopez: It came late.\n\ntom becker: And you, Shinobi?\n\nshinobi: I only watch them.\n\ntom becker: Thank you all.\n\nshinobi: Thanks.\n', 'lower.md');
    expect(turnsOf(r).map((t) => t.speaker)).toEqual(['Tom Becker', 'Maria Lopez', 'Audience', 'Maria Lopez', 'Tom Becker', 'shinobi', 'Tom Becker', 'shinobi']);
    expect(turnsOf(r)[1]!.paragraphs).toEqual(['My father built them.']);
  });
  it('leaves a writer’s words in small letters before a colon as words (`fun fact: ...`, `note: ...`) (guard)', () => {
    const r = ingest('# Bridges\n\nTom Becker: Why bridges?\n\nMaria Lopez: My father built them.\n\nfun fact: the first one was made of wood.\n\nnote: it burned down.\n\nfun fact: so did the second.\n\nnote: they used stone after that, as a note says.\n\nTom Becker: Thank you.\n\nMaria Lopez: Thank you.\n', 'prose.md');
    expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
    expect(turnsOf(r)[1]!.paragraphs).toHaveLength(5);
  });
});

describe('speakers’ names in small capitals, copied as small letters (`kevin roose` alone above the words)', () => {
  const page = '# Bridges That Heal Themselves\n\nkevin roose\n\nI am Kevin Roose, a tech columnist.\n\ncasey newton\n\nI am Casey Newton, from Platformer.\n\nkevin roose\n\nCasey, today we talk bridges.\n\ncasey newton\n\nI love bridges. They heal now.\n';
  it('label the words below them, named as the text capitalises them', () => {
    expect(turnsOf(ingest(page, 'hardfork.md')).map((t) => t.speaker)).toEqual(['Kevin Roose', 'Casey Newton', 'Kevin Roose', 'Casey Newton']);
  });
  it('a few lines of small letters that head no sentences are no names', () => {
    const spam = 'printable calendar\n\nHacklink\n\nwp rocket nulled\n\nCasino Bonus\n\n'.repeat(2);
    const r = ingest(`# Bridges\n\n${spam}Why bridges?\n\nSA: Because they heal.\n\nAnd then?\n\nSA: Bacteria.\n`, 'seedlike.md');
    expect(turnsOf(r).map((t) => t.speaker)).toEqual(['Interviewer', 'SA', 'Interviewer', 'SA']);
  });
});

describe('header lines naming the people of role words that also label the turns (`Host: Tom Becker`, then `Host:` throughout)', () => {
  it('are the intro, and name the labels, in English and Chinese', () => {
    const en = ingest('# Bridges\n\nHost: Tom Becker\n\nGuest: Maria Lopez (Rhine Works)\n\nHost: Welcome, Maria. How did it start?\n\nGuest: With a crack.\n\nHost: And then?\n\nGuest: University.\n', 'header.md');
    expect([en.transcript.intro.map((p) => p.text), who(en), en.transcript.warnings]).toEqual([
      ['Host: Tom Becker', 'Guest: Maria Lopez (Rhine Works)'],
      ['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)'],
      [],
    ]);
    const zh = ingest('# 桥梁能自我修复吗？\n\n主持人：李娜\n\n嘉宾：张伟（清华大学教授）\n\n主持人：欢迎张伟教授。您是怎么开始的？\n\n嘉宾：2015年，我看到了一条裂缝。\n\n主持人：后来呢？\n\n嘉宾：我回到大学。\n', 'zh.md');
    expect([zh.transcript.sections.map((s) => s.heading), turnsOf(zh).map((t) => t.speaker)]).toEqual([[null], ['李娜', '张伟', '李娜', '张伟']]);
  });
});

describe('a placeholder or a role word named in parentheses on first use (`Speaker 1 (Tom Becker):`, `MODERATOR (Jane Kim):`, then the word alone)', () => {
  it('is that person throughout, and no warning says the placeholders are unnamed', () => {
    const r = ingest('Speaker 1 (Tom Becker): Welcome to the show, Maria.\n\nSpeaker 2 (Maria Lopez): Thanks for having me.\n\nSpeaker 1: How did it start?\n\nSpeaker 2: With a crack.\n', 'named.txt');
    expect([who(r), r.transcript.warnings]).toEqual([['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)'], []]);
  });
  it('`Q (Tom Becker):` and `A (Maria Lopez):`, then `Q:` and `A:`: the moderator asks, not the audience', () => {
    const r = ingest('# Bridges\n\nQ (Tom Becker): How did it start?\n\nA (Maria Lopez): With a crack.\n\nQ: And then?\n\nA: University.\n', 'qa.md');
    expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
  });
  it('a role word too; one that names two people names neither', () => {
    const r = ingest('# Bridges\n\nInterviewer (Tom Becker): Welcome to the show, Maria.\n\nInterviewee (Maria Lopez): Thanks for having me.\n\nInterviewer: How did it start?\n\nInterviewee: With a crack.\n', 'roles.md');
    expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
    // (A bare `Guest:` is then the guest who spoke last, as a nameless `A:` is.)
    const panel = ingest('# Panel\n\nMODERATOR (Jane Kim): Welcome.\n\nGuest (Maria Lopez): Thanks.\n\nGuest (Ana Silva): Glad to be here.\n\nMODERATOR: Who started?\n\nMaria Lopez: I did.\n\nGuest: In 2015.\n', 'panel.md');
    expect(turnsOf(panel).map((t) => t.speaker)).toEqual(['Jane Kim', 'Maria Lopez', 'Ana Silva', 'Jane Kim', 'Maria Lopez']);
  });
});

describe('initials written with full stops (`T.B.:`, `Tom Becker (T.B.):`)', () => {
  it('are the initials, the full name’s label', () => {
    for (const first of ['Tom Becker (T.B.): Welcome, Maria.\n\nMaria Lopez (M.L.): Thanks.', 'Tom Becker: Welcome, Maria.\n\nMaria Lopez: Thanks.']) {
      const r = ingest(`# Bridges\n\n${first}\n\nT.B.: How did it start?\n\nM.L.: With a crack.\n\nT.B.: And then?\n\nM.L.: University.\n`, 'dots.md');
      expect(turnsOf(r).map((t) => t.speaker)).toEqual(['Tom Becker', 'Maria Lopez', 'Tom Becker', 'Maria Lopez', 'Tom Becker', 'Maria Lopez']);
    }
  });
});

describe('pronouns after the name (`Maria Lopez (she/her):`, `**Tom Becker (he/him)**` alone above the words)', () => {
  it('and with the side in the same parentheses, either first (`Tom Becker (he/him, host):`, `Maria Lopez (guest, she/her):`): the label and its side (the build failed)', () => {
    // (The guest welcomes and asks here, the host answers: only the parentheses say who hosts.)
    const r = ingest('# Panel\n\nMaria Lopez (guest, she/her): Welcome, everyone. Tom, why do you host a show on bridges?\n\nTom Becker (he/him, host): My father built them.\n\nMaria Lopez (guest, she/her): And steel?\n\nTom Becker (he/him, host): It rusts.\n', 'pronouns.md');
    expect(who(r)).toEqual(['Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)']);
  });
  it('are part of the label, not of the words', () => {
    const inline = ingest('# Panel\n\nTom Becker (he/him): Welcome, Maria.\n\nMaria Lopez (she/her): Thanks, Tom.\n\nTom Becker (he/him): How did it start?\n\nMaria Lopez (she/they): With a crack.\n', 'pronouns.md');
    const alone = ingest('# Panel\n\n**Tom Becker (he/him)**\n\nWelcome, Maria.\n\n**Maria Lopez (she/her)**\n\nThanks, Tom.\n\n**Tom Becker (he/him)**\n\nHow did it start?\n\n**Maria Lopez (she/her)**\n\nWith a crack.\n', 'pronouns.md');
    for (const r of [inline, alone]) expect(turnsOf(r).map((t) => [t.speaker, t.paragraphs[0]])).toEqual([['Tom Becker', 'Welcome, Maria.'], ['Maria Lopez', 'Thanks, Tom.'], ['Tom Becker', 'How did it start?'], ['Maria Lopez', 'With a crack.']]);
  });
});

describe('where a panelist comes from after a bar or a dash, or in brackets (`Maria Lopez | Rhine Works:`, `Maria Lopez – CEO, Rhine Works:`, `Tom Becker [Rivers and Roads]:`)', () => {
  it('is part of the label; a long dash before words is still a dash label', () => {
    const r = ingest('# Panel\n\nTom Becker | Rivers and Roads: Welcome, Maria.\n\nMaria Lopez – CEO, Rhine Works: Thanks, Tom.\n\nTom Becker [Rivers and Roads]: How did it start?\n\nMaria Lopez — With a crack.\n', 'affiliations.md');
    expect(turnsOf(r).map((t) => [t.speaker, t.paragraphs[0]])).toEqual([['Tom Becker', 'Welcome, Maria.'], ['Maria Lopez', 'Thanks, Tom.'], ['Tom Becker', 'How did it start?'], ['Maria Lopez', 'With a crack.']]);
  });
});

describe('roles of several in Chinese, lettered or numbered (`嘉宾A：`, `嘉宾B：`)', () => {
  it('are two guests, each with their own turns', () => {
    const r = ingest('# 桥梁\n\n主持人：欢迎两位嘉宾。\n\n嘉宾A：谢谢。\n\n嘉宾B：很高兴来。\n\n主持人：你们怎么开始的？\n\n嘉宾A：2015年。\n\n嘉宾B：我也是。\n', 'zh-ab.md');
    expect(who(r)).toEqual(['主持人 (interviewer)', '嘉宾A (guest)', '嘉宾B (guest)', '主持人 (interviewer)', '嘉宾A (guest)', '嘉宾B (guest)']);
  });
  it('a role word or a placeholder alone with the time above the words (`主持人 00:03`, `说话人 1 00:09`): the time is the turn’s, not a number of the role and words', () => {
    for (const [host, guest] of [['主持人', '嘉宾'], ['说话人 1', '说话人 2']]) {
      const r = ingest(`# 桥梁访谈\n\n${host} 00:03\n你好，为什么是桥？\n\n${guest} 00:09\n因为桥会无声地倒塌。\n\n${host} 00:21\n谁来付钱？\n\n${guest} 00:25\n最终是政府。\n`, 'cn.md');
      expect(turnsOf(r).map((t) => [t.speaker, t.time, t.paragraphs[0]]), host).toEqual([[host, 3, '你好，为什么是桥？'], [guest, 9, '因为桥会无声地倒塌。'], [host, 21, '谁来付钱？'], [guest, 25, '最终是政府。']]);
    }
  });
});

describe('speakers who say the words together (`Paul Kim and Maria Lopez:`, `Ben & David:`)', () => {
  it('are one turn of both, named in full, of their side; never the last speaker’s words', () => {
    const guests = ingest('# Two founders\n\nTom Becker: Welcome, Maria and Paul. How did you meet?\n\nMaria Lopez: At university.\n\nPaul Kim: She ran the mixer.\n\nTom Becker: And the name?\n\nMaria Lopez: Paul wanted "crete" in it.\n\nPaul Kim and Maria Lopez: Never again.\n\nTom Becker: Thank you both.\n', 'joint.md');
    expect(turnsOf(guests).map((t) => [t.speaker, t.role, t.paragraphs[0]]).slice(4)).toEqual([['Maria Lopez', 'guest', 'Paul wanted "crete" in it.'], ['Paul Kim and Maria Lopez', 'guest', 'Never again.'], ['Tom Becker', 'interviewer', 'Thank you both.']]);
    expect(guests.transcript.guest).toBe('Maria Lopez, Paul Kim');
    const hosts = ingest('# Rhine Works\n\nBen: Welcome to the show. I’m Ben Gilbert.\n\nDavid: And I’m David Rosenthal, and we are your hosts.\n\nBen & David: Let’s dive in.\n\nBen: Where do we start?\n\nDavid: In Bonn.\n', 'joint-hosts.md');
    expect(who(hosts)).toEqual(['Ben Gilbert (interviewer)', 'David Rosenthal (interviewer)', 'Ben Gilbert & David Rosenthal (interviewer)', 'Ben Gilbert (interviewer)', 'David Rosenthal (interviewer)']);
  });
  it('by a first name of a full name that labels turns (`Paul & Li:` beside `Dr. Paul Kim:` and `Li:`), and never one of the names a first name alone could be (`Li:` was “Li”, “Li Wei or Paul & Li”)', () => {
    const r = ingest('# Panel\n\n**Ana Silva (Moderator):** Welcome. Paul, you first.\n\n**Dr. Paul Kim:** Thanks, Ana. Nobody pays.\n\n**Li Wei, Harbour Authority:** The ports pay.\n\n**Ana:** Li, how much?\n\n**Li:** About a fifth.\n\n**Kim:** Which leaves four fifths.\n\n**Paul & Li:** Not in this city.\n\n**Ana:** Thank you both.\n', 'panel.md');
    expect(who(r)).toEqual(['Ana Silva (interviewer)', 'Dr. Paul Kim (guest)', 'Li Wei (guest)', 'Ana Silva (interviewer)', 'Li Wei (guest)', 'Dr. Paul Kim (guest)', 'Dr. Paul Kim & Li Wei (guest)', 'Ana Silva (interviewer)']);
    expect(r.uncertain).toEqual([]);
  });
  it('a host and a guest together are neither side; names that label nothing alone are words (“Tom and Jerry: ...”)', () => {
    const mixed = ingest('# Bridges\n\nTom Becker: How did it start?\n\nMaria Lopez: With a crack.\n\nTom Becker: And now?\n\nMaria Lopez: It heals.\n\nTom Becker and Maria Lopez: Thank you!\n', 'joint-mixed.md');
    expect(who(mixed).at(-1)).toBe('Tom Becker and Maria Lopez (other)');
    const prose = ingest('# Bridges\n\nTom Becker: What did you watch as a child?\n\nMaria Lopez: Cartoons.\n\nTom and Jerry: the cat never won.\n\nTom Becker: And now?\n\nMaria Lopez: Documentaries.\n', 'joint-prose.md');
    expect(turnsOf(prose)[1]!.paragraphs).toEqual(['Cartoons.', 'Tom and Jerry: the cat never won.']);
  });
});

describe('notes after the last answer: a correction, a note on who wrote it, a footnote’s text', () => {
  const doc = (tail: string) => ingest(`# Bridges\n\n**Tom Becker:** How did it start?\n\n**Maria Lopez:** With a crack.\n\n**Tom Becker:** And now?\n\n**Maria Lopez:** It heals itself.[^1]\n\n${tail}`, 'closing.md');
  it('are the outro, not the guest’s words', () => {
    const r = doc('*Correction, Oct. 9, 2025: An earlier version of this interview misstated the year.*\n\n*Tom Becker is a staff writer covering engineering.*\n\n[^1]: With bacteria that make limestone.\n');
    expect(turnsOf(r).at(-1)!.paragraphs).toEqual(['It heals itself.[^1]']);
    expect(r.transcript.outro.map((p) => p.text)).toEqual(['Correction, Oct. 9, 2025: An earlier version of this interview misstated the year.', 'Tom Becker is a staff writer covering engineering.', '[^1]: With bacteria that make limestone.']);
  });
  it('a footnote’s text after its mark (`¹ Lopez, M. (2024)...`, `[2] See...`) is the outro where the words carry the mark; without the mark in them it stays hers', () => {
    for (const [mark, note] of [['¹', '¹ Lopez, M. (2024). Quiet Failures. Rhine Press.'], ['[2]', '[2] See the 2024 inspection report.']]) {
      const r = ingest(`# Bridges\n\n**Tom Becker:** How did it start?\n\n**Maria Lopez:** With a crack.\n\n**Tom Becker:** And now?\n\n**Maria Lopez:** It heals itself.${mark}\n\n${note}\n`, 'marked.md');
      expect(r.transcript.outro.map((p) => p.text)).toEqual([note]);
      const unmarked = ingest(`# Bridges\n\n**Tom Becker:** How did it start?\n\n**Maria Lopez:** With a crack.\n\n**Tom Becker:** And now?\n\n**Maria Lopez:** It heals itself.\n\n${note}\n`, 'unmarked.md');
      expect(turnsOf(unmarked).at(-1)!.paragraphs).toEqual(['It heals itself.', note]);
    }
  });
  it('a disclosure after a correction and an update is the outro with them, not the guest’s words', () => {
    const r = doc('*Correction, Nov. 3, 2026: An earlier version of this article misstated the year the bridge opened.*\n\n*Update: Rhine Works responded after publication.*\n\nDisclosure: Tom Becker’s spouse works for Rhine Works.\n');
    expect(turnsOf(r).at(-1)!.paragraphs).toEqual(['It heals itself.[^1]']);
    expect(r.transcript.outro.map((p) => p.text.slice(0, 11))).toEqual(['Correction,', 'Update: Rhi', 'Disclosure:']);
  });
  it('a note that the piece first appeared elsewhere or was updated is the outro too; a guest’s “I originally published...” stays hers', () => {
    for (const note of ['This article was originally published on Rivers and Roads.', 'Originally published at riversandroads.example on October 8, 2025.', 'This story has been updated to include her title.']) expect(doc(`${note}\n`).transcript.outro.map((p) => p.text)).toEqual([note]);
    expect(turnsOf(doc('I originally published my first paper in 1998.\n')).at(-1)!.paragraphs).toEqual(['It heals itself.[^1]', 'I originally published my first paper in 1998.']);
  });
  it('credits, a writer’s signature and a note on how the text was edited are the outro; a guest’s “Music by my uncle...” stays hers', () => {
    for (const note of ['Photos by Jane Doe.', 'Photo Credit: Jane Doe', 'Produced by Jane Doe. Music by Paul Kim.', 'Transcribed by https://otter.ai', '— Tom Becker', 'Interview edited and condensed by Jane Doe.', 'Tom Becker (@tombecker) is a writer based in Bonn.']) expect(doc(`${note}\n`).transcript.outro.map((p) => p.text)).toEqual([note]);
    // (A company blog's call to the reader, `Book a demo`, in the first person plural.)
    expect(doc('*Interested in our inspection platform? [Book a demo](https://example.com/demo).*\n').transcript.outro.map((p) => p.text)).toEqual(['Interested in our inspection platform? Book a demo.']);
    for (const own of ['Music by my uncle got me through it.', 'Edited by hand, every bridge is different.', 'Credit: I owe it all to my father.']) expect(turnsOf(doc(`${own}\n`)).at(-1)!.paragraphs.at(-1)).toBe(own);
    // (Nor is a dashed interview's last answer a signature: `—El Estado.`, `—Maria Lopez`.)
    for (const answer of ['—El Estado.', '—Maria Lopez']) expect(turnsOf(ingest(`# Puentes\n\n—¿Quién paga?\n\n—La ciudad.\n\n—¿Y quién lo construyó?\n\n${answer}\n`, 'dash.md')).at(-1)!.paragraphs).toEqual([answer.slice(1)]);
  });
  it('the guest’s own last words stay hers, whatever they mention (a newsletter, “thanks for listening to me”)', () => {
    for (const own of ['I also write a newsletter every month, and my team records a podcast.', 'Thanks for listening to me ramble about cement for an hour.', 'Tom Becker is the best editor I know.']) {
      const r = doc(`${own}\n`);
      expect(turnsOf(r).at(-1)!.paragraphs).toEqual(['It heals itself.[^1]', own]);
      expect(r.transcript.outro).toEqual([]);
    }
    // (The publisher's, addressing the reader, thanks and a pitch in one line, is the page's box: removed, and said so.)
    const box = doc('Thanks for reading! Subscribe for free to receive new posts and support my work.\n');
    expect([box.transcript.outro, turnsOf(box).at(-1)!.paragraphs]).toEqual([[], ['It heals itself.[^1]']]);
    expect(box.transcript.removed.map((x) => x.text)).toContain('Thanks for reading! Subscribe for free to receive new posts and support my work.');
  });
});

describe('the guest’s last paragraph in another language that mentions a podcast or a newsletter', () => {
  const page = (lang: 'de' | 'es' | 'fr') => {
    const [q, a1, own, note] = {
      de: ['Und Ihre Freizeit?', 'Gern draußen.', 'Ich mache einen Podcast über alte Brücken, mit meiner Schwester.', 'Abonnieren Sie unseren Newsletter, um keine Folge zu verpassen.'],
      es: ['¿Y su tiempo libre?', 'Camino mucho.', 'Tengo un podcast sobre puentes antiguos con mi hermana.', 'Suscríbete a nuestra newsletter para no perderte nada.'],
      fr: ['Et votre temps libre ?', 'Je marche.', "J'anime un podcast sur les vieux ponts avec ma sœur.", 'Abonnez-vous à notre newsletter pour ne rien manquer.'],
    }[lang];
    return ingest(`# Maria Lopez\n\n**Tom Becker:** Warum?\n\n**Maria Lopez:** Mein Großvater.\n\n**Tom Becker:** ${q}\n\n**Maria Lopez:** ${a1}\n\n${own}\n\n${note}\n`, `${lang}.md`);
  };
  it('stays hers, in the first person; the publisher’s note addressing the reader is the outro', () => {
    for (const lang of ['de', 'es', 'fr'] as const) {
      const r = page(lang);
      expect(turnsOf(r).at(-1)!.paragraphs).toHaveLength(2);
      expect(r.transcript.outro).toHaveLength(1);
    }
  });
});

describe('a headline in another language naming whom the interview is with (`Interview mit Maria Lopez`, `Intervju med ...`, `Interview: Maria Lopez`)', () => {
  it('names the guest of `A:`; a line `Interview: Tom Becker` under another headline is the one who asks', () => {
    for (const h of ['Interview mit Maria Lopez', 'Interviu cu Maria Lopez', 'Phỏng vấn Maria Lopez', 'Συνέντευξη με τη Maria Lopez', 'Entretien avec Maria Lopez', 'Entrevista con Maria Lopez', 'Intervista a Maria Lopez', 'Intervju med Maria Lopez', 'Interview met Maria Lopez', 'Wawancara dengan Maria Lopez', 'Interview: Maria Lopez']) {
      const r = ingest(`# ${h}\n\nQ: How did it start?\n\nA: With a crack.\n\nQ: And now?\n\nA: It heals.\n`, 'headline-with.md');
      expect([h, r.transcript.guest, r.transcript.interviewer]).toEqual([h, 'Maria Lopez', null]);
    }
    const byline = ingest('# Brücken\n\nInterview: Tom Becker\n\nQ: How did it start?\n\nA: With a crack.\n', 'byline.md');
    expect([byline.transcript.guest, byline.transcript.interviewer]).toEqual([null, 'Tom Becker']);
  });
  it('so does `Interview: Maria Lopez` running on into her topic or her job (`... on steel bridges`, `..., bridge engineer`, `... — bridge engineer`): she answered, and was the interviewer; a heading that is a credit alone (`Interview: Tom Becker und Ana Silva`) still names who asks (guard)', () => {
    for (const h of ['Interview: Maria Lopez on steel bridges', 'Entrevista: Maria Lopez sobre pontes', 'Interview: Maria Lopez, bridge engineer', 'Interview: Maria Lopez — bridge engineer', 'Interview: Maria Lopez (Rhine Bridges)']) {
      const r = ingest(`# ${h}\n\nWe talked with the engineer Maria Lopez about steel.\n\n**What do you look at first?**\n\nWater. It gets into every joint.\n\n**And then?**\n\nPaint.\n`, 'kind-colon-topic.md');
      expect([h, r.transcript.guest, r.transcript.interviewer, turnsOf(r).map((t) => t.role)]).toEqual([h, 'Maria Lopez', null, ['interviewer', 'guest', 'interviewer', 'guest']]);
    }
    const credit = ingest('# Brücken\n\n## Interview: Tom Becker und Ana Silva\n\nQ: How did it start?\n\nA: With a crack.\n', 'credit-heading.md');
    expect(credit.transcript.interviewer).toBe('Tom Becker');
  });
  it('so does a headline naming to whom its questions go (`Five questions for Maria Lopez`, `Fünf Fragen an ...`, `Cinco preguntas a ...`) or whom a company blog presents (`Meet our CTO: Maria Lopez`); a topic in title case after `Q&A:` names no one (guard)', () => {
    for (const h of ['Five questions for Maria Lopez', '10 Questions for Maria Lopez', 'Questions to Maria Lopez', 'Fünf Fragen an Maria Lopez', 'Cinco preguntas a Maria Lopez', 'Meet our CTO: Maria Lopez', 'Meet Maria Lopez', 'Employee spotlight: Maria Lopez']) {
      const r = ingest(`# ${h}\n\nQ: How did it start?\n\nA: With a crack.\n\nQ: And now?\n\nA: It heals.\n`, 'questions-for.md');
      expect([h, r.transcript.guest, r.transcript.interviewer]).toEqual([h, 'Maria Lopez', null]);
    }
    expect(ingest('# Q&A: Self Healing Concrete\n\nQ: How did it start?\n\nA: With a crack.\n\nQ: And now?\n\nA: It heals.\n', 'topic.md').transcript.guest).toBeNull();
  });
});

describe('a podcast page’s show notes above the transcript, its links listed under `**Links**`', () => {
  const TURNS = ['**Tom Becker:** Maria, welcome to the show. Let us start with water. Why is it the enemy of every old bridge?', '**Maria Lopez:** It gets into the joints, it freezes, and it pries the stones apart every winter. You do not see it until a piece falls.', '**Tom Becker:** And steel? Is steel any better than stone, in the end?', '**Maria Lopez:** Steel is honest. It bends before it breaks, and you can see it coming if you look at it often enough.', '**Tom Becker:** What comes next for you and the inspectors?', '**Maria Lopez:** More inspections. We have four hundred bridges on the list and twelve inspectors, so we climb a lot.', ''].join('\n\n');
  it('keeps each link the notes list, whatever words the interview uses (one was removed as spam)', () => {
    const r = ingest(`# Why Old Bridges Last\n\nMaria Lopez has inspected bridges along the Rhine for twenty years.\n\n**Links**\n\n* [Rhine Works](https://rhineworks.example)\n\n* [The Kessel report](https://example.org/kessel.pdf)\n\n${TURNS}`, 'notes.md');
    expect(r.transcript.removed).toEqual([]);
    expect(r.transcript.intro.map((p) => p.text).join(' ')).toContain('The Kessel report');
  });
  it('shows no empty part for `**Transcript**` right above the parts its chapters name (it headed an empty part)', () => {
    const r = ingest(`# Why Old Bridges Last\n\n**Timestamps**\n\n(00:00) Intro\n\n(00:10) Water\n\n(00:20) Steel\n\n**Transcript**\n\n**Tom Becker** (00:00:00): Maria, welcome to the show.\n\n**Maria Lopez** (00:00:04): Thanks for having me.\n\n**Tom Becker** (00:00:10): Why water?\n\n**Maria Lopez** (00:00:14): It freezes in the joints.\n\n**Tom Becker** (00:00:20): And steel?\n\n**Maria Lopez** (00:00:24): It bends before it breaks.\n`, 'chapters.md');
    expect(r.transcript.sections.map((s) => [s.heading, s.turns.length])).toEqual([['Intro', 2], ['Water', 2], ['Steel', 2]]);
    expect(r.transcript.removed.map((x) => x.text)).toContain('**Transcript**');
  });
  it('removes a pitch listed there all the same, and only it', () => {
    const r = ingest(`# Why Old Bridges Last\n\n**Links**\n\n* [Rhine Works](https://rhineworks.example)\n\n* [Casino bonus slots jackpot](https://casino.example)\n\n${TURNS}`, 'notes.md');
    expect(r.transcript.removed.map((x) => x.text)).toEqual(['* [Casino bonus slots jackpot](https://casino.example)']);
  });
});

describe('a podcast page’s player around the transcript (`▶ Play episode`, `Add to queue`, `Download | Embed | Share`, the apps’ bar, `Subscribe: Apple Podcasts | Spotify | RSS`)', () => {
  it('removes the buttons and the apps’ bars at the page’s edges; the dek stays the intro', () => {
    const r = ingest('# Episode 41: Maria Lopez on bridges\n\n▶ Play episode\n\nAdd to queue\n\nDownload | Embed | Share\n\nApple Podcasts · Spotify · Overcast · RSS\n\nMaria Lopez inspects bridges on the Rhine.\n\n**Tom Becker:** Why bridges?\n\n**Maria Lopez:** My father built them.\n\n**Tom Becker:** And the steel?\n\n**Maria Lopez:** It came late.\n\nSubscribe: Apple Podcasts | Spotify | Google Podcasts | RSS\n', 'podpage.md');
    expect([r.transcript.intro.map((p) => p.text), r.transcript.outro]).toEqual([['Maria Lopez inspects bridges on the Rhine.'], []]);
    expect(r.transcript.removed.map((x) => x.text)).toEqual(['▶ Play episode', 'Add to queue', 'Download | Embed | Share', 'Apple Podcasts · Spotify · Overcast · RSS', 'Subscribe: Apple Podcasts | Spotify | Google Podcasts | RSS']);
    // (A speaker naming the apps in a sentence keeps her words.)
    const own = ingest('# Episode 41\n\n**Tom Becker:** Where do people listen?\n\n**Maria Lopez:** Spotify | Apple Podcasts | my own site, mostly.\n\n**Tom Becker:** Thanks.\n\n**Maria Lopez:** Thank you.\n', 'own.md');
    expect(turnsOf(own)[1]!.paragraphs).toEqual(['Spotify | Apple Podcasts | my own site, mostly.']);
  });
});

describe('a WordPress page around the interview: the site’s name as a `# heading`, its menu, `Posted on ... by ...`, `### Share this:`, the comment form and the sidebar’s widgets', () => {
  it('takes the article’s heading for the title, keeps the date line, and leaves none of the page in the outro', () => {
    const page = ['[Skip to content](#content)', '', '# Rivers and Roads', '', 'Menu', '', '- [Home](https://example.com/)', '- [About](https://example.com/about)', '- [Podcast](https://example.com/podcast)', '',
      '# Episode 12: Maria Lopez on bridges', '', 'Posted on [March 3, 2024](https://example.com/2024/03/03/ep12) by [Tom Becker](https://example.com/author/tom)', '', 'Maria Lopez inspects bridges on the Rhine.', '',
      '**Tom Becker:** Why bridges?', '', '**Maria Lopez:** My father built them.', '', '**Tom Becker:** And the steel?', '', '**Maria Lopez:** It came late, always.', '',
      '### Share this:', '', '- [Twitter](https://twitter.com/share)', '- [Facebook](https://facebook.com/share)', '', '### Like this:', '', 'Like Loading...', '', '### Related', '', '[Episode 11: Jane Doe on tunnels](https://example.com/ep11)', '',
      '## Leave a Reply [Cancel reply](#respond)', '', 'Your email address will not be published. Required fields are marked *', '', '### Recent Posts', '', '- [Episode 11: Jane Doe on tunnels](https://example.com/ep11)', '', '### Archives', '', '- [March 2024](https://example.com/2024/03)', '',
      'Proudly powered by WordPress | Theme: Twenty Twenty', ''].join('\n');
    const r = ingest(page, 'wp.md');
    expect([r.transcript.title, r.transcript.date, r.transcript.interviewer, r.transcript.guest]).toEqual(['Episode 12: Maria Lopez on bridges', '2024-03-03', 'Tom Becker', 'Maria Lopez']);
    expect(r.transcript.intro.map((p) => p.text)).toEqual(['Rivers and Roads', 'Posted on March 3, 2024 by Tom Becker', 'Maria Lopez inspects bridges on the Rhine.']);
    expect([spoken(r).at(-1), r.transcript.outro]).toEqual(['Maria Lopez (guest): It came late, always.', []]);
  });
});

describe('a blog platform’s page around the interview (tags, reaction counts, `--` rules, author box, responses)', () => {
  const interview = '**Tom Becker:** How did it start?\n\n**Maria Lopez:** With a crack in a bridge near my house.\n\n**Tom Becker:** And now?\n\n**Maria Lopez:** Now the concrete fills the crack itself.\n';
  it('none of it is the guest’s last words, and the comments under `Responses (2)` or `3 Comments` go with their heading', () => {
    const medium = ingest(`# An interview with Maria Lopez\n\n[Tom Becker](https://medium.example/@tb)\n\nPublished in\n\n[Rivers](https://medium.example/rivers)\n\n6 min read\n\n--\n\n2\n\nListen\n\nShare\n\nMaria Lopez runs Rhine Works in Bonn.\n\n${interview}\n[Engineering](https://medium.example/tag/engineering)\n\n[Concrete](https://medium.example/tag/concrete)\n\n--\n\n--\n\n2\n\nFollow\n\n## Written by Tom Becker\n\n340 Followers\n\nScience writer.\n\n## Responses (2)\n\nJane Doe: Great read!\n`, 'medium.md');
    const linkedin = ingest(`# Bridges that heal\n\nTom Becker\n\n+ Follow\n\nMaria Lopez runs Rhine Works in Bonn.\n\n${interview}\nLike\n\nComment\n\nShare\n\n42\n\n3 Comments\n\nReport this article\n\nJane Doe: Fascinating!\n`, 'linkedin.md');
    for (const r of [medium, linkedin]) {
      expect(turnsOf(r).at(-1)!.paragraphs).toEqual(['Now the concrete fills the crack itself.']);
      expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
      expect(r.transcript.outro).toEqual([]);
      expect(r.transcript.intro.map((p) => p.text).filter((t) => !/^Tom Becker$|Rhine Works/.test(t))).toEqual([]);
      expect(r.transcript.removed.map((x) => x.text)).toContain('Jane Doe: ' + (r === medium ? 'Great read!' : 'Fascinating!'));
    }
  });
  it('copied as text, the dot between the reading time and the date is the page’s (it was the intro)', () => {
    const r = ingest('Maria Lopez on why bridges lie\nTom Becker\nFollow\n5 min read\n·\nMar 3, 2026\nListen\nShare\nTom Becker: Why do bridges fail?\nMaria Lopez: Mostly water.\nTom Becker: And steel?\nMaria Lopez: Steel is patient.\n', 'medium.txt');
    expect(r.transcript.intro.map((p) => p.text)).toEqual(['Tom Becker']);
    expect(r.transcript.removed.filter((x) => x.text === '·').map((x) => x.reason)).toEqual(['site chrome (a separator between the page’s items)']);
  });
});

describe('readers’ questions labelled with who asks (`Question from Jane Doe:`, `Q (from Ana Silva):`)', () => {
  it('are each asker’s turn, answered by the guest; never the intro or the last answer’s words', () => {
    const r = ingest('# Ask Maria Lopez anything\n\nMaria Lopez answered readers’ questions.\n\n**Question from Jane Doe:** How did it start?\n\n**Maria Lopez:** With a crack.\n\n**Question from Paul Kim, Bonn:** Is it expensive?\n\n**Maria Lopez:** Less than repairs.\n\n**Q (from Ana Silva):** Does it work in winter?\n\n**Maria Lopez:** Yes.\n', 'ask.md');
    expect(spoken(r).join('\n')).toBe(
      'Jane Doe (interviewer): How did it start?\nMaria Lopez (guest): With a crack.\nPaul Kim (interviewer): Is it expensive?\nMaria Lopez (guest): Less than repairs.\nAna Silva (interviewer): Does it work in winter?\nMaria Lopez (guest): Yes.',
    );
  });
});

describe('a first name and the surname’s initial (`Tom B.:`, `Tom K.:`)', () => {
  it('is the full name the conversation gives; a title and an initial (`Senator M:`) stays as written', () => {
    const r = ingest('# Two Toms\n\nTom B.: Welcome to the show. I’m Tom Becker, and with me is Tom Kim.\n\nTom K.: Thanks, Tom.\n\nTom B.: How did you start?\n\nTom K.: With a crack.\n', 'toms.md');
    expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Tom Kim (guest)', 'Tom Becker (interviewer)', 'Tom Kim (guest)']);
    const senate = ingest('# Committee\n\nThe Chair: Senator Meredith, please.\n\nSenator Meredith: Thank you. What is it?\n\nMaria Lopez: Concrete that heals.\n\nSenator M: And the cost?\n\nMaria Lopez: Low.\n\nSenator M: Thank you.\n', 'senate.md');
    expect(who(senate)).toContain('Senator M (interviewer)');
  });
});

describe('an earnings call: names alone above the words, plain or with the role after a double dash', () => {
  const call = (name: (n: string, role: string) => string, head: string) =>
    `# Rhine Works Q3 2025 Earnings Call Transcript\n\n${head}\n\n${name('Operator', '')}\n\nGood day, and welcome. I would now like to turn the call over to Maria Lopez.\n\n${name('Maria Lopez', 'Chief Executive Officer')}\n\nThank you, operator. Revenue grew 40% this quarter.\n\n${name('Paul Kim', 'Chief Financial Officer')}\n\nThanks, Maria. Gross margin was 52%.\n\nQuestion-and-Answer Session\n\n${name('Operator', '')}\n\nOur first question comes from Jane Doe with Rhine Capital.\n\n${name('Jane Doe', 'Rhine Capital -- Analyst')}\n\nThanks for taking my question. How durable is the demand?\n\n${name('Maria Lopez', 'Chief Executive Officer')}\n\nVery durable. Every bridge cracks eventually.\n\nCheap Rolex Replica\n\nBuy replica watches online, best price and free shipping at replica-shop.example today!\n\n${name('Operator', '')}\n\nThis concludes today's call.\n`;
  it('labels each turn by the name above it (the operator neither side), a part of the call a section; another line alone stays a line', () => {
    const fool = ingest(call((n, role) => (role ? `**${n}** -- *${role}*` : `**${n}**`), 'Oct 8, 2025'), 'fool.md');
    const plain = ingest(call((n) => n, 'Company Participants\n\nMaria Lopez - Chief Executive Officer\n\nPaul Kim - Chief Financial Officer\n\nJane Doe - Rhine Capital'), 'call.md');
    for (const r of [fool, plain]) {
      expect(who(r)).toEqual(['Operator (other)', 'Maria Lopez (guest)', 'Paul Kim (guest)', 'Operator (other)', 'Jane Doe (interviewer)', 'Maria Lopez (guest)', 'Operator (other)']);
      expect(r.transcript.sections.map((s) => s.heading)).toEqual([null, 'Question-and-Answer Session']);
      expect(turnsOf(r)[5]!.paragraphs[0]).toBe('Very durable. Every bridge cracks eventually.');
      // (Not made a label: the spam filter judges it as the line it was.)
      expect(r.transcript.removed.map((x) => x.text)).toContain('Cheap Rolex Replica');
    }
  });
  it('saved as plain text, keeps its title, its parts as sections and the participants’ list after the call as the outro', () => {
    const body = call((n, role) => (role ? `${n} -- ${role}` : n), 'Prepared Remarks:').replace(/^# /, '') + '\nCall participants:\n\nMaria Lopez -- Chief Executive Officer\n\nJane Doe -- Rhine Capital -- Analyst\n';
    const r = ingest(body, 'call.txt');
    expect(r.transcript.title).toBe('Rhine Works Q3 2025 Earnings Call Transcript');
    expect(r.transcript.sections.map((s) => s.heading)).toEqual(['Prepared Remarks', 'Question-and-Answer Session']);
    expect(spoken(r).at(-1)).toBe('Operator (other): This concludes today\'s call.');
    expect(r.transcript.outro.map((p) => p.text)).toEqual(['Call participants:', 'Maria Lopez -- Chief Executive Officer', 'Jane Doe -- Rhine Capital -- Analyst']);
  });
  it('saved as plain text with the participants listed above, each with what they do, under a title with a comma and a dateline: the title, the dateline and the list the intro, none of it removed', () => {
    const body = call((n) => n, 'Company Participants\n\nMaria Lopez - Chief Executive Officer\nPaul Kim - Chief Financial Officer\n\nConference Call Participants\n\nJane Doe - Rhine Capital').replace(/^# (.*)\n/, 'Rhine Works, Inc. (RHW) Q3 2025 Earnings Call Transcript\nOct. 8, 2025 5:00 PM ET\n');
    const r = ingest(body, 'call.txt');
    expect(r.transcript.title).toBe('Rhine Works, Inc. (RHW) Q3 2025 Earnings Call Transcript');
    expect(r.transcript.intro.map((p) => p.text)).toEqual(['Oct. 8, 2025 5:00 PM ET', 'Company Participants', 'Maria Lopez - Chief Executive Officer', 'Paul Kim - Chief Financial Officer', 'Conference Call Participants', 'Jane Doe - Rhine Capital']);
    expect(who(r)).toEqual(['Operator (other)', 'Maria Lopez (guest)', 'Paul Kim (guest)', 'Operator (other)', 'Jane Doe (interviewer)', 'Maria Lopez (guest)', 'Operator (other)']);
    expect(r.transcript.removed.map((x) => x.text)).toContain('Cheap Rolex Replica');
  });
  it('the call’s length and a list of every participant after it, one named above words in the call twice, and the page’s links after the list: the outro, nobody’s turn', () => {
    const body = call((n, role) => (role ? `${n} -- ${role}` : n), 'Prepared Remarks:').replace(/^# /, '') + '\nDuration: 32 minutes\n\nCall participants:\n\nMaria Lopez -- Chief Executive Officer\n\nPaul Kim -- Chief Financial Officer\n\nJane Doe -- Rhine Capital -- Analyst\n\nMore RHW analysis\n';
    const r = ingest(body, 'call.txt');
    expect(spoken(r).at(-1)).toBe('Operator (other): This concludes today\'s call.');
    expect(r.transcript.outro.map((p) => p.text)).toEqual(['Duration: 32 minutes', 'Call participants:', 'Maria Lopez -- Chief Executive Officer', 'Paul Kim -- Chief Financial Officer', 'Jane Doe -- Rhine Capital -- Analyst', 'More RHW analysis']);
  });
  it('with the name, its double dash and the role on the words’ line (`Maria Lopez -- Chief Executive Officer: Thank you...`)', () => {
    const r = ingest(call((n, role) => (role ? `${n} -- ${role}:` : `${n}:`), 'Oct 8, 2025').replace(/:\n\n(?=[A-Z])/g, ': '), 'inline.md');
    expect(who(r)).toEqual(['Operator (other)', 'Maria Lopez (guest)', 'Paul Kim (guest)', 'Operator (other)', 'Jane Doe (interviewer)', 'Maria Lopez (guest)', 'Operator (other)']);
    expect(spoken(r)[1]).toBe('Maria Lopez (guest): Thank you, operator. Revenue grew 40% this quarter.');
  });
  it('a few names alone in an article are no labels (guard)', () => {
    const r = ingest('# Bridges\n\nMaria Lopez\n\nShe builds bridges that heal.\n\nTom Becker: How did it start?\n\nMaria Lopez: With a crack.\n\nTom Becker: And now?\n\nMaria Lopez: It heals.\n\nTom Becker\n\nHe writes about engineering.\n', 'article.md');
    expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
  });
});

describe('a Q&A article whose questions lost their bold (plain one-line questions, no labels)', () => {
  it('reads each question as the byline’s and the paragraphs after it as the guest’s answer, and says so in a warning', () => {
    const r = ingest('# Maria Lopez on concrete\n\nBy Tom Becker\n\nMaria Lopez runs Rhine Works in Bonn.\n\nHow did it start?\n\nWith a crack in a bridge near my house.\n\nThen I went back to university.\n\nWhat does the concrete do?\n\nIt fills its own cracks.\n\nIs it expensive?\n\nLess than repairs.\n', 'plain-qa.md');
    expect(spoken(r)).toEqual(['Tom Becker (interviewer): How did it start?', 'Maria Lopez (guest): With a crack in a bridge near my house. | Then I went back to university.', 'Tom Becker (interviewer): What does the concrete do?', 'Maria Lopez (guest): It fills its own cracks.', 'Tom Becker (interviewer): Is it expensive?', 'Maria Lopez (guest): Less than repairs.']);
    expect(r.transcript.warnings.map((w) => w.message).join('\n')).toMatch(/3 one-line questions are read as the interviewer's, from their question marks alone/);
  });
  it('two questions will do where each is put to someone (“you”) and answered in the first person (the build failed: no turns)', () => {
    const r = ingest('The river keeper\n\nMaria Lopez has walked the Tagus for thirty years. We met her in Toledo.\n\nWhat first drew you to the river?\n\nMy father fished here. I learned the birds before I could read.\n\nWhat would you change tomorrow?\n\nI would open the old weirs.\n\nThe fish need a way upstream.\n', 'two.txt');
    expect(spoken(r)).toEqual(['Interviewer (interviewer): What first drew you to the river?', 'Maria Lopez (guest): My father fished here. I learned the birds before I could read.', 'Interviewer (interviewer): What would you change tomorrow?', 'Maria Lopez (guest): I would open the old weirs. | The fish need a way upstream.']);
    expect(r.transcript.warnings.map((w) => w.message).join('\n')).toMatch(/2 one-line questions are read as the interviewer's/);
  });
  it('an essay’s two questions answered about the world, or not put to anyone, are not (guard)', () => {
    expect(() => ingest('# Bridges\n\nWhat can you do about a crack?\n\nCities can fund repairs before the water gets in.\n\nWhy does nobody fix them?\n\nMoney is short.\n', 'essay.md')).toThrow(/no speaker turns found/);
    expect(() => ingest('# Bridges\n\nWhy do bridges crack?\n\nI think water gets in.\n\nWho pays for it?\n\nWe all do.\n', 'essay.md')).toThrow(/no speaker turns found/);
    // (Nor where only a word another language writes otherwise looks like "you": French `du`.)
    expect(() => ingest('# Ponts\n\nQuel est le rôle du béton ?\n\nJ’ai toujours pensé qu’il vieillit mal.\n\nEt le prix du fer ?\n\nJ’ai peur qu’il monte encore.\n', 'essai.md')).toThrow(/no speaker turns found/);
  });
  it('two questions in a row are not read so (guard)', () => {
    expect(() => ingest('# Essay\n\nWhy do bridges crack?\n\nWhy does nobody fix them?\n\nWater gets in.\n\nWhat then?\n\nWho pays?\n\nThe city.\n', 'essay.md')).toThrow(/no speaker turns found/);
  });
});

describe('Spanish, French and Italian titles before a surname (`Sr. Becker:`, `Sra. Lopez:`, `Mme Lopez :`, `Dott. Becker:`)', () => {
  it('are the full name the dek gives, read past its word for the piece (“Entrevista de Tom Becker a Maria Lopez”)', () => {
    const es = ingest('# Puentes\n\nEntrevista de Tom Becker a Maria Lopez, ingeniera.\n\nSr. Becker: ¿Cómo empezó?\n\nSra. Lopez: Con una grieta.\n\nSr. Becker: ¿Y después?\n\nSra. Lopez: La universidad.\n', 'es.md');
    expect(who(es)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
    const fr = ingest('# Ponts\n\nEntretien avec Maria Lopez, par Tom Becker.\n\nTom Becker : Comment avez-vous commencé ?\n\nMme Lopez : Par une fissure.\n\nTom Becker : Et ensuite ?\n\nMme Lopez : L’université.\n', 'fr.md');
    expect(who(fr)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
  });
  it('Spanish academic titles too (`Dra. López:`, `Lic. Becker:`)', () => {
    const es = ingest('# Puentes\n\nEntrevista de Tom Becker a la ingeniera María López.\n\nLic. Becker: ¿Cómo empezó?\n\nDra. López: Con una grieta.\n\nLic. Becker: ¿Y después?\n\nDra. López: La universidad.\n', 'es.md');
    expect(who(es)).toEqual(['Tom Becker (interviewer)', 'María López (guest)', 'Tom Becker (interviewer)', 'María López (guest)']);
  });
});

describe('a news site’s article page around the interview (a picture’s credit, topics, the author’s box, share and follow buttons)', () => {
  it('none of it is anyone’s words: `**Image Credits:** ...` is no speaker, and the author’s box after `Topics` goes', () => {
    const r = ingest('# Maria Lopez on bridges that heal\n\n[Tom Becker](https://news.example/author/tb/)\n\nShare to Facebook\n\n![Maria Lopez](https://news.example/lopez.jpg)\n\n**Image Credits:** Rhine Works\n\nRhine Works raised $40 million this week.\n\n**Tom Becker:** How did it start?\n\n**Maria Lopez:** With a crack in a bridge near my house.\n\n**Tom Becker:** And now?\n\n**Maria Lopez:** Now the concrete fills the crack itself.\n\nFollow me on [Twitter](https://twitter.example/tb). Check out my [website](https://tb.example).\n\n**Topics**\n\n[Bridges](https://news.example/tag/bridges/), [Climate](https://news.example/tag/climate/)\n\nTom Becker\n\nSenior Reporter\n\n[View Bio](https://news.example/author/tb/)\n', 'news.md');
    expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
    expect(turnsOf(r).at(-1)!.paragraphs).toEqual(['Now the concrete fills the crack itself.']);
    expect(r.transcript.intro.map((p) => p.text).slice(-2)).toEqual(['Image Credits: Rhine Works', 'Rhine Works raised $40 million this week.']);
    expect(r.transcript.removed.map((x) => x.text)).toEqual(expect.arrayContaining(['Share to Facebook', '**Topics**', 'Senior Reporter']));
    expect(r.transcript.outro.map((p) => p.text)).toEqual(['Follow me on Twitter. Check out my website.']);
  });
});

describe('a blog platform’s page after the interview: the publication’s logo linking to it above its box (`[![Bridge Notes](...png)](https://.../bridge-notes)`, `## Published in Bridge Notes`)', () => {
  it('the picture is the page’s, not the guest’s last words; one linking to the picture itself stays (guard)', () => {
    const page = (picture: string) => `# Bridges That Heal\n\n**Tom:** How did it start?\n\n**Maria:** With a crack.\n\n**Tom:** What next?\n\n**Maria:** Norway.\n\n${picture}\n\n## [Published in Bridge Notes](https://blog.example/bridge-notes)\n\nStories about the things that carry us.\n`;
    expect(turnsOf(ingest(page('[![Bridge Notes](https://cdn.example/logo.png)](https://blog.example/bridge-notes?source=post_page)'), 'post.md')).at(-1)!.paragraphs).toEqual(['Norway.']);
    expect(turnsOf(ingest(page('[![A bridge in Bergen](https://cdn.example/bergen.jpg)](https://cdn.example/bergen.jpg)'), 'post.md')).at(-1)!.paragraphs).toEqual(['Norway.', '[image: A bridge in Bergen]']);
  });
});

describe('a paper’s page copied as text: a promotion above the headline quoting the guest, a tip line, a slogan and the owner’s copyright after the last answer', () => {
  const page = 'Unlock the Editor’s Digest for free\nOur editor selects her favourite stories in this weekly newsletter.\n\nMaria Lopez: ‘Water is the enemy of every bridge’\n\nThe engineer explains why our crossings are crumbling\n\nTom Becker: How did it start?\n\nMaria Lopez: With a crack in a bridge near my house.\n\nTom Becker: What next?\n\nMaria Lopez: Norway.\n\nHave a confidential tip for our reporters? Get in Touch\nBefore it’s here, it’s on the Terminal\nLEARN MORE\n\nCopyright The Rhine Post Limited 2026. All rights reserved.\n';
  it('the headline is the title, no turn of hers (it was, the dek and all); nothing after the last answer is hers', () => {
    const r = ingest(page, 'page.txt');
    expect(r.transcript.title).toBe('Maria Lopez: ‘Water is the enemy of every bridge’');
    expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
    expect(turnsOf(r).at(-1)!.paragraphs).toEqual(['Norway.']);
    expect(r.transcript.removed.map((x) => x.text)).toEqual(expect.arrayContaining(['Have a confidential tip for our reporters? Get in Touch', 'Before it’s here, it’s on the Terminal', 'Copyright The Rhine Post Limited 2026. All rights reserved.']));
  });
  it('a sentence of hers between such lines stays hers (guard)', () => {
    const r = ingest(page.replace('Before it’s here, it’s on the Terminal', 'And Iceland, later.'), 'page.txt');
    expect(turnsOf(r).at(-1)!.paragraphs).toEqual(['Norway.', 'And Iceland, later.']);
  });
});

describe('a magazine’s page after the interview: a note on the print issue, “Read more on ...”, the author’s initials and bio, a related list', () => {
  it('is the outro or goes, never the guest’s last words, past short lines between the notes', () => {
    const r = ingest('# Infrastructure should heal itself\n\nAn interview with Maria Lopez by Tom Becker.\n\nHBR: How did it start?\n\nLopez: With a crack in a bridge near my house.\n\nHBR: And now?\n\nLopez: Now the concrete fills the crack itself.\n\nA version of this article appeared in the November 2025 issue.\n\nRead more on Infrastructure or related topics Innovation\n\nTB\n\nTom Becker is a senior editor at the magazine.\n\nPartner Center\n\nMost Popular\n\n1. [A phone did a thing](https://mag.example/a)\n2. [Another phone](https://mag.example/b)\n', 'mag.md');
    expect(turnsOf(r).at(-1)!.paragraphs).toEqual(['Now the concrete fills the crack itself.']);
    expect(r.transcript.outro.map((p) => p.text)).toEqual(['A version of this article appeared in the November 2025 issue.', 'Read more on Infrastructure or related topics Innovation', 'TB', 'Tom Becker is a senior editor at the magazine.']);
    expect(r.transcript.removed.map((x) => x.text)).toEqual(expect.arrayContaining(['Partner Center', 'Most Popular', '1. [A phone did a thing](https://mag.example/a)']));
  });
  it('a guest’s last paragraph on someone else stays hers (guard)', () => {
    const r = ingest('# Bridges\n\nTom Becker: How did it start?\n\nMaria Lopez: With a crack.\n\nTom Becker: Who helped?\n\nMaria Lopez: Many people.\n\nJane Doe is the editor who first wrote about our bridge.\n', 'guard.md');
    expect(turnsOf(r).at(-1)!.paragraphs).toEqual(['Many people.', 'Jane Doe is the editor who first wrote about our bridge.']);
  });
});

describe('a show of several hosts by first name, a guest joining mid-episode (“Joining us today is Maria Lopez”)', () => {
  it('keeps a co-host who opened with “Great to be here” a host, as he asks the guest; names the hosts the opening lists', () => {
    const r = ingest('# E200: Bridges\n\nJason: Welcome to episode 200. With me again, Chamath, David Sacks and David Friedberg.\n\nChamath: Great to be here. What a week.\n\nSacks: Rates are still the story.\n\nFriedberg: And infrastructure.\n\nJason: Joining us today is Maria Lopez, the CEO of Rhine Works. Maria, welcome to the show.\n\nMaria: Thanks for having me, Jason.\n\nChamath: Maria, explain what your concrete does.\n\nMaria: It fills its own cracks.\n\nSacks: And who buys it?\n\nMaria: Port operators.\n\nJason: Thank you, Maria.\n\nChamath: I think the Fed cuts twice.\n', 'allin.md');
    expect(who(r)).toEqual(['Jason (interviewer)', 'Chamath (interviewer)', 'David Sacks (interviewer)', 'David Friedberg (interviewer)', 'Jason (interviewer)', 'Maria Lopez (guest)', 'Chamath (interviewer)', 'Maria Lopez (guest)', 'David Sacks (interviewer)', 'Maria Lopez (guest)', 'Jason (interviewer)', 'Chamath (interviewer)']);
  });
});

describe('a European paper’s byline after the interview (“Propos recueillis par ...”, “Das Interview führte ...”, “Entrevista realizada por ...”)', () => {
  it('names the interviewer and is the outro, with the paper’s subscription line; `Mehr zum Thema` and its links go', () => {
    const fr = ingest('# Maria Lopez : « Les ponts se réparent »\n\n**Comment tout a commencé ?**\n\nPar une fissure dans un pont.\n\n**Et aujourd’hui ?**\n\nLe béton bouche ses fissures.\n\nPropos recueillis par Tom Becker\n\nArticle réservé à nos abonnés\n', 'fr.md');
    const de = ingest('# Maria Lopez: „Brücken heilen sich“\n\nZEIT ONLINE: Wie hat alles angefangen?\n\nMaria Lopez: Mit einem Riss.\n\nZEIT ONLINE: Und heute?\n\nMaria Lopez: Heute schließt der Beton seine Risse selbst.\n\nDas Interview führte Tom Becker.\n\nMehr zum Thema\n\n[Beton der Zukunft](https://zeit.example/a)\n', 'de.md');
    const es = ingest('# Maria Lopez: “Los puentes se reparan solos”\n\n**Pregunta.** ¿Cómo empezó?\n\n**Respuesta.** Con una grieta.\n\n**P.** ¿Y ahora?\n\n**R.** El hormigón cierra sus grietas solo.\n\nEntrevista realizada por Tom Becker.\n\nSuscríbete para seguir leyendo\n', 'es.md');
    expect([fr, es].map((r) => r.transcript.interviewer)).toEqual(['Tom Becker', 'Tom Becker']);
    expect(turnsOf(fr).at(-1)!.paragraphs).toEqual(['Le béton bouche ses fissures.']);
    expect(turnsOf(de).at(-1)!.paragraphs).toEqual(['Heute schließt der Beton seine Risse selbst.']);
    expect(turnsOf(es).at(-1)!.paragraphs).toEqual(['El hormigón cierra sus grietas solo.']);
    expect([fr, de, es].map((r) => r.transcript.outro.map((p) => p.text))).toEqual([['Propos recueillis par Tom Becker', 'Article réservé à nos abonnés'], ['Das Interview führte Tom Becker.'], ['Entrevista realizada por Tom Becker.']]);
    // (`Suscríbete para seguir leyendo` is a paywall's notice, as "Subscribe to keep reading" is: removed, and said.)
    expect(es.transcript.removed.map((x) => x.text)).toEqual(['Suscríbete para seguir leyendo']);
    // (In English in a sentence of some length, after questions and answers.)
    const conducted = ingest('# Maria Lopez on bridges\n\nMaria Lopez builds bridges.\n\nQ: Why bridges?\n\nA: Because they fail quietly.\n\nQ: Who pays?\n\nA: The city.\n\n*This interview was conducted by Tom Becker and has been edited for length.*\n', 'conducted.md');
    expect([conducted.transcript.interviewer, who(conducted)[0]]).toEqual(['Tom Becker', 'Tom Becker (interviewer)']);
    // (In English too, opening with a dash that asks nothing.)
    const told = ingest('# Bridges\n\n*How did it start?*\n\nWith a crack.\n\n*And now?*\n\nIt heals.\n\n—As told to Tom Becker\n', 'en.md');
    expect([told.transcript.interviewer, turnsOf(told).at(-1)!.paragraphs, told.transcript.outro.map((p) => p.text)]).toEqual(['Tom Becker', ['It heals.'], ['—As told to Tom Becker']]);
  });
});

describe('Chinese and Japanese bylines after the interview (`（采访/撰文：李娜）`, `（聞き手・構成：佐藤花子）`) and a Japanese surname as the label', () => {
  it('are the outro and name the interviewer; `山田：` is the 山田太郎 of the headline', () => {
    const zh = ingest('# 张伟：桥梁可以自我修复\n\n问：你是怎么开始的？\n\n张伟：从一座桥上的裂缝开始。\n\n问：现在呢？\n\n张伟：现在混凝土会自己填补裂缝。\n\n（采访/撰文：李娜）\n', 'zh-end.md');
    expect(turnsOf(zh).at(-1)!.paragraphs).toEqual(['现在混凝土会自己填补裂缝。']);
    expect([zh.transcript.interviewer, zh.transcript.outro.map((p) => p.text)]).toEqual(['李娜', ['（采访/撰文：李娜）']]);
    const ja = ingest('# 山田太郎「橋は自分で治る」\n\n――どうして始めたのですか。\n\n山田：家の近くの橋のひびです。\n\n――今は？\n\n山田：コンクリートが自分でひびを埋めます。\n\n（聞き手・構成：佐藤花子）\n', 'ja-end.md');
    expect(who(ja)).toEqual(['佐藤花子 (interviewer)', '山田太郎 (guest)', '佐藤花子 (interviewer)', '山田太郎 (guest)']);
  });
  it('a name in katakana with its long vowel mark (`（聞き手・トム・ベッカー）`) is the outro too, not the last answer', () => {
    const r = ingest('# マリア・ロペス「橋は老いる」\n\n技術者のマリア・ロペスさんに話を聞いた。\n\n――なぜ橋なのですか。\n\n父が橋を造っていました。\n\n――何が変わりましたか。\n\n荷重です。\n\n（聞き手・トム・ベッカー）\n', 'ja-kana.md');
    expect(spoken(r)).toEqual(['トム・ベッカー (interviewer): なぜ橋なのですか。', 'マリア・ロペス (guest): 父が橋を造っていました。', 'トム・ベッカー (interviewer): 何が変わりましたか。', 'マリア・ロペス (guest): 荷重です。']);
    expect(r.transcript.outro.map((p) => p.text)).toEqual(['（聞き手・トム・ベッカー）']);
  });
});

describe('a magazine interview with the speakers in capitals alone above their words (`INTERVIEWER`, then `LOPEZ`)', () => {
  it('labels each turn by the line above it, the surname the dek’s full name; no section headings', () => {
    const r = ingest('# Maria Lopez, The Art of Bridges\n\n*Interviewed by Tom Becker*\n\nMaria Lopez lives by the river.\n\nINTERVIEWER\n\nWhen did you start?\n\nLOPEZ\n\nAt nine, with a notebook.\n\nINTERVIEWER\n\nDo you still draw by hand?\n\nLOPEZ\n\nThe first draft, always.\n\nINTERVIEWER\n\nWho reads your drafts?\n\nLOPEZ\n\nMy sister, and nobody else.\n', 'paris.md');
    expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
    expect(r.transcript.sections.map((s) => s.heading)).toEqual([null]);
    expect(turnsOf(r)[5]!.paragraphs).toEqual(['My sister, and nobody else.']);
  });
});

describe('a panel with the speakers’ first names in capitals above their words, one of them once (`ADAM`, `STEPHANIE`, `JONATHAN` once)', () => {
  const panel = (once: string, words: string) => ['The Bridge Panel', '', 'ADAM', 'Welcome, everyone. Stephanie, let’s start with you. Why do old bridges last?', '', 'STEPHANIE', 'Because they were built heavy. Stone carries load in compression.', '', 'ADAM', 'And what breaks them?', '', 'STEPHANIE', 'Water, mostly. It freezes in the joints.', '', once, words, '', 'ADAM', 'Thanks, both of you.', ''].join('\n');
  it('reads the name seen once as his label (a heading, his words were Stephanie’s)', () => {
    const r = ingest(panel('JONATHAN', 'Can I add something? Salt is worse than water on the newer ones.'), 'panel.txt');
    expect([turnsOf(r)[4]!.speaker, turnsOf(r)[4]!.paragraphs]).toEqual(['Jonathan', ['Can I add something? Salt is worse than water on the newer ones.']]);
    expect(r.transcript.sections.map((s) => s.heading)).toEqual([null]);
  });
  it('reads a first name seen once, `Jonathan` or `**Jonathan**`, as his label where the next turn answers him (“Jonathan, say more”; his words were Stephanie’s)', () => {
    const turns = [['Adam', 'Welcome, everyone. Stephanie, let’s start with you. Why do old bridges last?'], ['Stephanie', 'Because they were built heavy.'], ['Adam', 'And what breaks them?'], ['Stephanie', 'Water, mostly.'], ['Jonathan', 'Can I add something? Salt is worse than water on the newer ones.'], ['Adam', 'Jonathan, say more about salt.'], ['Stephanie', 'He is right about salt.'], ['Adam', 'Thanks, both of you.']];
    for (const [set, heading] of [[(n: string) => n, '## What breaks them'], [(n: string) => `**${n}**`, '**What breaks them**']] as const) {
      const r = ingest(['# The Bridge Panel', heading, ...turns.flatMap(([n, words]) => [set(n!), words])].join('\n\n'), 'panel.md');
      expect(spoken(r), heading).toEqual(turns.map(([n, words]) => expect.stringMatching(new RegExp(`^${n} \\(\\w+\\): ${words!.replace(/[?.]/g, '\\$&')}$`))));
    }
  });
  it('keeps a word the text writes in small letters, or one naming a part, a heading (guard)', () => {
    for (const heading of ['WATER', 'EPILOGUE']) {
      const r = ingest(panel(heading, 'Salt is worse than water on the newer ones, and the water gets in.'), 'panel.txt');
      expect(r.transcript.sections.map((s) => s.heading), heading).toEqual([null, heading]);
    }
  });
});

describe('a panel whose moderator is labelled by the role’s word throughout (`Moderator:`, `HOST:`), each panelist once by full name', () => {
  it('reads each full name answering right after it as a label (they were the words of “Guest”, labels and all)', () => {
    const r = ingest('# Who pays for bridges?\n\nModerator: Good afternoon. Maria, why do bridges fail?\n\nMaria Lopez: Water, almost always.\n\nModerator: Paul, do you agree?\n\nPaul Kim: Yes, but money matters too.\n\nModerator: Thank you both.\n', 'panel.md');
    expect(spoken(r)).toEqual(['Moderator (interviewer): Good afternoon. Maria, why do bridges fail?', 'Maria Lopez (guest): Water, almost always.', 'Moderator (interviewer): Paul, do you agree?', 'Paul Kim (guest): Yes, but money matters too.', 'Moderator (interviewer): Thank you both.']);
    const caps = ingest('HOST: Good afternoon. Maria, why do bridges fail?\n\nMARIA LOPEZ: Water, almost always.\n\nHOST: Thank you.\n\nHOST: Anything else?\n', 'panel.txt');
    expect(who(caps).slice(0, 2)).toEqual(['Host (interviewer)', 'Maria Lopez (guest)']);
  });
  it('and after `Q:`, the guest’s full name once where the headline names her, `A:` after (her first answer was the question’s, label and all)', () => {
    const r = ingest('# Maria Lopez on bridges\n\nQ: How did it start?\n\nMaria Lopez: With a crack near my house.\n\nQ: And the concrete?\n\nA: It carries bacteria.\n', 'qa.md');
    expect(spoken(r)).toEqual(['Interviewer (interviewer): How did it start?', 'Maria Lopez (guest): With a crack near my house.', 'Interviewer (interviewer): And the concrete?', 'Maria Lopez (guest): It carries bacteria.']);
  });
  it('one full name once that nobody turns to stays words (a quotation in an answer; guard)', () => {
    const r = ingest('# Bridges\n\nQ: Who taught you?\n\nA: My father, mostly.\n\nQ: And his motto?\n\nMaria Lopez: Never trust water. That was on his desk.\n\nQ: Thanks.\n', 'qa.md');
    expect(who(r)).not.toContain('Maria Lopez (guest)');
  });
});

describe('a panel with the speakers’ full names in capitals above their words, two of them once (`MARIA LOPEZ`, `LI WEI`)', () => {
  const panel = (header: string, li: string) => `Future of Bridges Panel\n\n${header}ANA SILVA\nGood afternoon. Maria, what keeps you up at night?\n\nMARIA LOPEZ\nWater. It always finds a way in.\n\nANA SILVA\nPaul?\n\nPAUL KIM\nMoney. We know how to fix most bridges.\n\nANA SILVA\nLi, same question.\n\n${li}\nTraffic. Our bridges carry twice the load they were built for.\n\nPAUL KIM\nAnd every flood makes it worse.\n\nANA SILVA\nThank you all.\n`;
  it('reads each as a label, with the header listing them as names are written or without it (they were headings, their words the moderator’s)', () => {
    for (const header of ['Moderator: Ana Silva, City Works\nPanelists: Maria Lopez (Rhine Works), Paul Kim (Bonn University), Li Wei (Harbour Authority)\n\n', '']) {
      const r = ingest(panel(header, 'LI WEI'), 'panel.txt');
      expect(who(r), header).toEqual(['Ana Silva (interviewer)', 'Maria Lopez (guest)', 'Ana Silva (interviewer)', 'Paul Kim (guest)', 'Ana Silva (interviewer)', 'Li Wei (guest)', 'Paul Kim (guest)', 'Ana Silva (interviewer)']);
      expect(r.transcript.sections.map((s) => s.heading)).toEqual([null]);
    }
  });
  it('keeps a part’s heading nobody turns to a heading (`BRIDGE LOADS`; guard)', () => {
    const r = ingest(panel('', 'BRIDGE LOADS'), 'panel.txt');
    expect(r.transcript.sections.map((s) => s.heading)).toEqual([null, 'BRIDGE LOADS']);
  });
});

describe('a guest recounting a conversation inside an answer (`Him: "Sit down."`, `Me: "No."`)', () => {
  const recount = '# Maria Lopez on the bridge that almost fell\n\n**Tom Becker:** Tell me about the call.\n\n**Maria Lopez:** It was a Sunday. It went like this.\n\nHim: "Are you sitting down?"\n\nMe: "No, I am cooking."\n\nHim: "Sit down."\n\nThen he told me the cable had slipped.\n\n**Tom Becker:** What did you do?\n\n**Maria Lopez:** I drove there.\n';
  it('keeps the lines in her answer: a pronoun is no speaker where the speakers have names', () => {
    const r = ingest(recount, 'recount.md');
    expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
    expect(turnsOf(r)[1]!.paragraphs).toEqual(['It was a Sunday. It went like this.', 'Him: "Are you sitting down?"', 'Me: "No, I am cooking."', 'Him: "Sit down."', 'Then he told me the cable had slipped.']);
  });
  it('a blog labelled `Me:` and `Him:` throughout, or `Me:` beside a name, is read by them (guard)', () => {
    const r = ingest('# I asked my neighbour about his garden\n\nMe: How long have you been gardening?\n\nHim: Forty years.\n\nMe: What is the secret?\n\nHim: Patience.\n', 'garden.md');
    expect(who(r)).toEqual(['Me (interviewer)', 'Him (guest)', 'Me (interviewer)', 'Him (guest)']);
    const named = ingest('# I asked Maria Lopez about bridges\n\nMe: How did it start?\n\nMaria: With a crack.\n\nMe: And then?\n\nMaria: University.\n', 'blog.md');
    expect(spoken(named)).toEqual(['Me (interviewer): How did it start?', 'Maria Lopez (guest): With a crack.', 'Me (interviewer): And then?', 'Maria Lopez (guest): University.']);
  });
});

describe('a forum’s question-and-answer thread (`**u/riverfan42:**`, “I’m Maria Lopez, ... AMA!”)', () => {
  it('labels each turn by its handle, a reader who asks once too; the headline’s name is not “I’m Maria Lopez”', () => {
    const r = ingest("# I'm Maria Lopez, a bridge engineer. AMA!\n\nHi! I'm Maria Lopez. Ask me anything about bridges.\n\n**u/riverfan42:** What is the longest bridge you worked on?\n\n**u/MariaLopezBridges:** About two kilometres, over an estuary.\n\n**u/concrete_dreams:** Do you have a favourite material?\n\n**u/MariaLopezBridges:** Stone, for sentimental reasons.\n\n**u/riverfan42:** Any advice for students?\n\n**u/MariaLopezBridges:** Go and look at bridges.\n", 'ama.md');
    expect(who(r)).toEqual(['u/riverfan42 (interviewer)', 'u/MariaLopezBridges (guest)', 'u/concrete_dreams (interviewer)', 'u/MariaLopezBridges (guest)', 'u/riverfan42 (interviewer)', 'u/MariaLopezBridges (guest)']);
    expect(turnsOf(r)[1]!.paragraphs).toEqual(['About two kilometres, over an estuary.']);
    expect([...namesIn("I'm Maria Lopez, a bridge engineer").keys()]).toEqual(['Maria Lopez']);
  });
});

describe('a court’s argument (`CHIEF JUSTICE ROBERTS:`, `JUSTICE KAGAN:`, `MR. SMITH:`)', () => {
  it('puts the bench on the side that asks, the chief justice too, and counsel on the side that answers', () => {
    const r = ingest("IN THE SUPREME COURT\n\nCHIEF JUSTICE ROBERTS: We will hear argument this morning. Mr. Smith.\n\nMR. SMITH: Mr. Chief Justice, and may it please the Court: the statute does not cover my client.\n\nJUSTICE THOMAS: Counsel, what about the history?\n\nMR. SMITH: It cuts our way, Justice Thomas.\n\nJUSTICE KAGAN: But the report came later, didn't it?\n\nMR. SMITH: Only by a week.\n\nCHIEF JUSTICE ROBERTS: Thank you, counsel. The case is submitted.\n", 'argument.txt');
    expect(who(r)).toEqual(['Chief Justice Roberts (interviewer)', 'Mr. Smith (guest)', 'Justice Thomas (interviewer)', 'Mr. Smith (guest)', 'Justice Kagan (interviewer)', 'Mr. Smith (guest)', 'Chief Justice Roberts (interviewer)']);
  });
});

describe('a fact box on the guest (`**Name:** Maria Lopez`, `**Age:** 54`; `**Zur Person:** ...` after the interview)', () => {
  it('is no speaker: the fields above the interview are the intro, the profile after it the outro', () => {
    const r = ingest('# "Bridges are like people"\n\n**Name:** Maria Lopez\n**Age:** 54\n**Born:** Porto\n**Job:** Bridge engineer\n\nTom Becker met her in Bonn.\n\n**Tom Becker:** Why bridges?\n\n**Maria Lopez:** My grandfather was a mason.\n\n**Tom Becker:** Your favourite?\n\n**Maria Lopez:** The footbridge in Porto.\n', 'factbox.md');
    expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
    expect(r.transcript.intro.map((p) => p.text)).toEqual(['Name: Maria Lopez Age: 54 Born: Porto Job: Bridge engineer', 'Tom Becker met her in Bonn.']);
    const de = ingest('# „Brücken sind wie Menschen“\n\nMaria Lopez baut Brücken.\n\n**Frage:** Warum Brücken?\n\n**Lopez:** Mein Großvater war Maurer.\n\n**Frage:** Was ist das Schwerste?\n\n**Lopez:** Nein zu sagen.\n\n**Zur Person:** Maria Lopez, 54, wurde in Porto geboren.\n', 'person.md');
    expect(who(de)).toEqual(['Interviewer (interviewer)', 'Maria Lopez (guest)', 'Interviewer (interviewer)', 'Maria Lopez (guest)']);
    expect(turnsOf(de)[3]!.paragraphs).toEqual(['Nein zu sagen.']);
    expect(de.transcript.outro.map((p) => p.text)).toEqual(['Zur Person: Maria Lopez, 54, wurde in Porto geboren.']);
  });  it('two people who each speak once in a row, saying sentences, are speakers (guard)', () => {
    const r = ingest('Tom Becker: Welcome to the show.\nMaria Lopez: Thanks for having me.\nTom Becker: Before we start, say hello.\nPaul Kim: Hi, I am the producer.\nJane Doe: And I am the engineer.\nMaria Lopez: Hello to you both.\nTom Becker: So, bridges?\nMaria Lopez: Bridges.\n', 'walkon.txt');
    expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Paul Kim (guest)', 'Jane Doe (guest)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
  });
});

describe('a quick round of bold questions among labelled turns (`**Favourite bridge?** The one in Porto.`)', () => {
  const head = '# Ten questions for Maria Lopez\n\n**Tom Becker:** Why bridges?\n\n**Maria Lopez:** My grandfather was a mason.\n\n**Tom Becker:** Let us do the quick round.\n\n';
  const expected = ['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)'];
  it('asks for the host and answers for the guest, on one line or two, in bold or italics', () => {
    const oneLine = ingest(`${head}**Favourite bridge?** The footbridge in Porto.\n\n**Favourite material?** Stone.\n\n**Morning or night?** Morning, always.\n\n**Tom Becker:** Thank you, Maria.\n\n**Maria Lopez:** Thank you, Tom.\n`, 'round.md');
    const twoLines = ingest(`${head}**Favourite bridge?**\n\nThe footbridge in Porto.\n\n**Favourite material?**\n\nStone.\n\n**Morning or night?**\n\nMorning, always.\n\n**Tom Becker:** Thank you, Maria.\n\n**Maria Lopez:** Thank you, Tom.\n`, 'round2.md');
    const italic = ingest(`${head}*Favourite bridge?* The footbridge in Porto.\n\n*Favourite material?* Stone.\n\n*Morning or night?* Morning, always.\n\n**Tom Becker:** Thank you, Maria.\n\n**Maria Lopez:** Thank you, Tom.\n`, 'round3.md');
    for (const r of [oneLine, twoLines, italic]) {
      expect(who(r)).toEqual(expected);
      expect(turnsOf(r).slice(2, 6).map((t) => t.paragraphs.join(' | '))).toEqual(['Let us do the quick round. | Favourite bridge?', 'The footbridge in Porto.', 'Favourite material?', 'Stone.']);
    }
  });
  it('the guest’s own bold questions after her turn stay hers (guard)', () => {
    const r = ingest('# Maria Lopez on bridges\n\n**Tom Becker:** Why do bridges fail?\n\n**Maria Lopez:** I ask every client three questions.\n\n**Who pays for upkeep?** Usually nobody.\n\n**Who inspects it?** A company since closed.\n\n**What happens in a flood?** Nobody has modelled it.\n\n**Tom Becker:** That is bleak.\n\n**Maria Lopez:** It is fixable.\n', 'rhetorical.md');
    expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
    expect(turnsOf(r)[1]!.paragraphs.join(' ')).toBe('I ask every client three questions. Who pays for upkeep? Usually nobody. Who inspects it? A company since closed. What happens in a flood? Nobody has modelled it.');
  });
});

describe('plain text pasted into a Markdown file: no heading anywhere, the page’s title on its first line', () => {
  const turns = 'Tom Becker: Why is water the enemy?\n\nMaria Lopez: Because it gets in everywhere.\n\nTom Becker: Who pays for upkeep?\n\nMaria Lopez: Usually nobody.\n';
  it('the first line above the turns is the title, as in a text file (`Why bridges fail | Rivers and Roads`)', () => {
    for (const file of ['pasted.md', 'pasted.txt']) {
      const r = ingest(`Why bridges fail | Rivers and Roads\n\n${turns}`, file);
      expect(r.transcript.title).toBe('Why bridges fail | Rivers and Roads');
      expect(r.transcript.intro).toEqual([]);
      expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
    }
  });
  it('a line under it naming both speakers in full (`Tom Becker talks to Maria Lopez`) is its dek, no part of the interview', () => {
    for (const file of ['dek.md', 'dek.txt']) {
      const r = ingest(`Bridges Weekly\n\nWhy bridges fail\n\nTom Becker talks to Maria Lopez\n\n${turns}`, file);
      expect(r.transcript.sections.map((s) => s.heading)).toEqual([null]);
      expect(r.transcript.intro.map((p) => p.text)).toContain('Tom Becker talks to Maria Lopez');
    }
  });
});

describe('labels only on the first exchange, then the questions set apart in bold or italics to the end', () => {
  const head = '# Maria Lopez on steel bridges\n\nMaria Lopez builds steel bridges in Porto. Tom Becker met her in March.\n\n';
  const alternating = (n: number) => Array.from({ length: n }, (_, k) => (k % 2 === 0 ? 'Tom Becker (interviewer)' : 'Maria Lopez (guest)'));
  it('each later question is the interviewer’s and the plain words under it the guest’s, three questions or two', () => {
    const rest3 = '**And rust?**\n\nPaint, mostly. And water has to run off.\n\n**What is next?**\n\nA footbridge over the Douro.\n\n**Will it be steel?**\n\nOf course it will.\n';
    for (const first of ['**Tom Becker: Why steel?**\n\nMaria Lopez: Because it bends before it breaks.', '**Tom Becker:** Why steel?\n\n**Maria Lopez:** Because it bends before it breaks.', 'Tom Becker: Why steel?\n\nMaria Lopez: Because it bends before it breaks.']) {
      const r = ingest(`${head}${first}\n\n${rest3}`, 'first-labelled.md');
      expect(who(r)).toEqual(alternating(8));
      expect(turnsOf(r).map((t) => t.paragraphs.join(' | '))).toEqual(['Why steel?', 'Because it bends before it breaks.', 'And rust?', 'Paint, mostly. And water has to run off.', 'What is next?', 'A footbridge over the Douro.', 'Will it be steel?', 'Of course it will.']);
    }
    const two = ingest(`${head}Tom Becker: Why steel?\n\nMaria Lopez: Because it bends before it breaks.\n\n**And rust?**\n\nPaint, mostly.\n\n> "Water has to run off."\n\n*What is next?*\n\nA footbridge over the Douro.\n`, 'first-labelled2.md');
    expect(who(two)).toEqual(alternating(6));
    expect(turnsOf(two)[3]!.paragraphs.join(' | ')).toBe('Paint, mostly. | "Water has to run off."');
  });
  it('the first exchange labelled once each by any name (`**SPIEGEL:**`, `WIRED:`, initials, a surname) is a turn each, not the intro', () => {
    const rest = '**And rust?**\n\nPaint, mostly.\n\n**Who pays for it?**\n\nUsually nobody.\n';
    const cases = [
      ['**SPIEGEL: Ms Lopez, why steel?**\n\nLopez: Because it bends.', 'Spiegel'],
      ['**WIRED:** Ms Lopez, why steel?\n\n**Maria Lopez:** Because it bends.', 'Wired'],
      ['**TB:** Ms Lopez, why steel?\n\n**ML:** Because it bends.', 'Tom Becker'],
      ['Tom Becker: Ms Lopez, why steel?\n\nLopez: Because it bends.', 'Tom Becker'],
    ] as const;
    for (const [first, asker] of cases) {
      const r = ingest(`${head}${first}\n\n${rest}`, 'first-exchange.md');
      expect(who(r)).toEqual([`${asker} (interviewer)`, 'Maria Lopez (guest)', `${asker} (interviewer)`, 'Maria Lopez (guest)', `${asker} (interviewer)`, 'Maria Lopez (guest)']);
      expect(turnsOf(r).slice(0, 2).map((t) => t.paragraphs.join(' | '))).toEqual(['Ms Lopez, why steel?', 'Because it bends.']);
      expect(r.transcript.intro.map((p) => p.text)).toEqual(['Maria Lopez builds steel bridges in Porto. Tom Becker met her in March.']);
    }
  });
  it('two fields once each above such questions, the first asking nothing or the second naming no one the text names, stay words (guards)', () => {
    for (const fields of ['**Location:** Porto\n\n**Date:** March 3, 2026.', '**Setting:** Her office in Porto.\n\n**Context:** The city has closed two bridges this year.', '**Porto:** A city of six bridges.\n\n**Lisbon:** A city of two.', '**Porto:** Why does paint matter now?\n\n**Lisbon:** The city closed two bridges this year.']) {
      const r = ingest(`${head}${fields}\n\n**Why steel?**\n\nBecause it bends.\n\n**And rust?**\n\nPaint, mostly.\n`, 'fields.md');
      expect(r.transcript.sections.flatMap((s) => s.turns).map((t) => t.speaker)).toEqual(['Interviewer', 'Maria Lopez', 'Interviewer', 'Maria Lopez']);
      expect(r.transcript.intro.map((p) => p.text).slice(1)).toEqual(fields.split('\n\n').map((f) => f.replace(/\*\*/g, '')));
    }
  });
  it('a paragraph so set that asks nothing (`**Water is the real enemy.**`) is the interviewer’s too, said as uncertain', () => {
    const r = ingest(`${head}Tom Becker: Why steel?\n\nMaria Lopez: Because it bends before it breaks.\n\n**And rust?**\n\nPaint, mostly.\n\n**Water is the real enemy.**\n\nIt sits in the joints.\n\n**Who pays?**\n\nNobody.\n`, 'statement.md');
    expect(who(r)).toEqual(alternating(8));
    expect(r.uncertain.map((u) => [u.text, u.speaker, u.alternative])).toEqual([['Water is the real enemy.', 'Tom Becker', 'Maria Lopez']]);
  });
  it('bold questions the guest announces with a colon stay hers, one a line or above her answers (guards)', () => {
    for (const list of ['**Who pays for upkeep?** Usually nobody.\n\n**Who inspects it?** A company since closed.\n\n**What happens in a flood?** Nobody has modelled it.\n', '**Who pays for upkeep?**\n\nUsually nobody.\n\n**Who inspects it?**\n\nA company since closed.\n']) {
      const r = ingest(`# Maria Lopez on bridges\n\n**Tom Becker:** Why do bridges fail?\n\n**Maria Lopez:** I ask every client these questions:\n\n${list}`, 'announced.md');
      expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)']);
    }
  });
});

describe('a note that the interview was edited, in other languages, set in italics without brackets', () => {
  it('after the last answer is the outro, between the turns nobody’s words (`*Das Interview wurde gekürzt und redigiert.*`)', () => {
    const end = ingest('# Maria Lopez: „Stahl biegt sich“\n\nDie Ingenieurin Maria Lopez baut Brücken. Tom Becker hat sie getroffen.\n\n**Frau Lopez, warum Stahl?**\n\nWeil er sich biegt.\n\n**Wer bezahlt die Farbe?**\n\nDer Staat.\n\n*Das Interview wurde gekürzt und redigiert.*\n', 'gekuerzt.md');
    expect(end.transcript.outro.map((p) => p.text)).toEqual(['Das Interview wurde gekürzt und redigiert.']);
    expect(turnsOf(end).at(-1)!.paragraphs).toEqual(['Der Staat.']);
    const between = ingest('# Maria Lopez : « L’acier plie »\n\nMaria Lopez construit des ponts. Tom Becker l’a rencontrée.\n\n**Pourquoi l’acier ?**\n\nParce qu’il plie avant de rompre.\n\n*L’entretien a été édité pour plus de clarté.*\n\n**Et la rouille ?**\n\nDe la peinture, surtout.\n', 'edite.md');
    expect(turnsOf(between).map((t) => t.paragraphs.join(' | '))).toEqual(['Pourquoi l’acier ?', 'Parce qu’il plie avant de rompre.', 'Et la rouille ?', 'De la peinture, surtout.']);
  });
});

describe('a Chinese or Japanese publisher’s note on the text (`（本文经授权转载，版权归原作者所有）`, `本文有删节。`)', () => {
  it('after the last answer is the outro, between the turns nobody’s words; they were the last speaker’s', () => {
    const qa = (note: string, more = '') => ingest(`# 钢桥\n\n**汤姆·贝克尔**：为什么选择钢？\n\n**玛丽亚·洛佩斯**：因为钢会弯曲。\n\n${more}**汤姆·贝克尔**：水呢？\n\n**玛丽亚·洛佩斯**：水是敌人。\n\n${note}\n`, 'zh.md');
    for (const note of ['（本文经授权转载，版权归原作者所有）', '本文有删节。', '本記事は2026年3月のインタビューを再構成したものです。']) {
      const end = qa(note);
      expect([note, end.transcript.outro.map((p) => p.text), turnsOf(end).at(-1)!.paragraphs]).toEqual([note, [note], ['水是敌人。']]);
    }
    const between = qa('', '（本文经授权转载，版权归原作者所有）\n\n');
    expect(turnsOf(between).map((t) => t.paragraphs.join(' | '))).toEqual(['为什么选择钢？', '因为钢会弯曲。', '水呢？', '水是敌人。']);
    // (A guest speaking of her rights is no note: `我的版权...`.)
    expect(turnsOf(qa('我觉得作者的权利很重要。')).at(-1)!.paragraphs).toEqual(['水是敌人。', '我觉得作者的权利很重要。']);
  });
});

describe('an editor’s note between the turns (`**Editor’s note:** ...`, `[Editor’s note: ...]`, `Anm. d. Red.:`)', () => {
  it('is the editor’s, not the last speaker’s words', () => {
    const r = ingest("# Maria Lopez on costs\n\n**Tom Becker:** How much did it cost?\n\n**Maria Lopez:** About four million.\n\n**Editor's note:** The city puts it at 4.6 million euros.\n\n**Tom Becker:** Worth it?\n\n**Maria Lopez:** Every cent.\n\n[Anm. d. Red.: Die Rampen sind nicht eingerechnet.]\n\n**Tom Becker:** What next?\n\n**Maria Lopez:** A school.\n\n[Ed.: The school opens in 2027.]\n\n**Tom Becker:** Thank you.\n", 'ednote.md');
    expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Editor (other)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Editor (other)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Editor (other)', 'Tom Becker (interviewer)']);
    expect(turnsOf(r)[1]!.paragraphs).toEqual(['About four million.']);
  });
  it('a fact box under its own heading between turns (`## Bridges in numbers`, then a list) is the editor’s too, not the last answer’s', () => {
    const r = ingest('# Maria Lopez\n\n**Tom Becker:** Why do bridges fail?\n\n**Maria Lopez:** Mostly water.\n\n## Bridges in numbers\n\n- 39,000 bridges in Germany\n- 4,000 need urgent repair\n\n**Tom Becker:** Who pays?\n\n**Maria Lopez:** Nobody.\n', 'factbox.md');
    expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Editor (other)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
    expect(turnsOf(r)[1]!.paragraphs).toEqual(['Mostly water.']);
  });
  it('a translator’s note is the translator’s (`[Translator’s note: ...]`, `(N.d.T. : ...)`, `Anm. d. Übers.:`)', () => {
    for (const note of ['[Translator’s note: Lopez uses the regional word here.]', '(N.d.T. : Lopez emploie ici un mot régional.)', '[Anm. d. Übers.: Lopez verwendet hier ein Regionalwort.]']) {
      const r = ingest(`# Maria Lopez\n\n**Tom Becker:** Why bridges?\n\n**Maria Lopez:** My father built them.\n\n${note}\n\n**Tom Becker:** And the steel?\n\n**Maria Lopez:** It came late.\n`, 'trans.md');
      expect(spoken(r)).toEqual(['Tom Becker (interviewer): Why bridges?', 'Maria Lopez (guest): My father built them.', `Translator (other): ${note}`, 'Tom Becker (interviewer): And the steel?', 'Maria Lopez (guest): It came late.']);
    }
  });
});

describe('a headline in a script without case opening with the guest’s name (`ماريا لوبيز: ...`, `מריה לופס: ...`)', () => {
  it('names the `ج:` and `ת:` answers by it, where the dek writes the name again', () => {
    const ar = ingest('# ماريا لوبيز: الجسور مثل البشر\n\nتبني ماريا لوبيز الجسور منذ ثلاثين عاماً.\n\nس: لماذا الجسور؟\n\nج: كان جدي بنّاءً.\n\nس: ما أصعب شيء؟\n\nج: أن تقول لا.\n', 'ar.md');
    expect(who(ar)).toEqual(['Interviewer (interviewer)', 'ماريا لوبيز (guest)', 'Interviewer (interviewer)', 'ماريا لوبيز (guest)']);
    const he = ingest('# מריה לופס: גשרים הם כמו אנשים\n\nמריה לופס בונה גשרים.\n\nש: למה גשרים?\n\nת: סבא שלי היה בנאי.\n\nש: מה הכי קשה?\n\nת: להגיד לא.\n', 'he.md');
    expect(who(he)).toEqual(['Interviewer (interviewer)', 'מריה לופס (guest)', 'Interviewer (interviewer)', 'מריה לופס (guest)']);
    // (Not a headline's words the text does not write again.)
    const once = ingest('# أسئلة صعبة: الجسور مثل البشر\n\nس: لماذا الجسور؟\n\nج: كان جدي بنّاءً.\n\nس: ما أصعب شيء؟\n\nج: أن تقول لا.\n', 'ar2.md');
    expect(who(once)).toEqual(['Interviewer (interviewer)', 'Guest (guest)', 'Interviewer (interviewer)', 'Guest (guest)']);
  });
  it('names them by it where the headline quotes the guest after the colon, written nowhere else (both were “Guest”), said in a warning; `حوار: توم بيكر` under it is the byline', () => {
    const ar = ingest('# ماريا لوبيز: "كل مدينة تبني ضد الفيضان الذي تتذكره"\n\nحوار: توم بيكر\n\nس: لماذا تستمر المدن في الغرق؟\n\nج: لأن كل مدينة تبني ضد الفيضان الذي تتذكره.\n\nس: هل يمكنك إعطاء مثال؟\n\nج: فالنسيا عام 1957.\n', 'ar.md');
    expect(who(ar)).toEqual(['توم بيكر (interviewer)', 'ماريا لوبيز (guest)', 'توم بيكر (interviewer)', 'ماريا لوبيز (guest)']);
    expect(ar.transcript.warnings.map((w) => w.message)).toEqual(["the guest's name, ماريا لوبيز, is taken from the introduction"]);
    const he = ingest('# מריה לופס: "כל עיר בונה נגד השיטפון שהיא זוכרת"\n\nש: למה ערים ממשיכות להיות מוצפות?\n\nת: כי כל עיר בונה נגד השיטפון שהיא זוכרת.\n\nש: אפשר דוגמה?\n\nת: ולנסיה, 1957.\n', 'he.md');
    expect(who(he)[1]).toBe('מריה לופס (guest)');
  });
});

describe('a radio transcript in capitals (`TOM BECKER, HOST:`, then `BECKER:`; a soundbite’s `UNIDENTIFIED REPORTER:`)', () => {
  const radio = (soundbite: string) => `Bridges That Heal Themselves\n\nNovember 3, 2025 5:04 AM ET\n\nHeard on Morning Edition\n\nTOM BECKER, HOST:\n\nAn engineer in Bonn says concrete can repair itself. Maria Lopez joins us now. Good morning.\n\nMARIA LOPEZ: Good morning, Tom.\n\nBECKER: So how does concrete heal?\n\nLOPEZ: We mix bacteria into it.\n\n(SOUNDBITE OF ARCHIVED BROADCAST)\n\n${soundbite}: The bridge was closed after inspectors found a crack.\n\nBECKER: Was that the start?\n\nLOPEZ: It was.\n\n(SOUNDBITE OF MUSIC)\n`;
  it('gives the soundbite its own speaker, never the guest’s words; `Heard on ...` is the page’s', () => {
    for (const [label, name, role] of [['UNIDENTIFIED REPORTER', 'Unidentified reporter', 'other'], ['UNIDENTIFIED PERSON #1', 'Unidentified person #1', 'other'], ['PRESIDENT JOE BIDEN', 'President Joe Biden', 'guest']] as const) {
      const r = ingest(radio(label), 'npr.txt');
      expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)', `${name} (${role})`, 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
      expect(turnsOf(r)[3]!.paragraphs).toEqual(['We mix bacteria into it.']);
      expect(r.transcript.sections.map((s) => s.heading)).toEqual([null]);
    }
  });
});

describe('a box of links inside the interview (`LEIA MAIS` above a list of links, `Läs också: ...`, `## Related`)', () => {
  it('goes, the heading and its links; the turns around it keep their words', () => {
    for (const box of ['LEIA MAIS\n\n- [Engenheira ganha prêmio](https://example.com/a)\n- [Pontes de Lisboa](https://example.com/b)', '## Related\n\n[Bridges that heal](https://example.com/a) | [Concrete at sea](https://example.com/b)', 'Läs också: Broarna i Stockholm']) {
      const r = ingest(`# Maria Lopez: pontes\n\n**Tom Becker:** Por que pontes?\n\n**Maria Lopez:** Meu avô era pedreiro.\n\n${box}\n\n**Tom Becker:** O mais difícil?\n\n**Maria Lopez:** Dizer não.\n`, 'box.md');
      expect(spoken(r)).toEqual(['Tom Becker (interviewer): Por que pontes?', 'Maria Lopez (guest): Meu avô era pedreiro.', 'Tom Becker (interviewer): O mais difícil?', 'Maria Lopez (guest): Dizer não.']);
      expect(r.transcript.sections.map((s) => s.heading)).toEqual([null]);
      expect(r.transcript.removed.length).toBe(box.split('\n').filter((l) => l.trim()).length);
    }
  });
});

describe('names in bold with a full stop before the words (`**Maria Lopez.** With a crack.`)', () => {
  it('are labels where they head the turns throughout', () => {
    const r = ingest('# Bridges\n\n**Tom Becker.** How did it start?\n\n**Maria Lopez.** With a crack in a bridge near my house.\n\n**Tom Becker.** And then?\n\n**Maria Lopez.** I went back to university.\n', 'dots.md');
    expect(spoken(r)).toEqual(['Tom Becker (interviewer): How did it start?', 'Maria Lopez (guest): With a crack in a bridge near my house.', 'Tom Becker (interviewer): And then?', 'Maria Lopez (guest): I went back to university.']);
  });
  it('in bold italics too, with or without the full stop (`***Maria Lopez*** With a crack.`; the build failed: no turns)', () => {
    for (const dot of ['', '.']) {
      const r = ingest(`# Bridges\n\n***Tom Becker${dot}*** How did it start?\n\n***Maria Lopez${dot}*** With a crack in a bridge near my house.\n\n***Tom Becker${dot}*** And then?\n\n***Maria Lopez${dot}*** I went back to university.\n`, 'bold-italic.md');
      expect(spoken(r), dot).toEqual(['Tom Becker (interviewer): How did it start?', 'Maria Lopez (guest): With a crack in a bridge near my house.', 'Tom Becker (interviewer): And then?', 'Maria Lopez (guest): I went back to university.']);
    }
  });
  it('a few bold words with a full stop in a labelled interview stay words (guard)', () => {
    const r = ingest('# Bridges\n\n**Tom Becker:** How did it start?\n\n**Maria Lopez:** Two things.\n\n**First Steps.** A crack in a bridge.\n\n**Second Thoughts.** University.\n\n**Tom Becker:** And then?\n\n**Maria Lopez:** Work.\n', 'guard.md');
    expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
    expect(turnsOf(r)[1]!.paragraphs).toEqual(['Two things.', 'First Steps. A crack in a bridge.', 'Second Thoughts. University.']);
  });
  it('and without the full stop (`**Maria Lopez** With a crack.`), in Japanese the words right after the name (`**田中**今日は...`)', () => {
    const r = ingest('# Bridges\n\n**Tom Becker** How did it start?\n\n**Maria Lopez** With a crack in a bridge near my house.\n\n**Tom Becker** And then?\n\n**Maria Lopez** I went back to university.\n', 'bare.md');
    expect(spoken(r)).toEqual(['Tom Becker (interviewer): How did it start?', 'Maria Lopez (guest): With a crack in a bridge near my house.', 'Tom Becker (interviewer): And then?', 'Maria Lopez (guest): I went back to university.']);
    // (A name with its particles, `Florence d’Alché-Buc`, words opening with a figure, `51st state.`,
    // and a colon in the words, `ANYPREVOUT BIP (BIP 118): https://...`.)
    const particles = ingest('# Bridges\n\n**Isabelle Morel** Pourquoi la confiance ?\n\n**Florence d’Alché-Buc** Parce que les modèles affabulent.\n\n**Isabelle Morel** Et les États ?\n\n**Florence d’Alché-Buc** 51st state, disait-on.\n\n**Isabelle Morel** Une source ?\n\n**Florence d’Alché-Buc** Le rapport (2024): https://example.org/rapport\n', 'fr.md');
    expect(turnsOf(particles).map((t) => [t.speaker, t.paragraphs[0]])).toEqual([['Isabelle Morel', 'Pourquoi la confiance ?'], ['Florence d’Alché-Buc', 'Parce que les modèles affabulent.'], ['Isabelle Morel', 'Et les États ?'], ['Florence d’Alché-Buc', '51st state, disait-on.'], ['Isabelle Morel', 'Une source ?'], ['Florence d’Alché-Buc', 'Le rapport (2024): https://example.org/rapport']]);
    // (After the time it was said, `[00:00:10] **Tom Becker** How...?`: the turn's time.)
    const timed = ingest('# Bridges\n\n[00:00:10] **Tom Becker** How did it start?\n\n[00:01:11] **Maria Lopez** With a crack in a bridge near my house.\n\n[00:02:12] **Tom Becker** And then?\n\n[00:03:13] **Maria Lopez** I went back to university.\n', 'timed.md');
    expect(turnsOf(timed).map((t) => [t.speaker, t.time, t.paragraphs[0]])).toEqual([['Tom Becker', 10, 'How did it start?'], ['Maria Lopez', 71, 'With a crack in a bridge near my house.'], ['Tom Becker', 132, 'And then?'], ['Maria Lopez', 193, 'I went back to university.']]);
    for (const gap of ['', ' ', '\u3000']) {
      const ja = ingest(`# 橋の未来：マリア・ロペス氏インタビュー\n\n**田中**${gap}橋の仕事はどのように始めたのですか？\n\n**ロペス**${gap}ボンで溶接工として働き始めました。\n\n**田中**${gap}橋の最大の敵は何ですか？\n\n**ロペス**${gap}水です。いつも水です。\n`, 'ja.md');
      expect(spoken(ja)).toEqual(['田中 (interviewer): 橋の仕事はどのように始めたのですか？', 'マリア・ロペス (guest): ボンで溶接工として働き始めました。', '田中 (interviewer): 橋の最大の敵は何ですか？', 'マリア・ロペス (guest): 水です。いつも水です。']);
    }
    // (A label going on after the bold name, `**Tom Becker** (host): ...`, is that label: "(host):" was in the words.)
    // (The role in italics too, `**Tom Becker** *(host)*: ...`: no turn was found.)
    for (const [a, b] of [['(host)', '(guest)'], ['*(host)*', '*(guest)*'], ['_(host)_', '_(guest)_']]) {
      const role = ingest(`# Bridges\n\n**Tom Becker** ${a}: How did it start?\n\n**Maria Lopez** ${b}: With a crack.\n\n**Tom Becker** ${a}: And then?\n\n**Maria Lopez** ${b}: University.\n`, 'role.md');
      expect(spoken(role)).toEqual(['Tom Becker (interviewer): How did it start?', 'Maria Lopez (guest): With a crack.', 'Tom Becker (interviewer): And then?', 'Maria Lopez (guest): University.']);
    }
    // (A bold name and a time, `**Tom Becker** · 00:01 Welcome`, `**Tom Becker** [(00:00:01)](...)`, stays a timed turn.)
    for (const time of ['· 00:01', '[(00:00:01)](https://youtu.be/x?t=1)']) {
      const timed = ingest(`# Bridges\n\n**Tom Becker** ${time}\nHow did it start?\n\n**Maria Lopez** ${time}\nWith a crack.\n\n**Tom Becker** ${time}\nAnd then?\n\n**Maria Lopez** ${time}\nUniversity.\n`, 'timed.md');
      expect(turnsOf(timed).map((t) => [t.speaker, t.time, t.paragraphs[0]])).toEqual([['Tom Becker', 1, 'How did it start?'], ['Maria Lopez', 1, 'With a crack.'], ['Tom Becker', 1, 'And then?'], ['Maria Lopez', 1, 'University.']]);
    }
  });
});

describe('a surname with an honorific as the label (`山田氏：`, `张先生：`)', () => {
  it('is the full name the headline opens with; a label that no headline completes stays as written', () => {
    const ja = ingest('# 山田太郎「橋は人と同じ」\n\n山田太郎（やまだ・たろう）橋梁技術者。\n\n――なぜ橋なのですか。\n\n山田氏：祖父が石工でした。\n\n――一番難しいことは？\n\n山田氏：断ることです。\n', 'ja.md');
    expect(who(ja)).toEqual(['Interviewer (interviewer)', '山田太郎 (guest)', 'Interviewer (interviewer)', '山田太郎 (guest)']);
    const zh = ingest('# 张伟：桥梁需要耐心\n\n张伟是一名桥梁工程师。\n\n记者：为什么是桥？\n\n张先生：我爷爷是石匠。\n\n记者：最喜欢的桥？\n\n张先生：波尔图的人行桥。\n', 'zh.md');
    expect(who(zh)).toEqual(['记者 (interviewer)', '张伟 (guest)', '记者 (interviewer)', '张伟 (guest)']);
    const other = ingest('# 桥梁需要耐心\n\n记者：为什么是桥？\n\n李先生：我爷爷是石匠。\n\n记者：最喜欢的桥？\n\n李先生：波尔图的人行桥。\n', 'zh2.md');
    expect(who(other)).toEqual(['记者 (interviewer)', '李先生 (guest)', '记者 (interviewer)', '李先生 (guest)']);
  });
});

describe('another language’s role words as labels (`主持人：`, `嘉宾：`, `记者：`)', () => {
  it('are the people the headline and the byline name (they were shown as the words); the words as written where nothing names them', () => {
    const named = ingest('桥梁的未来：对话玛丽亚·洛佩兹\n\n记者 汤姆·贝克尔\n\n主持人：欢迎来到我们的节目。你是怎么开始做桥梁的？\n\n嘉宾：我最开始是在波恩做焊工。\n\n主持人：桥梁最大的敌人是什么？\n\n嘉宾：水。永远是水。\n', 'zh.txt');
    expect(who(named)).toEqual(['汤姆·贝克尔 (interviewer)', '玛丽亚·洛佩兹 (guest)', '汤姆·贝克尔 (interviewer)', '玛丽亚·洛佩兹 (guest)']);
    const unnamed = ingest('桥梁的未来\n\n主持人：欢迎来到我们的节目。你是怎么开始做桥梁的？\n\n嘉宾：我最开始是在波恩做焊工。\n\n主持人：桥梁最大的敌人是什么？\n\n嘉宾：水。永远是水。\n', 'zh.txt');
    expect(who(unnamed)).toEqual(['主持人 (interviewer)', '嘉宾 (guest)', '主持人 (interviewer)', '嘉宾 (guest)']);
  });
});

describe('a moderator introducing a panel in one sentence, each name with what is said of it', () => {
  it('names each first-name label by the full name the sentence gives (“joined by Maria Lopez of Rhine Works, Paul Kim from Bonn University, and Jane Doe”)', () => {
    const r = ingest('# Panel: the future of bridges\n\nModerator: Welcome, everyone. I am joined by Maria Lopez of Rhine Works, Paul Kim from Bonn University, and Jane Doe, an architect. Maria, what changed most?\n\nMaria: Computers.\n\nModerator: Paul?\n\nPaul: Money.\n\nJane: Climate.\n\nModerator: Jane, say more.\n\nJane: Higher decks.\n\nMaria: And lighter materials.\n', 'panel.md');
    expect(who(r)).toEqual(['Moderator (interviewer)', 'Maria Lopez (guest)', 'Moderator (interviewer)', 'Paul Kim (guest)', 'Jane Doe (guest)', 'Moderator (interviewer)', 'Jane Doe (guest)', 'Maria Lopez (guest)']);
  });
});

describe('a full name with the name the speaker goes by in quotation marks (`Thomas "Tom" Becker:`, then `Tom:`)', () => {
  it('opens the speaker’s first turn, not the intro, and the short label later is the same person', () => {
    const r = ingest('# Bridges\n\nThomas "Tom" Becker: Welcome, Maria. How did it start?\n\nMaria Lopez: With a crack.\n\nTom: And then?\n\nMaria Lopez: University.\n', 'nick.md');
    expect(spoken(r)).toEqual(['Thomas Becker (interviewer): Welcome, Maria. How did it start?', 'Maria Lopez (guest): With a crack.', 'Thomas Becker (interviewer): And then?', 'Maria Lopez (guest): University.']);
    expect(r.transcript.intro).toEqual([]);
  });
  it('or in parentheses (`Maria (Mia) Lopez:`, then `Mia:`)', () => {
    const r = ingest('# Bridges\n\nTom Becker: Welcome, Mia. Why bridges?\n\nMaria (Mia) Lopez: Because they fail quietly.\n\nTom Becker: Who pays?\n\nMia: The city.\n\nTom Becker: Thanks.\n\nMaria (Mia) Lopez: Thank you.\n', 'nick.md');
    expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
  });
});

describe('a nickname with its article in quotation marks (`Tom "the Hammer" Becker:`)', () => {
  it('labels the speaker by the full name (the build failed: no turns)', () => {
    const r = ingest('# Bridges\n\nJane Kim: Welcome. Why the hammer?\n\nTom "the Hammer" Becker: You tap the concrete and you listen.\n\nJane Kim: Have you ever been wrong?\n\nTom “The Hammer” Becker: Once. The deck was frozen.\n', 'nick.md');
    expect(spoken(r)).toEqual(['Jane Kim (interviewer): Welcome. Why the hammer?', 'Tom Becker (guest): You tap the concrete and you listen.', 'Jane Kim (interviewer): Have you ever been wrong?', 'Tom Becker (guest): Once. The deck was frozen.']);
  });
});

describe('a guest quoting someone on a line of its own (`Einstein: "Everything should be made as simple as possible."`)', () => {
  it('is the guest’s words, not a turn of the one quoted', () => {
    const r = ingest('# Bridges\n\nTom: How did it start?\n\nMaria: With a crack. My teacher used to say it best.\n\nEinstein: "Everything should be made as simple as possible, but not simpler."\n\nTom: And then?\n\nMaria: University.\n\nTom: Is it expensive?\n\nMaria: Less than repairs.\n', 'quote.md');
    expect(who(r)).toEqual(['Tom (interviewer)', 'Maria (guest)', 'Tom (interviewer)', 'Maria (guest)', 'Tom (interviewer)', 'Maria (guest)']);
    expect(turnsOf(r)[1]!.paragraphs[1]).toBe('Einstein: "Everything should be made as simple as possible, but not simpler."');
  });
});

describe('a job in small letters after the name (`Maria Lopez, founder and CEO of Rhine Works:`) and a handle in brackets (`Tom Becker (@tombecker):`)', () => {
  it('are part of the label, not of the words; "Tom, thanks: ..." stays words (guard)', () => {
    const job = ingest('# Bridges\n\n**Tom Becker, host of Rivers and Roads:** How did it start?\n\n**Maria Lopez, founder and CEO of Rhine Works:** With a crack.\n\n**Becker:** And then?\n\n**Lopez:** University.\n', 'job.md');
    const handle = ingest('# Bridges\n\nTom Becker (@tombecker): How did it start?\n\nMaria Lopez (@marialopez): With a crack.\n\nTom Becker (@tombecker): And then?\n\nMaria Lopez (@marialopez): University.\n', 'handle.md');
    for (const r of [job, handle]) expect(spoken(r)).toEqual(['Tom Becker (interviewer): How did it start?', 'Maria Lopez (guest): With a crack.', 'Tom Becker (interviewer): And then?', 'Maria Lopez (guest): University.']);
    const guard = ingest('# Bridges\n\nTom: How did it start?\n\nMaria: With a crack.\n\nTom, thanks: that was the answer I hoped for.\n\nTom: And then?\n\nMaria: University.\n', 'guard.md');
    expect(turnsOf(guard)[1]!.paragraphs).toEqual(['With a crack.', 'Tom, thanks: that was the answer I hoped for.']);
  });
});

describe('show notes with each chapter’s time after its heading (`### Why bridges fail [00:01:10]`, `## Drones (12:40)`, `## Money – 00:20:00`)', () => {
  it('name the section without the time, as a time before the heading is taken off', () => {
    const r = ingest('# Bridges\n\n### Why bridges fail [00:01:10]\n\n**Tom Becker:** Why?\n\n**Maria Lopez:** Water.\n\n## Drones (12:40)\n\n**Tom Becker:** And drones?\n\n**Maria Lopez:** Cheap.\n\n## Money – 00:20:00\n\n**Tom Becker:** Cost?\n\n**Maria Lopez:** Less.\n\n## Meeting at 10:30\n\n**Tom Becker:** When?\n\n**Maria Lopez:** Early.\n', 'notes.md');
    expect(r.transcript.sections.map((s) => s.heading)).toEqual(['Why bridges fail', 'Drones', 'Money', 'Meeting at 10:30']);
  });
});

describe('a plain-text transcript whose first line is its headline, above an introduction in sentences', () => {
  it('takes the line as the title, an episode’s number in brackets and all; a first line that is a sentence stays the intro (guard)', () => {
    const head = ingest('The Rivers Show Transcripts: Maria Lopez (#712)\n\nPlease enjoy this transcript of my interview with Maria Lopez.\n\nTom Becker: Welcome.\n\nMaria Lopez: Thanks.\n\nTom Becker: Why do bridges fail?\n\nMaria Lopez: Water.\n', 'rivers-show.txt');
    expect(head.transcript.title).toBe('The Rivers Show Transcripts: Maria Lopez (#712)');
    expect(head.transcript.intro.map((p) => p.text)).toEqual(['Please enjoy this transcript of my interview with Maria Lopez.']);
    const guard = ingest('We recorded this in Bonn (in a noisy cafe).\n\nPlease enjoy this transcript of my interview with Maria Lopez.\n\nTom Becker: Welcome.\n\nMaria Lopez: Thanks.\n\nTom Becker: Why do bridges fail?\n\nMaria Lopez: Water.\n', 'cafe.txt');
    expect(guard.transcript.intro.map((p) => p.text)[0]).toBe('We recorded this in Bonn (in a noisy cafe).');
  });
});

describe('a guest recounting a conversation in German or French (`Er: „Die Brücke hat einen Riss.“`, `Lui : « ... »`, `Moi : « ... »`)', () => {
  it('keeps the recounted lines in the guest’s answer; a speaker called Ella who takes turns stays a speaker (guard)', () => {
    const de = ingest('# Die Brücke\n\n**Becker:** Wie hat alles angefangen?\n\n**Lopez:** Mit einem Anruf.\n\nEr: „Die Brücke hat einen Riss.“\n\nIch: „Wie groß?“\n\nEr: „Groß genug.“\n\nDa wusste ich es.\n\n**Becker:** Und dann?\n\n**Lopez:** Dann sind wir hingefahren.\n', 'er.md');
    expect(spoken(de)).toEqual(['Becker (interviewer): Wie hat alles angefangen?', 'Lopez (guest): Mit einem Anruf. | Er: „Die Brücke hat einen Riss.“ | Ich: „Wie groß?“ | Er: „Groß genug.“ | Da wusste ich es.', 'Becker (interviewer): Und dann?', 'Lopez (guest): Dann sind wir hingefahren.']);
    const fr = ingest('# Le pont\n\n**Tom Becker :** Comment tout a commencé ?\n\n**Maria Lopez :** Par un appel.\n\nLui : « Le pont a une fissure. »\n\nMoi : « Grande comment ? »\n\nJ’ai compris.\n\n**Tom Becker :** Et ensuite ?\n\n**Maria Lopez :** Nous y sommes allés.\n', 'lui.md');
    expect(who(fr)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
    expect(turnsOf(fr)[1]!.paragraphs).toHaveLength(4);
    const ella = ingest('# Bridges\n\nTom: How did it start?\n\nElla: With a crack.\n\nTom: And then?\n\nElla: University.\n', 'ella.md');
    expect(who(ella)).toEqual(['Tom (interviewer)', 'Ella (guest)', 'Tom (interviewer)', 'Ella (guest)']);
  });
});

describe('a job after the name in Spanish, Italian or French, or in German with `von` (`Maria Lopez, fundadora de Rhine Works:`, `Maria Lopez, Gründerin von Rhine Works:`)', () => {
  it('is part of the label, so the first turns are turns and not the intro', () => {
    const label = (host: string, guest: string, h2: string, g2: string) => ingest(`# Puentes\n\n**Tom Becker, ${host}:** ¿Cómo empezó?\n\n**Maria Lopez, ${guest}:** Con una grieta.\n\n**${h2}:** ¿Y luego?\n\n**${g2}:** La universidad.\n`, 'job.md');
    for (const r of [label('periodista de Ríos y Caminos', 'fundadora de Rhine Works', 'Becker', 'Lopez'), label('giornalista', 'fondatrice di Rhine Works', 'Becker', 'Lopez'), label('journaliste au Monde', 'l’ancienne directrice de Rhine Works', 'Becker', 'Lopez'), label('Moderator', 'Gründerin von Rhine Works', 'Tom Becker, Moderator', 'Maria Lopez, Gründerin von Rhine Works')]) {
      expect(spoken(r)).toEqual(['Tom Becker (interviewer): ¿Cómo empezó?', 'Maria Lopez (guest): Con una grieta.', 'Tom Becker (interviewer): ¿Y luego?', 'Maria Lopez (guest): La universidad.']);
      expect(r.transcript.intro).toEqual([]);
    }
  });
});

describe('a note on the writer after the interview in German, French or Spanish (`Tom Becker ist Redakteur im Ressort Wissen.`)', () => {
  it('is the outro, not the guest’s last words; the guest’s own last sentence about someone else stays hers (guard)', () => {
    const end = (last: string) => ingest(`# Brücken\n\n**Tom Becker:** Wie hat es angefangen?\n\n**Maria Lopez:** Mit einem Riss.\n\n**Tom Becker:** Und dann?\n\n**Maria Lopez:** Die Uni.\n\n${last}\n`, 'bio.md');
    for (const note of ['*Tom Becker ist Redakteur im Ressort Wissen.*', 'Tom Becker est journaliste au service Sciences du Monde.', 'Tom Becker es periodista y escribe sobre ciencia.']) {
      const r = end(note);
      expect(turnsOf(r).at(-1)!.paragraphs).toEqual(['Die Uni.']);
      expect(r.transcript.outro.map((p) => p.text)).toHaveLength(1);
    }
    const guard = end('Angela Merkel war Physikerin, bevor sie Kanzlerin wurde.');
    expect(turnsOf(guard).at(-1)!.paragraphs).toEqual(['Die Uni.', 'Angela Merkel war Physikerin, bevor sie Kanzlerin wurde.']);
  });
});

describe('a French or Spanish committee record (`Le président :`, `Le sénateur Kim :`, `La señora Lopez:`, `(La séance est levée.)`)', () => {
  it('reads each title after its article as a label, the bench asking and the witness answering; the record’s notes are nobody’s', () => {
    const fr = ingest('# Délibérations du comité\n\nLe président : Bonjour. Madame Lopez, vous avez la parole.\n\nMme Maria Lopez, fondatrice, Rhine Works : Merci, monsieur le président.\n\n[Traduction]\n\nLe président : Merci. Sénateur Kim ?\n\nLe sénateur Kim : Madame Lopez, qui contrôle ces registres?\n\nMme Lopez : Personne.\n\nLa sénatrice Doe : Est-ce sûr?\n\nMme Lopez : Plus sûr qu’une banque.\n\n(La séance est levée.)\n', 'senat.md');
    expect(who(fr)).toEqual(['Le président (interviewer)', 'Mme Maria Lopez (guest)', 'Le président (interviewer)', 'Le sénateur Kim (interviewer)', 'Mme Maria Lopez (guest)', 'La sénatrice Doe (interviewer)', 'Mme Maria Lopez (guest)']);
    expect(fr.transcript.removed.map((r) => r.text)).toEqual(['[Traduction]', '(La séance est levée.)']);
    const es = ingest('# Comparecencia\n\nEl presidente: Buenos días. Tiene la palabra.\n\nLa señora Lopez: Gracias, señor presidente.\n\nEl presidente: Tiene la palabra el senador Kim.\n\nEl senador Kim: Señora Lopez, ¿quién controla estos registros?\n\nLa señora Lopez: Nadie.\n\nLa senadora Doe: ¿Es seguro?\n\nLa señora Lopez: Más que un banco.\n\n(Se levanta la sesión.)\n', 'senado.md');
    expect(who(es)).toEqual(['El presidente (interviewer)', 'La señora Lopez (guest)', 'El presidente (interviewer)', 'El senador Kim (interviewer)', 'La señora Lopez (guest)', 'La senadora Doe (interviewer)', 'La señora Lopez (guest)']);
  });
  it('a guest’s sentence opening with “Le président :” in an interview without such titles stays hers (guard)', () => {
    const r = ingest('# Entretien\n\n**Tom Becker :** Que pensez-vous du gouvernement ?\n\n**Maria Lopez :** Pas grand-chose.\n\nLe président : il n’a rien fait pour les ponts.\n\n**Tom Becker :** Et ensuite ?\n\n**Maria Lopez :** Rien.\n', 'entretien.md');
    expect(turnsOf(r)[1]!.paragraphs).toEqual(['Pas grand-chose.', 'Le président : il n’a rien fait pour les ponts.']);
  });
});

describe('a Chinese Q&A with a foreign guest, named with a middle dot beside a company in Latin letters (`专访Rhine Works创始人玛丽亚·洛佩兹：...`)', () => {
  it('names the answers by the dotted name the text repeats, not the company; a disclaimer at the end is the outro', () => {
    const r = ingest('# 专访Rhine Works创始人玛丽亚·洛佩兹：会自我修复的桥\n\n玛丽亚·洛佩兹是Rhine Works的创始人。\n\n问：你是怎么开始的？\n\n答：我在科隆工作了十年。\n\n问：成本呢？\n\n答：便宜得多。\n\n（本文仅代表作者观点）\n', 'zh.md');
    expect(who(r)).toEqual(['Interviewer (interviewer)', '玛丽亚·洛佩兹 (guest)', 'Interviewer (interviewer)', '玛丽亚·洛佩兹 (guest)']);
    expect(r.transcript.outro.map((p) => p.text)).toEqual(['（本文仅代表作者观点）']);
  });
  it('takes no dotted name written once, whose extent the text does not show, nor the company instead: “Guest” (guard)', () => {
    const r = ingest('# 专访Rhine Works创始人玛丽亚·洛佩兹：会自我修复的桥\n\n问：你是怎么开始的？\n\n答：我在科隆工作了十年。\n\n问：成本呢？\n\n答：便宜得多。\n', 'zh.md');
    expect(r.transcript.guest).toBeNull();
    expect(who(r)).toEqual(['Interviewer (interviewer)', 'Guest (guest)', 'Interviewer (interviewer)', 'Guest (guest)']);
  });
});

describe('a host reading out a listener’s question in bold, with a remark after it, inside the guest’s turn', () => {
  const doc = (next: string) => `# Mailbag\n\n**Tom Becker:** Welcome back. Maria Lopez answers your questions.\n\n**Maria Lopez:** Happy to.\n\n**Next, Paul from Cologne asks: "Are wooden bridges safe?"** Paul, I love wooden bridges.\n\n${next}\n\n**Tom Becker:** Thanks, Maria.\n\n**Maria Lopez:** Thank you.\n`;
  it('is the host’s, reported as uncertain, where the guest’s label comes again after it', () => {
    const r = ingest(doc('**Maria Lopez:** If you keep them dry, yes.'), 'mailbag.md');
    expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
    expect(r.uncertain.map((u) => [u.speaker, u.alternative])).toEqual([['Tom Becker', 'Maria Lopez']]);
  });
  it('stays the guest’s where the host speaks next (guard: she asks herself)', () => {
    const r = ingest(doc('And the next one?'), 'mailbag.md');
    expect(turnsOf(r)[1]!.paragraphs).toEqual(['Happy to.', 'Next, Paul from Cologne asks: "Are wooden bridges safe?" Paul, I love wooden bridges.', 'And the next one?']);
  });
  it('and so is a short question alone between two labelled turns of the guest (`And what about steel?`), where the file never labels one speaker twice in a row; with a time on every label, it stays hers (guard)', () => {
    const r = ingest('# Bridges\n\n**Tom Becker:** Why bridges?\n\n**Maria Lopez:** My father built them.\n\nAnd what about steel?\n\n**Maria Lopez:** Steel came late, always.\n\n**Tom Becker:** Who pays?\n\n**Maria Lopez:** Nobody.\n', 'between.md');
    expect(spoken(r).slice(1, 4)).toEqual(['Maria Lopez (guest): My father built them.', 'Tom Becker (interviewer): And what about steel?', 'Maria Lopez (guest): Steel came late, always.']);
    expect(r.uncertain.map((u) => [u.text, u.speaker, u.alternative])).toEqual([['And what about steel?', 'Tom Becker', 'Maria Lopez']]);
    const timed = ingest('# Bridges\n\nTom Becker (00:00:01): Why bridges?\n\nMaria Lopez (00:00:04): My father built them.\n\nMaria Lopez (00:00:09): He said to me once, why not?\n\nAnd why not, really?\n\nMaria Lopez (00:00:15): So I did.\n\nTom Becker (00:00:20): Who pays?\n\nMaria Lopez (00:00:22): Nobody.\n', 'timed.md');
    expect(spoken(timed)[1]).toBe('Maria Lopez (guest): My father built them. | He said to me once, why not? | And why not, really? | So I did.');
  });
});

describe('a diarized transcript whose placeholders nobody names but by how they address each other (`Speaker 0: Welcome to the show, Maria.`, `Speaker 1: Thanks, Tom.`)', () => {
  const body = 'Speaker 0: Welcome to the show, Maria.\n\nSpeaker 1: Thanks, Tom. Good to be here.\n\nSpeaker 0: What is the kernel project?\n\nSpeaker 1: It separates consensus code from everything else.\n';
  it('names each by the full name the front matter or the introduction gives that first name, with a warning', () => {
    for (const r of [ingest(`---\nspeakers: [Maria Lopez, Tom Becker]\n---\n${body}`, 'listed.md'), ingest(`# Kernel\n\nTom Becker sits down with Maria Lopez.\n\n${body}`, 'intro.md')]) {
      expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
      expect(r.transcript.warnings.map((w) => w.message)).toContainEqual(expect.stringContaining('named only by how the speakers address each other'));
    }
  });
  it('names neither where both address the same first name (guard)', () => {
    const r = ingest('# Kernel\n\nTom Becker sits down with Maria Lopez.\n\nSpeaker 0: Welcome to the show, Maria.\n\nSpeaker 1: Thanks. Maria, my colleague, says hello.\n\nSpeaker 0: What is the kernel project?\n\nSpeaker 1: It separates consensus code.\n', 'guard.md');
    expect(who(r)).toEqual(['Speaker 0 (interviewer)', 'Speaker 1 (guest)', 'Speaker 0 (interviewer)', 'Speaker 1 (guest)']);
  });
});

describe('a title before the full name (`Dr Maria Lopez:`), then the first name alone once (`Maria:`)', () => {
  it('is the same speaker’s turn, not the host’s words nor a new speaker', () => {
    const r = ingest('# Bridges with Dr Maria Lopez\n\nTom Becker: Welcome, Dr Lopez. How did it start?\n\nDr Maria Lopez: With a crack.\n\nTom: And then?\n\nMaria: University.\n\nTom: Is it expensive?\n\nDr Lopez: Less than repairs.\n', 'dr.md');
    expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Dr Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Dr Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Dr Maria Lopez (guest)']);
  });
});

describe('a full time after a name with no colon after it (`Maria Lopez 10:30:15 is when the deck cracked.`)', () => {
  it('stays words, whole: the time is not read as `10:30` and a label’s colon, cutting `15` off into the text', () => {
    const r = ingest('# Bridges\n\nTom: When did it crack?\n\nMaria: I wrote it down.\n\nMaria Lopez 10:30:15 is what my notebook says.\n\nTom: And then?\n\nMaria: We closed it.\n', 'time.md');
    expect(turnsOf(r)[1]!.paragraphs).toEqual(['I wrote it down.', 'Maria Lopez 10:30:15 is what my notebook says.']);
  });
});

describe('a press conference: reporters told apart by their paper in brackets (`Reporter (Rheinische Post):`, `Reporter (WDR):`, `Reporter:`)', () => {
  it('gives each reporter a voice of their own, not all the first paper’s', () => {
    const r = ingest('# Press conference\n\n**Maria Lopez, CEO, Rhine Works:** Thank you all for coming.\n\n**Reporter (Rheinische Post):** How much will it cost?\n\n**Maria Lopez:** Four million.\n\n**Reporter (WDR):** Who pays?\n\n**Maria Lopez:** The state.\n\n**Reporter:** When does it start?\n\n**Maria Lopez:** In March.\n', 'presser.md');
    expect(who(r)).toEqual(['Maria Lopez (guest)', 'Reporter (Rheinische Post) (interviewer)', 'Maria Lopez (guest)', 'Reporter (WDR) (interviewer)', 'Maria Lopez (guest)', 'Reporter (interviewer)', 'Maria Lopez (guest)']);
  });
});

describe('a White House press briefing (`Q Thank you, Maria.` with one space, `MS. LOPEZ:`, `1:32 P.M. EDT`)', () => {
  it('reads each `Q` as a question with the letter off the words, and the clock time as the intro, not a turn’s offset', () => {
    const r = ingest('Press Briefing by Press Secretary Maria Lopez\n\n1:32 P.M. EDT\n\nMS. LOPEZ: Good afternoon, everybody.\n\nQ Thank you, Maria. Will he sign it?\n\nMS. LOPEZ: He will.\n\nQ Maria, on a different topic --\n\nMS. LOPEZ: Go ahead.\n\nQ -- the rail strike. Is there a deal?\n\nMS. LOPEZ: Not yet.\n', 'briefing.txt');
    const turns = turnsOf(r);
    expect(turns.map((t) => t.role)).toEqual(['guest', 'interviewer', 'guest', 'interviewer', 'guest', 'interviewer', 'guest']);
    expect(turns[1]!.paragraphs).toEqual(['Thank you, Maria. Will he sign it?']);
    expect(turns[5]!.paragraphs).toEqual(['-- the rail strike. Is there a deal?']);
    expect(turns[0]!.time).toBeNull();
    expect(r.transcript.intro.map((p) => p.text)).toEqual(['1:32 P.M. EDT']);
  });
});

describe('a Q&A whose headline names the guest and whose dek names her company as often (`Maria Lopez: «I ponti...»`, "La fondatrice di Rhine Works...")', () => {
  it('names the answers by the headline’s name; a byline closing the dek (`Por Tom Becker.`, `Door Tom Becker.`) names the questions', () => {
    const qa = (head: string, dek: string) => ingest(`# ${head}\n\n${dek}\n\n**Como começou?**\n\nCom uma rachadura.\n\n**E depois?**\n\nA universidade.\n`, 'qa.md');
    const it = qa('Maria Lopez: «I ponti si riparano da soli»', 'La fondatrice di Rhine Works racconta la sua idea.');
    expect(it.transcript.guest).toBe('Maria Lopez');
    for (const r of [qa('"As pontes se consertam sozinhas", diz Maria Lopez', 'Fundadora da Rhine Works fala sobre sua ideia. Por Tom Becker.'), qa("Maria Lopez: 'Bruggen herstellen zichzelf'", 'De oprichter van Rhine Works over haar idee. Door Tom Becker.')]) {
      expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
    }
  });
  it('stays “Guest” where the headline names both or neither (guard)', () => {
    const r = ingest('# Bridges that heal\n\nMaria Lopez and Paul Kim built Rhine Works.\n\n**How did it start?**\n\nWith a crack.\n\n**And then?**\n\nUniversity.\n', 'qa.md');
    expect(r.transcript.guest).toBeNull();
  });
});

describe('a Japanese interview with a foreign guest in katakana with a middle dot (`マリア・ロペス氏`), beside a company in Latin letters', () => {
  it('names the answers by the katakana name the text gives an honorific, not the company; a term written with a dot is no one, nor is the company then (guard)', () => {
    const r = ingest('# Rhine Works創業者マリア・ロペス氏に聞く\n\nマリア・ロペス氏はRhine Worksの創業者。\n\n――どうやって始めたのですか？\n\nケルン市で働きました。\n\n――何が変わりましたか？\n\n速さです。\n', 'ja.md');
    expect(turnsOf(r).map((t) => t.speaker)).toEqual(['Interviewer', 'マリア・ロペス', 'Interviewer', 'マリア・ロペス']);
    const term = ingest('# Rhine Worksのデータ・サイエンス\n\nデータ・サイエンスはRhine Worksの強み。\n\n――どうやって始めたのですか？\n\nケルン市で働きました。\n\n――何が変わりましたか？\n\n速さです。\n', 'ja.md');
    expect(turnsOf(term).map((t) => t.speaker)).toEqual(['Interviewer', 'Guest', 'Interviewer', 'Guest']);
  });
});

describe('a talk’s questions from the floor (`Question from the audience:`, `Question from the floor:`, `Frage aus dem Publikum:`, `Question du public :`)', () => {
  it('are the audience’s, not glued into the speaker’s answer before them', () => {
    for (const label of ['Question from the audience', 'Question from the floor', 'Frage aus dem Publikum', 'Question du public']) {
      const r = ingest(`# Maria Lopez: Bridges\n\nMaria Lopez: Thank you all. Bridges crack, and we fix them.\n\nModerator: Questions?\n\n${label}: How much does it cost?\n\nMaria Lopez: Ten percent more.\n`, 'talk.md');
      expect(who(r)).toEqual(['Maria Lopez (guest)', 'Moderator (interviewer)', `${label} (other)`, 'Maria Lopez (guest)']);
    }
  });
});

describe('a headline naming the guest “in conversation with” the interviewer (`Maria Lopez in conversation with Tom Becker`), above bare `Q:` and `A:`', () => {
  it('names the answers by the first name; “In conversation with ...” alone names the one after it (guard)', () => {
    const qa = (head: string) => ingest(`# ${head}\n\n**Q:** How did it start?\n\n**A:** With a crack.\n\n**Q:** And then?\n\n**A:** University.\n`, 'conv.md');
    expect(qa('Maria Lopez in conversation with Tom Becker').transcript.sections[0]!.turns[1]!.speaker).toBe('Maria Lopez');
    expect(qa('Maria Lopez im Gespräch mit Tom Becker').transcript.sections[0]!.turns[1]!.speaker).toBe('Maria Lopez');
    expect(qa('In conversation with Maria Lopez').transcript.sections[0]!.turns[1]!.speaker).toBe('Maria Lopez');
  });
});

describe('a Japanese interview with the speaker’s name before the words and an ideographic space (`ロペス　ほとんどは水です。`, `佐藤　...`)', () => {
  it('reads the name as the label, the full name from the dek (`マリア・ロペス氏`, `聞き手は佐藤花子。`); a word so set once in an answer stays the guest’s words (guard)', () => {
    const r = ingest('# マリア・ロペス氏インタビュー\n\n構造工学者のマリア・ロペス氏に話を聞いた。\n\n――橋はなぜ落ちるのですか。\n\nロペス　ほとんどは水です。\n\n――鋼橋の場合は？\n\nロペス　疲労です。\n', 'ja.md');
    expect(spoken(r)).toEqual(['Interviewer (interviewer): 橋はなぜ落ちるのですか。', 'マリア・ロペス (guest): ほとんどは水です。', 'Interviewer (interviewer): 鋼橋の場合は？', 'マリア・ロペス (guest): 疲労です。']);
    const both = ingest('# 山田太郎さんインタビュー\n\n建築家の山田太郎さんに聞いた。聞き手は佐藤花子。\n\n佐藤　橋はなぜ落ちるのですか。\n\n山田　ほとんどは水です。\n\n佐藤　鋼橋の場合は？\n\n山田　疲労です。\n', 'ja.md');
    expect(who(both)).toEqual(['佐藤花子 (interviewer)', '山田太郎 (guest)', '佐藤花子 (interviewer)', '山田太郎 (guest)']);
    const once = ingest('# 橋はなぜ落ちるのか　マリア・ロペス氏に聞く\n\n構造工学者のマリア・ロペス氏に話を聞いた。\n\n――橋はなぜ落ちるのですか。\n\nほとんどは水です。\n\n結論　点検がすべてです。\n\n――鋼橋の場合は？\n\n疲労です。\n', 'ja.md');
    expect(spoken(once)).toEqual(['Interviewer (interviewer): 橋はなぜ落ちるのですか。', 'マリア・ロペス (guest): ほとんどは水です。 | 結論　点検がすべてです。', 'Interviewer (interviewer): 鋼橋の場合は？', 'マリア・ロペス (guest): 疲労です。']);
  });
  it('reads a paper’s name before 记者 as the byline (`新京报记者 张伟`), the introduction’s, not a section', () => {
    const r = ingest('# 专访洛佩兹：桥为什么会塌\n\n新京报记者 张伟\n\n新京报：桥为什么会塌？\n\n洛佩兹：大多数是因为水。\n\n新京报：钢桥呢？\n\n洛佩兹：疲劳。\n', 'zh.md');
    expect(r.transcript.intro.map((p) => p.text)).toEqual(['新京报记者 张伟']);
    expect(r.transcript.sections.map((s) => s.heading)).toEqual([null]);
    expect(r.transcript.lang).toBe('zh');
  });
  it('gives a Chinese label of a foreign surname (`洛佩兹：`) the full name the headline writes with a middle dot', () => {
    const r = ingest('# 玛丽亚·洛佩兹：桥为什么会塌\n\n记者：桥为什么会塌？\n\n洛佩兹：大多数是因为水。\n\n记者：钢桥呢？\n\n洛佩兹：疲劳。\n', 'zh.md');
    expect(who(r)).toEqual(['记者 (interviewer)', '玛丽亚·洛佩兹 (guest)', '记者 (interviewer)', '玛丽亚·洛佩兹 (guest)']);
    // (After a headline's `对话`, which is no part of the name.)
    const talk = ingest('# 对话玛丽亚·洛佩兹：桥为什么会塌\n\n记者：桥为什么会塌？\n\n洛佩兹：大多数是因为水。\n\n记者：钢桥呢？\n\n洛佩兹：疲劳。\n', 'zh.md');
    expect(talk.transcript.guest).toBe('玛丽亚·洛佩兹');
  });
  it('and where a job runs into the name in the headline (`专访桥梁工程师玛丽亚·洛佩兹`), or words after it in the dek (`玛丽亚·洛佩兹在...`); a publication’s label with digits (`**36氪：...**`) and a byline of several lines (`文 | 李娜` / `编辑 | 王强`)', () => {
    for (const job of ['桥梁工程师', '桥梁专家', '首席执行官', '市长']) {
      const r = ingest(`# 专访${job}玛丽亚·洛佩兹：桥为什么会塌\n\n记者：桥为什么会塌？\n\n洛佩兹：大多数是因为水。\n\n记者：钢桥呢？\n\n洛佩兹：疲劳。\n`, 'zh.md');
      expect(r.transcript.guest, job).toBe('玛丽亚·洛佩兹');
    }
    const dek = ingest('# 桥为什么会塌\n\n玛丽亚·洛佩兹在四个大洲建过桥。\n\n记者：桥为什么会塌？\n\n洛佩兹：大多数是因为水。\n\n记者：钢桥呢？\n\n洛佩兹：疲劳。\n', 'zh.md');
    expect(dek.transcript.guest).toBe('玛丽亚·洛佩兹');
    const pub = ingest('# 对话玛丽亚·洛佩兹：桥不会说谎\n\n文 | 李娜\n编辑 | 王强\n\n**36氪：您是怎么走上工程这条路的？**\n\n玛丽亚·洛佩兹：我父亲是木匠。\n\n**36氪：您的第一座桥呢？**\n\n玛丽亚·洛佩兹：瓦哈卡的一座人行桥。\n', 'zh.md');
    expect(turnsOf(pub).map((t) => [t.speaker, t.paragraphs[0]])).toEqual([['36氪', '您是怎么走上工程这条路的？'], ['玛丽亚·洛佩兹', '我父亲是木匠。'], ['36氪', '您的第一座桥呢？'], ['玛丽亚·洛佩兹', '瓦哈卡的一座人行桥。']]);
    const byline = ingest('# 对话玛丽亚·洛佩兹：桥不会说谎\n\n文 | 李娜\n编辑 | 王强\n\n**您是怎么走上工程这条路的？**\n\n我父亲是木匠。\n\n**您的第一座桥呢？**\n\n瓦哈卡的一座人行桥。\n', 'zh.md');
    expect(byline.transcript.interviewer).toBe('李娜');
  });
});

describe('a Japanese interview whose questions open with two long dashes (`――...`) and whose answers have no label', () => {
  const text = '# 橋はなぜ落ちるのか　マリア・ロペス氏に聞く\n\n構造工学者のマリア・ロペス氏に話を聞いた。（聞き手・田中太郎）\n\n――橋はなぜ落ちるのですか。\n\nほとんどは水です。\n\n――鋼橋の場合は？\n\n疲労です。何十年もかけて進みます。\n\n一度亀裂が入ると止まりません。\n\n――最後に一言お願いします。\n\n点検がすべてです。\n';
  const r = ingest(text, 'ja.md');
  it('keeps the dek closing with the interviewer in parentheses as the introduction, and names the interviewer by it', () => {
    expect(r.transcript.intro.map((p) => p.text)).toEqual(['構造工学者のマリア・ロペス氏に話を聞いた。（聞き手・田中太郎）']);
    expect(r.transcript.sections.map((s) => s.heading)).toEqual([null]);
    expect(r.transcript.interviewer).toBe('田中太郎');
  });
  it('gives every paragraph without the dashes to the guest, for certain: the dashes open each of the interviewer’s', () => {
    expect(spoken(r)).toEqual(['田中太郎 (interviewer): 橋はなぜ落ちるのですか。', 'マリア・ロペス (guest): ほとんどは水です。', '田中太郎 (interviewer): 鋼橋の場合は？', 'マリア・ロペス (guest): 疲労です。何十年もかけて進みます。 | 一度亀裂が入ると止まりません。', '田中太郎 (interviewer): 最後に一言お願いします。', 'マリア・ロペス (guest): 点検がすべてです。']);
    expect(r.uncertain).toEqual([]);
  });
  it('reads the dashes as they are typed too: a box-drawing line alone, full-width hyphens, long-vowel marks, two hyphens', () => {
    for (const dash of ['─', '──', '－－', 'ーー', '--']) expect(spoken(ingest(text.replaceAll('――', dash), 'ja.md'))).toEqual(spoken(r));
  });
});

describe('a job written before the guest’s name as a title, at a sentence’s start (`Engineer Maria Lopez explained...`, `Инженер Мария Лопес рассказала...`)', () => {
  it('is no part of the name the unlabelled answers are shown by', () => {
    const qa = (head: string, dek: string, qs = ['Why do bridges fail?', 'And steel?', 'More money?'], as = ['Mostly water.', 'Fatigue.', 'Inspect.']) =>
      ingest(`# ${head}\n\n${dek}\n\n${qs.map((q, i) => `**${q}**\n\n${as[i]}\n\n`).join('')}`, 'job.md');
    expect(qa('Bridges fall because of water', 'Engineer Maria Lopez explained why bridges fail and what to do about it.').transcript.guest).toBe('Maria Lopez');
    expect(qa('«Мосты падают из-за воды»', 'Инженер Мария Лопес рассказала, почему рушатся мосты и что с этим делать.', ['Почему падают мосты?', 'А стальные мосты?', 'А деньги?'], ['Из-за воды.', 'Усталость металла.', 'Проверки.']).transcript.guest).toBe('Мария Лопес');
    expect(qa('Brücken stürzen ein', 'Ingenieurin Maria Lopez erklärt, warum Brücken einstürzen.', ['Warum stürzen Brücken ein?', 'Und Stahl?', 'Mehr Geld?'], ['Wegen Wasser.', 'Ermüdung.', 'Prüfen.']).transcript.guest).toBe('Maria Lopez');
  });
});

describe('a Korean headline closing with the guest, a title and 인터뷰 before a colon (`김민수 엔지니어 인터뷰: "..."`)', () => {
  it('names the guest without the title', () => {
    const r = ingest('# 김민수 엔지니어 인터뷰: "다리는 물 때문에 무너진다"\n\n이지은 기자가 만났다.\n\n―다리는 왜 무너지나요?\n\n대부분 물 때문입니다.\n\n―강철 다리는요?\n\n피로입니다.\n', 'ko.md');
    expect(who(r)).toEqual(['이지은 (interviewer)', '김민수 (guest)', '이지은 (interviewer)', '김민수 (guest)']);
  });
  it('or a line under the headline that is only that, a foreign name of two words too (`마리아 로페스 엔지니어 인터뷰`; she was “Guest”)', () => {
    const r = ingest('# 다리의 미래\n\n마리아 로페스 엔지니어 인터뷰\n\n-다리는 왜 무너지나요?\n\n"대부분 물 때문입니다."\n\n-소금은요?\n\n"더 나쁩니다."\n', 'ko.md');
    expect(r.transcript.guest).toBe('마리아 로페스');
    expect(who(r)).toEqual(['Interviewer (interviewer)', '마리아 로페스 (guest)', 'Interviewer (interviewer)', '마리아 로페스 (guest)']);
  });
});

describe('a Polish Q&A: the headline names the guest, the dek names her inflected and the interviewer after `rozmawia` (`Z inżynier Marią Lopez rozmawia Tomasz Becker.`)', () => {
  it('names the answers by the headline’s form of the name, and the questions by the interviewer', () => {
    const r = ingest('# Maria Lopez: Mosty padają przez wodę\n\nZ inżynier Marią Lopez rozmawia Tomasz Becker.\n\n**Dlaczego mosty się zawalają?**\n\nNajczęściej przez wodę.\n\n**A mosty stalowe?**\n\nZmęczenie materiału.\n\n**Co by pani zrobiła z większymi pieniędzmi?**\n\nKontrolowałabym.\n', 'pl.md');
    expect(who(r)).toEqual(['Tomasz Becker (interviewer)', 'Maria Lopez (guest)', 'Tomasz Becker (interviewer)', 'Maria Lopez (guest)', 'Tomasz Becker (interviewer)', 'Maria Lopez (guest)']);
  });
});

describe('a transcript copied out of a PDF: a running footer with `Page 1 of 3`, a page number alone on its line, inside a turn', () => {
  const pdf = [
    'Rivers and Roads – Episode 14                                   Page 1 of 3',
    'Tom Becker: Welcome. My guest today is Maria Lopez, a structural engineer who has',
    'inspected bridges for twenty years. Maria, welcome.',
    'Maria Lopez: Thanks, Tom. Page 2 of the report says so.',
    'Tom Becker: Why do bridges fail?',
    'Maria Lopez: Mostly water. Scour undermines the piers, and nobody sees it',
    'Rivers and Roads – Episode 14                                   Page 2 of 3',
    'until it is too late. It is the quiet failure, and the most common one by',
    'far, whatever the engineers who built them had thought at the time.',
    'Tom Becker: And steel bridges?',
    'Maria Lopez: Fatigue, over decades. Small cracks grow with every truck that',
    'Seite 3 von 3',
    'crosses.',
    '',
  ].join('\n');
  it('removes the page furniture, in a turn or not, and keeps every word spoken (a sentence about a page stays)', () => {
    const r = ingest(pdf, 'pdf.txt');
    expect(r.transcript.removed.map((x) => x.line)).toEqual([1, 7, 12]);
    const words = spoken(r).join(' ');
    expect(words).not.toMatch(/Episode 14|Seite/);
    expect(words).toContain('Page 2 of the report says so.');
    // (One paragraph each where the page cut it.)
    expect(words).toContain('nobody sees it until it is too late.');
    expect(words).toContain('every truck that crosses.');
    expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
  });
});

describe('a PDF’s words hyphenated at the end of a line (`from the in-` / `side. You...`)', () => {
  const pdf = ['Bridge Talk, Episode 12', '', 'Tom Becker: Welcome. My guest is Maria Lopez, who has inspected bridges for thirty', 'years. Maria, how do bridges fail?', '', 'Maria Lopez: Mostly water. Water gets into the concrete, the steel inside', 'rusts and swells, and the concrete cracks from the in-', 'side. You do not see it until a piece falls off. Old steel-', 'framed bridges fare better than you would think.', '', 'Tom Becker: Thank you, Maria.', ''].join('\n');
  it('joins each word again, without the hyphen where the text writes the word so elsewhere (it read “in- side”)', () => {
    const r = ingest(pdf, 'pdf.txt');
    expect(turnsOf(r)[1]!.paragraphs).toEqual(['Mostly water. Water gets into the concrete, the steel inside rusts and swells, and the concrete cracks from the inside. You do not see it until a piece falls off. Old steel-framed bridges fare better than you would think.']);
    expect(r.transcript.sections[0]!.turns.map((t) => t.paragraphs[0]!.line)).toEqual([3, 6, 11]);
  });
  it('so in Markdown, where the lines of a paragraph went on as they were (“in- side”), a hard break’s trailing spaces after the hyphen too', () => {
    for (const end of ['', '  ']) {
      const r = ingest(`# Bridge Talk\n\n${pdf.split('\n').slice(2).map((l) => (l.endsWith('-') ? l + end : l)).join('\n')}`, 'pdf.md');
      expect(turnsOf(r)[1]!.paragraphs).toEqual(['Mostly water. Water gets into the concrete, the steel inside rusts and swells, and the concrete cracks from the inside. You do not see it until a piece falls off. Old steel-framed bridges fare better than you would think.']);
    }
  });
  // A long answer of made-up words, so that the text is long enough to tell syllables from words.
  const filler = Array.from({ length: 320 }, (_, i) => `b${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}x`).join(' ');
  for (const ext of ['txt', 'md']) {
    it(`in a .${ext} file, joins a word whose end is all the next line holds (\`fro-\` / \`zen.\`), and pieces no other line writes as words without the hyphen (\`inspec-\` / \`tors\`)`, () => {
      const text = `Tom Becker: Why the hammer? Most inspec-\ntors now use sensors.\n\nMaria Lopez: ${filler}.\n\nTom Becker: Wrong ever?\n\nMaria Lopez: Once. It was a cold morning and the deck was fro-\nzen.\n\nTom Becker: Thanks.\n`;
      const r = ingest(text, `long.${ext}`);
      expect(turnsOf(r).map((t) => t.paragraphs.join(' | ')).filter((p) => !p.startsWith('ba'))).toEqual(['Why the hammer? Most inspectors now use sensors.', 'Wrong ever?', 'Once. It was a cold morning and the deck was frozen.', 'Thanks.']);
      // (In a short text the pieces may be words it does not happen to hold: the hyphen stays, the word whole;
      // without it where the text writes the word elsewhere, if in the singular.)
      const short = ingest(text.replace(`${filler}.`, 'You tap it, as any inspector did.'), `short.${ext}`);
      expect(turnsOf(short).map((t) => t.paragraphs.join(' | '))).toEqual(['Why the hammer? Most inspectors now use sensors.', 'You tap it, as any inspector did.', 'Wrong ever?', 'Once. It was a cold morning and the deck was fro-zen.', 'Thanks.']);
    });
  }
  it('leaves a dash before a line break in a file of one paragraph per line as it is (guard)', () => {
    const r = ingest('Tom Becker: And then-\n\nMaria Lopez: and then it fell.\n\nTom Becker: Oh.\n', 'cut.txt');
    expect(spoken(r)).toEqual(['Tom Becker (interviewer): And then-', 'Maria Lopez (guest): and then it fell.', 'Tom Becker (interviewer): Oh.']);
  });
});

describe('a dialogue dash before each speaker’s label (`— Tom Becker: Why...?`)', () => {
  it('so above the words, alone on its line (`— Tom Becker:` / `Why...?`): the label (the names were words of “Interviewer” and “Guest”)', () => {
    const r = ingest('# Bridges\n\n— Tom Becker:\nWhy do bridges fail?\n\n— Maria Lopez:\nMostly water.\n\n— Tom Becker:\nAnd steel bridges?\n\n— Maria Lopez:\nFatigue.\n', 'dash.md');
    expect(spoken(r)).toEqual(['Tom Becker (interviewer): Why do bridges fail?', 'Maria Lopez (guest): Mostly water.', 'Tom Becker (interviewer): And steel bridges?', 'Maria Lopez (guest): Fatigue.']);
  });
  it('reads the label after the dash; in an interview of dashes alone, a word and a colon after the dash stays the answer’s (guard)', () => {
    const r = ingest('# Maria Lopez on bridges\n\n— Tom Becker: Why do bridges fail?\n\n— Maria Lopez: Mostly water.\n\n— Tom Becker: And steel bridges?\n\n— Maria Lopez: Fatigue.\n', 'dash.md');
    expect(spoken(r)).toEqual(['Tom Becker (interviewer): Why do bridges fail?', 'Maria Lopez (guest): Mostly water.', 'Tom Becker (interviewer): And steel bridges?', 'Maria Lopez (guest): Fatigue.']);
    const plain = ingest('# Мария Лопес: «Мосты падают из-за воды»\n\nИнженер Мария Лопес двадцать лет проверяет мосты.\n\n— Почему падают мосты?\n\n— Проблема: вода.\n\n— А стальные мосты?\n\n— Усталость металла.\n\n— А деньги?\n\n— Итог: проверки.\n', 'ru.md');
    expect(spoken(plain)).toEqual(['Interviewer (interviewer): Почему падают мосты?', 'Мария Лопес (guest): Проблема: вода.', 'Interviewer (interviewer): А стальные мосты?', 'Мария Лопес (guest): Усталость металла.', 'Interviewer (interviewer): А деньги?', 'Мария Лопес (guest): Итог: проверки.']);
  });
});

describe('a newspaper’s Q&A page as scraped: a byline linked to the author’s page, a share count, `Listen to this article`, `Read 312 Comments`', () => {
  const page = [
    'Supported by', '', 'SKIP ADVERTISEMENT', '',
    '# Maria Lopez Thinks We Are Ignoring the Bridges Under Our Feet', '',
    'The structural engineer on scour, fatigue and money.', '',
    'Share full article', '', '42', '',
    'By [Tom Becker](https://www.example.com/by/tom-becker)', '',
    'March 3, 2025', '',
    '_Listen to this article · 12:04 min_ [Learn more](https://www.example.com/audio)', '',
    'Maria Lopez has spent twenty years looking at the undersides of bridges.', '',
    '**Why do bridges fail?**', '', 'Mostly water. Scour undermines the piers.', '',
    '**Is that what happened in Ohio?**', '', 'We don’t know yet.', '',
    '**And steel bridges?**', '', 'Fatigue, over decades.', '',
    'Read 312 Comments', '', 'Share full article', '', '42', '',
  ].join('\n');
  it('keeps the byline and names the questions by it; the page’s buttons and counts are gone', () => {
    const r = ingest(page, 'nyt.md');
    expect(r.transcript.interviewer).toBe('Tom Becker');
    expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
    expect(r.transcript.intro.map((p) => p.text)).toEqual(['The structural engineer on scour, fatigue and money.', 'By Tom Becker', 'March 3, 2025', 'Maria Lopez has spent twenty years looking at the undersides of bridges.']);
    expect(r.transcript.outro).toEqual([]);
  });
  it('removes a podcast page’s `Listen to the full conversation` between the dek and the first turn, where it headed the interview’s only section', () => {
    const r = ingest('# Maria Lopez on Bridges (Ep. 201)\n\nMaria Lopez inspects bridges. She joined Tom Becker to discuss steel.\n\nListen to the full conversation\n\nBECKER: Welcome, Maria.\n\nLOPEZ: Thank you, Tom.\n\nBECKER: Why bridges?\n\nLOPEZ: My father built them.\n', 'podcast-page.md');
    expect([r.transcript.sections.map((s) => s.heading), r.transcript.removed.map((x) => x.text)]).toEqual([[null], ['Listen to the full conversation']]);
    expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
  });
});

describe('a Q&A whose questions are in bold, a heading between the byline and the dek (`## Entretien`), and a news site’s buttons around it', () => {
  it('keeps the dek under the heading in the introduction, never the guest’s first answer', () => {
    const r = ingest('# Maria Lopez : « Les ponts ne tombent pas par hasard »\n\nPropos recueillis par Tom Becker\n\n## Entretien\n\nL’ingénieure Maria Lopez inspecte des ponts depuis vingt ans.\n\n**Pourquoi les ponts s’effondrent-ils ?**\n\nÀ cause de l’eau.\n\n**Et les ponts en acier ?**\n\nLa fatigue.\n\n**Et avec plus d’argent ?**\n\nInspecter.\n', 'fr.md');
    expect(r.transcript.intro.map((p) => p.text)).toEqual(['Propos recueillis par Tom Becker', 'Entretien', 'L’ingénieure Maria Lopez inspecte des ponts depuis vingt ans.']);
    expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
  });
  it('removes the buttons and notices of French, German and Chinese news pages (`Offrir cet article`, `Artikel anhören • 5 Min`, `阅读原文`, `— END —`)', () => {
    for (const chrome of ['Article réservé aux abonnés', 'Offrir cet article', 'Temps de Lecture 4 min.', 'Artikel anhören • 5 Min', 'Artikel verschenken', '点击上方蓝字关注我们', '阅读原文', '—  END  —']) {
      const r = ingest(`# Maria Lopez: Bridges\n\n${chrome}\n\nTom Becker: Why do bridges fail?\n\nMaria Lopez: Water.\n\nTom Becker: And steel?\n\nMaria Lopez: Fatigue.\n\n${chrome}\n`, 'page.md');
      expect(r.transcript.removed.map((x) => x.text)).toEqual([chrome, chrome]);
    }
  });
});

describe('a newspaper podcast’s transcript playing recordings between the speakers (`archived recording (jane doe)` above the words, names in small letters)', () => {
  const text = '# Why Bridges Fall\n\ntom becker\n\nFrom The New York Times, I’m Tom Becker. My colleague Maria Lopez went to Ohio.\n\nmaria lopez\n\nThanks, Tom. The mayor was on the news that night.\n\narchived recording (jane doe)\n\nWe will rebuild this bridge.\n\nmaria lopez\n\nBut the money never came.\n\narchived recording\n\nBreaking news tonight out of Ohio.\n\ntom becker\n\nAnd what happens now?\n\nmaria lopez\n\nInspections.\n';
  it('gives each recording to a voice of its own, on neither side, never to the speaker before it; in capitals the same', () => {
    const expected = ['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Archived recording (Jane Doe) (other)', 'Maria Lopez (guest)', 'Archived recording (other)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)'];
    expect(who(ingest(text, 'daily.md'))).toEqual(expected);
    const capitals = text.replace(/^tom becker$/gm, 'Tom Becker').replace(/^maria lopez$/gm, 'Maria Lopez').replace('archived recording (jane doe)', 'Archived recording (Jane Doe)').replace(/^archived recording$/m, 'ARCHIVED RECORDING');
    expect(who(ingest(capitals, 'daily.md'))).toEqual(expected);
    expect(spoken(ingest(text, 'daily.md'))[2]).toBe('Archived recording (Jane Doe) (other): We will rebuild this bridge.');
  });
  it('so a clip, a soundbite or a voice-over a show plays (`Clip:`, `Audio clip:`, `SOUNDBITE:`, `Voiceover:`): they were the guest’s words, or a guest', () => {
    for (const label of ['Clip', 'CLIP', 'Audio clip', 'SOUNDBITE', 'Voiceover']) {
      const r = ingest(`# Bridges\n\nTom Becker: Why the hammer?\n\nMaria Lopez: You tap the concrete.\n\n${label}: The bridge is closed until further notice, officials said.\n\nTom Becker: Wrong ever?\n\nMaria Lopez: Once.\n`, 'clip.md');
      expect(who(r), label).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', `${label === 'CLIP' ? 'Clip' : label === 'SOUNDBITE' ? 'Soundbite' : label} (other)`, 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
    }
  });
});

describe('questions and answers marked `Q)` and `A)`, `**Q**` and `**A**` in bold without a colon, or `Question 1:` numbered', () => {
  const qa = (q: string, a: string) => ingest(`# Maria Lopez on bridges\n\nA talk with engineer Maria Lopez.\n\n${q} Why do bridges fail?\n\n${a} Mostly water.\n\n${q} And steel bridges?\n\n${a} Fatigue.\n\n${q} More money?\n\n${a} Inspect.\n`, 'qa.md');
  it('reads the marks as labels, none of them left in the words', () => {
    const expected = ['Interviewer (interviewer): Why do bridges fail?', 'Maria Lopez (guest): Mostly water.', 'Interviewer (interviewer): And steel bridges?', 'Maria Lopez (guest): Fatigue.', 'Interviewer (interviewer): More money?', 'Maria Lopez (guest): Inspect.'];
    expect(spoken(qa('Q)', 'A)'))).toEqual(expected);
    expect(spoken(qa('**Q**', '**A**'))).toEqual(expected);
    expect(spoken(qa('Question 1:', 'Answer:'))).toEqual(expected);
  });
  it('leaves an article in bold opening an answer where the file marks no questions so (guard)', () => {
    const r = ingest('# Maria Lopez on bridges\n\nTom Becker: Why do bridges fail?\n\nMaria Lopez: Mostly water.\n\n**A** bridge is only as good as its piers.\n\nTom Becker: And steel?\n\nMaria Lopez: Fatigue.\n', 'qa.md');
    expect(spoken(r)[1]).toBe('Maria Lopez (guest): Mostly water. | A bridge is only as good as its piers.');
  });
});

describe('a generation after the name and a comma (`Martin Luther King, Jr.:`, `John Smith, III:`)', () => {
  it('is part of the name, not a job dropped from it', () => {
    const r = ingest('# Talk\n\nTom Becker: Why?\n\nMartin Luther King, Jr.: I have a dream.\n\nTom Becker: And then?\n\nMartin Luther King, Jr.: We march.\n', 'mlk.md');
    expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Martin Luther King Jr. (guest)', 'Tom Becker (interviewer)', 'Martin Luther King Jr. (guest)']);
  });
});

describe('a guest setting out her points with a word and a colon (`Problem: ...`, `Solution: ...`, `Lesson 1: ...`, `Mein Rat: ...`), twice or more, in a conversation between full names', () => {
  const talk = (word: string, first: string, second: string) => ingest(`# Maria Lopez on bridges\n\nTom Becker: Why do bridges fail?\n\nMaria Lopez: Mostly water.\n\n${word}: ${first}\n\nTom Becker: And steel?\n\nMaria Lopez: Fatigue.\n\n${word}: ${second}\n\nTom Becker: Thanks.\n`, 'points.md');
  it('keeps the points in her turn, her the guest, whether what follows starts small or not', () => {
    for (const word of ['Problem', 'Solution', 'Beispiel', 'Caveat', 'Lesson 1', 'Mein Rat']) {
      for (const [first, second] of [['the piers wash out.', 'cracks grow.'], ['The piers wash out.', 'Cracks grow.']]) {
        const r = talk(word, first!, second!);
        expect(spoken(r)).toEqual(['Tom Becker (interviewer): Why do bridges fail?', `Maria Lopez (guest): Mostly water. | ${word}: ${first}`, 'Tom Becker (interviewer): And steel?', `Maria Lopez (guest): Fatigue. | ${word}: ${second}`, 'Tom Becker (interviewer): Thanks.']);
      }
    }
  });
  it('among speakers labelled by first names too, where the word is written small', () => {
    const r = ingest('# Maria Lopez on bridges\n\nTom: Why do bridges fail?\n\nMaria: Mostly water.\n\nProblem: the piers wash out.\n\nTom: And steel?\n\nMaria: Fatigue.\n\nProblem: cracks grow.\n\nTom: Thanks.\n', 'points.md');
    expect(turnsOf(r).map((t) => t.speaker)).toEqual(['Tom', 'Maria Lopez', 'Tom', 'Maria Lopez', 'Tom']);
  });
  it('leaves a one-word name the text names, or one who speaks after different people, a speaker (guard)', () => {
    const bono = ingest('# Panel\n\nTom Becker: Welcome. With me are Maria Lopez and Bono.\n\nMaria Lopez: Thanks.\n\nBono: Thanks, Tom.\n\nTom Becker: Why bridges?\n\nBono: Because I love them.\n\nMaria Lopez: Me too.\n', 'panel.md');
    expect(turnsOf(bono).map((t) => t.speaker)).toEqual(['Tom Becker', 'Maria Lopez', 'Bono', 'Tom Becker', 'Bono', 'Maria Lopez']);
    const sam = ingest('# Rivers and Roads\n\nTom Becker: Why do bridges fail?\n\nMaria Lopez: Mostly water.\n\nSam: Sorry to jump in, the line dropped.\n\nTom Becker: No problem. And steel?\n\nSam: Back now.\n\nMaria Lopez: Fatigue.\n', 'sam.md');
    expect(turnsOf(sam).map((t) => t.speaker)).toEqual(['Tom Becker', 'Maria Lopez', 'Sam', 'Tom Becker', 'Sam', 'Maria Lopez']);
  });
});

describe('a magazine asking in its own name in capitals (`SPIEGEL:` below the masthead `DER SPIEGEL`)', () => {
  it('keeps the name as the magazine writes it; a surname in capitals the text writes otherwise is written so (guard)', () => {
    const r = ingest('DER SPIEGEL\n\n# »Brücken stürzen nicht einfach ein«\n\nDie Ingenieurin Maria Lopez über marode Brücken.\n\nSPIEGEL: Frau Lopez, warum stürzen Brücken ein?\n\nLOPEZ: Meistens wegen Wasser.\n\nSPIEGEL: Und Stahl?\n\nLOPEZ: Ermüdung.\n', 'spiegel.md');
    expect(who(r)).toEqual(['SPIEGEL (interviewer)', 'Maria Lopez (guest)', 'SPIEGEL (interviewer)', 'Maria Lopez (guest)']);
  });
});

describe('a magazine’s questions in bold, label and all (`**WIRED: How did it start?**`), one of them without its label', () => {
  it('that bold question is the magazine’s, said as uncertain, and the plain words after it the guest’s (they were the guest’s question and answer)', () => {
    const r = ingest('# Maria Lopez Wants Bridges to Heal\n\nBy Tom Becker\n\n**WIRED: How did it start?**\n\n**Maria Lopez:** With a crack near my house.\n\n**WIRED: And the concrete?**\n\n**Lopez:** It carries bacteria.\n\n**What does it cost?**\n\nLess than the repairs.\n\nIt pays for itself.\n\n**WIRED: Where next?**\n\n**Lopez:** Norway.\n', 'wired.md');
    expect(spoken(r).slice(3, 6)).toEqual(['Maria Lopez (guest): It carries bacteria.', 'Wired (interviewer): What does it cost?', 'Maria Lopez (guest): Less than the repairs. | It pays for itself.']);
    expect(r.uncertain.map((u) => [u.text, u.speaker])).toEqual([['What does it cost?', 'Wired']]);
  });
  it('not where the answers are in bold too (guard)', () => {
    const r = ingest('# Bridges\n\n**Tom Becker: How did it start?**\n\n**Maria Lopez: With a crack near my house.**\n\n**Tom Becker: And the concrete?**\n\n**Maria Lopez: It carries bacteria.**\n\n**Why does that matter?**\n\nBecause water always gets in.\n\n**Tom Becker: Where next?**\n\n**Maria Lopez: Norway.**\n', 'mixed.md');
    expect(spoken(r)[3]).toBe('Maria Lopez (guest): It carries bacteria. | Why does that matter? | Because water always gets in.');
  });
});

describe('a short question set apart in italics inside the guest’s labelled turn, her plain words going on under it (`*Nine?*`)', () => {
  it('is the interviewer’s follow-up, said as uncertain (it was hers); a remark set so, asking nothing, stays hers (guard)', () => {
    const r = ingest('# Maria Lopez on bridges\n\n**Tom Becker:** How did it start?\n\n**Maria Lopez:** With a crack. I was nine.\n\n*Nine?*\n\nYes, nine. My father could not tell me why.\n\n**Tom Becker:** And the concrete?\n\n**Maria Lopez:** It makes limestone.\n\n*Like a scab.*\n\nExactly like a scab.\n', 'qa.md');
    expect(spoken(r)).toEqual(['Tom Becker (interviewer): How did it start?', 'Maria Lopez (guest): With a crack. I was nine.', 'Tom Becker (interviewer): Nine?', 'Maria Lopez (guest): Yes, nine. My father could not tell me why.', 'Tom Becker (interviewer): And the concrete?', 'Maria Lopez (guest): It makes limestone. | Like a scab. | Exactly like a scab.']);
    expect(r.uncertain.map((u) => [u.text, u.speaker])).toEqual([['Nine?', 'Tom Becker']]);
  });
});

describe('a dek saying who asked, the name first (`Tom Becker asked the questions.`, `... conducted the interview`, `... interviewed her`)', () => {
  it('names the unlabelled questions by it; a sentence naming someone who was asked names no interviewer (guard)', () => {
    const qa = (dek: string) => ingest(`# Maria Lopez on bridges\n\n${dek}\n\nQ: Why do bridges fail?\n\nA: Mostly water.\n\nQ: And steel?\n\nA: Fatigue.\n`, 'qa.md').transcript.interviewer;
    expect(qa('Maria Lopez has inspected bridges for twenty years. Tom Becker asked the questions.')).toBe('Tom Becker');
    expect(qa('Tom Becker interviewed her in Cologne.')).toBe('Tom Becker');
    expect(qa('Tom Becker asked her about bridges.')).toBeNull();
  });
  it('and a dek billing the guest first (“Maria Lopez in conversation with Tom Becker”, “Interview with Maria Lopez by Tom Becker”), or the host sitting down with her in the present (“Tom Becker sits down with Maria Lopez”): nobody was named', () => {
    const qa = (dek: string) => {
      const t = ingest(`# Bridges that heal\n\n${dek}\n\nQ: Why do bridges fail?\n\nA: Mostly water.\n\nQ: And steel?\n\nA: Fatigue.\n`, 'qa.md').transcript;
      return [t.interviewer, t.guest];
    };
    for (const dek of ['Maria Lopez in conversation with Tom Becker.', 'Interview with Maria Lopez by Tom Becker.', 'Tom Becker sits down with Maria Lopez to talk about concrete.', 'Tom Becker in conversation with engineer Maria Lopez.']) expect(qa(dek), dek).toEqual(['Tom Becker', 'Maria Lopez']);
    // (In other languages too, as events bill them: nobody was named.)
    for (const dek of ['Maria Lopez im Gespräch mit Tom Becker.', 'Maria Lopez en conversation avec Tom Becker.', 'Maria Lopez en conversación con Tom Becker.', 'Maria Lopez in conversazione con Tom Becker.', 'Maria Lopez em conversa com Tom Becker.']) expect(qa(dek), dek).toEqual(['Tom Becker', 'Maria Lopez']);
    expect(qa('Interview with Maria Lopez by the river.')[0]).toBeNull();
  });
  it('reads it in other languages too, a job before the guest’s name no part of it (`Tom Becker sprak met haar.`, `Mühendis Maria Lopez ...`)', () => {
    const qa = (dek: string, q: string, a: string) => {
      const t = ingest(`# "Water"\n\n${dek}\n\n${q}: Waar begon het?\n\n${a}: Bij de brug.\n\n${q}: En staal?\n\n${a}: Makkelijk.\n`, 'qa.md').transcript;
      return [t.interviewer, t.guest];
    };
    const sides = ['Tom Becker', 'Maria Lopez'];
    expect(qa('Ingenieur Maria Lopez bouwt al dertig jaar bruggen. Tom Becker sprak met haar.', 'Vraag', 'Antwoord')).toEqual(sides);
    expect(qa('A engenheira Maria Lopez constrói pontes há trinta anos. Tom Becker conversou com ela.', 'P', 'R')).toEqual(sides);
    expect(qa('La ingeniera Maria Lopez construye puentes. Tom Becker habló con ella.', 'P', 'R')).toEqual(sides);
    expect(qa('Mühendis Maria Lopez otuz yıldır köprü inşa ediyor. Tom Becker onunla konuştu.', 'Soru', 'Cevap')).toEqual(sides);
    expect(qa('Ingenjören Maria Lopez bygger broar. Tom Becker talade med henne.', 'Fråga', 'Svar')).toEqual(sides);
    expect(qa('Maria Lopez builds bridges. Tom Becker spoke with her in Cologne.', 'Q', 'A')).toEqual(sides);
    expect(qa('Mühendis Maria Lopez köprü inşa ediyor. Tom Becker onunla İstanbul’da konuştu.', 'Soru', 'Cevap')).toEqual(sides);
    expect(qa('Insinyur Maria Lopez membangun jembatan. Tom Becker berbincang dengannya di Jakarta.', 'Tanya', 'Jawab')).toEqual(sides);
    expect(qa('Inženýrka Maria Lopez staví mosty. Tom Becker s ní mluvil v Praze.', 'Otázka', 'Odpověď')).toEqual(sides);
    expect(qa('Inżynier Maria Lopez buduje mosty. Tom Becker rozmawiał z nią w Warszawie.', 'Pytanie', 'Odpowiedź')).toEqual(sides);
  });
  it('reads German’s perfect and French’s reflexive too (`Tom Becker hat mit ihr über alte Brücken gesprochen.`, `... s’est entretenu avec elle.`): the questions were no one’s', () => {
    const qa = (dek: string) => ingest(`# "Wasser"\n\n${dek}\n\nFrage: Warum Wasser?\n\nAntwort: Es dringt überall ein.\n\nFrage: Und Stahl?\n\nAntwort: Der rostet.\n`, 'qa.md').transcript;
    for (const dek of ['Maria Lopez ist Chefingenieurin bei Rhine Bridges. Tom Becker hat mit ihr über alte Brücken gesprochen.', 'Maria Lopez baut Brücken. Tom Becker hat sie in Köln interviewt.', 'Maria Lopez construit des ponts. Tom Becker s’est entretenu avec elle.', 'Maria Lopez construit des ponts. Tom Becker a parlé avec elle.', 'Maria Lopez construit des ponts. Tom Becker a discuté avec elle.']) expect([dek, qa(dek).interviewer], dek).toEqual([dek, 'Tom Becker']);
  });
  it('a headline opening with the guest’s name and a colon gives the name a dek runs a word into (`asal Spanyol Maria Lopez`), and names her where the dek names two people once each', () => {
    const qa = (dek: string) => ingest(`# Maria Lopez: Jembatan Harus Bisa Melentur\n\n${dek}\n\n**Tanya: Mengapa kayu?**\n\nJawab: Ayah saya seorang tukang kayu.\n\n**Tanya: Bagaimana dengan baja?**\n\nJawab: Baja itu sabar.\n`, 'id.md').transcript;
    expect(qa('Insinyur asal Spanyol Maria Lopez membangun jembatan. Tom Becker berbincang dengannya.').guest).toBe('Maria Lopez');
    expect(qa('Insinyur asal Spanyol Maria Lopez membangun jembatan. Tom Becker ada di Jakarta.').guest).toBe('Maria Lopez');
  });
  it('a question’s and an answer’s letters of other languages (`V:`/`A:`, `K:`/`V:`, `T:`/`J:`, `F:`/`S:`, `P:`/`O:`): the sides, named by the byline and the dek; two people’s initials who both ask stay as written (guard)', () => {
    for (const [q, a] of [['V', 'A'], ['K', 'V'], ['T', 'J'], ['F', 'S'], ['P', 'O']]) {
      const r = ingest(`# Bridges\n\nBy Tom Becker\n\nThe engineer Maria Lopez builds bridges.\n\n${q}: Why bridges?\n\n${a}: Because they fail quietly.\n\n${q}: Who pays?\n\n${a}: The city.\n`, 'letters.md');
      expect(who(r), `${q}${a}`).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
    }
    const both = ingest('# Bridges\n\nT: Why bridges?\n\nJ: Why not? Do you like them?\n\nT: I do. And you?\n\nJ: Yes, do you?\n', 'initials.md');
    expect(turnsOf(both).map((t) => t.speaker)).toEqual(['T', 'J', 'T', 'J']);
  });
  it('and a job before the guest’s name in Czech, Finnish, Indonesian or Bulgarian, and questions and answers in their words (`Otázka:`/`Odpověď:`, `Въпрос:`/`Отговор:`, `ถาม:`/`ตอบ:`)', () => {
    const guest = (dek: string, q: string, a: string) => who(ingest(`# Bridges\n\n${dek}\n\n${q}: Proč?\n\n${a}: Voda.\n\n${q}: A ocel?\n\n${a}: Snadné.\n`, 'qa.md'));
    expect(guest('Inženýrka Maria Lopez studuje mosty.', 'Otázka', 'Odpověď')).toEqual(['Interviewer (interviewer)', 'Maria Lopez (guest)', 'Interviewer (interviewer)', 'Maria Lopez (guest)']);
    expect(guest('Insinööri Maria Lopez tutkii siltoja.', 'Kysymys', 'Vastaus')[1]).toBe('Maria Lopez (guest)');
    expect(guest('Insinyur Maria Lopez meneliti jembatan.', 'Tanya', 'Jawab')[1]).toBe('Maria Lopez (guest)');
    expect(guest('Инженерът Мария Лопес изучава мостове.', 'Въпрос', 'Отговор')).toEqual(['Interviewer (interviewer)', 'Мария Лопес (guest)', 'Interviewer (interviewer)', 'Мария Лопес (guest)']);
    expect(guest('วิศวกร มาเรีย โลเปซ ศึกษาสะพาน', 'ถาม', 'ตอบ')).toEqual(['Interviewer (interviewer)', 'Guest (guest)', 'Interviewer (interviewer)', 'Guest (guest)']);
  });
});

describe('a podcast transcript opening each turn with the name and the time, no colon (`Tom Becker 00:00:16 Welcome to...`, or in bold)', () => {
  const turns = [['Tom Becker', '00:00:16', 'Welcome to Rivers and Roads. My guest is Maria Lopez.'], ['Maria Lopez', '00:00:25', 'Thanks, Tom.'], ['Tom Becker', '00:00:28', 'Why do bridges fail?'], ['Maria Lopez', '00:00:31', 'Mostly water.']];
  it('reads each as a timed turn, the time out of the words', () => {
    for (const bold of [false, true]) {
      const r = ingest(`# Episode 612\n\n${turns.map(([n, t, w]) => (bold ? `**${n} ${t}** ${w}` : `${n} ${t} ${w}`)).join('\n\n')}\n`, 'se.md');
      expect(turnsOf(r).map((t) => [t.speaker, t.role, t.time, t.paragraphs[0]])).toEqual([
        ['Tom Becker', 'interviewer', 16, turns[0]![2]],
        ['Maria Lopez', 'guest', 25, turns[1]![2]],
        ['Tom Becker', 'interviewer', 28, turns[2]![2]],
        ['Maria Lopez', 'guest', 31, turns[3]![2]],
      ]);
    }
  });
  it('the time between dashes after the name (`Tom Becker — 00:00:16 — Welcome...`): the dash after it is no word of the turn', () => {
    const r = ingest(`${turns.map(([n, t, w]) => `${n} — ${t} — ${w}`).join('\n\n')}\n`, 'timed.txt');
    expect(turnsOf(r).map((t) => [t.speaker, t.time, t.paragraphs[0]])).toEqual(turns.map(([n, t, w]) => [n, Number(t!.slice(-2)), w]));
  });
  it('the time first, then the name and a hyphen (`[00:00:16] Tom Becker - Welcome...`, `00:00:16 Tom Becker - ...`): a timed turn (the build failed: no turns)', () => {
    for (const [a, b] of [['[', ']'], ['', '']]) {
      const r = ingest(`${turns.map(([n, t, w]) => `${a}${t}${b} ${n} - ${w}`).join('\n\n')}\n`, 'timed.txt');
      expect(turnsOf(r).map((t) => [t.speaker, t.time, t.paragraphs[0]])).toEqual(turns.map(([n, t, w]) => [n, Number(t!.slice(-2)), w]));
    }
    // (Words with a hyphen under a timed label stay words.)
    const prose = ingest(`${turns.map(([n, t, w]) => `[${t}] ${n}: ${w}`).join('\n\n')}\n\n[00:00:40] The bridge - as I said - fell.\n`, 'timed.txt');
    expect(turnsOf(prose).at(-1)!.paragraphs).toEqual([turns[3]![2], 'The bridge - as I said - fell.']);
  });
  it('a name with its particle (`Florence d’Alché-Buc (00:00:09) - ...`, `Ana de Souza`), and words opening with a number after the dash (`- 51st state.`, it was the turn before’s)', () => {
    const r = ingest('Tom Becker (00:00:00) - Welcome. Why do bridges fail?\n\nFlorence d’Alché-Buc (00:00:09) - Mostly water.\n\nTom Becker (00:00:15) - Which state has the worst?\n\nFlorence d’Alché-Buc (00:00:17) - 51st state, the one we forget.\n\nAna de Souza (00:00:25) - 20-30% of them, I would say.\n\nTom Becker (00:00:31) - Thanks.\n\nAna de Souza (00:00:33) - Thank you.\n', 'riverside.txt');
    expect(spoken(r)).toEqual([
      'Tom Becker (interviewer): Welcome. Why do bridges fail?',
      'Florence d’Alché-Buc (guest): Mostly water.',
      'Tom Becker (interviewer): Which state has the worst?',
      'Florence d’Alché-Buc (guest): 51st state, the one we forget.',
      'Ana de Souza (guest): 20-30% of them, I would say.',
      'Tom Becker (interviewer): Thanks.',
      'Ana de Souza (guest): Thank you.',
    ]);
  });
  it('a dash between the time and the words (`Tom Becker (00:00:16) - Welcome...`, `Tom Becker 00:00:16 — Welcome...`), as some recording tools export a turn, is no word of the turn', () => {
    for (const [open, dash] of [['(', ')'], ['', '']].flatMap(([a, b]) => ['-', '–', '—'].map((d) => [`${a}|${b}`, d] as const))) {
      const [a, b] = open.split('|');
      const r = ingest(`${turns.map(([n, t, w]) => `${n} ${a}${t}${b} ${dash} ${w}`).join('\n\n')}\n`, 'riverside.txt');
      expect(turnsOf(r).map((t) => [t.speaker, t.time, t.paragraphs[0]])).toEqual(turns.map(([n, t, w]) => [n, Number(t!.slice(-2)), w]));
    }
  });
});

describe('offices written before the name in the headline (`Press Briefing by Press Secretary Maria Lopez`, then `MS. LOPEZ:`)', () => {
  it('are no part of the name the label is shown by', () => {
    const r = ingest('Press Briefing by Press Secretary Maria Lopez\n\n1:32 P.M. EDT\n\nMS. LOPEZ: Good afternoon.\n\nQ Thank you, Maria. When will the President sign it?\n\nMS. LOPEZ: This week.\n\nQ And the funding?\n\nMS. LOPEZ: It is in the budget.\n\nQ Thank you.\n\n2:01 P.M. EDT\n', 'wh.txt');
    expect(who(r)).toEqual(['Maria Lopez (guest)', 'Interviewer (interviewer)', 'Maria Lopez (guest)', 'Interviewer (interviewer)', 'Maria Lopez (guest)', 'Interviewer (interviewer)']);
    // (The briefing's closing time of day is nobody's words.)
    expect(spoken(r).at(-1)).toBe('Interviewer (interviewer): Thank you.');
  });
});

describe('an end mark after the last turn, in several languages (`THE END`, `Ende`, `[Ende des Interviews]`, `(Fin de l’entretien)`, `FIN`), or a separator (`* * *`)', () => {
  it('is nobody’s words, never the last speaker’s', () => {
    for (const mark of ['THE END', 'Ende', '— Ende —', '[Ende des Interviews]', '(Fin de l’entretien)', 'FIN', 'Fin.', '* * *', '###']) {
      const r = ingest(`Tom Becker: Why do bridges fail?\n\nMaria Lopez: Mostly water.\n\nTom Becker: Thanks.\n\nMaria Lopez: Thank you.\n\n${mark}\n`, 'end.txt');
      expect(spoken(r).at(-1)).toBe('Maria Lopez (guest): Thank you.');
      expect(r.transcript.removed.map((x) => x.text)).toEqual([mark]);
    }
  });
});

describe('a sound or a note on the recording alone between turns, in other languages or with its time (`(Musik)`, `[Applaus]`, `(rires)`, `（笑）`, `[Break in recording]`, `[inaudible 00:12:01]`)', () => {
  it('is nobody’s words, not the words of whoever spoke before it', () => {
    for (const note of ['(Musik)', '[Applaus]', '(rires)', '(Risas)', '（笑）', '[Musique]', '[Beginning of recording]', '[Break in recording]', '[End of Tape 1, Side A]', '[Tape 2, Side B]', '[Sponsor message]', '[inaudible 00:12:01]', '[crosstalk 00:01:02]']) {
      const r = ingest(`Tom Becker: Why do bridges fail?\n\nMaria Lopez: Mostly water.\n\n${note}\n\nTom Becker: Thanks.\n\nMaria Lopez: Thank you.\n`, 'notes.txt');
      expect(spoken(r)[1]).toBe('Maria Lopez (guest): Mostly water.');
      expect(r.transcript.removed.map((x) => x.text)).toEqual([note]);
    }
  });
});

describe('a guest’s paragraph opening with `Q` and a space (`Q Street was closed that morning...`) in an interview labelled by names', () => {
  it('stays her words: `Q` and one space asks only where the file asks so twice or more', () => {
    const r = ingest('# Talk\n\nTom Becker: Where were you?\n\nMaria Lopez: At the office downtown.\n\nQ Street was closed that morning, so I walked.\n\nTom Becker: And then?\n\nMaria Lopez: Then I saw it.\n', 'q.md');
    expect(spoken(r)[1]).toBe('Maria Lopez (guest): At the office downtown. | Q Street was closed that morning, so I walked.');
  });
});

describe('the show’s credits after the last turn (`Rivers and Roads is produced by Jane Doe.`), or anything after a rule (`---`) there', () => {
  const talk = (end: string) => ingest(`# Rivers and Roads 214\n\n**Tom Becker:** Why do bridges fail?\n\n**Maria Lopez:** Mostly water.\n\n---\n\n**Tom Becker:** Maria Lopez, thank you.\n\n**Maria Lopez:** Thank you both.\n\n${end}\n`, 'show.md');
  it('are the publisher’s, not the guest’s last words; a rule between turns ends nothing, and her own sentence about her book stays hers (guard)', () => {
    for (const end of ['*Rivers and Roads is produced by Jane Doe. Music by The Bridges.*', '---\n\nThanks to our sponsors, and see you next week.']) {
      const r = talk(end);
      expect(spoken(r).at(-1)).toBe('Maria Lopez (guest): Thank you both.');
      expect(r.transcript.outro.map((p) => p.text)).toEqual([end.replace(/^---\n\n|\*/g, '')]);
      expect(who(r)).toHaveLength(4);
    }
    expect(spoken(talk('My book was edited by Jane Doe, by the way.')).at(-1)).toBe('Maria Lopez (guest): Thank you both. | My book was edited by Jane Doe, by the way.');
  });
});

describe('an initial and a surname as the label (`M. Becker :`, `T. Lopez:`)', () => {
  it('is the full name with that surname and that initial; in French, `M.` is Monsieur; elsewhere another initial names no one (guard)', () => {
    const fr = ingest('# Entretien avec Maria Lopez\n\nTom Becker a rencontré l’ingénieure Maria Lopez.\n\nM. Becker : Pourquoi les ponts s’effondrent-ils ?\n\nMme Lopez : À cause de l’eau.\n\nM. Becker : Et l’acier ?\n\nMme Lopez : La fatigue.\n', 'fr.md');
    expect(who(fr)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
    const en = ingest('# Talk\n\nMark Becker and Tom Lopez met in Bonn.\n\nM. Becker: Why?\n\nT. Lopez: Water.\n\nM. Becker: And steel?\n\nT. Lopez: Fatigue.\n', 'en.md');
    expect(turnsOf(en).map((t) => t.speaker)).toEqual(['Mark Becker', 'Tom Lopez', 'Mark Becker', 'Tom Lopez']);
    const other = ingest('# Talk\n\nTom Becker met Maria Lopez in Bonn.\n\nM. Becker: Why?\n\nMaria Lopez: Water.\n\nM. Becker: And steel?\n\nMaria Lopez: Fatigue.\n', 'en.md');
    expect(turnsOf(other)[0]!.speaker).toBe('M. Becker');
  });
});

describe('a question set as a heading with its label (`### Tom Becker: Why do bridges fail?`, `### Q: And steel?`)', () => {
  it('is the interviewer’s turn, the label off the words; a heading naming a speaker that does not ask stays a section (guard)', () => {
    const named = ingest('# Maria Lopez on bridges\n\nAn interview.\n\n### Tom Becker: Why do bridges fail?\n\nMaria Lopez: Mostly water.\n\n### Tom Becker: And steel?\n\nMaria Lopez: Fatigue.\n', 'h.md');
    expect(spoken(named)).toEqual(['Tom Becker (interviewer): Why do bridges fail?', 'Maria Lopez (guest): Mostly water.', 'Tom Becker (interviewer): And steel?', 'Maria Lopez (guest): Fatigue.']);
    const q = ingest('# Maria Lopez on bridges\n\nAn interview with Maria Lopez.\n\n### Q: Why do bridges fail?\n\nMostly water.\n\n### Q: And steel?\n\nFatigue.\n', 'h.md');
    expect(spoken(q)).toEqual(['Interviewer (interviewer): Why do bridges fail?', 'Maria Lopez (guest): Mostly water.', 'Interviewer (interviewer): And steel?', 'Maria Lopez (guest): Fatigue.']);
    const section = ingest('# Talk\n\nTom Becker: Where were you born?\n\nMaria Lopez: In Bonn.\n\n## Maria Lopez: The early years\n\nTom Becker: And then?\n\nMaria Lopez: Cologne.\n', 'h.md');
    expect(section.transcript.sections.map((s) => s.heading)).toEqual([null, 'Maria Lopez: The early years']);
  });
});

describe('a newsletter’s subscribe box and share button between turns (`... is a reader-supported publication. To receive new posts...`, `Subscribe`, `[Share](...)`)', () => {
  it('are the page’s, never the guest’s words nor a section', () => {
    const r = ingest('# Maria Lopez on bridges\n\n**Tom Becker:** Why do bridges fail?\n\n**Maria Lopez:** Mostly water.\n\nBridge Notes is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.\n\nSubscribe\n\n**Tom Becker:** And steel?\n\n**Maria Lopez:** Fatigue.\n\n[Share](https://bridgenotes.example/p/lopez?action=share)\n\n**Tom Becker:** Thanks.\n\n**Maria Lopez:** Thank you.\n', 'substack.md');
    expect(spoken(r)).toEqual(['Tom Becker (interviewer): Why do bridges fail?', 'Maria Lopez (guest): Mostly water.', 'Tom Becker (interviewer): And steel?', 'Maria Lopez (guest): Fatigue.', 'Tom Becker (interviewer): Thanks.', 'Maria Lopez (guest): Thank you.']);
    expect(r.transcript.sections.map((s) => s.heading)).toEqual([null]);
    expect(r.transcript.removed).toHaveLength(3);
  });
});

describe('show notes listing the chapters above a timed transcript (`Timestamps:`, then `0:00 Introduction`, `- (02:10) Scour`, `Steel – 15:40`)', () => {
  const notes = (list: string) => `# Episode 214\n\nMaria Lopez joins Tom Becker.\n\nTimestamps:\n\n${list}\n\n`;
  const timed = 'Tom Becker (00:00:00): Welcome. My guest is Maria Lopez.\n\nMaria Lopez (00:00:09): Thanks.\n\nTom Becker (00:02:10): What is scour?\n\nMaria Lopez (00:02:14): Water under a pier.\n\nTom Becker (00:15:40): And steel?\n\nMaria Lopez (00:15:45): Fatigue.\n';
  it('makes the chapters the sections, each from the first turn at its time; the list goes, nothing else', () => {
    for (const list of ['0:00 Introduction\n\n2:10 Scour\n\n15:40 Steel', '- (00:00) Introduction\n- (02:10) Scour\n- (15:40) Steel', 'Introduction – 0:00\n\nScour – 2:10\n\nSteel – 15:40']) {
      const r = ingest(notes(list) + timed, 'ep.md');
      expect(r.transcript.sections.map((s) => [s.heading, s.turns.length])).toEqual([['Introduction', 2], ['Scour', 2], ['Steel', 2]]);
      expect(r.transcript.intro.map((p) => p.text)).toEqual(['Maria Lopez joins Tom Becker.']);
      expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
    }
  });
  it('leaves the list in the introduction above turns without times, and a transcript’s own headings as they are (guard)', () => {
    const untimed = ingest(notes('0:00 Introduction\n\n2:10 Scour\n\n15:40 Steel') + timed.replace(/ \(00:\d\d:\d\d\)/g, ''), 'ep.md');
    expect(untimed.transcript.sections.map((s) => s.heading)).toEqual([null]);
    expect(untimed.transcript.intro.map((p) => p.text)).toContain('2:10 Scour');
    const own = ingest(notes('0:00 Introduction\n\n2:10 Scour\n\n15:40 Steel') + timed.replace('Tom Becker (00:02:10)', '## Water\n\nTom Becker (00:02:10)'), 'ep.md');
    expect(own.transcript.sections.map((s) => s.heading)).toEqual([null, 'Water']);
  });
  it('reads a list whose first chapter is the guest’s name and one has a colon (`00:00:00 Dr. Maria Lopez`, `00:02:15 Sponsors: Rhine Tools`) as chapters: no one says the list (it was the guest’s first turn)', () => {
    const list = 'Timestamps\n00:00:00 Dr. Maria Lopez\n00:02:15 Sponsors: Rhine Tools, Bonn Coffee\n00:05:00 Water & Corrosion\n00:12:30 Drones';
    const r = ingest(`Why Bridges Fail | Dr. Maria Lopez\n\n${list}\n\nTom Becker:\nWelcome. My guest today is Dr. Maria Lopez.\n\nDr. Maria Lopez:\nThank you for having me.\n\nTom Becker:\nWhy do bridges fail?\n\nDr. Maria Lopez:\nMostly water.\n`, 'ep.txt');
    expect(r.transcript.intro.map((p) => p.text)).toEqual(list.split('\n'));
    expect(spoken(r)).toEqual(['Tom Becker (interviewer): Welcome. My guest today is Dr. Maria Lopez.', 'Dr. Maria Lopez (guest): Thank you for having me.', 'Tom Becker (interviewer): Why do bridges fail?', 'Dr. Maria Lopez (guest): Mostly water.']);
    // (Above timed turns, the chapters head the sections.)
    const timedList = ingest(notes('0:00 Introduction\n\n2:10 Sponsor: Rhine Tools\n\n5:00 Scour\n\n15:40 Steel') + timed, 'ep.md');
    expect(timedList.transcript.sections.map((s) => s.heading)).toEqual(['Introduction', 'Sponsor: Rhine Tools', 'Steel']);
  });
  it('keeps the first turns, short and timed, each with a label, turns: no chapter list of labels (guard)', () => {
    const r = ingest('[00:00:00] Tom Becker: Hello\n[00:00:02] Maria Lopez: Hi Tom\n[00:00:04] Tom Becker: Welcome\n[00:00:06] Maria Lopez: Thanks for having me, it is a pleasure.\n', 'ep.txt');
    expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
  });
});

describe('a podcast’s transcript page copied as text: `Transcript for Maria Lopez: ... | Bridge Podcast #412`, its `Table of Contents`, and the chapters’ titles again on lines of their own above the turns', () => {
  const page = (first: string) => [first, '', 'This is a transcript of Bridge Podcast #412 with Maria Lopez.', '', 'Table of Contents', '0:00 – Introduction', '3:12 – Basel', '8:40 – Rivers', '', 'Introduction', '', 'Tom Becker (00:00:00) The following is a conversation with Maria Lopez, an engineer.', '', 'Tom Becker (00:00:09) How did you start?', '', 'Maria Lopez (00:00:12) By a river in Seville.', '', 'Basel', '', 'Tom Becker (00:03:12) Tell me about Basel.', '', 'Maria Lopez (00:03:15) Nine years of work.', '', 'Rivers', '', 'Tom Becker (00:08:40) Do rivers have a character?', '', 'Maria Lopez (00:08:44) Every one of them.', ''].join('\n');
  it('heads each part once (each was headed twice, the first part empty), titles it by the headline without `Transcript for` (it was titled `Table of Contents`), and removes the list with its header', () => {
    for (const first of ['Transcript for Maria Lopez: Bridges, Rivers, and Engineering | Bridge Podcast #412', 'Maria Lopez: Bridges, Rivers, and Engineering | Bridge Podcast #412']) {
      const r = ingest(page(first), 'lex.txt');
      expect(r.transcript.title, first).toBe('Maria Lopez: Bridges, Rivers, and Engineering | Bridge Podcast #412');
      expect(r.transcript.sections.map((s) => [s.heading, s.turns.length]), first).toEqual([['Introduction', 2], ['Basel', 2], ['Rivers', 2]]);
      expect(r.transcript.intro.map((p) => p.text), first).toEqual(['This is a transcript of Bridge Podcast #412 with Maria Lopez.']);
      expect(r.transcript.removed.map((x) => x.text), first).toEqual(['Table of Contents', '0:00 – Introduction', '3:12 – Basel', '8:40 – Rivers']);
    }
  });
  it('keeps `Transcript of interview with Maria Lopez` whole, the words after it in small letters (guard)', () => {
    const r = ingest('Transcript of interview with Maria Lopez\nDate: 3 March 2026\n\nTB: Why timber?\nML: Carbon.\nTB: And fire?\nML: It chars.\n', 'study.txt');
    expect(r.transcript.title).toBe('Transcript of interview with Maria Lopez');
  });
});

describe('an IRC log (`[12:01] <maria> mostly water.`, `*** tom has joined #bridges`)', () => {
  it('reads each nick as a speaker and the log’s own lines as nobody’s; HTML’s `<p>` opening lines is no nick (guard)', () => {
    const r = ingest('[12:00] *** tom has joined #bridges\n[12:01] <tom> maria, why do bridges fail?\n[12:01] <maria> mostly water.\n[12:02] <@tom> and steel?\n[12:02] <maria> fatigue.\n[12:03] -!- maria [~m@example.org] has quit [Quit: bye]\n', 'irc.txt');
    expect(spoken(r)).toEqual(['tom (interviewer): maria, why do bridges fail?', 'maria (guest): mostly water.', 'tom (interviewer): and steel?', 'maria (guest): fatigue.']);
    expect(r.transcript.removed.map((x) => x.line)).toEqual([1, 6]);
    const html = ingest('<p>Tom Becker: Why?\n<p>Maria Lopez: Water.\n<p>Tom Becker: And steel?\n<p>Maria Lopez: Fatigue.\n', 'p.md');
    expect(turnsOf(html).map((t) => t.speaker)).toEqual(['Tom Becker', 'Maria Lopez', 'Tom Becker', 'Maria Lopez']);
  });
});

describe('a deposition with its line numbers, as court reporters print it (` 4            A.   A crack...`, `MR. SILVA:  Objection, form.`, `Page 12`)', () => {
  it('reads the questions, the answers and counsel past the numbers; the page header goes, no line is lost', () => {
    const depo = ['                                                    Page 12', ' 1            Q.   Ms. Lopez, where were you on March 3?', ' 2            A.   At the bridge site in Cologne.', ' 3            Q.   What did you see?', ' 4            A.   A crack in the north pier, about', ' 5       two meters long.', ' 6            MR. SILVA:  Objection, form.', ' 7            Q.   You may answer.', ' 8            A.   It was wet.', ''].join('\n');
    const r = ingest(depo, 'depo.txt');
    // (The witness as the questions address her, said in a warning: see below.)
    expect(spoken(r)).toEqual(['Interviewer (interviewer): Ms. Lopez, where were you on March 3?', 'Ms. Lopez (guest): At the bridge site in Cologne.', 'Interviewer (interviewer): What did you see?', 'Ms. Lopez (guest): A crack in the north pier, about | two meters long.', 'Mr. Silva (other): Objection, form.', 'Interviewer (interviewer): You may answer.', 'Ms. Lopez (guest): It was wet.']);
    expect(r.transcript.removed.map((x) => x.line)).toEqual([1]);
  });
  it('and a transcript copied from a code viewer, each line’s number and a tab before it, past a hundred lines (the build failed)', () => {
    const body = ['Shop Talk', '', ...Array.from({ length: 60 }, (_, k) => [k % 2 ? `Maria Lopez: Answer ${k}, and it is a full sentence.` : `Tom Becker: Question ${k}, is it?`, '']).flat()];
    const r = ingest(body.map((l, i) => `${i + 1}\t${l}`).join('\n') + '\n', 'viewer.txt');
    expect(r.transcript.title).toBe('Shop Talk');
    expect(turnsOf(r)).toHaveLength(60);
    expect(spoken(r).slice(-2)).toEqual(['Tom Becker (interviewer): Question 58, is it?', 'Maria Lopez (guest): Answer 59, and it is a full sentence.']);
  });
  it('leaves a table whose rows are numbered in their first column a table (guard)', () => {
    const rows = ['id\tspeaker\ttext', ...Array.from({ length: 8 }, (_, k) => `${k + 1}\t${k % 2 ? 'Maria Lopez' : 'Tom Becker'}\t${k % 2 ? 'An answer.' : 'A question?'}`)];
    const r = ingest(rows.join('\n') + '\n', 'rows.tsv');
    expect(r.transcript.title).toBe('Rows');
    expect(turnsOf(r)).toHaveLength(8);
  });
  it('leaves numbered points in an answer as they are (guard)', () => {
    const r = ingest('# Talk\n\nTom Becker: What matters?\n\nMaria Lopez: Three things.\n\n1  Water.\n\n2  Steel.\n\n3  Money.\n\nTom Becker: Thanks.\n\nMaria Lopez: Thank you.\n', 'list.md');
    expect(spoken(r)[1]).toBe('Maria Lopez (guest): Three things. | 1  Water. | 2  Steel. | 3  Money.');
  });
});

describe('a podcast page whose times link to their moment in the recording (`**Tom Becker** [(00:00:03)](https://...)`, `[00:00:03](https://...) **Tom Becker:**`)', () => {
  const turns = [['Tom Becker', 3, 'Welcome. Why do bridges fail?'], ['Maria Lopez', 9, 'Mostly water.'], ['Tom Becker', 21, 'And steel?'], ['Maria Lopez', 24, 'Fatigue.']] as const;
  const clock = (s: number) => `00:00:${String(s).padStart(2, '0')}`;
  const link = (s: number) => `https://www.youtube.com/watch?v=abc123&t=${s}`;
  it('reads each as a timed turn, the link out of the words, however the time is set', () => {
    const forms = [
      (n: string, s: number, w: string) => `**${n}** [(${clock(s)})](${link(s)}) ${w}`,
      (n: string, s: number, w: string) => `**${n}** [${clock(s)}](${link(s)}) ${w}`,
      (n: string, s: number, w: string) => `[${clock(s)}](${link(s)}) **${n}:** ${w}`,
      (n: string, s: number, w: string) => `[${clock(s)}] **${n}:** ${w}`,
    ];
    for (const form of forms) {
      const r = ingest(`# Maria Lopez on bridges | Rivers and Roads #12\n\n${turns.map(([n, s, w]) => form(n, s, w)).join('\n\n')}\n`, 'linked.md');
      expect(turnsOf(r).map((t) => [t.speaker, t.role, t.time, t.paragraphs[0]])).toEqual(turns.map(([n, s, w]) => [n, n === 'Tom Becker' ? 'interviewer' : 'guest', s, w]));
    }
  });
  it('reads a full name labelling one turn after a linked time as a label, as it is without the link (its words were the speaker’s before, the link taken for spam’s)', () => {
    const panel = [['Tom Becker', 'Welcome. Maria, why bridges?'], ['Maria Lopez', 'My father built them. Let me introduce my friend Paul.'], ['Paul Kim', 'Hello everyone. I work on steel in Seoul.'], ['Tom Becker', 'Thanks, Paul. Maria, and water?'], ['Maria Lopez', 'Water is the enemy.'], ['Tom Becker', 'Thank you both.'], ['Maria Lopez', 'Thank you.']];
    const r = ingest(`# Bridges panel\n\n${panel.map(([n, w], i) => `[${clock(i * 7)}](${link(i * 7)}) ${n}: ${w}`).join('\n\n')}\n`, 'linked.md');
    expect(turnsOf(r).map((t) => [t.speaker, t.paragraphs])).toEqual(panel.map(([n, w]) => [n, [w]]));
  });
});

describe('numbered questions and answers with a full stop (`Q1. ...`, `A1. ...`)', () => {
  it('reads them as the two sides', () => {
    const r = ingest('# Maria Lopez interview notes\n\nQ1. Where did it start for you?\n\nA1. With my grandfather’s bridge.\n\nQ2. What makes a bridge last?\n\nA2. Water, mostly.\n', 'notes.md');
    expect(spoken(r)).toEqual(['Interviewer (interviewer): Where did it start for you?', 'Maria Lopez (guest): With my grandfather’s bridge.', 'Interviewer (interviewer): What makes a bridge last?', 'Maria Lopez (guest): Water, mostly.']);
  });
});

describe('a wire service’s credit line after the last answer (`(Reporting by Tom Becker; Editing by Jane Doe)`)', () => {
  it('is the outro, not the guest’s words', () => {
    const r = ingest('# Lopez says water is the enemy\n\nCOLOGNE (Reuters) - Maria Lopez builds bridges. Tom Becker asked the questions.\n\nQ: Why do bridges fail?\n\nA: Mostly water.\n\nQ: And steel?\n\nA: Fatigue.\n\n(Reporting by Tom Becker; Editing by Jane Doe)\n', 'wire.md');
    expect(spoken(r).at(-1)).toBe('Maria Lopez (guest): Fatigue.');
    expect(r.transcript.outro.map((p) => p.text)).toEqual(['(Reporting by Tom Becker; Editing by Jane Doe)']);
  });
});

describe('a headline in title case naming the guest (`Maria Lopez Knows Why Bridges Fail`), the dek by her surname (`Ms. Lopez`)', () => {
  const page = (headline: string, dek: string) => ingest(`# ${headline}\n\n${dek}\n\nBy Tom Becker\n\n**Why do bridges fail?**\n\nMostly water.\n\n**And steel?**\n\nFatigue.\n`, 'nyt.md').transcript.guest;
  it('names the guest by the two words that end with that surname', () => {
    expect(page('Maria Lopez Knows Why Bridges Fail', 'Ms. Lopez, an engineer, talks about water and steel.')).toBe('Maria Lopez');
    expect(page('What Maria Lopez Learned From Her Grandfather’s Bridge', 'For Dr. Lopez, it started with a bridge.')).toBe('Maria Lopez');
  });
  it('names no one where the text gives no surname, or the word before it opens the headline (guard)', () => {
    expect(page('Maria Lopez Knows Why Bridges Fail', 'The engineer talks about water and steel.')).toBeNull();
    expect(page('How Lopez Saved the Bridge', 'Ms. Lopez, an engineer, talks about water and steel.')).toBeNull();
  });
});

describe('a date opening with the day and a full stop under a German byline (`3. November 2026, 14:02 Uhr`)', () => {
  it('keeps the day in the intro and reads the date, not a list’s third item', () => {
    const r = ingest('# "Wasser ist der Feind"\n\nDie Ingenieurin Maria Lopez baut Brücken.\n\nInterview: Tom Becker\n\n3. November 2026, 14:02 Uhr\n\nZEIT ONLINE: Frau Lopez, wo hat alles angefangen?\n\nLopez: Mit der Brücke meines Großvaters.\n\nZEIT ONLINE: Und Stahl?\n\nLopez: Stahl ist einfach.\n', 'zeit.md');
    expect(r.transcript.intro.map((p) => p.text)).toContain('3. November 2026, 14:02 Uhr');
    expect(r.transcript.date).toBe('2026-11-03');
  });
  it('leaves a numbered list in an answer a list, numbered from its first number', () => {
    const r = ingest('# Talk\n\nTom Becker: What matters?\n\nMaria Lopez: Three things.\n\n3. November is when we inspect.\n4. Then we paint.\n\nTom Becker: Thanks.\n\nMaria Lopez: Thank you.\n', 'list.md');
    expect(spoken(r)[1]).toBe('Maria Lopez (guest): Three things. | November is when we inspect. Then we paint.');
    expect(r.transcript.sections[0]!.turns[1]!.paragraphs[1]!.html).toMatch(/^<ol start="3">/);
  });
});

describe('a table in an answer (`| Type | Failures |` / `|:--|--:|`), as GFM writes one', () => {
  const r = ingest('# Talk\n\n**Tom Becker:** Which bridges fail most?\n\n**Maria Lopez:** Here are our numbers:\n\n| Type | Failures |\n|:-----|---------:|\n| Steel | 12 |\n| Timber <script>alert(1)</script> | [30](javascript:alert(1)) |\n\nTimber, clearly.\n\n**Tom Becker:** What can be done?\n\n**Maria Lopez:** Inspect more often. A cost of 3 | 4 is no table.\n', 'table.md');
  const answer = turnsOf(r)[1]!;
  it('is a table of the answer, its cells’ alignment kept, in a box the keyboard can scroll (it was a paragraph of pipes)', () => {
    expect(spoken(r)[1]).toBe('Maria Lopez (guest): Here are our numbers: | Type Failures Steel 12 Timber <script>alert(1)</script> 30 | Timber, clearly.');
    const html = r.transcript.sections[0]!.turns[1]!.paragraphs[1]!.html;
    expect(html).toMatch(/^<div class="table" tabindex="0" role="region" aria-label="Table"><table>\n<thead>\n<tr>\n<th align="left">Type<\/th>\n<th align="right">Failures<\/th>/);
    expect(html).toContain('<td align="left">Steel</td>');
    expect(answer.speaker).toBe('Maria Lopez');
  });
  it('holds its cells as data: no script, no javascript: link', () => {
    const html = r.transcript.sections[0]!.turns[1]!.paragraphs[1]!.html;
    expect(html).toContain('Timber &#x3C;script>alert(1)&#x3C;/script>');
    expect(html).not.toMatch(/<script|href="javascript/i);
  });
  it('leaves a pipe in a sentence a sentence (guard)', () => {
    expect(r.transcript.sections[0]!.turns[3]!.paragraphs[0]!.html).toBe('<p>Inspect more often. A cost of 3 | 4 is no table.</p>');
  });
});

describe('bylines in Danish, Russian and as Spanish papers print them (`Tom Becker har talt med hende.`, `С ней побеседовал Том Беккер.`, `TOM BECKER` above a dateline)', () => {
  const asker = (dek: string) => ingest(`# "Vand"\n\n${dek}\n\nQ: Where did it start?\n\nA: With a bridge.\n\nQ: And steel?\n\nA: Easy.\n`, 'qa.md').transcript.interviewer;
  it('names the interviewer', () => {
    expect(asker('Ingeniør Maria Lopez bygger broer. Tom Becker har talt med hende.')).toBe('Tom Becker');
    expect(asker('Инженер Мария Лопес строит мосты. С ней побеседовал Том Беккер.')).toBe('Том Беккер');
    expect(asker('Инженер Мария Лопес строит мосты. С ней поговорил Том Беккер.')).toBe('Том Беккер');
    // (Not a talk the guest had with someone unnamed: "поговорила с мэром".)
    expect(asker('Инженер Мария Лопес поговорила с мэром о мостах.')).toBeNull();
    expect(asker('La ingeniera construye puentes.\n\nTOM BECKER\nColonia - 03 nov 2026 - 14:02 CET')).toBe('Tom Becker');
    expect(asker('La ingeniera construye puentes.\n\nTOM BECKER\n\nColonia - 03 nov 2026 - 14:02 CET')).toBe('Tom Becker');
    // (The month cut to four letters, `03 sept 2026`: the dateline was a section's heading.)
    const sept = ingest('# "Vand"\n\nLa ingeniera construye puentes.\n\nTOM BECKER\n\nMadrid - 03 sept 2026 - 05:30 CEST\n\n**P.** ¿Dónde empezó?\n\n**R.** Con un puente.\n\n**P.** ¿Y el acero?\n\n**R.** Fácil.\n', 'qa.md').transcript;
    expect([sept.interviewer, sept.date, sept.sections.map((s) => s.heading)]).toEqual(['Tom Becker', '2026-09-03', [null]]);
  });
  it('a byline’s word before the name (`By Tom Becker`, `Por Tom Becker`, `Von Tom Becker`, `Rozmawiał Tom Becker`, `By TOM BECKER`) above labels by surname: the surname is the byline’s full name', () => {
    for (const by of ['By Tom Becker', 'Por Tom Becker', 'Par Tom Becker', 'Von Tom Becker', 'Rozmawiał Tom Becker', 'By TOM BECKER']) {
      const r = ingest(`# Maria Lopez on bridges\n\n${by}\n\nMaria Lopez builds bridges.\n\n**Becker:** Why?\n\n**Lopez:** Water.\n\n**Becker:** And?\n\n**Lopez:** Steel.\n`, 'by.md');
      expect(who(r), by).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
    }
  });
  it('a byline opening with its verb (`Беседовал Том Беккер`, `Συνέντευξη στον Τομ Μπέκερ`) above labels by surname: the surname is the byline’s name, without the verb; the byline stays the intro', () => {
    const ru = ingest('# Мария Лопес: «Мосты рушатся тихо»\n\nБеседовал Том Беккер\n\n**Беккер:** Почему мосты?\n\n**Лопес:** Потому что они рушатся тихо.\n\n**Беккер:** Кто платит?\n\n**Лопес:** Город.\n', 'ru.md');
    expect(who(ru)).toEqual(['Том Беккер (interviewer)', 'Мария Лопес (guest)', 'Том Беккер (interviewer)', 'Мария Лопес (guest)']);
    const el = ingest('# Μαρία Λόπεθ: «Οι γέφυρες πέφτουν σιωπηλά»\n\nΣυνέντευξη στον Τομ Μπέκερ\n\n**Μπέκερ:** Γιατί γέφυρες;\n\n**Λόπεθ:** Επειδή πέφτουν σιωπηλά.\n\n**Μπέκερ:** Ποιος πληρώνει;\n\n**Λόπεθ:** Η πόλη.\n', 'el.md');
    expect([el.transcript.intro.map((p) => p.text), el.transcript.sections.map((s) => s.heading)]).toEqual([['Συνέντευξη στον Τομ Μπέκερ'], [null]]);
  });
  it('a Russian correspondent’s label (`Корр.:`, `Корреспондент:`) under the byline (`Беседовал Том Беккер`): the byline’s name, as `Вопрос:` is (it was shown as “Корр”)', () => {
    for (const label of ['Корр.', 'Корреспондент']) {
      const r = ingest(`# Мария Лопес: «Вода — главный враг мостов»\n\nБеседовал Том Беккер\n\n${label}: Почему рушатся мосты?\n\nМария Лопес: В основном из-за воды.\n\n${label}: Сколько на это уходит времени?\n\nМария Лопес: Обычно десятилетия.\n`, 'ru.md');
      expect(who(r), label).toEqual(['Том Беккер (interviewer)', 'Мария Лопес (guest)', 'Том Беккер (interviewer)', 'Мария Лопес (guest)']);
    }
  });
  it('reads the dateline alone on its line as the intro, not a section’s heading', () => {
    const r = ingest('Maria Lopez builds bridges.\n\nTOM BECKER\n\nColonia - 03 nov 2026 - 14:02 CET\n\nWhere did it start for you?\n\nMaria Lopez: With a bridge.\n\nAnd steel?\n\nMaria Lopez: Easy.\n', 'elpais.txt');
    expect(r.transcript.sections.map((s) => s.heading)).toEqual([null]);
    expect(r.transcript.date).toBe('2026-11-03');
  });
  it('keeps a title in capitals opening a plain-text file above its dateline the title (guard)', () => {
    const r = ingest('NEWSROOM AFTERNOON\n\nAired March 3, 2024 - 14:00 ET\n\nJANE KIM, ANCHOR: Why do bridges fail?\n\nMARIA LOPEZ: Water.\n\nKIM: And steel?\n\nLOPEZ: Fatigue.\n', 'cnn.txt');
    expect([r.transcript.title, r.transcript.interviewer]).toEqual(['NEWSROOM AFTERNOON', 'Jane Kim']);
  });
});

describe('turns set as list items without bold (`- Tom Becker: ...`, `1. Tom Becker: ...`)', () => {
  const turns = ['Tom Becker: Where did it start for you?', 'Maria Lopez: With my grandfather’s bridge.', 'Tom Becker: And steel?', 'Maria Lopez: Easy. Water is hard.'];
  it('reads each item as a turn', () => {
    for (const marker of ['- ', '* ', '1. ']) {
      const r = ingest(`# Maria Lopez interview\n\n${turns.map((t, i) => (marker === '1. ' ? `${i + 1}. ` : marker) + t).join('\n')}\n`, 'listed.md');
      expect(spoken(r)).toEqual(['Tom Becker (interviewer): Where did it start for you?', 'Maria Lopez (guest): With my grandfather’s bridge.', 'Tom Becker (interviewer): And steel?', 'Maria Lopez (guest): Easy. Water is hard.']);
    }
  });
  it('leaves a list of who takes part above the interview (`- Maria Lopez: founder of Rhine Works`) the intro, no one’s turns', () => {
    const r = ingest('# Panel: bridges\n\nParticipants:\n\n- Maria Lopez: founder of Rhine Works\n- Tom Becker: engineer at the City of Bonn\n- Ana Silva: moderator\n\nAna Silva: Welcome. Maria, what worries you?\n\nMaria Lopez: Water.\n\nAna Silva: Tom?\n\nTom Becker: Money.\n', 'panel.md');
    expect(spoken(r)).toEqual(['Ana Silva (interviewer): Welcome. Maria, what worries you?', 'Maria Lopez (guest): Water.', 'Ana Silva (interviewer): Tom?', 'Tom Becker (guest): Money.']);
    expect(r.transcript.intro.map((p) => p.text)).toEqual(['Participants:', 'Maria Lopez: founder of Rhine Works Tom Becker: engineer at the City of Bonn Ana Silva: moderator']);
  });
  it('leaves a list of points in an answer the guest’s words (guard)', () => {
    const r = ingest('# Talk\n\nTom Becker: What did the bridge cost?\n\nMaria Lopez: Here is the breakdown.\n\n- Steel: 3 million.\n- Labour: 2 million.\n\nTom Becker: And the next one?\n\nMaria Lopez: Less.\n\n- Steel: 2 million.\n- Labour: 1 million.\n', 'points.md');
    expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
    expect(turnsOf(r)[1]!.paragraphs).toEqual(['Here is the breakdown.', 'Steel: 3 million. Labour: 2 million.']);
  });
});

describe('a newspaper’s Q&A page as scraped, its questions in bold: a support pitch above the headline, a book’s note after the last answer, a list of topics and “Most viewed” below', () => {
  const page = [
    '[Skip to main content](#maincontent)', '', 'Fund independent journalism with $15 per month', '', '[Sign in](https://example.com/signin)', '',
    '# Maria Lopez: ‘Water is the enemy’', '', 'The engineer on her grandfather’s bridge and why steel is easy', '', '[Tom Becker](https://example.com/profile/tom-becker)', '', 'Sun 3 Nov 2026 09.00 GMT', '',
    '**Where did it start for you?**', '', 'With my grandfather’s bridge.', '', '**What keeps you up at night?**', '', 'Old bridges nobody inspects.', '',
    '*Bridges of Europe by Maria Lopez is published by Rhine Press (£20). To support the paper, order your copy at [shop.example.com](https://shop.example.com).*', '',
    'Explore more on these topics', '', '* [Engineering](https://example.com/engineering)', '* [Infrastructure](https://example.com/infrastructure)', '',
    '[Reuse this content](https://example.com/syndication)', '', '## Most viewed', '', '* [Something else](https://example.com/x)', '',
  ].join('\n');
  const r = ingest(page, 'page.md');
  it('keeps the answers the guest’s alone, the book’s note in the outro, the pitch and the page’s lists out', () => {
    expect(spoken(r)).toEqual(['Tom Becker (interviewer): Where did it start for you?', 'Maria Lopez (guest): With my grandfather’s bridge.', 'Tom Becker (interviewer): What keeps you up at night?', 'Maria Lopez (guest): Old bridges nobody inspects.']);
    expect(r.transcript.outro.map((p) => p.text)).toEqual(['Bridges of Europe by Maria Lopez is published by Rhine Press (£20). To support the paper, order your copy at shop.example.com.']);
    expect(r.transcript.intro.map((p) => p.text)).toEqual(['The engineer on her grandfather’s bridge and why steel is easy', 'Tom Becker', 'Sun 3 Nov 2026 09.00 GMT']);
    expect(r.transcript.removed.map((x) => x.line)).toEqual(expect.arrayContaining([3, 25, 27, 28]));
  });
  it('leaves a guest’s own sentence about her publisher hers (guard)', () => {
    const own = ingest('# Maria Lopez\n\nBy Tom Becker\n\n**What next?**\n\nA book.\n\n**Who publishes it?**\n\nMy book is published by Rhine Press next spring.\n', 'own.md');
    expect(spoken(own).at(-1)).toBe('Maria Lopez (guest): My book is published by Rhine Press next spring.');
  });
});

describe('question and answer words abbreviated or full-width: Greek `Ερ.:`/`Απ.:`, Japanese `Ｑ：`/`Ａ：`, Korean `문:`/`답:`', () => {
  const qa = (title: string, dek: string, q: string, a: string) => who(ingest(`# ${title}\n\n${dek}\n\n${q} Πού;\n\n${a} Εδώ.\n\n${q} Και;\n\n${a} Τέλος.\n`, 'qa.md'));
  it('reads the two sides, the guest named by the headline', () => {
    expect(qa('Μαρία Λόπεθ: Το νερό', 'Η μηχανικός Μαρία Λόπεθ χτίζει γέφυρες.', 'Ερ.:', 'Απ.:')).toEqual(['Interviewer (interviewer)', 'Μαρία Λόπεθ (guest)', 'Interviewer (interviewer)', 'Μαρία Λόπεθ (guest)']);
    expect(qa('マリア・ロペス「水は橋の敵」', '技術者のマリア・ロペス氏は30年間橋を造ってきた。', 'Ｑ：', 'Ａ：')).toEqual(['Interviewer (interviewer)', 'マリア・ロペス (guest)', 'Interviewer (interviewer)', 'マリア・ロペス (guest)']);
    expect(qa('마리아 로페스 "물은 다리의 적"', '엔지니어 마리아 로페스는 30년 동안 다리를 지었다.', '문:', '답:')).toEqual(['Interviewer (interviewer)', '마리아 로페스 (guest)', 'Interviewer (interviewer)', '마리아 로페스 (guest)']);
  });
});

describe('questions opened by a symbol in an interview printed without names (`◆어디서 시작됐나요?`, `■...？`), as Korean, Chinese and Japanese papers mark them', () => {
  const page = (mark: string, q1: string, q2: string) => ingest(`# 마리아 로페스 "물은 다리의 적"\n\n엔지니어 마리아 로페스를 이지은 기자가 만났다.\n\n${mark}${q1}\n\n할아버지의 다리에서요.\n\n${mark}${q2}\n\n주로 물 관리입니다.\n`, 'ko.md');
  it('reads each as the interviewer’s question, the symbol out of the words, and the paragraphs after it as the answer', () => {
    for (const mark of ['◆', '■ ', '▲', '●']) {
      const r = page(mark, '어디서 시작됐나요?', '다리를 오래가게 하는 것은?');
      expect(spoken(r)).toEqual(['이지은 (interviewer): 어디서 시작됐나요?', '마리아 로페스 (guest): 할아버지의 다리에서요.', '이지은 (interviewer): 다리를 오래가게 하는 것은?', '마리아 로페스 (guest): 주로 물 관리입니다.']);
      expect(r.transcript.sections[0]!.turns[0]!.paragraphs[0]!.html).toBe('<p>어디서 시작됐나요?</p>');
    }
  });
  it('leaves a symbol that opens statements, not questions, as it was (guard)', () => {
    expect(() => page('■', '할아버지의 다리', '물 관리')).toThrow(/no speaker turns found/);
  });
});

describe('a label in small letters taking turns with one other speaker throughout (`taz: ...` then `Lopez: ...`; a chat exported in small letters)', () => {
  it('is a speaker: the paper asking in its name, or a person', () => {
    const taz = ingest('# „Wasser ist der Feind"\n\nDie Ingenieurin Maria Lopez baut Brücken.\n\nInterview: Tom Becker\n\ntaz: Frau Lopez, wo hat alles angefangen?\n\nLopez: Mit der Brücke meines Großvaters.\n\ntaz: Und Stahl?\n\nLopez: Stahl ist einfach.\n', 'taz.md');
    expect(spoken(taz)).toEqual(['taz (interviewer): Frau Lopez, wo hat alles angefangen?', 'Maria Lopez (guest): Mit der Brücke meines Großvaters.', 'taz (interviewer): Und Stahl?', 'Maria Lopez (guest): Stahl ist einfach.']);
    const chat = ingest('tom: where did it start for you\nmaria: with my grandfather’s bridge\ntom: and steel\nmaria: easy water is hard\n', 'chat.txt');
    expect(who(chat)).toEqual(['tom (interviewer)', 'maria (guest)', 'tom (interviewer)', 'maria (guest)']);
  });
  it('leaves a word in small letters that heads a note after some turns the guest’s words (guard)', () => {
    const r = ingest('# Talk\n\nTom Becker: Why?\n\nMaria Lopez: Water.\n\nfootnote: see the 2019 report.\n\nTom Becker: And steel?\n\nMaria Lopez: Easy.\n\naside: it rusts.\n\nTom Becker: Thanks.\n', 'notes.md');
    expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)']);
  });
});

describe('a one-word label the introduction gives after a full name (`Spokesperson:` under "... by Maria Lopez, Spokesperson for the Secretary-General")', () => {
  it('is shown by that name, and said in a warning', () => {
    const r = ingest('# Noon briefing\n\nThe following is a transcript of today’s briefing by Maria Lopez, Spokesperson for the Secretary-General.\n\n**Question:** Who paid for the repairs?\n\n**Spokesperson:** The city did.\n\n**Question:** And the steel?\n\n**Spokesperson:** It came from Bonn.\n', 'un.md');
    expect(who(r)).toEqual(['Interviewer (interviewer)', 'Maria Lopez (guest)', 'Interviewer (interviewer)', 'Maria Lopez (guest)']);
    expect(r.transcript.warnings.map((w) => w.message)).toContain("the label 'Spokesperson' is shown as Maria Lopez, the name the conversation gives it");
  });
  it('is not someone who speaks under a label of their own (guard: "Witness: Professor Maria Lopez, Chair in Structural Engineering" above `Chair:`)', () => {
    const r = ingest('Oral evidence: Bridges\n\nWitness: Professor Maria Lopez, Chair in Structural Engineering, University of Bristol.\n\nQ1 Chair: How many bridges are at risk?\n\nProfessor Lopez: Several hundred.\n\nQ2 Chair: Thank you.\n\nProfessor Lopez: Thank you.\n', 'evidence.txt');
    expect(who(r)[0]).toBe('Chair (interviewer)');
  });
});

describe('a Japanese news page as scraped: a breadcrumb ending in plain words, a bar of share buttons, “next page”, related articles', () => {
  const page = ['[ホーム](https://example.jp/) > [ビジネス](https://example.jp/biz/) > インタビュー', '', '# マリア・ロペス「水は橋の敵」', '', '技術者のマリア・ロペス氏に話を聞いた。（聞き手・田中太郎）', '', '[ツイート](https://twitter.com/share) [シェア](https://facebook.com/share) [はてなブックマーク](https://b.hatena.ne.jp)', '', '――すべてはどこから始まったのですか。', '', '祖父の橋からです。', '', '――橋を長持ちさせるものは何ですか。', '', '主に水の管理です。', '', '[次のページへ](https://example.jp/2)', '', 'この記事をシェア', '', '## 関連記事', '', '- [道路はなぜひび割れるのか](https://example.jp/roads)', ''].join('\n');
  it('keeps the answers the guest’s alone and the page’s furniture out of the intro and the outro', () => {
    const r = ingest(page, 'ja.md');
    expect(spoken(r)).toEqual(['田中太郎 (interviewer): すべてはどこから始まったのですか。', 'マリア・ロペス (guest): 祖父の橋からです。', '田中太郎 (interviewer): 橋を長持ちさせるものは何ですか。', 'マリア・ロペス (guest): 主に水の管理です。']);
    expect(r.transcript.intro.map((p) => p.text)).toEqual(['技術者のマリア・ロペス氏に話を聞いた。（聞き手・田中太郎）']);
    expect(r.transcript.outro).toEqual([]);
    expect(r.transcript.removed.map((x) => x.line)).toEqual([1, 7, 17, 19, 21, 23]);
  });
  it('does not take a line of links that are not buttons for chrome (guard)', () => {
    const r = ingest('# Maria Lopez\n\nTom Becker: Which bridges?\n\nMaria Lopez: These two.\n\n[Rhine bridge](https://example.com/rhine) [Elbe bridge](https://example.com/elbe)\n\nTom Becker: Thanks.\n\nMaria Lopez: Thank you.\n', 'links.md');
    expect(r.transcript.removed.filter((x) => x.kind === 'chrome')).toEqual([]);
  });
});

describe('a parliament’s verbatim record: a full stop and a dash after the speaker (`President. – ...`, `Maria Lopez (S&D). – ...`), or a party in parentheses (`Tom Becker (CDU/CSU):`)', () => {
  /** Each speech as the record gives it: who, saying what (paragraphs apart by ` | `). */
  const speeches = (r: IngestResult) => turnsOf(r).map((t) => `${t.speaker}: ${t.paragraphs.join(' | ')}`);
  it('reads each as a label, the group or office no part of the name', () => {
    const r = ingest('# Debate: Bridge safety\n\nPresident. – The next item is the debate on bridge safety.\n\nMaria Lopez (S&D). – Madam President, bridges are failing because of water.\n\nTom Becker (EPP). – Madam President, who will pay?\n\nMaroš Šefčovič, Vice-President of the Commission. – Madam President, the Union will help.\n\nMaria Lopez (S&D). – The Member States will pay too.\n\nPresident. – The debate is closed.\n', 'debate.md');
    expect(speeches(r)).toEqual([
      'President: The next item is the debate on bridge safety.',
      'Maria Lopez: Madam President, bridges are failing because of water.',
      'Tom Becker: Madam President, who will pay?',
      'Maroš Šefčovič: Madam President, the Union will help.',
      'Maria Lopez: The Member States will pay too.',
      'President: The debate is closed.',
    ]);
  });
  it('reads a party in parentheses after each speaker alone on the line (`Tom Becker (CDU/CSU):`), each speaker once too, and the chamber’s reactions as no one’s words', () => {
    const r = ingest('# Plenarprotokoll 21/12\n\nPräsidentin Maria Lopez:\n\nIch eröffne die Sitzung.\n\nTom Becker (CDU/CSU):\n\nFrau Präsidentin! Unsere Brücken sind marode.\n\n(Beifall bei der CDU/CSU)\n\nWir müssen jetzt handeln.\n\n(Zuruf von der AfD: Zu spät!)\n\nPräsidentin Maria Lopez:\n\nNächste Rednerin ist Ana Silva.\n\nAna Silva (SPD):\n\nWasser ist das Problem.\n\n(Beifall bei der SPD)\n\nPräsidentin Maria Lopez:\n\nDie Sitzung ist geschlossen.\n', 'bundestag.md');
    expect(speeches(r)).toEqual([
      'Präsidentin Maria Lopez: Ich eröffne die Sitzung.',
      'Tom Becker: Frau Präsidentin! Unsere Brücken sind marode. | Wir müssen jetzt handeln.',
      'Präsidentin Maria Lopez: Nächste Rednerin ist Ana Silva.',
      'Ana Silva: Wasser ist das Problem.',
      'Präsidentin Maria Lopez: Die Sitzung ist geschlossen.',
    ]);
    expect(r.transcript.removed.map((x) => x.text)).toEqual(['(Beifall bei der CDU/CSU)', '(Zuruf von der AfD: Zu spät!)', '(Beifall bei der SPD)']);
  });
  it('reads a French record’s titles and full stops (`M. le président. ...`, `Mme Maria Lopez. ...`, `Mme Ana Silva, ministre des transports. ...`)', () => {
    const r = ingest('# Séance du 3 novembre 2026\n\nM. le président. La parole est à Mme Maria Lopez.\n\nMme Maria Lopez. Nos ponts sont en danger.\n\n(Applaudissements sur les bancs du groupe SOC.)\n\nM. le président. La parole est à M. Tom Becker.\n\nM. Tom Becker. Qui va payer ?\n\nMme Ana Silva, ministre des transports. L’État paiera.\n\nM. le président. La séance est levée.\n', 'an.md');
    expect(speeches(r)).toEqual([
      'Le président: La parole est à Mme Maria Lopez.',
      'Maria Lopez: Nos ponts sont en danger.',
      'Le président: La parole est à M. Tom Becker.',
      'Tom Becker: Qui va payer ?',
      'Ana Silva: L’État paiera.',
      'Le président: La séance est levée.',
    ]);
  });
  it('reads a French committee’s chair named after the office (`M. le président Tom Becker.`), and the office alone then as him (his lines were the intro and the others’ words)', () => {
    const r = ingest("Commission du développement durable\n\nM. le président Tom Becker. Nous recevons aujourd'hui Mme Maria Lopez. Madame, vous avez la parole.\n\nMme Maria Lopez, ingénieure en chef. Merci, monsieur le président. L'eau est le premier ennemi des ponts.\n\nM. le président. Combien de ponts sont en mauvais état ?\n\nMme Maria Lopez. Environ un sur cinq.\n\nM. Paul Kim. Madame, que faudrait-il faire en priorité ?\n\nMme Maria Lopez. Le drainage.\n\nM. le président Tom Becker. Je vous remercie.\n", 'an.txt');
    expect(spoken(r)).toEqual(["Tom Becker (interviewer): Nous recevons aujourd'hui Mme Maria Lopez. Madame, vous avez la parole.", "Maria Lopez (guest): Merci, monsieur le président. L'eau est le premier ennemi des ponts.", 'Tom Becker (interviewer): Combien de ponts sont en mauvais état ?', 'Maria Lopez (guest): Environ un sur cinq.', 'Paul Kim (interviewer): Madame, que faudrait-il faire en priorité ?', 'Maria Lopez (guest): Le drainage.', 'Tom Becker (interviewer): Je vous remercie.']);
  });
  it('reads a French Senate committee’s record, a dash after the full stop (`M. Tom Becker, président. – ...`): the dash out of the words, the chair who gives the floor asking (the dash began every turn, the chair was a guest)', () => {
    const r = ingest("Commission de l'aménagement du territoire\n\nM. Tom Becker, président. – Nous recevons aujourd'hui Mme Maria Lopez, ingénieure. Madame, vous avez la parole.\n\nMme Maria Lopez, ingénieure. – Merci, monsieur le président. Un tiers des ponts ont besoin de travaux.\n\nM. Paul Kim. – Combien d'inspecteurs avez-vous ?\n\nMme Maria Lopez. – Douze. Ce n'est pas assez.\n\nM. Tom Becker, président. – Quelles sont vos priorités ?\n\nMme Maria Lopez. – L'eau, d'abord.\n\nM. Tom Becker, président. – Merci, madame.\n", 'senat.txt');
    expect(spoken(r)).toEqual(["Tom Becker (interviewer): Nous recevons aujourd'hui Mme Maria Lopez, ingénieure. Madame, vous avez la parole.", 'Maria Lopez (guest): Merci, monsieur le président. Un tiers des ponts ont besoin de travaux.', "Paul Kim (interviewer): Combien d'inspecteurs avez-vous ?", "Maria Lopez (guest): Douze. Ce n'est pas assez.", 'Tom Becker (interviewer): Quelles sont vos priorités ?', "Maria Lopez (guest): L'eau, d'abord.", 'Tom Becker (interviewer): Merci, madame.']);
  });
  it('shows a Spanish record’s speakers in capitals after their title as names (`La señora LÓPEZ GARCÍA:` as La señora López García), and `(Aplausos).` as no one’s words', () => {
    const r = ingest('# Diario de Sesiones\n\nEl señor PRESIDENTE: Tiene la palabra la señora López García.\n\nLa señora LÓPEZ GARCÍA: Nuestros puentes están en peligro.\n\n(Aplausos).\n\nEl señor PRESIDENTE: Tiene la palabra el señor Becker.\n\nEl señor BECKER MARTÍN: ¿Quién va a pagar?\n\nEl señor PRESIDENTE: Se levanta la sesión.\n', 'congreso.md');
    expect(speeches(r)).toEqual([
      'El señor Presidente: Tiene la palabra la señora López García.',
      'La señora López García: Nuestros puentes están en peligro.',
      'El señor Presidente: Tiene la palabra el señor Becker.',
      'El señor Becker Martín: ¿Quién va a pagar?',
      'El señor Presidente: Se levanta la sesión.',
    ]);
  });
  it('reads an Italian record’s office and names in capitals with a full stop (`PRESIDENTE. ...`, `TOM BECKER. ...` once too)', () => {
    const r = ingest('# Resoconto stenografico\n\nPRESIDENTE. Ha facoltà di parlare l’onorevole Lopez.\n\nMARIA LOPEZ. Grazie, Presidente. I nostri ponti sono in pericolo.\n\nPRESIDENTE. Ha facoltà di parlare l’onorevole Becker.\n\nTOM BECKER. Chi pagherà?\n\nMARIA LOPEZ. Lo Stato.\n\nPRESIDENTE. La seduta è tolta.\n', 'camera.md');
    expect(speeches(r)).toEqual([
      'Presidente: Ha facoltà di parlare l’onorevole Lopez.',
      'Maria Lopez: Grazie, Presidente. I nostri ponti sono in pericolo.',
      'Presidente: Ha facoltà di parlare l’onorevole Becker.',
      'Tom Becker: Chi pagherà?',
      'Maria Lopez: Lo Stato.',
      'Presidente: La seduta è tolta.',
    ]);
  });
  it('leaves a word and a full stop before a dash in a speaker’s words as words (guard)', () => {
    const r = ingest('# Talk\n\nTom Becker: Why?\n\nMaria Lopez: Water.\n\nYes. – and it always was.\n\nTom Becker: And steel?\n\nMaria Lopez: Easy.\n', 'yes.md');
    expect(turnsOf(r)[1]!.paragraphs).toEqual(['Water.', 'Yes. – and it always was.']);
  });
});

describe('a cast list above the interview, each speaker’s label and a few words on the person (`Maria Lopez: founder of Rhine Works`, `Ana Silva: moderator`)', () => {
  it('is the intro, not each person’s first turn, nor a heading', () => {
    const r = ingest('# Panel: bridges\n\nMaria Lopez: founder of Rhine Works\n\nTom Becker: engineer at the City of Bonn\n\nAna Silva: moderator\n\nAna Silva: Welcome. Maria, what worries you?\n\nMaria Lopez: Water.\n\nAna Silva: Tom?\n\nTom Becker: Money.\n', 'cast.md');
    expect(spoken(r)).toEqual(['Ana Silva (interviewer): Welcome. Maria, what worries you?', 'Maria Lopez (guest): Water.', 'Ana Silva (interviewer): Tom?', 'Tom Becker (guest): Money.']);
    expect(r.transcript.intro.map((p) => p.text)).toEqual(['Maria Lopez: founder of Rhine Works', 'Tom Becker: engineer at the City of Bonn', 'Ana Silva: moderator']);
    expect(r.transcript.sections.map((s) => s.heading)).toEqual([null]);
  });
  it('leaves short opening turns without punctuation the speakers’ own (guard: `Tom Becker: hi everyone`, `Maria Lopez: hey tom`)', () => {
    const r = ingest('# Episode 12\n\nTom Becker: hi everyone\n\nMaria Lopez: hey tom\n\nTom Becker: Where did it start for you?\n\nMaria Lopez: With my grandfather’s bridge.\n', 'open.md');
    expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
  });
});

describe('role words as labels in other languages, named by how the speakers address each other (`Presentador:` / `Invitada:`, "Hola Maria, bienvenida." / "Gracias, Tom.")', () => {
  const pod = (dek: string, host: string, guest: string, hello: string, thanks: string) =>
    ingest(`# Episodio 12\n\n${dek}\n\n${host}: ${hello} ¿Dónde empezó todo?\n\n${guest}: ${thanks} Con el puente de mi abuelo.\n\n${host}: ¿Y el acero?\n\n${guest}: Es fácil.\n`, 'pod.md');
  it('shows each by the full name the introduction gives, said in a warning', () => {
    for (const [host, guest, hello, thanks] of [['Presentador', 'Invitada', 'Hola Maria, bienvenida.', 'Gracias, Tom.'], ['Animateur', 'Invitée', 'Bonjour Maria, bienvenue.', 'Merci Tom.'], ['Moderator', 'Gast', 'Hallo Maria, willkommen.', 'Danke, Tom.']] as const) {
      const r = pod('Tom Becker conversa con Maria Lopez, ingeniera.', host, guest, hello, thanks);
      expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
      expect(r.transcript.warnings.map((w) => w.message)).toContain(`the label '${guest}' is shown as Maria Lopez, the name the conversation gives it`);
    }
  });
  it('names no one where the introduction gives no full name with that first name (guard)', () => {
    expect(who(pod('Un episodio sobre puentes.', 'Presentador', 'Invitada', 'Hola Maria, bienvenida.', 'Gracias, Tom.'))).toEqual(['Presentador (interviewer)', 'Invitada (guest)', 'Presentador (interviewer)', 'Invitada (guest)']);
  });
});

describe('turns apart by HTML’s line breaks in one line, as a web editor’s text keeps them (`...you?<br>Maria Lopez: ...`)', () => {
  const turns = ['Tom Becker: Where did it start for you?', 'Maria Lopez: With my grandfather’s bridge.', 'Tom Becker: And steel?', 'Maria Lopez: Easy.'];
  it('reads each as a turn, in plain text or in a paragraph of HTML with the labels in bold', () => {
    for (const text of [`${turns.join('<br>')}\n`, `# Episode 12\n\n<p>${turns.map((t) => t.replace(/^(.+?:)/, '<strong>$1</strong>')).join('<br />')}</p>\n`]) {
      expect(spoken(ingest(text, 'br.md'))).toEqual(['Tom Becker (interviewer): Where did it start for you?', 'Maria Lopez (guest): With my grandfather’s bridge.', 'Tom Becker (interviewer): And steel?', 'Maria Lopez (guest): Easy.']);
    }
  });
  it('leaves a break inside a speaker’s words where no label follows it (guard)', () => {
    const r = ingest('# Poem\n\nTom Becker: Read it?\n\nMaria Lopez: Water rises,<br>steel rusts: and the bridge holds.\n\nTom Becker: Thanks.\n\nMaria Lopez: Thank you.\n', 'poem.md');
    expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
  });
});

describe('a byline in a script without case (`حاورها: توم بيكر`, `ראיון: תום בקר`)', () => {
  it('names the interviewer, and stays in the intro, no section’s heading', () => {
    const r = ingest('# ماريا لوبيز: الماء عدو الجسور\n\nتبني المهندسة ماريا لوبيز الجسور منذ ثلاثين عامًا.\n\nحاورها: توم بيكر\n\nس: من أين بدأ كل شيء؟\n\nج: من جسر جدي.\n\nس: وماذا عن الفولاذ؟\n\nج: سهل.\n', 'ar.md');
    expect([r.transcript.interviewer, r.transcript.guest]).toEqual(['توم بيكر', 'ماريا لوبيز']);
    expect(r.transcript.sections.map((s) => s.heading)).toEqual([null]);
    const he = ingest('# מריה לופז: "המים הם האויב"\n\nהמהנדסת מריה לופז בונה גשרים.\n\nראיון: תום בקר\n\nש: איפה זה התחיל?\n\nת: בגשר של סבא שלי.\n\nש: ופלדה?\n\nת: קל.\n', 'he.md');
    expect(he.transcript.interviewer).toBe('תום בקר');
  });
  it('a headline saying whom the interview is with (`حوار مع ماريا لوبيز`, `گفتگو با ماریا لوپز`, `ראיון עם מריה לופז`) names the guest the text writes again', () => {
    const guest = (title: string, dek: string, q: string, a: string) => ingest(`# ${title}\n\n${dek}\n\n${q}: ?\n\n${a}: .\n\n${q}: ?\n\n${a}: .\n`, 'with.md').transcript.guest;
    expect(guest('حوار مع ماريا لوبيز', 'المهندسة ماريا لوبيز تدرس الجسور.', 'س', 'ج')).toBe('ماريا لوبيز');
    expect(guest('گفتگو با ماریا لوپز', 'مهندس ماریا لوپز پل‌ها را مطالعه می‌کند.', 'پرسش', 'پاسخ')).toBe('ماریا لوپز');
    expect(guest('ראיון עם מריה לופז', 'המהנדסת מריה לופז בונה גשרים.', 'ש', 'ת')).toBe('מריה לופז');
    // (Not a name the text never writes again.)
    expect(guest('حوار مع ماريا لوبيز', 'مهندسة تدرس الجسور.', 'س', 'ج')).toBeNull();
  });
  it('a job before the name at a headline’s end (`حوار مع مهندسة الجسور ماريا لوبيز`, `교량 엔지니어 마리아 로페스 인터뷰`, `पुल इंजीनियर मारिया लोपेज़ से बातचीत`) names the guest the dek writes (it was "Guest")', () => {
    const guest = (title: string, dek: string, q: string, a: string) => ingest(`${title}\n\n${dek}\n\n${q}: ?\n\n${a}: .\n\n${q}: ?\n\n${a}: .\n`, 'tail.txt').transcript.guest;
    expect(guest('حوار مع مهندسة الجسور ماريا لوبيز', 'تفحص ماريا لوبيز الجسور منذ ثلاثين عاما.', 'س', 'ج')).toBe('ماريا لوبيز');
    expect(guest('교량 엔지니어 마리아 로페스 인터뷰', '마리아 로페스는 30년 동안 다리를 점검해 왔다.', '질문', '답변')).toBe('마리아 로페스');
    expect(guest('पुल इंजीनियर मारिया लोपेज़ से बातचीत', 'मारिया लोपेज़ तीस साल से पुलों की जाँच कर रही हैं।', 'प्रश्न', 'उत्तर')).toBe('मारिया लोपेज़');
    // (Not two words the dek writes before something else, no particle after them: `강철 이야기 속`.)
    expect(guest('물과 강철 이야기 인터뷰', '강철 이야기 속 마리아 로페스는 30년 동안 다리를 점검해 왔다.', '질문', '답변')).toBeNull();
  });
  it('reads `सवाल:` and `जवाब:` as Hindi’s question and answer, no one’s names', () => {
    const r = ingest('# साक्षात्कार: मारिया लोपेज़\n\nइंजीनियर मारिया लोपेज़ पुलों का अध्ययन करती हैं।\n\nसवाल: आपने पुल क्यों चुने?\n\nजवाब: क्योंकि वे चुपचाप गिरते हैं।\n\nसवाल: आपने क्या पाया?\n\nजवाब: कोई उनकी जाँच नहीं करता।\n', 'hi.md');
    expect(who(r)).toEqual(['Interviewer (interviewer)', 'मारिया लोपेज़ (guest)', 'Interviewer (interviewer)', 'मारिया लोपेज़ (guest)']);
  });
  it('heading the page, the word for an interview and a name name the guest the text writes again, never the interviewer', () => {
    const r = ingest('# साक्षात्कार: मारिया लोपेज़\n\nइंजीनियर मारिया लोपेज़ पुलों का अध्ययन करती हैं।\n\nप्रश्न: आपने पुल क्यों चुने?\n\nउत्तर: क्योंकि वे चुपचाप गिरते हैं।\n\nप्रश्न: आपने क्या पाया?\n\nउत्तर: कोई उनकी जाँच नहीं करता।\n', 'hi.md');
    expect([r.transcript.interviewer, r.transcript.guest]).toEqual([null, 'मारिया लोपेज़']);
    expect(who(r)).toEqual(['Interviewer (interviewer)', 'मारिया लोपेज़ (guest)', 'Interviewer (interviewer)', 'मारिया लोपेज़ (guest)']);
  });
});

describe('a newsletter’s e-mail footer after the last answer (`Upgrade to paid`, `Like` `Comment` `Restack`, its postal address, `Unsubscribe`)', () => {
  it('keeps the guest’s last words hers, the note to subscribers the outro, the buttons and the address out', () => {
    const r = ingest('# Maria Lopez on bridges\n\nTom Becker: Where did it start?\n\nMaria Lopez: With a bridge.\n\nTom Becker: And steel?\n\nMaria Lopez: Easy.\n\nYou’re currently a free subscriber to Rivers and Roads. For the full experience, upgrade your subscription.\n\n[Upgrade to paid](https://example.substack.com/subscribe)\n\n[Like](https://example.substack.com/like) [Comment](https://example.substack.com/comment) [Restack](https://example.substack.com/restack)\n\n© 2026 Tom Becker\n548 Market Street PMB 72296, San Francisco, CA 94104\n[Unsubscribe](https://example.substack.com/unsubscribe)\n', 'mail.md');
    expect(spoken(r).at(-1)).toBe('Maria Lopez (guest): Easy.');
    expect(r.transcript.outro.map((p) => p.text)).toEqual(['You’re currently a free subscriber to Rivers and Roads. For the full experience, upgrade your subscription.']);
  });
});

describe('a figure’s label with its unit in parentheses in an answer (`Revenue (EUR): 3 million.`), or a firm and its town (`Rhine Works (Bonn): the drainage.`)', () => {
  it('is the guest’s words, no speaker whose initials the parentheses define', () => {
    const r = ingest('# Talk\n\nTom Becker: What did it cost?\n\nMaria Lopez: Here are the numbers.\n\nRevenue (EUR): 3 million.\n\nCosts (EUR): 2 million.\n\nTom Becker: Thanks.\n\nMaria Lopez: Thank you.\n', 'figures.md');
    expect(spoken(r)[1]).toBe('Maria Lopez (guest): Here are the numbers. | Revenue (EUR): 3 million. | Costs (EUR): 2 million.');
    const firms = ingest('# Talk\n\nTom Becker: Who helped?\n\nMaria Lopez: Two firms.\n\nRhine Works (Bonn): the drainage.\n\nDelft Labs (Delft): the steel.\n\nTom Becker: Thanks.\n\nMaria Lopez: Thank you.\n', 'firms.md');
    expect(spoken(firms)[1]).toBe('Maria Lopez (guest): Two firms. | Rhine Works (Bonn): the drainage. | Delft Labs (Delft): the steel.');
  });
});

describe('a host who talks at length and a terse guest who asks back, no dek naming either', () => {
  it('reads the one who opens addressing the other by first name ("So, Maria, ...") and prompts ("Tell me about that night.") as the host; a guest who opens with her thanks stays the guest (guard)', () => {
    const r = ingest('# Bridges\n\nTom Becker: So, Maria, you have spent twenty years on bridges, and I read that you once climbed the Köhlbrand in a storm to check a cable. Tell me about that night.\n\nMaria Lopez: It was windy.\n\nTom Becker: I imagine. When I climbed it last year for a story, in perfect weather, I could barely hold on. The view of the harbour is something else, though.\n\nMaria Lopez: Do you think so? I never looked at the view.\n\nTom Becker: Never? Not once in twenty years of climbing?\n\nMaria Lopez: Not once. You look at the steel.\n', 'terse.md');
    expect([r.transcript.interviewer, r.transcript.guest]).toEqual(['Tom Becker', 'Maria Lopez']);
    const thanks = ingest('# Bridges\n\nMaria Lopez: Thanks for having me, Tom. It is a pleasure to be here.\n\nTom Becker: Great to have you. Why bridges?\n\nMaria Lopez: My father built them.\n\nTom Becker: And the steel?\n\nMaria Lopez: It came late.\n', 'thanks.md');
    expect([thanks.transcript.interviewer, thanks.transcript.guest]).toEqual(['Tom Becker', 'Maria Lopez']);
  });
});

describe('a Polish dek naming the guest after its preposition (`Z inżynier Marią Lopez rozmawia Tomasz Becker.`)', () => {
  it('names `Lopez:` in the nominative, Maria Lopez, not as the instrumental writes her', () => {
    const r = ingest('# Rozmowa z Marią Lopez\n\nZ inżynier Marią Lopez rozmawia Tomasz Becker.\n\nBecker: Dlaczego mosty się zawalają?\n\nLopez: Najczęściej przez wodę.\n\nBecker: A mosty stalowe?\n\nLopez: Zmęczenie materiału.\n', 'pl.md');
    expect([r.transcript.guest, r.transcript.interviewer]).toEqual(['Maria Lopez', 'Tomasz Becker']);
    expect(who(r)).toEqual(['Tomasz Becker (interviewer)', 'Maria Lopez (guest)', 'Tomasz Becker (interviewer)', 'Maria Lopez (guest)']);
  });
  it('and so do Russian, Ukrainian and Czech deks naming a woman in the instrumental (`С инженером Марией Лопес`, `З інженеркою Марією Лопес`, `S inženýrkou Marií Lopezovou`); a name like Lou Reed stays (guard)', () => {
    const ru = ingest('# Беседа с Марией Лопес\n\nС инженером Марией Лопес беседовал Том Беккер.\n\nБеккер: Почему мосты?\n\nЛопес: Мой отец их строил.\n\nБеккер: А сталь?\n\nЛопес: Она опаздывала.\n', 'ru.md');
    expect([ru.transcript.guest, who(ru)[1]]).toEqual(['Мария Лопес', 'Мария Лопес (guest)']);
    const cs = ingest('# Rozhovor s Marií Lopezovou\n\nS inženýrkou Marií Lopezovou hovořil Tomáš Becker.\n\nBecker: Proč mosty?\n\nLopezová: Můj otec je stavěl.\n\nBecker: A ocel?\n\nLopezová: Přišla pozdě.\n', 'cs.md');
    expect([cs.transcript.guest, who(cs)[1]]).toEqual(['Marie Lopezová', 'Marie Lopezová (guest)']);
    const uk = ingest('# Розмова з Марією Лопес\n\nЗ інженеркою Марією Лопес розмовляв Тарас Беккер.\n\nБеккер: Чому мости?\n\nЛопес: Мій батько їх будував.\n\nБеккер: А сталь?\n\nЛопес: Запізнювалася.\n', 'uk.md');
    expect([uk.transcript.guest, who(uk)[1]]).toEqual(['Марія Лопес', 'Марія Лопес (guest)']);
    expect([...namesIn('We talked with Lou Reed about music.').keys()]).toEqual(['Lou Reed']);
  });
});

describe('a short exchange: one question and its answer, each labelled by a full name once', () => {
  it('is two turns, in bold or plain; a list of notes (`Rhine Works: founded in 1961 in Bonn.`) names no speakers (guard)', () => {
    for (const [a, b] of [['**Tom Becker:**', '**Maria Lopez:**'], ['Tom Becker:', 'Maria Lopez:']]) {
      const r = ingest(`# Bridges\n\nMaria Lopez inspects bridges.\n\n${a} Why bridges?\n\n${b} My father built them.\n`, 'short.md');
      expect(spoken(r)).toEqual(['Tom Becker (interviewer): Why bridges?', 'Maria Lopez (guest): My father built them.']);
    }
    expect(() => ingest('# Notes\n\nRhine Works: founded in 1961 in Bonn.\n\nBonn University: a partner since 2002.\n', 'notes.md')).toThrow(/no speaker turns found/);
  });
});

describe('code fences: a transcript pasted inside one, and a snippet of code in an answer', () => {
  it('reads a transcript inside a fence as the text it is, its fences markup; it failed the build as turns run together', () => {
    const text = '# Maria Lopez on bridges\n\n```\nTom Becker: Why bridges?\nMaria Lopez: My father built them.\nTom Becker: And the steel?\nMaria Lopez: It came late, always.\n```\n';
    const r = ingest(text, 'fenced.md');
    expect(spoken(r)).toEqual(['Tom Becker (interviewer): Why bridges?', 'Maria Lopez (guest): My father built them.', 'Tom Becker (interviewer): And the steel?', 'Maria Lopez (guest): It came late, always.']);
    expect([r.lineUse[2], r.lineUse[7]]).toEqual(['markup', 'markup']);
  });
  it('keeps a snippet in an answer whole, her words: its fence was removed as spam and `Host: example.com` was a speaker called Host', () => {
    const r = ingest('# Deploying\n\nTom Becker: How do you configure it?\n\nMaria Lopez: Like this:\n\n```\nHost: example.com\nUser: admin\n```\n\nTom Becker: Simple.\n\nMaria Lopez: Yes.\n', 'code.md');
    expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
    expect(turnsOf(r)[1]!.paragraphs.join('\n')).toContain('Host: example.com');
    expect([r.transcript.removed, r.transcript.warnings]).toEqual([[], []]);
  });
});

describe('a research interview: `Interviewer:`, `Participant:`, and an observer’s or note-taker’s line', () => {
  it('reads the participant who answers as the guest, and an `Observer:` or `Note-taker:` line as neither side, not the guest nor glued to the answer', () => {
    const r = ingest('# Interview 7, site B\n\nInterviewer: Can you describe a normal day?\n\nParticipant: I start at six.\n\nObserver: [points toward the river]\n\nInterviewer: And the work?\n\nParticipant: Mostly welding.\n', 'study.md');
    expect(spoken(r)).toEqual(['Interviewer (interviewer): Can you describe a normal day?', 'Participant (guest): I start at six.', 'Observer (other): [points toward the river]', 'Interviewer (interviewer): And the work?', 'Participant (guest): Mostly welding.']);
    const notes = ingest('# Interview 8\n\nInterviewer: Can you describe a normal day?\n\nRespondent: I start at six.\n\nNote-taker: [points toward the river]\n\nInterviewer: And the work?\n\nRespondent: Mostly welding.\n', 'notes.md');
    expect(spoken(notes)[2]).toBe('Note-taker (other): [points toward the river]');
  });
  it('keeps a `Participant:` beside a named speaker of a talk as one of the audience (guard)', () => {
    const r = ingest('---\ntitle: Bridges that last\nspeakers: [Maria Lopez]\n---\n\nMaria Lopez: Tonight I talk about bridges that last.\n\nModerator: We have time for questions.\n\nParticipant: How do you inspect cables?\n\nMaria Lopez: With magnets, mostly.\n', 'talk.md');
    expect(who(r)).toEqual(['Maria Lopez (guest)', 'Moderator (interviewer)', 'Participant (other)', 'Maria Lopez (guest)']);
  });
});

describe('a panel’s dek opening with the moderator’s role (`Moderator Ana Silva was joined by ...`), surnames in capitals', () => {
  it('names `SILVA:` Ana Silva, not “Moderator Ana Silva”, and reads those she “was joined by” as panelists: Paul Kim, who answers once and briefly, was an interviewer', () => {
    const r = ingest('# Closing panel\n\nModerator Ana Silva was joined by Maria Lopez (Rhine Works) and Paul Kim (Bonn University).\n\nSILVA: Let us start with money. Maria?\n\nLOPEZ: There is never enough.\n\nSILVA: Paul, do you agree?\n\nKIM: Partly.\n\nSILVA: Thank you both.\n', 'panel.md');
    expect(r.transcript.interviewer).toBe('Ana Silva');
    expect(who(r)).toEqual(['Ana Silva (interviewer)', 'Maria Lopez (guest)', 'Ana Silva (interviewer)', 'Paul Kim (guest)', 'Ana Silva (interviewer)']);
  });
});

describe('a Markdown title in plain text: a `.txt` file, or above a video site’s transcript panel copied as times and words', () => {
  it('reads `# Bridges and steel` in a `.txt` file as the title, without its `#`', () => {
    const r = ingest('# Bridges and steel\n\nTom Becker: Why steel?\n\nMaria Lopez: It forgives.\n', 'bridges.txt');
    expect([r.transcript.title, r.titleFrom]).toEqual(['Bridges and steel', 'text']);
  });
  it('reads the `# heading` above `0:00` / `so I want to start...` as the title, not as the speaker’s first words', () => {
    const r = ingest('---\nspeakers: [Maria Lopez]\n---\n# Why bridges fail | Maria Lopez | TEDxBonn\n\n0:00\nso I want to start with a story\n0:03\nabout a bridge that fell down in 1967\n0:08\nforty-six people died that night\n0:12\nand it took a year to find out why\n', 'talk.md');
    expect(r.transcript.title).toBe('Why bridges fail | Maria Lopez | TEDxBonn');
    expect(spoken(r)).toEqual(['Maria Lopez (guest): so I want to start with a story about a bridge that fell down in 1967 forty-six people died that night and it took a year to find out why']);
  });
});

describe('a Q&A article’s closing notes after the interviewer’s last turn', () => {
  it('reads “This interview has been edited and condensed.”, and a correction above it, as the outro, not the interviewer’s words', () => {
    for (const [a, b] of [['', ''], ['*', '*']]) {
      const r = ingest(`# Bridges\n\nMaria Lopez inspects bridges.\n\n**Tom Becker:** What goes wrong first?\n\n**Maria Lopez:** Drainage, always. Water gets into the joints and the steel rusts from inside.\n\n**Tom Becker:** Thank you.\n\n${a}Correction: An earlier version of this article misstated the year the bridge opened.${b}\n\n${a}This interview has been edited and condensed.${b}\n`, 'notes.md');
      expect(spoken(r).at(-1)).toBe('Tom Becker (interviewer): Thank you.');
      expect(r.transcript.outro.map((p) => p.text)).toEqual(['Correction: An earlier version of this article misstated the year the bridge opened.', 'This interview has been edited and condensed.']);
    }
  });
});

describe('two speakers in a short exchange, the guest answering in a word', () => {
  const exchange = '**Tom Becker:** What goes wrong first?\n\n**Maria Lopez:** Drainage.\n\n**Tom Becker:** Thank you.\n';
  it('reads the one the headline or the dek names as the guest, and the one the byline names as the interviewer', () => {
    for (const intro of ['# Bridges\n\nMaria Lopez inspects bridges.\n\n', '# Maria Lopez on bridges\n\n', '# Bridges\n\nBy Tom Becker\n\n']) {
      const r = ingest(intro + exchange, 'short.md');
      expect([r.transcript.interviewer, r.transcript.guest]).toEqual(['Tom Becker', 'Maria Lopez']);
    }
  });
});

describe('first names alone above the words, no blank line between (`Stephanie` / `¿Y qué te entusiasmó?`), under a list of links', () => {
  it('reads each first name as its speaker’s label; `Parte 1: <https://...>` above is no turn of a file labelled inline', () => {
    const r = ingest('# Los temas de Taproot\n\nParte 1: <https://example.com/parte-1>\n\nBorrador: <https://example.com/borrador>\n\nAdam\nEn este episodio hablamos de firmas.\n\nStephanie\nQuiero sumarme a lo dicho por Adam.\n\nPieter\nMe topé con Bitcoin en 2010.\n\nStephanie\n¿Y qué te entusiasmó?\n\nPieter\nLa idea de una moneda definida por software.\n\nAdam\n¿Y Schnorr?\n\nPieter\nEs más simple.\n', 'es.md');
    expect(who(r)).toEqual(['Adam (interviewer)', 'Stephanie (interviewer)', 'Pieter (guest)', 'Stephanie (interviewer)', 'Pieter (guest)', 'Adam (interviewer)', 'Pieter (guest)']);
    expect(turnsOf(r)[1]!.paragraphs).toEqual(['Quiero sumarme a lo dicho por Adam.']);
  });
  it('never reads a page’s word alone above its text (`Advertisement`) as a speaker, however often it stands there', () => {
    const r = ingest('# Taproot\n\nAdam\nIn this episode we talk about signatures.\n\nStephanie\nI want to add to what Adam said.\n\nAdvertisement\nBuy the Steelcloud database today.\n\nPieter\nI found Bitcoin in 2010.\n\nStephanie\nWhat excited you?\n\nAdvertisement\nBuy the Steelcloud database today.\n\nPieter\nThe idea of money defined by software.\n', 'ads.md');
    expect(who(r)).not.toContain('Advertisement (guest)');
    expect(r.transcript.removed.map((x) => x.text)).toEqual(['Advertisement', 'Advertisement']);
  });
});

describe('a meeting tool’s name and time alone on their lines, a blank line before the words', () => {
  it('reads `Speaker 1` / `00:00:07` / blank / words as a timed turn of Speaker 1', () => {
    const r = ingest('Speaker 1\n00:00:07\n\nHello everybody, welcome to the show.\n\nSpeaker 2\n00:00:12\n\nThanks for having me.\n\nSpeaker 1\n00:00:15\n\nWhy steel?\n\nSpeaker 2\n00:00:18\n\nIt forgives mistakes.\n', 'meeting.md');
    expect(turnsOf(r).map((t) => `${t.speaker} @${t.time}: ${t.paragraphs.join(' | ')}`)).toEqual(['Speaker 1 @7: Hello everybody, welcome to the show.', 'Speaker 2 @12: Thanks for having me.', 'Speaker 1 @15: Why steel?', 'Speaker 2 @18: It forgives mistakes.']);
  });
});

describe('first names in capitals as labels (`PIETER:`, `STEPHANIE:`), one of them once', () => {
  it('reads `JONATHAN:` once, a question of some length, as his turn, not words of the speaker before', () => {
    const r = ingest('# Taproot\n\nADAM: Welcome back. Today we talk about signatures.\n\nPIETER: Thanks, it is good to be here.\n\nSTEPHANIE: Where did Schnorr come from?\n\nPIETER: From a paper in 1989.\n\nJONATHAN: I always wondered why Bitcoin did not use it from the start. Was it the patent or something else?\n\nPIETER: The patent, mostly.\n\nADAM: And now?\n\nSTEPHANIE: Now it is in.\n', 'caps.md');
    expect(spoken(r)[4]).toBe('Jonathan (interviewer): I always wondered why Bitcoin did not use it from the start. Was it the patent or something else?');
  });
  it('keeps a note’s word in capitals once (`NOTE: the patent expires...`) in the words of the one who reads it out (guard)', () => {
    const r = ingest('# Taproot\n\nADAM: Welcome back. Today we talk about signatures.\n\nPIETER: Thanks, it is good to be here.\n\nSTEPHANIE: Where did Schnorr come from?\n\nPIETER: From a paper in 1989. Here is what I wrote back then, in a note to myself:\n\nNOTE: the patent expires in 2008 and we could use it from then on, if anyone cares enough to do it.\n\nADAM: And now?\n\nSTEPHANIE: Now it is in.\n', 'note.md');
    expect(spoken(r)[3]).toBe('Pieter (guest): From a paper in 1989. Here is what I wrote back then, in a note to myself: | NOTE: the patent expires in 2008 and we could use it from then on, if anyone cares enough to do it.');
  });
});

describe('a company blog’s Q&A: the company’s name alone above its bold questions, the guest’s above her answers, a footer of links', () => {
  it('reads both as labels: the questions end in `?**`, and the footer’s links do not count as the page’s lines', () => {
    const footer = Array.from({ length: 30 }, (_, i) => `- [Link ${i + 1}](https://example.com/${i + 1})`).join('\n');
    const r = ingest(`# Rhine Works on inspection\n\nMaria Lopez sat down with Steelcloud to discuss inspection.\n\nSteelcloud\n**How did you start?**\n\nMaria Lopez\nWith a crack in a bridge.\n\nSteelcloud\n**What changed?**\n\nMaria Lopez\nEverything, slowly.\n\nSteelcloud\n**What comes next?**\n\nMaria Lopez\nSensors on every bridge.\n\n## Products\n\n${footer}\n`, 'blog.md');
    expect(who(r).slice(0, 6)).toEqual(['Steelcloud (interviewer)', 'Maria Lopez (guest)', 'Steelcloud (interviewer)', 'Maria Lopez (guest)', 'Steelcloud (interviewer)', 'Maria Lopez (guest)']);
  });
});

describe('turns labelled by a name and a long dash (`Stephanie — ¿Y qué...?`, `Maria Lopez — Hi, Tom.`)', () => {
  it('reads first names and a dash as labels, where two or more open two turns or more each, the speaker changing', () => {
    const r = ingest('# Taproot\n\nAdam — En este episodio hablamos de firmas.\n\nStephanie — Quiero sumarme a lo dicho por Adam.\n\nPieter — Me topé con Bitcoin en 2010.\n\nStephanie — ¿Y qué te entusiasmó?\n\nPieter — La idea de una moneda definida por software.\n\nAdam — ¿Y Schnorr?\n\nPieter — Es más simple.\n', 'dash.md');
    expect(who(r)).toEqual(['Adam (interviewer)', 'Stephanie (interviewer)', 'Pieter (guest)', 'Stephanie (interviewer)', 'Pieter (guest)', 'Adam (interviewer)', 'Pieter (guest)']);
    expect(turnsOf(r)[3]!.paragraphs).toEqual(['¿Y qué te entusiasmó?']);
  });
  it('keeps words and a dash in an answer as written where the turns are labelled with colons (`Water — it gets into everything.`): the dash became a colon', () => {
    const r = ingest('# Bridges\n\nTom Becker: What are the enemies?\n\nMaria Lopez: Two of them.\n\nWater — it gets into everything.\n\nSalt — it eats the steel.\n\nWater — again, in winter.\n\nSalt — again, on the roads.\n\nTom Becker: Thanks.\n\nMaria Lopez: Thank you.\n', 'points.md');
    expect(spoken(r)[1]).toBe('Maria Lopez (guest): Two of them. | Water — it gets into everything. | Salt — it eats the steel. | Water — again, in winter. | Salt — again, on the roads.');
  });
  it('keeps a short turn’s words after a full name and a dash (`Tom Becker — Hi, Maria. You wrote this.`): they were read as a role after a name alone on its line, and lost', () => {
    const long = 'Nobody had asked for those files since the bridge was built in 1961, so the archive had to find them first.';
    const r = ingest(`# Bridges\n\n**Break:** [08:52]\n\nTom Becker — Hi, Maria. You wrote this.\n\nMaria Lopez — ${long}\n\nTom Becker — Why so long?\n\nMaria Lopez — ${long}\n\nTom Becker — And then?\n\nMaria Lopez — They found them.\n\nTom Becker — ${long}\n\nMaria Lopez — Yes, all of them.\n\nTom Becker — ${long}\n`, 'short.md');
    expect(spoken(r).slice(0, 3)).toEqual(['Tom Becker (interviewer): Hi, Maria. You wrote this.', `Maria Lopez (guest): ${long}`, 'Tom Becker (interviewer): Why so long?']);
    expect(spoken(r)[5]).toBe('Maria Lopez (guest): They found them.');
  });
});

describe('turns labelled by a name and a double dash (`Maria Lopez -- My father built them.`), as a plain-text editor sets a dash', () => {
  it('reads them as labels, short answers too (the names were words of an “Interviewer” and a “Guest” guessed from question marks, `Maria Lopez -- Yes` a heading)', () => {
    const r = ingest('# Bridges\n\nTom Becker -- Welcome to the show. Why bridges?\n\nMaria Lopez -- My father built them, and I watched.\n\nTom Becker -- And the steel?\n\nMaria Lopez -- Yes\n\nTom Becker -- Why so?\n\nMaria Lopez -- It came late, and it came cheap.\n', 'dashes.md');
    expect(spoken(r)).toEqual(['Tom Becker (interviewer): Welcome to the show. Why bridges?', 'Maria Lopez (guest): My father built them, and I watched.', 'Tom Becker (interviewer): And the steel?', 'Maria Lopez (guest): Yes', 'Tom Becker (interviewer): Why so?', 'Maria Lopez (guest): It came late, and it came cheap.']);
  });
  it('leaves a call’s names with what they do after a double dash, above the words, names above the words (guard)', () => {
    const r = ingest('# Rhine Works Q3 2026 Earnings Call\n\nOperator\n\nGood day and welcome to the call.\n\nMaria Lopez -- Chief Executive Officer\n\nThank you. Revenue grew nine percent.\n\nPaul Kim -- Analyst\n\nWhat drove the growth?\n\nMaria Lopez -- Chief Executive Officer\n\nBridges, mostly.\n\nPaul Kim -- Analyst\n\nAnd margins?\n\nMaria Lopez -- Chief Executive Officer\n\nSteady.\n', 'call.md');
    expect(turnsOf(r).map((t) => [t.speaker, t.paragraphs])).toEqual([['Operator', ['Good day and welcome to the call.']], ['Maria Lopez', ['Thank you. Revenue grew nine percent.']], ['Paul Kim', ['What drove the growth?']], ['Maria Lopez', ['Bridges, mostly.']], ['Paul Kim', ['And margins?']], ['Maria Lopez', ['Steady.']]]);
  });
});

describe('a podcast’s name and time before the words on one line (`Tom Becker 00:00:16 Welcome...`), someone speaking once', () => {
  it('reads `Senator Black 00:01:40 Thank you...` once as his turn, its time between the turns around it, not the words of the speaker before; a sentence opening with a name and a time off the timeline stays words, whole', () => {
    const r = ingest('# Hearing\n\nTom Becker 00:00:16 Welcome, Dr. Lopez.\n\nMaria Lopez 00:00:20 Thank you.\n\nTom Becker 00:01:02 Why do bridges fail?\n\nMaria Lopez 00:01:10 Water, mostly.\n\nSenator Black 00:01:40 Thank you, Mr. Chairman. What about steel?\n\nMaria Lopez 00:01:55 Steel gets tired.\n\nMaria Lopez 10:30:15 is when the crack was found, as the log shows.\n\nTom Becker 00:02:30 Thanks.\n', 'hearing.md');
    expect(turnsOf(r).map((t) => `${t.speaker} @${t.time}: ${t.paragraphs.join(' | ')}`)).toEqual(['Tom Becker @16: Welcome, Dr. Lopez.', 'Maria Lopez @20: Thank you.', 'Tom Becker @62: Why do bridges fail?', 'Maria Lopez @70: Water, mostly.', 'Senator Black @100: Thank you, Mr. Chairman. What about steel?', 'Maria Lopez @115: Steel gets tired. | Maria Lopez 10:30:15 is when the crack was found, as the log shows.', 'Tom Becker @150: Thanks.']);
  });
});

describe('names alone above the words, a member of a committee speaking once (`Senator Black`)', () => {
  it('reads a title and a name once as his label, asking: not the chair’s words with the name in them', () => {
    const r = ingest('# Committee hearing on bridges\n\nTom Becker\nWelcome, Dr. Lopez. Why do bridges fail?\n\nMaria Lopez\nWater, mostly. It gets into the joints.\n\nTom Becker\nAnd steel?\n\nMaria Lopez\nSteel gets tired over time.\n\nSenator Black\nThank you, Mr. Chairman. What would you change first?\n\nMaria Lopez\nInspections, every year.\n\nTom Becker\nThank you.\n', 'hearing.md');
    expect(spoken(r)[4]).toBe('Senator Black (interviewer): Thank you, Mr. Chairman. What would you change first?');
    expect(r.uncertain).toEqual([]);
  });
});

describe('names alone above the words, a panel’s round of introductions: full names once, introduced by the turn before or by their own words', () => {
  const turns = (pairs: [string, string][]) => pairs.map(([n, w]) => `${n}\n\n${w}`).join('\n\n');
  const bearings = turns([['Ali Becker', 'Why do bearings fail?'], ['Maria Lopez', 'Water, every time.'], ['Ali Becker', 'And who pays?'], ['Paul Kim', 'Nobody, yet.'], ['Maria Lopez', 'That is the problem.'], ['Paul Kim', 'It is.'], ['Ali Becker', 'Thank you all.']]);
  it('reads each as a label (their words were the moderator’s)', () => {
    const intro = turns([['Ali Becker', 'Hello, I run the session. Let me introduce my friend Tiago, who recruits engineers.'], ['Tiago Schmidt', 'Hello everyone. I lead the recruiting team in London.'], ['Ali Becker', 'And one more guest.'], ['Trent Fuenmayor', 'I’m Trent from the grants team. We fund bridge research.']]);
    const r = ingest(`# Bridges panel\n\n## Introductions\n\n${intro}\n\n## Bearings\n\n${bearings}\n`, 'panel.md');
    expect(who(r).slice(0, 4)).toEqual(['Ali Becker (interviewer)', 'Tiago Schmidt (guest)', 'Ali Becker (interviewer)', 'Trent Fuenmayor (guest)']);
    // (A self-introduction in another language too: "Ich bin Trent vom Förderteam".)
    const de = ingest(`# Brücken\n\n${intro.replace('I’m Trent from the grants team. We fund bridge research.', 'Ich bin Trent vom Förderteam. Wir fördern Brückenforschung.')}\n\n${bearings}\n`, 'de.md');
    expect(who(de)[3]).toBe('Trent Fuenmayor (guest)');
    // (So as headings, `### Tiago Schmidt`: each was a section, the words the moderator's.)
    const headed = ingest(`# Bridges panel\n\n${intro}\n\n${bearings}\n`.replace(/^(Ali Becker|Tiago Schmidt|Trent Fuenmayor|Maria Lopez|Paul Kim)$/gm, '### $1'), 'headed.md');
    expect(who(headed).slice(0, 4)).toEqual(['Ali Becker (interviewer)', 'Tiago Schmidt (guest)', 'Ali Becker (interviewer)', 'Trent Fuenmayor (guest)']);
    expect(headed.transcript.sections.map((x) => x.heading)).toEqual([null]);
  });
  it('reads a first name alone once as a label where the turn above turns to that person (“And Jonathan, you work on steel?”; his words were the host’s)', () => {
    const r = ingest(`# Bridges panel\n\n${turns([['Tom Becker', 'Welcome to the panel. Maria, why bridges?'], ['Maria Lopez', 'My father was a carpenter.'], ['Tom Becker', 'And Jonathan, you work on steel?'], ['Jonathan', 'Yes, for twenty years now.'], ['Maria Lopez', 'And he is very good at it.'], ['Tom Becker', 'Thank you both.']])}\n`, 'first.md');
    expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Jonathan (guest)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)']);
  });
  it('leaves a two-word line once that nothing introduces the words it heads (guard)', () => {
    const r = ingest(`# Bridges panel\n\n${bearings.replace('Water, every time.', 'Water, every time.\n\nRusty Nails\n\nThat was the name of our first band.')}\n`, 'band.md');
    expect(turnsOf(r).map((t) => t.speaker)).not.toContain('Rusty Nails');
    expect(turnsOf(r).find((t) => t.paragraphs.includes('That was the name of our first band.'))!.speaker).toBe('Maria Lopez');
  });
});

describe('a talk in the first person before `Q:` and `A:`, with no front matter naming its speaker', () => {
  const talk = Array.from({ length: 10 }, (_, i) => `Part ${i + 1}. I want to explain why bridges fail, and what we can do about it. If you look at a steel bridge after fifty years, you see the same thing every time: water got in where nobody looked, and it stayed there. We inspect the deck, we inspect the cables, but the bearings and the joints are where the trouble starts, and I have seen it on every river I have worked on. So that is the first thing to remember tonight.`).join('\n\n');
  const qa = '\n\nQ: How often should a bridge be inspected?\n\nA: Every year, and after every flood.\n\nQ: And who pays?\n\nA: The owner, always.\n';
  it('reads the talk as the words of the one who answers, said in a warning, and the questions as the audience’s', () => {
    const r = ingest(`# Why bridges fail\n\n${talk}${qa}`, 'talk.md');
    expect(who(r)).toEqual(['Guest (guest)', 'Audience (other)', 'Guest (guest)', 'Audience (other)', 'Guest (guest)']);
    expect(turnsOf(r)[0]!.paragraphs).toHaveLength(10);
    expect(r.transcript.intro).toEqual([]);
    expect(r.transcript.warnings.map((w) => w.message)).toContain('the 10 paragraphs before the first question are read as a talk by the one who answers');
  });
  it('keeps a short introduction, or a long one that notes the interview’s editing, the intro (guard)', () => {
    const short = ingest(`# Why bridges fail\n\nI met Maria Lopez in Bonn. We talked for an hour.${qa}`, 'short.md');
    expect(short.transcript.intro.map((p) => p.text)).toEqual(['I met Maria Lopez in Bonn. We talked for an hour.']);
    const edited = ingest(`# Why bridges fail\n\n${talk}\n\nThis interview has been edited for length and clarity.${qa}`, 'edited.md');
    expect(edited.transcript.intro).toHaveLength(11);
  });
});

describe('a Q&A article whose labels stop after the greeting: the questions in bold under headings, the answers plain', () => {
  const text = '# Maria Lopez on bridges\n\nMaria Lopez has inspected bridges for thirty years.\n\n**Tom Becker:** Welcome, Maria. Thanks for making the time.\n\n**Maria Lopez:** Thanks for having me, Tom.\n\n## Early years\n\n**Why did you start building bridges?**\n\nMy father built them, and I grew up on his sites along the river.\n\n**And when did steel come in?**\n\nLate, always late. We waited months for every delivery.\n\n## Now\n\n**What comes next for inspection?**\n\nSensors on every bridge, reporting every hour to one office.\n\n**When will that happen?**\n\nSooner than people think, maybe five years from now.\n';
  it('reads the bold questions as the host’s who welcomed her and the answers as hers; the headings were read as the start of the outro, and all after them was nobody’s', () => {
    const r = ingest(text, 'mixed.md');
    expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
    expect(r.transcript.sections.map((s) => s.heading)).toEqual([null, 'Early years', 'Now']);
    expect([r.transcript.intro.map((p) => p.text), r.transcript.outro]).toEqual([['Maria Lopez has inspected bridges for thirty years.'], []]);
  });
  it('keeps a heading after the last turn with a short note under it the outro (guard)', () => {
    const r = ingest('# Bridges\n\n**Tom Becker:** Why bridges?\n\n**Maria Lopez:** My father built them.\n\n**Tom Becker:** And steel?\n\n**Maria Lopez:** It came late.\n\n## How we did this\n\nThe interview took place in Bonn in May, over two afternoons.\n', 'outro.md');
    expect(r.transcript.outro.map((p) => p.text)).toEqual(['How we did this', 'The interview took place in Bonn in May, over two afternoons.']);
  });
});

describe('a forum’s question-and-answer thread copied with its post headers (`steelfan42 · 3y ago`, `MariaLopez_Engineer OP · 3y ago`)', () => {
  const thread = (op: string, asker: (h: string) => string) => `# I am Maria Lopez, a bridge engineer who has inspected 2,000 bridges. AMA!\n\nI will be answering questions from 2pm to 4pm.\n\n${asker('steelfan42')}\n\nWhat is the scariest bridge you have ever inspected?\n\n${op}\n\nA rail bridge in the Alps. The bearings had rusted solid.\n\n${asker('riverwatcher')}\n\nHow often should a bridge be inspected?\n\n${op}\n\nEvery year, and after every flood.\n`;
  it('reads each post under its header as the poster’s turn, the one who opened the thread answering, named by its title; it was misread (the headers glued to the answers, the first asker taken for her) or failed the build', () => {
    for (const [op, asker] of [['MariaLopez_Engineer OP · 3y ago', (h: string) => `${h} · 3y ago`], ['[–]MariaLopez_Engineer[S] 95 points 3 years ago', (h: string) => `[–]${h} 120 points 3 years ago`]] as const) {
      const r = ingest(thread(op, asker), 'ama.md');
      expect(spoken(r)).toEqual(['steelfan42 (interviewer): What is the scariest bridge you have ever inspected?', 'Maria Lopez (guest): A rail bridge in the Alps. The bearings had rusted solid.', 'riverwatcher (interviewer): How often should a bridge be inspected?', 'Maria Lopez (guest): Every year, and after every flood.']);
    }
  });
  it('copied as plain text, the thread’s title on its first line, however it ends (“... Ask me anything!”), is the title (it was the file’s name)', () => {
    const r = ingest("I'm Maria Lopez, a bridge engineer. Ask me anything!\n\nPosted by u/mlopez\n\nrivercat · 5h ago\nHow long does the bacteria live?\n\nmlopez OP · 5h ago\nAbout two hundred years.\n\ntomb · 4h ago\nDoes it work in salt water?\n\nmlopez OP · 4h ago\nNot yet.\n", 'ama.txt');
    expect(r.transcript.title).toBe("I'm Maria Lopez, a bridge engineer. Ask me anything!");
    expect(who(r)).toEqual(['rivercat (interviewer)', 'Maria Lopez (guest)', 'tomb (interviewer)', 'Maria Lopez (guest)']);
  });
  it('leaves the comments under an interview to the cleaner (guard)', () => {
    const r = ingest('# Maria Lopez on bridges\n\n**Tom Becker:** Why bridges?\n\n**Maria Lopez:** My father built them.\n\n**Tom Becker:** And steel?\n\n**Maria Lopez:** It came late, always late.\n\n## Comments\n\nsteelfan42 · 3y ago\n\nGreat interview!\n\nriverwatcher · 3y ago\n\nLoved the part about steel.\n\nsteelfan42 · 3y ago\n\nAgreed.\n', 'comments.md');
    expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
  });
});

describe('a news page’s byline above its date and time (`By Tom Becker`, `Tue 3 Nov 2026 06.00 GMT`), a share bar and a cookie banner above the interview', () => {
  it('names the interviewer by the byline and the guest by the dek (the interviewer was the guest, named twice), and removes `Share via Email` and the banner', () => {
    const r = ingest('# Water is the enemy\n\nMaria Lopez has inspected bridges. She tells Tom Becker what keeps her up at night.\n\nBy Tom Becker\nTue 3 Nov 2026 06.00 GMT\n\nShare via Email\n\nWe use cookies to improve your experience. Accept all cookies\n\n**Why bridges?**\n\nMy father built them.\n\n**And steel?**\n\nIt came late.\n\n**And now?**\n\nSensors.\n', 'page.md');
    expect([r.transcript.interviewer, r.transcript.guest]).toEqual(['Tom Becker', 'Maria Lopez']);
    expect(r.transcript.removed.map((x) => x.text)).toEqual(['Share via Email', 'We use cookies to improve your experience. Accept all cookies']);
  });
});

describe('a news page copied whole, in English or German: its cookie banner with its buttons, a plain breadcrumb, an ad’s mark and a subscription button', () => {
  const page = (de: boolean) => [
    de ? 'Zum Inhalt springen' : 'Skip to content', de ? 'Abo abschließen' : 'Subscribe', '',
    de ? 'Wir verwenden Cookies und ähnliche Technologien. Mit „Alle akzeptieren“ stimmen Sie zu.' : 'We use cookies and similar technologies. By clicking "Accept all" you agree.', de ? 'Alle akzeptieren' : 'Accept all', de ? 'Einstellungen' : 'Settings', '',
    de ? 'Wissen › Technik' : 'Science › Technology', '',
    de ? '# Brückenbauerin Maria Lopez: „Wasser ist der größte Feind“' : '# Bridge builder Maria Lopez: "Water is the enemy"', '',
    de ? 'Maria Lopez baut seit 30 Jahren Brücken.' : 'Maria Lopez has built bridges for 30 years.', '',
    'Interview: Tom Becker', '', de ? 'Anzeige' : 'Advertisement', '',
    de ? '**Frage: Frau Lopez, wie sind Sie zu den Brücken gekommen?**' : '**Q: Ms. Lopez, how did you come to bridges?**', '',
    de ? 'Lopez: Über das Schweißen.' : 'Lopez: Through welding.', '',
    de ? '**Frage: Was ist der größte Feind?**' : '**Q: What is the worst enemy?**', '', de ? 'Anzeige' : 'Advertisement', '',
    de ? 'Lopez: Wasser.' : 'Lopez: Water.', '',
  ].join('\n');
  it('removes the page’s lines, the banner’s sentence too (it was the intro, `Anzeige` a section), and names the guest by the dek, a job before her name in the headline (she was "Lopez")', () => {
    for (const de of [false, true]) {
      const r = ingest(page(de), 'page.md');
      expect(r.transcript.intro.map((p) => p.text)).toEqual([de ? 'Maria Lopez baut seit 30 Jahren Brücken.' : 'Maria Lopez has built bridges for 30 years.', 'Interview: Tom Becker']);
      expect(r.transcript.removed.map((x) => x.line)).toEqual([1, 2, 4, 5, 6, 8, 16, 24]);
      expect(r.transcript.sections.map((s) => s.heading)).toEqual([null]);
      expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
    }
  });
  it('keeps a headline whose parts are apart by `»` the title, no breadcrumb (guard)', () => {
    const r = ingest('Maria Lopez » Water Is the Enemy of Every Bridge\n\nTom Becker: Why bridges?\n\nMaria Lopez: My father.\n\nTom Becker: And?\n\nMaria Lopez: Water.\n', 'headline.txt');
    expect([r.transcript.title, r.transcript.removed]).toEqual(['Maria Lopez » Water Is the Enemy of Every Bridge', []]);
  });
});

describe('a page’s author line in the forms sites print it, above bold questions, the dek naming the author too', () => {
  it('names the author the interviewer and the other person the guest; the author, named twice, was taken for the guest', () => {
    // (The same forms as a headline name the one the piece is about: never the interviewer.)
    for (const headline of ['Maria Lopez | Nov 3, 2026', 'Maria Lopez, Senior Editor at Rhine Post']) {
      const r = ingest(`# ${headline}\n\n**Why bridges?**\n\nMy father.\n\n**And steel?**\n\nLate.\n\n**And now?**\n\nSensors.\n`, 'headline.md');
      expect([headline, r.transcript.interviewer]).toEqual([headline, null]);
    }
    for (const byline of ['Words by Tom Becker', 'Written by Tom Becker', 'Author: Tom Becker', 'Tom Becker | Nov 3, 2026', 'Tom Becker · 5 min read', 'Tom Becker, Staff Writer', 'Tom Becker\nNovember 3, 2026', 'Tom Becker is a staff writer.']) {
      const r = ingest(`# Bridges\n\nMaria Lopez has inspected bridges. She tells Tom Becker what keeps her up at night.\n\n${byline}\n\n**Why bridges?**\n\nMy father.\n\n**And steel?**\n\nLate.\n\n**And now?**\n\nSensors.\n`, 'page.md');
      expect([byline, r.transcript.interviewer, r.transcript.guest]).toEqual([byline, 'Tom Becker', 'Maria Lopez']);
    }
  });
});

describe('a dek telling whom the guest spoke to (“She tells Tom Becker what keeps her up at night.”), no byline', () => {
  it('names the one told the interviewer, and the guest the other (the one told is named too)', () => {
    const r = ingest('# Bridges\n\nMaria Lopez has inspected bridges for thirty years. She tells Tom Becker what keeps her up at night.\n\n**Why bridges?**\n\nMy father.\n\n**And steel?**\n\nLate.\n\n**And now?**\n\nSensors.\n', 'told.md');
    expect([r.transcript.interviewer, r.transcript.guest]).toEqual(['Tom Becker', 'Maria Lopez']);
    const paper = ingest('# Bridges\n\nMaria Lopez has inspected bridges for thirty years. She told The Rhine Post what keeps her up at night.\n\n**Why bridges?**\n\nMy father.\n\n**And steel?**\n\nLate.\n\n**And now?**\n\nSensors.\n', 'paper.md');
    expect([paper.transcript.interviewer, paper.transcript.guest]).toEqual([null, 'Maria Lopez']);
  });
  it('so where the dek calls the guest by her job (“The hydrologist talks to Tom Becker about...”: the interviewer was unnamed), not by another noun', () => {
    const dek = (line: string) => ingest(`# Maria Lopez: "Every city builds against the flood it remembers"\n\n${line}\n\n**Why do cities flood?**\n\nBecause they remember.\n\n**And then?**\n\nThey forget.\n\n**And now?**\n\nMaps.\n`, 'job.md');
    const job = dek('The hydrologist talks to Tom Becker about Valencia, money and maps.');
    expect([job.transcript.interviewer, job.transcript.guest]).toEqual(['Tom Becker', 'Maria Lopez']);
    expect(dek('The magazine spoke with Paul Kim about Valencia, money and maps.').transcript.interviewer).toBeNull();
  });
});

describe('a newsletter’s podcast page: masthead, title, subtitle, the name, the time and the words each apart by blank lines, counts under the last turn', () => {
  const page = '# Rivers and Roads\n\nSubscribe\nSign in\n\n# Episode 40: Why steel forgives\n\n### Maria Lopez on thirty years of bridges\n\nTom Becker\nNov 03, 2026\n\n12\n\n3\n\nShare\n\nTranscript\n\nTom Becker\n\n0:00\n\nWelcome to Rivers and Roads. My guest today is Maria Lopez.\n\nMaria Lopez\n\n0:07\n\nThanks for having me, Tom.\n\nTom Becker\n\n0:10\n\nWhy steel?\n\nMaria Lopez\n\n0:12\n\nBecause it forgives mistakes. Concrete doesn’t.\n\n12 Likes\n\n3 Comments\n\nDiscussion about this episode\n';
  it('reads each name and time as a timed turn (it failed the build), the subtitle as the intro, and removes `12 Likes`', () => {
    const r = ingest(page, 'episode.md');
    expect(turnsOf(r).map((t) => `${t.speaker} @${t.time}: ${t.paragraphs.join(' | ')}`)).toEqual(['Tom Becker @0: Welcome to Rivers and Roads. My guest today is Maria Lopez.', 'Maria Lopez @7: Thanks for having me, Tom.', 'Tom Becker @10: Why steel?', 'Maria Lopez @12: Because it forgives mistakes. Concrete doesn’t.']);
    expect(r.transcript.title).toBe('Episode 40: Why steel forgives');
    expect(r.transcript.intro.map((p) => p.text)).toContain('Maria Lopez on thirty years of bridges');
    expect(r.transcript.sections.map((s) => s.heading)).toEqual([null]);
    expect(r.transcript.removed.map((x) => x.text)).toContain('12 Likes');
  });
});

describe('a German news page: navigation above the headline, the page’s buttons under the dek', () => {
  it('removes `Zum Inhalt springen`, `Menü`, `Anmelden` and `Artikel verschenken`, `Artikel anhören • 6 Min` under the dek; they were the intro', () => {
    const r = ingest('Zum Inhalt springen\nMenü\nSuche\nAnmelden\n\n# »Wasser ist der Feind«\n\nMaria Lopez hat mehr als 2000 Brücken geprüft. Ein Gespräch über marode Bauwerke.\n\nArtikel verschenken\nArtikel anhören • 6 Min\n\n**SPIEGEL:** Frau Lopez, wie viele Brücken sind unsicher?\n\n**Lopez:** Etwa 4000 brauchen dringend Arbeit.\n\n**SPIEGEL:** Warum so viele?\n\n**Lopez:** Sie sind alle gleich alt.\n', 'de.md');
    expect(r.transcript.intro.map((p) => p.text)).toEqual(['Maria Lopez hat mehr als 2000 Brücken geprüft. Ein Gespräch über marode Bauwerke.']);
    expect(r.transcript.removed.map((x) => x.text)).toEqual(['Zum Inhalt springen', 'Menü', 'Suche', 'Anmelden', 'Artikel verschenken', 'Artikel anhören • 6 Min']);
  });
});

describe('one speaker’s label written several ways, the initials once (`Maria Lopez:`, then `ML:`, then `Lopez:`)', () => {
  it('reads `ML:` once as Maria Lopez’s label: it was glued to the question before it', () => {
    const r = ingest('# Bridges\n\nMaria Lopez, interviewed by Tom Becker.\n\nTom Becker: Welcome.\n\nMaria Lopez: Thanks.\n\nTB: Why bridges?\n\nML: My father built them.\n\nBecker: And steel?\n\nLopez: It came late.\n\nTB: Thanks.\n', 'forms.md');
    expect(spoken(r)).toEqual(['Tom Becker (interviewer): Welcome.', 'Maria Lopez (guest): Thanks.', 'Tom Becker (interviewer): Why bridges?', 'Maria Lopez (guest): My father built them.', 'Tom Becker (interviewer): And steel?', 'Maria Lopez (guest): It came late.', 'Tom Becker (interviewer): Thanks.']);
  });
});

describe('a dek saying who sat down with whom, both by full name (“Reporter Tom Becker sat down with engineer Maria Lopez ...”)', () => {
  it('names the first the interviewer and the other the guest; the reporter, named twice, was the guest. “Maria Lopez sat down with us” names no interviewer (guard)', () => {
    const qa = '\n\n**Why bridges?**\n\nMy father built them.\n\n**And the Rhine?**\n\nThat was the hardest one.\n\n**And now?**\n\nSensors.\n';
    const r = ingest(`# The bridge builder\n\nReporter Tom Becker sat down with engineer Maria Lopez to talk about the Rhine crossing. Tom Becker has covered infrastructure for a decade.${qa}`, 'sat.md');
    expect([r.transcript.interviewer, r.transcript.guest]).toEqual(['Tom Becker', 'Maria Lopez']);
    const us = ingest(`# The bridge builder\n\nMaria Lopez sat down with us to talk about the Rhine crossing.${qa}`, 'us.md');
    expect([us.transcript.interviewer, us.transcript.guest]).toEqual([null, 'Maria Lopez']);
  });
});

describe('a dek saying who interviewed whom with her job and its article between, or in German’s perfect (“Tom Becker interviewed the bridge engineer Maria Lopez.”, “Tom Becker hat mit der Brückeningenieurin Maria Lopez gesprochen.”)', () => {
  const qa = '\n\n**Why bridges?**\n\nMy father built them.\n\n**And the Rhine?**\n\nThat was the hardest one.\n\n**And now?**\n\nSensors.\n';
  it('names the first the interviewer (the questions were “Interviewer”’s)', () => {
    for (const dek of ['Tom Becker interviewed the bridge engineer Maria Lopez.', 'Tom Becker talked with the chief engineer Maria Lopez about the Rhine.', 'Tom Becker hat mit der Brückeningenieurin Maria Lopez gesprochen.', 'Tom Becker hat sich mit Maria Lopez über Salz unterhalten.', 'Tom Becker ha hablado con la ingeniera Maria Lopez.']) {
      const r = ingest(`# The bridge builder\n\n${dek}${qa}`, 'sat.md');
      expect([r.transcript.interviewer, r.transcript.guest], dek).toEqual(['Tom Becker', 'Maria Lopez']);
      expect(turnsOf(r)[0]!.speaker, dek).toBe('Tom Becker');
    }
  });
  it('names no interviewer where the German sentence tells what someone did with something (guard)', () => {
    const r = ingest(`# The bridge builder\n\nMaria Lopez hat mit Stahl Brücken gebaut, die Tom Becker gezeigt hat.${qa}`, 'sat.md');
    expect(r.transcript.interviewer).toBe(null);
  });
});

describe('an unlabelled Q&A whose dek names the writer more often than the guest, a question addressing the guest by first name', () => {
  it('names the guest the one the questions address (“Maria, why bridges?”), not the writer named twice', () => {
    const r = ingest('# The bridge builder\n\nTom Becker talked about bridges with Maria Lopez. Tom Becker is our infrastructure reporter.\n\n**Maria, why bridges?**\n\nMy father built them.\n\n**And the Rhine?**\n\nThat was the hardest one.\n\n**And now?**\n\nSensors.\n', 'voc.md');
    expect(r.transcript.guest).toBe('Maria Lopez');
  });
});

describe('an interview whose host is named in its opening turn, then asks as `Q:` throughout', () => {
  const qa = '\n\nQ: Why bridges?\n\nA: My father built them.\n\nQ: And steel?\n\nA: It came late.\n\nQ: And now?\n\nA: Sensors everywhere.\n';
  it('reads the opening exchange’s full names, each once, as labels and `Q:` as that host, not the audience: his greeting was the intro, and her name went to the questions', () => {
    const r = ingest(`# Bridges\n\nTom Becker: Maria, welcome to the show.\n\nMaria Lopez: Thanks for having me, Tom.${qa}`, 'q.md');
    expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
  });
  it('keeps `Q:` the audience where the moderator speaks under the name after the questions begin (guard)', () => {
    const r = ingest(`# Bridges\n\nTom Becker: Maria, welcome to the show.\n\nMaria Lopez: Thanks for having me, Tom.${qa}\nTom Becker: Thank you all, and thank you, Maria.\n`, 'panel.md');
    expect(who(r).filter((w) => w.startsWith('Audience'))).toHaveLength(3);
  });
});

describe('a Q&A article pasted into a text file, its headline marked `# ` and naming the guest (`# Maria Lopez: "..."`, `# "...," says Maria Lopez`)', () => {
  const qa = '\n\nBy Tom Becker\n\nQ: How old are our bridges?\n\nA: Forty years on average.\n\nQ: What is the biggest enemy?\n\nA: Water.\n';
  it('names the guest from the headline, as in a Markdown file; she was "Guest"', () => {
    for (const head of ['# Maria Lopez: "Water is the enemy of bridges"', '# "Water is the enemy of bridges," says Maria Lopez', '# Maria Lopez: «Il nemico dei ponti è l’acqua»']) {
      const r = ingest(`${head}${qa}`, 'head.txt');
      expect([r.transcript.guest, r.transcript.interviewer, r.transcript.title]).toEqual(['Maria Lopez', 'Tom Becker', head.slice(2)]);
    }
  });
});

describe('a dek in Cyrillic naming the guest after a company’s name in Latin letters (“... компании Rhine Works Мария Лопес рассказала ...”)', () => {
  it('names the guest by her name alone; the company’s words were taken as part of it', () => {
    const r = ingest('# Мария Лопес: «Главный враг мостов — вода»\n\nГлавный инженер компании Rhine Works Мария Лопес рассказала, почему мосты стареют быстрее, чем мы думаем.\n\n— Сколько лет нашим мостам?\n\n— В среднем больше сорока. Многие строились для гораздо более лёгкого движения.\n\n— Что для них опаснее всего?\n\n— Вода. Она попадает в швы и разъедает сталь изнутри.\n\n— Помогают ли датчики?\n\n— Да. Они находят трещины за годы до того, как их заметит инспектор.\n\nБеседовал Иван Петров\n', 'ru.md');
    expect([r.transcript.guest, r.transcript.interviewer]).toEqual(['Мария Лопес', 'Иван Петров']);
    expect([...namesIn('компании Rhine Works Мария Лопес рассказала').keys()]).toEqual(['Rhine Works', 'Мария Лопес']);
  });
});

describe('a text file whose questions open with a hyphen or a number (`- How old are our bridges?`, `1. Why bridges?`), the answers plain or in quotation marks', () => {
  it('reads each numbered question as the interviewer’s, without its number; it failed the build', () => {
    const r = ingest('# Five questions for Maria Lopez\n\nBy Tom Becker\n\n1. Why bridges?\n\nMy father built them.\n\n2. What is the biggest enemy?\n\nWater.\n\n3. Do sensors help?\n\nYes.\n', 'numbered.txt');
    expect(spoken(r)).toEqual(['Tom Becker (interviewer): Why bridges?', 'Maria Lopez (guest): My father built them.', 'Tom Becker (interviewer): What is the biggest enemy?', 'Maria Lopez (guest): Water.', 'Tom Becker (interviewer): Do sensors help?', 'Maria Lopez (guest): Yes.']);
  });
  it('reads each hyphened question as the interviewer’s, without its hyphen, and the answers as the guest’s; it failed the build', () => {
    const r = ingest('# Maria Lopez: "Water is the biggest enemy of bridges"\n\nBy Tom Becker\n\n- How old are our bridges?\n\n"On average more than forty years."\n\n- What is the biggest enemy?\n\n"Water. It gets into the joints."\n', 'dash.txt');
    expect(spoken(r)).toEqual(['Tom Becker (interviewer): How old are our bridges?', 'Maria Lopez (guest): "On average more than forty years."', 'Tom Becker (interviewer): What is the biggest enemy?', 'Maria Lopez (guest): "Water. It gets into the joints."']);
  });
});

describe('a transcription tool’s export with numbered speakers, the host introducing the guest in the first turn (“Today I’m talking with Maria Lopez”)', () => {
  const export_ = (opening: string) => `[00:00:01.12] - Speaker 1\nWelcome back. ${opening} from Rhine Works.\n\n[00:00:05.40] - Speaker 2\nThanks, Tom. Great to be here.\n\n[00:00:08.00] - Speaker 1\nSo why do bridges fail?\n\n[00:00:10.20] - Speaker 2\nMostly water. It gets into the joints and rusts the steel.\n`;
  it('names the second speaker by the introduction, answering; she was not named, or named and shown asking', () => {
    for (const opening of ["Today I'm talking with Maria Lopez", 'Welcome Maria Lopez', "This week's guest is Maria Lopez"]) {
      const r = ingest(export_(opening), 'export.txt');
      expect(who(r)).toEqual(['Speaker 1 (interviewer)', 'Maria Lopez (guest)', 'Speaker 1 (interviewer)', 'Maria Lopez (guest)']);
    }
  });
  it('names the placeholder who answers by the title where no turn does (`Interview with Maria Lopez` over `Speaker 1:` and `Speaker 2:`; she was `Speaker 2`), said in a warning, and the one who asks stays as written', () => {
    const r = ingest('Interview with Maria Lopez\n\nSpeaker 1: How did you get into bridges?\n\nSpeaker 2: Through my father. He was a welder.\n\nSpeaker 1: And water?\n\nSpeaker 2: The worst enemy.\n', 'export.txt');
    expect(who(r)).toEqual(['Speaker 1 (interviewer)', 'Maria Lopez (guest)', 'Speaker 1 (interviewer)', 'Maria Lopez (guest)']);
    expect(r.transcript.warnings.map((w) => w.message)).toEqual(["'Speaker 1' is not named in the file; 'Speaker 1' is taken for the interviewer from what they say", "the guest's name, Maria Lopez, is taken from the introduction"]);
    // (Without a title naming anyone, both stay as written.)
    expect(who(ingest('Speaker 1: How did you get into bridges?\n\nSpeaker 2: Through my father.\n\nSpeaker 1: And water?\n\nSpeaker 2: The worst enemy.\n', 'export.txt'))).toEqual(['Speaker 1 (interviewer)', 'Speaker 2 (guest)', 'Speaker 1 (interviewer)', 'Speaker 2 (guest)']);
  });
  it('names her where the name comes first (“Today Maria Lopez is our guest”, “Heute ist Maria Lopez zu Gast”, “Zu Gast ist heute Maria Lopez”; she was `Speaker 2`, `Sprecher 2`)', () => {
    for (const opening of ['Today Maria Lopez is our guest', 'Maria Lopez is my guest today']) {
      expect(who(ingest(export_(opening), 'export.txt')), opening).toEqual(['Speaker 1 (interviewer)', 'Maria Lopez (guest)', 'Speaker 1 (interviewer)', 'Maria Lopez (guest)']);
    }
    for (const opening of ['Heute ist Maria Lopez zu Gast', 'Zu Gast ist heute Maria Lopez']) {
      const r = ingest(`Sprecher 1 (00:00:01): Willkommen bei Brückenfunk. ${opening}. Warum stürzen Brücken ein?\n\nSprecher 2 (00:00:09): Meistens wegen Wasser.\n\nSprecher 1 (00:00:20): Und Drohnen?\n\nSprecher 2 (00:00:24): Sie sehen die Unterseite.\n`, 'export.txt');
      expect(who(r), opening).toEqual(['Sprecher 1 (interviewer)', 'Maria Lopez (guest)', 'Sprecher 1 (interviewer)', 'Maria Lopez (guest)']);
    }
  });
});

describe('a text file written in Markdown, its labels in bold (`**Tom Becker:** ...`), with times before them or not, lines apart or not', () => {
  it('reads the bold labels as Markdown’s, each line a paragraph as in a text file; it failed the build', () => {
    const r = ingest('Interview with Maria Lopez\nRecorded March 3, 2026\n\n**Tom Becker:** Welcome back.\n**Maria Lopez:** Thanks, Tom.\n**Tom Becker:** So why do bridges fail?\n**Maria Lopez:** Mostly water.\nIt gets into the joints.\n', 'bold.txt');
    expect(spoken(r)).toEqual(['Tom Becker (interviewer): Welcome back.', 'Maria Lopez (guest): Thanks, Tom.', 'Tom Becker (interviewer): So why do bridges fail?', 'Maria Lopez (guest): Mostly water. | It gets into the joints.']);
    expect([r.transcript.title, r.transcript.intro.map((p) => p.text)]).toEqual(['Interview with Maria Lopez', ['Recorded March 3, 2026']]);
    const timed = ingest('[00:00:01] **Tom Becker:** Welcome back.\n\n[00:00:05] **Maria Lopez:** Thanks, Tom.\n\n[00:00:08] **Tom Becker:** So why do bridges fail?\n\n[00:00:10] **Maria Lopez:** Mostly water.\n', 'descript.txt');
    expect(turnsOf(timed).map((t) => `${t.speaker} @${t.time}: ${t.paragraphs.join(' | ')}`)).toEqual(['Tom Becker @1: Welcome back.', 'Maria Lopez @5: Thanks, Tom.', 'Tom Becker @8: So why do bridges fail?', 'Maria Lopez @10: Mostly water.']);
  });
  it('reads a bold name with its time after it alone above the words (`**Tom Becker** 00:00:01`) in a text file as in Markdown (the build failed)', () => {
    const r = ingest('Bridge Talk 41\n\n**Tom Becker** 00:00:01\nWelcome. Why do bridges fail?\n\n**Maria Lopez** 00:00:09\nMostly water.\n\n**Tom Becker** 00:00:20\nAnd drones?\n\n**Maria Lopez** 00:00:24\nThey see the underside.\n', 'export.txt');
    expect(turnsOf(r).map((t) => `${t.speaker} @${t.time}: ${t.paragraphs.join(' | ')}`)).toEqual(['Tom Becker @1: Welcome. Why do bridges fail?', 'Maria Lopez @9: Mostly water.', 'Tom Becker @20: And drones?', 'Maria Lopez @24: They see the underside.']);
  });
  it('keeps a text file with one bold line plain text: `5*3*2` is arithmetic (guard)', () => {
    const r = ingest('Tom Becker: What is **the** load?\n\nMaria Lopez: 5*3*2 tonnes, **roughly**.\n\nTom Becker: Thanks.\n', 'plain.txt');
    expect(spoken(r)[1]).toBe('Maria Lopez (guest): 5*3*2 tonnes, **roughly**.');
  });
});

describe('a panel’s header listing the panelists on one line (`Panelists: Maria Lopez (Rhine Works), Paul Kim (Bonn University), Li Wei`), turns labelled by first names', () => {
  const turns = '\n\nAna: Good afternoon. Maria?\n\nMaria: Thanks, Ana. I build bridges.\n\nPaul: I study how they fail.\n\nLi: I teach.\n\nAna: Paul, what fails first?\n\nPaul: The joints, almost always.\n\nMaria: I’d agree. Water gets in.\n\nAna: Thank you all.\n';
  it('keeps the list in the intro and names each first name by it; the list was a speaker “Panelists”, and the first names stayed short', () => {
    for (const list of ['Panelists: Maria Lopez (Rhine Works), Paul Kim (Bonn University), Li Wei (Tsinghua University)', 'Panelists: Maria Lopez, Paul Kim and Li Wei']) {
      const r = ingest(`# Infrastructure panel\n\nModerator: Ana Silva\n${list}${turns}`, 'panel.md');
      expect(r.transcript.intro.map((p) => p.text)).toEqual([`Moderator: Ana Silva ${list}`]);
      expect(who(r)).toEqual(['Ana Silva (interviewer)', 'Maria Lopez (guest)', 'Paul Kim (guest)', 'Li Wei (guest)', 'Ana Silva (interviewer)', 'Paul Kim (guest)', 'Maria Lopez (guest)', 'Ana Silva (interviewer)']);
    }
  });
});

describe('a Spanish paper’s interview pasted as text: the headline `Maria Lopez: “...”` on the first line, the byline in capitals, `Pregunta.`/`Respuesta.` then `P.`/`R.`', () => {
  it('reads the first line as the headline naming the guest; it was her first turn, asking, and the questions the audience’s', () => {
    const r = ingest('Maria Lopez: “El agua es el peor enemigo de los puentes”\n\nLa ingeniera jefa de Rhine Works explica por qué los puentes envejecen antes de lo que creemos.\n\nTOM BECKER\nMadrid - 03 mar 2026 - 05:30 CET\n\nPregunta. ¿Cuántos años tienen nuestros puentes?\n\nRespuesta. De media, más de cuarenta.\n\nP. ¿Cuál es el peor enemigo?\n\nR. El agua. Entra en las juntas.\n', 'elpais.txt');
    expect([r.transcript.title, r.transcript.guest, r.transcript.interviewer]).toEqual(['Maria Lopez: “El agua es el peor enemigo de los puentes”', 'Maria Lopez', 'Tom Becker']);
    expect(spoken(r)).toEqual(['Tom Becker (interviewer): ¿Cuántos años tienen nuestros puentes?', 'Maria Lopez (guest): De media, más de cuarenta.', 'Tom Becker (interviewer): ¿Cuál es el peor enemigo?', 'Maria Lopez (guest): El agua. Entra en las juntas.']);
  });
  it('keeps a first line whose quotation is a sentence the speaker’s turn (guard)', () => {
    const r = ingest('Maria Lopez: “I grew up in Seville.”\n\nTom Becker: And then?\n\nMaria Lopez: Bonn.\n', 'quote.txt');
    expect(spoken(r)[0]).toBe('Maria Lopez (guest): “I grew up in Seville.”');
  });
});

describe('a German Q&A whose dek names the guest and her company once each, the first question addressing her as `Frau Lopez`', () => {
  const page = (dek: string) => `# „Wasser ist der größte Feind der Brücken“\n\n${dek}\n\nInterview: Tom Becker\n\n**Frau Lopez, wie alt sind unsere Brücken?**\n\nIm Schnitt über vierzig Jahre.\n\n**Was ist der größte Feind?**\n\nWasser.\n\n**Helfen Sensoren?**\n\nJa.\n`;
  it('names the guest the one addressed; German nouns around an article (“Feind der Brücken”) are no name, and a tie with the company left her “Guest”', () => {
    const r = ingest(page('Maria Lopez ist Chefingenieurin bei Rhine Works. Ein Gespräch über alte Brücken.'), 'de.md');
    expect([r.transcript.guest, r.transcript.interviewer]).toEqual(['Maria Lopez', 'Tom Becker']);
    expect([...namesIn('der größte Feind der Brücken, sagt Ursula von der Leyen').keys()]).toEqual(['Ursula von der Leyen']);
  });
});

describe('an Arabic Q&A whose byline is the verb and the name without a colon (`حاورها توم بيكر`)', () => {
  it('names the interviewer by it, the line the intro; it was a section’s heading and the questions were “Interviewer”’s', () => {
    const r = ingest('# ماريا لوبيز: الماء هو العدو الأكبر للجسور\n\nحاورها توم بيكر\n\nس: كم عمر جسورنا؟\n\nج: في المتوسط أكثر من أربعين عاما.\n\nس: ما هو العدو الأكبر؟\n\nج: الماء.\n', 'ar.md');
    expect([r.transcript.interviewer, r.transcript.intro.map((p) => p.text), r.transcript.sections.map((s) => s.heading)]).toEqual(['توم بيكر', ['حاورها توم بيكر'], [null]]);
  });
  it('keeps a noun for the piece without a colon (`ראיון עם ...`, "an interview with") no byline (guard)', () => {
    const r = ingest('# מריה לופז על גשרים\n\nראיון עם מריה לופז\n\nש: בני כמה הגשרים שלנו?\n\nת: בממוצע יותר מארבעים שנה.\n\nש: מהו האויב הגדול ביותר?\n\nת: מים.\n', 'he.md');
    expect(r.transcript.interviewer).toBeNull();
  });
});

describe('a scraped Q&A page with a newsletter box on one line between the turns, its button a link or its last word', () => {
  const page = (box: string) => `# Maria Lopez wants bridges to heal themselves\n\nBy Tom Becker\n\n**How old are our bridges?**\n\nOn average more than forty years.\n\n**What is the biggest risk?**\n\nNeglect. Nobody looks at the joints.\n\n${box}\n\n**Do sensors help?**\n\nYes. They find cracks early.\n`;
  it('removes the box: it was her words', () => {
    for (const box of ['**Sign up for our newsletter.** Get the best interviews every week. [Subscribe](https://example.com/subscribe)', 'Subscribe to the Rhine Post newsletter for the best interviews every week. Sign up']) {
      const r = ingest(page(box), 'box.md');
      expect(spoken(r)[3]).toBe('Maria Lopez (guest): Neglect. Nobody looks at the joints.');
      expect(r.transcript.removed.map((x) => x.reason)).toEqual(['site chrome (a newsletter sign-up box)']);
    }
  });
  it('keeps a guest telling readers to sign up, in her words (guard)', () => {
    const r = ingest(page('Sign up for our newsletter at Rhine Works if you care, we publish every inspection.'), 'quote.md');
    expect(spoken(r)[3]).toBe('Maria Lopez (guest): Neglect. Nobody looks at the joints. | Sign up for our newsletter at Rhine Works if you care, we publish every inspection.');
  });
});

describe('a Markdown transcript saved as a text file', () => {
  it('reads a `# heading` under the front matter’s title as a section, as in Markdown: it was the title, and the prepared remarks under it the intro', () => {
    const r = ingest('---\ntitle: Bridge hearing\nspeakers: [Maria Lopez]\n---\n\nA transcript of evidence to the committee.\n\n# Prepared remarks\n\nMy work is bridges. I inspect two hundred of them.\n\nWater is the enemy.\n\n# Questions\n\nSenator Black: How many need repair?\n\nMaria Lopez: One in ten.\n\nSenator White: And the cost?\n\nMaria Lopez: Forty billion.\n', 'hearing.txt');
    expect([r.transcript.title, r.transcript.intro.map((p) => p.text)]).toEqual(['Bridge hearing', ['A transcript of evidence to the committee.']]);
    expect(r.transcript.sections.map((s) => [s.heading, s.turns.map((t) => t.speaker)])).toEqual([['Prepared remarks', ['Maria Lopez']], ['Questions', ['Senator Black', 'Maria Lopez', 'Senator White', 'Maria Lopez']]]);
  });
  it('reads questions wholly in bold, and labels in bold with a full-width colon (`**MP**：`), as Markdown: it failed the build', () => {
    const r = ingest('# 马修·普林斯访谈\n\n**欢迎来到节目。**\n\n**MP**：谢谢，本。\n\n**您是怎么开始的？**\n\n**MP**：我在犹他州长大。\n\n**然后呢？**\n\n**MP**：然后我去了大学。\n', 'zh.txt');
    expect(spoken(r).map((s) => s.replace(/^\S+ /, ''))).toEqual(['(interviewer): 欢迎来到节目。', '(guest): 谢谢，本。', '(interviewer): 您是怎么开始的？', '(guest): 我在犹他州长大。', '(interviewer): 然后呢？', '(guest): 然后我去了大学。']);
  });
  it('reads a page a web clipper saved, `# headings` and links, as Markdown: its empty bullets and links were words', () => {
    const r = ingest('# Ideas: bridges and trust\n\n[Home](https://example.org/) > [Ideas](https://example.org/ideas)\n\n[Maria Lopez](https://example.org/maria-lopez), engineer\n\n  * \n  * \n\n[](https://example.org/summary)\n\nTom Becker: Why bridges?\n\n  * \n\nMaria Lopez: My father built them.\n\nTom Becker: And now?\n\nMaria Lopez: Sensors.\n', 'clip.txt');
    expect(spoken(r)).toEqual(['Tom Becker (interviewer): Why bridges?', 'Maria Lopez (guest): My father built them.', 'Tom Becker (interviewer): And now?', 'Maria Lopez (guest): Sensors.']);
  });
  it('keeps a text file with a `#` line and links written out plain text (guard): `[Laughter]: Yes.` is speech', () => {
    const r = ingest('# Bridges\n\nTom Becker: Did you read https://example.org/a and https://example.org/b?\n\nMaria Lopez: [Laughter]: Yes.\n\nTom Becker: Thanks.\n', 'plain.txt');
    expect(spoken(r)[1]).toBe('Maria Lopez (guest): [Laughter]: Yes.');
  });
});

describe('a podcast page’s show notes after the last turn, under a line that heads them (“Where to find Maria Lopez:”, “In this episode, we cover:”) or folded in a page’s `<details>`', () => {
  const page = (notes: string) => `# Episode 40: Steel that heals\n\n**Tom Becker:** Welcome. My guest today is Maria Lopez.\n\n**Maria Lopez:** Thanks, Tom.\n\n**Tom Becker:** Where can people find you?\n\n**Maria Lopez:** On LinkedIn, and at rhineworks.example.\n\n${notes}\n`;
  it('makes them the outro; they were the guest’s words', () => {
    for (const notes of ['Where to find Maria Lopez:\n\n- LinkedIn: https://linkedin.com/in/marialopez\n- Website: https://rhineworks.example\n\nIn this episode, we cover:\n\n(00:00) Intro\n(00:05) Why bridges', 'Links mentioned:\n\n- The Rhine crossing report\n- Bridges of Europe, a book', '<details><summary>Show notes</summary>\n\nLinks and more.\n\n</details>']) {
      const r = ingest(page(notes), 'notes.md');
      expect(spoken(r).at(-1)).toBe('Maria Lopez (guest): On LinkedIn, and at rhineworks.example.');
      expect(r.transcript.outro[0]!.text).toBe(notes.split('\n')[0]);
    }
  });
  it('keeps a guest’s own words ending with a colon, and her list, hers (guard)', () => {
    const r = ingest(page('Here is what I would read first:\n\n- The Rhine crossing report\n- Bridges of Europe'), 'list.md');
    expect(r.transcript.outro).toEqual([]);
  });
});

describe('a page copied without its markup: the show’s name and the episode’s title as two lines of one paragraph above the first turn', () => {
  it('makes them the title, apart by a dash; the title was the file’s name and they the intro', () => {
    const r = ingest('Rivers and Roads\nEpisode 40: Steel that heals\n\nTom Becker: Welcome, Maria.\n\nMaria Lopez: Thanks, Tom.\n\nTom Becker: Why bridges?\n\nMaria Lopez: My father built them.\n', 'twoline.md');
    expect([r.transcript.title, r.transcript.intro]).toEqual(['Rivers and Roads — Episode 40: Steel that heals', []]);
  });
  it('keeps two lines of a dek, a sentence or a date among them, the intro (guard)', () => {
    const r = ingest('Rivers and Roads\nMarch 3, 2026\n\nTom Becker: Welcome, Maria.\n\nMaria Lopez: Thanks, Tom.\n', 'dated.md');
    expect(r.transcript.title).toBe('Dated');
  });
});

describe('a show’s name on a line of its own under the title, and no heading in the interview', () => {
  it('makes it the intro; it headed the whole interview as its one section', () => {
    const r = ingest('# Steel that heals\n\nThe Ezra Klein Show\n\nTom Becker: Welcome, Maria.\n\nMaria Lopez: Thanks, Tom.\n\nTom Becker: Why bridges?\n\nMaria Lopez: My father built them.\n', 'show.md');
    expect([r.transcript.intro.map((p) => p.text), r.transcript.sections.map((s) => s.heading)]).toEqual([['The Ezra Klein Show'], [null]]);
  });
  it('keeps such a line a section’s heading where other headings follow in the interview (guard)', () => {
    const r = ingest('# Steel that heals\n\nThe early years\n\nTom Becker: Welcome, Maria.\n\nMaria Lopez: Thanks, Tom.\n\nThe Rhine crossing\n\nTom Becker: Why bridges?\n\nMaria Lopez: My father built them.\n', 'parts.md');
    expect(r.transcript.sections.map((s) => s.heading)).toEqual(['The early years', 'The Rhine crossing']);
  });
});

describe('speakers’ initials set as headings above their words (`### TB`, `### ML`)', () => {
  it('reads them as labels, named by the full names the dek gives; it failed the build', () => {
    const r = ingest('# Bridges\n\nMaria Lopez talks to Tom Becker.\n\n### TB\n\nWhy bridges?\n\n### ML\n\nMy father built them.\n\n### TB\n\nAnd now?\n\n### ML\n\nSensors.\n', 'initials.md');
    expect(spoken(r)).toEqual(['Tom Becker (interviewer): Why bridges?', 'Maria Lopez (guest): My father built them.', 'Tom Becker (interviewer): And now?', 'Maria Lopez (guest): Sensors.']);
  });
  it('keeps a heading in capitals that heads one part a section (guard)', () => {
    const r = ingest('# Bridges\n\nTom Becker: Why bridges?\n\nMaria Lopez: My father built them.\n\n### FAQ\n\nTom Becker: And now?\n\nMaria Lopez: Sensors.\n', 'faq.md');
    expect(r.transcript.sections.map((s) => s.heading)).toEqual([null, 'FAQ']);
  });
});

describe('a Vietnamese Q&A headed “Phỏng vấn kỹ sư Maria Lopez: ...” (an interview with engineer Maria Lopez), a subtitle after the name', () => {
  it('names the guest by the headline, the job aside; she was “Guest”', () => {
    for (const head of ['Phỏng vấn kỹ sư Maria Lopez: Nước là kẻ thù của những cây cầu', 'Phỏng vấn Maria Lopez: Nước là kẻ thù của những cây cầu']) {
      const r = ingest(`# ${head}\n\nCâu hỏi: Những cây cầu của chúng ta bao nhiêu tuổi?\n\nTrả lời: Trung bình hơn bốn mươi năm.\n\nCâu hỏi: Kẻ thù lớn nhất là gì?\n\nTrả lời: Nước.\n`, 'vi.md');
      expect(r.transcript.guest).toBe('Maria Lopez');
    }
  });
});

describe('speakers’ first names, or one speaker’s initials, set as headings above their words (`### Adam`, `### JH`)', () => {
  it('reads first names heading two turns or more each as labels; they were sections, the words nobody’s', () => {
    const r = ingest('# Episode 400\n\n### Adam\n\nWelcome to the show, Pieter.\n\n### Pieter\n\nThanks, Adam.\n\n### Adam\n\nWhy Schnorr?\n\n### Pieter\n\nBecause it is simpler.\n', 'first.md');
    expect(who(r)).toEqual(['Adam (interviewer)', 'Pieter (guest)', 'Adam (interviewer)', 'Pieter (guest)']);
  });
  it('reads one speaker’s initials heading three answers as that label, the bold questions between them the interviewer’s', () => {
    const r = ingest('# An interview with Jensen Huang\n\n**Jensen Huang, welcome back.**\n\n### JH\n\nGreat to be here.\n\n**Why GPUs?**\n\n### JH\n\nBecause of CUDA.\n\n**And now?**\n\n### JH\n\nReasoning.\n', 'jh.md');
    expect(r.transcript.sections.map((s) => s.heading)).toEqual([null]);
    expect(turnsOf(r).filter((t) => t.role === 'guest').map((t) => t.paragraphs.join(' '))).toEqual(['Great to be here.', 'Because of CUDA.', 'Reasoning.']);
  });
});

describe('a streaming app’s transcript copied as text: the episode’s title, then the time above the name above the words', () => {
  it('titles the interview by the first line, a chapter’s line as a format reads it, and reads each turn with its time', () => {
    const r = ingest('Steel that heals\n\n0:05\nTom Becker\nWelcome to the show, Maria.\n\n0:09\nMaria Lopez\nThanks, Tom.\n\n0:12\nTom Becker\nWhy bridges?\n\n0:15\nMaria Lopez\nMy father built them.\n', 'app.txt');
    expect([r.transcript.title, r.transcript.sections.map((s) => s.heading)]).toEqual(['Steel that heals', [null]]);
    expect(turnsOf(r).map((t) => `${t.speaker} @${t.time}`)).toEqual(['Tom Becker @5', 'Maria Lopez @9', 'Tom Becker @12', 'Maria Lopez @15']);
  });
});

describe('a Markdown page saved as text whose answers are a name, a time and the words (`JH 00:00:37 It’s great...`), the questions in bold', () => {
  it('reads the bold questions as Markdown’s, the interviewer’s; their asterisks were words and the questions the answerer’s', () => {
    const r = ingest('# An interview with Jensen Huang\n\nBT 00:00:30 Jensen Huang, welcome back.\n\nJH 00:00:37 It’s great to be with you.\n\n**Why GPUs?**\n\nJH 00:01:14 Because of CUDA.\n\n**And now?**\n\nJH 00:01:51 Reasoning.\n\nBT 00:02:20 Thanks.\n\nJH 00:02:28 Thank you.\n', 'jh.txt');
    expect(spoken(r).filter((s) => s.includes('(interviewer)')).map((s) => s.replace(/^.*?: /, ''))).toEqual(['Jensen Huang, welcome back.', 'Why GPUs?', 'And now?', 'Thanks.']);
  });
});

describe('a role in brackets beside the speaker’s label (`[HOST] Tom Becker:`, `Tom Becker [host]:`)', () => {
  it('reads the name as the label and the bracket as its side: the bracket was the label and the name words, or “[host]” words', () => {
    for (const [a, b] of [['[HOST] Tom Becker', '[GUEST] Maria Lopez'], ['Tom Becker [host]', 'Maria Lopez [guest]']]) {
      const r = ingest(`# Steel\n\n${a}: Welcome to the show. Why bridges?\n\n${b}: My father built them.\n\n${a}: And now?\n\n${b}: Sensors.\n`, 'roles.md');
      expect(spoken(r)).toEqual(['Tom Becker (interviewer): Welcome to the show. Why bridges?', 'Maria Lopez (guest): My father built them.', 'Tom Becker (interviewer): And now?', 'Maria Lopez (guest): Sensors.']);
    }
  });
  it('keeps a note in brackets, `Tom Becker [laughs]:`, with the words (guard)', () => {
    const r = ingest('# Steel\n\nTom Becker: Why bridges?\n\nMaria Lopez [laughs]: My father built them.\n\nTom Becker: And now?\n\nMaria Lopez: Sensors.\n', 'note.md');
    expect(spoken(r)[1]).toBe('Maria Lopez (guest): [laughs] My father built them.');
  });
});

describe('labels set apart by an arrow or a chevron (`Tom Becker » ...`, `Tom Becker > ...`)', () => {
  it('reads them as labels, as a hyphen or a dash; it failed the build', () => {
    for (const mark of ['»', '>', '→']) {
      const r = ingest(`Tom Becker ${mark} Welcome, Maria. Why bridges?\n\nMaria Lopez ${mark} My father built them.\n\nTom Becker ${mark} And now?\n\nMaria Lopez ${mark} Sensors.\n`, 'arrow.txt');
      expect(spoken(r)).toEqual(['Tom Becker (interviewer): Welcome, Maria. Why bridges?', 'Maria Lopez (guest): My father built them.', 'Tom Becker (interviewer): And now?', 'Maria Lopez (guest): Sensors.']);
    }
  });
  it('the name in bold too (`**Tom Becker** → ...`; it failed the build)', () => {
    const r = ingest('# Bridges\n\n**Tom Becker** → Welcome, Maria. Why bridges?\n\n**Maria Lopez** → My father built them.\n\n**Tom Becker** → And now?\n\n**Maria Lopez** → Sensors.\n', 'arrow.md');
    expect(spoken(r)).toEqual(['Tom Becker (interviewer): Welcome, Maria. Why bridges?', 'Maria Lopez (guest): My father built them.', 'Tom Becker (interviewer): And now?', 'Maria Lopez (guest): Sensors.']);
  });
});

describe('a name and “at” its time alone above the words (`Tom Becker at 0:03`)', () => {
  it('reads each as a timed label; it failed the build', () => {
    const r = ingest('Tom Becker at 0:03\nWelcome to the show, Maria. Why bridges?\n\nMaria Lopez at 0:09\nMy father built them.\n\nTom Becker at 0:12\nAnd now?\n\nMaria Lopez at 0:15\nSensors.\n', 'at.txt');
    expect(turnsOf(r).map((t) => `${t.speaker} (${t.role}) @${t.time}: ${t.paragraphs.join(' | ')}`)).toEqual(['Tom Becker (interviewer) @3: Welcome to the show, Maria. Why bridges?', 'Maria Lopez (guest) @9: My father built them.', 'Tom Becker (interviewer) @12: And now?', 'Maria Lopez (guest) @15: Sensors.']);
  });
});

describe('a magazine’s Q&A page copied as text: kicker, headline, dek, the page’s buttons, byline and date, questions without labels, notes after the last answer', () => {
  const page = ['The Interview', 'Maria Lopez Thinks Our Bridges Are Lying to Us', 'The engineer on water, steel and the patience of old spans.', 'Share full article', 'By Tom Becker', 'March 3, 2026', 'Maria Lopez has inspected two thousand bridges. She does not trust any of them.', 'Why don’t you trust bridges?', 'Because they hide things. Water gets in where you can’t see it.', 'Is that true of new bridges too?', 'Less. But new bridges have new problems.', 'What would you fix first?', 'The budget. Then the sensors.', 'This interview has been edited and condensed for clarity.', 'Tom Becker is a staff writer for the magazine.', 'A version of this article appears in print on March 8, 2026, Section MM, Page 12 with the headline: Bridges Are Lying.', ''].join('\n');
  const r = ingest(page, 'magazine.txt');
  it('names the guest from the dek under the byline and the date (she was “Guest”: the dek was counted past the page’s buttons, the byline and the date)', () => {
    expect([r.transcript.title, r.transcript.guest, r.transcript.interviewer]).toEqual(['Maria Lopez Thinks Our Bridges Are Lying to Us', 'Maria Lopez', 'Tom Becker']);
    expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
  });
  it('keeps the notes after the last answer the outro, "A version of this article appears in print..." too (both were her words)', () => {
    expect(turnsOf(r).at(-1)!.paragraphs).toEqual(['The budget. Then the sensors.']);
    expect(r.transcript.outro.map((p) => p.text)).toEqual(['This interview has been edited and condensed for clarity.', 'Tom Becker is a staff writer for the magazine.', 'A version of this article appears in print on March 8, 2026, Section MM, Page 12 with the headline: Bridges Are Lying.']);
  });
});

describe('a newsletter’s page copied line by line from its masthead: the headline twice, the share card’s and the article’s', () => {
  const page = (headline: string) => `Bridge Talk\nSubscribe\nSign in\nShare this post\n${headline}\nCopy link\nFacebook\n${headline}\nTimber, steel and inspections\nTom Becker\nNov 03, 2026\nShare\nTom Becker: How did you get into engineering?\nMaria Lopez: My father was a carpenter.\nTom Becker: And the first bridge?\nMaria Lopez: A footbridge in Oaxaca. It is still standing.\n`;
  it('titles it by the headline, the first copy removed (it was titled by the masthead, `Bridge Talk`, the headline twice in the intro)', () => {
    const r = ingest(page('Maria Lopez on bridges that don’t lie'), 'substack.txt');
    expect(r.transcript.title).toBe('Maria Lopez on bridges that don’t lie');
    expect(r.transcript.removed.filter((x) => x.text.startsWith('Maria Lopez on')).map((x) => [x.line, x.reason])).toEqual([[5, 'site chrome (the page repeats the headline)']]);
    expect(r.transcript.intro.map((p) => p.text)).toEqual(['Tom Becker']);
  });
  it('keeps a heading the text marks the title, and a sentence said twice no title (guard)', () => {
    const r = ingest(page('Maria Lopez on bridges that don’t lie').replace('Bridge Talk\n', '# Bridge Talk Weekly\n\n'), 'substack.md');
    expect(r.transcript.title).toBe('Bridge Talk Weekly');
    const s = ingest(page('We talked about bridges.'), 'substack.txt');
    expect(s.transcript.title).toBe('Bridge Talk');
    expect(s.transcript.intro.map((p) => p.text).filter((t) => t === 'We talked about bridges.')).toHaveLength(2);
  });
});

describe('a French paper’s page copied line by line: navigation, masthead, the headline quoting the guest, buttons under the dek, a “Lire aussi” link between the turns', () => {
  const page = 'Passer au contenu principal\nLe Monde\nRubriques\nSciences\nMaria Lopez : « L’eau est le pire ennemi des ponts »\nL’ingénieure en chef de Rhine Works explique pourquoi nos ponts vieillissent plus vite que prévu.\nPropos recueillis par Tom Becker\nPublié le 03 mars 2026 à 06h00\nArticle réservé aux abonnés\nOffrir l’article\nAjouter à vos sélections\nPartager\nQuel âge ont nos ponts ?\nEn moyenne plus de quarante ans.\nQuel est le pire ennemi ?\nL’eau. Elle s’infiltre dans les joints.\nLire aussi | Les ponts de France en mauvais état\nLes capteurs sont-ils utiles ?\nOui. Ils détectent les fissures.\n';
  it('titles it by the headline, names the guest by it, and removes the navigation, the buttons and the link; the title was the skip link and the guest “Guest”', () => {
    const r = ingest(page, 'lemonde.txt');
    expect([r.transcript.title, r.transcript.guest, r.transcript.interviewer, r.transcript.date]).toEqual(['Maria Lopez : « L’eau est le pire ennemi des ponts »', 'Maria Lopez', 'Tom Becker', '2026-03-03']);
    expect(r.transcript.sections.map((s) => s.heading)).toEqual([null]);
    expect(spoken(r)).toEqual(['Tom Becker (interviewer): Quel âge ont nos ponts ?', 'Maria Lopez (guest): En moyenne plus de quarante ans.', 'Tom Becker (interviewer): Quel est le pire ennemi ?', 'Maria Lopez (guest): L’eau. Elle s’infiltre dans les joints.', 'Tom Becker (interviewer): Les capteurs sont-ils utiles ?', 'Maria Lopez (guest): Oui. Ils détectent les fissures.']);
    expect(r.transcript.removed.map((x) => x.text)).toEqual(['Passer au contenu principal', 'Rubriques', 'Article réservé aux abonnés', 'Offrir l’article', 'Ajouter à vos sélections', 'Partager', 'Lire aussi | Les ponts de France en mauvais état']);
  });
});

describe('an American paper’s Q&A page copied line by line: skip links, a column’s name above the headline in title case, “See more on” under the last answer', () => {
  const page = 'Skip to content\nSkip to site index\nSearch & Section Navigation\nThe Interview\nMaria Lopez Thinks Our Bridges Are Lying to Us\nThe engineer on rust, rivers and why she still climbs under every span.\nBy Tom Becker\nWhy did you close the bridge yourself?\nBecause I saw the crack. Nobody else had looked.\nWere people angry?\nVery. The mayor called me at midnight.\nWhat about sensors?\nThey help. But you still have to climb under the bridge.\nTom Becker is a staff writer for the magazine.\nSee more on: Rhine Works\nSite Index\n';
  it('titles it by the headline, not the column or the skip link; the writer’s note is the outro, not her words; the headline’s words are no names', () => {
    const r = ingest(page, 'nyt.txt');
    expect([r.transcript.title, r.transcript.intro.map((p) => p.text)]).toEqual(['Maria Lopez Thinks Our Bridges Are Lying to Us', ['The Interview', 'The engineer on rust, rivers and why she still climbs under every span.', 'By Tom Becker']]);
    expect(spoken(r).at(-1)).toBe('Guest (guest): They help. But you still have to climb under the bridge.');
    expect(r.transcript.outro.map((p) => p.text)).toEqual(['Tom Becker is a staff writer for the magazine.']);
    expect(r.transcript.warnings.map((w) => w.message)).toContain('the guest is shown as "Guest": nothing before the interview names them');
  });
});

describe('a German magazine’s interview copied line by line: masthead, a kicker naming the guest by her job, the headline a quotation, a box of links between turns, buttons and tags after the last', () => {
  const page = 'Zum Inhalt springen\nDER SPIEGEL\nMenü\nWissenschaft\nBrückenexpertin Maria Lopez\n»Wasser ist der größte Feind«\nDeutschlands Brücken sind alt. Die Ingenieurin Maria Lopez erklärt, warum sie nachts gut schläft.\nEin Interview von Tom Becker\n03.03.2026, 06.00 Uhr\nSPIEGEL: Frau Lopez, wie alt sind unsere Brücken?\nLopez: Im Schnitt über vierzig Jahre.\nSPIEGEL: Was ist der größte Feind?\nLopez: Wasser. Es dringt in die Fugen ein.\nMehr zum Thema\nMarode Brücken: Wer zahlt?\nSPIEGEL: Helfen Sensoren?\nLopez: Ja. Sie finden Risse Jahre vorher.\nFeedback\nArtikel teilen\nMehr lesen über\nBrücken\nInfrastruktur\n';
  it('titles it by the kicker and the quotation, names `Lopez:` by the full name the kicker gives, her job aside, and removes the box, the buttons and the tags', () => {
    const r = ingest(page, 'spiegel.txt');
    expect([r.transcript.title, r.transcript.guest]).toEqual(['Brückenexpertin Maria Lopez: »Wasser ist der größte Feind«', 'Maria Lopez']);
    expect(spoken(r).filter((s) => s.includes('(guest)'))).toEqual(['Maria Lopez (guest): Im Schnitt über vierzig Jahre.', 'Maria Lopez (guest): Wasser. Es dringt in die Fugen ein.', 'Maria Lopez (guest): Ja. Sie finden Risse Jahre vorher.']);
    expect(r.transcript.outro).toEqual([]);
    expect(r.transcript.removed.map((x) => x.text)).toEqual(expect.arrayContaining(['Mehr zum Thema', 'Marode Brücken: Wer zahlt?', 'Feedback', 'Artikel teilen', 'Mehr lesen über', 'Brücken', 'Infrastruktur']));
    expect([...namesIn('Die Chefingenieurin Maria Lopez und Bundesministerin Anna Schmidt').keys()]).toEqual(['Maria Lopez', 'Anna Schmidt']);
  });
});

describe('a British paper’s Q&A copied line by line: the headline quoting the guest on the first line left by the navigation, the writer’s name alone above the date and time', () => {
  it('titles it by the headline, names the guest by it and the interviewer by the name above the date; the title was the file’s name and both were a tie', () => {
    const r = ingest('Skip to main content\nSign in\nThe Guardian - Back to home\nMaria Lopez: ‘I wanted to understand why the bridge fell’\nThe engineer on her childhood in Seville and why water is the enemy\nTom Becker\nSun 3 Mar 2026 09.00 GMT\nShare\nWhat was your childhood like?\nMy father built boats. I grew up around steel.\nWhen did you decide to be an engineer?\nWhen a bridge near our town fell.\nWhat is the biggest enemy of a bridge?\nWater. Always water.\n', 'guardian.txt');
    expect([r.transcript.title, r.transcript.guest, r.transcript.interviewer]).toEqual(['Maria Lopez: ‘I wanted to understand why the bridge fell’', 'Maria Lopez', 'Tom Becker']);
  });
});

describe('a Spanish paper’s interview copied line by line: share buttons under the byline, `Pregunta.`/`Respuesta.`, the tags under `Archivado En` and the Trust Project’s line', () => {
  it('removes the buttons, the tags and the line; the first button headed the interview and the rest were the outro', () => {
    const r = ingest('Ir al contenido\nEL PAÍS\nMaria Lopez, ingeniera: “El agua es el peor enemigo de los puentes”\nLa ingeniera jefa de Rhine Works explica por qué los puentes envejecen.\nTOM BECKER\nMadrid - 03 mar 2026 - 05:30 CET\nCompartir en Whatsapp\nCompartir en Facebook\nPregunta. ¿Cuántos años tienen nuestros puentes?\nRespuesta. De media, más de cuarenta.\nP. ¿Cuál es el peor enemigo?\nR. El agua. Entra en las juntas.\nArchivado En\nIngeniería\nInfraestructuras\nSe adhiere a los criterios de\nThe Trust Project\n', 'elpais.txt');
    expect([r.transcript.sections.map((s) => s.heading), r.transcript.outro]).toEqual([[null], []]);
    expect(spoken(r)).toEqual(['Tom Becker (interviewer): ¿Cuántos años tienen nuestros puentes?', 'Maria Lopez (guest): De media, más de cuarenta.', 'Tom Becker (interviewer): ¿Cuál es el peor enemigo?', 'Maria Lopez (guest): El agua. Entra en las juntas.']);
    expect(r.transcript.removed.map((x) => x.text)).toEqual(expect.arrayContaining(['Compartir en Whatsapp', 'Compartir en Facebook', 'Archivado En', 'Ingeniería', 'The Trust Project']));
  });
  it('keeps a button’s words inside a hard-wrapped answer, the line before ending mid-sentence (guard)', () => {
    const wrapped = 'Tom Becker: Where did the money for the repairs finally come from in the\nend, after all those years of arguing about it in the council?\nMaria Lopez: From the city, after a long fight about who should pay for the\nlargest\nShare\nof the costs, and the state paid the rest of it in the following year, which\nnobody had expected, least of all the engineers who had been waiting for it.\nTom Becker: And the federal government, did it help with the inspection work\nat all, or did it leave the cities to find the money on their own again?\nMaria Lopez: Not at all, they said that the bridges were the responsibility of\nthe city, and they have said the same thing to every city that asked them.\n';
    expect(spoken(ingest(wrapped, 'wrapped.txt'))[1]).toContain('the largest Share of the costs');
  });
});

describe('a Japanese interview copied line by line: skip link, category above the headline, dash questions, a related-articles box between turns', () => {
  const page = 'メインコンテンツへスキップ\nログイン\nテクノロジー\n橋を守るエンジニア、マリア・ロペス氏に聞く\n2026年3月3日 6:00\nシェア\nライン・ワークスのチーフエンジニア、マリア・ロペス氏に、橋の老朽化について話を聞いた。\n――橋はどれくらい古いのですか。\n平均で40年を超えています。\n――一番の敵は何でしょう。\n水です。\n関連記事\n老朽インフラ、誰が直す？\n――センサーは役に立ちますか。\nはい。何年も前にひび割れを見つけます。\n（聞き手・田中一郎）\n';
  it('keeps the questions and answers after the box (they were removed as the page’s links to the end), and titles it by the headline, not the category', () => {
    const r = ingest(page, 'ja.txt');
    expect([r.transcript.title, r.transcript.guest, r.transcript.interviewer]).toEqual(['橋を守るエンジニア、マリア・ロペス氏に聞く', 'マリア・ロペス', '田中一郎']);
    expect(spoken(r)).toEqual(['田中一郎 (interviewer): 橋はどれくらい古いのですか。', 'マリア・ロペス (guest): 平均で40年を超えています。', '田中一郎 (interviewer): 一番の敵は何でしょう。', 'マリア・ロペス (guest): 水です。', '田中一郎 (interviewer): センサーは役に立ちますか。', 'マリア・ロペス (guest): はい。何年も前にひび割れを見つけます。']);
    expect(r.transcript.removed.map((x) => x.text)).toEqual(['メインコンテンツへスキップ', 'ログイン', 'シェア', '関連記事', '老朽インフラ、誰が直す？']);
  });
});

describe('a “Related” line and its list of links between the bold questions of a Q&A', () => {
  it('removes the links with the line; the link was the guest’s words', () => {
    const r = ingest('# Maria Lopez on steel\n\nBy Tom Becker\n\n**Why bridges?**\n\nMy father built them.\n\n**What scares you?**\n\nWater.\n\nRelated\n\n- [The tunnel builders](https://example.com/tunnels)\n- [Rust never sleeps](https://example.com/rust)\n\n**And sensors?**\n\nThey help.\n', 'related.md');
    expect(spoken(r)).toEqual(['Tom Becker (interviewer): Why bridges?', 'Maria Lopez (guest): My father built them.', 'Tom Becker (interviewer): What scares you?', 'Maria Lopez (guest): Water.', 'Tom Becker (interviewer): And sensors?', 'Maria Lopez (guest): They help.']);
  });
  it('keeps a guest’s own list of links after her words, with no “Related” line above it (guard)', () => {
    const r = ingest('# Maria Lopez on steel\n\nBy Tom Becker\n\n**What should we read?**\n\nThese two:\n\n- [The tunnel builders](https://example.com/tunnels)\n- [Rust never sleeps](https://example.com/rust)\n\n**And sensors?**\n\nThey help.\n\n**Thanks?**\n\nThanks.\n', 'own.md');
    expect(spoken(r)[1]).toBe('Maria Lopez (guest): These two: | The tunnel builders Rust never sleeps');
  });
});

describe('a podcast’s transcript page as text: the show’s title line, a note to listeners, legal conditions in capitals', () => {
  it('takes the first line for the title, though a line in capitals heads the conditions under it', () => {
    const page = 'Rivers and Roads Transcripts: Maria Lopez on Bridges (#40)\n\nPlease enjoy this transcript of my interview with Maria Lopez. It may contain a few typos.\n\nPLEASE NOTE THE LEGAL CONDITIONS:\n\nTom Becker owns the copyright in all transcripts of the show.\n\nTom Becker: Maria, welcome to the show.\n\nMaria Lopez: Thank you.\n\nTom Becker: Why is water the enemy?\n\nMaria Lopez: It carries salt into the concrete.\n';
    const r = ingest(page, 'show.txt');
    expect([r.transcript.title, r.titleFrom]).toEqual(['Rivers and Roads Transcripts: Maria Lopez on Bridges (#40)', 'text']);
    expect(r.transcript.intro.map((p) => p.text)).toEqual(['Please enjoy this transcript of my interview with Maria Lopez. It may contain a few typos.', 'PLEASE NOTE THE LEGAL CONDITIONS:', 'Tom Becker owns the copyright in all transcripts of the show.']);
    expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
  });
});

describe('a meeting tool’s export: the meeting’s name in two words above `Name  0:00` lines', () => {
  const exported = 'Bridge interview\n\nTom Becker  0:00\nMaria, can you introduce yourself?\n\nMaria Lopez  0:04\nI inspect bridges for the state.\n\nTom Becker  0:09\nHow many a year?\n\nMaria Lopez  0:12\nAbout two hundred.\n';
  it('takes the two words for the title, not a section over the whole interview', () => {
    const r = ingest(exported, 'meeting.txt');
    expect([r.transcript.title, r.transcript.sections.map((s) => s.heading)]).toEqual(['Bridge interview', [null]]);
  });
  it('keeps two words that name a part (`Full transcript`, `Parte 1`) as the section they head (guard)', () => {
    for (const part of ['Full transcript', 'Parte 1', 'Session II']) {
      const r = ingest(exported.replace('Bridge interview', part), 'meeting.txt');
      expect([r.transcript.title, r.transcript.sections.map((s) => s.heading)]).toEqual(['Meeting', [part]]);
    }
  });
});

describe('a recording studio’s export: the name, then the span of the turn on its own line, then the words', () => {
  it('reads `Tom Becker` / `00:00:01 - 00:00:05` / words as a timed turn (it failed the build: no turns)', () => {
    const r = ingest('Rivers and Roads - Maria Lopez\n\nTom Becker\n00:00:01 - 00:00:05\nWelcome to the show, Maria.\n\nMaria Lopez\n00:00:06 - 00:00:08\nThanks, Tom.\n\nTom Becker\n00:00:09 - 00:00:12\nWhy do bridges fail?\n\nMaria Lopez\n00:00:13 - 00:00:20\nWater.\n', 'studio.txt');
    expect(turnsOf(r).map((t) => `${t.speaker} (${t.role}) ${t.time}: ${t.paragraphs.join(' | ')}`)).toEqual(['Tom Becker (interviewer) 1: Welcome to the show, Maria.', 'Maria Lopez (guest) 6: Thanks, Tom.', 'Tom Becker (interviewer) 9: Why do bridges fail?', 'Maria Lopez (guest) 13: Water.']);
    expect(r.transcript.title).toBe('Rivers and Roads - Maria Lopez');
  });
  it('reads a placeholder set as a heading with its time below (`### Speaker 0` / `00:00:01`)', () => {
    const r = ingest('### Speaker 0\n00:00:01\nWelcome to the show.\n\n### Speaker 1\n00:00:04\nThanks.\n\n### Speaker 0\n00:00:06\nWhy do bridges fail?\n\n### Speaker 1\n00:00:09\nWater.\n', 'diarized.md');
    expect(turnsOf(r).map((t) => `${t.speaker} ${t.time}: ${t.paragraphs.join(' | ')}`)).toEqual(['Speaker 0 1: Welcome to the show.', 'Speaker 1 4: Thanks.', 'Speaker 0 6: Why do bridges fail?', 'Speaker 1 9: Water.']);
  });
});

describe('a British paper’s Q&A copied as text: a one-word kicker above a headline opening with a quotation', () => {
  it('takes the headline, in sentence case, for the title and the kicker for the intro', () => {
    const r = ingest('Interview\n‘Water is the enemy’: Maria Lopez on why bridges fall down\n\nThe engineer has inspected 3,000 bridges. She talks about rust and drones\n\nTom Becker\nSun 3 Mar 2026 09.00 GMT\n\nWhich bridge scared you most?\nA small one in Ohio.\n\nWhat happened next?\nThey closed it.\n\nDo drones help?\nEnormously.\n', 'guardian.txt');
    expect([r.transcript.title, r.transcript.guest, r.transcript.interviewer]).toEqual(['‘Water is the enemy’: Maria Lopez on why bridges fall down', 'Maria Lopez', 'Tom Becker']);
    expect(r.transcript.intro[0]!.text).toBe('Interview');
  });
});

describe('a show with two hosts on first names, the co-host named in the dek', () => {
  it('makes the co-host an interviewer, not a second guest', () => {
    const r = ingest('# Rivers and Roads #40: Maria Lopez on rust\n\nMy guest this week is Maria Lopez, a bridge engineer. My co-host is Ana Silva.\n\n**Tom:** Welcome back. Ana, who is our guest?\n\n**Ana:** Maria Lopez, who inspects bridges.\n\n**Maria:** Hello!\n\n**Tom:** Maria, why do bridges fail?\n\n**Maria:** Water, mostly.\n\n**Ana:** And salt?\n\n**Maria:** Salt makes it worse.\n', 'cohost.md');
    expect([r.transcript.guest, r.transcript.interviewer]).toEqual(['Maria Lopez', 'Tom, Ana Silva']);
    expect(who(r)).toEqual(['Tom (interviewer)', 'Ana Silva (interviewer)', 'Maria Lopez (guest)', 'Tom (interviewer)', 'Maria Lopez (guest)', 'Ana Silva (interviewer)', 'Maria Lopez (guest)']);
  });
});

describe('a transcription tool’s voice it could not tell, speaking first', () => {
  const call = (other: string) => `${other}: Okay, it is recording.\n\nTom Becker: Great. Maria, thanks for taking the time.\n\nMaria Lopez: Of course.\n\nTom Becker: Why do bridges fail?\n\nMaria Lopez: Water.\n\n${other}: Sorry, can I close the door?\n\nTom Becker: Sure.\n`;
  it('shows `Unknown Speaker` on neither side, and the host who opens by addressing the guest stays the host (the roles were swapped)', () => {
    const r = ingest(call('Unknown Speaker'), 'otter.txt');
    expect([r.transcript.guest, r.transcript.interviewer]).toEqual(['Maria Lopez', 'Tom Becker']);
    expect(who(r)).toEqual(['Unknown Speaker (other)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Unknown Speaker (other)', 'Tom Becker (interviewer)']);
  });
  it('suggests naming that voice on neither side, not as the interviewer', () => {
    expect(ingest(call('Unknown Speaker'), 'otter.txt').transcript.warnings.map((w) => w.fix)).toContainEqual(expect.stringContaining('`Unknown Speaker: { name: Full Name, role: other }`'));
  });
  it('reads a record’s `UNIDENTIFIED SPEAKER` opening the same way', () => {
    const r = ingest(call('UNIDENTIFIED SPEAKER'), 'record.txt');
    expect([r.transcript.guest, r.transcript.interviewer]).toEqual(['Maria Lopez', 'Tom Becker']);
  });
});

describe('a panel whose moderator introduces “our panelists”', () => {
  it('makes each panelist a guest (one who answered first was shown as a second moderator)', () => {
    const r = ingest('# Closing panel: bridges of tomorrow\n\n**Moderator (Tom Becker):** Welcome, everyone. Our panelists are Maria Lopez of Rhine Works and Paul Kim of the State DOT.\n\n**Maria Lopez:** Thank you.\n\n**Paul Kim:** Glad to be here.\n\n**Moderator (Tom Becker):** Maria, what worries you?\n\n**Maria Lopez:** Bearings.\n\n**Moderator (Tom Becker):** Paul?\n\n**Paul Kim:** Money.\n\n**Moderator (Tom Becker):** Thank you all.\n', 'panel.md');
    expect([r.transcript.guest, r.transcript.interviewer]).toEqual(['Maria Lopez, Paul Kim', 'Tom Becker']);
  });
});

describe('a newsletter’s interview without front matter: a preface, then the interview’s own heading', () => {
  const email = 'A talk with the engineer about rust and drones.\n\nGood morning,\n\nThis week I spoke with Maria Lopez at the bridge conference.\n\nOn to the interview:\n\n### An Interview with Rhine Works Engineer Maria Lopez About Rust\n\n*This interview is lightly edited for clarity.*\n\n### Rust\n\n**Tom Becker:** Why do bridges rust?\n\n**Maria Lopez:** Water.\n\n**Tom Becker:** And drones?\n\n**Maria Lopez:** They help.\n';
  it('takes “An Interview with ...” for the title, not the file’s name, and keeps the preface as the intro', () => {
    const r = ingest(email, 'email.md');
    expect([r.transcript.title, r.titleFrom]).toEqual(['An Interview with Rhine Works Engineer Maria Lopez About Rust', 'text']);
    expect(r.transcript.intro.map((p) => p.text).at(-1)).toBe('This interview is lightly edited for clarity.');
    expect(r.transcript.sections.map((s) => s.heading)).toEqual(['Rust']);
  });
  it('takes a Chinese edition’s `### ... 访谈：...` over the heading naming its language (`# 中文`)', () => {
    const r = ingest('# 中文\n\n早上好，\n\n进入采访：\n\n### 工程师 Maria Lopez 访谈：桥梁与铁锈\n\n### 背景\n\n**Tom Becker：** 桥为什么会生锈？\n\n**Maria Lopez：** 水。\n\n**Tom Becker：** 无人机呢？\n\n**Maria Lopez：** 有用。\n', 'zh.md');
    expect(r.transcript.title).toBe('工程师 Maria Lopez 访谈：桥梁与铁锈');
    expect(r.transcript.intro[0]!.text).toBe('中文');
  });
});

describe('a diarized export under a dek that says who talks with whom', () => {
  const file = (dek: string) => `# Rivers and Roads 41: Maria Lopez on rust\n\n${dek}\n\n**Speaker 1:** So, why do bridges fail?\n\n**Speaker 2:** Water, mostly. It gets into the joints and rusts the steel.\n\n**Speaker 1:** How long does that take?\n\n**Speaker 2:** Thirty or forty years.\n\n**Speaker 1:** And what do drones change?\n\n**Speaker 2:** We see the underside without closing a lane.\n`;
  it('names the placeholder that asks by the one who talks with the other, and says so', () => {
    const r = ingest(file('In this episode, Tom Becker talks with Maria Lopez, a bridge engineer, about rust.'), 'diarized.md');
    expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
    expect(r.transcript.warnings.map((w) => w.message)).toContain(`'Speaker 1' as Tom Becker, 'Speaker 2' as Maria Lopez: named by the introduction's "talks with" and by which of them asks`);
  });
  it('leaves them placeholders where the dek names two people on a side (guard)', () => {
    const r = ingest(file('Tom Becker and Ana Silva talk with Maria Lopez about rust.'), 'diarized.md');
    expect(who(r)[0]).toBe('Speaker 1 (interviewer)');
  });
});

describe('a magazine’s page copied line by line: its menu (`Sections`), a kicker, the headline, `Share` and `Save` under the byline', () => {
  it('titles it by the headline, not the menu’s word, and removes the save button', () => {
    const r = ingest('Skip to content\nSections\nSearch\nSubscribe\n\nIdeas\nThe Engineer Who Listens to Bridges\nMaria Lopez has spent twenty years learning what steel sounds like.\nBy Tom Becker\nMarch 3, 2026, 6 AM ET\nShare\nSave\n\nTom Becker: What does a healthy bridge sound like?\n\nMaria Lopez: Boring. A steady hum.\n\nTom Becker: Can you hear it yourself?\n\nMaria Lopez: After twenty years, yes.\n', 'page.txt');
    expect(r.transcript.title).toBe('The Engineer Who Listens to Bridges');
    expect(r.transcript.removed.map((x) => x.text)).toEqual(['Skip to content', 'Sections', 'Search', 'Subscribe', 'Share', 'Save']);
  });
});

describe('a byline with a place or a job after a comma', () => {
  const page = (byline: string) => `# Maria Lopez: "Water is the enemy"\n\nThe engineer on rust and drones.\n\n${byline}\n\n**Why do bridges fail?**\n\nWater, mostly.\n\n**How long does it take?**\n\nThirty years.\n\n**And drones?**\n\nThey help.\n`;
  it('names the interviewer (`Por Tom Becker, de São Paulo`, `Von Tom Becker, Köln`; nobody, or "By Tom Becker")', () => {
    for (const byline of ['Por Tom Becker, de São Paulo', 'By Tom Becker, in Cologne', 'Von Tom Becker, Köln', 'By Tom Becker, Staff Writer']) expect(ingest(page(byline), 'byline.md').transcript.interviewer).toBe('Tom Becker');
  });
});

describe('a page’s HTML source pasted into a Markdown file: tags with classes, an ad between turns, no blank lines', () => {
  const page = '<h1>Maria Lopez on rust</h1>\n<p class="byline">By Tom Becker</p>\n<p><strong>Tom Becker:</strong> Why do bridges fail?</p>\n<p><strong>Maria Lopez:</strong> Water, mostly.</p>\n<p><strong>Tom Becker:</strong> How long does it take?</p>\n<p><strong>Maria Lopez:</strong> Thirty years &mdash; sometimes less.</p>\n<div class="ad">Advertisement</div>\n<p><strong>Tom Becker:</strong> And <a href="https://example.com/drones">drones</a>?</p>\n<p><strong>Maria Lopez:</strong> They help <em>a lot</em>.</p>\n';
  it('reads its words, each turn the speaker’s (an answer and the ad were glued to a question, as source), the ad removed, each block on its own line', () => {
    const r = ingest(page, 'source.md');
    expect([r.transcript.title, r.transcript.interviewer, r.transcript.intro.map((p) => p.text)]).toEqual(['Maria Lopez on rust', 'Tom Becker', ['By Tom Becker']]);
    expect(spoken(r)).toEqual(['Tom Becker (interviewer): Why do bridges fail?', 'Maria Lopez (guest): Water, mostly.', 'Tom Becker (interviewer): How long does it take?', 'Maria Lopez (guest): Thirty years — sometimes less.', 'Tom Becker (interviewer): And drones?', 'Maria Lopez (guest): They help a lot.']);
    expect(r.transcript.sections[0]!.turns.map((t) => t.paragraphs[0]!.line)).toEqual([3, 4, 5, 6, 8, 9]);
    expect(r.transcript.sections[0]!.turns[4]!.paragraphs[0]!.html).toBe('<p>And <a href="https://example.com/drones" rel="nofollow ugc noopener">drones</a>?</p>');
    expect(r.transcript.removed.map((x) => [x.line, x.text])).toEqual([[7, '<div class="ad">Advertisement</div>']]);
  });
  it('keeps a line whose markup does something shown as its source, in the turn its label opens', () => {
    const r = ingest(page.replace('<p><strong>Maria Lopez:</strong> Water, mostly.</p>', '<p><strong>Maria Lopez:</strong> Water, <a href="data:text/html,<b>x</b>">mostly</a>.</p>'), 'source.md');
    expect(spoken(r)[1]).toBe('Maria Lopez (guest): Water, <a href="data:text/html,<b>x</b>">mostly</a>.');
    expect(r.transcript.sections[0]!.turns[1]!.paragraphs[0]!.html).not.toContain('<a');
  });
});

describe('a page’s source whose every paragraph carries markup that does something (`style`), its labels inside `<p class="qa"><strong>`', () => {
  it('reads each label, the words shown as their source (no turn was found: the build failed)', () => {
    const r = ingest('<p class="qa"><strong>Tom Becker:</strong> Why do <span style="color:red">bridges</span> fail?</p>\n<p class="qa"><strong>Maria Lopez:</strong> Water, <span style="color:red">mostly</span>.</p>\n<p class="qa"><strong>Tom Becker:</strong> And <span style="color:red">drones</span>?</p>\n<p class="qa"><strong>Maria Lopez:</strong> They <span style="color:red">help</span>.</p>\n', 'styled.md');
    expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
    expect(spoken(r)[1]).toBe('Maria Lopez (guest): Water, <span style="color:red">mostly</span>.');
  });
});

describe('a parliamentary committee’s oral evidence: numbered questions, `Chair:`, a panel of witnesses `I: Name, job`', () => {
  const record = 'Transport Committee\nOral evidence: Bridge maintenance\nWednesday 3 March 2026\n\nMembers present: Ana Silva (Chair); Tom Becker; Paul Kim.\n\nWitnesses\nI: Maria Lopez, Chief Engineer, Rhine Works.\n\nExamination of witness\n\nQ1 Chair: Good morning. Could you introduce yourself?\n\nMaria Lopez: I am Maria Lopez, chief engineer at Rhine Works.\n\nQ2 Tom Becker: How many bridges are at risk?\n\nMaria Lopez: About one in ten.\n\nQ3 Chair: Thank you.\n';
  it('keeps the panel’s line in the intro, not an interviewer’s turn', () => {
    const r = ingest(record, 'evidence.txt');
    expect(r.transcript.intro.map((p) => p.text)).toContain('I: Maria Lopez, Chief Engineer, Rhine Works.');
    expect(who(r)).toEqual(['Ana Silva (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Ana Silva (interviewer)']);
  });
  it('keeps `I:` a label where `R:` answers it, even once (guard)', () => {
    const r = ingest('I: How did you start?\n\nR: With a crack in a bridge.\n\nR: And then I never stopped.\n', 'study.txt');
    expect(who(r)[0]).toMatch(/\(interviewer\)$/);
  });
});

describe('a company blog’s Q&A with two people: the questions as headings, each answer labelled by a first name', () => {
  it('makes both guests, as the dek says the writer asked them (one was shown as the interviewer)', () => {
    const r = ingest('# How Rhine Works and Harbor Labs build safer bridges\n\nWe asked Maria Lopez, chief engineer at Rhine Works, and Paul Kim, head of research at Harbor Labs, about their work.\n\n### How did your collaboration start?\n\n**Maria:** We met at a conference in 2019.\n\n**Paul:** And we argued for an hour about sensors.\n\n### What is the biggest challenge?\n\n**Maria:** Data. We have too much of it.\n\n**Paul:** I would say trust.\n', 'blog.md');
    expect([r.transcript.guest, r.transcript.interviewer]).toEqual(['Maria Lopez, Paul Kim', null]);
    expect(who(r)).toEqual(['Maria Lopez (guest)', 'Paul Kim (guest)', 'Maria Lopez (guest)', 'Paul Kim (guest)']);
  });
});

describe('a Q&A whose questions are the headings of its parts, each answer labelled, no dek saying who asks', () => {
  it('makes everyone labelled a guest where none of them asks or welcomes', () => {
    const r = ingest('# How Rhine Works and Harbor Labs build safer bridges\n\nTwo engineers on the work.\n\n### How did your collaboration start?\n\n**Maria:** We met at a conference in 2019.\n\n**Paul:** And we argued for an hour about sensors.\n\n### What is the biggest challenge?\n\n**Maria:** Data. We have too much of it.\n\n**Paul:** I would say trust.\n', 'blog.md');
    expect(who(r)).toEqual(['Maria (guest)', 'Paul (guest)', 'Maria (guest)', 'Paul (guest)']);
  });
  it('leaves a labelled host who asks under such headings the host (guard)', () => {
    const r = ingest('# Bridges\n\n### Why do bridges fail?\n\n**Tom:** So, why do they fail?\n\n**Maria:** Water.\n\n### What next?\n\n**Tom:** And what comes next?\n\n**Maria:** Drones.\n', 'blog.md');
    expect(who(r)).toEqual(['Tom (interviewer)', 'Maria (guest)', 'Tom (interviewer)', 'Maria (guest)']);
  });
});

describe('a tiny exchange: the host asks at length in every turn, the guest answers in a word', () => {
  it('keeps the one who asks the host (the brief one, who never asks, was taken for the host)', () => {
    const r = ingest('Tom Becker: Thanks for coming in today. I wanted to start with the basics, because many of our readers have never thought about what holds a bridge up. So: why do bridges fail?\n\nMaria Lopez: Water.\n\nTom Becker: That is it? Just water? Not traffic, not age, not the weather?\n\nMaria Lopez: Water.\n', 'tiny.txt');
    expect([r.transcript.interviewer, r.transcript.guest]).toEqual(['Tom Becker', 'Maria Lopez']);
  });
});

describe('a broadcaster’s transcript page copied as text: the headline, the date it aired, labels in capitals', () => {
  const page = (top: string) => `${top}\n\nTOM BECKER, HOST:\n\nBridges are aging. Maria Lopez inspects them, and she joins us now.\n\nMARIA LOPEZ: Good morning, Tom.\n\nBECKER: Why do bridges fall down?\n\nLOPEZ: Mostly water.\n\nBECKER: Maria Lopez, thank you.\n\nLOPEZ: Thank you.\n`;
  it('titles it by the headline above the date (it was named after the file)', () => {
    const r = ingest(page('Why bridges fall down, according to an engineer who inspects them\n\nNovember 3, 2026 5:04 AM ET'), 'npr.txt');
    expect(r.transcript.title).toBe('Why bridges fall down, according to an engineer who inspects them');
    expect(r.titleFrom).toBe('text');
    expect(r.transcript.date).toBe('2026-11-03');
    expect(r.transcript.intro.map((p) => p.text)).toEqual(['November 3, 2026 5:04 AM ET']);
  });
  it('so with its byline and `Transcript` between the date and the first turn, under the page’s own title (`... : NPR`, removed as the site’s: it was the intro, the interview named after the file)', () => {
    for (const sep of [' : ', ' | ', ' - ']) {
      const r = ingest(page(`Why old bridges last${sep}NPR\n\nWhy old bridges last\n\nNovember 3, 2026 5:04 AM ET\n\nBy Ana Silva\n\nTranscript`), 'npr.txt');
      expect(r.transcript.title, sep).toBe('Why old bridges last');
      expect(r.transcript.removed.map((x) => [x.line, x.kind]), sep).toEqual([[1, 'chrome']]);
      expect(r.transcript.intro.map((p) => p.text), sep).toEqual(['November 3, 2026 5:04 AM ET', 'By Ana Silva']);
      expect(r.transcript.sections.map((s) => s.heading), sep).toEqual(['Transcript']);
    }
  });
  it('keeps a first line with a site’s name after a bar that nothing under it repeats (guard)', () => {
    const r = ingest(page('Why old bridges last | NPR\n\nNovember 3, 2026 5:04 AM ET'), 'npr.txt');
    expect(r.transcript.title).toBe('Why old bridges last | NPR');
    expect(r.transcript.removed).toEqual([]);
  });
  it('titles it by the line above `Transcript`, which heads the interview', () => {
    const r = ingest(page('HARDtalk - Maria Lopez, bridge engineer\n\nTranscript'), 'bbc.txt');
    expect(r.transcript.title).toBe('HARDtalk - Maria Lopez, bridge engineer');
    expect(r.transcript.sections.map((s) => s.heading)).toEqual(['Transcript']);
  });
  it('takes no title from a line that only says when it aired', () => {
    const r = ingest(page('Aired November 3, 2026 - 21:00 ET\n\nTHIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM.'), 'cnn.txt');
    expect(r.titleFrom).toBe('file name');
    expect(r.transcript.intro.map((p) => p.text)[0]).toBe('Aired November 3, 2026 - 21:00 ET');
  });
});

describe('names alone above the words, an answer whose first line is a name (`Maria Lopez` / `Emily Warren Roebling` / `She finished...`)', () => {
  const text = (answer: string) => `Tom Becker\nWho is your hero?\n\nMaria Lopez\nAda Lovelace.\n\nTom Becker\nWhy her?\n\nMaria Lopez\nBecause she saw what machines could be.\n\nTom Becker\nAnd in engineering?\n\nMaria Lopez\n${answer}\n\nTom Becker\nThanks.\n\nMaria Lopez\nThank you.\n`;
  it('keeps the answer hers, the name its first words (her name and the answer’s were headings, the words after them the host’s)', () => {
    const r = ingest(text('Emily Warren Roebling\nShe finished the Brooklyn Bridge.'), 'hero.txt');
    expect(spoken(r).slice(4, 6)).toEqual(['Tom Becker (interviewer): And in engineering?', 'Maria Lopez (guest): Emily Warren Roebling | She finished the Brooklyn Bridge.']);
    expect(r.transcript.sections.map((s) => s.heading)).toEqual([null]);
  });
  it('keeps a heading right above a speaker’s name a heading, the name the turn’s label (it was a second heading)', () => {
    const r = ingest(text('Emily Roebling.').replace('Tom Becker\nAnd in engineering?', 'Bridge Builders\nTom Becker\nAnd in engineering?'), 'hero.txt');
    expect(r.transcript.sections.map((s) => s.heading)).toEqual([null, 'Bridge Builders']);
    expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
  });
});

describe('a talk, its speaker labelled once at the start, then the audience’s labelled questions (`Audience: ...?`), no front matter', () => {
  const talk = ['# Fungibility', '', 'Maria Lopez: First I will explain what we mean by fungibility. It is an old legal idea.', '', 'Courts decided that a banknote passed in good faith cannot be taken back. Why does that matter? Because money must be interchangeable.', '', 'Then bitcoin came, and with it taint tracing.', '', 'So I want to show you three ways to fix that.', '', 'Audience: Is this built on bitcoin or on another chain?', '', 'Maria Lopez: It was proposed as a change to bitcoin.', '', 'Audience: How far are we from using these?', '', 'Maria Lopez: Some of them work today.', '', 'Audience: Why not other coins?', '', 'Maria Lopez: They have more room to try things.', ''].join('\n');
  it('makes the speaker the guest, answering, and keeps the talk hers (she was the interviewer, part of her talk an "Interviewer" or a "Guest")', () => {
    const r = ingest(talk, 'talk.md');
    expect(who(r)).toEqual(['Maria Lopez (guest)', 'Audience (other)', 'Maria Lopez (guest)', 'Audience (other)', 'Maria Lopez (guest)', 'Audience (other)', 'Maria Lopez (guest)']);
    expect(turnsOf(r)[0]!.paragraphs).toHaveLength(4);
    // (Nothing to doubt: both readings of the talk give it to her.)
    expect(r.uncertain).toEqual([]);
  });
});

describe('names alone above the words: particles in small letters, an office alone, Chinese sentences', () => {
  const above = (a: string, b: string, q: string[], w: string[]) => q.flatMap((x, i) => [a, x, '', b, w[i]!, '']).join('\n');
  it('reads `Florence d’Alché-Buc` and `Ana de la Cruz` as names (the interviewer’s name was removed as spam, her questions given to "Guest")', () => {
    for (const name of ['Florence d’Alché-Buc', 'Ana de la Cruz']) {
      const r = ingest(above('Isabelle Mauriac', name, ['Pourquoi la confiance ?', 'Et la robustesse ?', 'Merci.'], ['Parce que les outils sont partout.', 'Elle vient en premier.', 'Merci à vous.']), 'fr.txt');
      expect(who(r)).toEqual(['Isabelle Mauriac (interviewer)', `${name} (guest)`, 'Isabelle Mauriac (interviewer)', `${name} (guest)`, 'Isabelle Mauriac (interviewer)', `${name} (guest)`]);
      expect(r.transcript.removed).toEqual([]);
    }
  });
  it('reads an office alone, `Senator`, as a member who asks, beside named members and a witness', () => {
    const text = ['Chair', 'Welcome. Please begin.', '', 'Maria Lopez', 'Thank you. Bridges fail because of water.', '', 'Senator', 'Why water?', '', 'Maria Lopez', 'It gets into the joints.', '', 'Senator Black', 'And drones?', '', 'Maria Lopez', 'They help.', '', 'Senator', 'Who pays for it?', '', 'Maria Lopez', 'The state does.', '', 'Senator Black', 'Thank you.', '', 'Maria Lopez', 'Thank you, senator.', ''].join('\n');
    const r = ingest(text, 'senate.txt');
    expect(who(r)).toEqual(['Chair (interviewer)', 'Maria Lopez (guest)', 'Senator (interviewer)', 'Maria Lopez (guest)', 'Senator Black (interviewer)', 'Maria Lopez (guest)', 'Senator (interviewer)', 'Maria Lopez (guest)', 'Senator Black (interviewer)', 'Maria Lopez (guest)']);
  });
  it('reads names above Chinese sentences, closed by `。` (no turn was found: the build failed)', () => {
    const r = ingest(`# 访谈\n\n${above('Interviewer', 'Matthew Prince', ['欢迎回来。', '您在哪里长大？', '谢谢。'], ['谢谢，本。', '我在犹他州的山区长大。', '不客气。'])}`, 'zh.md');
    expect(who(r)).toEqual(['Interviewer (interviewer)', 'Matthew Prince (guest)', 'Interviewer (interviewer)', 'Matthew Prince (guest)', 'Interviewer (interviewer)', 'Matthew Prince (guest)']);
  });
});

describe('labels by a long dash after the name (`Stephanie — ...`, `Maria Lopez — ...`)', () => {
  const show = ['Adam — In this episode we talk about signatures.', '', 'Stephanie — Thanks for being on the show.', '', 'Pieter Wuille — Thanks for having me. I found bitcoin in 2010.', '', 'Stephanie — And how did you start as a developer, Pieter?', '', 'Pieter Wuille — At university.', '', 'Adam — What changes with the new signatures?', '', 'Pieter Wuille — Keys can be combined.', ''].join('\n');
  it('reads a first name as a label where others label turns so (Stephanie’s question was Pieter Wuille’s words)', () => {
    expect(spoken(ingest(show, 'show.txt'))).toEqual(['Adam (interviewer): In this episode we talk about signatures.', 'Stephanie (interviewer): Thanks for being on the show.', 'Pieter Wuille (guest): Thanks for having me. I found bitcoin in 2010.', 'Stephanie (interviewer): And how did you start as a developer, Pieter?', 'Pieter Wuille (guest): At university.', 'Adam (interviewer): What changes with the new signatures?', 'Pieter Wuille (guest): Keys can be combined.']);
  });
  it('ends the label at the first dash, the words after it kept (`Maria Lopez — Yes. Water — always water`: "Yes. Water" was lost)', () => {
    const r = ingest('Tom Becker — Why do bridges fall down?\n\nMaria Lopez — Water, mostly.\n\nTom Becker — Is that fixable?\n\nMaria Lopez — Yes. Water — always water — is the enemy.\n\nTom Becker — Thanks, Maria.\n\nMaria Lopez — Thank you, Tom.\n', 'dash.txt');
    expect(spoken(r)[3]).toBe('Maria Lopez (guest): Yes. Water — always water — is the enemy.');
  });
  it('leaves a word and a dash inside a turn the speaker’s words (guard)', () => {
    const r = ingest('# Bridges\n\nTom Becker: Why?\n\nMaria Lopez: Water.\n\nHonestly — nobody pays.\n\nTom Becker: Fixable?\n\nMaria Lopez: Yes.\n\nHonestly — it takes money.\n', 'prose.md');
    expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
  });
});

describe('a company blog’s Q&A saved as text: headings in sentence or title case between the turns, a question as its headline', () => {
  const blog = (parts: [string, string][]) => ['Are we missing the boat? Two labs on AI readiness', '', 'Four months. That is how long it took to redesign a protein.', '', 'Editor’s note: The conversation has been edited for length and clarity.', '', ...parts.flatMap(([heading, answerer]) => [heading, '', 'Robyn Langevin: What is your view on this?', '', `${answerer}: We started small. Then it grew.`, '', 'Al Park: Same for us.', '']), ''].join('\n');
  it('heads each part by its line, six words or more in sentence case, three with a comma (they were an answer’s last words, or the intro)', () => {
    const r = ingest(blog([['The paths that led them here', 'Casper Vroemen'], ['No more USB sticks — building data infrastructure from the ground up', 'Casper Vroemen'], ['La confiance, notion cruciale', 'Casper Vroemen']]), 'blog.txt');
    expect(r.transcript.sections.map((s) => s.heading)).toEqual(['The paths that led them here', 'No more USB sticks — building data infrastructure from the ground up', 'La confiance, notion cruciale']);
    expect(spoken(r)[2]).toBe('Al Park (guest): Same for us.');
  });
  it('heads a part by a line in title case above a guest’s label, a question too', () => {
    const text = ['Robyn Langevin: Welcome, both of you.', '', 'Al Park: Thank you.', '', 'Can Developers Build Full Nodes With the Kernel Today?', '', 'Al Park: I think it is safe now.', '', 'Robyn Langevin: Why?', '', 'Al Park: The interface is stable.', '', 'How Bitcoin Kernel Validates Blocks', '', 'Al Park: You pass a block to it.', '', 'Robyn Langevin: Thanks.', ''].join('\n');
    expect(ingest(text, 'chapters.txt').transcript.sections.map((s) => s.heading)).toEqual([null, 'Can Developers Build Full Nodes With the Kernel Today?', 'How Bitcoin Kernel Validates Blocks']);
  });
  it('keeps a speaker’s last line without a stop the speaker’s where the file’s paragraphs go without stops (guard)', () => {
    const text = ['Robyn Langevin: what is your view on this', '', 'Al Park: we started small', '', 'and then it grew into a whole team of people', '', 'Robyn Langevin: and then what', '', 'Al Park: we kept going', '', 'Robyn Langevin: thanks', ''].join('\n');
    expect(ingest(text, 'speech.txt').transcript.sections.map((s) => s.heading)).toEqual([null]);
  });
  it('keeps one line without a stop above the host’s question the speaker’s where no other line heads a part (guard)', () => {
    const text = ['Robyn Langevin: What is your view on this?', '', 'Al Park: We started small.', '', 'And then it grew into a whole team of people', '', 'Robyn Langevin: And then what?', '', 'Al Park: We kept going.', '', 'Robyn Langevin: Thanks.', '', 'Al Park: Thank you.', ''].join('\n');
    const r = ingest(text, 'speech.txt');
    expect(r.transcript.sections.map((s) => s.heading)).toEqual([null]);
    expect(spoken(r)[1]).toBe('Al Park (guest): We started small. | And then it grew into a whole team of people');
  });
  it('heads a part by a line above an editor’s note (`Editor: ...`), as it does above the host', () => {
    const text = ['Stephan Livera: Welcome back.', '', 'Christian Decker: Thanks.', '', 'RBF pinning', '', 'Editor: See the mailing list post on pinning.', '', 'Stephan Livera: What is pinning?', '', 'Christian Decker: An attack.', '', 'Stephan Livera: Thanks.', ''].join('\n');
    expect(ingest(text, 'ed.txt').transcript.sections.map((s) => s.heading)).toEqual([null, 'RBF pinning']);
  });
  it('titles it by a headline asking a question, above a credit or the host’s first turn (named after the file)', () => {
    expect(ingest(blog([['The paths that led them here', 'Casper Vroemen']]).replace(/^.*\n/, 'Explicabilité et confiance en l’intelligence artificielle ?\n'), 'q.txt').transcript.title).toBe('Explicabilité et confiance en l’intelligence artificielle ?');
    expect(ingest('OP_Vault - A New Way to HODL?\n\nStephan Livera: James, welcome back.\n\nJames O’Beirne: Thanks.\n\nStephan Livera: What is a vault?\n\nJames O’Beirne: A way to hold coins.\n', 'v.txt').transcript.title).toBe('OP_Vault - A New Way to HODL?');
    expect(ingest('ANYPREVOUT, MPP, Mitigating Lightning Attacks\n\nTranscript completed by: Stephan Livera\n\nLatest ANYPREVOUT update\n\nStephan Livera: Welcome back.\n\nChristian Decker: Thanks.\n\nStephan Livera: What changed?\n\nChristian Decker: A lot.\n', 'l.txt').transcript.title).toBe('ANYPREVOUT, MPP, Mitigating Lightning Attacks');
  });
  it('leaves a question right above the guest’s first answer a question, no title (guard)', () => {
    const r = ingest('Why do bridges fall down?\n\nMaria Lopez: Water.\n\nTom Becker: And then?\n\nMaria Lopez: Rust.\n', 'q.txt');
    expect(r.titleFrom).toBe('file name');
  });
  it('heads a part by a line naming it (`Parte 2`, above anyone’s label), one closing in parentheses (`MPP (Multi-Part Payments)`), a short question above the host’s label where others head parts, and the line right above the first turn under an intro that ends without a stop', () => {
    const text = ['Explicabilité et confiance ?', '', 'Florence d’Alché-Buc, professeure à Télécom Paris, oct. 2024', '', 'Florence d’Alché nous parle de confiance.', '', 'Podcast enregistré le 29 février 2024 par Michel Desnoues, Télécom Paris', '', 'La confiance, notion cruciale', '', 'Isabelle Mauriac: Pourquoi la confiance ?', '', 'Florence d’Alché-Buc: Les outils sont partout.', '', ...['les données', 'les modèles', 'les usages', 'la loi'].flatMap((t) => [`Isabelle Mauriac: Et ${t} ?`, '', `Florence d’Alché-Buc: Pour ${t}, tout change.`, '']), 'Parte 2', '', 'Florence d’Alché-Buc: Et la robustesse vient ensuite.', '', 'Les dimensions de l’explicabilité', '', 'Isabelle Mauriac: Et les paiements ?', '', 'Florence d’Alché-Buc: On les divise.', '', 'MPP (Multi-Part Payments)', '', 'Editor: See the blog post on payments.', '', 'Isabelle Mauriac: Et ensuite ?', '', 'Florence d’Alché-Buc: On verra.', '', 'Simplification nécessaire ?', '', 'Isabelle Mauriac: Faut-il simplifier ?', '', 'Florence d’Alché-Buc: Oui.', ''].join('\n');
    const r = ingest(text, 'parts.txt');
    expect(r.transcript.sections.map((s) => s.heading)).toEqual(['La confiance, notion cruciale', 'Parte 2', 'Les dimensions de l’explicabilité', 'MPP (Multi-Part Payments)', 'Simplification nécessaire ?']);
    // (And the headline above a line on the guest, her name and a comma first, is the title.)
    expect(r.transcript.title).toBe('Explicabilité et confiance ?');
    expect(r.transcript.sections[1]!.turns.map((t) => [t.speaker, t.paragraphs.map((p) => p.text)])).toEqual([['Florence d’Alché-Buc', ['Et la robustesse vient ensuite.']]]);
  });
  it('heads the first part by a line right under the title and above the first turn, a guest’s too, where lines head the later parts (`Introductions`)', () => {
    const body = ['Ali Taylor: I am Ali, from recruiting.', '', 'Tiago Schmidt: I am Tiago.', '', 'Greenlight demo', '', 'Michael Folkson: Show us the demo.', '', 'Christian Decker: Here it is.', '', 'Security of the network', '', 'Michael Folkson: Is it safe?', '', 'Christian Decker: Mostly.', ''];
    const r = ingest(['The Lightning Network in 2022', '', 'Introductions', '', ...body].join('\n'), 'panel.txt');
    expect([r.transcript.title, r.transcript.sections.map((s) => s.heading)]).toEqual(['The Lightning Network in 2022', ['Introductions', 'Greenlight demo', 'Security of the network']]);
    // (Not a byline there.)
    const byline = ingest(['The Lightning Network in 2022', '', 'By Tom Becker', '', ...body].join('\n'), 'panel.txt');
    expect(byline.transcript.sections.map((s) => s.heading)).toEqual([null, 'Greenlight demo', 'Security of the network']);
  });
  it('heads a part by one word above an editor’s note that names it (`Eltoo` above "Editor: Eltoo paper: ..."); one word above a note on something else stays the answer’s', () => {
    const text = (word: string) => ['Bridges and their keepers', '', 'Tom Becker: Welcome. Why bridges?', '', 'Maria Lopez: Because they matter.', '', 'Steel and rust', '', 'Tom Becker: And steel?', '', 'Maria Lopez: It rusts.', '', word, '', 'Editor: Eltoo paper: https://example.com/eltoo', '', 'Tom Becker: And eltoo?', '', 'Maria Lopez: Yes.', ''].join('\n');
    const r = ingest(text('Eltoo'), 'notes.txt');
    expect(r.transcript.sections.map((s) => s.heading)).toEqual([null, 'Steel and rust', 'Eltoo']);
    expect(turnsOf(r)[3]!.paragraphs).toEqual(['It rusts.']);
    const other = ingest(text('Absolutely'), 'notes.txt');
    expect(other.transcript.sections.map((s) => s.heading)).toEqual([null, 'Steel and rust']);
    expect(turnsOf(other)[3]!.paragraphs).toEqual(['It rusts.', 'Absolutely']);
  });
  it('heads a hearing’s parts named with a full stop in a text file (`Prepared remarks.` right above the first turn, `Other remarks.` after a finished answer), not a list’s line in an answer', () => {
    const text = ['Senate hearing', '', 'Final report: https://example.org/report.pdf', '', 'Prepared remarks.', '', 'Maria Lopez: Bridges are promises.', '', 'Thank you for the opportunity.', '', 'Other remarks.', '', 'Chair: Thank you for your remarks.', '', 'Maria Lopez: You are welcome.', '', 'Chair: Who pays?', '', 'Maria Lopez: The state.', ''].join('\n');
    const r = ingest(text, 'hearing.txt');
    expect(r.transcript.sections.map((s) => [s.heading, s.turns.length])).toEqual([['Prepared remarks.', 1], ['Other remarks.', 4]]);
    expect(turnsOf(r)[0]!.paragraphs).toEqual(['Bridges are promises.', 'Thank you for the opportunity.']);
    const list = ingest(['Tom Becker: What do you check?', '', 'Maria Lopez: Three things.', '', 'Opening statement.', '', 'Tom Becker: Sorry?', '', 'Maria Lopez: The first thing I check.', ''].join('\n'), 'list.md');
    expect(list.transcript.sections.map((s) => s.heading)).toEqual([null]);
  });
  it('a `# heading` that only names a part (`# Prepared remarks.`, `# Q&A`) is no title, without front matter either: the file is titled by its name', () => {
    const text = ['This is a transcript of evidence to the Senate committee on bridges.', '', 'Final report: <https://example.org/report.pdf>', '', '# Prepared remarks.', '', 'Bridges are promises. We keep them by inspecting them.', '', '# Other remarks.', '', 'Senator Black: Thank you for your remarks. Who pays?', '', 'ML: The state, mostly.', '', 'Senator Black: And the towns?', '', 'ML: Less than they should.', ''].join('\n');
    const r = ingest(text, 'senate-bridges.md');
    expect(r.titleFrom).toBe('file name');
    expect(r.transcript.sections.map((s) => [s.heading, s.turns.map((t) => t.speaker)])).toEqual([['Prepared remarks.', ['ML']], ['Other remarks.', ['Senator Black', 'ML', 'Senator Black', 'ML']]]);
  });
  it('in Markdown too, set in bold (`**Prepared remarks.**`, `**Other remarks.**`)', () => {
    const text = ['# Senate hearing', '', 'Final report: https://example.org/report.pdf', '', '**Prepared remarks.**', '', 'Maria Lopez: Bridges are promises.', '', 'Thank you for the opportunity.', '', '**Other remarks.**', '', 'Chair: Thank you for your remarks.', '', 'Maria Lopez: You are welcome.', '', 'Chair: Who pays?', '', 'Maria Lopez: The state.', ''].join('\n');
    const r = ingest(text, 'hearing.md');
    expect(r.transcript.sections.map((s) => [s.heading, s.turns.length])).toEqual([['Prepared remarks.', 1], ['Other remarks.', 4]]);
    expect(turnsOf(r)[0]!.paragraphs).toEqual(['Bridges are promises.', 'Thank you for the opportunity.']);
  });
  it('a line in title case closed by a colon above anyone’s label heads a part (`Kernel vs Multi-Process Bitcoin Core:`), not the last answer’s end', () => {
    const text = (line: string) => ['Bridge Talk', '', 'Why Timber Bridges Still Matter Today:', '', 'Tom Becker: Why timber?', '', 'Maria Lopez: Because it bends.', '', line, '', 'Tom Becker: And steel?', '', 'Maria Lopez: It rusts, slowly.', '', 'The Future of Bridge Inspection Work:', '', 'Maria Lopez: Drones, mostly.', '', 'Tom Becker: Thank you.', ''].join('\n');
    const r = ingest(text('Steel and the Long Patience of Rivets:'), 'parts.txt');
    expect(r.transcript.sections.map((s) => s.heading)).toEqual(['Why Timber Bridges Still Matter Today', 'Steel and the Long Patience of Rivets', 'The Future of Bridge Inspection Work']);
    expect(turnsOf(r)[1]!.paragraphs).toEqual(['Because it bends.']);
  });
  it('so does one of fewer words (`Steel and Rivets:`, `Drones:`), the first right under the intro, where it was dropped as a speaker’s name labelling nothing; the heading shown without its colon', () => {
    const text = ['Bridge Talk', '', 'We spoke in Bonn in May.', '', 'Timber Bridges:', '', 'Tom Becker: Why timber?', '', 'Maria Lopez: Because it bends.', '', 'Steel and Rivets:', '', 'Tom Becker: And steel?', '', 'Maria Lopez: It rusts, slowly.', '', 'Drones:', '', 'Tom Becker: And inspection?', '', 'Maria Lopez: Drones, mostly.', ''].join('\n');
    const r = ingest(text, 'parts.txt');
    expect(r.transcript.sections.map((s) => [s.heading, s.turns.length])).toEqual([['Timber Bridges', 2], ['Steel and Rivets', 2], ['Drones', 2]]);
    expect(r.transcript.intro.map((p) => p.text)).toEqual(['We spoke in Bonn in May.']);
  });
  it('so does a line in sentence case closed by a colon (`Steel and the rivets:`), where two such lines or more head parts (it was the last answer’s end)', () => {
    const text = ['Bridge Talk', '', 'We spoke in Bonn in May.', '', 'Why timber bridges still matter:', '', 'Tom Becker: Why timber?', '', 'Maria Lopez: Because it bends.', '', 'Steel and the rivets:', '', 'Tom Becker: And steel?', '', 'Maria Lopez: It rusts, slowly.', '', 'La confiance, notion cruciale :', '', 'Tom Becker: And inspection?', '', 'Maria Lopez: Drones, mostly.', ''].join('\n');
    for (const file of ['parts.txt', 'parts.md']) {
      const r = ingest(text, file);
      expect(r.transcript.sections.map((s) => [s.heading, s.turns.length]), file).toEqual([['Why timber bridges still matter', 2], ['Steel and the rivets', 2], ['La confiance, notion cruciale', 2]]);
      expect(turnsOf(r)[1]!.paragraphs).toEqual(['Because it bends.']);
    }
  });
  it('leaves a line of speech closed by a colon once above the next turn the speaker’s (guard)', () => {
    const text = ['Tom Becker: Why bridges?', '', 'Maria Lopez: Because they matter. My father put it this way:', '', 'Tom Becker: And steel?', '', 'Maria Lopez: It rusts.', '', 'Tom Becker: Thanks.', ''].join('\n');
    expect(spoken(ingest(text, 'speech.txt'))[1]).toBe('Maria Lopez (guest): Because they matter. My father put it this way:');
    const own = ['Tom Becker: Why bridges?', '', 'Maria Lopez: Because they matter.', '', 'And here is the thing:', '', 'Tom Becker: And steel?', '', 'Maria Lopez: It rusts.', ''].join('\n');
    const r = ingest(own, 'speech.txt');
    expect(r.transcript.sections.map((s) => s.heading)).toEqual([null]);
    // (Said, with the line that would make it a heading: it was read so without a word.)
    expect(r.transcript.warnings.map((w) => [w.line, w.message, w.fix])).toEqual([[5, '"And here is the thing:" is read as the end of Maria Lopez\'s turn, right above Tom Becker\'s', 'if it heads a part of the interview, mark it as a heading (`## And here is the thing`)']]);
  });
  it('keeps a two-word answer ending a turn, and a question in it, the speaker’s where no line heads a part (guard)', () => {
    const text = ['Tom Becker: Why bridges?', '', 'Maria Lopez: Because they matter.', '', 'Why now?', '', 'Tom Becker: And steel?', '', 'Maria Lopez: It rusts.', ''].join('\n');
    expect(spoken(ingest(text, 'speech.txt'))[1]).toBe('Maria Lopez (guest): Because they matter. | Why now?');
  });
});

describe('speakers’ names as headings above their words (`### Matthew Prince`)', () => {
  const turns = (pairs: [string, string][]) => pairs.flatMap(([name, words]) => [`### ${name}`, '', words, '']).join('\n');
  it('set in bold inside the heading too (`#### **Maria Lopez**`)', () => {
    const r = ingest('# Bridges\n\n#### **Tom Becker**\n\nWhy timber?\n\n#### **Maria Lopez**\n\nMy father was a carpenter.\n\n#### **Tom Becker**\n\nAnd steel?\n\n#### **Maria Lopez**\n\nSteel is patient.\n', 'h4.md');
    expect(spoken(r)).toEqual(['Tom Becker (interviewer): Why timber?', 'Maria Lopez (guest): My father was a carpenter.', 'Tom Becker (interviewer): And steel?', 'Maria Lopez (guest): Steel is patient.']);
    expect(r.transcript.sections.map((s) => s.heading)).toEqual([null]);
  });
  it('reads Latin names over Chinese words as labels (they were removed as another script’s lines: no turn was found)', () => {
    const r = ingest(`# 访谈\n\n${turns([['Interviewer', '欢迎回来。'], ['Matthew Prince', '谢谢。'], ['Interviewer', '您在哪里长大？'], ['Matthew Prince', '在犹他州。']])}`, 'zh.md');
    expect(who(r)).toEqual(['Interviewer (interviewer)', 'Matthew Prince (guest)', 'Interviewer (interviewer)', 'Matthew Prince (guest)']);
    expect(r.transcript.removed).toEqual([]);
  });
  it('reads a name with a particle in small letters (`### Florence d’Alché-Buc`: a section each time), and a role’s word once (`### Chair`)', () => {
    const r = ingest(`# Explicabilité\n\n${turns([['Isabelle Mauriac', 'Pourquoi la confiance ?'], ['Florence d’Alché-Buc', 'Parce que les outils sont partout.'], ['Chair', 'Une dernière question ?'], ['Isabelle Mauriac', 'Et la robustesse ?'], ['Florence d’Alché-Buc', 'Elle vient en premier.']])}`, 'fr.md');
    expect(who(r)).toEqual(['Isabelle Mauriac (interviewer)', 'Florence d’Alché-Buc (guest)', 'Chair (interviewer)', 'Isabelle Mauriac (interviewer)', 'Florence d’Alché-Buc (guest)']);
    expect(r.transcript.sections.map((s) => s.heading)).toEqual([null]);
  });
  it('reads a title and a name once (`### Senator Meredith`) as a member asking once (it was a section, her question the witness’s words)', () => {
    const r = ingest(`# Hearing\n\n${turns([['Senator Black', 'Why bitcoin?'], ['Andreas Antonopoulos', 'Because it is open.'], ['Senator Meredith', 'Is it safe?'], ['Andreas Antonopoulos', 'Safer than cash.'], ['Senator Black', 'Thank you.']])}`, 'hearing.md');
    expect(who(r)).toEqual(['Senator Black (interviewer)', 'Andreas Antonopoulos (guest)', 'Senator Meredith (interviewer)', 'Andreas Antonopoulos (guest)', 'Senator Black (interviewer)']);
    expect(r.transcript.sections.map((s) => s.heading)).toEqual([null]);
  });
  it('reads a first name once (`### Jonathan`) that the turn before turns to (“And Jonathan, you work on steel?”) as that panelist (it was a section, his words the host’s); a first name the turn before only mentions stays a heading (guard)', () => {
    const panel = (line: string) => `# Bridges\n\n${turns([['Tom Becker', 'Welcome. Maria, why bridges?'], ['Maria Lopez', 'My father was a carpenter.'], ['Tom Becker', line], ['Jonathan', 'Yes, for twenty years now.'], ['Maria Lopez', 'And he is very good at it.'], ['Tom Becker', 'Thank you both.']])}`;
    const r = ingest(panel('And Jonathan, you work on steel?'), 'panel.md');
    expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Jonathan (guest)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)']);
    expect(r.transcript.sections.map((s) => s.heading)).toEqual([null]);
    const mention = ingest(panel('I read the book by Jonathan last year.'), 'panel.md');
    expect(mention.transcript.sections.map((s) => s.heading)).toEqual([null, 'Jonathan']);
  });
  it('reads a first name once that nothing introduces (`### Jonathan`) as someone who speaks once, where every other heading of its level labels a turn and the file names him nowhere else; a topic its turns name (`### Eltoo`) stays a heading (guard)', () => {
    const panel = (word: string) => `# Schnorr\n\n## Part 1\n\n${turns([['Stephanie', 'Did Schnorr change his mind about the patent?'], ['Pieter Wuille', 'As far as I know he always held that DSA infringed it.'], [word, 'I always wondered what decentralised really means here.'], ['Pieter Wuille', 'That is a good question, and the answer is long.'], ['Stephanie', 'Let us hear it.'], ['Pieter Wuille', 'Nobody is in charge, and eltoo shows why.']])}`;
    const r = ingest(panel('Jonathan'), 'once.md');
    expect(turnsOf(r).map((t) => t.speaker)).toEqual(['Stephanie', 'Pieter Wuille', 'Jonathan', 'Pieter Wuille', 'Stephanie', 'Pieter Wuille']);
    expect(r.transcript.sections.map((s) => s.heading)).toEqual(['Part 1']);
    const topic = ingest(panel('Eltoo'), 'topic.md');
    expect(topic.transcript.sections.map((s) => s.heading)).toEqual(['Part 1', 'Eltoo']);
  });
  it('keeps an editor’s note under `### Editor`, once, a link and all (it was removed as spam, the heading a section)', () => {
    const topics = ['channels', 'routing', 'fees', 'watchtowers', 'splicing', 'liquidity', 'invoices', 'gossip'];
    const qa = topics.map((t) => turns([['Stephan Livera', `What should people know about ${t} in the network today?`], ['Christian Decker', `With ${t}, the main thing is that the protocol keeps improving, and we learn from every deployment we see.`]]));
    const note = 'Matt Corallo on RBF pinning: https://gnusha.org/url/https://lists.linuxfoundation.org/pipermail/bitcoin-dev/2020-April/017757.html';
    const r = ingest(`# Eltoo\n\n${qa.slice(0, 3).join('\n')}\n${turns([['Editor', note]])}\n${qa.slice(3).join('\n')}`, 'ed.md');
    expect(r.transcript.removed).toEqual([]);
    expect(spoken(r)[6]).toBe(`Editor (other): ${note}`);
    expect(r.transcript.sections.map((s) => s.heading)).toEqual([null]);
  });
});

describe('a surname with its particle run into it (`d’Alché-Buc:`) after the full name once (`Florence d’Alché-Buc:`)', () => {
  it('reads both as her labels (her labels were her words, or her first answer the interviewer’s)', () => {
    for (const dek of ['Florence d’Alché-Buc est professeure à Télécom Paris.\n\n', '']) {
      const r = ingest(`# Explicabilité\n\n${dek}Isabelle Mauriac: Pourquoi la confiance ?\n\nFlorence d’Alché-Buc: Parce que les outils sont partout.\n\nMauriac: Et la robustesse ?\n\nd’Alché-Buc: Elle vient en premier.\n\nMauriac: Merci.\n\nd’Alché-Buc: Merci à vous.\n`, 'fr.md');
      expect(spoken(r)).toEqual(['Isabelle Mauriac (interviewer): Pourquoi la confiance ?', 'Florence d’Alché-Buc (guest): Parce que les outils sont partout.', 'Isabelle Mauriac (interviewer): Et la robustesse ?', 'Florence d’Alché-Buc (guest): Elle vient en premier.', 'Isabelle Mauriac (interviewer): Merci.', 'Florence d’Alché-Buc (guest): Merci à vous.']);
    }
  });
});

describe('a panel labelled by surnames after each full name once (`Maria Lopez:`, then `Lopez:`)', () => {
  const panel = ['# Lightning in 2022', '', 'Ana Silva: Welcome to the panel. Let us start with introductions.', '', 'Maria Lopez: I build payment channels at Rhine Works.', '', 'Paul Kim: I run a routing node in Bonn.', '', 'Silva: What changed this year?', '', 'Lopez: Fees went down.', '', 'Kim: And routing got better.', '', 'Trent Moore: I am Trent from a grants program, and we fund developers.', '', 'Silva: Thanks, Trent. Any last words?', '', 'Lopez: Build things.', '', 'Kim: Run a node.', ''].join('\n');
  it('reads a full name seen once, saying a sentence, as that speaker’s label (it was left in the words of the turn before)', () => {
    expect(spoken(ingest(panel, 'panel.md'))[6]).toBe('Trent Moore (guest): I am Trent from a grants program, and we fund developers.');
  });
});

describe('a talk whose speaker is labelled by full name once, then by surname (`Adam Back:`, `Back:`), beside an audience', () => {
  it('keeps the unlabelled paragraphs of the talk hers (they were an "Interviewer"’s)', () => {
    const talk = ['# Fungibility', '', 'Maria Lopez: First I will explain what we mean by fungibility.', '', 'Courts decided that a banknote passed in good faith cannot be taken back.', '', 'Then bitcoin came, and with it taint tracing.', '', 'Audience: Is this built on bitcoin?', '', 'Lopez: It was proposed as a change to bitcoin.', '', 'Audience: How far are we from using it?', '', 'Lopez: Some of it works today.', '', 'There are two more ideas I should mention.', '', 'Audience: Why not other coins?', '', 'Lopez: They have more room to try things.', ''].join('\n');
    const r = ingest(talk, 'talk.md');
    expect(who(r)).toEqual(['Maria Lopez (guest)', 'Audience (other)', 'Maria Lopez (guest)', 'Audience (other)', 'Maria Lopez (guest)', 'Audience (other)', 'Maria Lopez (guest)']);
    expect(turnsOf(r)[4]!.paragraphs).toEqual(['Some of it works today.', 'There are two more ideas I should mention.']);
  });
  it('does the same where the speaker is labelled `A:` (part of the talk was an "Interviewer"’s)', () => {
    const talk = ['# Fungibility', '', 'A: First I will explain what we mean by fungibility.', '', 'Courts decided that a banknote passed in good faith cannot be taken back.', '', 'Then bitcoin came, and with it taint tracing.', '', 'Audience: Is this built on bitcoin?', '', 'A: It was proposed as a change to bitcoin.', '', 'Audience: How far are we from using it?', '', 'A: Some of it works today.', ''].join('\n');
    expect(who(ingest(talk, 'talk.md'))).toEqual(['Guest (guest)', 'Audience (other)', 'Guest (guest)', 'Audience (other)', 'Guest (guest)']);
  });
});

describe('a Q&A without names, the questions in bold, some of them no question (`**James, welcome back.**`), under a headline that asks', () => {
  const qa = (headline: string) => `# ${headline}\n\n**So what is a vault?**\n\nA way to hold coins that can be clawed back.\n\n**That is a reasonable setup.**\n\nIt is pretty low tech, right? But it works.\n\n**And covenants?**\n\nThey restrict where coins can go.\n\n**Fair enough.**\n\nThat is all there is to it.\n`;
  it('keeps the headline the title, not the first question, and every bold paragraph the interviewer’s (statements were the guest’s words)', () => {
    const r = ingest(qa('OP_Vault - A New Way to HODL?'), 'vault.md');
    expect(r.transcript.title).toBe('OP_Vault - A New Way to HODL?');
    expect(spoken(r)).toEqual(['Interviewer (interviewer): So what is a vault?', 'Guest (guest): A way to hold coins that can be clawed back.', 'Interviewer (interviewer): That is a reasonable setup.', 'Guest (guest): It is pretty low tech, right? But it works.', 'Interviewer (interviewer): And covenants?', 'Guest (guest): They restrict where coins can go.', 'Interviewer (interviewer): Fair enough.', 'Guest (guest): That is all there is to it.']);
  });
  it('takes no guest’s name from capitalised words after an article in the headline (`A New Way`: the guest was "New Way")', () => {
    expect(ingest(qa('OP_Vault - A New Way to HODL'), 'vault.md').transcript.guest).toBeNull();
  });
});

describe('a time, a bar or a dash, then the label (`00:01 | Tom Becker: ...`, `00:01 - Tom Becker: ...`)', () => {
  it('reads the label and the time (no turn was found: the build failed)', () => {
    for (const sep of ['|', '-', '–']) {
      const text = [`00:01 ${sep} Tom Becker: Welcome to the show, Maria.`, `00:04 ${sep} Maria Lopez: Thanks for having me, Tom.`, `00:08 ${sep} Tom Becker: Why do bridges fall down?`, `00:11 ${sep} Maria Lopez: Mostly water.`, ''].join('\n');
      const r = ingest(text, 'bar.txt');
      expect(spoken(r)).toEqual(['Tom Becker (interviewer): Welcome to the show, Maria.', 'Maria Lopez (guest): Thanks for having me, Tom.', 'Tom Becker (interviewer): Why do bridges fall down?', 'Maria Lopez (guest): Mostly water.']);
      expect(turnsOf(r).map((t) => t.time)).toEqual([1, 4, 8, 11]);
    }
  });
});

describe('a show with two hosts who open it in turn (“I’m Ben.” / “And I’m Sara. Today we have Maria Lopez with us.”)', () => {
  const show = ['# Episode 88: Bridges', '', 'Ben: Welcome back to Two Engineers. I’m Ben.', '', 'Sara: And I’m Sara. Today we have Maria Lopez with us.', '', 'Maria: Hi both, thanks for having me.', '', 'Ben: So Maria, why do bridges fall down?', '', 'Maria: Mostly water.', '', 'Sara: That sounds too simple.', '', 'Maria: It is simple and expensive.', '', 'Ben: Sara, didn’t you study corrosion?', '', 'Sara: I did, for two years. It is brutal.', '', 'Ben: Maria, thanks for coming.', '', 'Maria: Thank you.', ''].join('\n');
  it('makes both hosts, the one they introduce the guest, by the full name they give (Sara was a second guest; `Maria:` stayed Maria)', () => {
    const r = ingest(show, 'two-hosts.md');
    expect([r.transcript.interviewer, r.transcript.guest]).toEqual(['Ben, Sara', 'Maria Lopez']);
    expect(who(r).slice(0, 3)).toEqual(['Ben (interviewer)', 'Sara (interviewer)', 'Maria Lopez (guest)']);
  });
  it('makes both hosts where they open it so in German (“Ich bin Ben.” / “Und ich bin Sara.”)', () => {
    const de = ['# Folge 88: Brücken', '', 'Ben: Willkommen bei Zwei Ingenieure. Ich bin Ben.', '', 'Sara: Und ich bin Sara. Heute zu Gast ist Maria Lopez.', '', 'Maria: Danke für die Einladung.', '', 'Ben: Maria, warum stürzen Brücken ein?', '', 'Maria: Meistens wegen Wasser.', '', 'Sara: Das klingt zu einfach.', '', 'Maria: Es ist einfach und teuer.', '', 'Ben: Sara, hast du nicht Korrosion studiert?', '', 'Sara: Zwei Jahre lang. Es ist brutal.', ''].join('\n');
    expect(who(ingest(de, 'zwei.md')).slice(0, 3)).toEqual(['Ben (interviewer)', 'Sara (interviewer)', 'Maria Lopez (guest)']);
  });
  it('and in French, Spanish and Italian as spoken (“Et moi, c’est Ana.”, “Y yo soy Ana.”, “E io sono Ana.”), each named by it', () => {
    for (const [hello, me, second, guest] of [
      ['Bonjour à tous, bienvenue dans ce nouvel épisode.', 'Je suis Tom Becker.', 'Et moi c’est Ana Silva.', 'Aujourd’hui nous recevons Maria Lopez.'],
      ['Hola a todos, bienvenidos a un nuevo episodio.', 'Soy Tom Becker.', 'Y yo soy Ana Silva.', 'Hoy nos acompaña Maria Lopez.'],
      ['Ciao a tutti, benvenuti a un nuovo episodio.', 'Sono Tom Becker.', 'E io sono Ana Silva.', 'Oggi è con noi Maria Lopez.'],
    ]) {
      const text = ['# Episodio 12', '', `Tom: ${hello} ${me}`, '', `Ana: ${second} ${guest}`, '', 'Maria: Merci.', '', 'Tom: Maria, pourquoi ?', '', 'Maria: Mon père.', '', 'Ana: Et ton premier pont ?', '', 'Maria: Oaxaca.', ''].join('\n');
      expect([...new Set(who(ingest(text, 'hosts.md')))], second).toEqual(['Tom Becker (interviewer)', 'Ana Silva (interviewer)', 'Maria Lopez (guest)']);
    }
  });
  it('warns of no guest where two hosts label every turn and no one else speaks (the headline, `# Rhine Bridges`, was said to be the guest)', () => {
    const hosts = ['# Rhine Bridges', '', 'Ben: Welcome to Season 3 of Two Engineers. I’m Ben.', '', 'David: And I’m David.', '', 'Ben: Today, the bridges of the Rhine.', '', 'David: The oldest is almost two thousand years old.', '', 'Ben: Of course it is.', ''].join('\n');
    const r = ingest(hosts, 'hosts.md');
    expect(who(r)).toEqual(['Ben (interviewer)', 'David (interviewer)', 'Ben (interviewer)', 'David (interviewer)', 'Ben (interviewer)']);
    expect(r.transcript.warnings.map((w) => w.message)).toEqual([]);
  });
  it('leaves panelists introducing themselves in turn guests (guard)', () => {
    const panel = ['# Panel', '', 'Ana Silva: Let us go down the line. Who are you?', '', 'Maria Lopez: I’m Maria, I run inspections.', '', 'Paul Kim: And I’m Paul, I manage the city’s bridges.', '', 'Ana Silva: Maria, what keeps you up at night?', '', 'Maria Lopez: Water.', '', 'Ana Silva: Paul?', '', 'Paul Kim: Budgets.', ''].join('\n');
    expect(who(ingest(panel, 'panel.md'))).toEqual(['Ana Silva (interviewer)', 'Maria Lopez (guest)', 'Paul Kim (guest)', 'Ana Silva (interviewer)', 'Maria Lopez (guest)', 'Ana Silva (interviewer)', 'Paul Kim (guest)']);
  });
});

describe('a text file headed by its title and the show notes’ references (`Part 1: https://...`)', () => {
  const notes = ['The Tools and The Work', '', 'https://twitter.com/example/status/1155851797568917504', '', 'Part 1: https://podcast.example/episode-400-the-tools-and-the-work', '', 'Part 2: https://podcast.example/episode-401-the-tools-and-the-work-part-2', '', 'Draft of BIP-Schnorr: https://github.com/example/bips/blob/schnorr/bip-schnorr.mediawiki', '', 'Draft of BIP-Taproot: https://github.com/example/bips/blob/schnorr/bip-taproot.mediawiki', '', 'Draft of BIP-Tapscript: https://github.com/example/bips/blob/schnorr/bip-tapscript.mediawiki', '', 'Part 1', ''];
  const turns = ['Adam: In this first part of the episode we talk about the tools and the work behind one of the biggest changes coming to the Bitcoin protocol, the draft of Schnorr signatures.', '', 'Pieter Wuille: I first ran into Bitcoin in 2010 on an IRC channel, and the work on the tools started soon after.', '', 'Adam: And how did you start contributing to the project?', '', 'Pieter Wuille: I started at university, writing code for the wallet, and the work grew from there.', '', 'Adam: What changes with Schnorr signatures and with Taproot in the draft?', '', 'Pieter Wuille: Keys can be combined, and transactions look alike, which is the point of the whole work.', ''];
  it('keeps the title and the references, a bare link alone removed (all eight lines were removed as spam)', () => {
    const r = ingest([...notes, ...turns].join('\n'), 'ltb.txt');
    expect(r.transcript.removed.map((x) => x.text)).toEqual(['https://twitter.com/example/status/1155851797568917504']);
    expect(r.transcript.title).toBe('The Tools and The Work');
    expect(r.transcript.intro.map((p) => p.text)).toContain('Part 1: https://podcast.example/episode-400-the-tools-and-the-work');
  });
});

describe('a Spanish paper’s labels, the name, a full stop and a dash run together (`Tom Becker.— ...`)', () => {
  it('reads them as labels (no turn was found: the build failed)', () => {
    const r = ingest('# Entrevista\n\nTom Becker.— ¿Por qué se caen los puentes?\n\nMaria Lopez.— Por el agua.\n\nTom Becker.— ¿Cuánto dura un puente?\n\nMaria Lopez.— Unos cincuenta años.\n', 'es.md');
    expect(spoken(r)).toEqual(['Tom Becker (interviewer): ¿Por qué se caen los puentes?', 'Maria Lopez (guest): Por el agua.', 'Tom Becker (interviewer): ¿Cuánto dura un puente?', 'Maria Lopez (guest): Unos cincuenta años.']);
  });
  it('leaves a word so run together inside a turn the speaker’s words (guard)', () => {
    const r = ingest('# Entrevista\n\nTom Becker: ¿Por qué se caen los puentes?\n\nMaria Lopez: Por el agua.\n\nBueno.— y por la falta de dinero.\n\nTom Becker: ¿Cuánto dura un puente?\n\nMaria Lopez: Unos cincuenta años.\n', 'es.md');
    expect(spoken(r)[1]).toBe('Maria Lopez (guest): Por el agua. | Bueno.— y por la falta de dinero.');
  });
});

describe('a meeting tool’s export headed by its fields (`Meeting Title: Bridge interview`, `Date: ...`), its summary and action items above the transcript', () => {
  it('titles it by the meeting’s name, without the field’s (it was "Meeting Title: Bridge interview"), the summary in the intro', () => {
    const text = ['Meeting Title: Bridge interview', 'Date: Nov 3, 2026', '', 'Overview', '- Maria explained that water causes most bridge failures.', '', 'Transcript', '', 'Tom Becker: So welcome, Maria.', '', 'Maria Lopez: Thanks for having me, Tom.', '', 'Tom Becker: Why do bridges fall down?', '', 'Maria Lopez: Mostly water.', ''].join('\n');
    const r = ingest(text, 'meeting.txt');
    expect(r.transcript.title).toBe('Bridge interview');
    expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
    expect(r.transcript.intro.map((p) => p.text)).toContain('- Maria explained that water causes most bridge failures.');
  });
});

describe('a meeting tool’s export headed by the meeting’s name, its date and `- Transcript`, its attendees listed', () => {
  it('titles it by the meeting’s name and dates it; the attendees are the intro, never the title (it was "Maria Lopez, Tom Becker")', () => {
    for (const head of ['Bridge interview - 2026/11/03 10:00 CET - Transcript', 'Bridge interview (2026-11-03 at 10:00 GMT) - Transcript']) {
      const text = [head, 'Attendees', 'Maria Lopez, Tom Becker', 'Transcript', '00:00:00', '', 'Tom Becker: So welcome, Maria.', 'Maria Lopez: Thanks for having me, Tom.', 'Tom Becker: Why do bridges fall down?', '00:05:00', '', 'Maria Lopez: Mostly water.', 'Meeting ended after 00:06:12 👋', ''].join('\n');
      const r = ingest(text, 'meet.txt');
      expect([r.transcript.title, r.transcript.date]).toEqual(['Bridge interview', '2026-11-03']);
      expect(r.transcript.intro.map((p) => p.text)).toEqual(['Attendees', 'Maria Lopez, Tom Becker']);
      expect(turnsOf(r).map((t) => [t.speaker, t.time])).toEqual([['Tom Becker', 0], ['Maria Lopez', null], ['Tom Becker', null], ['Maria Lopez', 300]]);
    }
  });
  it('a recorder’s lines, `0:00 - Tom Becker (Rhine Works)` above the words indented, are labels, the company in parentheses too (they were the words of an "Interviewer")', () => {
    const text = ['Bridge interview', 'VIEW RECORDING - 12 mins (No highlights): https://fathom.video/share/abc123', '', '---', '', '0:00 - Tom Becker (Rhine Works)', '  Welcome to the show, Maria. How did you start?', '', '0:09 - Maria Lopez', '  I started as a welder in Bonn.', '  And later I went to Delft.', '', '0:20 - Tom Becker (Rhine Works)', '  And what is the worst enemy of a bridge?', '', '0:25 - Maria Lopez', '  Water.', ''].join('\n');
    const r = ingest(text, 'recorder.txt');
    expect(turnsOf(r).map((t) => [t.speaker, t.role, t.time, t.paragraphs])).toEqual([
      ['Tom Becker', 'interviewer', 0, ['Welcome to the show, Maria. How did you start?']],
      ['Maria Lopez', 'guest', 9, ['I started as a welder in Bonn.', 'And later I went to Delft.']],
      ['Tom Becker', 'interviewer', 20, ['And what is the worst enemy of a bridge?']],
      ['Maria Lopez', 'guest', 25, ['Water.']],
    ]);
    // (A rule alone on its line in a text file, `---`, is markup, as in Markdown: no words.)
    expect([r.lineUse[3], r.transcript.intro.map((p) => p.text)]).toEqual(['markup', ['VIEW RECORDING - 12 mins (No highlights): https://fathom.video/share/abc123']]);
  });
});

describe('a file labelled `Name: ...` that goes on with the names alone above the words, pasted from elsewhere', () => {
  const text = ['# Bridges', '', 'Tom Becker: Why do bridges fall down?', '', 'Maria Lopez: Mostly water.', '', 'Tom Becker: And how long do they last?', '', 'Maria Lopez: About fifty years.', '', 'Tom Becker', 'And drones?', '', 'Maria Lopez', 'They help a lot.', '', 'Tom Becker', 'Thanks.', ''].join('\n');
  it('reads a labelling speaker’s name alone above words as the label (the rest was the guest’s words, names and all)', () => {
    expect(spoken(ingest(text, 'mixed.md')).slice(3)).toEqual(['Maria Lopez (guest): About fifty years.', 'Tom Becker (interviewer): And drones?', 'Maria Lopez (guest): They help a lot.', 'Tom Becker (interviewer): Thanks.']);
  });
  it('leaves a name alone that labels nothing else the words it is, and reads the known one after it', () => {
    const r = ingest(text.replace(/^Tom Becker\nAnd drones\?/m, 'Ada Lovelace\nwas my first hero.'), 'mixed.md');
    expect(spoken(r)[3]).toBe('Maria Lopez (guest): About fifty years. | Ada Lovelace was my first hero. | They help a lot.');
  });
});

describe('a title that names the text a transcript (`Transcript: Why Old Bridges Last`, `... (Transcript)`, `... | Podcast Transcript`)', () => {
  const turns = ['Tom Becker: Hello and welcome. Maria Lopez is here.', '', 'Maria Lopez: Thanks for having me.', '', 'Tom Becker: Why is water so dangerous?', '', 'Maria Lopez: It freezes.', ''];
  it('titles it without that word, in Markdown and in plain text (it was part of the title)', () => {
    for (const title of ['Transcript: Why Old Bridges Last', 'TRANSCRIPT: Why Old Bridges Last', 'Full Transcript: Why Old Bridges Last', 'Transcript - Why Old Bridges Last', 'Why Old Bridges Last (Transcript)', 'Why Old Bridges Last – Transcript', 'Why Old Bridges Last | Podcast Transcript']) {
      expect(ingest([`# ${title}`, '', ...turns].join('\n'), 'bridges.md').transcript.title, title).toBe('Why Old Bridges Last');
      expect(ingest([title, '', ...turns].join('\n'), 'bridges.txt').transcript.title, title).toBe('Why Old Bridges Last');
    }
  });
  it('keeps a title in which the word is the title’s own (guard)', () => {
    for (const title of ['Transcription-free Workflows', 'Episode 12 Transcript: Why Old Bridges Last', 'The Transcript Problem']) expect(ingest([`# ${title}`, '', ...turns].join('\n'), 'bridges.md').transcript.title).toBe(title);
  });
});

describe('a newsletter’s post copied line by line as plain text: its name above the headline, its sign-up box, its counts, its readers’ comments', () => {
  const page = ['Bridge Notes', 'Subscribe', 'Sign in', 'Maria Lopez on why timber is back', 'The engineer who rebuilt the footbridge talks carbon and fire', 'Tom Becker', 'Sep 03, 2026', '12', '3', 'Share', 'Maria Lopez has built more timber bridges than anyone I know.', '', 'Tom Becker: Why timber?', '', 'Maria Lopez: Because it is light and it stores carbon.', '', 'Tom Becker: What about fire?', '', 'Maria Lopez: Heavy timber chars on the outside and keeps its core.', '', 'Thanks for reading Bridge Notes! Subscribe for free to receive new posts and support my work.', '', 'Subscribe', '12 Likes', '∙', '3 Restacks', 'Discussion about this post', 'Comments', 'Jane Doe', 'Sep 4', 'Great interview! I never thought about fire that way.', 'Reply', 'Share', '© 2026 Tom Becker', ''];
  it('gives no reader’s comment and no box to the last answer (Maria Lopez was given "Thanks for reading..." and Jane Doe’s comment)', () => {
    const r = ingest(page.join('\n'), 'post.txt');
    expect(spoken(r).at(-1)).toBe('Maria Lopez (guest): Heavy timber chars on the outside and keeps its core.');
    expect(r.transcript.outro).toEqual([]);
    for (const gone of ['Thanks for reading Bridge Notes! Subscribe for free to receive new posts and support my work.', 'Discussion about this post', 'Great interview! I never thought about fire that way.', '12 Likes', '∙']) expect(r.transcript.removed.map((x) => x.text), gone).toContain(gone);
  });
  it('titles it by the post’s headline, the newsletter’s name its masthead (it was titled "Bridge Notes")', () => {
    const r = ingest(page.join('\n'), 'post.txt');
    expect(r.transcript.title).toBe('Maria Lopez on why timber is back');
    expect(r.transcript.removed.find((x) => x.line === 1)?.reason).toMatch(/newsletter's name/);
  });
  it('the box set apart in the middle, its button alone under it, between two turns, and the thanks right under the last answer', () => {
    const text = ['# Maria Lopez on timber', '', 'Tom Becker: Why timber?', '', 'Maria Lopez: Because it is light.', '', 'Bridge Notes is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.', '', 'Subscribe', '', 'Tom Becker: What about fire?', '', 'Maria Lopez: It chars.', 'Thanks for reading Bridge Notes! Subscribe for free to receive new posts and support my work.', '3 Restacks', ''].join('\n');
    for (const file of ['post.md', 'post.txt']) expect(spoken(ingest(text, file)), file).toEqual(['Tom Becker (interviewer): Why timber?', 'Maria Lopez (guest): Because it is light.', 'Tom Becker (interviewer): What about fire?', 'Maria Lopez (guest): It chars.']);
  });
  it('keeps an answer that thanks the reader or speaks of a newsletter, with no button beside it (guard)', () => {
    const text = ['# Maria Lopez on timber', '', 'Tom Becker: Why timber?', '', 'Maria Lopez: Because it is light.', '', 'Thanks for reading my report, by the way.', '', 'Tom Becker: What about your newsletter?', '', 'Maria Lopez: I started a newsletter in 2019. You can subscribe for free.', ''].join('\n');
    expect(spoken(ingest(text, 'post.md'))).toEqual(['Tom Becker (interviewer): Why timber?', 'Maria Lopez (guest): Because it is light. | Thanks for reading my report, by the way.', 'Tom Becker (interviewer): What about your newsletter?', 'Maria Lopez (guest): I started a newsletter in 2019. You can subscribe for free.']);
  });
});

describe('a page’s buttons run together as a page copied to Markdown sets them (`SubscribeSign in`, `CommentsRestacks`)', () => {
  it('removes them as the page’s, not as spam, and keeps a word that only looks so (guard)', () => {
    const text = ['# Maria Lopez on timber', '', 'SubscribeSign in', '', 'Tom Becker: Why timber? Think of McDonald and his iPhone.', '', 'Maria Lopez: Because it is light.', '', '12 Likes∙', '', 'CommentsRestacks', '', 'TopLatestDiscussions', ''].join('\n');
    const r = ingest(text, 'post.md');
    expect(spoken(r)).toEqual(['Tom Becker (interviewer): Why timber? Think of McDonald and his iPhone.', 'Maria Lopez (guest): Because it is light.']);
    expect(r.transcript.removed.filter((x) => x.kind === 'chrome').map((x) => x.text)).toEqual(['SubscribeSign in', '12 Likes∙', 'CommentsRestacks', 'TopLatestDiscussions']);
  });
});

describe('a blog platform’s post copied line by line: a headline quoting the guest by name, its author’s box and its readers’ responses', () => {
  const page = ['Open in app', 'Sign up', 'Sign in', 'Write', 'Maria Lopez: “Rivers decide, not engineers”', 'An interview with the bridge engineer on timber and water', 'Tom Becker', 'Follow', '6 min read', '·', 'Mar 3, 2026', '234', '3', 'Listen', 'Share', 'I met Maria Lopez in her office on a rainy Tuesday.', 'Tom Becker: How did you start?', 'Maria Lopez: As a welder in Bonn.', 'Tom Becker: And the rivers?', 'Maria Lopez: Rivers decide, not engineers.', 'Written by Tom Becker', '1.2K Followers', 'Writer on infrastructure.', 'Follow', 'Responses (3)', 'What are your thoughts?', 'Ken Adams', 'Mar 4', 'Maria Lopez: still the best engineer of her generation.', 'Reply', 'Jane Doe', 'Mar 5', 'Tom Becker: more of these please!', 'Reply', ''].join('\n');
  it('gives no reader’s response to a speaker (Tom Becker said "more of these please!", and the author’s box and the responses were Maria Lopez’s last answer)', () => {
    const r = ingest(page, 'post.txt');
    expect(spoken(r)).toEqual(['Tom Becker (interviewer): How did you start?', 'Maria Lopez (guest): As a welder in Bonn.', 'Tom Becker (interviewer): And the rivers?', 'Maria Lopez (guest): Rivers decide, not engineers.']);
    expect(r.transcript.outro).toEqual([]);
    expect(r.transcript.removed.map((x) => x.text)).toEqual(expect.arrayContaining(['Written by Tom Becker', 'Responses (3)', 'Tom Becker: more of these please!']));
  });
  it('titles it by the headline, no turn of the guest’s, and keeps its dek, byline and date as the intro, the page’s counts and buttons removed', () => {
    const r = ingest(page, 'post.txt');
    expect([r.transcript.title, r.transcript.date]).toEqual(['Maria Lopez: “Rivers decide, not engineers”', '2026-03-03']);
    expect(r.transcript.intro.map((p) => p.text)).toEqual(['An interview with the bridge engineer on timber and water', 'Tom Becker', 'Mar 3, 2026', 'I met Maria Lopez in her office on a rainy Tuesday.']);
  });
  it('keeps a guest’s first answer that is a quotation, with her answer going on under it (guard)', () => {
    const text = ['# Bridges', '', 'Maria Lopez: “Water is the enemy,” my teacher said.', '', 'I never forgot it.', '', 'Tom Becker: Why?', '', 'Maria Lopez: Because it freezes.', '', 'Tom Becker: And steel?', '', 'Maria Lopez: Steel rusts.', ''].join('\n');
    expect(spoken(ingest(text, 'quote.md'))[0]).toBe('Maria Lopez (guest): “Water is the enemy,” my teacher said. | I never forgot it.');
    const quoted = text.replace('“Water is the enemy,” my teacher said.', '“Water is the enemy”').replace('I never forgot it.', 'Said my teacher, and I never forgot it.');
    expect(spoken(ingest(quoted, 'quote.md'))[0]).toBe('Maria Lopez (guest): “Water is the enemy” | Said my teacher, and I never forgot it.');
  });
});

describe('a blog’s post copied line by line: the blog’s name and menu above the post’s headline in sentence case, `Posted on ... by ...` under it, comments that say who `says:`', () => {
  const page = ['Bridge Notes', 'Home', 'About', 'Archive', 'Contact', 'Interview: Maria Lopez on timber bridges', 'Posted on March 3, 2026 by Tom Becker', 'I sat down with Maria Lopez, who builds timber bridges.', 'Tom Becker: Why timber?', 'Maria Lopez: Because it is light.', 'Tom Becker: What about fire?', 'Maria Lopez: It chars on the outside.', 'Share this:', 'Like this:', 'Like Loading...', '2 thoughts on “Interview: Maria Lopez on timber bridges”', 'Jane Doe says:', 'March 4, 2026 at 10:12 am', 'Great interview!', 'Reply', 'Tom Becker says:', 'March 4, 2026 at 11:30 am', 'Thanks Jane! More coming soon.', 'Reply', 'Leave a Reply Cancel reply', ''].join('\n');
  it('titles it by the post’s headline, the blog’s name the intro, its menu removed (it was titled "Bridge Notes", `About`, `Archive` and `Contact` the intro)', () => {
    const r = ingest(page, 'post.txt');
    expect(r.transcript.title).toBe('Interview: Maria Lopez on timber bridges');
    expect(r.transcript.intro.map((p) => p.text)).toEqual(['Bridge Notes', 'Posted on March 3, 2026 by Tom Becker', 'I sat down with Maria Lopez, who builds timber bridges.']);
  });
  it('gives the comments to no one, the author’s reply included', () => {
    const r = ingest(page, 'post.txt');
    expect(spoken(r)).toEqual(['Tom Becker (interviewer): Why timber?', 'Maria Lopez (guest): Because it is light.', 'Tom Becker (interviewer): What about fire?', 'Maria Lopez (guest): It chars on the outside.']);
    expect(r.transcript.outro).toEqual([]);
  });
  it('keeps the blog’s name the title where the line under it is a sentence, not a headline (guard)', () => {
    const r = ingest(page.replace('Interview: Maria Lopez on timber bridges\n', 'I met Maria Lopez in her office last week.\n'), 'post.txt');
    expect(r.transcript.title).toBe('Bridge Notes');
  });
});

describe('the guest’s last paragraph, unlabelled under her last turn, that names a word publishers use (`email`, `podcasts`, `listen to`)', () => {
  const doc = (last: string) => ingest(`# Bridges\n\nTom Becker: Why timber?\n\nMaria Lopez: Because it is light.\n\nTom Becker: Any advice?\n\nMaria Lopez: Yes, one thing.\n\n${last}\n`, 'last.md');
  it('stays hers where it says the word of the world, not of the show (it was the page’s closing note)', () => {
    for (const own of ['Listen to the river first, and to the software second.', 'Email remains the best tool for engineers.', 'Podcasts are a good way to learn.', 'Transcripts of old hearings are a goldmine.', 'Members of the public can walk on it for free.', 'Sponsors paid for half of it.']) {
      const r = doc(own);
      expect([turnsOf(r).at(-1)!.paragraphs, r.transcript.outro], own).toEqual([['Yes, one thing.', own], []]);
    }
  });
  it('is the closing note where it speaks to the reader, of the show itself or of how the text was made (guard)', () => {
    for (const note of ['Listen to the full episode on Spotify.', 'This episode was produced by Rhine Media.', 'Transcript by Rev.com', 'NPR transcripts are created on a rush deadline by an NPR contractor.', 'This editable transcript was computer generated and might contain errors.', 'The Bridge Talk Show is one of the most popular podcasts in Europe.', 'Subscribe to the podcast wherever you get your podcasts.']) {
      const r = doc(note);
      expect([turnsOf(r).at(-1)!.paragraphs, r.transcript.outro.map((p) => p.text)], note).toEqual([['Yes, one thing.'], [note]]);
    }
  });
});

describe('a Q&A set as a numbered list of questions, each answer a paragraph under it, the last answer giving advice', () => {
  it('gives the last answer to the guest (“Listen to the river first...” was the page’s closing note)', () => {
    const text = ['# Four questions for Maria Lopez', '', 'Maria Lopez builds timber bridges. We sent her four questions.', '', '1. Why timber?', '', 'Because it is light.', '', '2. What about fire?', '', 'It chars on the outside.', '', '3. Your favourite bridge?', '', 'The old footbridge in Lyon.', '', '4. What would you tell a young engineer?', '', 'Listen to the river first, and to the software second.', ''].join('\n');
    expect(spoken(ingest(text, 'qa.md')).at(-1)).toBe('Maria Lopez (guest): Listen to the river first, and to the software second.');
  });
});

describe('speakers lettered in turn (`A:`, `B:`), or a study’s `R:` researcher and `I:` interviewee, where the letters say a side elsewhere', () => {
  it('reads `A:` beside `B:` as a speaker’s letter, by who asks, and says so (`A:` asked as "Guest", `B:` answered as the interviewer)', () => {
    const text = ['# Conversation', '', 'A: So why did you choose timber?', '', 'B: Because it is light.', '', 'A: And what about fire?', '', 'B: It chars on the outside.', '', 'A: Would you do it again?', '', 'B: Yes, every time.', ''].join('\n');
    const r = ingest(text, 'letters.md');
    expect(who(r)).toEqual(['Speaker A (interviewer)', 'Speaker B (guest)', 'Speaker A (interviewer)', 'Speaker B (guest)', 'Speaker A (interviewer)', 'Speaker B (guest)']);
    expect(r.transcript.warnings.map((w) => w.message).join('\n')).toContain('`A:` is read as a speaker\'s letter, as `B:` is, not as the answer');
  });
  it('reads `I:` and `R:` by who asks where the letters’ sides ask the other way round, and says so', () => {
    const text = ['Interview transcript', '', 'R: Can you tell me about your work?', '', 'I: I inspect bridges for the county.', '', 'R: How often?', '', 'I: Every two years.', '', 'R: And do you like it?', '', 'I: Very much, it is outdoors.', ''].join('\n');
    const r = ingest(text, 'study.txt');
    expect(who(r)).toEqual(['Speaker R (interviewer)', 'Speaker I (guest)', 'Speaker R (interviewer)', 'Speaker I (guest)', 'Speaker R (interviewer)', 'Speaker I (guest)']);
    expect(r.transcript.warnings.map((w) => w.message).join('\n')).toContain('`I:` and `R:` are read as speakers\' letters');
  });
  it('keeps `Q:` and `A:`, `I:` and `R:` as the question and the answer where they ask as they say, and a letter the front matter names (guard)', () => {
    const qa = ingest('# Q&A\n\nQ: Why timber?\n\nA: Because it is light.\n\nQ: And fire?\n\nA: It chars.\n', 'qa.md');
    expect(who(qa)).toEqual(['Interviewer (interviewer)', 'Guest (guest)', 'Interviewer (interviewer)', 'Guest (guest)']);
    const ir = ingest('Interview\n\nI: Can you tell me about your work?\n\nR: I inspect bridges.\n\nI: How often?\n\nR: Every two years.\n\nI: Do you like it?\n\nR: Very much.\n', 'study.txt');
    expect(who(ir).map((w) => w.replace(/^.*\(/, '('))).toEqual(['(interviewer)', '(guest)', '(interviewer)', '(guest)', '(interviewer)', '(guest)']);
    const named = ingest('---\nspeakers:\n  A: { name: Maria Lopez, role: guest }\n---\n# Chat\n\nB: Why timber?\n\nA: Because it is light.\n\nB: And fire?\n\nA: It chars.\n', 'named.md');
    expect(who(named)).toEqual(['B (interviewer)', 'Maria Lopez (guest)', 'B (interviewer)', 'Maria Lopez (guest)']);
  });
});

describe('a study’s `I:` interviewer beside a participant’s letter of the asking side too (`P:`) or of no side (`B:`, `E:`)', () => {
  const study = (other: string) => ['Participant 12, interview transcript', '', 'I: Could you tell me how you first came to the food bank?', '', `${other}: After I lost my job. A friend told me about it.`, '', 'I: What made you feel embarrassed?', '', `${other}: I had always been the one helping others.`, '', 'I: How do you feel about it now?', '', `${other}: Better. The volunteers are kind.`, ''].join('\n');
  it('gives `P:`’s answers to the participant, by who asks, and says so (all of them were one turn of the interviewer’s)', () => {
    const r = ingest(study('P'), 'study.txt');
    expect(who(r)).toEqual(['Interviewer (interviewer)', 'Speaker P (guest)', 'Interviewer (interviewer)', 'Speaker P (guest)', 'Interviewer (interviewer)', 'Speaker P (guest)']);
    const said = r.transcript.warnings.map((w) => formatDiagnostic(w)).join('\n');
    expect(said).toContain('`P:` is read as a speaker\'s letter, not as the question: `I:` asks, `P:` hardly asks');
    expect(said).toContain('`P: { name: Full Name, role: guest }`');
    expect(said).not.toContain('role: interviewer');
  });
  it('keeps `I:` the interviewer beside `B:` (a German study’s Befragte) or `E:` (it was `Speaker I`)', () => {
    for (const other of ['B', 'E']) expect(who(ingest(study(other), 'study.txt')).slice(0, 2), other).toEqual(['Interviewer (interviewer)', `Speaker ${other} (guest)`]);
  });
  it('shows the letter that answers as the guest the title names (`Interview mit Maria Lopez`; it was `Speaker B`), and says so in place of “shown as `Speaker B`”', () => {
    const r = ingest(study('B').replace('Participant 12, interview transcript', 'Interview mit Maria Lopez'), 'study.txt');
    expect(who(r).slice(0, 2)).toEqual(['Interviewer (interviewer)', 'Maria Lopez (guest)']);
    const said = r.transcript.warnings.map((w) => formatDiagnostic(w)).join('\n');
    expect(said).toContain('it is shown as Maria Lopez, the guest the introduction names');
    expect(said).toContain('the guest\'s name, Maria Lopez, is taken from the introduction');
    expect(said).not.toMatch(/Speaker B' is not named|shown as `Speaker B`/);
  });
  it('leaves two letters of the asking side that both ask, or neither, as they are (guard)', () => {
    const both = ['Chat', '', 'I: Why timber?', '', 'P: Why not? Do you like it?', '', 'I: I do. And you?', '', 'P: Yes, do you?', '', 'I: Always?', '', 'P: Mostly, and you?', ''].join('\n');
    expect(turnsOf(ingest(both, 'chat.txt')).map((t) => t.speaker)).not.toContain('Speaker P');
  });
});

describe('times to the hundredth of a second above the words (`[00:01:51.21] - Maria Lopez`, as a transcription service exports them)', () => {
  it('are the turns’ times to the millisecond (111.21, not 111.21000000000001)', () => {
    const text = ['[00:00:00.00] - Tom Becker', 'Why timber?', '', '[00:01:51.21] - Maria Lopez', 'Because it is light.', '', '[00:02:03.07] - Tom Becker', 'And fire?', '', '[00:02:10.33] - Maria Lopez', 'It chars.', ''].join('\n');
    expect(turnsOf(ingest(text, 'export.txt')).map((t) => t.time)).toEqual([0, 111.21, 123.07, 130.33]);
  });
});

describe('a third speaker lettered once (`C:`) among speakers lettered in turn', () => {
  it('is a speaker of her own (her words were the last answer’s)', () => {
    const text = ['# Conversation', '', 'A: So why timber?', '', 'B: Because it is light.', '', 'A: And fire?', '', 'B: It chars.', '', 'C: Can I add one thing? The cost was lower too.', ''].join('\n');
    expect(spoken(ingest(text, 'letters.md')).at(-1)).toBe('Speaker C (guest): Can I add one thing? The cost was lower too.');
  });
  it('stays words in a file of `Q:` and `A:` (guard)', () => {
    const text = ['# Q&A', '', 'Q: Why timber?', '', 'A: Because it is light.', '', 'X: the unknown load, as we write it.', '', 'Q: And fire?', '', 'A: It chars.', ''].join('\n');
    expect(spoken(ingest(text, 'qa.md'))[1]).toBe('Guest (guest): Because it is light. | X: the unknown load, as we write it.');
  });
});

describe('a speaker once, where she comes from in parentheses in words not all capitalised (`Jane Doe (Lisbon city council):`)', () => {
  it('is her label, the place no words of hers (the line was the moderator’s words)', () => {
    const text = ['# Panel', '', '**Moderator:** Questions from the audience?', '', '**Ana Silva:** Happy to take them.', '', '**Moderator:** Yes, in the front.', '', '**Jane Doe (Lisbon city council):** Do the students stay in Portugal?', '', '**Ana Silva:** Half of them leave.', ''].join('\n');
    expect(spoken(ingest(text, 'panel.md')).at(-2)).toBe('Jane Doe (interviewer): Do the students stay in Portugal?');
  });
  it('reads no label in a name and a code in parentheses inside a turn, `RHINE SPEC (RS 118):` (guard)', () => {
    const text = ['# Notes', '', 'Editor — RHINE SPEC (RS 118): https://example.org/rs118', '', 'Tom Becker — Why timber?', '', 'Maria Lopez — Because it is light.', '', 'Tom Becker — And fire?', '', 'Maria Lopez — It chars.', ''].join('\n');
    expect(spoken(ingest(text, 'notes.md'))[0]).toBe('Editor (other): RHINE SPEC (RS 118): https://example.org/rs118');
  });
  it('reads a manner in parentheses, capitalised too, as a note kept with the words, not a place (it was no label: the line was the words of a turn guessed from its question)', () => {
    const text = ['# Talk', '', 'Tom Becker: Why timber?', '', 'Maria Lopez: Because it is light.', '', 'Tom Becker (Laughing nervously): And fire?', '', 'Maria Lopez: It chars.', ''].join('\n');
    const r = ingest(text, 'talk.md');
    expect(spoken(r)[2]).toBe('Tom Becker (interviewer): (Laughing nervously) And fire?');
    expect(r.uncertain).toEqual([]);
  });
});

describe('a stage direction timed as the turns are (`[00:00:35] [AD BREAK]`)', () => {
  it('is removed, no words of the turn above it (it was the guest’s last paragraph before the break)', () => {
    const text = ['Episode 214', '', '[00:00:00] TOM: Welcome. My guest is Maria Lopez.', '[00:00:10] MARIA: Thanks, Tom.', '[00:00:13] TOM: Why timber?', '[00:00:16] MARIA: Carbon, mostly.', '[00:00:35] [AD BREAK]', '[00:01:35] TOM: We are back. And fire?', '[00:01:42] MARIA: It chars.', ''].join('\n');
    const r = ingest(text, 'show.txt');
    expect(turnsOf(r)[3]!.paragraphs).toEqual(['Carbon, mostly.']);
    expect(r.transcript.removed.map((x) => x.text)).toContain('[00:00:35] [AD BREAK]');
  });
});

describe('a file headed by a lower heading, `## Episode 214: Timber Is Back`, the only heading at its level', () => {
  const turns = ['', '**Tom Becker:** Welcome, Maria.', '', '**Maria Lopez:** Thanks, Tom.', '', '**Tom Becker:** Why timber?', '', '**Maria Lopez:** Carbon.', ''];
  it('is titled by it (it was titled by the file’s name)', () => {
    expect(ingest(['## Episode 214: Timber Is Back', '', '*Recorded live in Lyon.*', ...turns].join('\n'), 'k2.md').transcript.title).toBe('Episode 214: Timber Is Back');
  });
  it('reads it as the first part where the interview’s parts are headed at that level too (guard)', () => {
    const r = ingest(['## Introductions', ...turns.slice(0, 5), '## Timber', ...turns.slice(5)].join('\n'), 'k2.md');
    expect([r.transcript.title, r.transcript.sections.map((s) => s.heading)]).toEqual(['K2', ['Introductions', 'Timber']]);
  });
});

describe('a social network’s article by the one who answers, copied as text: its headline, her name and job, the date, "Tom Becker asked me a few questions"', () => {
  const post = ['Interview: What I learned building bridges for thirty years', 'Maria Lopez', 'Lead Engineer at Rhine Works | Timber Structures | Speaker', 'Published Mar 3, 2026', '+ Follow', 'Tom Becker asked me a few questions for his newsletter. Here they are.', '', 'Why timber?', '', 'Because it stores carbon.', '', 'What about fire?', '', 'Timber chars on the outside.', '', 'What would you tell a young engineer?', '', 'Listen to the river first.', ''].join('\n');
  const r = ingest(post, 'post.txt');
  it('gives the answers to her and the questions to him (the answers were his, the questions “What”’s, read from `Interview: What...` as a byline)', () => {
    expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
  });
  it('titles it by the headline, her name and job the introduction (it was titled by her job)', () => {
    expect(r.transcript.title).toBe('Interview: What I learned building bridges for thirty years');
    expect(r.transcript.intro.map((p) => p.text)).toEqual(['Maria Lopez', 'Lead Engineer at Rhine Works | Timber Structures | Speaker', 'Published Mar 3, 2026', 'Tom Becker asked me a few questions for his newsletter. Here they are.']);
  });
  it('takes her name nearest above the note, not a newsletter’s name standing above the headline', () => {
    expect(who(ingest(`Bridge Notes\n${post}`, 'post.txt'))[1]).toBe('Maria Lopez (guest)');
  });
  it('still reads `Interview: Tom Becker` as the one who asks (guard)', () => {
    const byline = ingest('# Bridges and rivers\n\nInterview: Tom Becker\n\nMaria Lopez builds bridges.\n\nQ: Why timber?\n\nA: Carbon.\n\nQ: And fire?\n\nA: It chars.\n', 'qa.md');
    expect(who(byline)[0]).toBe('Tom Becker (interviewer)');
  });
});

describe('a podcast app’s transcript copied as text: the show’s name and the episode’s line over the speakers’ names alone above their words', () => {
  const copy = ['Bridge Talk', 'Episode 41 · March 3, 2026', '', 'Tom Becker', 'Welcome to Bridge Talk. My guest today is Maria Lopez. Maria, why timber?', '', 'Maria Lopez', 'Because it stores carbon.', '', 'Tom Becker', 'And what about fire?', '', 'Maria Lopez', 'It chars on the outside.', ''].join('\n');
  it('titles it by the show’s name, the episode’s line the introduction (the show was a guest saying the episode’s line, as “Welcome to Bridge Talk” names it again)', () => {
    const r = ingest(copy, 'episode.txt');
    expect([r.transcript.title, r.transcript.date]).toEqual(['Bridge Talk', '2026-03-03']);
    expect(r.transcript.intro.map((p) => p.text)).toEqual(['Episode 41 · March 3, 2026']);
    expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
  });
});

describe('a hearing where a senator and a witness share a surname (`Senator Smith.`, `Mr. Smith.`)', () => {
  const record = ['HEARING BEFORE THE COMMITTEE ON BRIDGES', '', '    The Chairman. The committee will come to order. Today we hear from Mr. John Smith of Rhine Works and Dr. Maria Lopez.', '    Senator Smith. Thank you, Mr. Chairman. Mr. Smith, how many bridges did your company inspect last year?', '    Mr. Smith. About three hundred, Senator.', '    Senator Smith. And how many were unsafe?', '    Mr. Smith. Twelve needed to be closed at once.', '    Senator Smith. Dr. Lopez, do you agree?', '    Dr. Lopez. I think it is low.', ''].join('\n');
  it('keeps them two people, the witness named by the full name written with his own title (both were “John Smith”, the witness’s answers the senator’s)', () => {
    expect(who(ingest(record, 'hearing.txt')).slice(1)).toEqual(['Senator Smith (interviewer)', 'John Smith (guest)', 'Senator Smith (interviewer)', 'John Smith (guest)', 'Senator Smith (interviewer)', 'Dr. Lopez (guest)']);
  });
  it('names a titled surname alone in the file by the full name with it as before (guard)', () => {
    expect(who(ingest(record.replace(/Senator Smith/g, 'Senator Jones'), 'hearing.txt'))[2]).toBe('John Smith (guest)');
  });
});

describe('a study’s interview between one who asks, `Facilitator:`, `Researcher:` or a name, and `Participant:`', () => {
  const study = (asker: string) => ['Study 4, transcript 12', '', `${asker}: Thank you for joining. How long have you lived in the valley?`, '', 'Participant: About thirty years. My parents moved here.', '', `${asker}: What changed most in that time?`, '', 'Participant: The river. It floods more often now.', '', `${asker}: How did that affect you?`, '', 'Participant: We drive forty minutes to the next crossing.', ''].join('\n');
  it('gives the answers to the participant, the guest (they were “other”, as an audience’s)', () => {
    for (const asker of ['Facilitator', 'Researcher', 'Tom Becker']) expect(who(ingest(study(asker), 'study.txt')).slice(0, 2), asker).toEqual([`${asker} (interviewer)`, 'Participant (guest)']);
  });
  it('leaves a caller beside a named host on neither side (guard)', () => {
    expect(who(ingest(study('Tom Becker').replaceAll('Participant:', 'Caller:'), 'call.txt'))[1]).toBe('Caller (other)');
  });
});

describe('a focus group’s transcript naming each participant by first name after the placeholder (`Participant 1 (Anna):`)', () => {
  const text = ['Focus group 3 – bridge users', '', 'Moderator: Can everyone say their first name?', 'Participant 1 (Anna): I’m Anna, I cycle.', 'Participant 2 (Ben): Ben, I drive.', 'Moderator: Anna, what do you think of the footbridge?', 'Participant 1 (Anna): Love it.', 'Participant 2 (Ben): I haven’t used it.', 'Anna: You should!', ''].join('\n');
  it('shows each by that name, the name alone later the same person, and warns of no unnamed placeholder (it said they were not named)', () => {
    const r = ingest(text, 'focus.txt');
    expect(who(r)).toEqual(['Moderator (interviewer)', 'Anna (guest)', 'Ben (guest)', 'Moderator (interviewer)', 'Anna (guest)', 'Ben (guest)', 'Anna (guest)']);
    expect(r.transcript.warnings.map((w) => w.message).join('\n')).not.toMatch(/not named in the file/);
  });
  it('keeps a placeholder whose parentheses describe the voice, `Speaker 2 (Female):` (guard)', () => {
    const r = ingest(['Call', '', 'Speaker 1: Welcome. Why timber?', 'Speaker 2 (Female): Because it is light.', 'Speaker 1: And fire?', 'Speaker 2 (Female): It chars.', ''].join('\n'), 'call.txt');
    expect(turnsOf(r).map((t) => t.speaker)).toEqual(['Speaker 1', 'Speaker 2', 'Speaker 1', 'Speaker 2']);
  });
});

describe('a talk copied from a video site’s page, its transcript panel’s times and automatic captions, the speaker named in the front matter', () => {
  const page = ['---', 'speakers: [Maria Lopez]', '---', 'Why Timber Bridges Are Back | Maria Lopez | TEDxLyon', 'TEDx Talks', '1.2M subscribers', 'Subscribe', '45K views 2 years ago', 'Intro', '0:00', 'so I want to start with a question', '0:03', 'how many of you crossed a bridge today', '0:07', 'probably most of you', 'Carbon', '0:10', 'bridges are made of steel and concrete', '0:14', 'and both of them emit a lot of carbon', 'Thank you', '0:22', 'thank you', ''].join('\n');
  it('titles it by the video’s title, heads parts by its chapters and removes the channel’s counts (the title was her words, the chapters inside them)', () => {
    const r = ingest(page, 'talk.txt');
    expect(r.transcript.title).toBe('Why Timber Bridges Are Back | Maria Lopez | TEDxLyon');
    expect(turnsOf(r).map((t) => [t.section, t.speaker, t.time])).toEqual([['Intro', 'Maria Lopez', 0], ['Carbon', 'Maria Lopez', 10], ['Thank you', 'Maria Lopez', 22]]);
    expect(r.transcript.removed.map((x) => x.text)).toEqual(expect.arrayContaining(['1.2M subscribers', '45K views 2 years ago']));
  });
  it('reads it so without the front matter, by the one speaker the title names, and says so (the build failed: no one was named)', () => {
    const r = ingest(page.replace('---\nspeakers: [Maria Lopez]\n---\n', ''), 'talk.txt');
    expect(turnsOf(r).map((t) => [t.section, t.speaker, t.time])).toEqual([['Intro', 'Maria Lopez', 0], ['Carbon', 'Maria Lopez', 10], ['Thank you', 'Maria Lopez', 22]]);
    expect(r.transcript.warnings.map((w) => w.message)).toContain("no paragraph is labelled: every one is read as Maria Lopez's, the one speaker the talk's title names");
  });
  it('keeps a second line of words in small letters the cue’s, not a chapter (guard)', () => {
    const r = ingest(page.replace('Carbon\n', 'and so on\n'), 'talk.txt');
    expect(turnsOf(r).map((t) => t.section)).not.toContain('and so on');
    expect(turnsOf(r).flatMap((t) => t.paragraphs).join(' ')).toContain('probably most of you and so on');
  });
});

describe('a talk’s transcript as its site sets it, no label anywhere, its title naming the speaker (`Maria Lopez: Why bridges fail | TED Talk`)', () => {
  const talk = (title: string, paras: string[]) => [title, '', 'Transcript', '', ...paras.flatMap((p) => [p, '']), ''].join('\n');
  const spoken = ['I want to start with a sound. Most people never hear it. I have spent thirty years listening to it.', 'When I was a child in Seville, I crossed an old iron bridge every day. (Laughter) My mother thought I was strange.', 'Bridges talk to us. We just have to learn their language.', 'Thank you. (Applause)'];
  it('gives every paragraph under the title to her, and says so (the build failed)', () => {
    for (const title of ['Maria Lopez: Why bridges fail | TED Talk', 'Why bridges fail | Maria Lopez | TEDxSeville', 'Keynote by Maria Lopez: Why bridges fail']) {
      const r = ingest(talk(title, spoken), 'talk.txt');
      expect(turnsOf(r).map((t) => [t.speaker, t.role, t.paragraphs.length]), title).toEqual([['Maria Lopez', 'guest', 4]]);
      expect(r.transcript.title, title).toBe(title);
    }
  });
  it('and copied from a video site with its times, the captions run into one paragraph: hers, timed (the build failed)', () => {
    const lines = ['I want to tell you about a crack I saw when I was nine.', 'It was in a bridge near my house, and nobody could tell me why.', 'So I became an engineer, and I found out: water gets in.', 'Today I want to show you concrete that closes its own cracks.'];
    const r = ingest(`Maria Lopez: Why bridges fail | TED Talk\n\n${lines.map((l, i) => `0:${String(i * 5).padStart(2, '0')}\n${l}`).join('\n')}\n`, 'talk.txt');
    expect(turnsOf(r).map((t) => [t.speaker, t.time])).toEqual([['Maria Lopez', 0]]);
    expect(turnsOf(r)[0]!.paragraphs.join(' ')).toContain('Today I want to show you concrete');
  });
  it('still fails an article under such a title, in the third person or asking, naming the fix (guard)', () => {
    expect(() => ingest(talk('Maria Lopez: Why bridges fail | TED Talk', ['Bridges fail for many reasons.', 'Water is the most common.', 'Engineers have known this for centuries.']), 'article.txt')).toThrow(/no speaker turns found/);
    expect(() => ingest(talk('Maria Lopez: Why bridges fail', spoken), 'essay.txt')).toThrow(/no speaker turns found/);
  });
});

describe('a picture’s caption with its credit between the paragraphs, the picture left out, as a paper’s page copied line by line sets it', () => {
  const page = ['Maria Lopez: ‘Steel gives no warning’', 'Tom Becker', 'Maria Lopez at the footbridge in Lyon. Photograph: Jane Doe/The Guardian', 'Maria Lopez has built timber bridges. We met in Lyon.', 'Why timber?', 'Carbon, mostly.', 'And fire?', 'It chars.', 'The footbridge under construction in 2024. Photograph: Ana Silva', 'What’s next?', 'A bridge across the Rhine.', 'The old bridge in 1987. (Photo by Ana Silva/Getty Images)', ''].join('\n');
  it('is removed, no words of the answer above it (the caption and its credit were the guest’s)', () => {
    const r = ingest(page, 'paper.txt');
    expect(turnsOf(r).map((t) => t.paragraphs)).toEqual([['Why timber?'], ['Carbon, mostly.'], ['And fire?'], ['It chars.'], ['What’s next?'], ['A bridge across the Rhine.']]);
    expect(r.transcript.intro.map((p) => p.text)).toEqual(['Tom Becker', 'Maria Lopez has built timber bridges. We met in Lyon.']);
  });
  it('keeps a speaker’s sentence that names a photo or a credit in words of its own (guard)', () => {
    const text = ['# Bridges', '', 'Tom Becker: Why timber?', '', 'Maria Lopez: I saw one photo: that was enough.', '', 'Tom Becker: And the credit?', '', 'Maria Lopez: Credit goes to the carpenters. Photo: it was mine.', ''].join('\n');
    expect(spoken(ingest(text, 'guard.md'))).toEqual(['Tom Becker (interviewer): Why timber?', 'Maria Lopez (guest): I saw one photo: that was enough.', 'Tom Becker (interviewer): And the credit?', 'Maria Lopez (guest): Credit goes to the carpenters. Photo: it was mine.']);
  });
});

describe('a podcast’s transcript titled with its episode’s number between dashes, `Bridge Talk Podcast — Episode 41 — Transcript`', () => {
  it('keeps the number in the title (it was cut as a meeting’s date)', () => {
    const text = ['Bridge Talk Podcast — Episode 41 — Transcript', '', 'TOM BECKER: Hello and welcome. I am Tom Becker.', '', 'MARIA LOPEZ: Thank you.', '', 'TOM BECKER: Why timber?', '', 'MARIA LOPEZ: Carbon.', ''].join('\n');
    expect(ingest(text, 'ep41.txt').transcript.title).toBe('Bridge Talk Podcast — Episode 41');
  });
});

describe('labels and words formatted in HTML a word processor or a page keeps: `<u>Maria Lopez</u>:`, `<i>Tom Becker:</i>`, `<i>Really</i>` inside the words', () => {
  it('reads the labels (no turn was found: the build failed) and shows the formatting as emphasis, bold or the words alone (it showed the tags as text)', () => {
    for (const [open, close] of [['<u>', '</u>'], ['<i>', '</i>'], ['<font face="Arial">', '</font>']]) {
      const text = `# Bridges\n\n${open}Tom Becker${close}: Why timber?\n\n${open}Maria Lopez:${close} Carbon. <i>Really</i> carbon, and <b>only</b> <u>carbon</u>.\n\n${open}Tom Becker${close}: And fire?\n\n${open}Maria Lopez${close}: It chars.\n`;
      const r = ingest(text, 'word.md');
      expect(who(r), open).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
      const p = r.transcript.sections[0]!.turns[1]!.paragraphs[0]!;
      expect([p.text, p.html]).toEqual(['Carbon. Really carbon, and only carbon.', '<p>Carbon. <em>Really</em> carbon, and <strong>only</strong> carbon.</p>']);
    }
  });
  it('keeps any other tag, or one that never closes, as text to show, never as markup (guard)', () => {
    const r = ingest('# Bridges\n\nTom Becker: Why <script>alert(1)</script> timber? <a href="javascript:x">x</a>\n\nMaria Lopez: <i>unclosed carbon\n\nTom Becker: And fire?\n\nMaria Lopez: It chars.\n', 'tags.md');
    const [q, a] = r.transcript.sections[0]!.turns.map((t) => t.paragraphs[0]!.html);
    expect([q, a]).toEqual(['<p>Why &#x3C;script>alert(1)&#x3C;/script> timber? &#x3C;a href="javascript:x">x&#x3C;/a></p>', '<p>&#x3C;i>unclosed carbon</p>']);
  });
});

describe('a podcast’s show notes listing its sponsors’ links as `– Rhine Works: https://...` above its chapters', () => {
  const notes = (sponsors: string[]) => ['Bridge Talk #500 – Maria Lopez: Timber and Fire', '', 'Please support this podcast by checking out our sponsors:', ...sponsors, '', 'OUTLINE:', '0:00 – Introduction', '1:23 – Timber', '5:40 – Fire', '', 'Tom Becker', '(00:00:00) The following is a conversation with Maria Lopez.', '', 'Maria Lopez', '(00:01:23) Thank you for having me.', '', 'Tom Becker', '(00:01:25) Why timber?', '', 'Maria Lopez', '(00:01:27) Carbon.', '', 'Tom Becker', '(00:05:40) And fire?', '', 'Maria Lopez', '(00:05:42) It chars.', ''].join('\n');
  it('reads the chapters under them as the parts (a sponsor’s line ended the show notes: no part was headed)', () => {
    const r = ingest(notes(['– Rhine Works: https://rhineworks.example/podcast', '– Bridge Co: https://bridge.example/podcast']), 'show.txt');
    expect(r.transcript.sections.map((s) => [s.heading, s.turns.length])).toEqual([['Introduction', 1], ['Timber', 3], ['Fire', 2]]);
  });
  it('still ends the show notes at a turn whose words open with a link, not set as a list’s item (guard)', () => {
    const r = ingest(notes(['Tom Becker: https://rhineworks.example/podcast is where to find it.']), 'show.txt');
    expect(r.transcript.sections.map((s) => s.heading)).toEqual([null]);
  });
});

describe('two hosts in capitals by first name, one of them introducing the guest as "we have a guest today, Maria Lopez"', () => {
  const text = ['Bridge Talk, episode 12', '', 'TOM: Welcome back. I’m Tom Becker.', 'JANE: And I’m Jane Kim. We have a guest today, Maria Lopez.', 'MARIA: Hello!', 'TOM: Maria, why timber?', 'MARIA: Carbon.', 'JANE: And fire, Maria?', 'MARIA: It chars.', ''].join('\n');
  it('names the guest in full (she was "Maria")', () => {
    expect(who(ingest(text, 'hosts.txt')).slice(0, 3)).toEqual(['Tom Becker (interviewer)', 'Jane Kim (interviewer)', 'Maria Lopez (guest)']);
  });
  it('keeps the first name where the phrase names someone else (guard)', () => {
    expect(who(ingest(text.replace('We have a guest today, Maria Lopez.', 'We have a guest today, Ana Silva.'), 'hosts.txt'))[2]).toBe('Maria (guest)');
  });
});

describe('a Q&A under `Pytanie:` and `Odpowiedź:` (or `Вопрос:` and `Ответ:`), titled "an interview with" the guest in the case the preposition takes', () => {
  it('names the guest in the nominative, `Wywiad z Marią Lopez`: Maria Lopez, `Интервью с Марией Лопес`: Мария Лопес (both were "Guest")', () => {
    const pl = ingest('# Wywiad z Marią Lopez\n\nPytanie: Dlaczego drewno?\n\nOdpowiedź: Z powodu węgla.\n\nPytanie: A ogień?\n\nOdpowiedź: Drewno zwęgla się z zewnątrz.\n', 'pl.md');
    const ru = ingest('# Интервью с Марией Лопес\n\nВопрос: Почему дерево?\n\nОтвет: Из-за углерода.\n\nВопрос: А огонь?\n\nОтвет: Дерево обугливается.\n', 'ru.md');
    expect([pl.transcript.guest, ru.transcript.guest]).toEqual(['Maria Lopez', 'Мария Лопес']);
    expect(who(pl)[1]).toBe('Maria Lopez (guest)');
  });
});

describe('an oral history’s header in capitals (`NARRATOR: Maria Lopez`, `INTERVIEWER: Tom Becker`) above turns labelled by the same words', () => {
  it('keeps the header the intro and names each side by it (the header lines were turns, the narrator shown as “Narrator”)', () => {
    const r = ingest('ORAL HISTORY INTERVIEW WITH MARIA LOPEZ\n\nNARRATOR: Maria Lopez\nINTERVIEWER: Tom Becker\n\nINTERVIEWER: Where were you born?\n\nNARRATOR: In Seville, in 1961.\n\nINTERVIEWER: And your father?\n\nNARRATOR: He was a welder.\n', 'oral.txt');
    expect(r.transcript.intro.map((p) => p.text)).toEqual(['NARRATOR: Maria Lopez', 'INTERVIEWER: Tom Becker']);
    expect(spoken(r)).toEqual(['Tom Becker (interviewer): Where were you born?', 'Maria Lopez (guest): In Seville, in 1961.', 'Tom Becker (interviewer): And your father?', 'Maria Lopez (guest): He was a welder.']);
  });
});

describe('a dek that opens with the guest’s job before her name, a job no list holds (`Hydrologist Maria Lopez explains...`, `Hydroloog`, `Idrologa`)', () => {
  const dek = (line: string) => ingest(`# Why cities keep flooding\n\nBy Tom Becker\n\n${line}\n\n**Why do cities keep flooding?**\n\nBecause every city builds against the flood it remembers.\n\n**Give me an example.**\n\nValencia in 1957. They moved the whole river.\n\n**Did it work?**\n\nFor that flood, yes.\n`, 'dek.md');
  it('names the guest without the job (it was “Hydrologist Maria Lopez”)', () => {
    for (const line of ['Hydrologist Maria Lopez explains why cities keep flooding.', 'Oceanographer Maria Lopez explains why cities keep flooding.', 'Hydroloog Maria Lopez legt uit waarom steden blijven overstromen.', 'Idrologa Maria Lopez spiega perché le città si allagano.', 'Die Hydrologin Maria Lopez erklärt, warum Städte überflutet werden.'])
      expect([line, who(dek(line))[1]]).toEqual([line, 'Maria Lopez (guest)']);
  });
  it('reads a name with `de la` whole (`Historian Maria de la Cruz`: there was no guest)', () => {
    expect(who(dek('Historian Maria de la Cruz explains why cities keep flooding.'))[1]).toBe('Maria de la Cruz (guest)');
  });
  it('keeps a first name that only looks made so, and a three-word name', () => {
    expect(who(dek('Maria Lopez explains why cities keep flooding.'))[1]).toBe('Maria Lopez (guest)');
    expect(namesIn('Mary Anne Smith explains why.').has('Mary Anne Smith')).toBe(true);
  });
});

describe('a show’s credits after its closing music, as a paper’s podcast transcript prints them (`This episode ... was produced by ...`, `Our senior engineer is ...`)', () => {
  const show = (credits: string) => ingest(`# Maria Lopez on floods\n\nTOM BECKER: Why do cities keep flooding?\n\nMARIA LOPEZ: Because every city builds against the flood it remembers.\n\nTOM BECKER: Maria Lopez, thank you very much.\n\nMARIA LOPEZ: Thank you.\n\n[MUSIC PLAYING]\n\n${credits}\n`, 'show.md');
  it('keeps the credits the outro, in one paragraph or several (they were the guest’s last words)', () => {
    const one = show('This episode of "The Tom Becker Show" is produced by Anna Smith and Peter Gray. Fact-checking by Mary Locker. Our senior engineer is Jeff Geld.');
    expect(spoken(one).at(-1)).toBe('Maria Lopez (guest): Thank you.');
    expect(one.transcript.outro).toHaveLength(1);
    const several = show('This episode of "The Tom Becker Show" was produced by Anna Smith.\n\nFact-checking by Mary Locker.\n\nOur senior engineer is Jeff Geld, with additional mixing by Aman Rota.\n\nOur executive producer is Claire Gordon.\n\nOriginal music by Pat McCusker.');
    expect(spoken(several).at(-1)).toBe('Maria Lopez (guest): Thank you.');
    expect(several.transcript.outro.map((p) => p.text)).toEqual(['This episode of "The Tom Becker Show" was produced by Anna Smith.', 'Fact-checking by Mary Locker.', 'Our senior engineer is Jeff Geld, with additional mixing by Aman Rota.', 'Our executive producer is Claire Gordon.', 'Original music by Pat McCusker.']);
  });
  it('keeps a guest’s own words about her staff hers', () => {
    for (const last of ['Our engineer is Paul Kim, and I trust him with every drawing.', 'My book was published by Rhine Press in 2019.', 'Our team is Rhine Works.'])
      expect(spoken(show(last)).at(-1)).toBe(`Maria Lopez (guest): Thank you. | ${last}`);
  });
});

describe('two speakers keyed in the front matter, one labelling the questions, the answers unlabelled (or the other way round)', () => {
  const fm = '---\ntitle: Maria Lopez on floods\nspeakers:\n  TB: Tom Becker\n  ML: Maria Lopez\n---\n\n';
  it('gives the unlabelled answers to the speaker who labels nothing, said in a warning (they were “Guest”)', () => {
    const r = ingest(`${fm}TB: Why do cities keep flooding?\n\nBecause every city builds against the flood it remembers.\n\nTB: Give me an example.\n\nValencia in 1957. They moved the whole river.\n`, 'fm.md');
    expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
    expect(r.transcript.warnings.map(formatDiagnostic)).toEqual(["fm.md:5: warning: speaker key 'ML' in the front matter never labels a paragraph; the unlabelled answers are taken for Maria Lopez's. Fix: if they are someone else's, give `guest: Full Name` in the front matter"]);
  });
  it('gives the unlabelled questions to the one who labels nothing where the answers are labelled (they were “Interviewer”)', () => {
    const r = ingest(`${fm}Why do cities keep flooding?\n\nML: Because every city builds against the flood it remembers.\n\nGive me an example.\n\nML: Valencia in 1957. They moved the whole river.\n`, 'fm.md');
    expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
    expect(r.transcript.warnings[0]!.message).toContain('the unlabelled questions are taken for Tom Becker');
  });
  it('guesses no one where two keyed speakers label nothing', () => {
    const r = ingest(`${fm.replace('  ML: Maria Lopez\n', '  ML: Maria Lopez\n  PK: Paul Kim\n')}TB: Why do cities keep flooding?\n\nBecause every city builds against the flood it remembers.\n\nTB: Give me an example.\n\nValencia in 1957. They moved the whole river.\n`, 'fm.md');
    expect(who(r)[1]).toBe('Guest (guest)');
  });
});

describe('times inside a timed turn, as tools stamp the words every so many seconds (`... remembers. (0:15) And the next ...`, `[00:00:15]`, or alone on a line)', () => {
  const file = (answer: string) => `# City Works 41\n\nTom Becker (0:00): Welcome to City Works. My guest is Maria Lopez.\n\nMaria Lopez (0:06): Thanks, Tom.\n\nTom Becker (0:08): Why do cities keep flooding?\n\nMaria Lopez (0:11): ${answer}\n\nTom Becker (0:25): Give me an example.\n\nMaria Lopez (0:27): Valencia in 1957.\n`;
  it('takes them out of the words, in the text and the HTML (they were read as words)', () => {
    for (const answer of ['Because every city builds against the flood it remembers. (0:15) And the next one is always different. (0:19) That is the whole problem.', 'Because every city builds against the flood it remembers. [00:00:15] And the next one is always different. [00:00:19] That is the whole problem.', 'Because every city builds against the flood it remembers.\n(0:15)\nAnd the next one is always different.\n(0:19)\nThat is the whole problem.', 'Because every city builds against the flood it remembers.  \n(0:15)  \nAnd the next one is always different.  \n(0:19)  \nThat is the whole problem.']) {
      const turn = ingest(file(answer), 'timed.md').transcript.sections[0]!.turns[3]!;
      expect([turn.speaker, turn.time, turn.paragraphs.map((p) => p.text.replace(/\s+/g, ' '))]).toEqual(['Maria Lopez', 11, ['Because every city builds against the flood it remembers. And the next one is always different. That is the whole problem.']]);
      expect(turn.paragraphs[0]!.html).not.toMatch(/\d:\d\d/);
    }
  });
  it('keeps a time the words say, not between sentences, and every time in a file whose turns are not timed', () => {
    const said = ingest(file('We met at (10:30) sharp, every Monday.'), 'timed.md');
    expect(turnsOf(said)[3]!.paragraphs).toEqual(['We met at (10:30) sharp, every Monday.']);
    const untimed = ingest('# City Works\n\nTom Becker: Why do cities flood?\n\nMaria Lopez: Because they remember. (1:15) That is chapter one.\n\nTom Becker: And then?\n\nMaria Lopez: They forget.\n', 'untimed.md');
    expect(turnsOf(untimed)[1]!.paragraphs).toEqual(['Because they remember. (1:15) That is chapter one.']);
  });
});

describe('a panel where a panelist asks back (“Can I add something?”), the moderator turning to each by first name', () => {
  const panel = (moderator: string, dek = 'A panel at the Water Summit 2026.') => `# The future of flood defence\n\n${dek}\n\n${moderator}: Welcome, everyone. Let me introduce our panel.\n\nMaria Lopez: Thanks, Ana.\n\nPaul Kim: Glad to be here.\n\nAna Silva: Maria, what's the biggest mistake cities make?\n\nMaria Lopez: Building for the last flood.\n\nAna Silva: Paul?\n\nPaul Kim: I'd say ignoring the money.\n\nMaria Lopez: Can I add something? The money and the maps go together.\n\nAna Silva: Thank you both.\n`;
  it('reads `(moderator, City Works)` after the name as her role and where she comes from, out of her words (they opened with it)', () => {
    const r = ingest(panel('Ana Silva (moderator, City Works)'), 'panel.md');
    expect(spoken(r)[0]).toBe('Ana Silva (interviewer): Welcome, everyone. Let me introduce our panel.');
  });
  it('keeps the panelist a guest, by the moderator’s label or without it (she was a second moderator)', () => {
    for (const moderator of ['Ana Silva (moderator, City Works)', 'Ana Silva (moderator)', 'Ana Silva']) {
      const r = ingest(panel(moderator), 'panel.md');
      expect([moderator, r.transcript.interviewer, r.transcript.guest]).toEqual([moderator, 'Ana Silva', 'Maria Lopez, Paul Kim']);
    }
  });
  const show = (dek: string) => `# Episode 88: Maria Lopez on floods\n\n${dek}\n\nBEN: Maria, let's start with Valencia. What happened?\n\nMARIA: The river flooded in 1957 and the city decided to move it.\n\nDANA: Did people fight it?\n\nMARIA: Some did. Farmers, mostly.\n\nBEN: Dana, you grew up near a river too, right?\n\nDANA: I did, the Ohio. We had a flood every ten years.\n\nMARIA: Then you know exactly what I mean.\n\nDANA: It was mostly the basements. Everyone kept their boxes upstairs.\n\nBEN: That's all for today. Thanks, Maria.\n`;
  it('keeps a co-host asked by name a host where the dek says so, “with your hosts Ben Hart and Dana Cole” too (she was a guest)', () => {
    for (const dek of ['Welcome to Flood Talk, with your hosts Ben Hart and Dana Cole.', 'Flood Talk is hosted by Ben Hart and Dana Cole.']) {
      const r = ingest(show(dek), 'show.md');
      expect([dek, r.transcript.interviewer, r.transcript.guest]).toEqual([dek, 'Ben Hart, Dana Cole', 'Maria Lopez']);
    }
    // (And one who introduces the guest by her job, "Today our guest is hydrologist Maria Lopez".)
    const opened = ingest(show('Welcome to Flood Talk.').replace('BEN: Maria,', "BEN: Hi everyone, I'm Ben Hart.\n\nDANA: Today our guest is hydrologist Maria Lopez.\n\nBEN: Maria,"), 'show.md');
    expect([opened.transcript.interviewer, opened.transcript.guest]).toEqual(['Ben Hart, Dana', 'Maria Lopez']);
  });
});

describe('a Q&A in Czech, Finnish, Swedish, Indonesian, Romanian, Vietnamese or Turkish whose dek names the guest inflected or says who talked with her', () => {
  const qa = (title: string, dek: string, q: string, a: string) => ingest(`# ${title}\n\n${dek}\n\n${q} Why?\n\n${a} Because.\n\n${q} And then?\n\n${a} Valencia, 1957.\n`, 'qa.md');
  it('names the guest a Czech dek writes only in the instrumental, `Marií Lopezovou` (the guest was the interviewer, Tom Becker)', () => {
    const r = qa('Rozhovor s Marií Lopezovou', 'S hydroložkou Marií Lopezovou se sešel Tom Becker.', 'Otázka:', 'Odpověď:');
    expect(who(r)).toEqual(['Interviewer (interviewer)', 'Marie Lopezová (guest)', 'Interviewer (interviewer)', 'Marie Lopezová (guest)']);
  });
  it('names the guest without the case ending a Finnish dek writes on her name, `Maria Lopezin`, as the headline writes it (“Guest”: a tie with the interviewer)', () => {
    const r = qa('Haastattelu: Maria Lopez', 'Tom Becker keskusteli hydrologi Maria Lopezin kanssa.', 'Kysymys:', 'Vastaus:');
    expect(r.transcript.guest).toBe('Maria Lopez');
  });
  it('names the interviewer by who talked with the guest (it was unnamed)', () => {
    for (const [title, dek, q, a] of [
      ['Rozhovor s Marií Lopezovou', 'S hydroložkou Marií Lopezovou mluvil Tom Becker.', 'Otázka:', 'Odpověď:'],
      ['Intervju med Maria Lopez', 'Tom Becker har talat med hydrologen Maria Lopez.', 'Fråga:', 'Svar:'],
      ['Wawancara dengan Maria Lopez', 'Tom Becker berbicara dengan ahli hidrologi Maria Lopez.', 'Tanya:', 'Jawab:'],
      ['Interviu cu Maria Lopez', 'Tom Becker a stat de vorbă cu hidrologul Maria Lopez.', 'Întrebare:', 'Răspuns:'],
      ['Phỏng vấn Maria Lopez', 'Tom Becker trò chuyện với nhà thủy văn học Maria Lopez.', 'Hỏi:', 'Đáp:'],
      ['Maria Lopez ile söyleşi', 'Tom Becker, hidrolog Maria Lopez ile konuştu.', 'Soru:', 'Cevap:'],
      ['Maria Lopez ile söyleşi', "Tom Becker, İstanbul'da Maria Lopez'le görüştü.", 'Soru:', 'Cevap:'],
    ]) expect([title, who(qa(title!, dek!, q!, a!))[0]]).toEqual([title, 'Tom Becker (interviewer)']);
  });
});

describe('a show’s name in its headline (`City Works 12`) that reads as a person’s, the host saying "Welcome to City Works"', () => {
  const show = (intro: string) => ingest(`# City Works 12\n\n**Host** (00:00): Welcome to City Works. ${intro}\n\n**Guest** (00:04): Thanks for having me.\n\n**Host** (00:06): Why do cities keep flooding?\n\n**Guest** (00:09): Because every city builds against the flood it remembers.\n`, 'show.md');
  it('never names the guest after the show (the answers were “City Works”’s)', () => {
    expect(who(show('My guest today is Maria Lopez.'))[1]).toBe('Maria Lopez (guest)');
    expect(who(show('Today we talk about floods.'))[1]).toBe('Guest (guest)');
  });
});

describe('a diarized transcript (`Speaker 0: 00:00:00` above the words) whose front matter lists the people, the host turning to each by first name', () => {
  const file = (list: string[], turns: string) => `---\ntitle: Floods, Maps and Money\nspeakers:\n${list.map((n) => `  - ${n}\n`).join('')}---\n\n${turns}`;
  const turns = (pairs: [number, string][]) => pairs.map(([k, t], i) => `Speaker ${k}: 00:00:${String(i * 3).padStart(2, '0')}\n\n${t}\n`).join('\n');
  const panel = turns([[0, 'Welcome back. Today I have two guests, Maria Lopez and Paul Kim.'], [1, 'Thanks for having me.'], [2, 'Hi, glad to be here.'], [0, 'Maria, why do cities keep flooding?'], [1, 'Because every city builds against the flood it remembers.'], [0, 'Paul, do you agree?'], [2, 'Mostly. Money matters more.']]);
  it('names each one the host asks by name, the one who speaks next, and the host the name left, said in a warning (all three were placeholders)', () => {
    const r = ingest(file(['Maria Lopez', 'Tom Becker', 'Paul Kim'], panel), 'diarized.md');
    expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Paul Kim (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Paul Kim (guest)']);
    expect(r.transcript.warnings.map((w) => w.message)).toEqual(["'Speaker 1' as Maria Lopez, 'Speaker 2' as Paul Kim, 'Speaker 0' as Tom Becker: named only by how the speakers address each other"]);
  });
  it('keeps the host a placeholder who asks where the list names only the guests, never one of them (a guest was the host)', () => {
    const r = ingest(file(['Maria Lopez', 'Paul Kim'], panel), 'diarized.md');
    expect(who(r)).toEqual(['Speaker 0 (interviewer)', 'Maria Lopez (guest)', 'Paul Kim (guest)', 'Speaker 0 (interviewer)', 'Maria Lopez (guest)', 'Speaker 0 (interviewer)', 'Paul Kim (guest)']);
  });
  it('hands the floor to the one named, not back to a voice that broke in (`Speaker 2`, "this is Paul from the production team")', () => {
    const r = ingest(file(['Maria Lopez', 'Tom Becker'], turns([[0, "Welcome back to City Works. I'm Tom Becker, and today I'm joined by Maria Lopez."], [1, 'Thanks, Tom. Great to be here.'], [0, 'Tell me about Valencia.'], [1, 'In 1957 the river flooded the old town.'], [2, 'Sorry to jump in, this is Paul from the production team, we lost the audio.'], [0, 'No problem. Maria, go on.'], [1, 'So they moved the river.']])), 'diarized.md');
    expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Speaker 2 (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
  });
});

describe('a talk whose one speaker the front matter lists, labelling nothing, a moderator handing her the floor first (`Moderator: ... Please welcome Maria Lopez.`), then `Audience member:` questions', () => {
  const talk = (welcome: string) => ingest(`---\ntitle: Why cities keep flooding\nspeakers: [Maria Lopez]\n---\n\nModerator: Good afternoon everyone. ${welcome}\n\nThank you. It's great to be here in Lisbon.\n\nI want to talk about one idea today: every city builds against the flood it remembers.\n\nIn Valencia, the city moved the whole river after 1957.\n\nModerator: Yes, we have a few minutes. Let's start in the front.\n\nAudience member: Thank you. How do you convince a city council to pay for maps?\n\nShow them their own street under water.\n\nAudience member: What about insurance companies?\n\nThey are the best allies you have.\n\nModerator: Please join me in thanking Maria Lopez.\n`, 'talk.md');
  it('gives her the talk and every answer (the talk was the moderator’s words, an answer the audience member’s)', () => {
    expect(who(talk('Please welcome Maria Lopez.'))).toEqual(['Moderator (interviewer)', 'Maria Lopez (guest)', 'Moderator (interviewer)', 'Audience member (other)', 'Maria Lopez (guest)', 'Audience member (other)', 'Maria Lopez (guest)', 'Moderator (interviewer)']);
    expect(turnsOf(talk('Please welcome Maria Lopez.'))[1]!.paragraphs).toHaveLength(3);
    expect(talk('Please welcome Maria Lopez.').transcript.warnings.map(formatDiagnostic)).toEqual(["talk.md:8: warning: the unlabelled paragraphs are read as the talk and the answers of Maria Lopez, whom the first turn hands the floor to. Fix: if someone else says them, label them (`Name: ...`)"]);
  });
  it('so where the moderator is labelled by her name, or without front matter, by the name she hands the floor to (the moderator was the guest, saying it all)', () => {
    const named = ingest(`---\ntitle: Why cities keep flooding\nspeakers: [Maria Lopez]\n---\n\nAna Silva: Good afternoon. Please welcome Maria Lopez.\n\nThank you. It's great to be here.\n\nEvery city builds against the flood it remembers.\n\nAudience member: How do you convince a city council?\n\nShow them their own street under water.\n\nAna Silva: Please join me in thanking Maria Lopez.\n`, 'named.md');
    expect(who(named)).toEqual(['Ana Silva (interviewer)', 'Maria Lopez (guest)', 'Audience member (other)', 'Maria Lopez (guest)', 'Ana Silva (interviewer)']);
    const bare = ingest("# Why cities keep flooding\n\nModerator: Good afternoon. Please welcome Maria Lopez.\n\nThank you. It's great to be here.\n\nEvery city builds against the flood it remembers.\n\nAudience member: How do you convince a city council?\n\nShow them their own street under water.\n\nModerator: Please join me in thanking Maria Lopez.\n", 'bare.md');
    expect(who(bare)).toEqual(['Moderator (interviewer)', 'Maria Lopez (guest)', 'Audience member (other)', 'Maria Lopez (guest)', 'Moderator (interviewer)']);
  });
});

describe('a chapter’s line between turns closing with its time, bold or not (`**Valencia [12:30]**`, `Valencia [12:30]`)', () => {
  it('heads a part named without the time, as it would without it (it was the guest’s last words)', () => {
    for (const line of ['**Valencia [12:30]**', 'Valencia [12:30]', '**Valencia** [12:30]', 'Valencia (12:30)']) {
      const r = ingest(`# City Works 41\n\nTom Becker: Welcome. My guest is Maria Lopez.\n\nMaria Lopez: Thanks, Tom.\n\n${line}\n\nTom Becker: Tell me about Valencia.\n\nMaria Lopez: The river flooded in 1957.\n\nTom Becker: And then?\n\nMaria Lopez: They moved it.\n`, 'chapters.md');
      expect([line, r.transcript.sections.map((s) => s.heading), turnsOf(r)[1]!.paragraphs]).toEqual([line, [null, 'Valencia'], ['Thanks, Tom.']]);
    }
  });
});

describe('a Q&A’s last answer one word like a page’s button (`What do you miss most?` / `Home.`)', () => {
  const qa = (last: string) => ingest(`# Five questions for Maria Lopez\n\nMaria Lopez builds furniture by hand.\n\n**How did you start?**\n\nMy grandfather had a shed full of tools.\n\n**What is the hardest part?**\n\nFinding good timber.\n\n**What do you miss most when you travel?**\n\n${last}\n`, 'qa.md');
  it('is the answer, not the page’s button (it was removed, the question left unanswered)', () => {
    const r = qa('Home.');
    expect(spoken(r).at(-1)).toBe('Maria Lopez (guest): Home.');
    expect(r.transcript.removed).toEqual([]);
  });
  it('a button without a stop is the page’s still (guard)', () => {
    expect(qa('Home').transcript.removed.map((x) => x.text)).toEqual(['Home']);
  });
});

describe('a newspaper page’s furniture between turns: `Continue reading below` under an advertisement, a sign-up box set as a quote', () => {
  it('removes them, recorded; neither is the guest’s words (both lines were)', () => {
    expectRemovedBetweenTurns('ADVERTISEMENT\n\nContinue reading below');
    expectRemovedBetweenTurns('> **Sign up to Climate Weekly**\n>\n> Our free newsletter on the climate crisis. [Sign up](https://example.com/newsletters)');
  });
  it('removes a sign-up box’s heading alone (`Subscribe to our newsletter`, `Sign up for our daily briefing`) and `This story continues after the ad.` (the first was a part’s heading, the others the guest’s words)', () => {
    for (const line of ['Subscribe to our newsletter', 'Sign up for our daily briefing', 'This story continues after the ad.']) expectRemovedBetweenTurns(line);
  });
  it('keeps a quote of the guest’s own that names a newsletter (guard)', () => {
    const r = betweenTurns('> I wrote about it in my newsletter last year, and nobody read it.');
    expect(r.transcript.removed).toEqual([]);
  });
});

describe('a newspaper’s interview page copied as plain text: the headline over its dek and byline, questions alone on their lines, a sign-up box, the page’s sections and comments after the last answer', () => {
  const page = ["Skip to main content", '', 'Climate | Interview', '', "'Every city builds against the flood it remembers'", '', 'The hydrologist Maria Lopez on Valencia, maps and money', '', 'By Tom Becker', '', 'Why do cities keep flooding?', '', 'Because every city builds against the flood it remembers. The next one is always different.', '', 'Can you give me an example?', '', 'Valencia in 1957. They moved the whole river south of town.', '', 'Sign up to Climate Weekly', '', 'Our free newsletter on the climate crisis. Sign up', '', 'What should a mayor do first?', '', 'Map where the water went last time.', '', 'Is there any hope?', '', 'Yes. Cities are finally sharing their maps.', '', 'Tom Becker is City News’s climate correspondent.', '', 'Explore more on these topics', '', 'Floods', '', 'Valencia', '', 'Most viewed', '', '1. Storm warning issued for the coast', '', 'Comments (12)', '', 'riverwatcher 3 Mar 2026 8:12', '', 'Great interview. Why do cities never learn?', '', 'Maria_L 3 Mar 2026 9:01', '', 'They do learn, just too late.', ''].join('\n');
  const r = ingest(page, 'page.txt');
  it('keeps the readers’ comments and the page’s links out of the interview (a comment was the interviewer’s question), and the box out of the answers', () => {
    expect(spoken(r)).toEqual([
      'Tom Becker (interviewer): Why do cities keep flooding?',
      'Maria Lopez (guest): Because every city builds against the flood it remembers. The next one is always different.',
      'Tom Becker (interviewer): Can you give me an example?',
      'Maria Lopez (guest): Valencia in 1957. They moved the whole river south of town.',
      'Tom Becker (interviewer): What should a mayor do first?',
      'Maria Lopez (guest): Map where the water went last time.',
      'Tom Becker (interviewer): Is there any hope?',
      'Maria Lopez (guest): Yes. Cities are finally sharing their maps.',
    ]);
    expect(r.transcript.sections.map((s) => s.heading)).toEqual([null]);
    expect(r.transcript.outro.map((p) => p.text)).toEqual(['Tom Becker is City News’s climate correspondent.']);
  });
  it('titles it by the headline over its dek and byline (it was titled by the file’s name)', () => {
    expect(r.transcript.title).toBe("'Every city builds against the flood it remembers'");
  });
});

describe('a card for another page set as a bold label above the interview (`**Case Study:** Thomson Reuters`, `**See also:** ...`)', () => {
  it('is no speaker: the card is the page’s, the interview’s labels its speakers (the card took the intro as its words)', () => {
    for (const card of ['**Case Study:** Rhine Works', '**See also:** Rhine Works', '**Further reading:** Rhine Works']) {
      const r = ingest(`# Rhine Works on bridges\n\n${card}\n\nRhine Works builds bridges. We talked to its chief engineer.\n\n**Tom Becker:** Why timber?\n\n**Maria Lopez:** Because of carbon.\n\n**Tom Becker:** And fire?\n\n**Maria Lopez:** It chars.\n`, 'card.md');
      expect([card, who(r)]).toEqual([card, ['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']]);
    }
  });
});

describe('a role word naming its speaker in capitals once (`PRESENTER (TOM BECKER):`), then the role word alone', () => {
  it('shows one person, as the text writes the name (the later turns showed “TOM BECKER”, a second interviewer)', () => {
    const r = ingest('TODAY\n\nPRESENTER (TOM BECKER): Our guest is the hydrologist Maria Lopez. Good morning.\n\nMARIA LOPEZ: Good morning.\n\nPRESENTER: Why do cities keep flooding?\n\nLOPEZ: Because they remember.\n\nPRESENTER: Thank you.\n', 'radio.txt');
    expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)']);
    expect(r.transcript.interviewer).toBe('Tom Becker');
  });
});

describe('a break marked between rules or named as podcasts name their ads (`--- BREAK ---`, `(Mid-roll ad)`, `[Commercial break]`)', () => {
  it('is removed, recorded, not the guest’s words', () => {
    for (const mark of ['--- BREAK ---', '=== AD BREAK ===', '(Mid-roll ad)', '[Commercial break]', '[Sponsor message]']) expectRemovedBetweenTurns(mark);
  });
  it('keeps words between rules that are no break (guard)', () => {
    expect(betweenTurns('--- Part two ---').transcript.removed).toEqual([]);
  });
});

describe('a panel labelled by surnames in capitals beside `Moderator:`, one panelist speaking once (`WEI:`), then the audience', () => {
  const panel = 'Bridges after the flood: a panel\n\nModerator: Good evening. With me are Maria Lopez from Rhine Works, Paul Kim from the city, and Li Wei from the university.\n\nLOPEZ: Thank you for having us.\n\nModerator: Maria, what did the flood do?\n\nLOPEZ: It washed out two piers.\n\nModerator: Paul, who pays?\n\nKIM: The city, in the end.\n\nWEI: And the university can help with the monitoring.\n\nModerator: Questions from the audience?\n\nAUDIENCE MEMBER: When will it reopen?\n\nKIM: Next spring.\n\nModerator: Thank you all.\n';
  it('gives the once-labelled panelist her own turn, under her full name (it was the last speaker’s words, label and all)', () => {
    const r = ingest(panel, 'panel.txt');
    expect(spoken(r)[6]).toBe('Li Wei (guest): And the university can help with the monitoring.');
    expect(who(r)).toEqual(['Moderator (interviewer)', 'Maria Lopez (guest)', 'Moderator (interviewer)', 'Maria Lopez (guest)', 'Moderator (interviewer)', 'Paul Kim (guest)', 'Li Wei (guest)', 'Moderator (interviewer)', 'Audience member (other)', 'Paul Kim (guest)', 'Moderator (interviewer)']);
  });
  it('keeps a capitals word once that the text names nowhere as words (guard)', () => {
    const r = ingest(panel.replace('WEI: And', 'NOTE: And'), 'panel.txt');
    expect(spoken(r)[5]).toBe('Paul Kim (guest): The city, in the end. | NOTE: And the university can help with the monitoring.');
  });
});

describe('a dek naming the interviewer as a reporter who met the guest, or spoke to her (`Our reporter Tom Becker met Maria Lopez ...`)', () => {
  const qa = (dek: string) => ingest(`The bridge inspector\n\n${dek}\n\nQ: How did you start?\n\nA: By accident. My father built roads.\n\nQ: What is most dangerous for a bridge?\n\nA: Water. It gets into the cracks.\n`, 'dek.txt');
  it('names both (the guest was “Guest”, the two names given equally often)', () => {
    for (const dek of ['Our reporter Tom Becker met Maria Lopez on the old Rhine bridge.', 'Our reporter Tom Becker spoke to Maria Lopez on the old Rhine bridge.', 'Correspondent Tom Becker visited Maria Lopez at the old Rhine bridge.', 'Tom Becker interviewed Maria Lopez on the old Rhine bridge.']) {
      const r = qa(dek);
      expect([dek, r.transcript.interviewer, r.transcript.guest]).toEqual([dek, 'Tom Becker', 'Maria Lopez']);
    }
  });
  it('does not read who met whom, or spoke to whom, without a reporter’s job (guard)', () => {
    expect(qa('Tom Becker met Maria Lopez on the old Rhine bridge.').transcript.interviewer).toBeNull();
    expect(qa('Tom Becker spoke to Maria Lopez on the old Rhine bridge.').transcript.interviewer).toBeNull();
  });
});

describe('a podcast page’s apps after “Subscribe on” without a colon (`Subscribe on Apple Podcasts | Spotify | YouTube`)', () => {
  it('is removed as the page’s chrome (it was the intro)', () => {
    const r = ingest('# Episode 12: Bridges\n\nSubscribe on Apple Podcasts | Spotify | YouTube\n\nTom Becker: Welcome. My guest is Maria Lopez.\n\nMaria Lopez: Thanks, Tom.\n\nTom Becker: Why bridges?\n\nMaria Lopez: My father built roads.\n', 'ep.md');
    expect(r.transcript.intro).toEqual([]);
    expect(r.transcript.removed.map((x) => x.text)).toEqual(['Subscribe on Apple Podcasts | Spotify | YouTube']);
  });
  it('keeps a line of buttons that opens with “Listen” and no “on” (guard)', () => {
    const r = ingest('# Episode 12: Bridges\n\nListen | Share\n\nTom Becker: Welcome. My guest is Maria Lopez.\n\nMaria Lopez: Thanks, Tom.\n\nTom Becker: Why bridges?\n\nMaria Lopez: My father built roads.\n', 'ep.md');
    expect(r.transcript.removed.map((x) => x.text)).toEqual(['Listen | Share']);
  });
});

describe('a broadcast transcript whose labels give the network and a rank before the role (`ANA SILVA, CNN SENIOR CORRESPONDENT:`)', () => {
  it('reads the role: a correspondent’s report is on neither side (she was a guest)', () => {
    const r = ingest('BRIDGES AT RISK\n\nTOM BECKER, CNN ANCHOR: Good evening. With me is the engineer Maria Lopez.\n\nMARIA LOPEZ, STRUCTURAL ENGINEER: Thanks, Tom.\n\nBECKER: How bad is it?\n\nLOPEZ: Bad. One in ten bridges has not been inspected.\n\nANA SILVA, CNN SENIOR CORRESPONDENT: This is the old Rhine bridge. Its piers were last inspected in 2019.\n\nBECKER: Maria, what should the city do?\n\nLOPEZ: Hire inspectors.\n', 'cnn.txt');
    expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Ana Silva (other)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
  });
});

describe('a contents list above the interview without times (`Table of Contents`, then each part’s title, or a list of links to them)', () => {
  const parts = (contents: string) => `Transcript for Maria Lopez: Bridges | Spans #212\n\n${contents}\n\nIntroduction\n\nTom Becker\n(00:00:00) The following is a conversation with Maria Lopez.\n\nMaria Lopez\n(00:00:12) Thanks for having me, Tom.\n\nWater\n\nTom Becker\n(00:10:02) What is the most dangerous thing for a bridge?\n\nMaria Lopez\n(00:10:05) Water. It gets into the cracks.\n\nMoney\n\nTom Becker\n(00:20:00) And money?\n\nMaria Lopez\n(00:20:04) There is never enough.\n`;
  it('goes as the contents, each part’s title staying its section’s heading (two headings were removed as spam, the list kept as the intro)', () => {
    const r = ingest(parts('Table of Contents\nHere are the loose "chapters" in the conversation.\nIntroduction\nWater\nMoney'), 'lex.txt');
    expect(r.transcript.sections.map((s) => s.heading)).toEqual(['Introduction', 'Water', 'Money']);
    expect(r.transcript.intro.map((p) => p.text)).toEqual(['Here are the loose "chapters" in the conversation.']);
    expect(r.transcript.removed.map((x) => `${x.text} (${x.reason})`)).toEqual(['Table of Contents', 'Introduction', 'Water', 'Money'].map((t) => `${t} (the contents list, read as the sections)`));
  });
  it('goes as a Markdown list of links to the parts too', () => {
    const r = ingest('# Maria Lopez on bridges\n\n## Contents\n\n- [Introduction](#introduction)\n- [Water](#water)\n\n## Introduction\n\n**Tom Becker:** Welcome, Maria Lopez.\n\n**Maria Lopez:** Thanks, Tom.\n\n## Water\n\n**Tom Becker:** What is most dangerous?\n\n**Maria Lopez:** Water.\n', 'toc.md');
    expect(r.transcript.intro).toEqual([]);
    expect(r.transcript.sections.map((s) => s.heading)).toEqual(['Introduction', 'Water']);
    expect(r.transcript.removed.map((x) => x.text)).toEqual(['## Contents', '- [Introduction](#introduction)', '- [Water](#water)']);
  });
  it('keeps lines above the interview that no part is titled by, and a list without its header (guard)', () => {
    const r = ingest(parts('Introduction\nWater\nMoney'), 'lex.txt');
    expect(r.transcript.removed.filter((x) => /contents/.test(x.reason))).toEqual([]);
  });
});

describe('readers’ questions labelled with who asks and the verb (`**Jane Doe, Bonn, asks:**`, `Karl Meier fragt:`)', () => {
  it('gives each question to the reader who asks it, the label off the words (it was the interviewer’s, “Jane Doe, Bonn, asks:” in the words)', () => {
    const r = ingest('# You asked: Maria Lopez answers\n\nWe invited readers to send their questions to the engineer Maria Lopez.\n\n**Jane Doe, Bonn, asks:** How often are bridges inspected?\n\nEvery two years, in most states.\n\n**Karl Meier asks:** Is the Rhine bridge safe?\n\nYes. We closed it for a week to be sure.\n', 'readers.md');
    expect(spoken(r)).toEqual(['Jane Doe (interviewer): How often are bridges inspected?', 'Maria Lopez (guest): Every two years, in most states.', 'Karl Meier (interviewer): Is the Rhine bridge safe?', 'Maria Lopez (guest): Yes. We closed it for a week to be sure.']);
  });
  it('leaves a sentence whose subject asks something of someone as words (guard)', () => {
    const r = ingest('# Bridges\n\n**Tom Becker:** What did the mayor say?\n\n**Maria Lopez:** The mayor asks: who pays for it? Nobody knows.\n\n**Tom Becker:** And you?\n\n**Maria Lopez:** I pay.\n', 'g.md');
    expect(spoken(r)[1]).toBe('Maria Lopez (guest): The mayor asks: who pays for it? Nobody knows.');
    const everyone = ingest('# Bridges\n\n**Tom Becker:** What do people ask you?\n\n**Maria Lopez:** It is always the same.\n\nEveryone asks: is it safe?\n\n**Tom Becker:** And is it?\n\n**Maria Lopez:** Yes.\n', 'g.md');
    expect(spoken(everyone)[1]).toBe('Maria Lopez (guest): It is always the same. | Everyone asks: is it safe?');
  });
});

describe('a French paper’s page copied as text: the headline in French quotation marks, its buttons (`Lire plus tard`) between the byline and the first question', () => {
  const page = "Aller au contenu principal\nLe Quotidien du Rhin\nS'abonner\n\nSciences\nEntretien\n« L'eau est l'ennemie de tous les ponts »\n\nPour l'ingénieure Maria Lopez, qui inspecte des ponts depuis vingt ans, le vrai danger n'est pas le trafic.\n\nPropos recueillis par Tom Becker\nPublié le 3 mars 2026 à 06h00\nArticle réservé aux abonnés\nLire plus tard\nPartager\n\nComment êtes-vous arrivée aux ponts ?\n\nPar hasard. Mon père construisait des routes.\n\nQu'est-ce qui est le plus dangereux pour un pont ?\n\nL'eau. Elle entre dans les fissures.\n\nEt l'argent ?\n\nIl n'y en a jamais assez.\n";
  it('is titled by the headline, spaced quotation marks and all (it was the file’s name)', () => {
    const r = ingest(page, 'page.txt');
    expect(r.transcript.title).toBe("« L'eau est l'ennemie de tous les ponts »");
    expect(r.transcript.sections.map((s) => s.heading)).toEqual([null]);
  });
  it('removes the button `Lire plus tard` (it headed the interview as its first section), and `Save for later` or `Später lesen` likewise', () => {
    for (const button of ['Lire plus tard', 'Save for later', 'Später lesen']) {
      const r = ingest(page.replace('Lire plus tard', button), 'page.txt');
      expect([button, r.transcript.removed.some((x) => x.text === button), r.transcript.sections[0]!.heading]).toEqual([button, true, null]);
    }
  });
});

describe('a Spanish paper’s links to other pages under `Más información` after the last answer', () => {
  it('go as the page’s (they were the outro)', () => {
    const r = ingest('María López: "El agua es la enemiga de los puentes"\n\nLa ingeniera inspecciona puentes desde hace veinte años.\n\nPregunta. ¿Cómo empezó?\n\nRespuesta. Por casualidad.\n\nP. ¿Y el dinero?\n\nR. Nunca alcanza.\n\nMás información\nLos puentes de Madrid, bajo vigilancia\n', 'elpais.txt');
    expect(r.transcript.outro).toEqual([]);
    expect(r.transcript.removed.map((x) => x.text)).toEqual(['Más información', 'Los puentes de Madrid, bajo vigilancia']);
  });
});

describe('a German paper’s Q&A copied as text with its labels in bold, a credit line in bold above it (`**Interview:** Tom Becker`)', () => {
  const page = (credit: string) => `"Wasser ist der Feind jeder Brücke"\n\nDie Ingenieurin Maria Lopez prüft seit zwanzig Jahren Brücken. Ein Gespräch über Risse und Geld.\n\n${credit}\n\n**ZEIT ONLINE:** Frau Lopez, wie sind Sie zu den Brücken gekommen?\n\n**Maria Lopez:** Durch Zufall. Mein Vater hat Straßen gebaut.\n\n**ZEIT ONLINE:** Und das Geld?\n\n**Lopez:** Es reicht nie.\n`;
  it('keeps the credit line in the intro, no speaker (it was a guest “Interview” saying “Tom Becker”)', () => {
    for (const credit of ['**Interview:** Tom Becker', '**Fotos:** Ana Silva und Paul Kim']) {
      const r = ingest(page(credit), 'zeit.txt');
      expect([credit, who(r)[0], r.transcript.intro.at(-1)!.text]).toEqual([credit, 'Zeit Online (interviewer)', credit.replace(/\*\*/g, '')]);
    }
  });
  it('is titled by its first line, as a text file is (it was the file’s name)', () => {
    expect(ingest(page('Interview: Tom Becker'), 'zeit.txt').transcript.title).toBe('"Wasser ist der Feind jeder Brücke"');
  });
  it('still reads a credit’s word that labels a turn under the first question as a speaker’s (guard)', () => {
    const r = ingest('# Bridges\n\n**Tom Becker:** Who took the photos?\n\n**Maria Lopez:** My colleague.\n\n**Photos:** Ana Silva took them, yes.\n\n**Tom Becker:** Thanks.\n\n**Maria Lopez:** Thank you.\n', 'g.md');
    expect(who(r)).toContain('Photos (guest)');
  });
});

describe('Descript’s Markdown export: a bold name, its time linked to the recording inside parentheses, a colon (`**Tom Becker** ([00:00:04](https://...)): ...`)', () => {
  it('reads each as a timed label, the link no part of the words (the build failed: no label)', () => {
    const r = ingest('# Spans 12\n\n**Tom Becker** ([00:00:04](https://share.example.com/view/abc?t=4)): Welcome. My guest is Maria Lopez. How did you start?\n\n**Maria Lopez** ([00:00:09](https://share.example.com/view/abc?t=9)): By accident.\n\n**Tom Becker** ([00:01:20](https://share.example.com/view/abc?t=80)): And water?\n\n**Maria Lopez** ([00:01:24](https://share.example.com/view/abc?t=84)): It gets into the cracks.\n', 'descript.md');
    expect(spoken(r)).toEqual(['Tom Becker (interviewer): Welcome. My guest is Maria Lopez. How did you start?', 'Maria Lopez (guest): By accident.', 'Tom Becker (interviewer): And water?', 'Maria Lopez (guest): It gets into the cracks.']);
    expect(turnsOf(r).map((t) => t.time)).toEqual([4, 9, 80, 84]);
  });
});

describe('a company’s blog Q&A whose dek names the company as often as its person, or more (`Maria Lopez leads data science at Rhine Bio`)', () => {
  it('names the person the guest, never the company (the answers were “Rhine Bio”’s and “Rhine Works”’s)', () => {
    const blog = ingest('---\ntitle: "AI readiness in the lab"\n---\n\n*Maria Lopez leads data science at Rhine Bio. Tom Becker, our editor, asked her about getting labs ready for AI.*\n\n**What does "AI-ready" mean for a lab?**\n\nYour data is structured before anyone trains anything.\n\n**Where do teams go wrong?**\n\nThey buy tools first.\n\n*Tom Becker is the editor of the Rhine Bio blog.*\n', 'blog.md');
    expect(who(blog)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
    const story = ingest('# How Rhine Works inspects 4,000 bridges\n\nRhine Works is Europe’s largest inspection firm. We spoke with Maria Lopez, Head of Engineering.\n\n![Maria Lopez, Head of Engineering at Rhine Works](https://example.com/lopez.jpg)\n\n## What problem were you solving?\n\nWe had 4,000 bridges and forty engineers.\n\n## What’s next?\n\nSensors.\n', 'story.md');
    expect(story.transcript.guest).toBe('Maria Lopez');
  });
  it('takes the writer’s note closing it for the outro, “is the editor of” too (it was the guest’s last words)', () => {
    const blog = ingest('---\ntitle: "AI readiness in the lab"\n---\n\n*Maria Lopez leads data science at Rhine Bio.*\n\n**What does "AI-ready" mean?**\n\nYour data is structured first.\n\n**Where do teams go wrong?**\n\nThey buy tools first.\n\n*Tom Becker is the editor of the Rhine Bio blog.*\n', 'blog.md');
    expect(blog.transcript.outro.map((p) => p.text)).toEqual(['Tom Becker is the editor of the Rhine Bio blog.']);
    expect(turnsOf(blog).at(-1)!.paragraphs).toEqual(['They buy tools first.']);
  });
  it('names the one the headline names by a job and the dek holds it, though the dek names the company and its product more (`Rhine Works CTO on ...`, "Maria Lopez, CTO of Rhine Works, sat down with...")', () => {
    const r = ingest('# Rhine Corp CTO on piloting Salt Watch\n\nRhine Corp builds tools for bridge inspectors. Internally, Rhine Corp has added Salt Watch as a core capability. Maria Lopez, CTO of Rhine Corp, sat down with us to discuss how the company approaches Salt Watch.\n\nQ: How did it start?\n\nA: With a pilot.\n\nQ: And now?\n\nA: Everyone uses Salt Watch.\n', 'cto.md');
    expect(r.transcript.guest).toBe('Maria Lopez');
    expect(who(r)[1]).toBe('Maria Lopez (guest)');
  });
  it('keeps a company the guest where the dek names no person (guard)', () => {
    const r = ingest('# Rhine Works on bridges\n\nWe asked Rhine Works about its bridges. Rhine Works answered in writing.\n\n**Why timber?**\n\nBecause of carbon.\n\n**And fire?**\n\nIt chars.\n', 'co.md');
    expect(r.transcript.guest).toBe('Rhine Works');
  });
});

describe('a first name labelling one turn with two letters swapped (`Mraia:` among `Maria:`)', () => {
  const chat = (slip: string) => ingest(`Bridges, a talk\n\nTom: Welcome, Maria. How did you start?\n\nMaria: By accident.\n\nTom: And what is most dangerous?\n\n${slip}: Water.\n\nTom: And money?\n\nMaria: There is never enough.\n`, 'slip.txt');
  it('is that speaker’s turn (it was a second guest, “Mraia”)', () => {
    expect(who(chat('Mraia'))).toEqual(['Tom (interviewer)', 'Maria (guest)', 'Tom (interviewer)', 'Maria (guest)', 'Tom (interviewer)', 'Maria (guest)']);
    expect(chat('Mraia').transcript.warnings.map((w) => [w.line, w.message])).toEqual([[9, "the label 'Mraia' is read as Maria, whose name it misspells"]]);
  });
  it('keeps another name one letter away its own speaker: `Marie` is someone else (guard)', () => {
    expect(who(chat('Marie'))[3]).toBe('Marie (guest)');
  });
});

describe('a diarized panel whose host opens introducing himself and the guests (`Speaker 1: ... I’m Tom Becker, and my guests today are Maria Lopez and Paul Kim. Maria, ...`)', () => {
  const panel = "Speaker 1: Welcome to Spans. I'm Tom Becker, and my guests today are Maria Lopez and Paul Kim. Maria, how did you start?\n\nSpeaker 2: By accident. My father built roads.\n\nSpeaker 1: Paul, and you?\n\nSpeaker 3: I wanted to be an architect.\n\nSpeaker 1: What is most dangerous for a bridge?\n\nSpeaker 2: Water.\n\nSpeaker 3: Trucks.\n";
  it('names the host by his opening and each guest by how he turns to them, said in a warning (all three were `Speaker N`)', () => {
    const r = ingest(panel, 'panel.txt');
    expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Paul Kim (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Paul Kim (guest)']);
    expect(r.transcript.warnings.map((w) => w.message).join('\n')).toMatch(/'Speaker 2' as Maria Lopez, 'Speaker 3' as Paul Kim: named only by how the speakers address each other/);
  });
  it('names no one from a word opening a sentence before a name (“So Sedated, ...”): only the people the opening introduces (guard)', () => {
    const r = ingest('Speaker 0: Hello everybody, I am Shinobi, joined by Sedated, a developer. So Sedated, tell us about the project.\n\nSpeaker 1: So it started small.\n\nSpeaker 0: So what changed?\n\nSpeaker 1: So we split it.\n', 'diar.txt');
    expect(who(r).filter((w) => /So Sedated/.test(w))).toEqual([]);
  });
});

describe('a panel’s numbered seats (`Panelist 1:`, `Panelist 2:`), the moderator introducing the panelists and turning to each by first name', () => {
  it('shows each seat by the name the moderator turns to, said in a warning (they were “Panelist 1”...)', () => {
    const r = ingest('Panel transcript\n\nModerator: Good evening. Our panelists tonight are Maria Lopez from Rhine Works, Paul Kim from the city, and Li Wei from the university. Maria, let’s start with you. What did the flood do?\n\nPanelist 1: It washed out two piers.\n\nModerator: Paul, who pays?\n\nPanelist 2: The city, in the end.\n\nModerator: Li, can the university help?\n\nPanelist 3: Yes, with monitoring.\n\nModerator: Thank you all.\n', 'panel.txt');
    expect(who(r)).toEqual(['Moderator (interviewer)', 'Maria Lopez (guest)', 'Moderator (interviewer)', 'Paul Kim (guest)', 'Moderator (interviewer)', 'Li Wei (guest)', 'Moderator (interviewer)']);
    expect(r.transcript.warnings.filter((w) => /the label 'Panelist \d' is shown as/.test(w.message))).toHaveLength(3);
  });
});

describe('a deposition with its line numbers and page numbers, another lawyer objecting once (`MR. SILVA:  Objection, form.`), nothing naming the witness but the questions', () => {
  const depo = ['                                                            12', '', ' 1   BY MR. BECKER:', ' 2        Q.   Dr. Lopez, where were you on March 3?', ' 3        A.   At the Rhine bridge, inspecting the east pier.', ' 4        Q.   To whom did you report it?', ' 5        A.   To the city engineer, Mr. Kim.', ' 6             MR. SILVA:  Objection, form.', ' 7   BY MR. BECKER:', ' 8        Q.   You may answer.', ' 9        A.   Mr. Kim.', '                                                            13', '', ' 1        Q.   Thank you.', ''].join('\n');
  it('keeps the objecting lawyer apart, on neither side, and names the witness as the questions address her, in a warning (the objection and her answers were “Mr. Silva”’s)', () => {
    const r = ingest(depo, 'depo.txt');
    expect(who(r)).toEqual(['Mr. Becker (interviewer)', 'Dr. Lopez (guest)', 'Mr. Becker (interviewer)', 'Dr. Lopez (guest)', 'Mr. Silva (other)', 'Mr. Becker (interviewer)', 'Dr. Lopez (guest)', 'Mr. Becker (interviewer)']);
    expect(r.transcript.warnings.map((w) => w.message)).toContain("the answers under 'A' are shown as Dr. Lopez's, whom the questions address so");
  });
  it('takes the page numbers out of the words, each accounted for (the last was an answer’s words)', () => {
    const r = ingest(depo, 'depo.txt');
    expect(turnsOf(r)[6]!.paragraphs).toEqual(['Mr. Kim.']);
    expect(r.lineUse[0]).toBe('markup');
    expect(r.lineUse[11]).toBe('markup');
    expect(r.transcript.intro.map((p) => p.text)).not.toContain('12');
  });
  it('names the witness by the full name the record gives with that surname (it was “Mr. Silva”)', () => {
    const r = ingest(`MARIA LOPEZ, having been first duly sworn, testified as follows:\n\n${depo}`, 'depo.txt');
    expect(r.transcript.guest).toBe('Maria Lopez');
  });
});

describe('a show’s host naming the regulars beside him “again” and a guest of the day (“With me again, David Sacks and Jason Calacanis. And today we have a special guest, Maria Lopez.”)', () => {
  const show = (opening: string) => ingest(`Chamath: Alright everybody, welcome to another episode. ${opening}\n\nJason: Great to be here.\n\nMaria: Thanks for having me.\n\nSacks: Maria, the bridges. What's going on?\n\nMaria: One in ten needs repair.\n\nJason: That's a lot.\n\nChamath: Maria, who pays?\n\nMaria: Everybody, eventually.\n`, 'show.txt');
  it('puts the regulars on the hosts’ side, the guest alone answering (the co-host was a guest)', () => {
    const r = show('With me again, David Sacks and Jason Calacanis. And today we have a special guest, Maria Lopez.');
    expect(r.transcript.guest).toBe('Maria Lopez');
    expect(who(r).slice(0, 4)).toEqual(['Chamath (interviewer)', 'Jason Calacanis (interviewer)', 'Maria Lopez (guest)', 'David Sacks (interviewer)']);
  });
});

describe('a co-host named by the host beside her or him with words between (“with me in the studio as always is Tom Becker”, “mit mir im Studio ist wie immer ...”, “avec moi, comme toujours, ...”, “conmigo, como siempre, está ...”)', () => {
  const episode = (opening: string, closing: string) => ingest(`# Episode 12\n\n**Ana:** ${opening}\n\n**Tom:** Hi! And today our guest is Maria Lopez, a bridge engineer.\n\n**Maria:** Hi, thanks for having me.\n\n**Ana:** Maria, where do you start?\n\n**Maria:** With water. Always with water.\n\n**Tom:** Why water?\n\n**Maria:** Because it gets into every joint.\n\n**Ana:** ${closing}\n`, 'episode.md');
  it('names the co-host’s first-name label by the full name (it stayed “Tom”)', () => {
    for (const opening of ['Welcome to Rivers and Roads. I’m Ana Silva, and with me in the studio as always is Tom Becker.', 'Herzlich willkommen zu Flüsse und Straßen. Ich bin Ana Silva, und mit mir im Studio ist wie immer Tom Becker.', 'Bienvenue dans Fleuves et Routes. Je suis Ana Silva, et avec moi, comme toujours, Tom Becker.', 'Bienvenidos a Ríos y Caminos. Soy Ana Silva y conmigo, como siempre, está Tom Becker.', 'Welcome to Rivers and Roads. I’m Ana Silva, and joining me once again are Tom Becker and Paul Kim.']) {
      const r = episode(opening, 'That’s all for today. Thanks, Maria!');
      expect([opening, who(r).slice(0, 3)]).toEqual([opening, ['Ana Silva (interviewer)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']]);
    }
  });
});

describe('a blog Q&A labelled by first names, the interviewer’s full name only in the author’s box after the interview, which the page removes', () => {
  it('names him by it (he stayed “Tom”)', () => {
    const r = ingest('# Why bridges fail: a conversation with Maria Lopez\n\n**Tom:** How did you start?\n\n**Maria:** By accident.\n\n**Tom:** And water?\n\n**Maria:** Always water.\n\n---\n\n**About the author**\n\nTom Becker writes about infrastructure for the Rhine Post.\n\nShare this article\n', 'blog.md');
    expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
  });
  it('takes no full name from a box that names someone else with that first name only in passing (guard)', () => {
    const r = ingest('# Bridges\n\n**Tom:** How did you start?\n\n**Maria:** By accident.\n\n**Tom:** And water?\n\n**Maria:** Always water.\n\n---\n\n**About the author**\n\nThe author thanks Tom Hanks for the coffee.\n', 'blog.md');
    expect(who(r)[0]).toBe('Tom (interviewer)');
  });
});

describe('a company’s Q&A whose questions are headings, the first a prompt without a question mark (`## Tell us about your team.`)', () => {
  const page = (first: string) => ingest(`---\ntitle: "Q&A: How Rhine Works ships faster"\n---\n\nWe sat down with **Maria Lopez**, VP of Engineering at Rhine Works.\n\n## ${first}\n\nWe're 40 engineers across three countries.\n\n## What were the biggest challenges?\n\nReports written by hand.\n\n## What advice would you give?\n\nStart with the standard, not the tool.\n`, 'qa.md');
  it('asks it as the others are asked, her answer hers (both were the intro)', () => {
    for (const prompt of ['Tell us about your team.', 'Describe a typical day', 'Walk us through the launch.', 'Erzählen Sie uns von Ihrem Team.', 'Parlez-nous de votre équipe.', 'Cuéntenos sobre su equipo.', 'Ci racconti il suo team.', 'Conte-nos sobre a sua equipa.']) {
      const r = page(prompt);
      expect([prompt, spoken(r).slice(0, 2)]).toEqual([prompt, [`Interviewer (interviewer): ${prompt}`, "Maria Lopez (guest): We're 40 engineers across three countries."]]);
    }
  });
  it('asks so in bold too, before the first bold question that asks (`**Tell us about your team.**`; it was the intro)', () => {
    const r = ingest('# Q&A with Maria Lopez\n\nWe sat down with Maria Lopez, VP of Engineering at Rhine Works.\n\n**Tell us about your team.**\n\nWe are 40 engineers.\n\n**What were the biggest challenges?**\n\nReports written by hand.\n\n**What advice would you give?**\n\nStart with the standard.\n', 'qa.md');
    expect(spoken(r).slice(0, 2)).toEqual(['Interviewer (interviewer): Tell us about your team.', 'Maria Lopez (guest): We are 40 engineers.']);
  });
  it('keeps a heading that prompts nothing a part’s heading (`## Background`; guard)', () => {
    const r = page('Background');
    expect(r.transcript.intro.map((p) => p.text)).toContain("We're 40 engineers across three countries.");
  });
});

describe('a panel’s header naming its chair (`Chair: Ana Silva. Speakers: Maria Lopez, Paul Kim.`)', () => {
  it('is the intro, no turn of a speaker “Chair”', () => {
    const r = ingest('Closing panel\n\nChair: Ana Silva. Speakers: Maria Lopez, Paul Kim.\n\nAna Silva: Two minutes each. Maria?\n\nMaria Lopez: Sensors.\n\nAna Silva: Paul?\n\nPaul Kim: Money.\n', 'panel.txt');
    expect(who(r)).toEqual(['Ana Silva (interviewer)', 'Maria Lopez (guest)', 'Ana Silva (interviewer)', 'Paul Kim (guest)']);
    expect(r.transcript.intro.map((p) => p.text)).toEqual(['Chair: Ana Silva. Speakers: Maria Lopez, Paul Kim.']);
  });
  it('keeps a committee’s `Chair:` that speaks a turn its label (guard)', () => {
    const r = ingest('Committee hearing\n\nChair: Good morning. I welcome Dr Maria Lopez.\n\nDr Lopez: Thank you, Chair.\n\nChair: How many bridges need repair?\n\nDr Lopez: One in ten.\n', 'c.txt');
    expect(who(r)[0]).toMatch(/\(interviewer\)$/);
    expect(turnsOf(r)[0]!.paragraphs).toEqual(['Good morning. I welcome Dr Maria Lopez.']);
  });
});

describe('a name, a comma and the whole time above the words (`Tom Becker, 00:00:04`)', () => {
  it('is a timed label, the time whole (the words opened with “04”, the time read as 0)', () => {
    const r = ingest('# Spans 12\n\nTom Becker, 00:00:04\nWelcome. How did you start?\n\nMaria Lopez, 00:00:09\nBy accident.\n\nTom Becker, 00:01:20\nAnd water?\n\nMaria Lopez, 00:01:24\nIt gets into the cracks.\n', 'f.md');
    expect(turnsOf(r).map((t) => [t.speaker, t.time, t.paragraphs[0]])).toEqual([['Tom Becker', 4, 'Welcome. How did you start?'], ['Maria Lopez', 9, 'By accident.'], ['Tom Becker', 80, 'And water?'], ['Maria Lopez', 84, 'It gets into the cracks.']]);
  });
  it('reads the time with its milliseconds before the colon too (`Tom Becker, 00:00:04.120: ...`)', () => {
    const r = ingest('Tom Becker, 00:00:04.120: Welcome. How did you start?\n\nMaria Lopez, 00:00:09,500: By accident.\n\nTom Becker, 00:01:20.000: And water?\n\nMaria Lopez, 00:01:24.250: It gets into the cracks.\n', 'f.txt');
    expect(turnsOf(r).map((t) => [t.speaker, t.time, t.paragraphs[0]])).toEqual([['Tom Becker', 4.12, 'Welcome. How did you start?'], ['Maria Lopez', 9.5, 'By accident.'], ['Tom Becker', 80, 'And water?'], ['Maria Lopez', 84.25, 'It gets into the cracks.']]);
  });
});

describe('a show printing its speakers’ surnames in capitals, the given name as written once (`Stephen DUBNER:`, `Paul KIM:`, then `KIM:`)', () => {
  it('shows each name as the text writes it, a short surname too (“Paul KIM” stayed in capitals)', () => {
    const r = ingest("Why Do Bridges Fail?\n\nStephen DUBNER: Maria Lopez has inspected bridges for twenty years.\n\nMaria LOPEZ: I'm chief engineer at Rhine Works.\n\nDUBNER: How did you start?\n\nLOPEZ: By accident.\n\nPaul KIM: I'd say money, actually.\n\nDUBNER: That's Paul Kim, the city engineer.\n\nKIM: Without money, nobody inspects anything.\n", 'show.txt');
    expect([...new Set(turnsOf(r).map((t) => t.speaker))]).toEqual(['Stephen Dubner', 'Maria Lopez', 'Paul Kim']);
  });
});

describe('a page copied as text, its masthead above a headline shaped as a label, no quotation marks (`Maria Lopez: Water is the enemy of every bridge`), a dek telling of her under it', () => {
  const page = (headline: string) => `Rhine Post\nHome\nScience\n\n${headline}\n\nThe engineer has inspected bridges for twenty years. Tom Becker asked her why they fail.\n\nTom Becker: Why do bridges fail?\n\nMaria Lopez: Mostly water. It gets into the cracks.\n\nTom Becker: And money?\n\nMaria Lopez: There is never enough.\n`;
  it('is the title, the dek the intro (both were her first turn)', () => {
    const r = ingest(page('Maria Lopez: Water is the enemy of every bridge'), 'page.txt');
    expect(r.transcript.title).toBe('Maria Lopez: Water is the enemy of every bridge');
    expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
    expect(r.transcript.intro.at(-1)!.text).toBe('The engineer has inspected bridges for twenty years. Tom Becker asked her why they fail.');
  });
  it('keeps a first turn that says a sentence a turn (guard)', () => {
    const r = ingest(page('Maria Lopez: Water is the enemy of every bridge.'), 'page.txt');
    expect(who(r)[0]).toBe('Maria Lopez (guest)');
  });
});

describe('a post whose writer asks under `Me:`, the byline naming the writer (`By Tom Becker`)', () => {
  it('shows the questions as the writer’s, said in a warning (they were “Me”’s)', () => {
    const r = ingest('# I asked my neighbour about bridges\n\nBy Tom Becker\n\nMe: How did you start?\n\nMaria: By accident.\n\nMe: And water?\n\nMaria: Always water.\n', 'me.md');
    expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Maria (guest)', 'Tom Becker (interviewer)', 'Maria (guest)']);
    expect(r.transcript.warnings.map((w) => w.message)).toContain("the label 'Me' is shown as Tom Becker, the writer the byline names");
  });
  it('stays “Me” without a byline (guard)', () => {
    expect(who(ingest('# I asked my neighbour\n\nMe: How did you start?\n\nMaria: By accident.\n\nMe: And water?\n\nMaria: Always water.\n', 'me.md'))[0]).toBe('Me (interviewer)');
  });
});

describe('a Q&A naming its guest only in a note after the last answer, a question turning to her by first name', () => {
  const qa = (question: string) => ingest(`# Bridges\n\nQ: ${question}\n\nA: By accident. My father built roads.\n\nQ: And water?\n\nA: Always water.\n\nMaria Lopez is chief engineer at Rhine Works. Interview by Tom Becker.\n`, 'qa.md');
  it('names her by the note, said in a warning (the answers were “Guest”’s)', () => {
    const r = qa('How did you start, Maria?');
    expect(r.transcript.guest).toBe('Maria Lopez');
    expect(r.transcript.warnings.map((w) => w.message)).toContain("the guest's name, Maria Lopez, is taken from the note after the interview");
  });
  it('names no one where no question turns to her (guard)', () => {
    expect(qa('How did you start?').transcript.guest).toBeNull();
  });
});

describe('a column’s headline naming the guest after its word (`# The Interview: Maria Lopez`), nothing else naming her', () => {
  it('names her the guest, never the interviewer (she asked the questions, the answers “Guest”’s)', () => {
    const r = ingest('# The Interview: Maria Lopez\n\n*The engineer on rivers, steel and patience.*\n\n**Q. How did you start?**\n\nA. By accident.\n\n**Q. And water?**\n\nA. Always water.\n', 'col.md');
    expect(who(r)).toEqual(['Interviewer (interviewer)', 'Maria Lopez (guest)', 'Interviewer (interviewer)', 'Maria Lopez (guest)']);
  });
  it('keeps a byline line `Interview: Tom Becker` under a headline the interviewer (guard)', () => {
    const r = ingest('# Maria Lopez on bridges\n\nInterview: Tom Becker\n\nQ: How did you start?\n\nA: By accident.\n\nQ: And water?\n\nA: Always water.\n', 'col.md');
    expect([r.transcript.interviewer, r.transcript.guest]).toEqual(['Tom Becker', 'Maria Lopez']);
  });
});

describe('a headline saying who interviews whom (`Tom Becker interviews Maria Lopez`, `Maria Lopez, interviewed by Tom Becker`)', () => {
  it('names both sides by it (the first named nobody; the second no guest)', () => {
    for (const h of ['Tom Becker interviews Maria Lopez', 'Maria Lopez, interviewed by Tom Becker']) {
      const t = ingest(`# ${h}\n\nQ: How did you start?\n\nA: By accident.\n\nQ: And water?\n\nA: Always water.\n`, 'h.md').transcript;
      expect([h, t.interviewer, t.guest]).toEqual([h, 'Tom Becker', 'Maria Lopez']);
    }
  });
  it('names neither from one that does not say who asks (`Maria Lopez talks to Tom Becker`; guard)', () => {
    const t = ingest('# Maria Lopez talks to Tom Becker\n\nQ: How did you start?\n\nA: By accident.\n\nQ: And water?\n\nA: Always water.\n', 'h.md').transcript;
    expect([t.interviewer, t.guest]).toEqual([null, null]);
  });
});

describe('a headline quoting its guest by name in title case or with German nouns (`Maria Lopez: "Water Is the Enemy of Every Bridge"`)', () => {
  const page = (headline: string, dek: string) => ingest(`${headline}\n\n${dek}\n\nQ: Why is water the enemy?\nA: Because it gets everywhere.\n\nQ: How do you fight it?\nA: With drainage, mostly.\n`, 'page.txt').transcript;
  it('names the one quoted, not the company the dek names (the answers were “Rhine Bridges”’s, or “Guest”’s)', () => {
    expect(page('Maria Lopez: "Water Is the Enemy of Every Bridge"', 'The chief engineer of Rhine Bridges on salt and drainage.').guest).toBe('Maria Lopez');
    expect(page('Maria Lopez: „Wasser ist der Feind jeder Brücke“', 'Die Chefingenieurin der Rheinbrücken über Salz und Entwässerung.').guest).toBe('Maria Lopez');
  });
  it('takes no quoted headline for a name where its words are common ones (guard)', () => {
    expect(page('The Bridge: "Water Is the Enemy of Every Bridge"', 'The chief engineer on salt and drainage.').guest).toBeNull();
  });
});

describe('a magazine asking in its own name in capitals (`THE BELIEVER:` once, then `BLVR:`), its parts numbered `I.`, `II.`', () => {
  const mag = (first: string, second = 'II.') => ingest(`An Interview with Maria Lopez\n\nI.\n\n${first}\n\nMARIA LOPEZ: As a child. My father built roads.\n\nBLVR: And what happened next?\n\nML: Usually a ferry. Sometimes a bridge.\n\n${second}\n\nBLVR: Do you still feel that?\n\nML: More than ever.\n`, 'mag.txt').transcript;
  it('reads the first question as the magazine’s turn, keeps the abbreviation in capitals and heads each part (the question was the intro, `II.` an answer’s words)', () => {
    const t = mag('THE BELIEVER: When did you first think of bridges?');
    expect(t.intro).toEqual([]);
    expect(t.sections.map((s) => [s.heading, s.turns.map((x) => `${x.speaker} (${x.role})`)])).toEqual([
      ['I.', ['The Believer (interviewer)', 'Maria Lopez (guest)', 'BLVR (interviewer)', 'Maria Lopez (guest)']],
      ['II.', ['BLVR (interviewer)', 'Maria Lopez (guest)']],
    ]);
  });
  it('keeps `THE PROBLEM:` saying no question a line of the intro, and numerals out of order words (guard)', () => {
    const t = mag('THE PROBLEM: Bridges rot from the inside.', 'IV.');
    expect(t.intro.map((p) => p.text)).toContain('THE PROBLEM: Bridges rot from the inside.');
    expect(t.sections.map((s) => s.heading)).not.toContain('IV.');
  });
});

describe('a publication asking in its own name with its article once (`DER SPIEGEL:`), then without it (`SPIEGEL:`)', () => {
  const interview = (first: string) => ingest(`# »Wasser ist der Feind jeder Brücke«\n\nMaria Lopez prüft seit 30 Jahren Brücken.\n\nEin Interview von Tom Becker\n\n${first}\n\nLopez: Meistens wegen Wasser.\n\nSPIEGEL: Und Salz?\n\nLopez: Salz ist noch schlimmer.\n\nSPIEGEL: Frau Lopez, wir danken Ihnen für dieses Gespräch.\n`, 'spiegel.md');
  it('reads the first question as the publication’s turn, one speaker with the later ones, the guest by the full name the dek gives (the question was the intro, the guest `Lopez`)', () => {
    const r = interview('DER SPIEGEL: Frau Lopez, warum stürzen Brücken ein?');
    expect(r.transcript.intro.map((p) => p.text)).toEqual(['Maria Lopez prüft seit 30 Jahren Brücken.', 'Ein Interview von Tom Becker']);
    expect(spoken(r)).toEqual(['Spiegel (interviewer): Frau Lopez, warum stürzen Brücken ein?', 'Maria Lopez (guest): Meistens wegen Wasser.', 'Spiegel (interviewer): Und Salz?', 'Maria Lopez (guest): Salz ist noch schlimmer.', 'Spiegel (interviewer): Frau Lopez, wir danken Ihnen für dieses Gespräch.']);
  });
  it('keeps an article and a word no label repeats a line of the intro (guard)', () => {
    const r = interview('DIE FRAGE: Warum stürzen Brücken ein?');
    expect(r.transcript.intro.map((p) => p.text)).toContain('DIE FRAGE: Warum stürzen Brücken ein?');
  });
});

describe('a fashion magazine’s credits after the last answer (`Hair by ANA SILVA. Makeup by PAUL KIM.`)', () => {
  it('are the outro, not the guest’s last words', () => {
    const t = ingest('# Maria Lopez Builds Bridges\n\nTOM BECKER: Why so early?\n\nMARIA LOPEZ: The steel is coldest then.\n\nTOM BECKER: Do you still love it?\n\nMARIA LOPEZ: More than ever.\n\nHair by ANA SILVA. Makeup by PAUL KIM.\n', 'mag.md').transcript;
    expect(t.sections.at(-1)!.turns.at(-1)!.paragraphs.map((p) => p.text)).toEqual(['More than ever.']);
    expect(t.outro.map((p) => p.text)).toEqual(['Hair by ANA SILVA. Makeup by PAUL KIM.']);
  });
});

describe('a paper’s page copied whole, `Share full article` between the dek and a caption, the date under the byline’s note', () => {
  const page = (extra: string) => ingest(`Maria Lopez Thinks Our Bridges Are Lying to Us\nThe engineer on why the structures we trust are quietly failing.\n${extra}\nA woman in a hard hat stands under a steel bridge.\nBy Tom Becker\nTom Becker is a staff writer. He spoke with Maria Lopez in Cologne.\nBridges, Steel\nMore from the magazine this week\nPublished March 3, 2026\nThis interview has been edited and condensed for clarity.\nYou say bridges lie. What do you mean?\nThey look fine. That's the lie.\nHow do you catch the lie?\nSensors, mostly, and patience.\nIs it a money problem?\nIt's a time problem. Budgets last a year.\nWhat would you fix first?\nDrainage. Always drainage.\n`, 'page.txt');
  it('removes the button and dates the interview by the line saying when it was published (it was undated)', () => {
    const r = page('Share full article');
    expect(r.transcript.intro.map((p) => p.text)).not.toContain('Share full article');
    expect(r.transcript.removed.map((x) => x.text)).toContain('Share full article');
    expect(r.transcript.date).toBe('2026-03-03');
  });
  it('takes no date from a later line that does not say it was published (guard)', () => {
    const r = ingest('Bridges\nThe engineer on bridges.\nOne\nTwo\nThree\nFour\nFive\nSix\nIn March 3, 2026 the bridge closed.\nYou say bridges lie. What do you mean?\nThey look fine.\nHow do you catch the lie?\nSensors.\nIs it a money problem?\nIt is a time problem.\nWhat would you fix first?\nDrainage.\n', 'page.txt');
    expect(r.transcript.date).toBeNull();
  });
});

describe('turns numbered one to a line in a text file (`1. Tom: Welcome...`, `2. Maria: Thanks...`)', () => {
  const numbered = (n: (k: number) => string) => ingest(`Spans 41: Water\n\n${n(1)} Tom: Welcome to Spans. Today our guest is Maria Lopez, chief engineer at Rhine Bridges.\n${n(2)} Maria: Thanks for having me, Tom.\n${n(3)} Tom: Why is water the enemy?\n${n(4)} Maria: Because it gets everywhere.\n${n(5)} Tom: And how do you fight it?\n${n(6)} Maria: Drainage, mostly.\n`, 'numbered.txt').transcript;
  it('reads each line’s label past its number (the first two turns were the intro, the others “Interviewer” and “Guest” with the labels in their words)', () => {
    for (const t of [numbered((k) => `${k}.`), numbered((k) => `${k})`)]) {
      expect(t.intro).toEqual([]);
      expect(t.sections.flatMap((s) => s.turns.map((x) => `${x.speaker}: ${x.paragraphs[0]!.text}`))).toEqual([
        'Tom: Welcome to Spans. Today our guest is Maria Lopez, chief engineer at Rhine Bridges.',
        'Maria Lopez: Thanks for having me, Tom.',
        'Tom: Why is water the enemy?',
        'Maria Lopez: Because it gets everywhere.',
        'Tom: And how do you fight it?',
        'Maria Lopez: Drainage, mostly.',
      ]);
    }
  });
  it('keeps a numbered list in an answer as written (guard)', () => {
    const t = ingest('Spans\n\nTom: What do bridges need?\n\nMaria: Three things.\n1. Drainage, always.\n2. Paint, often.\n3. Patience, forever.\n\nTom: Thanks.\n\nMaria: Thank you.\n', 'list.txt').transcript;
    expect(t.sections[0]!.turns[1]!.paragraphs.map((p) => p.text)).toEqual(['Three things.', '1. Drainage, always.', '2. Paint, often.', '3. Patience, forever.']);
  });
});

describe('a script’s few lines wrapped in a text file, the names above the words (`Welcome ... Maria Lopez, chief` / `engineer at Rhine Bridges.`)', () => {
  const script = (second: string) => ingest(`SPANS 41\n\n                 TOM BECKER\n      Welcome to Spans. Today our guest is Maria Lopez, chief\n      ${second}\n\n                 MARIA LOPEZ\n      Thanks for having me, Tom.\n\n                 TOM BECKER\n      Why is water the enemy?\n\n                 MARIA LOPEZ\n      Because it gets everywhere.\n`, 'script.txt').transcript;
  it('reads a line going on in small letters as the same paragraph (it was a paragraph of its own, mid-sentence)', () => {
    expect(script('engineer at Rhine Bridges.').sections[0]!.turns[0]!.paragraphs.map((p) => p.text)).toEqual(['Welcome to Spans. Today our guest is Maria Lopez, chief engineer at Rhine Bridges.']);
  });
  it('keeps a line opening with a capital its own paragraph (guard)', () => {
    expect(script('Engineers, welcome too.').sections[0]!.turns[0]!.paragraphs.map((p) => p.text)).toEqual(['Welcome to Spans. Today our guest is Maria Lopez, chief', 'Engineers, welcome too.']);
  });
});

describe('a headline that is the guest’s name and her job after a comma (`Maria Lopez, Brückeningenieurin`), the dek naming her company', () => {
  const card = (headline: string, dek: string, q: string, a: string) => ingest(`${headline}\n\n${dek}\n\n${q} Warum?\n\n${a} Weil es überall hinkommt.\n\n${q} Und dann?\n\n${a} Entwässerung.\n`, 'card.txt').transcript;
  it('names her, not the company (the answers were “von Rhine Bridges”’s, “Rhine Bridges”’s)', () => {
    expect(card('Maria Lopez, Brückeningenieurin', 'Die Chefingenieurin von Rhine Bridges über Salz und Entwässerung.', 'Frage:', 'Antwort:').guest).toBe('Maria Lopez');
    expect(card('Maria Lopez, brugingenieur', 'De hoofdingenieur van Rhine Bridges over zout en afwatering.', 'V:', 'A:').guest).toBe('Maria Lopez');
  });
  it('names her by a short first line the dek ties with the company, whatever her job’s word (`Maria Lopez, broingenjör`)', () => {
    expect(card('Maria Lopez, broingenjör', 'Chefingenjören på Rhine Bridges om salt och dränering.', 'F:', 'S:').guest).toBe('Maria Lopez');
  });
  it('takes no card for a name where the words after the comma are no job (guard)', () => {
    expect(card('Rhine Bridges, Köln', 'Ein Gespräch über Salz und Entwässerung.', 'Frage:', 'Antwort:').guest).toBeNull();
  });
});

describe('a German dek naming a company after a job and `von` ("Die Chefingenieurin von Rhine Bridges")', () => {
  it('names the company without the word “von”, never a person “von Rhine Bridges”', () => {
    expect([...namesIn('Die Chefingenieurin von Rhine Bridges, Maria Lopez, über Salz.').keys()]).toEqual(['Rhine Bridges', 'Maria Lopez']);
    expect([...namesIn('Ein Gespräch mit der Chefin von Rhine Bridges über Salz.').keys()]).toEqual(['Rhine Bridges']);
  });
  it('keeps a name with its particle after a job and a given name (guard)', () => {
    expect([...namesIn('Die Physikerin Ana von Braun über Salz.').keys()]).toEqual(['Ana von Braun']);
  });
});

describe('a dek naming only where the guest works (“The chief engineer of Rhine Bridges”), under a headline in title case (`Water Is the Enemy`)', () => {
  const qa = (dek: string) => ingest(`Water Is the Enemy\n\n${dek}\n\nQ: Why is water the enemy?\n\nA: Because it gets everywhere.\n\nQ: How do you fight it?\n\nA: Drainage, mostly.\n`, 'qa.txt').transcript;
  it('names neither the headline’s words nor the employer the guest (the answers were “Water Is”’s), in English, Spanish and French', () => {
    for (const dek of ['The chief engineer of Rhine Bridges on salt and drainage.', 'La ingeniera jefa de Rhine Bridges habla de sal.', 'L’ingénieure en chef de Rhine Bridges parle de sel.']) expect([dek, qa(dek).guest]).toEqual([dek, null]);
  });
  it('names the person the employer follows (“Maria Lopez of Rhine Bridges”: they were tied)', () => {
    expect(qa('A talk with Maria Lopez of Rhine Bridges.').guest).toBe('Maria Lopez');
  });
  it('reads a name before a verb in title case as the name alone (it was “Maria Lopez Is Building”), and keeps names that are words too', () => {
    expect([...namesIn('Maria Lopez Is Building Bridges').keys()]).toEqual(['Maria Lopez']);
    expect([...namesIn('Will Smith and Anna May Wong met Can Dündar.').keys()]).toEqual(['Will Smith', 'Anna May Wong', 'Can Dündar']);
  });
});

describe('a magazine’s interview copied without its blank lines, `INTERVIEWER` and the surname in capitals alone above the words', () => {
  const page = (sep: string) => ingest(['Maria Lopez, The Art of Bridges', 'Interviewed by Tom Becker', 'Maria Lopez lives above the Rhine. We met there in the autumn.', 'INTERVIEWER', 'When did you first think of bridges?', 'LOPEZ', 'As a child. My father built roads.', 'INTERVIEWER', 'And what happened next?', 'LOPEZ', 'Usually a ferry. Sometimes a bridge.', 'INTERVIEWER', 'Do you still feel that?', 'LOPEZ', 'More than ever.', ''].join(sep), 'pr.txt').transcript;
  it('reads each name as the label of the words under it, as with blank lines (`LOPEZ` headed parts and her last answer was the outro)', () => {
    for (const t of [page('\n'), page('\n\n')]) {
      expect(t.sections.map((s) => s.heading)).toEqual([null]);
      expect(t.outro).toEqual([]);
      expect(t.sections[0]!.turns.map((x) => `${x.speaker}: ${x.paragraphs[0]!.text}`)).toEqual(['Tom Becker: When did you first think of bridges?', 'Maria Lopez: As a child. My father built roads.', 'Tom Becker: And what happened next?', 'Maria Lopez: Usually a ferry. Sometimes a bridge.', 'Tom Becker: Do you still feel that?', 'Maria Lopez: More than ever.']);
    }
  });
});

describe('a text file’s first line naming the guest, its question and answer letters set in bold (`**F:**`, `**S:**`)', () => {
  it('names her by that line as where the letters are plain (the answers were “Rhine Bridges”’s)', () => {
    for (const [q, a] of [['F:', 'S:'], ['**F:**', '**S:**']]) {
      const t = ingest(`Maria Lopez, broingenjör\n\nChefingenjören på Rhine Bridges om salt och dränering.\n\n${q} Varför är vatten varje bros fiende?\n\n${a} För att det kommer överallt.\n\n${q} Hur bekämpar man det?\n\n${a} Främst med dränering.\n`, 'sv.txt').transcript;
      expect([q, t.guest]).toEqual([q, 'Maria Lopez']);
    }
  });
});

describe('questions alone labelled with a letter and a full stop (`**Q. Why...?**`, `Q. Why...?`), the answers unlabelled', () => {
  const qa = (q: (s: string) => string) => ingest(`# Maria Lopez on why bridges fail\n\n*By Tom Becker*\n\n${q('Why is water the enemy?')}\n\nBecause it gets everywhere.\n\n${q('How do you fight it?')}\n\nDrainage, mostly.\n\n${q('What would you tell a young engineer?')}\n\nGet wet.\n`, 'q.md');
  it('reads the letter as the label, out of the question’s words (they read “Q. Why...”)', () => {
    for (const r of [qa((s) => `**Q. ${s}**`), qa((s) => `Q. ${s}`)]) expect(spoken(r)).toEqual(['Tom Becker (interviewer): Why is water the enemy?', 'Maria Lopez (guest): Because it gets everywhere.', 'Tom Becker (interviewer): How do you fight it?', 'Maria Lopez (guest): Drainage, mostly.', 'Tom Becker (interviewer): What would you tell a young engineer?', 'Maria Lopez (guest): Get wet.']);
  });
  it('keeps `Q.` words where lines so ask fewer than three times, or not all of them ask (guard)', () => {
    const r = ingest('# Bridges\n\nQ: Where were you?\n\nA: At the bridge.\n\nQ. Street was closed that day.\n\nQ: Why?\n\nA: Water.\n', 'q.md');
    expect(r.transcript.sections.flatMap((s) => s.turns.flatMap((t) => t.paragraphs.map((p) => p.text)))).toContain('Q. Street was closed that day.');
  });
});

describe('a German headline naming the guest and her topic (`Maria Lopez über Brücken`), nothing else naming her', () => {
  it('names her the guest (the answers were “Guest”’s: German’s nouns made the headline title case)', () => {
    const t = ingest('Maria Lopez über Brücken\n\nVon Tom Becker\n\nFrage: Warum ist Wasser der Feind jeder Brücke?\nWeil es überall hinkommt.\n\nFrage: Wie bekämpft man es?\nVor allem mit Entwässerung.\n', 'de.txt').transcript;
    expect([t.interviewer, t.guest]).toEqual(['Tom Becker', 'Maria Lopez']);
  });
  it('names no company so (guard)', () => {
    const t = ingest('Rhine Works über Brücken\n\nVon Tom Becker\n\nFrage: Warum ist Wasser der Feind jeder Brücke?\nWeil es überall hinkommt.\n\nFrage: Wie bekämpft man es?\nVor allem mit Entwässerung.\n', 'de.txt').transcript;
    expect(t.guest).toBeNull();
  });  it('reads Dutch `over` so in a Dutch text, never an English headline’s “over”, “City Hall over budget again” (City Hall was the guest)', () => {
    const qa = (head: string, body: string) => ingest(`# ${head}\n\n${body}`, 'qa.md').transcript.guest;
    expect(qa('Maria Lopez over bruggen', 'Door Tom Becker\n\n**Waarom is water de vijand van elke brug?**\n\nOmdat het overal komt.\n\n**En staal?**\n\nDat roest.\n')).toBe('Maria Lopez');
    expect(qa('City Hall over budget again', 'Tom Becker spoke with the engineer Maria Lopez.\n\n**Why is it over budget?**\n\nBecause of the bridges.\n\n**Which ones?**\n\nAll of them.\n')).not.toBe('City Hall');
  });
});

describe('someone in the audience labelled in another language with an article (`Une participante :`, `Ein Teilnehmer:`, `Una asistente:`)', () => {
  const panel = (label: string) => ingest(`Table ronde\n\nAnimée par Ana Silva, avec Maria Lopez et Paul Kim.\n\nAna Silva : Maria, qui doit payer ?\n\nMaria Lopez : Tous ceux qui traversent.\n\nAna Silva : Paul, d'accord ?\n\nPaul Kim : En partie.\n\nAna Silva : Une question de la salle ?\n\n${label} Merci. Et les péages ?\n\nMaria Lopez : Les péages marchent sur les ponts neufs.\n\nAna Silva : Merci à tous.\n`, 'panel.txt');
  it('is a voice of the audience, on neither side (the question was the moderator’s words, label and all)', () => {
    for (const label of ['Une participante :', 'Un participant :', 'Ein Teilnehmer:', 'Una asistente:', 'Question de la salle :']) {
      const turn = turnsOf(panel(label)).find((t) => t.paragraphs[0] === 'Merci. Et les péages ?');
      expect([label, turn?.role]).toEqual([label, 'other']);
    }
  });  it('keeps the bare word a study labels the one it interviews with the one who answers (`Entrevistadora:` / `Participante:`; guard)', () => {
    for (const [asks, answers] of [['Entrevistadora', 'Participante'], ['Interviewerin', 'Teilnehmerin'], ['Intervistatore', 'Partecipante']]) {
      const r = ingest(`Estudio\n\n${asks}: Gracias por participar. ¿Cómo empezó?\n\n${answers}: Por accidente.\n\n${asks}: ¿Y el agua?\n\n${answers}: Siempre el agua.\n`, 'study.txt');
      expect([answers, turnsOf(r).map((t) => t.role)]).toEqual([answers, ['interviewer', 'guest', 'interviewer', 'guest']]);
    }
  });
});

describe('a chapter of one word after its time between turns (`[00:10:40] Money`), others of several', () => {
  it('heads its part as the others do (it was the guest’s last words)', () => {
    const t = ingest('Spans 41\n\n[00:00:00] Introduction\n\nTom Becker: Welcome to Spans.\n\nMaria Lopez: Thanks for having me, Tom.\n\n[00:02:15] Why water wins\n\nTom Becker: Why is water the enemy?\n\nMaria Lopez: Because it gets everywhere.\n\n[00:10:40] Money\n\nTom Becker: Who pays?\n\nMaria Lopez: Everyone who crosses.\n', 'ch.txt').transcript;
    expect(t.sections.map((s) => [s.heading, s.turns.length])).toEqual([['Introduction', 2], ['Why water wins', 2], ['Money', 2]]);
  });
});

describe('a newsletter’s page copied where its paywall stops it (`## Keep reading with a 7-day free trial`, `[Start trial](...)`)', () => {
  const page = (box: string) => ingest(`# Maria Lopez on why bridges fail\n\n**Tom Becker:** Why is water the enemy?\n\n**Maria Lopez:** Because it gets everywhere.\n\n**Tom Becker:** How do you fight it?\n\n**Maria Lopez:** Drainage, mostly.\n\n${box}\n`, 'pw.md').transcript;
  it('removes the box, keeps its button out of the last answer, and says the interview may go on past it', () => {
    const t = page('## Keep reading with a 7-day free trial\n\nSubscribe to Bridge Notes to keep reading this post and get 7 days of free access to the full post archives.\n\n[Start trial](https://bridgenotes.example/subscribe)\n\nAlready a paid subscriber? **Sign in**');
    expect(t.sections.at(-1)!.turns.at(-1)!.paragraphs.map((p) => p.text)).toEqual(['Drainage, mostly.']);
    expect(t.outro).toEqual([]);
    expect(t.removed.filter((r) => r.kind === 'chrome').map((r) => r.line)).toEqual([11, 13, 15, 17]);
    expect(t.warnings.map((w) => `${w.line}: ${w.message}`)).toContain('11: the page stops at a paywall here ("Keep reading with a 7-day free trial"): the interview may go on past it, and what follows is not in the file');
  });
  it('says nothing of a paywall where the page has none (guard)', () => {
    expect(page('*Tom Becker edits Bridge Notes.*').warnings.map((w) => w.message).join('\n')).not.toContain('paywall');
  });
  it('in other languages too; the page’s words after it, no label nor question among them, are the outro, not the last answer’s', () => {
    for (const [wall, after] of [
      ['Abonnez-vous pour lire la suite', 'Vous pouvez lire Le Journal des Ponts sur un seul appareil à la fois.'],
      ['Suscríbete para seguir leyendo', 'Ya tienes una cuenta vinculada a otro dispositivo.'],
    ] as const) {
      const t = page(`${wall}\n\n${after}`);
      expect(t.sections.at(-1)!.turns.at(-1)!.paragraphs.map((p) => p.text)).toEqual(['Drainage, mostly.']);
      expect(t.outro.map((p) => p.text)).toEqual([after]);
      expect(t.warnings.map((w) => w.message).join('\n')).toContain(`the page stops at a paywall here ("${wall}")`);
    }
  });
  it('turns labelled after such a notice stay turns: a subscriber’s copy that kept it (guard)', () => {
    const t = page('Abonnez-vous pour lire la suite\n\n**Tom Becker:** And money?\n\n**Maria Lopez:** Never enough.');
    expect(t.sections.at(-1)!.turns.at(-1)!.paragraphs.map((p) => p.text)).toEqual(['Never enough.']);
    expect(t.outro).toEqual([]);
  });
});

describe('a news agency’s interview excerpts, its credits and standards line after the last answer', () => {
  it('reads the credits as the outro and removes the standards line (both were the guest’s last words)', () => {
    const t = ingest('Rhine Bridges chief says water is the main threat\n\nBy Tom Becker\n\nCOLOGNE, March 3 (Reuters) - The chief engineer of Rhine Bridges, Maria Lopez, said water was the main threat. Excerpts follow.\n\nREUTERS: Why is water the enemy?\n\nLOPEZ: Because it gets everywhere.\n\nREUTERS: How do you fight it?\n\nLOPEZ: Drainage, mostly.\n\n(Reporting by Tom Becker; Editing by Jane Doe)\n\nOur Standards: The Thomson Reuters Trust Principles.\n', 'r.txt').transcript;
    expect(t.sections.at(-1)!.turns.at(-1)!.paragraphs.map((p) => p.text)).toEqual(['Drainage, mostly.']);
    expect(t.outro.map((p) => p.text)).toEqual(['(Reporting by Tom Becker; Editing by Jane Doe)']);
  });
});

describe('a paper’s interview page copied line by line: headline, the writer’s name alone, the dek, the date, then questions and answers unlabelled', () => {
  const page = ['Skip to main content', 'Skip to navigation', 'Print subscriptions', 'Sign in', 'The Guardian - Back to homepage', 'News', 'Opinion', 'Sport', 'Culture', 'Lifestyle', 'This article is more than 2 months old', 'Interview', '‘Water is the enemy of every bridge’: Maria Lopez on why our crossings are failing', 'Tom Becker', 'The chief engineer of Rhine Bridges explains why maintenance beats new building', 'Sun 3 Mar 2026 09.00 GMT', 'Share', 'Why is water the enemy of every bridge?', 'Because it gets everywhere.', 'How do you fight it?', 'Drainage, mostly.', 'Who pays?', 'Everyone who crosses.', ''].join('\n');
  it('titles it by the headline and names the writer the interviewer (it was titled by the file’s name, the questions “Interviewer”’s)', () => {
    const t = ingest(page, 'guardian.txt').transcript;
    expect([t.title, t.interviewer, t.guest]).toEqual(['‘Water is the enemy of every bridge’: Maria Lopez on why our crossings are failing', 'Tom Becker', 'Maria Lopez']);
  });
});

describe('a magazine’s podcast transcript copied line by line: logo lines, a column’s name, a headline with a company’s possessive, an affiliate note, a welcome before the first question', () => {
  const page = ['The Verge homepage', 'The Verge logo.', 'Menu', 'Expand', 'Decoder', 'Rhine Bridges’ Maria Lopez on why water is winning', 'The chief engineer on salt, drainage, and budgets that last a year.', 'by Tom Becker', 'Mar 3, 2026, 3:00 PM UTC', 'Share this story', 'If you buy something from a Verge link, Vox Media may earn a commission. See our ethics statement.', 'Today, I’m talking with Maria Lopez, chief engineer at Rhine Bridges.', 'Maria Lopez, you’re the chief engineer at Rhine Bridges. Welcome to Decoder.', 'Thanks for having me.', 'Why is water the enemy of every bridge?', 'Because it gets everywhere.', 'How do you fight it?', 'Drainage, mostly.', 'Who pays for it?', 'Everyone who crosses, eventually.', ''].join('\n');
  it('titles it by the headline, names her without the company, removes the page’s lines and reads the welcome as the first exchange (titled “The Verge homepage”, the guest “Rhine Bridges’ Maria Lopez”)', () => {
    const r = ingest(page, 'verge.txt');
    const t = r.transcript;
    expect([t.title, t.interviewer, t.guest]).toEqual(['Rhine Bridges’ Maria Lopez on why water is winning', 'Tom Becker', 'Maria Lopez']);
    expect(t.removed.map((x) => x.text)).toEqual(expect.arrayContaining(['The Verge homepage', 'The Verge logo.', 'Expand', 'Share this story', 'If you buy something from a Verge link, Vox Media may earn a commission. See our ethics statement.']));
    expect(spoken(r).slice(0, 3)).toEqual(['Tom Becker (interviewer): Maria Lopez, you’re the chief engineer at Rhine Bridges. Welcome to Decoder.', 'Maria Lopez (guest): Thanks for having me.', 'Tom Becker (interviewer): Why is water the enemy of every bridge?']);
  });
});

describe('Italian and Dutch papers’ interview pages copied line by line (a byline in small letters under a dek with no stop, reading time, the date after the last answer)', () => {
  it('keeps `di Tom Becker` a line of its own and the writer, removes the listen button and the reading time, and reads the closing date as the outro (the byline ran into the dek; the date was the guest’s)', () => {
    const t = ingest(['Corriere della Sera', 'Abbonati', 'L\'intervista', 'Maria Lopez: «L\'acqua è il nemico di ogni ponte»', 'L\'ingegnera capo di Rhine Bridges: la manutenzione conta più delle opere nuove', 'di Tom Becker', '3 marzo 2026', 'Ascolta l\'articolo', '3 min', 'Perché l\'acqua è il nemico di ogni ponte?', '«Perché arriva ovunque».', 'Come si combatte?', '«Soprattutto con il drenaggio».', 'Chi paga?', '«Tutti quelli che lo attraversano».', '3 marzo 2026 (modifica il 3 marzo 2026 | 10:12)', '© RIPRODUZIONE RISERVATA', ''].join('\n'), 'corriere.txt').transcript;
    expect([t.interviewer, t.guest]).toEqual(['Tom Becker', 'Maria Lopez']);
    expect(t.intro.map((p) => p.text)).toContain('di Tom Becker');
    expect(t.removed.map((r) => r.text)).toEqual(expect.arrayContaining(['Ascolta l\'articolo', '3 min']));
    expect(t.sections.at(-1)!.turns.at(-1)!.paragraphs.map((p) => p.text)).toEqual(['«Tutti quelli che lo attraversano».']);
    expect(t.outro.map((p) => p.text)).toContain('3 marzo 2026 (modifica il 3 marzo 2026 | 10:12)');
  });
  it('names the writer by the name alone above the date under the dek, and removes `Leestijd 4 minuten` (no interviewer was named; it headed the interview)', () => {
    const t = ingest(['NRC', 'Menu', 'Interview', 'Maria Lopez: ‘Water is de vijand van elke brug’', 'De hoofdingenieur van Rhine Bridges over zout, afwatering en geduld.', 'Tom Becker', '3 maart 2026', 'Leestijd 4 minuten', 'Waarom is water de vijand van elke brug?', '„Omdat het overal komt.”', 'Hoe bestrijd je het?', '„Vooral met afwatering.”', 'Wie betaalt?', '„Iedereen die oversteekt.”', ''].join('\n'), 'nrc.txt').transcript;
    expect([t.interviewer, t.guest]).toEqual(['Tom Becker', 'Maria Lopez']);
    expect(t.sections.map((s) => s.heading)).toEqual([null]);
  });
});

describe('a round-up of short interviews, each part headed by the one who answers in it (`## Maria Lopez, Rhine Bridges` over `Q:` and `A:`)', () => {
  const roundUp = (h: [string, string]) => ingest(`# Engineers on water\n\nWe asked two engineers the same questions.\n\n## ${h[0]}\n\nQ: Why is water the enemy?\n\nA: Because it gets everywhere.\n\nQ: What would you fix first?\n\nA: Drainage.\n\n## ${h[1]}\n\nQ: Why is water the enemy?\n\nA: Salt rides on it.\n\nQ: What would you fix first?\n\nA: The joints.\n`, 'r.md');
  it('gives each part’s answers to the one its heading names (they were all “Guest”’s)', () => {
    const r = roundUp(['Maria Lopez, Rhine Bridges', 'Paul Kim (Bonn University)']);
    expect(who(r)).toEqual(['Interviewer (interviewer)', 'Maria Lopez (guest)', 'Interviewer (interviewer)', 'Maria Lopez (guest)', 'Interviewer (interviewer)', 'Paul Kim (guest)', 'Interviewer (interviewer)', 'Paul Kim (guest)']);
    expect(r.transcript.guest).toBe('Maria Lopez, Paul Kim');
  });
  it('names no one by parts’ titles in title case (`## Early Years`; guard)', () => {
    expect(roundUp(['Early Years', 'Later Work']).transcript.guest).toBeNull();
  });
});

describe('a round-up of one answer each, labelled with the name and where each works (`**Maria Lopez, Rhine Bridges:** ...`), the question in the dek', () => {
  it('reads them all as answering, none as the host (the first was the interviewer)', () => {
    const r = ingest('# Three engineers on water\n\nWe asked three engineers: why is water the enemy of every bridge?\n\n**Maria Lopez, Rhine Bridges:** Because it gets everywhere.\n\n**Paul Kim, Bonn University:** Salt rides on it.\n\n**Li Wei, City of Cologne:** It freezes.\n', 'r.md');
    expect(who(r).filter((w) => !w.startsWith('Interviewer'))).toEqual(['Maria Lopez (guest)', 'Paul Kim (guest)', 'Li Wei (guest)']);
    expect(r.transcript.guest).toBe('Maria Lopez, Paul Kim, Li Wei');
  });
});

describe('a text file whose questions are set wholly in italics (`_Why is water the enemy?_`), the answers plain', () => {
  it('reads it as Markdown: the questions the writer’s, the answers the guest’s (the build failed: no turns)', () => {
    const r = ingest('Maria Lopez on water\n\nBy Tom Becker\n\nThe chief engineer of Rhine Bridges talks salt and patience.\n\n_Why is water the enemy of every bridge?_\n\nBecause it gets everywhere.\n\n_How do you fight it?_\n\nDrainage, mostly.\n\n_Who pays?_\n\nEveryone who crosses.\n', 'italic.txt');
    expect(spoken(r)).toEqual(['Tom Becker (interviewer): Why is water the enemy of every bridge?', 'Maria Lopez (guest): Because it gets everywhere.', 'Tom Becker (interviewer): How do you fight it?', 'Maria Lopez (guest): Drainage, mostly.', 'Tom Becker (interviewer): Who pays?', 'Maria Lopez (guest): Everyone who crosses.']);
  });
  it('keeps a text file with one line in italics plain text (guard)', () => {
    const r = ingest('Bridges\n\nTom: _Why is water the enemy?_\n\nMaria: Because it_s everywhere_.\n\nTom: Thanks.\n\nMaria: Thank you.\n', 'plain.txt');
    expect(spoken(r)[0]).toBe('Tom (interviewer): _Why is water the enemy?_');
  });
});

describe('a show’s closing credits under the last turn (“Spans is hosted by Tom Becker and Ana Silva. Our guest this week was Maria Lopez...”), first names labelling the turns', () => {
  const show = (credits: string) => ingest(`Spans 41: Water\n\nTom: Welcome back to Spans. Ana, who do we have today?\n\nAna: Today we're talking to Maria, who runs engineering at Rhine Bridges.\n\nMaria: Hi both, thanks for having me.\n\nTom: Why is water the enemy?\n\nMaria: Because it gets everywhere.\n\nAna: And how do you fight it?\n\nMaria: Drainage, mostly.\n\nTom: Thanks, Maria.\n\n${credits}\n`, 'show.txt');
  it('reads them as the outro and names everyone in full by them (they were the host’s last words, the speakers first names)', () => {
    const r = show('Spans is hosted by Tom Becker and Ana Silva. Our guest this week was Maria Lopez, chief engineer at Rhine Bridges.');
    expect(r.transcript.sections.at(-1)!.turns.at(-1)!.paragraphs.map((p) => p.text)).toEqual(['Thanks, Maria.']);
    expect(r.transcript.outro).toHaveLength(1);
    expect([r.transcript.interviewer, r.transcript.guest]).toEqual(['Tom Becker, Ana Silva', 'Maria Lopez']);
  });
  it('keeps the host’s own words going on after his last line his, in the first person (guard)', () => {
    const r = show('Our show is hosted by Rhine Radio, and I am grateful for it.');
    expect(r.transcript.outro).toEqual([]);
    expect(r.transcript.sections.at(-1)!.turns.at(-1)!.paragraphs.map((p) => p.text)).toEqual(['Thanks, Maria.', 'Our show is hosted by Rhine Radio, and I am grateful for it.']);
  });
});

describe('one placeholder that asks (`SPEAKER:`, Spanish radio’s `LOCUTOR:`) beside a role word that answers (`INTERVIEWEE:`, `ENTREVISTADA:`), no one named', () => {
  it('reads the placeholder as the one who asks (every turn was the placeholder’s, as one guest)', () => {
    for (const [a, b] of [['LOCUTOR', 'ENTREVISTADA'], ['SPEAKER', 'INTERVIEWEE']]) {
      const r = ingest(`Radio Puente\n\n${a}: Buenos días. Hoy nos acompaña una ingeniera de puentes.\n\n${b}: Buenos días, gracias por invitarme.\n\n${a}: ¿Por qué el agua es el enemigo de todo puente?\n\n${b}: Porque llega a todas partes.\n\n${a}: ¿Y cómo se combate?\n\n${b}: Sobre todo con drenaje.\n`, 'radio.txt');
      expect([a, turnsOf(r).map((t) => t.role)]).toEqual([a, ['interviewer', 'guest', 'interviewer', 'guest', 'interviewer', 'guest']]);
    }
  });
});

describe('an emoji after each speaker’s name, before the colon (`Tom Becker 🎙️:`, `Maria Lopez 🌉:`)', () => {
  it('reads the names as labels, the emoji out of the name and the words (the build failed: no turns)', () => {
    const r = ingest('Spans 41: Water\n\nTom Becker 🎙️: Welcome to Spans. Today our guest is Maria Lopez.\n\nMaria Lopez 🌉: Thanks for having me, Tom.\n\nTom Becker 🎙️: Why is water the enemy?\n\nMaria Lopez 🌉: Because it gets everywhere.\n', 'emoji.txt');
    expect(spoken(r)).toEqual(['Tom Becker (interviewer): Welcome to Spans. Today our guest is Maria Lopez.', 'Maria Lopez (guest): Thanks for having me, Tom.', 'Tom Becker (interviewer): Why is water the enemy?', 'Maria Lopez (guest): Because it gets everywhere.']);
  });
});

describe('a text file whose first line opens in small letters (`so we went to the river`)', () => {
  it('is read, never a crash, its first line kept (guard for the line going on with the one above: there is none)', () => {
    const r = ingest('so we went to the river and looked at the piers for a long time\n\nTom Becker: Why the river?\n\nMaria Lopez: Because water is the enemy.\n\nTom Becker: And then?\n\nMaria Lopez: Drainage.\n', 'small.txt');
    expect(r.transcript.intro.map((p) => p.text).concat(r.transcript.title)).toContain('so we went to the river and looked at the piers for a long time');
  });
});

describe('answers that look like a page’s lines, in a Q&A without labels (`20 min.`, "We may earn a commission on some of it, yes.")', () => {
  it('stay the guest’s answers: a reading time has no stop, an affiliate note speaks of links or buying (guard)', () => {
    const r = ingest('Bridges\n\nBy Tom Becker\n\nHow long does an inspection take?\n20 min.\nAnd a full survey?\nTwo days, mostly.\nWho pays?\nWe may earn a commission on some of it, yes.\nWhy?\nBecause the city asks.\n', 'qa.txt');
    expect(spoken(r)).toEqual(['Tom Becker (interviewer): How long does an inspection take?', 'Guest (guest): 20 min.', 'Tom Becker (interviewer): And a full survey?', 'Guest (guest): Two days, mostly.', 'Tom Becker (interviewer): Who pays?', 'Guest (guest): We may earn a commission on some of it, yes.', 'Tom Becker (interviewer): Why?', 'Guest (guest): Because the city asks.']);
  });
});

describe('a thread or a live audio room labelled with users’ names after their sign (`u/spanfan42:`, `@ana_s:`), plain, some asking once', () => {
  it('reads each signed name as its own speaker (a once-seen asker’s question was the previous asker’s, or a no-one’s with the label in it; `@handle:` plain read no turns)', () => {
    const reddit = ingest('I am Maria Lopez, bridge engineer. AMA!\n\nHi all, I will be here for two hours.\n\nu/spanfan42: What is the scariest thing you found?\n\nMaria Lopez: A cable with half its wires broken.\n\nu/concrete_cat: Do drones replace inspectors?\n\nMaria Lopez: No. They replace ladders.\n\nu/spanfan42: How often should a bridge be inspected?\n\nMaria Lopez: Every two years.\n', 'ama.txt');
    expect(spoken(reddit)).toEqual(['u/spanfan42 (interviewer): What is the scariest thing you found?', 'Maria Lopez (guest): A cable with half its wires broken.', 'u/concrete_cat (interviewer): Do drones replace inspectors?', 'Maria Lopez (guest): No. They replace ladders.', 'u/spanfan42 (interviewer): How often should a bridge be inspected?', 'Maria Lopez (guest): Every two years.']);
    const room = ingest('Bridge Space recap\n\n@tombecker: Welcome to the space. With me is Maria Lopez.\n\n@marialopez: Thanks Tom, happy to be here.\n\n@tombecker: Let us take questions.\n\n@ana_s: What is the hardest bridge you inspected?\n\n@marialopez: The Köhlbrand bridge.\n\n@paul_k: Do you still climb?\n\n@marialopez: Every month.\n', 'space.txt');
    expect(turnsOf(room).map((t) => t.speaker)).toEqual(['@tombecker', '@marialopez', '@tombecker', '@ana_s', '@marialopez', '@paul_k', '@marialopez']);
    expect(turnsOf(room).map((t) => t.paragraphs[0])).toContain('Do you still climb?');
  });
  it('leaves one signed name once, quoted in an answer, in the words (guard)', () => {
    const r = ingest('Bridges\n\nTom Becker: What did the critics say?\n\nMaria Lopez: One wrote this:\n\n@bridgehater: Worst bridge ever built.\n\nMaria Lopez: It won a prize the next year.\n\nTom Becker: Good.\n', 'q.txt');
    expect(turnsOf(r).map((t) => t.speaker)).not.toContain('@bridgehater');
  });
});

describe('a Q&A article whose questions are set in italics or bold, closing with the interviewer’s thanks in that style (`*Frau Lopez, vielen Dank für das Gespräch.*`)', () => {
  const qa = (open: string, close: string, last: string) =>
    `# Water is the enemy\n\nMaria Lopez ist Chefingenieurin bei Rhine Bridges.\n\n${open}Frau Lopez, warum ist Wasser so gefährlich?${close}\n\nEs dringt in jeden Riss ein.\n\n${open}Was kann man dagegen tun?${close}\n\nAbdichten, entwässern, prüfen.\n\n${open}Helfen Drohnen?${close}\n\nSehr.\n\n${open}${last}${close}\n`;
  it('gives the thanks to the interviewer, said as uncertain (it was the guest’s last words)', () => {
    for (const mark of ['*', '**']) {
      const r = ingest(qa(mark, mark, 'Frau Lopez, vielen Dank für das Gespräch.'), 'qa.md');
      const last = turnsOf(r).at(-1)!;
      expect([mark, last.role, last.paragraphs]).toEqual([mark, 'interviewer', ['Frau Lopez, vielen Dank für das Gespräch.']]);
      expect(turnsOf(r).at(-2)!.paragraphs).toEqual(['Sehr.']);
      expect(r.uncertain.map((u) => u.text)).toContain('Frau Lopez, vielen Dank für das Gespräch.');
    }
  });
  it('leaves an editor’s note in that style after the interview, which thanks no one (guard)', () => {
    const r = ingest(qa('*', '*', 'Das Gespräch wurde gekürzt und redigiert.'), 'qa.md');
    expect(turnsOf(r).some((t) => t.role === 'interviewer' && t.paragraphs.includes('Das Gespräch wurde gekürzt und redigiert.'))).toBe(false);
  });
});

describe('a Q&A article whose questions are in bold, closing with the interviewer’s thanks in plain words, thanked back (`Maria Lopez, thank you for your time.` / `My pleasure.`)', () => {
  const qa = (thanks: string, back: string) =>
    `# Water is the enemy\n\nMaria Lopez ist Chefingenieurin bei Rhine Bridges.\n\n**Why is water so dangerous?**\n\nIt gets into every crack.\n\n**What can you do about it?**\n\nSeal, drain, inspect.\n\n${thanks}\n\n${back}\n`;
  it('gives the thanks to the interviewer, said as uncertain, the reply to the guest (both were her last answer)', () => {
    for (const [thanks, back] of [['Maria Lopez, thank you for your time.', 'My pleasure.'], ['Frau Lopez, vielen Dank für das Gespräch.', 'Sehr gerne.'], ['Maria Lopez, merci beaucoup.', 'Merci à vous.'], ['Gracias, Maria Lopez.', 'De nada, fue un placer.']] as const) {
      const r = ingest(qa(thanks, back), 'qa.md');
      expect(who(r), thanks).toEqual(['Interviewer (interviewer)', 'Maria Lopez (guest)', 'Interviewer (interviewer)', 'Maria Lopez (guest)', 'Interviewer (interviewer)', 'Maria Lopez (guest)']);
      expect(turnsOf(r).map((t) => t.paragraphs).slice(-3), thanks).toEqual([['Seal, drain, inspect.'], [thanks], [back]]);
      expect(r.uncertain.map((u) => u.text), thanks).toEqual([thanks]);
    }
  });
  it('leaves the guest’s own thanks hers, and thanks she owes to others (guard)', () => {
    for (const [thanks, back] of [['Thanks for having me, Tom.', 'Thank you.'], ['Thanks to the engineers before me.', 'Thanks to them we still have bridges.']] as const) {
      const r = ingest(qa(thanks, back), 'qa.md');
      expect(turnsOf(r).at(-1)!.paragraphs, thanks).toEqual(['Seal, drain, inspect.', thanks, back]);
      expect(r.uncertain, thanks).toEqual([]);
    }
  });
});

describe('a dek naming the guest and, after "at", where she works (“Maria Lopez runs inspection at Rhine Bridges. Tom Becker spoke with her.”)', () => {
  it('names her the guest, the company never (they tied: "Guest")', () => {
    const r = ingest('# Water is the enemy\n\nMaria Lopez runs inspection at Rhine Bridges. Tom Becker spoke with her.\n\n*Why is water so dangerous?*\n\nIt gets into every crack.\n\n*What can you do?*\n\nSeal, drain, inspect.\n', 'qa.md');
    expect(r.transcript.guest).toBe('Maria Lopez');
    expect(turnsOf(r).map((t) => t.speaker)).toEqual(['Tom Becker', 'Maria Lopez', 'Tom Becker', 'Maria Lopez']);
  });
  it('reads Danish "at" ("that") before a name as no employer’s (guard)', () => {
    const r = ingest('# Vand er fjenden\n\nPaul Kim har bygget broer i tyve år. Han siger, at Maria Lopez ved mere, og at Maria Lopez har ret.\n\n*Hvorfor er vand farligt?*\n\nDet trænger ind i hver revne.\n\n*Hvad kan man gøre?*\n\nTætne, dræne, inspicere.\n', 'qa.md');
    expect(r.transcript.guest).toBe('Maria Lopez');
  });
});

describe('a talk a title announces after the speaker’s name (`Maria Lopez: Keynote at Bridge Week 2026`), then `## Q&A` with a moderator and the audience', () => {
  const talk = (opening: string) =>
    ingest(`# Maria Lopez: Keynote at Bridge Week 2026\n\n${opening}\n\n## Q&A\n\n**Moderator:** We have time for a few questions.\n\n**Audience member:** How do you inspect cables?\n\n**Maria Lopez:** With magnets, mostly.\n\n**Audience member:** And drones?\n\n**Maria Lopez:** Drones for the deck.\n\n**Moderator:** Thank you, Maria.\n`, 'talk.md');
  it('gives her the talk, two paragraphs or three, said in a warning (it was the intro, no one’s words)', () => {
    for (const opening of ['Thank you all for coming. I want to talk about water, the enemy of every bridge.\n\nThe second thing is salt. Salt makes water worse.', 'Thank you all for coming. I want to talk about water.\n\nThe second thing is salt.\n\nThe third thing is time.']) {
      const r = talk(opening);
      expect(turnsOf(r)[0]!.speaker).toBe('Maria Lopez');
      expect(turnsOf(r)[0]!.paragraphs[0]).toBe(opening.split('\n\n')[0]);
      expect(r.transcript.intro).toEqual([]);
      expect(r.transcript.warnings.map((w) => w.message).join('\n')).toContain('the talk the title announces, by Maria Lopez');
    }
  });
  it('leaves a writer’s short dek naming her the intro, in the first person too (guard)', () => {
    for (const opening of ['Maria Lopez spoke about water. Here are the audience’s questions.', 'I heard Maria Lopez speak about water. Here are the questions.']) {
      const r = talk(opening);
      expect(r.transcript.intro.map((p) => p.text)).toEqual([opening]);
    }
  });
});

describe('a magazine’s page with its `Save this story` button under the date', () => {
  it('removes the button as the page’s (it was the intro’s words)', () => {
    const r = ingest('# Maria Lopez Knows What’s Wrong with Our Bridges\n\nThe engineer on water and salt.\n\nBy Tom Becker\n\nMarch 3, 2026\n\nSave this story\n\nMaria Lopez has inspected bridges for forty years.\n\n**How did you start?**\n\nMy father built boats.\n\n**What is the problem?**\n\nWater.\n', 'page.md');
    expect(r.transcript.intro.map((p) => p.text)).not.toContain('Save this story');
    expect(r.transcript.removed.map((x) => x.text)).toContain('Save this story');
  });
});

describe('initials two people the introduction names share (`ML:` beside Mark Lee, who hosts, and Maria Lopez, his guest)', () => {
  it('shows the label as written and reports both (the host’s questions were Maria Lopez’s, the name written more often)', () => {
    const r = ingest('# Bridges with Maria Lopez\n\nMark Lee talks with Maria Lopez, chief engineer at Rhine Bridges.\n\nML: Welcome to the show. Why water?\n\nTB: Because it gets everywhere.\n\nML: And salt?\n\nTB: Salt makes it worse.\n', 'ml.md');
    expect(turnsOf(r).map((t) => t.speaker)).not.toContain('Maria Lopez');
    expect(turnsOf(r)[0]!.speaker).toBe('ML');
    expect(r.transcript.warnings.map((w) => w.message)).toContain("speaker label 'ML' could be Maria Lopez or Mark Lee; shown as 'ML'");
  });
  it('still names initials one person of the introduction fits, the other named elsewhere only (guard)', () => {
    const r = ingest('# Bridges\n\nTom Becker talks with Maria Lopez, chief engineer at Rhine Bridges.\n\nTB: Why water?\n\nML: Because it gets everywhere. Mark Lee said so first.\n\nTB: And salt?\n\nML: Salt makes it worse.\n', 'ml.md');
    expect(turnsOf(r).map((t) => t.speaker)).toEqual(['Tom Becker', 'Maria Lopez', 'Tom Becker', 'Maria Lopez']);
  });
});

describe('a box about the guest between turns, quoted or under a bold title of its own (`> **About Maria Lopez**`, `**Zur Person**`), in the third person', () => {
  const page = (box: string) => `# Water always wins\n\n**SPIEGEL:** Ms. Lopez, why does water always win?\n\n**Lopez:** Because it has time. We don’t.\n\n${box}\n\n**SPIEGEL:** And the bridges built today?\n\n**Lopez:** They are better. Not perfect.\n`;
  it('is the editor’s, not the last answer’s words (it was the guest’s)', () => {
    for (const box of ['> **About Maria Lopez**\n>\n> Born in Seville in 1961, Lopez studied engineering in Madrid.', '**About Maria Lopez**\n\nBorn in Seville in 1961, Lopez studied engineering in Madrid.', '> **Zur Person**\n>\n> Maria Lopez, geboren 1961 in Sevilla, studierte in Madrid.']) {
      const r = ingest(page(box), 'box.md');
      const at = turnsOf(r).findIndex((t) => t.paragraphs.some((p) => /1961/.test(p)));
      expect([box, turnsOf(r)[at]!.speaker, turnsOf(r)[at]!.role]).toEqual([box, 'Editor', 'other']);
      expect(turnsOf(r)[1]!.paragraphs).toEqual(['Because it has time. We don’t.']);
    }
  });
  it('leaves a topic’s heading, `## About water`, over the guest’s words going on, in the third person, hers', () => {
    const r = ingest('# Water always wins\n\n**SPIEGEL:** Why does water always win?\n\n**Lopez:** Because it has time.\n\n## About water\n\nWater is patient. It waits in every crack.\n\n**SPIEGEL:** And the bridges built today?\n\n**Lopez:** Better.\n', 'topic.md');
    const at = turnsOf(r).findIndex((t) => t.paragraphs.includes('Water is patient. It waits in every crack.'));
    expect(turnsOf(r)[at]!.role).toBe('guest');
  });
  it('leaves her words in the first person under such a title hers, and a quoted passage without one (guard)', () => {
    for (const box of ['**About Maria Lopez**\n\nI was born in Seville in 1961 and studied in Madrid.', '> **Section 4.2**\n>\n> The contractor shall inspect each bridge yearly.']) {
      const r = ingest(page(box), 'box.md');
      const at = turnsOf(r).findIndex((t) => t.paragraphs.some((p) => /1961|contractor/.test(p)));
      expect([box, turnsOf(r)[at]!.role]).toEqual([box, 'guest']);
    }
  });
});

describe('a text file opening with a show’s name and its episode’s number alone (`Spans 12`) right above the first turn', () => {
  const first = (line: string) => ingest(`${line}\n\nTom Becker: Welcome to Spans. With me is Maria Lopez.\n\nMaria Lopez: Thanks, Tom.\n\nTom Becker: Why water?\n\nMaria Lopez: Because it gets everywhere.\n`, 'spans.txt').transcript;
  it('titles it so (the title was the file’s name, the line the heading of the one part)', () => {
    for (const line of ['Spans 12', 'Episode 12']) expect([line, first(line).title, first(line).sections.map((s) => s.heading)]).toEqual([line, line, [null]]);
  });
  it('leaves a line naming a part, `Part 2`, `Day 3`, `Kapitel 4`, `Spans II`, no title (guard)', () => {
    for (const line of ['Part 2', 'Day 3', 'Kapitel 4', 'Spans II']) expect([line, first(line).title]).not.toEqual([line, line]);
  });
});

describe('two placeholders nobody names, one asking at length, the other answering in a word or two and never asking', () => {
  it('never makes the one who never asks the host (she was, being brief)', () => {
    const r = ingest('Speaker 1: So today the topic is water, which we have been thinking about here at the station for years now.\n\nSpeaker 2: Hello.\n\nSpeaker 1: Why is water dangerous for bridges in the long run, would you say, all things considered?\n\nSpeaker 2: It gets in.\n', 'two.txt');
    expect(turnsOf(r).filter((t) => t.speaker === 'Speaker 2').map((t) => t.role)).not.toContain('interviewer');
  });
});

describe('a panel labelled by first names in capitals, one of two letters (`LI:` for Li Wei, beside `MARIA:` and `PAUL:`)', () => {
  it('names the two-letter one in full too (it was `LI`), where nobody’s initials they are; never a word, `IT:` read as "It" (guard)', () => {
    const panel = (key: string, name: string) => ingest(`Closing panel\n\nPanelists: Maria Lopez (Rhine Bridges), Paul Kim (City of Bonn), ${name} (TU Delft). Moderator: Ana Silva.\n\nANA: Welcome. Maria, who should pay?\n\nMARIA: Whoever uses the bridge.\n\nPAUL: I disagree. It is not that simple. ${name.split(' ')[0]}, what does your data say?\n\n${key}: Both of you are partly right.\n\nANA: Paul, your budget?\n\nPAUL: Two hundred bridges.\n\n${key}: And no data.\n`, 'panel.txt');
    expect(turnsOf(panel('LI', 'Li Wei')).map((t) => t.speaker)).toContain('Li Wei');
    expect(turnsOf(panel('IT', 'Ines Wu')).map((t) => t.speaker)).not.toContain('It');
  });
});

describe('a text file opening with one word alone (`Bridges`) right above the first turn, no heading after it', () => {
  const first = (line: string) => ingest(`${line}\n\nTom: Welcome, Maria. How did you start?\n\nMaria: By accident.\n\nTom: And now?\n\nMaria: Bridges.\n`, 'one.txt').transcript;
  it('titles it so (the title was the file’s name, the word heading the one part)', () => {
    expect([first('Bridges').title, first('Bridges').sections.map((s) => s.heading)]).toEqual(['Bridges', [null]]);
  });
  it('leaves a part’s word (`Introduction`, `Intro`, `Transcript`) no title (guard)', () => {
    for (const line of ['Introduction', 'Intro', 'Transcript']) expect(first(line).title, line).not.toBe(line);
  });
});

describe('a magazine’s questions page: `10 Questions for Maria Lopez`, a dek naming her book, questions in bold, the writer’s `— Tom Becker` closing it', () => {
  const r = ingest('# 10 Questions for Maria Lopez\n\n*TIME talked to the engineer about her new book,* Water Always Wins.\n\n**Your book argues that most bridges are failing. Why?**\n\nBecause we stopped looking at them.\n\n**What do you mean by looking?**\n\nInspecting. Really inspecting.\n\n**Do you have a favorite bridge?**\n\nThe Köhlbrand. It’s ugly, but honest.\n\n— Tom Becker\n', 'time.md');
  it('names the guest the headline’s questions are for (the answers were the book’s, “Water Always Wins”)', () => {
    expect(r.transcript.guest).toBe('Maria Lopez');
  });
  it('keeps the signature out of the turns (it was a question of the interviewer’s)', () => {
    expect(turnsOf(r).at(-1)!.paragraphs).toEqual(['The Köhlbrand. It’s ugly, but honest.']);
    expect(r.transcript.outro.map((p) => p.text)).toEqual(['— Tom Becker']);
  });
});

describe('a dek naming the guest’s book by its title in title case (“her new book, Water Always Wins”)', () => {
  const qa = (dek: string) => ingest(`# Water and bridges\n\n${dek}\n\n**Your book argues that most bridges are failing. Why?**\n\nBecause we stopped looking at them.\n\n**Do you have a favorite bridge?**\n\nThe Köhlbrand.\n`, 'book.md').transcript.guest;
  it('never takes the title for the guest (it was the guest, or tied with her: "Guest")', () => {
    expect(qa('TIME talked to the engineer about her new book, Water Always Wins.')).not.toBe('Water Always Wins');
    expect(qa('Maria Lopez talked to us about her new book, Water Always Wins.')).toBe('Maria Lopez');
  });
  it('still names the guest a dek opens with after her book’s word, the subject of its verb, “In her new book, Maria Lopez argues...”', () => {
    expect(qa('In her new book, Maria Lopez argues that water decides how a bridge ages.')).toBe('Maria Lopez');
  });
});

describe('a headline giving the piece’s kind and the guest’s name on either side of a colon (`Proust Questionnaire: Maria Lopez`, `Maria Lopez: The Rolling Stone Interview`)', () => {
  const qa = (headline: string) => ingest(`# ${headline}\n\nThe bridge engineer on happiness, fear and rivers.\n\n**What is your idea of perfect happiness?**\n\nA dry bridge in August.\n\n**What is your greatest fear?**\n\nRust.\n`, 'qa.md').transcript.guest;
  it('names her (the answers were “Guest”’s)', () => {
    for (const h of ['Proust Questionnaire: Maria Lopez', 'Maria Lopez: The Rolling Stone Interview', 'The Exit Interview: Maria Lopez']) expect(qa(h), h).toBe('Maria Lopez');
  });
  it('names no topic so, `Proust Questionnaire: The Water Years` (guard)', () => {
    expect(qa('Proust Questionnaire: The Water Years')).not.toBe('The Water Years');
  });
});

describe('a magazine’s byline with the name in capitals (`By TOM BECKER`) above questions without labels', () => {
  it('names the interviewer in the name’s case, Tom Becker (it was TOM BECKER)', () => {
    const r = ingest('# Maria Lopez: The Rolling Stone Interview\n\nShe has climbed every bridge on the Rhine.\n\nBy TOM BECKER\n\nYou have said bridges are like people. How so?\n\nThey age in the joints first.\n\nAnd the cables?\n\nThe nerves. You do not see them fail.\n\nWhat keeps you going?\n\nCoffee, mostly.\n', 'rs.md');
    expect(r.transcript.interviewer).toBe('Tom Becker');
  });
});

describe('a magazine’s page whose photographer is credited above the questions (`Photo illustration by Ana Silva`), the guest named nowhere else but in a headline in title case', () => {
  it('never takes the photographer for the guest, nor the credit for a part’s heading (the answers were Ana Silva’s)', () => {
    const r = ingest('# Maria Lopez Thinks We Have Forgotten How to Look\n\nTalk\n\nThe engineer on inspections, drones and the beauty of rust.\n\nBy Tom Becker\n\nPhoto illustration by Ana Silva\n\nYou started as a climber. How did you end up inspecting bridges?\n\nI needed money, and the company needed someone unafraid of heights.\n\nWere you ever afraid?\n\nOnce. On the Köhlbrand, in a storm.\n\nAnd now?\n\nNow I send the drones first.\n', 'nyt.md');
    expect(turnsOf(r).map((t) => t.speaker)).not.toContain('Ana Silva');
    expect(r.transcript.sections.map((s) => s.heading)).toEqual([null]);
  });
});

describe('a byline with the pictures’ credit after it on one line (`Propos recueillis par Tom Becker. Photos Ana Silva`)', () => {
  it('keeps the line and names the interviewer by it (it was removed as a picture’s caption, the questions no one’s)', () => {
    const r = ingest('# Maria Lopez : « L’eau est l’ennemie »\n\nL’ingénieure parle des vieux ponts.\n\nPropos recueillis par Tom Becker. Photos Ana Silva\n\n**Pourquoi l’eau est-elle si dangereuse ?**\n\nElle entre dans chaque fissure.\n\n**Que faire ?**\n\nInspecter.\n', 'fr.md');
    expect(r.transcript.interviewer).toBe('Tom Becker');
    expect(r.transcript.intro.map((p) => p.text)).toContain('Propos recueillis par Tom Becker. Photos Ana Silva');
  });
  it('still removes a caption ending in its credit (guard)', () => {
    const r = ingest('# Bridges\n\nTom Becker: Why water?\n\nMaria Lopez: It gets everywhere.\n\nThe Köhlbrand bridge at dawn. Photo by Ana Silva\n\nTom Becker: And salt?\n\nMaria Lopez: Worse.\n', 'cap.md');
    expect(r.transcript.removed.map((x) => x.text)).toContain('The Köhlbrand bridge at dawn. Photo by Ana Silva');
  });
});

describe('a text file labelled plainly but for one label set in Markdown’s bold (`**Maria Lopez:** Salt...`), the stars kept as written', () => {
  it('reads that label too, the stars no words (her words were the interviewer’s, stars and all)', () => {
    const r = ingest('Bridges\n\nTom Becker (laughing): Welcome, Maria. Why water?\n\nMaria Lopez (via video link): Because it gets everywhere.\n\nTom Becker (off mic): And salt?\n\n**Maria Lopez:** Salt makes it worse.\n', 'mixed.txt');
    expect(spoken(r).at(-1)).toBe('Maria Lopez (guest): Salt makes it worse.');
  });
});

describe('a House hearing whose chair is labelled as anyone else (`Mr. BECKER.`), named as presiding in the opening line', () => {
  const hearing = (opening: string) =>
    ingest(`HEARING ON BRIDGE SAFETY\n\n${opening}\n\nMr. BECKER. The subcommittee will come to order. Today we hear from Dr. Maria Lopez. You are recognized for five minutes.\n\nDr. LOPEZ. Thank you, Mr. Chairman. One bridge in ten needs work now, and salt reaches the steel before we see it.\n\nMr. BECKER. Thank you. What would you change first?\n\nDr. LOPEZ. Sensors on every span, read by people paid to read them.\n\nMs. KIM. Thank you, Mr. Chairman. Dr. Lopez, how much would that cost?\n\nDr. LOPEZ. Less than one collapse.\n\nMs. KIM. I yield back.\n\nMr. BECKER. The gentlewoman yields back. The hearing is adjourned.\n`, 'house.txt');
  it('reads the presiding member as the chair, who asks (he was a guest beside the witness)', () => {
    const r = hearing('The subcommittee met, pursuant to notice, at 10 a.m., in room 2167, Hon. Tom Becker (chairman of the subcommittee) presiding.');
    expect(r.transcript.guest).toBe('Maria Lopez');
    expect(who(r)[0]).toBe('Tom Becker (interviewer)');
    expect(who(r)).toContain('Ms. Kim (interviewer)');
  });
  it('reads the Senate’s wording too (`Senator Tom Becker, chairman of the committee, presiding`)', () => {
    const r = hearing('The committee met, pursuant to notice, at 10 a.m., Senator Tom Becker, chairman of the committee, presiding.');
    expect(who(r)[0]).toBe('Tom Becker (interviewer)');
  });
});

describe('a Q&A whose questions are headings and whose answers are labelled by the one who answers (`### Why do bridges fail?` / `**Maria Lopez:** Mostly water.`)', () => {
  it('reads each heading that asks as the interviewer’s question, named by the dek (they were the parts’ headings, no one asking)', () => {
    const r = ingest('# Bridges and water\n\nTom Becker interviews bridge engineer Maria Lopez.\n\n## Why do bridges fail?\n\n**Maria Lopez:** Water, mostly. It gets into the steel.\n\nAnd it stays there.\n\n## What can be done about it?\n\n**Maria Lopez:** Inspect more often.\n\n## Do you like your job?\n\n**Maria Lopez:** I love it.\n', 'qhead.md');
    expect(r.transcript.sections.map((x) => x.heading)).toEqual([null]);
    expect(spoken(r)).toEqual(['Tom Becker (interviewer): Why do bridges fail?', 'Maria Lopez (guest): Water, mostly. It gets into the steel. | And it stays there.', 'Tom Becker (interviewer): What can be done about it?', 'Maria Lopez (guest): Inspect more often.', 'Tom Becker (interviewer): Do you like your job?', 'Maria Lopez (guest): I love it.']);
  });
  it('keeps parts’ headings that ask no question, where they are as many, and headings above two people’s labelled turns, as headings (guards)', () => {
    const parts = ingest('# Bridges\n\n## Early years\n\n**Maria Lopez:** I grew up by a river.\n\n## Why bridges?\n\n**Maria Lopez:** My father built them.\n\n## Later years\n\n**Maria Lopez:** I inspect them now.\n\n## Steel\n\n**Maria Lopez:** It rusts.\n', 'parts.md');
    expect(parts.transcript.sections.map((x) => x.heading)).toEqual(['Early years', 'Why bridges?', 'Later years', 'Steel']);
    const two = ingest('# Bridges\n\n## Why do bridges fail?\n\n**Tom Becker:** Let us start there. Why?\n\n**Maria Lopez:** Water.\n\n## Who pays?\n\n**Tom Becker:** And the money?\n\n**Maria Lopez:** Everyone.\n', 'two.md');
    expect(two.transcript.sections.map((x) => x.heading)).toEqual(['Why do bridges fail?', 'Who pays?']);
  });
});

describe('a third voice labelled once by a first name or in capitals, as the regulars are, between two turns of the regulars or after the last (a producer’s `Jane: Sorry to jump in...`)', () => {
  const show = ([h, g, x]: readonly [string, string, string], at: 'middle' | 'end') => {
    const core = [`${h}: Welcome. Maria, what do you look at first on a bridge?`, `${g}: Water. It gets into every joint and stays there.`, `${h}: And then?`, `${g}: Paint. Once the paint goes, the clock starts.`, `${h}: Thank you, Maria.`, `${g}: Thank you, Tom.`];
    const x1 = `${x}: Sorry to jump in, we have a question from a listener.`;
    return ingest(`# Bridges\n\n${(at === 'end' ? [...core, x1] : [...core.slice(0, 4), x1, ...core.slice(4)]).join('\n\n')}\n`, 'show.md');
  };
  it('is that voice’s turn (it was the last speaker’s words, the label and all)', () => {
    for (const labels of [['Tom', 'Maria', 'Jane'], ['BECKER', 'LOPEZ', 'DOE'], ['TB', 'ML', 'JD']] as const)
      for (const at of ['middle', 'end'] as const) {
        const r = show(labels, at);
        const turn = turnsOf(r).find((t) => t.paragraphs[0]!.startsWith('Sorry'));
        expect([labels, at, turn?.speaker.toUpperCase(), turnsOf(r).length]).toEqual([labels, at, labels[2].toUpperCase(), 7]);
      }
  });
  it('a word the text writes small, a speaker’s point (`Problem:`, "the problem"), stays the speaker’s words (guard)', () => {
    const r = ingest('# Bridges\n\nTom: Welcome. Maria, what is the problem with old bridges?\n\nMaria: Water. It gets into every joint and stays there.\n\nTom: And then?\n\nMaria: Paint. Once the paint goes, the clock starts.\n\nProblem: Nobody pays for paint until it is too late.\n', 'point.md');
    expect(spoken(r).at(-1)).toBe('Maria (guest): Paint. Once the paint goes, the clock starts. | Problem: Nobody pays for paint until it is too late.');
    const caps = ingest('# Bridges\n\nBECKER: Welcome. Maria, what do you look at first?\n\nLOPEZ: Water. It gets into every joint.\n\nBECKER: And then?\n\nLOPEZ: Paint. Once the paint goes, the clock starts.\n\nPAINT: Nobody pays for it until it is too late.\n', 'point.md');
    expect(spoken(caps).at(-1)).toBe('Lopez (guest): Paint. Once the paint goes, the clock starts. | PAINT: Nobody pays for it until it is too late.');
    // (Nor a page's word or a note's after the last turn, `Photos:`, `Subscribe:`, `Update:`.)
    for (const word of ['Photos', 'Subscribe', 'Update']) {
      const end = ingest(`# Bridges\n\nTom: Welcome. Maria, what do you look at first?\n\nMaria: Water. It gets into every joint.\n\nTom: And then?\n\nMaria: Paint. Once the paint goes, the clock starts.\n\n${word}: The figures above were corrected on March 3.\n`, 'end.md');
      expect(turnsOf(end).map((t) => t.speaker), word).not.toContain(word);
    }
  });
});

describe('a panel whose names stand alone on their lines above the words, a third panelist named once so (`Kim`, `KIM`, `PK`)', () => {
  const panel = (mod: string, [x, y, z]: readonly [string, string, string], ext: string, dek = 'Maria Lopez, Jonas Berg and Paul Kim discussed bridges with Ana Silva.') => ingest(`The Future of Bridges\n\n${dek}\n\n${mod}\nWelcome. Maria, how old are our bridges?\n\n${x}\nOver forty years, on average.\n\n${mod}\nJonas?\n\n${y}\nOlder in the east, I would say.\n\n${x}\nI am not sure that is true.\n\n${y}\nIt is, look at the figures.\n\n${mod}\nPaul, who pays?\n\n${z}\nThe state, in the end.\n\n${mod}\nThank you all.\n`, `panel.${ext}`);
  it('is his turn where a line of the text names him in full beside another panelist, his first name, surname or initials (his words were the moderator’s under a heading, or the last panelist’s, the name run into them)', () => {
    for (const ext of ['txt', 'md'])
      for (const [mod, labels] of [['Host', ['Lopez', 'Berg', 'Kim']], ['Ana', ['LOPEZ', 'BERG', 'KIM']], ['Ana Silva', ['ML', 'JB', 'PK']]] as const) {
        const r = panel(mod, labels, ext);
        expect([ext, labels[2], spoken(r).slice(-2)]).toEqual([ext, labels[2], ['Paul Kim (guest): The state, in the end.', `${mod === 'Host' ? 'Host' : 'Ana Silva'} (interviewer): Thank you all.`]]);
      }
  });
  it('a word once so whose full name no line names beside a panelist stays no speaker (guard: “Podcast” above the words, “Podcast Ideas” in the dek)', () => {
    const r = panel('Host', ['Lopez', 'Berg', 'Podcast'], 'txt', 'Recorded for Podcast Ideas.');
    expect(turnsOf(r).filter((t) => /Podcast/.test(t.speaker))).toEqual([]);
  });
});

describe('a radio show’s transcript in acts (`Prologue`, `Act One: The Cable`), each name alone on its line above the words', () => {
  const show = (act: string) => ingest(`612: Bridges\n\nPrologue\n\nIra Glass\nSo today on our program, bridges. Maria Lopez inspects them.\n\nMaria Lopez\nI climb them, mostly.\n\nIra Glass\nAnd what do you find up there?\n\nMaria Lopez\nSalt. Everywhere. It gets into the steel.\n\n${act}\n\nIra Glass\nOur first story is about one cable.\n\nMaria Lopez\nIt was in Genoa, in 2017.\n`, 'show.txt');
  it('reads an act’s line as the part it opens (`Act One` was a guest saying “The Cable”)', () => {
    for (const act of ['Act One: The Cable', 'Act 2: The Cable', 'Act II: The Cable']) {
      const r = show(act);
      expect(r.transcript.sections.map((s) => s.heading), act).toEqual(['Prologue', act]);
      expect(r.transcript.guest, act).toBe('Maria Lopez');
    }
  });
});

describe('a newsletter’s podcast page copied line by line: the headline shaped as a label (`Maria Lopez: Salt is the enemy`) above the page’s buttons, the sign-up box after the last turn', () => {
  const page = (headlines: number) =>
    ingest(
      `Rivers and Roads\nSubscribe\nSign in\n${'Maria Lopez: Salt is the enemy\nCopy link\nFacebook\nEmail\nNotes\nMore\n'.repeat(headlines)}Why old bridges fail, and what sensors can do about it.\nTom Becker\nDec 01, 2026\nTranscript\nListen\nMaria Lopez inspects bridges for Rhine Works.\n\nTom Becker: Welcome to Rivers and Roads. My guest today is Maria Lopez.\n\nMaria Lopez: Thanks for having me, Tom.\n\nTom Becker: Why is salt so bad?\n\nMaria Lopez: It gets into the steel and nobody sees it until it is too late.\n\nTom Becker: Thank you, Maria.\n\nSubscribe to Rivers and Roads\nLaunched 2 years ago\nConversations about the things that hold us up.\nSubscribe\nBy subscribing, I agree to Substack's Terms of Use, and acknowledge its Information Collection Notice and Privacy Policy.\n42 Likes\nDiscussion about this episode\nComments\n`,
      'page.txt',
    );
  it('reads the headline as the title, the lines under it as the intro, whether the page sets it once or twice (they were all Maria Lopez’s first turn)', () => {
    for (const n of [1, 2]) {
      const r = page(n);
      expect(r.transcript.title, String(n)).toBe('Maria Lopez: Salt is the enemy');
      expect(spoken(r)[0], String(n)).toBe('Tom Becker (interviewer): Welcome to Rivers and Roads. My guest today is Maria Lopez.');
      expect(r.transcript.intro.map((p) => p.text), String(n)).toContain('Maria Lopez inspects bridges for Rhine Works.');
    }
  });
  it('removes the sign-up box after the last turn, its pitch and its consent line too (they were the host’s last words)', () => {
    const r = page(1);
    expect(spoken(r).at(-1)).toBe('Tom Becker (interviewer): Thank you, Maria.');
    expect(r.transcript.removed.map((x) => x.text)).toEqual(expect.arrayContaining(['Subscribe to Rivers and Roads', 'Launched 2 years ago', 'Conversations about the things that hold us up.', "By subscribing, I agree to Substack's Terms of Use, and acknowledge its Information Collection Notice and Privacy Policy."]));
  });
  it('keeps a first turn that says a sentence, and a sentence between a recording’s markers after the last turn (guards)', () => {
    const r = ingest('Rivers and Roads\n\nMaria Lopez: Salt is the enemy, and I mean it.\nCopy link\nFacebook\nEmail\nNotes\n\nTom Becker: Why?\n\nMaria Lopez: It gets into the steel.\n\nTom Becker: Thank you.\n\nMaria Lopez: Thank you.\n', 'g.txt');
    expect(spoken(r)[0]).toMatch(/^Maria Lopez \(guest\): Salt is the enemy, and I mean it\./);
    const m = ingest('Tom Becker: Why salt?\n\nMaria Lopez: It gets into the steel.\n\nTom Becker: Thank you.\n\n[music]\n\nThanks for listening.\n\n[music]\n', 'm.txt');
    expect(m.transcript.removed.map((x) => x.text)).not.toContain('Thanks for listening.');
  });
});

describe('a co-host who mostly reacts, named nowhere before the conversation, and announces the sponsor’s break', () => {
  const show = (brk: string) =>
    ingest(`**Tom Becker:** Maria, it’s a big day for you. Tell us what’s going on.\n\n**Maria Lopez:** Yeah, so today we open the inspection data of every bridge in the city to anyone who wants it, and we hope people will take part.\n\n**Tom Becker:** Congratulations! How did it start?\n\n**Paul Kim:** Definitely.\n\n**Maria Lopez:** With a spreadsheet, honestly. I kept notes on every crack I saw, and after five years the notes were the most useful thing we had in the office.\n\n**Tom Becker:** And then?\n\n**Maria Lopez:** Then the city asked for them, and I said only if everyone can have them.\n\n**Paul Kim:** That’s a long time.\n\n**Maria Lopez:** It was. Ten years of notes in the end, all of them typed up by hand.\n\n**Paul Kim:** Alright, bear with us a second. ${brk}\n\n**Tom Becker:** So what did people do with the data?\n\n**Maria Lopez:** They found three bridges we had missed. One of them was closed the next week.\n`, 'cohost.md');
  it('reads him as a host: a break is the hosts’ to announce (he was a second guest)', () => {
    for (const brk of ['Here’s a quick word from our sponsor.', 'Here’s a little interlude from Linode.', 'We’ll be right back.']) expect(show(brk).transcript.interviewer, brk).toBe('Tom Becker, Paul Kim');
  });
});

describe('a host’s and a guest’s phrases written with a typographic apostrophe (`I’m your host`, `Today’s guest`), as web pages write them', () => {
  const two = (host: string) => ingest(`Speaker 1: Hi there. ${host}\n\nSpeaker 2: Okay. Water gets into the cracks and everything fails after a few winters, it is simple.\n\nSpeaker 1: Okay.\n\nSpeaker 2: And salt makes it worse, much worse than people think, believe me.\n`, 'ap.md');
  it('reads them as with a straight one (the host was the guest)', () => {
    for (const host of ['I’m your host, and we’re talking about water.', 'Let’s dive in and talk about water.', 'We’ll be right back after this, water first.']) {
      expect(who(two(host))[0], host).toBe('Speaker 1 (interviewer)');
      expect(who(two(host.replace(/’/g, "'")))[0], host).toBe('Speaker 1 (interviewer)');
    }
  });
});

describe('a text file whose first line is a headline shaped as a label, a few words and no sentence (`Maria Lopez: Water is the enemy`)', () => {
  const file = (head: string, dek = '') => ingest(`${head}\n\n${dek ? `${dek}\n\n` : ''}Tom Becker: Why is salt so bad?\n\nMaria Lopez: It gets into the steel.\n\nTom Becker: And then?\n\nMaria Lopez: Then it rusts from inside.\n`, 'head.txt');
  it('reads it as the title, and a dek under it as the intro (both were her first words)', () => {
    for (const head of ['Maria Lopez: Water is the enemy', 'Maria Lopez: Water Is the Enemy']) {
      const r = file(head, 'Tom Becker talks to the engineer about salt.');
      expect(r.transcript.title, head).toBe(head);
      expect(r.transcript.intro.map((p) => p.text), head).toEqual(['Tom Becker talks to the engineer about salt.']);
      expect(who(r)[0], head).toBe('Tom Becker (interviewer)');
      expect(who(file(head))[0], head).toBe('Tom Becker (interviewer)');
    }
  });
  it('keeps a first turn that greets, says a sentence or a marker, and every turn of a file without stops (guards)', () => {
    for (const head of ['Maria Lopez: Good morning everyone', 'Maria Lopez: Water is the enemy.', 'Maria Lopez: [laughs]', 'Maria Lopez: (inaudible) about the bridges', 'Maria Lopez: Hi Tom']) expect(who(file(head))[0], head).toBe('Maria Lopez (guest)');
    const bare = ingest('Maria Lopez: water is the enemy\n\nTom Becker: why is salt so bad\n\nMaria Lopez: it gets into the steel\n\nTom Becker: and then\n\nMaria Lopez: then it rusts from inside\n', 'bare.txt');
    expect(who(bare)[0]).toBe('Maria Lopez (guest)');
  });
});

describe('an article’s pager between its pages, inside an answer (`Page 2 of 3` / `Next page`)', () => {
  it('removes it, and the answer goes on under the same speaker (`Next page` headed a part)', () => {
    const r = ingest('Maria Lopez on salt\n\nTom Becker: What would you change?\n\nMaria Lopez: Sensors on every span.\n\nPage 2 of 3\n\nNext page\n\nAnd people paid to read them, which is the hard part.\n\nTom Becker: Thank you.\n\nMaria Lopez: Thank you, Tom.\n', 'pager.txt');
    expect(r.transcript.sections.map((s) => s.heading)).toEqual([null]);
    expect(turnsOf(r)[1]!.paragraphs).toEqual(['Sensors on every span.', 'And people paid to read them, which is the hard part.']);
    expect(r.transcript.removed.map((x) => x.text)).toContain('Next page');
  });
});

describe('a text file whose names stand alone in Markdown’s bold with a time in milliseconds after them (`**Tom Becker** (0:00:01.250)`)', () => {
  it('reads each as the label of the words below, timed (the build failed: no turns)', () => {
    const r = ingest('**Tom Becker** (0:00:01.250)\nWelcome to the show, Maria. Why is salt so bad?\n\n**Maria Lopez** (0:00:05.900)\nIt gets into the steel and nobody sees it.\n\n**Tom Becker** (0:01:02.000)\nAnd sensors?\n\n**Maria Lopez** (0:01:04.500)\nThey see what we cannot.\n', 'ms.txt');
    expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
    expect(turnsOf(r).map((t) => t.time)).toEqual([1.25, 5.9, 62, 64.5]);
  });
});

describe('times to the millisecond in the shapes tools write them beside a name (`[00:00:01.250] **Tom Becker:**`, `**Tom Becker** *00:00:01.250*`, `Tom Becker 00:00:01.250 Welcome...`)', () => {
  const rows: [string, string, string][] = [['00:00:01.250', 'Tom Becker', 'Welcome, Maria. Why salt?'], ['00:00:05.900', 'Maria Lopez', 'It gets into the steel.'], ['00:01:02.000', 'Tom Becker', 'And sensors?'], ['00:01:04.500', 'Maria Lopez', 'They see what we cannot.']];
  it('reads each turn and its time (the first was the intro, the others untimed; or the build failed)', () => {
    for (const [file, shape] of [['ms.md', (t: string, n: string, w: string) => `[${t}] **${n}:** ${w}`], ['ms.md', (t: string, n: string, w: string) => `**${n}** *${t}*\n\n${w}`], ['ms.txt', (t: string, n: string, w: string) => `${n} ${t} ${w}`]] as const) {
      const r = ingest(rows.map(([t, n, w]) => shape(t, n, w)).join('\n\n') + '\n', file);
      expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
      expect(turnsOf(r).map((t) => t.time)).toEqual([1.25, 5.9, 62, 64.5]);
    }
  });
});

describe('a short headline in title case that namesIn reads whole as a name (`Old Bridges Never Die`), above bold questions naming no one', () => {
  it('names no guest by it (the headline was the guest)', () => {
    for (const h of ['Old Bridges Never Die', 'Big Tech Wants In']) {
      const r = ingest(`# ${h}\n\nThe engineer on inspections.\n\nBy Tom Becker\n\n**Why bridges?**\n\nBecause I like them.\n\n**And steel?**\n\nIt rusts.\n\n**Why salt?**\n\nIt gets everywhere.\n`, 'h.md');
      expect(r.transcript.guest, h).toBeNull();
      expect(who(r)[1], h).toBe('Guest (guest)');
    }
  });
  it('still names the guest by a headline that is her name alone (guard)', () => {
    const r = ingest('# Maria Lopez\n\nThe engineer on inspections.\n\nBy Tom Becker\n\n**Why bridges?**\n\nBecause I like them.\n\n**And steel?**\n\nIt rusts.\n', 'h.md');
    expect(r.transcript.guest).toBe('Maria Lopez');
  });
});

describe('a paper’s note on a change after the last answer (`This article was amended on ...`, `Dieser Artikel wurde am ... aktualisiert`)', () => {
  it('is the outro, not the guest’s last words', () => {
    for (const note of ['This article was amended on 2 December 2026 to correct the year of the inspection.', 'Dieser Artikel wurde am 3. Dezember aktualisiert.', 'Cet article a été modifié le 3 décembre.']) {
      const r = ingest(`# Maria Lopez on salt\n\nThe engineer tells Tom Becker about rust.\n\n**How did you start?**\n\nWith a crack in a bridge near my house.\n\n**What kept you awake?**\n\nThe Severn crossing, in 2019.\n\n*${note}*\n`, 'note.md');
      expect(turnsOf(r).at(-1)!.paragraphs, note).toEqual(['The Severn crossing, in 2019.']);
      expect(r.transcript.outro.map((p) => p.text), note).toEqual([note]);
    }
  });
});

describe('a podcast’s page whose headline is set again over the article, shaped as a label with a dash (`Brückenfunk – Folge 88: Salz im Stahl`)', () => {
  it('reads the repeat as the headline’s, the dek under it as the intro (the show was a host, saying the dek; the full names were lost)', () => {
    const r = ingest('Brückenfunk – Folge 88: Salz im Stahl\n\nPodcast\n\nBrückenfunk – Folge 88: Salz im Stahl\nVeröffentlicht am 1. Dezember 2026 von Tom Becker\n\nIn dieser Folge sprechen Tom und Ana mit der Ingenieurin Maria Lopez über Salz, Sensoren und alte Brücken.\n\n[00:00:00] Tom: Hallo und herzlich willkommen zu Folge 88 vom Brückenfunk. Ich bin Tom.\n\n[00:00:04] Ana: Und ich bin Ana. Heute haben wir Maria Lopez zu Gast. Hallo Maria!\n\n[00:00:08] Maria: Hallo, danke für die Einladung.\n\n[00:00:11] Tom: Maria, warum ist Salz so gefährlich?\n\n[00:00:14] Maria: Es dringt in den Stahl ein, und niemand sieht es.\n\n[00:00:30] Ana: Und was würdest du ändern?\n\n[00:00:33] Maria: Sensoren an jedem Feld.\n', 'folge.txt');
    expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Ana (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Ana (interviewer)', 'Maria Lopez (guest)']);
    expect(r.transcript.intro.map((p) => p.text)).toContain('In dieser Folge sprechen Tom und Ana mit der Ingenieurin Maria Lopez über Salz, Sensoren und alte Brücken.');
  });
});

describe('a German page’s share bar and comment form after the last answer (`Teilen:` / `Facebook` / `E-Mail`, `Kommentar verfassen`)', () => {
  it('removes them, the outro empty (`E-Mail` and `Kommentar verfassen` were kept)', () => {
    const r = ingest('Brückenfunk 88\n\nTom: Hallo Maria. Warum ist Salz so gefährlich?\n\nMaria: Es dringt in den Stahl ein.\n\nTom: Danke, Maria!\n\nTeilen:\nFacebook\nTwitter\nE-Mail\n\nKommentar verfassen\n', 'teilen.txt');
    expect(r.transcript.outro).toEqual([]);
    expect(r.transcript.removed.map((x) => x.text)).toEqual(expect.arrayContaining(['E-Mail', 'Kommentar verfassen']));
  });
});

describe('a transcription service’s page: `Speaker 1 (00:00):` beside the guest’s name, a dek naming her first (“Maria Lopez speaks with Tom Becker about ...”), a headline saying whose interview it is', () => {
  const page = (head: string) => ingest(`${head}\nMaria Lopez speaks with Tom Becker about bridge safety. Read the transcript here.\nSpeaker 1 (00:00):\nMaria, thanks for joining me. Why are bridges failing?\nMaria Lopez (00:04):\nSalt, mostly. It gets into the steel.\nSpeaker 1 (00:09):\nAnd what should cities do?\nMaria Lopez (00:11):\nInspect more often, and put sensors on every span.\nSpeaker 1 (00:17):\nThank you.\nMaria Lopez (00:18):\nThank you, Tom.\n`, 'rev.txt');
  it('reads her as the guest, the one asking as the host (they were the other way round)', () => {
    for (const head of ['Maria Lopez Interview on Bridge Safety Transcript', 'An Interview with Maria Lopez on Bridge Safety']) {
      const r = page(head);
      expect(r.transcript.guest, head).toBe('Maria Lopez');
      expect(who(r)[0], head).toBe('Tom Becker (interviewer)');
    }
  });
});

describe('a dek in which the guest “speaks with” the host, her name first, above turns in which he asks', () => {
  const file = (dek: string, head = 'Bridge Safety Transcript') => ingest(`${head}\n${dek}\nSpeaker 1 (00:00):\nMaria, thanks for joining me. Why are bridges failing?\nMaria Lopez (00:04):\nSalt, mostly. It gets into the steel.\nSpeaker 1 (00:09):\nAnd what should cities do?\nMaria Lopez (00:11):\nInspect more often, and put sensors on every span.\nSpeaker 1 (00:17):\nThank you.\nMaria Lopez (00:18):\nThank you, Tom.\n`, 'rev.txt');
  it('leaves the sides to the turns: “talks with” runs both ways (she was the host)', () => {
    const r = file('Maria Lopez speaks with Tom Becker about bridge safety.');
    expect(who(r)[0]).toBe('Tom Becker (interviewer)');
    expect(r.transcript.guest).toBe('Maria Lopez');
  });
  it('still decides between two who ask as much as each other (guard)', () => {
    const r = ingest('Bridges\n\nTom Becker talks with Maria Lopez about bridges.\n\nMaria Lopez: Are bridges fine? Not really, salt is the problem.\n\nTom Becker: Is salt the problem? Yes, it is the problem.\n\nMaria Lopez: And steel? It rusts inside, where nobody looks.\n\nTom Becker: And drones? They look for us now, mostly.\n', 'g.txt');
    expect(r.transcript.interviewer).toBe('Tom Becker');
  });
  it('reads a first line naming the transcript, `Bridge Safety: Transcript`, as the title, not a speaker', () => {
    const r = file('Maria Lopez speaks with Tom Becker about bridge safety.', 'Bridge Safety: Transcript');
    expect(r.transcript.title).toBe('Bridge Safety: Transcript');
    expect(who(r)).not.toContain('Bridge Safety (guest)');
  });
});

describe('a page copied line by line whose first line is shaped as a label naming no one who speaks (`Bridge Safety: A Conversation`), the page’s furniture under it', () => {
  it('reads it as the title, the lines under it as the intro (they were “Bridge Safety”’s words)', () => {
    const r = ingest('Bridge Safety: A Conversation\nMaria Lopez Interview on Bridge Safety Transcript\nMaria Lopez speaks with Tom Becker about bridge safety. Read the transcript here.\nInterviews\nMaria Lopez\nTom Becker\nTranscribe Your Own Content\nTry Rev and save time transcribing, captioning, and subtitling.\nSpeaker 1 (00:00):\nMaria, thanks for joining me. Why are bridges failing?\nMaria Lopez (00:04):\nSalt, mostly. It gets into the steel.\nSpeaker 1 (00:09):\nAnd what should cities do?\nMaria Lopez (00:11):\nInspect more often, and put sensors on every span.\n', 'page.txt');
    expect(r.transcript.title).toBe('Bridge Safety: A Conversation');
    expect(who(r)).toEqual(['Speaker 1 (interviewer)', 'Maria Lopez (guest)', 'Speaker 1 (interviewer)', 'Maria Lopez (guest)']);
  });
});

describe('a paper’s rights line alone after the last answer (`Riproduzione riservata ©`, `© RIPRODUZIONE RISERVATA`, `Alle Rechte vorbehalten.`)', () => {
  it('is removed as the page’s footer (it was the guest’s last words)', () => {
    for (const line of ['Riproduzione riservata ©', '© RIPRODUZIONE RISERVATA', 'Alle Rechte vorbehalten.', 'Tous droits réservés']) {
      const r = ingest(`Intervista a Maria Lopez\n\ndi Tom Becker\n\nD. Ingegnera, i nostri ponti sono sicuri?\nR. Non tutti. Il sale entra nell'acciaio.\nD. Cosa bisogna fare?\nR. Ispezionare più spesso.\n\n${line}\n`, 'it.txt');
      expect(turnsOf(r).at(-1)!.paragraphs, line).toEqual(['Ispezionare più spesso.']);
      expect(r.transcript.removed.map((x) => x.text), line).toContain(line);
    }
  });
});

describe('a paper’s notice forbidding reprints after the last answer (`本文版权归桥梁周刊所有，未经授权不得转载。`, `記事の無断転載を禁じます。`, `Reproduction interdite sans autorisation.`)', () => {
  it('is removed as the page’s footer, in Chinese, Japanese, Korean and European languages (it was the guest’s last words)', () => {
    const zh = '问：桥为什么会倒塌？\n\n答：主要是水。\n\n问：需要多久？\n\n答：通常几十年。\n\n';
    const en = 'Tom Becker: Why do bridges fail?\n\nMaria Lopez: Mostly water.\n\nTom Becker: How long?\n\nMaria Lopez: Decades.\n\n';
    for (const [body, last, line] of [
      [zh, '通常几十年。', '本文版权归桥梁周刊所有，未经授权不得转载。'],
      [zh, '通常几十年。', '未经授权，禁止转载。'],
      [zh, '通常几十年。', '转载请注明出处。'],
      [zh, '通常几十年。', '版權所有，轉載請聯繫本刊。'],
      [en, 'Decades.', '記事の無断転載を禁じます。'],
      [en, 'Decades.', '무단 전재 및 재배포 금지'],
      [en, 'Decades.', 'Reproduction interdite sans autorisation.'],
      [en, 'Decades.', 'Nachdruck nur mit Genehmigung.'],
      [en, 'Decades.', 'Prohibida su reproducción total o parcial.'],
    ]) {
      const r = ingest(`${body}${line}\n`, 'rights.txt');
      expect(turnsOf(r).at(-1)!.paragraphs, line).toEqual([last]);
      expect(r.transcript.removed.map((x) => [x.text, x.kind]), line).toEqual([[line, 'chrome']]);
    }
  });
});

describe('a radio show’s transcript copied without its blank lines: names alone above the words, under a part’s line (`Prologue`, `Act One: The Cable`)', () => {
  it('reads each name as the label of the words under it, each part’s line as its heading (the build failed: no turns)', () => {
    const r = ingest('612: Bridges\nPrologue\nIra Glass\nSo today on our program, bridges. Maria Lopez inspects them.\nMaria Lopez\nI climb them, mostly.\nIra Glass\nAnd what do you find up there?\nMaria Lopez\nSalt. Everywhere. It gets into the steel.\nAct One: The Cable\nIra Glass\nOur first story is about one cable.\nMaria Lopez\nIt was in Genoa, in 2017.\n', 'show.txt');
    expect(r.transcript.sections.map((s) => s.heading)).toEqual(['Prologue', 'Act One: The Cable']);
    expect(who(r)).toEqual(['Ira Glass (interviewer)', 'Maria Lopez (guest)', 'Ira Glass (interviewer)', 'Maria Lopez (guest)', 'Ira Glass (interviewer)', 'Maria Lopez (guest)']);
  });
  it('and so where the acts are many, each of two turns (their lines are no labels of the file’s own)', () => {
    const acts = ['Act One: The Cable', 'Act Two: The Bolt', 'Act Three: The Paint'].map((a, k) => `${a}\nIra Glass\nWhat happened next, part ${k + 1}?\nMaria Lopez\nIt rusted, as always.\n`).join('');
    const r = ingest(`612: Bridges\nPrologue\nIra Glass\nSo today on our program, bridges.\nMaria Lopez\nI climb them, mostly.\n${acts}`, 'acts.txt');
    expect(r.transcript.sections.map((s) => s.heading)).toEqual(['Prologue', 'Act One: The Cable', 'Act Two: The Bolt', 'Act Three: The Paint']);
    expect(who(r)).toHaveLength(8);
  });
  it('under an intro of paragraphs between blank lines, and with parts’ headings between blank lines, names in capitals alone (every turn was the intro, the second speaker’s name removed as spam)', () => {
    const turns = 'TOM BECKER\nWhy bridges?\nSEDITED\nMy father built them.\nTOM BECKER\nAnd water?\nSEDITED\nWater is the enemy of every bridge.\nTOM BECKER\nAnd salt?\nSEDITED\nSalt is worse.\n';
    const intro = '# Bridges and water\n\nBridges fail from the inside. Water gets into the cracks.\n\nOur guest has inspected four hundred of them.\n\nShe spoke to us in Rotterdam last week.\n\n';
    const expected = ['Tom Becker (interviewer)', 'Sedited (guest)', 'Tom Becker (interviewer)', 'Sedited (guest)', 'Tom Becker (interviewer)', 'Sedited (guest)'];
    const r = ingest(`${intro}${turns}`, 'intro.txt');
    expect(who(r)).toEqual(expected);
    expect(r.transcript.intro).toHaveLength(3);
    const parts = ingest(`# Bridges and water\n\n## Steel\n\n${turns}\n## Water\n\n${turns}\n## Salt\n\n${turns}`, 'parts.txt');
    expect(parts.transcript.sections.map((x) => [x.heading, x.turns.length])).toEqual([['Steel', 6], ['Water', 6], ['Salt', 6]]);
    expect(parts.transcript.removed).toEqual([]);
  });
  it('and where only the title stands apart by a blank line, a short file too (the build failed: no turns)', () => {
    const r = ingest('Shop Talk\n\nTom Becker\nWelcome to the show. Today I am talking with Maria Lopez.\nMaria Lopez\nThanks for having me, Tom.\nTom Becker\nHow did you start?\nMaria Lopez\nMy grandfather had a shed full of tools.\nTom Becker\nThank you, Maria.\n', 'shop.txt');
    expect(r.transcript.title).toBe('Shop Talk');
    expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)']);
  });
});

describe('a job in small letters in parentheses after the name (`Maria Lopez (bridge engineer):`, `María López (ingeniera de puentes):`)', () => {
  it('is what the speaker is, not a note on how the words are said (it opened her words)', () => {
    const r = ingest('Tom Becker (laughing): Why?\n\nMaria Lopez (bridge engineer): Salt.\n\nTom Becker (laughing at the mayor): And?\n\nMaria Lopez (ingeniera de puentes): Rust.\n', 'job.txt');
    expect(spoken(r)).toEqual(['Tom Becker (interviewer): (laughing) Why?', 'Maria Lopez (guest): Salt.', 'Tom Becker (interviewer): (laughing at the mayor) And?', 'Maria Lopez (guest): Rust.']);
  });
});

describe('a host’s first words without their stop as the file’s first line (`Tom Becker: Let’s talk about bridges`), the guest answering him by name', () => {
  it('stays his turn, not the headline (the title was his words)', () => {
    for (const first of ['Tom Becker: Let’s talk about bridges', 'Tom Becker: This is Rivers and Roads', 'Tom Becker: Recording now']) {
      const r = ingest(`${first}\n\nMaria Lopez: Happy to be here, Tom.\n\nTom Becker: Why is salt so bad?\n\nMaria Lopez: It gets into the steel.\n\nTom Becker: And then?\n\nMaria Lopez: Then it rusts from inside.\n`, 'first.txt');
      expect(spoken(r)[0], first).toBe(`Tom Becker (interviewer): ${first.slice('Tom Becker: '.length)}`);
    }
  });
  it('and so where he never asks below, the guest answering him by name', () => {
    const r = ingest('Tom Becker: Let’s talk about bridges\n\nMaria Lopez: Happy to be here, Tom.\n\nTom Becker: Salt first, then.\n\nMaria Lopez: It gets into the steel.\n\nTom Becker: Right.\n\nMaria Lopez: Then it rusts from inside.\n', 'first.txt');
    expect(spoken(r)[0]).toBe('Tom Becker (interviewer): Let’s talk about bridges');
  });
  it('and so where the guest’s answer names no one, the name asking in its turns below', () => {
    const r = ingest('Tom Becker: Let’s talk about bridges\n\nMaria Lopez: Good. Salt first.\n\nTom Becker: Why is salt so bad?\n\nMaria Lopez: It gets into the steel.\n\nTom Becker: And then?\n\nMaria Lopez: Then it rusts from inside.\n', 'first.txt');
    expect(spoken(r)[0]).toBe('Tom Becker (interviewer): Let’s talk about bridges');
  });
});

describe('a piece “as told to” its writer: the headline, `As told to Tom Becker`, paragraphs in the first person, a note naming the one who tells it', () => {
  const piece = (note: string) => ingest(`# I have inspected bridges for 20 years. Here is what scares me.\n\nAs told to Tom Becker\n\nI started as a climber. The company needed someone unafraid of heights, and I needed the money.\n\nThe first bridge I inspected was in Seville. I counted the cracks every week.\n\nSalt is what scares me. It gets into the steel and nobody sees it.\n${note ? `\n${note}\n` : ''}`, 'told.md');
  it('reads every paragraph under the byline as hers, the note the outro, and says so (the build failed: no turns)', () => {
    const r = piece('*Maria Lopez is chief inspector at Rhine Works. This interview has been edited and condensed.*');
    expect(who(r)).toEqual(['Maria Lopez (guest)']);
    expect(turnsOf(r)[0]!.paragraphs).toHaveLength(3);
    expect(r.transcript.intro.map((p) => p.text)).toEqual(['As told to Tom Becker']);
    expect(r.transcript.outro.map((p) => p.text)).toEqual(['Maria Lopez is chief inspector at Rhine Works. This interview has been edited and condensed.']);
    expect(r.transcript.warnings.map(formatDiagnostic).join('\n')).toMatch(/every one is read as Maria Lopez's/);
  });
  it('shows her as "Guest" where nothing names her', () => {
    expect(who(piece(''))).toEqual(['Guest (guest)']);
  });
  it('leaves an essay without the byline unread, as before (guard)', () => {
    expect(() => ingest('# What scares me\n\nI started as a climber.\n\nThe first bridge I inspected was in Seville.\n\nSalt is what scares me.\n', 'essay.md')).toThrow(/no speaker turns found/);
  });
});

describe('a meeting tool’s notes above its transcript (`Overview`, `Action Items` / `Tom Becker: send Maria the draft by Friday.`, then `Transcript`)', () => {
  it('reads the notes as the intro, a task naming its owner no turn (it was Tom Becker’s first words)', () => {
    const r = ingest('Bridge interview - Meeting Notes\n\nOverview\nMaria Lopez explained why salt damages bridges.\n\nAction Items\nTom Becker: send Maria the draft by Friday.\n\nTranscript\n\nTom Becker - 00:02\nMaria, thanks for coming in. Why are bridges failing?\n\nMaria Lopez - 00:06\nSalt, mostly. It gets into the steel.\n\nTom Becker - 00:16\nAnd what should cities do?\n\nMaria Lopez - 00:18\nInspect more often.\n', 'notes.txt');
    expect(spoken(r)[0]).toBe('Tom Becker (interviewer): Maria, thanks for coming in. Why are bridges failing?');
    expect(r.transcript.intro.map((p) => p.text)).toContain('Tom Becker: send Maria the draft by Friday.');
  });
});

describe('a full name with a middle initial on first use (`Tom R. Becker:`), then the surname alone once (`Becker:`) or with the initial (`T. Becker:`)', () => {
  it('reads each short form as that person’s label (his question was her words)', () => {
    const r = ingest('Bridges\n\nTom R. Becker: Welcome, Maria. Why salt?\n\nMaria J. Lopez: It gets into the steel.\n\nBecker: And then?\n\nLopez: It rusts from inside.\n\nT. Becker: Thanks.\n\nM. Lopez: Thank you.\n', 'mid.txt');
    expect(who(r)).toEqual(['Tom R. Becker (interviewer)', 'Maria J. Lopez (guest)', 'Tom R. Becker (interviewer)', 'Maria J. Lopez (guest)', 'Tom R. Becker (interviewer)', 'Maria J. Lopez (guest)']);
  });
});

describe('a title and the full name once (`Dr. Maria Lopez:`), the full name without it after (`Maria Lopez:`)', () => {
  it('is one person, by the name (there were two guests, “Dr. Maria Lopez” and “Maria Lopez”)', () => {
    const r = ingest('Bridges\n\nDr. Maria Lopez: Thanks for having me.\n\nTom Becker: Why salt?\n\nMaria Lopez: It gets into the steel.\n\nTom Becker: And then?\n\nMaria Lopez: It rusts.\n', 'dr.txt');
    expect(r.transcript.guest).toBe('Maria Lopez');
    expect(who(r)[0]).toBe('Maria Lopez (guest)');
  });
});

describe('a name linked to the speaker’s page, in bold inside the link, its time before the colon (`[**Tom Becker**](https://...) (00:01): ...`)', () => {
  it('is the label and its time (the build failed: no turns)', () => {
    const r = ingest('[**Tom Becker**](https://example.com/tom) (00:01): Welcome, Maria. Why salt?\n\n[**Maria Lopez**](https://example.com/maria) (00:05): It gets into the steel.\n\n[Tom Becker](https://example.com/tom) (01:02): And then?\n\n[Maria Lopez](https://example.com/maria) (01:04): It rusts.\n', 'linked.md');
    expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
    expect(turnsOf(r).map((t) => t.time)).toEqual([1, 5, 62, 64]);
  });
});

describe('a headline saying whose interview it is over a dek that has her talk with the other first, the turns telling nothing apart', () => {
  const file = (head: string) => ingest(`${head}\n\nMaria Lopez talks with Tom Becker about bridges.\n\nMaria Lopez: Are bridges fine? Not really, salt is the problem.\n\nTom Becker: Is salt the problem? Yes, it is the problem.\n\nMaria Lopez: And steel? It rusts inside, where nobody looks.\n\nTom Becker: And drones? They look for us now, mostly.\n`, 'head.txt');
  it('reads the one the headline names as the guest (the dek made her the host)', () => {
    for (const head of ['An Interview with Maria Lopez', 'Maria Lopez Interview on Bridge Safety']) expect(file(head).transcript.guest, head).toBe('Maria Lopez');
  });
  it('not one named before “Interview with”, who conducts it (guard)', () => {
    expect(file('Tom Becker Interview with Maria Lopez').transcript.guest).toBe('Maria Lopez');
  });
});

describe('an answer whose label was lost, between the interviewer’s labelled question and the interviewer’s next label', () => {
  it('is the guest’s who answered last, said as uncertain, not the interviewer’s words', () => {
    const r = ingest('# Bridges\n\nTom Becker: Why the hammer?\n\nYou tap the concrete and you listen. A good deck rings.\n\nTom Becker: Have you ever been wrong?\n\nMaria Lopez: Once. I thought a deck was fine.\n\nTom Becker: And now?\n\nMaria Lopez: Now I trust the camera.\n\nTom Becker: What would you change?\n\nMoney for maintenance, every year.\n\nAnd not after a collapse.\n\nTom Becker: Thank you.\n', 'lost.md');
    expect(spoken(r)).toEqual([
      'Tom Becker (interviewer): Why the hammer?',
      'Maria Lopez (guest): You tap the concrete and you listen. A good deck rings.',
      'Tom Becker (interviewer): Have you ever been wrong?',
      'Maria Lopez (guest): Once. I thought a deck was fine.',
      'Tom Becker (interviewer): And now?',
      'Maria Lopez (guest): Now I trust the camera.',
      'Tom Becker (interviewer): What would you change?',
      'Maria Lopez (guest): Money for maintenance, every year. | And not after a collapse.',
      'Tom Becker (interviewer): Thank you.',
    ]);
    expect(r.uncertain.map((u) => [u.line, u.speaker, u.alternative])).toEqual([[5, 'Maria Lopez', 'Tom Becker'], [17, 'Maria Lopez', 'Tom Becker']]);
  });
  it('among guests, is the one the question turns to by first name, the others its alternatives', () => {
    const r = ingest('# Panel\n\nTom Becker: Welcome, Maria Lopez and Ken Adams.\n\nMaria Lopez: Thanks.\n\nKen Adams: Glad to be here.\n\nTom Becker: Maria, why the hammer?\n\nMaria Lopez: You tap and listen.\n\nTom Becker: Ken, and sensors?\n\nThey listen all the time, and they never get tired.\n\nTom Becker: Maria, do you agree?\n\nMaria Lopez: Mostly.\n\nKen Adams: Good.\n', 'panel.md');
    expect(spoken(r)[6]).toBe('Ken Adams (guest): They listen all the time, and they never get tired.');
    expect(r.uncertain.map((u) => [u.line, u.speaker, u.alternative])).toEqual([[15, 'Ken Adams', 'Tom Becker, Maria Lopez']]);
  });
  it('stays the interviewer’s where it speaks of the show, sounds like the interviewer, follows a host’s opening words before the guest spoke, or where the file labels one speaker twice in a row (guard)', () => {
    const tail = '\n\nMaria Lopez: Thanks, Tom.\n\nTom Becker: Why bridges?\n\nMaria Lopez: My father built them.\n';
    const sponsor = ingest(`# Bridges\n\nTom Becker: Welcome. Ready?\n\nMaria Lopez: Ready.\n\nTom Becker: Shall we start?\n\nThis episode is brought to you by Acme Steel.\n\nTom Becker: Maria, welcome.${tail}`, 'sponsor.md');
    expect(spoken(sponsor)[2]).toBe('Tom Becker (interviewer): Shall we start? | This episode is brought to you by Acme Steel. | Maria, welcome.');
    const opening = ingest(`# Bridges\n\nTom Becker: Welcome to Rivers and Roads. Who maintains our bridges?\n\nToday, a woman who knows.\n\nTom Becker: Maria Lopez, welcome.${tail}`, 'opening.md');
    expect(spoken(opening)[0]).toBe('Tom Becker (interviewer): Welcome to Rivers and Roads. Who maintains our bridges? | Today, a woman who knows. | Maria Lopez, welcome.');
    const follow = ingest(`# Bridges\n\nTom Becker: Welcome, Maria.\n\nMaria Lopez: Thanks.\n\nTom Becker: Is steel better?\n\nYou said once that wood lasts longer.\n\nTom Becker: So which?${tail}`, 'follow.md');
    expect(spoken(follow)[2]).toBe('Tom Becker (interviewer): Is steel better? | You said once that wood lasts longer. | So which?');
    const relabelling = ingest(`# Bridges\n\nTom Becker: Welcome, Maria.\n\nTom Becker: Is steel better?\n\nNot always, they say.\n\nTom Becker: So which?${tail}`, 'relabel.md');
    expect(spoken(relabelling)[0]).toBe('Tom Becker (interviewer): Welcome, Maria. | Is steel better? | Not always, they say. | So which?');
  });
});

describe('a label mistyped at the start of a line (`Maria Lopez; The ear...`, `Maria Lopez. ...`, `**Maria Lopez**; ...`, `maria lopez: ...`)', () => {
  const file = (label: string) => `# Bridges\n\nTom Becker: Why the hammer?\n\nMaria Lopez: You tap the concrete.\n\nTom Becker: What do you trust now?\n\n${label} The ear and the camera.\n\nTom Becker: What would you change?\n\nMaria Lopez: Money for maintenance.\n`;
  it('is the label of the speaker the file labels so twice or more, said in a warning naming the line and the fix', () => {
    for (const label of ['Maria Lopez;', 'Maria Lopez.', '**Maria Lopez;**', '**Maria Lopez**;', 'maria lopez:', 'Maria lopez:']) {
      const r = ingest(file(label), 'typo.md');
      expect(spoken(r)[3], label).toBe('Maria Lopez (guest): The ear and the camera.');
      expect(r.transcript.warnings.map((w) => [w.line, w.message, w.fix]), label).toEqual([[9, `\`${label.replace(/ $/, '')}\` is read as the label \`Maria Lopez:\`, mistyped`, 'write `Maria Lopez:`']]);
    }
  });
  it('so is one alone on its line above the words with a semicolon (`Maria Lopez;`), never a name and a full stop alone, a signature (guard)', () => {
    const r = ingest('# Bridges\n\nTom Becker:\nWhy the hammer?\n\nMaria Lopez:\nYou tap the concrete.\n\nTom Becker:\nAnd steel?\n\nMaria Lopez;\nSteel came late.\n\nTom Becker:\nWhy?\n\nMaria Lopez:\nMoney.\n', 'alone.md');
    expect(spoken(r)[3]).toBe('Maria Lopez (guest): Steel came late.');
    const signed = ingest('# Bridges\n\nTom Becker: Why the hammer?\n\nMaria Lopez: You tap the concrete.\n\nTom Becker: And steel?\n\nMaria Lopez: Steel came late.\n\nTom Becker.\n', 'signed.md');
    expect(spoken(signed).at(-1)).toBe('Maria Lopez (guest): Steel came late. | Tom Becker.');
  });
  it('stays words after a comma ("Maria Lopez, welcome."), a name of one word, or a name labelled once (guard)', () => {
    expect(spoken(ingest(file('Maria Lopez,'), 'comma.md'))[2]).toBe('Tom Becker (interviewer): What do you trust now? | Maria Lopez, The ear and the camera. | What would you change?');
    const one = ingest('# Bridges\n\nTom: Why the hammer?\n\nMaria: You tap the concrete.\n\nTom: What do you trust now?\n\nMaria. The ear and the camera.\n\nTom: What would you change?\n\nMaria: Money for maintenance.\n', 'one.md');
    expect(one.transcript.warnings.filter((w) => /mistyped/.test(w.message))).toEqual([]);
    const once = ingest('# Bridges\n\nTom Becker: Why the hammer?\n\nMaria Lopez: You tap the concrete.\n\nAna Silva: She learnt it from me.\n\nTom Becker: Who taught you?\n\nMaria Lopez: Two people.\n\nAna Silva. A teacher at the state school.\n\nTom Becker: And then?\n\nMaria Lopez: Then practice.\n', 'once.md');
    expect(once.transcript.warnings.filter((w) => /mistyped/.test(w.message))).toEqual([]);
    expect(spoken(once)[4]).toBe('Maria Lopez (guest): Two people. | Ana Silva. A teacher at the state school.');
  });
});

describe('a show’s producer speaking between the turns (`Jane Doe (producer):`, `PRODUCER:`)', () => {
  it('is on neither side, the word no part of her words', () => {
    for (const label of ['Jane Doe (producer)', 'PRODUCER', 'Jane Doe (executive producer)']) {
      const r = ingest(`# Bridges\n\nTom Becker: Welcome. My guest is Maria Lopez.\n\nMaria Lopez: Thanks, Tom.\n\nTom Becker: Why the hammer?\n\nMaria Lopez: You tap the concrete.\n\n${label}: Sorry, we lost the recording. Can you ask that again?\n\nTom Becker: Sure. Why the hammer?\n\nMaria Lopez: You tap the concrete and listen.\n`, 'producer.md');
      expect(spoken(r)[4], label).toMatch(/^(?:Jane Doe|Producer) \(other\): Sorry, we lost the recording\. Can you ask that again\?$/);
      expect(r.transcript.guest, label).toBe('Maria Lopez');
    }
  });
});

describe('a label written twice, as a copy doubles it (`Maria Lopez: Maria Lopez: You tap...`, `**Tom Becker:** Tom Becker: ...`)', () => {
  it('is read once, said in a warning; the words keep a name that is no label after it (guard)', () => {
    const r = ingest('# Bridges\n\nTom Becker: Why the hammer?\n\nMaria Lopez: Maria Lopez: You tap the concrete.\n\n**Tom Becker:** Tom Becker: And steel?\n\nMaria Lopez: Maria Lopez, my teacher, said steel lasts.\n', 'twice.md');
    expect(spoken(r)).toEqual(['Tom Becker (interviewer): Why the hammer?', 'Maria Lopez (guest): You tap the concrete.', 'Tom Becker (interviewer): And steel?', 'Maria Lopez (guest): Maria Lopez, my teacher, said steel lasts.']);
    expect(r.transcript.warnings.map((w) => [w.line, w.message])).toEqual([[5, 'the label `Maria Lopez:` is written twice; it is read once'], [7, 'the label `Tom Becker:` is written twice; it is read once']]);
  });
});

describe('avatars drawn as initials, alone on their line above the name, as a meeting app’s transcript pane copies them (`TB` / `Tom Becker   0:01` / words)', () => {
  const turns: [string, string, string][] = [['TB', 'Tom Becker', 'Welcome, Maria. Why the hammer?'], ['ML', 'Maria Lopez', 'You tap the concrete and you listen.'], ['TB', 'Tom Becker', 'And steel?'], ['ML', 'Maria Lopez', 'Steel came late.']];
  it('are no one’s words nor a part’s heading; the name under them labels the turn', () => {
    for (const [sep, time] of [['\n', true], ['\n', false], ['\n\n', true], ['\n\n', false]] as const) {
      const text = 'Bridge interview\n\n' + turns.map(([i, n, w], k) => `${i}${sep}${n}${time ? `   0:${String(k * 3 + 1).padStart(2, '0')}` : ''}${sep}${w}`).join('\n\n') + '\n';
      const r = ingest(text, 'pane.txt');
      expect(spoken(r), JSON.stringify([sep, time])).toEqual(turns.map(([, n, w]) => `${n} (${n === 'Tom Becker' ? 'interviewer' : 'guest'}): ${w}`));
      expect(r.lineUse.filter((u) => u === 'markup').length).toBe(4);
    }
  });
  it('so once too; and initials not the name’s stay words (guard)', () => {
    const once = ingest('Bridge interview\n\nTom Becker\nWhy the hammer?\n\nML\nMaria Lopez\nYou tap the concrete.\n\nTom Becker\nAnd steel?\n\nMaria Lopez\nSteel came late.\n\nTom Becker\nAnd wood?\n\nMaria Lopez\nWood lasts.\n', 'once.txt');
    expect(spoken(once).slice(0, 2)).toEqual(['Tom Becker (interviewer): Why the hammer?', 'Maria Lopez (guest): You tap the concrete.']);
    const other = ingest('Bridge interview\n\nTom Becker\nWhy the hammer?\n\nUS\nMaria Lopez\nYou tap the concrete.\n\nTom Becker\nAnd steel?\n\nMaria Lopez\nSteel came late.\n\nTom Becker\nAnd wood?\n\nMaria Lopez\nWood lasts.\n', 'other.txt');
    expect(spoken(other)[0]).toBe('Tom Becker (interviewer): Why the hammer? | US');
  });
});

describe('a paper’s page copied line by line: The New York Times’s caption (`... in Albany.Credit...Jane Doe for The New York Times`), a byline naming the interview (`Ein Interview von Tom Becker`) among the share buttons', () => {
  it('removes the caption as one, and keeps the byline (who asked) in the introduction, never spam', () => {
    const r = ingest('Maria Lopez Has Closed 42 Bridges\n\nThe state’s chief inspector on rust and money.\n\nMaria Lopez at the Elm Street bridge in Albany.Credit...Jane Doe for The New York Times\n\nCredit...Jane Doe for The New York Times\n\nTom Becker: Why the hammer?\n\nMaria Lopez: You tap the concrete and you listen.\n\nTom Becker: And steel?\n\nMaria Lopez: Steel came late.\n', 'nyt.txt');
    expect(r.transcript.removed.filter((x) => x.reason === "site chrome (a picture's caption and credit)").map((x) => x.line)).toEqual([5, 7]);
    const spiegel = ingest('»Wasser ist der größte Feind jeder Brücke«\nMaria Lopez prüft seit zwanzig Jahren Brücken. Hier erklärt sie, warum alte Bauwerke länger halten.\nEin Interview von Tom Becker\n03.11.2026, 07.00 Uhr\nZur Merkliste hinzufügen\nX.com\nFacebook\nE-Mail\nLink kopieren\nWeitere Optionen zum Teilen\nSPIEGEL: Frau Lopez, wie alt ist die älteste Brücke?\nLopez: Etwa hundertzwanzig Jahre.\nSPIEGEL: Wie kann das sein?\nLopez: Damals hat man dicker gebaut.\n', 'spiegel.txt');
    expect(spiegel.transcript.intro.map((p) => p.text)).toContain('Ein Interview von Tom Becker');
    expect(spiegel.transcript.removed.map((x) => x.text)).not.toContain('Ein Interview von Tom Becker');
  });
});

describe('a headline in title case closing with a full stop, as The New York Times sets it, under a section’s and a column’s kickers or none (`Interview` / `The Interview` / `Maria Lopez Has Closed 42 Bridges. She’d Close More.`)', () => {
  const rest = 'The state’s chief inspector on rust, money and the afternoon she shut down Route 9.\nBy Tom Becker\nNov. 3, 2026\nWhy the hammer?\nYou tap the concrete and you listen.\nHave you ever been wrong?\nOnce. I thought a deck was fine.\nWhat would you change?\nMoney for maintenance, every year.\n';
  it('is the title, the kickers the introduction’s', () => {
    for (const kickers of ['Interview\nThe Interview\n', 'The Interview\n', '']) {
      const r = ingest(`${kickers}Maria Lopez Has Closed 42 Bridges. She’d Close More.\n${rest}`, 'nyt.txt');
      expect(r.transcript.title, kickers).toBe('Maria Lopez Has Closed 42 Bridges. She’d Close More.');
      expect(r.transcript.intro.map((p) => p.text).slice(0, kickers.split('\n').length - 1), kickers).toEqual(kickers.split('\n').slice(0, -1));
    }
  });
  it('not a sentence opening the file in sentence case (guard)', () => {
    const r = ingest(`Maria Lopez has closed 42 bridges and would close more.\n${rest}`, 'nyt.txt');
    expect(r.transcript.title).not.toBe('Maria Lopez has closed 42 bridges and would close more.');
  });
});

describe('a Spanish and a French paper’s pages copied line by line: a share bar’s `Comentarios` and `Copiar enlace` above the interview, `Se adhiere a los criterios de The Trust Project` after it, the interviewer’s name signing it', () => {
  const elpais = 'Maria Lopez: “El agua es el peor enemigo de los puentes”\nLa ingeniera explica por qué los viejos puentes aguantan más que los nuevos\nTom Becker\nMadrid - 03 nov 2026 - 07:00 CET\nCompartir en Whatsapp\nCompartir en Twitter\nCopiar enlace\nComentarios\nPregunta. ¿Por qué los puentes viejos aguantan más?\nRespuesta. Se construía más grueso y se calculaba menos.\nP. ¿Cuál es el peor enemigo de un puente?\nR. El agua. Siempre el agua.\nP. ¿Qué habría que cambiar?\nR. Dinero para el mantenimiento.\nSe adhiere a los criterios de The Trust Project\n';
  it('reads the interview under the bar, not the page’s comments from `Comentarios` on, the bar’s lines and the standards’ line removed', () => {
    const r = ingest(elpais, 'elpais.txt');
    expect(spoken(r)).toEqual([
      'Tom Becker (interviewer): ¿Por qué los puentes viejos aguantan más?',
      'Maria Lopez (guest): Se construía más grueso y se calculaba menos.',
      'Tom Becker (interviewer): ¿Cuál es el peor enemigo de un puente?',
      'Maria Lopez (guest): El agua. Siempre el agua.',
      'Tom Becker (interviewer): ¿Qué habría que cambiar?',
      'Maria Lopez (guest): Dinero para el mantenimiento.',
    ]);
    expect(r.transcript.removed.map((x) => x.text)).toEqual(expect.arrayContaining(['Copiar enlace', 'Comentarios', 'Se adhiere a los criterios de The Trust Project']));
  });
  it('the comments after the interview are still the page’s (guard)', () => {
    const r = ingest(elpais.replace('Se adhiere a los criterios de The Trust Project\n', 'Comentarios\nJuan Perez: ¡Qué buena entrevista!\nAna Ruiz: Gracias por esto.\nJuan Perez: De nada.\nAna Ruiz: Muy interesante.\n'), 'elpais.txt');
    expect(spoken(r).at(-1)).toBe('Maria Lopez (guest): Dinero para el mantenimiento.');
    expect(r.transcript.removed.map((x) => x.text)).toContain('Juan Perez: ¡Qué buena entrevista!');
  });
  it('takes the interviewer’s name alone on the last line for the paper’s signature, not the guest’s words; another name stays hers (guard)', () => {
    const lemonde = (last: string) => `Maria Lopez : « L’eau est le pire ennemi des ponts »\nL’ingénieure explique pourquoi les ouvrages anciens durent plus longtemps.\nPropos recueillis par Tom Becker\nPourquoi les vieux ponts tiennent-ils mieux ?\nOn construisait plus épais et on calculait moins.\nQuel est le pire ennemi d’un pont ?\nL’eau. Toujours l’eau.\nQue faudrait-il changer ?\nDe l’argent pour l’entretien.\n${last}\n`;
    const r = ingest(lemonde('Tom Becker'), 'lemonde.txt');
    expect(spoken(r).at(-1)).toBe('Maria Lopez (guest): De l’argent pour l’entretien.');
    expect(r.transcript.outro.map((p) => p.text)).toEqual(['Tom Becker']);
    expect(spoken(ingest(lemonde('Paul Kim'), 'lemonde.txt')).at(-1)).toBe('Maria Lopez (guest): De l’argent pour l’entretien. | Paul Kim');
  });
});

describe('a broadcaster’s copyright line closing its transcript, however long (`Copyright © 2026 NPR. All rights reserved. Visit our website terms of use...`)', () => {
  it('is the page’s, in a text copied without blank lines too, not the last speaker’s words', () => {
    const r = ingest('Engineer Maria Lopez On Why Bridges Fail\nTERRY GROSS, HOST:\nThis is FRESH AIR. My guest is Maria Lopez.\nMARIA LOPEZ: Thank you, Terry.\nGROSS: Why do bridges fail?\nLOPEZ: Water, mostly. Anyone could have read the report.\nCopyright © 2026 NPR. All rights reserved. Visit our website terms of use and permissions pages at www.npr.org for further information.\n', 'npr.txt');
    expect(spoken(r).at(-1)).toBe('Maria Lopez (guest): Water, mostly. Anyone could have read the report.');
    expect(r.transcript.removed.map((x) => x.reason)).toContain('site chrome (a copyright footer)');
  });
  it('not a sentence of speech about copyright (guard)', () => {
    const r = ingest('Engineer Maria Lopez On Why Bridges Fail\nTERRY GROSS, HOST:\nThis is FRESH AIR. My guest is Maria Lopez.\nMARIA LOPEZ: Thank you, Terry.\nGROSS: Who owns the drawings?\nLOPEZ: The state does.\nCopyright © 2026 is on every drawing and all rights reserved is printed under it.\n', 'npr.txt');
    expect(spoken(r).at(-1)).toBe('Maria Lopez (guest): The state does. | Copyright © 2026 is on every drawing and all rights reserved is printed under it.');
  });
});

describe('one labelled voice whose prompts ask without a question mark (`Tom Becker: Tell me about the first one you inspected.`), the answers unlabelled', () => {
  it('is the interviewer, the unlabelled words the guest’s, in English and in other languages', () => {
    const r = ingest('# Maria Lopez on bridges\n\n**Tom Becker:** Let’s start with your father.\n\nHe built bridges in Seville. I grew up climbing on them.\n\n**Tom Becker:** Tell me about the first one you inspected.\n\nA footbridge over a canal. I was twenty-two and terrified.\n\n**Tom Becker:** Talk me through a normal day.\n\nMost days start under a deck with a flashlight and a hammer.\n', 'prompts.md');
    expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
    const de = ingest('# Maria Lopez über Brücken\n\n**Tom Becker:** Erzählen Sie von Ihrem Vater.\n\nEr hat in Sevilla Brücken gebaut. Ich bin auf ihnen herumgeklettert.\n\n**Tom Becker:** Beschreiben Sie einen normalen Tag.\n\nDie meisten Tage beginnen unter einer Fahrbahn mit einer Lampe und einem Hammer.\n', 'prompts-de.md');
    expect(who(de)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
  });
  it('is the guest where the unlabelled paragraphs prompt so and the labelled ones answer (guard)', () => {
    // (Her own words open with a prompt once, "Let’s start with the salt.": half her paragraphs, fewer than the questions’ all.)
    const r = ingest('# Maria Lopez on bridges\n\nTell me about your father.\n\n**Maria Lopez:** He built bridges in Seville. I grew up climbing on them.\n\nTalk me through a normal day.\n\n**Maria Lopez:** Let’s start with the salt. It eats everything, and most days start under a deck with a flashlight.\n', 'prompts-guest.md');
    expect(who(r).filter((w) => w.startsWith('Maria Lopez'))).toEqual(['Maria Lopez (guest)', 'Maria Lopez (guest)']);
  });
});

describe('names in capitals opening the turns with nothing after them, as a PDF’s transcript sets them in the margin (`TOM BECKER Why the hammer?`)', () => {
  const turns = ['TOM BECKER Why the hammer?', 'MARIA LOPEZ You tap the concrete and you listen.', 'TOM BECKER Have you ever been wrong?', 'MARIA LOPEZ Once. I thought a deck was fine.', 'TOM BECKER And what did you learn?', 'MARIA LOPEZ Never trust the ear alone.'];
  it('are the labels, with or without blank lines, surnames alone too', () => {
    for (const [text, file] of [[turns.join('\n\n'), 'caps.txt'], [turns.join('\n'), 'caps.txt'], [turns.join('\n\n'), 'caps.md'], [turns.map((t) => t.replace(/^TOM /, '').replace(/^MARIA /, '')).join('\n\n'), 'surnames.txt']] as const) {
      const r = ingest(`Rivers and Roads: Maria Lopez\n\n${text}\n`, file);
      // (The surname alone where nothing gives the full name: "Becker".)
      const host = file === 'surnames.txt' ? 'Becker' : 'Tom Becker';
      expect(who(r), `${file} ${text.slice(0, 30)}`).toEqual([`${host} (interviewer)`, 'Maria Lopez (guest)', `${host} (interviewer)`, 'Maria Lopez (guest)', `${host} (interviewer)`, 'Maria Lopez (guest)']);
      expect(turnsOf(r)[0]!.paragraphs).toEqual(['Why the hammer?']);
    }
  });
  it('not an acronym opening some paragraphs of a labelled interview, nor where the names label lines with a colon too (guard)', () => {
    const acronyms = ingest('# Bridges\n\nTom Becker: Who pays?\n\nMaria Lopez: The state, mostly.\n\nNASA Once paid for a study of ours.\n\nTom Becker: And then?\n\nMaria Lopez: Then the city.\n\nNASA Said no the second time.\n', 'acronyms.md');
    expect(spoken(acronyms)[1]).toBe('Maria Lopez (guest): The state, mostly. | NASA Once paid for a study of ours.');
    const two = ingest('# Bridges\n\nTom Becker: Who pays?\n\nMaria Lopez: The state, mostly.\n\nNASA Once paid for a study of ours.\n\nFEMA Paid after the flood.\n\nTom Becker: And then?\n\nMaria Lopez: Then the city.\n\nNASA Said no the second time.\n\nFEMA Said yes.\n\nTom Becker: Why?\n\nMaria Lopez: Politics.\n\nTom Becker: Thanks.\n\nMaria Lopez: Thank you.\n', 'two.md');
    expect(spoken(two)[1]).toBe('Maria Lopez (guest): The state, mostly. | NASA Once paid for a study of ours. | FEMA Paid after the flood.');
    const places = ingest('Bridge notes\n\nNEW YORK The city closed two spans this year.\n\nNEW YORK A third is under review.\n\nBOSTON The harbour bridge reopened.\n\nBOSTON Its twin did not.\n\nMaria Lopez: That is the list.\n\nTom Becker: Thanks.\n', 'places.txt');
    expect(who(places)).not.toContain('New York (guest)');
    const colons = ingest(`Rivers and Roads: Maria Lopez\n\n${turns.join('\n\n')}\n\nTOM BECKER: Thanks.\n`, 'colons.txt');
    expect(turnsOf(colons)[0]!.paragraphs[0]).toBe('TOM BECKER Why the hammer?');
  });
});

describe('a turn going on after a page’s break, its label marked so in small letters (`Tom Becker (continued):`, `(cont’d)`)', () => {
  it('keeps the mark out of the words', () => {
    const r = ingest('Rivers\n\nTOM BECKER: Why?\n\nMARIA LOPEZ: Because.\n\nTOM BECKER: And then?\n\nMARIA LOPEZ: Then more.\n\nTom Becker (continued): And after that?\n\nMaria Lopez (cont’d): Nothing.\n', 'contd.txt');
    expect(spoken(r).slice(-2)).toEqual(['Tom Becker (interviewer): And after that?', 'Maria Lopez (guest): Nothing.']);
  });
});

describe('a log’s messages under full names in angle brackets (`[00:00:05] <Maria Lopez> Water, mostly.`)', () => {
  it('labels each message by the name; an HTML tag’s attributes are no name (guard)', () => {
    const r = ingest('Rivers and Roads: Maria Lopez\n\n[00:00:01] <Tom Becker> Welcome. My guest today is Maria Lopez.\n[00:00:05] <Maria Lopez> Thanks for having me, Tom.\n[00:00:07] <Tom Becker> Why the hammer?\n[00:00:09] <Maria Lopez> You tap the concrete and you listen.\n', 'log.txt');
    expect(spoken(r)).toEqual(['Tom Becker (interviewer): Welcome. My guest today is Maria Lopez.', 'Maria Lopez (guest): Thanks for having me, Tom.', 'Tom Becker (interviewer): Why the hammer?', 'Maria Lopez (guest): You tap the concrete and you listen.']);
    const html = ingest('Bridges\n\n<img alt> one\n<br clear> two\n<img alt> three\n<br clear> four\nTom Becker: Why?\nMaria Lopez: Because.\nTom Becker: And?\nMaria Lopez: So.\n', 'html.txt');
    expect(html.transcript.intro.map((p) => p.text)).toEqual(['<img alt> one', '<br clear> two', '<img alt> three', '<br clear> four']);
  });
});

describe('turns set as a definition list, as Pandoc writes one (`Tom Becker` / `: Welcome...`)', () => {
  it('reads each term as the label and its definition as the words, no colon left in them', () => {
    const r = ingest('# Rivers and Roads: Maria Lopez\n\nTom Becker\n: Welcome. My guest today is Maria Lopez.\n\nMaria Lopez\n: Thanks for having me, Tom.\n\nTom Becker\n: Why the hammer?\n\nMaria Lopez\n: You tap the concrete and you listen.\n', 'deflist.md');
    expect(spoken(r)).toEqual(['Tom Becker (interviewer): Welcome. My guest today is Maria Lopez.', 'Maria Lopez (guest): Thanks for having me, Tom.', 'Tom Becker (interviewer): Why the hammer?', 'Maria Lopez (guest): You tap the concrete and you listen.']);
  });
});

describe('a transcript’s cues run together in one paragraph, each with its time before the label (`... Maria Lopez. [00:00:05] Maria Lopez: Thanks...`)', () => {
  it('splits a turn at each, timed', () => {
    for (const file of ['oneline.txt', 'oneline.md']) {
      const r = ingest('Rivers and Roads: Maria Lopez\n\n[00:00:01] Tom Becker: Welcome to Rivers and Roads. My guest today is Maria Lopez. [00:00:05] Maria Lopez: Thanks for having me, Tom. (00:00:07) Tom Becker: Why the hammer? [00:00:09] Maria Lopez: You tap the concrete and you listen.\n', file);
      expect(spoken(r), file).toEqual(['Tom Becker (interviewer): Welcome to Rivers and Roads. My guest today is Maria Lopez.', 'Maria Lopez (guest): Thanks for having me, Tom.', 'Tom Becker (interviewer): Why the hammer?', 'Maria Lopez (guest): You tap the concrete and you listen.']);
      expect(turnsOf(r).map((t) => t.time), file).toEqual([1, 5, 7, 9]);
    }
  });
});

describe('a panelist the host turns to by her full name (`Tom Becker: Maria Lopez, what do you look at first?`), who thanks him briefly', () => {
  it('is a guest, not a second host', () => {
    const r = ingest('# Two engineers on bridges\n\nTom Becker: Welcome to both of you. Maria Lopez inspects bridges; Maria Chen designs them.\n\nMaria Lopez: Thanks, Tom.\n\nMaria Chen: Glad to be here.\n\nTom Becker: Maria Lopez, what do you look at first?\n\nLopez: Water. Always water.\n\nTom Becker: And you, Maria Chen?\n\nChen: The load path.\n\nTom Becker: Thank you both.\n', 'panel.md');
    expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Maria Chen (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Chen (guest)', 'Tom Becker (interviewer)']);
  });
});

describe('a translation set under the words it translates (`(Translation: You tap the concrete.)`, `*Translated from German: Once.*`)', () => {
  it('is the translator’s, kept, neither removed as a record’s marker nor the speaker’s own words; a bilingual record’s `[Translation]` alone is still its marker (guard)', () => {
    const r = ingest('# Maria Lopez on bridges\n\nTom Becker: Why the hammer?\n\nMaria Lopez: Man klopft auf den Beton und hört zu.\n\n(Translation: You tap the concrete and you listen.)\n\nTom Becker: Have you ever been wrong?\n\nMaria Lopez: Einmal.\n\n*Translated from German: Once.*\n\n[Translation]\n\nTom Becker: Thank you.\n', 'translation.md');
    expect(spoken(r)).toEqual([
      'Tom Becker (interviewer): Why the hammer?',
      'Maria Lopez (guest): Man klopft auf den Beton und hört zu.',
      'Translator (other): (Translation: You tap the concrete and you listen.)',
      'Tom Becker (interviewer): Have you ever been wrong?',
      'Maria Lopez (guest): Einmal.',
      'Translator (other): Translated from German: Once.',
      'Tom Becker (interviewer): Thank you.',
    ]);
    expect(r.transcript.removed.map((x) => x.text)).toEqual(['[Translation]']);
  });
});

describe('a radio page’s share icons named alone above the transcript (`Facebook`, `Flipboard`, `Email`), no line saying "share"', () => {
  const page = ['Skip to main content', 'Rivers Hour', 'Author Maria Lopez on bridges, rivers and the people who mend them', 'December 1, 2026 1:15 PM ET', 'Heard on Rivers Hour', 'Tom Becker', 'Facebook', 'Flipboard', 'Email', '', 'TOM BECKER, HOST:', '', 'This is RIVERS HOUR. I’m Tom Becker. My guest, Maria Lopez, has spent thirty years inspecting bridges across Europe. Her new book is about the ones that nearly fell. Maria Lopez, welcome to RIVERS HOUR.', '', 'MARIA LOPEZ: Thank you. It’s a pleasure to be here.', '', 'BECKER: Let’s start with the bridge in Rotterdam. What did you find when you first went under it?', '', 'LOPEZ: Rust, mostly. The bearings had seized, and the deck was moving in ways it was never meant to move. I remember standing under it and hearing it creak.', '', '(SOUNDBITE OF TRAFFIC)', '', 'BECKER: That sound, was it frightening?', '', 'LOPEZ: It was a warning. Bridges talk to you if you listen. That one was saying it was tired.', '', 'BECKER: We’re going to take a short break here. If you’re just joining us, my guest is Maria Lopez. We’ll be right back after a break. This is RIVERS HOUR.', '', '(SOUNDBITE OF MUSIC)', '', 'BECKER: This is RIVERS HOUR. Let’s get back to my interview with Maria Lopez. You write that concrete is not forever. Why not?', '', 'LOPEZ: Because water gets in. Salt gets in. Steel inside the concrete swells as it rusts and cracks it from the inside.', '', 'BECKER: Maria Lopez, thank you so much for talking with us.', '', 'LOPEZ: Thank you, Tom.', '', 'BECKER: Maria Lopez’s new book is "Tired Bridges." Tomorrow on RIVERS HOUR, we talk with a glacier scientist.', '', 'Copyright © 2026 the network. All rights reserved. Visit our website terms of use and permissions pages at www.npr.org for further information.', '', 'the network transcripts are created on a rush deadline by an the network contractor. This text may not be in its final form and may be updated or revised in the future. Accuracy and availability may vary. The authoritative record of the network’s programming is the audio record.', ''].join('\n');
  it('removes them (the last was a part’s heading, the others the intro’s)', () => {
    const r = ingest(page, 'page.txt');
    expect(r.transcript.removed.map((x) => x.text).slice(0, 4)).toEqual(['Skip to main content', 'Facebook', 'Flipboard', 'Email']);
    expect(r.transcript.intro.map((p) => p.text)).toEqual(['Rivers Hour', 'December 1, 2026 1:15 PM ET', 'Heard on Rivers Hour', 'Tom Becker']);
    expect(r.transcript.sections.map((s) => s.heading)).toEqual([null]);
    expect(who(r).slice(0, 4)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
  });
  it('keeps an answer’s list of them, and one such name alone', () => {
    const r = ingest('Tom Becker: Where do you post your inspections?\n\nMaria Lopez: Everywhere:\n\n- Facebook\n- Flipboard\n- Email\n\nTom Becker: And where do readers answer?\n\nMaria Lopez: Mostly by\nEmail\n', 'list.md');
    expect(r.transcript.removed).toEqual([]);
    expect(spoken(r).join(' ')).toContain('Flipboard');
  });
});

describe('a news site’s line above the story’s topics after the interview (“Follow topics and authors from this story to see more like this...”) and the links under it', () => {
  it('removes the line and the links (they were the outro)', () => {
    const page = ['# Maria Lopez thinks we are building bridges wrong', '', 'by Tom Becker', '', '**Why do bridges fail?**', '', 'Mostly water. Salt gets into the concrete.', '', '**What do you fix first?**', '', 'The drains. Always the drains.', '', '**What was your hardest call?**', '', 'Closing a bridge a whole town used.', '', 'Follow topics and authors from this story to see more like this in your personalized homepage feed and to receive email updates.', '', '- [Tom Becker](https://example.com/authors/tom-becker)', '- [Bridges](https://example.com/bridges)', '- [Podcasts](https://example.com/podcasts)', ''].join('\n');
    const r = ingest(page, 'page.md');
    expect(r.transcript.outro).toEqual([]);
    expect(r.transcript.removed.map((x) => x.line)).toEqual([17, 19, 20, 21]);
    expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
  });
});

describe('a full name alone linked to the author’s page under the headline (`[Tom Becker](https://substack.com/@tombecker)`), among a post’s counts and buttons, questions in bold', () => {
  const page = '# Maria Lopez on why bridges fail\n\n### The engineer who has inspected 2,000 bridges explains what keeps her up at night\n\n[Tom Becker](https://substack.com/@tombecker)\n\nDec 03, 2026\n\n12\n\n3\n\nShare\n\nMaria Lopez has inspected bridges across Europe for thirty years. I asked her about water, money and fear.\n\n**Why do bridges fail?**\n\nMostly water. Salt gets into the concrete, and the steel inside rusts and swells.\n\n**How long does that take?**\n\nDecades, usually. A bad drain can do it in ten years.\n\nBridge Notes is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.\n\nSubscribe\n\n**What would you fix first?**\n\nThe drains. Always the drains.\n\n[Share](https://bridgenotes.substack.com/p/maria-lopez?utm_source=substack&utm_medium=email&utm_content=share&action=share)\n\n**What scares you?**\n\nClosing a bridge too late. I have never closed one too early.\n\n[Leave a comment](https://bridgenotes.substack.com/p/maria-lopez/comments)\n\n#### Discussion about this post\n\nComments\n\nRestacks\n\n| ![](https://substack.com/img/avatar.png) |\n';
  it('keeps the byline and names the interviewer by it (it was removed as a link farm’s, the questions “Interviewer”’s)', () => {
    const r = ingest(page, 'post.md');
    expect(r.transcript.removed.map((x) => x.text)).not.toContain('[Tom Becker](https://substack.com/@tombecker)');
    expect(r.transcript.intro.map((p) => p.text)).toContain('Tom Becker');
    expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
  });
  it('not a name linked to any other page, among the buttons (guard)', () => {
    const r = ingest(page.replace('https://substack.com/@tombecker', 'https://example.com/bridges'), 'post.md');
    expect(r.transcript.removed.map((x) => x.text)).toContain('[Tom Becker](https://example.com/bridges)');
  });
});

describe('an advertiser’s slot between a Q&A article’s paragraphs (`Advertiser Content From` above the sponsor’s logo)', () => {
  it('is removed, no part’s heading (it headed the rest of the interview)', () => {
    const r = ingest('# Maria Lopez on bridges\n\nBy Tom Becker\n\n**Why do bridges fail?**\n\nMostly water.\n\nAdvertiser Content From\n\n![Sponsor logo](https://cdn.example.com/logo.png)\n\n**And then?**\n\nThe steel rusts.\n', 'page.md');
    expect(r.transcript.sections.map((s) => s.heading)).toEqual([null]);
    expect(r.transcript.removed.map((x) => x.text)).toEqual(['Advertiser Content From', '![Sponsor logo](https://cdn.example.com/logo.png)']);
    expect(who(r)).toEqual(['Tom Becker (interviewer)', 'Maria Lopez (guest)', 'Tom Becker (interviewer)', 'Maria Lopez (guest)']);
  });
});

describe('a publisher’s line after the last answer: the guest’s book in the third person (`Maria Lopez’s new book, Tired Bridges, is out now`), a call to follow the show (`Follow Rivers and Roads on Twitter`)', () => {
  const page = (last: string) => `# Maria Lopez on bridges\n\nBy Tom Becker\n\n**Why do bridges fail?**\n\nMostly water.\n\n**And then?**\n\nThe steel rusts.\n\n**What first?**\n\nThe drains.\n\n${last}\n`;
  it('is the outro (it was the guest’s last words)', () => {
    for (const last of ['Maria Lopez’s new book, Tired Bridges, is out now from Penguin.', 'Follow Rivers and Roads on Twitter and Instagram.', 'Maria Lopez will speak at BridgeCon in Rotterdam on March 3.', 'Have a question for Maria? Email us at questions@example.com.', 'Questions or comments about this episode? Hit us up at decoder@example.com. We really do read every email!']) {
      const r = ingest(page(last), 'page.md');
      expect(turnsOf(r).at(-1)!.paragraphs, last).toEqual(['The drains.']);
      expect(r.transcript.outro.map((p) => p.text), last).toEqual([last]);
    }
  });
  it('keeps the guest’s own words of a book or a walk hers, and of someone else’s book (guards)', () => {
    for (const last of ['My new book, Tired Bridges, is out now.', 'Henry Petroski’s book is the best on the subject.', 'Follow the river on foot and you see every crack.']) {
      const r = ingest(page(last), 'page.md');
      expect(turnsOf(r).at(-1)!.paragraphs, last).toEqual(['The drains.', last]);
    }
  });
});

describe('an ad between turns marked in brackets (`[Ad] This episode...`), a break’s marker between dashes (`— Sponsor message —`), a radio show’s underwriting (`Support for Rivers and Roads comes from Acme`)', () => {
  const page = (between: string) => `# Rivers and Roads\n\nTom Becker: Welcome. Today my guest is Maria Lopez.\n\nMaria Lopez: Thanks for having me.\n\nTom Becker: Why do bridges fail?\n\nMaria Lopez: Mostly water.\n\n${between}\n\nTom Becker: And then?\n\nMaria Lopez: The steel rusts.\n`;
  it('is no words of the guest (it was)', () => {
    for (const line of ['[Ad] This episode is sponsored by Acme. Visit acme.com/rivers.', '— Sponsor message —', 'Support for Rivers and Roads comes from Acme, makers of fine steel.']) {
      const r = ingest(page(line), 'episode.md');
      expect(turnsOf(r)[3]!.paragraphs, line).toEqual(['Mostly water.']);
      expect(r.transcript.removed.map((x) => x.text), line).toEqual([line]);
    }
  });
  it('keeps the guest’s own words of support and a bracket of her own (guards)', () => {
    for (const line of ['Support for the project comes from the European Union.', '[Laughs] Adding drains is cheap.']) {
      const r = ingest(page(line), 'episode.md');
      expect(turnsOf(r)[3]!.paragraphs.length, line).toBe(2);
    }
  });
});

describe('a transcript’s notes between turns: `[Transcript continues after the break]`, `(Transcript resumes)`, `[The following has been edited for clarity.]`, `Part two of this interview airs next week.`, `[CLIP FROM "BRIDGES OF THE RHINE"]`, `Continued below`', () => {
  const page = (between: string) => `# Rivers and Roads\n\nTom Becker: Welcome. Today my guest is Maria Lopez.\n\nMaria Lopez: Thanks for having me.\n\nTom Becker: Why do bridges fail?\n\nMaria Lopez: Mostly water.\n\n${between}\n\nTom Becker: And then?\n\nMaria Lopez: The steel rusts.\n`;
  it('are no words of the guest, nor a part’s heading (they were)', () => {
    for (const line of ['[Transcript continues after the break]', '(Transcript resumes)', '[The following has been edited for clarity.]', 'Part two of this interview airs next week.', '[CLIP FROM "BRIDGES OF THE RHINE"]', 'Continued below']) {
      const r = ingest(page(line), 'episode.md');
      expect(turnsOf(r)[3]!.paragraphs, line).toEqual(['Mostly water.']);
      expect(r.transcript.sections.map((s) => s.heading), line).toEqual([null]);
      expect(r.transcript.removed.map((x) => x.text), line).toEqual([line]);
    }
  });
  it('a part’s end, however set off (`*** END OF PART ONE ***`, `— End of Part One —`, `End of part one.`, `(End of first part)`, `Ende des ersten Teils`, `Fin de la première partie`): removed, no heading and no words (it was the guest’s, or headed the next part)', () => {
    for (const line of ['*** END OF PART ONE ***', 'END OF PART 1', '— End of Part One —', 'End of part one.', '(End of first part)', 'Ende des ersten Teils', 'Fin de la première partie', 'Fin de la primera parte']) {
      const r = ingest(page(line), 'episode.md');
      expect(turnsOf(r)[3]!.paragraphs, line).toEqual(['Mostly water.']);
      expect(r.transcript.sections.map((s) => s.heading), line).toEqual([null]);
      expect(r.transcript.removed.map((x) => x.text), line).toEqual([line]);
    }
    // (A guest's words of a part's end stay hers.)
    const r = ingest(page('That was the end of part one of the bridge, the older span.'), 'episode.md');
    expect(turnsOf(r)[3]!.paragraphs).toEqual(['Mostly water.', 'That was the end of part one of the bridge, the older span.']);
  });
  it('keeps the guest’s words of a bridge’s second part, and of what went on below (guards)', () => {
    for (const line of ['Part two of the bridge failed first.', 'It continued below the waterline.']) {
      const r = ingest(page(line), 'episode.md');
      expect(turnsOf(r)[3]!.paragraphs, line).toEqual(['Mostly water.', line]);
    }
  });
});

describe('a host’s sign-off after the guest’s last turn, unlabelled (`That was my conversation with Maria Lopez.`, `Thanks for listening to Rivers and Roads.`, `... is a production of Rhine Radio.`)', () => {
  const page = (last: string, host = false) => `# Rivers and Roads\n\nTom Becker: Welcome. Today my guest is Maria Lopez.\n\nMaria Lopez: Thanks for having me.\n\nTom Becker: Why do bridges fail?\n\nMaria Lopez: Mostly water.\n\nTom Becker: Maria Lopez, thank you.\n\n${host ? 'Tom Becker: Thanks, everyone.' : 'Maria Lopez: Thank you, Tom.'}\n\n${last}\n`;
  it('is the outro, none of her words (it was)', () => {
    for (const last of ['That was my conversation with Maria Lopez. Her book is Tired Bridges.', 'That’s our show for this week.', 'Thanks for listening to Rivers and Roads. I’m Tom Becker.', 'Rivers and Roads is a production of Rhine Radio.']) {
      const r = ingest(page(last), 'episode.md');
      expect(turnsOf(r).at(-1)!.paragraphs, last).toEqual(['Thank you, Tom.']);
      expect(r.transcript.outro.map((p) => p.text), last).toEqual([last]);
    }
  });
  it('stays the host’s words after his own last turn (guard)', () => {
    const r = ingest(page('That was my conversation with Maria Lopez.', true), 'episode.md');
    expect(turnsOf(r).at(-1)!.paragraphs).toEqual(['Maria Lopez, thank you.', 'Thanks, everyone.', 'That was my conversation with Maria Lopez.']);
  });
});
