export * from './model';
export * from './banner';
export * from './scope';
export * from './jobs';
