import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/createApp.ts';
import { answersOtherKind, askedKinds } from '../../src/conversation/dialogue/answers/answerKind.ts';
import { chatAs, createTestApp } from '../helpers/testApp.ts';

/**
 * Most parenting documents end with "when to see a doctor" for their topic; that section names every sign of the
 * topic, so it shares the most words with any question about it. A parent asking what to do is answered with what
 * to do; one who asks about a doctor, is worried, or tells of pain or a lost skill still gets the doctor's section.
 */
describe('the kind of answer asked', () => {
  it('reads a question about a doctor, a worry or a complaint of the body', () => {
    for (const q of ['什么时候要带去医院', '兩歲還不會講話 急死了', '最近还会说肚子痛', 'should we see a GP?', "I'm worried she's lost words"]) {
      expect(askedKinds(q).has('doctor'), q).toBe(true);
    }
    for (const q of ['长牙好痛苦 有什么办法', 'how do I get him to stop biting', '寶寶一直哭 怎麼哄']) {
      expect(askedKinds(q).has('doctor'), q).toBe(false);
    }
  });

  it('a section only about when to see a doctor answers another kind of question than what to do', () => {
    const asked = askedKinds('宝宝长牙难受 有什么办法');
    expect(answersOtherKind(asked, '孩子的牙齿出现哪些情况要看医生？')).toBe(true);
    expect(answersOtherKind(asked, '宝宝长湿疹怎么护理？什么时候看医生？')).toBe(false);
    expect(answersOtherKind(asked, '两岁还不会说话正常吗？什么时候要看医生？')).toBe(false);
    expect(answersOtherKind(askedKinds('when should I worry about his teeth?'), 'When should I take my child to a doctor or dentist about their teeth?')).toBe(
      false,
    );
  });
});

let app: App & { clock: { set(d: Date): void } };
let userSeq = 9700;

beforeAll(async () => {
  app = await createTestApp();
}, 120_000);

/** Each question from a new parent, a minute after TEST_NOW. */
const ask = (text: string) => chatAs(app, ++userSeq)(text);

describe('what to do is answered with what to do', () => {
  it('a teething baby: how to soothe, not when to see a dentist', async () => {
    const out = await ask('baby gums swollen and drooling, how can I help her');
    expect(out.citations.map((c) => c.docId)).toContain('parenting-teething-oral-care');
    expect(out.reply).toMatch(/soothe|teether|cold|chilled|massage/i);
    expect(out.reply.split('\n')[0]).not.toMatch(/doctor|dentist/i);
  });

  it('still answers a worried parent with when to see a doctor', async () => {
    const out = await ask('宝宝快两岁了 还不会说话 是不是要去医院看看');
    expect(out.citations.map((c) => c.docId)).toContain('parenting-language-milestones');
    expect(out.reply).toMatch(/医生|评估|听力/);
  });
});
