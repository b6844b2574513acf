import { describe, expect, it } from 'vitest';
import { branchConfig, node, testCatalog } from './test-graph';

describe('createNodeCatalog', () => {
  it('parses valid configs and derives ports from them', () => {
    const info = testCatalog.info(node('b', 'core.branch', branchConfig));
    expect(info.valid).toBe(true);
    expect(info.ports.map((port) => port.name)).toEqual(['true', 'false']);
  });

  it('keeps the ports of a half-edited config', () => {
    const info = testCatalog.info(node('w', 'core.wait', { mode: 'event', event: '' }));
    expect(info.valid).toBe(false);
    expect(info.ports.map((port) => port.name)).toEqual(['event', 'timeout']);
  });

  it('answers no ports for unknown types or configs ports cannot read', () => {
    expect(testCatalog.portsOf(node('x', 'acme.unknown'))).toEqual([]);
    expect(testCatalog.portsOf(node('s', 'core.split', { paths: 'oops' }))).toEqual([]);
  });

  it('caches per node object', () => {
    const same = node('b', 'core.branch', branchConfig);
    expect(testCatalog.info(same)).toBe(testCatalog.info(same));
  });
});
