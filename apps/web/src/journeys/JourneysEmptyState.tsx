import { LayoutTemplate, Route, SearchX } from 'lucide-react';
import { useT } from '../app/i18n';
import { Button, ButtonLink, EmptyState } from '../ui';
import { journeyMessages } from './messages';

/** No journeys yet: point at the templates first, a blank canvas second. */
export function JourneysEmptyState({ onStartBlank }: { onStartBlank: () => void }) {
  const t = useT();
  return (
    <EmptyState
      icon={Route}
      title={t(journeyMessages.emptyTitle)}
      testId="journeys-empty"
      actions={
        <>
          <ButtonLink href="/templates" variant="primary" icon={LayoutTemplate}>
            {t(journeyMessages.browseTemplates)}
          </ButtonLink>
          <Button onClick={onStartBlank}>{t(journeyMessages.startBlank)}</Button>
        </>
      }
    >
      {t(journeyMessages.emptyBody)}
    </EmptyState>
  );
}

/** Filters hide every journey: say so and offer to clear them. */
export function NoMatches({ onClear }: { onClear: () => void }) {
  const t = useT();
  return (
    <EmptyState icon={SearchX} compact actions={<Button onClick={onClear}>{t(journeyMessages.clearFilters)}</Button>}>
      {t(journeyMessages.noMatches)}
    </EmptyState>
  );
}
