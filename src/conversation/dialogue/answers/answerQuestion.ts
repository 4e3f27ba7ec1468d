import { describeError } from '../../../errors/describeError.ts';
import { toSimplified } from '../../../text/chineseScript.ts';
import { normalizeText } from '../../../nlu/normalizeText.ts';
import { searchKnowledgeTool } from '../../tools/searchKnowledgeTool.ts';
import { talkToStaffAction } from '../../actions/helpActions.ts';
import type { Reply } from '../Reply.ts';
import { answersQuestion, namesTopic, touchesQuestion, type Passage } from './presentAnswer.ts';
import { DOSE, FOLLOW_UP, OVERWHELMED } from './parentWords.ts';

/**
 * A knowledge answer. An overwhelmed parent first hears a person speaking to
 * them and is offered someone to talk to; a dose question hears that a dose
 * comes from a doctor or pharmacist; then the passage that answers, cited.
 */
export async function answerQuestion(r: Reply, q: { text: string }): Promise<void> {
  const w = r.w;
  const t = normalizeText(toSimplified(q.text));
  if (OVERWHELMED.test(t)) {
    r.say(w.answers.overwhelmed);
    r.row(r.button(talkToStaffAction, [], w.answers.talkToSomeone));
  }
  if (DOSE.test(t)) r.say(w.knowledge.notDose);
  let args = { query: q.text };
  let run = await r.tool<{ passages: Passage[] }>('search_knowledge', args);
  if (!run.result) {
    r.say(describeError(run.error, r.lang).message);
    return;
  }
  // "那第一口吃什么好", "and if it was a mistake?": a follow-up is about the question before it.
  const previous = r.state.lastQuestion;
  const leans = previous && previous !== q.text && FOLLOW_UP.test(t);
  if (leans && (!namesTopic(q.text) || !answersQuestion(q.text, run.result.passages))) {
    const withContext = { query: `${previous!}\n${q.text}` };
    const again = await r.tool<{ passages: Passage[] }>('search_knowledge', withContext);
    // …but a new topic is not answered from the old one ("托育点有停车位吗" after a sleep question).
    if (again.result && touchesQuestion(q.text, again.result.passages, withContext.query)) {
      args = withContext;
      run = again;
    }
  }
  if (OVERWHELMED.test(t) && run.result!.passages.length) r.say(w.answers.answerFollows);
  searchKnowledgeTool.present!(r, run.result!, args);
}
