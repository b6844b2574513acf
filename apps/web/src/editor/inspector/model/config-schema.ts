import type { z } from 'zod';
import type { AnyNodeTypeSpec } from '@wayfarer/nodes';

/** A spec's config schema, typed: `AnyNodeTypeSpec` erases it to `any` for registry variance. */
export function configSchemaOf(spec: AnyNodeTypeSpec): z.ZodType {
  return spec.config as z.ZodType;
}
