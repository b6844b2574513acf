// A generated member file (the import benchmark's, the worker-kill test's): a POS export of `rows` members (CJK names,
// local Taiwanese mobiles, emails, birthdays, tags, SMS consent with its time, tier, opening
// points), where one row in 20 is a customer identify already made (by phone: a merge), one in 100
// a duplicate of the row before and one in 100 has an impossible birthday. Streamed, never held.
import { resolveImportedCustomers, type Db } from '@wayfarer/db';
import type { ImportMappingInput } from '@wayfarer/imports';

export const importFileHeader = [
  '會員編號',
  '姓名',
  '手機',
  'Email',
  '生日',
  '標籤',
  'SMS 同意',
  '同意時間',
  '等級',
  '點數',
];

export const memberFileMapping: ImportMappingInput = {
  columns: {
    會員編號: 'externalId',
    姓名: { target: 'attribute', key: 'name', type: 'text' },
    手機: 'phone',
    Email: 'email',
    生日: { target: 'attribute', key: 'birthday', type: 'date' },
    標籤: { target: 'tags', separator: '|' },
    'SMS 同意': { target: 'consent', channel: 'sms', source: 'pos' },
    同意時間: { target: 'consentTime', channel: 'sms' },
    等級: 'tier',
    點數: { target: 'points', reason: 'Opening balance', expiresInMonths: null },
  },
  defaultCountry: 'TW',
};

/** The tier the file names (by its name, as a POS does); the benchmark creates it first. */
export const memberFileTier = { key: 'gold', name: '金卡' };

/** Local mobile number of member `index` (0912 000 000 on): unique up to a million members. */
export function memberPhone(index: number): string {
  return `0912${String(index).padStart(6, '0')}`;
}

/** Whether row `index` is a customer identify already made by phone (created before the import). */
export const isKnownByPhone = (index: number) => index % 20 === 7;
const isDuplicate = (index: number) => index % 100 === 99;
const hasBadDate = (index: number) => index % 100 === 50;

function memberLine(index: number): string {
  const member = isDuplicate(index) ? index - 1 : index;
  const day = new Date(Date.UTC(1970, 0, 1 + (member % 15_000))).toISOString().slice(0, 10);
  const birthday = hasBadDate(index) ? '1990-02-30' : day;
  const tags = member % 3 === 0 ? 'vip|new' : member % 3 === 1 ? 'new' : '';
  const consent = member % 2 === 0 ? '是' : '否';
  const consentAt = member % 4 === 0 ? '2024-03-01 10:00' : '';
  const tier = member % 50 === 0 ? memberFileTier.name : '';
  const points = member % 5 === 0 ? '' : String((member % 10) * 100);
  return [
    `M${member}`,
    `會員 ${member} 🌸`,
    memberPhone(member).replace(/^(\d{4})(\d{3})/, '$1-$2-'),
    `m${member}@example.tw`,
    birthday,
    tags,
    consent,
    consentAt,
    tier,
    points,
  ].join(',');
}

/** The members identify already knows by phone alone (as identify without a user id makes them). */
export async function createKnownCustomers(db: Db, workspaceId: string, rows: number): Promise<void> {
  const known: number[] = [];
  for (let index = 0; index < rows; index++) if (isKnownByPhone(index)) known.push(index);
  for (let from = 0; from < known.length; from += 5_000) {
    const sets = known
      .slice(from, from + 5_000)
      .map((index) => [{ kind: 'phone' as const, value: `+886${memberPhone(index).slice(1)}` }]);
    await db.transaction().execute((trx) => resolveImportedCustomers(trx, workspaceId, sets));
  }
}

/** The file's bytes, about 64 KiB at a time. */
export async function* importFileChunks(rows: number): AsyncGenerator<Uint8Array> {
  let lines = [`\ufeff${importFileHeader.join(',')}`];
  for (let index = 0; index < rows; index++) {
    lines.push(memberLine(index));
    if (lines.length === 512) {
      yield Buffer.from(`${lines.join('\r\n')}\r\n`);
      lines = [];
    }
  }
  if (lines.length > 0) yield Buffer.from(`${lines.join('\r\n')}\r\n`);
}

/** What importing a file of `rows` must leave: the job's counts and the rows it writes. */
export interface MemberFileOutcome {
  rejected: number;
  imported: number;
  created: number;
  /** Customers of the workspace afterwards (those identify knew included). */
  customers: number;
  /** Three per customer: user id, email, phone. */
  identities: number;
  /** One SMS consent per imported row. */
  consents: number;
  /** One opening balance per imported row with points above 0, and their sum. */
  ledgerRows: number;
  points: number;
}

export function expectedOutcome(rows: number): MemberFileOutcome {
  const outcome = {
    rejected: 0,
    imported: 0,
    created: 0,
    customers: 0,
    identities: 0,
    consents: 0,
    ledgerRows: 0,
    points: 0,
  };
  for (let index = 0; index < rows; index++) {
    if (isDuplicate(index) || hasBadDate(index)) {
      outcome.rejected++;
      continue;
    }
    outcome.imported++;
    if (!isKnownByPhone(index)) outcome.created++;
    const points = index % 5 === 0 ? 0 : (index % 10) * 100;
    if (points > 0) {
      outcome.ledgerRows++;
      outcome.points += points;
    }
  }
  outcome.customers = outcome.imported;
  outcome.identities = 3 * outcome.imported;
  outcome.consents = outcome.imported;
  return outcome;
}
