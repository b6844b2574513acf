import { useQuery } from '@tanstack/react-query';
import { useState, type KeyboardEvent } from 'react';
import { Link } from 'wouter';
import { useLocale, useT } from '../../app/i18n';
import { useTRPC } from '../../app/trpc';
import { editorMessages } from '../messages';

interface VersionsMenuProps {
  journeyId: string;
  liveVersionId: string | null;
  /** The version on screen (none: the draft). */
  currentVersionId?: string;
}

interface VersionSummary {
  id: string;
  number: number;
  publishedAt: string;
}

function VersionList({
  journeyId,
  versions,
  liveVersionId,
  currentVersionId,
  onPick,
}: VersionsMenuProps & { versions: readonly VersionSummary[]; onPick: () => void }) {
  const t = useT();
  const { locale } = useLocale();
  const when = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const itemClass = (current: boolean) => (current ? 'menu__item menu__item--current' : 'menu__item');
  return (
    <>
      <Link href={`/journeys/${journeyId}`} className={itemClass(currentVersionId === undefined)} onClick={onPick}>
        {t(editorMessages.currentDraft)}
      </Link>
      {[...versions]
        .sort((a, b) => b.number - a.number)
        .map((version) => (
          <Link
            key={version.id}
            href={`/journeys/${journeyId}/versions/${version.id}`}
            className={itemClass(version.id === currentVersionId)}
            data-testid="version-item"
            onClick={onPick}
          >
            <span>{t(editorMessages.versionItem, { number: version.number })}</span>
            {version.id === liveVersionId && (
              <span className="status-badge status-badge--live">{t(editorMessages.versionLive)}</span>
            )}
            <span className="menu__meta">{when.format(new Date(version.publishedAt))}</span>
          </Link>
        ))}
    </>
  );
}

/** Version history: every published version opens read-only; the draft is one click away. */
export function VersionsMenu(props: VersionsMenuProps) {
  const t = useT();
  const trpc = useTRPC();
  const [open, setOpen] = useState(false);
  const versions = useQuery({ ...trpc.journeys.versions.queryOptions({ journeyId: props.journeyId }), enabled: open });
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') setOpen(false);
  };
  return (
    <div className="menu" onKeyDown={onKeyDown}>
      <button
        type="button"
        data-testid="versions"
        aria-expanded={open}
        aria-haspopup="true"
        onClick={() => setOpen(!open)}
      >
        {t(editorMessages.versions)} ▾
      </button>
      {open && (
        <div className="menu__popover" data-testid="versions-menu">
          <VersionList {...props} versions={versions.data ?? []} onPick={() => setOpen(false)} />
          {versions.isSuccess && versions.data.length === 0 && (
            <p className="menu__empty">{t(editorMessages.versionsEmpty)}</p>
          )}
        </div>
      )}
    </div>
  );
}
