/**
 * `npm run points:import -- FILE [--dry-run] [--full] [--lang zh|en] [--as NAME]`
 * Loads service points from a CSV or JSON file (see the README, "For operators").
 * Every row is validated first; nothing is written if any row is bad.
 */
import { loadConfig } from '../src/config/config.ts';
import { cliActor, cliLang, explainForCli, openOperators, OperatorCliError, parseCli, readInputFile } from '../src/operators/cli.ts';
import { describePointsResult } from '../src/operators/describeOperatorError.ts';
import { runScript, UsageError } from './runScript.ts';

const USAGE = `Usage: npm run points:import -- FILE [--dry-run] [--full] [--lang zh|en] [--as NAME]
  FILE       CSV (header row) or JSON; '-' reads standard input
  --dry-run  show what would change, write nothing
  --full     the file is the whole network: active points missing from it are deactivated`;

async function main(): Promise<void> {
  const { values, positionals } = parseCli(process.argv.slice(2), { 'dry-run': { type: 'boolean' }, full: { type: 'boolean' } }, USAGE);
  if (values.help) return void process.stdout.write(`${USAGE}\n`);
  const lang = cliLang(values.lang);
  const file = readInputFile(positionals[0], USAGE);
  const { db, operators } = await openOperators(loadConfig());
  try {
    const r = await operators.importPoints({ ...file, actor: cliActor(values.as), dryRun: Boolean(values['dry-run']), full: Boolean(values.full) });
    process.stdout.write(`${describePointsResult(r, lang)}\n`);
  } catch (err) {
    explainForCli(err, lang);
  } finally {
    await db.close();
  }
}

runScript(() => main().catch((e) => Promise.reject(e instanceof OperatorCliError ? new UsageError(e.message) : e)));
