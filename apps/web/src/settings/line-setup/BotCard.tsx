import { useState } from 'react';
import { useT } from '../../app/i18n';
import { lineSetupStrings as m } from './line-setup.i18n';
import { lineFailureWords, type LineFailure } from './line-words';

type Bot =
  | { ok: true; bot: { displayName: string; basicId: string; pictureUrl: string | null } }
  | ({ ok: false } & LineFailure);

/** The bot LINE says the token belongs to (picture, name, basic id), or LINE's refusal. */
export function BotCard({ bot }: { bot: Bot }) {
  const t = useT();
  // A picture that does not load (blocked, offline) falls back to the name's initial.
  const [broken, setBroken] = useState(false);
  if (!bot.ok) {
    return (
      <p className="settings-notice is-error" role="alert" data-testid="line-bot">
        {t(m.botRefused, { reason: lineFailureWords(bot, t) })}
      </p>
    );
  }
  const { displayName, basicId, pictureUrl } = bot.bot;
  return (
    <div className="line-setup__bot" data-testid="line-bot">
      {pictureUrl !== null && !broken ? (
        <img
          src={pictureUrl}
          alt={t(m.botPicture, { name: displayName })}
          width={48}
          height={48}
          onError={() => setBroken(true)}
        />
      ) : (
        <span className="line-setup__bot-initial" aria-hidden="true">
          {displayName.slice(0, 1)}
        </span>
      )}
      <div>
        <small className="muted">{t(m.bot)}</small>
        <strong data-testid="line-bot-name">{displayName}</strong>
        <small className="muted">{basicId}</small>
      </div>
    </div>
  );
}
