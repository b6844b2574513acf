// The rejected-rows file of an import: each row the import did not write, with its problems in
// words and its cells as the file had them, so it can be fixed and imported again.
import { csvLine, UTF8_BOM } from '@wayfarer/exports';
import { getImport, listImportRejects, type Db } from '@wayfarer/db';
import { describeProblems, type ProblemLocale } from '../mapping/problem-text';
import type { RowProblem } from '../mapping/problems';
import { readFileHeader } from './load-job';

const PAGE = 1000;
const headings: Record<ProblemLocale, [string, string]> = {
  en: ['row', 'problems'],
  'zh-TW': ['列', '問題'],
  'zh-CN': ['行', '问题'],
};

/** The file as CSV text chunks (a BOM, the heading, then a page of rows at a time). */
export async function* rejectedRowsCsv(
  db: Db,
  input: { workspaceId: string; importId: string; locale: ProblemLocale },
): AsyncGenerator<string> {
  const job = await getImport(db, input.workspaceId, input.importId);
  const { header } = await readFileHeader(db, job.fileId);
  yield UTF8_BOM + csvLine([...headings[input.locale], ...header]);
  for (let afterRow: number | undefined; ;) {
    const page = await listImportRejects(db, job.id, { ...(afterRow === undefined ? {} : { afterRow }), limit: PAGE });
    if (page.length === 0) return;
    yield page
      .map((reject) =>
        csvLine([reject.row, describeProblems(reject.problems as RowProblem[], input.locale), ...reject.cells]),
      )
      .join('');
    afterRow = page.at(-1)?.row;
  }
}
