/** Why a simulation could not run: the request is unusable, or the simulator cannot start here. */
export type SimulationErrorCode = 'invalid_customer' | 'no_trigger' | 'no_date' | 'simulator_unavailable';

export class SimulationError extends Error {
  constructor(
    readonly code: SimulationErrorCode,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'SimulationError';
  }
}
