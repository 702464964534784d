import { LatencySamples, LoadTarget, runLoad } from './load';
import { ask, checkComparison, COMPARISON_CHECK_QUERY, EDITION, json, WrongAnswerError } from './scenarios';

/** The city whose officer changes a result: one of the demo's two real cities, in every run. */
export const CHANGING_CITY = 'HP';
const HP_UNION = 'hp-cong-doan-nganh-giao-duc';
const EDITION_INPUT = {
  campaignCode: EDITION.campaignCode,
  schoolYear: EDITION.period,
  reportedById: HP_UNION,
};
/** Each round measures one second, the window the target speaks of. */
const ROUND_SECONDS = 1;

const FIGURES =
  'participants participatingUnits initiativesSubmitted initiativesGraded initiativesGradeA target ' +
  'achievementPercent collectivesCommended individualsCommended highlights';

const READ_RESULT = `query Result($city: String!, $campaign: String!, $year: String!) {
  city(code: $city) { campaignResults(first: 1, campaignCode: $campaign, schoolYear: $year) {
    edges { node { version reportedBy { id } ${FIGURES} } } } } }`;

const RECORD_RESULT = `mutation Record($city: String!, $input: CampaignResultInput!, $version: Int) {
  recordCampaignResult(cityCode: $city, input: $input, version: $version) { version participants } }`;

/**
 * "The first second after a city changes a result": an HP officer records a new participants figure
 * through the gateway; the very next comparison must show it (else the round fails: a fast stale
 * answer does not count), then the comparison is measured for a second's worth of requests at
 * `clients` (as many as the steady state answers in a second: `steadyRate`). Several
 * rounds, alternating the figure between its value +1 and its value, so the data ends as it began;
 * the latencies of all rounds are pooled.
 */
export async function measureAfterChange(
  gatewayUrl: string,
  officerToken: string,
  comparison: LoadTarget,
  expectedCities: string[],
  clients: number,
  rounds: number,
  steadyRate: number,
): Promise<LatencySamples> {
  // As many requests as the steady state answers in a second, every one awaited (see measureFor).
  const perRound = Math.max(1, Math.ceil((steadyRate * ROUND_SECONDS) / clients)) * clients;
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${officerToken}` };
  const call = async (query: string, variables: Record<string, unknown>) => {
    const answer = await ask({ url: gatewayUrl, headers, body: json(query, variables) });
    if (answer.errors) throw new WrongAnswerError(`${JSON.stringify(answer.errors)}`);
    return answer.data;
  };
  const read = await call(READ_RESULT, {
    city: CHANGING_CITY,
    campaign: EDITION.campaignCode,
    year: EDITION.period,
  });
  const node = read.city?.campaignResults?.edges?.[0]?.node;
  if (!node || node.reportedBy.id !== HP_UNION) {
    throw new WrongAnswerError(`no city-wide result of ${EDITION.campaignCode} at ${CHANGING_CITY}`);
  }
  // A result is replaced whole: every figure goes back as read, only participants changes.
  const figures = Object.fromEntries(FIGURES.split(' ').map((name) => [name, node[name]]));
  const original = node.participants as number;
  let version = node.version as number;

  const hpParticipants = async () => {
    const answer = await ask({ ...comparison, body: json(COMPARISON_CHECK_QUERY) });
    return checkComparison(answer, expectedCities).get(CHANGING_CITY).figures.participants as number;
  };

  const pooled = new LatencySamples();
  for (let round = 0; round < rounds; round += 1) {
    const participants = round % 2 === 0 ? original + 1 : original;
    const recorded = await call(RECORD_RESULT, {
      city: CHANGING_CITY,
      version,
      input: { ...figures, participants, ...EDITION_INPUT },
    });
    version = recorded.recordCampaignResult.version;
    const seen = await hpParticipants();
    if (seen !== participants) {
      throw new WrongAnswerError(`after recording ${participants} at HP the comparison still shows ${seen}`);
    }
    pooled.add(await runLoad(comparison, clients, { amount: perRound }));
    const after = await hpParticipants();
    if (after !== participants) {
      throw new WrongAnswerError(
        `a second after recording ${participants} at HP the comparison shows ${after}`,
      );
    }
  }
  return pooled;
}
