import {
  Arg,
  Args,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context } from '../../platform/graphql/context';
import { parseId } from '../../platform/graphql/ids';
import { ConnectionType, PageArgs } from '../../platform/graphql/pagination';
import { jakartaDate } from '../cycle/utils/periods.util';
import { Employee } from '../org/employee.entity';
import { OrgUnit } from '../org/org-unit.entity';
import { Position } from '../org/position.entity';
import { PerformancePlan } from '../plan/performance-plan.entity';
import type { PlanService } from '../plan/plan.service';
import { ActingAssignment } from './acting-assignment.entity';
import { ActingAssignmentService } from './acting-assignment.service';
import { JobHistory } from './job-history.entity';
import { JobHistoryService } from './job-history.service';
import { MutasiService } from './mutasi.service';
import {
  ActingAssignmentFilter,
  CreateActingAssignmentInput,
  MoveEmployeeInput,
} from './staffing.inputs';
import { ActingStatus } from './staffing.enums';
import { MoveEmployeeResult } from './staffing.types';

export const ActingAssignmentConnection = ConnectionType(ActingAssignment, 'ActingAssignment');

@Resolver()
export class StaffingResolver {
  constructor(
    private readonly mutasiService: MutasiService,
    private readonly actingAssignmentService: ActingAssignmentService,
    private readonly jobHistoryService: JobHistoryService,
  ) {}

  @Query(() => [JobHistory], {
    description:
      'Riwayat jabatan of one employee, newest first (self, supervisor chain, LEADER and HR); empty for anyone else',
  })
  jobHistory(
    @Ctx() context: Context,
    @Arg('employeeId', () => ID, { description: 'The employee’s id' }) employeeId: string,
  ) {
    return this.jobHistoryService.ofEmployee(context, parseId(employeeId, 'employeeId'));
  }

  @Query(() => ActingAssignmentConnection, {
    description: 'Acting officials (Plt/Plh), newest first, as far as the viewer may read them',
  })
  actingAssignments(
    @Ctx() context: Context,
    @Arg('filter', () => ActingAssignmentFilter, {
      nullable: true,
      description: 'Unit, acting official, only current terms',
    })
    filter: ActingAssignmentFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
  ) {
    return this.actingAssignmentService.list(context, filter, page);
  }

  @Mutation(() => MoveEmployeeResult, {
    description:
      'HR moves an employee (mutasi, rotation, promotion, kenaikan pangkat) with a TMT: job history, unit head, reporting line, the SKP split at the TMT and every open SKP’s pejabat penilai, in one transaction',
  })
  async moveEmployee(
    @Ctx() context: Context,
    @Arg('input', () => MoveEmployeeInput, { description: 'The move' }) input: MoveEmployeeInput,
    @Arg('dryRun', () => Boolean, {
      nullable: true,
      defaultValue: false,
      description: 'Work out and return what would happen, saving nothing',
    })
    dryRun: boolean,
  ) {
    const outcome = await this.mutasiService.move(context, input, dryRun);
    const people = context.loaders.byId(Employee);
    const result: MoveEmployeeResult = {
      employee: outcome.employee,
      jobHistory: outcome.jobHistory,
      closedPlans: outcome.closedPlans,
      startedPlans: outcome.startedPlans,
      supervisor: outcome.supervisorId === null ? null : await people.load(outcome.supervisorId),
      reassignedStaff: (await people.loadMany(outcome.reassignedIds)).filter(
        (row): row is Employee => row instanceof Employee,
      ),
      dryRun: outcome.dryRun,
    };
    return result;
  }

  @Mutation(() => ActingAssignment, {
    description:
      'HR records a Plt/Plh for a unit head; during the term they are the pejabat penilai of the head’s staff',
  })
  createActingAssignment(
    @Ctx() context: Context,
    @Arg('input', () => CreateActingAssignmentInput, { description: 'The acting term' })
    input: CreateActingAssignmentInput,
  ) {
    return this.actingAssignmentService.create(context, input);
  }

