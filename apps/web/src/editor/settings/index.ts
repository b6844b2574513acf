export { JourneySettingsPanel } from './JourneySettingsPanel';
export { SettingsButton } from './SettingsButton';
