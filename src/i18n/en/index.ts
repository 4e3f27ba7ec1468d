import type { Catalogue } from '../catalogue.ts';
import { format } from './format.ts';
import * as conversation from './conversation.ts';
import { errors } from './errors.ts';
import { triage } from './triage.ts';
import { answers } from './answers.ts';
import { bot } from './bot.ts';
import { notifications } from './notifications.ts';
import { staff } from './staff.ts';
import { operators } from './operators.ts';
import { staffConsole } from './console.ts';

/** Every word the assistant says in English, by area (the same keys as Chinese). */
export const en: Catalogue = { format, ...conversation, errors, bot, notifications, staff, triage, answers, operators, console: staffConsole };
