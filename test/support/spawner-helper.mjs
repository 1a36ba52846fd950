// Runs commands for the process that started it (spawner.ts): one JSON request a line on stdin,
// one JSON reply a line on stdout. Binary input and output travel in base64.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

const reply = (message) => process.stdout.write(`${JSON.stringify(message)}\n`);

createInterface({ input: process.stdin }).on('line', (line) => {
  const { id, command, args, env, input } = JSON.parse(line);
  const child = spawn(command, args, { env });
  const stdout = [];
  const stderr = [];
  child.stdout.on('data', (chunk) => stdout.push(chunk));
  child.stderr.on('data', (chunk) => stderr.push(chunk));
  // A command may exit before it reads all of its input; its exit code says what happened.
  child.stdin.on('error', () => {});
  child.on('error', (error) => reply({ id, error: error.message }));
  child.on('close', (code) =>
    reply({ id, code: code ?? -1, stdout: Buffer.concat(stdout).toString('base64'), stderr: Buffer.concat(stderr).toString('utf8') }),
  );
  child.stdin.end(input === undefined ? '' : Buffer.from(input, 'base64'));
});
