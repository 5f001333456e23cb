import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { vocative, vocativePattern } from '../../src/ingest/labels.ts';

/**
 * `vocative` reads each place a name is written by the words before it; `vocativePattern` is the
 * same reading as one pattern over the whole text. They must agree on any text.
 */
const TOKENS = ['Maria', 'maria', 'MARIA', 'Marian', 'Tom', ',', ', ', '.', '. ', '?', '!', ' ', '  ', '\n', 'so', 'So, ', 'and ', 'And ', 'hi ', 'Hello, ', 'Thanks', 'thank you ', 'Welcome back, ', 'gracias ', 'why', 'the bridge', '¿', '¡', 'ok', '？', 'x'.repeat(150), 'Bonjour '];

describe('a name a turn addresses (vocative)', () => {
  it('reads the names people are turned to by, and not names spoken of', () => {
    const yes = ['Maria, what do you look at first?', 'So, Maria, why?', 'Welcome to the show, Maria.', 'Thanks Maria!', 'And Maria?', 'Hola Maria, ¿qué tal?', `${'Intro. '.repeat(60)}Maria, go on.`];
    const no = ['Maria said so.', 'I met Maria in Bonn.', 'Mariana, go on.', 'The Maria bridge, built in 1902.', `${'x'.repeat(250)} Maria, no stop before.`];
    expect(yes.map((t) => vocative(t, 'Maria'))).toEqual(yes.map(() => true));
    expect(no.map((t) => vocative(t, 'Maria'))).toEqual(no.map(() => false));
  });
  it('agrees with the one pattern it stands for, on any text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TOKENS), { maxLength: 30 }), fc.constantFrom('Maria', 'Tom', 'maria'), (tokens, name) => {
        const text = tokens.join('');
        expect(vocative(text, name)).toBe(vocativePattern(name).test(text));
      }),
      { numRuns: 3000 },
    );
  });
});
