import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../platform/graphql/context';
import { parseId } from '../../platform/graphql/ids';
import { Employee } from './employee.entity';
import { EmployeeSeparation } from './employee-separation.entity';
import { DeactivateEmployeeInput } from './employee-separation.inputs';
import { EmployeeSeparationService } from './employee-separation.service';

@Resolver(() => Employee)
export class EmployeeSeparationResolver {
  constructor(private readonly separations: EmployeeSeparationService) {}

  @Mutation(() => Employee, {
    description:
      'HR records that an employee leaves (retirement, resignation, death…): the record becomes inactive and their account is disabled with every session ended, in one transaction',
  })
  deactivateEmployee(
    @Ctx() context: Context,
    @Arg('id', () => ID, { description: 'The employee’s id' }) id: string,
    @Arg('input', () => DeactivateEmployeeInput, {
      description: 'Why, from when, and the employee’s version',
    })
    input: DeactivateEmployeeInput,
  ) {
    return this.separations.deactivate(context, parseId(id, 'id'), input);
  }

  @FieldResolver(() => EmployeeSeparation, {
    nullable: true,
    description: 'Why and when the employee left (null while active); HR only',
  })
  separation(@Root() employee: Employee) {
    return this.separations.latestOf(employee);
  }
}
