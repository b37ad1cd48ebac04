// How the desktop app is packaged, as one typed object: `npm run dist` hands it to electron-builder's
// API, the tests check it with electron-builder's own schema, and what the code already knows (bundle
// externals, the plan file suffix) is derived here, never repeated.
import type { Configuration, FileAssociation } from 'electron-builder';
import { bundles } from './electron/bundle';
import { PLAN_FILE_SUFFIX } from './electron/services/plan-file';

/** A neutral placeholder under example.org (reserved, RFC 2606): the owner's own names go here before a release. */
export const PUBLISHER = {
  appId: 'org.example.oe-port-planner',
  author: { name: 'Output Engine Port Planner maintainers', email: 'maintainers@example.org' },
  homepage: 'https://example.org/oe-port-planner',
} as const;

/** Packages the main process still requires at run time: what its bundle leaves external, less Electron. */
export const RUNTIME_PACKAGES: readonly string[] = (bundles('dist').main?.external ?? []).filter(
  (name) => name !== 'electron',
);

/** "oeplan.json": what the app writes. Windows and macOS see only the part after the last dot ("json"). */
export const PLAN_EXTENSION = PLAN_FILE_SUFFIX.slice(1);
/** "oeplan": a single-dot form those two systems can associate with the app. */
export const SHORT_PLAN_EXTENSION = PLAN_EXTENSION.replace(/\.json$/, '');

const PLAN_KIND = 'Output Engine plan';

function linuxPlanFiles(ext: string, mimeType: string): FileAssociation {
  return { ext, mimeType, name: PLAN_KIND, description: PLAN_KIND };
}

const config = {
  appId: PUBLISHER.appId,
  productName: 'Output Engine Port Planner',
  copyright: `Copyright © ${PUBLISHER.author.name}`,
  // The .deb needs a maintainer and a homepage; Windows shows the author as the company.
  extraMetadata: { author: PUBLISHER.author, homepage: PUBLISHER.homepage },
  directories: { output: 'out', buildResources: 'build' },
  // electron-builder derives .ico, .icns and the Linux sizes from this (npm run icons renders it).
  icon: 'icon.png',

  // Only the bundles and the renderer: the CLI bundle cannot run in the package (runAsNode is off).
  files: [
    'package.json',
    'dist/electron/**',
    'dist/renderer/**',
    // Every other dependency is inlined into the bundles, so its node_modules copy would be dead weight.
    `!node_modules/!(${RUNTIME_PACKAGES.join('|')}){,/**/*}`,
    // better-sqlite3's SQLite C sources serve only a compile that its prebuilds make unnecessary.
    '!node_modules/better-sqlite3/{deps,src}{,/**/*}',
  ],
  asar: { smartUnpack: false },
  // Only the native prebuilds leave the archive: everything else stays under asar integrity checks.
  asarUnpack: RUNTIME_PACKAGES.map((name) => `node_modules/${name}/**/*.node`),
  npmRebuild: false,
  nodeGypRebuild: false,
  buildDependenciesFromSource: false,

  // Packaged app only: the unpackaged build (npm start, Playwright's _electron) runs node_modules/electron.
  electronFuses: {
    runAsNode: false,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableCookieEncryption: true,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    grantFileProtocolExtraPrivileges: false,
  },

  artifactName: '${name}-${version}-${arch}.${ext}',
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Utility',
    // shared-mime-info matches the longest glob, so *.oeplan.json wins over *.json here.
    fileAssociations: [
      linuxPlanFiles(PLAN_EXTENSION, 'application/x-oeplan+json'),
      linuxPlanFiles(SHORT_PLAN_EXTENSION, 'application/x-oeplan'),
    ],
  },
  win: {
    target: ['nsis', 'portable'],
    // A ProgID has no spaces; the description is what Explorer shows as the file's type.
    fileAssociations: [
      { ext: SHORT_PLAN_EXTENSION, name: 'OePortPlanner.Plan', description: PLAN_KIND },
    ],
  },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
    artifactName: '${name}-${version}-setup-${arch}.${ext}',
  },
  portable: { artifactName: '${name}-${version}-portable-${arch}.${ext}' },
  mac: {
    target: ['dmg'],
    category: 'public.app-category.utilities',
    fileAssociations: [
      { ext: SHORT_PLAN_EXTENSION, name: PLAN_KIND, role: 'Editor', rank: 'Owner' },
    ],
  },
} satisfies Configuration;

export default config;
