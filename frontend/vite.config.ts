/// <reference types="vitest/config" />
import type { IncomingMessage } from 'node:http'
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

// The Flask server that `npm run dev` forwards API calls to.
const apiTarget = process.env.VITE_PROXY_TARGET ?? 'http://127.0.0.1:8000'

// SPA routes such as /jobs/3 and /applications share their paths with the API.
// A browser navigation asks for text/html and must get index.html, while axios
// and fetch ask for JSON or an event stream and go to Flask.
function serveIndexToBrowsers(req: IncomingMessage): string | undefined {
  const accept = req.headers.accept ?? ''
  return req.method === 'GET' && accept.includes('text/html') ? '/index.html' : undefined
}

// Paths a browser may open as SPA pages: a navigation there gets index.html.
const sharedPrefixes = ['/auth', '/jobs', '/resumes', '/applications', '/employer/applications', '/smartbot']
// Server pages (the OpenAPI document and its docs page) always go to Flask.
const serverOnlyPrefixes = ['/health', '/openapi.json', '/docs']

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    strictPort: true,
    proxy: Object.fromEntries([
      ...sharedPrefixes.map((prefix) => [prefix, { target: apiTarget, bypass: serveIndexToBrowsers }]),
      ...serverOnlyPrefixes.map((prefix) => [prefix, { target: apiTarget }]),
    ]),
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    restoreMocks: true,
  },
})
