import { useEffect, useRef } from 'react';
import { useT } from '../app/i18n';
import { SearchInput, SegmentedControl, Select } from '../ui';
import { statusFilters } from './journey-filters';
import type { JourneyStatus, JourneyTagCount } from './journey-types';
import { journeyMessages } from './messages';
import { statusLabels } from './StatusBadge';

export interface JourneyToolbarProps {
  search: string;
  status: JourneyStatus | undefined;
  /** The tag the list is narrowed to. */
  tag: string | undefined;
  /** The workspace's tags, with how many listed journeys carry each. */
  tags: readonly JourneyTagCount[];
  onSearch: (search: string) => void;
  onStatus: (status: JourneyStatus | undefined) => void;
  onTag: (tag: string | undefined) => void;
}

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/** Search by name ("/" focuses it), the tag filter (once the workspace has tags) and the status filter. */
export function JourneyToolbar({ search, status, tag, tags, onSearch, onStatus, onTag }: JourneyToolbarProps) {
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
      <div className="list-toolbar__filters">
        <SearchInput
          ref={input}
          className="list-toolbar__search"
          label={t(journeyMessages.searchLabel)}
          data-testid="journey-search"
          value={search}
          placeholder={t(journeyMessages.searchPlaceholder)}
          onChange={(event) => onSearch(event.target.value)}
        />
        {(tags.length > 0 || tag !== undefined) && (
          <Select
            className="list-toolbar__tag"
            aria-label={t(journeyMessages.tagFilterLabel)}
            data-testid="journey-tag-filter"
            value={tag ?? ''}
            onChange={(event) => onTag(event.target.value === '' ? undefined : event.target.value)}
          >
            <option value="">{t(journeyMessages.allTags)}</option>
            {withChosen(tags, tag).map((option) => (
              <option key={option.name} value={option.name}>
                {t(journeyMessages.tagOption, { tag: option.name, count: option.count })}
              </option>
            ))}
          </Select>
        )}
      </div>
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

// The chosen tag stays a choice while no listed journey carries it (its last one was untagged).
function withChosen(tags: readonly JourneyTagCount[], chosen: string | undefined): readonly JourneyTagCount[] {
  if (chosen === undefined || tags.some((tag) => tag.name === chosen)) return tags;
  return [...tags, { name: chosen, count: 0 }];
}
