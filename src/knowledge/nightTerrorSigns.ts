import { toSimplified } from '../text/chineseScript.ts';

/**
 * A night terror told by its signs but named as a nightmare ("三岁女儿晚上睡着睡着就尖叫 眼睛是睁开的 我抱着她她也没反应 …
 * 是不是做噩梦"). Parents call every scream in the night 做噩梦; what tells the two apart is what they describe (NHS, AAP):
 * in a night terror the child screams or thrashes with the eyes open, does not respond to or know the parent, and has no
 * memory of it the next morning; after a nightmare the child wakes, can be comforted and may tell the dream. Retrieval
 * weighs the word 噩梦 in the question, so the nightmare / fear-of-the-dark section won; the signs decide instead.
 */
const IN_SLEEP =
  /半夜|夜里|夜间|晚上|睡着|睡觉|睡到一半|睡梦|入睡|(?<![a-z])(?:asleep|at night|in (?:his|her|their) sleep|middle of the night|night)(?![a-z])/i;
const EPISODE = /尖叫|大叫|哭喊|哭叫|惊叫|大哭|喊叫|乱踢|(?<![a-z])(?:scream\w*|shriek\w*|yell\w*|thrash\w*|crying out|cries out)(?![a-z])/i;
const SIGN =
  /眼睛?(?:是|都|还)?(?:睁|张)(?:着|开|得|很|大)|睁着眼|睁(?:开|大)(?:了)?眼|眼睛?(?:是|都|还)? ?open(?![a-z])|没(?:有)?反应|叫不应|叫不醒|不理(?:人|我)?|不认(?:识|得|人)|认不出|不记得|记不得|没(?:有)?印象|(?<![a-z])(?:eyes (?:are |were |wide |still )*open|(?:doesn'?t|does not|didn'?t|did not) (?:respond|answer|recogni[sz]e|know|remember)|no memory|not respond\w*|unresponsive)(?![a-z])/i;
const NAMES_TERROR = /夜惊|睡惊|(?<![a-z])night terrors?(?![a-z])/i;
const ABOUT_NIGHTMARES = /噩梦|恶梦|怕黑|(?<![a-z])(?:nightmares?|bad dreams?|(?:afraid|scared|fear) of the dark)(?![a-z])/i;

/** Whether the message tells the signs of a night terror: a scream in the night with the eyes open, no response or no memory. */
export function tellsNightTerrorSigns(query: string): boolean {
  const t = toSimplified(query);
  return IN_SLEEP.test(t) && EPISODE.test(t) && SIGN.test(t);
}

/**
 * True when the heading is about nightmares or fear of the dark and not night terrors, for a message that tells a night
 * terror's signs: a neighbour, not the answer (the night-terror section, which tells the two apart, comes first).
 */
export function nightmareForNightTerror(heading: string, query: string): boolean {
  const h = toSimplified(heading);
  return ABOUT_NIGHTMARES.test(h) && !NAMES_TERROR.test(h) && tellsNightTerrorSigns(query);
}
