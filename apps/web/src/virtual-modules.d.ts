declare module 'virtual:wayfarer-node-packages' {
  import type { NodePackage } from '@wayfarer/nodes';
  import type { EditorPackage } from '@wayfarer/nodes/editor';

  /** The node-type packages listed in wayfarer.config.json (see vite.config.ts). */
  export const nodePackages: readonly ({ name: string } & NodePackage & EditorPackage)[];
}
