// Segments: rule-based audiences. Pure: the rule schema shared by the API, the rule builder and the
// SQL compiler in @wayfarer/db.
export * from './rule.schema';
