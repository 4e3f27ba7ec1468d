import { PLACES_ASKED, QUESTION_WORD, asksWithoutParticle } from './askingWords.ts';
import { SEARCHES } from './intentGroups.ts';
import { ARBITRATION } from './lexicon/index.ts';
import { prepareText } from './prepareText.ts';
import type { Intent } from './types.ts';

const { actionRequest: ACTION_REQUEST, availabilityAsk: AVAILABILITY_ASK } = ARBITRATION;

/** Whether booking in a way is allowed, asked ("可以两个点都约吗", "能不能周六周日都约", "can I book two different points?"). */
const ALLOWED_TO_BOOK =
  /(?:可以|能|能不能|可不可以|行不行|允许)[^，。,.!?！？]{0,10}(?:约|预约|订|报名|(?<![a-z])book)|(?:约|预约|订|(?<![a-z])book)[^，。,.!?！？]{0,8}(?:可以吗|行吗|行不行|可不可以|能不能|允许吗)|(?<![a-z])(?:can|may|could) (?:i|we) (?:also )?(?:book|reserve)(?![a-z])/;

/** A plan told with its booking verb ("周六约湖里的", "sunday we'd book siming"). */
const PLAN_VERB = /约|订|(?<![a-z])book/;

interface Part {
  text: string;
  intent: Intent;
  family: string;
}

/**
 * "可以两个点都约吗 周六约湖里的 周日约思明的 会不会冲突": whether a plan is allowed is asked first, and the plan is told after it
 * — each with its booking verb ("约湖里的"), no request to act, no places asked for and no question of its own. The plan
 * is the question's setting: one question about the whole message, not searches of each day. Bare days and places after
 * the question ("能不能周六周日都约 周六湖里 周日思明") are searches still.
 */
export function planAskedAbout(parts: Part[]): boolean {
  return planAskedFirst(parts) || planToldFirst(parts);
}

/** A plan that asks nothing itself: no request to act, no places asked for, no question. */
function toldOnly(text: string): boolean {
  const t = prepareText(text);
  return !ACTION_REQUEST.test(t) && !PLACES_ASKED.test(t) && !AVAILABILITY_ASK.test(t) && !QUESTION_WORD.test(t) && !asksWithoutParticle(t);
}

/**
 * "周六上午想带娃去湖里的点 下午再去思明那边另一个点 一天约两个地方可以吗": the plan is told first and the question after it asks
 * whether two points, or both parts of the day, may be had on one day — it points back at the plan, with or without a
 * booking verb in it. One question about the rule, not a search of the plan's first place.
 */
function planToldFirst(parts: Part[]): boolean {
  const last = parts.at(-1);
  if (!last || parts.length < 2 || last.family !== 'question') return false;
  const q = prepareText(last.text);
  if (!ARBITRATION.twoPlacesAsked.test(q) && !ARBITRATION.bothPartsAsked.test(q)) return false;
  return parts.slice(0, -1).every((p) => SEARCHES.has(p.intent) && toldOnly(p.text));
}

function planAskedFirst(parts: Part[]): boolean {
  const [first, ...rest] = parts;
  if (!first || first.family !== 'question' || !ALLOWED_TO_BOOK.test(prepareText(first.text))) return false;
  const plans = rest.filter((p) => SEARCHES.has(p.intent));
  if (plans.length === 0) return false;
  return rest.every((p) => {
    if (p.family === 'question') return true;
    if (!SEARCHES.has(p.intent)) return false;
    return PLAN_VERB.test(prepareText(p.text)) && toldOnly(p.text);
  });
}
