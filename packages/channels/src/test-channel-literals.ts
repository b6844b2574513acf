// Finds a channel's name written as a channel identifier in source text (see channel-literals.test.ts).
// Heuristics on purpose: a channel name is also an identity kind (`kind: 'email'`), a form field and
// a word, so only the places that say "channel" around the literal, or list nothing but channels, count.

const quoted = (names: readonly string[]) => `['"](${names.join('|')})['"]`;

/** `channel: 'line'`, `message.channel === 'line'`, `TEST_CHANNEL: T = 'outbox'`, `channel: z.literal('line')`, `channelCap('line')`. */
function channelAssignments(source: string, names: readonly string[]): string[] {
  const literal = quoted(names);
  const patterns = [
    new RegExp(
      `channel\\w*['"]?(?:\\s*:\\s*[\\w.]+)?\\s*(?:===|!==|==|!=|=|:)\\s*(?:z\\.literal\\(\\s*)?${literal}`,
      'gi',
    ),
    new RegExp(`${literal}\\s*(?:===|!==)\\s*[\\w.]*channel`, 'gi'),
    new RegExp(`channel\\w*\\(\\s*${literal}`, 'gi'),
  ];
  return patterns.flatMap((pattern) => [...source.matchAll(pattern)].map((match) => match[0]));
}

/** A list (`[…]`, `(…)`, `a | b`) of two or more literals that are all channel names. */
function channelLists(source: string, names: readonly string[]): string[] {
  const run = /(['"])([\w-]+)\1(?:\s*[,|]\s*(['"])[\w-]+\3)+/g;
  return [...source.matchAll(run)]
    .map((match) => match[0])
    .filter((text) => [...text.matchAll(/['"]([\w-]+)['"]/g)].every((item) => names.includes(item[1] ?? '')));
}

/** `case 'line':` inside a `switch (….channel)`. */
function channelSwitches(source: string, names: readonly string[]): string[] {
  const hits: string[] = [];
  for (const match of source.matchAll(/switch\s*\(\s*[\w.]*channel\w*\s*\)\s*\{/gi)) {
    let depth = 1;
    let end = (match.index ?? 0) + match[0].length;
    while (depth > 0 && end < source.length) {
      const char = source[end];
      if (char === '{') depth += 1;
      if (char === '}') depth -= 1;
      end += 1;
    }
    const body = source.slice((match.index ?? 0) + match[0].length, end);
    hits.push(...[...body.matchAll(new RegExp(`case\\s+${quoted(names)}`, 'g'))].map((hit) => hit[0]));
  }
  return hits;
}

/** Three or more consecutive lines keyed by channel names (`line: …,` / `email: …,`): a per-channel table. */
function channelTables(source: string, names: readonly string[]): string[] {
  const key = new RegExp(`^\\s*['"]?(${names.join('|')})['"]?\\s*:`);
  const lines = source.split('\n');
  return lines.flatMap((line, index) => {
    const next = lines[index + 1];
    const third = lines[index + 2];
    const table = key.test(line) && next !== undefined && key.test(next) && third !== undefined && key.test(third);
    return table ? [`${line.trim()} ${next.trim()} ${third.trim()}`] : [];
  });
}

/** Every place in `source` where one of `names` is written as a channel identifier. */
export function findChannelLiterals(source: string, names: readonly string[]): string[] {
  return [
    ...channelAssignments(source, names),
    ...channelLists(source, names),
    ...channelSwitches(source, names),
    ...channelTables(source, names),
  ];
}
