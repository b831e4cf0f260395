import type { DataSource } from 'typeorm';
import type { Context } from '../../platform/graphql/context';
import { ReadableRows } from '../../platform/database/readable-rows';
import { JobHistory } from './job-history.entity';
import { staffingSqlFields } from './staffing.permissions';

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
}
