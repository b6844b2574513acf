import { durationToMs, journeySettingsSchema, type JourneyGraph } from '@wayfarer/journey';
import { describe, expect, it } from 'vitest';
import {
  completeSettings,
  msToDuration,
  segmentExitCriterion,
  setExitCriterion,
  setReentry,
  updateSettings,
  viewExitCriterion,
} from './settings-ops';

const graph: JourneyGraph = {
  format: 'wayfarer.journey',
  formatVersion: 1,
  nodes: [],
  edges: [],
  settings: journeySettingsSchema.parse({}),
};

describe('journey settings operations', () => {
  it('changes the settings as one graph operation, and changes nothing when nothing differs', () => {
    const next = updateSettings((settings) => setReentry(settings, 'after_exit'))(graph);
    expect(next.settings.reentry).toBe('after_exit');
    expect(next.nodes).toBe(graph.nodes);
    expect(updateSettings((settings) => ({ ...settings }))(graph)).toBe(graph);
  });

  it('drops the cooldown when re-entry goes back to "once"', () => {
    const every = { ...setReentry(graph.settings, 'every'), reentryCooldown: { amount: 7, unit: 'days' as const } };
    expect(setReentry(every, 'after_exit').reentryCooldown).toEqual({ amount: 7, unit: 'days' });
    expect(setReentry(every, 'once').reentryCooldown).toBeNull();
  });

  it('stores "leaves segment" as the segment_exited event and reads it back', () => {
    const criterion = segmentExitCriterion('seg-1');
    expect(criterion).toEqual({ event: 'segment_exited', where: [{ path: 'segmentId', op: 'eq', value: 'seg-1' }] });
    expect(viewExitCriterion(criterion)).toEqual({ kind: 'segment', segmentId: 'seg-1' });
    const purchase = { event: 'purchase', where: [] };
    expect(viewExitCriterion(purchase)).toEqual({ kind: 'event', criterion: purchase });
    const narrower = { ...criterion, where: [...criterion.where, { path: 'x', op: 'exists' as const }] };
    expect(viewExitCriterion(narrower).kind).toBe('event');
  });

  it('appends, replaces and removes exit criteria by index', () => {
    let settings = setExitCriterion(graph.settings, 0, { event: 'purchase', where: [] });
    settings = setExitCriterion(settings, 1, segmentExitCriterion('seg-1'));
    settings = setExitCriterion(settings, 0, { event: 'unsubscribed', where: [] });
    expect(settings.exitOn.map((criterion) => criterion.event)).toEqual(['unsubscribed', 'segment_exited']);
    expect(setExitCriterion(settings, 0, undefined).exitOn.map((criterion) => criterion.event)).toEqual([
      'segment_exited',
    ]);
  });

  it('shows a goal window in the largest whole unit', () => {
    expect(msToDuration(durationToMs({ amount: 14, unit: 'days' }))).toEqual({ amount: 2, unit: 'weeks' });
    expect(msToDuration(durationToMs({ amount: 3, unit: 'days' }))).toEqual({ amount: 3, unit: 'days' });
    expect(msToDuration(90 * 60_000)).toEqual({ amount: 90, unit: 'minutes' });
    expect(msToDuration(1_500)).toEqual({ amount: 2, unit: 'seconds' });
  });

  it('keeps unfinished drafts out of the document', () => {
    const draft = setExitCriterion(graph.settings, 0, segmentExitCriterion(''));
    expect(completeSettings(draft)).toBeUndefined();
    expect(completeSettings(setExitCriterion(graph.settings, 0, segmentExitCriterion('seg-1')))?.exitOn).toHaveLength(
      1,
    );
    expect(completeSettings({ ...graph.settings, goal: { event: '', where: [] } })).toBeUndefined();
    const halfTyped = { ...graph.settings, entryLimit: { max: Number.NaN, per: { amount: 1, unit: 'days' as const } } };
    expect(completeSettings(halfTyped)).toBeUndefined();
    expect(completeSettings(graph.settings)).toEqual(graph.settings);
  });
});
