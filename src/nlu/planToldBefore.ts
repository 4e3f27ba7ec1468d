import { ARBITRATION } from './lexicon/index.ts';
import { prepareText } from './prepareText.ts';

/**
 * The family's own plan told in the first person ("we're moving to a new apartment in Huli next Saturday", "我们下周六要搬家
 * 到湖里", "we're flying home on Sunday"): a move, a trip or a visit, whose day and place are when and where it happens.
 */
const PLAN_TOLD =
  /(?<![a-z])(?:we(?:'re| are|'ll| will| have to| need to)|i(?:'m| am|'ll| will))\s+(?:\w+\s+){0,2}?(?:moving|move|flying|fly|travell?ing|travel|going (?:home|back|away|abroad)|visiting|relocating|heading (?:home|back|off))(?![a-z])|(?:我们|我|咱们|全家|一家)[^，。,.!?？！]{0,8}?(?:搬家|搬到|搬去|搬过去|回老家|回国|出国|去旅游|出去旅游|坐飞机)/;

/** Words that ask for places or a booking ("有位吗", "帮我约", "book", "any places"): a part holding one is a request. */
const ASKS_FOR_CARE =
  /约|订|报名|有位|空位|名额|[?？]|帮我|(?<![a-z])(?:book|booking|available|places?|spots?|slots?|care|childcare|sessions?|sign (?:her|him|us) up)(?![a-z])/;

/**
 * "We're moving to a new apartment in Huli next Saturday. Our 2 year old is quite sensitive to change. What can we do to make
 * the move easier for her?": a plan told in the first person, asking for no place, before a question about the child is that
 * question's setting — one question, asked with the story (its words — "moving" — are what the answer is about), and no search
 * for the day of the move (round 54).
 */
export function planToldBefore<P extends { text: string; intent: string; family: string }>(served: readonly P[]): P | undefined {
  if (served.length !== 2) return undefined;
  const [told, asked] = served as [P, P];
  if (told.intent !== 'find_slots' || asked.family !== 'question' || asked.intent !== 'knowledge') return undefined;
  const story = prepareText(told.text);
  if (!PLAN_TOLD.test(story) || ASKS_FOR_CARE.test(story)) return undefined;
  if (ARBITRATION.bookingSignal.test(story) || ARBITRATION.availabilityAsk.test(story) || ARBITRATION.careAsk.test(story)) return undefined;
  return { ...asked, text: `${told.text} ${asked.text}` };
}
