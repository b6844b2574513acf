import { useT } from '../app/i18n';
import { rewardsMessages as m } from './messages';
import { errorText } from './use-loyalty';
import { FormError } from '../ui';

/** The reason a create failed, as the server gave it. */
export function SaveError({ error }: { error: unknown }) {
  const t = useT();
  if (error === null || error === undefined) return null;
  return (
    <div className="rewards-error">
      <FormError>{t(m.saveFailed, { reason: errorText(error) })}</FormError>
    </div>
  );
}
