import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Comparison } from './comparison-model';
import { NS } from './messages';

interface Unit {
  code: string;
  predecessors: { code: string; name: string }[];
}

/**
 * What the figures are made of, as lines: whose reports (the education union's, or the whole
 * sector's) on which boundaries, then each city that today's boundaries make of several provinces.
 * The page shows them and the PDF repeats them, so an exported comparison says what it compares.
 */
export function comparisonBasisLines(
  t: TFunction,
  comparison: Comparison,
  cityName: (code: string) => string,
  units: Unit[],
): string[] {
  const provinceName = (code: string) =>
    units.flatMap((unit) => unit.predecessors).find((province) => province.code === code)?.name ?? code;
  return [
    `${t(`basis.${comparison.groupedBy}`)} ${t(`basis.${comparison.boundaries}`)}`,
    ...comparison.cities
      .filter((city) => city.formedFrom.length > 1)
      .map((city) =>
        t('basis.formedFrom', {
          city: cityName(city.cityCode),
          parts: city.formedFrom.map(provinceName).join(' + '),
        }),
      ),
  ];
}

export function ComparisonBasis(props: {
  comparison: Comparison;
  cityName: (code: string) => string;
  units: Unit[];
}) {
  const { t } = useTranslation(NS);
  const [basis, ...merged] = comparisonBasisLines(t, props.comparison, props.cityName, props.units);
  return (
    <div data-testid="comparison-basis">
      <p>{basis}</p>
      {merged.length > 0 && (
        <ul>
          {merged.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
