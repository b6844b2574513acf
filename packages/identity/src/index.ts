// @wayfarer/identity: identity values (email, phone, channel user ids) normalised so one person
// matches one identity, wherever they arrive from (the ingest API, an imported file, a search box).
export * from './identity-values';
