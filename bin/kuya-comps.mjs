#!/usr/bin/env node
import { register } from 'tsx/esm/api';

register();
await import('../packages/comps/src/cli/main.ts');
