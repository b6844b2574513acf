import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { format, useT } from '../app/i18n';
import { useTRPC } from '../app/trpc';
import { useHasRole, useMe } from '../auth';
import { roles, type Role } from '../auth/roles';
import { roleMessages } from '../auth/role-messages';
import { membersMessages as m } from './messages';
import { Copy, UserMinus, UserPlus, X } from 'lucide-react';
import { Button, Card, Field, Page, Select, Table, TableHead } from '../ui';
import './members.css';
import { ErrorNotice } from '../app/ErrorNotice';

interface RoleSelectProps {
  value: Role;
  onChange: (role: Role) => void;
  testId: string;
  id?: string;
}

function RoleSelect({ value, onChange, testId, id }: RoleSelectProps) {
  const t = useT();
  const isOwner = useMe()?.role === 'owner';
  return (
    <Select
      id={id}
      value={value}
      data-testid={testId}
      onChange={(event) => onChange(event.target.value as Role)}
      aria-label={id === undefined ? t(m.role) : undefined}
    >
      {roles
        .filter((role) => role !== 'owner' || isOwner || value === 'owner')
        .map((role) => (
          <option key={role} value={role}>
            {t(roleMessages[role])}
          </option>
        ))}
    </Select>
  );
}

function InviteForm({ onInvited }: { onInvited: () => void }) {
  const t = useT();
  const trpc = useTRPC();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('editor');
  const invite = useMutation(trpc.members.invite.mutationOptions({ onSuccess: onInvited }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    invite.mutate({ email, role });
  };
  const link = invite.data ? `${window.location.origin}${invite.data.path}` : null;
  return (
    <Card title={t(m.inviteTitle)} className="members-invite">
      <form onSubmit={submit} data-testid="invite-form" className="ui-form-row">
        <Field label={t(m.email)}>
          {(control) => (
            <input
              {...control}
              type="email"
              name="email"
              value={email}
              onChange={(event) => setEmail(event.target.value)}
              required
            />
          )}
        </Field>
        <Field label={t(m.role)}>
          {(control) => <RoleSelect id={control.id} value={role} onChange={setRole} testId="invite-role" />}
        </Field>
        <Button type="submit" variant="primary" icon={UserPlus} disabled={invite.isPending}>
          {t(m.invite)}
        </Button>
      </form>
      {invite.error && <ErrorNotice error={invite.error} lead={m.failed} />}
      {link !== null && invite.variables && (
        <div className="invitation-link">
          <p>{format(t(m.invitationLink), { email: invite.variables.email })}</p>
          <div className="row">
            <input
              readOnly
              value={link}
              aria-label={t(m.inviteTitle)}
              className="mono"
              data-testid="invitation-link"
              onFocus={(event) => event.target.select()}
            />
            <Button icon={Copy} onClick={() => void navigator.clipboard?.writeText(link)}>
              {t(m.copy)}
            </Button>
          </div>
        </div>
      )}
    </Card>
  );
}

/** `/settings/members`: members and their roles, invitations, and whether publishing needs approval. */
export function MembersPage() {
  const t = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const me = useMe();
  const isAdmin = useHasRole('admin');
  const list = useQuery(trpc.members.list.queryOptions());
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.members.list.queryKey() });
  const changeRole = useMutation(trpc.members.changeRole.mutationOptions({ onSuccess: refresh }));
  const remove = useMutation(trpc.members.remove.mutationOptions({ onSuccess: refresh }));
  const revoke = useMutation(trpc.members.revokeInvitation.mutationOptions({ onSuccess: refresh }));
  const approval = useMutation(
    trpc.members.setRequireApproval.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.auth.me.queryKey() }),
    }),
  );
  const failure = changeRole.error ?? remove.error ?? revoke.error ?? approval.error;
  return (
    <Page className="members-page" width="wide" title={t(m.members)} subtitle={t(m.subtitle)}>
      <div className="stack">
        {failure && <ErrorNotice error={failure} lead={m.failed} />}
        {isAdmin && (
          <label className="members-approval">
            <input
              type="checkbox"
              data-testid="require-approval"
              checked={me?.workspace.requireApproval ?? false}
              onChange={(event) => approval.mutate({ requireApproval: event.target.checked })}
            />
            {t(m.requireApproval)}
          </label>
        )}
        <Table className="members-table">
          <TableHead columns={[t(m.name), t(m.email), t(m.role)]} actions={t(m.actions)} />
          <tbody>
            {list.data?.members.map((member) => (
              <tr key={member.userId} data-testid="member-row" data-email={member.email} data-role={member.role}>
                <td>{member.name}</td>
                <td>{member.email}</td>
                <td className="members-table__role">
                  {isAdmin ? (
                    <RoleSelect
                      value={member.role}
                      testId="member-role"
                      onChange={(role) => changeRole.mutate({ userId: member.userId, role })}
                    />
                  ) : (
                    t(roleMessages[member.role])
                  )}
                </td>
                <td className="ui-table__actions">
                  {isAdmin && (
                    <Button
                      size="sm"
                      variant="danger-ghost"
                      icon={UserMinus}
                      onClick={() => remove.mutate({ userId: member.userId })}
                    >
                      {t(m.remove)}
                    </Button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
        {isAdmin && list.data && list.data.invitations.length > 0 && (
          <Card title={t(m.pending)}>
            <ul className="invitation-list">
              {list.data.invitations.map((invitation) => (
                <li key={invitation.id} data-testid="invitation-row">
                  <span>
                    {invitation.email} · {t(roleMessages[invitation.role])}
                  </span>
                  <Button
                    size="sm"
                    variant="ghost"
                    icon={X}
                    onClick={() => revoke.mutate({ invitationId: invitation.id })}
                  >
                    {t(m.revoke)}
                  </Button>
                </li>
              ))}
            </ul>
          </Card>
        )}
        {isAdmin && <InviteForm onInvited={() => void refresh()} />}
      </div>
    </Page>
  );
}
