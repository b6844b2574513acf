import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTRPC } from '../app/trpc';
import { useDebouncedValue } from '../journeys/use-debounced-value';

/**
 * A customer search box's text and the workspace's customers matching it (name, email or id; the
 * newest first while it is empty), asked once per pause in typing.
 */
export function useCustomerSearch(limit: number) {
  const trpc = useTRPC();
  const [search, setSearch] = useState('');
  const term = useDebouncedValue(search.trim(), 250);
  const found = useQuery(trpc.customers.list.queryOptions({ limit, ...(term === '' ? {} : { search: term }) }));
  // `status`: 'pending' until the first answer, then 'success' (or 'error').
  return { search, setSearch, customers: found.data?.items ?? [], status: found.status };
}
