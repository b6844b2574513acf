import type { Diagnostic } from '@wayfarer/journey';
import { defineMessages, useLocale, useT } from '../../app/i18n';
import { problemTitles } from '../inspector/messages';
import { problemDetail } from '../inspector/problem-detail';
import { useNodeLabels } from '../side-panel/use-node-labels';

const m = defineMessages({
  heading: {
    en: 'Publishing is allowed, but check these first:',
    'zh-TW': '可以發布，但請先確認以下事項：',
    'zh-CN': '可以发布，但请先确认以下事项：',
  },
});

/** What publishing allows but a marketer should know: the test mailbox, values customers may lack. */
export function PublishWarnings({ warnings }: { warnings: readonly Diagnostic[] }) {
  const t = useT();
  const { locale } = useLocale();
  const labels = useNodeLabels();
  if (warnings.length === 0) return null;
  return (
    <section className="publish-warnings" data-testid="publish-warnings" aria-label={t(m.heading)}>
      <p>{t(m.heading)}</p>
      <ul>
        {warnings.map((warning, index) => (
          <li key={index} data-testid="publish-warning" data-code={warning.code} data-node-id={warning.nodeId}>
            <strong>{warning.nodeId === undefined ? '' : (labels[warning.nodeId] ?? warning.nodeId)}</strong>{' '}
            {t(problemTitles[warning.code])}: {problemDetail(warning, locale)}
          </li>
        ))}
      </ul>
    </section>
  );
}
