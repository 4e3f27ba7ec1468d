import { loadConfig } from '../src/config/config.ts';
import { prepareDatabase } from '../src/app/prepareDatabase.ts';
import { seedDemo } from '../src/demo/seedDemo.ts';
import { runScript } from './runScript.ts';

runScript(async () => {
  const config = loadConfig();
  const nowArg = process.argv.indexOf('--now');
  const now = nowArg > 0 ? new Date(process.argv[nowArg + 1] ?? '') : new Date();
  if (Number.isNaN(now.getTime())) throw new Error('--now needs an ISO time such as 2026-11-25T10:00:00+08:00');
  const db = await prepareDatabase(config);
  const s = await seedDemo(db.pool, { now, timeZone: config.timeZone });
  process.stderr.write(
    `Demo data ready on ${db.describe}: ${s.points} points, ${s.sessionsCreated} new sessions, ` +
      `${s.demoBookingsCreated} new demo bookings, ${s.fullSessionIds.length} full sessions, waitlist on session ${s.waitlistSessionId}.\n`,
  );
  await db.close();
});
