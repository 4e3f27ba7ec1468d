import { PLACES_ASKED } from './askingWords.ts';
import { QUESTION_INTENTS, SEARCHES } from './intentGroups.ts';
import type { Intent, Slots } from './types.ts';

/**
 * The parent says they will book later and want something answered first ("周六morning想book 但想先问下 去之前要做什么准备",
 * "想book感统课 但想先问下多大的baby可以上", "预约之前想了解一下", "I'd like to book but first a question", "before I book, do
 * they…"): the booking words are the setting of the question, not a request for places now. Read on prepared text
 * (Simplified, lowercase). A message that also asks for places ("先问一下周六还有位吗") still searches: callers check that.
 */
const ASK_FIRST =
  /(?:想|要|得|还是|我)?先(?:问|咨询|了解|确认|打听)(?:一下|下|问|清楚|几个问题|个问题)?|(?:约|预约|订|报名|(?<![a-z])book(?:ing)?(?![a-z]))\s*(?:之前|以前|前)\s*(?:想|要|得|先)?(?:问|咨询|了解|确认)|(?<![a-z])(?:before (?:i|we) (?:book|sign (?:her|him|them|up)|reserve)|before booking|but first|(?:a |one |quick |couple of |few )*questions? first|(?:ask|check|know) (?:a few things |something |a couple of things )?first|first (?:i |we )?(?:want|wanted|need|needed|have) to (?:ask|know|check))(?![a-z])/;

export function asksBeforeBooking(t: string): boolean {
  return ASK_FIRST.test(t);
}

/** One request of a message, as understand() keeps them. */
interface Part {
  text: string;
  intent: Intent;
  confidence: number;
  slots: Slots;
  family: string;
}

/**
 * The requests left when the parent asks before booking: the searches go, and a kind of care or class one of them named
 * ("想book感统课") becomes the setting of the question after it ("…但想先问下多大的baby可以上" is asked of the sensory class),
 * read again as one question. Undefined when the message does not ask first, asks for places, or asks nothing.
 */
export function questionsAskedFirst<P extends Part>(
  parts: P[],
  t: string,
  reread: (text: string) => { intent: Intent; confidence: number; slots: Slots },
): P[] | undefined {
  if (!asksBeforeBooking(t) || PLACES_ASKED.test(t) || !parts.some((p) => p.family === 'question') || !parts.some((p) => SEARCHES.has(p.intent)))
    return undefined;
  const kept: P[] = [];
  let setting = '';
  for (const p of parts) {
    if (SEARCHES.has(p.intent)) {
      if (p.slots.kind) setting = `${setting}${p.text} `;
      continue;
    }
    if (p.family === 'question' && setting) {
      const text = `${setting}${p.text}`;
      const again = reread(text);
      kept.push(QUESTION_INTENTS.has(again.intent) ? { ...p, text, intent: again.intent, confidence: again.confidence, slots: again.slots } : { ...p, text });
      setting = '';
      continue;
    }
    kept.push(p);
  }
  return kept.length > 0 ? kept : undefined;
}
