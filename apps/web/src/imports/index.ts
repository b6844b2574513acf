export { ImportHistoryPage } from './ImportHistoryPage';
export { ImportProgressPage } from './ImportProgressPage';
export { ImportWizardPage } from './ImportWizardPage';
