// @wayfarer/imports: what a column of an imported customer file means and what each row becomes
// (pure: safe in the browser). Reading files (CSV, XLSX, encodings) is in `@wayfarer/imports/files`.
export * from './mapping/mapping.schema';
export * from './mapping/problems';
export * from './mapping/problem-text';
export * from './mapping/import-record';
export {
  createRowMapper,
  missingColumns,
  MAX_TEXT_LENGTH,
  type MappedRow,
  type TierOption,
} from './mapping/row-mapper';
export { suggestMapping } from './mapping/suggest-mapping';
export { readBoolean, readConsent, readDate, readNumber, readTime } from './mapping/cell-values';
