import { describe, expect, it } from 'vitest';
import { textDirection } from '../../src/lib/text-direction.ts';

describe('the direction a page is written in, by its language', () => {
  it('is right to left for Arabic, Hebrew, Persian, Urdu and Yiddish, with or without a region', () => {
    expect(['ar', 'he', 'fa', 'ur', 'yi', 'ar-EG', 'fa-IR'].map(textDirection)).toEqual(Array(7).fill('rtl'));
  });
  it('is left to right for the rest, and for a tag the platform does not know', () => {
    expect(['en', 'de', 'zh', 'ja', 'ru', 'tr', 'fr-CA', 'x-not a tag'].map(textDirection)).toEqual(Array(8).fill('ltr'));
  });
});
