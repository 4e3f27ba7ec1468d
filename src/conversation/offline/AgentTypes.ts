import type { Lang } from '../../domain/serviceKinds.ts';
import type { Understanding } from '../../nlu/types.ts';
import type { ButtonCodec, DecodedButton } from '../buttonCodec.ts';
import type { DialogueState } from '../DialogueState.ts';
import type { ToolContext } from '../tools/defineTool.ts';
import type { Button, Citation, ToolCallRecord, TurnInput, Venue } from '../types.ts';

export interface AgentTurn {
  input: TurnInput;
  lang: Lang;
  /** Absent for button presses and locations. */
  understanding?: Understanding;
  button?: DecodedButton;
  state: DialogueState;
  ctx: ToolContext;
  codec: ButtonCodec;
}

export interface AgentReply {
  reply: string;
  buttons: Button[][];
  tools: ToolCallRecord[];
  citations: Citation[];
  escalated: boolean;
  escalationId?: number;
  venue?: Venue;
  requestLocation?: boolean;
  state: DialogueState;
  lang?: Lang;
}
