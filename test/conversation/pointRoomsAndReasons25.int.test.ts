import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/createApp.ts';
import { chatAs, citedDocs, createTestApp, sayNow } from '../helpers/testApp.ts';

/**
 * Round 25 (pol25): what the assistant cannot know about a point is said plainly, from the service's own section, with
 * a person to ask — a point's rooms (air conditioning), why a point's opening periods changed; and service answers
 * that carry what a parent asks in one breath: staff's handling of an injury beside whether there are cameras, the
 * ratio beside the carers' qualifications, the age on the session day after a birthday question, a late pickup asked
 * with English words. Worded apart from the probe file and the documents' lists.
 */
let app: App & { clock: { set(d: Date): void } };
let userSeq = 99_250;

beforeAll(async () => {
  app = await createTestApp();
}, 600_000);

describe('what the assistant cannot know about a point', () => {
  it('"江头那个点空调开不开" is the point’s rooms, said once, not how to set air conditioning at home', async () => {
    const out = await sayNow(app, ++userSeq, '江头那个点夏天空调开不开 宝宝很容易出汗');
    expect(citedDocs(out)).toEqual(['service-practical-questions']);
    expect(out.reply).toMatch(/没有各服务点房间设施的资料/);
    expect(out.reply).toMatch(/转人工|工作人员/);
    expect(out.reply.match(/📖/g)?.length).toBe(1);
    expect(out.reply).not.toMatch(/16—20|空调病/);
  });

  it('why a point’s afternoon session went is the demand behind opening periods, and a person for that point', async () => {
    const out = await sayNow(app, ++userSeq, '我们家附近的服务点怎么把开放时间改掉了 为什么啊');
    expect(citedDocs(out)).toContain('service-practical-questions');
    expect(out.reply).toMatch(/上午热闹、下午冷清/);
    expect(out.reply).toMatch(/不知道具体原因/);
  });
});

describe('service answers that carry both parts', () => {
  it('a fall at the point and cameras: the staff’s handling (120, phoning the parent) and ask the point about cameras', async () => {
    const out = await sayNow(app, ++userSeq, '孩子要是在里面摔伤了你们怎么处理 教室装摄像头了吗');
    expect(out.reply).toMatch(/120/);
    expect(out.reply).toMatch(/告诉家长|通知家长|联系家长/);
    expect(out.reply).toMatch(/监控/);
  });

  it('qualifications and how many children each carer has', async () => {
    const out = await sayNow(app, ++userSeq, '带班的阿姨要什么资质 一个人带几个娃');
    expect(citedDocs(out)).toContain('policy-ratios-standards');
    expect(out.reply).toMatch(/培训/);
    expect(out.reply).toMatch(/1:5/);
  });

  it('"那生日前约的那场还能去吗" after turning three: age on the session day', async () => {
    const say = chatAs(app, ++userSeq);
    await say('女儿下周就满三岁了 还能约吗');
    const out = await say('那生日之前约好的那场还能去吗');
    expect(citedDocs(out)[0]).toBe('service-eligibility');
    expect(out.reply).toMatch(/上课当天/);
  });

  it('"可以晚点pick up吗" is a late pickup: phone the point, carers stay with the child', async () => {
    const out = await sayNow(app, ++userSeq, '下班会晚 可以晚二十分钟pick up吗');
    expect(citedDocs(out)).toContain('policy-pickup-safety');
    expect(out.reply).toMatch(/一直照看/);
  });
});
