import { useEffect, useRef } from 'react';
import { useT } from '../app/i18n';
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
    <div className="journey-toolbar">
      <label className="search-field">
        <span className="visually-hidden">{t(journeyMessages.searchLabel)}</span>
        <svg className="search-icon" viewBox="0 0 20 20" aria-hidden="true">
          <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="M13 13l4 4" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
        <input
          ref={input}
          type="search"
          data-testid="journey-search"
          value={search}
          placeholder={t(journeyMessages.searchPlaceholder)}
          onChange={(event) => onSearch(event.target.value)}
        />
        <kbd aria-hidden="true">/</kbd>
      </label>
      <div
        className="status-filter"
        role="group"
        aria-label={t(journeyMessages.filterLabel)}
        data-testid="journey-status-filter"
      >
        {statusFilters.map((option) => (
          <button
            key={option ?? 'all'}
            type="button"
            className="filter-chip"
            data-status={option ?? 'all'}
            aria-pressed={status === option}
            onClick={() => onStatus(option)}
          >
            {option === undefined ? t(journeyMessages.allActive) : t(statusLabels[option])}
          </button>
        ))}
      </div>
    </div>
  );
}
