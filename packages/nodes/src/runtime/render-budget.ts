// What writing one message may cost, and how failing to write it is reported (see templateLimits).
import { templateLimits } from '../builtins/send-template';

/** Why writing a message failed: a template or JSON problem, or a limit of templateLimits. */
export type TemplateFailureCode = 'template_error' | 'render_limit';

const limitMessage =
  `the message exceeded a template limit (${templateLimits.renderMs} ms of rendering, ` +
  `${templateLimits.outputChars} characters of output, or Liquid's memory limit)`;

const undefinedVariable = /undefined variable: ([^\s,]+)/;

/** A template or JSON problem found while writing one customer's message. */
export class TemplateRenderError extends Error {
  /** The variable this customer has no value for (`customer.name`), when that was the problem. */
  readonly variable: string | undefined;
  constructor(
    /** The content field whose template failed (`body`, `subject`, `html`, `flex`). */
    readonly field: string,
    cause: unknown,
    readonly code: TemplateFailureCode = 'template_error',
  ) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(`${field}: ${code === 'render_limit' ? `${limitMessage}: ${reason}` : reason}`, { cause });
    this.name = 'TemplateRenderError';
    this.variable = code === 'template_error' ? undefinedVariable.exec(reason)?.[1] : undefined;
  }

  /** What a marketer reads on the failed message: which value was missing, and where. */
  get detail(): string {
    return this.variable === undefined
      ? this.message
      : `${this.variable} has no value for this customer (in ${this.field}); add a fallback with | default: "…"`;
  }
}

// Liquid's limiters fail with "<resource> limit exceeded" (template render, memory alloc, parse length).
export const hitLiquidLimit = (error: unknown): boolean =>
  error instanceof Error && /limit exceeded/.test(error.message);

/**
 * What one message may still spend: a deadline for all its templates together, and the output
 * characters left. Shared by every field and JSON string of the message.
 */
export class RenderBudget {
  private readonly deadline: number;
  private outputLeft: number = templateLimits.outputChars;

  constructor(now: number = Date.now()) {
    this.deadline = now + templateLimits.renderMs;
  }

  /** Liquid's render options for the next template: the time left (at least 1 ms). */
  timeLeft(field: string): { renderLimit: number } {
    const left = this.deadline - Date.now();
    if (left <= 0) throw new TemplateRenderError(field, new Error('template render limit exceeded'), 'render_limit');
    return { renderLimit: left };
  }

  spend(field: string, output: string): void {
    this.outputLeft -= output.length;
    if (this.outputLeft < 0) throw new TemplateRenderError(field, new Error('output limit exceeded'), 'render_limit');
  }
}

// Rendering holds the event loop (Liquid yields only microtasks): between two templates of a
// message, let waiting requests and timers run.
export const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
