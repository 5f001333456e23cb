/**
 * schema.org JSON-LD for interview and answer pages: what the page is, who speaks, when, and
 * where it comes from, for search engines and for anyone building on the archive.
 *
 * Every value is a transcript's data, so the JSON is written to sit inside a <script> element:
 * `<`, `>` and `&` are escaped as \u003c, \u003e and \u0026 (and U+2028/U+2029 too), so no
 * value can close the element or open a comment, and the JSON still parses to the same values.
 * Kept small on purpose: the interview page's weight budget counts it (tests/browser/site.test.ts).
 */

const person = (name: string | null) => (name ? { '@type': 'Person', name } : undefined);

/** JSON that is safe inside <script type="application/ld+json">. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export interface InterviewFacts {
  title: string;
  date: string | null;
  guest: string | null;
  interviewer: string | null;
}

/**
 * An interview page: an Article by its interviewer, with its guest as contributor. The
 * properties search engines read for an article (headline, image, date, author) and the guest;
 * the publication and the original's address are on the page, and in transcript.json.
 */
export function interviewJsonLd(t: InterviewFacts, image: string | undefined): string {
  return scriptJson({
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: t.title,
    datePublished: t.date ?? undefined,
    image,
    author: person(t.interviewer),
    contributor: person(t.guest),
  });
}

/** An answer page: the answer, by the one who gave it, as part of its interview. */
export function answerJsonLd(a: { heading: string; speaker: string; interview: string; interviewUrl: string; date: string | null; image: string | undefined }): string {
  return scriptJson({
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: a.heading,
    datePublished: a.date ?? undefined,
    image: a.image,
    author: person(a.speaker),
    isPartOf: { '@type': 'Article', headline: a.interview, url: a.interviewUrl },
  });
}
