import { useCallback, useId, useMemo } from 'react';
import { format } from '../../app/i18n';
import { MessageLibraryBar } from '../../message-templates/MessageLibraryBar';
import { checkConfig, mergeErrors, placeErrors, type FieldError } from './errors/field-errors';
import { renderedPaths } from './errors/rendered-paths';
import { FieldEditor } from './fields/FieldEditor';
import { FieldErrors } from './fields/FieldErrors';
import { FormContext, type FormContextValue } from './form-context';
import type { NodeInspectorProps } from './props';
import { InspectorHeader } from './InspectorHeader';
import { inspectorMessages } from './messages';
import { configSchemaOf } from './model/config-schema';
import { buildFieldModel } from './model/schema-to-model';
import { NodeProblems, PortList } from './PortList';
import { nodeLevelProblems, portViews } from './ports';
import './inspector.css';

const NO_ERRORS: readonly FieldError[] = [];

// Paths become DOM ids: keep them valid in `aria-describedby` lists (no spaces) and unambiguous.
const idSafe = (path: string) => path.replace(/[^\w.-]/g, (char) => `_${char.codePointAt(0)?.toString(16) ?? ''}_`);

/** The selected node's form, generated from its config schema, with errors and ports. */
export function NodeInspector(props: NodeInspectorProps) {
  const { nodeId, spec, facet, config, problems, readOnly, locale } = props;
  const prefix = useId();
  const model = useMemo(
    () => buildFieldModel(configSchemaOf(spec), { locale, widgets: facet?.widgets, visibleWhen: facet?.visibleWhen }),
    [spec, facet, locale],
  );
  const check = useMemo(() => checkConfig(configSchemaOf(spec), config, locale), [spec, config, locale]);
  const placed = useMemo(
    () => placeErrors(mergeErrors(check, problems), renderedPaths(model, config)),
    [check, problems, model, config],
  );
  const ports = useMemo(
    () => portViews(spec, check.parsed, config, problems, locale),
    [spec, check, config, problems, locale],
  );
  const t = useCallback<FormContextValue['t']>((text, values) => format(text[locale], values), [locale]);
  const form = useMemo<FormContextValue>(
    () => ({
      locale,
      readOnly,
      root: config,
      t,
      errorsAt: (path) => placed.get(path) ?? NO_ERRORS,
      idFor: (path) => `${prefix}-${nodeId}-${idSafe(path) || '$root'}`,
      Field: FieldEditor,
    }),
    [locale, readOnly, config, t, placed, prefix, nodeId],
  );
  const empty = model.kind === 'object' && model.fields.length === 0;
  return (
    <section
      className="inspector"
      data-testid="inspector"
      data-node-id={nodeId}
      aria-label={t(inspectorMessages.inspector)}
    >
      <InspectorHeader nodeId={nodeId} spec={spec} facet={facet} locale={locale} parsed={check.parsed} />
      {readOnly ? <p className="inspector-readonly">{t(inspectorMessages.readOnly)}</p> : null}
      <NodeProblems problems={nodeLevelProblems(problems, ports)} locale={locale} />
      <FormContext.Provider value={form}>
        <form className="inspector-form" noValidate onSubmit={(event) => event.preventDefault()}>
          <FieldErrors path="" id={form.idFor('')} />
          {empty ? (
            <p className="muted">{t(inspectorMessages.noSettings)}</p>
          ) : (
            <FieldEditor model={model} path="" value={config} onChange={(next) => props.onChange(next)} />
          )}
        </form>
      </FormContext.Provider>
      {facet?.messageContent ? (
        <MessageLibraryBar
          config={config}
          channelField={facet.messageContent.channelField}
          readOnly={readOnly}
          onChange={(next) => props.onChange(next)}
        />
      ) : null}
      <PortList ports={ports} locale={locale} />
    </section>
  );
}
