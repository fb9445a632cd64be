import { spawn } from 'node:child_process';

/** The output of a finished command. */
export interface CommandOutput {
  stdout: string;
  stderr: string;
}

/**
 * Runs a command without blocking the event loop and resolves with its output; rejects with
 * the command line, exit code and output when it fails, so that a failing step says why.
 */
export function runCommand(command: string, args: readonly string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<CommandOutput> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code === 0) resolve({ stdout, stderr });
      else reject(new Error(`\`${command} ${args.join(' ')}\` in ${options.cwd} failed (${signal ?? `exit ${code}`}):\n${stdout}\n${stderr}`));
    });
  });
}

/**
 * The environment for npm in the test: the test's own, without any npm configuration that
 * pnpm or the user passes down (a registry, a token, provenance), so that npm reads only the
 * test's `.npmrc` and talks only to the local registry.
 */
export function isolatedNpmEnv(userconfig: string, cache: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^npm_config_/i.test(key)) env[key] = value;
  }
  return { ...env, npm_config_userconfig: userconfig, npm_config_cache: cache, npm_config_update_notifier: 'false', npm_config_provenance: 'false' };
}
