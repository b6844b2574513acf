// A preview's HTML goes into an iframe with `sandbox="allow-same-origin"`: no script in it runs,
// and the app (same origin) may read its height to size the frame to its content.

const entities: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** `text` safe inside HTML text and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => entities[character] ?? character);
}

/** Every string in a JSON value escaped (for renderers that paste strings into HTML as they are). */
export function escapeStrings(value: unknown): unknown {
  if (typeof value === 'string') return escapeHtml(value);
  if (Array.isArray(value)) return value.map(escapeStrings);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, escapeStrings(item)]));
  }
  return value;
}

/** A whole document: `css` in its head, `body` as given. */
export function htmlDocument(body: string, css = ''): string {
  return `<!doctype html><html><head><meta charset="utf-8"><style>${css}</style></head><body>${body}</body></html>`;
}

/**
 * `html` without inline event handlers (`onclick="…"`): flex-render adds them to buttons, and in the
 * sandbox they cannot run — Chromium only logs each as a blocked script. Attribute values arrive
 * escaped (`"` as `&quot;`), so a quoted value ends at the next `"`.
 */
export function withoutInlineHandlers(html: string): string {
  return html.replace(/\s+on[a-z]+\s*=\s*("[^"]*"|'[^']*')/gi, '');
}
