import { useQuery } from '@tanstack/react-query';
import { useT } from '../app/i18n';
import { useTRPC } from '../app/trpc';
import { CustomerPrivacyActions } from '../admin';
import { useNow } from '../journeys/use-now';
import { CustomerAttributes } from './CustomerAttributes';
import { CustomerIdentities } from './CustomerIdentities';
import { CustomerJourneys } from './CustomerJourneys';
import { CustomerTags } from './CustomerTags';
import { CustomerTimeline } from './CustomerTimeline';
import { customerMessages } from './messages';
import { useDateFormat } from './use-date-format';
import { ArrowLeft } from 'lucide-react';
import { ButtonLink, EmptyState, Page } from '../ui';
import './customers.css';

/** A customer's profile (`/customers/:customerId`): who they are, their tags, journeys and timeline. */
export function CustomerProfilePage({ customerId }: { customerId: string }) {
  const t = useT();
  const trpc = useTRPC();
  const now = useNow(30_000);
  const dates = useDateFormat(now);
  const profile = useQuery({ ...trpc.customers.get.queryOptions({ customerId }), retry: false });

  const back = (
    <ButtonLink href="/customers" variant="ghost" size="sm" icon={ArrowLeft} className="back-link">
      {t(customerMessages.back)}
    </ButtonLink>
  );
  if (profile.isPending) {
    return (
      <Page className="customers-page" title={t(customerMessages.loading)} back={back}>
        {null}
      </Page>
    );
  }
  if (profile.isError) {
    return (
      <Page className="customers-page" title={t(customerMessages.title)} back={back}>
        <EmptyState compact role="alert">
          {profile.error.data?.code === 'NOT_FOUND' ? t(customerMessages.notFound) : t(customerMessages.loadFailed)}
        </EmptyState>
      </Page>
    );
  }
  const customer = profile.data;
  return (
    <Page
      className="customers-page"
      width="wide"
      testId="customer-profile"
      data-customer-id={customer.id}
      headerClassName="profile-header"
      back={back}
      title={typeof customer.attributes.name === 'string' ? customer.attributes.name : t(customerMessages.unnamed)}
      subtitle={
        <dl className="profile-facts">
          <div>
            <dt>{t(customerMessages.externalId)}</dt>
            <dd data-testid="customer-external-id">{customer.externalId}</dd>
          </div>
          <div>
            <dt>{t(customerMessages.timezone)}</dt>
            <dd>{customer.timezone}</dd>
          </div>
          <div>
            <dt>{t(customerMessages.locale)}</dt>
            <dd>{customer.locale}</dd>
          </div>
        </dl>
      }
      actions={<CustomerPrivacyActions customerId={customer.id} />}
    >
      <div className="customer-profile">
        <div className="profile-grid">
          <div className="profile-side">
            <div className="points-card ui-card" data-testid="customer-points" title={t(customerMessages.points)}>
              <span className="points-value">{customer.points.toLocaleString()}</span>
              <span className="muted">{t(customerMessages.points)}</span>
            </div>
            <CustomerIdentities identities={customer.identities} />
            <CustomerAttributes attributes={customer.attributes} />
            <CustomerTags tags={customer.tags} full={dates.full} />
          </div>
          <div className="profile-main">
            <CustomerJourneys enrollments={customer.enrollments} relative={dates.relative} full={dates.full} />
            <CustomerTimeline
              customerId={customer.id}
              firstPage={customer.timeline}
              relative={dates.relative}
              full={dates.full}
            />
          </div>
        </div>
      </div>
    </Page>
  );
}
