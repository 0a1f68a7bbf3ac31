import { defineConfig } from 'vite';

// The console is served by the API server from admin/dist at `/`; in development Vite serves it
// and forwards /graphql to the API (`npm run dev:server` or `npm start` in another terminal).
export default defineConfig({
  base: '/',
  server: {
    port: 5173,
    proxy: { '/graphql': { target: process.env.API_URL ?? 'http://localhost:4000', changeOrigin: true } },
    // the public contract (schema/schema.graphql) lives outside admin/
    fs: { allow: ['..'] },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 3000,
    sourcemap: false,
    rollupOptions: {
      // MUI's "use client" directives mean nothing in a client-only bundle
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
});
