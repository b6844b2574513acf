export { LineFormsPage } from './LineFormsPage';
