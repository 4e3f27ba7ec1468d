import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/createApp.ts';
import type { TurnOutput } from '../../src/conversation/types.ts';
import { citedDocs, createTestApp, sayNow } from '../helpers/testApp.ts';

/**
 * Round 12 policy follow-ups: a second turn that leans on a question the booking rules answered stays on that rule
 * (the documents' words did not find it), and the facts a follow-up asks for are in the section it finds (what still
 * works during a pause, late pickup, a grandparent's first pickup, how a waitlist offer arrives, foreign families,
 * the two kinds of point).
 */
let app: App & { clock: { set(d: Date): void } };
let userSeq = 72000;

const say = (userId: number, text: string): Promise<TurnOutput> => sayNow(app, userId, text);
const docs = citedDocs;

beforeAll(async () => {
  app = await createTestApp();
}, 180_000);

describe('a follow-up to a question the booking rules answered', () => {
  it('"那一个孩子最多几个" after "weekly cap是按孩子算还是按家庭算": the weekly limit, not the carer ratio', async () => {
    const id = ++userSeq;
    const first = await say(id, 'weekly cap是按孩子算还是按家庭算');
    expect(docs(first)).toContain('service-how-to-book');
    const out = await say(id, '那一个孩子最多几个');
    expect(docs(out)).toContain('service-how-to-book');
    expect(docs(out)).not.toContain('policy-ratios-standards');
    expect(out.reply).toMatch(/2 ?个/);
  });

  it('a follow-up that names its own topic clearly is still answered from it', async () => {
    const id = ++userSeq;
    await say(id, 'weekly cap是按孩子算还是按家庭算');
    const out = await say(id, '那托大班一个老师带几个孩子');
    expect(docs(out)).toContain('policy-ratios-standards');
  });
});

describe('the fact a follow-up asks for is in the section it finds', () => {
  it('during a pause: existing bookings can still be cancelled (zh) and sessions searched (en)', async () => {
    const zh = ++userSeq;
    await say(zh, '爽约三次会被停多久');
    const out = await say(zh, '那这段时间我还能取消已经约好的吗');
    expect(docs(out)).toContain('service-no-show');
    expect(out.reply).toMatch(/仍然可以|可以.{0,6}取消/);
    const en = ++userSeq;
    await say(en, "What happens if I book and then don't show up?");
    const again = await say(en, "and while I'm paused, can I still look at sessions?");
    expect(docs(again)).toContain('service-no-show');
    expect(again.reply).toMatch(/still search/i);
  });

  it('a waitlist place during a pause: kept, from the no-show document, not how to leave a waitlist', async () => {
    const id = ++userSeq;
    await say(id, '爽约几次会被停');
    const out = await say(id, '那停了以后候补还有效吗');
    expect(docs(out)).toContain('service-no-show');
    expect(out.reply).toMatch(/候补位置保留/);
  });

  it('"托小班是几比几": the carer ratio, not "no answer"', async () => {
    const out = await say(++userSeq, '托小班是几比几');
    expect(docs(out)).toContain('policy-ratios-standards');
    expect(out.reply).toMatch(/1:5/);
  });

  it('the session has ended and the parent is not there yet: phone the point, carers stay with the child', async () => {
    const out = await say(++userSeq, '下午场结束了我还没赶到 孩子怎么办');
    expect(docs(out)).toContain('policy-pickup-safety');
    expect(out.reply).toMatch(/电话/);
    expect(out.reply).toMatch(/不会把孩子单独留下/);
  });

  it('a grandmother collecting for the first time brings ID (Traditional)', async () => {
    const out = await say(++userSeq, '阿嬤第一次去接小孩 要帶什麼');
    expect(docs(out)).toContain('policy-pickup-safety');
    expect(out.reply).toMatch(/證件/);
  });

  it('how a waitlist offer arrives and how long it is held', async () => {
    const out = await say(++userSeq, '候補排到了會怎麼通知我');
    expect(docs(out)).toContain('service-waitlist');
    expect(out.reply).toMatch(/30 ?分鐘/);
  });

  it('a family naming its nationality is told foreign families may use the points', async () => {
    const out = await say(++userSeq, "We're Canadian and just moved to Xiamen. Can we use this service?");
    expect(docs(out)).toContain('service-eligibility');
  });

  it('"两种point type有什么区别": community shared vs institution embedded', async () => {
    const out = await say(++userSeq, '两种point type有什么区别');
    expect(docs(out)).toContain('service-point-types');
    expect(out.reply).toMatch(/共享/);
    expect(out.reply).toMatch(/嵌入/);
  });
});
