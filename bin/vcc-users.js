#!/usr/bin/env node
// The vcc-users command: runs src/cli/vcc-users.ts through tsx.
require('tsx/cjs');
require('../src/cli/vcc-users.ts');
