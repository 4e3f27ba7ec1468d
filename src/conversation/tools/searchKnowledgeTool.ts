import { z } from 'zod';
import { defineTool } from './defineTool.ts';
import { withoutDoctorFrame } from '../dialogue/answers/answerKind.ts';
import { askedPart } from '../dialogue/answers/askedPart.ts';
import { CLEAR_OWN_MATCH } from '../dialogue/answers/searchInTopic.ts';
import { answersQuestion, passageOf, presentAnswer, type Passage } from '../dialogue/answers/presentAnswer.ts';
import { isServiceDocument } from '../../knowledge/serviceSection.ts';
import { answeredByServiceRule } from '../../nlu/answeredByServiceRule.ts';
import { normalizeText } from '../../nlu/normalizeText.ts';
import { toSimplified } from '../../text/chineseScript.ts';

/** Passages taken for a question: the best few, as ranked. */
const TAKEN = 3;
/**
 * A question about the service also takes the service documents' sections ranked below those few, up to this rank (not
 * parenting sections on the point: a follow-up weighs what the search with the question before found, and a first
 * drop-off's goodbye is no rule for an allergy "at the point"): a parenting
 * section that shares its topic word ("安抚奶嘴", "尿不湿", "teething gel") often outranks the rule that answers it (what to
 * bring, whether carers give medicine), and the answer can only choose among the passages it is given.
 */
const SERVICE_REACH = 10;
const SERVICE_EXTRA = 3;

export const searchKnowledgeTool = defineTool({
  name: 'search_knowledge',
  description:
    'Search the local policy and parenting knowledge base. Returns passages with title and source for citation; an empty list means the base has no answer (then offer to ask staff).',
  schema: z.object({ query: z.string().trim().min(1).max(2000) }),
  async handler(args, ctx): Promise<{ passages: Passage[] }> {
    // (A search with the question before — "…\n那送去托育点的时候呢" — ranks by both questions, and a follow-up weighs its own
    // section by whether that search found it too: only the parent's own message reaches further.)
    const ofService = !args.query.includes('\n') && answeredByServiceRule(normalizeText(toSimplified(args.query)));
    const ranked = await ctx.knowledge.search(args.query, { lang: ctx.lang, k: ofService ? SERVICE_REACH : TAKEN });
    const hits = [
      ...ranked.slice(0, TAKEN),
      ...ranked
        .slice(TAKEN)
        .filter((h) => isServiceDocument(h.docId))
        .slice(0, SERVICE_EXTRA),
    ];
    // The topic without "should we see a doctor" too: that frame alone ranks every document's doctor section first.
    const topic = withoutDoctorFrame(args.query);
    const more = topic ? await ctx.knowledge.search(topic, { lang: ctx.lang, k: 3 }) : [];
    const seen = new Set(hits.map((h) => h.chunkId));
    const found = [...hits, ...more.filter((h) => !seen.has(h.chunkId) && (seen.add(h.chunkId), true))].map(passageOf);
    // When nothing found answers and a story is told around the question ("my mother in law let our 1 year old lick 辣椒 at
    // dinner, I was so angry. is chilli bad for her?"), the part that asks is searched on its own: the story's words (a
    // grandparent, anger) ranked sections of their own above the one on what is asked. Only then: a story's words otherwise
    // help find the section (searching the asking part beside every story moved answers that were right).
    // (Only a section listing a question the asking part clearly matches: "how do I fix this?" is no furniture question.)
    const asked = args.query.includes('\n') || answersQuestion(args.query, found) ? undefined : askedPart(args.query);
    const own = (asked ? await ctx.knowledge.search(asked, { lang: ctx.lang, k: 2 }) : []).filter(
      (h) => (h.questionMatch ?? 0) >= CLEAR_OWN_MATCH && !seen.has(h.chunkId),
    );
    return { passages: [...found, ...own.map(passageOf)] };
  },
  present(r, { passages }, args) {
    return presentAnswer(r, args.query, passages);
  },
});
