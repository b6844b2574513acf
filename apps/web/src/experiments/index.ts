export { ExperimentsPage } from './ExperimentsPage';
export { ControlGroupPage } from './ControlGroupPage';
