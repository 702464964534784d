import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Supergraph } from '@apollo/federation-internals';
import { GraphQLSchema } from 'graphql';
import { projectRoot } from '../../../services/shared/src/project-root';
import { FuzzAnswer, requestOf, send } from './fuzz-client';
import { Baseline, Role } from './baseline-types';
import { FuzzCase, fuzzCases } from './mutation-cases';
import { changedTables, RowCounter } from './row-counts';

/** The API schema clients see, from the committed supergraph. */
export const apiSchema = (): GraphQLSchema =>
  Supergraph.build(readFileSync(join(projectRoot(), 'schema', 'supergraph.graphql'), 'utf8'))
    .apiSchema()
    .toGraphQLJSSchema();

// Refusals of the request's own values must say which argument or field is wrong. (A document that
// does not parse, e.g. a literal with a lone surrogate escape, is refused by line and column instead.)
const INPUT_CODES = ['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED'];

function namesField(error: FuzzAnswer['errors'][number], fuzzCase: FuzzCase, argumentNames: string[]) {
  const argument = error.extensions?.argument;
  if (typeof argument === 'string' && argument.length > 0) return true;
  // graphql-js names variables ("$input") and input fields ("CreateUnitInput.schoolName").
  const names = [...argumentNames, ...fuzzCase.target.split(/[.[\]]/).filter((p) => p && !/^\d+$/.test(p))];
  return names.some((name) => new RegExp(`\\b${name}\\b`).test(error.message));
}

export interface FuzzReport {
  calls: number;
  mutations: number;
  accepted: number;
  refused: number;
  refusalsByCode: Record<string, number>;
  internalErrors: number;
  http5xx: number;
  refusalsNamingNoField: number;
  refusalsThatChangedRows: number;
  /** Calls with a value no argument may take (NUL, a lone surrogate, a blank id, a duplicate…). */
  neverValidCalls: number;
  neverValidAccepted: number;
  seconds: number;
  /** The first problems found, for the test's message. */
  failures: string[];
}

/**
 * Sends every case through the gateway, one after another, and reads the row counts of every table of
 * every deployment after each: a refused call must leave them as they were; an accepted one moves them on.
 */
export async function runFuzz(options: {
  url: string;
  tokens: Record<Role, string>;
  baselines: Record<string, Baseline>;
  counter: RowCounter;
  seed: number;
}): Promise<FuzzReport & { missingBaselines: string[] }> {
  const started = performance.now();
  const schema = apiSchema();
  const fields = schema.getMutationType()!.getFields();
  const { cases, missing } = fuzzCases(schema, options.baselines, options.seed);
  const report: FuzzReport = {
    calls: 0,
    mutations: Object.keys(fields).length,
    accepted: 0,
    refused: 0,
    refusalsByCode: {},
    internalErrors: 0,
    http5xx: 0,
    refusalsNamingNoField: 0,
    refusalsThatChangedRows: 0,
    neverValidCalls: cases.filter((fuzzCase) => fuzzCase.neverValid).length,
    neverValidAccepted: 0,
    seconds: 0,
    failures: [],
  };
  const fail = (fuzzCase: FuzzCase, problem: string) => {
    if (report.failures.length < 40) {
      report.failures.push(`${fuzzCase.mutation} ${fuzzCase.target} (${fuzzCase.kind}): ${problem}`);
    }
  };
  let counts = await options.counter.counts();
  for (const fuzzCase of cases) {
    const field = fields[fuzzCase.mutation]!;
    const answer = await send(options.url, options.tokens[fuzzCase.role], requestOf(field, fuzzCase));
    const after = await options.counter.counts();
    report.calls += 1;
    if (answer.status >= 500) {
      report.http5xx += 1;
      fail(fuzzCase, `HTTP ${answer.status}: ${answer.errors[0]?.message}`);
    }
    if (answer.errors.length === 0 && answer.data?.[fuzzCase.mutation]) {
      report.accepted += 1;
      if (fuzzCase.neverValid) {
        report.neverValidAccepted += 1;
        fail(
          fuzzCase,
          `accepted a value that is never valid: ${JSON.stringify(fuzzCase.args).slice(0, 200)}`,
        );
      }
      counts = after;
      continue;
    }
    report.refused += 1;
    const code = String(answer.errors[0]?.extensions?.code ?? `HTTP ${answer.status}`);
    report.refusalsByCode[code] = (report.refusalsByCode[code] ?? 0) + 1;
    for (const error of answer.errors) {
      const errorCode = String(error.extensions?.code ?? 'none');
      if (errorCode === 'INTERNAL_SERVER_ERROR' || errorCode === 'none') {
        report.internalErrors += 1;
        fail(fuzzCase, `internal error: ${error.message}`);
      } else if (
        INPUT_CODES.includes(errorCode) &&
        // A body over MAX_BODY_BYTES (a 1,001-item list) is refused unread: no field to name.
        answer.status !== 413 &&
        !namesField(
          error,
          fuzzCase,
          field.args.map((a) => a.name),
        )
      ) {
        report.refusalsNamingNoField += 1;
        fail(fuzzCase, `refusal names no field: ${error.message}`);
      }
    }
    const changed = changedTables(counts, after);
    if (changed.length > 0) {
      report.refusalsThatChangedRows += 1;
      fail(fuzzCase, `refused (${code}) but rows changed: ${changed.join(', ')}`);
    }
    counts = after;
  }
  report.seconds = Math.round((performance.now() - started) / 1000);
  return { ...report, missingBaselines: missing };
}
