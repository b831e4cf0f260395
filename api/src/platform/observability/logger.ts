import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger };

/**
 * The process's JSON logger. Log lines carry ids, operation names, statuses and durations, never
 * names, NIPs, passwords or request bodies: those are personal data (DESIGN §7).
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
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
