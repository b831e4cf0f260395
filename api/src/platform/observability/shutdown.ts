import type { Server } from 'node:http';
import type { Logger } from './logger';

/**
 * Stops an HTTP server gracefully: no new connections, idle keep-alive sockets closed, requests
 * in flight answered. Resolves `true` when everything finished within `timeoutMs`, else cuts the
 * remaining connections and resolves `false`.
 */
export function closeGracefully(http: Server, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    let done = false;
    const timer = setTimeout(() => {
      if (done) return;
      done = true;
      http.closeAllConnections();
      resolve(false);
    }, timeoutMs);
    timer.unref();
    http.close(() => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      resolve(true);
    });
    // Keep-alive sockets with no request in flight would hold close() open until they time out;
    // so would those that go idle later, when their last request is answered.
    const idle = setInterval(() => http.closeIdleConnections(), 50);
    idle.unref();
    http.once('close', () => clearInterval(idle));
    http.closeIdleConnections();
  });
}

/** What stopping the process needs: the listening server and what to close after it. */
export interface ProcessParts {
  http: Server;
  logger: Logger;
  /** Stops taking traffic: /readyz answers 503 and responses say `Connection: close`. */
  drain(): void;
  /** Closes what serves requests (Apollo), then the database pool, in that order. */
  closeAfter: ReadonlyArray<() => Promise<void>>;
  timeoutMs: number;
  exit(code: number): void;
}

/**
 * The SIGTERM/SIGINT sequence: drain, answer what is in flight, close the rest, log, and exit 0
 * (clean) or 1 (connections were cut, or closing failed). The log is flushed before exiting (the
 * process logger writes synchronously, see `processLogDestination`).
 */
export async function stopProcess(parts: ProcessParts, signal: string): Promise<void> {
  const { http, logger, timeoutMs } = parts;
  logger.info({ signal, timeoutMs }, 'shutting down');
  let code = 1;
  try {
    parts.drain();
    const clean = await closeGracefully(http, timeoutMs);
    for (const close of parts.closeAfter) await close();
    logger.info({ clean }, 'stopped');
    code = clean ? 0 : 1;
  } catch (error) {
    logger.error({ err: error }, 'shutdown failed');
  }
  logger.flush(() => parts.exit(code));
}
