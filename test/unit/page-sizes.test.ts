import { buildSchema, getOperationAST, getVariableValues, parse } from 'graphql';
import { getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { paginationEstimator } from '../../gateway/src/abuse-limits';
import { MAX_PAGE_SIZE, pageSizeError } from '../../gateway/src/page-sizes';
import { MAX_PAGE_SIZE as SUBGRAPH_MAX_PAGE_SIZE } from '../../services/shared/src/pagination';

const schema = buildSchema(`
  type Query { city(code: String!): City, cities: [City!]! }
  type City { name: String, units(first: Int! = 20, after: String): UnitConnection, top(first: Int): UnitConnection }
  type UnitConnection { totalCount: Int!, edges: [UnitEdge!]! }
  type UnitEdge { node: Unit! }
  type Unit { name: String, members(first: Int! = 20): UnitConnection }
`);

/** The page-size check as the gateway runs it: on the chosen operation with coerced variables. */
function check(query: string, variables: Record<string, unknown> = {}, operationName?: string) {
  const document = parse(query);
  const operation = getOperationAST(document, operationName)!;
  const { coerced, errors } = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  expect(errors).toBeUndefined();
  return pageSizeError(schema, document, operation, coerced!);
}

describe('page sizes (0 ≤ first ≤ 100), checked before the cost estimate', () => {
  it('keeps the subgraphs’ bound', () => {
    expect(MAX_PAGE_SIZE).toBe(SUBGRAPH_MAX_PAGE_SIZE);
  });

  it.each([
    ['the default', '{ cities { units { totalCount } } }', {}],
    ['0', '{ cities { units(first: 0) { totalCount } } }', {}],
    ['100', '{ cities { units(first: 100) { totalCount } } }', {}],
    ['a null optional size', '{ cities { top(first: null) { totalCount } } }', {}],
    ['100 in a variable', 'query($n: Int!) { cities { units(first: $n) { totalCount } } }', { n: 100 }],
  ])('lets %s through', (_name, query, variables) => {
    expect(check(query, variables)).toBeUndefined();
  });

  it.each([
    ['a negative literal', '{ cities { units(first: -100000) { totalCount } } }', {}, -100000],
    ['101', '{ cities { units(first: 101) { totalCount } } }', {}, 101],
    ['a negative variable', 'query($n: Int!) { cities { units(first: $n) { totalCount } } }', { n: -1 }, -1],
    ['a variable’s default', 'query($n: Int! = 500) { cities { units(first: $n) { totalCount } } }', {}, 500],
    ['an optional size', '{ city(code: "HN") { top(first: -3) { totalCount } } }', {}, -3],
    [
      'a size deep in a fragment',
      '{ cities { ...C } } fragment C on City { units { edges { node { ...U } } } } fragment U on Unit { members(first: -7) { totalCount } }',
      {},
      -7,
    ],
    ['a size under @skip', '{ cities { units(first: -2) @skip(if: true) { totalCount } } }', {}, -2],
  ])('refuses %s with BAD_USER_INPUT naming the argument', (_name, query, variables, value) => {
    const error = check(query, variables);
    expect(error?.message).toMatch(
      /^first must be between 0 and 100 \(\w+\.\w+ was asked for (-?\d+|null)\)$/,
    );
    expect(error?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'first',
      value,
      min: 0,
      max: 100,
    });
    expect(error?.extensions.http).toEqual({ status: 400 });
  });

  it('names the field that was asked for too much', () => {
    expect(check('{ city(code: "HN") { units(first: 1000) { totalCount } } }')?.extensions.field).toBe(
      'City.units',
    );
  });

  it('looks only at the operation chosen and the fragments it spreads', () => {
    const query = `query Ok { cities { units(first: 5) { totalCount } } }
      query Bad { cities { ...Huge } } fragment Huge on City { units(first: 5000) { totalCount } }`;
    expect(check(query, {}, 'Ok')).toBeUndefined();
    expect(check(query, {}, 'Bad')?.extensions.value).toBe(5000);
  });
});

describe('cost estimate', () => {
  const cost = (query: string) =>
    getComplexity({
      schema,
      query: parse(query),
      variables: {},
      estimators: [paginationEstimator(10), simpleEstimator({ defaultComplexity: 1 })],
    });

  it('never subtracts: a negative page size, were it to reach the estimate, costs nothing below zero', () => {
    const expensive =
      '{ cities { big: units(first: 100) { edges { node { members(first: 100) { totalCount } } } } } }';
    const withNegative = `{ cities { neg: units(first: -100000) { totalCount }
      big: units(first: 100) { edges { node { members(first: 100) { totalCount } } } } } }`;
    expect(cost(expensive)).toBeGreaterThan(20_000);
    expect(cost(withNegative)).toBeGreaterThanOrEqual(cost(expensive));
  });

  it('counts a page of 0 as the field alone', () => {
    // city (1) + units (1); no item of the page, so nothing for what is selected in it.
    expect(cost('{ city(code: "HN") { units(first: 0) { totalCount } } }')).toBe(2);
  });
});
