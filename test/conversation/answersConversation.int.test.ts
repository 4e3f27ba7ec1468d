import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/createApp.ts';
import type { TurnOutput } from '../../src/conversation/types.ts';
import { words } from '../../src/i18n/catalogue.ts';
import { createTestApp, TEST_NOW } from '../helpers/testApp.ts';

/**
 * Knowledge answers on the real knowledge base, as a parent reads them: the
 * sentence that answers (with the number asked for), never a neighbouring
 * topic, a person first for an overwhelmed parent.
 */
let app: App & { clock: { set(d: Date): void } };
let userSeq = 62000;

async function ask(text: string): Promise<TurnOutput> {
  return app.core.handleTurn({ userId: ++userSeq, now: TEST_NOW, text });
}
const buttonTexts = (o: TurnOutput) => o.buttons.flat().map((b) => b.text);

beforeAll(async () => {
  app = await createTestApp();
}, 180_000);

describe('the sentence that answers, with its number', () => {
  it('"取消要提前多久" quotes the deadline with the configured hours and minutes', async () => {
    const rules = app.config.booking;
    const out = await ask('取消要提前多久');
    expect(out.reply).toContain(`${rules.cancelDeadlineMinutes / 60} 小时`);
    expect(out.reply).toContain(`${rules.cancelDeadlineMinutes} 分钟`);
    expect(out.citations[0]?.docId).toBe('service-change-cancel');
    expect(out.reply).not.toMatch(/不能代替医生/);
  });

  it('"how long before must I cancel?" in English', async () => {
    const out = await ask('how long before must I cancel?');
    expect(out.reply).toContain(`${app.config.booking.cancelDeadlineMinutes / 60} hours`);
    expect(out.reply).not.toMatch(/not a diagnosis/);
  });

  it('a cough-medicine question says cough medicine is not for toddlers', async () => {
    const zh = await ask('两岁孩子咳嗽能吃止咳药吗');
    expect(zh.reply).toMatch(/止咳药.{0,8}不适合小孩子/);
    expect(zh.reply).toMatch(/2岁以下/);
    expect(zh.reply).toMatch(/不能代替医生/);
    const en = await ask('can my 2 year old have cough medicine?');
    expect(en.reply).toMatch(/cough and cold medicines are not for young children/);
  });

  it('an egg-allergic child is never told there is no need to delay egg', async () => {
    for (const q of ['my son is allergic to eggs, when can he eat egg?', '孩子鸡蛋过敏 什么时候可以吃鸡蛋', '我女兒確診雞蛋過敏 可以吃一點雞蛋嗎']) {
      const out = await ask(q);
      expect(out.reply, q).not.toMatch(/there is no need to delay|不需要刻意推迟|不需要刻意推遲|推迟引入并不能预防|推遲引入並不能預防/);
      expect(out.reply, q).toMatch(/allergist|过敏专科医生|過敏專科醫生/);
    }
  });
});

describe('an overwhelmed parent', () => {
  it('"my 2yo has meltdowns every evening, I\'m at my wit\'s end": a human tone and a person before the answer', async () => {
    const out = await ask("my 2yo has meltdowns every evening, I'm at my wit's end");
    const en = words('en');
    expect(out.reply.startsWith(en.answers.overwhelmed)).toBe(true);
    expect(buttonTexts(out)).toContain(en.answers.talkToSomeone);
    expect(out.reply).toMatch(/evening/i);
    expect(out.reply).not.toMatch(/collect|pick ?up/i);
    expect(out.citations[0]?.docId).toBe('parenting-tantrums');
  });

  it('"宝宝晚上一直哭 我快崩溃了" in Chinese', async () => {
    const out = await ask('宝宝晚上一直哭 我快崩溃了');
    const zh = words('zh');
    expect(out.reply.startsWith(zh.answers.overwhelmed)).toBe(true);
    expect(buttonTexts(out)).toContain(zh.answers.talkToSomeone);
  });
});

