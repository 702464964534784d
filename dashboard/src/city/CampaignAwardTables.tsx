import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type Column, DataTable } from '../shared/DataTable';
import { useEnumLabel } from './enum-messages';
import { NS } from './messages';
import { MoreRows } from './MoreRows';
import type { AwardDecisionRow, CampaignResultRow, CityData } from './types';

type FigureKey =
  | 'participants'
  | 'participatingUnits'
  | 'initiativesSubmitted'
  | 'initiativesGraded'
  | 'initiativesGradeA'
  | 'target'
  | 'collectivesCommended'
  | 'individualsCommended';

/** The year's campaign results as reported (odd figures kept and flagged), and its award decisions. */
export function CampaignAwardTables({ city, schoolYear }: { city: CityData; schoolYear: string }) {
  const { t } = useTranslation(NS);
  const label = useEnumLabel();
  const notReported = t('common:notReported');
  const results = city.campaignResults?.edges.map(({ node }) => node) ?? [];
  const decisions = city.awardDecisions?.edges.map(({ node }) => node) ?? [];

  const resultColumns = useMemo<Column<CampaignResultRow>[]>(() => {
    const figure = (id: FigureKey, header: string): Column<CampaignResultRow> => ({
      id,
      header,
      kind: 'number',
      value: (r) => r[id],
      emptyText: notReported,
    });
    return [
      {
        id: 'campaign',
        header: t('campaigns.campaign'),
        kind: 'text',
        value: (r) => r.campaign?.name ?? r.campaignCode,
      },
      { id: 'reportedBy', header: t('campaigns.reportedBy'), kind: 'text', value: (r) => r.reportedBy.name },
      figure('participants', t('campaigns.participants')),
      figure('participatingUnits', t('campaigns.units')),
      figure('initiativesSubmitted', t('campaigns.submitted')),
      figure('initiativesGraded', t('campaigns.graded')),
      figure('initiativesGradeA', t('campaigns.gradeA')),
      figure('target', t('campaigns.target')),
      {
        id: 'achievement',
        header: t('campaigns.achievement'),
        kind: 'percent',
        value: (r) => r.achievementPercent,
        emptyText: notReported,
      },
      figure('collectivesCommended', t('campaigns.collectives')),
      figure('individualsCommended', t('campaigns.individuals')),
      {
        id: 'warnings',
        header: t('campaigns.warnings'),
        kind: 'text',
        value: (r) =>
          r.dataQualityWarnings
            .map((w) => t(`campaigns.warning.${w.code}`, { defaultValue: w.message }))
            .join('; ') || null,
      },
      { id: 'highlights', header: t('campaigns.highlights'), kind: 'text', value: (r) => r.highlights },
    ];
  }, [t, notReported]);

  const awardColumns = useMemo<Column<AwardDecisionRow>[]>(
    () => [
      { id: 'kind', header: t('awards.kind'), kind: 'text', value: (a) => a.kindName },
      {
        id: 'issuer',
        header: t('awards.issuer'),
        kind: 'text',
        value: (a) => label('IssuerLevel', a.issuerLevel),
      },
      {
        id: 'type',
        header: t('awards.recipientType'),
        kind: 'text',
        value: (a) => label('RecipientType', a.recipientType),
      },
      { id: 'count', header: t('awards.count'), kind: 'number', value: (a) => a.recipientCount },
      {
        id: 'recipient',
        header: t('awards.recipient'),
        kind: 'text',
        value: (a) => a.recipientName ?? a.recipientUnit?.name,
      },
      { id: 'scope', header: t('awards.scope'), kind: 'text', value: (a) => a.scope?.name },
      { id: 'number', header: t('awards.number'), kind: 'text', value: (a) => a.decisionNumber },
      { id: 'date', header: t('awards.date'), kind: 'date', value: (a) => a.decisionDate },
      {
        id: 'status',
        header: t('awards.status'),
        kind: 'text',
        value: (a) => label('RecordStatus', a.status),
      },
    ],
    [t, label],
  );

  return (
    <>
      <section aria-labelledby="city-campaigns">
        <h2 id="city-campaigns">{t('campaigns.heading', { schoolYear })}</h2>
        <MoreRows total={city.campaignResults?.totalCount} shown={results.length} />
        <DataTable
          title={t('campaigns.heading', { schoolYear })}
          columns={resultColumns}
          rows={results}
          initialSort={{ id: 'campaign' }}
        />
      </section>
      <section aria-labelledby="city-awards">
        <h2 id="city-awards">{t('awards.heading', { schoolYear })}</h2>
        <MoreRows total={city.awardDecisions?.totalCount} shown={decisions.length} />
        <DataTable
          title={t('awards.heading', { schoolYear })}
          columns={awardColumns}
          rows={decisions}
          initialSort={{ id: 'count', desc: true }}
        />
      </section>
    </>
  );
}
