// Reads Prometheus text exposition: the sum of a series' samples whose labels include `labels`.

function labelsOf(text: string): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const match of text.matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)) labels[match[1] ?? ''] = match[2] ?? '';
  return labels;
}

/** Sum of `name`'s samples matching `labels`; undefined when the series has no such sample. */
export function sampleSum(exposition: string, name: string, labels: Record<string, string> = {}): number | undefined {
  let sum: number | undefined;
  for (const line of exposition.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(\{[^}]*\})? (\S+)/.exec(line);
    if (match?.[1] !== name) continue;
    const own = labelsOf(match[2] ?? '');
    if (!Object.entries(labels).every(([key, value]) => own[key] === value)) continue;
    sum = (sum ?? 0) + Number(match[3]);
  }
  return sum;
}

/** GET a /metrics URL's text. */
export async function scrape(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`);
  return response.text();
}
