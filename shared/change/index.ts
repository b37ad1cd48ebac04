export * from './columns';
export * from './status-words';
export * from './request-sheet';
export * from './answer';
export * from './limits';
