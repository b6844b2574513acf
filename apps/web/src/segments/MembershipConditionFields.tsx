import { useState } from 'react';
import { useT } from '../app/i18n';
import type { FieldsProps, Of } from './condition-props';
import { segmentMessages as m } from './messages';
import { NegateSelect } from './NegateSelect';
import { parseList } from './scalar';

/** Has / has not a tag. */
export function TagFields({ condition, onChange }: FieldsProps<Of<'tag'>>) {
  const t = useT();
  return (
    <>
      <select
        name="has"
        aria-label={t(m.operator)}
        value={condition.has ? 'has' : 'lacks'}
        onChange={(event) => onChange({ ...condition, has: event.target.value === 'has' })}
      >
        <option value="has">{t(m.hasTag)}</option>
        <option value="lacks">{t(m.lacksTag)}</option>
      </select>
      <input
        name="tag"
        aria-label={t(m.tag)}
        value={condition.tag}
        onChange={(event) => onChange({ ...condition, tag: event.target.value })}
      />
    </>
  );
}

/** Tier is / is not one of a list. */
export function TierFields({ condition, onChange }: FieldsProps<Of<'tier'>>) {
  const t = useT();
  // Typed text is kept while editing, so "gold, " keeps its comma until the next tier is typed.
  const [text, setText] = useState(condition.in.join(', '));
  // Rows are keyed by position: when a row above is removed, this one shows another condition.
  if (parseList(text).join(',') !== condition.in.join(',')) setText(condition.in.join(', '));
  return (
    <>
      <NegateSelect
        negate={condition.negate}
        onChange={(negate) => onChange({ ...condition, negate })}
        labels={{ is: m.tierIs, not: m.tierIsNot }}
      />
      <input
        name="in"
        aria-label={t(m.tiers)}
        placeholder={t(m.tiers)}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          onChange({ ...condition, in: parseList(event.target.value) });
        }}
      />
    </>
  );
}
