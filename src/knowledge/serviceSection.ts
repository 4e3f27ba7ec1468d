/**
 * How the knowledge base kinds its documents: the service's own rules (service-*, policy-*) and parenting topics
 * (parenting-*), by the document id's prefix. A parenting section whose heading asks about the childcare point
 * ("安抚物有用吗？可以带去托育点吗？", "Can my child nap at a childcare point…?") answers a question about the service too:
 * its editors wrote it for that question.
 */
const POINT_IN_HEADING = /托育点|服务点|送托|(?<![a-z])(?:childcare|child care|drop(?:-| )?(?:off|them off))(?![a-z])/i;

/** Whether a document states the service's own rules (a service or policy document), not a parenting topic. */
export function isServiceDocument(docId: string): boolean {
  return !docId.startsWith('parenting-');
}

/** Whether a section speaks for the service: a service or policy document's, or one whose heading asks about the point. */
export function isServiceSection(docId: string, heading: string): boolean {
  if (isServiceDocument(docId)) return true;
  const own = heading.split(' > ').at(-1) ?? heading;
  return POINT_IN_HEADING.test(own);
}

/** "…at the point", as the English rules documents name it ("My child hit, bit or pushed another child at the point. What now?"). */
const AT_THE_POINT = /(?<![a-z])(?:at|to|from) (?:a|the) (?:care )?point(?![a-z])/i;

/** Whether a section's own heading asks about the childcare point ("孩子有湿疹，还能送托吗？"): it answers a parent asking about the point. */
export function headingAsksAboutThePoint(heading: string): boolean {
  const own = heading.split(' > ').at(-1) ?? heading;
  return POINT_IN_HEADING.test(own) || AT_THE_POINT.test(own);
}
