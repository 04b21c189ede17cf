// Prints the gzipped size of the production JavaScript and fails the build
// when it is over the budget.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

const BUDGET_BYTES = 200 * 1024
const assetsDir = new URL('../dist/assets/', import.meta.url)

const jsFiles = readdirSync(assetsDir).filter((name) => name.endsWith('.js'))
let totalGzipped = 0
for (const name of jsFiles) {
  const gzipped = gzipSync(readFileSync(join(assetsDir.pathname, name)), { level: 9 }).length
  totalGzipped += gzipped
  console.log(`  ${name}: ${(gzipped / 1024).toFixed(1)} KB gzipped`)
}

const summary = `JS bundle: ${(totalGzipped / 1024).toFixed(1)} KB gzipped (budget ${BUDGET_BYTES / 1024} KB)`
if (totalGzipped > BUDGET_BYTES) {
  console.error(`${summary}: over budget, reduce the bundle before release`)
  process.exit(1)
}
console.log(summary)
