import { endsWithTime, withoutTimeAfter } from '../../src/ingest/chapters.ts';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromCaptions, fromTimedText, isCaptions } from '../../src/ingest/captions.ts';
import { ingest, type IngestResult } from '../../src/ingest/index.ts';
import { EXTENSIONS } from '../../src/loader/directory.ts';

/** Caption files from recording tools (WebVTT, SubRip), each a small invented transcript (tests/fixtures/formats). */
const load = (name: string): IngestResult => {
  const file = `tests/fixtures/formats/${name}`;
  return ingest(readFileSync(new URL(`../../${file}`, import.meta.url)), file);
};
const turnsOf = (r: IngestResult) => r.transcript.sections.flatMap((s) => s.turns.map((t) => ({ speaker: t.speaker, role: t.role, time: t.time, paragraphs: t.paragraphs.map((p) => p.text) })));
const allText = (r: IngestResult) => [...r.transcript.intro, ...r.transcript.sections.flatMap((s) => s.turns.flatMap((t) => t.paragraphs)), ...r.transcript.outro].map((p) => p.text).join(' ');

describe('a WebVTT export with voices (`<v Name>`), notes and styles', () => {
  const r = load('captions-voices.vtt');
  it('reads each voice as a speaker, each turn from its first cue’s time, cues joined into paragraphs', () => {
    expect(turnsOf(r)).toEqual([
      { speaker: 'Hanna Berg', role: 'interviewer', time: 0, paragraphs: ['Welcome to Harbour Notes. My guest today restores wooden boats in Bergen. Ole, what got you started?'] },
      {
        speaker: 'Ole Lunde',
        role: 'guest',
        time: 7,
        // A pause of seconds after a finished sentence starts a new paragraph.
        paragraphs: ['My grandfather built færings, the small four-oared boats, and I swept his shed. When he died, nobody wanted the last hull, so I finished it myself.', 'That took three winters. The planks are pine and the ribs are juniper.'],
      },
      { speaker: 'Hanna Berg', role: 'interviewer', time: 24, paragraphs: ['Why juniper & not oak?'] },
      { speaker: 'Ole Lunde', role: 'guest', time: 27, paragraphs: ['Juniper bends without steaming and it does not rot in salt water.'] },
    ]);
  });
  it('keeps the header, notes, styles, cue names and timings out of the text, and accounts for every line', () => {
    const text = allText(r);
    for (const apparatus of ['WEBVTT', 'Kind', 'NOTE', 'cue(', 'intro-1', '-->', '<v', '<i>']) expect(text).not.toContain(apparatus);
    const lines = readFileSync(new URL('../fixtures/formats/captions-voices.vtt', import.meta.url), 'utf8').split('\n');
    lines.forEach((line, i) => {
      if (line.trim()) expect(r.lineUse[i], `line ${i + 1}: ${line}`).not.toBeNull();
    });
    expect(r.lineUse[lines.indexOf('00:00:07.200 --> 00:00:11.000')]).toBe('markup');
    expect(r.lineUse[lines.indexOf('four-oared boats, and I swept his shed.')]).toBe('turn');
    expect(r.transcript.title).toBe('Captions voices');
  });
});

describe('a SubRip export: numbered cues, labels in capitals, a cue over two lines', () => {
  it('joins a cue’s lines and an unlabelled cue to the paragraph before, and names the speaker as a name', () => {
    expect(turnsOf(load('captions-numbered.srt'))).toEqual([
      { speaker: 'Interviewer', role: 'interviewer', time: 1, paragraphs: ['Thanks for coming in. How long have you kept bees?'] },
      { speaker: 'Priya Nair', role: 'guest', time: 4, paragraphs: ['Eleven years now. I started with two hives behind the school. Now there are forty, spread over three orchards.'] },
      { speaker: 'Interviewer', role: 'interviewer', time: 11, paragraphs: ['What does a bad winter cost you?'] },
      { speaker: 'Priya Nair', role: 'guest', time: 14, paragraphs: ['In 2021 we lost a third of the colonies to damp, not to cold.'] },
    ]);
  });
});

