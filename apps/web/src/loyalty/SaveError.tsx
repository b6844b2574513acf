import { useT } from '../app/i18n';
import { rewardsMessages as m } from './messages';
import { errorText } from './use-loyalty';

/** The reason a create failed, as the server gave it. */
export function SaveError({ error }: { error: unknown }) {
  const t = useT();
  if (error === null || error === undefined) return null;
  return (
    <p role="alert" className="rewards-error">
      {t(m.saveFailed, { reason: errorText(error) })}
    </p>
  );
}
