/**
 * A scriptable HTTP server on 127.0.0.1 for client tests: records every request and answers with whatever
 * the test's handler returns, so a client can be checked against the documented wire contract itself.
 */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StubRequest {
  method: string;
  url: URL;
  headers: IncomingHttpHeaders;
  body: string;
  at: number;
}

export interface StubReply {
  status?: number;
  headers?: Record<string, string>;
  /** Objects are sent as JSON; strings as they are. */
  body?: unknown;
  /** Answer after this many ms. */
  delayMs?: number;
}

export type StubHandler = (req: StubRequest) => StubReply | Promise<StubReply>;

export interface HttpStub {
  url: string;
  requests: StubRequest[];
  /** Replaces the handler. */
  handle(handler: StubHandler): void;
  close(): Promise<void>;
}

export async function startHttpStub(
  handler: StubHandler = () => ({ status: 404, body: {} }),
): Promise<HttpStub> {
  let current = handler;
  const requests: StubRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const request: StubRequest = {
        method: req.method ?? 'GET',
        url: new URL(req.url ?? '/', 'http://stub'),
        headers: req.headers,
        body: Buffer.concat(chunks).toString(),
        at: Date.now(),
      };
      requests.push(request);
      const reply = await current(request);
      if (reply.delayMs) await new Promise((r) => setTimeout(r, reply.delayMs));
      const body = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body ?? {});
      res.writeHead(reply.status ?? 200, { 'content-type': 'application/json', ...reply.headers });
      res.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    handle(next) {
      current = next;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
