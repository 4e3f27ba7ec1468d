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

/** Every word the assistant says in Chinese, by area. */
export const zh = { format, ...conversation, errors, bot, notifications, staff, triage, answers, operators, console: staffConsole };
