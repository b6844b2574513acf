import { useEffect, useRef } from 'react';
import { useT } from '../app/i18n';
import { SearchInput, SegmentedControl } from '../ui';
import { statusFilters } from './journey-filters';
import type { JourneyStatus } from './journey-types';
import { journeyMessages } from './messages';
import { statusLabels } from './StatusBadge';

export interface JourneyToolbarProps {
  search: string;
  status: JourneyStatus | undefined;
  onSearch: (search: string) => void;
  onStatus: (status: JourneyStatus | undefined) => void;
}

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/** Search by name ("/" focuses it) and the status filter. */
export function JourneyToolbar({ search, status, onSearch, onStatus }: JourneyToolbarProps) {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '/' || isTyping(event.target) || event.metaKey || event.ctrlKey) return;
      event.preventDefault();
      input.current?.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <div className="list-toolbar">
      <SearchInput
        ref={input}
        className="list-toolbar__search"
        label={t(journeyMessages.searchLabel)}
        data-testid="journey-search"
        value={search}
        placeholder={t(journeyMessages.searchPlaceholder)}
        onChange={(event) => onSearch(event.target.value)}
      />
      <SegmentedControl
        label={t(journeyMessages.filterLabel)}
        testId="journey-status-filter"
        value={status}
        onChange={onStatus}
        options={statusFilters.map((option) => ({
          value: option,
          label: option === undefined ? t(journeyMessages.allActive) : t(statusLabels[option]),
          data: { 'data-status': option ?? 'all' },
        }))}
      />
    </div>
  );
}
