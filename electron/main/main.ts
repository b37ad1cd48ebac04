// The desktop app's main process (electron/main/launch.ts), bundled to dist/electron/main.js: the
// preload sits beside it, the renderer build in dist/renderer.
import { launch } from './launch';

launch(import.meta.dirname);
