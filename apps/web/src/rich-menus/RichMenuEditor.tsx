import { useMutation, useQueryClient } from '@tanstack/react-query';
import { layoutBounds, richMenuLayouts, type RichMenuGridLayout, type RichMenuSize } from '@wayfarer/channels/spec';
import { useState } from 'react';
import { useErrorText } from '../app/error-text';
import { useT } from '../app/i18n';
import { useTRPC } from '../app/trpc';
import { Button, Card, Field, FormError, SegmentedControl, Select } from '../ui';
import { AreaOverlay } from './AreaOverlay';
import { resizeDrafts, toAction, type ActionKind, type AreaDraft } from './area-actions';
import { richMenuMessages as m } from './messages';
import { uploadRichMenuImage, useRichMenuImage, type UploadedImage } from './rich-menu-files';

const layoutLabels = { six: m.layoutSix, four: m.layoutFour, three: m.layoutThree, two: m.layoutTwo, one: m.layoutOne };
const layouts = Object.keys(richMenuLayouts) as RichMenuGridLayout[];
const areaCount = (layout: RichMenuGridLayout) => richMenuLayouts[layout].columns * richMenuLayouts[layout].rows;

/** Creating a menu: name, chat bar text, the image, a layout drawn over it, an action per area. */
export function RichMenuEditor({ onDone }: { onDone: () => void }) {
  const t = useT();
  const errorText = useErrorText();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [chatBarText, setChatBarText] = useState('');
  const [image, setImage] = useState<UploadedImage>();
  const [upload, setUpload] = useState<{ pending: boolean; error?: string }>({ pending: false });
  const [layout, setLayout] = useState<RichMenuGridLayout>('six');
  const [drafts, setDrafts] = useState<AreaDraft[]>(resizeDrafts([], areaCount('six')));
  const imageUrl = useRichMenuImage(image?.imageId);
  const size: RichMenuSize = image?.size ?? 'full';
  const bounds = layoutBounds(layout, size);
  const create = useMutation(
    trpc.richMenus.create.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.richMenus.list.queryKey() });
        onDone();
      },
    }),
  );

  const pickFile = async (file: File | undefined) => {
    if (file === undefined) return;
    setUpload({ pending: true });
    try {
      setImage(await uploadRichMenuImage(file));
      setUpload({ pending: false });
    } catch (error) {
      setImage(undefined);
      setUpload({ pending: false, error: error instanceof Error ? error.message : String(error) });
    }
  };
  const chooseLayout = (next: RichMenuGridLayout) => {
    setLayout(next);
    setDrafts((current) => resizeDrafts(current, areaCount(next)));
  };
  const editDraft = (index: number, patch: Partial<AreaDraft>) =>
    setDrafts((current) => current.map((draft, at) => (at === index ? { ...draft, ...patch } : draft)));
  const submit = () => {
    if (image === undefined) return;
    const areas = bounds.map((area, index) => ({
      bounds: area,
      action: toAction(drafts[index] ?? { kind: 'postback', value: '' }),
    }));
    create.mutate({ name, chatBarText, size, layout, areas, imageId: image.imageId });
  };

  return (
    <Card className="rich-menu-editor" data-testid="rich-menu-editor">
      <h2>{t(m.editorTitle)}</h2>
      <div className="rich-menu-editor__columns">
        <div className="rich-menu-editor__fields">
          <Field label={t(m.name)}>
            {(control) => <input {...control} value={name} onChange={(e) => setName(e.target.value)} />}
          </Field>
          <Field label={t(m.chatBarText)} help={t(m.chatBarHelp)}>
            {(control) => (
              <input {...control} maxLength={14} value={chatBarText} onChange={(e) => setChatBarText(e.target.value)} />
            )}
          </Field>
          <Field
            label={t(m.image)}
            error={upload.error}
            help={
              upload.pending
                ? t(m.uploading)
                : image === undefined
                  ? t(m.imageHelp)
                  : t(m.uploaded, { size: t(image.size === 'half' ? m.sizeHalf : m.sizeFull) })
            }
          >
            {(control) => (
              <input
                {...control}
                type="file"
                accept="image/png,image/jpeg"
                data-testid="rich-menu-image"
                onChange={(e) => void pickFile(e.target.files?.[0])}
              />
            )}
          </Field>
          <SegmentedControl
            label={t(m.layout)}
            value={layout}
            options={layouts.map((value) => ({ value, label: t(layoutLabels[value]) }))}
            onChange={chooseLayout}
            testId="rich-menu-layout"
          />
        </div>
        <div className="rich-menu-editor__preview">
          <AreaOverlay imageUrl={imageUrl} size={size} areas={bounds} label={t(m.layout)} />
          {image === undefined && <p className="muted">{t(m.noImage)}</p>}
        </div>
      </div>
      <ol className="rich-menu-editor__areas">
        {drafts.map((draft, index) => (
          <li key={index} className="rich-menu-editor__area" data-testid="rich-menu-area-form">
            <span className="rich-menu-editor__area-number">{t(m.area, { n: index + 1 })}</span>
            <Select
              aria-label={`${t(m.area, { n: index + 1 })} · ${t(m.actionType)}`}
              value={draft.kind}
              onChange={(e) => editDraft(index, { kind: e.target.value as ActionKind })}
              options={[
                { value: 'postback', label: t(m.actionPostback) },
                { value: 'message', label: t(m.actionMessage) },
                { value: 'uri', label: t(m.actionUri) },
              ]}
            />
            <input
              aria-label={`${t(m.area, { n: index + 1 })} · ${t(m.actionValue)}`}
              placeholder={t(
                draft.kind === 'uri'
                  ? m.uriPlaceholder
                  : draft.kind === 'message'
                    ? m.messagePlaceholder
                    : m.postbackPlaceholder,
              )}
              value={draft.value}
              onChange={(e) => editDraft(index, { value: e.target.value })}
            />
          </li>
        ))}
      </ol>
      {create.isError && <FormError>{t(m.failed, { reason: errorText(create.error) })}</FormError>}
      <div className="rich-menu-editor__actions">
        <Button variant="ghost" onClick={onDone}>
          {t(m.cancel)}
        </Button>
        <Button
          variant="primary"
          disabled={image === undefined || create.isPending}
          onClick={submit}
          data-testid="rich-menu-save"
        >
          {create.isPending ? t(m.saving) : t(m.save)}
        </Button>
      </div>
    </Card>
  );
}
