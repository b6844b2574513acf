import { useT, type LocalizedText } from '../app/i18n';
import { segmentMessages as m } from './messages';

/** "is" / "is not" in front of a list condition (tier, value tier). */
export function NegateSelect(props: {
  negate: boolean;
  onChange: (negate: boolean) => void;
  labels: { is: LocalizedText; not: LocalizedText };
}) {
  const t = useT();
  return (
    <select
      name="negate"
      aria-label={t(m.operator)}
      value={props.negate ? 'not' : 'is'}
      onChange={(event) => props.onChange(event.target.value === 'not')}
    >
      <option value="is">{t(props.labels.is)}</option>
      <option value="not">{t(props.labels.not)}</option>
    </select>
  );
}
