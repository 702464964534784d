import { registerEnumType } from 'type-graphql';

/**
 * Which map figures across the 2025 reorganisation are drawn on (docs/reorganisation.md): a city's
 * own figures and the hub's comparisons take it, the same enum in both subgraphs.
 */
export enum Boundaries {
  AS_REPORTED = 'AS_REPORTED',
  TODAY = 'TODAY',
}
registerEnumType(Boundaries, {
  name: 'Boundaries',
  valuesConfig: {
    AS_REPORTED: {
      description: 'Each city as it reported then: Hải Phòng 2022-2023 is the former Hải Phòng.',
    },
    TODAY: {
      description:
        'On today’s boundaries: what provinces merged into a city since reported is added to it (Hải Phòng 2022-2023 = former Hải Phòng + former Hải Dương).',
    },
  },
});
