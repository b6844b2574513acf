export { ChannelSettingsPage } from './ChannelSettingsPage';
export { RetentionSettingsPage } from './RetentionSettingsPage';
