/** The browser app: `npm run dev:web` (proxies the API on :3000) and `npm run build:web` (→ web/dist). */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const API = 'http://127.0.0.1:3000';
const API_PATHS = ['/api', '/health', '/comps', '/active', '/docs', '/openapi.json'];

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  build: { outDir: 'dist', emptyOutDir: true },
  server: { proxy: Object.fromEntries(API_PATHS.map((path) => [path, { target: API }])) },
});
