import type { Lang, Locale } from '../../i18n/languages.ts';
import { words, type Catalogue } from '../../i18n/catalogue.ts';
import type { ButtonCodec } from '../buttonCodec.ts';
import type { DialogueState } from '../DialogueState.ts';
import { runTool, type ToolRun } from '../tools/toolRegistry.ts';
import type { ToolContext } from '../tools/defineTool.ts';
import type { Button, Citation, ToolCallRecord, Venue } from '../types.ts';
import type { Action } from '../actions/defineAction.ts';
import type { AgentReply } from './AgentTypes.ts';

/**
 * One turn's answer as it is being built: what it says (in the turn's
 * language, from the catalogue), the buttons it offers (actions from the
 * registry, signed for this parent), the tools it ran and what the dialogue
 * remembers for the next turn.
 */
export class Reply {
  private lines: string[] = [];
  private rows: Button[][] = [];
  readonly tools: ToolCallRecord[] = [];
  readonly citations: Citation[] = [];
  escalated = false;
  escalationId?: number;
  venue?: Venue;
  requestLocation = false;
  /** Set when the parent switched language during the turn (a locale: a health follow-up keeps a Traditional conversation's script). */
  langOverride?: Locale;
  /** Set when a medical red flag was handled this turn. */
  urgent = false;
  /** A start time the parent named for the sessions asked for ("the 2:30", "下午一点那场"): those are listed first. */
  askedStartTime?: string;

  constructor(
    readonly ctx: ToolContext,
    private readonly codec: ButtonCodec,
    public state: DialogueState,
  ) {}

  get lang(): Lang {
    return this.ctx.lang;
  }

  /** The catalogue of the turn's language. */
  get w(): Catalogue {
    return words(this.ctx.lang);
  }

  /** Everything said so far this turn, in order (what a later part of the answer may find already said). */
  said(): string {
    return this.lines.join('\n');
  }

  say(line: string | undefined): this {
    if (line) this.lines.push(line);
    return this;
  }

  /** A button that runs `action` with `args` when pressed; the label defaults to the action's own. */
  button<A extends unknown[]>(action: Action<A>, args: A, label?: string): Button {
    return { text: label ?? action.label(this.w, args), data: this.codec.encode(this.ctx.userId, action.code, ...action.encode(args)) };
  }

  /** A row of buttons; a button already offered in this answer (same data) is not offered twice. */
  row(...buttons: Button[]): this {
    const offered = new Set(this.rows.flat().map((b) => b.data));
    const fresh = buttons.filter((b) => !offered.has(b.data));
    if (fresh.length) this.rows.push(fresh);
    return this;
  }

  /** Buttons in rows of `perRow`. */
  grid(buttons: Button[], perRow = 3): this {
    for (let i = 0; i < buttons.length; i += perRow) this.row(...buttons.slice(i, i + perRow));
    return this;
  }

  /** Where the answer stands now, for {@link dropRepeatsSince}. */
  mark(): number {
    return this.lines.length;
  }

  /**
   * Drops what was said since `mark` that this answer had already said word for word
   * (two questions in one message often have one answer: it is given once). True when
   * nothing said since `mark` but its first line (the "you also asked…" heading) is left.
   */
  dropRepeatsSince(mark: number): boolean {
    const before = new Set(this.lines.slice(0, mark));
    const added = this.lines.slice(mark).filter((l, i) => i === 0 || !before.has(l));
    this.lines.splice(mark, this.lines.length - mark, ...added);
    return this.lines.length - mark <= 1;
  }

  /** Takes back the one line said at `mark` (taken just before it), keeping what was said after it. */
  unsayAt(mark: number): void {
    if (mark < this.lines.length) this.lines.splice(mark, 1);
  }

  /**
   * Puts what was said since `from` at `at` (before what was said between them): the outcome of a request first, the list
   * it was chosen from after it ("不對 是禮拜天" just after booking: "預約成功…" above the new day's list — round 51).
   */
  bringForward(at: number, from: number): void {
    if (at >= from || from > this.lines.length) return;
    const moved = this.lines.splice(from, this.lines.length - from);
    this.lines.splice(at, 0, ...moved);
  }

  /** Takes back everything said since `mark`. */
  unsaySince(mark: number): void {
    this.lines.length = Math.min(this.lines.length, mark);
  }

  get hasButtons(): boolean {
    return this.rows.length > 0;
  }

  get isEmpty(): boolean {
    return this.lines.length === 0;
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
      urgent: this.urgent || undefined,
      state: this.state,
      lang: this.langOverride,
    };
  }
}
