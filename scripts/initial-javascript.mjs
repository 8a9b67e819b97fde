// The JavaScript a first visit to a page downloads before it can show it: the entry chunk of the
// built web client, the route's own chunk, and every chunk they import statically, each gzipped
// (docs/accessibility.md, Initial JavaScript).
// Usage: node scripts/initial-javascript.mjs [Chunk …], e.g. SignInPage, or SignedInLayout ReadingPage.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = join(import.meta.dirname, '..', 'dist', 'apps', 'web');
const routes = process.argv.length > 2 ? process.argv.slice(2) : ['SignInPage'];
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const entry = /<script type="module"[^>]*src="\/assets\/([^"]+)"/.exec(html)?.[1];
const assets = readdirSync(join(dist, 'assets'));
const routeChunks = routes.map((route) => {
  const chunk = assets.find((f) => f.startsWith(`${route}-`) && f.endsWith('.js'));
  if (!entry || !chunk) throw new Error(`No entry chunk or no chunk for ${route} in ${dist}: build the web client first.`);
  return chunk;
});

const seen = new Set();
function visit(file) {
  if (seen.has(file)) return;
  seen.add(file);
  const code = readFileSync(join(dist, 'assets', file), 'utf8');
  // Static imports only (`import … from "./x.js"` / `import "./x.js"`); import("./x.js") loads later.
  for (const match of code.matchAll(/(?:^|[;}\s])import(?:[^"'()]*?from)?\s*["']\.\/([^"']+\.js)["']/g)) visit(match[1]);
}
visit(entry);
routeChunks.forEach(visit);

let total = 0;
for (const file of [...seen].sort()) {
  const size = gzipSync(readFileSync(join(dist, 'assets', file))).length;
  total += size;
  console.log(`${(size / 1000).toFixed(2).padStart(8)} kB  ${file}`);
}
console.log(`${(total / 1000).toFixed(2).padStart(8)} kB  gzip in total for ${routes.join(' + ')} (${seen.size} chunks)`);
