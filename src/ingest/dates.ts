/**
 * The date an interview's own text states, for files whose front matter gives none: a dated
 * address (`/2025/10/08/`), or a full date in the title or the first paragraphs ("October 8,
 * 2025", "8 October 2025", "29 février 2024", "8 ottobre 2025", "2025-10-08", "2025年10月8日", "08.10.2025"). A
 * year or a month alone is not a date.
 */
const MONTHS: Record<string, number> = {};
const NAMES = [
  'january february march april may june july august september october november december',
  'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
  'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre',
  'januar februar märz april mai juni juli august september oktober november dezember',
  'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre',
  'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro',
  'januari februari maart april mei juni juli augustus september oktober november december',
  'января февраля марта апреля мая июня июля августа сентября октября ноября декабря',
  'januar februar marts april maj juni juli august september oktober november december',
  'januar februar mars april mai juni juli august september oktober november desember',
  'januari februari mars april maj juni juli augusti september oktober november december',
  'stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia',
  'ledna února března dubna května června července srpna září října listopadu prosince',
  'ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık',
  'januari februari maret april mei juni juli agustus september oktober november desember',
  'يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر',
  'ינואר פברואר מרץ אפריל מאי יוני יולי אוגוסט ספטמבר אוקטובר נובמבר דצמבר',
  'січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня',
  'ιανουαρίου φεβρουαρίου μαρτίου απριλίου μαΐου ιουνίου ιουλίου αυγούστου σεπτεμβρίου οκτωβρίου νοεμβρίου δεκεμβρίου',
  'január február március április május június július augusztus szeptember október november december',
  'ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie',
  'tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta',
  // (Hebrew writes the month after "in", joined: `3 בנובמבר 2026`.)
  'בינואר בפברואר במרץ באפריל במאי ביוני ביולי באוגוסט בספטמבר באוקטובר בנובמבר בדצמבר',
];
for (const line of NAMES) line.split(' ').forEach((m, i) => (MONTHS[m] ??= i + 1));
// (Cut to three letters or four, as papers shorten them: `Sep`, `sept.`, `févr.`, `juil.`.)
for (const [m, n] of Object.entries({ ...MONTHS })) for (const k of [3, 4]) if (m.length > k) MONTHS[m.slice(0, k)] ??= n;

/** A line that opens with a date, the day first with a full stop (`3. November 2026, 14:02 Uhr`), as German and Nordic papers print it. */
const DAY_DOT_MONTH = /^\s*\d{1,2}\.\s+(\p{L}{3,12})\.?\s+\d{4}\b/u;
/** The line opens with a day, a full stop and a month (`3. November 2026`): a date, not a list's third item. */
export function opensWithDottedDate(line: string): boolean {
  const m = DAY_DOT_MONTH.exec(line);
  return m != null && MONTHS[m[1]!.toLowerCase()] != null;
}

const MONTH = String.raw`(\p{L}{3,12})\.?`;
// (A year run into the time of day, as a page copied without its markup has it: `November 3, 20265:00 AM ET`.)
const YEAR = String.raw`(\d{4})(?:\b|(?=\d{1,2}:\d{2}\s?(?:[AaPp]\.?[Mm]\b)))`;
// (A comma after the month too, as British English writes it: `3rd November, 2026`.)
const DAY_MONTH_YEAR = new RegExp(String.raw`\b(\d{1,2})(?:er|st|nd|rd|th)?\.?\s+(?:de\s+)?${MONTH},?\s+(?:de\s+)?${YEAR}`, 'iu');
const MONTH_DAY_YEAR = new RegExp(String.raw`\b${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+${YEAR}`, 'iu');
/** `2025-10-08`, and with slashes or dots, the year first as a meeting tool writes it: `2025/10/08`. */
const ISO = /\b(\d{4})([-/.])(\d{1,2})\2(\d{1,2})\b/;
/** `2025年10月8日` (Chinese, Japanese), `2025년 10월 8일` (Korean). */
const CJK_DATE = /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/u;
/** `08.10.2025`, as German, Russian and others write a date: day, month, year. */
const DOTTED = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/;
/** `15/03/2026` or `03/15/2026`: read only where the order cannot matter or is plain (a number past 12 is the day; `03/03/2026` either way). */
const SLASHED = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/;
/** `3.mar.2026`, as Brazilian papers print it: day, the month's short name, year, between full stops. */
const DOTTED_MONTH = /\b(\d{1,2})\.(\p{L}{3,9})\.(\d{4})\b/u;
/** `2026. november 3.`, as Hungarian writes a date: the year and a full stop, the month, the day. */
const YEAR_DOT_MONTH_DAY = /\b(\d{4})\.\s+(\p{L}{3,12})\.?\s+(\d{1,2})\./u;
const URL_DATE = /\/(\d{4})\/(\d{1,2})\/(\d{1,2})\//;

