export { ChannelSettingsPage } from './ChannelSettingsPage';
export { RetentionSettingsPage } from './RetentionSettingsPage';
export { LineSetupPage } from './line-setup/LineSetupPage';
