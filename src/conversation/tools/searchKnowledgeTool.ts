import { z } from 'zod';
import { defineTool } from './defineTool.ts';
import { withoutDoctorFrame } from '../dialogue/answers/answerKind.ts';
import { askedPart } from '../dialogue/answers/askedPart.ts';
import { CLEAR_OWN_MATCH } from '../dialogue/answers/searchInTopic.ts';
import { passageOf, presentAnswer, type Passage } from '../dialogue/answers/presentAnswer.ts';
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
    // The part that asks, when a story is told around it ("my mother in law let our 1 year old lick 辣椒 at dinner, I was
    // so angry. is chilli bad for her?"), searched on its own too: the story's words (a grandparent, anger) rank sections of
    // their own, and the one on what is asked can fall below the few taken. The answer still chooses among them all.
    const asked = args.query.includes('\n') ? undefined : askedPart(args.query);
    // (Only a section listing a question the asking part clearly matches: "how do I fix this?" after a grazing toddler's
    // story is no question about fixing furniture to the wall.)
    const own = (asked ? await ctx.knowledge.search(asked, { lang: ctx.lang, k: 2 }) : []).filter((h) => (h.questionMatch ?? 0) >= CLEAR_OWN_MATCH);
    const seen = new Set(hits.map((h) => h.chunkId));
    const extra = [...more, ...own].filter((h) => !seen.has(h.chunkId) && (seen.add(h.chunkId), true));
    return { passages: [...hits, ...extra].map(passageOf) };
  },
  present(r, { passages }, args) {
    return presentAnswer(r, args.query, passages);
  },
});
