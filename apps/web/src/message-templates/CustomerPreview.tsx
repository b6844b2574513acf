import { credentialChannelNames } from '@wayfarer/channels/spec';
import { Send } from 'lucide-react';
import { useState } from 'react';
import { useT } from '../app/i18n';
import { CustomerPicker } from './CustomerPicker';
import { messageTemplateMessages as m } from './messages';
import { RenderedMessage } from './RenderedMessage';
import type { TemplateChannel, TemplateContent } from './template-types';
import { useMessagePreview } from './use-message-preview';
import { ErrorNotice } from '../app/ErrorNotice';
import { useHasRole } from '../auth/me';
import { Button } from '../ui';
import { testSendStrings } from './test-send/strings';
import { TestSendDialog } from './test-send/TestSendDialog';

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
  const [testing, setTesting] = useState(false);
  // Sending is an editor's act, as every mutation is.
  const mayTest = useHasRole('editor');
  // Tests go through a connected provider channel, never the outbox.
  const testChannel = credentialChannelNames.find((name) => name === channel);
  const previewed =
    result?.ok === true
      ? { id: result.customer.id, name: result.customer.name ?? result.customer.externalId }
      : undefined;
  return (
    <section className="customer-preview" data-testid="customer-preview">
      <div className="customer-preview__bar">
        <CustomerPicker value={customerId} onChange={setCustomerId} />
        {mayTest && testChannel !== undefined && (
          <Button icon={Send} data-testid="test-send-button" onClick={() => setTesting(true)}>
            {t(testSendStrings.button)}
          </Button>
        )}
      </div>
      {testing && testChannel !== undefined && (
        <TestSendDialog
          channel={testChannel}
          content={content}
          previewed={customerId === undefined ? undefined : previewed}
          onClose={() => setTesting(false)}
        />
      )}
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
