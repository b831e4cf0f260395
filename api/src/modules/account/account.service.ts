import { type DataSource } from 'typeorm';
import { notFound } from '../../platform/graphql/errors';
import { Employee } from '../org/employee.entity';
import { Account } from './account.entity';

export class AccountService {
  constructor(private readonly dataSource: DataSource) {}

  async get(id: number): Promise<Account> {
    const account = await this.dataSource.getRepository(Account).findOneBy({ id });
    if (!account) throw notFound('User', id);
    return account;
  }

  isSupervisor(employeeId: number): Promise<boolean> {
    return this.dataSource
      .getRepository(Employee)
      .existsBy({ supervisorId: employeeId, active: true });
  }
}
