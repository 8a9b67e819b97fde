import { createContext } from 'react';

/** Whether moderators locked the thread being shown: its replies then offer no "Reply". */
export const ThreadLockContext = createContext(false);
