import { z } from 'zod';
import { DomainError } from '../../errors/DomainError.ts';
import { describeError } from '../../errors/describeError.ts';
import type { ToolCallRecord } from '../types.ts';
import type { Tool, ToolContext } from './defineTool.ts';
import { searchSlotsTool } from './searchSlotsTool.ts';
import { bookSessionTool } from './bookSessionTool.ts';
import { cancelBookingTool } from './cancelBookingTool.ts';
import { listBookingsTool } from './listBookingsTool.ts';
import { joinWaitlistTool } from './joinWaitlistTool.ts';
import { registerChildTool } from './registerChildTool.ts';
import { updateChildTool } from './updateChildTool.ts';
import { listChildrenTool } from './listChildrenTool.ts';
import { removeChildTool } from './removeChildTool.ts';
import { searchKnowledgeTool } from './searchKnowledgeTool.ts';
import { escalateToStaffTool } from './escalateToStaffTool.ts';
import { findPointsTool } from './findPointsTool.ts';

/**
 * Every tool, defined once, used by the LLM agent, the offline agent and the button flows. Built on first use, not
 * when this module loads: the tools' modules and the dialogue import each other, and a module loaded from the middle
 * of that cycle (a test that starts from the dialogue) would otherwise see tools not yet defined.
 */
let tools: { list: Tool[]; byName: Map<string, Tool> } | undefined;
function registry(): { list: Tool[]; byName: Map<string, Tool> } {
  if (!tools) {
    const list = [
      searchSlotsTool,
      bookSessionTool,
      cancelBookingTool,
      listBookingsTool,
      joinWaitlistTool,
      registerChildTool,
      updateChildTool,
      listChildrenTool,
      removeChildTool,
      searchKnowledgeTool,
      escalateToStaffTool,
      findPointsTool,
    ] as Tool[];
    tools = { list, byName: new Map(list.map((t) => [t.name, t])) };
  }
  return tools;
}

/** A tool by name (its presentation, for the LLM brain). */
export function toolNamed(name: string): Tool | undefined {
  return registry().byName.get(name);
}

export interface ToolRun<R = any> {
  record: ToolCallRecord;
  result?: R;
  error?: unknown;
}

/**
 * Validates model- or parser-supplied arguments and runs the tool. Never
 * throws: an unknown tool, invalid arguments or a domain rule saying no all
 * come back as a record the caller can show or hand back to the model.
 */
export async function runTool<R = any>(name: string, rawArgs: unknown, ctx: ToolContext): Promise<ToolRun<R>> {
  const tool = registry().byName.get(name);
  if (!tool) {
    return {
      record: {
        name,
        args: rawArgs,
        ok: false,
        error: { code: 'UNKNOWN_TOOL', message: `No tool named ${name}. Available: ${[...registry().byName.keys()].join(', ')}` },
      },
    };
  }
  const parsed = tool.schema.safeParse(rawArgs ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const err = new DomainError('INVALID_INPUT', { field: issue?.path.join('.') || undefined, reason: issue?.message });
    return {
      record: { name, args: rawArgs, ok: false, error: { code: 'INVALID_INPUT', message: z.prettifyError(parsed.error) } },
      error: err,
    };
  }
  try {
    const result = (await tool.handler(parsed.data, ctx)) as R;
    return { record: { name, args: parsed.data, ok: true, result }, result };
  } catch (err) {
    const described = describeError(err, ctx.lang);
    if (!(err instanceof DomainError)) ctx.logger?.error({ err, tool: name }, 'tool failed unexpectedly');
    return { record: { name, args: parsed.data, ok: false, error: described }, error: err };
  }
}

/** Tool definitions in the OpenAI chat-completions format. */
export function openAiToolDefinitions() {
  return registry().list.map((t) => {
    const schema = z.toJSONSchema(t.schema, { target: 'draft-7', io: 'input' }) as Record<string, unknown>;
    delete schema.$schema;
    return {
      type: 'function' as const,
      function: { name: t.name, description: t.description, parameters: schema },
    };
  });
}
