import { describe, expect, it } from 'vitest';
import { extractTerms } from '../../src/knowledge/extractTerms.ts';
import { understand } from '../../src/nlu/understand.ts';
import { tellsOutsideCareStory } from '../../src/nlu/outsideCareStory.ts';
import { readHealthSigns } from '../../src/safety/healthSigns.ts';

const ctx = { now: new Date('2026-11-25T10:00:00+08:00'), timeZone: 'Asia/Shanghai' };

/**
 * Round 27 (par27a): the mechanisms behind the lead's hand-found bugs, each checked with wordings other than the probe
 * file's. Retrieval of the sections themselves is in parentingZh27.int.test.ts.
 */
describe('"离不开" alone names no comfort object', () => {
  it('a phone the child cannot do without is screen time, not a comfort object', () => {
    const terms = extractTerms('孩子看手机一哭就给，现在离不开了，怎么戒');
    expect(terms).toContain('~screen');
    expect(terms).not.toContain('~comfort');
  });
  it('a comfort blanket named is still one', () => {
    expect(extractTerms('宝宝离不开安抚巾 去哪都要带')).toContain('~comfort');
  });
});

describe('a story about care elsewhere is a parenting question, not a complaint about us', () => {
  it.each([
    '儿子在幼儿园好像被欺负了 回家也不说 怎么问他',
    '早教班上被别的小朋友推了 回来一直哭',
    '托嬰中心的老師說她被別的小朋友咬了 一歲半 正常嗎',
    '保姆说孩子在家老打人 怎么办',
    '孩子在奶奶家被表哥打了 回来不肯说话',
  ])('%s', (text) => {
    expect(understand(text, ctx).intent).toBe('knowledge');
  });

  it.each(['孩子在你们服务点被别的小朋友咬了 我很生气', '上周六在湖里那个点 孩子被打了 老师都没说', '宝宝被打了 老师什么都没说'])(
    'what happened at our points stays a complaint: %s',
    (text) => {
      expect(understand(text, ctx).intent).toBe('complaint');
    },
  );

  it('names of our service keep the story ours', () => {
    expect(tellsOutsideCareStory('孩子在幼儿园被欺负了')).toBe(true);
    expect(tellsOutsideCareStory('幼儿园放学后送去你们托育点 被别的孩子打了')).toBe(false);
    expect(tellsOutsideCareStory('老师说孩子被咬了')).toBe(false);
  });
});

describe('starting a nursery class next month is an event, not a search', () => {
  it('"下个月送托班了 怎么让他适应" asks how to settle, not for places', () => {
    expect(understand('下个月就要上托班了 两岁 怎么帮他适应 会不会哭很久', ctx).intent).not.toBe('find_slots');
  });
  it('a day and a district for care is still a search', () => {
    expect(understand('周六想送托班 湖里有吗', ctx).intent).toBe('find_slots');
  });
});

describe('a night terror told by the morning after is no unconscious child', () => {
  it.each([
    '半夜突然大哭尖叫 怎么叫都叫不醒 第二天问她 她完全不记得',
    "she screams in her sleep and we can't wake her, and she doesn't remember anything in the morning",
  ])('%s', (text) => {
    expect([...readHealthSigns(text).signs]).not.toContain('unresponsive');
  });
  it.each(['晚上睡着了叫不醒 软软的 第二天什么都不记得', '半夜尖叫 叫不醒 早上起来不记得 发烧39度', '孩子叫不醒'])(
    'limp, feverish or only unrousable stays red: %s',
    (text) => {
      expect([...readHealthSigns(text).signs]).toContain('unresponsive');
    },
  );
});
