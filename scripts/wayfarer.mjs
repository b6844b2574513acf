#!/usr/bin/env node
// Launcher for the `wayfarer` bin: registers tsx's loader in this process and runs the CLI's
// TypeScript entry, so arguments, stdio and the exit code pass straight through.
import { register } from 'tsx/esm/api';

register();
await import('../apps/cli/src/main.ts');
