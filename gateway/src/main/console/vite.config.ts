import { defineConfig } from 'vitest/config';

// The gateway serves the console under /console/; Maven passes --outDir target/classes/static/console.
export default defineConfig({
  base: '/console/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1024,
  },
  server: {
    // `npm run dev` against a gateway on localhost:8080
    proxy: {
      '/api': 'http://localhost:8080',
      '/v2': 'http://localhost:8080',
      '/console/settings.json': 'http://localhost:8080',
    },
  },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