describe('captions as other tools write them', () => {
  it('YouTube’s SubViewer (`.sbv`): a comma between a cue’s times, its lines under them, the timings kept out of the words', () => {
    const sbv = ['0:00:01.000,0:00:04.000', 'Tom Becker: Why bridges?', '', '0:00:04.500,0:00:08.000', 'Maria Lopez: My father built them.', '', '0:00:08.500,0:00:10.000', 'He was a mason.', '', '0:00:12.500,0:00:16.000', 'Tom Becker: And steel?', ''].join('\n');
    for (const file of ['captions.sbv', 'captions.txt']) {
      const r = ingest(sbv, file);
      expect(turnsOf(r).map((t) => [t.speaker, t.time, t.paragraphs])).toEqual([
        ['Tom Becker', 1, ['Why bridges?']],
        ['Maria Lopez', 4, ['My father built them. He was a mason.']],
        ['Tom Becker', 12, ['And steel?']],
      ]);
      expect(allText(r)).not.toMatch(/0:00/);
      expect(r.lineUse[0]).toBe('markup');
    }
    expect(isCaptions(sbv.split('\n'))).toBe(true);
    // (The folder's reader takes such a file as it takes `.vtt` and `.srt`.)
    expect(['talk.sbv', 'talk.vtt', 'talk.srt'].filter((f) => EXTENSIONS.test(f))).toEqual(['talk.sbv', 'talk.vtt', 'talk.srt']);
  });
  it('a label on every cue (Zoom): the same speaker’s cues go on in one paragraph', () => {
    const zoom = ['WEBVTT', '', '1', '00:00:01.000 --> 00:00:04.000', 'Dana Reyes: So how did the bridge start?', '', '2', '00:00:04.500 --> 00:00:08.000', 'Tom Becker: With a flood. The old one', '', '3', '00:00:08.100 --> 00:00:10.000', 'Tom Becker: washed away in a night.', ''].join('\n');
    const r = ingest(zoom, 'zoom.vtt');
    expect(turnsOf(r).map((t) => [t.speaker, t.paragraphs])).toEqual([
      ['Dana Reyes', ['So how did the bridge start?']],
      ['Tom Becker', ['With a flood. The old one washed away in a night.']],
    ]);
  });
  it('cues pasted under a title, no header and no numbers, in a text file: the title, then the turns (the timings were words, `--> 00:00:08.000` in every turn)', () => {
    const cues = ['Bridge Talk 12: Maria Lopez', '', '00:00:01.000 --> 00:00:04.000', 'Tom Becker: Why bridges?', '', '00:00:04.500 --> 00:00:08.000', 'Maria Lopez: My father built them.', '', '00:00:08.500 --> 00:00:12.000', 'Tom Becker: And steel?', '', '00:00:12.500 --> 00:00:16.000', 'Maria Lopez: It rusts, slowly.', ''].join('\n');
    const r = ingest(cues, 'zoom.txt');
    expect(r.transcript.title).toBe('Bridge Talk 12: Maria Lopez');
    expect(turnsOf(r).map((t) => [t.speaker, t.time, t.paragraphs])).toEqual([
      ['Tom Becker', 1, ['Why bridges?']],
      ['Maria Lopez', 4, ['My father built them.']],
      ['Tom Becker', 8, ['And steel?']],
      ['Maria Lopez', 12, ['It rusts, slowly.']],
    ]);
  });
  it('a name in brackets opening a cue (`[Tom Becker] Welcome...`), as a SubRip export labels speakers', () => {
    const srt = ['1', '00:00:01,000 --> 00:00:04,000', '[Tom Becker] Welcome to the show, Maria.', '', '2', '00:00:04,500 --> 00:00:08,000', '[Maria Lopez] Thanks, Tom.', '', '3', '00:00:08,500 --> 00:00:12,000', '[Tom Becker] Why bridges?', '', '4', '00:00:12,500 --> 00:00:16,000', '[Maria Lopez] Because they fail quietly.', ''].join('\n');
    expect(turnsOf(ingest(srt, 'brackets.srt')).map((t) => [t.speaker, t.time, t.paragraphs])).toEqual([
      ['Tom Becker', 1, ['Welcome to the show, Maria.']],
      ['Maria Lopez', 4, ['Thanks, Tom.']],
      ['Tom Becker', 8, ['Why bridges?']],
      ['Maria Lopez', 12, ['Because they fail quietly.']],
    ]);
  });
  it('two voices in one cue’s line (`<v Maria>Hi.</v> <v Tom>Why bridges?</v>`): each her or his own turn', () => {
    const vtt = ['WEBVTT', '', '00:00:01.000 --> 00:00:04.000', '<v Tom>Hi, Maria.</v> <v Maria>Hi.</v>', '', '00:00:04.500 --> 00:00:08.000', '<v Maria>Thanks, Tom.</v> <v Tom>Why bridges?</v>', '', '00:00:08.500 --> 00:00:12.000', '<v Maria>Because they fail quietly.', ''].join('\n');
    const r = ingest(vtt, 'voices.vtt');
    expect(turnsOf(r).map((t) => [t.speaker, t.paragraphs])).toEqual([
      ['Tom', ['Hi, Maria.']],
      ['Maria', ['Hi. Thanks, Tom.']],
      ['Tom', ['Why bridges?']],
      ['Maria', ['Because they fail quietly.']],
    ]);
  });
  it('times without their leading zeros (Teams: `0:0:3.120 --> 0:0:8.0`), voices closed by `</v>`', () => {
    const teams = ['WEBVTT', '', '0:0:3.120 --> 0:0:8.0', '<v Tom Becker>Why bridges?</v>', '', '0:0:9.450 --> 0:0:14.0', '<v Maria Lopez>Because they fail quietly.</v>', '', '0:1:2.0 --> 0:1:5.0', '<v Tom Becker>And then?</v>', ''].join('\n');
    const r = ingest(teams, 'teams.vtt');
    expect(turnsOf(r).map((t) => [t.speaker, t.time, t.paragraphs])).toEqual([
      ['Tom Becker', 3, ['Why bridges?']],
      ['Maria Lopez', 9, ['Because they fail quietly.']],
      ['Tom Becker', 62, ['And then?']],
    ]);
    expect(r.transcript.intro).toEqual([]);
  });
  it('a name alone on each cue’s first line, above its words (Teams’s transcript: `0:0:0.0 --> 0:0:5.120` / `Tom Becker` / the words): who speaks, one who speaks once too (it failed the build)', () => {
    const cue = (t: string, name: string, words: string) => [t, name, words, ''];
    const teams = ['WEBVTT', '', ...cue('0:0:0.0 --> 0:0:5.120', 'Tom Becker', 'Welcome, Maria. Why bridges?'), ...cue('0:0:5.120 --> 0:0:9.0', 'Maria Lopez', 'Because they fail quietly.'), ...cue('0:0:9.0 --> 0:0:12.0', 'Tom Becker', 'And then?'), ...cue('0:0:12.0 --> 0:0:15.0', 'Maria Lopez', 'Then they fall.'), ...cue('0:0:15.0 --> 0:0:17.0', 'Paul Kim', 'Sorry, the car is here.')].join('\n');
    for (const text of [teams, teams.replace('WEBVTT\n\n', '')]) {
      const r = ingest(text, 'teams.txt');
      expect(turnsOf(r).map((t) => [t.speaker, t.time, t.paragraphs])).toEqual([
        ['Tom Becker', 0, ['Welcome, Maria. Why bridges?']],
        ['Maria Lopez', 5, ['Because they fail quietly.']],
        ['Tom Becker', 9, ['And then?']],
        ['Maria Lopez', 12, ['Then they fall.']],
        ['Paul Kim', 15, ['Sorry, the car is here.']],
      ]);
    }
  });
  it('a cue’s first line of two capitalised words, once, in cues that name no one so, is its words (guard)', () => {
    const srt = ['1', '00:00:01,000 --> 00:00:03,000', 'TOM: Good morning.', '', '2', '00:00:03,000 --> 00:00:05,000', 'MARIA: Good morning, Tom.', '', '3', '00:00:05,000 --> 00:00:07,000', 'TOM: Why bridges?', '', '4', '00:00:07,000 --> 00:00:09,000', 'MARIA: My father sang to them.', '', '5', '00:00:09,000 --> 00:00:11,000', 'Happy Birthday', 'to the first one, I think.', ''].join('\n');
    const r = ingest(srt, 'talk.srt');
    expect(turnsOf(r).map((t) => `${t.speaker}: ${t.paragraphs.join(' ')}`)).toEqual(['Tom: Good morning.', 'Maria: Good morning, Tom.', 'Tom: Why bridges?', 'Maria: My father sang to them. Happy Birthday to the first one, I think.']);
  });
  it('rolling captions (YouTube): a line repeated from the cue before is there once, inline times and tags gone', () => {
    const youtube = [
      'WEBVTT',
      'Kind: captions',
      'Language: en',
      '',
      '00:00:00.000 --> 00:00:02.500 align:start position:0%',
      '<v Dana Reyes>so<00:00:00.400><c> the</c><00:00:00.800><c> river</c><00:00:01.200><c> rose</c>',
      '',
      '00:00:02.500 --> 00:00:02.510 align:start position:0%',
      'so the river rose',
      ' ',
      '00:00:02.510 --> 00:00:05.000 align:start position:0%',
      'so the river rose',
      'and<00:00:03.000><c> the</c><00:00:03.500><c> town</c><00:00:04.000><c> moved</c>',
      '',
      '00:00:05.000 --> 00:00:06.000 align:start position:0%',
      '<v Tom Becker>Did it come back?',
      '',
    ].join('\n');
    const r = ingest(youtube, 'river.vtt');
    expect(turnsOf(r).map((t) => [t.speaker, t.paragraphs])).toEqual([
      ['Dana Reyes', ['so the river rose and the town moved']],
      ['Tom Becker', ['Did it come back?']],
    ]);
  });
  it('only a file that opens as captions is read as one: a timing line inside a transcript is its text', () => {
    expect(isCaptions(['WEBVTT - exported', '', '00:01.000 --> 00:02.000', 'Hi.'])).toBe(true);
    expect(isCaptions(['1', '00:00:01,000 --> 00:00:02,000', 'Hi.'])).toBe(true);
    expect(isCaptions(['Q: What is 00:00:01,000 --> 00:00:02,000?', 'A: A caption timing.'])).toBe(false);
    expect(fromCaptions(['# Notes', '', 'Host: Hello.'])).toBeNull();
    const r = ingest('Host: What does 00:00:01,000 --> 00:00:02,000 mean?\n\nGuest: A caption timing.\n', 'plain.md');
    expect(turnsOf(r)[0]!.paragraphs).toEqual(['What does 00:00:01,000 --> 00:00:02,000 mean?']);
  });
});

