import { beforeAll, describe, expect, it } from 'vitest';
import { chatAs, createTestApp } from '../helpers/testApp.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

// Round 52 (lead): "what's the address again?" after a booking is the booked point's address, not the whole network.
describe('the address asked after a booking (round 52)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  }, 120_000);

  it('gives the point of the booking just made', async () => {
    const say = chatAs(app, 9_552_001);
    await say('my son Leo was born 2024-05-10');
    await say('book Leo into Jiangtou this Sunday morning');
    expect((await say('book 1')).reply).toMatch(/Booked/);
    const out = await say("what's the address again?");
    expect(out.reply).toMatch(/Jiangtou Neighbourhood Centre/);
    expect(out.reply).not.toMatch(/spread across Xiamen/);
  });

  it('with no booking, where the points are', async () => {
    const say = chatAs(app, 9_552_002);
    const out = await say("what's the address?");
    expect(out.reply).not.toMatch(/Your booking/);
  });
});
