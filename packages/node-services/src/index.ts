// @wayfarer/node-services: the providers of node capabilities that need no step transaction —
// outgoing HTTP under the outbound policy, the workspace's sealed secrets, a cache — shared by the
// worker, test runs and the node-author test kit.
export { httpProvider, type HttpProviderOptions } from './http.provider';
export { secretsProvider, type SecretsProviderOptions } from './secrets.provider';
export { cacheProvider, type CacheProviderOptions } from './cache.provider';
export { openWorkspaceSecret, sealWorkspaceSecret } from './workspace-secret';
