// The packaging configuration, checked offline with electron-builder's own schema and against what the
// issue asks: targets, plan file associations, fuses, and a package with nothing but run-time files.
import type { Configuration, FileAssociation } from 'electron-builder';
import { build as esbuild } from 'esbuild';
import { readFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import config, {
  PLAN_EXTENSION,
  RUNTIME_PACKAGES,
  SHORT_PLAN_EXTENSION,
} from '../../electron-builder.config';
import { bundles } from '../../electron/bundle';
import { packagingConfigProblem } from '../../electron/dist';
import { planFileFromArgv } from '../../electron/main/argv';
import { PLAN_FILE_SUFFIX } from '../../electron/services/plan-file';

const ROOT = join(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  main: string;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

const targetsOf = (platform: { target?: unknown } | undefined) => platform?.target;
const extensionsOf = (associations: FileAssociation[] | undefined) =>
  (associations ?? []).flatMap((a) => a.ext);

/** The packages a bundle still loads at run time: its external imports that are not Node built-ins. */
async function runtimeImports(name: 'main' | 'preload'): Promise<string[]> {
  const options = bundles(join(tmpdir(), 'oe-packaging-check'))[name];
  const result = await esbuild({ ...options, metafile: true, write: false, logLevel: 'silent' });
  const paths = Object.values(result.metafile.outputs).flatMap((output) =>
    output.imports.filter((i) => i.external).map((i) => i.path),
  );
  // A package loaded only when it is needed (the plans library's SQLite, electron/services/store):
  // esbuild keeps the call as written, so the bundle's text names it.
  for (const file of result.outputFiles ?? []) {
    for (const m of file.text.matchAll(/\bload\("([^"]+)"\)/g)) paths.push(m[1]!);
  }
  const packageOf = (path: string) =>
    path
      .split('/')
      .slice(0, path.startsWith('@') ? 2 : 1)
      .join('/');
  return [...new Set(paths.filter((p) => !isBuiltin(p)).map(packageOf))].sort();
}

describe("electron-builder's own validation", () => {
  it('accepts the configuration, offline', async () => {
    expect(await packagingConfigProblem(config)).toBeNull();
  });

  it('reports a misspelt option or a wrong value in one line naming it (the check is real)', async () => {
    const typo = { ...config, electronFuse: {} } as Configuration;
    expect(await packagingConfigProblem(typo)).toBe(
      "configuration has an unknown property 'electronFuse'",
    );
    const wrong = {
      ...config,
      nsis: { ...config.nsis, oneClick: 'yes' },
    } as unknown as Configuration;
    expect(await packagingConfigProblem(wrong)).toBe(
      'configuration.nsis.oneClick should be a boolean',
    );
  });
});

describe('what the packages are', () => {
  it('builds AppImage and deb for Linux, an NSIS installer and a portable exe for Windows, a dmg for macOS', () => {
    expect(targetsOf(config.linux)).toEqual(['AppImage', 'deb']);
    expect(targetsOf(config.win)).toEqual(['nsis', 'portable']);
    expect(targetsOf(config.mac)).toEqual(['dmg']);
  });

  it('names the product and uses a neutral reverse-DNS app id, not one of the vendor', () => {
    expect(config.productName).toBe('Output Engine Port Planner');
    expect(config.appId).toMatch(/^org\.example\./);
    expect(config.appId).not.toMatch(/seal/i);
  });

  it('gives the Windows installer and the portable exe different file names', () => {
    const names = [config.nsis.artifactName, config.portable.artifactName];
    expect(new Set(names).size).toBe(2);
    for (const name of names) expect(name).toMatch(/\$\{version\}.*\.\$\{ext\}$/);
  });

  it('takes the app icon from build/icon.png, the rendering of the one source image', () => {
    expect(join(config.directories.buildResources, config.icon)).toBe(join('build', 'icon.png'));
  });
});

describe('plan file associations', () => {
  it('derives both extensions from the suffix the app writes', () => {
    expect(`.${PLAN_EXTENSION}`).toBe(PLAN_FILE_SUFFIX);
    expect(SHORT_PLAN_EXTENSION).toBe('oeplan');
  });

  it('registers *.oeplan.json and *.oeplan on Linux, each with its MIME type', () => {
    const linux = config.linux.fileAssociations;
    expect(extensionsOf(linux)).toEqual(['oeplan.json', 'oeplan']);
    for (const association of linux) expect(association.mimeType).toMatch(/^application\/x-/);
  });

  it('registers .oeplan on Windows and macOS, where only the part after the last dot counts', () => {
    expect(extensionsOf(config.win.fileAssociations)).toEqual(['oeplan']);
    expect(extensionsOf(config.mac.fileAssociations)).toEqual(['oeplan']);
    expect(config.win.fileAssociations[0]?.name).not.toMatch(/\s/);
  });

  it('declares no association at the top level, so no platform gets one it cannot honour', () => {
    expect((config as Configuration).fileAssociations).toBeUndefined();
  });

  it('opens a .oeplan.json file that the OS passes on the command line', () => {
    expect(planFileFromArgv(['app', '/plans/site.oeplan.json'], '/')).toBe(
      '/plans/site.oeplan.json',
    );
  });

  it('opens a .oeplan file that Windows or Linux passes on the command line', () => {
    expect(planFileFromArgv(['app', '/plans/site.oeplan'], '/')).not.toBeNull();
  });
});

describe('Electron fuses of the packaged app', () => {
  it('turns off running as Node, NODE_OPTIONS, --inspect and file:// privileges', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('turns on cookie encryption, asar integrity validation and loading the app only from the asar', () => {
    expect(config.electronFuses).toMatchObject({
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });
});

describe('what goes into the package', () => {
  it('takes only package.json, the main and preload bundles and the renderer build', () => {
    const included = config.files.filter((f) => !f.startsWith('!'));
    expect(included).toEqual(['package.json', 'dist/electron/**', 'dist/renderer/**']);
    expect(pkg.main.startsWith('dist/electron/')).toBe(true);
  });

  it('rebuilds nothing: better-sqlite3 ships N-API prebuilds', () => {
    expect(config.npmRebuild).toBe(false);
    expect(config.nodeGypRebuild).toBe(false);
    expect(config.buildDependenciesFromSource).toBe(false);
  });

  it('keeps only the native prebuilds out of the asar archive', () => {
    expect(config.asar.smartUnpack).toBe(false);
    expect(config.asarUnpack).toEqual(['node_modules/better-sqlite3/**/*.node']);
  });

  it('the main bundle loads only Electron and better-sqlite3 at run time, a dependency and no devDependency', async () => {
    const loaded = await runtimeImports('main');
    expect(loaded).toEqual(['better-sqlite3', 'electron']);
    expect(RUNTIME_PACKAGES).toEqual(['better-sqlite3']);
    for (const name of RUNTIME_PACKAGES) {
      expect(pkg.dependencies[name], name).toBeDefined();
      expect(pkg.devDependencies[name], name).toBeUndefined();
    }
  });

  it('the sandboxed preload loads nothing but Electron', async () => {
    expect(await runtimeImports('preload')).toEqual(['electron']);
  });
});
