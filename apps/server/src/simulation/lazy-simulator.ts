// The server's one simulator (issue 7): created on the first simulation request, so a server that
// never simulates never starts a test server; closed when the server stops.
import type { WorkflowBundleOption } from '@temporalio/worker';
import type { Db } from '@wayfarer/db';
import type { RuntimeRegistry } from '@wayfarer/nodes/runtime';
import { loadRuntimeRegistry } from '@wayfarer/config';
import { createSimulator, type Simulator } from '@wayfarer/simulation';

/** How the server's simulator is built; everything is optional. */
export interface SimulationOptions {
  /** Node runtimes to run; by default those of the nearest wayfarer.config.json. */
  runtimes?: RuntimeRegistry;
  /** A pre-built journey workflow bundle; bundled from source on first use when absent. */
  workflowBundle?: WorkflowBundleOption;
  /** The time-skipping test server binary; looked up like the tests do when absent. */
  testServerPath?: string;
}

export interface LazySimulator {
  get(): Promise<Simulator>;
  close(): Promise<void>;
}

export function lazySimulator(db: Db, options: SimulationOptions = {}): LazySimulator {
  let simulator: Promise<Simulator> | undefined;
  const create = async (): Promise<Simulator> => {
    const runtimes = options.runtimes ?? (await loadRuntimeRegistry());
    return createSimulator({
      db,
      runtimes,
      ...(options.workflowBundle ? { workflowBundle: options.workflowBundle } : {}),
      ...(options.testServerPath ? { testServerPath: options.testServerPath } : {}),
    });
  };
  return {
    get: () => {
      simulator ??= create();
      // A configuration that failed to load is tried again on the next request.
      simulator.catch(() => (simulator = undefined));
      return simulator;
    },
    close: async () => {
      const current = simulator;
      simulator = undefined;
      if (current) await (await current.catch(() => undefined))?.close();
    },
  };
}
