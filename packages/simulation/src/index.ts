// @wayfarer/simulation: run a journey for one customer over days in seconds (issue 7), on the real
// interpreter (the time-skipping Temporal test server) and the real node runtimes, writing nothing.
export { createSimulator } from './simulator';
export type { SimulationRequest, Simulator, SimulatorOptions } from './simulator';
export { SimulationError } from './simulation-error';
export type { SimulationErrorCode } from './simulation-error';
export * from './simulation.schema';
