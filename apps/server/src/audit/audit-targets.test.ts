import { describe, expect, it } from 'vitest';
import { auditTargetOf, entityIdOf } from './audit-targets';

describe('auditTargetOf', () => {
  it('maps procedure paths to entities by the longest prefix', () => {
    expect(auditTargetOf('journeys.publish', undefined)?.entityType).toBe('journey');
    expect(auditTargetOf('loyalty.badges.create', undefined)?.entityType).toBe('badge');
    expect(auditTargetOf('channels.messagingSettings.save', undefined)?.entityType).toBe('messaging_settings');
    expect(auditTargetOf('channels.save', undefined)?.entityType).toBe('channel');
    expect(auditTargetOf('widgets.create', undefined)?.entityType).toBe('widgets');
  });

  it('skips read-only mutations and honours the meta', () => {
    expect(auditTargetOf('journeys.validate', undefined)).toBeNull();
    expect(auditTargetOf('simulation.run', undefined)).toBeNull();
    expect(auditTargetOf('journeys.rename', false)).toBeNull();
    expect(auditTargetOf('journeys.rename', { entity: 'thing', idKey: 'thingId' })).toEqual({
      entityType: 'thing',
      idKeys: ['thingId'],
    });
  });
});

describe('entityIdOf', () => {
  it('reads the input first, then the output', () => {
    expect(entityIdOf(['journeyId', 'id'], { journeyId: 'a' }, { id: 'b' })).toBe('a');
    expect(entityIdOf(['journeyId', 'id'], { name: 'x' }, { id: 'b' })).toBe('b');
    expect(entityIdOf(['id'], undefined, null)).toBeNull();
  });

  it('trims the id as the schema does, and takes a blank one for none', () => {
    expect(entityIdOf(['name'], { name: '  acme.crm.token ' })).toBe('acme.crm.token');
    expect(entityIdOf(['name'], { name: '   ' }, { name: 'out' })).toBe('out');
  });
});
