import { toSimplified } from '../../../text/chineseScript.ts';
import type { Passage } from './presentAnswer.ts';

/** The care point named in the question ("可以带宠物去服务点吗", "can we bring the dog to the point?"). */
const POINT_NAMED = /服务点|托育点|爱邻护幼|(?<![a-z])(?:the|your|a) (?:care )?point(?![a-z])|(?<![a-z])ai ?lin(?![a-z])/i;

/** A section that speaks of care outside the home at all: then it may well answer a question about the point. */
const SPEAKS_OF_CARE =
  /服务点|托育|托班|托儿|托婴|幼儿园|早教|老师|阿姨|(?<![a-z])(?:point|childcare|nursery|daycare|day care|carers?|playgroup|setting)(?![a-z])/i;

/**
 * "可以带宠物去服务点吗" found the section on pets at home: a question about the point answered by a parenting section (of a
 * document) that never speaks of care outside the home is a neighbouring topic, so the parent hears "not covered" and is offered a person
 * instead of advice about something else.
 */
export function homeSectionForThePoint(question: string, p: Passage): boolean {
  return (
    p.docId.startsWith('parenting-') &&
    POINT_NAMED.test(toSimplified(question).toLowerCase()) &&
    !SPEAKS_OF_CARE.test(toSimplified(`${p.title}\n${p.heading}\n${p.text}`))
  );
}
