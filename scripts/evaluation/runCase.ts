import type { App } from '../../src/app/createApp.ts';
import type { TurnInput, TurnOutput } from '../../src/conversation/types.ts';
import { ageInMonths } from '../../src/time/zonedTime.ts';
import { DEFAULT_NOW, type EvalCase, type Turn } from './caseSchema.ts';
import { caseToday, prepareFamily, type EvalApp } from './evalApp.ts';
import { diffFacts, readFamilyFacts, type FamilyFacts } from './familyFacts.ts';
import { judgeEnd, judgeTurn } from './judge.ts';

export interface TurnRecord {
  turn: number;
  input: string;
  reply: string;
  buttons: string[];
  tools: Array<{ name: string; args: unknown; ok: boolean }>;
  citations: string[];
  skipped?: boolean;
  failures: string[];
}

export interface CaseResult {
  id: string;
  file: string;
  category: EvalCase['category'];
  lang: EvalCase['lang'];
  rubric: string;
  pass: boolean;
  /** First failing turn (1-based; 0 = setup or the end checks), its checks and a short excerpt of the reply. */
  failure?: { turn: number; checks: string[]; excerpt: string };
  turns: TurnRecord[];
  ms: number;
}

const EXCERPT = 140;

function describeInput(t: Turn): string {
  if ('text' in t) return t.text;
  if ('tap' in t) return `[tap /${t.tap}/ #${t.nth}${t.optional ? ' if offered' : ''}]`;
  return `[location ${t.location.join(',')}]`;
}

function labels(out: TurnOutput | undefined): Array<{ text: string; data: string }> {
  return (out?.buttons ?? []).flat();
}

function excerpt(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > EXCERPT ? `${one.slice(0, EXCERPT)}…` : one;
}

export async function runCase(env: EvalApp, c: EvalCase, file: string, userId: number): Promise<CaseResult> {
  const started = Date.now();
  const app: App = env.app;
  const now = new Date(c.now ?? DEFAULT_NOW);
  const tz = app.config.timeZone;
  const result: CaseResult = { id: c.id, file, category: c.category, lang: c.lang, rubric: c.rubric, pass: false, turns: [], ms: 0 };
  const fail = (turn: number, checks: string[], reply: string) => {
    result.failure ??= { turn, checks, excerpt: excerpt(reply) };
  };
  try {
    await env.reset(now);
    await prepareFamily(app, userId, c);
  } catch (err) {
    fail(0, [`setup: ${(err as Error).message}`], '');
    result.ms = Date.now() - started;
    return result;
  }
  const read = (): Promise<FamilyFacts> => readFamilyFacts(app.db.pool, userId, tz);
  const start = await read();
  let previous: TurnOutput | undefined;
  const languageHint = c.lang === 'en' ? 'en' : 'zh';
  for (const [i, t] of c.turns.entries()) {
    const n = i + 1;
    const record: TurnRecord = { turn: n, input: describeInput(t), reply: '', buttons: [], tools: [], citations: [], failures: [] };
    result.turns.push(record);
    const input: TurnInput = { userId, now, languageHint };
    if ('text' in t) input.text = t.text;
    else if ('location' in t) input.location = { latitude: t.location[0], longitude: t.location[1] };
    else {
      const re = new RegExp(t.tap, 'iu');
      const matching = labels(previous).filter((b) => re.test(b.text));
      const button = matching[t.nth - 1];
      if (!button) {
        if (t.optional) {
          record.skipped = true;
          continue;
        }
        record.failures.push(
          `tap: no button #${t.nth} matching /${t.tap}/ (buttons: ${
            labels(previous)
              .map((b) => b.text)
              .join(' | ') || 'none'
          })`,
        );
        fail(n, record.failures, previous?.reply ?? '');
        break;
      }
      input.button = button.data;
    }
    const before = await read();
    let out: TurnOutput;
    try {
      out = await app.core.handleTurn(input);
    } catch (err) {
      record.failures.push(`handleTurn threw: ${(err as Error).message}`);
      fail(n, record.failures, '');
      break;
    }
    const after = await read();
    record.reply = out.reply;
    record.buttons = labels(out).map((b) => b.text);
    record.tools = out.tools.map((x) => ({ name: x.name, args: x.args, ok: x.ok }));
    record.citations = (out.citations ?? []).map((c) => c.docId ?? c.title);
    const today = caseToday(now, tz);
    const childAges = new Map(after.children.map((ch) => [ch.id, ageInMonths(ch.birthDate, today)]));
    record.failures = judgeTurn(t.expect, {
      reply: out.reply,
      buttons: record.buttons,
      tools: out.tools,
      citations: out.citations ?? [],
      diff: diffFacts(before, after),
      childAges,
      childNames: after.children.map((ch) => ch.name),
    });
    if (record.failures.length) fail(n, record.failures, out.reply);
    previous = out;
  }
  if (c.end) {
    const endFailures = judgeEnd(c.end, diffFacts(start, await read()));
    if (endFailures.length) fail(0, endFailures, result.turns.at(-1)?.reply ?? '');
  }
  result.pass = !result.failure;
  result.ms = Date.now() - started;
  return result;
}
