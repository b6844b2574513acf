// Public API of @wayfarer/cli, for hosts that want to run the commands in-process.
export { runCli } from './run-cli';
export type { CliIo } from './run-cli';
export { exitCodes } from './errors';
