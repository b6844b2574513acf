import { SegmentedMessage } from 'sms-segments-calculator';
import { useMemo } from 'react';
import { useT } from '../../app/i18n';
import { previewMessages as m } from './messages';

/** A text message on a phone, with how many SMS segments (billed parts) it takes and why. */
export function SmsPreview({ text }: { text: string }) {
  const t = useT();
  const counted = useMemo(() => new SegmentedMessage(text), [text]);
  const unicode = counted.encodingName === 'UCS-2';
  return (
    <div className="phone phone--sms" data-testid="sms-preview">
      <div className="chat">
        <p className="chat__bubble chat__bubble--sms">{text}</p>
      </div>
      <p className="sms-count" data-testid="sms-segments" data-segments={counted.segmentsCount}>
        {t(m.smsSegments, { count: counted.segmentsCount, characters: counted.numberOfCharacters })}{' '}
        {t(unicode ? m.smsUnicode : m.smsGsm)}
      </p>
    </div>
  );
}
