export { ApprovalControls } from './ApprovalControls';
export { csrfHeaders } from './csrf';
export { useHasRole, useMe } from './me';
export { roleMessages } from './role-messages';
export { SessionGate } from './SessionGate';
export { UserMenu } from './UserMenu';
