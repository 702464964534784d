import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const GATEWAY_SRC = resolve(__dirname, '..', '..', 'gateway', 'src');

/** Each module of `dir` and the modules of `dir` it imports (type-only imports and re-exports too). */
function importGraph(dir: string): Map<string, string[]> {
  const modules = readdirSync(dir).filter((name) => name.endsWith('.ts'));
  const graph = new Map<string, string[]>();
  for (const name of modules) {
    const { importedFiles } = ts.preProcessFile(readFileSync(join(dir, name), 'utf8'), true, true);
    const local = importedFiles
      .map(({ fileName }) => fileName)
      .filter((specifier) => specifier.startsWith('.'))
      .map((specifier) => relative(dir, resolve(dirname(join(dir, name)), specifier)) + '.ts')
      .filter((target) => modules.includes(target));
    graph.set(name, [...new Set(local)]);
  }
  return graph;
}

/** Every cycle found by a depth-first walk, each as the path that closes it (empty when none). */
function cyclesOf(graph: Map<string, string[]>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const walk = (node: string, path: string[]) => {
    state.set(node, 'open');
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') cycles.push([...path.slice(path.indexOf(next)), node, next]);
      else if (!state.has(next)) walk(next, [...path, node]);
    }
    state.set(node, 'done');
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) walk(node, []);
  return cycles;
}

describe('gateway/src import graph', () => {
  const graph = importGraph(GATEWAY_SRC);

  it('is read from the sources (the router imports its two routing rules)', () => {
    expect(graph.get('city-shard-router.ts')).toEqual(
      expect.arrayContaining(['entity-routing.ts', 'root-field-routing.ts', 'city-fetch.ts']),
    );
    expect(graph.size).toBeGreaterThan(10);
  });

  it('finds a cycle when there is one', () => {
    const withCycle = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
    ]);
    expect(cyclesOf(withCycle)).toEqual([['a.ts', 'b.ts', 'c.ts', 'a.ts']]);
  });

  it('has no cycle: the router reads top-down, the routing rules never import the router', () => {
    expect(cyclesOf(graph)).toEqual([]);
    for (const rule of [
      'entity-routing.ts',
      'root-field-routing.ts',
      'city-fetch.ts',
      'operation-document.ts',
    ]) {
      expect(graph.get(rule)).not.toContain('city-shard-router.ts');
    }
  });
});
