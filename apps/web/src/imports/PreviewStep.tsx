import { useQuery } from '@tanstack/react-query';
import { problemText, type ColumnTarget, type ImportMapping } from '@wayfarer/imports/schema';
import { useErrorText } from '../app/error-text';
import { useLocale, useT } from '../app/i18n';
import { useTRPC } from '../app/trpc';
import { Badge, Button, Card, EmptyState, Table } from '../ui';
import { choiceOf } from './column-choice';
import type { PreviewRow } from './import-types';
import { mappedValue } from './mapped-value';
import { reviewMessages as r } from './review-messages';
import { choiceLabels } from './target-messages';
import { wizardMessages as m } from './wizard-messages';

export interface PreviewStepProps {
  fileId: string;
  mapping: ImportMapping;
  onBack: () => void;
  onNext: () => void;
}

/** Step 3: the first rows with the mapping applied, every problem named at its row and column. */
export function PreviewStep({ fileId, mapping, onBack, onNext }: PreviewStepProps) {
  const t = useT();
  const errorText = useErrorText();
  const trpc = useTRPC();
  const preview = useQuery(trpc.imports.preview.queryOptions({ fileId, mapping }));
  const columns = Object.entries(mapping.columns).filter(([, target]) => target.target !== 'ignore');
  const rows = preview.data?.rows ?? [];
  const withProblems = rows.filter((row) => row.problems.length > 0).length;
  return (
    <Card className="import-step" title={t(r.previewTitle)} testId="import-preview-step">
      {preview.isPending ? (
        <p className="muted" role="status">
          {t(r.previewLoading)}
        </p>
      ) : preview.isError ? (
        <EmptyState compact role="alert" actions={<Button onClick={() => void preview.refetch()}>{t(r.retry)}</Button>}>
          {t(r.previewFailed)} {errorText(preview.error)}
        </EmptyState>
      ) : rows.length === 0 ? (
        <EmptyState compact>{t(r.previewEmpty)}</EmptyState>
      ) : (
        <>
          <p className="import-preview__summary" data-testid="import-preview-summary" data-problem-rows={withProblems}>
            {withProblems === 0
              ? t(r.previewAllReady, { count: rows.length })
              : t(r.previewSummary, { count: rows.length, ready: rows.length - withProblems, problems: withProblems })}
          </p>
          <Table className="import-preview-table" interactive={false}>
            <thead>
              <tr>
                <th scope="col" className="ui-table__num import-preview__row">
                  {t(r.rowHeader)}
                </th>
                <th scope="col">{t(r.resultHeader)}</th>
                {columns.map(([column, target]) => (
                  <th scope="col" key={column} className="import-preview__column">
                    <span translate="no">{column}</span>
                    <span className="import-preview__target">{targetName(target, t)}</span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <PreviewTableRow key={row.row} row={row} header={preview.data.header} columns={columns} />
              ))}
            </tbody>
          </Table>
        </>
      )}
      <div className="import-actions">
        <Button onClick={onBack}>{t(m.previous)}</Button>
        <Button variant="primary" disabled={!preview.isSuccess} onClick={onNext} data-testid="import-next">
          {t(m.next)}
        </Button>
      </div>
    </Card>
  );
}

/** What a column becomes, short: "Mobile phone", "Attribute: name". */
function targetName(target: ColumnTarget, t: ReturnType<typeof useT>): string {
  const kind = choiceOf(target);
  const label = t(choiceLabels[kind]);
  return kind === 'attribute' && target.target === 'attribute'
    ? t(r.attributeNamed, { label, key: target.key })
    : label;
}

// Values the import writes as words of its own (a consent, a yes/no) read in the UI language.
function wordsFor(value: string | undefined, target: ColumnTarget, t: ReturnType<typeof useT>): string | undefined {
  if (target.target === 'consent' && (value === 'subscribed' || value === 'unsubscribed')) return t(r[value]);
  if (target.target === 'attribute' && target.type === 'boolean' && value !== undefined) {
    return t(value === 'true' ? r.yes : r.no);
  }
  return value;
}

function PreviewTableRow({
  row,
  header,
  columns,
}: {
  row: PreviewRow;
  header: readonly string[];
  columns: ReadonlyArray<[string, ColumnTarget]>;
}) {
  const t = useT();
  const { locale } = useLocale();
  const ok = row.problems.length === 0;
  return (
    <tr data-testid="import-preview-row" data-row={row.row} data-ok={ok}>
      <td className="ui-table__num">{row.row}</td>
      <td className="import-preview__result">
        <Badge tone={ok ? 'success' : 'danger'} dot>
          {t(ok ? r.ready : r.skipped)}
        </Badge>
        {row.problems.map((problem, index) => (
          <p
            key={index}
            className="import-problem"
            data-testid="import-problem"
            data-code={problem.code}
            data-column={problem.column ?? undefined}
          >
            {problem.column === null
              ? problemText(problem, locale)
              : t(r.cellProblem, { column: problem.column, problem: problemText(problem, locale) })}
          </p>
        ))}
      </td>
      {columns.map(([column, target]) => {
        const cell = row.cells[header.indexOf(column)] ?? '';
        const problems = row.problems.filter((problem) => problem.column === column);
        const why = problems.map((problem) => problemText(problem, locale)).join(locale === 'en' ? '; ' : '；');
        const value = row.record === null ? undefined : wordsFor(mappedValue(row.record, target), target, t);
        return (
          <td
            key={column}
            data-column={column}
            data-invalid={problems.length > 0 || undefined}
            title={why === '' ? undefined : why}
          >
            <span className="import-preview__cell" translate="no">
              {cell}
            </span>
            {value !== undefined && value !== cell.trim() && (
              <span className="import-preview__mapped">{t(r.becomes, { value })}</span>
            )}
          </td>
        );
      })}
    </tr>
  );
}
