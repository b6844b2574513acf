import { useMutation, useQuery } from '@tanstack/react-query';
import { MAX_JOURNEY_TAG_LENGTH, MAX_JOURNEY_TAGS } from '@wayfarer/journey';
import { Plus, X } from 'lucide-react';
import { useMemo, useState, type KeyboardEvent } from 'react';
import { useErrorText } from '../app/error-text';
import { useT } from '../app/i18n';
import { useTRPC } from '../app/trpc';
import { Button, Combobox, Dialog, Field, FormError, useToast } from '../ui';
import type { JourneyListEntry } from './journey-types';
import { journeyMessages as m } from './messages';
import { addTag, removeTag, sameTags, type TagProblem } from './tag-editing';
import { useInvalidateJourneys } from './use-invalidate-journeys';

export interface TagsDialogProps {
  journey: JourneyListEntry;
  onClose: () => void;
}

/**
 * A journey's tags: remove one with its ×, add one picked from the workspace's tags (with how many
 * journeys carry each) or typed new, then save them all at once (one change in the audit log).
 */
export function TagsDialog({ journey, onClose }: TagsDialogProps) {
  const t = useT();
  const trpc = useTRPC();
  const toast = useToast();
  const errorText = useErrorText();
  const onSuccess = useInvalidateJourneys();
  const known = useQuery(trpc.journeys.listTags.queryOptions()).data ?? [];
  const save = useMutation(trpc.journeys.setTags.mutationOptions({ onSuccess }));
  const [tags, setTags] = useState<string[]>(journey.tags);
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<Exclude<TagProblem, 'empty'> | null>(null);
  const options = useMemo(
    () =>
      known
        .filter((tag) => !tags.includes(tag.name))
        .map((tag) => ({ id: tag.name, description: t(m.knownTagUses, { count: tag.count }) })),
    [known, tags, t],
  );
  const problemText: Record<Exclude<TagProblem, 'empty'>, string> = {
    invisible: t(m.tagInvisible),
    tooLong: t(m.tagTooLong, { max: MAX_JOURNEY_TAG_LENGTH }),
    twice: t(m.tagTwice, { tag: typed.trim() }),
    tooMany: t(m.tooManyTags, { max: MAX_JOURNEY_TAGS }),
  };
  const add = () => {
    const added = addTag(
      tags,
      typed,
      known.map((tag) => tag.name),
    );
    if (added.ok) {
      setTags(added.tags);
      setTyped('');
    }
    setProblem(added.ok || added.problem === 'empty' ? null : added.problem);
  };
  // Enter adds what was typed; React Aria has already taken it when it picked an item from the list.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || event.defaultPrevented) return;
    event.preventDefault();
    add();
  };
  const close = () => {
    save.reset();
    onClose();
  };
  const submit = () =>
    save.mutate(
      { journeyId: journey.id, tags },
      {
        onSuccess: () => {
          toast.show(t(m.tagsSaved, { name: journey.name }), 'success');
          close();
        },
      },
    );
  return (
    <Dialog
      isOpen
      onClose={close}
      title={t(m.editTagsTitle, { name: journey.name })}
      description={t(m.editTagsHelp)}
      closeLabel={t(m.cancel)}
      size="md"
      dismissable={!save.isPending}
      testId="tags-dialog"
      footer={
        <>
          <Button onClick={close}>{t(m.cancel)}</Button>
          <Button
            variant="primary"
            data-testid="save-tags"
            disabled={save.isPending || sameTags(tags, journey.tags)}
            onClick={submit}
          >
            {save.isPending ? t(m.working) : t(m.save)}
          </Button>
        </>
      }
    >
      {tags.length === 0 ? (
        <p className="muted">{t(m.noTags)}</p>
      ) : (
        <ul className="tag-chips tag-chips--editable" aria-label={t(m.tagsLabel)} data-testid="tags-dialog-tags">
          {tags.map((tag) => (
            <li key={tag} className="tag-chip" data-tag={tag}>
              <span className="tag-chip__name">{tag}</span>
              <button
                type="button"
                className="tag-chip__remove"
                aria-label={t(m.removeTag, { tag })}
                data-testid="remove-tag"
                onClick={() => setTags(removeTag(tags, tag))}
              >
                <X size={14} aria-hidden="true" />
              </button>
            </li>
          ))}
        </ul>
      )}
      <Field label={t(m.newTagLabel)} error={problem === null ? undefined : problemText[problem]}>
        {(control) => (
          <div className="tags-dialog__add" onKeyDown={onKeyDown}>
            <Combobox
              {...control}
              name="newTag"
              testId="new-tag"
              value={typed}
              onChange={(value) => {
                setTyped(value);
                setProblem(null);
              }}
              options={options}
              placeholder={t(m.newTagPlaceholder)}
              showOptionsLabel={t(m.showKnownTags)}
              emptyText={t(m.noKnownTags)}
            />
            <Button icon={Plus} data-testid="add-tag" disabled={typed.trim() === ''} onClick={add}>
              {t(m.addTag)}
            </Button>
          </div>
        )}
      </Field>
      {save.error && <FormError testId="tags-error">{t(m.actionFailed, { message: errorText(save.error) })}</FormError>}
    </Dialog>
  );
}
