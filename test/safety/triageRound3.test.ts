import { describe, expect, it } from 'vitest';
import { readHealthSigns } from '../../src/safety/healthSigns.ts';
import { triageAdvice } from '../../src/safety/triageAdvice.ts';
import type { TriageLevel } from '../../src/safety/triageSigns.ts';
import { toSimplified } from '../../src/text/chineseScript.ts';
import { levelOf, triageOf } from '../helpers/triageOf.ts';

/**
 * Third round of triage: things of low toxicity in the mouth, plants, centipede
 * bites and jellyfish stings, burns by where they are (NHS), a nap after a bump,
 * a fit that was yesterday, swelling that turns into breathing trouble, a
 * swallowed coin that will not go down, vomiting then diarrhoea across messages.
 * Phrasings differ from the tuning set's messages.
 */

const TABLE: Array<[TriageLevel, string]> = [
  // Low toxicity: watched at home, no alarm; symptoms → a doctor today.
  ['watch', '宝宝舔了好几口肥皂'],
  ['watch', '女儿偷吃了我的唇膏'],
  ['watch', '儿子把蜡笔咬下来一块吃了'],
  ['watch', '小孩把泡泡糖吞下去了'],
  ['watch', 'she chewed on a crayon and swallowed a bit'],
  ['watch', 'my son swallowed his gum'],
  ['amber', '孩子吃了一口香皂 现在吐了两次'],
  ['watch', '宝宝抓了一把沙子塞嘴里'],
  ['watch', 'he chewed up a tissue and swallowed some'],
  ['none', '宝宝吃了土豆泥'],
  // Plants: a doctor today with the plant; a poisonous one is 120.
  ['amber', '宝宝把滴水观音的叶子咬了一口 嘴巴肿了'],
  ['amber', 'he ate some berries from a bush in the park'],
  ['red', '孩子把夹竹桃的花放嘴里嚼了'],
  ['red', 'my toddler ate a wild mushroom from the lawn'],
  ['none', '宝宝可以吃蘑菇吗'],
  ['none', '孩子吃了很多肉 肚子胀吗'],
  // Centipede and jellyfish: their own care; spreading swelling or a fever → a doctor today.
  ['watch', '孩子脚被蜈蚣咬了一口 肿了'],
  ['watch', 'a jellyfish stung her arm at the beach'],
  ['watch', '被水母螫到 腳上紅紅的'],
  ['amber', '被蜈蚣咬了 || 红肿越来越大了'],
  ['red', '被水母蜇了 现在嘴唇肿了 呼吸困难'],
  // Burns by where they are (NHS): hand, face, feet, genitals → emergency department; a small spot on the hand already cooled stays watched.
  ['red', '孩子摸了电熨斗 手掌红了一片'],
  ['red', 'she touched the hot stove with her palm, it is red and she is crying'],
  ['red', '热水洒到宝宝脚背上了 红红的'],
  ['red', '热汤溅到脸上 一点点红'],
  ['watch', '手指碰了一下热锅 一点点红 冲过凉水了'],
  ['red', 'she put her hand on the hot stove'],
  ['red', 'he grabbed the hot pan'],
  ['red', '宝宝摸了电水壶 手指红了'],
  ['watch', '热茶洒到大腿上 红了一小块 冲了冷水'],
  // A nap after a bump is fine when the child is otherwise well; sleepy without asking, or unusually sleepy, is not.
  ['watch', '上午头撞到门 起了个小包 现在困了 可以让她午睡吗'],
  ['watch', 'she bumped her head this morning and seems ok, it is her nap time now, can I let her sleep?'],
  ['red', '头撞到桌子以后 一直想睡'],
  ['red', 'he hit his head and now he is very sleepy'],
  ['none', "she slipped on the stairs but didn't hit her head"],
  // A fit yesterday is watched (what to do if it comes back); a fit now is 120.
  ['watch', '前天发烧抽过一次 医生看过了 今天还有点烧'],
  ['watch', 'he had a febrile seizure last night, the doctor saw him, still a bit feverish'],
  ['red', '昨天抽过一次 现在又抽了'],
  ['red', '孩子发烧 正在抽 嘴唇有点紫'],
  // Hives or swelling, then breathing trouble or a hoarse voice: anaphylaxis.
  ['amber', '吃了芒果 嘴唇肿了 呼吸还正常'],
  ['red', '脸上起风团 || 现在声音哑了 喘得厉害'],
  ['red', 'hives all over after peanuts || now his tongue looks swollen'],
  // A swallowed coin that will not go down.
  ['amber', '孩子吞了一颗玻璃珠'],
  ['red', '孩子吞了一颗玻璃珠 || 现在一直流口水 咽不下东西'],
  // Something swallowed, not named: a doctor today (the reason says 120 if it could be a battery, magnets or medicine).
  ['amber', '孩子误吞了东西 不知道是什么'],
  ['amber', 'I think she swallowed something, not sure what'],
  ['red', '宝宝误吞了药'],
  ['red', '孩子误食了东西 现在一直流口水 咽不下去'],
  ['none', '孩子吃了东西就吐'],
  // Medicines named first, swallowed after; whole packs.
  ['red', '外公的心脏药掉了一片 孙女捡起来吃了一颗'],
  ['red', '孩子把一整盒钙片吃光了'],
  ['red', 'found him with an open bottle of vitamins, not sure how many he ate'],
  ['red', 'she bit into a laundry pod'],
  ['red', 'he swallowed two of the tiny magnets from the fridge set'],
  // Vomiting then diarrhoea over two messages, no sign of drying out: care at home, watched.
  ['watch', '宝宝早上开始吐 || 下午又拉了四次'],
  ['amber', '宝宝早上开始吐 || 下午又拉了四次 || 到现在只尿了一次 嘴巴很干'],
  // Household poisons read more widely; a limb that will not move; a rash that does not fade; after a fit; a blister.
  ['red', '女儿喝了一小口风油精'],
  ['red', '孩子把香烟咬了一口'],
  ['red', '宝宝从床上摔下来 胳膊抬不起来'],
  ['red', '发烧 腿上有几个紫红色的点'],
  ['red', '孩子刚抽完 现在睡过去了'],
  ['red', '宝宝手臂被暖水袋烫了 起了几个泡'],
  // A food then a rash: a possible allergy, a doctor today; pale poo, bad tummy pain: a doctor today; a painful testicle: 120.
  ['amber', '宝宝第一次吃虾 脸上起了一片红疹子'],
  ['amber', 'she broke out in hives after eating egg for the first time'],
  ['amber', '宝宝两周大 大便是灰白色的'],
  ['amber', '孩子肚子疼得一直哭'],
  ['red', '儿子说蛋蛋疼 一边肿起来了'],
  ['red', "my son's testicle is swollen and he's screaming"],
  ['watch', '撞到头了 现在很困 想睡觉正常吗'],
  // English phrasings: household poisons, a watch battery, blue lips 'a bit', stridor at rest, really lethargic after vomiting.
  ['red', 'he had a few sips of mouthwash'],
  ['red', 'she was sucking on a cigarette butt from the balcony'],
  ['red', 'I think she swallowed the little battery from the kitchen scale'],
  ['red', 'her lips are a bit purple and she is struggling'],
  ['red', 'croupy cough and harsh breathing even while resting'],
  ['red', 'he has been vomiting all day and is now extremely lethargic'],
  ['amber', 'a bee stung him inside his mouth'],
  ['watch', 'she had a febrile convulsion last night, the hospital checked her and she is fine now'],
  ['watch', '昨天发烧抽了一下 现在好了'],
  // Traditional and colloquial phrasings.
  ['red', '小孩喝到清潔劑'],
  ['red', '遙控器的電池被他塞進嘴巴 現在找不到'],
  ['red', '寶寶吐出綠綠的水'],
  ['red', '寶寶嘴巴周圍發青'],
  ['red', '孩子把爸爸的阿莫西林吃了三颗'],
  ['watch', '小孩跌倒 膝蓋摔破了'],
  ['amber', '寶寶被蜜蜂叮到眼皮'],
  ['amber', '小孩呼吸有咻咻聲'],
  ['amber', '发烧烧得迷迷糊糊的'],
  ['none', '宝宝晚上迷迷糊糊醒来就哭'],
  // A question about fits is not a fit; a fall with a question about sleep is a bump to watch; a splinter; a fever in a child who is well.
  ['none', '热性惊厥会不会烧坏脑子'],
  ['watch', '宝宝摔了一跤 现在困了 要不要让他睡'],
  ['watch', 'he had a fall at the playground and now he is tired, can I let him nap?'],
  ['watch', '孩子手指扎了一根木刺'],
  ['watch', '两岁孩子 38.7度 精神很好 能吃能玩'],
  ['watch', 'my 2 year old has a temperature of 38.4 but is eating and playing fine'],
  ['red', '两个月宝宝 38.2度 精神很好'],
  ['watch', '宝宝吐了一次 现在好了'],
  ['none', '孩子拉肚子好了 多久能再送去'],
  ['none', '孩子發燒好了 要隔多久才可以再送去托育'],
  ['none', 'her fever is gone, when can she go back to daycare?'],
  // Mixed and colloquial.
  ['red', '女儿 吃了 laundry pod'],
  ['watch', 'baby bumped head 现在 sleepy 可以 nap 吗'],
  ['amber', '好像 allergic 了 眼皮肿'],
  ['red', '宝宝从沙发上栽下来 头先着的地'],
  ['watch', '吃苹果噎了一下 咳出来了 现在正常'],
  // Pressed a long time and still bleeding: NHS sends to A&E (round 48), no longer a doctor later today.
  ['red', '流鼻血 按了好久还在流'],
  ['amber', 'she has a rash after eating egg for the first time, breathing is fine'],
  // Sunken eyes after a day of vomiting: red.
  ['red', 'tummy bug since yesterday || her eyes are sunken and she only had one wet nappy today'],
];

