import type { TFunction } from 'i18next';
import { formatDate, formatMoney, formatNumber } from '../shared/format';
import { exportReportToPdf } from '../shared/pdf-export';
import type { Drive } from './DriveCharts';
import { type CityContext, partyText } from './party';

/** The drive's target as "20 suất × 1.000.000 ₫ = 20.000.000 ₫". */
export const targetFormula = (drive: Drive, t: TFunction) =>
  t('targetFormula', {
    scholarships: formatNumber(drive.scholarships),
    amountEach: formatMoney(drive.amountEach),
    target: formatMoney(drive.totals.target),
  });

/**
 * The drive report on A4: the progress chart's picture, the figures and the tables the page shows.
 * Students appear by initials only, as on the page.
 */
export function exportDriveReport(drive: Drive, context: CityContext, t: TFunction, chartImage?: string) {
  const money = [
    'target',
    'pledged',
    'received',
    'awarded',
    'disbursed',
    'remainingToRaise',
    'remainingToDisburse',
  ] as const;
  return exportReportToPdf({
    title: drive.title,
    subtitle: t('reportSubtitle', {
      status: t(`statuses.${drive.status}`),
      formula: targetFormula(drive, t),
    }),
    notes: [
      t('nominationsNote'),
      ...(drive.personalDataErasedOn
        ? [t('personalDataErased', { date: formatDate(drive.personalDataErasedOn) })]
        : []),
    ],
    images: chartImage ? [{ caption: t('progressChart'), dataUrl: chartImage }] : [],
    tables: [
      {
        heading: t('figuresHeading'),
        headers: [t('figuresHeading'), t('amount')],
        rows: [
          ...money.map((key) => [t(key), formatMoney(drive.totals[key])]),
          [
            t('scholarshipsAwarded'),
            `${formatNumber(drive.totals.scholarshipsAwarded)} / ${formatNumber(drive.scholarships)}`,
          ],
        ],
        numericColumns: [1],
      },
      {
        heading: t('parties'),
        headers: [t('party'), t('role'), t('city')],
        rows: drive.parties.map((p) => [
          partyText(p, context, t),
          t(`roles.${p.role}`),
          context.cityName(p.cityCode),
        ]),
      },
      {
        heading: t('sponsorsHeading'),
        headers: [t('party'), t('pledged'), t('received')],
        rows: drive.sponsorProgress.map((row) => [
          partyText(row.party, context, t),
          formatMoney(row.pledged),
          formatMoney(row.received),
        ]),
        numericColumns: [1, 2],
      },
      {
        heading: t('beneficiariesHeading'),
        headers: [t('party'), t('nominations'), t('scholarshipsAwarded'), t('awarded'), t('disbursed')],
        rows: drive.beneficiaryProgress.map((row) => [
          partyText(row.party, context, t),
          formatNumber(row.nominations),
          formatNumber(row.scholarships),
          formatMoney(row.awarded),
          formatMoney(row.disbursed),
        ]),
        numericColumns: [1, 2, 3, 4],
      },
      {
        heading: t('nominationsHeading'),
        headers: [t('number'), t('initials'), t('nominationStatus')],
        rows: drive.nominations.map((n, index) => [
          formatNumber(index + 1),
          n.initials,
          t(`nominationStatuses.${n.status}`),
        ]),
      },
    ],
    // en-CA writes the local date as YYYY-MM-DD, what formatDate reads.
    footer: t('common:generatedAt', {
      date: formatDate(new Intl.DateTimeFormat('en-CA').format(new Date())),
    }),
  });
}
