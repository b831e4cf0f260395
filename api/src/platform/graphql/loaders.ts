import DataLoader from 'dataloader';
import { type DataSource, type EntityTarget, In, type ObjectLiteral } from 'typeorm';
import { anonymitySetSizes } from '../../modules/org/anonymity-set';
import { ReportingLine } from '../../modules/org/employee.entity';

/**
 * Per-request DataLoaders: one factory for "row by id" and one for "rows by a foreign key", so
 * every relation is fetched in one statement per level whatever the number of parents.
 */
export class Loaders {
  private readonly byIdCache = new Map<unknown, DataLoader<number, unknown>>();
  private readonly manyByCache = new Map<string, DataLoader<number, unknown[]>>();

  constructor(private readonly dataSource: DataSource) {}

  byId<T extends ObjectLiteral & { id: number }>(
    entity: EntityTarget<T>,
  ): DataLoader<number, T | null> {
    let loader = this.byIdCache.get(entity);
    if (!loader) {
      loader = new DataLoader<number, T | null>(async (ids) => {
        const rows = await this.dataSource
          .getRepository(entity)
          .findBy({ id: In([...ids]) } as never);
        const byId = new Map(rows.map((row) => [Number(row.id), row]));
        return ids.map((id) => byId.get(Number(id)) ?? null);
      });
      this.byIdCache.set(entity, loader);
    }
    return loader as DataLoader<number, T | null>;
  }

  manyBy<T extends ObjectLiteral>(
    entity: EntityTarget<T>,
    column: keyof T & string,
    order: Partial<Record<keyof T & string, 'ASC' | 'DESC'>> = {},
  ): DataLoader<number, T[]> {
    const key = `${this.dataSource.getMetadata(entity).name}.${column}`;
    let loader = this.manyByCache.get(key);
    if (!loader) {
      loader = new DataLoader<number, T[]>(async (keys) => {
        const rows = await this.dataSource
          .getRepository(entity)
          .find({ where: { [column]: In([...keys]) } as never, order: order as never });
        const groups = new Map<number, T[]>();
        for (const row of rows) {
          const k = Number(row[column]);
          groups.set(k, [...(groups.get(k) ?? []), row]);
        }
        return keys.map((k) => groups.get(Number(k)) ?? []);
      });
      this.manyByCache.set(key, loader);
    }
    return loader as DataLoader<number, T[]>;
  }

  /** Everyone above an employee in the reporting line (for rule conditions). */
  readonly supervisorChainIds = new DataLoader<number, number[]>(async (employeeIds) => {
    const rows = await this.dataSource
      .getRepository(ReportingLine)
      .createQueryBuilder('line')
      .select(['line.ancestorId', 'line.descendantId'])
      .where('line.descendantId IN (:...ids)', { ids: [...employeeIds] })
      .andWhere('line.depth > 0')
      .getMany();
    const chains = new Map<number, number[]>();
    for (const row of rows)
      chains.set(row.descendantId, [...(chains.get(row.descendantId) ?? []), row.ancestorId]);
    return employeeIds.map((id) => chains.get(id) ?? []);
  });

  /** How many active employees an analyst cannot tell apart from each one (for rule conditions). */
  readonly anonymitySetSizes = new DataLoader<number, number>((employeeIds) =>
    anonymitySetSizes(this.dataSource, employeeIds),
  );
}
