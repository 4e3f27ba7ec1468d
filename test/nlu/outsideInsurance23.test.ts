import { describe, expect, it } from 'vitest';
import { parseOutsideRequest } from '../../src/nlu/parseOutsideRequest.ts';
import { prepareText } from '../../src/nlu/prepareText.ts';
import { understand } from '../../src/nlu/understand.ts';

const ctx = { now: new Date('2026-11-25T10:00:00+08:00'), timeZone: 'Asia/Shanghai' }; // a Wednesday

/**
 * Round 23 (lossp): a child's medical insurance enrolled or claimed is done at the social-insurance offices, not here,
 * and no passage says how; it is an outside request, said plainly with a person on offer — not the materials a booking
 * needs, which its "需要带什么材料" used to find.
 */
describe("a child's medical insurance is an outside request", () => {
  it.each([
    '宝宝刚出生两个月 少儿医保在厦门要去哪里办 需要带什么材料',
    '我們剛生寶寶 廈門的少兒醫保要去哪裡辦 需要準備什麼資料',
    '孩子刚出生一个月 厦门的少儿医保去哪里办理 要带哪些东西',
    '新生儿怎么办理医保',
    'How do I get health insurance for my newborn in Xiamen?',
  ])('%s', (text) => {
    expect(parseOutsideRequest(prepareText(text))).toBe('insurance');
    const u = understand(text, ctx);
    expect(u.intent).toBe('out_of_scope');
    expect(u.slots.outOfScopeRequest).toBe('insurance');
  });

  it.each(['要交医保才能去吗', 'do I need health insurance to use the points?', '托育点有给孩子买保险吗', '没有厦门户口和社保能去吗'])(
    'not insurance named as a condition of the service, nor injuries at a point: %s',
    (text) => {
      expect(parseOutsideRequest(prepareText(text))).toBeUndefined();
    },
  );
});
