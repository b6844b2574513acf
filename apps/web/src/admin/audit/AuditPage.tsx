import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useLocale, useT } from '../../app/i18n';
import { useTRPC } from '../../app/trpc';
import { adminMessages as m } from '../messages';
import { actionFilterOptions } from './action-filter';
import { auditEntityKinds, auditMessages as am } from './audit-messages';
import { AuditEntryItem, AutosavesItem } from './AuditEntryItem';
import { auditRows } from './audit-rows';
import { Button, Card, Field, Page, Select } from '../../ui';
import '../admin.css';
import { ErrorNotice } from '../../app/ErrorNotice';

interface Filters {
  entityType: string;
  action: string;
  actorId: string;
  from: string;
  to: string;
}

const noFilters: Filters = { entityType: '', action: '', actorId: '', from: '', to: '' };

// Empty fields are no filter; dates (yyyy-mm-dd, local) become instants, `to` inclusive of its day.
function toQuery(filters: Filters) {
  const dayStart = (day: string, plusDays = 0) => {
    const date = new Date(`${day}T00:00:00`);
    date.setDate(date.getDate() + plusDays);
    return date.toISOString();
  };
  return {
    ...(filters.entityType === '' ? {} : { entityType: filters.entityType }),
    ...(filters.action.trim() === '' ? {} : { action: filters.action.trim() }),
    ...(filters.actorId.trim() === '' ? {} : { actorId: filters.actorId.trim() }),
    ...(filters.from === '' ? {} : { from: dayStart(filters.from) }),
    ...(filters.to === '' ? {} : { to: dayStart(filters.to, 1) }),
  };
}

/** `/settings/audit`: the workspace's audit log, filtered, newest first, each entry's diff expandable. */
export function AuditPage() {
  const t = useT();
  const { locale } = useLocale();
  const trpc = useTRPC();
  const [filters, setFilters] = useState<Filters>(noFilters);
  const set = (key: keyof Filters) => (event: { target: { value: string } }) =>
    setFilters((current) => ({ ...current, [key]: event.target.value }));
  const log = useInfiniteQuery(
    trpc.audit.list.infiniteQueryOptions(toQuery(filters), {
      getNextPageParam: (page) => page.nextCursor ?? undefined,
    }),
  );
  const actors = useQuery(trpc.audit.actors.queryOptions());
  const entries = log.data?.pages.flatMap((page) => page.entries) ?? [];
  const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
  return (
    <Page className="admin-page" width="wide" title={t(m.audit)} subtitle={t(m.auditSubtitle)}>
      <div className="stack">
        <form
          className="ui-form-row audit-filters"
          data-testid="audit-filters"
          onSubmit={(event) => event.preventDefault()}
        >
          <Field label={t(m.entityType)}>
            {(control) => (
              <Select {...control} name="entityType" value={filters.entityType} onChange={set('entityType')}>
                <option value="">{t(m.anyEntity)}</option>
                {Object.entries(auditEntityKinds).map(([type, kind]) => (
                  <option key={type} value={type}>
                    {capitalised(t(kind))}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field label={t(m.action)}>
            {(control) => (
              <Select {...control} name="action" value={filters.action} onChange={set('action')}>
                <option value="">{t(am.anyAction)}</option>
                {actionFilterOptions(t, locale).map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field label={t(m.actor)}>
            {(control) => (
              <Select {...control} name="actorId" value={filters.actorId} onChange={set('actorId')}>
                <option value="">{t(am.anyActor)}</option>
                <optgroup label={t(am.members)}>
                  {actors.data?.members.map((member) => (
                    <option key={member.id} value={member.id}>
                      {member.name}
                    </option>
                  ))}
                </optgroup>
                <optgroup label={t(am.apiKeys)}>
                  {actors.data?.apiKeys.map((key) => (
                    <option key={key.id} value={key.id}>
                      {key.name}
                    </option>
                  ))}
                </optgroup>
              </Select>
            )}
          </Field>
          <Field label={t(m.from)}>
            {(control) => <input {...control} type="date" name="from" value={filters.from} onChange={set('from')} />}
          </Field>
          <Field label={t(m.to)}>
            {(control) => <input {...control} type="date" name="to" value={filters.to} onChange={set('to')} />}
          </Field>
        </form>
        {log.error && <ErrorNotice error={log.error} lead={m.failed} />}
        <Card>
          {log.isSuccess && entries.length === 0 && <p className="muted">{t(m.noEntries)}</p>}
          <ul className="audit-list" data-testid="audit-list">
            {auditRows(entries).map((row) =>
              row.kind === 'entry' ? (
                <AuditEntryItem key={row.entry.id} entry={row.entry} />
              ) : (
                <AutosavesItem key={row.key} entries={row.entries} />
              ),
            )}
          </ul>
          {log.hasNextPage && (
            <Button size="sm" onClick={() => void log.fetchNextPage()} disabled={log.isFetchingNextPage}>
              {t(m.more)}
            </Button>
          )}
        </Card>
      </div>
    </Page>
  );
}
