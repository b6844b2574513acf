import type { SecretBox } from '@wayfarer/channels';
import { findWorkspaceSecret, type Db } from '@wayfarer/db';
import {
  provideService,
  secretsService,
  StepFailure,
  type SecretsService,
  type ServiceProvider,
} from '@wayfarer/nodes/runtime';
import { openWorkspaceSecret } from './workspace-secret';

export interface SecretsProviderOptions {
  /** Where secrets are read (a pool: reads happen outside the step's transaction too). */
  db: Db;
  /** Opens them (WAYFARER_SECRET_KEY); without it a stored secret cannot be read. */
  box: SecretBox | undefined;
}

/** `secrets` for one step: the workspace's sealed secrets, opened on read. */
export function secretsProvider(options: SecretsProviderOptions): ServiceProvider {
  return provideService(secretsService, ({ step }): SecretsService => {
    const get = async (name: string): Promise<string | undefined> => {
      const sealed = await findWorkspaceSecret(options.db, step.workspaceId, name);
      if (sealed === undefined) return undefined;
      if (options.box === undefined) {
        throw new StepFailure('secrets_unavailable', `Secret "${name}" cannot be opened: no secret key is set.`, {
          retryable: false,
        });
      }
      return openWorkspaceSecret(options.box, step.workspaceId, name, sealed);
    };
    return {
      get,
      require: async (name) => {
        const value = await get(name);
        if (value !== undefined) return value;
        throw new StepFailure('secret_missing', `The workspace has no secret "${name}"; an admin sets it first.`, {
          retryable: false,
        });
      },
    };
  });
}
