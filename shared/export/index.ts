export * from './options';
export * from './documents';
export * from './zone-firewalls';
