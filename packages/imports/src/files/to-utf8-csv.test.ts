import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readCsvRows, type ByteSource } from './csv-rows';
import { FileFormatError } from './header';
import { toUtf8Csv } from './to-utf8-csv';

async function* once(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}

async function cellsOf(source: ByteSource): Promise<string[][]> {
  const rows: string[][] = [];
  for await (const row of readCsvRows(source)) rows.push(row.cells);
  return rows;
}

describe('uploads as UTF-8 CSV', () => {
  it('transcodes Big5 (Excel on zh-TW Windows) and refuses it as UTF-8', async () => {
    // "姓名,電話\r\n王小明,0912345678" in Big5.
    const big5 = Buffer.from(
      'a9 6d a6 57 2c b9 71 b8 dc 0d 0a a4 fd a4 70 a9 fa 2c 30 39 31 32 33 34 35 36 37 38'.replace(/ /g, ''),
      'hex',
    );
    expect(await cellsOf(toUtf8Csv(once(big5), 'csv', 'big5'))).toEqual([
      ['姓名', '電話'],
      ['王小明', '0912345678'],
    ]);
    await expect(cellsOf(toUtf8Csv(once(big5), 'csv'))).rejects.toThrow(FileFormatError);
  });

  it('reads the first sheet of an XLSX workbook: text, numbers, dates, formulas, blank rows', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Members');
    sheet.addRow(['Name', 'Birthday', 'Points', 'Total']);
    sheet.addRow(['王小明\n2F', new Date(Date.UTC(1990, 4, 4)), 1200, { formula: 'C2*2', result: 2400 }]);
    sheet.getRow(4).values = ['Mei, "M"', null, 5];
    workbook.addWorksheet('Ignored').addRow(['x']);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(await cellsOf(toUtf8Csv(once(bytes), 'xlsx'))).toEqual([
      ['Name', 'Birthday', 'Points', 'Total'],
      ['王小明\n2F', '1990-05-04', '1200', '2400'],
      [''],
      ['Mei, "M"', '', '5'],
    ]);
    await expect(cellsOf(toUtf8Csv(once(Buffer.from('not a zip')), 'xlsx'))).rejects.toThrow(FileFormatError);
  });
});
