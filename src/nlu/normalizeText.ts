/**
 * Canonical form of a parent's message for pattern matching: full-width
 * ASCII (common from Chinese IMEs) becomes half-width, Latin is lowercased,
 * whitespace collapsed. Chinese characters are left as they are.
 */
export function normalizeText(text: string): string {
  let out = '';
  for (const ch of text ?? '') {
    const code = ch.codePointAt(0)!;
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCodePoint(code - 0xfee0);
    else if (code === 0x3000) out += ' ';
    else out += ch;
  }
  return out.toLowerCase().replace(/\s+/g, ' ').trim();
}
