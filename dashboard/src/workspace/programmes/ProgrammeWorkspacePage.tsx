import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { formatDate } from '../../shared/format';
import { RequireRole } from '../forms/RequireRole';
import { CreateProgrammeForm } from './CreateProgrammeForm';
import { DelegationForm } from './DelegationForm';
import { FollowUpList } from './FollowUpList';
import { OutcomeForm } from './OutcomeForm';
import { NS } from './messages';
import { ProgrammeWorkQuery } from './programme-work.operations';

/** City officers plan programmes, name their own city's delegation and record what came of them. */
export function ProgrammeWorkspacePage() {
  return (
    <RequireRole roles={['city-officer']}>
      {(person) => <ProgrammeWork cityCode={person.cityCode ?? ''} />}
    </RequireRole>
  );
}

function ProgrammeWork({ cityCode }: { cityCode: string }) {
  const { t } = useTranslation(NS);
  const [{ data, error, fetching }, reload] = useQuery({
    query: ProgrammeWorkQuery,
    variables: { cityCode },
  });
  const [chosenId, setChosenId] = useState('');
  const refresh = () => reload({ requestPolicy: 'network-only' });
  const cities = data?.cities ?? [];
  const cityName = (code: string) => cities.find((city) => city.code === code)?.name ?? code;
  const programmes = data?.exchangeProgrammes ?? [];
  const programme = programmes.find((candidate) => candidate.id === chosenId) ?? programmes[0];

  return (
    <section aria-labelledby="programme-work-title">
      <h1 id="programme-work-title">{t('title')}</h1>
      <p>{t('intro', { city: cityName(cityCode) })}</p>
      {error && !data && <p role="alert">{t('loadFailed')}</p>}
      {data && (
        <CreateProgrammeForm
          cityCode={cityCode}
          cities={cities}
          campaigns={data.campaigns}
          onCreated={(id) => {
            setChosenId(id);
            refresh();
          }}
        />
      )}
      {data && !programmes.length && !fetching && <p>{t('none')}</p>}
      {programme && (
        <section aria-labelledby="programme-chosen">
          <h2 id="programme-chosen">{t('choose')}</h2>
          <div className="form-field">
            <label htmlFor="programme-choice">{t('programme')}</label>
            <select
              id="programme-choice"
              value={programme.id}
              onChange={(event) => setChosenId(event.target.value)}
            >
              {programmes.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {candidate.title}
                </option>
              ))}
            </select>
          </div>
          <p>
            {t('summary', {
              dates: `${formatDate(programme.startsOn)} – ${formatDate(programme.endsOn)}`,
              host: cityName(programme.hostCity),
              status: t(`statuses.${programme.status}`),
            })}
          </p>
          <DelegationForm
            key={`delegation-${programme.id}`}
            programme={programme}
            cityCode={cityCode}
            cityName={cityName}
            leaders={data?.city?.educationUnion?.leaders ?? []}
            onAdded={refresh}
          />
          <FollowUpList
            followUps={programme.followUps}
            cityCode={cityCode}
            cityName={cityName}
            onChanged={refresh}
          />
          <OutcomeForm
            key={`outcome-${programme.id}`}
            programme={programme}
            cityName={cityName}
            onRecorded={refresh}
          />
        </section>
      )}
    </section>
  );
}
