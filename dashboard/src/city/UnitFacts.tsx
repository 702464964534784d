import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '../shared/format';
import { useEnumLabel } from './enum-messages';
import { NS } from './messages';
import type { UnitData } from './types';

/** What anyone may know of a grassroots union: school, level, place, manager, status, size. */
export function UnitFacts({ unit }: { unit: UnitData }) {
  const { t } = useTranslation(NS);
  const label = useEnumLabel();
  const district = unit.district;
  const facts: [string, string, ReactNode][] = [
    ['school', t('unit.school'), unit.school.name],
    ['level', t('unit.level'), label('SchoolLevelCode', unit.school.level)],
    [
      'district',
      t('unit.district'),
      district
        ? district.validTo
          ? t('unit.districtEnded', {
              district: `${label('DistrictKind', district.kind)} ${district.name}`,
              date: formatDate(district.validTo),
            })
          : `${label('DistrictKind', district.kind)} ${district.name}`
        : '—',
    ],
    ['managed-by', t('unit.managedBy'), unit.managedBy.name],
    [
      'status',
      t('unit.status'),
      <span className={unit.status === 'ACTIVE' ? 'badge' : 'badge down'}>
        {label('UnitStatus', unit.status)}
      </span>,
    ],
    ['valid-from', t('unit.validFrom'), formatDate(unit.validFrom) || '—'],
    ['valid-to', t('unit.validTo'), formatDate(unit.validTo) || t('unit.stillExists')],
    ['members', t('unit.members'), formatNumber(unit.memberCount)],
  ];
  if (unit.statusNote) facts.push(['status-note', t('unit.statusNote'), unit.statusNote]);
  return (
    <section aria-labelledby="unit-facts">
      <h2 id="unit-facts">{t('unit.facts')}</h2>
      <dl className="figures unit-facts">
        {facts.map(([id, term, value]) => (
          <div key={id}>
            <dt>{term}</dt>
            <dd data-fact={id}>{value}</dd>
          </div>
        ))}
      </dl>
      <p className="privacy-note">{t('unit.privacy')}</p>
    </section>
  );
}
