/** The queries `npm run bench` measures: a direct city call as the baseline, then through the gateway. */
export interface Scenario {
  name: string;
  target: 'gateway' | 'HN';
  query: string;
}

export const SCENARIOS: Scenario[] = [
  {
    name: 'baseline: one root field straight to the HN subgraph',
    target: 'HN',
    query: '{ organisation(cityCode: "HN", id: "hn-cong-doan-nganh-giao-duc") { name chair { fullName } } }',
  },
  {
    name: 'the same root field through the gateway (rule 2)',
    target: 'gateway',
    query: '{ organisation(cityCode: "HN", id: "hn-cong-doan-nganh-giao-duc") { name chair { fullName } } }',
  },
  {
    name: 'root fields of two cities in one request (split)',
    target: 'gateway',
    query: `{ a: grassrootsUnion(cityCode: "HN", id: "hn-thcs-thpt-newton") { name }
              b: grassrootsUnion(cityCode: "HP", id: "hp-thpt-cat-ba") { name } }`,
  },
  {
    name: 'registry + entity fetch to both cities (rule 1)',
    target: 'gateway',
    query: '{ cities { code name memberCount educationUnion { name chair { fullName } } } }',
  },
  {
    name: 'city-wide contribution from both cities (rule 3)',
    target: 'gateway',
    query: '{ schoolLevels { code cityFigures { cityCode grassrootsUnions members } } }',
  },
  {
    name: 'campaign comparison: fan-out to cities, then the hub with @requires',
    target: 'gateway',
    query: `{ campaignEdition(campaignCode: "moi-thay-co-la-tam-guong", period: "2022-2023") {
              comparison { cities { cityCode indicators { indicator value rank } } } } }`,
  },
  {
    name: 'scholarship drive with totals and parties resolved in two cities',
    target: 'gateway',
    query: `{ scholarshipDrive(id: "cat-ba-2024") { totals { received awarded disbursed }
              parties { organisation { name } unit { name } } } }`,
  },
  {
    name: '50 units with district and managing body',
    target: 'gateway',
    query: `{ city(code: "HN") { grassrootsUnions(first: 50) {
              edges { node { name memberCount district { name } managedBy { name } } } } } }`,
  },
];

const OVERHEAD_SCENARIO_NAMES = [
  'the same root field through the gateway (rule 2)',
  'campaign comparison: fan-out to cities, then the hub with @requires',
  'scholarship drive with totals and parties resolved in two cities',
];

/** What the logging/metrics/tracing overhead is measured on: one hop, a fan-out, and two subgraphs. */
export const OVERHEAD_SCENARIOS = SCENARIOS.filter(({ name }) => OVERHEAD_SCENARIO_NAMES.includes(name));
