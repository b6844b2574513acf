import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useT } from '../app/i18n';
import { Button } from '../ui';
import { useTRPC } from '../app/trpc';
import { rewardsMessages as m } from './messages';
import { PrizeFields } from './PrizeFields';
import { emptyPrize, prizeInput, type PrizeDraft } from './reward-forms';
import { SaveError } from './SaveError';
import { useRefreshLoyalty } from './use-loyalty';

/** Creates a lottery: weighted prizes (each with optional stock) against a weight of no prize. */
export function LotteryForm() {
  const t = useT();
  const trpc = useTRPC();
  const refresh = useRefreshLoyalty();
  const [name, setName] = useState('');
  const [loseWeight, setLoseWeight] = useState('0');
  const [whenExhausted, setWhenExhausted] = useState<'lose' | 'redistribute'>('lose');
  const [prizes, setPrizes] = useState<PrizeDraft[]>([emptyPrize()]);
  const create = useMutation(trpc.loyalty.lotteries.create.mutationOptions({ onSuccess: refresh }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = { name, loseWeight: Number(loseWeight), whenExhausted, prizes: prizes.map(prizeInput) };
    create.mutate(input, {
      onSuccess: () => {
        setName('');
        setPrizes([emptyPrize()]);
      },
    });
  };
  return (
    <form className="rewards-form" data-testid="lottery-form" onSubmit={submit}>
      <label>
        {t(m.name)}
        <input name="name" value={name} onChange={(event) => setName(event.target.value)} />
      </label>
      <label>
        {t(m.loseWeight)}
        <input
          name="loseWeight"
          type="number"
          min={0}
          value={loseWeight}
          onChange={(event) => setLoseWeight(event.target.value)}
        />
      </label>
      <label>
        {t(m.whenExhausted)}
        <select
          name="whenExhausted"
          value={whenExhausted}
          onChange={(event) => setWhenExhausted(event.target.value as 'lose' | 'redistribute')}
        >
          <option value="lose">{t(m.exhaustedLose)}</option>
          <option value="redistribute">{t(m.exhaustedRedistribute)}</option>
        </select>
      </label>
      {prizes.map((prize, index) => (
        <PrizeFields
          key={index}
          index={index}
          draft={prize}
          onChange={(next) => setPrizes(prizes.map((old, at) => (at === index ? next : old)))}
          onRemove={prizes.length > 1 ? () => setPrizes(prizes.filter((_, at) => at !== index)) : undefined}
        />
      ))}
      <Button data-testid="prize-add" onClick={() => setPrizes([...prizes, emptyPrize()])}>
        {t(m.addPrize)}
      </Button>
      <Button type="submit" variant="primary" data-testid="lottery-create" disabled={create.isPending}>
        {t(m.create)}
      </Button>
      <SaveError error={create.error} />
    </form>
  );
}
