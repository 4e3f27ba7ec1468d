import { readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { prepareDatabase } from '../app/prepareDatabase.ts';
import type { Config } from '../config/config.ts';
import type { Database } from '../db/database.ts';
import { describeError } from '../errors/describeError.ts';
import { isDomainError } from '../errors/DomainError.ts';
import { systemClock } from '../time/clock.ts';
import type { Actor } from './auditLog.ts';
import { describeOperatorError, type OperatorLang } from './describeOperatorError.ts';
import { isOperatorError } from './OperatorError.ts';
import { createOperatorsService, type OperatorsService } from './OperatorsService.ts';

/** A command-line mistake or a refused operation: one clear message, exit code 2, nothing written. */
export class OperatorCliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export function parseCli<T extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: T, usage: string) {
  try {
    return parseArgs({
      args: argv,
      options: { ...options, lang: { type: 'string' }, as: { type: 'string' }, help: { type: 'boolean' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (err) {
    throw new OperatorCliError(`${(err as Error).message}\n\n${usage}`);
  }
}

export function cliLang(value: unknown): OperatorLang {
  if (value === undefined) return 'zh';
  if (value === 'zh' || value === 'en') return value;
  throw new OperatorCliError(`--lang must be zh or en (got ${String(value)})`);
}

/** Who the audit log names for a command-line change: the OS user, or --as NAME. */
export function cliActor(as: unknown): Actor {
  const name = typeof as === 'string' && as.trim() ? as.trim().slice(0, 60) : userInfo().username;
  return { kind: 'cli', label: `cli:${name}` };
}

/** The file's text ('-' reads standard input), with a clear message when it cannot be read. */
export function readInputFile(path: string | undefined, usage: string): { text: string; fileName: string } {
  if (!path) throw new OperatorCliError(`A file is needed.\n\n${usage}`);
  try {
    return { text: readFileSync(path === '-' ? 0 : path, 'utf8'), fileName: path === '-' ? '(stdin)' : path };
  } catch (err) {
    throw new OperatorCliError(`Cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
}

/** Opens the configured database and the operators' service; always close `db`. */
export async function openOperators(config: Config): Promise<{ db: Database; operators: OperatorsService }> {
  const db = await prepareDatabase(config);
  const operators = createOperatorsService({
    pool: db.pool,
    clock: systemClock,
    timeZone: config.timeZone,
    rules: config.booking,
    horizonWeeks: config.sessionHorizonWeeks,
  });
  return { db, operators };
}

/** Refusals become the operator's message (every bad row listed); anything else stays an unexpected error. */
export function explainForCli(err: unknown, lang: OperatorLang): never {
  if (isOperatorError(err)) throw new OperatorCliError(describeOperatorError(err, lang));
  if (isDomainError(err)) throw new OperatorCliError(describeError(err, lang).message);
  throw err;
}
