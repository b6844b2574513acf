import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ImportMapping } from '@wayfarer/imports/schema';
import { useRef, useState } from 'react';
import { useLocation } from 'wouter';
import { useErrorText } from '../app/error-text';
import { useT } from '../app/i18n';
import { useTRPC, useTRPCClient } from '../app/trpc';
import { Button, Card, Field, FormError, Select } from '../ui';
import type { UploadedFile } from './import-types';
import { reviewMessages as r } from './review-messages';
import { wizardMessages as m } from './wizard-messages';

type ListMode = 'append' | 'replace' | 'remove';
const NONE = '';
const NEW = 'new';

const modeLabels = { append: r.modeAppend, replace: r.modeReplace, remove: r.modeRemove } as const;

/** Step 4: optionally a list the customers go onto (or come off), then the import starts. */
export function ListStep({
  file,
  mapping,
  onBack,
}: {
  file: UploadedFile;
  mapping: ImportMapping;
  onBack: () => void;
}) {
  const t = useT();
  const errorText = useErrorText();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();
  const segments = useQuery(trpc.segments.list.queryOptions());
  const lists = (segments.data ?? []).filter((segment) => segment.kind === 'list');
  const [choice, setChoice] = useState(NONE);
  const [name, setName] = useState('');
  const [mode, setMode] = useState<ListMode>('append');
  const [tried, setTried] = useState(false);
  const nameMissing = choice === NEW && name.trim() === '';
  // A list made by a try whose start then failed is used by the next try, not made twice.
  const createdList = useRef<{ name: string; id: string } | null>(null);
  const newListId = async () => {
    if (createdList.current?.name !== name.trim()) {
      const list = await client.lists.create.mutate({ name: name.trim() });
      createdList.current = { name: list.name, id: list.id };
    }
    return createdList.current.id;
  };

  const start = useMutation({
    mutationFn: async () => {
      const listId = choice === NEW ? await newListId() : choice;
      return client.imports.start.mutate({
        fileId: file.fileId,
        mapping,
        ...(listId === NONE ? {} : { list: { listId, mode: choice === NEW ? 'append' : mode } }),
      });
    },
    onSuccess: async (job) => {
      await queryClient.invalidateQueries({ queryKey: trpc.imports.list.queryKey() });
      navigate(`/customers/imports/${job.id}`);
    },
  });
  const mapped = Object.values(mapping.columns).filter((target) => target.target !== 'ignore').length;

  return (
    <Card className="import-step" title={t(r.listTitle)} description={t(r.listHelp)} testId="import-list-step">
      <div className="import-list-fields">
        <Field label={t(r.listLabel)}>
          {(control) => (
            <Select {...control} name="list" value={choice} onChange={(event) => setChoice(event.target.value)}>
              <option value={NONE}>{t(r.listNone)}</option>
              {lists.map((list) => (
                <option key={list.id} value={list.id}>
                  {list.name} · {t(r.members, { count: list.memberCount })}
                </option>
              ))}
              <option value={NEW}>{t(r.listNew)}</option>
            </Select>
          )}
        </Field>
        {choice === NEW && (
          <Field label={t(r.listName)} error={tried && nameMissing ? t(r.listNameMissing) : undefined}>
            {(control) => (
              <input
                {...control}
                name="listName"
                value={name}
                maxLength={200}
                onChange={(event) => setName(event.target.value)}
              />
            )}
          </Field>
        )}
        {choice !== NONE && choice !== NEW && (
          <fieldset className="import-list-mode">
            <legend className="ui-field__label">{t(r.listMode)}</legend>
            {(['append', 'replace', 'remove'] as const).map((value) => (
              <label key={value} className="import-list-mode__option">
                <input
                  type="radio"
                  name="mode"
                  value={value}
                  checked={mode === value}
                  onChange={() => setMode(value)}
                />
                {t(modeLabels[value])}
              </label>
            ))}
          </fieldset>
        )}
      </div>
      <p className="import-summary" data-testid="import-summary">
        {t(r.summary, { file: file.name, columns: mapped })}
      </p>
      {start.isError && (
        <FormError testId="import-start-error">{t(r.startFailed, { reason: errorText(start.error) })}</FormError>
      )}
      <div className="import-actions">
        <Button onClick={onBack}>{t(m.previous)}</Button>
        <Button
          variant="primary"
          data-testid="import-start"
          disabled={start.isPending}
          onClick={() => {
            setTried(true);
            if (!nameMissing) start.mutate();
          }}
        >
          {start.isPending ? t(r.starting) : t(r.start)}
        </Button>
      </div>
    </Card>
  );
}