describe('a neighbouring topic is not an answer', () => {
  it.each(['孩子几岁可以学钢琴', '可以带宠物去服务点吗'])('%s: "not covered" and staff', async (q) => {
    const out = await ask(q);
    expect(out.reply).toContain(words('zh').knowledge.notCovered(q.replace(/[?？]$/, '')));
    expect(buttonTexts(out)).toContain(words('zh').knowledge.yesAskStaff);
    expect(out.citations).toEqual([]);
    expect(out.reply).not.toMatch(/📖/);
  });

  it('pressing "ask staff" hands the question over', async () => {
    const userId = ++userSeq;
    const out = await app.core.handleTurn({ userId, now: TEST_NOW, text: '孩子几岁可以学钢琴' });
    const button = out.buttons.flat().find((b) => b.text === words('zh').knowledge.yesAskStaff)!;
    const handed = await app.core.handleTurn({ userId, now: TEST_NOW, button: button.data });
    expect(handed.escalated).toBe(true);
    const t = await app.db.pool.query<{ reason: string; question: string }>(`SELECT reason, question FROM escalations WHERE parent_id = $1`, [userId]);
    expect(t.rows[0]).toMatchObject({ reason: 'unanswered', question: '孩子几岁可以学钢琴' });
  });
});

describe('the medical disclaimer only on health answers', () => {
  it('a policy answer has none; a health answer has it', async () => {
    const policy = await ask('服务点有监控吗');
    expect(policy.citations.length).toBeGreaterThan(0);
    expect(policy.reply).not.toMatch(/不能代替医生/);
    const health = await ask('宝宝几个月可以吃辅食');
    expect(health.reply).toMatch(/6个月/);
    expect(health.reply).toMatch(/不能代替医生/);
  });
});

describe('a follow-up and English words in a Chinese question', () => {
  const say = (userId: number, text: string) => app.core.handleTurn({ userId, now: TEST_NOW, text });

  it('"那第一口吃什么好" after a question about solids is answered about solids', async () => {
    const id = ++userSeq;
    await say(id, '宝宝几个月能加辅食');
    const out = await say(id, '那第一口吃什么好');
    expect(out.reply).toMatch(/铁/);
    expect(out.citations[0]?.docId).toBe('parenting-starting-solids');
  });

  it('a new topic after a question is not answered from the old one', async () => {
    const id = ++userSeq;
    await say(id, '宝宝睡觉冷不冷怎么看');
    const out = await say(id, '托育点有停车位吗');
    // (Parking now has its own answer in the service documents: whatever answers it, sleep does not.)
    expect(out.citations.some((c) => /safe-sleep|sleep-routines/.test(c.docId ?? ''))).toBe(false);
  });

  it('a follow-up on another part of the same topic is answered from that part ("盖多厚" after co-sleeping)', async () => {
    const id = ++userSeq;
    await say(id, '宝宝晚上跟我们一起睡大床 方便喂奶 可以吗');
    const out = await say(id, '那晚上要给他盖多厚');
    expect(out.reply).toMatch(/多穿一层|睡袋/);
    expect(out.citations[0]?.heading).toMatch(/盖多厚/);
  });

  it('"waitlist排到了要多久之内confirm" says the 30-minute hold', async () => {
    const out = await ask('waitlist排到了要多久之内confirm');
    expect(out.reply).toMatch(/30 ?分钟/);
  });

  it("synonyms of the documents' words are covered: 道别 for 告别, 办事 for leaving the child", async () => {
    const id = ++userSeq;
    await say(id, '宝宝多大会有分离焦虑');
    const bye = await say(id, '那送去托育点的时候要怎么道别比较好');
    expect(bye.citations[0]?.docId).toBe('parenting-separation-anxiety');
    const leave = await ask('哪种服务点可以把小孩放着 我先去办事');
    expect(leave.citations[0]?.docId).toBe('service-point-types');
  });

  it('"爷爷去pick up可以吗" is answered from the pickup rules, in Chinese', async () => {
    const out = await ask('爷爷去pick up可以吗');
    expect(out.reply).toMatch(/证件/);
    expect(out.citations.map((c) => c.docId)).toEqual(expect.arrayContaining([expect.stringMatching(/policy-pickup-safety|service-faq/)]));
  });
});

