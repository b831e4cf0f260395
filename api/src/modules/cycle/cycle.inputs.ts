import { Field, Float, InputType, Int } from 'type-graphql';

@InputType({
  description: 'A new performance year; it starts in PLANNING with the default deadlines',
})
export class CreateCycleInput {
  @Field(() => Int, { description: 'The calendar year, 2020 to 2100; one cycle per year' })
  year: number;

  @Field(() => Float, {
    nullable: true,
    defaultValue: 110,
    description:
      'Achievement (%) above which the suggested result rating is DI_ATAS_EKSPEKTASI; above meetsThreshold, at most 120',
  })
  exceedsThreshold?: number;

  @Field(() => Float, {
    nullable: true,
    defaultValue: 90,
    description:
      'Achievement (%) from which the suggested result rating is SESUAI_EKSPEKTASI; above 0, at most 100',
  })
  meetsThreshold?: number;
}
