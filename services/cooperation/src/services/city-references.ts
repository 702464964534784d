import type { Tracer } from '@opentelemetry/api';
import { currentRequest, REQUEST_ID_HEADER } from '../../../shared/src/request-observation';
import { traceOutgoing } from '../../../shared/src/http-tracing';
import { UncheckedReferenceError, UnknownCityRecordError } from '../errors/cooperation-errors';

/** A record of a city that a hub record points to, and the argument that carried it. */
export interface CityReference {
  kind: 'GrassrootsUnion' | 'Organisation' | 'Leader';
  cityCode: string;
  id: string;
  argument: string;
}

export interface CityReferenceCheck {
  /**
   * Resolves when every reference exists in its city; otherwise refuses the first one that does not
   * (BAD_USER_INPUT) or that could not be checked (CITY_UNAVAILABLE). Nothing is written before.
   */
  assertExist(references: CityReference[]): Promise<void>;
}

interface GraphQLAnswer {
  data?: Record<string, unknown> | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: unknown } }[];
}

/** The gateway refuses more than 30 aliases by default (MAX_ALIASES); stay well below. */
const ALIASES_PER_REQUEST = 20;

/**
 * Checks references through the gateway's public graph, as any anonymous client could:
 * `grassrootsUnion(cityCode, id) { id }`, `organisation(cityCode, id) { id }` and, for leaders (no root
 * field of their own), `city(code) { organisations { leaders { id } } }`.
 *
 * Why the gateway: the hub cannot read a city's database, and a city deployment only believes
 * identities the gateway signed (each addressed to it alone), so the hub cannot call a city itself.
 * The records asked for are public, so no identity is needed; the gateway routes each lookup to its
 * city (several cities in one request) and says CITY_UNAVAILABLE for a city that is down or slow.
 * The write's request id and trace go along, so that the gateway's and the cities' log lines and
 * spans for the check join those of the write.
 */
export class GatewayReferenceCheck implements CityReferenceCheck {
  constructor(
    private gatewayUrl: string | undefined,
    private readonly timeoutMs: number,
    private readonly tracer?: Tracer,
  ) {}

  /** For a gateway started after the hub (the test federation learns its port only then). */
  useGateway(url: string): void {
    this.gatewayUrl = url;
  }

  async assertExist(references: CityReference[]): Promise<void> {
    const unique = references.filter(
      (ref, i) =>
        references.findIndex((o) => o.kind === ref.kind && o.cityCode === ref.cityCode && o.id === ref.id) ===
        i,
    );
    if (!unique.length) return;
    const lookups = [
      ...unique
        .filter((ref) => ref.kind !== 'Leader')
        .map((ref) => ({ refs: [ref], cityCode: ref.cityCode })),
      ...[...new Set(unique.filter((ref) => ref.kind === 'Leader').map((ref) => ref.cityCode))].map(
        (cityCode) => ({
          refs: unique.filter((ref) => ref.kind === 'Leader' && ref.cityCode === cityCode),
          cityCode,
        }),
      ),
    ];
    for (let start = 0; start < lookups.length; start += ALIASES_PER_REQUEST) {
      await this.check(lookups.slice(start, start + ALIASES_PER_REQUEST));
    }
  }

  private async check(lookups: { refs: CityReference[]; cityCode: string }[]): Promise<void> {
    const variables: Record<string, string> = {};
    const declarations: string[] = [];
    const fields = lookups.map(({ refs: [ref], cityCode }, i) => {
      variables[`c${i}`] = cityCode;
      declarations.push(`$c${i}: String!`);
      if (ref.kind === 'Leader') return `l${i}: city(code: $c${i}) { organisations { leaders { id } } }`;
      variables[`i${i}`] = ref.id;
      declarations.push(`$i${i}: ID!`);
      const field = ref.kind === 'GrassrootsUnion' ? 'grassrootsUnion' : 'organisation';
      return `r${i}: ${field}(cityCode: $c${i}, id: $i${i}) { id }`;
    });
    const query = `query HubReferenceCheck(${declarations.join(', ')}) { ${fields.join(' ')} }`;
    const answer = await this.ask(query, variables, lookups[0].refs[0]);
    lookups.forEach(({ refs }, i) => {
      const alias = refs[0].kind === 'Leader' ? `l${i}` : `r${i}`;
      const error = answer.errors?.find((e) => !e.path || e.path[0] === alias);
      // The city refused the id itself (e.g. not an id it could have made): as good as unknown.
      if (error && ['BAD_USER_INPUT', 'NOT_FOUND'].includes(String(error.extensions?.code)))
        throw new UnknownCityRecordError(refs[0]);
      if (error) throw new UncheckedReferenceError(refs[0], error.message);
      const found = answer.data?.[alias];
      if (refs[0].kind !== 'Leader') {
        if (!found) throw new UnknownCityRecordError(refs[0]);
        return;
      }
      const organisations = (found as { organisations?: { leaders: { id: string }[] }[] | null } | null)
        ?.organisations;
      if (!organisations) throw new UncheckedReferenceError(refs[0], 'its leaders could not be read');
      const ids = new Set(organisations.flatMap((organisation) => organisation.leaders.map((l) => l.id)));
      const missing = refs.find((ref) => !ids.has(ref.id));
      if (missing) throw new UnknownCityRecordError(missing);
    });
  }

  private async ask(query: string, variables: Record<string, string>, first: CityReference) {
    if (!this.gatewayUrl) throw new UncheckedReferenceError(first, 'this hub has no GATEWAY_URL to ask');
    const url = this.gatewayUrl;
    const requestId = currentRequest()?.requestId;
    const headers = {
      'content-type': 'application/json',
      ...(requestId ? { [REQUEST_ID_HEADER]: requestId } : {}),
    };
    try {
      const call = { method: 'POST', url, deployment: 'gateway' };
      const response = await traceOutgoing(this.tracer, call, headers, (sent) =>
        fetch(url, {
          method: 'POST',
          headers: sent,
          body: JSON.stringify({ query, variables }),
          signal: AbortSignal.timeout(this.timeoutMs),
        }),
      );
      return (await response.json()) as GraphQLAnswer;
    } catch (error) {
      throw new UncheckedReferenceError(first, `the gateway did not answer (${(error as Error).message})`);
    }
  }
}
