import { attributeTypes, consentChannels, type AttributeType, type ColumnTarget } from '@wayfarer/imports/schema';
import { channelName } from '../app/channel-names';
import { useLocale, useT } from '../app/i18n';
import { Field, Select } from '../ui';
import { choiceOf, targetFor, type ChoiceKind } from './column-choice';
import { attributeTypeLabels, choiceGroups, choiceLabels, targetFieldMessages as f } from './target-messages';
import { wizardMessages as m } from './wizard-messages';

const groups: ReadonlyArray<[keyof typeof choiceGroups, readonly ChoiceKind[]]> = [
  ['identity', ['externalId', 'email', 'phone', 'lineUserId']],
  ['profile', ['attribute', 'birthday', 'tags']],
  ['loyalty', ['consent', 'consentTime', 'tier', 'points']],
];

export interface ColumnTargetFieldsProps {
  column: string;
  target: ColumnTarget;
  onChange: (target: ColumnTarget) => void;
  /** Why this column cannot be used as it is, in words. */
  problem: string | undefined;
}

/** What one column becomes: the choice, then what that choice needs (a name and type, a channel…). */
export function ColumnTargetFields({ column, target, onChange, problem }: ColumnTargetFieldsProps) {
  const t = useT();
  const { locale } = useLocale();
  const kind = choiceOf(target);
  return (
    <div className="column-target" data-kind={kind}>
      <Select
        name="target"
        aria-label={t(m.columnBecomes, { column })}
        aria-invalid={problem === undefined ? undefined : true}
        value={kind}
        onChange={(event) => onChange(targetFor(event.target.value as ChoiceKind, column))}
      >
        <option value="ignore">{t(choiceLabels.ignore)}</option>
        {groups.map(([group, kinds]) => (
          <optgroup key={group} label={t(choiceGroups[group])}>
            {kinds.map((choice) => (
              <option key={choice} value={choice}>
                {t(choiceLabels[choice])}
              </option>
            ))}
          </optgroup>
        ))}
      </Select>
      {target.target === 'attribute' && kind === 'attribute' && (
        <div className="column-target__details">
          <Field label={t(f.attributeName)}>
            {(control) => (
              <input
                {...control}

                name="key"
                value={target.key}
                onChange={(event) => onChange({ ...target, key: event.target.value })}
              />
            )}
          </Field>
          <Field label={t(f.attributeType)}>
            {(control) => (
              <Select
                {...control}
                name="type"
                value={target.type}
                options={attributeTypes.map((type) => ({ value: type, label: t(attributeTypeLabels[type]) }))}
                onChange={(event) => onChange({ ...target, type: event.target.value as AttributeType })}
              />
            )}
          </Field>
        </div>
      )}
      {target.target === 'tags' && (
        <div className="column-target__details">
          <Field label={t(f.separator)}>
            {(control) => (
              <input
                {...control}
                className="column-target__short"
                name="separator"
                maxLength={3}
                value={target.separator}
                onChange={(event) => onChange({ ...target, separator: event.target.value || ',' })}
              />
            )}
          </Field>
        </div>
      )}
      {(target.target === 'consent' || target.target === 'consentTime') && (
        <div className="column-target__details">
          <Field label={t(f.channel)}>
            {(control) => (
              <Select
                {...control}
                name="channel"
                value={target.channel}
                options={consentChannels.map((channel) => ({ value: channel, label: channelName(channel, locale) }))}
                onChange={(event) =>
                  onChange({ ...target, channel: event.target.value as (typeof consentChannels)[number] })
                }
              />
            )}
          </Field>
          {target.target === 'consent' && (
            <Field label={t(f.source)}>
              {(control) => (
                <input
                  {...control}

                  name="source"
                  value={target.source}
                  onChange={(event) => onChange({ ...target, source: event.target.value })}
                />
              )}
            </Field>
          )}
        </div>
      )}
      {target.target === 'points' && (
        <div className="column-target__details">
          <Field label={t(f.reason)}>
            {(control) => (
              <input
                {...control}

                name="reason"
                value={target.reason}
                onChange={(event) => onChange({ ...target, reason: event.target.value })}
              />
            )}
          </Field>
        </div>
      )}
      {problem !== undefined && (
        <p className="ui-field__error" role="alert" data-testid="column-problem">
          {problem}
        </p>
      )}
    </div>
  );
}
