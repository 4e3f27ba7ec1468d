/**
 * Control characters (C0, DEL, C1) and bidirectional overrides are never part
 * of a name or of what a person typed: a NUL breaks the database, an override
 * makes a name read backwards in a staff list. One definition for every place
 * that takes text from outside.
 */
const CONTROL = /[\p{Cc}\u202A-\u202E\u2066-\u2069]/gu;
const CONTROL_EXCEPT_LINES = /(?![\t\n\r])[\p{Cc}\u202A-\u202E\u2066-\u2069]/gu;

/** The text without control characters; `keepLineBreaks` keeps tabs and line breaks (a message, not a name). */
export function stripControlCharacters(text: string, { keepLineBreaks = false }: { keepLineBreaks?: boolean } = {}): string {
  return text.replace(keepLineBreaks ? CONTROL_EXCEPT_LINES : CONTROL, '');
}

export function hasControlCharacters(text: string): boolean {
  return new RegExp(CONTROL.source, 'u').test(text);
}
