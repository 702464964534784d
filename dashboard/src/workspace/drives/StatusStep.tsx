import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DriveStatus } from '../../gql/graphql';
import { FormAlert } from '../forms/FormAlert';
import { useSubmission } from '../forms/use-submission';
import { ChangeDriveStatusMutation } from './drive-work.operations';
import { NEXT_STATUS, type WorkDrive } from './drive-model';
import { Step } from './inputs';
import { NS } from './messages';

/** An organiser moves the drive along its workflow; cancelling asks once more. */
export function StatusStep({ drive, onDone }: { drive: WorkDrive; onDone: () => void }) {
  const { t } = useTranslation(NS);
  const submission = useSubmission(ChangeDriveStatusMutation);
  const [confirmingCancel, setConfirmingCancel] = useState(false);
  const move = async (status: DriveStatus) => {
    setConfirmingCancel(false);
    const done = await submission.submit({ status }, () => ({ driveId: drive.id, status }));
    if (done) onDone();
  };
  const moved = submission.done?.changeDriveStatus.status;
  return (
    <Step id="step-status" title={t('stepStatus')}>
      <div className="form-actions">
        {NEXT_STATUS[drive.status].map((status) => (
          <button
            key={status}
            type="button"
            className={status === 'CANCELLED' ? 'secondary' : undefined}
            disabled={submission.submitting}
            onClick={() => (status === 'CANCELLED' ? setConfirmingCancel(true) : void move(status))}
          >
            {t(`moveTo.${status}`)}
          </button>
        ))}
      </div>
      {confirmingCancel && (
        <div role="alertdialog" aria-labelledby="confirm-cancel" className="confirm-box">
          <p id="confirm-cancel">{t('confirmCancel')}</p>
          <div className="form-actions">
            <button type="button" onClick={() => void move('CANCELLED')}>
              {t('moveTo.CANCELLED')}
            </button>
            <button type="button" className="secondary" onClick={() => setConfirmingCancel(false)}>
              {t('keep')}
            </button>
          </div>
        </div>
      )}
      <FormAlert
        problems={submission.problems}
        success={moved ? t('statusChanged', { status: t(`statuses.${moved}`) }) : null}
      />
    </Step>
  );
}
