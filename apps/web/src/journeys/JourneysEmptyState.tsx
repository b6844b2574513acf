import { Link } from 'wouter';
import { useT } from '../app/i18n';
import { journeyMessages } from './messages';

/** No journeys yet: point at the templates first, a blank canvas second. */
export function JourneysEmptyState({ onStartBlank }: { onStartBlank: () => void }) {
  const t = useT();
  return (
    <section className="empty-state" data-testid="journeys-empty">
      <div className="empty-illustration" aria-hidden="true">
        <span>⚡</span>
        <i />
        <span>✉️</span>
        <i />
        <span>🎁</span>
      </div>
      <h2>{t(journeyMessages.emptyTitle)}</h2>
      <p>{t(journeyMessages.emptyBody)}</p>
      <div className="empty-actions">
        <Link href="/templates" className="button primary">
          {t(journeyMessages.browseTemplates)}
        </Link>
        <button type="button" className="button secondary" onClick={onStartBlank}>
          {t(journeyMessages.startBlank)}
        </button>
      </div>
    </section>
  );
}

/** Filters hide every journey: say so and offer to clear them. */
export function NoMatches({ onClear }: { onClear: () => void }) {
  const t = useT();
  return (
    <section className="empty-state compact">
      <p>{t(journeyMessages.noMatches)}</p>
      <button type="button" className="button secondary" onClick={onClear}>
        {t(journeyMessages.clearFilters)}
      </button>
    </section>
  );
}
