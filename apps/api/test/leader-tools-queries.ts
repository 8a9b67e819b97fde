const PASSAGE =
  'index start end annotations questions replies disagreeReactions proClaims conClaims citingClaims disagreement';
const FIGURES =
  'member { id displayName } role annotations questions repliesGiven repliesReceived reactionsReceived claims evidenceCited votes';

export const DISCUSSION_MAP = `query($readingId: ID!, $passageStarts: [Int!]) {
  discussionMap(readingId: $readingId, passageStarts: $passageStarts) {
    readingId revisionNumber passages { ${PASSAGE} } mostQuestioned { ${PASSAGE} } mostContested { ${PASSAGE} } mostCited { ${PASSAGE} }
  }
}`;

export const PARTICIPATION = `query($seminarId: ID!, $readingId: ID) {
  participation(seminarId: $seminarId, readingId: $readingId) { ${FIGURES} }
}`;

export const MY_PARTICIPATION = `query($seminarId: ID!, $readingId: ID) {
  myParticipation(seminarId: $seminarId, readingId: $readingId) { ${FIGURES} }
}`;
