/**
 * npm run bench:nlu — how long the offline understanding of one message takes:
 * everyday messages in each script (p50 / p95 over many runs) and the
 * worst inputs a parent or an attacker can paste (10,000 characters that
 * repeat a request, one letter, or "1."), which would expose a regular
 * expression that backtracks. Target: under 50 ms for an everyday message,
 * under 500 ms for a 10,000-character one. Figures, never a test: timings
 * depend on the machine and its load.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { understand } from '../src/nlu/understand.ts';

const ctx = { now: new Date('2026-11-25T10:00:00+08:00'), timeZone: 'Asia/Shanghai' };
const EVERYDAY = [
  '周六上午思明有位置吗 孩子两岁',
  '禮拜天下午湖里還有臨時托嗎',
  'is there anything free in huli this saturday morning for my 18 month old',
  '宝宝发烧39度 精神还好 要不要去医院',
  'my 9 month old cries every time i leave, is this separation anxiety?',
  '请问半日托 要 bring 什么东西',
  '取消周日那个预约',
];
const WORST: Array<[string, string]> = [
  ['a request repeated to 10,000 characters', '宝宝周六上午有位置吗'.repeat(1000)],
  ['one letter, 10,000 times', 'a'.repeat(10_000)],
  ['"1." 5,000 times', '1.'.repeat(5_000)],
  ['English words, 10,000 characters', 'book sat morning huli pls '.repeat(400)],
];
const ROUNDS = 40;

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};
const time = (text: string) => {
  const t0 = performance.now();
  understand(text, ctx);
  return performance.now() - t0;
};

for (const m of EVERYDAY) time(m); // warm up: lexicons and segmenter load once
const everyday: number[] = [];
for (let i = 0; i < ROUNDS; i++) for (const m of EVERYDAY) everyday.push(time(m));
const worst = WORST.map(([name, text]) => ({ name, chars: text.length, ms: Math.max(time(text), time(text)) }));

const r1 = (n: number) => Math.round(n * 10) / 10;
console.log(`everyday message (${everyday.length} runs): p50 ${r1(pct(everyday, 50))} ms, p95 ${r1(pct(everyday, 95))} ms (target < 50 ms)`);
for (const w of worst) console.log(`${w.name} (${w.chars} chars): ${r1(w.ms)} ms (target < 500 ms)`);
mkdirSync('bench-results', { recursive: true });
writeFileSync(
  'bench-results/bench-nlu.json',
  JSON.stringify({ at: new Date().toISOString(), everyday: { p50: pct(everyday, 50), p95: pct(everyday, 95), runs: everyday.length }, worst }, null, 2),
);
