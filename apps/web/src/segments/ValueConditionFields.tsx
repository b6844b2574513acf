import { valueOperators, type ValueOperator } from '@wayfarer/segments';
import { useT } from '../app/i18n';
import { readInt, type FieldsProps, type Of } from './condition-props';
import { segmentMessages as m } from './messages';
import { takesValue, valueOperatorLabels } from './operator-options';
import { formatScalar, parseScalar } from './scalar';

const pointsOperators = ['eq', 'neq', 'gt', 'gte', 'lt', 'lte'] as const;

/** A profile attribute compared with a value. */
export function AttributeFields({ condition, onChange }: FieldsProps<Of<'attribute'>>) {
  const t = useT();
  const setOp = (op: ValueOperator) => {
    const { value: _value, ...rest } = condition;
    onChange(takesValue(op) ? { ...rest, op, value: condition.value ?? '' } : { ...rest, op });
  };
  return (
    <>
      <input
        name="key"
        aria-label={t(m.attributeKey)}
        placeholder={t(m.attributeKeyPlaceholder)}
        value={condition.key}
        onChange={(event) => onChange({ ...condition, key: event.target.value })}
      />
      <select
        name="op"
        aria-label={t(m.operator)}
        value={condition.op}
        onChange={(event) => setOp(event.target.value as ValueOperator)}
      >
        {valueOperators.map((op) => (
          <option key={op} value={op}>
            {t(valueOperatorLabels[op])}
          </option>
        ))}
      </select>
      {takesValue(condition.op) && (
        <input
          name="value"
          aria-label={t(m.value)}
          value={formatScalar(condition.value)}
          onChange={(event) => onChange({ ...condition, value: parseScalar(event.target.value) })}
        />
      )}
    </>
  );
}

/** The points balance compared with a number. */
export function PointsFields({ condition, onChange }: FieldsProps<Of<'points'>>) {
  const t = useT();
  return (
    <>
      <select
        name="op"
        aria-label={t(m.operator)}
        value={condition.op}
        onChange={(event) => onChange({ ...condition, op: event.target.value as Of<'points'>['op'] })}
      >
        {pointsOperators.map((op) => (
          <option key={op} value={op}>
            {t(valueOperatorLabels[op])}
          </option>
        ))}
      </select>
      <input
        name="value"
        type="number"
        step={1}
        aria-label={t(m.value)}
        value={condition.value}
        onChange={(event) => onChange({ ...condition, value: readInt(event.target.value, 0) })}
      />
    </>
  );
}
