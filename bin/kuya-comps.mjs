#!/usr/bin/env node
// The `kuya-comps` bin: runs the TypeScript sources through tsx (a runtime dependency).
import { register } from 'tsx/esm/api';

register();
await import('../apps/cli/src/main.ts');
