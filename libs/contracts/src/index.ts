export * from './rooms';
export * from './events';
export * from './client-messages';
export * from './socket-messages';
