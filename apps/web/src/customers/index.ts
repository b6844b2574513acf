export { CustomersPage } from './CustomersPage';
export { CustomerProfilePage } from './CustomerProfilePage';
