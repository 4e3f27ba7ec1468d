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
  const [first, ...rest] = parts;
  if (!first || first.family !== 'question' || !ALLOWED_TO_BOOK.test(prepareText(first.text))) return false;
  const plans = rest.filter((p) => SEARCHES.has(p.intent));
  if (plans.length === 0) return false;
  return rest.every((p) => {
    if (p.family === 'question') return true;
    if (!SEARCHES.has(p.intent)) return false;
    const t = prepareText(p.text);
    return (
      PLAN_VERB.test(t) && !ACTION_REQUEST.test(t) && !PLACES_ASKED.test(t) && !AVAILABILITY_ASK.test(t) && !QUESTION_WORD.test(t) && !asksWithoutParticle(t)
    );
  });
}
