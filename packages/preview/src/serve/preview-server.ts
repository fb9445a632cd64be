import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { liveScript } from './live-script.js';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.json': 'application/json',
};

/** A running preview server: its address, and a way to tell open pages that the site changed. */
export interface PreviewServer {
  url: string;
  /** Call after the site was written again: open pages reload. */
  changed(): void;
  close(): Promise<void>;
}

/**
 * Serves the site folder on 127.0.0.1 (a free port unless one is given). When live (the
 * default), also `/__version`, which changes after each rebuild, and the reload script that
 * polls it. Only files inside the folder are served.
 */
export async function servePreview(siteDir: string, options: { port?: number; live?: boolean } = {}): Promise<PreviewServer> {
  const live = options.live ?? true;
  let version = 1;
  const root = path.resolve(siteDir);
  const server = createServer((request, response) => {
    respond(root, request, response, live ? version : undefined).catch((error: unknown) => {
      response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(error instanceof Error ? error.message : String(error));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    changed: () => {
      version += 1;
    },
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

/** Answers one request; without a version (not live) the site is served exactly as written. */
async function respond(root: string, request: IncomingMessage, response: ServerResponse, version: number | undefined): Promise<void> {
  const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
  if (version !== undefined && pathname === '/__version') return send(response, 200, 'text/plain; charset=utf-8', String(version));
  if (version !== undefined && pathname === '/assets/live.js') return send(response, 200, contentTypes['.js']!, liveScript);
  const file = path.resolve(root, `.${pathname.endsWith('/') ? `${pathname}index.html` : pathname}`);
  if (file !== root && !file.startsWith(`${root}${path.sep}`)) return send(response, 403, 'text/plain; charset=utf-8', 'Forbidden');
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) return send(response, 404, 'text/plain; charset=utf-8', 'Not found');
  response.writeHead(200, { 'content-type': contentTypes[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
  createReadStream(file).pipe(response);
}

function send(response: ServerResponse, status: number, type: string, body: string): void {
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  response.end(body);
}
