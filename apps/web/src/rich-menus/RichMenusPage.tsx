import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'wouter';
import { useErrorText } from '../app/error-text';
import { useT } from '../app/i18n';
import { useTRPC } from '../app/trpc';
import { Badge, Button, ConfirmDialog, EmptyState, FormError, Page } from '../ui';
import { AreaOverlay } from './AreaOverlay';
import { richMenuMessages as m } from './messages';
import { RichMenuEditor } from './RichMenuEditor';
import { RichMenuRules } from './RichMenuRules';
import { useRichMenuImage } from './rich-menu-files';
import type { RichMenuBounds } from '@wayfarer/channels/spec';
import './rich-menus.css';

interface MenuView {
  id: string;
  name: string;
  chatBarText: string;
  size: 'full' | 'half';
  areas: { bounds: RichMenuBounds }[];
  imageId: string;
  isDefault: boolean;
}

function MenuCard({
  menu,
  onDefault,
  onDelete,
  busy,
}: {
  menu: MenuView;
  onDefault: () => void;
  onDelete: () => void;
  busy: boolean;
}) {
  const t = useT();
  const imageUrl = useRichMenuImage(menu.imageId);
  return (
    <li className="rich-menu-card" data-testid="rich-menu-card">
      <AreaOverlay
        imageUrl={imageUrl}
        size={menu.size}
        areas={menu.areas.map((area) => area.bounds)}
        label={menu.name}
      />
      <div className="rich-menu-card__body">
        <div className="rich-menu-card__title">
          <strong>{menu.name}</strong>
          {menu.isDefault && <Badge tone="success">{t(m.isDefault)}</Badge>}
        </div>
        <p className="muted">
          {t(m.chatBar, { text: menu.chatBarText })} · {t(m.areaCount, { count: menu.areas.length })}
        </p>
        <div className="rich-menu-card__actions">
          {!menu.isDefault && (
            <Button size="sm" disabled={busy} onClick={onDefault}>
              {t(m.setDefault)}
            </Button>
          )}
          <Button size="sm" variant="danger-ghost" disabled={busy} onClick={onDelete}>
            {t(m.delete)}
          </Button>
        </div>
      </div>
    </li>
  );
}

/** Settings → Channels → LINE rich menus (`/settings/channels/rich-menus`). */
export function RichMenusPage() {
  const t = useT();
  const errorText = useErrorText();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const menus = useQuery(trpc.richMenus.list.queryOptions());
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState<MenuView>();
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.richMenus.list.queryKey() });
  const setDefault = useMutation(trpc.richMenus.setDefault.mutationOptions({ onSuccess: refresh }));
  const remove = useMutation(
    trpc.richMenus.delete.mutationOptions({
      onSuccess: async () => {
        setDeleting(undefined);
        await refresh();
      },
    }),
  );
  const failure = setDefault.error ?? remove.error;
  return (
    <Page
      className="rich-menus-page"
      width="wide"
      title={t(m.title)}
      subtitle={t(m.subtitle)}
      back={<Link href="/settings/channels">{t(m.back)}</Link>}
      actions={
        !editing && (
          <Button variant="primary" onClick={() => setEditing(true)} data-testid="rich-menu-new">
            {t(m.create)}
          </Button>
        )
      }
    >
      {editing && <RichMenuEditor onDone={() => setEditing(false)} />}
      {failure !== null && <FormError>{t(m.failed, { reason: errorText(failure) })}</FormError>}
      {menus.isError ? (
        <EmptyState compact role="alert" actions={<Button onClick={() => void menus.refetch()}>{t(m.retry)}</Button>}>
          {t(m.loadFailed)}
        </EmptyState>
      ) : menus.isPending ? (
        <p className="muted" role="status">
          {t(m.loading)}
        </p>
      ) : menus.data.length === 0 ? (
        !editing && <EmptyState compact>{t(m.empty)}</EmptyState>
      ) : (
        <ul className="rich-menu-list">
          {menus.data.map((menu) => (
            <MenuCard
              key={menu.id}
              menu={menu as MenuView}
              busy={setDefault.isPending || remove.isPending}
              onDefault={() => setDefault.mutate({ id: menu.id })}
              onDelete={() => setDeleting(menu)}
            />
          ))}
        </ul>
      )}
      {menus.data !== undefined && menus.data.length > 0 && <RichMenuRules menus={menus.data} />}
      <ConfirmDialog
        isOpen={deleting !== undefined}
        title={t(m.deleteTitle, { name: deleting?.name ?? '' })}
        body={t(m.deleteBody)}
        confirmLabel={t(m.delete)}
        cancelLabel={t(m.cancel)}
        tone="danger"
        pending={remove.isPending}
        onConfirm={() => deleting !== undefined && remove.mutate({ id: deleting.id })}
        onCancel={() => setDeleting(undefined)}
      />
    </Page>
  );
}
