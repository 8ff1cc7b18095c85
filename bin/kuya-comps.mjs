#!/usr/bin/env node
// The `kuya-comps` bin. It runs the bundle `npm install` builds (dist/cli, see scripts/build-cli.mjs:
// no TypeScript to compile at start) while that is at least as new as every source file it holds, and
// the TypeScript sources through tsx (a runtime dependency) otherwise, so an edit is never run stale.
import { readdirSync, statSync } from 'node:fs';

const root = new URL('..', import.meta.url);
const bundle = new URL('dist/cli/kuya-comps.mjs', root);
const SOURCES = ['apps/cli/src/', 'packages/comps/src/', 'packages/shared/src/'];

/** The newest modification time of the files under `dir`, in ms. */
function newestUnder(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const at = statSync(`${entry.parentPath ?? entry.path}/${entry.name}`).mtimeMs;
    if (at > newest) newest = at;
  }
  return newest;
}

function bundleIsFresh() {
  try {
    const built = statSync(bundle).mtimeMs;
    return SOURCES.every((dir) => newestUnder(new URL(dir, root)) <= built);
  } catch {
    return false;
  }
}

if (bundleIsFresh()) {
  await import(bundle.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../apps/cli/src/main.ts');
}
