import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/createApp.ts';
import { answersOtherKind, askedKinds, askedMeasures, asksWhenToSeeDoctor, offeredMeasures } from '../../src/conversation/dialogue/answers/answerKind.ts';
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

describe('the measure asked', () => {
  it('reads how long, how much and from what age, and when to see a doctor', () => {
    expect([...askedMeasures('睡眠倒退那要多久才能过去')]).toEqual(['duration']);
    expect([...askedMeasures('一岁半一天喝多少奶合适')]).toEqual(['amount']);
    expect([...askedMeasures('寶寶幾個月可以吃副食品')]).toEqual(['age']);
    expect([...askedMeasures('how long does a sleep regression last?')]).toEqual(['duration']);
    expect(asksWhenToSeeDoctor('When should I actually worry and get her checked?')).toBe(true);
    expect(asksWhenToSeeDoctor('15个月还不会走 要不要去看看')).toBe(true);
    expect(asksWhenToSeeDoctor("can't sit up at 9 months. when should I start worrying?")).toBe(true);
    expect(asksWhenToSeeDoctor('宝宝一直哭 怎么哄')).toBe(false);
    // (When to see a doctor is the doctor's section, not an age.)
    expect(askedMeasures('什么情况要去看医生').size).toBe(0);
    expect(offeredMeasures('宝宝睡眠有问题，什么时候该看医生？').size).toBe(0);
    expect([...offeredMeasures('睡眠倒退是什么？会持续多久？')]).toEqual(['duration']);
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

  it('when to worry about crying is answered with when crying needs a doctor, not why babies cry', async () => {
    const out = await ask('My 5 week old cries a lot in the evenings. At what point should we worry and get him checked?');
    expect(out.citations.map((c) => c.docId)).toContain('parenting-crying-calming');
    expect(out.reply.split('\n')[0]).toMatch(/doctor/i);
  });

  it('still answers a worried parent with when to see a doctor', async () => {
    const out = await ask('宝宝快两岁了 还不会说话 是不是要去医院看看');
    expect(out.citations.map((c) => c.docId)).toContain('parenting-language-milestones');
    expect(out.reply).toMatch(/医生|评估|听力/);
  });
});

describe('a follow-up asking only when to see a doctor', () => {
  it('is about the topic just answered, not a fever', async () => {
    const say = chatAs(app, ++userSeq);
    const first = await say('宝宝屁屁红红的 是尿布疹吗 怎么护理');
    expect(first.citations.map((c) => c.docId)).toContain('parenting-common-concerns');
    const out = await say('那什么情况要去看医生');
    expect(out.citations.map((c) => c.docId)).toEqual(['parenting-common-concerns']);
    expect(out.reply).toMatch(/医生/);
  });

  it('a follow-up naming a topic of its own is looked up by it', async () => {
    const say = chatAs(app, ++userSeq);
    await say('宝宝屁屁红红的 是尿布疹吗 怎么护理');
    const out = await say('那发烧到38度5 什么情况要去医院');
    expect(out.citations.map((c) => c.docId)).not.toEqual(['parenting-common-concerns']);
  });
});
