import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ArrowDown, ArrowUp, Plus, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { useErrorText } from '../app/error-text';
import { useT } from '../app/i18n';
import { useTRPC } from '../app/trpc';
import { Button, Card, FormError, Select, useToast } from '../ui';
import { richMenuMessages as m } from './messages';
import { isComplete, moveLine, newRuleLine, withKind, type RichMenuRuleDraft } from './rule-draft';

/**
 * "Menu per tier or segment": an ordered list of lines; the first that holds for a customer gives
 * their menu, none gives the default. Customers are moved as their tier or segments change.
 */
export function RichMenuRules({ menus }: { menus: readonly { id: string; name: string }[] }) {
  const t = useT();
  const errorText = useErrorText();
  const toast = useToast();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const saved = useQuery(trpc.richMenus.rules.queryOptions());
  const tiers = useQuery(trpc.loyalty.tiers.list.queryOptions());
  const segments = useQuery(trpc.segments.list.queryOptions());
  const [draft, setDraft] = useState<RichMenuRuleDraft[]>();
  const rules: readonly RichMenuRuleDraft[] = draft ?? saved.data?.rules ?? [];
  const save = useMutation(
    trpc.richMenus.saveRules.mutationOptions({
      onSuccess: async () => {
        setDraft(undefined);
        await queryClient.invalidateQueries({ queryKey: trpc.richMenus.rules.queryKey() });
        toast.show(t(m.rulesSaved), 'success');
      },
    }),
  );
  const change = (index: number, line: RichMenuRuleDraft) =>
    setDraft(rules.map((rule, at) => (at === index ? line : rule)));
  const choose = (label: string, options: readonly { value: string; label: string }[]) => [
    { value: '', label, disabled: true },
    ...options,
  ];
  const tierOptions = (tiers.data ?? []).map((tier) => ({ value: tier.key, label: tier.name }));
  const segmentOptions = (segments.data ?? []).map((segment) => ({ value: segment.id, label: segment.name }));
  const menuOptions = menus.map((menu) => ({ value: menu.id, label: menu.name }));
  return (
    <Card
      className="rich-menu-rules-card"
      title={t(m.rulesTitle)}
      description={t(m.rulesHelp)}
      testId="rich-menu-rules"
    >
      {rules.length === 0 && <p className="muted">{t(m.rulesEmpty)}</p>}
      <ol className="rich-menu-rules">
        {rules.map((rule, index) => (
          <li key={index} className="rich-menu-rule" data-testid="rich-menu-rule">
            <Select
              aria-label={t(m.ruleKind)}
              value={rule.kind}
              options={[
                { value: 'tier', label: t(m.kindTier) },
                { value: 'segment', label: t(m.kindSegment) },
              ]}
              onChange={(event) => change(index, withKind(rule, event.target.value as RichMenuRuleDraft['kind']))}
            />
            {rule.kind === 'tier' ? (
              <Select
                aria-label={t(m.kindTier)}
                value={rule.tierKey}
                options={choose(t(m.chooseTier), tierOptions)}
                onChange={(event) => change(index, { ...rule, tierKey: event.target.value })}
              />
            ) : (
              <Select
                aria-label={t(m.kindSegment)}
                value={rule.segmentId}
                options={choose(t(m.chooseSegment), segmentOptions)}
                onChange={(event) => change(index, { ...rule, segmentId: event.target.value })}
              />
            )}
            <span aria-hidden="true">→</span>
            <Select
              aria-label={t(m.ruleMenu)}
              value={rule.richMenuId}
              options={choose(t(m.chooseMenu), menuOptions)}
              onChange={(event) => change(index, { ...rule, richMenuId: event.target.value })}
            />
            <Button
              size="sm"
              variant="ghost"
              icon={ArrowUp}
              iconOnly
              disabled={index === 0}
              onClick={() => setDraft(moveLine(rules, index, -1))}
            >
              {t(m.moveUp)}
            </Button>
            <Button
              size="sm"
              variant="ghost"
              icon={ArrowDown}
              iconOnly
              disabled={index === rules.length - 1}
              onClick={() => setDraft(moveLine(rules, index, 1))}
            >
              {t(m.moveDown)}
            </Button>
            <Button
              size="sm"
              variant="danger-ghost"
              icon={Trash2}
              iconOnly
              onClick={() => setDraft(rules.filter((_rule, at) => at !== index))}
            >
              {t(m.removeRule)}
            </Button>
          </li>
        ))}
      </ol>
      <div className="rich-menu-rules__actions">
        <Button icon={Plus} onClick={() => setDraft([...rules, newRuleLine()])} data-testid="rich-menu-rule-add">
          {t(m.addRule)}
        </Button>
        <Button
          variant="primary"
          disabled={draft === undefined || !isComplete(rules) || save.isPending}
          onClick={() => save.mutate({ rules: [...rules] })}
          data-testid="rich-menu-rules-save"
        >
          {t(m.saveRules)}
        </Button>
      </div>
      {draft !== undefined && !isComplete(rules) && <p className="muted">{t(m.rulesIncomplete)}</p>}
      {save.error !== null && <FormError>{t(m.failed, { reason: errorText(save.error) })}</FormError>}
    </Card>
  );
}
