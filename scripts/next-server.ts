/** Starts and stops the production server (server.ts, as `npm start` runs it) on a port of its own, for benchmarks, audits and HTTP tests. */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export type NextServer = { url: string; port: number; process: ChildProcess; output: () => string };

/** A TCP port nothing is listening on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Whether nothing listens on this port of 127.0.0.1. */
async function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** Runs the production build with these extra environment variables and waits until it answers. */
export async function startNextServer(
  env: Record<string, string | undefined>,
  {
    port,
    cwd = process.cwd(),
    timeoutMs = 60_000,
  }: { port?: number; cwd?: string; timeoutMs?: number } = {},
): Promise<NextServer> {
  const chosen = port ?? (await freePort());
  // Another server already on the port would answer in place of ours.
  if (port !== undefined && !(await isFree(port)))
    throw new Error(`port ${port} is already in use`);
  // The site runs through server.ts as `npm start` does: compiled by `npm run build` into
  // dist/server.mjs and run by plain node, in one process, so SIGKILL really kills the server. An
  // app folder without a server.ts (the Lighthouse floor) runs plain `next start` from this
  // project's node_modules.
  const hasFront = fs.existsSync(path.join(cwd, 'server.ts'));
  const compiled = path.join(cwd, 'dist', 'server.mjs');
  if (hasFront && !fs.existsSync(compiled))
    throw new Error(`${compiled} is missing: run npm run build first`);
  const args = hasFront
    ? [compiled]
    : [path.join(process.cwd(), 'node_modules', 'next', 'dist', 'bin', 'next'), 'start'];
  const child = spawn(process.execPath, [...args, '-p', String(chosen), '-H', '127.0.0.1'], {
    cwd,
    env: { ...process.env, NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${chosen}`;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`server.ts exited (${child.exitCode}):\n${output}`);
    try {
      const response = await fetch(`${url}/`, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return { url, port: chosen, process: child, output: () => output };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  child.kill('SIGKILL');
  throw new Error(`server.ts did not answer within ${timeoutMs} ms:\n${output}`);
}

/** Stops the server (SIGTERM by default; SIGKILL to simulate a crash) and waits for it to exit. */
export async function stopNextServer(
  server: NextServer,
  signal: NodeJS.Signals = 'SIGTERM',
): Promise<void> {
  if (server.process.exitCode !== null || server.process.signalCode !== null) return;
  const exited = new Promise((resolve) => server.process.once('exit', resolve));
  server.process.kill(signal);
  await exited;
}
