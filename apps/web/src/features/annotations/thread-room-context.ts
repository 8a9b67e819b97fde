import { createContext } from 'react';

/**
 * The real-time room a thread is shown in, for its composers' typing signals: the reading's room
 * for a shared annotation, none for a private one (nobody else is there to see it).
 */
export const ThreadRoomContext = createContext<string | null>(null);
