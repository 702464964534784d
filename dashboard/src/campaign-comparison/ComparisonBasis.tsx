import { useTranslation } from 'react-i18next';
import type { Comparison } from './comparison-model';
import { NS } from './messages';

interface Unit {
  code: string;
  predecessors: { code: string; name: string }[];
}

/**
 * What the figures are made of: whose reports (the education union's, or the whole sector's) and on
 * which boundaries, with the provinces merged into a city named where today's boundaries add them.
 */
export function ComparisonBasis({
  comparison,
  cityName,
  units,
}: {
  comparison: Comparison;
  cityName: (code: string) => string;
  units: Unit[];
}) {
  const { t } = useTranslation(NS);
  const provinceName = (code: string) =>
    units.flatMap((unit) => unit.predecessors).find((province) => province.code === code)?.name ?? code;
  const merged = comparison.cities.filter((city) => city.formedFrom.length > 1);
  return (
    <div data-testid="comparison-basis">
      <p>
        {t(`basis.${comparison.groupedBy}`)} {t(`basis.${comparison.boundaries}`)}
      </p>
      {merged.length > 0 && (
        <ul>
          {merged.map((city) => (
            <li key={city.cityCode}>
              {t('basis.formedFrom', {
                city: cityName(city.cityCode),
                parts: city.formedFrom.map(provinceName).join(' + '),
              })}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
