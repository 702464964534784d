import { type ChangeEvent, type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../shared/format';
import { Field } from '../forms/Field';
import { FormAlert } from '../forms/FormAlert';
import { RequireRole } from '../forms/RequireRole';
import type { SubmissionProblems } from '../forms/server-errors';
import { ImportReportView } from './ImportReportView';
import {
  fileProblem,
  type ImportKind,
  type ImportReport,
  IMPORT_EXTENSIONS,
  MAX_IMPORT_BYTES,
  uploadImport,
} from './import-upload';
import { NS } from './messages';

const MEGABYTE = 1024 * 1024;
const sizeOf = (bytes: number) =>
  bytes < MEGABYTE ? `${formatNumber(bytes / 1024, 1)} kB` : `${formatNumber(bytes / MEGABYTE, 1)} MB`;
const MAX_SIZE = sizeOf(MAX_IMPORT_BYTES);
const KINDS: ImportKind[] = ['UNITS', 'RESULTS'];

/** `/cong-viec/nhap-du-lieu`: a city officer's import of a sheet for their own city. */
export function ImportPage() {
  const { t } = useTranslation(NS);
  return (
    <RequireRole roles={['city-officer']}>
      {(person) => (
        <section aria-labelledby="import-title">
          <h1 id="import-title">{t('title')}</h1>
          {person.cityCode ? <ImportForm cityCode={person.cityCode} /> : <p>{t('noCity')}</p>}
        </section>
      )}
    </RequireRole>
  );
}

/**
 * Check first, then import: "Nhập dữ liệu" is offered only for the file and kind whose dry run found
 * no problems. Choosing another file or kind starts over. The file stays in React state only.
 */
function ImportForm({ cityCode }: { cityCode: string }) {
  const { t } = useTranslation(NS);
  const [file, setFile] = useState<File | null>(null);
  const [kind, setKind] = useState<ImportKind | ''>('');
  const [fileError, setFileError] = useState<string>();
  const [sending, setSending] = useState<'check' | 'import' | null>(null);
  const [checked, setChecked] = useState<ImportReport | null>(null);
  const [imported, setImported] = useState<ImportReport | null>(null);
  const [problems, setProblems] = useState<SubmissionProblems | null>(null);

  const startOver = () => {
    setChecked(null);
    setImported(null);
    setProblems(null);
  };
  const problemOf = (chosen: File | null) => {
    if (!chosen) return t('fileMissing');
    const problem = fileProblem(chosen);
    return problem ? t(problem, { size: sizeOf(chosen.size), max: MAX_SIZE }) : undefined;
  };
  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0] ?? null;
    setFile(chosen);
    setFileError(chosen ? problemOf(chosen) : undefined);
    startOver();
  };

  const send = async (dryRun: boolean) => {
    const error = problemOf(file);
    setFileError(error);
    if (error || !file || sending) return;
    startOver();
    setSending(dryRun ? 'check' : 'import');
    const outcome = await uploadImport(file, { cityCode, kind, dryRun });
    setSending(null);
    if (outcome.problems) {
      const { code, extensions } = outcome.problems;
      if (code === 'TOO_LARGE') setFileError(t('tooLargeServer', { max: MAX_SIZE }));
      else if (extensions.argument === 'file') setFileError(outcome.problems.form);
      return setProblems(outcome.problems);
    }
    // A real import that still found problems (the city's data changed since the check) wrote nothing.
    if (outcome.report.applied) setImported(outcome.report);
    else setChecked(outcome.report);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void send(true);
  };

  const ready = !!checked && checked.problems.length === 0 && !checked.applied && !sending;
  const report = imported ?? checked;
  const counts = report && {
    rows: formatNumber(report.rows),
    created: formatNumber(report.created),
    updated: formatNumber(report.updated),
    unchanged: formatNumber(report.unchanged),
  };
  const progress =
    file && sending
      ? t(sending === 'check' ? 'uploading' : 'importing', { name: file.name, size: sizeOf(file.size) })
      : '';
  return (
    <>
      <p>{t('intro', { city: cityCode })}</p>
      <form className="work-form" aria-label={t('formLabel')} onSubmit={submit} noValidate>
        <Field label={t('file')} hint={t('fileHint', { max: MAX_SIZE })} error={fileError} required>
          {(control) => (
            <input
              {...control}
              type="file"
              accept={[
                ...IMPORT_EXTENSIONS,
                'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                'text/csv',
              ].join(',')}
              onChange={choose}
              disabled={!!sending}
            />
          )}
        </Field>
        {file && <p className="import-file">{t('chosen', { name: file.name, size: sizeOf(file.size) })}</p>}
        <Field label={t('kind')}>
          {(control) => (
            <select
              {...control}
              value={kind}
              disabled={!!sending}
              onChange={(event) => {
                setKind(event.target.value as ImportKind | '');
                startOver();
              }}
            >
              <option value="">{t('kindAuto')}</option>
              {KINDS.map((value) => (
                <option key={value} value={value}>
                  {t(`kind${value}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <FormAlert problems={problems} />
        <p role="status" className="import-progress">
          {progress}
        </p>
        {checked && counts && (
          <p
            role={checked.problems.length ? 'alert' : 'status'}
            className={`form-alert ${checked.problems.length ? 'error' : 'success'}`}
          >
            {checked.problems.length
              ? t('checkedProblems', { count: checked.problems.length })
              : t('checkedClean', counts)}
          </p>
        )}
        <FormAlert problems={null} success={imported && counts ? t('imported', counts) : null} />
        <div className="form-actions">
          <button type="submit" disabled={!!sending}>
            {t('check')}
          </button>
          <button
            type="button"
            className="secondary"
            disabled={!ready}
            aria-describedby={ready ? undefined : 'import-locked'}
            onClick={() => void send(false)}
          >
            {t('import')}
          </button>
        </div>
        {!ready && (
          <p id="import-locked" className="field-hint">
            {t('importLocked')}
          </p>
        )}
      </form>
      {report && <ImportReportView report={report} />}
    </>
  );
}
