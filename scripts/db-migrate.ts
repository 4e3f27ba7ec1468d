import { loadConfig } from '../src/config/config.ts';
import { prepareDatabase } from '../src/app/prepareDatabase.ts';
import { runScript } from './runScript.ts';

runScript(async () => {
  const config = loadConfig();
  const db = await prepareDatabase(config, (m) => process.stderr.write(`${m}\n`));
  process.stderr.write(`Database ready: ${db.describe}, all migrations applied.\n`);
  await db.close();
});
