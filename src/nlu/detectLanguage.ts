import type { Lang } from './types.ts';

const HAN = /\p{Script=Han}/gu;

/** Latin tokens that Chinese-speaking parents type too, so they say nothing about language. */
const NEUTRAL = new Set([
  'ok',
  'okk',
  'okay',
  'k',
  'kk',
  'hi',
  'hello',
  'hey',
  'ha',
  'haha',
  'hahaha',
  'sm',
  'vs',
  'am',
  'pm',
  'ps',
  'app',
  'id',
  'qq',
  'wechat',
  'vx',
  'wx',
]);

/**
 * The language of one message. Chinese characters carry roughly as much
 * meaning as two or three Latin letters, so a mixed message ("周六 morning 有位吗")
 * is Chinese when its weighted Chinese content is at least the Latin content.
 * Messages with no words (emoji, numbers, a booking code) keep the
 * conversation's language.
 */
export function detectLanguage(text: string, previousLang?: Lang): Lang {
  const fallback = previousLang ?? 'zh';
  const han = (text.match(HAN) ?? []).length;
  // Booking codes and number+unit tokens ("K7P2QX", "2yo") are not language evidence on their own.
  const words = (text.match(/[a-z0-9']+/gi) ?? []).filter((w) => /[a-z]/i.test(w));
  const meaningful = words.filter((w) => !/\d/.test(w) || /^\d+(yo|y|yrs?|years?|mo|mos|months?|am|pm|st|nd|rd|th)$/i.test(w));
  const latinLetters = meaningful.join('').replace(/[^a-z]/gi, '').length;
  if (han === 0 && latinLetters === 0) return fallback;
  if (han === 0) {
    const informative = meaningful.filter((w) => !NEUTRAL.has(w.toLowerCase()));
    if (informative.length === 0) return previousLang ?? 'en';
    return 'en';
  }
  // A sentence ending on a Chinese particle is a Chinese sentence with English words in it ("no-show会被ban吗").
  if (han >= 2 && /[吗嗎呢吧嘛么麼啊呀][?？!！。~～\s]*$/u.test(text)) return 'zh';
  // The question itself asked in Chinese around an English word or two ("waitlist 怎么加", "info 存多久 delete account"): the
  // parent's sentence is Chinese, the English words are its nouns; so is an A-not-A question ("weekend care要不要付deposit").
  if (han >= 2 && /怎么|怎麼|多久|多少|哪|什么|什麼|几|幾|吗|嗎|呢|要不要|能不能|可不可以|有没有|有沒有|是不是/u.test(text) && meaningful.length <= han)
    return 'zh';
  return han * 2.5 >= latinLetters ? 'zh' : 'en';
}
