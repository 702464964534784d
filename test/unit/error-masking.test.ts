import { buildSchema, GraphQLError, OperationDefinitionNode, parse, validate } from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import { maskUnexpectedErrors } from '../../services/shared/src/error-masking';
import { BadUserInputError } from '../../services/shared/src/errors';
import { captureLogs, CapturedLogs } from '../../services/shared/src/logging';

const format = maskUnexpectedErrors('test');
let capture: CapturedLogs;
let logged: Record<string, any>[];
beforeEach(() => {
  capture = captureLogs();
  logged = capture.lines;
});
afterEach(() => capture.stop());

describe('formatError: driver text never reaches clients', () => {
  it('masks an unexpected error with a stable code and a reference, and logs it in full', () => {
    const driver = new Error('SqliteError: NOT NULL constraint failed: training.title');
    const formatted = format(
      { message: driver.message, path: ['recordTraining'], extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      new GraphQLError(driver.message, { originalError: driver }),
    );
    expect(formatted).toEqual({
      message: expect.stringMatching(/^Internal error; reference [0-9a-f-]{36}$/),
      path: ['recordTraining'],
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: expect.any(String) },
    });
    expect(JSON.stringify(formatted)).not.toMatch(/Sqlite|NOT NULL|training/);
    expect(formatted.message).toContain(formatted.extensions!.requestId as string);
    expect(logged[0]).toMatchObject({
      level: 'error',
      service: 'test',
      reference: formatted.extensions!.requestId,
    });
    expect(logged[0].err.message).toContain('NOT NULL constraint failed: training.title');
    expect(logged[0].err.stack).toContain('error-masking.test.ts'); // the stack is in the log only
  });

  it('masks an error without a code, such as a non-null violation', () => {
    const formatted = format(
      { message: 'Cannot return null for non-nullable field Mutation.recordTraining.' },
      new GraphQLError('Cannot return null for non-nullable field Mutation.recordTraining.'),
    );
    expect(formatted.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(formatted.message).toMatch(/^Internal error; reference /);
  });

  it('passes refusals someone meant, and an error a subgraph already masked, as they are', () => {
    const refusal = new BadUserInputError('input.title must not be blank', { argument: 'input.title' });
    const shaped = { message: refusal.message, extensions: { ...refusal.extensions } };
    expect(format(shaped, refusal)).toBe(shaped);
    const masked = {
      message: 'Internal error; reference 2f1c9a8e-0000-4000-8000-000000000000',
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: '2f1c9a8e-0000-4000-8000-000000000000' },
    };
    expect(format(masked, new GraphQLError(masked.message))).toBe(masked);
    expect(logged).toEqual([]);
  });

  it('names the argument of a literal that fails validation', () => {
    const schema = buildSchema(`
      input Party { cityCode: String!, unitId: ID }
      input Drive { title: String!, organisers: [Party!]! }
      type Query { ok: Boolean }
      type Mutation { create(input: Drive!, version: Int!): Boolean }`);
    const document = parse(
      'mutation { create(version: null, input: { title: "x", organisers: [{ cityCode: "HN" }, { cityCode: 7 }] }) }',
    );
    const arguments_ = validate(schema, document).map(
      (error) =>
        format({ message: error.message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }, error)
          .extensions?.argument,
    );
    expect(arguments_).toEqual(['version', 'input.organisers[1].cityCode']);
  });
  it('names the argument, and the path inside it, of a variable’s value that does not fit its type', () => {
    const schema = buildSchema(`
      enum Method { PHONE, SIGNED_FORM }
      input Party { cityCode: String!, unitId: ID }
      input Student { name: String!, method: Method! }
      type Query { ok: Boolean }
      type Mutation { nominate(student: Student!): Boolean, create(input: Drive!): Boolean }
      input Drive { title: String!, organisers: [Party!]! }`);
    const argumentOf = (source: string, inputs: Record<string, unknown>) => {
      const operation = parse(source).definitions[0] as OperationDefinitionNode;
      const { errors } = getVariableValues(schema, operation.variableDefinitions ?? [], inputs);
      // As Apollo Server hands it to formatError (its UserInputError keeps the inner error).
      const error = new GraphQLError(errors![0].message, {
        nodes: errors![0].nodes,
        originalError: errors![0].originalError ?? errors![0],
      });
      return format({ message: error.message, extensions: { code: 'BAD_USER_INPUT' } }, error).extensions
        ?.argument;
    };
    const nominate = 'mutation($s: Student!) { nominate(student: $s) }';
    expect(argumentOf(nominate, { s: { name: 'An' } })).toBe('student.method');
    expect(argumentOf(nominate, { s: { name: 'An', method: 'EMAIL' } })).toBe('student.method');
    expect(argumentOf(nominate, {})).toBe('student');
    const nested = 'mutation($o: [Party!]!) { create(input: { title: "x", organisers: $o }) }';
    expect(argumentOf(nested, { o: [{ cityCode: 'HN' }, { unitId: 'a' }] })).toBe(
      'input.organisers[1].cityCode',
    );
    expect(argumentOf(nested, { o: [{ cityCode: 7 }] })).toBe('input.organisers[0].cityCode');
  });
});
