export enum DebateStatus {
  OPEN = 'OPEN',
  LOCKED = 'LOCKED',
  ARCHIVED = 'ARCHIVED',
}

/** PRE_MODERATED: members' new claims wait for a moderator's approval. */
export enum ModerationMode {
  OPEN = 'OPEN',
  PRE_MODERATED = 'PRE_MODERATED',
}

/** Which side of its parent (the motion, or another claim) a claim argues. */
export enum Stance {
  PRO = 'PRO',
  CON = 'CON',
}
