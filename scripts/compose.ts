import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../services/shared/src/project-root';
import { composeFromCode } from './supergraph';

/** `npm run compose`: writes schema/<subgraph>.graphql and schema/supergraph.graphql from code. */
async function main(): Promise<void> {
  const composition = await composeFromCode();
  const schemaDir = join(projectRoot(), 'schema');
  for (const subgraph of composition.subgraphs) {
    writeFileSync(join(schemaDir, `${subgraph.name}.graphql`), subgraph.sdl);
    console.log(`wrote schema/${subgraph.name}.graphql`);
  }
  if (!composition.supergraphSdl) {
    console.error(`composition failed:\n${composition.errors.map((error) => `  - ${error}`).join('\n')}`);
    process.exit(1);
  }
  writeFileSync(join(schemaDir, 'supergraph.graphql'), composition.supergraphSdl);
  console.log('wrote schema/supergraph.graphql');
}

void main();
