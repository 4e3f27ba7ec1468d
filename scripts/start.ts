import { loadConfig } from '../src/config/config.ts';
import { prepareDatabase } from '../src/app/prepareDatabase.ts';
import { seedDemo } from '../src/demo/seedDemo.ts';
import { runScript } from './runScript.ts';

runScript(async () => {
  const config = loadConfig();
  const db = await prepareDatabase(config, (m) => process.stderr.write(`${m}\n`));
  const points = await db.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM service_points');
  if (points.rows[0]!.n === 0) {
    const s = await seedDemo(db.pool, { now: new Date(), timeZone: config.timeZone });
    process.stderr.write(`Seeded demo data: ${s.points} points, ${s.sessionsCreated} sessions.\n`);
  }
  process.stderr.write(`Ready: ${db.describe}.\n`);
  await db.close();
});
