import 'reflect-metadata';
import { graphql } from 'graphql';
import {
  Arg,
  buildSchemaSync,
  type ContainerType,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { callFieldResolversDirectly } from '../direct-field-resolvers';

@ObjectType()
class Unit {
  @Field(() => ID) id!: number;
  @Field() name!: string;
}

@ObjectType()
class Person {
  @Field(() => ID) id!: number;
  @Field() name!: string;
  unitId!: number;
}

type TestContext = { units: Map<number, Unit>; seen: unknown[] };
const person = (id: number, unitId: number) =>
  Object.assign(new Person(), { id, name: `P${id}`, unitId });

@Resolver(() => Person)
class PersonResolver {
  constructor(private readonly rows: object[]) {}

  @Query(() => [Person])
  people() {
    return this.rows;
  }

  // Parent and context: called directly.
  @FieldResolver(() => Unit, { nullable: true })
  unit(@Root() root: Person, @Ctx() context: TestContext) {
    context.seen.push(root);
    return context.units.get(root.unitId) ?? null;
  }

  // The context first: the same, in the method's own order.
  @FieldResolver(() => String)
  label(@Ctx() context: TestContext, @Root() root: Person) {
    return `${root.name}/${context.units.get(root.unitId)?.name ?? '-'}`;
  }

  // An argument: type-graphql's handler converts and passes it.
  @FieldResolver(() => String)
  shout(@Root() root: Person, @Arg('times', () => Int) times: number) {
    return root.name.repeat(times);
  }
}

const QUERY = `{ people { id unit { name } label shout(times: 2) } }`;

function schemaWith(people: object[]) {
  const resolver = new PersonResolver(people);
  const get = jest.fn<unknown, [unknown]>(() => resolver);
  const container: ContainerType = { get };
  const schema = callFieldResolversDirectly(
    buildSchemaSync({ resolvers: [PersonResolver], container, validate: false }),
    container,
  );
  return { schema, get };
}

async function run(people: object[]) {
  const { schema, get } = schemaWith(people);
  const context: TestContext = {
    units: new Map([
      [1, Object.assign(new Unit(), { id: 1, name: 'Gayungan' })],
      [2, Object.assign(new Unit(), { id: 2, name: 'Ketintang' })],
    ]),
    seen: [],
  };
  const result = await graphql({ schema, source: QUERY, contextValue: context });
  return { result, context, lookups: get.mock.calls.length };
}

const ANSWER = {
  people: [
    { id: '1', unit: { name: 'Gayungan' }, label: 'P1/Gayungan', shout: 'P1P1' },
    { id: '2', unit: { name: 'Ketintang' }, label: 'P2/Ketintang', shout: 'P2P2' },
    { id: '3', unit: null, label: 'P3/-', shout: 'P3P3' },
  ],
};

describe('callFieldResolversDirectly', () => {
  it('answers as type-graphql’s handler does, the parameters in the method’s order', async () => {
    const { result, context } = await run([person(1, 1), person(2, 2), person(3, 9)]);
    expect(result).toEqual({ data: ANSWER });
    expect(context.seen.every((root) => root instanceof Person)).toBe(true);
  });

  it('looks the resolver up once per field, not once per value (the handler’s cost)', async () => {
    const three = await run([person(1, 1), person(2, 2), person(3, 9)]);
    const six = await run([1, 2, 3, 4, 5, 6].map((id) => person(id, 1)));
    // `people` and `shout` (an argument) keep the handler: once per call; `unit` and `label`
    // once each, whatever the number of people.
    expect(three.lookups).toBe(1 + 3 + 2);
    expect(six.lookups).toBe(1 + 6 + 2);
  });

  it('hands a parent that is not an instance of its class to the handler, which converts it', async () => {
    const { result, context } = await run([
      { id: 1, name: 'P1', unitId: 1 },
      { id: 2, name: 'P2', unitId: 2 },
      { id: 3, name: 'P3', unitId: 9 },
    ]);
    expect(result).toEqual({ data: ANSWER });
    expect(context.seen).toHaveLength(3);
    expect(context.seen.every((root) => root instanceof Person)).toBe(true);
  });
});
