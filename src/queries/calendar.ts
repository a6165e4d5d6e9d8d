/**
 * Calendar days as the graph stores them: `YYYY-MM-DD` strings, compared as
 * text (the order of the text is the order of the days) and counted in UTC,
 * so a certificate's last day is the same day on every server.
 *
 * "Today" is always passed in, never read here: the API takes it from its
 * `asOf` argument (the server's date by default), so an answer can be asked
 * for any day and a test fixes the day instead of the answer.
 */
const dayPattern = /^\d{4}-\d{2}-\d{2}$/;
const msPerDay = 24 * 60 * 60 * 1000;

/** True for a real calendar day written as YYYY-MM-DD (not 2026-02-30). */
export function isCalendarDay(text: string): boolean {
  return dayPattern.test(text) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text);
}

/** The UTC day of an instant. */
export function dayOf(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

const toDate = (day: string) => new Date(`${day}T00:00:00Z`);

/** `day` moved by `days` (negative: back). */
export function addDays(day: string, days: number): string {
  return dayOf(new Date(toDate(day).getTime() + days * msPerDay));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toDate(to).getTime() - toDate(from).getTime()) / msPerDay);
}

/** `day` moved back by `months` calendar months, on the month's last day when it is shorter (03-31 minus one month is 02-28). */
export function subtractMonths(day: string, months: number): string {
  const date = toDate(day);
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() - months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return dayOf(target);
}

/**
 * Whole calendar months from `from` to `to`: the most months `to` can be moved
 * back (as `subtractMonths` does) without going before `from`. 2024-05-22 to
 * 2026-05-21 is 23; to 2026-05-22 it is 24.
 */
export function monthsBetween(from: string, to: string): number {
  const a = toDate(from);
  const b = toDate(to);
  let months = (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + (b.getUTCMonth() - a.getUTCMonth());
  while (months > 0 && subtractMonths(to, months) < from) months -= 1;
  return months;
}
