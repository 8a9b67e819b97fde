import { DemoPerson } from './discussion/demo-discussion';

/** A post of the demo discussion: an annotation by its key, or one of the replies in its thread. */
export interface DemoPostRef {
  reading: string;
  annotation: string;
  reply?: string;
}

const GILDER = 'gilder-2020-kaleidoscopic-world.txt';

/** Flags left open, so the moderation desk has something waiting. */
export const DEMO_FLAGS: Array<{ by: DemoPerson; post: DemoPostRef; reason: string }> = [
  {
    by: 'ama',
    post: { reading: GILDER, annotation: 'g-mandates-language', reply: 'g-mandates-1' },
    reason: 'Dismissive of the reading list and of whoever chose it; it says nothing about the text.',
  },
];

/** What the moderators already did this week, so the audit log has a history. */
export const DEMO_MODERATOR_ACTIONS: Array<{
  by: DemoPerson;
  action: 'PIN' | 'HIDE' | 'LOCK_THREAD';
  post: DemoPostRef;
  reason: string;
}> = [
  {
    by: 'malik',
    action: 'PIN',
    post: { reading: GILDER, annotation: 'g-start-here' },
    reason: 'The convenor’s reading guide belongs at the top of the margin.',
  },
  {
    by: 'malik',
    action: 'HIDE',
    post: { reading: GILDER, annotation: 'g-clas', reply: 'g-clas-2' },
    reason: 'Off topic here: textbook sales go on the course noticeboard.',
  },
  {
    by: 'ruth',
    action: 'LOCK_THREAD',
    post: { reading: GILDER, annotation: 'g-1994' },
    reason: 'Answered; follow-ups belong in Thursday’s session.',
  },
];
