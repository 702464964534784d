import { useTranslation } from 'react-i18next';
import { formatNumber } from '../shared/format';
import { NS } from './messages';

/** Says so when the graph holds more rows than the one page this view asked for. */
export function MoreRows({ total, shown }: { total: number | null | undefined; shown: number }) {
  const { t } = useTranslation(NS);
  if (total === null || total === undefined || total <= shown) return null;
  return (
    <p role="note" className="muted">
      {t('more', { total: formatNumber(total), shown: formatNumber(shown) })}
    </p>
  );
}
