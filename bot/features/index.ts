import { Composer } from 'grammy';
import type { BotContext } from '../BotContext.ts';
import { callbacksFeature } from './callbacks.ts';
import { consoleFeature } from './console.ts';
import { escalationsFeature } from './escalations.ts';
import { forgetFeature } from './forget.ts';
import { helpFeature } from './help.ts';
import { languageFeature } from './language.ts';
import { operatorCommandsFeature } from './operatorCommands.ts';
import { parentMessagesFeature } from './parentMessages.ts';
import { privacyFeature } from './privacy.ts';
import { staffFeature } from './staff.ts';
import { startFeature } from './start.ts';
import { unknownFeature } from './unknown.ts';

/** All features in order: specific handlers first, parents' catch-alls next, the unknown handler last. */
export function installFeatures(): Composer<BotContext> {
  const c = new Composer<BotContext>();
  c.use(startFeature);
  c.use(helpFeature);
  c.use(languageFeature);
  c.use(privacyFeature);
  c.use(forgetFeature);
  c.use(staffFeature);
  c.use(operatorCommandsFeature);
  c.use(consoleFeature);
  c.use(escalationsFeature);
  c.use(parentMessagesFeature);
  c.use(callbacksFeature);
  c.use(unknownFeature);
  return c;
}
