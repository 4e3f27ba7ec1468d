import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/nlu/detectLanguage.ts';
import { understand } from '../../src/nlu/understand.ts';

const ctx = { now: new Date('2026-11-25T10:00:00+08:00'), timeZone: 'Asia/Shanghai' }; // a Wednesday

// Issue 14 item 5: a message that asks about a rule, a consequence, a cost or a possibility is a question even when it
// names a booking, a day, the waitlist or a cancellation; an existing booking told as context asks for nothing.
describe('questions that contain booking words stay questions', () => {
  it.each([
    // cost / rule of the waitlist
    ['候补要钱吗'],
    ['排队要收费吗'],
    ['候補要錢嗎'],
    ['is the waitlist free or do I pay?'],
    // consequences of cancelling, English word inside Chinese
    ['如果我 cancel 太晚 会怎样'],
    ['要是我临时cancel会被扣分吗'],
    ["What's the latest I can cancel my Sunday 9am without it counting against me?"],
    ['what happens if I cancel the morning of?'],
    ["if I accept the waitlist offer but can't make it?"],
    ['what if we get a waitlist spot and then cant go'],
    ["If a waitlist spot opens at 6am while I'm asleep, how long do I have to grab it?"],
    // what a class is, who may drop off, whether a parent stays
    ["What's the sensory integration class actually? is it therapy?"],
    ['my mother in law will drop him off on Saturday, is that ok?'],
    ['预约了 Saturday 10点的绘本课 要 parent 陪吗'],
    ['那一共有哪几种 class'],
    ['你们总共有几种课'],
    // a booking already made, told as the setting of a question
    ['12月5号约好了 那天上午要打疫苗 打完下午还能去吗'],
    ['这周六约了半日托 孩子中午一定要睡两个小时 在托育点能睡吗 要跟老师交代什么'],
    ['we have a half-day booked this Saturday, her first time ever. how do I say goodbye without her melting down?'],
    ["I've booked Sunday afternoon for Mia, should I pack a change of clothes?"],
    ['周日订好了临时托 他还不会自己吃饭 老师会喂吗'],
    // eligibility and parenting questions with an age or a service word in them
    ['宝宝下个月就满三岁了 现在约下下周的还算吗'],
    ['服务点能帮忙申请育儿补贴吗'],
    ['有 summer camp 吗 三岁以上的那种'],
    ['孩子的 info 你们存多久 delete account 之后还在吗'],
    ['宝宝1岁 picture book 每天要读多久比较好'],
    ['怎么给宝宝读绘本'],
    ['宝宝8个月 炒菜的时候给他那份也放了一点点酱油提个味 应该没关系吧'],
    ['my 2 year old has brown spots on his top front teeth. he still has a bottle of milk in bed every night'],
    ['waitlist 怎么加'],
  ])('%s', (text) => {
    const u = understand(text, ctx);
    expect(u.intent).toBe('knowledge');
    expect(u.requests?.map((r) => r.intent).filter((i) => i !== 'knowledge') ?? []).toEqual([]);
  });
});

describe('an imperative or a choice is still an action', () => {
  it.each([
    ['帮我取消周六的', 'cancel'],
    ['cancel it', 'cancel'],
    ['please cancel my Saturday booking', 'cancel'],
    ['周六的不去了 帮我取消', 'cancel'],
    ['join the waitlist', 'join_waitlist'],
    ['帮我候补', 'join_waitlist'],
    ['满了的话帮我排个队', 'join_waitlist'],
    ['put me on the waitlist for Saturday please', 'join_waitlist'],
  ])('%s → %s', (text, intent) => {
    expect(understand(text, ctx).intent).toBe(intent);
  });

  it.each([['约周六'], ['周六上午湖里可以吗'], ['周六上午湖里有位吗'], ['帮我约周六上午思明的半日托'], ['any spots on Saturday morning?']])(
    '%s is a search or booking',
    (text) => {
      expect(['find_slots', 'book']).toContain(understand(text, ctx).intent);
    },
  );
});

describe('the reply language follows the dominant script', () => {
  it.each([['waitlist 怎么加'], ['孩子的 info 你们存多久 delete account 之后还在吗'], ['trial class 要收费吗'], ['half day 几点结束']])(
    '%s is Chinese',
    (text) => {
      expect(detectLanguage(text)).toBe('zh');
    },
  );
  it.each([['how do I join the 候补 list?'], ['is the Saturday class at 江头 free?']])('%s is English', (text) => {
    expect(detectLanguage(text)).toBe('en');
  });
});
