import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

// Rows per INSERT: at ~30 columns this stays under SQLite's 32 766 bound parameters and well
// under MariaDB's packet size.
export const ROWS_PER_INSERT = 500;
export const IDS_PER_QUERY = 500;

/** The seeds' one way to write many rows: multi-row INSERTs in chunks, inside the caller's transaction. */
export async function insertBulk<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  rows: Partial<T>[],
): Promise<void> {
  for (const chunk of chunksOf(rows, ROWS_PER_INSERT)) {
    await manager
      .createQueryBuilder()
      .insert()
      .into(target)
      .values(chunk)
      .updateEntity(false)
      .execute();
  }
}

export function chunksOf<T>(items: T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size)
    chunks.push(items.slice(start, start + size));
  return chunks;
}
