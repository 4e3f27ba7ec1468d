import type { Reply } from '../Reply.ts';
import { talkToStaffAction } from '../../actions/helpActions.ts';
import { toSimplified } from '../../../text/chineseScript.ts';
import { normalizeText } from '../../../nlu/normalizeText.ts';
import { OVERWHELMED } from './parentWords.ts';

/** Another adult the message is about: a wife, a sister, a friend (Simplified, lower-cased text). */
const SOMEONE_ELSE =
  /(?<![a-z])(?:my|our) (?:wife|sister|sister-in-law|partner|daughter-in-law|daughter|friend|husband|girlfriend)(?![a-z])|我(?:的)?(?:老婆|媳妇|太太|爱人|妻子|姐姐|妹妹|儿媳|老公|朋友|闺蜜)/;
/** The writer's own distress, told in the first person. */
const FIRST_PERSON_DISTRESS =
  /(?<![a-z])(?:(?:i'?m|i am|i feel|i'?ve been) (?:so |really |just |completely |totally )?(?:tired|exhausted|done|overwhelmed|struggling|losing|at the end|burnt|burned|crying|lonely|desperate|drowning|falling apart)|i can'?t (?:cope|do this|take)|i cry|i don'?t know what to do)(?![a-z])|我(?:真的|快|好|很|都|每天|天天|一直|也)?(?:要)?(?:崩溃|撑不住|累|受不了|想哭|哭|烦)/;

/** Replies that have already offered a person: a search that turns out to be a question says it once. */
const offered = new WeakSet<Reply>();

/**
 * A parent at the end of their rope first hears a person speaking to them and is offered someone to talk
 * to, once per reply, whichever step (a search, a question) heard it. True when the message sounds so.
 */
export function offerPersonIfOverwhelmed(r: Reply, text: string): boolean {
  const t = normalizeText(toSimplified(text));
  if (!OVERWHELMED.test(t)) return false;
  if (offered.has(r)) return true;
  offered.add(r);
  // "Writing about my sister… she cries all day, says she's a terrible mum", "我老婆生完孩子天天哭": the distress is
  // someone else's, and the writer asks what it is. "That sounds exhausting" would speak to the wrong person: the answer
  // (could it be postnatal depression, when to see a doctor) comes first, and a person is still offered.
  if (SOMEONE_ELSE.test(t) && !FIRST_PERSON_DISTRESS.test(t)) {
    r.row(r.button(talkToStaffAction, [], r.w.answers.talkToSomeone));
    return false;
  }
  r.say(r.w.answers.overwhelmed);
  r.row(r.button(talkToStaffAction, [], r.w.answers.talkToSomeone));
  return true;
}
