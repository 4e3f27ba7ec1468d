import { beforeAll, describe, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/KnowledgeBase.ts';
import { expectTopSection, realKnowledgeBase } from '../helpers/realKnowledge.ts';

/**
 * Round 39's new sections and question lines (pol39), on the real documents: service questions expat and code-switching
 * parents ask that found a neighbouring section or nothing — collecting a child before the session ends (new section),
 * changing which child a booking is for (new section), what proof the person collecting needs, a reminder before the
 * session, a child who is not walking yet, weekday options for parents who work every weekend, and how a kindergarten
 * differs from a nursery and a point. Worded apart from the probe file and the documents' question lines.
 */
let kb: KnowledgeBase;

beforeAll(async () => {
  kb = await realKnowledgeBase();
}, 900_000);

// Each row: a question, the language it is searched in, the document and a piece of the heading that must come first.
const SECTIONS: ReadonlyArray<readonly [string, 'zh' | 'en', string, string]> = [
  ['is it ok to collect my son before the session finishes?', 'en', 'policy-pickup-safety', 'before the session ends'],
  ['半日托中间有事 能不能先接孩子走', 'zh', 'policy-pickup-safety', '提前'],
  ['the booking is for my daughter but my son should go instead, can I change it?', 'en', 'service-change-cancel', 'which child'],
  ['约给姐姐的那场 能不能换成弟弟去', 'zh', 'service-change-cancel', '另一个孩子'],
  ['what does our helper have to show to prove she may take him home?', 'en', 'policy-pickup-safety', 'need ID'],
  ['保姆去接孩子 要拿什么证明', 'zh', 'policy-pickup-safety', '证件'],
  ['do I get a message to remind me the day before my session?', 'en', 'service-how-to-book', 'confirmation'],
  ["she isn't walking yet, can she be dropped off for half-day care?", 'en', 'service-eligibility', 'special needs'],
  ['we are both at work every weekend, can we use the points on a weekday instead?', 'en', 'service-kinds', 'weekdays'],
  ['what is the difference between a kindergarten and one of these points?', 'en', 'service-overview', 'private nursery'],
  ['幼儿园和护幼点有什么不一样', 'zh', 'service-overview', '托育机构'],
];

describe('round 39 service questions find the section that answers them', () => {
  it.each(SECTIONS)('%s → %s (%s)', async (question, lang, docId, heading) => {
    await expectTopSection(kb, question, lang, docId, heading);
  });
});
