/**
 * `npm run bench -- --layers`, the JavaScript alone: each layer of a case run with every statement
 * answered from memory, with the rows it returned when it last ran against the database, a turn of
 * the event loop later (as a socket read would arrive). What is left is this process's own work per
 * request: no database time, no waiting, none of the noise a shared machine adds to both sides. The
 * baseline's JavaScript is the driver's (formatting, writing, parsing rows), which the replay skips
 * on both sides alike.
 */
type Callback = (error: Error | null, rows?: unknown) => void;
type Connection = {
  query(sql: string | { sql: string }, values: unknown, callback: Callback): unknown;
  release(): void;
  destroy(): void;
};
type Handout = (error: Error | null, connection: Connection) => void;
export type ReplayablePool = { getConnection(callback: Handout): void };

const keyOf = (sql: string | { sql: string }, values: unknown) =>
  `${typeof sql === 'string' ? sql : sql.sql}\u0000${JSON.stringify(values ?? [])}`;

/**
 * Takes over a mysql2 pool's `getConnection`: `record` passes statements through and keeps their
 * rows, `replay` answers them from what was kept (a statement never recorded fails), `restore`
 * gives the pool back.
 */
export class StatementReplay {
  private readonly rows = new Map<string, unknown>();
  private readonly original: ReplayablePool['getConnection'];
  private mode: 'record' | 'replay' = 'record';

  constructor(private readonly pool: ReplayablePool) {
    this.original = pool.getConnection.bind(pool);
    pool.getConnection = (callback) =>
      this.mode === 'record' ? this.recording(callback) : callback(null, this.replaying());
  }

  record() {
    this.mode = 'record';
  }

  replay() {
    this.mode = 'replay';
  }

  restore() {
    this.pool.getConnection = this.original;
  }

  get statements() {
    return this.rows.size;
  }

  private recording(callback: Handout) {
    this.original((error, connection) => {
      if (error) return callback(error, connection);
      const wrapped: Connection = {
        query: (sql, values, done) =>
          connection.query(sql, values, (queryError, rows) => {
            if (!queryError) this.rows.set(keyOf(sql, values), rows);
            done(queryError, rows);
          }),
        release: () => connection.release(),
        destroy: () => connection.destroy(),
      };
      callback(null, wrapped);
    });
  }

  private replaying(): Connection {
    return {
      query: (sql, values, done) => {
        const key = keyOf(sql, values);
        setImmediate(() =>
          this.rows.has(key)
            ? done(null, this.rows.get(key))
            : done(new Error(`Not recorded: ${key.slice(0, 200)}`)),
        );
      },
      release: () => undefined,
      destroy: () => undefined,
    };
  }
}
