import { Fragment } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { errorMessage, hasErrorCode } from '../../graphql/graphql-error';
import { Button } from '../../ui/Button';
import { LoadingState } from '../../ui/LoadingState';
import { Notice } from '../../ui/Notice';
import { PageHeading } from '../../ui/PageHeading';
import { RelativeTime } from '../../ui/RelativeTime';
import styles from './DevOutboxPage.module.css';

const DevOutboxDocument = graphql(`
  query DevOutbox {
    devOutbox(first: 50) {
      id
      to
      subject
      text
      listUnsubscribe
      createdAt
    }
  }
`);

/** A message's plain text, its web addresses made links (reset and unsubscribe links are followed from here). */
function TextWithLinks({ text }: { text: string }) {
  const parts = text.split(/(https?:\/\/[^\s<>]+)/g);
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <a key={i} href={part}>
            {part}
          </a>
        ) : (
          <Fragment key={i}>{part}</Fragment>
        ),
      )}
    </>
  );
}

/**
 * /dev/outbox: the mail a server without SMTP_URL kept instead of sending, newest first, so every
 * flow that sends mail can be followed on a development machine. Open signed in or not (a person
 * resetting a password is signed out); the API refuses it in production.
 */
export function DevOutboxPage() {
  const [{ data, fetching, error }, refresh] = useQuery({ query: DevOutboxDocument, requestPolicy: 'network-only' });
  const closed = hasErrorCode(error, 'NOT_FOUND');
  return (
    <main className={styles.page}>
      <p className={styles.brand}>
        <Link to="/">Glossa</Link>
      </p>
      <PageHeading title="Development outbox">Development outbox</PageHeading>
      <p className={styles.lede}>
        This server has no SMTP relay (<code>SMTP_URL</code>), so the mail it would send is kept here and in its log.
      </p>
      <p>
        <Button variant="secondary" onClick={() => refresh({ requestPolicy: 'network-only' })}>
          Check for new mail
        </Button>
      </p>
      {fetching && !data && <LoadingState label="Loading the outbox…" />}
      {closed && <Notice tone="info">This server sends its mail, so it has no development outbox.</Notice>}
      {error && !closed && <Notice tone="error">{errorMessage(error)}</Notice>}
      {data && data.devOutbox.length === 0 && <p>No mail yet.</p>}
      {data && data.devOutbox.length > 0 && (
        <ol className={styles.list} aria-label="Messages, newest first">
          {data.devOutbox.map((message) => (
            <li key={message.id} className={styles.message}>
              <article aria-labelledby={`subject-${message.id}`}>
                <h2 id={`subject-${message.id}`} className={styles.subject}>
                  {message.subject}
                </h2>
                <p className={styles.meta}>
                  To <span className={styles.address}>{message.to}</span> · <RelativeTime iso={message.createdAt} />
                  {message.listUnsubscribe && <> · List-Unsubscribe: {message.listUnsubscribe}</>}
                </p>
                <pre className={styles.body}>
                  <TextWithLinks text={message.text} />
                </pre>
              </article>
            </li>
          ))}
        </ol>
      )}
    </main>
  );
}
