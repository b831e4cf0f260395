import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createLogger, processLogDestination } from '../logger';
import { stopProcess, type ProcessParts } from '../shutdown';

/**
 * A server whose `/slow` answers after `delayMs`, and the process logger writing to a file;
 * `arrived` settles once the server holds a request (a stop begun before it would refuse it).
 */
async function setUp(delayMs: number) {
  let received = () => {};
  const arrived = new Promise<void>((resolve) => (received = resolve));
  const server = http.createServer((req, res) => {
    received();
    const answer = setTimeout(() => res.end('done'), req.url === '/slow' ? delayMs : 0);
    // A cut request stops its answer: a pending timer would keep the test worker from exiting.
    res.once('close', () => clearTimeout(answer));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-stop-')), 'log.ndjson');
  const logger = createLogger('info', processLogDestination(fs.openSync(file, 'w')));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { server, file, logger, url, arrived };
}

/** Runs the stop sequence; resolves with the exit code and the log as it was at exit time. */
function stop(parts: Omit<ProcessParts, 'exit'>, file: string) {
  return new Promise<{ code: number; log: string[] }>((resolve) => {
    void stopProcess(
      {
        ...parts,
        exit: (code: number) =>
          resolve({
            code,
            log: fs
              .readFileSync(file, 'utf8')
              .split('\n')
              .filter(Boolean)
              .map((line) => (JSON.parse(line) as { msg: string }).msg),
          }),
      },
      'SIGTERM',
    );
  });
}

describe('stopProcess', () => {
  it('answers the request in flight, closes in order, and flushes "stopped" before exiting 0', async () => {
    const { server, file, logger, url, arrived } = await setUp(150);
    const closed: string[] = [];
    let drained = false;
    const inFlight = fetch(`${url}/slow`).then((response) => response.text());
    await arrived;
    const result = await stop(
      {
        http: server,
        logger,
        drain: () => (drained = true),
        closeAfter: [async () => void closed.push('apollo'), async () => void closed.push('pool')],
        timeoutMs: 2000,
      },
      file,
    );
    expect(await inFlight).toBe('done');
    expect(drained).toBe(true);
    expect(closed).toEqual(['apollo', 'pool']);
    expect(result).toEqual({ code: 0, log: ['shutting down', 'stopped'] });
  });

  it('cuts a request that outlives the timeout and exits 1', async () => {
    const { server, file, logger, url, arrived } = await setUp(5000);
    const inFlight = fetch(`${url}/slow`).then(
      () => 'answered',
      () => 'cut',
    );
    await arrived;
    const result = await stop(
      {
        http: server,
        logger,
        drain: () => undefined,
        closeAfter: [],
        timeoutMs: 100,
      },
      file,
    );
    expect(await inFlight).toBe('cut');
    expect(result).toEqual({ code: 1, log: ['shutting down', 'stopped'] });
  });

  it('logs a failure to close and exits 1 instead of leaving a rejected promise', async () => {
    const { server, file, logger } = await setUp(0);
    const result = await stop(
      {
        http: server,
        logger,
        drain: () => undefined,
        closeAfter: [
          async () => {
            throw new Error('pool already closed');
          },
        ],
        timeoutMs: 1000,
      },
      file,
    );
    expect(result).toEqual({ code: 1, log: ['shutting down', 'shutdown failed'] });
  });
});
