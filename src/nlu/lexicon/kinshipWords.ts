import { KIN_NOUNS_ZH, alternation } from './childWords.ts';

/**
 * Words a parent puts before a child's name to say who the child is to them ("大儿子小宝", "小女儿叫糖糖", "闺女妞妞",
 * "孙子豆豆"). They frame the name and are never part of it; 大 / 小 / 二 before them also say the birth order.
 * One list, read by every name reader (one child in a reply, several children in one message).
 */
export const KIN_PREFIX = new RegExp(`^(大|小|二|三|老二|老大)?(?:${alternation(KIN_NOUNS_ZH)})(?:叫做?|是|名字叫)?`);

/** Birth order from the word before the kinship word: 大儿子 the eldest, 小女儿 the youngest, 二儿子 the second. */
export function kinBirthOrder(prefix: string | undefined): number | undefined {
  if (!prefix) return undefined;
  if (prefix === '大' || prefix === '老大') return 1;
  if (prefix === '小') return -1;
  if (prefix === '二' || prefix === '老二') return 2;
  if (prefix === '三') return 3;
  return undefined;
}

/** The same words anywhere in a short reply, to be removed from what is left as the name. */
export const KIN_WORDS = new RegExp(`(?:大|小|二|三)?(?:${alternation(KIN_NOUNS_ZH)})`, 'g');
