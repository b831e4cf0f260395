import type { Server } from 'node:http';

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
    // Keep-alive sockets with no request in flight would hold close() open until they time out.
    http.closeIdleConnections();
  });
}
