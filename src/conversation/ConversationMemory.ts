import type { Db } from '../db/database.ts';
import type { Locale } from '../i18n/languages.ts';
import type { DialogueState } from './DialogueState.ts';
import { coarsenLocations } from '../privacy/coarsenLocations.ts';

export interface HistoryTurn {
  role: 'parent' | 'bot' | 'staff';
  text: string;
}

/**
 * Stored conversation turns: a bounded history per parent (for the LLM and
 * staff tickets) and the dialogue state that lets follow-ups like "book the
 * second one" resolve against the last results.
 */
export function createConversationMemory({ pool, historyTurns, retentionDays }: { pool: Db; historyTurns: number; retentionDays: number }) {
  let lastSweep: number | undefined;
  return {
    async load(userId: number): Promise<{ state: DialogueState; history: HistoryTurn[]; locale?: Locale }> {
      const r = await pool.query<{ role: HistoryTurn['role']; text: string; data: any; language: Locale | null }>(
        `SELECT role, text, data, language FROM conversation_turns WHERE user_id = $1 ORDER BY id DESC LIMIT $2`,
        [userId, historyTurns],
      );
      const rows = r.rows;
      const lastBot = rows.find((t) => t.role === 'bot');
      const lastParent = rows.find((t) => t.role === 'parent');
      return {
        state: (lastBot?.data?.state as DialogueState) ?? {},
        history: rows.reverse().map((t) => ({ role: t.role, text: t.text })),
        locale: lastParent?.language ?? undefined,
      };
    },

    async save(
      userId: number,
      now: Date,
      parent: { text: string; lang: Locale },
      bot: { text: string; lang: Locale; state: DialogueState; tools?: unknown },
    ): Promise<void> {
      await pool.query(
        `INSERT INTO conversation_turns (user_id, role, text, language, data, created_at)
         VALUES ($1, 'parent', $2, $3, NULL, $5), ($1, 'bot', $4, $3, $6, $5 + interval '1 millisecond')`,
        [userId, parent.text.slice(0, 4000), bot.lang, bot.text.slice(0, 4000), now, JSON.stringify({ state: coarsenLocations(bot.state) })],
      );
      // Keep the history bounded: by count per parent and by age overall.
      await pool.query(
        `DELETE FROM conversation_turns WHERE user_id = $1 AND id <= (
           SELECT id FROM conversation_turns WHERE user_id = $1 ORDER BY id DESC OFFSET $2 LIMIT 1)`,
        [userId, historyTurns * 2],
      );
      // Age-based retention sweeps the whole table, so it runs at most hourly.
      if (lastSweep === undefined || now.getTime() - lastSweep >= 3_600_000 || now.getTime() < lastSweep) {
        lastSweep = now.getTime();
        await pool.query(`DELETE FROM conversation_turns WHERE created_at < $1`, [new Date(now.getTime() - retentionDays * 86_400_000)]);
      }
    },
  };
}

export type ConversationMemory = ReturnType<typeof createConversationMemory>;
