/**
 * A parent's words quoted back in a reply ("关于“…”：", 'About "…":'): without trailing punctuation and, when longer than
 * `max` characters, cut with an ellipsis — never in the middle of an English word, and never without a sign that it was cut.
 */
export function shortQuote(text: string, max: number): string {
  const q = text.replace(/[\s?？!！。.,，~～]+$/u, '').trim();
  const chars = [...q];
  if (chars.length <= max) return q;
  let cut = chars.slice(0, max).join('');
  if (/[A-Za-z]$/.test(cut) && /^[A-Za-z]/.test(chars[max] ?? '')) {
    const space = cut.lastIndexOf(' ');
    if (space > max / 2) cut = cut.slice(0, space);
  }
  return `${cut.replace(/[\s,，、;；:：]+$/u, '')}…`;
}
