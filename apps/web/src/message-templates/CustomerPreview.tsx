import { useState } from 'react';
import { useT } from '../app/i18n';
import { CustomerPicker } from './CustomerPicker';
import { messageTemplateMessages as m } from './messages';
import { RenderedMessage } from './RenderedMessage';
import type { TemplateChannel, TemplateContent } from './template-types';
import { useMessagePreview } from './use-message-preview';
import { ErrorNotice } from '../app/ErrorNotice';

export interface CustomerPreviewProps {
  channel: TemplateChannel | undefined;
  content: TemplateContent;
}

/** A customer picker and, for the customer picked, the message the server renders for them. */
export function CustomerPreview({ channel, content }: CustomerPreviewProps) {
  const t = useT();
  const [customerId, setCustomerId] = useState<string | undefined>();
  const request = customerId === undefined || channel === undefined ? undefined : { channel, content, customerId };
  const preview = useMessagePreview(request);
  const result = preview.data;
  return (
    <section className="customer-preview" data-testid="customer-preview">
      <CustomerPicker value={customerId} onChange={setCustomerId} />
      {request === undefined ? null : preview.isError ? (
        <ErrorNotice error={preview.error} lead={m.previewFailed} />
      ) : result === undefined ? (
        <p className="muted" role="status">
          {t(m.previewPending)}
        </p>
      ) : result.ok ? (
        <figure className="server-preview" data-testid="server-preview" data-locale={result.locale}>
          <figcaption>
            {t(m.previewTitle, { name: result.customer.name ?? result.customer.externalId })} ·{' '}
            {t(m.previewLocale, { locale: result.locale })}
          </figcaption>
          <RenderedMessage message={result.message} />
        </figure>
      ) : (
        <div className="server-preview preview-problems" data-testid="preview-problems" role="alert">
          <p>{t(m.problems)}</p>
          <ul>
            {result.problems.map((problem) => (
              <li key={`${problem.field}:${problem.message}`} data-field={problem.field} data-code={problem.code}>
                <code>{problem.field}</code> {problem.message}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
