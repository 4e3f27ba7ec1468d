import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/KnowledgeBase.ts';
import { realKnowledgeBase } from '../helpers/realKnowledge.ts';

/**
 * Round 38 (pol38): whether a child may come to the point just after a vaccination had no section — the zh question found
 * the incomplete-vaccinations rule, the English one whether programme vaccines are free. A waitlist follow-up with an
 * English "notify" in it found nothing. Asked here in other words than the probe's.
 */
let kb: KnowledgeBase;

beforeAll(async () => {
  kb = await realKnowledgeBase();
}, 600_000);

describe('attending after a vaccination and being told of a waitlist place', () => {
  it.each([
    ['昨天下午打了预防针 今天能去护幼点吗', 'zh', 'policy-health-check', '打完疫苗'],
    ['Can he come to the point the day after his jabs?', 'en', 'policy-health-check', 'vaccination'],
    ['候补有位了会notify吗', 'zh', 'service-waitlist', '候补'],
  ] as const)('%s → %s', async (q, lang, docId, inHeading) => {
    const [top] = await kb.search(q, { lang, k: 3 });
    expect(top?.docId).toBe(docId);
    expect(top?.headingPath).toContain(inHeading);
  });
});
