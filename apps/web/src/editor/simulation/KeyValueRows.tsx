import { useT } from '../../app/i18n';
import { simulationMessages as m } from './messages';
import type { KeyValueRow } from './sim-form';
import { Plus, X } from 'lucide-react';
import { Button } from '../../ui';

interface KeyValueRowsProps {
  rows: readonly KeyValueRow[];
  onChange: (rows: KeyValueRow[]) => void;
  /** Prefix of the inputs' names (`attributes` → `attributes.0.key`), for tests and labels. */
  name: string;
}

/** Editable key/value rows (attributes, event properties). Values are typed as text; 12 and true keep their type. */
export function KeyValueRows({ rows, onChange, name }: KeyValueRowsProps) {
  const t = useT();
  const update = (index: number, patch: Partial<KeyValueRow>) =>
    onChange(rows.map((row, at) => (at === index ? { ...row, ...patch } : row)));
  return (
    <div className="kv-rows">
      {rows.map((row, index) => (
        <div className="kv-rows__row" key={index}>
          <input
            name={`${name}.${index}.key`}
            aria-label={t(m.key)}
            placeholder={t(m.key)}
            value={row.key}
            onChange={(event) => update(index, { key: event.target.value })}
          />
          <input
            name={`${name}.${index}.value`}
            aria-label={t(m.value)}
            placeholder={t(m.value)}
            value={row.value}
            onChange={(event) => update(index, { value: event.target.value })}
          />
          <Button
            variant="ghost"
            size="sm"
            icon={X}
            iconOnly
            onClick={() => onChange(rows.filter((_, at) => at !== index))}
          >
            {t(m.removeRow)}
          </Button>
        </div>
      ))}
      <Button
        variant="ghost"
        size="sm"
        icon={Plus}
        data-testid={`${name}-add`}
        onClick={() => onChange([...rows, { key: '', value: '' }])}
      >
        {t(m.addRow)}
      </Button>
    </div>
  );
}
