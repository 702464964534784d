import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { PATHS } from '../app/routes';
import type { ChartInstance } from '../shared/Chart';
import { formatDate, formatMoney, formatNumber } from '../shared/format';
import { unavailableCityCodes } from '../shared/partial-data';
import { PartialDataNotice, QueryState } from '../shared/status';
import { BeneficiaryChart, type Drive, ProgressChart, SponsorChart } from './DriveCharts';
import { AwardTable, BeneficiaryTable, NominationTable, PartiesTable, SponsorTable } from './DriveTables';
import { exportDriveReport, targetFormula } from './drive-report';
import { DriveQuery } from './drives.operations';
import { NS } from './messages';
import { type CityContext, cityContextOf } from './party';
import './drives.css';

const MONEY_FIGURES = [
  'target',
  'pledged',
  'received',
  'awarded',
  'disbursed',
  'remainingToRaise',
  'remainingToDisburse',
] as const;

export function DrivePage() {
  const { t } = useTranslation(NS);
  const { driveId = '' } = useParams();
  const [{ data, fetching, error }] = useQuery({ query: DriveQuery, variables: { id: driveId } });
  const downCodes = unavailableCityCodes(error).join(',');
  const context = useMemo(
    () => cityContextOf(downCodes ? downCodes.split(',') : [], data?.cities),
    [downCodes, data?.cities],
  );
  const drive = data?.scholarshipDrive;

  return (
    <section aria-labelledby="drive-title">
      <p className="no-print">
        <Link to={PATHS.drives}>{t('back')}</Link>
      </p>
      <QueryState fetching={fetching} error={error} hasData={data !== undefined}>
        {drive ? (
          <DriveDetail drive={drive} context={context} error={error} />
        ) : (
          <h1 id="drive-title">{t('notFound')}</h1>
        )}
      </QueryState>
    </section>
  );
}

function DriveDetail({
  drive,
  context,
  error,
}: {
  drive: Drive;
  context: CityContext;
  error: Parameters<typeof PartialDataNotice>[0]['error'];
}) {
  const { t } = useTranslation(NS);
  const chart = useRef<ChartInstance | null>(null);
  const [exporting, setExporting] = useState(false);
  const exportPdf = async () => {
    setExporting(true);
    try {
      const image = chart.current?.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' });
      await exportDriveReport(drive, context, t, image);
    } finally {
      setExporting(false);
    }
  };

  return (
    <>
      <h1 id="drive-title">{drive.title}</h1>
      <PartialDataNotice error={error} cityName={context.cityName} />
      <div className="actions no-print">
        <button type="button" onClick={() => void exportPdf()} disabled={exporting}>
          {t('common:exportPdf')}
        </button>
        <button type="button" onClick={() => window.print()}>
          {t('common:print')}
        </button>
      </div>
      <dl className="drive-facts">
        <dt>{t('status')}</dt>
        <dd>
          <span className="badge">{t(`statuses.${drive.status}`)}</span>
        </dd>
        <dt>{t('target')}</dt>
        <dd data-testid="drive-target-formula">{targetFormula(drive, t)}</dd>
        <dt>{t('criteria')}</dt>
        <dd>{drive.criteria}</dd>
        {drive.opensOn && (
          <>
            <dt>{t('opensOn')}</dt>
            <dd>
              {formatDate(drive.opensOn)}
              {drive.closesOn && ` – ${formatDate(drive.closesOn)}`}
            </dd>
          </>
        )}
      </dl>
      {drive.purpose && <p>{drive.purpose}</p>}
      {drive.exchangeProgrammeId && (
        <p>
          <Link to={PATHS.programmes}>{t('programmeLink')}</Link>
        </p>
      )}

      <h2>{t('figuresHeading')}</h2>
      <dl className="figures" data-testid="drive-figures">
        {MONEY_FIGURES.map((key) => (
          <div key={key} data-figure={key}>
            <dt>{t(key)}</dt>
            <dd>{formatMoney(drive.totals[key])}</dd>
          </div>
        ))}
        <div data-figure="scholarshipsAwarded">
          <dt>{t('scholarshipsAwarded')}</dt>
          <dd>
            {formatNumber(drive.totals.scholarshipsAwarded)} / {formatNumber(drive.scholarships)}
          </dd>
        </div>
      </dl>
      <ProgressChart drive={drive} instanceRef={chart} />

      <h2>{t('parties')}</h2>
      <PartiesTable drive={drive} context={context} />

      <h2>{t('sponsorsHeading')}</h2>
      <SponsorChart drive={drive} context={context} />
      <SponsorTable drive={drive} context={context} />

      <h2>{t('beneficiariesHeading')}</h2>
      <BeneficiaryChart drive={drive} context={context} />
      <BeneficiaryTable drive={drive} context={context} />

      <h2>{t('nominationsHeading')}</h2>
      <p className="muted">{t('nominationsNote')}</p>
      {drive.personalDataErasedOn && (
        <p className="muted">{t('personalDataErased', { date: formatDate(drive.personalDataErasedOn) })}</p>
      )}
      <NominationTable drive={drive} />

      <h2>{t('awardsHeading')}</h2>
      <AwardTable drive={drive} />
    </>
  );
}
