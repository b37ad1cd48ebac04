export * from './options';
export * from './documents';
