import { useT } from '../app/i18n';
import { messageTemplateMessages as m } from './messages';
import type { MessagePreviewResult } from './template-types';

type Rendered = Extract<MessagePreviewResult, { ok: true }>['message'];

const json = (value: unknown) => JSON.stringify(value, null, 2);

/** A rendered message as its channel delivers it: email subject and parts, LINE JSON, SMS text… */
export function RenderedMessage({ message }: { message: Rendered }) {
  const t = useT();
  switch (message.channel) {
    case 'email':
      return (
        <div className="rendered-message" data-channel="email">
          <p className="rendered-subject">
            <strong>{t(m.subject)}:</strong> {message.subject}
          </p>
          {/* The HTML part in a sandbox: no scripts, no access to the app. */}
          <iframe className="rendered-html" title={message.subject} sandbox="" srcDoc={message.html} />
          <pre className="rendered-text">{message.text}</pre>
        </div>
      );
    case 'line':
      return (
        <div className="rendered-message" data-channel="line">
          {message.content.type === 'text' ? (
            <p className="rendered-text">{message.content.text}</p>
          ) : (
            <pre className="rendered-json">{json(message.content)}</pre>
          )}
        </div>
      );
    case 'sms':
      return (
        <div className="rendered-message" data-channel="sms">
          <p className="rendered-text">{message.body}</p>
        </div>
      );
    case 'webhook':
      return (
        <div className="rendered-message" data-channel="webhook">
          <pre className="rendered-json">{json(message.payload)}</pre>
        </div>
      );
    case 'outbox':
      return (
        <div className="rendered-message" data-channel="outbox">
          {message.subject === undefined ? null : (
            <p className="rendered-subject">
              <strong>{t(m.subject)}:</strong> {message.subject}
            </p>
          )}
          <p className="rendered-text">{message.body}</p>
        </div>
      );
    default: {
      const unreachable: never = message;
      return unreachable;
    }
  }
}
