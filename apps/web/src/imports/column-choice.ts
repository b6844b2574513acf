// The mapping step's choice for a column: what it becomes, as the wizard offers it (birthday is a
// choice of its own there, a date attribute named `birthday` in the mapping), and what is wrong
// with a mapping before it is sent.
import { consentChannels, type ColumnTarget, type ImportMapping } from '@wayfarer/imports/schema';

/** What a column can become in the wizard: a mapping target, or `birthday` (a date attribute). */
export type ChoiceKind = ColumnTarget['target'] | 'birthday';

const identityKinds: readonly ChoiceKind[] = ['externalId', 'email', 'phone', 'lineUserId'];
const BIRTHDAY = 'birthday';

export function choiceOf(target: ColumnTarget): ChoiceKind {
  if (target.target === 'attribute' && target.key === BIRTHDAY && target.type === 'date') return 'birthday';
  return target.target;
}

/** An attribute name for a header: its text without dots, as the server's suggestion makes it. */
function attributeKeyFor(column: string): string {
  return column.trim().replace(/\./g, '_').slice(0, 100);
}

/** The target a column gets when the marketer picks `kind` for it (with the usual settings). */
export function targetFor(kind: ChoiceKind, column: string): ColumnTarget {
  const channel = consentChannels[0];
  switch (kind) {
    case 'attribute':
      return { target: 'attribute', key: attributeKeyFor(column), type: 'text' };
    case 'birthday':
      return { target: 'attribute', key: BIRTHDAY, type: 'date' };
    case 'tags':
      return { target: 'tags', separator: ',' };
    case 'consent':
      return { target: 'consent', channel, source: 'import' };
    case 'consentTime':
      return { target: 'consentTime', channel };
    case 'points':
      return { target: 'points', reason: 'Opening balance' };
    case 'ignore':
    case 'externalId':
    case 'email':
    case 'phone':
    case 'lineUserId':
    case 'tier':
      return { target: kind };
    default: {
      const unknownKind: never = kind;
      throw new Error(`unknown column choice ${String(unknownKind)}`);
    }
  }
}

export type ColumnProblem =
  { code: 'attribute_name_missing' } | { code: 'attribute_name_dot' } | { code: 'same_field'; other: string };

// Two columns may not fill one field (the schema refuses it): the key both would fill.
function fieldKey(target: ColumnTarget): string | undefined {
  switch (target.target) {
    case 'attribute':
      return `attribute:${target.key.trim()}`;
    case 'consent':
    case 'consentTime':
      return `${target.target}:${target.channel}`;
    case 'tags':
    case 'ignore':
      return undefined;
    default:
      return target.target;
  }
}

/** What stops the mapping from being used, by column (empty: it can be previewed and started). */
export function columnProblems(columns: ImportMapping['columns']): Record<string, ColumnProblem> {
  const problems: Record<string, ColumnProblem> = {};
  const seen = new Map<string, string>();
  for (const [column, target] of Object.entries(columns)) {
    if (target.target === 'attribute' && target.key.trim() === '') {
      problems[column] = { code: 'attribute_name_missing' };
      continue;
    }
    if (target.target === 'attribute' && target.key.includes('.')) {
      problems[column] = { code: 'attribute_name_dot' };
      continue;
    }
    const key = fieldKey(target);
    if (key === undefined) continue;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, column);
    else problems[column] = { code: 'same_field', other: first };
  }
  return problems;
}

/** Whether some column names the customer (without one, every row would be refused). */
export function hasIdentity(columns: ImportMapping['columns']): boolean {
  return Object.values(columns).some((target) => identityKinds.includes(choiceOf(target)));
}

export function usesKind(columns: ImportMapping['columns'], kinds: readonly ChoiceKind[]): boolean {
  return Object.values(columns).some((target) => kinds.includes(choiceOf(target)));
}

/** Up to `count` different non-blank cells of a column from the first rows: what the column holds. */
export function samplesOf(rows: readonly { cells: readonly string[] }[], index: number, count = 3): string[] {
  const samples: string[] = [];
  for (const row of rows) {
    const cell = row.cells[index]?.trim() ?? '';
    if (cell !== '' && !samples.includes(cell)) samples.push(cell);
    if (samples.length >= count) break;
  }
  return samples;
}
