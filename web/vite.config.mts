import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The gateway's pages: two entries, one hashed `assets/` folder. The output lands in
 * `dist/web`, which the gateway serves (gateway/src/static-pages.ts); nothing is fetched
 * from outside at run time, so no CDN, no web fonts, no analytics.
 */
export default defineConfig({
  root: here('.'),
  base: '/',
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: here('../dist/web'),
    emptyOutDir: true,
    assetsDir: 'assets',
    sourcemap: false,
    // Monaco (GraphiQL's editor) is large by nature; the dashboard stays far below this.
    chunkSizeWarningLimit: 4000,
    rolldownOptions: {
      // GraphiQL's dependencies mark React modules "use client"; that means nothing here.
      onLog(level, log, handler) {
        if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
        handler(level, log);
      },
      input: {
        dashboard: here('dashboard/index.html'),
        graphiql: here('graphiql/index.html'),
      },
    },
  },
});
