import { channelSpec, isChannelName, type MessagePreview } from '@wayfarer/channels/spec';
import { useT } from '../app/i18n';
import { messageTemplateMessages as m } from './messages';
import type { MessagePreviewResult } from './template-types';

type Rendered = Extract<MessagePreviewResult, { ok: true }>['message'];

const json = (value: unknown) => JSON.stringify(value, null, 2);

/** What the channel's definition shows of its message; an unknown channel shows its JSON. */
function previewOf(message: Rendered): MessagePreview {
  return isChannelName(message.channel) ? channelSpec(message.channel).preview(message) : { json: message };
}

/** A rendered message as its channel delivers it: email subject and parts, LINE JSON, SMS text… */
export function RenderedMessage({ message }: { message: Rendered }) {
  const t = useT();
  const { subject, html, text, json: document } = previewOf(message);
  return (
    <div className="rendered-message" data-channel={message.channel}>
      {subject === undefined ? null : (
        <p className="rendered-subject">
          <strong>{t(m.subject)}:</strong> {subject}
        </p>
      )}
      {/* The HTML part in a sandbox: no scripts, no access to the app. */}
      {html === undefined ? null : <iframe className="rendered-html" title={subject} sandbox="" srcDoc={html} />}
      {text === undefined ? null : html === undefined ? (
        <p className="rendered-text">{text}</p>
      ) : (
        <pre className="rendered-text">{text}</pre>
      )}
      {document === undefined ? null : <pre className="rendered-json">{json(document)}</pre>}
    </div>
  );
}
