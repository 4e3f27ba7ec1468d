import { ConfigError } from '../src/config/config.ts';
import { DatabaseSetupError } from '../src/db/DatabaseSetupError.ts';

/** The command was called wrongly (a bad flag or value); the message says how to call it. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/**
 * Runs a command-line entry point: operator-facing errors become one clear
 * line on stderr and a non-zero exit, never a stack trace.
 */
export function runScript(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (err: unknown) => {
      if (err instanceof ConfigError || err instanceof DatabaseSetupError || err instanceof UsageError) {
        process.stderr.write(`\n${err.message}\n`);
        process.exit(2);
      }
      process.stderr.write(`\nUnexpected error: ${(err as Error)?.stack ?? String(err)}\n`);
      process.exit(1);
    },
  );
}
