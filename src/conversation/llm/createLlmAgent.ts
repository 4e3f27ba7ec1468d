import OpenAI from 'openai';
import type { ChatCompletionMessageParam, ChatCompletionMessageToolCall } from 'openai/resources/chat/completions';
import type { SlotResult } from '../../booking/types.ts';
import { openAiToolDefinitions, runTool, toolNamed } from '../tools/toolRegistry.ts';
import { Reply } from '../dialogue/Reply.ts';
import { words } from '../../i18n/catalogue.ts';
import type { Lang } from '../../i18n/languages.ts';
import type { AgentReply, AgentTurn } from '../dialogue/AgentTypes.ts';
import type { LanguageModelBrain } from '../createConversationCore.ts';
import type { Citation, ToolCallRecord, Button, Venue } from '../types.ts';
import type { DialogueState } from '../DialogueState.ts';
import { pointAddress, pointName, slotWhen } from '../format/formatSlot.ts';
import { systemPrompt } from './systemPrompt.ts';

export interface LlmAgentOptions {
  apiKey: string;
  baseURL?: string;
  model: string;
  timeoutMs: number;
  maxRetries: number;
  /** For tests: a fetch that reaches a local fake server. */
  fetch?: typeof fetch;
  maxToolRounds?: number;
  historyTurns?: number;
  /** Called with the prompt tokens the endpoint reported for each completion. */
  onUsage?: (usage: { promptTokens: number; completionTokens: number }) => void;
}

const MAX_TOOL_RESULT_CHARS = 3000;

function compactResult(result: unknown): string {
  const s = JSON.stringify(result ?? null);
  return s.length > MAX_TOOL_RESULT_CHARS ? `${s.slice(0, MAX_TOOL_RESULT_CHARS)}…(truncated)` : s;
}

/** Search results trimmed to what the model needs to talk about them. */
function slimSlots(results: SlotResult[], lang: Lang) {
  const w = words(lang);
  return results.map((s) => ({
    sessionId: s.sessionId,
    point: pointName(s.point, lang),
    address: pointAddress(s.point, lang),
    when: slotWhen(s, w),
    free: s.free,
    bookable: s.bookable,
    bookingOpensAt: s.bookable ? undefined : s.bookingOpensAt,
    distanceKm: s.distanceKm,
  }));
}

/**
 * The LLM brain: chat completions with tool calling over any
 * OpenAI-compatible endpoint. Throws on endpoint failure so the core can fall
 * back to the offline agent.
 */
export function createLlmAgent(options: LlmAgentOptions): LanguageModelBrain & { lastPromptTokens(): number | undefined } {
  const client = new OpenAI({
    apiKey: options.apiKey,
    baseURL: options.baseURL,
    timeout: options.timeoutMs,
    maxRetries: options.maxRetries,
    fetch: options.fetch,
  });
  const tools = openAiToolDefinitions();
  const maxRounds = options.maxToolRounds ?? 5;
  let lastPrompt: number | undefined;

  return {
    lastPromptTokens: () => lastPrompt,

    async respond(turn: AgentTurn, history): Promise<AgentReply> {
      const { ctx, codec } = turn;
      const lang = turn.lang;
      const messages: ChatCompletionMessageParam[] = [
        { role: 'system', content: systemPrompt(lang, ctx.now, ctx.timeZone) },
        ...history
          .slice(-(options.historyTurns ?? 6))
          .map((h): ChatCompletionMessageParam => (h.role === 'parent' ? { role: 'user', content: h.text } : { role: 'assistant', content: h.text })),
        { role: 'user', content: turn.input.text ?? '' },
      ];
      const records: ToolCallRecord[] = [];
      const citations: Citation[] = [];
      const state: DialogueState = { ...turn.state };
      const buttons: Button[][] = [];
      let escalated = false;
      let escalationId: number | undefined;
      let venue: Venue | undefined;

      for (let round = 0; round <= maxRounds; round++) {
        const completion = await client.chat.completions.create({
          model: options.model,
          messages,
          tools,
          tool_choice: round === maxRounds ? 'none' : 'auto',
          temperature: 0.2,
        });
        if (completion.usage) {
          lastPrompt = completion.usage.prompt_tokens;
          options.onUsage?.({ promptTokens: completion.usage.prompt_tokens, completionTokens: completion.usage.completion_tokens });
        }
        const message = completion.choices[0]?.message;
        if (!message) throw new Error('the model returned no message');
        const calls = (message.tool_calls ?? []).filter((c): c is ChatCompletionMessageToolCall & { type: 'function' } => c.type === 'function');
        if (calls.length === 0) {
          const reply = (message.content ?? '').trim();
          if (!reply) throw new Error('the model returned an empty answer');
          return { reply, buttons, tools: records, citations, escalated, escalationId, venue, state };
        }
        messages.push({ role: 'assistant', content: message.content ?? null, tool_calls: calls });
        for (const call of calls) {
          let args: unknown;
          try {
            args = JSON.parse(call.function.arguments || '{}');
          } catch {
            records.push({
              name: call.function.name,
              args: call.function.arguments,
              ok: false,
              error: { code: 'INVALID_JSON', message: 'arguments are not valid JSON' },
            });
            messages.push({
              role: 'tool',
              tool_call_id: call.id,
              content: JSON.stringify({ error: 'INVALID_JSON', message: 'Arguments must be a JSON object matching the schema.' }),
            });
            continue;
          }
          const run = await runTool(call.function.name, args, ctx);
          records.push(run.record);
          let forModel: unknown = run.record.ok ? run.result : { error: run.record.error };
          if (run.record.ok && call.function.name === 'search_slots') {
            forModel = { results: slimSlots((run.result as { results: SlotResult[] }).results, lang) };
          }
          // The tool's own presentation gives the buttons, citations, venue and
          // dialogue state (the same as the offline brain's); the model writes the words.
          const tool = toolNamed(call.function.name);
          if (run.record.ok && tool?.present) {
            const shown = new Reply(ctx, codec, state);
            await tool.present(shown, run.result, run.record.args);
            const built = shown.build();
            if (built.buttons.length) buttons.splice(0, buttons.length, ...built.buttons);
            for (const c of built.citations) if (!citations.some((x) => x.source === c.source)) citations.push(c);
            venue = built.venue ?? venue;
            if (built.escalated) {
              escalated = true;
              escalationId = built.escalationId;
            }
            Object.assign(state, built.state);
          }
          messages.push({ role: 'tool', tool_call_id: call.id, content: compactResult(forModel) });
        }
      }
      throw new Error('tool loop did not finish');
    },
  };
}
