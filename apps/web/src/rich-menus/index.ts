export { RichMenusPage } from './RichMenusPage';
