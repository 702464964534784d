import { useTranslation } from 'react-i18next';
import { NS } from './messages';

export interface ConflictRow {
  label: string;
  theirs: string;
  mine: string;
}

/**
 * What someone else saved while the officer was editing, next to the officer's own unsaved values.
 * Nothing is overwritten until the officer has seen both and saves again on the new version.
 */
export function ConflictPanel({
  version,
  rows,
  reloaded,
  onReload,
  onUseTheirs,
}: {
  version: number | null;
  rows: ConflictRow[];
  reloaded: boolean;
  onReload: () => void;
  onUseTheirs: () => void;
}) {
  const { t } = useTranslation(NS);
  const empty = (text: string) => text || t('conflict.empty');
  return (
    <div role="alert" className="form-alert error city-work-conflict" data-code="CONFLICT">
      <p>
        <strong>{t('conflict.title')}</strong>
      </p>
      <p>{reloaded ? t('conflict.reloaded', { version }) : t('conflict.explain', { version })}</p>
      <table>
        <caption className="visually-hidden">{t('conflict.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('conflict.field')}</th>
            <th scope="col">{t('conflict.theirs', { version })}</th>
            <th scope="col">{t('conflict.mine')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label} className={row.theirs !== row.mine ? 'differs' : undefined}>
              <th scope="row">{row.label}</th>
              <td data-side="theirs">{empty(row.theirs)}</td>
              <td data-side="mine">{empty(row.mine)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="form-actions">
        {!reloaded && (
          <button type="button" onClick={onReload}>
            {t('conflict.reload')}
          </button>
        )}
        <button type="button" onClick={onUseTheirs}>
          {t('conflict.useTheirs')}
        </button>
      </div>
    </div>
  );
}
