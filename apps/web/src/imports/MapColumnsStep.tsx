import type { ColumnTarget, ImportMapping } from '@wayfarer/imports/schema';
import { useT } from '../app/i18n';
import { Button, Card, FormError, Table } from '../ui';
import { columnProblems, hasIdentity, samplesOf, usesKind } from './column-choice';
import { ColumnTargetFields } from './ColumnTargetFields';
import type { ImportPreview } from './import-types';
import { ReadingSettings } from './ReadingSettings';
import { targetFieldMessages } from './target-messages';
import { wizardMessages as m } from './wizard-messages';

export interface MapColumnsStepProps {
  sample: ImportPreview;
  mapping: ImportMapping;
  onChange: (mapping: ImportMapping) => void;
  onBack: () => void;
  onNext: () => void;
}

/** Step 2: each column of the file with a few of its values, and what it becomes (the guess pre-filled). */
export function MapColumnsStep({ sample, mapping, onChange, onBack, onNext }: MapColumnsStepProps) {
  const t = useT();
  const problems = columnProblems(mapping.columns);
  const identified = hasIdentity(mapping.columns);
  const ready = identified && Object.keys(problems).length === 0;
  const setColumn = (column: string, target: ColumnTarget) =>
    onChange({ ...mapping, columns: { ...mapping.columns, [column]: target } });
  return (
    <Card className="import-step" title={t(m.columnsTitle)} description={t(m.columnsHelp)} testId="import-map-step">
      <ReadingSettings
        mapping={mapping}
        onChange={onChange}
        phones={usesKind(mapping.columns, ['phone'])}
        dates={usesKind(mapping.columns, ['birthday', 'attribute', 'consentTime'])}
      />
      <Table className="import-map-table" interactive={false}>
        <thead>
          <tr>
            <th scope="col">{t(m.columnHeader)}</th>
            <th scope="col">{t(m.samplesHeader)}</th>
            <th scope="col">{t(m.becomesHeader)}</th>
          </tr>
        </thead>
        <tbody>
          {sample.header.map((column, index) => {
            const samples = samplesOf(sample.rows, index);
            const problem = problems[column];
            return (
              <tr key={column} data-testid="import-column" data-column={column}>
                <th scope="row" className="import-map-table__column">
                  {column}
                </th>
                <td className="import-map-table__samples">
                  {samples.length === 0 ? (
                    <span className="muted">{t(m.noSamples)}</span>
                  ) : (
                    <ul className="sample-list" translate="no">
                      {samples.map((value) => (
                        <li key={value}>{value}</li>
                      ))}
                    </ul>
                  )}
                </td>
                <td className="import-map-table__target">
                  <ColumnTargetFields
                    column={column}
                    target={mapping.columns[column] ?? { target: 'ignore' }}
                    onChange={(target) => setColumn(column, target)}
                    problem={
                      problem === undefined
                        ? undefined
                        : problem.code === 'same_field'
                          ? t(targetFieldMessages.sameField, { other: problem.other })
                          : t(
                              problem.code === 'attribute_name_dot'
                                ? targetFieldMessages.attributeNameDot
                                : targetFieldMessages.attributeNameMissing,
                            )
                    }
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </Table>
      {!identified && <FormError testId="import-need-identity">{t(m.needIdentity)}</FormError>}
      <div className="import-actions">
        <Button onClick={onBack}>{t(m.previous)}</Button>
        <Button variant="primary" disabled={!ready} onClick={onNext} data-testid="import-next">
          {t(m.next)}
        </Button>
      </div>
    </Card>
  );
}
