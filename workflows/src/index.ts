// Public API for the worker and the server: names and types. The workflow itself is loaded by path.
export * from './contract';
export * from './broadcast-contract';
export * from './segment-refresh.contract';
export * from './date-trigger-sweep.contract';
export * from './loyalty-maintenance.contract';
export * from './experiment-decisions.contract';
export * from './simulation.contract';
export * from './customer-import.contract';
export * from './customer-export.contract';
export * from './test-send.contract';
export * from './data-retention.contract';
export * from './rich-menu-sync.contract';
