import { Liquid } from 'liquidjs';

// The worker's engine options (packages/nodes runtime/template.ts): a template that previews here
// parses there. ownPropertyOnly keeps templates from reaching prototype members.
const engine = new Liquid({ ownPropertyOnly: true, strictFilters: true });

export type PreviewResult =
  { ok: true; output: string } | { ok: false; message: string; line?: number; column?: number };

interface PositionedError {
  message: string;
  token?: { getPosition?: () => [number, number] };
}

/** Renders a Liquid template against a scope; syntax errors come back as a message with a position. */
export function renderPreview(template: string, scope: Readonly<Record<string, unknown>>): PreviewResult {
  try {
    return { ok: true, output: String(engine.parseAndRenderSync(template, scope)) };
  } catch (error) {
    const { message, token } = error as PositionedError;
    const [line, column] = token?.getPosition?.() ?? [];
    return { ok: false, message: String(message), line, column };
  }
}
