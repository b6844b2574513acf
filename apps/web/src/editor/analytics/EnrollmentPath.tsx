import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useLocation, useSearch } from 'wouter';
import { useT } from '../../app/i18n';
import { useTRPC } from '../../app/trpc';
import { useEditorStore } from '../store/editor-context';
import { analyticsMessages as m } from './messages';
import { pathHighlight } from './path-highlight';
import { Waypoints, X } from 'lucide-react';
import { Button } from '../../ui';

/** Highlights one enrollment's path (`?enrollment=<id>`, linked from the explorer) while mounted. */
function EnrollmentPathHighlight({ enrollmentId }: { enrollmentId: string }) {
  const t = useT();
  const trpc = useTRPC();
  const store = useEditorStore();
  const [location, navigate] = useLocation();
  const enrollment = useQuery(trpc.enrollments.get.queryOptions({ enrollmentId }));
  useEffect(() => {
    if (!enrollment.data) return;
    store.getState().setHighlight(pathHighlight(enrollment.data.path, store.getState().doc.graph.edges));
  }, [enrollment.data, store]);
  useEffect(() => () => store.getState().setHighlight(null), [store]);
  return (
    <div className="path-banner" data-testid="enrollment-path-banner">
      <Waypoints size={16} aria-hidden="true" />
      <span>{t(m.enrollmentPath, { id: enrollment.data?.enrollment.displayName ?? enrollmentId.slice(0, 8) })}</span>
      <Button size="sm" variant="ghost" icon={X} onClick={() => navigate(location)}>
        {t(m.clearPath)}
      </Button>
    </div>
  );
}

/** Reads `?enrollment=` from the address; nothing without it. */
export function EnrollmentPath() {
  const enrollmentId = new URLSearchParams(useSearch()).get('enrollment');
  return enrollmentId === null ? null : <EnrollmentPathHighlight key={enrollmentId} enrollmentId={enrollmentId} />;
}
