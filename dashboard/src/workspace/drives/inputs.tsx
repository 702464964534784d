import { type ReactNode, useState } from 'react';
import { Field } from '../forms/Field';

interface TextInputProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
  required?: boolean;
  type?: 'text' | 'date' | 'number';
  multiline?: boolean;
}

/** A labelled text, number or date box with its error next to it. Never autocompleted: personal data. */
export function TextInput({
  label,
  value,
  onChange,
  error,
  hint,
  required,
  type,
  multiline,
}: TextInputProps) {
  return (
    <Field label={label} error={error} hint={hint} required={required}>
      {(control) =>
        multiline ? (
          <textarea {...control} rows={2} value={value} onChange={(e) => onChange(e.target.value)} />
        ) : (
          <input
            {...control}
            type={type ?? 'text'}
            inputMode={type === 'number' ? 'numeric' : undefined}
            autoComplete="off"
            value={value}
            onChange={(e) => onChange(e.target.value)}
          />
        )
      }
    </Field>
  );
}

export function SelectInput({
  label,
  value,
  onChange,
  options,
  error,
  required,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: { value: string; label: string }[];
  error?: string;
  required?: boolean;
}) {
  return (
    <Field label={label} error={error} required={required}>
      {(control) => (
        <select {...control} value={value} onChange={(e) => onChange(e.target.value)}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/**
 * A form's values and the problems the page found before sending, in React state only: nothing the
 * person types (a student's name, a guardian's) is kept anywhere else.
 */
export function useFormValues<Name extends string>(initial: Record<Name, string>) {
  const [values, setValues] = useState(initial);
  const [problems, setProblems] = useState<Partial<Record<Name, string>>>({});
  const set = (name: Name) => (value: string) => {
    setValues((previous) => ({ ...previous, [name]: value }));
    setProblems((previous) => ({ ...previous, [name]: undefined }));
  };
  return { values, set, problems, setProblems, reset: () => setValues(initial) };
}

/** A step of the drive's work: a titled section. */
export function Step({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="drive-step">
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}
