import flexCss from 'flex-render/css?inline';
import { render as renderFlex, type FlexContainer } from 'flex-render';
import { useMemo } from 'react';
import { useT } from '../../app/i18n';
import { previewMessages as m } from './messages';
import { escapeStrings, htmlDocument, withoutInlineHandlers } from './sandboxed-html';
import { SandboxedFrame } from './SandboxedFrame';

type Bubble = { text: string } | { flex: unknown; altText: string };

// The frame's own page: no margin, the bubble on the chat's background.
const frameCss = `${flexCss} html,body{margin:0;background:transparent}`;

/** A LINE chat on a phone: the account's bubble (text or Flex) and its quick-reply buttons. */
export function ChatPreview({ bubble, replies, sender }: { bubble: Bubble; replies: string[]; sender: string }) {
  const t = useT();
  return (
    <div className="phone" data-testid="chat-preview">
      <div className="phone__bar">{sender}</div>
      <div className="chat">
        <div className="chat__row">
          <span className="chat__avatar" aria-hidden="true">
            {sender.slice(0, 1)}
          </span>
          {'text' in bubble ? (
            <p className="chat__bubble" data-testid="chat-bubble">
              {bubble.text}
            </p>
          ) : (
            <FlexBubble flex={bubble.flex} title={t(m.flexTitle, { altText: bubble.altText })} />
          )}
        </div>
        {'altText' in bubble && (
          <p className="chat__note" data-testid="chat-alt-text">
            {t(m.altText, { altText: bubble.altText })}
          </p>
        )}
      </div>
      {replies.length > 0 && (
        <ul className="chat__replies" aria-label={t(m.quickReplies)} data-testid="chat-replies">
          {replies.map((label, index) => (
            <li key={index}>{label}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** A Flex bubble or carousel as LINE lays it out (flex-render), its strings escaped, sandboxed. */
function FlexBubble({ flex, title }: { flex: unknown; title: string }) {
  const html = useMemo(() => {
    try {
      return htmlDocument(withoutInlineHandlers(renderFlex(escapeStrings(flex) as FlexContainer)), frameCss);
    } catch {
      return undefined;
    }
  }, [flex]);
  if (html === undefined) return <pre className="chat__bubble">{JSON.stringify(flex, null, 2)}</pre>;
  return <SandboxedFrame className="chat__flex" title={title} html={html} />;
}
