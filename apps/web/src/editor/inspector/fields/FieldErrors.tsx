import { useForm } from '../form-context';

/** The errors placed at a path, in place. `data-path` is each error's own path. */
export function FieldErrors({ path, id }: { path: string; id?: string }) {
  const { errorsAt } = useForm();
  const errors = errorsAt(path);
  if (errors.length === 0) return null;
  return (
    <ul className="field-errors" id={id} aria-live="polite">
      {errors.map((error, index) => (
        <li key={index} data-testid="field-error" data-path={error.path} data-source={error.source}>
          {error.message}
        </li>
      ))}
    </ul>
  );
}
