import { valueTierKeys, type ValueTierKey } from '@wayfarer/segments';
import type { LocalizedText } from '../app/i18n';
import { useT } from '../app/i18n';
import type { FieldsProps, Of } from './condition-props';
import { segmentMessages as m } from './messages';
import { NegateSelect } from './NegateSelect';

const tierLabels: Readonly<Record<ValueTierKey, LocalizedText>> = {
  strategic: m.valueTierStrategic,
  high_value: m.valueTierHighValue,
  core: m.valueTierCore,
  general: m.valueTierGeneral,
  potential: m.valueTierPotential,
};

/** The tiers ticked, kept in the canonical order (most valuable first). */
function toggled(current: readonly ValueTierKey[], tier: ValueTierKey, on: boolean): ValueTierKey[] {
  return valueTierKeys.filter((key) => (key === tier ? on : current.includes(key)));
}

/** Customer value tier is / is not one of the five computed tiers. */
export function ValueTierFields({ condition, onChange }: FieldsProps<Of<'valueTier'>>) {
  const t = useT();
  return (
    <>
      <NegateSelect
        negate={condition.negate}
        onChange={(negate) => onChange({ ...condition, negate })}
        labels={{ is: m.valueTierIs, not: m.valueTierIsNot }}
      />
      <fieldset className="rule-value-tiers" aria-label={t(m.valueTiers)}>
        {valueTierKeys.map((tier) => (
          <label key={tier}>
            <input
              type="checkbox"
              name={`valueTier-${tier}`}
              checked={condition.in.includes(tier)}
              onChange={(event) => onChange({ ...condition, in: toggled(condition.in, tier, event.target.checked) })}
            />
            {t(tierLabels[tier])}
          </label>
        ))}
      </fieldset>
    </>
  );
}
