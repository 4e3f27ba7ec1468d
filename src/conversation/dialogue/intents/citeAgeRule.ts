import type { Reply } from '../Reply.ts';
import { citeDocuments } from '../citeDocuments.ts';

/** The document that states who the service is for (its age range). */
const ELIGIBILITY_DOC = 'service-eligibility';

/** Cites the eligibility document for an age-rule reply ("超过3岁的孩子暂时不能预约"). */
export async function citeAgeRule(r: Reply, statement: string): Promise<void> {
  await citeDocuments(r, [{ sentence: statement, doc: ELIGIBILITY_DOC }], 5);
}
