export * from './schema';
export * from './issues';
export { validatePlan, checkPlan, type PlanCheck } from './validate';
export { endpointsOf, hostAddress, type Endpoint } from './endpoints';
export { findPlanHost, plannedHosts, planHosts, type PlanHost, type PlannedHost } from './hosts';
export { resolvePort } from './ports';
export { isSupportedVersion, OLDEST_VERSION, NEWEST_VERSION } from './versions';
export { planJsonSchema } from './json-schema';
export { parseJsonText, type JsonText } from './json-text';
