export { ApiKeysPage } from './api-keys/ApiKeysPage';
export { AuditPage } from './audit/AuditPage';
export { CustomerPrivacyActions } from './privacy/CustomerPrivacyActions';
export { adminMessages } from './messages';
