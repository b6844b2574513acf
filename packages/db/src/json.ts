/** Serialises a value for a jsonb column (see `Json<T>` in schema.ts). */
export function toJson(value: unknown): string {
  return JSON.stringify(value ?? null);
}
