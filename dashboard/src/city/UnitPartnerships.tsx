import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CombinedError } from 'urql';
import { PATHS } from '../app/routes';
import { type Column, DataTable } from '../shared/DataTable';
import { cityOutages } from '../shared/partial-data';
import { CityUnavailable } from '../shared/status';
import { useEnumLabel } from './enum-messages';
import { NS } from './messages';
import type { PartnershipData } from './types';

interface PartnershipRow {
  partnership: PartnershipData;
  partner: PartnershipData['unitA'];
  /** The partner's city when it could not be reached (the partner is then null). */
  partnerCityDown: string | null;
}

interface ActivityRow {
  id: string;
  heldOn: string | null;
  kind: string;
  participants: number;
  partnerName: string | null;
}

/** The twinnings the union takes part in, each partner resolved by its own city, and their activities. */
export function UnitPartnerships(props: {
  unitId: string;
  cityCode: string;
  partnerships: PartnershipData[];
  error?: CombinedError;
  cityName: (code: string) => string;
}) {
  const { unitId, cityCode, partnerships, error, cityName } = props;
  const { t } = useTranslation(NS);
  const label = useEnumLabel();
  const rows = useMemo<PartnershipRow[]>(() => {
    const outages = cityOutages(error);
    return partnerships.map((partnership, index) => {
      const isSelf = (unit: PartnershipData['unitA']) => unit?.id === unitId && unit.cityCode === cityCode;
      // This unit's city answered (the page has it), so a missing side is the partner's.
      const side = isSelf(partnership.unitA) ? 'unitB' : 'unitA';
      const outage = outages.find(
        ({ path }) => path[0] === 'unitPartnerships' && path[1] === index && path[2] === side,
      );
      return { partnership, partner: partnership[side], partnerCityDown: outage?.cityCode ?? null };
    });
  }, [partnerships, error, unitId, cityCode]);
  const activities = rows.flatMap(({ partnership, partner }) =>
    partnership.activities.map((a): ActivityRow => ({ ...a, partnerName: partner?.name ?? null })),
  );

  const columns = useMemo<Column<PartnershipRow>[]>(
    () => [
      {
        id: 'partner',
        header: t('unit.partner'),
        kind: 'text',
        value: (r) => r.partner?.name,
        render: (r) =>
          r.partner ? (
            <Link to={PATHS.grassrootsUnion(r.partner.cityCode, r.partner.id)}>{r.partner.name}</Link>
          ) : r.partnerCityDown ? (
            <CityUnavailable city={cityName(r.partnerCityDown)} />
          ) : undefined,
      },
      { id: 'school', header: t('unit.partnerSchool'), kind: 'text', value: (r) => r.partner?.school.name },
      {
        id: 'city',
        header: t('unit.partnerCity'),
        kind: 'text',
        value: (r) => {
          const code = r.partner?.cityCode ?? r.partnerCityDown;
          return code ? cityName(code) : null;
        },
      },
      { id: 'movement', header: t('unit.movement'), kind: 'text', value: (r) => r.partnership.movementCode },
      { id: 'startedOn', header: t('unit.startedOn'), kind: 'date', value: (r) => r.partnership.startedOn },
      {
        id: 'status',
        header: t('unit.partnershipStatus'),
        kind: 'text',
        value: (r) => label('PartnershipStatus', r.partnership.status),
      },
      {
        id: 'crossCity',
        header: t('unit.crossCity'),
        kind: 'text',
        value: (r) => (r.partnership.isCrossCity ? t('unit.yes') : t('unit.no')),
      },
      {
        id: 'activities',
        header: t('unit.activityCount'),
        kind: 'number',
        value: (r) => r.partnership.activities.length,
      },
    ],
    [t, label, cityName],
  );
  const activityColumns = useMemo<Column<ActivityRow>[]>(
    () => [
      { id: 'heldOn', header: t('unit.activityDate'), kind: 'date', value: (a) => a.heldOn },
      { id: 'kind', header: t('unit.activityKind'), kind: 'text', value: (a) => a.kind },
      { id: 'partner', header: t('unit.partner'), kind: 'text', value: (a) => a.partnerName },
      { id: 'participants', header: t('unit.participants'), kind: 'number', value: (a) => a.participants },
    ],
    [t],
  );

  return (
    <section aria-labelledby="unit-partnerships">
      <h2 id="unit-partnerships">{t('unit.partnerships')}</h2>
      {rows.length === 0 ? (
        <p>{t('unit.noPartnerships')}</p>
      ) : (
        <>
          <DataTable title={t('unit.partnerships')} columns={columns} rows={rows} />
          {activities.length > 0 && (
            <>
              <h3>{t('unit.activities')}</h3>
              <DataTable
                title={t('unit.activities')}
                columns={activityColumns}
                rows={activities}
                initialSort={{ id: 'heldOn', desc: true }}
              />
            </>
          )}
        </>
      )}
    </section>
  );
}
