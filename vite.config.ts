import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';

// The renderer: built into dist/renderer with relative URLs, so it loads over HTTP (browser mode)
// and from file:// (the desktop app) alike.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [svelte()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'es2023',
    // A matrix worker chunk and one app chunk; no source maps in the shipped app.
    sourcemap: false,
  },
  worker: { format: 'es' },
  server: { fs: { allow: ['..'] } },
});
