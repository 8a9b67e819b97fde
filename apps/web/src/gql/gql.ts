/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation ConfirmEmailChange($input: ConfirmEmailChangeInput!) {\n    confirmEmailChange(input: $input)\n  }\n": typeof types.ConfirmEmailChangeDocument,
    "\n  query AccountSettings {\n    account {\n      id\n      email\n      displayName\n      pendingEmail\n      pendingEmailRequestedAt\n    }\n    mySessions {\n      id\n      userAgent\n      address\n      createdAt\n      lastSeenAt\n      current\n    }\n  }\n": typeof types.AccountSettingsDocument,
    "\n  mutation ChangeDisplayName($input: ChangeDisplayNameInput!) {\n    changeDisplayName(input: $input) {\n      id\n      displayName\n    }\n  }\n": typeof types.ChangeDisplayNameDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      signedOutSessions\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation EndSession($input: EndSessionInput!) {\n    endSession(input: $input)\n  }\n": typeof types.EndSessionDocument,
    "\n  mutation RequestEmailChange($input: RequestEmailChangeInput!) {\n    requestEmailChange(input: $input) {\n      id\n      pendingEmail\n      pendingEmailRequestedAt\n    }\n  }\n": typeof types.RequestEmailChangeDocument,
    "\n  mutation DeleteAccount($input: DeleteAccountInput!) {\n    deleteAccount(input: $input)\n  }\n": typeof types.DeleteAccountDocument,
    "\n  fragment AnnotationFields on Annotation {\n    id\n    readingId\n    threadId\n    revisionNumber\n    motivation\n    body\n    bodyHtml\n    tags\n    color\n    visibility\n    target {\n      exact\n      prefix\n      suffix\n      start\n      end\n    }\n    anchorStatus\n    anchorScore\n    orphanDismissed\n    page {\n      number\n      label\n    }\n    createdAt\n    editedAt\n    deleted\n    author {\n      id\n      displayName\n    }\n    replyCount\n    locked\n    reactions {\n      kind\n      count\n      mine\n    }\n    citedBy {\n      id\n      stance\n    }\n  }\n": typeof types.AnnotationFieldsFragmentDoc,
    "\n  fragment ReplyFields on Reply {\n    id\n    threadId\n    parentId\n    depth\n    body\n    bodyHtml\n    createdAt\n    editedAt\n    deleted\n    author {\n      id\n      displayName\n    }\n    reactions {\n      kind\n      count\n      mine\n    }\n  }\n": typeof types.ReplyFieldsFragmentDoc,
    "\n  mutation CreateAnnotation($input: CreateAnnotationInput!) {\n    createAnnotation(input: $input) {\n      ...AnnotationFields\n    }\n  }\n": typeof types.CreateAnnotationDocument,
    "\n  mutation UpdateAnnotation($input: UpdateAnnotationInput!) {\n    updateAnnotation(input: $input) {\n      ...AnnotationFields\n    }\n  }\n": typeof types.UpdateAnnotationDocument,
    "\n  mutation DeleteAnnotation($input: AnnotationRefInput!) {\n    deleteAnnotation(input: $input) {\n      ...AnnotationFields\n    }\n  }\n": typeof types.DeleteAnnotationDocument,
    "\n  mutation ReactToAnnotation($input: ReactInput!) {\n    reactToAnnotation(input: $input) {\n      kind\n      count\n      mine\n    }\n  }\n": typeof types.ReactToAnnotationDocument,
    "\n  mutation ReactToReply($input: ReactInput!) {\n    reactToReply(input: $input) {\n      kind\n      count\n      mine\n    }\n  }\n": typeof types.ReactToReplyDocument,
    "\n  mutation Reply($input: ReplyInput!) {\n    reply(input: $input) {\n      ...ReplyFields\n    }\n  }\n": typeof types.ReplyDocument,
    "\n  mutation EditReply($input: EditReplyInput!) {\n    editReply(input: $input) {\n      ...ReplyFields\n    }\n  }\n": typeof types.EditReplyDocument,
    "\n  mutation DeleteReply($input: ReplyRefInput!) {\n    deleteReply(input: $input) {\n      ...ReplyFields\n    }\n  }\n": typeof types.DeleteReplyDocument,
    "\n  query MoreReplies($id: ID!, $after: String) {\n    annotation(id: $id) {\n      id\n      replies(first: 100, after: $after) {\n        edges {\n          node {\n            ...ReplyFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.MoreRepliesDocument,
    "\n  query AnnotationWithThread($id: ID!) {\n    annotation(id: $id) {\n      ...AnnotationFields\n      replies(first: 20) {\n        edges {\n          node {\n            ...ReplyFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.AnnotationWithThreadDocument,
    "\n  query ReadingAnnotations($id: ID!, $first: Int!, $after: String) {\n    reading(id: $id) {\n      id\n      annotations(first: $first, after: $after) {\n        edges {\n          node {\n            ...AnnotationFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.ReadingAnnotationsDocument,
    "\n  query ReadingAnnotationsWithReplies($id: ID!, $first: Int!, $after: String) {\n    reading(id: $id) {\n      id\n      annotations(first: $first, after: $after) {\n        edges {\n          node {\n            ...AnnotationFields\n            replies(first: 20) {\n              edges {\n                node {\n                  ...ReplyFields\n                }\n              }\n              pageInfo {\n                hasNextPage\n                endCursor\n              }\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.ReadingAnnotationsWithRepliesDocument,
    "\n  query SeminarMembers($id: ID!) {\n    seminar(id: $id) {\n      id\n      myRole\n      members(first: 100) {\n        edges {\n          node {\n            id\n            role\n            user {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.SeminarMembersDocument,
    "\n  mutation SetSeminarAnonymity($input: SetSeminarAnonymityInput!) {\n    setSeminarAnonymity(input: $input) {\n      id\n      anonymous\n    }\n  }\n": typeof types.SetSeminarAnonymityDocument,
    "\n  mutation SetDebateAnonymity($input: SetDebateAnonymityInput!) {\n    setDebateAnonymity(input: $input) {\n      id\n      anonymous\n      ownAnonymity\n    }\n  }\n": typeof types.SetDebateAnonymityDocument,
    "\n  query AssignmentProgress($assignmentId: ID!) {\n    assignmentProgress(assignmentId: $assignmentId) {\n      userId\n      displayName\n      posts\n      dueAt\n      extendedDueAt\n      state\n      late\n    }\n  }\n": typeof types.AssignmentProgressDocument,
    "\n  mutation SetAssignmentExtension($input: SetAssignmentExtensionInput!) {\n    setAssignmentExtension(input: $input) {\n      userId\n      dueAt\n      extendedDueAt\n      state\n    }\n  }\n": typeof types.SetAssignmentExtensionDocument,
    "\n  mutation CreateAssignment($input: CreateAssignmentInput!) {\n    createAssignment(input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.CreateAssignmentDocument,
    "\n  mutation UpdateAssignment($input: UpdateAssignmentInput!) {\n    updateAssignment(input: $input) {\n      id\n      title\n      instructions\n      opensAt\n      dueAt\n      hideUntilPosted\n      inGroups\n      requiredPosts\n    }\n  }\n": typeof types.UpdateAssignmentDocument,
    "\n  query AssignmentPassages($id: ID!) {\n    reading(id: $id) {\n      id\n      currentRevision {\n        id\n        text\n        blocks {\n          start\n          end\n        }\n      }\n    }\n  }\n": typeof types.AssignmentPassagesDocument,
    "\n  mutation DeleteAssignment($input: DeleteAssignmentInput!) {\n    deleteAssignment(input: $input) {\n      id\n    }\n  }\n": typeof types.DeleteAssignmentDocument,
    "\n  query Assignments($seminarId: ID!, $readingId: ID) {\n    assignments(seminarId: $seminarId, readingId: $readingId) {\n      id\n      title\n      instructions\n      readingId\n      debateId\n      rangeStart\n      rangeEnd\n      opensAt\n      dueAt\n      hideUntilPosted\n      inGroups\n      requiredPosts\n      myProgress {\n        posts\n        completedAt\n        dueAt\n        extendedDueAt\n        state\n        late\n        hidesOthers\n      }\n    }\n  }\n": typeof types.AssignmentsDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  query DevOutboxOpen {\n    devOutboxOpen\n  }\n": typeof types.DevOutboxOpenDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      viewer {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.RegisterDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      viewer {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  query Viewer {\n    me {\n      id\n      displayName\n      email\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  query CitingDebate($id: ID!) {\n    debate(id: $id) {\n      id\n      motion\n      proLabel\n      conLabel\n    }\n  }\n": typeof types.CitingDebateDocument,
    "\n  query LaterClaimReplies($id: ID!, $after: String) {\n    claim(id: $id) {\n      id\n      replies(first: 100, after: $after) {\n        edges {\n          node {\n            ...ClaimReplyFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.LaterClaimRepliesDocument,
    "\n  mutation CreateDebate($input: CreateDebateInput!) {\n    createDebate(input: $input) {\n      id\n      motion\n    }\n  }\n": typeof types.CreateDebateDocument,
    "\n  query ReadingPassages($id: ID!) {\n    reading(id: $id) {\n      id\n      annotations(first: 2000) {\n        edges {\n          node {\n            id\n            readingId\n            motivation\n            anchorStatus\n            deleted\n            color\n            tags\n            target {\n              exact\n            }\n            author {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ReadingPassagesDocument,
    "\n  fragment ClaimReplyFields on Reply {\n    id\n    threadId\n    parentId\n    depth\n    body\n    bodyHtml\n    moderation\n    deleted\n    createdAt\n    editedAt\n    author {\n      id\n      displayName\n      pseudonym\n    }\n  }\n": typeof types.ClaimReplyFieldsFragmentDoc,
    "\n  fragment ClaimFields on Claim {\n    id\n    debateId\n    locked\n    parentId\n    stance\n    body\n    bodyHtml\n    moderation\n    pinned\n    deleted\n    createdAt\n    editedAt\n    threadId\n    replyCount\n    author {\n      id\n      displayName\n      pseudonym\n    }\n    votes {\n      distribution\n      mean\n      count\n      mine\n    }\n    evidence {\n      id\n      readingId\n      anchorStatus\n      color\n      page {\n        label\n      }\n      target {\n        exact\n        start\n        end\n      }\n    }\n    replies(first: 20) {\n      edges {\n        node {\n          ...ClaimReplyFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ClaimFieldsFragmentDoc,
    "\n  fragment DebateFields on Debate {\n    id\n    seminarId\n    motion\n    description\n    proLabel\n    conLabel\n    status\n    moderationMode\n    slowModeSeconds\n    anonymous\n    ownAnonymity\n    claimCount\n    createdAt\n    readings {\n      id\n      title\n    }\n  }\n": typeof types.DebateFieldsFragmentDoc,
    "\n  query CitedBy($id: ID!) {\n    annotation(id: $id) {\n      id\n      citedBy {\n        id\n        debateId\n        parentId\n        stance\n        body\n        moderation\n        deleted\n        author {\n          id\n          displayName\n        }\n        votes {\n          mean\n          count\n        }\n      }\n    }\n  }\n": typeof types.CitedByDocument,
    "\n  mutation AddClaim($input: AddClaimInput!) {\n    addClaim(input: $input) {\n      ...ClaimFields\n    }\n  }\n": typeof types.AddClaimDocument,
    "\n  mutation EditClaim($input: EditClaimInput!) {\n    editClaim(input: $input) {\n      id\n      body\n      bodyHtml\n      editedAt\n    }\n  }\n": typeof types.EditClaimDocument,
    "\n  mutation DeleteClaim($input: ClaimRefInput!) {\n    deleteClaim(input: $input) {\n      id\n      deleted\n      body\n      bodyHtml\n    }\n  }\n": typeof types.DeleteClaimDocument,
    "\n  mutation VoteOnClaim($input: VoteInput!) {\n    voteOnClaim(input: $input) {\n      id\n      votes {\n        distribution\n        mean\n        count\n        mine\n      }\n    }\n  }\n": typeof types.VoteOnClaimDocument,
    "\n  mutation SetClaimEvidence($input: SetEvidenceInput!) {\n    setClaimEvidence(input: $input) {\n      id\n      evidence {\n        id\n        readingId\n        anchorStatus\n        color\n        page {\n          label\n        }\n        target {\n          exact\n          start\n          end\n        }\n      }\n    }\n  }\n": typeof types.SetClaimEvidenceDocument,
    "\n  mutation ReplyToClaim($input: ReplyInput!) {\n    reply(input: $input) {\n      ...ClaimReplyFields\n    }\n  }\n": typeof types.ReplyToClaimDocument,
    "\n  mutation EditClaimReply($input: EditReplyInput!) {\n    editReply(input: $input) {\n      ...ClaimReplyFields\n    }\n  }\n": typeof types.EditClaimReplyDocument,
    "\n  mutation DeleteClaimReply($input: ReplyRefInput!) {\n    deleteReply(input: $input) {\n      ...ClaimReplyFields\n    }\n  }\n": typeof types.DeleteClaimReplyDocument,
    "\n  query DebatePage($id: ID!, $sort: ClaimSort!) {\n    debate(id: $id) {\n      ...DebateFields\n      claims(sort: $sort) {\n        ...ClaimFields\n      }\n    }\n  }\n": typeof types.DebatePageDocument,
    "\n  query DebateSeminar($id: ID!) {\n    seminar(id: $id) {\n      id\n      name\n      myRole\n      readings(first: 100) {\n        edges {\n          node {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": typeof types.DebateSeminarDocument,
    "\n  query CitedPassage($id: ID!) {\n    annotation(id: $id) {\n      id\n      readingId\n      target {\n        exact\n      }\n    }\n  }\n": typeof types.CitedPassageDocument,
    "\n  query DevOutbox {\n    devOutbox(first: 50) {\n      id\n      to\n      subject\n      text\n      listUnsubscribe\n      createdAt\n    }\n  }\n": typeof types.DevOutboxDocument,
    "\n  query MyMailPreference {\n    myMailPreference {\n      frequency\n    }\n  }\n": typeof types.MyMailPreferenceDocument,
    "\n  mutation SetMailFrequency($input: SetMailFrequencyInput!) {\n    setMailFrequency(input: $input) {\n      frequency\n    }\n  }\n": typeof types.SetMailFrequencyDocument,
    "\n  query MyGroup($seminarId: ID!) {\n    myGroup(seminarId: $seminarId) {\n      id\n      name\n      memberCount\n    }\n  }\n": typeof types.MyGroupDocument,
    "\n  query SeminarGroups($seminarId: ID!) {\n    seminarGroups(seminarId: $seminarId) {\n      groups {\n        id\n        name\n        memberCount\n        members {\n          userId\n          displayName\n          role\n        }\n      }\n      ungrouped {\n        userId\n        displayName\n        role\n      }\n    }\n  }\n": typeof types.SeminarGroupsDocument,
    "\n  mutation CreateSeminarGroup($input: CreateSeminarGroupInput!) {\n    createSeminarGroup(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateSeminarGroupDocument,
    "\n  mutation RenameSeminarGroup($input: RenameSeminarGroupInput!) {\n    renameSeminarGroup(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.RenameSeminarGroupDocument,
    "\n  mutation DeleteSeminarGroup($input: DeleteSeminarGroupInput!) {\n    deleteSeminarGroup(input: $input) {\n      ungrouped {\n        userId\n      }\n    }\n  }\n": typeof types.DeleteSeminarGroupDocument,
    "\n  mutation MoveGroupMember($input: MoveGroupMemberInput!) {\n    moveGroupMember(input: $input) {\n      ungrouped {\n        userId\n      }\n    }\n  }\n": typeof types.MoveGroupMemberDocument,
    "\n  mutation SplitIntoGroups($input: SplitIntoGroupsInput!) {\n    splitIntoGroups(input: $input) {\n      ungrouped {\n        userId\n      }\n    }\n  }\n": typeof types.SplitIntoGroupsDocument,
    "\n  fragment PassageActivityFields on PassageActivity {\n    index\n    start\n    end\n    annotations\n    questions\n    replies\n    disagreeReactions\n    proClaims\n    conClaims\n    citingClaims\n    disagreement\n  }\n": typeof types.PassageActivityFieldsFragmentDoc,
    "\n  query DiscussionMap($readingId: ID!, $passageStarts: [Int!]) {\n    discussionMap(readingId: $readingId, passageStarts: $passageStarts) {\n      readingId\n      revisionNumber\n      passages {\n        ...PassageActivityFields\n      }\n      mostQuestioned {\n        ...PassageActivityFields\n      }\n      mostContested {\n        ...PassageActivityFields\n      }\n      mostCited {\n        ...PassageActivityFields\n      }\n    }\n  }\n": typeof types.DiscussionMapDocument,
    "\n  query ParticipationSeminar($id: ID!) {\n    seminar(id: $id) {\n      id\n      name\n      myRole\n      readings(first: 100) {\n        edges {\n          node {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": typeof types.ParticipationSeminarDocument,
    "\n  fragment ParticipationFiguresFields on ParticipationFigures {\n    member {\n      id\n      displayName\n    }\n    role\n    annotations\n    questions\n    repliesGiven\n    repliesReceived\n    reactionsReceived\n    claims\n    evidenceCited\n    votes\n  }\n": typeof types.ParticipationFiguresFieldsFragmentDoc,
    "\n  query EveryonesParticipation($seminarId: ID!, $readingId: ID) {\n    participation(seminarId: $seminarId, readingId: $readingId) {\n      ...ParticipationFiguresFields\n    }\n  }\n": typeof types.EveryonesParticipationDocument,
    "\n  query MyParticipation($seminarId: ID!, $readingId: ID) {\n    myParticipation(seminarId: $seminarId, readingId: $readingId) {\n      ...ParticipationFiguresFields\n    }\n  }\n": typeof types.MyParticipationDocument,
    "\n  query LiveSession($id: ID!) {\n    liveSession(id: $id) {\n      id\n      seminarId\n      subjectType\n      subjectId\n      title\n      live\n      eventSeq\n      startedAt\n      endedAt\n      summaryMarkdown\n      myEventId\n      facilitator {\n        id\n        displayName\n      }\n      position {\n        offset\n        claimId\n      }\n      spotlights {\n        id\n        kind\n        annotationId\n        claimId\n        start\n        end\n        exact\n        note\n        createdAt\n      }\n      poll {\n        id\n        kind\n        question\n        options\n        claimId\n        anonymous\n        open\n        closedAt\n        counts\n        total\n        myAnswer\n        voters {\n          userId\n          displayName\n          option\n        }\n      }\n      round {\n        id\n        prompt\n        stance\n        seconds\n        startedAt\n        endsAt\n        closedAt\n        open\n        secondsLeft\n      }\n      hands {\n        raisedAt\n        user {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.LiveSessionDocument,
    "\n  query RunningReadingSession($id: ID!) {\n    reading(id: $id) {\n      id\n      seminarId\n      liveSession {\n        id\n      }\n    }\n  }\n": typeof types.RunningReadingSessionDocument,
    "\n  query RunningDebateSession($id: ID!) {\n    debate(id: $id) {\n      id\n      seminarId\n      liveSession {\n        id\n      }\n    }\n  }\n": typeof types.RunningDebateSessionDocument,
    "\n  mutation StartLiveSession($input: StartLiveSessionInput!) {\n    startLiveSession(input: $input) {\n      id\n    }\n  }\n": typeof types.StartLiveSessionDocument,
    "\n  mutation EndLiveSession($input: LiveSessionRefInput!) {\n    endLiveSession(input: $input) {\n      id\n      summaryMarkdown\n    }\n  }\n": typeof types.EndLiveSessionDocument,
    "\n  mutation Spotlight($input: SpotlightInput!) {\n    spotlight(input: $input) {\n      id\n    }\n  }\n": typeof types.SpotlightDocument,
    "\n  mutation MoveLivePosition($input: MoveLivePositionInput!) {\n    moveLivePosition(input: $input) {\n      id\n    }\n  }\n": typeof types.MoveLivePositionDocument,
    "\n  mutation OpenLivePoll($input: OpenLivePollInput!) {\n    openLivePoll(input: $input) {\n      id\n    }\n  }\n": typeof types.OpenLivePollDocument,
    "\n  mutation AnswerLivePoll($input: AnswerLivePollInput!) {\n    answerLivePoll(input: $input) {\n      id\n      myAnswer\n    }\n  }\n": typeof types.AnswerLivePollDocument,
    "\n  mutation CloseLivePoll($input: LivePollRefInput!) {\n    closeLivePoll(input: $input) {\n      id\n    }\n  }\n": typeof types.CloseLivePollDocument,
    "\n  mutation StartLiveRound($input: StartLiveRoundInput!) {\n    startLiveRound(input: $input) {\n      id\n    }\n  }\n": typeof types.StartLiveRoundDocument,
    "\n  mutation RaiseHand($input: LiveSessionRefInput!) {\n    raiseHand(input: $input) {\n      raisedAt\n    }\n  }\n": typeof types.RaiseHandDocument,
    "\n  mutation LowerHand($input: LiveSessionRefInput!) {\n    lowerHand(input: $input) {\n      raisedAt\n    }\n  }\n": typeof types.LowerHandDocument,
    "\n  mutation CallOnHand($input: CallOnHandInput!) {\n    callOnHand(input: $input) {\n      raisedAt\n    }\n  }\n": typeof types.CallOnHandDocument,
    "\n  mutation HandLiveFacilitator($input: HandLiveFacilitatorInput!) {\n    handLiveFacilitator(input: $input) {\n      id\n    }\n  }\n": typeof types.HandLiveFacilitatorDocument,
    "\n  query SeminarRole($id: ID!) {\n    seminar(id: $id) {\n      id\n      myRole\n    }\n  }\n": typeof types.SeminarRoleDocument,
    "\n  query ModerationLog($seminarId: ID!, $first: Int!, $after: String) {\n    moderationLog(seminarId: $seminarId, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          action\n          subjectType\n          subjectId\n          reason\n          moderatorName\n          details\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ModerationLogDocument,
    "\n  mutation FlagPost($input: FlagInput!) {\n    flag(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.FlagPostDocument,
    "\n  mutation ModeratePost($input: ModeratePostInput!) {\n    moderatePost(input: $input) {\n      id\n      action\n      subjectType\n      subjectId\n      reason\n      moderatorName\n      details\n      createdAt\n    }\n  }\n": typeof types.ModeratePostDocument,
    "\n  mutation ModerateDebate($input: ModerateDebateInput!) {\n    moderateDebate(input: $input) {\n      id\n      status\n      moderationMode\n      slowModeSeconds\n    }\n  }\n": typeof types.ModerateDebateDocument,
    "\n  mutation CloseFlag($input: CloseFlagInput!) {\n    closeFlag(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.CloseFlagDocument,
    "\n  query ModerationDeskSeminar($id: ID!) {\n    seminar(id: $id) {\n      id\n      name\n      myRole\n      readings(first: 100) {\n        edges {\n          node {\n            id\n            title\n          }\n        }\n      }\n      debates(first: 50) {\n        edges {\n          node {\n            id\n            motion\n            proLabel\n            conLabel\n            status\n            moderationMode\n            slowModeSeconds\n          }\n        }\n      }\n    }\n  }\n": typeof types.ModerationDeskSeminarDocument,
    "\n  query ModerationQueue($seminarId: ID!) {\n    moderationQueue(seminarId: $seminarId) {\n      kind\n      subjectType\n      subjectId\n      excerpt\n      authorName\n      moderation\n      createdAt\n      debateId\n      readingId\n      quote\n      flag {\n        id\n        reason\n        reporterName\n        createdAt\n      }\n    }\n  }\n": typeof types.ModerationQueueDocument,
    "\n  query Notifications {\n    notifications(first: 20) {\n      edges {\n        node {\n          id\n          kind\n          excerpt\n          read\n          createdAt\n          readingId\n          seminarId\n          subjectId\n          subjectType\n        }\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  mutation ReattachAnnotation($input: ReattachAnnotationInput!) {\n    reattachAnnotation(input: $input) {\n      ...AnnotationFields\n    }\n  }\n": typeof types.ReattachAnnotationDocument,
    "\n  mutation DismissOrphanedAnnotation($input: AnnotationRefInput!) {\n    dismissOrphanedAnnotation(input: $input) {\n      ...AnnotationFields\n    }\n  }\n": typeof types.DismissOrphanedAnnotationDocument,
    "\n  query SeminarDebates($id: ID!) {\n    seminar(id: $id) {\n      id\n      debates(first: 20) {\n        edges {\n          node {\n            id\n            motion\n          }\n        }\n      }\n    }\n  }\n": typeof types.SeminarDebatesDocument,
    "\n  query DocumentUploadStatus($id: ID!) {\n    documentUpload(id: $id) {\n      id\n      status\n      progress\n      error\n      title\n      author\n      source\n      kind\n      saveRequested\n      readingId\n    }\n  }\n": typeof types.DocumentUploadStatusDocument,
    "\n  mutation SaveUploadedReading($input: SaveUploadedReadingInput!) {\n    saveUploadedReading(input: $input) {\n      id\n      status\n      saveRequested\n      readingId\n    }\n  }\n": typeof types.SaveUploadedReadingDocument,
    "\n  mutation AddPastedReading($input: AddReadingInput!) {\n    addReading(input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.AddPastedReadingDocument,
    "\n  query ReadingPage($id: ID!) {\n    reading(id: $id) {\n      id\n      seminarId\n      title\n      author\n      source\n      format\n      revisionNumber\n      eventSeq\n      currentRevision {\n        id\n        number\n        text\n        pages {\n          number\n          label\n          start\n          ocr\n        }\n      }\n    }\n  }\n": typeof types.ReadingPageDocument,
    "\n  fragment RevisionPreviewFields on RevisionPreview {\n    baseRevision\n    exact\n    fuzzy\n    orphaned\n    unlisted\n    changed {\n      status\n      newExact\n      annotation {\n        id\n        target {\n          exact\n        }\n        author {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.RevisionPreviewFieldsFragmentDoc,
    "\n  query PreviewReadingRevision($input: PreviewRevisionInput!) {\n    previewReadingRevision(input: $input) {\n      ...RevisionPreviewFields\n    }\n  }\n": typeof types.PreviewReadingRevisionDocument,
    "\n  query PreviewUploadedRevision($input: PreviewUploadedRevisionInput!) {\n    previewUploadedRevision(input: $input) {\n      ...RevisionPreviewFields\n    }\n  }\n": typeof types.PreviewUploadedRevisionDocument,
    "\n  mutation ReviseReadingText($input: ReviseReadingInput!) {\n    reviseReading(input: $input) {\n      id\n      revisionNumber\n    }\n  }\n": typeof types.ReviseReadingTextDocument,
    "\n  mutation ReviseReadingFromUpload($input: ReviseReadingFromUploadInput!) {\n    reviseReadingFromUpload(input: $input) {\n      id\n      revisionNumber\n    }\n  }\n": typeof types.ReviseReadingFromUploadDocument,
    "\n  query SeminarName($id: ID!) {\n    seminar(id: $id) {\n      id\n      name\n    }\n  }\n": typeof types.SeminarNameDocument,
    "\n  mutation UploadFromUrl($input: UploadFromUrlInput!) {\n    uploadFromUrl(input: $input) {\n      id\n      status\n      sourceUrl\n    }\n  }\n": typeof types.UploadFromUrlDocument,
    "\n  query SearchPageResults($input: SearchInput!) {\n    search(input: $input, first: 40) {\n      edges {\n        node {\n          kind\n          id\n          readingId\n          readingTitle\n          annotationId\n          position\n          createdAt\n          tags\n          motivation\n          author {\n            id\n            displayName\n          }\n          snippet {\n            text\n            highlights {\n              start\n              end\n            }\n          }\n          quote {\n            text\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": typeof types.SearchPageResultsDocument,
    "\n  query SearchSources($seminarId: ID!) {\n    seminars(first: 50) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    seminar(id: $seminarId) {\n      id\n      readings(first: 100) {\n        edges {\n          node {\n            id\n            title\n          }\n        }\n      }\n      members(first: 100) {\n        edges {\n          node {\n            id\n            user {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.SearchSourcesDocument,
    "\n  query SearchSeminarNames {\n    seminars(first: 50) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.SearchSeminarNamesDocument,
    "\n  fragment DebateSummaryFields on Debate {\n    id\n    motion\n    proLabel\n    conLabel\n    status\n  }\n": typeof types.DebateSummaryFieldsFragmentDoc,
    "\n  fragment SeminarCardFields on Seminar {\n    id\n    eventSeq\n    name\n    description\n    myRole\n    inviteCode\n    memberCount\n    readingCount\n    readings(first: 20) {\n      edges {\n        node {\n          id\n          title\n          author\n        }\n      }\n    }\n    debates(first: 10) {\n      edges {\n        node {\n          ...DebateSummaryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": typeof types.SeminarCardFieldsFragmentDoc,
    "\n  mutation CreateSeminar($input: CreateSeminarInput!) {\n    createSeminar(input: $input) {\n      id\n      name\n      inviteCode\n    }\n  }\n": typeof types.CreateSeminarDocument,
    "\n  mutation JoinSeminar($input: JoinSeminarInput!) {\n    joinSeminar(input: $input) {\n      id\n      name\n      memberCount\n    }\n  }\n": typeof types.JoinSeminarDocument,
    "\n  query MySeminars($first: Int!, $after: String) {\n    seminars(first: $first, after: $after) {\n      edges {\n        node {\n          ...SeminarCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MySeminarsDocument,
    "\n  mutation UpdateSeminar($input: UpdateSeminarInput!) {\n    updateSeminar(input: $input) {\n      id\n      name\n      description\n    }\n  }\n": typeof types.UpdateSeminarDocument,
    "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      id\n      role\n    }\n  }\n": typeof types.ChangeMemberRoleDocument,
    "\n  mutation RemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input) {\n      id\n      memberCount\n    }\n  }\n": typeof types.RemoveMemberDocument,
    "\n  mutation RotateInviteCode($input: SeminarRefInput!) {\n    rotateInviteCode(input: $input) {\n      id\n      inviteCode\n    }\n  }\n": typeof types.RotateInviteCodeDocument,
    "\n  mutation LeaveSeminar($input: SeminarRefInput!) {\n    leaveSeminar(input: $input)\n  }\n": typeof types.LeaveSeminarDocument,
    "\n  query SeminarPage($id: ID!, $since: DateTime) {\n    seminar(id: $id) {\n      id\n      eventSeq\n      name\n      description\n      myRole\n      anonymous\n      inviteCode\n      memberCount\n      readingCount\n      readings(first: 30) {\n        edges {\n          node {\n            id\n            title\n            author\n            annotationCount\n            newAnnotationCount(since: $since)\n          }\n        }\n      }\n      debates(first: 30) {\n        edges {\n          node {\n            ...DebateSummaryFields\n          }\n        }\n      }\n      members(first: 50) {\n        edges {\n          node {\n            id\n            role\n            joinedAt\n            user {\n              id\n              displayName\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n        }\n      }\n      recentActivity(first: 15) {\n        id\n        at\n        summary\n        readingId\n        debateId\n      }\n    }\n  }\n": typeof types.SeminarPageDocument,
    "\n  mutation MarkSeminarVisited($input: SeminarRefInput!) {\n    markSeminarVisited(input: $input)\n  }\n": typeof types.MarkSeminarVisitedDocument,
    "\n  query ExportAnnotations($input: ExportAnnotationsInput!) {\n    exportAnnotations(input: $input) {\n      filename\n      mediaType\n      content\n      annotationCount\n      replyCount\n    }\n  }\n": typeof types.ExportAnnotationsDocument,
    "\n  query ExportDebate($id: ID!) {\n    exportDebate(id: $id) {\n      filename\n      mediaType\n      content\n      claimCount\n    }\n  }\n": typeof types.ExportDebateDocument,
    "\n  fragment ImportOutcomeFields on ImportOutcome {\n    orphaned {\n      sourceId\n      quote\n    }\n    attributedToImporter {\n      sourceId\n      originalAuthor\n    }\n    authorsMatched {\n      userId\n      displayName\n      posts\n    }\n    unmatchedReadings {\n      iri\n      title\n      annotations\n    }\n    skipped {\n      sourceId\n      reason\n    }\n  }\n": typeof types.ImportOutcomeFieldsFragmentDoc,
    "\n  query PreviewAnnotationImport($input: PreviewAnnotationImportInput!) {\n    previewAnnotationImport(input: $input) {\n      ...AnnotationImportPreviewFields\n    }\n  }\n  fragment AnnotationImportPreviewFields on AnnotationImportPreview {\n    format\n    annotationsToImport\n    repliesToImport\n    duplicatesToSkip\n    ...ImportOutcomeFields\n  }\n": typeof types.PreviewAnnotationImportDocument,
    "\n  mutation ImportAnnotations($input: ImportAnnotationsInput!) {\n    importAnnotations(input: $input) {\n      ...AnnotationImportReportFields\n    }\n  }\n  fragment AnnotationImportReportFields on AnnotationImport {\n    id\n    format\n    annotationsImported\n    repliesImported\n    duplicatesSkipped\n    ...ImportOutcomeFields\n  }\n": typeof types.ImportAnnotationsDocument,
};
const documents: Documents = {
    "\n  mutation ConfirmEmailChange($input: ConfirmEmailChangeInput!) {\n    confirmEmailChange(input: $input)\n  }\n": types.ConfirmEmailChangeDocument,
    "\n  query AccountSettings {\n    account {\n      id\n      email\n      displayName\n      pendingEmail\n      pendingEmailRequestedAt\n    }\n    mySessions {\n      id\n      userAgent\n      address\n      createdAt\n      lastSeenAt\n      current\n    }\n  }\n": types.AccountSettingsDocument,
    "\n  mutation ChangeDisplayName($input: ChangeDisplayNameInput!) {\n    changeDisplayName(input: $input) {\n      id\n      displayName\n    }\n  }\n": types.ChangeDisplayNameDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      signedOutSessions\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  mutation EndSession($input: EndSessionInput!) {\n    endSession(input: $input)\n  }\n": types.EndSessionDocument,
    "\n  mutation RequestEmailChange($input: RequestEmailChangeInput!) {\n    requestEmailChange(input: $input) {\n      id\n      pendingEmail\n      pendingEmailRequestedAt\n    }\n  }\n": types.RequestEmailChangeDocument,
    "\n  mutation DeleteAccount($input: DeleteAccountInput!) {\n    deleteAccount(input: $input)\n  }\n": types.DeleteAccountDocument,
    "\n  fragment AnnotationFields on Annotation {\n    id\n    readingId\n    threadId\n    revisionNumber\n    motivation\n    body\n    bodyHtml\n    tags\n    color\n    visibility\n    target {\n      exact\n      prefix\n      suffix\n      start\n      end\n    }\n    anchorStatus\n    anchorScore\n    orphanDismissed\n    page {\n      number\n      label\n    }\n    createdAt\n    editedAt\n    deleted\n    author {\n      id\n      displayName\n    }\n    replyCount\n    locked\n    reactions {\n      kind\n      count\n      mine\n    }\n    citedBy {\n      id\n      stance\n    }\n  }\n": types.AnnotationFieldsFragmentDoc,
    "\n  fragment ReplyFields on Reply {\n    id\n    threadId\n    parentId\n    depth\n    body\n    bodyHtml\n    createdAt\n    editedAt\n    deleted\n    author {\n      id\n      displayName\n    }\n    reactions {\n      kind\n      count\n      mine\n    }\n  }\n": types.ReplyFieldsFragmentDoc,
    "\n  mutation CreateAnnotation($input: CreateAnnotationInput!) {\n    createAnnotation(input: $input) {\n      ...AnnotationFields\n    }\n  }\n": types.CreateAnnotationDocument,
    "\n  mutation UpdateAnnotation($input: UpdateAnnotationInput!) {\n    updateAnnotation(input: $input) {\n      ...AnnotationFields\n    }\n  }\n": types.UpdateAnnotationDocument,
    "\n  mutation DeleteAnnotation($input: AnnotationRefInput!) {\n    deleteAnnotation(input: $input) {\n      ...AnnotationFields\n    }\n  }\n": types.DeleteAnnotationDocument,
    "\n  mutation ReactToAnnotation($input: ReactInput!) {\n    reactToAnnotation(input: $input) {\n      kind\n      count\n      mine\n    }\n  }\n": types.ReactToAnnotationDocument,
    "\n  mutation ReactToReply($input: ReactInput!) {\n    reactToReply(input: $input) {\n      kind\n      count\n      mine\n    }\n  }\n": types.ReactToReplyDocument,
    "\n  mutation Reply($input: ReplyInput!) {\n    reply(input: $input) {\n      ...ReplyFields\n    }\n  }\n": types.ReplyDocument,
    "\n  mutation EditReply($input: EditReplyInput!) {\n    editReply(input: $input) {\n      ...ReplyFields\n    }\n  }\n": types.EditReplyDocument,
    "\n  mutation DeleteReply($input: ReplyRefInput!) {\n    deleteReply(input: $input) {\n      ...ReplyFields\n    }\n  }\n": types.DeleteReplyDocument,
    "\n  query MoreReplies($id: ID!, $after: String) {\n    annotation(id: $id) {\n      id\n      replies(first: 100, after: $after) {\n        edges {\n          node {\n            ...ReplyFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.MoreRepliesDocument,
    "\n  query AnnotationWithThread($id: ID!) {\n    annotation(id: $id) {\n      ...AnnotationFields\n      replies(first: 20) {\n        edges {\n          node {\n            ...ReplyFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.AnnotationWithThreadDocument,
    "\n  query ReadingAnnotations($id: ID!, $first: Int!, $after: String) {\n    reading(id: $id) {\n      id\n      annotations(first: $first, after: $after) {\n        edges {\n          node {\n            ...AnnotationFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.ReadingAnnotationsDocument,
    "\n  query ReadingAnnotationsWithReplies($id: ID!, $first: Int!, $after: String) {\n    reading(id: $id) {\n      id\n      annotations(first: $first, after: $after) {\n        edges {\n          node {\n            ...AnnotationFields\n            replies(first: 20) {\n              edges {\n                node {\n                  ...ReplyFields\n                }\n              }\n              pageInfo {\n                hasNextPage\n                endCursor\n              }\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.ReadingAnnotationsWithRepliesDocument,
    "\n  query SeminarMembers($id: ID!) {\n    seminar(id: $id) {\n      id\n      myRole\n      members(first: 100) {\n        edges {\n          node {\n            id\n            role\n            user {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n": types.SeminarMembersDocument,
    "\n  mutation SetSeminarAnonymity($input: SetSeminarAnonymityInput!) {\n    setSeminarAnonymity(input: $input) {\n      id\n      anonymous\n    }\n  }\n": types.SetSeminarAnonymityDocument,
    "\n  mutation SetDebateAnonymity($input: SetDebateAnonymityInput!) {\n    setDebateAnonymity(input: $input) {\n      id\n      anonymous\n      ownAnonymity\n    }\n  }\n": types.SetDebateAnonymityDocument,
    "\n  query AssignmentProgress($assignmentId: ID!) {\n    assignmentProgress(assignmentId: $assignmentId) {\n      userId\n      displayName\n      posts\n      dueAt\n      extendedDueAt\n      state\n      late\n    }\n  }\n": types.AssignmentProgressDocument,
    "\n  mutation SetAssignmentExtension($input: SetAssignmentExtensionInput!) {\n    setAssignmentExtension(input: $input) {\n      userId\n      dueAt\n      extendedDueAt\n      state\n    }\n  }\n": types.SetAssignmentExtensionDocument,
    "\n  mutation CreateAssignment($input: CreateAssignmentInput!) {\n    createAssignment(input: $input) {\n      id\n      title\n    }\n  }\n": types.CreateAssignmentDocument,
    "\n  mutation UpdateAssignment($input: UpdateAssignmentInput!) {\n    updateAssignment(input: $input) {\n      id\n      title\n      instructions\n      opensAt\n      dueAt\n      hideUntilPosted\n      inGroups\n      requiredPosts\n    }\n  }\n": types.UpdateAssignmentDocument,
    "\n  query AssignmentPassages($id: ID!) {\n    reading(id: $id) {\n      id\n      currentRevision {\n        id\n        text\n        blocks {\n          start\n          end\n        }\n      }\n    }\n  }\n": types.AssignmentPassagesDocument,
    "\n  mutation DeleteAssignment($input: DeleteAssignmentInput!) {\n    deleteAssignment(input: $input) {\n      id\n    }\n  }\n": types.DeleteAssignmentDocument,
    "\n  query Assignments($seminarId: ID!, $readingId: ID) {\n    assignments(seminarId: $seminarId, readingId: $readingId) {\n      id\n      title\n      instructions\n      readingId\n      debateId\n      rangeStart\n      rangeEnd\n      opensAt\n      dueAt\n      hideUntilPosted\n      inGroups\n      requiredPosts\n      myProgress {\n        posts\n        completedAt\n        dueAt\n        extendedDueAt\n        state\n        late\n        hidesOthers\n      }\n    }\n  }\n": types.AssignmentsDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": types.ResetPasswordDocument,
    "\n  query DevOutboxOpen {\n    devOutboxOpen\n  }\n": types.DevOutboxOpenDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      viewer {\n        id\n        displayName\n      }\n    }\n  }\n": types.RegisterDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      viewer {\n        id\n        displayName\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  query Viewer {\n    me {\n      id\n      displayName\n      email\n    }\n  }\n": types.ViewerDocument,
    "\n  query CitingDebate($id: ID!) {\n    debate(id: $id) {\n      id\n      motion\n      proLabel\n      conLabel\n    }\n  }\n": types.CitingDebateDocument,
    "\n  query LaterClaimReplies($id: ID!, $after: String) {\n    claim(id: $id) {\n      id\n      replies(first: 100, after: $after) {\n        edges {\n          node {\n            ...ClaimReplyFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.LaterClaimRepliesDocument,
    "\n  mutation CreateDebate($input: CreateDebateInput!) {\n    createDebate(input: $input) {\n      id\n      motion\n    }\n  }\n": types.CreateDebateDocument,
    "\n  query ReadingPassages($id: ID!) {\n    reading(id: $id) {\n      id\n      annotations(first: 2000) {\n        edges {\n          node {\n            id\n            readingId\n            motivation\n            anchorStatus\n            deleted\n            color\n            tags\n            target {\n              exact\n            }\n            author {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ReadingPassagesDocument,
    "\n  fragment ClaimReplyFields on Reply {\n    id\n    threadId\n    parentId\n    depth\n    body\n    bodyHtml\n    moderation\n    deleted\n    createdAt\n    editedAt\n    author {\n      id\n      displayName\n      pseudonym\n    }\n  }\n": types.ClaimReplyFieldsFragmentDoc,
    "\n  fragment ClaimFields on Claim {\n    id\n    debateId\n    locked\n    parentId\n    stance\n    body\n    bodyHtml\n    moderation\n    pinned\n    deleted\n    createdAt\n    editedAt\n    threadId\n    replyCount\n    author {\n      id\n      displayName\n      pseudonym\n    }\n    votes {\n      distribution\n      mean\n      count\n      mine\n    }\n    evidence {\n      id\n      readingId\n      anchorStatus\n      color\n      page {\n        label\n      }\n      target {\n        exact\n        start\n        end\n      }\n    }\n    replies(first: 20) {\n      edges {\n        node {\n          ...ClaimReplyFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ClaimFieldsFragmentDoc,
    "\n  fragment DebateFields on Debate {\n    id\n    seminarId\n    motion\n    description\n    proLabel\n    conLabel\n    status\n    moderationMode\n    slowModeSeconds\n    anonymous\n    ownAnonymity\n    claimCount\n    createdAt\n    readings {\n      id\n      title\n    }\n  }\n": types.DebateFieldsFragmentDoc,
    "\n  query CitedBy($id: ID!) {\n    annotation(id: $id) {\n      id\n      citedBy {\n        id\n        debateId\n        parentId\n        stance\n        body\n        moderation\n        deleted\n        author {\n          id\n          displayName\n        }\n        votes {\n          mean\n          count\n        }\n      }\n    }\n  }\n": types.CitedByDocument,
    "\n  mutation AddClaim($input: AddClaimInput!) {\n    addClaim(input: $input) {\n      ...ClaimFields\n    }\n  }\n": types.AddClaimDocument,
    "\n  mutation EditClaim($input: EditClaimInput!) {\n    editClaim(input: $input) {\n      id\n      body\n      bodyHtml\n      editedAt\n    }\n  }\n": types.EditClaimDocument,
    "\n  mutation DeleteClaim($input: ClaimRefInput!) {\n    deleteClaim(input: $input) {\n      id\n      deleted\n      body\n      bodyHtml\n    }\n  }\n": types.DeleteClaimDocument,
    "\n  mutation VoteOnClaim($input: VoteInput!) {\n    voteOnClaim(input: $input) {\n      id\n      votes {\n        distribution\n        mean\n        count\n        mine\n      }\n    }\n  }\n": types.VoteOnClaimDocument,
    "\n  mutation SetClaimEvidence($input: SetEvidenceInput!) {\n    setClaimEvidence(input: $input) {\n      id\n      evidence {\n        id\n        readingId\n        anchorStatus\n        color\n        page {\n          label\n        }\n        target {\n          exact\n          start\n          end\n        }\n      }\n    }\n  }\n": types.SetClaimEvidenceDocument,
    "\n  mutation ReplyToClaim($input: ReplyInput!) {\n    reply(input: $input) {\n      ...ClaimReplyFields\n    }\n  }\n": types.ReplyToClaimDocument,
    "\n  mutation EditClaimReply($input: EditReplyInput!) {\n    editReply(input: $input) {\n      ...ClaimReplyFields\n    }\n  }\n": types.EditClaimReplyDocument,
    "\n  mutation DeleteClaimReply($input: ReplyRefInput!) {\n    deleteReply(input: $input) {\n      ...ClaimReplyFields\n    }\n  }\n": types.DeleteClaimReplyDocument,
    "\n  query DebatePage($id: ID!, $sort: ClaimSort!) {\n    debate(id: $id) {\n      ...DebateFields\n      claims(sort: $sort) {\n        ...ClaimFields\n      }\n    }\n  }\n": types.DebatePageDocument,
    "\n  query DebateSeminar($id: ID!) {\n    seminar(id: $id) {\n      id\n      name\n      myRole\n      readings(first: 100) {\n        edges {\n          node {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": types.DebateSeminarDocument,
    "\n  query CitedPassage($id: ID!) {\n    annotation(id: $id) {\n      id\n      readingId\n      target {\n        exact\n      }\n    }\n  }\n": types.CitedPassageDocument,
    "\n  query DevOutbox {\n    devOutbox(first: 50) {\n      id\n      to\n      subject\n      text\n      listUnsubscribe\n      createdAt\n    }\n  }\n": types.DevOutboxDocument,
    "\n  query MyMailPreference {\n    myMailPreference {\n      frequency\n    }\n  }\n": types.MyMailPreferenceDocument,
    "\n  mutation SetMailFrequency($input: SetMailFrequencyInput!) {\n    setMailFrequency(input: $input) {\n      frequency\n    }\n  }\n": types.SetMailFrequencyDocument,
    "\n  query MyGroup($seminarId: ID!) {\n    myGroup(seminarId: $seminarId) {\n      id\n      name\n      memberCount\n    }\n  }\n": types.MyGroupDocument,
    "\n  query SeminarGroups($seminarId: ID!) {\n    seminarGroups(seminarId: $seminarId) {\n      groups {\n        id\n        name\n        memberCount\n        members {\n          userId\n          displayName\n          role\n        }\n      }\n      ungrouped {\n        userId\n        displayName\n        role\n      }\n    }\n  }\n": types.SeminarGroupsDocument,
    "\n  mutation CreateSeminarGroup($input: CreateSeminarGroupInput!) {\n    createSeminarGroup(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateSeminarGroupDocument,
    "\n  mutation RenameSeminarGroup($input: RenameSeminarGroupInput!) {\n    renameSeminarGroup(input: $input) {\n      id\n      name\n    }\n  }\n": types.RenameSeminarGroupDocument,
    "\n  mutation DeleteSeminarGroup($input: DeleteSeminarGroupInput!) {\n    deleteSeminarGroup(input: $input) {\n      ungrouped {\n        userId\n      }\n    }\n  }\n": types.DeleteSeminarGroupDocument,
    "\n  mutation MoveGroupMember($input: MoveGroupMemberInput!) {\n    moveGroupMember(input: $input) {\n      ungrouped {\n        userId\n      }\n    }\n  }\n": types.MoveGroupMemberDocument,
    "\n  mutation SplitIntoGroups($input: SplitIntoGroupsInput!) {\n    splitIntoGroups(input: $input) {\n      ungrouped {\n        userId\n      }\n    }\n  }\n": types.SplitIntoGroupsDocument,
    "\n  fragment PassageActivityFields on PassageActivity {\n    index\n    start\n    end\n    annotations\n    questions\n    replies\n    disagreeReactions\n    proClaims\n    conClaims\n    citingClaims\n    disagreement\n  }\n": types.PassageActivityFieldsFragmentDoc,
    "\n  query DiscussionMap($readingId: ID!, $passageStarts: [Int!]) {\n    discussionMap(readingId: $readingId, passageStarts: $passageStarts) {\n      readingId\n      revisionNumber\n      passages {\n        ...PassageActivityFields\n      }\n      mostQuestioned {\n        ...PassageActivityFields\n      }\n      mostContested {\n        ...PassageActivityFields\n      }\n      mostCited {\n        ...PassageActivityFields\n      }\n    }\n  }\n": types.DiscussionMapDocument,
    "\n  query ParticipationSeminar($id: ID!) {\n    seminar(id: $id) {\n      id\n      name\n      myRole\n      readings(first: 100) {\n        edges {\n          node {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": types.ParticipationSeminarDocument,
    "\n  fragment ParticipationFiguresFields on ParticipationFigures {\n    member {\n      id\n      displayName\n    }\n    role\n    annotations\n    questions\n    repliesGiven\n    repliesReceived\n    reactionsReceived\n    claims\n    evidenceCited\n    votes\n  }\n": types.ParticipationFiguresFieldsFragmentDoc,
    "\n  query EveryonesParticipation($seminarId: ID!, $readingId: ID) {\n    participation(seminarId: $seminarId, readingId: $readingId) {\n      ...ParticipationFiguresFields\n    }\n  }\n": types.EveryonesParticipationDocument,
    "\n  query MyParticipation($seminarId: ID!, $readingId: ID) {\n    myParticipation(seminarId: $seminarId, readingId: $readingId) {\n      ...ParticipationFiguresFields\n    }\n  }\n": types.MyParticipationDocument,
    "\n  query LiveSession($id: ID!) {\n    liveSession(id: $id) {\n      id\n      seminarId\n      subjectType\n      subjectId\n      title\n      live\n      eventSeq\n      startedAt\n      endedAt\n      summaryMarkdown\n      myEventId\n      facilitator {\n        id\n        displayName\n      }\n      position {\n        offset\n        claimId\n      }\n      spotlights {\n        id\n        kind\n        annotationId\n        claimId\n        start\n        end\n        exact\n        note\n        createdAt\n      }\n      poll {\n        id\n        kind\n        question\n        options\n        claimId\n        anonymous\n        open\n        closedAt\n        counts\n        total\n        myAnswer\n        voters {\n          userId\n          displayName\n          option\n        }\n      }\n      round {\n        id\n        prompt\n        stance\n        seconds\n        startedAt\n        endsAt\n        closedAt\n        open\n        secondsLeft\n      }\n      hands {\n        raisedAt\n        user {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.LiveSessionDocument,
    "\n  query RunningReadingSession($id: ID!) {\n    reading(id: $id) {\n      id\n      seminarId\n      liveSession {\n        id\n      }\n    }\n  }\n": types.RunningReadingSessionDocument,
    "\n  query RunningDebateSession($id: ID!) {\n    debate(id: $id) {\n      id\n      seminarId\n      liveSession {\n        id\n      }\n    }\n  }\n": types.RunningDebateSessionDocument,
    "\n  mutation StartLiveSession($input: StartLiveSessionInput!) {\n    startLiveSession(input: $input) {\n      id\n    }\n  }\n": types.StartLiveSessionDocument,
    "\n  mutation EndLiveSession($input: LiveSessionRefInput!) {\n    endLiveSession(input: $input) {\n      id\n      summaryMarkdown\n    }\n  }\n": types.EndLiveSessionDocument,
    "\n  mutation Spotlight($input: SpotlightInput!) {\n    spotlight(input: $input) {\n      id\n    }\n  }\n": types.SpotlightDocument,
    "\n  mutation MoveLivePosition($input: MoveLivePositionInput!) {\n    moveLivePosition(input: $input) {\n      id\n    }\n  }\n": types.MoveLivePositionDocument,
    "\n  mutation OpenLivePoll($input: OpenLivePollInput!) {\n    openLivePoll(input: $input) {\n      id\n    }\n  }\n": types.OpenLivePollDocument,
    "\n  mutation AnswerLivePoll($input: AnswerLivePollInput!) {\n    answerLivePoll(input: $input) {\n      id\n      myAnswer\n    }\n  }\n": types.AnswerLivePollDocument,
    "\n  mutation CloseLivePoll($input: LivePollRefInput!) {\n    closeLivePoll(input: $input) {\n      id\n    }\n  }\n": types.CloseLivePollDocument,
    "\n  mutation StartLiveRound($input: StartLiveRoundInput!) {\n    startLiveRound(input: $input) {\n      id\n    }\n  }\n": types.StartLiveRoundDocument,
    "\n  mutation RaiseHand($input: LiveSessionRefInput!) {\n    raiseHand(input: $input) {\n      raisedAt\n    }\n  }\n": types.RaiseHandDocument,
    "\n  mutation LowerHand($input: LiveSessionRefInput!) {\n    lowerHand(input: $input) {\n      raisedAt\n    }\n  }\n": types.LowerHandDocument,
    "\n  mutation CallOnHand($input: CallOnHandInput!) {\n    callOnHand(input: $input) {\n      raisedAt\n    }\n  }\n": types.CallOnHandDocument,
    "\n  mutation HandLiveFacilitator($input: HandLiveFacilitatorInput!) {\n    handLiveFacilitator(input: $input) {\n      id\n    }\n  }\n": types.HandLiveFacilitatorDocument,
    "\n  query SeminarRole($id: ID!) {\n    seminar(id: $id) {\n      id\n      myRole\n    }\n  }\n": types.SeminarRoleDocument,
    "\n  query ModerationLog($seminarId: ID!, $first: Int!, $after: String) {\n    moderationLog(seminarId: $seminarId, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          action\n          subjectType\n          subjectId\n          reason\n          moderatorName\n          details\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ModerationLogDocument,
    "\n  mutation FlagPost($input: FlagInput!) {\n    flag(input: $input) {\n      id\n      status\n    }\n  }\n": types.FlagPostDocument,
    "\n  mutation ModeratePost($input: ModeratePostInput!) {\n    moderatePost(input: $input) {\n      id\n      action\n      subjectType\n      subjectId\n      reason\n      moderatorName\n      details\n      createdAt\n    }\n  }\n": types.ModeratePostDocument,
    "\n  mutation ModerateDebate($input: ModerateDebateInput!) {\n    moderateDebate(input: $input) {\n      id\n      status\n      moderationMode\n      slowModeSeconds\n    }\n  }\n": types.ModerateDebateDocument,
    "\n  mutation CloseFlag($input: CloseFlagInput!) {\n    closeFlag(input: $input) {\n      id\n      status\n    }\n  }\n": types.CloseFlagDocument,
    "\n  query ModerationDeskSeminar($id: ID!) {\n    seminar(id: $id) {\n      id\n      name\n      myRole\n      readings(first: 100) {\n        edges {\n          node {\n            id\n            title\n          }\n        }\n      }\n      debates(first: 50) {\n        edges {\n          node {\n            id\n            motion\n            proLabel\n            conLabel\n            status\n            moderationMode\n            slowModeSeconds\n          }\n        }\n      }\n    }\n  }\n": types.ModerationDeskSeminarDocument,
    "\n  query ModerationQueue($seminarId: ID!) {\n    moderationQueue(seminarId: $seminarId) {\n      kind\n      subjectType\n      subjectId\n      excerpt\n      authorName\n      moderation\n      createdAt\n      debateId\n      readingId\n      quote\n      flag {\n        id\n        reason\n        reporterName\n        createdAt\n      }\n    }\n  }\n": types.ModerationQueueDocument,
    "\n  query Notifications {\n    notifications(first: 20) {\n      edges {\n        node {\n          id\n          kind\n          excerpt\n          read\n          createdAt\n          readingId\n          seminarId\n          subjectId\n          subjectType\n        }\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  mutation ReattachAnnotation($input: ReattachAnnotationInput!) {\n    reattachAnnotation(input: $input) {\n      ...AnnotationFields\n    }\n  }\n": types.ReattachAnnotationDocument,
    "\n  mutation DismissOrphanedAnnotation($input: AnnotationRefInput!) {\n    dismissOrphanedAnnotation(input: $input) {\n      ...AnnotationFields\n    }\n  }\n": types.DismissOrphanedAnnotationDocument,
    "\n  query SeminarDebates($id: ID!) {\n    seminar(id: $id) {\n      id\n      debates(first: 20) {\n        edges {\n          node {\n            id\n            motion\n          }\n        }\n      }\n    }\n  }\n": types.SeminarDebatesDocument,
    "\n  query DocumentUploadStatus($id: ID!) {\n    documentUpload(id: $id) {\n      id\n      status\n      progress\n      error\n      title\n      author\n      source\n      kind\n      saveRequested\n      readingId\n    }\n  }\n": types.DocumentUploadStatusDocument,
    "\n  mutation SaveUploadedReading($input: SaveUploadedReadingInput!) {\n    saveUploadedReading(input: $input) {\n      id\n      status\n      saveRequested\n      readingId\n    }\n  }\n": types.SaveUploadedReadingDocument,
    "\n  mutation AddPastedReading($input: AddReadingInput!) {\n    addReading(input: $input) {\n      id\n      title\n    }\n  }\n": types.AddPastedReadingDocument,
    "\n  query ReadingPage($id: ID!) {\n    reading(id: $id) {\n      id\n      seminarId\n      title\n      author\n      source\n      format\n      revisionNumber\n      eventSeq\n      currentRevision {\n        id\n        number\n        text\n        pages {\n          number\n          label\n          start\n          ocr\n        }\n      }\n    }\n  }\n": types.ReadingPageDocument,
    "\n  fragment RevisionPreviewFields on RevisionPreview {\n    baseRevision\n    exact\n    fuzzy\n    orphaned\n    unlisted\n    changed {\n      status\n      newExact\n      annotation {\n        id\n        target {\n          exact\n        }\n        author {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.RevisionPreviewFieldsFragmentDoc,
    "\n  query PreviewReadingRevision($input: PreviewRevisionInput!) {\n    previewReadingRevision(input: $input) {\n      ...RevisionPreviewFields\n    }\n  }\n": types.PreviewReadingRevisionDocument,
    "\n  query PreviewUploadedRevision($input: PreviewUploadedRevisionInput!) {\n    previewUploadedRevision(input: $input) {\n      ...RevisionPreviewFields\n    }\n  }\n": types.PreviewUploadedRevisionDocument,
    "\n  mutation ReviseReadingText($input: ReviseReadingInput!) {\n    reviseReading(input: $input) {\n      id\n      revisionNumber\n    }\n  }\n": types.ReviseReadingTextDocument,
    "\n  mutation ReviseReadingFromUpload($input: ReviseReadingFromUploadInput!) {\n    reviseReadingFromUpload(input: $input) {\n      id\n      revisionNumber\n    }\n  }\n": types.ReviseReadingFromUploadDocument,
    "\n  query SeminarName($id: ID!) {\n    seminar(id: $id) {\n      id\n      name\n    }\n  }\n": types.SeminarNameDocument,
    "\n  mutation UploadFromUrl($input: UploadFromUrlInput!) {\n    uploadFromUrl(input: $input) {\n      id\n      status\n      sourceUrl\n    }\n  }\n": types.UploadFromUrlDocument,
    "\n  query SearchPageResults($input: SearchInput!) {\n    search(input: $input, first: 40) {\n      edges {\n        node {\n          kind\n          id\n          readingId\n          readingTitle\n          annotationId\n          position\n          createdAt\n          tags\n          motivation\n          author {\n            id\n            displayName\n          }\n          snippet {\n            text\n            highlights {\n              start\n              end\n            }\n          }\n          quote {\n            text\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": types.SearchPageResultsDocument,
    "\n  query SearchSources($seminarId: ID!) {\n    seminars(first: 50) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    seminar(id: $seminarId) {\n      id\n      readings(first: 100) {\n        edges {\n          node {\n            id\n            title\n          }\n        }\n      }\n      members(first: 100) {\n        edges {\n          node {\n            id\n            user {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n": types.SearchSourcesDocument,
    "\n  query SearchSeminarNames {\n    seminars(first: 50) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.SearchSeminarNamesDocument,
    "\n  fragment DebateSummaryFields on Debate {\n    id\n    motion\n    proLabel\n    conLabel\n    status\n  }\n": types.DebateSummaryFieldsFragmentDoc,
    "\n  fragment SeminarCardFields on Seminar {\n    id\n    eventSeq\n    name\n    description\n    myRole\n    inviteCode\n    memberCount\n    readingCount\n    readings(first: 20) {\n      edges {\n        node {\n          id\n          title\n          author\n        }\n      }\n    }\n    debates(first: 10) {\n      edges {\n        node {\n          ...DebateSummaryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": types.SeminarCardFieldsFragmentDoc,
    "\n  mutation CreateSeminar($input: CreateSeminarInput!) {\n    createSeminar(input: $input) {\n      id\n      name\n      inviteCode\n    }\n  }\n": types.CreateSeminarDocument,
    "\n  mutation JoinSeminar($input: JoinSeminarInput!) {\n    joinSeminar(input: $input) {\n      id\n      name\n      memberCount\n    }\n  }\n": types.JoinSeminarDocument,
    "\n  query MySeminars($first: Int!, $after: String) {\n    seminars(first: $first, after: $after) {\n      edges {\n        node {\n          ...SeminarCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MySeminarsDocument,
    "\n  mutation UpdateSeminar($input: UpdateSeminarInput!) {\n    updateSeminar(input: $input) {\n      id\n      name\n      description\n    }\n  }\n": types.UpdateSeminarDocument,
    "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      id\n      role\n    }\n  }\n": types.ChangeMemberRoleDocument,
    "\n  mutation RemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input) {\n      id\n      memberCount\n    }\n  }\n": types.RemoveMemberDocument,
    "\n  mutation RotateInviteCode($input: SeminarRefInput!) {\n    rotateInviteCode(input: $input) {\n      id\n      inviteCode\n    }\n  }\n": types.RotateInviteCodeDocument,
    "\n  mutation LeaveSeminar($input: SeminarRefInput!) {\n    leaveSeminar(input: $input)\n  }\n": types.LeaveSeminarDocument,
    "\n  query SeminarPage($id: ID!, $since: DateTime) {\n    seminar(id: $id) {\n      id\n      eventSeq\n      name\n      description\n      myRole\n      anonymous\n      inviteCode\n      memberCount\n      readingCount\n      readings(first: 30) {\n        edges {\n          node {\n            id\n            title\n            author\n            annotationCount\n            newAnnotationCount(since: $since)\n          }\n        }\n      }\n      debates(first: 30) {\n        edges {\n          node {\n            ...DebateSummaryFields\n          }\n        }\n      }\n      members(first: 50) {\n        edges {\n          node {\n            id\n            role\n            joinedAt\n            user {\n              id\n              displayName\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n        }\n      }\n      recentActivity(first: 15) {\n        id\n        at\n        summary\n        readingId\n        debateId\n      }\n    }\n  }\n": types.SeminarPageDocument,
    "\n  mutation MarkSeminarVisited($input: SeminarRefInput!) {\n    markSeminarVisited(input: $input)\n  }\n": types.MarkSeminarVisitedDocument,
    "\n  query ExportAnnotations($input: ExportAnnotationsInput!) {\n    exportAnnotations(input: $input) {\n      filename\n      mediaType\n      content\n      annotationCount\n      replyCount\n    }\n  }\n": types.ExportAnnotationsDocument,
    "\n  query ExportDebate($id: ID!) {\n    exportDebate(id: $id) {\n      filename\n      mediaType\n      content\n      claimCount\n    }\n  }\n": types.ExportDebateDocument,
    "\n  fragment ImportOutcomeFields on ImportOutcome {\n    orphaned {\n      sourceId\n      quote\n    }\n    attributedToImporter {\n      sourceId\n      originalAuthor\n    }\n    authorsMatched {\n      userId\n      displayName\n      posts\n    }\n    unmatchedReadings {\n      iri\n      title\n      annotations\n    }\n    skipped {\n      sourceId\n      reason\n    }\n  }\n": types.ImportOutcomeFieldsFragmentDoc,
    "\n  query PreviewAnnotationImport($input: PreviewAnnotationImportInput!) {\n    previewAnnotationImport(input: $input) {\n      ...AnnotationImportPreviewFields\n    }\n  }\n  fragment AnnotationImportPreviewFields on AnnotationImportPreview {\n    format\n    annotationsToImport\n    repliesToImport\n    duplicatesToSkip\n    ...ImportOutcomeFields\n  }\n": types.PreviewAnnotationImportDocument,
    "\n  mutation ImportAnnotations($input: ImportAnnotationsInput!) {\n    importAnnotations(input: $input) {\n      ...AnnotationImportReportFields\n    }\n  }\n  fragment AnnotationImportReportFields on AnnotationImport {\n    id\n    format\n    annotationsImported\n    repliesImported\n    duplicatesSkipped\n    ...ImportOutcomeFields\n  }\n": types.ImportAnnotationsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmEmailChange($input: ConfirmEmailChangeInput!) {\n    confirmEmailChange(input: $input)\n  }\n"): (typeof documents)["\n  mutation ConfirmEmailChange($input: ConfirmEmailChangeInput!) {\n    confirmEmailChange(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountSettings {\n    account {\n      id\n      email\n      displayName\n      pendingEmail\n      pendingEmailRequestedAt\n    }\n    mySessions {\n      id\n      userAgent\n      address\n      createdAt\n      lastSeenAt\n      current\n    }\n  }\n"): (typeof documents)["\n  query AccountSettings {\n    account {\n      id\n      email\n      displayName\n      pendingEmail\n      pendingEmailRequestedAt\n    }\n    mySessions {\n      id\n      userAgent\n      address\n      createdAt\n      lastSeenAt\n      current\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeDisplayName($input: ChangeDisplayNameInput!) {\n    changeDisplayName(input: $input) {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeDisplayName($input: ChangeDisplayNameInput!) {\n    changeDisplayName(input: $input) {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      signedOutSessions\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      signedOutSessions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndSession($input: EndSessionInput!) {\n    endSession(input: $input)\n  }\n"): (typeof documents)["\n  mutation EndSession($input: EndSessionInput!) {\n    endSession(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestEmailChange($input: RequestEmailChangeInput!) {\n    requestEmailChange(input: $input) {\n      id\n      pendingEmail\n      pendingEmailRequestedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RequestEmailChange($input: RequestEmailChangeInput!) {\n    requestEmailChange(input: $input) {\n      id\n      pendingEmail\n      pendingEmailRequestedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAccount($input: DeleteAccountInput!) {\n    deleteAccount(input: $input)\n  }\n"): (typeof documents)["\n  mutation DeleteAccount($input: DeleteAccountInput!) {\n    deleteAccount(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AnnotationFields on Annotation {\n    id\n    readingId\n    threadId\n    revisionNumber\n    motivation\n    body\n    bodyHtml\n    tags\n    color\n    visibility\n    target {\n      exact\n      prefix\n      suffix\n      start\n      end\n    }\n    anchorStatus\n    anchorScore\n    orphanDismissed\n    page {\n      number\n      label\n    }\n    createdAt\n    editedAt\n    deleted\n    author {\n      id\n      displayName\n    }\n    replyCount\n    locked\n    reactions {\n      kind\n      count\n      mine\n    }\n    citedBy {\n      id\n      stance\n    }\n  }\n"): (typeof documents)["\n  fragment AnnotationFields on Annotation {\n    id\n    readingId\n    threadId\n    revisionNumber\n    motivation\n    body\n    bodyHtml\n    tags\n    color\n    visibility\n    target {\n      exact\n      prefix\n      suffix\n      start\n      end\n    }\n    anchorStatus\n    anchorScore\n    orphanDismissed\n    page {\n      number\n      label\n    }\n    createdAt\n    editedAt\n    deleted\n    author {\n      id\n      displayName\n    }\n    replyCount\n    locked\n    reactions {\n      kind\n      count\n      mine\n    }\n    citedBy {\n      id\n      stance\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReplyFields on Reply {\n    id\n    threadId\n    parentId\n    depth\n    body\n    bodyHtml\n    createdAt\n    editedAt\n    deleted\n    author {\n      id\n      displayName\n    }\n    reactions {\n      kind\n      count\n      mine\n    }\n  }\n"): (typeof documents)["\n  fragment ReplyFields on Reply {\n    id\n    threadId\n    parentId\n    depth\n    body\n    bodyHtml\n    createdAt\n    editedAt\n    deleted\n    author {\n      id\n      displayName\n    }\n    reactions {\n      kind\n      count\n      mine\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAnnotation($input: CreateAnnotationInput!) {\n    createAnnotation(input: $input) {\n      ...AnnotationFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAnnotation($input: CreateAnnotationInput!) {\n    createAnnotation(input: $input) {\n      ...AnnotationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAnnotation($input: UpdateAnnotationInput!) {\n    updateAnnotation(input: $input) {\n      ...AnnotationFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAnnotation($input: UpdateAnnotationInput!) {\n    updateAnnotation(input: $input) {\n      ...AnnotationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAnnotation($input: AnnotationRefInput!) {\n    deleteAnnotation(input: $input) {\n      ...AnnotationFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteAnnotation($input: AnnotationRefInput!) {\n    deleteAnnotation(input: $input) {\n      ...AnnotationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactToAnnotation($input: ReactInput!) {\n    reactToAnnotation(input: $input) {\n      kind\n      count\n      mine\n    }\n  }\n"): (typeof documents)["\n  mutation ReactToAnnotation($input: ReactInput!) {\n    reactToAnnotation(input: $input) {\n      kind\n      count\n      mine\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactToReply($input: ReactInput!) {\n    reactToReply(input: $input) {\n      kind\n      count\n      mine\n    }\n  }\n"): (typeof documents)["\n  mutation ReactToReply($input: ReactInput!) {\n    reactToReply(input: $input) {\n      kind\n      count\n      mine\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Reply($input: ReplyInput!) {\n    reply(input: $input) {\n      ...ReplyFields\n    }\n  }\n"): (typeof documents)["\n  mutation Reply($input: ReplyInput!) {\n    reply(input: $input) {\n      ...ReplyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditReply($input: EditReplyInput!) {\n    editReply(input: $input) {\n      ...ReplyFields\n    }\n  }\n"): (typeof documents)["\n  mutation EditReply($input: EditReplyInput!) {\n    editReply(input: $input) {\n      ...ReplyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteReply($input: ReplyRefInput!) {\n    deleteReply(input: $input) {\n      ...ReplyFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteReply($input: ReplyRefInput!) {\n    deleteReply(input: $input) {\n      ...ReplyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MoreReplies($id: ID!, $after: String) {\n    annotation(id: $id) {\n      id\n      replies(first: 100, after: $after) {\n        edges {\n          node {\n            ...ReplyFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MoreReplies($id: ID!, $after: String) {\n    annotation(id: $id) {\n      id\n      replies(first: 100, after: $after) {\n        edges {\n          node {\n            ...ReplyFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnnotationWithThread($id: ID!) {\n    annotation(id: $id) {\n      ...AnnotationFields\n      replies(first: 20) {\n        edges {\n          node {\n            ...ReplyFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AnnotationWithThread($id: ID!) {\n    annotation(id: $id) {\n      ...AnnotationFields\n      replies(first: 20) {\n        edges {\n          node {\n            ...ReplyFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadingAnnotations($id: ID!, $first: Int!, $after: String) {\n    reading(id: $id) {\n      id\n      annotations(first: $first, after: $after) {\n        edges {\n          node {\n            ...AnnotationFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReadingAnnotations($id: ID!, $first: Int!, $after: String) {\n    reading(id: $id) {\n      id\n      annotations(first: $first, after: $after) {\n        edges {\n          node {\n            ...AnnotationFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadingAnnotationsWithReplies($id: ID!, $first: Int!, $after: String) {\n    reading(id: $id) {\n      id\n      annotations(first: $first, after: $after) {\n        edges {\n          node {\n            ...AnnotationFields\n            replies(first: 20) {\n              edges {\n                node {\n                  ...ReplyFields\n                }\n              }\n              pageInfo {\n                hasNextPage\n                endCursor\n              }\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReadingAnnotationsWithReplies($id: ID!, $first: Int!, $after: String) {\n    reading(id: $id) {\n      id\n      annotations(first: $first, after: $after) {\n        edges {\n          node {\n            ...AnnotationFields\n            replies(first: 20) {\n              edges {\n                node {\n                  ...ReplyFields\n                }\n              }\n              pageInfo {\n                hasNextPage\n                endCursor\n              }\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeminarMembers($id: ID!) {\n    seminar(id: $id) {\n      id\n      myRole\n      members(first: 100) {\n        edges {\n          node {\n            id\n            role\n            user {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SeminarMembers($id: ID!) {\n    seminar(id: $id) {\n      id\n      myRole\n      members(first: 100) {\n        edges {\n          node {\n            id\n            role\n            user {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetSeminarAnonymity($input: SetSeminarAnonymityInput!) {\n    setSeminarAnonymity(input: $input) {\n      id\n      anonymous\n    }\n  }\n"): (typeof documents)["\n  mutation SetSeminarAnonymity($input: SetSeminarAnonymityInput!) {\n    setSeminarAnonymity(input: $input) {\n      id\n      anonymous\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetDebateAnonymity($input: SetDebateAnonymityInput!) {\n    setDebateAnonymity(input: $input) {\n      id\n      anonymous\n      ownAnonymity\n    }\n  }\n"): (typeof documents)["\n  mutation SetDebateAnonymity($input: SetDebateAnonymityInput!) {\n    setDebateAnonymity(input: $input) {\n      id\n      anonymous\n      ownAnonymity\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssignmentProgress($assignmentId: ID!) {\n    assignmentProgress(assignmentId: $assignmentId) {\n      userId\n      displayName\n      posts\n      dueAt\n      extendedDueAt\n      state\n      late\n    }\n  }\n"): (typeof documents)["\n  query AssignmentProgress($assignmentId: ID!) {\n    assignmentProgress(assignmentId: $assignmentId) {\n      userId\n      displayName\n      posts\n      dueAt\n      extendedDueAt\n      state\n      late\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAssignmentExtension($input: SetAssignmentExtensionInput!) {\n    setAssignmentExtension(input: $input) {\n      userId\n      dueAt\n      extendedDueAt\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation SetAssignmentExtension($input: SetAssignmentExtensionInput!) {\n    setAssignmentExtension(input: $input) {\n      userId\n      dueAt\n      extendedDueAt\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAssignment($input: CreateAssignmentInput!) {\n    createAssignment(input: $input) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAssignment($input: CreateAssignmentInput!) {\n    createAssignment(input: $input) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAssignment($input: UpdateAssignmentInput!) {\n    updateAssignment(input: $input) {\n      id\n      title\n      instructions\n      opensAt\n      dueAt\n      hideUntilPosted\n      inGroups\n      requiredPosts\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAssignment($input: UpdateAssignmentInput!) {\n    updateAssignment(input: $input) {\n      id\n      title\n      instructions\n      opensAt\n      dueAt\n      hideUntilPosted\n      inGroups\n      requiredPosts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssignmentPassages($id: ID!) {\n    reading(id: $id) {\n      id\n      currentRevision {\n        id\n        text\n        blocks {\n          start\n          end\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AssignmentPassages($id: ID!) {\n    reading(id: $id) {\n      id\n      currentRevision {\n        id\n        text\n        blocks {\n          start\n          end\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAssignment($input: DeleteAssignmentInput!) {\n    deleteAssignment(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteAssignment($input: DeleteAssignmentInput!) {\n    deleteAssignment(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Assignments($seminarId: ID!, $readingId: ID) {\n    assignments(seminarId: $seminarId, readingId: $readingId) {\n      id\n      title\n      instructions\n      readingId\n      debateId\n      rangeStart\n      rangeEnd\n      opensAt\n      dueAt\n      hideUntilPosted\n      inGroups\n      requiredPosts\n      myProgress {\n        posts\n        completedAt\n        dueAt\n        extendedDueAt\n        state\n        late\n        hidesOthers\n      }\n    }\n  }\n"): (typeof documents)["\n  query Assignments($seminarId: ID!, $readingId: ID) {\n    assignments(seminarId: $seminarId, readingId: $readingId) {\n      id\n      title\n      instructions\n      readingId\n      debateId\n      rangeStart\n      rangeEnd\n      opensAt\n      dueAt\n      hideUntilPosted\n      inGroups\n      requiredPosts\n      myProgress {\n        posts\n        completedAt\n        dueAt\n        extendedDueAt\n        state\n        late\n        hidesOthers\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DevOutboxOpen {\n    devOutboxOpen\n  }\n"): (typeof documents)["\n  query DevOutboxOpen {\n    devOutboxOpen\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      viewer {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      viewer {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      viewer {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      viewer {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    me {\n      id\n      displayName\n      email\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    me {\n      id\n      displayName\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CitingDebate($id: ID!) {\n    debate(id: $id) {\n      id\n      motion\n      proLabel\n      conLabel\n    }\n  }\n"): (typeof documents)["\n  query CitingDebate($id: ID!) {\n    debate(id: $id) {\n      id\n      motion\n      proLabel\n      conLabel\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LaterClaimReplies($id: ID!, $after: String) {\n    claim(id: $id) {\n      id\n      replies(first: 100, after: $after) {\n        edges {\n          node {\n            ...ClaimReplyFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LaterClaimReplies($id: ID!, $after: String) {\n    claim(id: $id) {\n      id\n      replies(first: 100, after: $after) {\n        edges {\n          node {\n            ...ClaimReplyFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDebate($input: CreateDebateInput!) {\n    createDebate(input: $input) {\n      id\n      motion\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDebate($input: CreateDebateInput!) {\n    createDebate(input: $input) {\n      id\n      motion\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadingPassages($id: ID!) {\n    reading(id: $id) {\n      id\n      annotations(first: 2000) {\n        edges {\n          node {\n            id\n            readingId\n            motivation\n            anchorStatus\n            deleted\n            color\n            tags\n            target {\n              exact\n            }\n            author {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReadingPassages($id: ID!) {\n    reading(id: $id) {\n      id\n      annotations(first: 2000) {\n        edges {\n          node {\n            id\n            readingId\n            motivation\n            anchorStatus\n            deleted\n            color\n            tags\n            target {\n              exact\n            }\n            author {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClaimReplyFields on Reply {\n    id\n    threadId\n    parentId\n    depth\n    body\n    bodyHtml\n    moderation\n    deleted\n    createdAt\n    editedAt\n    author {\n      id\n      displayName\n      pseudonym\n    }\n  }\n"): (typeof documents)["\n  fragment ClaimReplyFields on Reply {\n    id\n    threadId\n    parentId\n    depth\n    body\n    bodyHtml\n    moderation\n    deleted\n    createdAt\n    editedAt\n    author {\n      id\n      displayName\n      pseudonym\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClaimFields on Claim {\n    id\n    debateId\n    locked\n    parentId\n    stance\n    body\n    bodyHtml\n    moderation\n    pinned\n    deleted\n    createdAt\n    editedAt\n    threadId\n    replyCount\n    author {\n      id\n      displayName\n      pseudonym\n    }\n    votes {\n      distribution\n      mean\n      count\n      mine\n    }\n    evidence {\n      id\n      readingId\n      anchorStatus\n      color\n      page {\n        label\n      }\n      target {\n        exact\n        start\n        end\n      }\n    }\n    replies(first: 20) {\n      edges {\n        node {\n          ...ClaimReplyFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ClaimFields on Claim {\n    id\n    debateId\n    locked\n    parentId\n    stance\n    body\n    bodyHtml\n    moderation\n    pinned\n    deleted\n    createdAt\n    editedAt\n    threadId\n    replyCount\n    author {\n      id\n      displayName\n      pseudonym\n    }\n    votes {\n      distribution\n      mean\n      count\n      mine\n    }\n    evidence {\n      id\n      readingId\n      anchorStatus\n      color\n      page {\n        label\n      }\n      target {\n        exact\n        start\n        end\n      }\n    }\n    replies(first: 20) {\n      edges {\n        node {\n          ...ClaimReplyFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DebateFields on Debate {\n    id\n    seminarId\n    motion\n    description\n    proLabel\n    conLabel\n    status\n    moderationMode\n    slowModeSeconds\n    anonymous\n    ownAnonymity\n    claimCount\n    createdAt\n    readings {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  fragment DebateFields on Debate {\n    id\n    seminarId\n    motion\n    description\n    proLabel\n    conLabel\n    status\n    moderationMode\n    slowModeSeconds\n    anonymous\n    ownAnonymity\n    claimCount\n    createdAt\n    readings {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CitedBy($id: ID!) {\n    annotation(id: $id) {\n      id\n      citedBy {\n        id\n        debateId\n        parentId\n        stance\n        body\n        moderation\n        deleted\n        author {\n          id\n          displayName\n        }\n        votes {\n          mean\n          count\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CitedBy($id: ID!) {\n    annotation(id: $id) {\n      id\n      citedBy {\n        id\n        debateId\n        parentId\n        stance\n        body\n        moderation\n        deleted\n        author {\n          id\n          displayName\n        }\n        votes {\n          mean\n          count\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddClaim($input: AddClaimInput!) {\n    addClaim(input: $input) {\n      ...ClaimFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddClaim($input: AddClaimInput!) {\n    addClaim(input: $input) {\n      ...ClaimFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditClaim($input: EditClaimInput!) {\n    editClaim(input: $input) {\n      id\n      body\n      bodyHtml\n      editedAt\n    }\n  }\n"): (typeof documents)["\n  mutation EditClaim($input: EditClaimInput!) {\n    editClaim(input: $input) {\n      id\n      body\n      bodyHtml\n      editedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteClaim($input: ClaimRefInput!) {\n    deleteClaim(input: $input) {\n      id\n      deleted\n      body\n      bodyHtml\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteClaim($input: ClaimRefInput!) {\n    deleteClaim(input: $input) {\n      id\n      deleted\n      body\n      bodyHtml\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VoteOnClaim($input: VoteInput!) {\n    voteOnClaim(input: $input) {\n      id\n      votes {\n        distribution\n        mean\n        count\n        mine\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VoteOnClaim($input: VoteInput!) {\n    voteOnClaim(input: $input) {\n      id\n      votes {\n        distribution\n        mean\n        count\n        mine\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetClaimEvidence($input: SetEvidenceInput!) {\n    setClaimEvidence(input: $input) {\n      id\n      evidence {\n        id\n        readingId\n        anchorStatus\n        color\n        page {\n          label\n        }\n        target {\n          exact\n          start\n          end\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetClaimEvidence($input: SetEvidenceInput!) {\n    setClaimEvidence(input: $input) {\n      id\n      evidence {\n        id\n        readingId\n        anchorStatus\n        color\n        page {\n          label\n        }\n        target {\n          exact\n          start\n          end\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplyToClaim($input: ReplyInput!) {\n    reply(input: $input) {\n      ...ClaimReplyFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReplyToClaim($input: ReplyInput!) {\n    reply(input: $input) {\n      ...ClaimReplyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditClaimReply($input: EditReplyInput!) {\n    editReply(input: $input) {\n      ...ClaimReplyFields\n    }\n  }\n"): (typeof documents)["\n  mutation EditClaimReply($input: EditReplyInput!) {\n    editReply(input: $input) {\n      ...ClaimReplyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteClaimReply($input: ReplyRefInput!) {\n    deleteReply(input: $input) {\n      ...ClaimReplyFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteClaimReply($input: ReplyRefInput!) {\n    deleteReply(input: $input) {\n      ...ClaimReplyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DebatePage($id: ID!, $sort: ClaimSort!) {\n    debate(id: $id) {\n      ...DebateFields\n      claims(sort: $sort) {\n        ...ClaimFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query DebatePage($id: ID!, $sort: ClaimSort!) {\n    debate(id: $id) {\n      ...DebateFields\n      claims(sort: $sort) {\n        ...ClaimFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DebateSeminar($id: ID!) {\n    seminar(id: $id) {\n      id\n      name\n      myRole\n      readings(first: 100) {\n        edges {\n          node {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DebateSeminar($id: ID!) {\n    seminar(id: $id) {\n      id\n      name\n      myRole\n      readings(first: 100) {\n        edges {\n          node {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CitedPassage($id: ID!) {\n    annotation(id: $id) {\n      id\n      readingId\n      target {\n        exact\n      }\n    }\n  }\n"): (typeof documents)["\n  query CitedPassage($id: ID!) {\n    annotation(id: $id) {\n      id\n      readingId\n      target {\n        exact\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DevOutbox {\n    devOutbox(first: 50) {\n      id\n      to\n      subject\n      text\n      listUnsubscribe\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query DevOutbox {\n    devOutbox(first: 50) {\n      id\n      to\n      subject\n      text\n      listUnsubscribe\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyMailPreference {\n    myMailPreference {\n      frequency\n    }\n  }\n"): (typeof documents)["\n  query MyMailPreference {\n    myMailPreference {\n      frequency\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMailFrequency($input: SetMailFrequencyInput!) {\n    setMailFrequency(input: $input) {\n      frequency\n    }\n  }\n"): (typeof documents)["\n  mutation SetMailFrequency($input: SetMailFrequencyInput!) {\n    setMailFrequency(input: $input) {\n      frequency\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyGroup($seminarId: ID!) {\n    myGroup(seminarId: $seminarId) {\n      id\n      name\n      memberCount\n    }\n  }\n"): (typeof documents)["\n  query MyGroup($seminarId: ID!) {\n    myGroup(seminarId: $seminarId) {\n      id\n      name\n      memberCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeminarGroups($seminarId: ID!) {\n    seminarGroups(seminarId: $seminarId) {\n      groups {\n        id\n        name\n        memberCount\n        members {\n          userId\n          displayName\n          role\n        }\n      }\n      ungrouped {\n        userId\n        displayName\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  query SeminarGroups($seminarId: ID!) {\n    seminarGroups(seminarId: $seminarId) {\n      groups {\n        id\n        name\n        memberCount\n        members {\n          userId\n          displayName\n          role\n        }\n      }\n      ungrouped {\n        userId\n        displayName\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSeminarGroup($input: CreateSeminarGroupInput!) {\n    createSeminarGroup(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSeminarGroup($input: CreateSeminarGroupInput!) {\n    createSeminarGroup(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameSeminarGroup($input: RenameSeminarGroupInput!) {\n    renameSeminarGroup(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation RenameSeminarGroup($input: RenameSeminarGroupInput!) {\n    renameSeminarGroup(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSeminarGroup($input: DeleteSeminarGroupInput!) {\n    deleteSeminarGroup(input: $input) {\n      ungrouped {\n        userId\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteSeminarGroup($input: DeleteSeminarGroupInput!) {\n    deleteSeminarGroup(input: $input) {\n      ungrouped {\n        userId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveGroupMember($input: MoveGroupMemberInput!) {\n    moveGroupMember(input: $input) {\n      ungrouped {\n        userId\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MoveGroupMember($input: MoveGroupMemberInput!) {\n    moveGroupMember(input: $input) {\n      ungrouped {\n        userId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SplitIntoGroups($input: SplitIntoGroupsInput!) {\n    splitIntoGroups(input: $input) {\n      ungrouped {\n        userId\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SplitIntoGroups($input: SplitIntoGroupsInput!) {\n    splitIntoGroups(input: $input) {\n      ungrouped {\n        userId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PassageActivityFields on PassageActivity {\n    index\n    start\n    end\n    annotations\n    questions\n    replies\n    disagreeReactions\n    proClaims\n    conClaims\n    citingClaims\n    disagreement\n  }\n"): (typeof documents)["\n  fragment PassageActivityFields on PassageActivity {\n    index\n    start\n    end\n    annotations\n    questions\n    replies\n    disagreeReactions\n    proClaims\n    conClaims\n    citingClaims\n    disagreement\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DiscussionMap($readingId: ID!, $passageStarts: [Int!]) {\n    discussionMap(readingId: $readingId, passageStarts: $passageStarts) {\n      readingId\n      revisionNumber\n      passages {\n        ...PassageActivityFields\n      }\n      mostQuestioned {\n        ...PassageActivityFields\n      }\n      mostContested {\n        ...PassageActivityFields\n      }\n      mostCited {\n        ...PassageActivityFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query DiscussionMap($readingId: ID!, $passageStarts: [Int!]) {\n    discussionMap(readingId: $readingId, passageStarts: $passageStarts) {\n      readingId\n      revisionNumber\n      passages {\n        ...PassageActivityFields\n      }\n      mostQuestioned {\n        ...PassageActivityFields\n      }\n      mostContested {\n        ...PassageActivityFields\n      }\n      mostCited {\n        ...PassageActivityFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParticipationSeminar($id: ID!) {\n    seminar(id: $id) {\n      id\n      name\n      myRole\n      readings(first: 100) {\n        edges {\n          node {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ParticipationSeminar($id: ID!) {\n    seminar(id: $id) {\n      id\n      name\n      myRole\n      readings(first: 100) {\n        edges {\n          node {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ParticipationFiguresFields on ParticipationFigures {\n    member {\n      id\n      displayName\n    }\n    role\n    annotations\n    questions\n    repliesGiven\n    repliesReceived\n    reactionsReceived\n    claims\n    evidenceCited\n    votes\n  }\n"): (typeof documents)["\n  fragment ParticipationFiguresFields on ParticipationFigures {\n    member {\n      id\n      displayName\n    }\n    role\n    annotations\n    questions\n    repliesGiven\n    repliesReceived\n    reactionsReceived\n    claims\n    evidenceCited\n    votes\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EveryonesParticipation($seminarId: ID!, $readingId: ID) {\n    participation(seminarId: $seminarId, readingId: $readingId) {\n      ...ParticipationFiguresFields\n    }\n  }\n"): (typeof documents)["\n  query EveryonesParticipation($seminarId: ID!, $readingId: ID) {\n    participation(seminarId: $seminarId, readingId: $readingId) {\n      ...ParticipationFiguresFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyParticipation($seminarId: ID!, $readingId: ID) {\n    myParticipation(seminarId: $seminarId, readingId: $readingId) {\n      ...ParticipationFiguresFields\n    }\n  }\n"): (typeof documents)["\n  query MyParticipation($seminarId: ID!, $readingId: ID) {\n    myParticipation(seminarId: $seminarId, readingId: $readingId) {\n      ...ParticipationFiguresFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LiveSession($id: ID!) {\n    liveSession(id: $id) {\n      id\n      seminarId\n      subjectType\n      subjectId\n      title\n      live\n      eventSeq\n      startedAt\n      endedAt\n      summaryMarkdown\n      myEventId\n      facilitator {\n        id\n        displayName\n      }\n      position {\n        offset\n        claimId\n      }\n      spotlights {\n        id\n        kind\n        annotationId\n        claimId\n        start\n        end\n        exact\n        note\n        createdAt\n      }\n      poll {\n        id\n        kind\n        question\n        options\n        claimId\n        anonymous\n        open\n        closedAt\n        counts\n        total\n        myAnswer\n        voters {\n          userId\n          displayName\n          option\n        }\n      }\n      round {\n        id\n        prompt\n        stance\n        seconds\n        startedAt\n        endsAt\n        closedAt\n        open\n        secondsLeft\n      }\n      hands {\n        raisedAt\n        user {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LiveSession($id: ID!) {\n    liveSession(id: $id) {\n      id\n      seminarId\n      subjectType\n      subjectId\n      title\n      live\n      eventSeq\n      startedAt\n      endedAt\n      summaryMarkdown\n      myEventId\n      facilitator {\n        id\n        displayName\n      }\n      position {\n        offset\n        claimId\n      }\n      spotlights {\n        id\n        kind\n        annotationId\n        claimId\n        start\n        end\n        exact\n        note\n        createdAt\n      }\n      poll {\n        id\n        kind\n        question\n        options\n        claimId\n        anonymous\n        open\n        closedAt\n        counts\n        total\n        myAnswer\n        voters {\n          userId\n          displayName\n          option\n        }\n      }\n      round {\n        id\n        prompt\n        stance\n        seconds\n        startedAt\n        endsAt\n        closedAt\n        open\n        secondsLeft\n      }\n      hands {\n        raisedAt\n        user {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RunningReadingSession($id: ID!) {\n    reading(id: $id) {\n      id\n      seminarId\n      liveSession {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query RunningReadingSession($id: ID!) {\n    reading(id: $id) {\n      id\n      seminarId\n      liveSession {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RunningDebateSession($id: ID!) {\n    debate(id: $id) {\n      id\n      seminarId\n      liveSession {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query RunningDebateSession($id: ID!) {\n    debate(id: $id) {\n      id\n      seminarId\n      liveSession {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartLiveSession($input: StartLiveSessionInput!) {\n    startLiveSession(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation StartLiveSession($input: StartLiveSessionInput!) {\n    startLiveSession(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndLiveSession($input: LiveSessionRefInput!) {\n    endLiveSession(input: $input) {\n      id\n      summaryMarkdown\n    }\n  }\n"): (typeof documents)["\n  mutation EndLiveSession($input: LiveSessionRefInput!) {\n    endLiveSession(input: $input) {\n      id\n      summaryMarkdown\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Spotlight($input: SpotlightInput!) {\n    spotlight(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation Spotlight($input: SpotlightInput!) {\n    spotlight(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveLivePosition($input: MoveLivePositionInput!) {\n    moveLivePosition(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MoveLivePosition($input: MoveLivePositionInput!) {\n    moveLivePosition(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenLivePoll($input: OpenLivePollInput!) {\n    openLivePoll(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation OpenLivePoll($input: OpenLivePollInput!) {\n    openLivePoll(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerLivePoll($input: AnswerLivePollInput!) {\n    answerLivePoll(input: $input) {\n      id\n      myAnswer\n    }\n  }\n"): (typeof documents)["\n  mutation AnswerLivePoll($input: AnswerLivePollInput!) {\n    answerLivePoll(input: $input) {\n      id\n      myAnswer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseLivePoll($input: LivePollRefInput!) {\n    closeLivePoll(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CloseLivePoll($input: LivePollRefInput!) {\n    closeLivePoll(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartLiveRound($input: StartLiveRoundInput!) {\n    startLiveRound(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation StartLiveRound($input: StartLiveRoundInput!) {\n    startLiveRound(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RaiseHand($input: LiveSessionRefInput!) {\n    raiseHand(input: $input) {\n      raisedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RaiseHand($input: LiveSessionRefInput!) {\n    raiseHand(input: $input) {\n      raisedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LowerHand($input: LiveSessionRefInput!) {\n    lowerHand(input: $input) {\n      raisedAt\n    }\n  }\n"): (typeof documents)["\n  mutation LowerHand($input: LiveSessionRefInput!) {\n    lowerHand(input: $input) {\n      raisedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CallOnHand($input: CallOnHandInput!) {\n    callOnHand(input: $input) {\n      raisedAt\n    }\n  }\n"): (typeof documents)["\n  mutation CallOnHand($input: CallOnHandInput!) {\n    callOnHand(input: $input) {\n      raisedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HandLiveFacilitator($input: HandLiveFacilitatorInput!) {\n    handLiveFacilitator(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation HandLiveFacilitator($input: HandLiveFacilitatorInput!) {\n    handLiveFacilitator(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeminarRole($id: ID!) {\n    seminar(id: $id) {\n      id\n      myRole\n    }\n  }\n"): (typeof documents)["\n  query SeminarRole($id: ID!) {\n    seminar(id: $id) {\n      id\n      myRole\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModerationLog($seminarId: ID!, $first: Int!, $after: String) {\n    moderationLog(seminarId: $seminarId, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          action\n          subjectType\n          subjectId\n          reason\n          moderatorName\n          details\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ModerationLog($seminarId: ID!, $first: Int!, $after: String) {\n    moderationLog(seminarId: $seminarId, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          action\n          subjectType\n          subjectId\n          reason\n          moderatorName\n          details\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FlagPost($input: FlagInput!) {\n    flag(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation FlagPost($input: FlagInput!) {\n    flag(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ModeratePost($input: ModeratePostInput!) {\n    moderatePost(input: $input) {\n      id\n      action\n      subjectType\n      subjectId\n      reason\n      moderatorName\n      details\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation ModeratePost($input: ModeratePostInput!) {\n    moderatePost(input: $input) {\n      id\n      action\n      subjectType\n      subjectId\n      reason\n      moderatorName\n      details\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ModerateDebate($input: ModerateDebateInput!) {\n    moderateDebate(input: $input) {\n      id\n      status\n      moderationMode\n      slowModeSeconds\n    }\n  }\n"): (typeof documents)["\n  mutation ModerateDebate($input: ModerateDebateInput!) {\n    moderateDebate(input: $input) {\n      id\n      status\n      moderationMode\n      slowModeSeconds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseFlag($input: CloseFlagInput!) {\n    closeFlag(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CloseFlag($input: CloseFlagInput!) {\n    closeFlag(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModerationDeskSeminar($id: ID!) {\n    seminar(id: $id) {\n      id\n      name\n      myRole\n      readings(first: 100) {\n        edges {\n          node {\n            id\n            title\n          }\n        }\n      }\n      debates(first: 50) {\n        edges {\n          node {\n            id\n            motion\n            proLabel\n            conLabel\n            status\n            moderationMode\n            slowModeSeconds\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ModerationDeskSeminar($id: ID!) {\n    seminar(id: $id) {\n      id\n      name\n      myRole\n      readings(first: 100) {\n        edges {\n          node {\n            id\n            title\n          }\n        }\n      }\n      debates(first: 50) {\n        edges {\n          node {\n            id\n            motion\n            proLabel\n            conLabel\n            status\n            moderationMode\n            slowModeSeconds\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModerationQueue($seminarId: ID!) {\n    moderationQueue(seminarId: $seminarId) {\n      kind\n      subjectType\n      subjectId\n      excerpt\n      authorName\n      moderation\n      createdAt\n      debateId\n      readingId\n      quote\n      flag {\n        id\n        reason\n        reporterName\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query ModerationQueue($seminarId: ID!) {\n    moderationQueue(seminarId: $seminarId) {\n      kind\n      subjectType\n      subjectId\n      excerpt\n      authorName\n      moderation\n      createdAt\n      debateId\n      readingId\n      quote\n      flag {\n        id\n        reason\n        reporterName\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications {\n    notifications(first: 20) {\n      edges {\n        node {\n          id\n          kind\n          excerpt\n          read\n          createdAt\n          readingId\n          seminarId\n          subjectId\n          subjectType\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Notifications {\n    notifications(first: 20) {\n      edges {\n        node {\n          id\n          kind\n          excerpt\n          read\n          createdAt\n          readingId\n          seminarId\n          subjectId\n          subjectType\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReattachAnnotation($input: ReattachAnnotationInput!) {\n    reattachAnnotation(input: $input) {\n      ...AnnotationFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReattachAnnotation($input: ReattachAnnotationInput!) {\n    reattachAnnotation(input: $input) {\n      ...AnnotationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DismissOrphanedAnnotation($input: AnnotationRefInput!) {\n    dismissOrphanedAnnotation(input: $input) {\n      ...AnnotationFields\n    }\n  }\n"): (typeof documents)["\n  mutation DismissOrphanedAnnotation($input: AnnotationRefInput!) {\n    dismissOrphanedAnnotation(input: $input) {\n      ...AnnotationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeminarDebates($id: ID!) {\n    seminar(id: $id) {\n      id\n      debates(first: 20) {\n        edges {\n          node {\n            id\n            motion\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SeminarDebates($id: ID!) {\n    seminar(id: $id) {\n      id\n      debates(first: 20) {\n        edges {\n          node {\n            id\n            motion\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DocumentUploadStatus($id: ID!) {\n    documentUpload(id: $id) {\n      id\n      status\n      progress\n      error\n      title\n      author\n      source\n      kind\n      saveRequested\n      readingId\n    }\n  }\n"): (typeof documents)["\n  query DocumentUploadStatus($id: ID!) {\n    documentUpload(id: $id) {\n      id\n      status\n      progress\n      error\n      title\n      author\n      source\n      kind\n      saveRequested\n      readingId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveUploadedReading($input: SaveUploadedReadingInput!) {\n    saveUploadedReading(input: $input) {\n      id\n      status\n      saveRequested\n      readingId\n    }\n  }\n"): (typeof documents)["\n  mutation SaveUploadedReading($input: SaveUploadedReadingInput!) {\n    saveUploadedReading(input: $input) {\n      id\n      status\n      saveRequested\n      readingId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddPastedReading($input: AddReadingInput!) {\n    addReading(input: $input) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation AddPastedReading($input: AddReadingInput!) {\n    addReading(input: $input) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadingPage($id: ID!) {\n    reading(id: $id) {\n      id\n      seminarId\n      title\n      author\n      source\n      format\n      revisionNumber\n      eventSeq\n      currentRevision {\n        id\n        number\n        text\n        pages {\n          number\n          label\n          start\n          ocr\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReadingPage($id: ID!) {\n    reading(id: $id) {\n      id\n      seminarId\n      title\n      author\n      source\n      format\n      revisionNumber\n      eventSeq\n      currentRevision {\n        id\n        number\n        text\n        pages {\n          number\n          label\n          start\n          ocr\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RevisionPreviewFields on RevisionPreview {\n    baseRevision\n    exact\n    fuzzy\n    orphaned\n    unlisted\n    changed {\n      status\n      newExact\n      annotation {\n        id\n        target {\n          exact\n        }\n        author {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment RevisionPreviewFields on RevisionPreview {\n    baseRevision\n    exact\n    fuzzy\n    orphaned\n    unlisted\n    changed {\n      status\n      newExact\n      annotation {\n        id\n        target {\n          exact\n        }\n        author {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewReadingRevision($input: PreviewRevisionInput!) {\n    previewReadingRevision(input: $input) {\n      ...RevisionPreviewFields\n    }\n  }\n"): (typeof documents)["\n  query PreviewReadingRevision($input: PreviewRevisionInput!) {\n    previewReadingRevision(input: $input) {\n      ...RevisionPreviewFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewUploadedRevision($input: PreviewUploadedRevisionInput!) {\n    previewUploadedRevision(input: $input) {\n      ...RevisionPreviewFields\n    }\n  }\n"): (typeof documents)["\n  query PreviewUploadedRevision($input: PreviewUploadedRevisionInput!) {\n    previewUploadedRevision(input: $input) {\n      ...RevisionPreviewFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviseReadingText($input: ReviseReadingInput!) {\n    reviseReading(input: $input) {\n      id\n      revisionNumber\n    }\n  }\n"): (typeof documents)["\n  mutation ReviseReadingText($input: ReviseReadingInput!) {\n    reviseReading(input: $input) {\n      id\n      revisionNumber\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviseReadingFromUpload($input: ReviseReadingFromUploadInput!) {\n    reviseReadingFromUpload(input: $input) {\n      id\n      revisionNumber\n    }\n  }\n"): (typeof documents)["\n  mutation ReviseReadingFromUpload($input: ReviseReadingFromUploadInput!) {\n    reviseReadingFromUpload(input: $input) {\n      id\n      revisionNumber\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeminarName($id: ID!) {\n    seminar(id: $id) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query SeminarName($id: ID!) {\n    seminar(id: $id) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UploadFromUrl($input: UploadFromUrlInput!) {\n    uploadFromUrl(input: $input) {\n      id\n      status\n      sourceUrl\n    }\n  }\n"): (typeof documents)["\n  mutation UploadFromUrl($input: UploadFromUrlInput!) {\n    uploadFromUrl(input: $input) {\n      id\n      status\n      sourceUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchPageResults($input: SearchInput!) {\n    search(input: $input, first: 40) {\n      edges {\n        node {\n          kind\n          id\n          readingId\n          readingTitle\n          annotationId\n          position\n          createdAt\n          tags\n          motivation\n          author {\n            id\n            displayName\n          }\n          snippet {\n            text\n            highlights {\n              start\n              end\n            }\n          }\n          quote {\n            text\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchPageResults($input: SearchInput!) {\n    search(input: $input, first: 40) {\n      edges {\n        node {\n          kind\n          id\n          readingId\n          readingTitle\n          annotationId\n          position\n          createdAt\n          tags\n          motivation\n          author {\n            id\n            displayName\n          }\n          snippet {\n            text\n            highlights {\n              start\n              end\n            }\n          }\n          quote {\n            text\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchSources($seminarId: ID!) {\n    seminars(first: 50) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    seminar(id: $seminarId) {\n      id\n      readings(first: 100) {\n        edges {\n          node {\n            id\n            title\n          }\n        }\n      }\n      members(first: 100) {\n        edges {\n          node {\n            id\n            user {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchSources($seminarId: ID!) {\n    seminars(first: 50) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    seminar(id: $seminarId) {\n      id\n      readings(first: 100) {\n        edges {\n          node {\n            id\n            title\n          }\n        }\n      }\n      members(first: 100) {\n        edges {\n          node {\n            id\n            user {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchSeminarNames {\n    seminars(first: 50) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchSeminarNames {\n    seminars(first: 50) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DebateSummaryFields on Debate {\n    id\n    motion\n    proLabel\n    conLabel\n    status\n  }\n"): (typeof documents)["\n  fragment DebateSummaryFields on Debate {\n    id\n    motion\n    proLabel\n    conLabel\n    status\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SeminarCardFields on Seminar {\n    id\n    eventSeq\n    name\n    description\n    myRole\n    inviteCode\n    memberCount\n    readingCount\n    readings(first: 20) {\n      edges {\n        node {\n          id\n          title\n          author\n        }\n      }\n    }\n    debates(first: 10) {\n      edges {\n        node {\n          ...DebateSummaryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SeminarCardFields on Seminar {\n    id\n    eventSeq\n    name\n    description\n    myRole\n    inviteCode\n    memberCount\n    readingCount\n    readings(first: 20) {\n      edges {\n        node {\n          id\n          title\n          author\n        }\n      }\n    }\n    debates(first: 10) {\n      edges {\n        node {\n          ...DebateSummaryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSeminar($input: CreateSeminarInput!) {\n    createSeminar(input: $input) {\n      id\n      name\n      inviteCode\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSeminar($input: CreateSeminarInput!) {\n    createSeminar(input: $input) {\n      id\n      name\n      inviteCode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinSeminar($input: JoinSeminarInput!) {\n    joinSeminar(input: $input) {\n      id\n      name\n      memberCount\n    }\n  }\n"): (typeof documents)["\n  mutation JoinSeminar($input: JoinSeminarInput!) {\n    joinSeminar(input: $input) {\n      id\n      name\n      memberCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySeminars($first: Int!, $after: String) {\n    seminars(first: $first, after: $after) {\n      edges {\n        node {\n          ...SeminarCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query MySeminars($first: Int!, $after: String) {\n    seminars(first: $first, after: $after) {\n      edges {\n        node {\n          ...SeminarCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSeminar($input: UpdateSeminarInput!) {\n    updateSeminar(input: $input) {\n      id\n      name\n      description\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSeminar($input: UpdateSeminarInput!) {\n    updateSeminar(input: $input) {\n      id\n      name\n      description\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      id\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      id\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input) {\n      id\n      memberCount\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input) {\n      id\n      memberCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotateInviteCode($input: SeminarRefInput!) {\n    rotateInviteCode(input: $input) {\n      id\n      inviteCode\n    }\n  }\n"): (typeof documents)["\n  mutation RotateInviteCode($input: SeminarRefInput!) {\n    rotateInviteCode(input: $input) {\n      id\n      inviteCode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeaveSeminar($input: SeminarRefInput!) {\n    leaveSeminar(input: $input)\n  }\n"): (typeof documents)["\n  mutation LeaveSeminar($input: SeminarRefInput!) {\n    leaveSeminar(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeminarPage($id: ID!, $since: DateTime) {\n    seminar(id: $id) {\n      id\n      eventSeq\n      name\n      description\n      myRole\n      anonymous\n      inviteCode\n      memberCount\n      readingCount\n      readings(first: 30) {\n        edges {\n          node {\n            id\n            title\n            author\n            annotationCount\n            newAnnotationCount(since: $since)\n          }\n        }\n      }\n      debates(first: 30) {\n        edges {\n          node {\n            ...DebateSummaryFields\n          }\n        }\n      }\n      members(first: 50) {\n        edges {\n          node {\n            id\n            role\n            joinedAt\n            user {\n              id\n              displayName\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n        }\n      }\n      recentActivity(first: 15) {\n        id\n        at\n        summary\n        readingId\n        debateId\n      }\n    }\n  }\n"): (typeof documents)["\n  query SeminarPage($id: ID!, $since: DateTime) {\n    seminar(id: $id) {\n      id\n      eventSeq\n      name\n      description\n      myRole\n      anonymous\n      inviteCode\n      memberCount\n      readingCount\n      readings(first: 30) {\n        edges {\n          node {\n            id\n            title\n            author\n            annotationCount\n            newAnnotationCount(since: $since)\n          }\n        }\n      }\n      debates(first: 30) {\n        edges {\n          node {\n            ...DebateSummaryFields\n          }\n        }\n      }\n      members(first: 50) {\n        edges {\n          node {\n            id\n            role\n            joinedAt\n            user {\n              id\n              displayName\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n        }\n      }\n      recentActivity(first: 15) {\n        id\n        at\n        summary\n        readingId\n        debateId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkSeminarVisited($input: SeminarRefInput!) {\n    markSeminarVisited(input: $input)\n  }\n"): (typeof documents)["\n  mutation MarkSeminarVisited($input: SeminarRefInput!) {\n    markSeminarVisited(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportAnnotations($input: ExportAnnotationsInput!) {\n    exportAnnotations(input: $input) {\n      filename\n      mediaType\n      content\n      annotationCount\n      replyCount\n    }\n  }\n"): (typeof documents)["\n  query ExportAnnotations($input: ExportAnnotationsInput!) {\n    exportAnnotations(input: $input) {\n      filename\n      mediaType\n      content\n      annotationCount\n      replyCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportDebate($id: ID!) {\n    exportDebate(id: $id) {\n      filename\n      mediaType\n      content\n      claimCount\n    }\n  }\n"): (typeof documents)["\n  query ExportDebate($id: ID!) {\n    exportDebate(id: $id) {\n      filename\n      mediaType\n      content\n      claimCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImportOutcomeFields on ImportOutcome {\n    orphaned {\n      sourceId\n      quote\n    }\n    attributedToImporter {\n      sourceId\n      originalAuthor\n    }\n    authorsMatched {\n      userId\n      displayName\n      posts\n    }\n    unmatchedReadings {\n      iri\n      title\n      annotations\n    }\n    skipped {\n      sourceId\n      reason\n    }\n  }\n"): (typeof documents)["\n  fragment ImportOutcomeFields on ImportOutcome {\n    orphaned {\n      sourceId\n      quote\n    }\n    attributedToImporter {\n      sourceId\n      originalAuthor\n    }\n    authorsMatched {\n      userId\n      displayName\n      posts\n    }\n    unmatchedReadings {\n      iri\n      title\n      annotations\n    }\n    skipped {\n      sourceId\n      reason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewAnnotationImport($input: PreviewAnnotationImportInput!) {\n    previewAnnotationImport(input: $input) {\n      ...AnnotationImportPreviewFields\n    }\n  }\n  fragment AnnotationImportPreviewFields on AnnotationImportPreview {\n    format\n    annotationsToImport\n    repliesToImport\n    duplicatesToSkip\n    ...ImportOutcomeFields\n  }\n"): (typeof documents)["\n  query PreviewAnnotationImport($input: PreviewAnnotationImportInput!) {\n    previewAnnotationImport(input: $input) {\n      ...AnnotationImportPreviewFields\n    }\n  }\n  fragment AnnotationImportPreviewFields on AnnotationImportPreview {\n    format\n    annotationsToImport\n    repliesToImport\n    duplicatesToSkip\n    ...ImportOutcomeFields\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportAnnotations($input: ImportAnnotationsInput!) {\n    importAnnotations(input: $input) {\n      ...AnnotationImportReportFields\n    }\n  }\n  fragment AnnotationImportReportFields on AnnotationImport {\n    id\n    format\n    annotationsImported\n    repliesImported\n    duplicatesSkipped\n    ...ImportOutcomeFields\n  }\n"): (typeof documents)["\n  mutation ImportAnnotations($input: ImportAnnotationsInput!) {\n    importAnnotations(input: $input) {\n      ...AnnotationImportReportFields\n    }\n  }\n  fragment AnnotationImportReportFields on AnnotationImport {\n    id\n    format\n    annotationsImported\n    repliesImported\n    duplicatesSkipped\n    ...ImportOutcomeFields\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;