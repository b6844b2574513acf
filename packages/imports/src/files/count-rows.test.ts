import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countUnquotedRows } from './count-rows';
import { readCsvRows } from './csv-rows';

async function* chunks(bytes: Buffer, size: number): AsyncGenerator<Buffer> {
  for (let start = 0; start < bytes.length; start += size) yield bytes.subarray(start, start + size);
}

async function parsedRows(bytes: Buffer): Promise<number> {
  let last = 0;
  for await (const row of readCsvRows(chunks(bytes, 64))) last = row.row;
  return last;
}

describe('counting rows without parsing', () => {
  it('counts what the parser numbers, whatever the line breaks, blank lines, BOM and chunking', async () => {
    const text = fc
      .array(fc.constantFrom('a', ',', ' ', '王', '\n', '\r', '\r\n'), { maxLength: 40 })
      .map((parts) => parts.join(''));
    await fc.assert(
      fc.asyncProperty(text, fc.boolean(), fc.integer({ min: 1, max: 9 }), async (body, bom, size) => {
        const bytes = Buffer.from(`${bom ? '\ufeff' : ''}${body}`, 'utf8');
        expect(await countUnquotedRows(chunks(bytes, size))).toBe(await parsedRows(bytes));
      }),
      { numRuns: 400 },
    );
  });

  it('leaves a file with quotes to the parser', async () => {
    expect(await countUnquotedRows(chunks(Buffer.from('name\n"a\nb"\n'), 4))).toBeUndefined();
  });
});
