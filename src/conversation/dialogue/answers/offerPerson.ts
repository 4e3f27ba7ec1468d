import type { Reply } from '../Reply.ts';
import { talkToStaffAction } from '../../actions/helpActions.ts';
import { toSimplified } from '../../../text/chineseScript.ts';
import { normalizeText } from '../../../nlu/normalizeText.ts';
import { OVERWHELMED } from './parentWords.ts';

/** Replies that have already offered a person: a search that turns out to be a question says it once. */
const offered = new WeakSet<Reply>();

/**
 * A parent at the end of their rope first hears a person speaking to them and is offered someone to talk
 * to, once per reply, whichever step (a search, a question) heard it. True when the message sounds so.
 */
export function offerPersonIfOverwhelmed(r: Reply, text: string): boolean {
  if (!OVERWHELMED.test(normalizeText(toSimplified(text)))) return false;
  if (offered.has(r)) return true;
  offered.add(r);
  r.say(r.w.answers.overwhelmed);
  r.row(r.button(talkToStaffAction, [], r.w.answers.talkToSomeone));
  return true;
}
