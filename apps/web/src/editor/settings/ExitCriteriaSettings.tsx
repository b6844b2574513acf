import type { EventCriterion } from '@wayfarer/journey';
import { useT } from '../../app/i18n';
import { SegmentSelect } from '../../segments/SegmentSelect';
import { KnownNamePicker } from '../inspector/fields/KnownNamePicker';
import { ComparisonRows } from './ComparisonRows';
import { settingsMessages as m } from './messages';
import type { SectionProps } from './section-props';
import { segmentExitCriterion, setExitCriterion, viewExitCriterion } from './settings-ops';
import { Plus, X } from 'lucide-react';
import { Button } from '../../ui';

interface RowProps {
  index: number;
  criterion: EventCriterion;
  readOnly: boolean;
  onChange: (next: EventCriterion | undefined) => void;
}

function ExitCriterionRow({ index, criterion, readOnly, onChange }: RowProps) {
  const t = useT();
  const view = viewExitCriterion(criterion);
  const at = `exitOn.${index}`;
  return (
    <li className="settings-criterion" data-testid="exit-criterion" data-kind={view.kind}>
      <div className="settings-row">
        {view.kind === 'segment' ? (
          <>
            <span>{t(m.exitKindSegment)}</span>
            <SegmentSelect
              name={`${at}.segmentId`}
              aria-label={t(m.exitKindSegment)}
              value={view.segmentId}
              disabled={readOnly}
              onChange={(segmentId) => onChange(segmentExitCriterion(segmentId ?? ''))}
            />
          </>
        ) : (
          <>
            <span>{t(m.exitKindEvent)}</span>
            <KnownNamePicker
              kind="event"
              name={`${at}.event`}
              aria-label={t(m.eventName)}
              placeholder={t(m.eventPlaceholder)}
              value={criterion.event}
              disabled={readOnly}
              onChange={(event) => onChange({ ...criterion, event })}
            />
          </>
        )}
        {!readOnly && (
          <Button variant="ghost" size="sm" icon={X} iconOnly onClick={() => onChange(undefined)}>
            {t(m.remove)}
          </Button>
        )}
      </div>
      {view.kind === 'event' && (
        <ComparisonRows
          name={`${at}.where`}
          event={criterion.event}
          where={criterion.where}
          readOnly={readOnly}
          onChange={(where) => onChange({ ...criterion, where })}
        />
      )}
    </li>
  );
}

/** The journey-level exit criteria: an event (with property conditions), or leaving a segment. */
export function ExitCriteriaSettings({ settings, onChange, readOnly }: SectionProps) {
  const t = useT();
  const { exitOn } = settings;
  const set = (index: number, next: EventCriterion | undefined) => onChange(setExitCriterion(settings, index, next));
  return (
    <fieldset className="settings-section" data-testid="settings-exit">
      <legend>{t(m.exitCriteria)}</legend>
      {exitOn.length === 0 ? (
        <p className="settings-hint">{t(m.exitNone)}</p>
      ) : (
        <ul className="settings-criteria">
          {exitOn.map((criterion, index) => (
            <ExitCriterionRow
              key={index}
              index={index}
              criterion={criterion}
              readOnly={readOnly}
              onChange={(next) => set(index, next)}
            />
          ))}
        </ul>
      )}
      {!readOnly && (
        <div className="settings-row">
          <Button
            variant="ghost"
            size="sm"
            icon={Plus}
            data-testid="exit-add-event"
            onClick={() => set(exitOn.length, { event: '', where: [] })}
          >
            {t(m.addExitEvent)}
          </Button>
          <Button
            variant="ghost"
            size="sm"
            icon={Plus}
            data-testid="exit-add-segment"
            onClick={() => set(exitOn.length, segmentExitCriterion(''))}
          >
            {t(m.addExitSegment)}
          </Button>
        </div>
      )}
    </fieldset>
  );
}
