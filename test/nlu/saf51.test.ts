import { describe, expect, it } from 'vitest';
import { readHealthSigns } from '../../src/safety/healthSigns.ts';
import { toSimplified } from '../../src/text/chineseScript.ts';
import { triageOf } from '../helpers/triageOf.ts';

/**
 * Round 51, saf51 (test/fixtures/eval-tuning/saf51.jsonl): a rash that stays under a pressed glass told as 不会变白 or
 * 不退, a scald told with the pot first ("打翻了一碗热汤"), the child's own teeth in the lip, and an ambulance "还没来".
 * Worded apart from the probe file.
 */
const readingOf = (text: string) => readHealthSigns(toSimplified(text));
const signsOf = (text: string) => readingOf(text).signs;

describe('a rash that does not fade under a glass', () => {
  it.each([
    '女儿发热 肚子上冒出几个紫色的小点 拿杯子按下去也不会褪',
    '兒子燒到39度 手臂上的紅點用杯子壓了還是不會變白',
    'his spots 不褪色 when I pressed the glass on them, and he is hot',
  ])('%s — red', (text) => {
    expect(triageOf([text]).level).toBe('red');
  });
  it('a rash that fades under the glass is not red', () => {
    expect(triageOf(['发烧两天 身上有小红点 用杯子压会褪色 精神挺好']).level).not.toBe('red');
  });
});

describe('a scald told with the pot or bowl first', () => {
  it.each(['宝宝碰翻了一杯开水 洒到手背上 红了一块', '小孩打翻了半碗熱湯 潑在胳膊上 起了水泡'])('%s — a scald', (text) => {
    expect(signsOf(text)).toContain('scald');
  });
  it('a bowl knocked over with nothing on the child is no scald', () => {
    expect(signsOf('孩子打翻了一碗汤 弄得满地都是 怎么教他好好吃饭')).not.toContain('scald');
  });
});

describe("the child's own teeth in the lip or tongue", () => {
  it.each(['摔了一跤 下嘴唇被自己的牙齿磕破了 流了点血', '吃饭的时候咬到舌头了 出了点血', '嘴唇裡面被自己牙齒咬破 一直滲血'])(
    '%s — no bite by someone',
    (text) => {
      const s = signsOf(text);
      expect(s).not.toContain('bite');
      expect(s).not.toContain('bite_broken');
    },
  );
  it('a bite by another child is still a bite', () => {
    expect(signsOf('在托育点被小朋友咬了一口 手臂破皮了')).toContain('bite');
  });
});

describe('an ambulance that has not come yet', () => {
  it.each(['救护车还没来 现在要做什么', '救護車還沒有來 可以先餵水嗎', '120在路上了 她还在抖'])('%s — help is already called', (text) => {
    expect(readingOf(text).helpCalled).toBe(true);
  });
  it('asking whether to call is not help called', () => {
    expect(readingOf('要不要打120 他还在抽').helpCalled).toBe(false);
  });
});
