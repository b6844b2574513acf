import { apiTrigger, branchNode, endNode, eventTrigger, grantPointsNode, sendNode, splitNode, tagNode, waitNode } from '../builtins';
import { formatDuration } from '../builtins/duration';
import { defineEditor, type AnyEditorFacet } from './define-editor';

const describeWait = defineEditor(waitNode, {
  icon: '⏳',
  summary: (config) => {
    switch (config.mode) {
      case 'duration':
        return `Wait ${formatDuration(config.duration)}`;
      case 'time_of_day':
        return `Wait until ${config.time} local time`;
      case 'event':
        return `Wait up to ${formatDuration(config.timeout)} for ${config.event}`;
      default: {
        const unreachable: never = config;
        return unreachable;
      }
    }
  },
});

/** Editor facets of the built-in node types. */
export const builtinEditors: readonly AnyEditorFacet[] = [
  defineEditor(eventTrigger, { icon: '⚡', summary: (config) => `When ${config.event} happens` }),
  defineEditor(apiTrigger, { icon: '🔌', summary: () => 'When started by API' }),
  defineEditor(tagNode, {
    icon: '🏷️',
    summary: (config) => [...config.add.map((tag) => `+${tag}`), ...config.remove.map((tag) => `−${tag}`)].join(' ') || 'Update profile',
    widgets: { add: 'tags', remove: 'tags' },
  }),
  describeWait,
  defineEditor(branchNode, {
    icon: '🔀',
    summary: (config) => `If ${config.conditions.length} condition${config.conditions.length === 1 ? '' : 's'} (${config.match})`,
  }),
  defineEditor(splitNode, { icon: '🎲', summary: (config) => `Split ${config.paths.map((path) => `${path.percent}%`).join(' / ')}` }),
  defineEditor(sendNode, { icon: '✉️', summary: (config) => `Send: ${config.name}`, widgets: { body: 'template' } }),
  defineEditor(grantPointsNode, { icon: '🎁', summary: (config) => `Grant ${config.points} points` }),
  defineEditor(endNode, { icon: '🏁', summary: () => 'End' }),
];
