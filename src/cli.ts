#!/usr/bin/env node
import { runCli } from './cli/main.js';

const code = await runCli(process.argv.slice(2));
// Exit as soon as the output is out: a natural exit first tears Node down (the heap, background
// compile jobs still running), which adds tens of milliseconds to every command.
await Promise.all([process.stdout, process.stderr].map((stream) => new Promise((resolve) => stream.write('', resolve))));
process.exit(code);
