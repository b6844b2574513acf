import { describe, expect, it } from 'vitest';
import { commandFor, type KeyInput } from './keymap';

const press = (key: string, modifiers: Partial<KeyInput> = {}) =>
  commandFor({ key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...modifiers });

describe('commandFor', () => {
  it('maps undo and redo for Windows, Linux and macOS', () => {
    expect(press('z', { ctrlKey: true })).toBe('undo');
    expect(press('z', { metaKey: true })).toBe('undo');
    expect(press('Z', { ctrlKey: true, shiftKey: true })).toBe('redo');
    expect(press('z', { metaKey: true, shiftKey: true })).toBe('redo');
    expect(press('y', { ctrlKey: true })).toBe('redo');
  });

  it('maps clipboard, duplicate, select all and delete', () => {
    expect(press('c', { ctrlKey: true })).toBe('copy');
    expect(press('v', { metaKey: true })).toBe('paste');
    expect(press('d', { ctrlKey: true })).toBe('duplicate');
    expect(press('a', { metaKey: true })).toBe('selectAll');
    expect(press('Delete')).toBe('delete');
    expect(press('Backspace')).toBe('delete');
    expect(press('Escape')).toBe('escape');
  });

  it('leaves other keys alone', () => {
    expect(press('z')).toBeUndefined();
    expect(press('c', { ctrlKey: true, altKey: true })).toBeUndefined();
    expect(press('v', { ctrlKey: true, shiftKey: true })).toBeUndefined();
    expect(press('Delete', { shiftKey: true })).toBeUndefined();
  });
});
