import { useT, type LocalizedText } from '../app/i18n';
import type { CustomerIdentity } from './customer-types';
import { customerMessages } from './messages';

const kindLabels: Readonly<Record<CustomerIdentity['kind'], LocalizedText>> = {
  user_id: customerMessages.identityUserId,
  anonymous_id: customerMessages.identityAnonymousId,
  line: customerMessages.identityLine,
  messenger: customerMessages.identityMessenger,
  phone: customerMessages.identityPhone,
  wechat: customerMessages.identityWechat,
  email: customerMessages.identityEmail,
};

/** The ways the customer is recognised: user id, LINE, Messenger, WeChat, email, phone. */
export function CustomerIdentities({ identities }: { identities: readonly CustomerIdentity[] }) {
  const t = useT();
  return (
    <section className="ui-card profile-card" data-testid="customer-identities">
      <h2>{t(customerMessages.identities)}</h2>
      {identities.length === 0 ? (
        <p className="muted">{t(customerMessages.noIdentities)}</p>
      ) : (
        <dl className="attribute-list">
          {identities.map((identity) => (
            <div key={`${identity.kind}:${identity.value}`} className="attribute" data-identity-kind={identity.kind}>
              <dt>{t(kindLabels[identity.kind])}</dt>
              <dd>{identity.value}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
