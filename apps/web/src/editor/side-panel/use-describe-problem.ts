import type { Diagnostic } from '@wayfarer/journey';
import { useCallback } from 'react';
import { useLocale } from '../../app/i18n';
import { fieldText, humanize } from '../inspector/model/field-labels';
import { problemText } from '../inspector/problem-text';
import { useEditor, useEditorDeps } from '../store/editor-context';
import { selectNodes } from '../store/selectors';

/** The field a config path is about, by its last named segment (`conditions.0.tag` → "Tag"). */
function fieldOf(path: string | undefined, locale: Parameters<typeof fieldText>[2]): string | undefined {
  const key = path
    ?.split('.')
    .reverse()
    .find((segment) => segment !== '' && !/^\d+$/.test(segment));
  return key === undefined ? undefined : fieldText(key, undefined, locale).label;
}

/** Explains a problem of the journey being edited in the UI language, naming the step's exit or field. */
export function useDescribeProblem(): (problem: Diagnostic) => string {
  const { locale } = useLocale();
  const nodes = useEditor(selectNodes);
  const { catalog } = useEditorDeps();
  return useCallback(
    (problem) => {
      const node =
        problem.nodeId === undefined ? undefined : nodes.find((candidate) => candidate.id === problem.nodeId);
      const port = node === undefined ? undefined : catalog.info(node).ports.find((each) => each.name === problem.port);
      const portLabel =
        problem.port === undefined ? undefined : (port?.label?.[locale] ?? humanize(problem.port.replace(/^win:/, '')));
      return problemText(problem, { portLabel, fieldLabel: fieldOf(problem.path, locale) }, locale);
    },
    [nodes, catalog, locale],
  );
}
