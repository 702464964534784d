import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useSession } from '../auth/use-session';
import { NS } from './messages';
import { TASK_PATHS, TASKS_BY_ROLE, WORKSPACE_PATHS } from './workspace-menu';

/** The second menu row: only what the signed-in person's role can do. */
export function WorkspaceNav() {
  const { t } = useTranslation(NS);
  const { person } = useSession();
  if (!person) return null;
  const tasks = TASKS_BY_ROLE[person.role];
  return (
    <nav className="workspace-nav no-print" aria-label={t('menuLabel')}>
      <NavLink to={WORKSPACE_PATHS.home} end>
        {t('nav')}
      </NavLink>
      {tasks.map((task) => (
        <NavLink key={task} to={TASK_PATHS[task]}>
          {t(`task.${task}`)}
        </NavLink>
      ))}
    </nav>
  );
}
