import { useState } from 'react';
import { useT } from '../../app/i18n';
import { SegmentedControl } from '../../ui';
import { previewMessages as m } from './messages';
import { SandboxedFrame } from './SandboxedFrame';

type Width = 'desktop' | 'phone';
const widths: Readonly<Record<Width, string>> = { desktop: '100%', phone: '375px' };

/** A mail: subject, its HTML part at desktop or phone width (sandboxed), and its text part. */
export function EmailPreview({ subject, html, text }: { subject?: string; html?: string; text?: string }) {
  const t = useT();
  const [width, setWidth] = useState<Width>('desktop');
  return (
    <div className="email-preview" data-testid="email-preview">
      {subject !== undefined && (
        <p className="email-preview__subject">
          <strong>{t(m.subject)}:</strong> {subject}
        </p>
      )}
      {html !== undefined && (
        <>
          <SegmentedControl<Width>
            label={t(m.width)}
            value={width}
            onChange={setWidth}
            testId="email-width"
            options={[
              { value: 'desktop', label: t(m.desktop), data: { 'data-width': 'desktop' } },
              { value: 'phone', label: t(m.phone), data: { 'data-width': 'phone' } },
            ]}
          />
          <SandboxedFrame
            className="email-preview__html"
            title={subject ?? t(m.email)}
            html={html}
            width={widths[width]}
          />
        </>
      )}
      {text !== undefined &&
        (html === undefined ? (
          <p className="email-preview__text">{text}</p>
        ) : (
          <details className="email-preview__plain">
            <summary>{t(m.plainText)}</summary>
            <pre>{text}</pre>
          </details>
        ))}
    </div>
  );
}
