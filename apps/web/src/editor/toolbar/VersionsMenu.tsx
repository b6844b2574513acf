import { useQuery } from '@tanstack/react-query';
import { History } from 'lucide-react';
import { useState } from 'react';
import { useLocation } from 'wouter';
import { useLocale, useT } from '../../app/i18n';
import { useTRPC } from '../../app/trpc';
import { Badge, Menu, type MenuAction } from '../../ui';
import { editorMessages } from '../messages';

interface VersionsMenuProps {
  journeyId: string;
  liveVersionId: string | null;
  /** The version on screen (none: the draft). */
  currentVersionId?: string;
}

/** Version history: every published version opens read-only; the draft is one click away. */
export function VersionsMenu({ journeyId, liveVersionId, currentVersionId }: VersionsMenuProps) {
  const t = useT();
  const { locale } = useLocale();
  const trpc = useTRPC();
  const [, navigate] = useLocation();
  const [open, setOpen] = useState(false);
  const versions = useQuery({ ...trpc.journeys.versions.queryOptions({ journeyId }), enabled: open });
  const when = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const published: MenuAction[] = [...(versions.data ?? [])]
    .sort((a, b) => b.number - a.number)
    .map((version) => ({
      id: version.id,
      textValue: t(editorMessages.versionItem, { number: version.number }),
      label: (
        <span className="version-item__label">
          {t(editorMessages.versionItem, { number: version.number })}
          {version.id === liveVersionId && (
            <Badge tone="success" dot>
              {t(editorMessages.versionLive)}
            </Badge>
          )}
        </span>
      ),
      description: when.format(new Date(version.publishedAt)),
      current: version.id === currentVersionId,
      testId: 'version-item',
      onAction: () => navigate(`/journeys/${journeyId}/versions/${version.id}`),
    }));
  return (
    <Menu
      label={t(editorMessages.versions)}
      icon={History}
      collapsible
      variant="ghost"
      testId="versions"
      menuTestId="versions-menu"
      onOpenChange={setOpen}
      emptyText={versions.isSuccess ? t(editorMessages.versionsEmpty) : undefined}
      groups={[
        {
          id: 'draft',
          items: [
            {
              id: 'draft',
              label: t(editorMessages.currentDraft),
              current: currentVersionId === undefined,
              onAction: () => navigate(`/journeys/${journeyId}`),
            },
          ],
        },
        { id: 'published', title: t(editorMessages.versions), items: published },
      ]}
    />
  );
}
