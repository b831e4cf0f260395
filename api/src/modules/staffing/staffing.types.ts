import { Field, ObjectType } from 'type-graphql';
import { Employee } from '../org/employee.entity';
import { PerformancePlan } from '../plan/performance-plan.entity';
import { JobHistory } from './job-history.entity';

@ObjectType({ description: 'What a mutasi did, or on a dry run would do (nothing saved)' })
export class MoveEmployeeResult {
  @Field(() => Employee, { description: 'The employee as moved' })
  employee: Employee;

  @Field(() => JobHistory, { description: 'The job-history row opened at the TMT' })
  jobHistory: JobHistory;

  @Field(() => [PerformancePlan], {
    description: 'SKPs that close the day before the TMT (their finished periods stay as they are)',
  })
  closedPlans: PerformancePlan[];

  @Field(() => [PerformancePlan], {
    description: 'SKPs started at the TMT for the new post (DRAFT), with their pejabat penilai',
  })
  startedPlans: PerformancePlan[];

  @Field(() => Employee, {
    nullable: true,
    description: 'The new atasan langsung; null for the head of the kecamatan',
  })
  supervisor: Employee | null;

  @Field(() => [Employee], {
    description: 'Staff who now answer to someone else (the post they followed changed hands)',
  })
  reassignedStaff: Employee[];

  @Field({ description: 'True when nothing was saved (a preview for the confirmation)' })
  dryRun: boolean;
}
