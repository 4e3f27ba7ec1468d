import { describe, expect, it } from 'vitest';
import { readHealthSigns } from '../../src/safety/healthSigns.ts';
import { triageSigns } from '../../src/safety/triageSigns.ts';
import { toSimplified } from '../../src/text/chineseScript.ts';

function triage(message: string) {
  return triageSigns(readHealthSigns(toSimplified(message)), { recent: [] });
}

describe('episodes already over vs happening now', () => {
  it.each([
    '上個禮拜他有一次突然昏過去 幾秒就醒了 之後都很好',
    '前天晚上宝宝突然没反应了几秒 后来就醒了 一直挺好的',
    'she fainted last week for a few seconds and has been fine since',
    'two days ago his lips went blue for a moment, he has been normal since',
  ])('a faint, blue spell or pause in breathing a day or more ago, well since → a doctor (amber), not 120: %s', (m) => {
    const t = triage(m);
    expect(t.level).toBe('amber');
    expect(t.findings).toContain('episode_past');
  });

  it.each(['刚才晕过去了 现在醒了', '昨天开始发烧 今天叫不醒', 'he fainted last week and now he has fainted again', '他现在嘴唇发紫'])(
    'happening now, just now or again stays red: %s',
    (m) => expect(triage(m).level).toBe('red'),
  );

  it.each([
    ['he was blue for a second after coughing on his milk but he is fine now', 'blue_lips'],
    ['小孩嗆到了 咳不出聲音 臉開始發紫', 'choking'],
    ['呛到了 咳不出来 嘴唇已经发紫', 'choking'],
  ])('colour or a choke told in other words is red now: %s', (m, finding) => {
    const t = triage(m);
    expect(t.level).toBe('red');
    expect(t.findings).toContain(finding);
  });

  it.each(['上周孩子发烧的时候抽了一次 一两分钟就停了 当时没去医院', "my son had a seizure last week with a fever, we didn't see anyone"])(
    'a fit last week that no doctor has seen → a doctor today (amber), not 120: %s',
    (m) => {
      const t = triage(m);
      expect(t.level).toBe('amber');
      expect(t.findings).toContain('seizure_unseen');
    },
  );

  it('a fit last week already seen by a doctor stays a watch answer', () => {
    expect(triage('上禮拜寶寶發燒抽筋一次 已經看過醫生了 要注意什麼').level).toBe('watch');
  });

  it.each(['现在不烧了 也挺好的 还要去看吗', '那還需要帶去看醫生嗎', '需要带他去医院吗'])('"do we still need to go?" is checking on it: %s', (m) =>
    expect(readHealthSigns(toSimplified(m)).checking).toBe(true),
  );
});
