import type { ImportMapping } from '@wayfarer/imports/schema';
import { ArrowLeft } from 'lucide-react';
import { useState } from 'react';
import { useT } from '../app/i18n';
import { ButtonLink, Page } from '../ui';
import { ChooseFileStep } from './ChooseFileStep';
import type { ImportPreview, UploadedFile } from './import-types';
import { ListStep } from './ListStep';
import { MapColumnsStep } from './MapColumnsStep';
import { PreviewStep } from './PreviewStep';
import { WizardSteps, type WizardStep } from './WizardSteps';
import { wizardMessages as m } from './wizard-messages';
import './imports.css';

/** The file, its first rows and the mapping being made: what the steps after the upload share. */
interface Draft {
  file: UploadedFile;
  /** The suggested preview: header and sample rows. */
  sample: ImportPreview;
  mapping: ImportMapping;
}

/** The import wizard (`/customers/import`): file → columns → preview → list, then the job starts. */
export function ImportWizardPage() {
  const t = useT();
  const [step, setStep] = useState<WizardStep>('file');
  const [draft, setDraft] = useState<Draft | null>(null);
  const back = (
    <ButtonLink href="/customers" variant="ghost" size="sm" icon={ArrowLeft} className="back-link">
      {t(m.back)}
    </ButtonLink>
  );
  const setMapping = (mapping: ImportMapping) => setDraft((current) => current && { ...current, mapping });
  return (
    <Page
      className="import-page"
      width="wide"
      title={t(m.title)}
      subtitle={t(m.subtitle)}
      back={back}
      testId="import-wizard"
    >
      <WizardSteps current={step} />
      {step === 'file' || draft === null ? (
        <ChooseFileStep
          onUploaded={(file, sample) => {
            setDraft({ file, sample, mapping: { columns: sample.columns, defaultCountry: 'TW', dateOrder: 'ymd' } });
            setStep('map');
          }}
        />
      ) : step === 'map' ? (
        <MapColumnsStep
          sample={draft.sample}
          mapping={draft.mapping}
          onChange={setMapping}
          onBack={() => setStep('file')}
          onNext={() => setStep('preview')}
        />
      ) : step === 'preview' ? (
        <PreviewStep
          fileId={draft.file.fileId}
          mapping={draft.mapping}
          onBack={() => setStep('map')}
          onNext={() => setStep('list')}
        />
      ) : (
        <ListStep file={draft.file} mapping={draft.mapping} onBack={() => setStep('preview')} />
      )}
    </Page>
  );
}
