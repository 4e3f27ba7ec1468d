import { detectRedFlags } from '../../safety/detectRedFlags.ts';
import { toSimplified } from '../../text/chineseScript.ts';
import type { ButtonCodec } from '../buttonCodec.ts';
import type { DialogueState } from '../DialogueState.ts';
import type { HistoryTurn } from '../ConversationMemory.ts';
import type { ToolContext } from '../tools/defineTool.ts';
import type { AgentReply } from './AgentTypes.ts';
import { escalate } from './escalate.ts';
import { Reply } from './Reply.ts';

/**
 * Medical red flags, before anything else and in every state: call 120 now,
 * and an urgent ticket for staff. Undefined when the message holds none.
 */
export async function triageTurn(ctx: ToolContext, codec: ButtonCodec, state: DialogueState, text: string, _history: HistoryTurn[]): Promise<AgentReply | undefined> {
  const flags = detectRedFlags(toSimplified(text));
  if (!flags.emergency) return undefined;
  const r = new Reply(ctx, codec, { ...state, pending: undefined });
  const w = r.w;
  if (flags.flags.includes('self_harm')) r.say(w.emergency.selfHarm);
  else {
    r.say(w.emergency.general);
    r.say(w.emergency.generalSteps);
    r.say(w.emergency.staffTold);
  }
  await escalate(r, 'medical', text);
  r.urgent = true;
  return r.build();
}
