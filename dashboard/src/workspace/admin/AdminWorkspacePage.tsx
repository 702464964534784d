import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { formatDate } from '../../shared/format';
import { RequireRole } from '../forms/RequireRole';
import { AuditTrailTable } from './AuditTrailTable';
import { CampaignForm } from './CampaignForm';
import { EditionForm, JointCitiesForm } from './CatalogForms';
import { RegisterCityForm } from './RegisterCityForm';
import { NS } from './messages';
import { AdminCatalogQuery } from './admin.operations';

/** Hub administrators: the city registry, the campaign catalog and the hub's change log. */
export function AdminWorkspacePage() {
  return <RequireRole roles={['hub-admin']}>{() => <AdminWork />}</RequireRole>;
}

function AdminWork() {
  const { t } = useTranslation(NS);
  const [{ data, error }, reload] = useQuery({ query: AdminCatalogQuery });
  // Each change shows in the log: a new key asks the log's first page again.
  const [changes, setChanges] = useState(0);
  const changed = () => {
    reload({ requestPolicy: 'network-only' });
    setChanges((count) => count + 1);
  };
  const cities = data?.cities ?? [];
  const campaigns = data?.campaigns ?? [];

  return (
    <section aria-labelledby="admin-work-title">
      <h1 id="admin-work-title">{t('title')}</h1>
      <p>{t('intro')}</p>
      {error && !data && <p role="alert">{t('loadFailed')}</p>}
      <RegisterCityForm onRegistered={changed} />
      <h2>{t('city.registered')}</h2>
      <ul>
        {cities.map((city) => (
          <li key={city.code}>
            {city.name} ({city.code}){city.englishName && ` · ${city.englishName}`} ·{' '}
            {formatDate(city.joinedOn)}
          </li>
        ))}
      </ul>
      <h2>{t('campaign.heading')}</h2>
      <CampaignForm campaigns={campaigns} onSaved={changed} />
      <EditionForm campaigns={campaigns} onAdded={changed} />
      <JointCitiesForm campaigns={campaigns} cities={cities} onSaved={changed} />
      <details>
        <summary>{t('campaign.list')}</summary>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('campaign.code')}</th>
              <th scope="col">{t('campaign.name')}</th>
              <th scope="col">{t('campaign.editions')}</th>
              <th scope="col">{t('campaign.jointCities')}</th>
            </tr>
          </thead>
          <tbody>
            {campaigns.map((campaign) => (
              <tr key={campaign.code}>
                <td>{campaign.code}</td>
                <td>{campaign.name}</td>
                <td>{campaign.editions.map((edition) => edition.period).join(', ')}</td>
                <td>
                  {campaign.jointCities.length
                    ? campaign.jointCities.map((city) => city.code).join(', ')
                    : t('campaign.allCities')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      <AuditTrailTable key={changes} />
    </section>
  );
}
