/** Telegram allows 4096 characters per message; leave room for entities. */
export const MAX_MESSAGE_CHARS = 4000;

/**
 * Splits text into Telegram-sized parts, preferring paragraph and line
 * breaks so escaped HTML entities are never cut in half.
 */
export function splitMessage(text: string, max = MAX_MESSAGE_CHARS): string[] {
  const parts: string[] = [];
  let rest = text;
  while (rest.length > max) {
    let cut = rest.lastIndexOf('\n', max);
    if (cut < max / 2) cut = rest.lastIndexOf(' ', max);
    if (cut < max / 2) {
      cut = max;
      // Never split an entity such as &amp;
      const amp = rest.lastIndexOf('&', cut);
      if (amp > cut - 6 && rest.indexOf(';', amp) >= cut) cut = amp;
    }
    parts.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).replace(/^\s+/, '');
  }
  if (rest.length > 0 || parts.length === 0) parts.push(rest);
  return parts;
}
