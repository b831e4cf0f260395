import { Field, InputType } from 'type-graphql';
import { Role } from '../../platform/auth/role';

@InputType({ description: 'Filters for HR’s account list' })
export class AccountFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Part of the username, or of the employee’s name or NIP',
  })
  search?: string | null;

  @Field(() => Role, { nullable: true, description: 'Only accounts holding this role' })
  role?: Role | null;

  @Field(() => Boolean, { nullable: true, description: 'Only locked (true) or unlocked (false)' })
  locked?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only active (true) or deactivated (false) accounts',
  })
  active?: boolean | null;
}
