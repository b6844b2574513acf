import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
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
import '../app/page.css';
import './customers.css';

/** A customer's profile (`/customers/:customerId`): who they are, their tags, journeys and timeline. */
export function CustomerProfilePage({ customerId }: { customerId: string }) {
  const t = useT();
  const trpc = useTRPC();
  const now = useNow(30_000);
  const dates = useDateFormat(now);
  const profile = useQuery({ ...trpc.customers.get.queryOptions({ customerId }), retry: false });

  return (
    <main className="customers-page">
      <Link href="/customers" className="back-link">
        {t(customerMessages.back)}
      </Link>
      {profile.isPending ? (
        <p className="loading" role="status">
          {t(customerMessages.loading)}
        </p>
      ) : profile.isError ? (
        <section className="empty-state" role="alert">
          <p>
            {profile.error.data?.code === 'NOT_FOUND' ? t(customerMessages.notFound) : t(customerMessages.loadFailed)}
          </p>
        </section>
      ) : (
        <div className="customer-profile" data-testid="customer-profile" data-customer-id={profile.data.id}>
          <header className="page-header profile-header">
            <div>
              <h1>
                {typeof profile.data.attributes.name === 'string'
                  ? profile.data.attributes.name
                  : t(customerMessages.unnamed)}
              </h1>
              <dl className="profile-facts">
                <div>
                  <dt>{t(customerMessages.externalId)}</dt>
                  <dd data-testid="customer-external-id">{profile.data.externalId}</dd>
                </div>
                <div>
                  <dt>{t(customerMessages.timezone)}</dt>
                  <dd>{profile.data.timezone}</dd>
                </div>
                <div>
                  <dt>{t(customerMessages.locale)}</dt>
                  <dd>{profile.data.locale}</dd>
                </div>
              </dl>
            </div>
            <div className="points-badge" data-testid="customer-points" title={t(customerMessages.points)}>
              <span className="points-value">{profile.data.points.toLocaleString()}</span>
              <span className="muted">{t(customerMessages.points)}</span>
            </div>
          </header>
          <CustomerPrivacyActions customerId={profile.data.id} />
          <div className="profile-grid">
            <div className="profile-side">
              <CustomerIdentities identities={profile.data.identities} />
              <CustomerAttributes attributes={profile.data.attributes} />
              <CustomerTags tags={profile.data.tags} full={dates.full} />
            </div>
            <div className="profile-main">
              <CustomerJourneys enrollments={profile.data.enrollments} relative={dates.relative} full={dates.full} />
              <CustomerTimeline
                customerId={profile.data.id}
                firstPage={profile.data.timeline}
                relative={dates.relative}
                full={dates.full}
              />
            </div>
          </div>
        </div>
      )}
    </main>
  );
}
