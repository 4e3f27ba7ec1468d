import { describe, expect, it } from 'vitest';
import { readHealthSigns } from '../../src/safety/healthSigns.ts';
import { triageSigns } from '../../src/safety/triageSigns.ts';
import { triageSource } from '../../src/safety/triageSources.ts';
import { toSimplified } from '../../src/text/chineseScript.ts';

function read(message: string) {
  return readHealthSigns(toSimplified(message));
}
function triage(message: string, recent: string[] = []) {
  return triageSigns(read(message), { recent });
}

describe('round 8b: 120 already called', () => {
  it.each([
    '两岁儿子突然抽筋了 全身抖 已经打了120 救护车在路上 我现在该干嘛',
    '兩歲女兒吃葡萄噎到 咳不出來 已經打120了 救護車還沒到 現在要怎麼做',
    'my 18 month old drank some bleach, my husband already called 120, what do I do until the ambulance gets here?',
    '宝宝吃了花生 嘴唇肿了 喘不上气 已经call了120 ambulance on the way 现在怎么办',
    'they called 120, what do I do until they come',
    '打了 救护车在路上了 等的时候我还要做什么',
  ])('help already coming is read: %s', (m) => {
    expect(read(m).helpCalled).toBe(true);
  });

  it.each(['要不要打120', '还没打120 怎么办', '需要叫救护车吗', 'should I call an ambulance', '孩子抽筋了要打120吗'])(
    'asking whether to call is not help already coming: %s',
    (m) => {
      expect(read(m).helpCalled).toBe(false);
    },
  );

  it('a red finding drawn from several signs (a near-drowning) is remembered for the next message', () => {
    const first = triage('宝宝洗澡滑到水里 捞上来一直咳 呼吸很费力');
    expect(first.level).toBe('red');
    expect(first.remember).toContain('found:drowning');
  });
});

describe('round 8b: swollen lips or face with normal breathing is a doctor today, not 120 (ASCIA)', () => {
  it.each([
    '宝宝第一次吃虾 半个小时后嘴唇有点肿 呼吸正常 精神也挺好 要紧吗',
    '兒子吃了奇異果之後臉有點腫 還起了幾顆紅疹 呼吸正常 還在玩',
    "her lips swelled up about 20 min after she had peanut butter toast, she's breathing fine and playing, should I worry?",
    'his lips are swollen after eating egg, breathing normally',
    '吃了鸡蛋以后脸肿起来了 呼吸没问题',
  ])('amber: %s', (m) => {
    const t = triage(m);
    expect(t.level).toBe('amber');
    expect(t.findings).toContain('allergy_mild');
  });

  it.each([
    'he ate scrambled egg and now his lips and tongue are swelling and his voice sounds hoarse',
    "his lips are swollen after eating egg and he's breathing fast",
    '宝宝吃了花生 嘴唇肿了 喘不上气',
  ])('red with the tongue, the throat or breathing: %s', (m) => {
    expect(triage(m).level).toBe('red');
  });
});

describe('round 8b: an ill child and a care session', () => {
  it.each([
    '女儿昨天下午烧到38.6 今天早上量37.2 精神挺好的 这周六约的半日托还能去吗',
    '兒子今天發燒38度 還蠻有精神的 禮拜六的托育還可以去嗎',
    "he had 38.4 last night but seems ok today - can he still go to saturday's session?",
    '孩子昨晚发烧38度5 今天精神还可以 周六的托还能去吗',
  ])('asks about coming to care: %s', (m) => {
    expect(read(m).asksCare).toBe(true);
  });

  it.each(['宝宝发烧了 能去打疫苗吗', '周六还能约吗', '宝宝发烧38度 精神还不错'])('does not: %s', (m) => {
    expect(read(m).asksCare).toBe(false);
  });

  it('the drop-off rule is cited from the health-check document in both languages', () => {
    expect(triageSource('care_return', 'zh')?.docId).toBe('policy-health-check');
    expect(triageSource('care_return', 'en')?.section).toBe('When can my child come back after being ill?');
  });
});
