import { Role } from '../seminars/role';
import { DemoPerson } from './discussion/demo-discussion';

/** The people of the demo seminar; the README lists these sign-ins and what to try with each. */
export const DEMO_PASSWORD = 'read-together';

export const DEMO_ACCOUNTS: ReadonlyArray<{ key: DemoPerson; email: string; displayName: string; role: Role }> = [
  { key: 'ruth', email: 'owner@glossa.demo', displayName: 'Ruth Okafor', role: Role.OWNER },
  { key: 'malik', email: 'moderator@glossa.demo', displayName: 'Malik Moreau', role: Role.MODERATOR },
  { key: 'ama', email: 'ama@glossa.demo', displayName: 'Ama Mensah', role: Role.MEMBER },
  { key: 'ben', email: 'ben@glossa.demo', displayName: 'Ben Carter', role: Role.MEMBER },
  { key: 'oskar', email: 'observer@glossa.demo', displayName: 'Oskar Olsen', role: Role.OBSERVER },
];
