import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useLocation, useSearch } from 'wouter';
import { useT } from '../../app/i18n';
import { useTRPC } from '../../app/trpc';
import { useEditorStore } from '../store/editor-context';
import { analyticsMessages as m } from './messages';
import { pathHighlight } from './path-highlight';

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
      <span>{t(m.enrollmentPath, { id: enrollment.data?.enrollment.displayName ?? enrollmentId.slice(0, 8) })}</span>
      <button type="button" className="button" onClick={() => navigate(location)}>
        {t(m.clearPath)}
      </button>
    </div>
  );
}

/** Reads `?enrollment=` from the address; nothing without it. */
export function EnrollmentPath() {
  const enrollmentId = new URLSearchParams(useSearch()).get('enrollment');
  return enrollmentId === null ? null : <EnrollmentPathHighlight key={enrollmentId} enrollmentId={enrollmentId} />;
}
