import { Disclosure, FormError } from '../ui';
import { readApiFailure } from './api-error';
import { useErrorText, type FieldNamer } from './error-text';
import { useT, type LocalizedText } from './i18n';
import { appMessages } from './messages';

interface ErrorNoticeProps {
  error: unknown;
  /** A sentence the failure completes, with `{message}` ("Not saved: {message}"). */
  lead?: LocalizedText;
  nameOf?: FieldNamer;
  testId?: string;
}

/**
 * A failed call, said for the marketer; the server's own words (code, reason, message) stay under
 * "Developer details" for whoever has to look into it.
 */
export function ErrorNotice({ error, lead, nameOf, testId }: ErrorNoticeProps) {
  const t = useT();
  const errorText = useErrorText();
  const text = errorText(error, nameOf);
  const failure = readApiFailure(error);
  return (
    <div className="error-notice" data-testid={testId}>
      <FormError>{lead === undefined ? text : t(lead, { message: text, reason: text })}</FormError>
      <Disclosure title={t(appMessages.developerDetails)} tone="quiet">
        <code className="error-notice__raw">
          {[failure.code, failure.reason, failure.raw].filter((part) => part !== undefined).join(' · ')}
        </code>
      </Disclosure>
    </div>
  );
}
