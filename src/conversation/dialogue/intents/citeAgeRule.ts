import type { Reply } from '../Reply.ts';

/** The document that states who the service is for (its age range). */
const ELIGIBILITY_DOC = 'service-eligibility';

/**
 * Cites the eligibility document for an age-rule reply ("超过3岁的孩子暂时不能预约"), as the knowledge
 * answers cite theirs: the section found by searching for the reply's own words, in the parent's language.
 * Nothing is cited when the knowledge base has no such section (or cannot be reached).
 */
export async function citeAgeRule(r: Reply, statement: string): Promise<void> {
  const hits = await r.ctx.knowledge.search(statement, { lang: r.lang, k: 5 }).catch(() => []);
  const hit = hits.find((h) => h.docId === ELIGIBILITY_DOC);
  if (!hit) return;
  r.citations.push({ title: hit.title, source: hit.source, docId: hit.docId, heading: hit.headingPath });
  r.say(r.w.knowledge.source([hit.title]));
}
