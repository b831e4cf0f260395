import { GraphQLJSON } from 'graphql-scalars';
import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { type Context, setViewer } from '../../platform/graphql/context';
import { unauthenticated } from '../../platform/graphql/errors';
import { Employee } from '../org/employee.entity';
import { Account } from './account.entity';
import { AccountService } from './account.service';
import { AuthService } from './auth.service';

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
  isSupervisor(@Root() account: Account) {
    return account.employeeId === null
      ? false
      : this.accountService.isSupervisor(account.employeeId);
  }

  @FieldResolver(() => GraphQLJSON, {
    nullable: true,
    description: 'The CASL rules of this user, for the dashboard',
  })
  abilityRules(@Ctx() context: Context) {
    return context.ability.rules;
  }
}