describe('a follow-up answered from the topic before it, and a concrete question from an overwhelmed parent', () => {
  const say = (userId: number, text: string) => app.core.handleTurn({ userId, now: TEST_NOW, text });

  it('"那要多久还不好才需要去看医生" after a stammering question is about stammering (6 months), not fever', async () => {
    const id = ++userSeq;
    await say(id, '快三岁了 说话老是重复第一个字 是不是口吃');
    const out = await say(id, '那要多久还不好才需要去看医生');
    expect(out.citations[0]?.docId).toBe('parenting-language-milestones');
    expect(out.reply).toMatch(/6\s*个月/);
  });

  it('"要不要带他去医院看看啊" without a follow-up word is about the topic before it (speech), not a fever or injury', async () => {
    const id = ++userSeq;
    await say(id, '两岁了还只会叫爸爸妈妈 别的词都不太说');
    const out = await say(id, '要不要带他去医院看看啊');
    expect(out.citations[0]?.docId).toBe('parenting-language-milestones');
    expect(out.reply).not.toMatch(/发烧|受伤/);
  });

  it('a trailing "需要带去给医生看吗" is part of the question it follows: no second document appended', async () => {
    const id = ++userSeq;
    const out = await say(id, '宝宝红屁股好几天了 需要带去给医生看吗');
    expect(out.citations.map((c) => c.docId)).toEqual(['parenting-common-concerns']);
  });

  it('"how long before I should get it checked?" leans on the question before it', async () => {
    const id = ++userSeq;
    await say(id, 'my 3 year old has started stuttering, should I correct him?');
    const out = await say(id, 'how long before I should get it checked?');
    expect(out.citations[0]?.docId).toBe('parenting-language-milestones');
    expect(out.reply).toMatch(/6 months/);
  });

  it('"那我要怎么跟奶奶说" after a screen question is answered from talking with grandparents', async () => {
    const id = ++userSeq;
    await say(id, '奶奶带的时候一整天开着电视 孩子才一岁');
    const out = await say(id, '那我要怎么跟奶奶说她才会听');
    expect(out.citations[0]?.heading).toMatch(/老人/);
  });

  it('"那一天要喝多少" after switching to cow\'s milk is how much milk, not how much water', async () => {
    const id = ++userSeq;
    await say(id, '宝宝满一岁了 可以开始喝鲜奶了吗');
    const out = await say(id, '那一天要喝多少才够');
    expect(out.citations[0]?.heading).toMatch(/喝多少奶/);
    expect(out.reply).toMatch(/400|500|600/);
  });

  // (Round 32: the distress words are no topic a section must cover — presentAnswer reads the question without them — so the
  // regression section answers and the wellbeing section follows; a known gap after round 31's merge, it.fails until then.)
  it('"sleep regression 要持续多久 好崩溃": a person offered, then how long a regression lasts', async () => {
    const out = await ask('宝宝4个月 sleep regression 要持续多久啊 好崩溃');
    expect(out.reply.startsWith(words('zh').answers.overwhelmed)).toBe(true);
    expect(out.citations[0]?.docId).toBe('parenting-sleep-routines');
    expect(out.reply).toMatch(/几周/);
  });

  it('"大宝 jealous 得不行": an English word the reading cannot translate does not hide a close section', async () => {
    const out = await ask('二宝出生后 大宝 jealous 得不行 天天要抱抱');
    expect(out.citations[0]?.docId).toBe('parenting-behaviour-social');
    expect(out.reply).toMatch(/专属|单独/);
  });

  it('"biting his baby brother" quotes the sentence on a toddler who bites the baby ("biting" stems into a frame word)', async () => {
    const out = await ask('how do I stop my 2 year old biting his baby brother');
    expect(out.citations[0]?.docId).toBe('parenting-behaviour-social');
    expect(out.reply).toMatch(/hits or bites/);
  });

  it('"so exhausted, can my 10 month old have honey": the human words once, then the answer', async () => {
    const out = await ask('so exhausted, can my 10 month old have honey');
    expect(out.reply.split(words('en').answers.overwhelmed).length).toBe(2);
    expect(out.reply).toMatch(/12 months|one year|first birthday/i);
  });

  it('a potty regression quotes the whole bold answer: common, temporary, no scolding', async () => {
    const out = await ask('our 2.5 yo was fully potty trained but is having accidents every day since the new baby came');
    expect(out.reply).toMatch(/common/);
    expect(out.reply).toMatch(/punish|scold/);
  });
});
