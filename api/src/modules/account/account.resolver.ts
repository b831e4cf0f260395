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
import type { Context } from '../../context';
import { setViewer } from '../../context';
import { unauthenticated } from '../../platform/graphql/errors';
import { Employee } from '../org/employee.entity';
import { Account } from './account.entity';

@ObjectType({ description: 'The result of a successful login' })
export class AuthPayload {
  @Field({ description: 'JWT to send as `Authorization: Bearer <token>`' })
  token: string;

  @Field(() => Account, { description: 'The account that logged in' })
  user: Account;
}

@Resolver(() => Account)
export class AccountResolver {
  @Mutation(() => AuthPayload, {
    description: 'Log in with a NIP or username; the only operation allowed without a token',
  })
  async login(
    @Ctx() context: Context,
    @Arg('username') username: string,
    @Arg('password') password: string,
  ): Promise<AuthPayload> {
    const { token, account } = await context.services.auth.login(
      username,
      password,
      context.clientAddress,
    );
    setViewer(context, await context.services.auth.viewerOf(account));
    return { token, user: account };
  }

  @Query(() => Account)
  async me(@Ctx() context: Context) {
    if (!context.viewer) throw unauthenticated();
    return context.services.accounts.get(context.viewer.accountId);
  }

  @FieldResolver(() => Employee, { nullable: true })
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
      : context.services.accounts.isSupervisor(account.employeeId);
  }

  @FieldResolver(() => GraphQLJSON, {
    nullable: true,
    description: 'The CASL rules of this user, for the dashboard',
  })
  abilityRules(@Ctx() context: Context) {
    return context.ability.rules;
  }
}
