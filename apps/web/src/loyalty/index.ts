export { RewardsPage } from './RewardsPage';
export { RewardOptionsProvider } from './reward-options';
