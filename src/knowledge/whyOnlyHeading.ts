/**
 * A section that only explains why ("孩子为什么一不顺心就大哭大闹？", "Why does my toddler have tantrums?") and a section
 * that says what to do ("孩子正在发脾气时，家长该怎么做？") share almost every word of a parent's story, so retrieval's
 * lexical lists rank them about equal. A parent who asks what to do ("…瞓喺地下唔肯行 点算好", "what should I do") and
 * not why is served by the second (round 30: a Cantonese tantrum got the causes, not what to do).
 */

/** Asking what to do: 怎么办, 咋办, 点算, 怎么做/处理/应对, "what should I do", "how do I handle". */
const ASKS_WHAT_TO_DO =
  /怎么办|怎麼辦|咋办|点算|點算|怎么(?:做|处理|应对|帮)|怎麼(?:做|處理|應對|幫)|该怎么|該怎麼|(?<![a-z])(?:what (?:should|can|do) (?:i|we) do|what to do|how (?:do|should|can) (?:i|we) (?:handle|deal|stop|help|respond|react))(?![a-z])/i;
/** Asking why (为什么, 点解, 怎么会, "why"). */
const ASKS_WHY = /为什么|為什麼|为啥|點解|点解|怎么会|怎麼會|(?<![a-z])why(?![a-z])/i;

/** True when the heading asks why and says nothing of what to do, while the query asks what to do and not why. */
export function whyOnlyHeading(heading: string, query: string): boolean {
  if (!ASKS_WHAT_TO_DO.test(query) || ASKS_WHY.test(query)) return false;
  return ASKS_WHY.test(heading) && !ASKS_WHAT_TO_DO.test(heading) && !/(?<![a-z])(?:how|what)(?![a-z])|怎样|怎樣|如何/i.test(heading);
}
