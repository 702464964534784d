import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CityWorkChoicesQuery } from '../../gql/graphql';
import { NS } from './messages';
import { UnitCreateForm } from './UnitCreateForm';
import { UnitEditor } from './UnitEditor';
import { UnitPicker } from './UnitPicker';

/** Find a unit to edit or close; or found a new one. */
export function UnitsSection({ cityCode, choices }: { cityCode: string; choices: CityWorkChoicesQuery }) {
  const { t } = useTranslation(NS);
  const [unitId, setUnitId] = useState<string | null>(null);
  return (
    <div className="city-work-columns">
      <div>
        <section aria-labelledby="unit-find-title">
          <h2 id="unit-find-title">{t('unit.search')}</h2>
          <UnitPicker cityCode={cityCode} label={t('unit.search')} onPick={(unit) => setUnitId(unit.id)} />
        </section>
        {unitId && <UnitEditor key={unitId} cityCode={cityCode} unitId={unitId} choices={choices} />}
      </div>
      <UnitCreateForm cityCode={cityCode} choices={choices} />
    </div>
  );
}
