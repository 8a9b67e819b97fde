import { useClient, useMutation } from 'urql';
import { graphql } from '../../gql';
import { ActionResult, failedAction } from '../../graphql/action-result';
import { useGraphqlSession } from '../../graphql/useGraphqlSession';
import { ViewerDocument } from '../auth/useViewer';

const ChangeDisplayNameDocument = graphql(`
  mutation ChangeDisplayName($input: ChangeDisplayNameInput!) {
    changeDisplayName(input: $input) {
      id
      displayName
    }
  }
`);

const ChangePasswordDocument = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      signedOutSessions
    }
  }
`);

const EndSessionDocument = graphql(`
  mutation EndSession($input: EndSessionInput!) {
    endSession(input: $input)
  }
`);

const RequestEmailChangeDocument = graphql(`
  mutation RequestEmailChange($input: RequestEmailChangeInput!) {
    requestEmailChange(input: $input) {
      id
      pendingEmail
      pendingEmailRequestedAt
    }
  }
`);

const DeleteAccountDocument = graphql(`
  mutation DeleteAccount($input: DeleteAccountInput!) {
    deleteAccount(input: $input)
  }
`);

export interface AccountActions {
  changeDisplayName: (displayName: string) => Promise<ActionResult>;
  /** Answers how many other sessions were signed out. */
  changePassword: (currentPassword: string, newPassword: string) => Promise<ActionResult<number>>;
  endSession: (sessionId: string) => Promise<ActionResult>;
  requestEmailChange: (newEmail: string, password: string) => Promise<ActionResult>;
  deleteAccount: (password: string) => Promise<ActionResult>;
}

/** The account page's mutations, each answering what it came to in words the page shows. */
export function useAccountActions(): AccountActions {
  const client = useClient();
  const { resetSession } = useGraphqlSession();
  const [, changeDisplayName] = useMutation(ChangeDisplayNameDocument);
  const [, changePassword] = useMutation(ChangePasswordDocument);
  const [, endSession] = useMutation(EndSessionDocument);
  const [, requestEmailChange] = useMutation(RequestEmailChangeDocument);
  const [, deleteAccount] = useMutation(DeleteAccountDocument);
  return {
    changeDisplayName: async (displayName) => {
      const result = await changeDisplayName({ input: { displayName } });
      if (!result.data) return failedAction(result.error);
      // The top bar shows the name from the viewer query: fetch it again so it changes at once.
      await client.query(ViewerDocument, {}, { requestPolicy: 'network-only' }).toPromise();
      return { ok: true, value: undefined };
    },
    changePassword: async (currentPassword, newPassword) => {
      const result = await changePassword({ input: { currentPassword, newPassword } });
      return result.data
        ? { ok: true, value: result.data.changePassword.signedOutSessions }
        : failedAction(result.error);
    },
    endSession: async (sessionId) => {
      const result = await endSession({ input: { sessionId } });
      return result.data ? { ok: true, value: undefined } : failedAction(result.error);
    },
    requestEmailChange: async (newEmail, password) => {
      const result = await requestEmailChange({ input: { newEmail, password } });
      return result.data ? { ok: true, value: undefined } : failedAction(result.error);
    },
    deleteAccount: async (password) => {
      const result = await deleteAccount({ input: { password } });
      if (!result.data) return failedAction(result.error);
      resetSession();
      return { ok: true, value: undefined };
    },
  };
}
