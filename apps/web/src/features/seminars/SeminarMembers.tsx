import { useState } from 'react';
import type { Role } from '../../gql/graphql';
import { Avatar } from '../../ui/Avatar';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { roleInSentence, roleLabel } from './role-label';
import styles from './SeminarPage.module.css';
import type { SeminarActions } from './useSeminarActions';
import type { SeminarPageData } from './useSeminarPage';

const ROLES: Role[] = ['OWNER', 'MODERATOR', 'MEMBER', 'OBSERVER'];

interface Props {
  seminar: SeminarPageData;
  viewerId: string;
  actions: SeminarActions;
  onLeft: () => void;
}

/**
 * Who is in the seminar and with which role. Owners change roles and remove members (two steps);
 * the API keeps at least one owner and its refusal says so. Anyone can leave.
 */
export function SeminarMembers({ seminar, viewerId, actions, onLeft }: Props) {
  const manage = seminar.myRole === 'OWNER';
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const members = seminar.members.edges.map((e) => e.node);

  async function run(action: () => Promise<{ ok: boolean; error?: string }>, success: string) {
    const result = await action();
    setConfirming(null);
    setMessage(result.ok ? { tone: 'success', text: success } : { tone: 'error', text: result.error ?? 'Refused.' });
    return result.ok;
  }

  return (
    <section className={styles.panel} aria-labelledby="members-title">
      <h2 id="members-title" className={styles.sectionTitle}>
        Members ({seminar.memberCount})
      </h2>
      <ul className={styles.members}>
        {members.map((member) => {
          const name = member.user.displayName;
          const isMe = member.user.id === viewerId;
          return (
            <li key={member.id} className={styles.member}>
              <Avatar id={member.user.id} name={name} />
              <span className={styles.memberName}>
                {name}
                {isMe && ' (you)'}
              </span>
              {manage ? (
                <label className={styles.roleSelect}>
                  <span className={styles.visuallyHidden}>Role of {name}</span>
                  <select
                    value={member.role}
                    onChange={(e) =>
                      void run(
                        () => actions.changeRole(member.user.id, e.target.value as Role),
                        `${name} is now ${roleInSentence(e.target.value as Role)}.`,
                      )
                    }
                  >
                    {ROLES.map((role) => (
                      <option key={role} value={role}>
                        {roleLabel(role)}
                      </option>
                    ))}
                  </select>
                </label>
              ) : (
                <span className={styles.roleBadge}>{roleLabel(member.role)}</span>
              )}
              {manage && !isMe && confirming !== member.user.id && (
                <Button variant="quiet" onClick={() => setConfirming(member.user.id)} aria-label={`Remove ${name}`}>
                  Remove
                </Button>
              )}
              {manage && confirming === member.user.id && (
                <span className={styles.row}>
                  <Button
                    variant="primary"
                    onClick={() => void run(() => actions.remove(member.user.id), `${name} was removed.`)}
                  >
                    Remove {name}
                  </Button>
                  <Button variant="quiet" onClick={() => setConfirming(null)}>
                    Keep
                  </Button>
                </span>
              )}
            </li>
          );
        })}
      </ul>
      {seminar.members.pageInfo.hasNextPage && <p className={styles.muted}>Showing the first {members.length} members.</p>}
      <div className={styles.row}>
        {confirming === viewerId ? (
          <>
            <Button
              variant="primary"
              onClick={async () => {
                if (await run(actions.leave, 'You left the seminar.')) onLeft();
              }}
            >
              Leave “{seminar.name}”
            </Button>
            <Button variant="quiet" onClick={() => setConfirming(null)}>
              Stay
            </Button>
          </>
        ) : (
          <Button variant="secondary" onClick={() => setConfirming(viewerId)}>
            Leave this seminar
          </Button>
        )}
      </div>
      <div aria-live="polite">{message && <Notice tone={message.tone}>{message.text}</Notice>}</div>
    </section>
  );
}
