import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { MailFrequency } from '../../gql/graphql';
import { errorMessage } from '../../graphql/graphql-error';

const MyMailPreferenceDocument = graphql(`
  query MyMailPreference {
    myMailPreference {
      frequency
    }
  }
`);

const SetMailFrequencyDocument = graphql(`
  mutation SetMailFrequency($input: SetMailFrequencyInput!) {
    setMailFrequency(input: $input) {
      frequency
    }
  }
`);

/** My choice of email about mentions, and a way to change it. */
export function useMailPreference() {
  const [{ data, fetching, error }] = useQuery({ query: MyMailPreferenceDocument });
  const [saving, execute] = useMutation(SetMailFrequencyDocument);
  return {
    frequency: saving.data?.setMailFrequency.frequency ?? data?.myMailPreference.frequency ?? null,
    loading: fetching && !data,
    saving: saving.fetching,
    error: error ? errorMessage(error) : saving.error ? errorMessage(saving.error) : null,
    choose: async (frequency: MailFrequency) => !(await execute({ input: { frequency } })).error,
  };
}
