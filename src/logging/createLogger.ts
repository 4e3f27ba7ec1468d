import pino, { type Logger } from 'pino';
import { DomainError } from '../errors/DomainError.ts';

export type { Logger };

/**
 * Structured logs on stderr (stdout belongs to the JSON-lines CLI).
 * Personal data is masked by path so it never reaches log storage.
 */
export function createLogger(level: string = 'info'): Logger {
  return pino(
    {
      level,
      // A domain error's data names people (ids, names): logs keep only its code.
      serializers: {
        err: (err: unknown) => (err instanceof DomainError ? { type: 'DomainError', code: err.code } : pino.stdSerializers.err(err as Error)),
      },
      redact: {
        paths: [
          'token',
          '*.token',
          'apiKey',
          '*.apiKey',
          'text',
          '*.text',
          'name',
          '*.name',
          'birthDate',
          '*.birthDate',
          'phone',
          '*.phone',
          'first_name',
          '*.first_name',
          'last_name',
          '*.last_name',
        ],
        censor: '[masked]',
      },
    },
    pino.destination(2),
  );
}
