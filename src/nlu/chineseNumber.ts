/**
 * Chinese numerals as parents write them for ages, dates and ordinals
 * (一…十, 两, 十二, 二十八, 三十一), plus ASCII digits. Up to 99 is enough.
 */
const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  俩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** Character class for a number token in regexes: digits or Chinese numerals. */
export const NUM = '(?:\\d{1,4}|[零〇一二两俩三四五六七八九十]{1,3})';

export function parseNumber(token: string): number | undefined {
  if (/^\d+$/.test(token)) return Number(token);
  if (!token) return undefined;
  const t = token.indexOf('十');
  if (t === -1) {
    if (token.length !== 1) return undefined;
    return DIGITS[token];
  }
  const tensPart = token.slice(0, t);
  const onesPart = token.slice(t + 1);
  const tens = tensPart === '' ? 1 : DIGITS[tensPart];
  const ones = onesPart === '' ? 0 : DIGITS[onesPart];
  if (tens === undefined || ones === undefined || onesPart.length > 1 || tensPart.length > 1) return undefined;
  return tens * 10 + ones;
}

const EN_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  eighteen: 18,
  twenty: 20,
  'twenty-four': 24,
  thirty: 30,
};

export const EN_NUM =
  '(?:\\d{1,3}(?:\\.\\d)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|eighteen|twenty-four|twenty|thirty)';

export function parseEnglishNumber(token: string): number | undefined {
  if (/^\d+(\.\d+)?$/.test(token)) return Number(token);
  return EN_WORDS[token];
}