describe('a transcript copied from a video site’s panel (`0:03` alone, the words below) or a speech-to-text tool’s lines (`[00:00.000 --> 00:04.000]  words`)', () => {
  const panel = ['0:03', 'so where did it start for me it started', '0:06', 'with my grandfather’s bridge over the', '0:09', 'river. He built it in 1961 and it still', '0:12', 'stands today.', ''];
  const whole = 'so where did it start for me it started with my grandfather’s bridge over the river. He built it in 1961 and it still stands today.';
  /** Each turn: who, from when, saying what (paragraphs apart by ` | `). */
  const timed = (r: IngestResult) => turnsOf(r).map((t) => [t.speaker, t.time, t.paragraphs.join(' | ')]);
  it('reads the speaker the front matter names, the lines joined into paragraphs, the times out of the words, every line accounted for', () => {
    const r = ingest(`---\nspeakers: [Maria Lopez]\n---\n${panel.join('\n')}`, 'talk.txt');
    expect(turnsOf(r)).toEqual([{ speaker: 'Maria Lopez', role: 'guest', time: 3, paragraphs: [whole] }]);
    expect(r.lineUse.slice(3, 11)).toEqual(['markup', 'turn', 'markup', 'turn', 'markup', 'turn', 'markup', 'turn']);
    const tool = ingest(`---\nspeakers: [Maria Lopez]\n---\n${panel.filter((_, i) => i % 2 === 1).map((w, i) => `[00:${String(3 + 3 * i).padStart(2, '0')}.000 --> 00:${String(6 + 3 * i).padStart(2, '0')}.000]  ${w}`).join('\n')}\n`, 'whisper.txt');
    expect(turnsOf(tool)).toEqual([{ speaker: 'Maria Lopez', role: 'guest', time: 3, paragraphs: [whole] }]);
  });
  it('without the speaker named, fails in one line that says how to name them, not as spam', () => {
    expect(() => ingest(panel.join('\n'), 'talk.txt')).toThrow(/talk\.txt:2: error: no speaker turns found.*speakers: \[Full Name\]/);
  });
  it('reads the speakers’ changes the captions mark (`>>`) and their labels', () => {
    const r = ingest(['0:01', '>> Tom Becker: Where did it start for you?', '0:04', '>> Maria Lopez: With my grandfather’s bridge.', '0:08', 'He built it in 1961.', '0:11', '>> Tom Becker: And steel?', '0:13', '>> Maria Lopez: Easy.', ''].join('\n'), 'news.txt');
    expect(timed(r)).toEqual([
      ['Tom Becker', 1, 'Where did it start for you?'],
      ['Maria Lopez', 4, 'With my grandfather’s bridge. He built it in 1961.'],
      ['Tom Becker', 11, 'And steel?'],
      ['Maria Lopez', 13, 'Easy.'],
    ]);
  });
  it('keeps the video’s title the title, the panel’s buttons out, and its chapters’ titles between the times as sections', () => {
    const cues = (from: number, words: string[]) => words.flatMap((w, i) => [`${Math.floor((from + 3 * i) / 60)}:${String((from + 3 * i) % 60).padStart(2, '0')}`, w]);
    const panel = ['---', 'speakers: [Maria Lopez]', '---', 'Bridges with Maria Lopez', '', 'Transcript', 'Follow along using the transcript.', 'Show transcript', 'Intro', ...cues(0, ['so where did it start for me', 'it started with my grandfather’s bridge', 'over the river in 1961.', 'It still stands', 'and I used to sit under it', 'and listen to the traffic.']), 'Steel and water', ...cues(90, ['steel is easy', 'water is hard.', 'We spend more on drainage', 'than on steel', 'and more on paint', 'than on either.']), ''];
    const r = ingest(panel.join('\n'), 'panel.txt');
    expect(r.transcript.title).toBe('Bridges with Maria Lopez');
    expect(r.transcript.sections.map((s) => [s.heading, s.turns.map((t) => `${t.speaker} @${t.time}: ${t.paragraphs.map((p) => p.text).join(' | ')}`)])).toEqual([
      ['Intro', ['Maria Lopez @0: so where did it start for me it started with my grandfather’s bridge over the river in 1961. It still stands and I used to sit under it and listen to the traffic.']],
      ['Steel and water', ['Maria Lopez @90: steel is easy water is hard. We spend more on drainage than on steel and more on paint than on either.']],
    ]);
    expect(r.transcript.removed.map((x) => x.text)).toEqual(['Follow along using the transcript.', 'Show transcript']);
  });
  it('reads a name alone under each time as who speaks, where it does so twice or more (`0:03` / `Tom Becker` / the words)', () => {
    const r = ingest(['0:03', 'Tom Becker', 'Where did it start for you?', '', '0:09', 'Maria Lopez', 'With my grandfather’s bridge.', 'He built it in 1961.', '', '0:21', 'Tom Becker', 'And steel?', '', '0:24', 'Maria Lopez', 'Easy.', ''].join('\n'), 'podcast.txt');
    expect(timed(r)).toEqual([
      ['Tom Becker', 3, 'Where did it start for you?'],
      ['Maria Lopez', 9, 'With my grandfather’s bridge. He built it in 1961.'],
      ['Tom Becker', 21, 'And steel?'],
      ['Maria Lopez', 24, 'Easy.'],
    ]);
  });
  it('reads a video editor’s transcript (Premiere Pro: `00:00:05:00 - 00:00:09:10` timecodes with frames, the name under each; DaVinci Resolve: the range in brackets above `Name: ...`) as timed turns (the first failed the build, the second gave each range to the turn before as words)', () => {
    const premiere = ['00:00:03:00 - 00:00:08:29', 'Tom Becker', 'Where did it start for you?', '', '00:00:09:00 - 00:00:20:10', 'Maria Lopez', 'With my grandfather’s bridge.', 'He built it in 1961.', '', '00:00:21:11 - 00:00:23:02', 'Tom Becker', 'And steel?', '', '00:00:24:03 - 00:00:25:20', 'Maria Lopez', 'Easy.', ''];
    const expected = [['Tom Becker', 3, 'Where did it start for you?'], ['Maria Lopez', 9, 'With my grandfather’s bridge. He built it in 1961.'], ['Tom Becker', 21, 'And steel?'], ['Maria Lopez', 24, 'Easy.']];
    expect(timed(ingest(premiere.join('\n'), 'premiere.txt'))).toEqual(expected);
    // (Its placeholders too, `Speaker 1`, named by the front matter.)
    const unnamed = premiere.map((l) => (l === 'Tom Becker' ? 'Speaker 1' : l === 'Maria Lopez' ? 'Speaker 2' : l));
    expect(timed(ingest(`---\nspeakers:\n  Speaker 1: Tom Becker\n  Speaker 2: Maria Lopez\n---\n${unnamed.join('\n')}`, 'premiere.txt'))).toEqual(expected);
    const resolve = ['[00:00:03:00 - 00:00:08:29]', 'Tom Becker: Where did it start for you?', '', '[00:00:09:00 - 00:00:20:10]', 'Maria Lopez: With my grandfather’s bridge. He built it in 1961.', '', '[00:00:21:11 - 00:00:23:02]', 'Tom Becker: And steel?', '', '[00:00:24;03 - 00:00:25;20]', 'Maria Lopez: Easy.', ''];
    const r = ingest(resolve.join('\n'), 'resolve.txt');
    expect(timed(r)).toEqual(expected);
    expect(r.transcript.intro).toEqual([]);
  });
  it('leaves lines opening with a time and a label (`[00:00:25] Name: ...`) to the parser, and a chapter list above labelled turns a list (guard)', () => {
    expect(fromTimedText(['[00:00:01] Tom Becker: Why?', '[00:00:04] Maria Lopez: Water.', '[00:00:08] Tom Becker: And steel?', '[00:00:11] Maria Lopez: Easy.'])).toBeNull();
    expect(fromTimedText(['Timestamps:', '0:00 Introduction', '2:10 Scour', '5:00 Steel', '9:30 Money', '', 'Tom Becker: Welcome.', '', 'Maria Lopez: Thanks.', '', 'Tom Becker: Why?', '', 'Maria Lopez: Water.', '', 'Tom Becker: And?', '', 'Maria Lopez: Steel.'])).toBeNull();
  });
});

