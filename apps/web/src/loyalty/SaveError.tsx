import { rewardsMessages as m } from './messages';

import { ErrorNotice } from '../app/ErrorNotice';

/** The reason a create failed, as the server gave it. */
export function SaveError({ error }: { error: unknown }) {
  if (error === null || error === undefined) return null;
  return (
    <div className="rewards-error">
      <ErrorNotice error={error} lead={m.saveFailed} />
    </div>
  );
}
