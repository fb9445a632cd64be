import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';
import path from 'node:path';

/** A verdaccio registry on 127.0.0.1 with a user that may publish. */
export interface LocalRegistry {
  /** `http://127.0.0.1:<port>/` */
  url: string;
  /** Written for npm: the registry and the user's token. */
  npmrc: string;
  stop(): Promise<void>;
}

const require = createRequire(import.meta.url);

/**
 * Starts verdaccio in its own process with its storage, users and config under `dir`. It has
 * no uplinks and no middlewares (the audit middleware would call npmjs.org), so nothing it
 * does leaves the machine; packages it lacks are simply not found.
 */
export async function startLocalRegistry(dir: string): Promise<LocalRegistry> {
  const port = await freePort();
  const config = path.join(dir, 'config.yaml');
  writeFileSync(
    config,
    [
      `storage: ${JSON.stringify(path.join(dir, 'storage'))}`,
      'auth:',
      '  htpasswd:',
      `    file: ${JSON.stringify(path.join(dir, 'htpasswd'))}`,
      '    max_users: 10',
      'uplinks: {}',
      'packages:',
      "  '**':",
      '    access: $all',
      '    publish: $authenticated',
      '    unpublish: $authenticated',
      'web:',
      '  enable: false',
      'log: { type: stdout, format: pretty, level: warn }',
      '',
    ].join('\n'),
  );
  const bin = path.join(path.dirname(require.resolve('verdaccio/package.json')), 'bin', 'verdaccio');
  const child = spawn(process.execPath, [bin, '--config', config, '--listen', `127.0.0.1:${port}`], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}/`;
  try {
    await waitUntilUp(url, child, () => output);
    const token = await addUser(url);
    const npmrc = [`registry=${url}`, `//127.0.0.1:${port}/:_authToken=${token}`, 'audit=false', 'fund=false', 'update-notifier=false', ''].join('\n');
    return { url, npmrc, stop: () => stop(child) };
  } catch (error) {
    await stop(child);
    throw error;
  }
}

/** A port nothing listens on now; verdaccio takes it a moment later. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Polls `/-/ping`: on a loaded 2-core machine verdaccio takes seconds to start. */
async function waitUntilUp(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`verdaccio exited (${child.exitCode}) before it answered:\n${output()}`);
    try {
      if ((await fetch(`${url}-/ping`)).ok) return;
    } catch (error) {
      // Not listening yet: ECONNREFUSED is expected until verdaccio is up.
      if (!String((error as Error).cause ?? error).includes('ECONNREFUSED')) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`verdaccio did not answer on ${url} within 120 s:\n${output()}`);
}

/** Creates a user the way `npm adduser` does, and returns its token. */
async function addUser(url: string): Promise<string> {
  const name = 'release-test';
  const response = await fetch(`${url}-/user/org.couchdb.user:${name}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name, password: 'release-test-password', email: 'release-test@example.invalid' }),
  });
  const body = (await response.json()) as { token?: string; error?: string };
  if (!response.ok || !body.token) throw new Error(`verdaccio refused the user (${response.status}): ${JSON.stringify(body)}`);
  return body.token;
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
