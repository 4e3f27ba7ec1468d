import { describe, expect, it } from 'vitest';
import { detectRedFlags } from '../../src/safety/detectRedFlags.ts';
import type { TriageLevel } from '../../src/safety/triageSigns.ts';
import { levelOf } from '../helpers/triageOf.ts';

/**
 * Round 20 (ans20): over-escalation. A young baby's single jerk or startle in sleep, the parent asking whether it is a
 * fit, is the startle reflex or a sleep twitch — the knowledge answer, not 120; drool "that won't stop" at teething is no
 * bleeding; a baby scratching their face with sharp nails is the nail question, not a graze. A real fit — stiffening,
 * rhythmic or ongoing jerking, no response, blue lips, eyes rolling, a series of jerks — stays red, 120 first.
 */
const TABLE: Array<[TriageLevel, string]> = [
  // Startles and sleep twitches asked about: no triage (the knowledge answer).
  ['none', '宝宝3个月 睡着以后手脚偶尔突然抖一下 会把自己弄醒 这是抽风吗'],
  ['none', '寶寶兩個月 剛睡著就一驚一乍 雙手突然張開 是不是抽筋了'],
  ['none', 'my 10 week old jerks her arms in her sleep and jolts awake, could it be seizures?'],
  ['none', 'he twitches a lot while asleep, is it a fit?'],
  // A real fit, in sleep or not, named or asked about: red.
  ['red', '宝宝睡着的时候全身发硬 手脚一抽一抽的 叫不醒 嘴唇发紫'],
  ['red', '宝宝睡觉时手脚一下一下地抽 停不下来 是不是抽筋'],
  ['red', '宝宝4个月 睡着了突然抖一下 是不是抽筋了 现在还在抖'],
  ['red', '宝宝5个月 刚睡醒的时候一串一串地点头弯腰 是不是抽筋'],
  ['red', 'my baby went stiff in his sleep and his arms and legs are jerking, he is not responding'],
  ['red', 'my 2 month old jerks in her sleep and she is still twitching right now, is it a seizure'],
  ['red', 'her eyes rolled back and she is jerking in her sleep, is this a seizure?'],
  ['red', '宝宝在抽筋 眼睛往上翻 叫不醒'],
  // A toddler past the startle's months jerking in sleep is read as usual.
  ['red', '孩子2岁 睡觉的时候突然抽了一下又一下 是不是抽风'],
  // Teething drool is no bleeding; bleeding that will not stop still is.
  ['none', '宝宝7个月长牙 口水流个不停 牙龈红红的 可以涂什么'],
  ['none', '寶寶在長牙 口水一直流個不停 什麼都往嘴裡塞'],
  ['red', '手指割了个口子 血流个不停 按了也止不住'],
  ['red', '伤口一直流个不停'],
  // Scratching her own face with sharp nails: the nail question. A graze from a fall is still a wound.
  ['none', '宝宝1个月 指甲很利 一直抓伤自己的脸 要怎么剪'],
  ['none', 'my newborn keeps scratching her face with her nails, how do I cut them safely?'],
  ['watch', '他摔了一跤 脸上擦伤了 指甲也劈了'],
];

describe('triage round 20', () => {
  it.each(TABLE)('%s ← %s', (level, text) => {
    expect(levelOf(text)).toBe(level);
  });

  it('a real fit is an emergency named as a seizure', () => {
    const r = detectRedFlags('my baby went stiff and his arms and legs are jerking');
    expect(r.emergency).toBe(true);
    expect(r.flags).toContain('seizure');
  });
});
