import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { NS } from './messages';
import { RequireRole } from './forms/RequireRole';
import { TASK_PATHS, TASKS_BY_ROLE } from './workspace-menu';

/** The signed-in person's tasks, one card each. */
export function WorkspaceHome() {
  const { t } = useTranslation(NS);
  return (
    <RequireRole roles={['viewer', 'city-officer', 'school-officer', 'hub-admin']}>
      {(person) => (
        <section aria-labelledby="workspace-title">
          <h1 id="workspace-title">{t('title')}</h1>
          <p>{TASKS_BY_ROLE[person.role].length ? t('intro') : t('viewerOnly')}</p>
          <ul className="workspace-tasks">
            {TASKS_BY_ROLE[person.role].map((task) => (
              <li key={task}>
                <Link to={TASK_PATHS[task]}>{t(`task.${task}`)}</Link>
                <p>{t(`taskHint.${task}`)}</p>
              </li>
            ))}
          </ul>
        </section>
      )}
    </RequireRole>
  );
}
