export { ChannelSettingsPage } from './ChannelSettingsPage';
