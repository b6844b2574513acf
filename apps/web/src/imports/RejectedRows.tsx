import { useQuery } from '@tanstack/react-query';
import { Download } from 'lucide-react';
import { useState } from 'react';
import { useLocale, useT } from '../app/i18n';
import { useTRPC } from '../app/trpc';
import { Button, Card, FormError, Table } from '../ui';
import { downloadRejectedRows } from './import-files';
import { isActive, type ImportJob } from './import-types';
import { progressMessages as p } from './progress-messages';

const SHOWN = 10;
const POLL_MS = 2_000;

/** The first rows the import did not write, with why in words, and the whole list as a file. */
export function RejectedRows({ job }: { job: ImportJob }) {
  const t = useT();
  const { locale } = useLocale();
  const trpc = useTRPC();
  // Asked again as the count grows, so the first rows appear while the import still runs.
  const rejects = useQuery({
    ...trpc.imports.rejects.queryOptions({ id: job.id, limit: SHOWN, locale }),
    refetchInterval: isActive(job.status) && job.rejected < SHOWN ? POLL_MS : false,
  });
  const shownCount = Math.min(SHOWN, job.rejected);
  const [downloadFailed, setDownloadFailed] = useState(false);
  const download = () => {
    setDownloadFailed(false);
    downloadRejectedRows(job.id, job.fileName, locale).catch(() => setDownloadFailed(true));
  };
  return (
    <Card
      className="import-rejects"
      title={t(p.rejectedTitle)}
      description={t(p.rejectedFirst, { count: shownCount, total: job.rejected })}
      testId="import-rejects"
      actions={
        <Button icon={Download} onClick={download} data-testid="import-download-rejected">
          {t(p.download)}
        </Button>
      }
    >
      {downloadFailed && <FormError>{t(p.downloadFailed)}</FormError>}
      <Table className="import-rejects-table" interactive={false}>
        <thead>
          <tr>
            <th scope="col" className="ui-table__num">
              {t(p.rowHeader)}
            </th>
            <th scope="col">{t(p.reasonHeader)}</th>
          </tr>
        </thead>
        <tbody>
          {(rejects.data ?? []).map((reject) => (
            <tr key={reject.row} data-testid="import-reject" data-row={reject.row}>
              <td className="ui-table__num">{reject.row}</td>
              <td>{reject.description}</td>
            </tr>
          ))}
        </tbody>
      </Table>
    </Card>
  );
}
