import { graphql } from '../../gql';

export const LiveSessionDocument = graphql(`
  query LiveSession($id: ID!) {
    liveSession(id: $id) {
      id
      seminarId
      subjectType
      subjectId
      title
      live
      eventSeq
      startedAt
      endedAt
      summaryMarkdown
      myEventId
      facilitator {
        id
        displayName
      }
      position {
        offset
        claimId
      }
      spotlights {
        id
        kind
        annotationId
        claimId
        start
        end
        exact
        note
        createdAt
      }
      poll {
        id
        kind
        question
        options
        claimId
        anonymous
        open
        closedAt
        counts
        total
        myAnswer
        voters {
          userId
          displayName
          option
        }
      }
      round {
        id
        prompt
        stance
        seconds
        startedAt
        endsAt
        closedAt
        open
        secondsLeft
      }
      hands {
        raisedAt
        user {
          id
          displayName
        }
      }
    }
  }
`);

export const RunningReadingSessionDocument = graphql(`
  query RunningReadingSession($id: ID!) {
    reading(id: $id) {
      id
      seminarId
      liveSession {
        id
      }
    }
  }
`);

export const RunningDebateSessionDocument = graphql(`
  query RunningDebateSession($id: ID!) {
    debate(id: $id) {
      id
      seminarId
      liveSession {
        id
      }
    }
  }
`);

export const StartLiveSessionDocument = graphql(`
  mutation StartLiveSession($input: StartLiveSessionInput!) {
    startLiveSession(input: $input) {
      id
    }
  }
`);

export const EndLiveSessionDocument = graphql(`
  mutation EndLiveSession($input: LiveSessionRefInput!) {
    endLiveSession(input: $input) {
      id
      summaryMarkdown
    }
  }
`);

export const SpotlightDocument = graphql(`
  mutation Spotlight($input: SpotlightInput!) {
    spotlight(input: $input) {
      id
    }
  }
`);

export const MoveLivePositionDocument = graphql(`
  mutation MoveLivePosition($input: MoveLivePositionInput!) {
    moveLivePosition(input: $input) {
      id
    }
  }
`);

export const OpenLivePollDocument = graphql(`
  mutation OpenLivePoll($input: OpenLivePollInput!) {
    openLivePoll(input: $input) {
      id
    }
  }
`);

export const AnswerLivePollDocument = graphql(`
  mutation AnswerLivePoll($input: AnswerLivePollInput!) {
    answerLivePoll(input: $input) {
      id
      myAnswer
    }
  }
`);

export const CloseLivePollDocument = graphql(`
  mutation CloseLivePoll($input: LivePollRefInput!) {
    closeLivePoll(input: $input) {
      id
    }
  }
`);

export const StartLiveRoundDocument = graphql(`
  mutation StartLiveRound($input: StartLiveRoundInput!) {
    startLiveRound(input: $input) {
      id
    }
  }
`);

export const RaiseHandDocument = graphql(`
  mutation RaiseHand($input: LiveSessionRefInput!) {
    raiseHand(input: $input) {
      raisedAt
    }
  }
`);

export const LowerHandDocument = graphql(`
  mutation LowerHand($input: LiveSessionRefInput!) {
    lowerHand(input: $input) {
      raisedAt
    }
  }
`);

export const CallOnHandDocument = graphql(`
  mutation CallOnHand($input: CallOnHandInput!) {
    callOnHand(input: $input) {
      raisedAt
    }
  }
`);

export const HandLiveFacilitatorDocument = graphql(`
  mutation HandLiveFacilitator($input: HandLiveFacilitatorInput!) {
    handLiveFacilitator(input: $input) {
      id
    }
  }
`);

export const SeminarRoleDocument = graphql(`
  query SeminarRole($id: ID!) {
    seminar(id: $id) {
      id
      myRole
    }
  }
`);
