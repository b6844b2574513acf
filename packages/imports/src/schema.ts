// @wayfarer/imports/schema: the mapping schema and the problem words only — safe in the browser
// (the import wizard), where the package's root would bring the row mapper's server-side imports.
export * from './mapping/mapping.schema';
export * from './mapping/problems';
export * from './mapping/problem-text';
