// Journey analytics read models (issue 7).
export * from './range';
export * from './node-stats.query';
export * from './step-outcomes.query';
export * from './overview.query';
export * from './live-marker.query';
export * from './enrollment-explorer.query';
export * from './journey-version.query';
export * from './conversion.sql';
export * from './experiment-stats.query';
export * from './control-group.query';
export * from './journey-list-stats.query';
