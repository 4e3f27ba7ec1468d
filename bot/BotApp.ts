import type { App } from '../src/app/createApp.ts';

/** The services the bot is built from: createApp's App (tests may swap the core). */
export type BotApp = Pick<App, 'config' | 'db' | 'clock' | 'logger' | 'booking' | 'escalation' | 'codec' | 'core'>;
