import { channelSpec, isChannelName, type MessagePreview } from '@wayfarer/channels/spec';
import './previews/previews.css';
import { useT } from '../app/i18n';
import { useMe } from '../auth/me';
import { ChatPreview } from './previews/ChatPreview';
import { EmailPreview } from './previews/EmailPreview';
import { previewMessages } from './previews/messages';
import { SmsPreview } from './previews/SmsPreview';
import type { MessagePreviewResult } from './template-types';

type Rendered = Extract<MessagePreviewResult, { ok: true }>['message'];

/** How the channel's definition draws its message; an unknown channel shows its JSON. */
function previewOf(message: Rendered): MessagePreview {
  return isChannelName(message.channel)
    ? channelSpec(message.channel).preview(message)
    : { look: 'data', json: message };
}

/** A rendered message as the customer gets it: a mail, a LINE chat bubble, an SMS, or the data sent. */
export function RenderedMessage({ message }: { message: Rendered }) {
  const t = useT();
  const sender = useMe()?.workspace.name ?? 'Wayfarer';
  const preview = previewOf(message);
  return (
    <div className="rendered-message" data-channel={message.channel} data-look={preview.look}>
      {preview.look === 'email' ? (
        <EmailPreview
          {...(preview.subject === undefined ? {} : { subject: preview.subject })}
          {...(preview.html === undefined ? {} : { html: preview.html })}
          {...(preview.text === undefined ? {} : { text: preview.text })}
        />
      ) : preview.look === 'chat' ? (
        <ChatPreview bubble={preview.bubble} replies={preview.replies} sender={sender} />
      ) : preview.look === 'sms' ? (
        <SmsPreview text={preview.text} />
      ) : (
        <figure className="rendered-data">
          <figcaption>{t(previewMessages.data)}</figcaption>
          <pre className="rendered-json">{JSON.stringify(preview.json, null, 2)}</pre>
        </figure>
      )}
    </div>
  );
}
