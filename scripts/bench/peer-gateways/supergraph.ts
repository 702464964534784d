import { composeServices } from '@apollo/composition';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'graphql';
import { projectRoot } from '../../../services/shared/src/project-root';
import { CITIES_SUBGRAPH, COOPERATION_SUBGRAPH } from '../../../services/shared/src/subgraphs';

/**
 * The supergraph the peer gateways serve: the committed subgraph schemas (schema/*.graphql, the same
 * ones schema/supergraph.graphql is composed from) with the URLs of the running HN city and cooperation.
 * With one city, `cities` is an ordinary subgraph at one URL: no routing by value is needed, so a
 * gateway that knows nothing of cities answers the same as ours.
 */
export function composeOneCitySupergraph(urls: { cities: string; cooperation: string }): string {
  const schemaDir = join(projectRoot(), 'schema');
  const subgraphs = [
    { name: CITIES_SUBGRAPH, url: urls.cities },
    { name: COOPERATION_SUBGRAPH, url: urls.cooperation },
  ].map(({ name, url }) => ({
    name,
    url,
    typeDefs: parse(readFileSync(join(schemaDir, `${name}.graphql`), 'utf8')),
  }));
  const result = composeServices(subgraphs);
  if (result.errors) {
    throw new Error(`composition failed: ${result.errors.map((error) => error.message).join('; ')}`);
  }
  return result.supergraphSdl;
}
