/** Subgraph names as the supergraph knows them; `cities` is served by the gateway's city shard router. */
export const CITIES_SUBGRAPH = 'cities';
export const COOPERATION_SUBGRAPH = 'cooperation';
