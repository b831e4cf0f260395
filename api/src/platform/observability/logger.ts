import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger };

/**
 * The process's JSON logger. Log lines carry ids, operation names, statuses and durations, never
 * names, NIPs, passwords or request bodies: those are personal data (DESIGN §7).
 */
export function createLogger(
  level: string,
  destination: DestinationStream = processLogDestination(1),
): Logger {
  return pino(
    {
      level,
      base: { service: 'kinerja-api' },
      timestamp: pino.stdTimeFunctions.isoTime,
      // Belt and braces: should anything ever log a request, its credentials stay out.
      redact: ['req.headers.authorization', 'headers.authorization', '*.password', 'password'],
    },
    destination,
  );
}

/**
 * Where the process logs: a file descriptor (stdout) written synchronously. One short write per
 * line costs microseconds; an asynchronous stream would lose the lines written just before
 * `process.exit` (the shutdown's "stopped", a fatal error), which are the ones an operator needs.
 */
export function processLogDestination(fd: number): DestinationStream {
  return pino.destination({ dest: fd, sync: true });
}
