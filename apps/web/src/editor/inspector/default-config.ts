import type { AnyNodeTypeSpec } from '@wayfarer/nodes';
import { defaultValue } from './model/default-value';
import { configSchemaOf } from './model/config-schema';
import { buildFieldModel } from './model/schema-to-model';

/**
 * A starting config for a node dropped from the palette: valid when no human input is needed,
 * otherwise complete except for what a human must type (an event name, a message body).
 */
export function defaultConfigFor(spec: AnyNodeTypeSpec): unknown {
  // Labels don't matter for defaults; any locale gives the same values.
  const value = defaultValue(buildFieldModel(configSchemaOf(spec), { locale: 'en' }));
  return value === undefined ? {} : value;
}
