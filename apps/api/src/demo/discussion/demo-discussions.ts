import { COALITIONS } from './coalitions';
import { DemoReadingDiscussion } from './demo-discussion';
import { GILDER_FRAMEWORK } from './gilder-framework';
import { GILDER_LEGITIMACY } from './gilder-legitimacy';
import { GILDER_PEACE_OPERATIONS } from './gilder-peace-operations';
import { HEINBECKER } from './heinbecker';
import { SECURITY_COUNCIL } from './security-council';
import { UN_SYSTEM } from './un-system';

/** The discussion on every demo reading, in the order it is seeded. */
export const DEMO_DISCUSSIONS: DemoReadingDiscussion[] = [
  UN_SYSTEM,
  SECURITY_COUNCIL,
  COALITIONS,
  HEINBECKER,
  {
    file: 'gilder-2020-kaleidoscopic-world.txt',
    annotations: [...GILDER_LEGITIMACY, ...GILDER_FRAMEWORK, ...GILDER_PEACE_OPERATIONS],
  },
];
