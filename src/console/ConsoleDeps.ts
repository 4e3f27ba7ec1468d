import type { App } from '../app/createApp.ts';
import type { StaffMember } from '../booking/types.ts';
import type { OperatorsService } from '../operators/OperatorsService.ts';
import type { ConsoleSignIn } from './ConsoleSignIn.ts';
import type { ConsoleTickets } from './consoleTickets.ts';
import type { ConsoleLang } from './consoleWords.ts';

/** The app services the console is built from (createApp's App; tests pass the same). */
export type ConsoleApp = Pick<App, 'config' | 'db' | 'clock' | 'logger' | 'booking' | 'escalation' | 'operators'>;

/** What every route receives: the services, nothing global. */
export interface ConsoleServices {
  app: ConsoleApp;
  signIn: ConsoleSignIn;
  operators: OperatorsService;
  tickets: ConsoleTickets;
  /** Cookies get the Secure flag when the console is served over HTTPS. */
  secureCookies: boolean;
}

/** Outcome of the last action, shown once on the next page. Figures and codes only, never personal data. */
export interface Flash {
  kind: 'ok' | 'error';
  text: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in staff member (checked against the staff table on this request). */
    staff: StaffMember | null;
    /** The browser session's token (from the signed cookie), for flashes and signing out. */
    sessionToken: string | null;
    lang: ConsoleLang;
  }
}
