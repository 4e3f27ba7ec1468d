import { z } from 'zod';
import { defineTool } from './defineTool.ts';
import { withoutDoctorFrame } from '../dialogue/answers/answerKind.ts';
import { passageOf, presentAnswer, type Passage } from '../dialogue/answers/presentAnswer.ts';

export const searchKnowledgeTool = defineTool({
  name: 'search_knowledge',
  description:
    'Search the local policy and parenting knowledge base. Returns passages with title and source for citation; an empty list means the base has no answer (then offer to ask staff).',
  schema: z.object({ query: z.string().trim().min(1).max(2000) }),
  async handler(args, ctx): Promise<{ passages: Passage[] }> {
    const hits = await ctx.knowledge.search(args.query, { lang: ctx.lang, k: 3 });
    // The topic without "should we see a doctor" too: that frame alone ranks every document's doctor section first.
    const topic = withoutDoctorFrame(args.query);
    const more = topic ? await ctx.knowledge.search(topic, { lang: ctx.lang, k: 3 }) : [];
    const seen = new Set(hits.map((h) => h.chunkId));
    return { passages: [...hits, ...more.filter((h) => !seen.has(h.chunkId))].map(passageOf) };
  },
  present(r, { passages }, args) {
    return presentAnswer(r, args.query, passages);
  },
});
