import { describeError } from '../../../errors/describeError.ts';
import { toSimplified } from '../../../text/chineseScript.ts';
import { normalizeText } from '../../../nlu/normalizeText.ts';
import { searchKnowledgeTool } from '../../tools/searchKnowledgeTool.ts';
import { talkToStaffAction } from '../../actions/helpActions.ts';
import type { Reply } from '../Reply.ts';
import { answersQuestion, namesTopic, touchesQuestion, type Passage } from './presentAnswer.ts';
import { DOSE, FOLLOW_UP, OVERWHELMED } from './parentWords.ts';
import { DEFAULT_THRESHOLDS } from '../../../knowledge/KnowledgeBase.ts';

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
      // The question before says which topic; the follow-up's own words say which part of it. A section the
      // follow-up finds on its own, clearly ("那晚上要盖多厚" after co-sleeping: how warmly to dress, not co-sleeping
      // again), that the search with the context also finds (or whose document it answers from), answers it, read
      // with the follow-up's own words.
      const own = ownSection(run.result.passages, again.result.passages);
      if (own) {
        if (OVERWHELMED.test(t)) r.say(w.answers.answerFollows);
        searchKnowledgeTool.present!(r, { passages: own }, { query: q.text });
        r.state.lastQuestion = withContext.query;
        return;
      }
      args = withContext;
      run = again;
    }
  }
  if (OVERWHELMED.test(t) && run.result!.passages.length) r.say(w.answers.answerFollows);
  searchKnowledgeTool.present!(r, run.result!, args);
}

const sameSection = (a: Passage, b: Passage) => a.docId === b.docId && a.heading === b.heading;

/**
 * The passages found with the context, the follow-up's own section first: the section the follow-up alone
 * ranks first, when it lists a question close to it (retrieval's bar for "relevant on its own") and the search
 * with the context found it too, or answers from its document. Undefined when there is no such section.
 */
function ownSection(alone: Passage[], withContext: Passage[]): Passage[] | undefined {
  const top = alone[0];
  if (!top || (top.questionMatch ?? 0) < DEFAULT_THRESHOLDS.questionMatch) return undefined;
  const i = withContext.findIndex((p) => sameSection(p, top));
  if (i >= 0) return [withContext[i]!, ...withContext.filter((_, j) => j !== i)];
  // …or a section of the document the context is answered from (the search with the context ranks its closest).
  if (withContext[0]?.docId === top.docId) return [top, ...withContext];
  return undefined;
}
