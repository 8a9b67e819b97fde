export * from './rooms';
export * from './events';
export * from './live-events';
export * from './client-messages';
export * from './socket-messages';
