// Composition root of the `wayfarer` command (launched by scripts/wayfarer.mjs): hands the real
// process to runCli. exitCode rather than exit() so piped output is flushed first.
import { runCli } from './run-cli';

process.exitCode = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
});
