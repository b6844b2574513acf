export { ApprovalControls } from './ApprovalControls';
export { csrfHeaders } from './csrf';
export { useHasRole, useMe } from './me';
export { SessionGate } from './SessionGate';
export { SignOutButton } from './SignOutButton';
