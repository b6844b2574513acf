export { ChannelSettingsPage } from './ChannelSettingsPage';
export { LineSetupPage } from './line-setup/LineSetupPage';
