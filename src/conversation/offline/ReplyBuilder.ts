import type { Lang } from '../../domain/serviceKinds.ts';
import type { ButtonAction, ButtonCodec } from '../buttonCodec.ts';
import type { DialogueState } from '../DialogueState.ts';
import { runTool, type ToolRun } from '../tools/toolRegistry.ts';
import type { ToolContext } from '../tools/defineTool.ts';
import type { Button, Citation, ToolCallRecord, Venue } from '../types.ts';
import type { AgentReply } from '../dialogue/AgentTypes.ts';

/** Collects what a turn says, the buttons it offers and the tools it ran. */
export class ReplyBuilder {
  private lines: string[] = [];
  private rows: Button[][] = [];
  readonly tools: ToolCallRecord[] = [];
  readonly citations: Citation[] = [];
  escalated = false;
  escalationId?: number;
  venue?: Venue;
  requestLocation = false;
  langOverride?: Lang;

  constructor(
    readonly ctx: ToolContext,
    private readonly codec: ButtonCodec,
    public state: DialogueState,
  ) {}

  get lang(): Lang {
    return this.ctx.lang;
  }

  say(zh: string, en: string): this {
    this.lines.push(this.ctx.lang === 'zh' ? zh : en);
    return this;
  }

  text(line: string): this {
    this.lines.push(line);
    return this;
  }

  button(zh: string, en: string, action: ButtonAction, ...args: Array<string | number>): Button {
    return { text: this.ctx.lang === 'zh' ? zh : en, data: this.codec.encode(this.ctx.userId, action, ...args) };
  }

  row(...buttons: Button[]): this {
    if (buttons.length) this.rows.push(buttons);
    return this;
  }

  async tool<R = any>(name: string, args: unknown): Promise<ToolRun<R>> {
    const run = await runTool<R>(name, args, this.ctx);
    this.tools.push(run.record);
    return run;
  }

  build(): AgentReply {
    return {
      reply: this.lines.join('\n\n').trim(),
      buttons: this.rows,
      tools: this.tools,
      citations: this.citations,
      escalated: this.escalated,
      escalationId: this.escalationId,
      venue: this.venue,
      requestLocation: this.requestLocation || undefined,
      state: this.state,
      lang: this.langOverride,
    };
  }
}
