import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/createApp.ts';
import type { TurnOutput } from '../../src/conversation/types.ts';
import { citedDocs, createTestApp, sayNow } from '../helpers/testApp.ts';

/**
 * Round 10, from the lead's probes (probes10): dairy before 1 is answered (yoghurt and cheese from 6 months, plain
 * and unsweetened), also when "yogurt" is written in English inside Chinese; a question about who may use the
 * service that shares words with free vaccines is answered from the service's rule.
 */
let app: App & { clock: { set(d: Date): void } };
let userSeq = 93100;

const ask = (text: string): Promise<TurnOutput> => sayNow(app, ++userSeq, text);
const docs = citedDocs;

beforeAll(async () => {
  app = await createTestApp();
}, 600_000);

describe('yoghurt and cheese before 1', () => {
  it('"9个月 可以吃yogurt吗 要选无糖的吗": yes, plain unsweetened, cited', async () => {
    const out = await ask('宝宝9个月 可以吃yogurt吗 要选无糖的吗');
    expect(docs(out)).toContain('parenting-starting-solids');
    expect(out.reply).toMatch(/酸奶/);
    expect(out.reply).toMatch(/原味|不加糖/);
  });
  it('"can my 8 month old have cheese?": pasteurised cheese from 6 months', async () => {
    const out = await ask('can my 8 month old have cheese?');
    expect(docs(out)).toContain('parenting-starting-solids');
    expect(out.reply).toMatch(/pasteuri[sz]ed/i);
  });
});

describe('who may use the service, in words free vaccines also use', () => {
  it('"我们不是厦门户口 租房住在湖里 也能免费用吗" is the eligibility rule, not vaccines', async () => {
    const out = await ask('我们不是厦门户口 租房住在湖里 也能免费用吗');
    expect(docs(out)[0]).toMatch(/^service-/);
    expect(docs(out)).not.toContain('parenting-vaccination');
  });
});
