/**
 * The day an answer about validity or freshness is given for: the `asOf`
 * argument, or the server's own date (UTC) when it is left out. Passing it
 * asks "as of the end of the quarter"; tests pass it to fix the day.
 */
import { dayOf, isCalendarDay } from '../../queries/calendar.js';
import { invalidArgument } from '../errors.js';

export const asOfDescription = 'The day to answer for, YYYY-MM-DD (default: today, UTC).';

export function asOfDay(asOf: string | null | undefined, argumentName = 'asOf'): string {
  if (asOf == null) return dayOf(new Date());
  if (!isCalendarDay(asOf)) throw invalidArgument(argumentName, `must be a calendar day written YYYY-MM-DD, got "${asOf}"`);
  return asOf;
}
