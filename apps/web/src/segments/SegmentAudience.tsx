import type { SegmentRule } from '@wayfarer/segments';
import { Link } from 'wouter';
import { useT } from '../app/i18n';
import { segmentMessages as m } from './messages';
import type { SegmentPreviewMember } from './segment-types';
import { useSegmentAudience } from './use-segment-audience';
import { Card, Table } from '../ui';

function PreviewTable({ members }: { members: readonly SegmentPreviewMember[] }) {
  const t = useT();
  if (members.length === 0) return <p className="muted">{t(m.previewEmpty)}</p>;
  return (
    <Table data-testid="segment-preview">
      <thead>
        <tr>
          <th scope="col">{t(m.previewCustomer)}</th>
          <th scope="col">{t(m.externalId)}</th>
        </tr>
      </thead>
      <tbody>
        {members.map((member) => (
          <tr key={member.id} data-testid="segment-preview-row" data-customer-id={member.id}>
            <td>
              <Link href={`/customers/${member.id}`} className="segment-link">
                {typeof member.attributes.name === 'string' ? member.attributes.name : t(m.unnamed)}
              </Link>
            </td>
            <td className="muted">{member.externalId}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

/** Who the rule matches right now: the count and the first members. */
export function SegmentAudience({ rule }: { rule: SegmentRule }) {
  const t = useT();
  const { complete, settling, preview } = useSegmentAudience(rule);
  const stale = settling || preview.isFetching || preview.isPlaceholderData;
  return (
    <Card className="segment-card" testId="segment-audience" title={t(m.preview)}>
      {!complete ? (
        <p className="muted" data-testid="segment-incomplete">
          {t(m.incomplete)}
        </p>
      ) : preview.isError ? (
        <p className="segment-notice is-error" role="alert">
          {t(m.countFailed)}
        </p>
      ) : preview.data === undefined ? (
        <p className="muted">{t(m.counting)}</p>
      ) : (
        <>
          <p
            className={`segment-count${stale ? ' is-stale' : ''}`}
            data-testid="segment-count"
            data-count={preview.data.count}
            data-state={stale ? 'updating' : 'current'}
            aria-live="polite"
          >
            {t(m.memberCount, { count: preview.data.count.toLocaleString() })}
          </p>
          <div className={stale ? 'is-refreshing' : undefined}>
            <PreviewTable members={preview.data.members} />
          </div>
        </>
      )}
    </Card>
  );
}
