export * from './realtime-client';
export * from './room-sequence';
export * from './seq-store';
export * from './envelope-check';
