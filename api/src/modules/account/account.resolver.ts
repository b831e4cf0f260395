import { GraphQLJSON } from 'graphql-scalars';
import {
  Arg,
  Args,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Role } from '../../platform/auth/role';
import { distinctRules } from '../../platform/authz/abilities';
import { type Context, setViewer } from '../../platform/graphql/context';
import { unauthenticated } from '../../platform/graphql/errors';
import { parseId } from '../../platform/graphql/ids';
import { ConnectionType, PageArgs } from '../../platform/graphql/pagination';
import { Employee } from '../org/employee.entity';
import { Account } from './account.entity';
import { AccountFilter } from './account.inputs';
import { AccountService } from './account.service';
import { AuthService } from './auth.service';

export const UserConnection = ConnectionType(Account, 'User');

@ObjectType({ description: 'A password reset by HR: the one-time password is shown only here' })
export class PasswordResetPayload {
  @Field(() => Account, { description: 'The account, now waiting for its owner to change it' })
  user: Account;

  @Field({
    description:
      'The one-time password to hand to the owner; never stored in clear nor shown again',
  })
  oneTimePassword: string;
}

const REASON_DESCRIPTION = 'Why, kept in the audit log (at most 500 characters)';

@ObjectType({ description: 'The result of a successful login' })
export class AuthPayload {
  @Field({ description: 'JWT to send as `Authorization: Bearer <token>`' })
  token: string;

  @Field(() => Account, { description: 'The account that logged in' })
  user: Account;
}

@Resolver(() => Account)
export class AccountResolver {
  constructor(
    private readonly authService: AuthService,
    private readonly accountService: AccountService,
  ) {}

  @Mutation(() => AuthPayload, {
    description: 'Log in with a NIP or username; the only operation allowed without a token',
  })
  async login(
    @Ctx() context: Context,
    @Arg('username', { description: 'The NIP (18 digits) or the account’s username' })
    username: string,
    @Arg('password', { description: 'The account’s password' }) password: string,
  ): Promise<AuthPayload> {
    const { token, account } = await this.authService.login(
      username,
      password,
      context.clientAddress,
    );
    setViewer(context, await this.authService.viewerOf(account));
    return { token, user: account };
  }

  @Query(() => Account, {
    description: 'The logged-in user: account, roles, linked employee and permission rules',
  })
  async me(@Ctx() context: Context) {
    if (!context.viewer) throw unauthenticated('LOGIN_REQUIRED', 'Log in first');
    return this.accountService.get(context.viewer.accountId);
  }

  @Mutation(() => AuthPayload, {
    description:
      'Change your own password (the current one is required); ends your other sessions and returns a fresh token',
  })
  async changePassword(
    @Ctx() context: Context,
    @Arg('currentPassword', { description: 'The password (or one-time password) in use now' })
    currentPassword: string,
    @Arg('newPassword', {
      description: 'At least 10 characters and hard to guess (zxcvbn score 3 or more)',
    })
    newPassword: string,
  ): Promise<AuthPayload> {
    const account = await this.accountService.changePassword(context, currentPassword, newPassword);
    setViewer(context, await this.authService.viewerOf(account));
    return { token: this.authService.tokenFor(account), user: account };
  }

  @Query(() => UserConnection, {
    description: 'Login accounts, by username (HR reads all; anyone else only their own)',
  })
  accounts(
    @Ctx() context: Context,
    @Arg('filter', () => AccountFilter, {
      nullable: true,
      description: 'Username, name or NIP; role; locked; active',
    })
    filter: AccountFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
  ) {
    return this.accountService.list(context, filter, page);
  }

  @Query(() => Account, { nullable: true, description: 'One login account' })
  account(
    @Ctx() context: Context,
    @Arg('id', () => ID, { description: 'The account’s id' }) id: string,
  ) {
    return this.accountService.getReadable(context, parseId(id, 'id'));
  }

