import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useLocation } from 'wouter';
import { segmentRuleSchema } from '@wayfarer/segments';
import { useT } from '../app/i18n';
import type { FieldNamer } from '../app/error-text';
import { useTRPC } from '../app/trpc';
import { segmentMessages as m } from './messages';
import { treeToRule, type RuleGroup } from './rule-tree';
import { RuleBuilder } from './RuleBuilder';
import { SegmentActions } from './SegmentActions';
import { SegmentAudience } from './SegmentAudience';
import { Card, Field } from '../ui';
import { ErrorNotice } from '../app/ErrorNotice';

/** Names a refused field of a segment. */
function useSegmentFieldName(): FieldNamer {
  const t = useT();
  return (path) => {
    if (path === 'name') return t(m.name);
    if (path === 'description') return t(m.description);
    return path.startsWith('rule') ? t(m.rules) : undefined;
  };
}

export interface SegmentDraft {
  name: string;
  description: string;
  tree: RuleGroup;
}

/** The segment's form: name, description, rule builder, the live audience, save and archive. */
export function SegmentEditor({ segmentId, initial }: { segmentId: string | undefined; initial: SegmentDraft }) {
  const t = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();
  const [name, setName] = useState(initial.name);
  const [description, setDescription] = useState(initial.description);
  const [tree, setTree] = useState(initial.tree);
  const [savedNotice, setSavedNotice] = useState(false);
  const rule = useMemo(() => treeToRule(tree), [tree]);
  const complete = useMemo(() => segmentRuleSchema.safeParse(rule).success, [rule]);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.segments.pathKey() });
  const create = useMutation(trpc.segments.create.mutationOptions());
  const update = useMutation(trpc.segments.update.mutationOptions());
  const save = () => {
    setSavedNotice(false);
    const done = () => {
      setSavedNotice(true);
      void refresh();
    };
    if (segmentId === undefined) {
      create.mutate(
        { name, description, rule },
        {
          onSuccess: (created) => {
            done();
            navigate(`/segments/${created.id}`, { replace: true });
          },
        },
      );
    } else update.mutate({ id: segmentId, name, description, rule }, { onSuccess: done });
  };
  const saveError = create.error ?? update.error;
  const segmentFieldName = useSegmentFieldName();
  return (
    <form
      className="segment-form"
      data-testid="segment-editor"
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <header className="ui-page__header">
        <h1>{name.trim() === '' ? t(m.untitled) : name}</h1>
        <SegmentActions
          segmentId={segmentId}
          name={name}
          saving={create.isPending || update.isPending}
          canSave={complete}
          onArchived={() => {
            void refresh();
            navigate('/segments');
          }}
        />
      </header>
      {saveError && <ErrorNotice error={saveError} lead={m.saveFailed} nameOf={segmentFieldName} />}
      {savedNotice && !saveError && (
        <p className="segment-notice" role="status" data-testid="segment-saved">
          {t(m.saved)}
        </p>
      )}
      <Card className="segment-card">
        <Field label={t(m.name)}>
          {(control) => (
            <input
              {...control}
              name="segmentName"
              data-testid="segment-name"
              required
              maxLength={120}
              placeholder={t(m.namePlaceholder)}
              value={name}
              onChange={(event) => setName(event.target.value)}
            />
          )}
        </Field>
        <Field label={t(m.description)}>
          {(control) => (
            <textarea
              {...control}
              name="segmentDescription"
              rows={2}
              maxLength={1000}
              value={description}
              onChange={(event) => setDescription(event.target.value)}
            />
          )}
        </Field>
      </Card>
      <Card className="segment-card" title={t(m.rules)}>
        <RuleBuilder value={tree} onChange={setTree} />
      </Card>
      <SegmentAudience rule={rule} />
    </form>
  );
}
