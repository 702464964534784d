import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { QueryState } from '../../shared/status';
import { RequireRole } from '../forms/RequireRole';
import { AuditTrailSection } from './AuditTrailSection';
import { AwardDecisionsSection } from './AwardDecisionsSection';
import { CampaignResultSection } from './CampaignResultSection';
import { CityChoicesQuery } from './city.operations';
import { InitiativesSection } from './InitiativesSection';
import { NS } from './messages';
import { TrainingsSection } from './TrainingsSection';
import { UnitsSection } from './UnitsSection';
import './city-workspace.css';

const SECTIONS = ['ket-qua', 'khen-thuong', 'sang-kien', 'tap-huan', 'cong-doan', 'nhat-ky'] as const;
type Section = (typeof SECTIONS)[number];

/** A city officer's records: always their own city, the one in their token. */
export function CityWorkspacePage() {
  return (
    <RequireRole roles={['city-officer']}>
      {(person) => (person.cityCode ? <CityRecords cityCode={person.cityCode} /> : null)}
    </RequireRole>
  );
}

function CityRecords({ cityCode }: { cityCode: string }) {
  const { t } = useTranslation(NS);
  const [params] = useSearchParams();
  const chosen = params.get('muc') as Section | null;
  const section: Section = chosen && SECTIONS.includes(chosen) ? chosen : 'ket-qua';
  const [{ data, fetching, error }] = useQuery({ query: CityChoicesQuery, variables: { cityCode } });

  return (
    <section aria-labelledby="city-work-title" className="city-work">
      <h1 id="city-work-title">{t('title', { city: data?.city?.name ?? cityCode })}</h1>
      <p>{t('intro')}</p>
      <nav aria-label={t('sections')} className="city-work-sections">
        <ul>
          {SECTIONS.map((name) => (
            <li key={name}>
              <Link to={`?muc=${name}`} aria-current={name === section ? 'page' : undefined}>
                {t(`section.${name}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <QueryState fetching={fetching} error={error} hasData={data !== undefined}>
        {data && (
          <>
            {section === 'ket-qua' && <CampaignResultSection cityCode={cityCode} choices={data} />}
            {section === 'khen-thuong' && <AwardDecisionsSection cityCode={cityCode} />}
            {section === 'sang-kien' && <InitiativesSection cityCode={cityCode} />}
            {section === 'tap-huan' && <TrainingsSection cityCode={cityCode} choices={data} />}
            {section === 'cong-doan' && <UnitsSection cityCode={cityCode} choices={data} />}
            {section === 'nhat-ky' && <AuditTrailSection cityCode={cityCode} />}
          </>
        )}
      </QueryState>
    </section>
  );
}
