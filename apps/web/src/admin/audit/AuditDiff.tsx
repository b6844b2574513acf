import { useT } from '../../app/i18n';
import { adminMessages as m } from '../messages';

interface Change {
  before: unknown;
  after: unknown;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function shown(value: unknown): string {
  if (value === null || value === undefined) return '—';
  return typeof value === 'string' ? value : JSON.stringify(value, null, 2);
}

/** An entry's diff: the changed fields (before → after), then the redacted request. */
export function AuditDiff({ diff }: { diff: Record<string, unknown> }) {
  const t = useT();
  const changes = isRecord(diff.changes)
    ? Object.entries(diff.changes).filter((entry): entry is [string, Change] => isRecord(entry[1]))
    : [];
  return (
    <div className="audit-diff" data-testid="audit-diff">
      {changes.length > 0 && (
        <table>
          <thead>
            <tr>
              <th>{t(m.field)}</th>
              <th>{t(m.before)}</th>
              <th>{t(m.after)}</th>
            </tr>
          </thead>
          <tbody>
            {changes.map(([field, change]) => (
              <tr key={field} data-testid="audit-change" data-field={field}>
                <td>{field}</td>
                <td>
                  <pre>{shown(change.before)}</pre>
                </td>
                <td>
                  <pre>{shown(change.after)}</pre>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {diff.input !== undefined && (
        <>
          <h3>{t(m.input)}</h3>
          <pre>{shown(diff.input)}</pre>
        </>
      )}
    </div>
  );
}
