import type { Lang, Locale } from '../../i18n/languages.ts';
import type { Understanding } from '../../nlu/types.ts';
import type { ButtonCodec, DecodedButton } from '../buttonCodec.ts';
import type { DialogueState } from '../DialogueState.ts';
import type { ToolContext } from '../tools/defineTool.ts';
import type { TurnInput, TurnOutput } from '../types.ts';

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

/** A brain's answer: the turn's output plus the dialogue state to remember; the core fills in the language. */
export type AgentReply = Omit<TurnOutput, 'lang' | 'locale' | 'handledByStaff'> & {
  state: DialogueState;
  /** Set when the parent switched language during the turn (or a health follow-up keeps the conversation's locale). */
  lang?: Locale;
};
