import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { ActionResult, failedAction } from '../../graphql/action-result';

const SetSeminarAnonymityDocument = graphql(`
  mutation SetSeminarAnonymity($input: SetSeminarAnonymityInput!) {
    setSeminarAnonymity(input: $input) {
      id
      anonymous
    }
  }
`);

const SetDebateAnonymityDocument = graphql(`
  mutation SetDebateAnonymity($input: SetDebateAnonymityInput!) {
    setDebateAnonymity(input: $input) {
      id
      anonymous
      ownAnonymity
    }
  }
`);

/** Switches anonymous mode of a seminar or a debate, answering in words the page shows. */
export function useAnonymity(target: { seminarId: string } | { debateId: string }): (anonymous: boolean) => Promise<ActionResult> {
  const [, setSeminar] = useMutation(SetSeminarAnonymityDocument);
  const [, setDebate] = useMutation(SetDebateAnonymityDocument);
  return async (anonymous) => {
    const result =
      'seminarId' in target
        ? await setSeminar({ input: { seminarId: target.seminarId, anonymous } })
        : await setDebate({ input: { debateId: target.debateId, anonymous } });
    return result.data && !result.error ? { ok: true, value: undefined } : failedAction(result.error);
  };
}