  @Mutation(() => ActingAssignment, {
    description:
      'HR ends an acting term early; from the next day the acting official no longer evaluates',
  })
  endActingAssignment(
    @Ctx() context: Context,
    @Arg('id', () => ID, { description: 'The acting assignment' }) id: string,
    @Arg('version', () => Int, { description: 'Its version as read (stale → CONFLICT)' })
    version: number,
    @Arg('endsOn', () => String, {
      nullable: true,
      description: 'The last day of the term, YYYY-MM-DD; today when left out',
    })
    endsOn?: string | null,
  ) {
    return this.actingAssignmentService.end(context, parseId(id, 'id'), version, endsOn);
  }

  @Mutation(() => ActingAssignment, {
    description: 'HR cancels an acting term recorded in error: it never counted',
  })
  cancelActingAssignment(
    @Ctx() context: Context,
    @Arg('id', () => ID, { description: 'The acting assignment' }) id: string,
    @Arg('version', () => Int, { description: 'Its version as read (stale → CONFLICT)' })
    version: number,
  ) {
    return this.actingAssignmentService.cancel(context, parseId(id, 'id'), version);
  }
}

@Resolver(() => JobHistory)
export class JobHistoryResolver {
  @FieldResolver(() => Employee, { nullable: true, description: 'Whose history this is' })
  employee(@Root() row: JobHistory, @Ctx() context: Context) {
    return context.loaders.byId(Employee).load(row.employeeId);
  }

  @FieldResolver(() => OrgUnit, { nullable: true, description: 'The unit kerja in this stretch' })
  unit(@Root() row: JobHistory, @Ctx() context: Context) {
    return context.loaders.byId(OrgUnit).load(row.unitId);
  }

  @FieldResolver(() => Position, { nullable: true, description: 'The jabatan in this stretch' })
  position(@Root() row: JobHistory, @Ctx() context: Context) {
    return context.loaders.byId(Position).load(row.positionId);
  }

  @FieldResolver(() => Employee, {
    nullable: true,
    description: 'The atasan langsung when the stretch began',
  })
  supervisor(@Root() row: JobHistory, @Ctx() context: Context) {
    return row.supervisorId === null ? null : context.loaders.byId(Employee).load(row.supervisorId);
  }
}

@Resolver(() => ActingAssignment)
export class ActingAssignmentResolver {
  @FieldResolver(() => Employee, { nullable: true, description: 'The acting official' })
  employee(@Root() row: ActingAssignment, @Ctx() context: Context) {
    return context.loaders.byId(Employee).load(row.employeeId);
  }

  @FieldResolver(() => OrgUnit, { nullable: true, description: 'The unit whose head they act for' })
  unit(@Root() row: ActingAssignment, @Ctx() context: Context) {
    return context.loaders.byId(OrgUnit).load(row.unitId);
  }

  @FieldResolver(() => ActingStatus, { nullable: true, description: 'Where the term stands today' })
  status(@Root() row: ActingAssignment, @Ctx() context: Context) {
    if (row.cancelledAt !== null) return ActingStatus.CANCELLED;
    const today = jakartaDate(context.now);
    if (today < row.startsOn) return ActingStatus.UPCOMING;
    return today <= row.endsOn ? ActingStatus.IN_TERM : ActingStatus.ENDED;
  }
}

/** Both SKPs of a cycle split by a mutasi, for the annual evaluation and the dashboard. */
@Resolver(() => PerformancePlan)
export class PlanTermsResolver {
  constructor(private readonly planService: PlanService) {}

  @FieldResolver(() => [PerformancePlan], {
    nullable: true,
    description:
      'Every SKP of the same employee and cycle the viewer may read, by sequence, each with its startsOn–endsOn (two or more after a mutasi)',
  })
  cyclePlans(@Root() plan: PerformancePlan, @Ctx() context: Context) {
    return this.planService.cyclePlans(context, plan);
  }
}
