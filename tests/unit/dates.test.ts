import { describe, expect, it } from 'vitest';
import { givesDate, statedDate } from '../../src/ingest/dates.ts';
import { ingest } from '../../src/ingest/index.ts';

describe('the date a transcript states', () => {
  it('reads a dated address, and full dates in several languages', () => {
    expect(statedDate('https://example.org/2024/03/17/an-interview/', [])).toBe('2024-03-17');
    const stated: [string, string][] = [
      ['Recorded on October 8, 2025, at the conference.', '2025-10-08'],
      ['Podcast enregistré le 29 février 2024 par la rédaction', '2024-02-29'],
      ['Entrevista del 3 de mayo de 2021', '2021-05-03'],
      ['Published 2019-06-09', '2019-06-09'],
      ['Intervista dell’8 ottobre 2025', '2025-10-08'],
      ['Entrevista publicada em 8 de outubro de 2025', '2025-10-08'],
      ['Gesprek van 8 oktober 2025', '2025-10-08'],
      ['Интервью от 8 октября 2025 года', '2025-10-08'],
      ['发布于2025年10月8日', '2025-10-08'],
      ['2025년 10월 8일 인터뷰', '2025-10-08'],
      ['Das Gespräch wurde am 08.10.2025 geführt.', '2025-10-08'],
      ['Bridge interview - 2025/10/08 10:00 CET - Transcript', '2025-10-08'],
      // (The year run into the time of day, as a page copied without its markup has it.)
      ['November 3, 20265:00 AM ET', '2026-11-03'],
      ['3 November 202611:30 p.m.', '2026-11-03'],
      // (A comma after the month, as British English writes it.)
      ['Interview date: Tuesday 3rd November, 2026', '2026-11-03'],
      // (A month cut to four letters, as papers shorten it: `sept`, `févr.`, `juil.`.)
      ['Madrid - 03 sept 2026 - 05:30 CEST', '2026-09-03'],
      ['Publié le 3 févr. 2026', '2026-02-03'],
      ['Mis à jour le 14 juil. 2026 à 10h00', '2026-07-14'],
    ];
    for (const [text, date] of stated) expect(statedDate(null, [text]), text).toBe(date);
  });
  it('reads a date with slashes where its order cannot matter or is plain (`Publié le 15/03/2026`, `03/15/2026`, `03/03/2026`), and a Brazilian paper’s `3.mar.2026` (they gave no date)', () => {
    expect(statedDate(null, ['Publié le 15/03/2026 à 06:00'])).toBe('2026-03-15');
    expect(statedDate(null, ['Posted 03/15/2026'])).toBe('2026-03-15');
    expect(statedDate(null, ['Publié le 03/03/2026 à 06:00'])).toBe('2026-03-03');
    expect(statedDate(null, ['3.mar.2026 às 6h00'])).toBe('2026-03-03');
    // (Both numbers 12 or under and unlike: the day and the month cannot be told apart, so no date.)
    expect(statedDate(null, ['Date: 12/03/2024'])).toBeNull();
    expect(statedDate(null, ['1/2/2026'])).toBeNull();
  });
  it('takes no year or month alone for a date, and no impossible one', () => {
    expect(statedDate('https://example.org/2025/an-interview/', ['I interviewed him in 2023 and in March.'])).toBeNull();
    expect(statedDate(null, ['February 30, 2024 never was'])).toBeNull();
    // (Five digits and more are no year: a count, `May 3, 20265 visitors`.)
    expect(statedDate(null, ['May 3, 20265 visitors', 'March 1, 202612:00'])).toBeNull();
  });
  it('gives a transcript without a front matter date the one its intro states', () => {
    const t = ingest('An interview recorded on 12 June 2023 in Oslo.\n\nOn to the interview:\n\nWhy?\n\nSA: Because.\n\nAnd?\n\nSA: Done.\n', 'd.md').transcript;
    expect(t.date).toBe('2023-06-12');
  });
});

describe('whether a line gives a date', () => {
  it('takes a day and a month with slashes in either order, though which day stays unsaid (`03/11/2026`); never numbers no calendar has (`13/25/2026`)', () => {
    expect(['03/11/2026 10h00', '11/03/2026', '25/12/2026', '12/25/2026', 'Tue 3 Nov 2026 06.00 GMT'].map(givesDate)).toEqual([true, true, true, true, true]);
    expect(statedDate(null, ['03/11/2026'])).toBeNull();
    expect(['13/25/2026', '31/31/2026', 'Page 3/11', 'Bridges and water'].map(givesDate)).toEqual([false, false, false, false]);
  });
});

describe('month names of more languages', () => {
  it('read Turkish, Indonesian, Arabic and Hebrew dates (`3 Kasım 2026`, `3 Maret 2026`, `03 نوفمبر 2026`, `3 נובמבר 2026`)', () => {
    expect(['3 Kasım 2026', '3 Maret 2026', '03 نوفمبر 2026', '3 נובמבר 2026', '3 בנובמבר 2026'].map((d) => statedDate(null, [d]))).toEqual(['2026-11-03', '2026-03-03', '2026-11-03', '2026-11-03', '2026-11-03']);
  });
  it('read Ukrainian, Greek, Hungarian, Romanian and Finnish dates, Hungarian’s year first (`3 листопада 2026`, `3 Νοεμβρίου 2026`, `2026. november 3.`, `3 noiembrie 2026`, `3. marraskuuta 2026`; they gave none)', () => {
    expect(['3 листопада 2026, 10:00', '3 Νοεμβρίου 2026', 'Szerző: Tom Becker | 2026. november 3.', '2026. márc. 3.', '3 noiembrie 2026', '3. marraskuuta 2026'].map((d) => statedDate(null, [d]))).toEqual(['2026-11-03', '2026-11-03', '2026-11-03', '2026-03-03', '2026-11-03', '2026-11-03']);
    // (Not a year and a number after a word, `2026. Chapter 3.`: no month.)
    expect(statedDate(null, ['Founded 2026. Chapter 3.'])).toBeNull();
  });
});
