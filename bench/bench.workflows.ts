// The benchmark worker's workflows: the real interpreter and the hand-written baseline.
export { journey } from '@wayfarer/workflows/journey';
export { baselineJourney } from './baseline.workflow';
