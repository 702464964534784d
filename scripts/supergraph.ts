import 'reflect-metadata';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { buildCitySchema } from '../services/city/src/schema';
import { buildCooperationSchema } from '../services/cooperation/src/schema';
import { printSubgraphSdl } from '../services/shared/src/federated-schema';
import { CITIES_SUBGRAPH, COOPERATION_SUBGRAPH } from '../services/shared/src/subgraphs';

export interface PrintedSubgraph {
  name: string;
  url: string;
  sdl: string;
}

export interface Composition {
  subgraphs: PrintedSubgraph[];
  supergraphSdl?: string;
  errors: string[];
}

/** Prints every subgraph's SDL from code and composes them, as `npm run compose` commits them. */
export async function composeFromCode(): Promise<Composition> {
  const subgraphs: PrintedSubgraph[] = [
    {
      name: CITIES_SUBGRAPH,
      // Never called: the gateway routes `cities` to the deployments listed in CITIES.
      url: 'http://127.0.0.1:4101/graphql',
      sdl: printSubgraphSdl(await buildCitySchema()),
    },
    {
      name: COOPERATION_SUBGRAPH,
      url: 'http://127.0.0.1:4001/graphql',
      sdl: printSubgraphSdl(await buildCooperationSchema()),
    },
  ];
  const result = composeServices(
    subgraphs.map(({ name, url, sdl }) => ({ name, url, typeDefs: parse(sdl) })),
  );
  if (result.errors) return { subgraphs, errors: result.errors.map((error) => error.message) };
  return { subgraphs, supergraphSdl: `${result.supergraphSdl.trim()}\n`, errors: [] };
}
