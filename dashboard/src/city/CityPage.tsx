import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { PATHS } from '../app/routes';
import { unavailableCityCodes } from '../shared/partial-data';
import { periodOptions, usePeriodFilter } from '../shared/periods';
import { CityUnavailable, FilterSelect, PartialDataNotice, QueryState } from '../shared/status';
import { useUrlState } from '../shared/url-state';
import { ActivityTables } from './ActivityTables';
import { CampaignAwardTables } from './CampaignAwardTables';
import { CityPageQuery } from './city.operations';
import { DistrictSection } from './DistrictSection';
import './enum-messages';
import { NS } from './messages';
import { StatsSection } from './StatsSection';
import { UnionList } from './UnionList';
import { UnionSection } from './UnionSection';
import './city.css';

/**
 * One city: its education union and leaders, the chosen school year's figures, districts, results,
 * awards, initiatives, trainings and agreements (one request), and its grassroots unions (paged apart).
 */
export function CityPage() {
  const { t } = useTranslation(NS);
  const cityCode = (useParams().cityCode ?? '').toUpperCase();
  const { periods, period: schoolYear, setPeriod, ready } = usePeriodFilter('schoolYear', 'SCHOOL_YEAR');
  const [grade, setGrade] = useUrlState('grade', '');
  const [{ data, fetching, error }] = useQuery({
    query: CityPageQuery,
    variables: { cityCode, schoolYear, grade: grade || null },
    pause: !schoolYear,
  });
  const city = data?.city;
  const down = unavailableCityCodes(error).includes(cityCode);
  const grades = (city?.stats?.initiativesByGrade ?? []).flatMap(({ grade: g }) => (g ? [g] : []));

  return (
    <section aria-labelledby="city-title" className="city-page">
      <p className="no-print">
        <Link to={PATHS.overview}>{t('backToOverview')}</Link>
      </p>
      <h1 id="city-title">{city ? t('title', { city: city.name }) : t('title', { city: cityCode })}</h1>
      <div className="filters">
        <FilterSelect
          label={t('schoolYear')}
          value={schoolYear}
          onChange={setPeriod}
          options={periodOptions(periods, schoolYear)}
        />
      </div>
      <QueryState fetching={fetching || !ready} error={error} hasData={data !== undefined}>
        {data && !city && <p role="alert">{t('cityNotFound', { code: cityCode })}</p>}
        {city && (
          <>
            <PartialDataNotice error={error} cityName={(code) => (code === city.code ? city.name : code)} />
            <p>{t('intro', { city: city.name, schoolYear })}</p>
            {down ? (
              <p>
                <CityUnavailable city={city.name} />
              </p>
            ) : (
              <>
                <UnionSection city={city} schoolYear={schoolYear} />
                <StatsSection stats={city.stats} schoolYear={schoolYear} />
                <DistrictSection
                  districts={city.districtBreakdown ?? []}
                  federations={city.districtFederations ?? []}
                  schoolYear={schoolYear}
                />
                <CampaignAwardTables city={city} schoolYear={schoolYear} />
                <ActivityTables
                  city={city}
                  schoolYear={schoolYear}
                  grade={grade}
                  grades={grades}
                  onGradeChange={setGrade}
                />
              </>
            )}
            <UnionList cityCode={city.code} cityName={city.name} />
          </>
        )}
      </QueryState>
    </section>
  );
}
