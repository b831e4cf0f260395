import type { DataSource, EntityManager } from 'typeorm';
import type { Context } from '../../platform/graphql/context';
import { ReadableRows } from '../../platform/database/readable-rows';
import { JobHistory } from './job-history.entity';
import { staffingSqlFields } from './staffing.permissions';
import { type CurrentPost, currentPosts } from './utils/current-post.util';

/** Riwayat jabatan, as far as the viewer may read it. */
export class JobHistoryService {
  private readonly rows: ReadableRows<JobHistory>;

  constructor(dataSource: DataSource) {
    this.rows = new ReadableRows(dataSource, JobHistory, 'history', staffingSqlFields('history'));
  }

  /** One employee's history, newest first; empty when the viewer may not read it. */
  ofEmployee(context: Context, employeeId: number): Promise<JobHistory[]> {
    return this.rows
      .query(context.ability)
      .andWhere('history.employeeId = :employeeId', { employeeId })
      .orderBy('history.startsOn', 'DESC')
      .addOrderBy('history.id', 'DESC')
      .getMany();
  }

  /**
   * The current post (TMT and decree) of every active employee whose history the viewer may read,
   * in one statement however many there are: the roster export's TMT and Nomor SK Jabatan.
   */
  async currentPostsOfActive(context: Context): Promise<Map<number, CurrentPost>> {
    const rows = await this.rows
      .query(context.ability)
      .andWhere(
        'history.employeeId IN (SELECT member.id FROM employee member WHERE member.active = :active)',
        { active: true },
      )
      .getMany();
    return currentPosts({ rows });
  }
}

/**
 * The first day of an SKP of `year` for the employee: the first day of their riwayat jabatan when
 * it falls inside the year after 1 January (they arrived in the kecamatan that year), else null
 * (the SKP covers the year from its start). A mutasi later in the year splits the SKP at its TMT.
 */
export async function planStartFor(
  manager: EntityManager,
  employeeId: number,
  year: number,
): Promise<string | null> {
  const first = await manager
    .createQueryBuilder()
    .select('MIN(history.startsOn)', 'startsOn')
    .from(JobHistory, 'history')
    .where('history.employeeId = :employeeId', { employeeId })
    .getRawOne<{ startsOn: string | null }>();
  const startsOn = first?.startsOn ?? null;
  return startsOn !== null && startsOn > `${year}-01-01` && startsOn <= `${year}-12-31`
    ? startsOn
    : null;
}
