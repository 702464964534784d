import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { PATHS } from '../../app/routes';
import type { Person } from '../../auth/person';
import { formatDate, formatMoney } from '../../shared/format';
import { QueryState } from '../../shared/status';
import { RequireRole } from '../forms/RequireRole';
import { WORKSPACE_PATHS } from '../workspace-menu';
import { DisburseStep } from './DisburseStep';
import { WorkDriveQuery, WorkDriveStudentsQuery } from './drive-work.operations';
import { stepsFor, type WorkDrive } from './drive-model';
import { EraseStep } from './EraseStep';
import { NS } from './messages';
import { MoneySteps } from './MoneySteps';
import { NominateStep } from './NominateStep';
import { partyLabel, type WorkParty } from './party-access';
import { SelectionStep } from './SelectionStep';
import { StatusStep } from './StatusStep';
import './drive-work.css';

const ROLE_ORDER = ['ORGANISER', 'CO_SPONSOR', 'BENEFICIARY'];
const TOTALS = ['target', 'pledged', 'received', 'awarded', 'disbursed', 'remainingToDisburse'] as const;

function DriveFigures({ drive }: { drive: WorkDrive }) {
  const { t } = useTranslation(NS);
  return (
    <section aria-labelledby="drive-totals">
      <h2 id="drive-totals">{t('totals')}</h2>
      <dl className="drive-totals" aria-live="polite">
        {TOTALS.map((key) => (
          <div key={key} data-total={key}>
            <dt>{t(key)}</dt>
            <dd>{formatMoney(drive.totals[key])}</dd>
          </div>
        ))}
      </dl>
      <h2>{t('parties')}</h2>
      <ul className="plain-list">
        {[...(drive.parties as WorkParty[])]
          .sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role))
          .map((party) => (
            <li key={party.id}>
              {t(`roles.${party.role}`)}: {partyLabel(party)}
            </li>
          ))}
      </ul>
    </section>
  );
}

function DriveWork({ person, driveId }: { person: Person; driveId: string }) {
  const { t } = useTranslation(NS);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: WorkDriveQuery,
    variables: { id: driveId },
  });
  const drive = data?.scholarshipDrive ?? null;
  const steps = drive ? stepsFor(person, drive) : null;
  const [students, reexecuteStudents] = useQuery({
    query: WorkDriveStudentsQuery,
    variables: { id: driveId },
    pause: !steps?.organiser,
  });
  // After every step, the graph's own figures: never the page's arithmetic.
  const refresh = useCallback(() => {
    reexecute({ requestPolicy: 'network-only' });
    if (steps?.organiser) reexecuteStudents({ requestPolicy: 'network-only' });
  }, [reexecute, reexecuteStudents, steps?.organiser]);

  return (
    <section aria-labelledby="drive-title">
      <p className="no-print">
        <Link to={WORKSPACE_PATHS.drives}>{t('back')}</Link> ·{' '}
        <Link to={PATHS.drive(driveId)}>{t('publicPage')}</Link>
      </p>
      <QueryState fetching={fetching} error={error} hasData={data !== undefined}>
        {!drive || !steps ? (
          <h1 id="drive-title">{t('notFound')}</h1>
        ) : (
          <>
            <h1 id="drive-title">{drive.title}</h1>
            <p className="drive-status">{t('status', { status: t(`statuses.${drive.status}`) })}</p>
            {drive.personalDataErasedOn && (
              <p role="status">{t('erased', { date: formatDate(drive.personalDataErasedOn) })}</p>
            )}
            <DriveFigures drive={drive} />
            {!Object.entries(steps).some(([key, value]) => value === true && key !== 'organiser') && (
              <p>{t('nothingToDo')}</p>
            )}
            {steps.changeStatus && <StatusStep drive={drive} onDone={refresh} />}
            <MoneySteps drive={drive} steps={steps} onDone={refresh} />
            {steps.nominate && <NominateStep drive={drive} steps={steps} onDone={refresh} />}
            <SelectionStep
              drive={drive}
              steps={steps}
              students={students.data?.scholarshipDrive}
              onDone={refresh}
            />
            <DisburseStep
              drive={drive}
              steps={steps}
              students={students.data?.scholarshipDrive}
              onDone={refresh}
            />
            {steps.erase && <EraseStep drive={drive} onDone={refresh} />}
          </>
        )}
      </QueryState>
    </section>
  );
}

/** `/cong-viec/hoc-bong/:driveId`: the steps the signed-in person may take on one drive now. */
export function DriveWorkPage() {
  const { driveId = '' } = useParams();
  return (
    <RequireRole roles={['city-officer', 'school-officer']}>
      {(person) => <DriveWork person={person} driveId={driveId} />}
    </RequireRole>
  );
}
