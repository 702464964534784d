import 'reflect-metadata';
import { graphql, GraphQLSchema } from 'graphql';
import { Max } from 'class-validator';
import {
  Arg,
  Args,
  ArgsType,
  Field,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
} from 'type-graphql';
import { buildFederatedSchema } from '../../services/shared/src/federated-schema';
import { ArgumentRules, CalendarDate, Items, Note, rule, Text } from '../../services/shared/src/input-rules';

@InputType()
class PartInput {
  @Field() @Text(8) code!: string;
  @Field(() => ID, { nullable: true }) unitId?: string | null;
}

@InputType()
class ThingInput {
  @Field() @Text(20, { min: 3 }) title!: string;
  @Field(() => String, { nullable: true }) @Note(100) note?: string | null;
  @Field(() => String, { nullable: true }) @CalendarDate() heldOn?: string | null;
  @Field(() => Int, { nullable: true }) @Max(10, { message: 'count must be at most 10' }) count?:
    number | null;
  @Field(() => [PartInput], { nullable: true }) @Items(2) parts?: PartInput[] | null;
}

@ArgsType()
class SearchArgs {
  @Field(() => String, { nullable: true }) @Text(5) search?: string | null;
}

@ObjectType()
class Echo {
  @Field() json!: string;
}

@Resolver()
class EchoResolver {
  @Query(() => String) find(@Args() { search }: SearchArgs) {
    return JSON.stringify(search);
  }

  @Mutation(() => Echo)
  @ArgumentRules({
    key: rule.text(5),
    amount: rule.range(1),
    file: rule.base64(8),
    tags: rule.list(3, rule.text(4)),
  })
  echo(
    @Arg('input', () => ThingInput, { nullable: true }) input?: ThingInput,
    @Arg('id', () => ID, { nullable: true }) id?: string,
    @Arg('key', () => String, { nullable: true }) key?: string,
    @Arg('free', () => String, { nullable: true }) free?: string,
    @Arg('amount', () => Int, { nullable: true }) amount?: number,
    @Arg('file', () => String, { nullable: true }) file?: string,
    @Arg('tags', () => [String], { nullable: true }) tags?: string[],
  ): Echo {
    return { json: JSON.stringify({ input, id, key, free, amount, file, tags }) };
  }
}

describe('the input boundary (every argument of a type-graphql subgraph)', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildFederatedSchema({ resolvers: [EchoResolver] }, {});
  });
  const echo = async (variables: Record<string, unknown>) => {
    const result = await graphql({
      schema,
      source: `mutation($input: ThingInput, $id: ID, $key: String, $free: String, $amount: Int, $file: String,
        $tags: [String!]) { echo(input: $input, id: $id, key: $key, free: $free, amount: $amount, file: $file,
        tags: $tags) { json } }`,
      variableValues: variables,
    });
    const error = result.errors?.[0];
    return error
      ? { error: { message: error.message, ...error.extensions } }
      : (JSON.parse((result.data as { echo: { json: string } }).echo.json) as Record<string, unknown>);
  };

  it('trims and composes text to NFC at any depth, and turns blank optional text into null', async () => {
    expect(
      await echo({
        input: { title: '  Cha\u0300o  ', note: '  ', parts: [{ code: ' HN ' }] },
        free: ' Ha\u0300 ',
      }),
    ).toEqual({ input: { title: 'Chào', note: null, parts: [{ code: 'HN' }] }, free: 'Hà' });
  });

  it.each([
    [{ input: { title: '   ' } }, 'input.title', 'input.title must not be blank'],
    [{ input: { title: 'ab' } }, 'input.title', 'input.title must be at least 3 characters'],
    [{ input: { title: 'x'.repeat(21) } }, 'input.title', 'input.title must be at most 20 characters'],
    [{ input: { title: 'abc', heldOn: '2023-02-29' } }, 'input.heldOn', /exists/],
    [{ input: { title: 'abc', note: 'a\u0000' } }, 'input.note', /control character/],
    [{ input: { title: 'abc', parts: [{ code: 'HN', unitId: '' }] } }, 'input.parts[0].unitId', /blank/],
    [
      { input: { title: 'abc', parts: [{ code: 'HN' }, { code: 'HN' }] } },
      'input.parts[1]',
      /repeats item 1/,
    ],
    [
      { input: { title: 'abc', parts: [1, 2, 3].map((n) => ({ code: `C${n}` })) } },
      'input.parts',
      /at most 2 items/,
    ],
    [{ id: ' ' }, 'id', 'id must not be blank'],
    [{ id: 'x'.repeat(65) }, 'id', 'id must be at most 64 characters'],
    [{ free: 'x'.repeat(256) }, 'free', 'free must be at most 255 characters'],
    [{ free: 'a\uD800' }, 'free', /lone surrogate/],
    [{ key: 'abcdef' }, 'key', 'key must be at most 5 characters'],
    [{ amount: 0 }, 'amount', 'amount must be at least 1'],
    [{ file: 'ab$d' }, 'file', 'file must be base64 text'],
    [{ tags: ['a', 'b', 'c', 'd'] }, 'tags', /at most 3 items/],
    [{ tags: ['abcde'] }, 'tags[0]', /at most 4 characters/],
    [{ input: { title: 'abc', count: 11 } }, 'input.count', 'count must be at most 10'],
  ])('refuses %j as BAD_USER_INPUT naming %s', async (variables, argument, message) => {
    const { error } = (await echo(variables)) as { error: { message: string } };
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    expect(error.message).toMatch(message);
  });

  it('reads the rules of args classes too', async () => {
    const find = (search: string) =>
      graphql({
        schema,
        source: 'query($s: String) { find(search: $s) }',
        variableValues: { s: search },
      });
    expect((await find(' Hà ')).data).toEqual({ find: '"Hà"' });
    expect((await find('abcdef')).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'search',
    });
  });

  it('keeps line breaks in notes and accepts what the rules allow', async () => {
    expect(
      await echo({
        input: { title: 'abc', note: 'a\r\nb', heldOn: '2024-02-29' },
        file: 'QUJD\n',
        amount: 2,
      }),
    ).toEqual({
      input: { title: 'abc', note: 'a\nb', heldOn: '2024-02-29' },
      file: 'QUJD',
      amount: 2,
    });
  });
});
