import type { Catalogue } from '../catalogue.ts';
import { format } from './format.ts';
import * as conversation from './conversation.ts';
import { errors } from './errors.ts';

/** Every word the assistant says in English, by area (the same keys as Chinese). */
export const en: Catalogue = { format, ...conversation, errors };
