import OpenAI from 'openai';
import type { ChatCompletionMessageParam, ChatCompletionMessageToolCall } from 'openai/resources/chat/completions';
import type { SlotResult } from '../../booking/types.ts';
import { openAiToolDefinitions, runTool } from '../tools/toolRegistry.ts';
import type { AgentReply, AgentTurn } from '../dialogue/AgentTypes.ts';
import type { LanguageModelBrain } from '../createConversationCore.ts';
import type { Citation, ToolCallRecord, Button, Venue } from '../types.ts';
import type { DialogueState } from '../DialogueState.ts';
import { slotWhen, pointName } from '../format/formatSlot.ts';
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
function slimSlots(results: SlotResult[], lang: 'zh' | 'en') {
  return results.map((s) => ({
    sessionId: s.sessionId,
    point: pointName(s, lang),
    address: lang === 'zh' ? s.point.addressZh : s.point.addressEn,
    when: slotWhen(s, lang),
    free: s.free,
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
        ...history.slice(-(options.historyTurns ?? 6)).map(
          (h): ChatCompletionMessageParam => (h.role === 'parent' ? { role: 'user', content: h.text } : { role: 'assistant', content: h.text }),
        ),
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
            records.push({ name: call.function.name, args: call.function.arguments, ok: false, error: { code: 'INVALID_JSON', message: 'arguments are not valid JSON' } });
            messages.push({ role: 'tool', tool_call_id: call.id, content: JSON.stringify({ error: 'INVALID_JSON', message: 'Arguments must be a JSON object matching the schema.' }) });
            continue;
          }
          const run = await runTool(call.function.name, args, ctx);
          records.push(run.record);
          let forModel: unknown = run.record.ok ? run.result : { error: run.record.error };
          if (run.record.ok && call.function.name === 'search_slots') {
            const results = (run.result as { results: SlotResult[] }).results;
            forModel = { results: slimSlots(results, lang) };
            state.lastSearch = {
              args: run.record.args as never,
              shown: results.map((s) => ({ sessionId: s.sessionId, free: s.free, label: `${pointName(s, lang)} ${slotWhen(s, lang)}` })),
            };
            const row = results.slice(0, 5).map((s, i) => ({ text: lang === 'zh' ? `预约 ${i + 1}` : `Book ${i + 1}`, data: codec.encode(ctx.userId, 'b', s.sessionId) }));
            if (row.length) buttons.splice(0, buttons.length, row.slice(0, 3), ...(row.length > 3 ? [row.slice(3)] : []));
          }
          if (run.record.ok && call.function.name === 'search_knowledge') {
            const passages = (run.result as { passages: Array<{ title: string; source: string; docId: string; heading: string }> }).passages;
            for (const p of passages) {
              if (!citations.some((c) => c.source === p.source)) citations.push({ title: p.title, source: p.source, docId: p.docId, heading: p.heading });
            }
            if (passages.length === 0) {
              // Nothing in the base: let the parent hand the question to a person with one tap.
              state.lastQuestion = turn.input.text;
              buttons.push([{ text: lang === 'zh' ? '转给工作人员' : 'Ask staff', data: codec.encode(ctx.userId, 'esc') }]);
            }
          }
          if (run.record.ok && call.function.name === 'book_session') {
            const booking = (run.result as { booking?: { id: number; point: { latitude: number; longitude: number; nameZh: string; nameEn: string; addressZh: string; addressEn: string } } }).booking;
            if (booking) {
              venue = {
                latitude: booking.point.latitude,
                longitude: booking.point.longitude,
                title: lang === 'zh' ? booking.point.nameZh : booking.point.nameEn,
                address: lang === 'zh' ? booking.point.addressZh : booking.point.addressEn,
              };
              buttons.splice(0, buttons.length, [
                { text: lang === 'zh' ? '我的预约' : 'My bookings', data: codec.encode(ctx.userId, 'mb') },
                { text: lang === 'zh' ? '取消这个预约' : 'Cancel this booking', data: codec.encode(ctx.userId, 'c', booking.id) },
              ]);
            }
          }
          if (run.record.ok && call.function.name === 'escalate_to_staff') {
            escalated = true;
            escalationId = (run.result as { escalationId: number }).escalationId;
          }
          messages.push({ role: 'tool', tool_call_id: call.id, content: compactResult(forModel) });
        }
      }
      throw new Error('tool loop did not finish');
    },
  };
}
