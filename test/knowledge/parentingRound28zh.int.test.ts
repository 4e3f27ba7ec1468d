import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/KnowledgeBase.ts';
import { expectTopSection, realKnowledgeBase } from '../helpers/realKnowledge.ts';

/**
 * Round 28 (par28a): Chinese parenting questions about grandparents' practices, feeding dips and naps that had no section
 * (马牙 picked with a needle, legs bound straight, 厌奶 at four months, switching formula, 30-minute naps), a night-waking
 * question told with a count ("每天晚上醒五六次") that found diarrhoea five or six times a day, and the Chinese
 * porridge-at-night section restored. Worded apart from the documents' question lines.
 */
let kb: KnowledgeBase;

beforeAll(async () => {
  kb = await realKnowledgeBase();
}, 900_000);

describe('round 28 Chinese parenting questions find the section that answers them', () => {
  it.each([
    ['刚满月 牙龈上长了两个白色小点点 婆婆说要拿针挑破', 'parenting-newborn-care', '马牙'],
    ['四个多月突然不爱喝奶 每次喝两口就扭头 是厌奶期吗', 'parenting-formula-feeding', '厌奶'],
    ['想给宝宝换个牌子的奶粉 直接换还是要慢慢过渡', 'parenting-formula-feeding', '换奶粉'],
    ['五个月宝宝白天每次就睡半个钟头 怎么让她睡长一点', 'parenting-sleep-routines', '接觉'],
    ['两岁宝宝每晚都要醒四五次 怎样让他少醒几次', 'parenting-sleep-routines', '夜里总是醒'],
  ])('%s → %s (%s)', async (question, docId, heading) => {
    await expectTopSection(kb, question, 'zh', docId, heading);
  });

  // Binding legs is answered in two places since round 48 — the folk-practices section (a newborn's legs) and the bowed
  // legs section of movement milestones (a toddler's O legs) — and both say not to bind them.
  it('我妈非要用布把宝宝两条腿绑直 → a section on binding legs', async () => {
    const [top] = await kb.search('我妈非要用布把宝宝两条腿绑直 说这样以后不会罗圈腿', { lang: 'zh', k: 3 });
    expect(['parenting-folk-practices', 'parenting-motor-milestones']).toContain(top?.docId);
    expect(top?.headingPath).toContain('绑腿');
  });

  it.each([
    ["my mother-in-law wants to tie my newborn daughter's legs straight", 'parenting-folk-practices', 'bind'],
    ['4 month old is suddenly distracted and drinks only a little at each feed', 'parenting-formula-feeding', 'turns away'],
  ])('%s → %s (%s)', async (question, docId, heading) => {
    await expectTopSection(kb, question, 'en', docId, heading);
  });

  // Known gaps left at the end of round 28 (it.fails: they fail now and will say so once fixed): rice cereal "to sleep
  // through" told with 一觉到天亮 finds the night-waking section before the restored porridge section; "catnaps for half an
  // hour" finds a service FAQ before the new short-naps section.
  it.fails('奶奶说晚上喂碗米糊孩子就能一觉到天亮 → the porridge-at-night section', async () => {
    await expectTopSection(kb, '奶奶说晚上喂碗米糊孩子就能一觉到天亮 是真的吗', 'zh', 'parenting-starting-solids', '米糊');
  });
  it.fails('catnaps for half an hour → the short-naps section', async () => {
    await expectTopSection(kb, 'my baby only catnaps for half an hour during the day, can I make naps longer', 'en', 'parenting-sleep-routines', 'naps');
  });
});
