import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Supergraph } from '@apollo/federation-internals';
import { GraphQLSchema, parse, validate } from 'graphql';
import { projectRoot } from '../../services/shared/src/project-root';

const DASHBOARD_SRC = join(projectRoot(), 'dashboard', 'src');
const SUPERGRAPH_FILE = join(projectRoot(), 'schema', 'supergraph.graphql');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'gql' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Every `graphql(\`…\`)` document of the web app, with the file it is in. */
function dashboardOperations() {
  return sourceFiles(DASHBOARD_SRC).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/graphql\(\s*`([^`]*)`\s*\)/g)].map((match) => ({
      file: file.slice(DASHBOARD_SRC.length + 1),
      document: match[1]!,
    })),
  );
}

const problemsOf = (schema: GraphQLSchema, document: string) =>
  validate(schema, parse(document)).map((error) => error.message);

describe('the dashboard’s operations against schema/supergraph.graphql (drift)', () => {
  const schema = Supergraph.build(readFileSync(SUPERGRAPH_FILE, 'utf8')).apiSchema().toGraphQLJSSchema();
  const operations = dashboardOperations();

  it('finds the operations of every view', () => {
    const folders = new Set(operations.map(({ file }) => file.split('/')[0]));
    expect(operations.length).toBeGreaterThanOrEqual(7);
    expect([...folders]).toEqual(expect.arrayContaining(['overview', 'shared']));
  });

  it('has every operation valid against the composed API schema, each with a unique name', () => {
    const problems = operations.flatMap(({ file, document }) =>
      problemsOf(schema, document).map((message) => `${file}: ${message}`),
    );
    expect(problems).toEqual([]);
    const names = operations.flatMap(({ document }) =>
      parse(document).definitions.flatMap((definition) =>
        definition.kind === 'OperationDefinition' ? [definition.name?.value ?? '(anonymous)'] : [],
      ),
    );
    expect(names).not.toContain('(anonymous)');
    expect(new Set(names).size).toBe(names.length);
  });

  it('would fail on an operation that no longer matches the schema', () => {
    expect(problemsOf(schema, '{ cities { code chairman } }')).toEqual([
      'Cannot query field "chairman" on type "City".',
    ]);
    expect(
      problemsOf(schema, 'query($y: Int!) { cities { stats(schoolYear: $y) { members } } }'),
    ).toHaveLength(1);
  });
});
