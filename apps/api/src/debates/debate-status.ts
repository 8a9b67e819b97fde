export enum DebateStatus {
  OPEN = 'OPEN',
  LOCKED = 'LOCKED',
  ARCHIVED = 'ARCHIVED',
}
