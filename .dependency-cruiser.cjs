// @ts-check
// The layers of docs/architecture.md, checked by `npm run lint` (depcruise). One core (shared/), three
// faces over it: the renderer (Svelte, sandboxed), the Electron glue (electron/main, electron/preload)
// and the command line (electron/cli), the last two over the Node services (electron/services).
// Type-only imports count too: a cycle through types is still a cycle for the reader and the bundler.
// One blind spot: in a .svelte file the tool sees the script after TypeScript has dropped its
// `import type` lines; eslint.config.js (no-restricted-imports) still keeps those out of electron/.
// To see it fail: add e.g. `import 'node:fs';` to a file under shared/ and run `npm run layers`.

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'Modules that import each other, even through types, cannot be read, tested or moved one ' +
        'at a time; give what both need a module of its own (an interface, a shared type) instead.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'shared-is-pure',
      severity: 'error',
      comment:
        'shared/ is the pure core (catalog, plan, matrix, API contract, i18n) that every face runs: ' +
        'it must not depend on a face, so it never imports electron/ or renderer/.',
      from: { path: '^shared/' },
      to: { path: '^(electron|renderer)/' },
    },
    {
      name: 'shared-has-no-node',
      severity: 'error',
      comment:
        'shared/ also runs in the sandboxed renderer and its worker: no Node built-ins (node:*), ' +
        'no Electron, no database, no Svelte.',
      from: { path: '^shared/' },
      to: { path: '^node_modules/(@types/)?(electron|better-sqlite3|svelte)/' },
    },
    {
      name: 'shared-has-no-node-builtins',
      severity: 'error',
      comment:
        'shared/ also runs in the sandboxed renderer and its worker, where Node built-ins do not exist.',
      from: { path: '^shared/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'renderer-not-to-electron',
      severity: 'error',
      comment:
        'The renderer runs sandboxed and reaches the Node side only through the API client (IPC in ' +
        'the desktop app, HTTP in browser mode): it never imports electron/, Electron or Node.',
      from: { path: '^renderer/' },
      to: { path: '^electron/|^node_modules/(@types/)?(electron|better-sqlite3)/' },
    },
    {
      name: 'renderer-has-no-node-builtins',
      severity: 'error',
      comment:
        'The renderer runs in a browser (or a sandboxed window): Node built-ins do not exist there.',
      from: { path: '^renderer/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'services-not-to-faces',
      severity: 'error',
      comment:
        'electron/services runs under plain Node for every face (desktop, command line, browser ' +
        'mode) and is tested there: it never imports the Electron glue (electron/main, ' +
        'electron/preload), the command line (electron/cli) or Electron itself; a face passes ' +
        'what only it has (dialogs, the recent documents) in as an interface.',
      from: { path: '^electron/services/' },
      to: { path: '^electron/(main|preload|cli)/|^node_modules/electron/' },
    },
    {
      name: 'preload-only-to-api',
      severity: 'error',
      comment:
        'The preload runs with Electron privileges next to untrusted content: it is the contract-' +
        'derived bridge and nothing else, so it imports only shared/api and Electron.',
      from: { path: '^electron/preload/' },
      to: { pathNot: '^shared/api/|^node_modules/electron/|^electron/preload/' },
    },
    {
      name: 'cli-not-to-desktop',
      severity: 'error',
      comment:
        'The command line runs on headless servers without Electron: it uses the services and the ' +
        'core, never the Electron glue (electron/main, electron/preload) or Electron.',
      from: { path: '^electron/cli/' },
      to: { path: '^electron/(main|preload)/|^node_modules/electron/' },
    },
    {
      name: 'main-not-to-cli',
      severity: 'error',
      comment:
        'The Electron glue stays thin: it uses the services and the core, never the command line ' +
        '(electron/cli) or the preload (a separate bundle run in the window).',
      from: { path: '^electron/main/' },
      to: { path: '^electron/(cli|preload)/' },
    },
    {
      name: 'node-side-not-to-renderer',
      severity: 'error',
      comment:
        'The Node side serves and bundles the renderer as files; it never runs its modules (they ' +
        'need a DOM and Svelte). What both sides need is in shared/.',
      from: { path: '^electron/' },
      to: { path: '^renderer/' },
    },
    {
      name: 'product-not-to-tests',
      severity: 'error',
      comment: 'Product code never depends on the tests.',
      from: { path: '^(shared|electron|renderer)/' },
      to: { path: '^test/' },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment:
        'An import the tool cannot resolve is one it cannot check: the layers above would pass ' +
        'without seeing it.',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|out|test-results|playwright-report|\\.svelte-check)/' },
    // Type-only imports are dependencies too (a cycle through types is a cycle).
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types', 'svelte'],
      mainFields: ['module', 'main', 'types', 'typings'],
      extensions: ['.ts', '.js', '.mjs', '.cjs', '.svelte', '.json', '.d.ts'],
    },
  },
};
