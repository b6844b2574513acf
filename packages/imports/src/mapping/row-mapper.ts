// Applies a mapping to the cells of one row: each cell read as its target's type, every problem
// collected (a row with any problem is rejected whole, so nothing half of it is written).
import { readSafeCell } from '@wayfarer/exports';
import { isEmailAddress, MAX_IDENTITY_LENGTH, normalizeEmail, normalizePhone } from '@wayfarer/identity';
import { asciiForm, readBoolean, readConsent, readDate, readNumber, readTime } from './cell-values';
import type { ImportRecord, RecordConsent, RecordIdentity } from './import-record';
import type { ColumnTarget, ImportMapping } from './mapping.schema';
import { cellProblem, type RowProblem } from './problems';

/** A tier of the loyalty programme; a cell may name it by key or by name. */
export interface TierOption {
  key: string;
  name: string;
}

export type MappedRow = { ok: true; record: ImportRecord } | { ok: false; row: number; problems: RowProblem[] };

/** Longest text attribute kept. */
export const MAX_TEXT_LENGTH = 2000;
const MAX_TAG_LENGTH = 100;
const MAX_POINTS = 1_000_000_000;

interface Draft {
  record: ImportRecord;
  problems: RowProblem[];
  consentTimes: Map<string, Date>;
  /** An identity cell was there but unreadable: "no identity" would only repeat that. */
  identityUnreadable: boolean;
}

type CellReader = (cell: string, column: string, draft: Draft) => void;

function identity(
  kind: RecordIdentity['kind'],
  normalize: (cell: string) => string | undefined,
  code: RowProblem['code'],
): CellReader {
  return (cell, column, draft) => {
    const value = normalize(cell);
    if (value !== undefined) draft.record.identities.push({ kind, value });
    else {
      draft.problems.push(cellProblem(column, code, cell));
      draft.identityUnreadable = true;
    }
  };
}

function bounded(cell: string): string | undefined {
  const value = cell.trim();
  return value.length <= MAX_IDENTITY_LENGTH ? value : undefined;
}

function attributeReader(
  key: string,
  type: 'text' | 'number' | 'date' | 'boolean',
  mapping: ImportMapping,
): CellReader {
  return (cell, column, draft) => {
    const read =
      type === 'text'
        ? cell.trim().length <= MAX_TEXT_LENGTH
          ? cell.trim()
          : undefined
        : type === 'number'
          ? readNumber(cell)
          : type === 'date'
            ? readDate(cell, mapping.dateOrder)
            : readBoolean(cell);
    if (read !== undefined) draft.record.attributes[key] = read;
    else {
      const code =
        type === 'text'
          ? 'too_long'
          : type === 'number'
            ? 'invalid_number'
            : type === 'date'
              ? 'invalid_date'
              : 'invalid_boolean';
      draft.problems.push(cellProblem(column, code, cell));
    }
  };
}

function readerFor(target: ColumnTarget, mapping: ImportMapping, tiers: readonly TierOption[]): CellReader | undefined {
  const country = mapping.defaultCountry;
  switch (target.target) {
    case 'ignore':
      return undefined;
    case 'externalId':
      return identity('user_id', bounded, 'too_long');
    case 'email':
      return identity(
        'email',
        (cell) => (isEmailAddress(normalizeEmail(cell)) ? normalizeEmail(cell) : undefined),
        'invalid_email',
      );
    case 'phone':
      return identity('phone', (cell) => normalizePhone(asciiForm(cell), country), 'invalid_phone');
    case 'lineUserId':
      return identity('line', bounded, 'too_long');
    case 'attribute':
      return attributeReader(target.key, target.type, mapping);
    case 'tags':
      return (cell, column, draft) => {
        const tags = cell
          .split(target.separator)
          .map((tag) => tag.trim())
          .filter((tag) => tag !== '');
        if (tags.some((tag) => tag.length > MAX_TAG_LENGTH))
          draft.problems.push(cellProblem(column, 'invalid_tag', cell));
        else draft.record.tags.push(...tags.filter((tag) => !draft.record.tags.includes(tag)));
      };
    case 'consent':
      return (cell, column, draft) => {
        const status = readConsent(cell);
        if (status === undefined) draft.problems.push(cellProblem(column, 'invalid_consent', cell));
        else draft.record.consents.push({ channel: target.channel, status, source: target.source, at: null });
      };
    case 'consentTime':
      return (cell, column, draft) => {
        const at = readTime(cell, mapping.dateOrder);
        if (at === undefined) draft.problems.push(cellProblem(column, 'invalid_time', cell));
        else draft.consentTimes.set(target.channel, at);
      };
    case 'tier':
      return (cell, column, draft) => {
        const wanted = cell.trim().toLowerCase();
        const tier = tiers.find(
          (option) => option.key.toLowerCase() === wanted || option.name.trim().toLowerCase() === wanted,
        );
        if (tier === undefined) draft.problems.push(cellProblem(column, 'unknown_tier', cell));
        else draft.record.tier = tier.key;
      };
    case 'points':
      return (cell, column, draft) => {
        const amount = readNumber(cell);
        if (amount === undefined || !Number.isInteger(amount) || amount < 0 || amount > MAX_POINTS) {
          draft.problems.push(cellProblem(column, 'invalid_points', cell));
        } else if (amount > 0) {
          draft.record.points = {
            amount,
            reason: target.reason,
            ...(target.expiresInMonths === undefined ? {} : { expiresInMonths: target.expiresInMonths }),
          };
        }
      };
    default: {
      const unreachable: never = target;
      return unreachable;
    }
  }
}

const identityOrder: Record<RecordIdentity['kind'], number> = { user_id: 0, email: 1, phone: 2, line: 3 };

function finish(draft: Draft, extraCells: boolean): MappedRow {
  const { record, problems } = draft;
  if (extraCells) problems.push({ column: null, code: 'malformed_row' });
  if (record.identities.length === 0 && !draft.identityUnreadable) problems.push({ column: null, code: 'no_identity' });
  if (problems.length > 0) return { ok: false, row: record.row, problems };
  record.identities.sort((a, b) => identityOrder[a.kind] - identityOrder[b.kind]);
  record.consents = record.consents.map((consent): RecordConsent => ({
    ...consent,
    at: draft.consentTimes.get(consent.channel) ?? null,
  }));
  return { ok: true, record };
}

/** Header names the mapping uses that the file does not have. */
export function missingColumns(header: readonly string[], mapping: ImportMapping): string[] {
  return Object.keys(mapping.columns).filter((column) => !header.includes(column));
}

/**
 * A function mapping one row's cells (in header order) to an import record or its problems.
 * Empty cells set nothing. `tiers` are the loyalty programme's, for tier columns.
 */
export function createRowMapper(
  header: readonly string[],
  mapping: ImportMapping,
  tiers: readonly TierOption[] = [],
): (cells: readonly string[], row: number) => MappedRow {
  const readers = header.map((column) => {
    const target = mapping.columns[column];
    return target === undefined ? undefined : readerFor(target, mapping, tiers);
  });
  return (cells, row) => {
    const draft: Draft = {
      record: { row, identities: [], attributes: {}, tags: [], consents: [], tier: null, points: null },
      problems: [],
      consentTimes: new Map(),
      identityUnreadable: false,
    };
    readers.forEach((read, index) => {
      const cell = readSafeCell(cells[index] ?? '');
      if (read !== undefined && cell.trim() !== '') read(cell, header[index] ?? '', draft);
    });
    return finish(
      draft,
      cells.slice(header.length).some((cell) => cell.trim() !== ''),
    );
  };
}
