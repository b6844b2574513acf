import { useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../app/trpc';

/** Refetches every loyalty list (stock and odds move together: a lottery prize may be a coupon). */
export function useRefreshLoyalty(): () => Promise<void> {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: trpc.loyalty.pathKey() });
}
