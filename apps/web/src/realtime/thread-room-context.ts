import { createContext } from 'react';

/**
 * The real-time room a thread is shown in, for its composers' typing signals: the reading's room
 * for a shared annotation, the debate's for a visible claim; none for a private annotation or a
 * claim awaiting approval (nobody else there would see it).
 */
export const ThreadRoomContext = createContext<string | null>(null);
