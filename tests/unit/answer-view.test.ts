import { describe, expect, it } from 'vitest';
import { answerView, compileTemplate, templateView } from '../../src/lib/answer-view.ts';

// A stand-in for what Astro renders from templateView(): slots in text, in attributes and in an
// absolute URL (the real template is checked byte for byte against Astro in tests/browser/site.test.ts).
function rendered(v = templateView(true)): string {
  return `<html lang="${v.lang}" dir="${v.dir}"><script type="application/ld+json">${v.jsonLd}</script><title>${v.title} · ${v.interview}</title><link rel="canonical" href="http://example.org/${v.slug}/${v.anchor}/"><a href="/${v.slug}/#${v.anchor}">${v.interview}</a>${v.sectionSuffix}<h1>${v.heading}</h1><figure>${v.question!.speaker} asked ${v.question!.html}</figure><figure>${v.speaker} answered ${v.html}</figure></html>`;
}

const AT = { site: 'http://example.org', base: '/' };
const answer = { anchor: 'sa-café-crème', speaker: 'Sam "SA" <Altman>', html: '<p>It’s &lt;b&gt;not&lt;/b&gt; a tag, and IRSLOTTITLEX is not a slot.</p>' };
const question = { speaker: "Ben O'Brien", html: '<p>Why?</p>' };
const view = answerView({ answer, question, sectionHeading: 'R&D' }, { slug: 'latin1', title: 'A & B', lang: 'fr', date: '2025-10-08' }, AT);

describe('answer page template', () => {
  it('fills text slots escaped as text, attribute slots as attributes, HTML slots as they are', () => {
    const page = compileTemplate(rendered())(view);
    expect(page).toContain('<html lang="fr" dir="ltr">');
    // (An answer in a language written right to left reads from the right, filled as Astro renders it.)
    const arabic = answerView({ answer, question, sectionHeading: null }, { slug: 'ar', title: 'ب', lang: 'ar' }, AT);
    expect(compileTemplate(rendered())(arabic)).toContain('<html lang="ar" dir="rtl">');
    expect(page).toContain('<title>Why? — Sam &quot;SA&quot; &lt;Altman&gt; · A &amp; B</title>');
    expect(page).toContain('<a href="/latin1/#sa-café-crème">A &amp; B</a> · R&amp;D<h1>');
    expect(page).toContain('<figure>Ben O&#39;Brien asked <p>Why?</p></figure>');
    expect(page).toContain('answered <p>It’s &lt;b&gt;not&lt;/b&gt; a tag, and IRSLOTTITLEX is not a slot.</p>');
  });

  it('percent-encodes the path in absolute URLs, as URL() does', () => {
    const page = compileTemplate(rendered())(view);
    expect(page).toContain(`href="${new URL('/latin1/sa-café-crème/', 'http://example.org').href}"`);
    expect(page).toContain('href="http://example.org/latin1/sa-caf%C3%A9-cr%C3%A8me/"');
  });

  it('leaves no slot unfilled, and refuses a template with a slot it does not know', () => {
    expect(compileTemplate(rendered())(view)).not.toMatch(/IRSLOT(?!TITLEX is not)/);
    expect(() => compileTemplate('<p>IRSLOTNOPEX</p>')).toThrow(/unknown slot IRSLOTNOPEX/);
  });
});

describe('answer page structured data', () => {
  const ld = (page: string) => JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(page)![1]!);
  it('is JSON-LD naming the answer, its speaker, its date and its interview, with the preview card', () => {
    const data = ld(compileTemplate(rendered())(view));
    expect(data).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Article',
      headline: 'Why?',
      datePublished: '2025-10-08',
      image: 'http://example.org/latin1/preview.png',
      author: { '@type': 'Person', name: 'Sam "SA" <Altman>' },
      isPartOf: { '@type': 'Article', headline: 'A & B', url: 'http://example.org/latin1/' },
    });
  });
  it('cannot close its <script> element whatever the transcript says, and still reads back the same', () => {
    const hostile = answerView({ answer: { anchor: 'sa-x', speaker: '</script><script>alert(1)</script>', html: '<p>x</p>' }, question: { speaker: 'B', html: '<p>What about <!-- and ]]> and \u2028?</p>' }, sectionHeading: null }, { slug: 's', title: '</SCRIPT >&amp;', lang: 'en' }, AT);
    const page = compileTemplate(rendered())(hostile);
    const inside = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(page)![1]!;
    expect(inside).not.toMatch(/[<>&]/);
    expect(ld(page).author.name).toBe('</script><script>alert(1)</script>');
    expect(ld(page).isPartOf.headline).toBe('</SCRIPT >&amp;');
  });
  it('names no address a build without SITE_URL does not have: paths only, and no image', () => {
    const data = ld(compileTemplate(rendered())(answerView({ answer, question, sectionHeading: null }, { slug: 'latin1', title: 'A', lang: 'en' }, { site: undefined, base: '/interviews' })));
    expect(data.isPartOf.url).toBe('/interviews/latin1/');
    expect(data).not.toHaveProperty('image');
    expect(data).not.toHaveProperty('datePublished');
  });
});

describe('answer pages are headed by what was asked', () => {
  it('takes the question’s own question, after its scene-setting, or the topic when nothing was asked', () => {
    const q = { speaker: 'Ben', html: '<p>You launched apps last year. They did not take off.</p><p>What is different now? Be honest.</p>' };
    const v = answerView({ answer: { anchor: 'sa-x', speaker: 'Sam', html: '<p>Distribution.</p>' }, question: q, sectionHeading: 'Apps' }, { slug: 's', title: 'T', lang: 'en' }, AT);
    expect(v.heading).toBe('What is different now?');
    expect(v.title).toBe('What is different now? — Sam');
    const alone = answerView({ answer: { anchor: 'sa-x', speaker: 'Sam', html: '<p>Distribution.</p>' }, question: null, sectionHeading: 'Apps' }, { slug: 's', title: 'T', lang: 'en' }, AT);
    expect(alone.heading).toBe('Sam on Apps');
  });
  it('link to the answers before and after, or to the interview at either end', () => {
    const v = answerView({ answer: { anchor: 'sa-x', speaker: 'Sam', html: '<p>x</p>' }, question: null, sectionHeading: null, previous: { anchor: 'sa-w' }, next: null }, { slug: 's', title: 'T', lang: 'en' }, AT);
    expect([v.previousPath, v.previousLabel, v.nextPath, v.nextLabel]).toEqual(['sa-w/', 'Previous answer', '', 'The whole interview']);
  });
});

describe('answer titles and descriptions', () => {
  it('are cut by what a reader counts as characters: an emoji at the cut stays whole', () => {
    const text = `${'a'.repeat(68)} 🧑‍🚀🧑‍🚀 and more words after the limit`;
    const v = answerView({ answer: { anchor: 'sa-x', speaker: 'SA', html: `<p>${text}</p>` }, question: null, sectionHeading: null }, { slug: 's', title: 'T', lang: 'en' }, AT);
    expect(v.title.isWellFormed()).toBe(true);
    expect(v.title).not.toContain('\ufffd');
    expect(v.description.isWellFormed()).toBe(true);
    expect(v.title).toMatch(/^SA: “a+( 🧑‍🚀🧑‍🚀)?…”$/);
  });
});