describe('a podcast app’s transcript: each stretch of speech under its time, whole sentences, no names (`0:37` / the words), or a transcripts site’s `Starting point is 00:00:09`', () => {
  const stretches = [
    'Welcome to Rivers and Roads. I’m Tom Becker, and today my guest is Maria Lopez, who has inspected bridges for thirty years. Maria, welcome to the show.',
    'Thanks for having me, Tom. It’s good to be here.',
    'Why do bridges fail?',
    'Mostly water. Salt gets into the concrete, and the steel inside rusts and swells and cracks it from the inside, one winter after another.',
    'How long does that take?',
    'Decades, usually. But a bad drain can do it in ten years, and I have seen a new deck lose its joints in five.',
    'What would you fix first?',
    'The drains. Always the drains, then the coatings, and then you inspect every year instead of every six.',
    'Maria Lopez, thank you.',
    'Thank you, Tom. It was a pleasure to talk about something other than budgets.',
  ];
  const clock = (k: number) => `00:${String(Math.floor((k * 17) / 60)).padStart(2, '0')}:${String((k * 17) % 60).padStart(2, '0')}`;
  const said = (r: IngestResult) => turnsOf(r).map((t) => `${t.speaker} (${t.role}) @${t.time}: ${t.paragraphs.join(' | ').slice(0, 24)}`);
  const expected = (host: string) => stretches.map((s, k) => `${k % 2 === 0 ? `${host} (interviewer)` : 'Maria Lopez (guest)'} @${k * 17}: ${s.slice(0, 24)}`);
  it('reads each stretch as a paragraph, the one-line questions the interviewer’s, the host named by his own words, the closing thanks his (it failed the build)', () => {
    const app = ['# Rivers and Roads: why bridges fail', '', ...stretches.flatMap((s, k) => [clock(k), s, ''])].join('\n');
    const r = ingest(app, 'episode.txt');
    expect(said(r)).toEqual(expected('Tom Becker'));
    // (The thanks is read from its words alone: said as uncertain.)
    expect(r.uncertain.map((u) => [u.line, u.speaker, u.alternative])).toEqual([[3 + 8 * 3 + 1, 'Tom Becker', 'Maria Lopez']]);
  });
  it('reads the transcripts site’s times in words, its episode’s date, its title before the first time, and its comments’ tab out', () => {
    const site = ['Rivers and Roads - Maria Lopez on why bridges fail', 'Episode Date: December 1, 2026', 'Maria Lopez has inspected bridges for thirty years. She tells the host why they fail.', 'Transcript', 'Discussion (0)', ...stretches.flatMap((s, k) => [`Starting point is ${clock(k)}`, s])].join('\n');
    const r = ingest(site, 'episode.txt');
    expect(said(r)).toEqual(expected('Tom Becker'));
    expect([r.transcript.title, r.transcript.date]).toEqual(['Rivers and Roads - Maria Lopez on why bridges fail', '2026-12-01']);
    expect(r.transcript.removed.map((x) => x.text)).toEqual(['Discussion (0)']);
  });
  it('keeps a video panel’s short sentences joined into paragraphs, and a host who gives no name `Interviewer` (guards)', () => {
    const short = ['We built it in 1961.', 'It still stands today.', 'The river is wide there.', 'Nobody believed us.', 'We did it anyway.', 'That was the start.'];
    const panel = fromTimedText(short.flatMap((s, k) => [`0:0${k}`, s]))!;
    expect(panel.lines.filter((l) => l.trim() !== '')).toHaveLength(1);
    const anonymous = stretches.map((s, k) => (k === 0 ? 'Welcome to Rivers and Roads. Today my guest is Maria Lopez, who has inspected bridges for thirty years. Maria, welcome to the show.' : s));
    const r = ingest(['# Rivers and Roads', '', ...anonymous.flatMap((s, k) => [clock(k), s, ''])].join('\n'), 'episode.txt');
    expect(said(r)).toEqual(expected('Interviewer'));
  });
});

