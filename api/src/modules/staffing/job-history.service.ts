import type { DataSource } from 'typeorm';
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
