import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useT, type LocalizedText } from '../app/i18n';
import type { FieldNamer } from '../app/error-text';
import { Button } from '../ui';
import { useTRPC } from '../app/trpc';
import { rewardsMessages as m } from './messages';
import { useRefreshLoyalty } from './use-loyalty';
import {
  minimumFields,
  thresholdTiers,
  valueTierDraft,
  valueTierInput,
  withMinimum,
  type MinimumField,
  type ValueTierSettingsValue,
} from './value-tier-form';
import { ErrorNotice } from '../app/ErrorNotice';

type Counts = Record<(typeof thresholdTiers)[number] | 'potential', number>;
const fieldLabel: Record<MinimumField, typeof m.minSpend> = {
  purchases: m.minPurchases,
  spend: m.minSpend,
  referrals: m.minReferrals,
};

/** Names a refused field of the value-tier settings: `thresholds.core.spend` → "Core · Spend ≥". */
function valueTierFieldName(t: (text: LocalizedText) => string): FieldNamer {
  return (path) => {
    if (path === 'windowMonths') return t(m.windowMonths);
    const [, tier, field] = path.split('.');
    const tierText = (m as Readonly<Record<string, LocalizedText | undefined>>)[`tier_${tier ?? ''}`];
    const fieldText =
      field !== undefined && Object.hasOwn(fieldLabel, field) ? fieldLabel[field as MinimumField] : undefined;
    return tierText && fieldText ? `${t(tierText)} · ${t(fieldText)}` : undefined;
  };
}

/** Why a save or recompute failed, naming the fields at fault. */
function FailedLine({ error }: { error: unknown }) {
  const t = useT();
  if (!(error instanceof Error)) return null;
  return (
    <div className="rewards-error">
      <ErrorNotice error={error} lead={m.saveFailed} testId="value-tiers-error" nameOf={valueTierFieldName(t)} />
    </div>
  );
}

function ValueTiersForm({ settings, counts }: { settings: ValueTierSettingsValue; counts: Counts }) {
  const t = useT();
  const trpc = useTRPC();
  const refresh = useRefreshLoyalty();
  const [draft, setDraft] = useState(() => valueTierDraft(settings));
  const save = useMutation(trpc.loyalty.valueTiers.save.mutationOptions({ onSuccess: refresh }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(valueTierInput(draft));
  };
  return (
    <form className="rewards-form value-tiers-form" data-testid="value-tiers-form" onSubmit={submit}>
      <label>
        {t(m.valueWindow)}
        <input
          name="windowMonths"
          type="number"
          value={draft.windowMonths}
          onChange={(event) => setDraft({ ...draft, windowMonths: event.target.value })}
        />
      </label>
      <table className="ui-table">
        <thead>
          <tr>
            <th scope="col">{t(m.valueTier)}</th>
            {minimumFields.map((field) => (
              <th scope="col" key={field}>
                {t(fieldLabel[field])}
              </th>
            ))}
            <th scope="col">{t(m.customers)}</th>
          </tr>
        </thead>
        <tbody>
          {thresholdTiers.map((tier) => (
            <tr key={tier} data-testid={`value-tier-${tier}`}>
              <th scope="row">{t(m[`tier_${tier}`])}</th>
              {minimumFields.map((field) => (
                <td key={field}>
                  <input
                    name={`${tier}.${field}`}
                    aria-label={`${t(m[`tier_${tier}`])} ${t(fieldLabel[field])}`}
                    type="number"
                    step="any"
                    value={draft.thresholds[tier][field]}
                    onChange={(event) => setDraft(withMinimum(draft, tier, field, event.target.value))}
                  />
                </td>
              ))}
              <td data-testid={`value-tier-count-${tier}`}>{counts[tier]}</td>
            </tr>
          ))}
          <tr data-testid="value-tier-potential">
            <th scope="row">{t(m.tier_potential)}</th>
            <td colSpan={minimumFields.length} className="muted">
              {t(m.everyoneElse)}
            </td>
            <td data-testid="value-tier-count-potential">{counts.potential}</td>
          </tr>
        </tbody>
      </table>
      <Button type="submit" variant="primary" data-testid="value-tiers-save" disabled={save.isPending}>
        {t(m.save)}
      </Button>
      {save.isSuccess && <span className="muted">{t(m.saved)}</span>}
      <FailedLine error={save.error} />
    </form>
  );
}

/** Customer value tiers: the workspace's thresholds and window, customers per tier, recompute now. */
export function ValueTiersSection() {
  const t = useT();
  const trpc = useTRPC();
  const refresh = useRefreshLoyalty();
  const tiers = useQuery(trpc.loyalty.valueTiers.get.queryOptions());
  const recompute = useMutation(trpc.loyalty.valueTiers.refresh.mutationOptions({ onSuccess: refresh }));
  if (tiers.isPending) return <p role="status">{t(m.loading)}</p>;
  if (tiers.isError) return <p role="alert">{t(m.loadFailed)}</p>;
  const { counts, windowMonths, thresholds } = tiers.data;
  // A workspace without customers stores no tiers, so the refresh's own time is the one to show.
  const computedAt = recompute.data?.computedAt ?? tiers.data.computedAt;
  return (
    <>
      <p className="muted">{t(m.valueTiersIntro)}</p>
      <ValueTiersForm settings={{ windowMonths, thresholds }} counts={counts} />
      <p className="muted" data-testid="value-tiers-computed">
        {computedAt === null ? t(m.neverComputed) : t(m.computedAt, { date: new Date(computedAt).toLocaleString() })}
      </p>
      <Button data-testid="value-tiers-recompute" disabled={recompute.isPending} onClick={() => recompute.mutate()}>
        {t(m.recompute)}
      </Button>
      <FailedLine error={recompute.error} />
    </>
  );
}
