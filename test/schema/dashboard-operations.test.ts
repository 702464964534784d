import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Supergraph } from '@apollo/federation-internals';
import { DocumentNode, FragmentDefinitionNode, GraphQLSchema, Kind, parse, validate, visit } from 'graphql';
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

const problemsOf = (schema: GraphQLSchema, document: string | DocumentNode) =>
  validate(schema, typeof document === 'string' ? parse(document) : document).map((error) => error.message);

const fragmentsOf = (document: DocumentNode) =>
  document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION);
const hasOperation = (document: DocumentNode) =>
  document.definitions.some((definition) => definition.kind === Kind.OPERATION_DEFINITION);

/**
 * An operation with the fragments it spreads from the app's other documents, as GraphQL Code
 * Generator resolves them (fragment names are unique across the app): what is sent to the gateway.
 */
function asSent(document: DocumentNode, fragments: Map<string, FragmentDefinitionNode>): DocumentNode {
  const present = new Set(fragmentsOf(document).map((fragment) => fragment.name.value));
  const added: FragmentDefinitionNode[] = [];
  const spreadIn = (node: DocumentNode | FragmentDefinitionNode) =>
    visit(node, {
      FragmentSpread(spread) {
        const fragment = fragments.get(spread.name.value);
        if (!fragment || present.has(spread.name.value)) return;
        present.add(spread.name.value);
        added.push(fragment);
        spreadIn(fragment);
      },
    });
  spreadIn(document);
  return { ...document, definitions: [...document.definitions, ...added] };
}

describe('the dashboard’s operations against schema/supergraph.graphql (drift)', () => {
  const schema = Supergraph.build(readFileSync(SUPERGRAPH_FILE, 'utf8')).apiSchema().toGraphQLJSSchema();
  const operations = dashboardOperations();

  it('finds the operations of every view', () => {
    const folders = new Set(operations.map(({ file }) => file.split('/')[0]));
    expect(operations.length).toBeGreaterThanOrEqual(7);
    expect([...folders]).toEqual(expect.arrayContaining(['overview', 'shared']));
  });

  it('has every operation valid against the composed API schema, each with a unique name', () => {
    const parsed = operations.map(({ file, document }) => ({ file, document: parse(document) }));
    const fragments = new Map(
      parsed.flatMap(({ document }) => fragmentsOf(document).map((f) => [f.name.value, f] as const)),
    );
    const sent = parsed.filter(({ document }) => hasOperation(document));
    const problems = sent.flatMap(({ file, document }) =>
      problemsOf(schema, asSent(document, fragments)).map((message) => `${file}: ${message}`),
    );
    expect(problems).toEqual([]);
    // A fragment of a document without an operation must be used by some operation.
    const used = new Set(
      sent.flatMap(({ document }) => fragmentsOf(asSent(document, fragments)).map((f) => f.name.value)),
    );
    expect([...fragments.keys()].filter((name) => !used.has(name))).toEqual([]);
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
