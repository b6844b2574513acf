// Writes docs/events.md from the event catalogue (packages/events): `npm run docs -w @wayfarer/events`.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { eventsMarkdown } from '@wayfarer/events';
import { format, resolveConfig } from 'prettier';

const path = fileURLToPath(new URL('../docs/events.md', import.meta.url));
writeFileSync(path, await format(eventsMarkdown(), { ...(await resolveConfig(path)), parser: 'markdown' }));
console.log(`wrote ${path}`);
