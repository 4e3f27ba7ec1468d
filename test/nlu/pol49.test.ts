import { describe, expect, it } from 'vitest';
import { servedWithTicketOpen } from '../../src/conversation/dialogue/escalate.ts';
import { ARBITRATION } from '../../src/nlu/lexicon/index.ts';
import { prepareText } from '../../src/nlu/prepareText.ts';
import { splitSegments } from '../../src/nlu/splitRequests.ts';
import { understand } from '../../src/nlu/understand.ts';

/** Round 49, pol49: why one part of the day is quiet, a bare question after what was told, a grandparent without a smartphone, another family's child, a person asked for again, details passed on — on Wednesday 25 Nov 2026 in Xiamen. */
const ctx = { now: new Date('2026-11-25T10:00:00+08:00'), timeZone: 'Asia/Shanghai' };

describe('why one part of the day stays quiet is a question, not a search', () => {
  it.each(['下午的场次怎么那么空', '是不是上午的场比较差', '為什麼下午的場次都沒什麼人', 'afternoon那几场 下午的slots怎么这么空'])('%s', (text) => {
    expect(understand(text, ctx).intent).toBe('knowledge');
  });
  it('places asked for in the afternoon stay a search', () => {
    expect(understand('周六下午还有位吗', ctx).intent).toBe('find_slots');
  });
});

describe('a bare question is asked about what was told just before it', () => {
  it.each([
    ['我想周日把宝宝送过去几个小时 该去哪类', 1],
    ['外公不会用智能手机 他想约周日 有没有办法', 1],
    ['我們週末都要上班 孩子想送去半天 有沒有辦法', 1],
  ])('%s', (text, parts) => {
    expect(splitSegments(text)).toHaveLength(parts);
  });
  it('two questions stay two', () => {
    expect(splitSegments('周六上午有位吗 孩子咳嗽能去吗')).toHaveLength(2);
  });
});

describe('a grandparent without a smartphone, in the Taiwan word too, asks about the service', () => {
  it.each(['阿公沒有智慧型手機 想幫孫女約禮拜天的托育', '外婆没有智能型手机 想给外孙约周日'])('%s', (text) => {
    expect(ARBITRATION.policyQuestion.test(prepareText(text))).toBe(true);
  });
});

describe("booking for another family's child is a question about the rule", () => {
  it.each(['我能替好友的孩子约这周六吗', '她家孩子我能帮着约下礼拜六吗'])('%s', (text) => {
    expect(understand(text, ctx).intent).toBe('knowledge');
  });
  it('a 闺蜜 is another family too', () => {
    expect(ARBITRATION.policyQuestion.test(prepareText('帮闺蜜家的宝宝约个周日可以吗'))).toBe(true);
  });
});

describe('a person asked for again with a ticket open stays with staff, not "resolved"', () => {
  it.each(['never mind that, I want a real person', '算了 给我找个actual person', 'nvm, get me some people to talk to'])('%s', (text) => {
    expect(servedWithTicketOpen(text)).toBe(false);
  });
  it('done with it is still done', () => {
    expect(servedWithTicketOpen('算了 我自己打电话问好了 不用了')).toBe(true);
  });
});

describe("the parent's details passed on after an answer is a person asked for", () => {
  it.each(['could you forward our contact details to the right people?', 'please pass my number on to someone'])('%s', (text) => {
    expect(understand(text, ctx).intent).toBe('human');
  });
});

describe('春节 names its own days, which move with the lunar calendar', () => {
  it.each([
    ['春节放假那个周末能送孩子吗', { from: '2027-02-06', to: '2027-02-07' }],
    ['過年那個禮拜天有開嗎', { from: '2027-02-07', to: '2027-02-07' }],
    ['is there care on the lunar new year weekend?', { from: '2027-02-06', to: '2027-02-07' }],
  ])('%s', (text, range) => {
    expect(understand(text, ctx).slots.dateRange).toEqual(range);
  });
  it('过年 told as a story names no day', () => {
    expect(understand('过年回老家 这周六想约', ctx).slots.dateRange).toEqual({ from: '2026-11-28', to: '2026-11-28' });
  });
});
