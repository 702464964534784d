/**
 * The queries the three gateways are compared on. Each touches HN and cooperation only (the demo data
 * also has HP, which the one-city supergraph does not serve): a city root field, a campaign comparison
 * (cities first, then cooperation's @requires), the registry with an entity fetch to the city, a drive's
 * HN organisers, and a page of 50 units of one city.
 */
export interface PeerScenario {
  name: string;
  query: string;
}

export const PEER_SCENARIOS: PeerScenario[] = [
  {
    name: 'one root field of HN',
    query: '{ organisation(cityCode: "HN", id: "hn-cong-doan-nganh-giao-duc") { name chair { fullName } } }',
  },
  {
    name: 'campaign comparison of one edition',
    query: `{ campaignEdition(campaignCode: "moi-thay-co-la-tam-guong", period: "2022-2023") {
              comparison { cities { cityCode indicators { indicator value rank } } } } }`,
  },
  {
    name: 'registry + entity fetch to HN',
    query: '{ cities(search: "ha noi") { code name educationUnion { name chair { fullName } } } }',
  },
  {
    name: 'scholarship drive, HN organisers resolved in HN',
    query: `{ scholarshipDrive(id: "cat-ba-2024") { totals { received awarded disbursed }
              parties(role: ORGANISER) { cityCode organisation { name } unit { name } } } }`,
  },
  {
    name: '50 HN units with district and managing body',
    query: `{ city(code: "HN") { grassrootsUnions(first: 50) {
              edges { node { name memberCount district { name } managedBy { name } } } } } }`,
  },
];
