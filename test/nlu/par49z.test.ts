import { describe, expect, it } from 'vitest';
import { readHealthSigns } from '../../src/safety/healthSigns.ts';
import { understand } from '../../src/nlu/understand.ts';

const ctx = { now: new Date('2026-12-07T10:00:00+08:00'), timeZone: 'Asia/Shanghai' };

/** Round 49 (par49z): the understanding changes, each worded apart from the probe file. */
describe('a touch forbidden is no knock on the head', () => {
  it.each(['头顶那里不能碰 洗个头都提心吊胆', '老人说囟门碰不了 头也不敢梳'])('%s', (text) => {
    expect(readHealthSigns(text).signs.has('head_knock')).toBe(false);
  });
  it.each(['他刚才碰到头了 起了个包', '早上摔下床碰了一下头 哭了好久'])('a knock told is still one: %s', (text) => {
    expect(readHealthSigns(text).signs.has('head_knock')).toBe(true);
  });
});

describe('a parent worn out by feeding or teaching is no complaint', () => {
  it.each([
    '三岁了一口肉都不吃 喂到我都快生气了',
    '教到我要生气了 他还是记不住颜色 正常吗',
    '两岁 每顿饭追到我都要生气了 怎么办',
    '讲得我都要生气了 他就是不肯刷牙',
  ])('%s', (text) => {
    expect(understand(text, ctx).intent).not.toBe('complaint');
  });
  it.each(['你们老师对孩子很凶 我很生气', '预约了又被取消 真的生气'])('anger at the service is still a complaint: %s', (text) => {
    expect(understand(text, ctx).intent).toBe('complaint');
  });
});

describe('抢着 (eager to) and 抢玩具 (snatching) are no booking', () => {
  it.each(['儿子天天抢着自己穿袜子', '老二老是抢玩具 怎么教'])('%s', (text) => {
    expect(understand(text, ctx).intent).not.toBe('book');
  });
  it.each(['帮我抢一个周六上午的位', '这周日思明抢一个'])('grabbing a place is still booking: %s', (text) => {
    expect(understand(text, ctx).intent).toBe('book');
  });
});
