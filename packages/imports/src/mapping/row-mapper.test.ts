import { safeCell } from '@wayfarer/exports';
import { describe, expect, it } from 'vitest';
import { importMappingSchema, type ImportMappingInput } from './mapping.schema';
import { describeProblems } from './problem-text';
import { createRowMapper } from './row-mapper';
import { suggestMapping } from './suggest-mapping';

const header = ['會員編號', 'Name', 'Phone', 'Email', 'Birthday', 'VIP', 'Tags', 'SMS', 'SMS at', 'Tier', 'Points'];
const mapping = importMappingSchema.parse({
  columns: {
    會員編號: 'externalId',
    Name: { target: 'attribute', key: 'name' },
    Phone: 'phone',
    Email: 'email',
    Birthday: { target: 'attribute', key: 'birthday', type: 'date' },
    VIP: { target: 'attribute', key: 'vip', type: 'boolean' },
    Tags: { target: 'tags', separator: '|' },
    SMS: { target: 'consent', channel: 'sms', source: 'pos' },
    'SMS at': { target: 'consentTime', channel: 'sms' },
    Tier: 'tier',
    Points: { target: 'points', expiresInMonths: 12 },
  },
} satisfies ImportMappingInput);
const tiers = [{ key: 'gold', name: '金卡' }];
const mapRow = createRowMapper(header, mapping, tiers);

describe('row mapper', () => {
  it('maps a good row to identities, typed attributes, tags, consent, tier and points', () => {
    const result = mapRow(
      [
        'M001',
        '王小明 🎉',
        '0912-345-678',
        'Ming@Example.com',
        '民國79年5月4日',
        '是',
        'vip| new ',
        'yes',
        '2024-03-01 10:00',
        '金卡',
        '1,200',
      ],
      2,
    );
    expect(result).toEqual({
      ok: true,
      record: {
        row: 2,
        identities: [
          { kind: 'user_id', value: 'M001' },
          { kind: 'email', value: 'ming@example.com' },
          { kind: 'phone', value: '+886912345678' },
        ],
        attributes: { name: '王小明 🎉', birthday: '1990-05-04', vip: true },
        tags: ['vip', 'new'],
        consents: [{ channel: 'sms', status: 'subscribed', source: 'pos', at: new Date('2024-03-01T10:00:00Z') }],
        tier: 'gold',
        points: { amount: 1200, reason: 'Opening balance', expiresInMonths: 12 },
      },
    });
  });

  it('reads back what a spreadsheet-safe export wrote: a quoted phone and a quoted formula-like name', () => {
    const cells = ['M002', safeCell('-vip-'), safeCell('+886912345678'), '', '', '', '', '', '', '', ''];
    expect(cells[2]).toBe("'+886912345678");
    const result = mapRow(cells, 4);
    expect(result).toMatchObject({
      ok: true,
      record: {
        identities: [{ kind: 'user_id' }, { kind: 'phone', value: '+886912345678' }],
        attributes: { name: '-vip-' },
      },
    });
    expect(mapRow(['M003', "'tis the season", '', '', '', '', '', '', '', '', ''], 5)).toMatchObject({
      record: { attributes: { name: "'tis the season" } },
    });
  });

  it('collects every problem of a row, per column', () => {
    const result = mapRow(
      ['', '=1+1', '0912', 'not-an-email', '1990-02-30', 'maybe', '', 'perhaps', '', 'Platinum', '-5'],
      3,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((problem) => [problem.column, problem.code])).toEqual([
      ['Phone', 'invalid_phone'],
      ['Email', 'invalid_email'],
      ['Birthday', 'invalid_date'],
      ['VIP', 'invalid_boolean'],
      ['SMS', 'invalid_consent'],
      ['Tier', 'unknown_tier'],
      ['Points', 'invalid_points'],
    ]);
    expect(describeProblems(result.problems.slice(0, 1))).toBe('Phone "0912": not a valid phone number');
    expect(describeProblems(result.problems.slice(2, 3), 'zh-TW')).toBe(
      'Birthday "1990-02-30": 不是有效日期（例如 1990-05-04）',
    );
  });

  it('asks for an identity, and keeps formula-looking text as text', () => {
    const result = mapRow(['', '=HYPERLINK("x")', '', '', '', '', '', '', '', '', ''], 4);
    expect(result).toEqual({ ok: false, row: 4, problems: [{ column: null, code: 'no_identity' }] });
    const kept = mapRow(['M9', '=HYPERLINK("x")'], 5);
    expect(kept.ok && kept.record.attributes).toEqual({ name: '=HYPERLINK("x")' });
  });

  it('refuses cells beyond the header', () => {
    const result = mapRow(['M1', 'Mei', '', '', '', '', '', '', '', '', '', 'extra'], 6);
    expect(result).toMatchObject({ ok: false, problems: [{ column: null, code: 'malformed_row' }] });
  });
});

describe('mapping', () => {
  it('refuses two columns for one field and unknown countries', () => {
    const twice = importMappingSchema.safeParse({ columns: { a: 'email', b: 'email' } });
    expect(twice.success).toBe(false);
    expect(twice.error?.issues[0]?.message).toBe('"b" and "a" map to the same field');
    expect(importMappingSchema.safeParse({ columns: {}, defaultCountry: 'XX' }).success).toBe(false);
    expect(importMappingSchema.parse({ columns: {}, defaultCountry: 'jp' }).defaultCountry).toBe('JP');
  });

  it('suggests targets from header names in three languages', () => {
    expect(
      suggestMapping([
        '會員編號',
        '手機',
        'E-mail',
        '姓名',
        '生日',
        '標籤',
        '點數',
        '會員等級',
        'LINE ID',
        'city',
        'a.b',
      ]),
    ).toEqual({
      會員編號: { target: 'externalId' },
      手機: { target: 'phone' },
      'E-mail': { target: 'email' },
      姓名: { target: 'attribute', key: 'name', type: 'text' },
      生日: { target: 'attribute', key: 'birthday', type: 'date' },
      標籤: { target: 'tags', separator: ',' },
      點數: { target: 'points', reason: 'Opening balance' },
      會員等級: { target: 'tier' },
      'LINE ID': { target: 'lineUserId' },
      city: { target: 'attribute', key: 'city', type: 'text' },
      'a.b': { target: 'attribute', key: 'a_b', type: 'text' },
    });
  });
});
