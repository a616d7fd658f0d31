/// <reference types="vitest/config" />
import { defineConfig } from 'vite';

// The gateway serves the built files from the same origin as the API (backend-for-frontend).
// `npm run dev` proxies the gateway's paths to a running platform (./lfpl up) on port 8080.
const gateway = 'http://localhost:8080';

export default defineConfig({
  // No @vitejs/plugin-react: esbuild's automatic JSX runtime is all this app needs.
  esbuild: { jsx: 'automatic' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The Content-Security-Policy forbids inline scripts and styles: keep every asset a file.
    assetsInlineLimit: 0,
    sourcemap: false,
    rollupOptions: {
      onwarn(warning, warn) {
        // react-router marks its modules "use client" for React Server Components; irrelevant in an SPA.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': gateway,
      '/oauth2': gateway,
      '/login': gateway,
      '/logout': gateway,
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    restoreMocks: true,
  },
});