  @Mutation(() => PasswordResetPayload, {
    description:
      'HR sets a one-time password (returned once), forces a change at next login and ends every session',
  })
  async resetPassword(
    @Ctx() context: Context,
    @Arg('id', () => ID, { description: 'The account’s id' }) id: string,
  ): Promise<PasswordResetPayload> {
    const { account, oneTimePassword } = await this.accountService.resetPassword(
      context,
      parseId(id, 'id'),
    );
    return { user: account, oneTimePassword };
  }

  @Mutation(() => Account, {
    description: 'HR locks an account: it cannot log in and its sessions end (not your own)',
  })
  lockAccount(
    @Ctx() context: Context,
    @Arg('id', () => ID, { description: 'The account’s id' }) id: string,
    @Arg('reason', () => String, { nullable: true, description: REASON_DESCRIPTION })
    reason?: string | null,
  ) {
    return this.accountService.setLocked(context, parseId(id, 'id'), true, reason);
  }

  @Mutation(() => Account, { description: 'HR unlocks a locked account' })
  unlockAccount(
    @Ctx() context: Context,
    @Arg('id', () => ID, { description: 'The account’s id' }) id: string,
    @Arg('reason', () => String, { nullable: true, description: REASON_DESCRIPTION })
    reason?: string | null,
  ) {
    return this.accountService.setLocked(context, parseId(id, 'id'), false, reason);
  }

  @Mutation(() => Account, {
    description: 'HR grants HR_ADMIN, ANALYST or LEADER (HR_ADMIN and LEADER never together)',
  })
  grantRole(
    @Ctx() context: Context,
    @Arg('id', () => ID, { description: 'The account’s id' }) id: string,
    @Arg('role', () => Role, { description: 'HR_ADMIN, ANALYST or LEADER' }) role: Role,
    @Arg('reason', () => String, { nullable: true, description: REASON_DESCRIPTION })
    reason?: string | null,
  ) {
    return this.accountService.setRole(context, parseId(id, 'id'), role, true, reason);
  }

  @Mutation(() => Account, {
    description:
      'HR removes HR_ADMIN, ANALYST or LEADER (not your own HR_ADMIN, never the last HR_ADMIN)',
  })
  removeRole(
    @Ctx() context: Context,
    @Arg('id', () => ID, { description: 'The account’s id' }) id: string,
    @Arg('role', () => Role, { description: 'HR_ADMIN, ANALYST or LEADER' }) role: Role,
    @Arg('reason', () => String, { nullable: true, description: REASON_DESCRIPTION })
    reason?: string | null,
  ) {
    return this.accountService.setRole(context, parseId(id, 'id'), role, false, reason);
  }

  @FieldResolver(() => Employee, {
    nullable: true,
    description: 'The employee who uses this account (null for HR and analyst accounts)',
  })
  employee(@Root() account: Account, @Ctx() context: Context) {
    return account.employeeId === null
      ? null
      : context.loaders.byId(Employee).load(account.employeeId);
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description: 'Supervises at least one active employee (derived)',
  })
  isSupervisor(@Root() account: Account, @Ctx() context: Context) {
    return account.employeeId === null
      ? false
      : this.accountService.isSupervisor(context, account.employeeId);
  }

  @FieldResolver(() => GraphQLJSON, {
    nullable: true,
    description: 'The CASL rules of this user, for the dashboard',
  })
  abilityRules(@Root() account: Account, @Ctx() context: Context) {
    // The rules describe the viewer: another account's are not computed here.
    return account.id === context.viewer?.accountId ? distinctRules(context.ability.rules) : null;
  }
}

/** HR's view of an employee's login account, on the employee. */
@Resolver(() => Employee)
export class EmployeeAccountResolver {
  @FieldResolver(() => Account, {
    nullable: true,
    description: 'The employee’s login account (username = NIP); HR only',
  })
  async account(@Root() employee: Employee, @Ctx() context: Context) {
    const accounts = await context.loaders.manyBy(Account, 'employeeId').load(employee.id);
    return accounts[0] ?? null;
  }
}
