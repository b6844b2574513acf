import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useT } from '../app/i18n';
import { useTRPC } from '../app/trpc';
import { Button } from '../ui';
import { CircleCheck, Clock } from 'lucide-react';
import { useHasRole, useMe } from './me';
import { authMessages as m } from './messages';

interface ApprovalControlsProps {
  journeyId: string;
  /** Saves pending edits first: approval is of the saved draft revision. */
  flush: () => Promise<unknown>;
}

/**
 * When the workspace requires approval: an editor asks for it, a publisher approves the current
 * draft revision. Shows nothing when approvals are off.
 */
export function ApprovalControls({ journeyId, flush }: ApprovalControlsProps) {
  const t = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const me = useMe();
  const mayApprove = useHasRole('publisher');
  const required = me?.workspace.requireApproval ?? false;
  const status = useQuery({ ...trpc.journeys.approval.queryOptions({ journeyId }), enabled: required });
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.journeys.approval.queryKey({ journeyId }) });
  const request = useMutation(trpc.journeys.requestApproval.mutationOptions({ onSuccess: refresh }));
  const approve = useMutation(trpc.journeys.approve.mutationOptions({ onSuccess: refresh }));
  if (!required || !status.data) return null;
  const { state } = status.data;
  const askApproval = async () => {
    await flush();
    request.mutate({ journeyId });
  };
  const giveApproval = async () => {
    await flush();
    const latest = await queryClient.fetchQuery({
      ...trpc.journeys.approval.queryOptions({ journeyId }),
      staleTime: 0,
    });
    approve.mutate({ journeyId, draftRevision: latest.draftRevision });
  };
  return (
    <>
      <span className="approval-status" data-testid="approval-state" data-state={state}>
        {state === 'pending' && (
          <>
            <Clock size={14} aria-hidden="true" /> {t(m.approvalPending)}
          </>
        )}
        {state === 'approved' && (
          <>
            <CircleCheck size={14} aria-hidden="true" /> {t(m.approved)}
          </>
        )}
      </span>
      {state === 'none' && (
        <Button data-testid="request-approval" onClick={() => void askApproval()} disabled={request.isPending}>
          {t(m.requestApproval)}
        </Button>
      )}
      {mayApprove && state !== 'approved' && (
        <Button
          variant="primary"
          data-testid="approve"
          onClick={() => void giveApproval()}
          disabled={approve.isPending}
        >
          {t(m.approve)}
        </Button>
      )}
    </>
  );
}
