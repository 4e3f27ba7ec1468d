import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/createApp.ts';
import type { TurnOutput } from '../../src/conversation/types.ts';
import { citedDocs, createTestApp, sayNow } from '../helpers/testApp.ts';

/**
 * Round 15, everyday care (care15): the first reply carries what the parent needed — stored breast milk asked with the
 * days it was kept is a question, not a search; a blocked nose is a cold, not something stuck in the nose; an egg
 * delayed "or he'll be allergic" is the delay question; a jab moved for a cold is not a booking change; milk left in
 * the bottle meets the two-hour rule; accidents in the first week of potty training get what to do.
 */
let app: App & { clock: { set(d: Date): void } };
let userSeq = 95500;

const ask = (text: string): Promise<TurnOutput> => sayNow(app, ++userSeq, text);

beforeAll(async () => {
  app = await createTestApp();
}, 600_000);

describe('feeding', () => {
  it('breast milk pumped on a named day: the storage answer, no search', async () => {
    const out = await ask('上周六吸出来的奶一直冷藏着 星期二了还能喂吗');
    expect(out.tools.map((t) => t.name)).not.toContain('search_slots');
    expect(citedDocs(out)).toContain('parenting-breastfeeding');
    expect(out.reply).toMatch(/4\s*天|四天/);
  });
  it('milk left in the bottle: throw it away after about two hours', async () => {
    const out = await ask('奶瓶里还剩一半 宝宝没喝完 留着下一次喝行吗');
    expect(citedDocs(out).some((d) => /formula-feeding|breastfeeding/.test(d ?? ''))).toBe(true);
    expect(out.reply).toMatch(/2\s*小时|两小时/);
  });
  it('egg held back "or he will be allergic": no need to delay', async () => {
    const out = await ask('宝宝8个月 外婆说鸡蛋要等一岁以后才能吃 否则容易过敏 是这样吗');
    expect(citedDocs(out)).toContain('parenting-starting-solids');
    expect(out.reply).toMatch(/不需要.{0,4}推迟/);
  });
});

describe('everyday health', () => {
  it('a blocked nose at feeds is a cold, not an object in the nose', async () => {
    const out = await ask('宝宝5个月 鼻子塞住了 喝奶喝几口就哭 怎么办');
    expect(out.reply).not.toMatch(/耳鼻喉科|塞了东西|塞进/);
    // (The cold's blocked nose, or since round 25 the baby's blocked-nose section: both say saline drops.)
    expect(citedDocs(out).some((d) => d === 'parenting-fever-illness' || d === 'parenting-newborn-care')).toBe(true);
    expect(out.reply).toMatch(/盐水/);
  });
  it('a jab moved for a runny nose: the vaccination answer, not how to change a booking', async () => {
    const out = await ask('后天要打针 孩子这两天有点鼻涕 不发烧 要不要改时间');
    expect(citedDocs(out)).toContain('parenting-vaccination');
    expect(citedDocs(out)).not.toContain('service-change-cancel');
    expect(out.reply).toMatch(/一般可以照常接种/);
  });
});

describe('toilet learning', () => {
  it('accidents every day in the first week: remind at set times and praise', async () => {
    const out = await ask('刚开始练习上厕所 才第五天 每天还是尿湿三四条裤子 正常吗');
    expect(citedDocs(out)).toContain('parenting-toilet-learning');
    expect(out.reply).toMatch(/提醒|表扬/);
  });
});
