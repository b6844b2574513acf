// "Send a test to me": the channel the message goes through, who gets it (the member's own email,
// or a customer profile such as their own test profile) and whose data fills its variables. The
// worker sends it on the journeys' send path; the outcome comes back in words.
import { useMutation, useQuery } from '@tanstack/react-query';
import { channelSpec, type ProviderChannelName } from '@wayfarer/channels/spec';
import { useState } from 'react';
import { channelName } from '../../app/channel-names';
import { useErrorText } from '../../app/error-text';
import { useLocale, useT } from '../../app/i18n';
import { useTRPC } from '../../app/trpc';
import { useMe } from '../../auth/me';
import { Button, Dialog, Field, Select } from '../../ui';
import { CustomerPicker } from '../CustomerPicker';
import type { TemplateContent } from '../template-types';
import { outcomeText } from './outcome-text';
import { testSendStrings as m } from './strings';
import './test-send.css';

type Recipient = 'me' | 'customer';
type DataSource = 'sample' | 'previewed' | 'recipient';

export interface TestSendDialogProps {
  channel: ProviderChannelName;
  content: TemplateContent;
  /** The customer the preview shows, offered as the data that fills the variables. */
  previewed: { id: string; name: string } | undefined;
  onClose: () => void;
}

export function TestSendDialog({ channel, content, previewed, onClose }: TestSendDialogProps) {
  const t = useT();
  const { locale } = useLocale();
  const trpc = useTRPC();
  const errorText = useErrorText();
  const email = useMe()?.user?.email;
  const byEmail = channelSpec(channel).address === 'email' && email !== undefined;
  const [recipient, setRecipient] = useState<Recipient>(byEmail ? 'me' : 'customer');
  const [customerId, setCustomerId] = useState<string>();
  const [data, setData] = useState<DataSource>(previewed ? 'previewed' : 'sample');
  const channels = useQuery(trpc.channels.list.queryOptions());
  const send = useMutation(trpc.messageTemplates.sendTest.mutationOptions());
  const name = channelName(channel, locale);
  const connected = channels.data?.some((state) => state.channel === channel && state.connected);
  const dataCustomer = data === 'previewed' ? previewed?.id : data === 'recipient' ? customerId : undefined;
  const ready = recipient === 'me' || customerId !== undefined;

  const submit = () => {
    if (!ready) return;
    send.mutate({
      // A fresh id per click: the server sends each id once, however often the request arrives.
      requestId: crypto.randomUUID(),
      channel,
      content,
      data: dataCustomer === undefined ? { kind: 'sample' } : { kind: 'customer', customerId: dataCustomer },
      recipient: recipient === 'me' || customerId === undefined ? { kind: 'me' } : { kind: 'customer', customerId },
    });
  };

  const dataOptions = [
    { value: 'sample', label: t(m.sampleData) },
    ...(previewed ? [{ value: 'previewed', label: t(m.previewedData, { name: previewed.name }) }] : []),
    ...(recipient === 'customer' ? [{ value: 'recipient', label: t(m.recipientData) }] : []),
  ];

  return (
    <Dialog
      isOpen
      onClose={onClose}
      title={t(m.title)}
      description={t(m.help)}
      closeLabel={t(m.close)}
      testId="test-send-dialog"
      footer={
        <>
          <Button onClick={onClose}>{t(m.close)}</Button>
          <Button variant="primary" data-testid="test-send-submit" disabled={!ready || send.isPending} onClick={submit}>
            {send.isPending ? t(m.sending) : t(m.send)}
          </Button>
        </>
      }
    >
      <div className="test-send">
        <Field label={t(m.channel)}>
          {(control) => (
            <Select
              {...control}
              name="testChannel"
              value={channel}
              disabled
              options={[{ value: channel, label: name }]}
            />
          )}
        </Field>
        {connected === false && (
          <p className="test-send__note" data-testid="test-send-not-connected">
            {t(m.notConnected, { channel: name })}
          </p>
        )}
        <fieldset className="test-send__recipient">
          <legend>{t(m.sendTo)}</legend>
          <label>
            <input
              type="radio"
              name="testRecipient"
              value="me"
              disabled={!byEmail}
              checked={recipient === 'me'}
              onChange={() => setRecipient('me')}
            />
            {byEmail ? t(m.toMe, { email }) : t(m.toMeUnavailable, { channel: name })}
          </label>
          <label>
            <input
              type="radio"
              name="testRecipient"
              value="customer"
              checked={recipient === 'customer'}
              onChange={() => setRecipient('customer')}
            />
            {t(m.toProfile)}
          </label>
          {recipient === 'customer' && (
            <CustomerPicker label={t(m.recipient)} value={customerId} onChange={setCustomerId} />
          )}
        </fieldset>
        <Field label={t(m.data)}>
          {(control) => (
            <Select
              {...control}
              name="testData"
              value={data}
              options={dataOptions}
              onChange={(event) => setData(event.target.value as DataSource)}
            />
          )}
        </Field>
        {send.isSuccess && (
          <p
            className={`test-send__outcome test-send__outcome--${send.data.status}`}
            role={send.data.status === 'failed' ? 'alert' : 'status'}
            data-testid="test-send-outcome"
            data-status={send.data.status}
            data-reason={send.data.status === 'failed' ? send.data.reason : undefined}
          >
            {outcomeText(send.data, name, t)}
          </p>
        )}
        {send.isError && (
          <p className="test-send__outcome test-send__outcome--failed" role="alert" data-testid="test-send-outcome">
            {t(m.failed, { message: errorText(send.error) })}
          </p>
        )}
      </div>
    </Dialog>
  );
}
