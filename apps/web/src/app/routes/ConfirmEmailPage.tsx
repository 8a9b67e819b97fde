import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { errorMessage } from '../../graphql/graphql-error';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { PageHeading } from '../../ui/PageHeading';
import styles from './AuthPage.module.css';

const ConfirmEmailChangeDocument = graphql(`
  mutation ConfirmEmailChange($input: ConfirmEmailChangeInput!) {
    confirmEmailChange(input: $input)
  }
`);

/**
 * Where the link emailed to a new address lands: /confirm-email?token=… It asks for one click
 * rather than confirming on load, because mail scanners open links by themselves.
 */
export function ConfirmEmailPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [state, execute] = useMutation(ConfirmEmailChangeDocument);
  const [email, setEmail] = useState<string | null>(null);

  async function confirm() {
    const result = await execute({ input: { token } });
    if (result.data) setEmail(result.data.confirmEmailChange);
  }

  return (
    <>
      <PageHeading title="Confirm your new email" className={styles.heading}>
        Confirm your new email
      </PageHeading>
      {!token && <Notice tone="error">This page needs the link from your email.</Notice>}
      {email && (
        <Notice tone="success">
          Your account now uses <strong>{email}</strong>. Sign in with it from now on.
        </Notice>
      )}
      {state.error && (
        <Notice tone="error">
          {errorMessage(state.error)} <Link to="/account">Your account</Link>
        </Notice>
      )}
      {token && !email && (
        <>
          <p>Use this address for your Glossa account from now on?</p>
          <Button type="button" busy={state.fetching} busyLabel="Confirming…" onClick={() => void confirm()}>
            Confirm new email
          </Button>
        </>
      )}
      <p className={styles.switch}>
        <Link to="/">Go to Glossa</Link>
      </p>
    </>
  );
}
