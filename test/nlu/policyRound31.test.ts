import { describe, expect, it } from 'vitest';
import { parseDates } from '../../src/nlu/parseDates.ts';
import { parseLanguageRequest } from '../../src/nlu/parseLanguageRequest.ts';
import { prepareText } from '../../src/nlu/prepareText.ts';
import { understand } from '../../src/nlu/understand.ts';

const ctx = { now: new Date('2026-11-25T10:00:00+08:00'), timeZone: 'Asia/Shanghai' }; // a Wednesday

const intentOf = (text: string) => understand(text, ctx).intent;
const searches = (text: string) => {
  const u = understand(text, ctx);
  return u.intent === 'find_slots' || u.intent === 'book' || (u.requests ?? []).some((r) => r.intent === 'find_slots' || r.intent === 'book');
};

// Round 31 (pol31): service questions asked with booking words, a slot or a waitlist stay questions.
describe('someone at the point to translate is asked about, not the bot’s language', () => {
  it.each(['Does anyone at the points speak English? My wife might need an interpreter.', '我老婆只会说English 服务点有人能translate吗'])('%s', (text) => {
    expect(parseLanguageRequest(prepareText(text))).toBeUndefined();
    expect(intentOf(text)).toBe('knowledge');
  });

  it('a language asked of the bot is still a switch', () => {
    expect(intentOf('English please')).toBe('switch_language');
    expect(intentOf('用英文回答我')).toBe('switch_language');
    expect(intentOf('translate this into Chinese')).not.toBe('knowledge');
  });
});

describe('waiting at the point, asked with a slot', () => {
  it('周六morning的slot 我老公可以在门口等吗 还是要离开', () => {
    expect(searches('周六morning的slot 我老公可以在门口等吗 还是要离开')).toBe(false);
  });
  it('places asked for stay a search', () => {
    expect(searches('周六上午湖里有位吗')).toBe(true);
  });
});

describe('how the waitlist works, asked', () => {
  it.each(['waitlist排到了 但是我那天有事 can I pass', '我可以同時排兩個點的候補嗎'])('%s', (text) => {
    expect(intentOf(text)).toBe('knowledge');
  });
  it('a waitlist place asked for is still one', () => {
    expect(intentOf('周六上午满了 帮我候补')).toBe('join_waitlist');
  });
});

describe('an age asked before booking', () => {
  it('我想book一下 但是先问 三岁多了还能约吗', () => {
    expect(searches('我想book一下 但是先问 三岁多了还能约吗')).toBe(false);
  });
  it('a day asked for before booking stays a search', () => {
    expect(searches('我想book一下 但是先问 周六上午还能约吗')).toBe(true);
  });
});

describe('a week said in Chinese before an English day', () => {
  const rangeOf = (text: string) => parseDates(prepareText(text), ctx.now, ctx.timeZone).dateRange;
  it.each([
    ['上周Saturday', '2026-11-21'],
    ['下周saturday上午', '2026-12-05'],
    ['这周sunday', '2026-11-29'],
    ['下下周saturday', '2026-12-12'],
  ])('%s is %s', (text, day) => {
    expect(rangeOf(text)).toEqual({ from: day, to: day });
  });
  it('a past Saturday’s meal is not a search', () => {
    expect(searches('上周Saturday我儿子在那边吃了多少 can you check')).toBe(false);
  });
});

describe('an injury already treated, asked with the day of care', () => {
  it.each(['My daughter has a broken arm in a cast. Can she still come on Saturday?', '孩子骨折打了石膏 周六还能去吗'])('%s', (text) => {
    expect(searches(text)).toBe(false);
  });
});

describe('a bare "what do I do" after a change asks about that change', () => {
  it('约了这周六的 突然家里有事去不了 我要做什么', () => {
    const u = understand('约了这周六的 突然家里有事去不了 我要做什么', ctx);
    const question = (u.requests ?? []).find((r) => r.intent === 'knowledge');
    expect(question?.text).toContain('去不了');
  });
  it('我约的是湖里的点 想换到思明的点 要怎么换', () => {
    // (Round 32: the own booking told before the move question is now its setting, so the whole message is one question —
    // asked with the words of the move either way.)
    const u = understand('我约的是湖里的点 想换到思明的点 要怎么换', ctx);
    const question = (u.requests ?? []).find((r) => r.intent === 'knowledge');
    if (question) expect(question.text).toContain('思明');
    else expect(u.intent).toBe('knowledge');
  });
  it('a question with its own topic keeps its own words', () => {
    const u = understand('周六的取消 另外孩子咳嗽能去吗', ctx);
    const question = (u.requests ?? []).find((r) => r.intent === 'knowledge');
    expect(question?.text).toBe('孩子咳嗽能去吗');
  });
});