describe('a Markdown heading above a video panel’s times and words (`# Rivers and Roads`, `## Steel` between the cues)', () => {
  it('stays the title and the part’s heading, without the marks (the title was “# Rivers and Roads”)', () => {
    const cues = (from: number, words: string[]) => words.flatMap((w, i) => [`0:${String(from + 3 * i).padStart(2, '0')}`, w]);
    const text = ['---', 'speakers: [Maria Lopez]', '---', '# Rivers and Roads', '', ...cues(0, ['so where did it start for me', 'it started with my grandfather’s bridge', 'over the river in 1961', 'and it still stands']), '', '## Steel', '', ...cues(30, ['steel is easy', 'water is hard', 'we spend more on drainage', 'than on steel']), ''].join('\n');
    for (const file of ['panel.txt', 'panel.md']) {
      const r = ingest(text, file);
      expect(r.transcript.title).toBe('Rivers and Roads');
      expect(r.transcript.sections.map((s) => s.heading)).toEqual([null, 'Steel']);
    }
  });
});

describe('a time closing a heading or a chapter line', () => {
  it('is read after a dash or in brackets, and only at the end', () => {
    for (const t of ['Steel – 15:40', 'Steel - 1:15:40', 'Steel [00:12:30]', 'Steel (12:30)', 'Steel | 12:30']) {
      expect([t, endsWithTime(t), withoutTimeAfter(t)]).toEqual([t, true, 'Steel']);
    }
    for (const t of ['Steel at 15:40 sharp', 'Steel 15:40', 'Steel (Rhine Works)', '15:40', 'Route 66']) {
      expect([t, endsWithTime(t), withoutTimeAfter(t)]).toEqual([t, false, t]);
    }
  });
});

