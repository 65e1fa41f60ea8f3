#!/usr/bin/env node
// The `pkpy` command (built by `npm run build`, which `npm install` runs).
import '../dist/pkpy-cli.mjs';