function valid(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2100 || !m) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/**
 * A dateline: a short line giving a full date and a time of day (`Colonia - 03 nov 2026 - 14:02
 * CET`, `3. November 2026, 14:02 Uhr`), as papers print under a byline. It heads no section.
 */
export function isDateline(line: string): boolean {
  return line.length <= 80 && /(?<!\d)\d{1,2}[:.h]\d{2}(?!\d)/.test(line) && givesDate(line);
}

/**
 * Whether a line gives a date: one `statedDate` reads, or a day and a month with slashes whose order
 * the line leaves open (`03/11/2026 10h00`, as a Brazilian paper prints it under the byline): a date
 * either way, though which day it is stays unsaid.
 */
export function givesDate(line: string): boolean {
  if (statedDate(null, [line]) != null) return true;
  const m = SLASHED.exec(line);
  // (Both numbers twelve or less, as `statedDate` leaves them: a date in either order where one is.)
  return m != null && valid(+m[3]!, +m[2]!, +m[1]!) != null;
}

export function statedDate(source: string | null, texts: string[]): string | null {
  const u = source ? URL_DATE.exec(source) : null;
  if (u) {
    const d = valid(+u[1]!, +u[2]!, +u[3]!);
    if (d) return d;
  }
  for (const text of texts) {
    // (Every form below has a year's four digits: most lines have none and need no pattern.)
    if (!/\d{4}/.test(text)) continue;
    let m = ISO.exec(text);
    if (m) {
      const d = valid(+m[1]!, +m[3]!, +m[4]!);
      if (d) return d;
    }
    m = CJK_DATE.exec(text);
    if (m) {
      const d = valid(+m[1]!, +m[2]!, +m[3]!);
      if (d) return d;
    }
    m = DOTTED.exec(text);
    if (m) {
      const d = valid(+m[3]!, +m[2]!, +m[1]!);
      if (d) return d;
    }
    m = SLASHED.exec(text);
    if (m) {
      const [a, b] = [+m[1]!, +m[2]!];
      const d = a > 12 || a === b ? valid(+m[3]!, b, a) : b > 12 ? valid(+m[3]!, a, b) : null;
      if (d) return d;
    }
    m = DOTTED_MONTH.exec(text);
    if (m) {
      const d = valid(+m[3]!, MONTHS[m[2]!.toLowerCase()] ?? 0, +m[1]!);
      if (d) return d;
    }
    m = YEAR_DOT_MONTH_DAY.exec(text);
    if (m) {
      const d = valid(+m[1]!, MONTHS[m[2]!.toLowerCase()] ?? 0, +m[3]!);
      if (d) return d;
    }
    m = MONTH_DAY_YEAR.exec(text);
    if (m) {
      const d = valid(+m[3]!, MONTHS[m[1]!.toLowerCase()] ?? 0, +m[2]!);
      if (d) return d;
    }
    m = DAY_MONTH_YEAR.exec(text);
    if (m) {
      const d = valid(+m[3]!, MONTHS[m[2]!.toLowerCase()] ?? 0, +m[1]!);
      if (d) return d;
    }
  }
  return null;
}
