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
 * Words that only an English sentence has: pronouns, articles, auxiliaries,
 * prepositions, question words. Chinese parents borrow nouns and verbs
 * ("cancel", "booking", "fever", "this Saturday"), rarely these.
 */
const EN_GRAMMAR = new Set(
  (
    "i im i'm i'd i'll you your we our us my me he she his her him it its they them their the a an is are was were be been " +
    'do does did can could will would should shall may might have has had in on at for to of with near from about into ' +
    'what when where which who why how and but or if please any there that'
  ).split(' '),
);

/**
 * Characters that only a Chinese sentence has around its words: particles,
 * pronouns, verbs of asking and helping. An English sentence quoting a place or
 * a child (湖里, 五缘湾, 乐乐) holds none of them.
 */
const ZH_GRAMMAR = /[的了吗嗎呢吧那这這帮幫我你想要能还還没沒不是在给給改就都也很再跟请請看有个個把怎么麼嘛呀啊]/gu;

/** A reply of one or two characters that only acknowledges ("好", "嗯嗯", "好的"): it says nothing about language. */
const ACK = /^(好|好的|好滴|嗯|嗯嗯|恩|行|对|對|是的|可以|谢谢|謝謝|收到|明白)[\s。.!！~～,，]*$/u;

/** English words of thanks and assent that go with such an acknowledgement ("好 thanks", "收到 thank you"). */
const EN_ACK = new Set(['thanks', 'thank', 'thx', 'ty', 'you', 'sure', 'yes', 'yep', 'yeah', 'cool', 'great', 'noted']);

/**
 * The language of one message. Chinese characters carry roughly as much
 * meaning as two or three Latin letters, so a mixed message ("周六 morning 有位吗")
 * is Chinese when its weighted Chinese content is at least the Latin content.
 * A mixed message is first judged by its grammar: Chinese particles and
 * pronouns around English nouns ("ok 那 this Saturday 湖里 morning 帮我看看",
 * "Kevin周六的cancel 改book周日上午") make a Chinese sentence; English function
 * words around a Chinese name or place ("Any slots in 湖里 this Saturday?")
 * make an English one. Messages with no words (emoji, numbers, a booking code)
 * or only an acknowledgement ("ok", "好") keep the conversation's language,
 * and a mixed message that its grammar does not settle leans to it.
 */
export function detectLanguage(text: string, previousLang?: Lang): Lang {
  const fallback = previousLang ?? 'zh';
  const han = (text.match(HAN) ?? []).length;
  // Booking codes and number+unit tokens ("K7P2QX", "2yo") are not language evidence on their own.
  const words = (text.match(/[a-z0-9']+/gi) ?? []).filter((w) => /[a-z]/i.test(w));
  const meaningful = words.filter((w) => !/\d/.test(w) || /^\d+(yo|y|yrs?|years?|mo|mos|months?|am|pm|st|nd|rd|th)$/i.test(w));
  const latinLetters = meaningful.join('').replace(/[^a-z]/gi, '').length;
  if (han === 0 && latinLetters === 0) return fallback;
  const informative = meaningful.filter((w) => !NEUTRAL.has(w.toLowerCase()));
  if (han === 0) {
    if (informative.length === 0) return previousLang ?? 'en';
    return 'en';
  }
  if (previousLang && informative.every((w) => EN_ACK.has(w.toLowerCase())) && ACK.test(text.replace(/[a-z']+/gi, '').trim())) return previousLang;
  // A sentence ending on a Chinese particle is a Chinese sentence with English words in it ("no-show会被ban吗").
  if (han >= 2 && /[吗嗎呢吧嘛么麼啊呀][?？!！。~～\s]*$/u.test(text)) return 'zh';
  // The question itself asked in Chinese around an English word or two ("waitlist 怎么加", "info 存多久 delete account"): the
  // parent's sentence is Chinese, the English words are its nouns; so is an A-not-A question ("weekend care要不要付deposit").
  // (…and the colloquial 啥/咋, "感统class具体做啥 my son is 2": round 46.)
  if (han >= 2 && /怎么|怎麼|多久|多少|哪|什么|什麼|啥|咋|几|幾|吗|嗎|呢|要不要|能不能|可不可以|有没有|有沒有|是不是/u.test(text) && meaningful.length <= han)
    return 'zh';
  if (informative.length > 0) {
    const zhGrammar = (text.match(ZH_GRAMMAR) ?? []).length;
    const enGrammar = informative.filter((w) => EN_GRAMMAR.has(w.toLowerCase())).length;
    const informativeLetters = informative.join('').replace(/[^a-z]/gi, '').length;
    if (zhGrammar > 0 && enGrammar === 0 && han * 5 >= informativeLetters) return 'zh';
    // In an English conversation an English frame around Chinese words ("book 周六 上午 集美 for Mia") is enough.
    if (enGrammar > 0 && zhGrammar === 0 && informativeLetters * (previousLang === 'en' ? 2 : 1) >= han * 2) return 'en';
    // Grammar of both or neither: weigh the content, leaning to the language the conversation is in.
    const zhWeight = han * 2.5 * (previousLang === 'zh' ? 1.5 : 1);
    const enWeight = latinLetters * (previousLang === 'en' ? 1.5 : 1);
    return zhWeight >= enWeight ? 'zh' : 'en';
  }
  return han * 2.5 >= latinLetters ? 'zh' : 'en';
}
