import { secretNameSchema, zeroWidthCharacters } from '@wayfarer/nodes';
import { secretMessages as m } from './secret-messages';

/** What is wrong with a typed name, in the page's words; undefined when the server will take it. */
export function secretNameProblem(name: string): (typeof m)['nameRule'] | undefined {
  if (secretNameSchema.safeParse(name).success) return undefined;
  return zeroWidthCharacters.test(name) ? m.nameInvisible : m.nameRule;
}
