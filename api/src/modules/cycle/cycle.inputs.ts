import { Field, Float, InputType, Int } from 'type-graphql';

@InputType()
export class CreateCycleInput {
  @Field(() => Int)
  year: number;

  @Field(() => Float, { nullable: true, defaultValue: 110 })
  exceedsThreshold?: number;

  @Field(() => Float, { nullable: true, defaultValue: 90 })
  meetsThreshold?: number;
}
