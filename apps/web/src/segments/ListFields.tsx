import { useQuery } from '@tanstack/react-query';
import { useT } from '../app/i18n';
import { useTRPC } from '../app/trpc';
import type { FieldsProps, Of } from './condition-props';
import { segmentMessages as m } from './messages';
import { NegateSelect } from './NegateSelect';

/** Is / is not on one of the workspace's lists (segments whose members come from files). */
export function ListFields({ condition, onChange }: FieldsProps<Of<'list'>>) {
  const t = useT();
  const trpc = useTRPC();
  const segments = useQuery(trpc.segments.list.queryOptions());
  const lists = (segments.data ?? []).filter((segment) => segment.kind === 'list');
  return (
    <>
      <NegateSelect
        negate={condition.negate}
        onChange={(negate) => onChange({ ...condition, negate })}
        labels={{ is: m.onList, not: m.notOnList }}
      />
      <select
        name="listId"
        aria-label={t(m.list)}
        value={condition.listId}
        onChange={(event) => onChange({ ...condition, listId: event.target.value })}
      >
        <option value="">{t(m.chooseList)}</option>
        {lists.map((list) => (
          <option key={list.id} value={list.id}>
            {list.name}
          </option>
        ))}
      </select>
    </>
  );
}
