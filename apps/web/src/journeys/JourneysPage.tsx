import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { LayoutTemplate, Plus, Upload } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { useLocation, useSearch } from 'wouter';
import { useT } from '../app/i18n';
import { useTRPC } from '../app/trpc';
import { Button, ButtonLink, EmptyState, Page } from '../ui';
import { isFiltered, listInput } from './journey-filters';
import type { JourneyStatus } from './journey-types';
import { JourneyDialogs, type DialogState } from './JourneyDialogs';
import { JourneysEmptyState, NoMatches } from './JourneysEmptyState';
import { JourneyTable } from './JourneyTable';
import { JourneyToolbar } from './JourneyToolbar';
import { journeyMessages } from './messages';
import { useDebouncedValue } from './use-debounced-value';
import { useJourneyFiles } from './use-journey-files';
import { useRowActions } from './use-row-actions';
import './journeys.css';

/** The journeys list (`/`): search, filter by status and tag, create, rename, tag, duplicate, export / import as JSON, archive. */
export function JourneysPage() {
  const t = useT();
  const trpc = useTRPC();
  const [, navigate] = useLocation();
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<JourneyStatus | undefined>(undefined);
  const [tag, setTag] = useState<string | undefined>(undefined);
  const [dialog, setDialog] = useState<DialogState>(null);
  const debouncedSearch = useDebouncedValue(search, 250);
  const list = useQuery({
    ...trpc.journeys.list.queryOptions(listInput(debouncedSearch, status, tag)),
    placeholderData: keepPreviousData,
  });
  const tags = useQuery({
    ...trpc.journeys.listTags.queryOptions(status === undefined ? {} : { status }),
    placeholderData: keepPreviousData,
  });
  const rowActions = useRowActions();
  const files = useJourneyFiles();
  const fileInput = useRef<HTMLInputElement>(null);
  const query = useSearch();
  // `/?new=1` (the gallery's "blank journey") opens the name dialog.
  useEffect(() => {
    if (!new URLSearchParams(query).has('new')) return;
    setDialog({ kind: 'create' });
    navigate('/', { replace: true });
  }, [query, navigate]);

  const journeys = list.data ?? [];
  const filtered = isFiltered(search, status, tag);
  const clearFilters = () => {
    setSearch('');
    setStatus(undefined);
    setTag(undefined);
  };

  return (
    <Page
      className="journeys-page"
      width="wide"
      title={t(journeyMessages.title)}
      subtitle={t(journeyMessages.subtitle)}
      actions={
        <>
          <input
            ref={fileInput}
            type="file"
            accept=".json,application/json"
            hidden
            data-testid="import-journey-file"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void files.importJson(file);
            }}
          />
          <Button
            icon={Upload}
            data-testid="import-journey"
            disabled={files.importing}
            onClick={() => fileInput.current?.click()}
          >
            {t(journeyMessages.importJson)}
          </Button>
          <ButtonLink href="/templates" icon={LayoutTemplate} data-testid="new-from-template">
            {t(journeyMessages.newFromTemplate)}
          </ButtonLink>
          <Button variant="primary" icon={Plus} data-testid="new-journey" onClick={() => setDialog({ kind: 'create' })}>
            {t(journeyMessages.newJourney)}
          </Button>
        </>
      }
    >
      {list.isPending ? (
        <p className="muted" role="status">
          {t(journeyMessages.loading)}
        </p>
      ) : list.isError ? (
        <EmptyState
          compact
          role="alert"
          actions={<Button onClick={() => void list.refetch()}>{t(journeyMessages.retry)}</Button>}
        >
          {t(journeyMessages.loadFailed)}
        </EmptyState>
      ) : journeys.length === 0 && !filtered ? (
        <JourneysEmptyState onStartBlank={() => setDialog({ kind: 'create' })} />
      ) : (
        <>
          <JourneyToolbar
            search={search}
            status={status}
            tag={tag}
            tags={tags.data ?? []}
            onSearch={setSearch}
            onStatus={setStatus}
            onTag={setTag}
          />
          {journeys.length === 0 ? (
            <NoMatches onClear={clearFilters} />
          ) : (
            <JourneyTable
              journeys={journeys}
              refreshing={list.isPlaceholderData}
              busyId={rowActions.busyId}
              onRename={(journey) => setDialog({ kind: 'rename', journey })}
              onEditTags={(journey) => setDialog({ kind: 'tags', journey })}
              onTagFilter={setTag}
              onDuplicate={rowActions.duplicate}
              onExport={(journey) => void files.exportJson(journey)}
              onArchive={rowActions.archive}
            />
          )}
        </>
      )}

      <JourneyDialogs dialog={dialog} onClose={() => setDialog(null)} />
    </Page>
  );
}
