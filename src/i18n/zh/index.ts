import { format } from './format.ts';
import * as conversation from './conversation.ts';
import { errors } from './errors.ts';

/** Every word the assistant says in Chinese, by area. */
export const zh = { format, ...conversation, errors };
