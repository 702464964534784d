import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import type { Person } from '../../auth/person';
import type { WorkDrivesQuery as WorkDrivesData } from '../../gql/graphql';
import { formatMoney } from '../../shared/format';
import { QueryState } from '../../shared/status';
import { RequireRole } from '../forms/RequireRole';
import { WORKSPACE_PATHS } from '../workspace-menu';
import { CreateDriveForm } from './CreateDriveForm';
import { WorkDrivesQuery } from './drive-work.operations';
import { NS } from './messages';
import { partiesActedFor } from './party-access';
import './drive-work.css';

type Drive = WorkDrivesData['scholarshipDrives'][number];

function DriveList({ drives, person, title }: { drives: Drive[]; person: Person; title: string }) {
  const { t } = useTranslation(NS);
  if (!drives.length) return null;
  return (
    <section aria-label={title}>
      <h2>{title}</h2>
      <ul className="work-drives">
        {drives.map((drive) => {
          const roles = [...new Set(partiesActedFor(person, drive.parties).map((p) => p.role))];
          return (
            <li key={drive.id}>
              <Link to={WORKSPACE_PATHS.drive(drive.id)}>{drive.title}</Link>
              <p>
                {t(`statuses.${drive.status}`)} · {t('target')} {formatMoney(drive.totals.target)} ·{' '}
                {t('pledged')} {formatMoney(drive.totals.pledged)} · {t('received')}{' '}
                {formatMoney(drive.totals.received)}
              </p>
              {roles.length > 0 && (
                <p>{t('yourRoles', { roles: roles.map((role) => t(`roles.${role}`)).join(', ') })}</p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function DriveWorkspace({ person }: { person: Person }) {
  const { t } = useTranslation(NS);
  const [creating, setCreating] = useState(false);
  const [{ data, fetching, error }] = useQuery({ query: WorkDrivesQuery });
  const drives = data?.scholarshipDrives ?? [];
  const mine = drives.filter((drive) => partiesActedFor(person, drive.parties).length > 0);
  const others = drives.filter((drive) => !mine.includes(drive));
  return (
    <section aria-labelledby="drive-work-title">
      <h1 id="drive-work-title">{t('title')}</h1>
      <p>{t('intro')}</p>
      <div className="form-actions">
        <button type="button" aria-expanded={creating} onClick={() => setCreating(!creating)}>
          {creating ? t('createCancel') : t('createOpen')}
        </button>
      </div>
      {creating && <CreateDriveForm person={person} />}
      <QueryState fetching={fetching} error={error} hasData={data !== undefined}>
        {drives.length === 0 && <p>{t('noDrives')}</p>}
        <DriveList drives={mine} person={person} title={t('mine')} />
        <DriveList drives={others} person={person} title={t('others')} />
      </QueryState>
    </section>
  );
}

/** `/cong-viec/hoc-bong`: the drives, the person's own first, and a new drive. */
export function DriveWorkspacePage() {
  return (
    <RequireRole roles={['city-officer', 'school-officer']}>
      {(person) => <DriveWorkspace person={person} />}
    </RequireRole>
  );
}
