import { detectScript, toSimplified, toTraditional } from '../../src/text/chineseScript.ts';
import { DEMO_POINTS } from '../../src/demo/demoPoints.ts';
import { DISTRICT_INFO, NEIGHBOURHOODS } from '../../src/domain/xiamenPlaces.ts';

/**
 * The language and script of a reply, for the "script" expectation.
 * Names of points, places and children may be quoted in either script, so
 * they are removed before judging (a Traditional reply naming
 * "江头社区爱邻护幼服务点" is still Traditional).
 */
export type ReplyScript = 'Hans' | 'Hant' | 'en';

const PLACE_NAMES: string[] = (() => {
  const names = new Set<string>();
  for (const p of DEMO_POINTS) for (const n of [p.nameZh, p.addressZh, p.neighbourhoodZh, p.operatorZh]) names.add(n);
  for (const d of Object.values(DISTRICT_INFO)) for (const n of [d.zh, ...d.aliases]) names.add(n);
  for (const n of NEIGHBOURHOODS) for (const a of [n.zh, ...n.aliases]) names.add(a);
  names.add('爱邻护幼');
  const out = new Set<string>();
  for (const n of names) if (/\p{Script=Han}/u.test(n)) for (const v of [n, toTraditional(n), toSimplified(n)]) out.add(v);
  // Longest first so a point name goes before the district inside it.
  return [...out].sort((a, b) => b.length - a.length);
})();

export function stripNames(text: string, extraNames: string[] = []): string {
  let t = text;
  const extra = extraNames.flatMap((n) => [n, toTraditional(n), toSimplified(n)]).sort((a, b) => b.length - a.length);
  for (const n of [...extra, ...PLACE_NAMES]) if (n) t = t.split(n).join(' ');
  return t;
}

export interface ScriptVerdict {
  ok: boolean;
  /** What the reply looks like, for the failure message. */
  seen: string;
}

/**
 * en: Latin text dominates (a Han character counts as three letters);
 * Hans/Hant: Chinese dominates and detectScript does not say the other script
 * (no distinguishing characters left after removing names passes).
 */
export function judgeScript(reply: string, want: ReplyScript, names: string[] = []): ScriptVerdict {
  const text = stripNames(reply, names);
  const han = (text.match(/\p{Script=Han}/gu) ?? []).length;
  const latin = (text.match(/[A-Za-z]/g) ?? []).length;
  const chineseShare = han + latin === 0 ? 0 : (han * 3) / (han * 3 + latin);
  const detected = detectScript(text);
  const seen = `${detected ?? (han ? 'Chinese (no distinguishing characters)' : 'no Chinese')}, Chinese share ${(chineseShare * 100).toFixed(0)}%`;
  if (want === 'en') return { ok: latin > 0 && chineseShare <= 0.2, seen };
  if (chineseShare < 0.5) return { ok: false, seen };
  if (want === 'Hant') return { ok: detected !== 'Hans', seen };
  return { ok: detected !== 'Hant', seen };
}
