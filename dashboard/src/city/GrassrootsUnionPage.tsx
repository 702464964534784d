import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { PATHS } from '../app/routes';
import { cityOutages } from '../shared/partial-data';
import { CityUnavailable, PartialDataNotice, QueryState } from '../shared/status';
import { GrassrootsUnionQuery } from './city.operations';
import './enum-messages';
import { NS } from './messages';
import { MembershipHistory } from './MembershipHistory';
import { UnitFacts } from './UnitFacts';
import './unit-messages';
import { UnitPartnerships } from './UnitPartnerships';
import './city.css';

/**
 * One grassroots union's public record: what it is, who manages it, its members by year and its
 * twinnings. Members' personal data is for officers; the anonymous dashboard shows the count only.
 */
export function GrassrootsUnionPage() {
  const { t } = useTranslation(NS);
  const params = useParams();
  const cityCode = (params.cityCode ?? '').toUpperCase();
  const unitId = params.unitId ?? '';
  const [{ data, fetching, error }] = useQuery({
    query: GrassrootsUnionQuery,
    variables: { cityCode, unitId },
  });
  const cities = data?.cities;
  const cityName = useCallback(
    (code: string) => cities?.find((city) => city.code === code)?.name ?? code,
    [cities],
  );
  const unit = data?.grassrootsUnion;
  // The unit's own city is down when the gateway says so for the unit itself.
  const unitCityDown = cityOutages(error).some(
    ({ cityCode: code, path }) => code === cityCode && path[0] === 'grassrootsUnion',
  );

  return (
    <section aria-labelledby="unit-title">
      <p className="no-print">
        <Link to={PATHS.city(cityCode)}>{t('unit.back', { city: cityName(cityCode) })}</Link>
      </p>
      <h1 id="unit-title">{unit?.name ?? t('unit.unknownTitle', { id: unitId })}</h1>
      <QueryState fetching={fetching} error={error} hasData={data !== undefined}>
        <PartialDataNotice error={error} cityName={cityName} />
        {unitCityDown ? (
          <p>
            <CityUnavailable city={cityName(cityCode)} />
          </p>
        ) : !unit ? (
          <p role="alert">{t('unit.notFound', { id: unitId, city: cityName(cityCode) })}</p>
        ) : (
          <>
            <UnitFacts unit={unit} />
            <MembershipHistory unit={unit} />
            <UnitPartnerships
              unitId={unit.id}
              cityCode={cityCode}
              partnerships={data?.unitPartnerships ?? []}
              error={error}
              cityName={cityName}
            />
          </>
        )}
      </QueryState>
    </section>
  );
}
