import { Megaphone } from 'lucide-react';
import { useState } from 'react';
import { useT } from '../../app/i18n';
import { Button, Dialog } from '../../ui';
import { useEditor } from '../store/editor-context';
import { selectNodes } from '../store/selectors';
import { BroadcastForm } from './BroadcastForm';
import { BroadcastHistory } from './BroadcastHistory';
import { broadcastMessages as m } from './messages';
import { BROADCAST_TRIGGER } from './use-broadcast-audience';
import './broadcast.css';

/** The toolbar's Broadcast button (a live journey whose trigger is a broadcast) and its dialog. */
export function BroadcastButton({ journeyId, liveVersionId }: { journeyId: string; liveVersionId: string | null }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const broadcastable = useEditor((state) => selectNodes(state).some((node) => node.type === BROADCAST_TRIGGER));
  if (liveVersionId === null || !broadcastable) return null;
  return (
    <>
      <Button
        icon={Megaphone}
        collapsible
        className="broadcast-action"
        onClick={() => setOpen(true)}
        data-testid="broadcast-open"
      >
        {t(m.broadcast)}
      </Button>
      <Dialog
        isOpen={open}
        onClose={() => setOpen(false)}
        title={t(m.title)}
        description={t(m.description)}
        closeLabel={t(m.close)}
        testId="broadcast-dialog"
      >
        <BroadcastForm journeyId={journeyId} liveVersionId={liveVersionId} />
        <BroadcastHistory journeyId={journeyId} />
      </Dialog>
    </>
  );
}
