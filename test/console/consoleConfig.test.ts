import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../src/config/config.ts';
import { consoleWanted } from '../../src/console/startConsole.ts';

const SECRET = 'a-real-button-secret-0123456789';

describe('console settings', () => {
  it('demo: port 8090, links to localhost, cookies signed with the button secret; runs beside the bot', () => {
    const c = parseConfig({ APP_MODE: 'demo' });
    expect(c.console).toEqual({ port: 8090, baseUrl: 'http://localhost:8090', baseUrlSet: false, sessionSecret: c.telegram.buttonSecret });
    expect(consoleWanted({ config: c })).toBe(true);
  });

  it('production: no console beside the bot until CONSOLE_BASE_URL says where staff reach it, and then its own secret is required', () => {
    const bare = parseConfig({ APP_MODE: 'production', BUTTON_SECRET: SECRET });
    expect(bare.console.sessionSecret).toBeUndefined();
    expect(consoleWanted({ config: bare })).toBe(false);
    expect(() => parseConfig({ APP_MODE: 'production', BUTTON_SECRET: SECRET, CONSOLE_BASE_URL: 'https://console.example.org' })).toThrow(ConfigError);
    expect(() => parseConfig({ APP_MODE: 'production', BUTTON_SECRET: SECRET, CONSOLE_BASE_URL: 'https://console.example.org' })).toThrow(
      /CONSOLE_SESSION_SECRET/,
    );
    const c = parseConfig({
      APP_MODE: 'production',
      BUTTON_SECRET: SECRET,
      CONSOLE_BASE_URL: 'https://console.example.org/',
      CONSOLE_SESSION_SECRET: 'another-secret-0123456789',
    });
    expect(c.console).toMatchObject({ baseUrl: 'https://console.example.org', baseUrlSet: true, sessionSecret: 'another-secret-0123456789' });
    expect(consoleWanted({ config: c })).toBe(true);
  });

  it('refuses a short secret and a port out of range, naming the variable', () => {
    expect(() => parseConfig({ CONSOLE_SESSION_SECRET: 'short' })).toThrow(/CONSOLE_SESSION_SECRET/);
    expect(() => parseConfig({ CONSOLE_PORT: '70000' })).toThrow(/CONSOLE_PORT/);
    expect(() => parseConfig({ CONSOLE_BASE_URL: 'not a url' })).toThrow(/CONSOLE_BASE_URL/);
  });
});
