import { describe, expect, it } from 'vitest';
import { extractTerms } from '../../src/knowledge/extractTerms.ts';
import { parseLanguageRequest } from '../../src/nlu/parseLanguageRequest.ts';
import { understand } from '../../src/nlu/understand.ts';
import { PARENT_DISTRESS } from '../../src/nlu/lexicon/parentDistress.ts';
import { readHealthSigns } from '../../src/safety/healthSigns.ts';

const ctx = { now: new Date('2026-12-07T10:00:00+08:00'), timeZone: 'Asia/Shanghai' };

/** Round 50 (par50z): the understanding changes, each worded apart from the probe file. */
describe('snatching a spoon, a bowl or from a sibling is no booking', () => {
  it.each(['十四个月 老抢碗要自己舀 弄一身饭', '老二总抢哥哥的东西 怎么教', '吃饭抢筷子 不给就哭'])('%s', (text) => {
    expect(understand(text, ctx).intent).not.toBe('book');
  });
  it.each(['帮我抢一个周六上午的位', '这周日思明抢一个'])('grabbing a place is still booking: %s', (text) => {
    expect(understand(text, ctx).intent).toBe('book');
  });
});

describe('the moment of a pickup or drop-off is no time for care', () => {
  it.each(['那傍晚接她的时候我要说什么', '早上送他的时候要不要多陪一会'])('%s', (text) => {
    expect(understand(text, ctx).intent).not.toBe('find_slots');
  });
  it('a part of the day asked for care is still a search', () => {
    expect(understand('周六下午还有位置吗', ctx).intent).toBe('find_slots');
  });
});

describe('a grandparent or a dialect in the family is no request to the bot', () => {
  it.each(['那还要不要叫外婆讲闽南话', '让阿公少讲台语会不会好一点', '方言和普通话一起学会不会乱'])('%s', (text) => {
    expect(parseLanguageRequest(text)).toBeUndefined();
  });
  it.each(['说普通话', '请用中文回复'])('a request to the bot still is one: %s', (text) => {
    expect(parseLanguageRequest(text)).toBe('zh');
  });
});

describe('what the child thinks is fun is no session told of', () => {
  it('他咬了人还以为很好玩', () => {
    expect(understand('他咬了人还以为很好玩', ctx).intent).not.toBe('thanks');
  });
  it('a session that went well is still thanked for', () => {
    expect(understand('女儿回来一直说很好玩 谢谢老师', ctx).intent).toBe('thanks');
  });
});

describe('a child who bites people is a behaviour, not a wound', () => {
  it.each(['十三个月总咬人 外公手上一圈牙印', '最近爱咬妈妈的肩膀 有牙印'])('%s', (text) => {
    expect(readHealthSigns(text).signs.has('bite')).toBe(false);
  });
  it.each(['被别的小朋友咬了一口 有牙印', '他咬我手 咬破了流血'])('a bite on the child, or broken skin, still is one: %s', (text) => {
    expect(readHealthSigns(text).signs.has('bite')).toBe(true);
  });
});

describe('接受不了 is about the child, 受不了 about the parent', () => {
  it('有了弟弟 她会不会接受不了', () => {
    expect(PARENT_DISTRESS.test('有了弟弟 她会不会接受不了')).toBe(false);
    expect(extractTerms('有了弟弟 她会不会接受不了')).not.toContain('~overwhelmed');
  });
  it('我真的受不了了', () => {
    expect(PARENT_DISTRESS.test('我真的受不了了')).toBe(true);
    expect(extractTerms('我真的受不了了')).toContain('~overwhelmed');
  });
});

describe('天天 is filler, not a term', () => {
  it('外婆天天喂他吃饭', () => {
    expect(extractTerms('外婆天天喂他吃饭')).not.toContain('天天');
  });
});

describe('food held and not swallowed is no thing swallowed', () => {
  it('饭含着半天不咽下去', () => {
    expect(extractTerms('饭含着半天不咽下去')).not.toContain('~swallowed');
  });
  it('a thing swallowed still is one', () => {
    expect(extractTerms('他把硬币咽下去了')).toContain('~swallowed');
  });
});
