import { Role } from '../seminars/role';

/** The people of the demo seminar; the README lists these sign-ins. */
export const DEMO_PASSWORD = 'read-together';

export const DEMO_ACCOUNTS = [
  { email: 'owner@glossa.demo', displayName: 'Ruth Okafor', role: Role.OWNER },
  { email: 'moderator@glossa.demo', displayName: 'Malik Moreau', role: Role.MODERATOR },
  { email: 'ama@glossa.demo', displayName: 'Ama Mensah', role: Role.MEMBER },
  { email: 'ben@glossa.demo', displayName: 'Ben Carter', role: Role.MEMBER },
  { email: 'observer@glossa.demo', displayName: 'Oskar Olsen', role: Role.OBSERVER },
] as const;
