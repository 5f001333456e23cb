import { describe, expect, it } from 'vitest';
import { termsPattern } from '../../src/client/highlight.ts';
import { queryTerms, rank, safeExcerpt, spellings, termOf, type PageData } from '../../src/client/search/ranking.ts';
import { quoteText } from '../../src/client/share.ts';
import { clock, mediaAt, mediaKind, seconds } from '../../src/lib/media.ts';

/** The reader's script, its pure parts: ranking, highlighting, quotes, links into recordings. */
function page(turns: [string, string, string][], roles: Record<string, string>): PageData {
  const words: string[] = [];
  const anchors: PageData['anchors'] = [];
  const locations: { location: number }[] = [];
  turns.forEach(([id, speaker, text]) => {
    anchors.push({ id, title: speaker, element: 'div', location: words.length });
    for (const w of text.split(' ')) words.push(w);
  });
  words.forEach((w, i) => /^(zillow|ads?|model)/i.test(w) && locations.push({ location: i }));
  return { url: '/x/', content: words.join(' '), meta: { title: 'X', url: '/x/', roles: JSON.stringify(roles) }, anchors, sub_results: [], weighted_locations: locations };
}

describe('spellings one slip away from a word no interview holds', () => {
  it('a letter left out or two side by side swapped, each once, the first letter kept: `Dennard` gives the transcript’s `Denard`', () => {
    expect(spellings('dennard')).toContain('denard');
    expect(spellings('lopze')).toContain('lopez');
    expect(spellings('lopze')).toEqual(['lpze', 'loze', 'lope', 'lopz', 'lpoze', 'lozpe', 'lopez']);
    expect(new Set(spellings('dennard')).size).toBe(spellings('dennard').length);
  });
  it('none for a word of four letters or fewer, nor for one with digits (guard)', () => {
    expect(spellings('bank')).toEqual([]);
    expect(spellings('gpt4o')).toEqual([]);
  });
});

describe('search ranking', () => {
  it('ranks the answer that discusses a topic above a passing mention, and a guest above the question', () => {
    const p = page(
      [
        ['q1', 'Host', 'What about Zillow and ads?'],
        ['a1', 'Guest', 'Zillow is a great example. Zillow ads work because the ads match intent, and the model for ads is old.'],
        ['q2', 'Host', 'Oh, right. Zillow.'],
        ['a2', 'Guest', 'Yes.'],
      ],
      { Host: 'interviewer', Guest: 'guest' },
    );
    const ranked = rank([p], ['zillow', 'ads']);
    expect(ranked[0]!.anchor).toBe('a1');
    // "Yes." answers a question about Zillow: it is found, below the answer that discusses it.
    expect(ranked.findIndex((b) => b.anchor === 'a2')).toBeGreaterThan(0);
    expect(ranked.findIndex((b) => b.anchor === 'q1')).toBeGreaterThan(0);
  });
  it('matches stems, and never a long query word to a one-letter word, nor a name to a contraction', () => {
    expect(termOf('models', ['model'])).toBe(0);
    expect(termOf('x', ['xylophone'])).toBe(-1);
    expect(termOf('I’ve', ['jony', 'ive'])).toBe(-1);
    expect(termOf('Ive', ['jony', 'ive'])).toBe(1);
  });
  it('matches a short word only in its other forms, a longer one by its beginning', () => {
    for (const [word, term] of [['running', 'run'], ['making', 'make'], ['companies', 'company'], ['paths', 'path'], ['model', 'models'], ['electrons', 'electricity']]) expect(termOf(word!, [term!]), word).toBe(0);
    for (const [word, term] of [['tool', 'too'], ['sorry', 'sora'], ['patient', 'path'], ['cart', 'car']]) expect(termOf(word!, [term!]), word).toBe(-1);
  });
  it('ranks the exact word above its stem, and words side by side above scattered ones', () => {
    const p = page(
      [
        ['a1', 'Guest', 'We need more electrons and more power plants for the models everywhere.'],
        ['a2', 'Guest', 'The ad model works well for us and it is an ad model that users like.'],
        ['a3', 'Guest', 'Model quality matters and so does the ad budget of the model builders we know.'],
      ],
      { Guest: 'guest' },
    );
    expect(rank([p], ['ad', 'model'])[0]!.anchor).toBe('a2');
  });
  it('takes the topic out of a question a reader types', () => {
    expect(queryTerms('why did Sora succeed?')).toEqual(['sora', 'succeed']);
    expect(queryTerms('"great social product"')).toEqual(['great', 'social', 'product']);
    // Comparisons and degrees say nothing about the topic either.
    expect(queryTerms('Kubernetes versus serverless')).toEqual(['kubernetes', 'serverless']);
    expect(queryTerms('spec vs bug fixes')).toEqual(['spec', 'bug', 'fixes']);
    expect(queryTerms('is Kubernetes too complex?')).toEqual(['kubernetes', 'complex']);
    expect(queryTerms('versus')).toEqual(['versus']);
  });
  it('keeps only Pagefind’s marks in an excerpt', () => {
    expect(safeExcerpt('a <mark>b</mark> &lt;img src=x onerror=1&gt; <b>c</b>')).toBe('a <mark>b</mark> &lt;img src=x onerror=1&gt; c');
  });
});

describe('highlighting', () => {
  it('marks whole words only: "Jony Ive" marks Ive, not I’ve or offensive', () => {
    const re = termsPattern('Jony Ive')!;
    expect('Jony Ive said I’ve been offensive, and Ive agreed'.match(re)).toEqual(['Jony', 'Ive', 'Ive']);
    expect('capacity and capacities'.match(termsPattern('capacity')!)).toEqual(['capacity', 'capacities']);
    expect('too many tools, two tool'.match(termsPattern('too')!)).toEqual(['too']);
    expect('the path, two paths, a patient'.match(termsPattern('path')!)).toEqual(['path', 'paths']);
    expect(termsPattern('a')).toBeNull();
  });
});

describe('quotes and recordings', () => {
  it('a quote names who said it, where, and links to it', () => {
    expect(quoteText('  We built   the factory ', 'Sam Altman', 'An interview', 'https://s.example/i/sa-x/')).toBe('“We built the factory” — Sam Altman, An interview\nhttps://s.example/i/sa-x/');
  });
  it('links into an audio file, a YouTube video, and not into a page', () => {
    expect(mediaKind('https://a.example/ep/1.mp3')).toBe('file');
    expect(mediaAt('https://a.example/ep/1.mp3', 83.7)).toBe('https://a.example/ep/1.mp3#t=83');
    expect(mediaAt('https://youtu.be/abc?si=x', 5)).toBe('https://www.youtube.com/watch?v=abc&t=5s');
    expect(mediaAt('https://example.org/episode/200/', 5)).toBeNull();
    expect([clock(83), clock(3723), seconds('1:02:03')]).toEqual(['1:23', '1:02:03', 3723]);
  });
});

describe('possessives and contractions', () => {
  it('a possessive is its name; a pronoun’s contraction is not a word of its own', () => {
    expect(termOf('Amdahl’s', ['amdahls', 'law'])).toBe(0);
    expect(termOf('Google’s', ['google'])).toBe(0);
    expect(termOf('it’s', ['its'])).toBe(-1);
  });
});
