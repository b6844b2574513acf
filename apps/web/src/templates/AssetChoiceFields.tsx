import { useT } from '../app/i18n';
import type { AssetChoice } from './setup-choices';
import { setupMessages as m } from './setup-messages';
import type { AssetNeed } from './template-types';

export interface AssetChoiceFieldsProps {
  need: AssetNeed;
  /** The asset kind in the UI language ("badge", "抽獎活動"). */
  kindName: string;
  choice: AssetChoice;
  onChange: (choice: AssetChoice) => void;
}

/** One asset of a template: keep the workspace's, create the suggested one, or pick another by name. */
export function AssetChoiceFields({ need, kindName, choice, onChange }: AssetChoiceFieldsProps) {
  const t = useT();
  const name = `asset-${need.ref}`;
  const others = need.options.filter((option) => option.ref !== need.ref || !need.exists);
  const kept = need.options.find((option) => option.ref === need.ref);
  return (
    <fieldset className="setup-need" data-testid="setup-asset" data-kind={need.kind} data-ref={need.ref}>
      <legend>{t(m.legend, { kind: kindName, name: need.suggestedName })}</legend>
      {need.exists ? (
        <label className="setup-option">
          <input
            type="radio"
            name={name}
            checked={choice.mode === 'keep'}
            onChange={() => onChange({ mode: 'keep' })}
          />
          {t(m.keep, { kind: kindName, name: kept?.name ?? need.suggestedName })}
        </label>
      ) : (
        <label className="setup-option">
          <input
            type="radio"
            name={name}
            value="create"
            checked={choice.mode === 'create'}
            onChange={() => onChange({ mode: 'create' })}
          />
          <span>
            {t(m.create, { kind: kindName, name: need.suggestedName })}
            {need.suggestedDetail === '' ? null : <span className="setup-detail">{need.suggestedDetail}</span>}
          </span>
        </label>
      )}
      <label className="setup-option">
        <input
          type="radio"
          name={name}
          value="pick"
          disabled={others.length === 0}
          checked={choice.mode === 'pick'}
          onChange={() => onChange({ mode: 'pick', ref: '' })}
        />
        {t(m.pick, { kind: kindName })}
        {others.length === 0 ? <span className="setup-detail">{t(m.pickNone)}</span> : null}
      </label>
      {choice.mode === 'pick' ? (
        <select
          aria-label={t(m.pick, { kind: kindName })}
          value={choice.ref}
          onChange={(event) => onChange({ mode: 'pick', ref: event.target.value })}
        >
          <option value="">{t(m.choose)}</option>
          {others.map((option) => (
            <option key={option.ref} value={option.ref}>
              {option.name}
            </option>
          ))}
        </select>
      ) : null}
    </fieldset>
  );
}
