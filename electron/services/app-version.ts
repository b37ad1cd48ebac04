import manifest from '../../package.json' with { type: 'json' };

/** The planner's version, from package.json (inlined when bundled). */
export const APP_VERSION: string = manifest.version;
export const PRODUCT_NAME: string = manifest.productName;
