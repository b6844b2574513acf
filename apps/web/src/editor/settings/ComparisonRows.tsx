import { comparisonOperators, type Comparison, type ComparisonOperator } from '@wayfarer/journey';
import { useT } from '../../app/i18n';
import { valueOperatorLabels } from '../../segments/operator-options';
import { formatScalar, parseScalar } from '../../segments/scalar';
import { settingsMessages as m } from './messages';
import { Plus, X } from 'lucide-react';
import { Button } from '../../ui';
import { EventPropertyPicker } from '../inspector/property/EventPropertyPicker';

// `in` takes a list, which a one-line value cannot say; it is offered only where already stored.
// `in` and `matches` take lists (set by node forms, e.g. LINE keywords): shown only where already chosen.
const listOperators: readonly ComparisonOperator[] = ['in', 'matches'];
const simpleOperators = comparisonOperators.filter((op) => !listOperators.includes(op));
const takesValue = (op: ComparisonOperator) => op !== 'exists' && op !== 'not_exists';

function shownValue(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? formatScalar(value)
    : value === undefined
      ? ''
      : JSON.stringify(value);
}

interface ComparisonRowsProps {
  name: string;
  /** The event whose properties are compared: its received properties are offered. */
  event: string;
  where: readonly Comparison[];
  readOnly: boolean;
  onChange: (where: Comparison[]) => void;
}

/** Property conditions on an event ("amount ≥ 100"), named `<name>.<i>.path|op|value`. */
export function ComparisonRows({ name, event, where, readOnly, onChange }: ComparisonRowsProps) {
  const t = useT();
  const set = (index: number, next: Comparison | undefined) =>
    onChange(
      next === undefined ? where.filter((_, at) => at !== index) : where.map((c, at) => (at === index ? next : c)),
    );
  return (
    <div className="settings-comparisons">
      {where.map((comparison, index) => {
        const at = `${name}.${index}`;
        const operators = listOperators.includes(comparison.op) ? comparisonOperators : simpleOperators;
        return (
          <div key={index} className="settings-row">
            <EventPropertyPicker
              event={event.trim()}
              name={`${at}.path`}
              aria-label={t(m.propertyPath)}
              placeholder={t(m.propertyPathPlaceholder)}
              value={comparison.path}
              disabled={readOnly}
              onChange={(path) => set(index, { ...comparison, path })}
            />
            <select
              name={`${at}.op`}
              aria-label={t(m.comparison)}
              value={comparison.op}
              disabled={readOnly}
              onChange={(event) => {
                const op = event.target.value as ComparisonOperator;
                const { value: _value, ...rest } = comparison;
                set(index, takesValue(op) ? { ...rest, op, value: comparison.value ?? '' } : { ...rest, op });
              }}
            >
              {operators.map((op) => (
                <option key={op} value={op}>
                  {op === 'in' || op === 'matches' ? op : t(valueOperatorLabels[op])}
                </option>
              ))}
            </select>
            {takesValue(comparison.op) && (
              <input
                name={`${at}.value`}
                aria-label={t(m.value)}
                value={shownValue(comparison.value)}
                disabled={readOnly}
                onChange={(event) => set(index, { ...comparison, value: parseScalar(event.target.value) })}
              />
            )}
            {!readOnly && (
              <Button variant="ghost" size="sm" icon={X} iconOnly onClick={() => set(index, undefined)}>
                {t(m.remove)}
              </Button>
            )}
          </div>
        );
      })}
      {!readOnly && (
        <Button
          variant="ghost"
          size="sm"
          icon={Plus}
          onClick={() => onChange([...where, { path: '', op: 'eq', value: '' }])}
        >
          {t(m.addCondition)}
        </Button>
      )}
    </div>
  );
}