describe('subtitles setting two speakers in a cue as dialogue, a hyphen opening each line, and one speaker in another cue so (`- Tom: Why do bridges crack?` alone)', () => {
  const srt = (single: string) => `1\n00:00:00,000 --> 00:00:05,000\n- Tom: Welcome to Bridge Talk.\n- Maria: Thanks, Tom.\n\n2\n00:00:05,000 --> 00:00:09,000\n${single}\n\n3\n00:00:09,000 --> 00:00:12,000\n- Maria: Water, mostly.\n`;
  it('reads the cue of one such line as the others: a change of speaker, its label read (no turn was found: the file failed)', () => {
    expect(turnsOf(ingest(srt('- Tom: Why do bridges crack?'), 'dialogue.srt')).map((t) => [t.speaker, t.time, t.paragraphs.join(' ')])).toEqual([['Tom', 0, 'Welcome to Bridge Talk.'], ['Maria', 0, 'Thanks, Tom.'], ['Tom', 5, 'Why do bridges crack?'], ['Maria', 9, 'Water, mostly.']]);
  });
  it('keeps a cue’s hyphen where no cue sets dialogue so (guard): a list’s item, `- the bearings,`, goes on with her words', () => {
    const plain = '1\n00:00:00,000 --> 00:00:03,000\nTom: What do you check?\n\n2\n00:00:03,000 --> 00:00:05,000\nMaria: Three things:\n\n3\n00:00:05,000 --> 00:00:06,000\n- the bearings,\n\n4\n00:00:06,000 --> 00:00:07,000\n- the joints.\n\n5\n00:00:07,000 --> 00:00:09,000\nTom: And then?\n\n6\n00:00:09,000 --> 00:00:11,000\nMaria: The drains.\n';
    expect(turnsOf(ingest(plain, 'plain.srt')).map((t) => [t.speaker, t.paragraphs.join(' ')])).toEqual([['Tom', 'What do you check?'], ['Maria', 'Three things: - the bearings, - the joints.'], ['Tom', 'And then?'], ['Maria', 'The drains.']]);
  });
});
