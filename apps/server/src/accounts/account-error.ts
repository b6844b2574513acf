import { TRPCError, type TRPC_ERROR_CODE_KEY } from '@trpc/server';

/** Why an accounts operation was refused; stable codes, shown to the client in the message. */
export type AccountFailure =
  | 'sign_up_closed'
  | 'email_taken'
  | 'invalid_credentials'
  | 'rate_limited'
  | 'no_workspace'
  | 'invitation_invalid'
  | 'invitation_needs_password'
  | 'member_not_found'
  | 'owner_protected'
  | 'last_owner'
  | 'approval_required'
  | 'approval_not_requested'
  | 'not_signed_in'
  | 'weak_password';

const codes: Record<AccountFailure, TRPC_ERROR_CODE_KEY> = {
  sign_up_closed: 'FORBIDDEN',
  email_taken: 'CONFLICT',
  invalid_credentials: 'UNAUTHORIZED',
  rate_limited: 'TOO_MANY_REQUESTS',
  no_workspace: 'FORBIDDEN',
  invitation_invalid: 'NOT_FOUND',
  invitation_needs_password: 'UNAUTHORIZED',
  member_not_found: 'NOT_FOUND',
  owner_protected: 'FORBIDDEN',
  last_owner: 'PRECONDITION_FAILED',
  approval_required: 'PRECONDITION_FAILED',
  approval_not_requested: 'PRECONDITION_FAILED',
  not_signed_in: 'UNAUTHORIZED',
  weak_password: 'BAD_REQUEST',
};

/** A typed refusal: a TRPCError (so the API keeps its code and message) that also names the reason. */
export class AccountError extends TRPCError {
  constructor(
    readonly reason: AccountFailure,
    message: string,
  ) {
    super({ code: codes[reason], message: `${message} (${reason})` });
    this.name = 'AccountError';
  }
}
