import { useForm } from '../form-context';
import { inspectorMessages } from '../messages';
import type { PreviewResult } from './render-preview';

/** The rendered message as the sample customer would read it. */
export function TemplatePreview({ result, name }: { result: PreviewResult; name: string }) {
  const { t } = useForm();
  return (
    <figure className="template-preview" data-testid="template-preview">
      <figcaption>{t(inspectorMessages.previewFor, { name })}</figcaption>
      {result.ok ? (
        <div className="preview-output">
          {result.output === '' ? (
            <span className="preview-empty">{t(inspectorMessages.previewEmpty)}</span>
          ) : (
            result.output
          )}
        </div>
      ) : (
        <div className="preview-output preview-failed" aria-hidden="true">
          …
        </div>
      )}
    </figure>
  );
}
