export { ApiKeysPage } from './api-keys/ApiKeysPage';
export { AuditPage } from './audit/AuditPage';
export { SecretsPage } from './secrets/SecretsPage';
export { CustomerPrivacyActions } from './privacy/CustomerPrivacyActions';
export { adminMessages } from './messages';
