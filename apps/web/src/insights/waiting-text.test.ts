import { describe, expect, it } from 'vitest';
import { format } from '../app/i18n';
import { waitingText } from './waiting-text';

const say = (parts: ReturnType<typeof waitingText>) => format(parts[0].en, parts[1]);
const at = (iso: string) => iso.slice(0, 16).replace('T', ' ');

describe('waitingText', () => {
  it('names a timer and its end', () => {
    expect(say(waitingText({ kind: 'timer', until: '2026-03-04T10:00:00.000Z' }, at))).toBe(
      'Waiting for a timer until 2026-03-04 10:00',
    );
  });

  it('names the awaited event and the timeout', () => {
    expect(say(waitingText({ kind: 'event', event: 'purchase', until: '2026-03-08T00:00:00.000Z' }, at))).toBe(
      'Waiting for event “purchase” until 2026-03-08 00:00',
    );
  });

  it('says the step is running when nothing is awaited', () => {
    expect(say(waitingText(null, at))).toBe('Running this step');
  });
});
