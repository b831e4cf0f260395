import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * The row by id, locked for the rest of the transaction: a check-then-write on what hangs off it
 * (one objection per evaluation, acting terms that must not overlap in a unit, an account's roles)
 * then runs one transaction at a time. MariaDB: `SELECT … FOR UPDATE`; SQLite already runs one
 * write transaction at a time (`runTransaction`). Read it first in the transaction: under
 * REPEATABLE READ a transaction's snapshot starts at its first plain read, so one that waited for
 * the lock then reads what the transaction it waited for committed.
 *
 * `share` holds the row against change without excluding other holders (`LOCK IN SHARE MODE`):
 * for the many writes that depend on a row's state (a cycle's status) while one rare write changes
 * it under `update` and so waits for them, and they for it. A shared read is a current read: it
 * sees the last committed row whenever it comes in the transaction.
 *
 * On a Galera cluster every node takes writes, and row locks hold only on the node that took them,
 * so each lock is also written where certification sees it (`claimRows`): two exclusive locks of the
 * same row on two nodes, or an exclusive and a shared one, then never both commit; the later one
 * rolls back and `runTransaction` reruns it, as after a deadlock. Before locking, the node catches
 * up with the cluster (`caughtUpWithCluster`), so the rerun reads what the other one committed.
 */
export async function lockedRow<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  id: number,
  mode: 'update' | 'share' = 'update',
): Promise<T | null> {
  const query = manager.createQueryBuilder(entity, 'locked').where('locked.id = :id', { id });
  if (manager.connection.options.type === 'better-sqlite3') return query.getOne();
  await caughtUpWithCluster(manager);
  const row = await query
    .setLock(mode === 'update' ? 'pessimistic_write' : 'pessimistic_read')
    .getOne();
  if (row) await claimRows(manager, entity, [id], mode);
  return row;
}

/**
 * Rows a transaction has just locked (on MariaDB; SQLite runs one write transaction at a time),
 * claimed as writes Galera certifies (`RowClaim`). Certification knows four kinds of key, and only
 * an exclusive one (a row inserted or deleted) conflicts with a reference (a foreign key checked)
 * in both orders; an updated row only waits behind a reference certified before it, and a
 * reference behind an update, so both would commit whenever the node applying the earlier one is
 * still behind. An exclusive lock therefore deletes each row's claim and inserts it again with its
 * count one up: two of them on two nodes conflict, and so does either with a shared lock, which
 * inserts and deletes a hold whose foreign key references the claim (holders never conflict with
 * each other). The claim is made to exist first (`INSERT IGNORE`) so that the delete locks a row,
 * not the gap where it would be, which two first claims of neighbouring rows would deadlock on.
 * On one server the statements only add locks the rows' own locks already imply. `lockedRow`
 * claims what it locks; a check that locks several rows with its own query claims them here.
 */
export async function claimRows<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  ids: readonly number[],
  mode: 'update' | 'share' = 'update',
): Promise<void> {
  if (manager.connection.options.type === 'better-sqlite3' || ids.length === 0) return;
  const { tableName } = manager.connection.getMetadata(entity);
  const rowIds = [...new Set(ids)].sort((a, b) => a - b);
  await manager.query(
    `INSERT IGNORE INTO \`row_claim\` (\`tableName\`, \`rowId\`, \`claims\`) VALUES ${rowIds.map(() => '(?, ?, 0)').join(', ')}`,
    rowIds.flatMap((id) => [tableName, id]),
  );
  if (mode === 'update') {
    const previous = await manager.query<{ rowId: number; claims: number }[]>(
      `DELETE FROM \`row_claim\` WHERE \`tableName\` = ? AND \`rowId\` IN (${rowIds.map(() => '?').join(', ')})
        RETURNING \`rowId\`, \`claims\``,
      [tableName, ...rowIds],
    );
    const claims = new Map(previous.map((row) => [Number(row.rowId), Number(row.claims)]));
    await manager.query(
      `INSERT INTO \`row_claim\` (\`tableName\`, \`rowId\`, \`claims\`) VALUES ${rowIds.map(() => '(?, ?, ?)').join(', ')}`,
      rowIds.flatMap((id) => [tableName, id, (claims.get(id) ?? 0) + 1]),
    );
    return;
  }
  for (const rowId of rowIds) {
    const hold = await manager.query<{ insertId: number }>(
      'INSERT INTO `row_claim_hold` (`tableName`, `rowId`) VALUES (?, ?)',
      [tableName, rowId],
    );
    await manager.query('DELETE FROM `row_claim_hold` WHERE `id` = ?', [hold.insertId]);
  }
}

const galeraNodes = new WeakMap<DataSource, Promise<boolean>>();

/**
 * On a Galera node (`wsrep_on`), waits until the node has applied every write the cluster
 * certified before (`wsrep_sync_wait`): the lock and the transaction's reads then see what another
 * node committed a moment ago, such as the write that just rolled this transaction back. Nothing on
 * a single server.
 */
async function caughtUpWithCluster(manager: EntityManager): Promise<void> {
  const source = manager.connection;
  let galera = galeraNodes.get(source);
  if (!galera) {
    galera = source.query('SELECT @@wsrep_on AS wsrep').then(
      (rows: { wsrep: number | string }[]) => Number(rows[0]?.wsrep) === 1,
      () => false,
    );
    galeraNodes.set(source, galera);
  }
  if (await galera) await manager.query('SET STATEMENT wsrep_sync_wait = 1 FOR SELECT 1');
}
