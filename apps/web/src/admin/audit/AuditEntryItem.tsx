import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@wayfarer/server';
import { useState } from 'react';
import { useLocale, useT } from '../../app/i18n';
import { AuditDiff } from './AuditDiff';
import { auditMessages as m } from './audit-messages';
import { actorWords, auditSentence, entityWords } from './audit-sentence';

type AuditEntry = inferRouterOutputs<AppRouter>['audit']['list']['entries'][number];

/** One change as a sentence; the ids and the diff are in its disclosure. */
export function AuditEntryItem({ entry }: { entry: AuditEntry }) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <li data-testid="audit-entry" data-action={entry.action} data-entity-type={entry.entityType ?? ''}>
      <details>
        <summary>
          <time dateTime={entry.at}>{new Date(entry.at).toLocaleString(locale)}</time>{' '}
          <span data-testid="audit-sentence">{auditSentence(t, entry)}</span>
        </summary>
        <p className="audit-ids muted" aria-label={t(m.details)}>
          <code translate="no">{entry.action}</code>{' '}
          <code translate="no">
            {entry.entityType ?? ''} {entry.entityId ?? ''}
          </code>{' '}
          <code translate="no">
            {entry.actorType} {entry.actorId}
          </code>
        </p>
        <AuditDiff diff={entry.diff} />
      </details>
    </li>
  );
}

/** A run of autosaves by one actor on one journey: one row, expanding to each save. */
export function AutosavesItem({ entries }: { entries: AuditEntry[] }) {
  const t = useT();
  const { locale } = useLocale();
  const [open, setOpen] = useState(false);
  const newest = entries[0];
  const oldest = entries.at(-1);
  if (newest === undefined || oldest === undefined) return null;
  const time = (at: string) => new Date(at).toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });
  return (
    <li data-testid="audit-autosaves" data-action={newest.action} data-count={entries.length}>
      <details onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>
          <time dateTime={newest.at}>{new Date(newest.at).toLocaleDateString(locale)}</time>{' '}
          <span data-testid="audit-sentence">
            {t(m.autosaves, {
              actor: actorWords(t, newest),
              entity: entityWords(t, newest) ?? '',
              count: entries.length,
              span: time(oldest.at) === time(newest.at) ? time(newest.at) : `${time(oldest.at)}–${time(newest.at)}`,
            })}
          </span>
        </summary>
        {open && (
          <ul className="audit-list audit-autosaves">
            {entries.map((entry) => (
              <AuditEntryItem key={entry.id} entry={entry} />
            ))}
          </ul>
        )}
      </details>
    </li>
  );
}
