import type { FastifyInstance } from 'fastify';
import { ConfigError } from '../config/config.ts';
import type { OperatorsService } from '../operators/OperatorsService.ts';
import type { ConsoleApp } from './ConsoleDeps.ts';
import { createConsoleServer } from './createConsoleServer.ts';
import type { TelegramOutlet } from './TelegramOutlet.ts';

export interface RunningConsole {
  server: FastifyInstance;
  /** Where staff open it (CONSOLE_BASE_URL, or http://localhost:<port>). */
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Whether the console runs beside the bot in `npm start`: always in the demo;
 * in production once CONSOLE_BASE_URL says where staff reach it (its secret
 * is then required by the config).
 */
export function consoleWanted(app: Pick<ConsoleApp, 'config'>): boolean {
  return app.config.mode === 'demo' || app.config.console.baseUrlSet;
}

/** Builds the console and listens on CONSOLE_PORT; refuses to start without a session secret. */
export async function startConsole(
  app: ConsoleApp,
  opts: { telegram?: TelegramOutlet; operators?: OperatorsService; port?: number } = {},
): Promise<RunningConsole> {
  if (!app.config.console.sessionSecret) {
    throw new ConfigError(
      ['CONSOLE_SESSION_SECRET: the staff console needs a secret of its own in production (at least 16 characters, e.g. `openssl rand -hex 32`)'],
      app.config.mode,
    );
  }
  const server = await createConsoleServer({ app, telegram: opts.telegram, operators: opts.operators });
  await server.listen({ port: opts.port ?? app.config.console.port, host: '0.0.0.0' });
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : app.config.console.port;
  app.logger.info({ component: 'console', port }, 'staff console listening');
  return { server, url: app.config.console.baseUrl, port, close: () => server.close() };
}
