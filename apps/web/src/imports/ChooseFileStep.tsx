import { useState } from 'react';
import { useTRPCClient } from '../app/trpc';
import { useErrorText } from '../app/error-text';
import { useT } from '../app/i18n';
import { Button, Card, Field, FormError, Select } from '../ui';
import { UploadError, uploadEncodings, uploadImportFile, type UploadEncoding } from './import-files';
import type { ImportPreview, UploadedFile } from './import-types';
import { FileDrop } from './FileDrop';
import { wizardMessages as m } from './wizard-messages';

const encodingLabels = {
  'utf-8': m.encodingUtf8,
  big5: m.encodingBig5,
  gb18030: m.encodingGb,
  shift_jis: m.encodingSjis,
  'utf-16le': m.encodingUtf16,
} as const satisfies Record<UploadEncoding, unknown>;

const uploadFailureText = {
  too_large: m.uploadTooLarge,
  not_utf8: m.uploadNotUtf8,
  not_xlsx: m.uploadNotXlsx,
  other: m.uploadFailed,
} as const;

/** Step 1: the file (and a CSV's encoding), uploaded, then read once for its header and first rows. */
export function ChooseFileStep({ onUploaded }: { onUploaded: (file: UploadedFile, sample: ImportPreview) => void }) {
  const t = useT();
  const errorText = useErrorText();
  const client = useTRPCClient();
  const [file, setFile] = useState<File | null>(null);
  const [encoding, setEncoding] = useState<UploadEncoding>('utf-8');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const isCsv = file === null || !/\.xlsx$/i.test(file.name);

  const upload = async () => {
    if (file === null) return;
    setBusy(true);
    setError(null);
    try {
      const uploaded = await uploadImportFile(file, isCsv ? encoding : 'utf-8');
      try {
        onUploaded(uploaded, await client.imports.preview.query({ fileId: uploaded.fileId }));
      } catch (readError) {
        setError(t(m.readFailed, { reason: errorText(readError) }));
      }
    } catch (uploadError) {
      setError(t(uploadFailureText[uploadError instanceof UploadError ? uploadError.failure : 'other']));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card className="import-step" testId="import-file-step">
      <form
        className="import-file-form"
        onSubmit={(event) => {
          event.preventDefault();
          void upload();
        }}
      >
        <FileDrop file={file} onFile={setFile} />
        {isCsv && (
          <Field label={t(m.encodingLabel)}>
            {(control) => (
              <Select
                {...control}
                name="encoding"
                value={encoding}
                onChange={(event) => setEncoding(event.target.value as UploadEncoding)}
                options={uploadEncodings.map((value) => ({ value, label: t(encodingLabels[value]) }))}
              />
            )}
          </Field>
        )}
        {error !== null && <FormError testId="import-upload-error">{error}</FormError>}
        <div className="import-actions">
          <Button type="submit" variant="primary" disabled={file === null || busy} data-testid="import-upload">
            {busy ? t(m.uploading) : t(m.upload)}
          </Button>
        </div>
      </form>
    </Card>
  );
}
