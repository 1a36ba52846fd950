// Runs commands for the processes that ask it (spawner.ts): one JSON request a line, one JSON reply
// a line. Binary input and output travel in base64.
//
// Started plainly, it serves the process that started it over stdin and stdout. Started with
// `--listen NAME`, it serves every connection to the Unix socket of that name in Linux's abstract
// namespace instead, each with its own requests and replies, says "listening" on stdout once it
// can be reached, and ends with the stdin of the process that started it: one helper then serves
// every test file a jest worker runs, and the thread that runs their synchronous commands, for the
// worker's whole life.
//
// A request that names a `socket` is streamed instead: the helper connects to that Unix socket,
// says the request's id on it, and gives the connection to the command as its stdout (and its
// stdin, when asked), so the bytes flow between the command and the requester without passing
// through here. The replies are then the command's pid once it runs, and its exit code and
// stderr once it ends.
import { spawn } from 'node:child_process';
import { connect, createServer } from 'node:net';
import { createInterface } from 'node:readline';

function settleOnClose(reply, child, id, onStdout) {
  const stdout = [];
  const stderr = [];
  // A command that cannot start says so twice: 'error', then 'close' with the errno for a code.
  // The requester hears the first alone.
  let settled = false;
  const settle = (message) => {
    if (settled) return;
    settled = true;
    reply(message);
  };
  if (onStdout) child.stdout.on('data', (chunk) => stdout.push(chunk));
  child.stderr.on('data', (chunk) => stderr.push(chunk));
  child.on('error', (error) => settle({ id, error: error.message }));
  child.on('close', (code) =>
    settle({
      id,
      code: code ?? -1,
      ...(onStdout ? { stdout: Buffer.concat(stdout).toString('base64') } : {}),
      stderr: Buffer.concat(stderr).toString('utf8'),
    }),
  );
}

function streamed(reply, { id, command, args, env, socket: path, stdin }) {
  const socket = connect(path);
  socket.on('error', (error) => reply({ id, error: `cannot reach ${path}: ${error.message}` }));
  socket.on('connect', () =>
    socket.write(`${id}\n`, () => {
      const child = spawn(command, args, { env, stdio: [stdin ? socket : 'ignore', socket, 'pipe'] });
      // The command holds the connection now: this process's end of it goes, or it would stay open after the command ends.
      socket.destroy();
      settleOnClose(reply, child, id, false);
      if (child.pid !== undefined) reply({ id, pid: child.pid });
    }),
  );
}

/** Answers the requests read from `requests` on `replies`. */
function serve(requests, replies) {
  // A requester that went away (its test file ended) is no one to answer.
  const reply = (message) => replies.writable && replies.write(`${JSON.stringify(message)}\n`);
  createInterface({ input: requests }).on('line', (line) => {
    const request = JSON.parse(line);
    if (request.socket !== undefined) return streamed(reply, request);
    const { id, command, args, env, input } = request;
    const child = spawn(command, args, { env });
    settleOnClose(reply, child, id, true);
    // A command may exit before it reads all of its input; its exit code says what happened.
    child.stdin.on('error', () => {});
    child.stdin.end(input === undefined ? '' : Buffer.from(input, 'base64'));
  });
}

const listen = process.argv.indexOf('--listen');
if (listen < 0) serve(process.stdin, process.stdout);
else {
  const server = createServer((connection) => {
    connection.on('error', () => {});
    serve(connection, connection);
  });
  server.listen(`\0${process.argv[listen + 1]}`, () => process.stdout.write('listening\n'));
  process.stdin.on('end', () => process.exit(0)).resume();
}
