import { beforeAll, describe, expect, it } from 'vitest';
import { chatAs, citedDocs, createTestApp, searchedSlots as searched, ticketsOf } from '../helpers/testApp.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

/** Round 49, pol49 (test/fixtures/eval-tuning/pol49.jsonl): quiet afternoons, bare questions after what was told, another family's child, a person asked for again, retention. */
describe('round 49 service questions (pol49)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  }, 300_000);

  let user = 9_549_400;

  it('why the afternoons are quiet is answered (busy mornings, quiet afternoons), no search', async () => {
    const out = await chatAs(app, ++user)('下午的场次怎么那么空 是下午不好吗');
    expect(searched(out)).toBe(false);
    expect(citedDocs(out)).toContain('service-practical-questions');
    expect(out.reply).toMatch(/上午/);
  });

  it('a grandmother without a smartphone who wants to book: the booking rule, no search', async () => {
    const out = await chatAs(app, ++user)('外婆没有智能手机 她想自己给外孙约周日的托育 有没有办法');
    expect(searched(out)).toBe(false);
    expect(citedDocs(out)).toContain('service-how-to-book');
  });

  it('"which kind" after the two kinds of point, with a weekend told: the kind that takes children, no search', async () => {
    const say = chatAs(app, ++user);
    await say('机构嵌入型和社区共享型有什么不同');
    const out = await say('我想周六让孩子在那待半天 该去哪类');
    expect(searched(out)).toBe(false);
    expect(citedDocs(out)).toContain('service-point-types');
    expect(out.reply).toMatch(/机构嵌入/);
  });

  it("another family's child: their own parent books, no search", async () => {
    const out = await chatAs(app, ++user)('能帮好友家的孩子约这周日吗');
    expect(searched(out)).toBe(false);
    expect(citedDocs(out)).toContain('service-how-to-book');
  });

  it('a person asked for again after a complaint stays with staff, not "resolved", and no second ticket', async () => {
    const say = chatAs(app, ++user);
    await say("the carer at the jimei point shouted at my daughter, I'm really upset about it");
    const out = await say('never mind the bot, I want a real person');
    expect(out.reply).not.toMatch(/glad|sorted|no longer/i);
    expect(await ticketsOf(app, user)).toEqual(['complaint']);
  });

  it("the parent's details passed on after an answer opens a ticket", async () => {
    const say = chatAs(app, ++user);
    await say('our residents committee has a free room, can a point be set up here?');
    await say('could you forward our contact details to the right people?');
    expect(await ticketsOf(app, user)).toEqual(['human_requested']);
  });

  it('deleting everything, asked with how long chats are kept: the days are said', async () => {
    const out = await chatAs(app, ++user)('我想把资料全删掉 聊天记录一般存几天');
    expect(citedDocs(out)).toContain('policy-privacy');
    expect(out.reply).toMatch(/90/);
  });
});
