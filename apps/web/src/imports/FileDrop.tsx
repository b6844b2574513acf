import { FileSpreadsheet, Upload } from 'lucide-react';
import { useId, useState } from 'react';
import { useLocale, useT } from '../app/i18n';
import { wizardMessages as m } from './wizard-messages';

const ACCEPT = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function sizeText(bytes: number, locale: string): string {
  const format = new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 1 });
  return bytes >= 1_000_000
    ? new Intl.NumberFormat(locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(bytes / 1e6)
    : format.format(bytes / 1e3);
}

/**
 * The file to import, chosen or dropped: a drop zone in the app's language around a hidden native
 * input (whose own "Choose file" text would follow the browser's language instead).
 */
export function FileDrop({ file, onFile }: { file: File | null; onFile: (file: File | null) => void }) {
  const t = useT();
  const { locale } = useLocale();
  const id = useId();
  const [over, setOver] = useState(false);
  return (
    <div className="import-drop-field">
      <span className="ui-field__label" id={`${id}-label`}>
        {t(m.fileLabel)}
      </span>
      <label
        className="import-drop"
        data-over={over || undefined}
        data-testid="import-drop"
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(event) => {
          event.preventDefault();
          setOver(false);
          onFile(event.dataTransfer.files[0] ?? null);
        }}
      >
        <input
          type="file"
          name="file"
          className="visually-hidden"
          accept={ACCEPT}
          aria-labelledby={`${id}-label`}
          aria-describedby={`${id}-help`}
          data-testid="import-file-input"
          onChange={(event) => onFile(event.target.files?.[0] ?? null)}
        />
        {file === null ? (
          <>
            <Upload size={24} aria-hidden="true" />
            <span className="import-drop__title">{t(m.dropTitle)}</span>
          </>
        ) : (
          <>
            <FileSpreadsheet size={24} aria-hidden="true" />
            <span className="import-drop__title" data-testid="import-file-name">
              {file.name}
            </span>
            <span className="import-drop__meta">
              {sizeText(file.size, locale)} · {t(m.dropChange)}
            </span>
          </>
        )}
      </label>
      <p className="ui-field__help" id={`${id}-help`}>
        {t(m.fileHelp)}
      </p>
    </div>
  );
}
