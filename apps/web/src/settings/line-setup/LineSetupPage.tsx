import { useQuery } from '@tanstack/react-query';
import { lineChannel } from '@wayfarer/channels/spec';
import { ArrowLeft } from 'lucide-react';
import { useState } from 'react';
import { useT } from '../../app/i18n';
import { useTRPC } from '../../app/trpc';
import { ButtonLink, Page, WizardSteps } from '../../ui';
import { CredentialsStep } from './CredentialsStep';
import { FollowersStep } from './FollowersStep';
import { lineSetupStrings as m } from './line-setup.i18n';
import { TestMessageStep } from './TestMessageStep';
import { WebhookStep } from './WebhookStep';
import '../settings.css';
import './line-setup.css';

const steps = ['credentials', 'webhook', 'test', 'followers'] as const;
type Step = (typeof steps)[number];
const labels = {
  credentials: m.stepCredentials,
  webhook: m.stepWebhook,
  test: m.stepTest,
  followers: m.stepFollowers,
} as const;

/** Settings → Channels → Connect LINE (`/settings/channels/line`): credentials, webhook, a test, followers. */
export function LineSetupPage() {
  const t = useT();
  const trpc = useTRPC();
  const [step, setStep] = useState<Step>('credentials');
  const channels = useQuery(trpc.channels.list.queryOptions());
  const line = channels.data?.find((state) => state.channel === lineChannel.name);
  const go = (to: Step) => () => setStep(to);
  const back = (
    <ButtonLink href="/settings/channels" variant="ghost" size="sm" icon={ArrowLeft} className="back-link">
      {t(m.back)}
    </ButtonLink>
  );
  return (
    <Page width="normal" title={t(m.title)} subtitle={t(m.subtitle)} back={back} testId="line-setup">
      <WizardSteps
        steps={steps.map((id) => ({ id, label: t(labels[id]) }))}
        current={step}
        label={t(m.steps)}
        testId="line-setup-steps"
      />
      <section className="settings-card line-setup__step">
        {step === 'credentials' ? (
          line === undefined ? (
            <p className="muted" role="status">
              {t(m.loading)}
            </p>
          ) : (
            <CredentialsStep key={line.updatedAt ?? ''} stored={line.config} onDone={go('webhook')} />
          )
        ) : step === 'webhook' ? (
          <WebhookStep onBack={go('credentials')} onNext={go('test')} />
        ) : step === 'test' ? (
          <TestMessageStep onBack={go('webhook')} onNext={go('followers')} />
        ) : (
          <FollowersStep onBack={go('test')} />
        )}
      </section>
    </Page>
  );
}
