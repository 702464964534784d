import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../forms/FormAlert';
import { useSubmission } from '../forms/use-submission';
import { EraseStudentDataMutation } from './drive-work.operations';
import type { WorkDrive } from './drive-model';
import { Step } from './inputs';
import { NS } from './messages';

/** An organiser erases the students' personal data of a closed drive, after confirming it. */
export function EraseStep({ drive, onDone }: { drive: WorkDrive; onDone: () => void }) {
  const { t } = useTranslation(NS);
  const [confirmed, setConfirmed] = useState(false);
  const submission = useSubmission(EraseStudentDataMutation);
  const erase = async () => {
    if (await submission.submit({ driveId: drive.id }, () => ({ driveId: drive.id }))) onDone();
  };
  return (
    <Step id="step-erase" title={t('stepErase')}>
      <p>{t('eraseHint')}</p>
      <div className="form-field">
        <label>
          <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />{' '}
          {t('eraseConfirm')}
        </label>
      </div>
      <FormAlert problems={submission.problems} />
      <div className="form-actions">
        <button type="button" disabled={!confirmed || submission.submitting} onClick={() => void erase()}>
          {t('eraseSubmit')}
        </button>
      </div>
    </Step>
  );
}
