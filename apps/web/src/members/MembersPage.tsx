import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { format, useT } from '../app/i18n';
import { useTRPC } from '../app/trpc';
import { useHasRole, useMe } from '../auth';
import { roles, type Role } from '../auth/roles';
import { membersMessages as m } from './messages';
import '../app/page.css';

function RoleSelect({ value, onChange, testId }: { value: Role; onChange: (role: Role) => void; testId: string }) {
  const t = useT();
  const isOwner = useMe()?.role === 'owner';
  return (
    <select
      value={value}
      data-testid={testId}
      onChange={(event) => onChange(event.target.value as Role)}
      aria-label={t(m.role)}
    >
      {roles
        .filter((role) => role !== 'owner' || isOwner || value === 'owner')
        .map((role) => (
          <option key={role} value={role}>
            {t(m[role])}
          </option>
        ))}
    </select>
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
    <section className="members-invite">
      <h2>{t(m.inviteTitle)}</h2>
      <form onSubmit={submit} data-testid="invite-form">
        <input
          type="email"
          name="email"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          required
          placeholder={t(m.email)}
        />
        <RoleSelect value={role} onChange={setRole} testId="invite-role" />
        <button type="submit" className="button--primary" disabled={invite.isPending}>
          {t(m.invite)}
        </button>
      </form>
      {invite.error && <p role="alert">{format(t(m.failed), { message: invite.error.message })}</p>}
      {link !== null && invite.variables && (
        <p>
          {format(t(m.invitationLink), { email: invite.variables.email })}{' '}
          <input
            readOnly
            value={link}
            data-testid="invitation-link"
            size={60}
            onFocus={(event) => event.target.select()}
          />{' '}
          <button type="button" onClick={() => void navigator.clipboard?.writeText(link)}>
            {t(m.copy)}
          </button>
        </p>
      )}
    </section>
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
    <main className="settings-page members-page">
      <header className="page-header">
        <div>
          <h1>{t(m.members)}</h1>
          <p className="page-subtitle">{t(m.subtitle)}</p>
        </div>
      </header>
      {failure && <p role="alert">{format(t(m.failed), { message: failure.message })}</p>}
      {isAdmin && (
        <label>
          <input
            type="checkbox"
            data-testid="require-approval"
            checked={me?.workspace.requireApproval ?? false}
            onChange={(event) => approval.mutate({ requireApproval: event.target.checked })}
          />{' '}
          {t(m.requireApproval)}
        </label>
      )}
      <table className="members-table">
        <thead>
          <tr>
            <th>{t(m.name)}</th>
            <th>{t(m.email)}</th>
            <th>{t(m.role)}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {list.data?.members.map((member) => (
            <tr key={member.userId} data-testid="member-row" data-email={member.email} data-role={member.role}>
              <td>{member.name}</td>
              <td>{member.email}</td>
              <td>
                {isAdmin ? (
                  <RoleSelect
                    value={member.role}
                    testId="member-role"
                    onChange={(role) => changeRole.mutate({ userId: member.userId, role })}
                  />
                ) : (
                  t(m[member.role])
                )}
              </td>
              <td>
                {isAdmin && (
                  <button type="button" onClick={() => remove.mutate({ userId: member.userId })}>
                    {t(m.remove)}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {isAdmin && list.data && list.data.invitations.length > 0 && (
        <section>
          <h2>{t(m.pending)}</h2>
          <ul>
            {list.data.invitations.map((invitation) => (
              <li key={invitation.id} data-testid="invitation-row">
                {invitation.email} · {t(m[invitation.role])}{' '}
                <button type="button" onClick={() => revoke.mutate({ invitationId: invitation.id })}>
                  {t(m.revoke)}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {isAdmin && <InviteForm onInvited={() => void refresh()} />}
    </main>
  );
}
