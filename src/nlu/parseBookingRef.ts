/**
 * A booking reference: six letters/digits like "K7P2QX", typed in any case.
 * A six-letter word is only taken when the parent typed it in capitals, and
 * number+unit tokens ("10am30", "18mo", "1000cc", "150ml") are not codes.
 */
const NOT_CODE =
  /^(?:\d+(?:am|pm|mo|mos|yo|yrs|kg|g|cm|mm|ml|cc|oz|th|st|nd|rd|days?|hrs?|mins?|kcal|cal)|(?:sat|sun|mon|tue|wed|thu|fri|dec|nov|oct|jan|feb|mar|apr|jun|jul|aug|sep)\d+.*|\d+)$/i;
const WORDS = new Set([
  'CANCEL',
  'PLEASE',
  'THANKS',
  'BOOKED',
  'SUNDAY',
  'FRIDAY',
  'MONDAY',
  'CHANGE',
  'STATUS',
  'ENGLISH',
  'HUMANS',
  'SERVICE',
  'PERSON',
  'MINUTE',
  'SLOTS',
  'REFUND',
  'SELECT',
  'DELETE',
  'INSERT',
  'UPDATE',
  'CREATE',
  'SCRIPT',
  'ADMINS',
  'URGENT',
  'HELLOO',
  'THANKU',
  'PLEASE',
  'SORRY!',
  'WHERES',
  'CHILDS',
]);

export function parseBookingRef(original: string): string | undefined {
  const re = /(?<![A-Za-z0-9])([A-Za-z0-9]{6})(?![A-Za-z0-9])/g;
  for (const m of original.matchAll(re)) {
    const tok = m[1]!;
    if (NOT_CODE.test(tok)) continue;
    const hasDigit = /\d/.test(tok);
    const hasLetter = /[a-z]/i.test(tok);
    if (!hasLetter) continue;
    if (hasDigit || (tok === tok.toUpperCase() && !WORDS.has(tok))) return tok.toUpperCase();
  }
  return undefined;
}