describe('round 3 phrasings → level', () => {
  it.each(TABLE)('%s ← %s', (want, text) => {
    expect(levelOf(text)).toBe(want);
  });
});

describe('round 3 advice', () => {
  const adviceOf = (text: string) => {
    const messages = text.split(' || ');
    const t = triageOf(messages);
    const signs = new Set(messages.flatMap((m) => [...readHealthSigns(toSimplified(m)).signs]));
    return triageAdvice(t, signs, false);
  };

  it('a hand burn gives the burn first aid and why it is the hospital, cited', () => {
    const a = adviceOf('孩子摸了烤箱 整个手掌都红了');
    expect(a.firstAid).toEqual(['burn', 'burn_hospital']);
    expect(a.sections).toContain('burn');
  });
  it('soap or gum: the low-toxicity care, the signs for 120, the section on things in the mouth', () => {
    const a = adviceOf('my toddler licked a bar of soap');
    expect(a.watch).toContain('low_toxic');
    expect(a.urgent).toContain('ingested');
    expect(a.sections).toContain('mouth_plants');
  });
  it('a plant: keep it or a photo, see a doctor today', () => {
    const a = adviceOf('宝宝啃了绿萝叶子');
    expect(a.firstSteps).toContain('plantFirst');
    expect(a.sections).toContain('mouth_plants');
  });
  it('centipede and jellyfish have their own care, not the bee sting or the human bite', () => {
    expect(adviceOf('被蜈蚣咬了').watch).toEqual(['centipede']);
    expect(adviceOf('被水母蜇了').watch).toEqual(['jellyfish']);
    expect(adviceOf('被水母蜇了').sections).toEqual(['jellyfish']);
    expect(adviceOf('被蜈蚣咬了').sections).toEqual(['centipede']);
  });
  it('a fit yesterday: what to do if it comes back, and when that is 120', () => {
    const a = adviceOf('昨天发烧抽了一下 今天还在烧');
    expect(a.watch).toContain('seizure');
    expect(a.urgent).toContain('seizure');
    expect(a.sections).toContain('seizure');
  });
  it('an animal bite is cited to its own section', () => {
    expect(adviceOf('被狗抓了一下 没出血').sections).toContain('animal_bite');
  });
});
