export { JourneysPage } from './JourneysPage';
