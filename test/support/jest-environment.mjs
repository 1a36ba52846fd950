/**
 * jest's Node environment, with one spawner helper (spawner-helper.mjs) for every test file a jest
 * worker runs. A test file's modules are loaded afresh, so each file used to start helpers of its
 * own: about a hundred and forty Node processes a run, which with the commands they ran cost about
 * 30 s more CPU than five helpers do. This module is loaded once a worker, so the helper
 * it starts lives as long as the worker. A test file reaches it through `__TUSK_SPAWNER__`: the
 * socket's path (for the thread behind its synchronous commands), and connections to it that end
 * with the file.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { connect } from 'node:net';
import { fileURLToPath } from 'node:url';
import { TestEnvironment } from 'jest-environment-node';

const HELPER = fileURLToPath(new URL('./spawner-helper.mjs', import.meta.url));

/** The socket path of this worker's helper, once it listens. */
let helperSocket = null;

function startHelper() {
  const name = `tusk-spawner-helper-${process.pid}-${randomUUID()}`;
  const path = `\0${name}`; // Linux's abstract namespace: no file to clean up
  const helper = spawn(process.execPath, [HELPER, '--listen', name], { stdio: ['pipe', 'pipe', 'inherit'] });
  // It ends when this worker does (its stdin closes then), and never keeps the worker alive.
  helper.unref();
  helper.stdin.unref();
  helper.stdout.unref();
  helperSocket = new Promise((resolve, reject) => {
    helper.stdout.once('data', () => resolve(path));
    helper.on('error', reject);
    helper.on('exit', (code, signal) => {
      helperSocket = null;
      reject(new Error(`the spawner helper exited (${signal ?? code}) before it listened`));
    });
  });
  return helperSocket;
}

export default class TuskEnvironment extends TestEnvironment {
  /** This file's connections to the helper. */
  connections = new Set();

  async setup() {
    await super.setup();
    const path = await (helperSocket ?? startHelper());
    const connectToHelper = () => {
      const connection = connect(path);
      this.connections.add(connection);
      connection.on('close', () => this.connections.delete(connection));
      return connection;
    };
    this.global.__TUSK_SPAWNER__ = { path, connect: connectToHelper };
  }

  async teardown() {
    for (const connection of this.connections) connection.destroy();
    await super.teardown();
  }
}
