import type { ReactNode } from 'react';
import { useLocation } from 'wouter';
import { Sidebar } from './Sidebar';
import { useSidebarMode } from './use-sidebar-mode';
import './app-shell.css';

/** The journey editor (a draft or a version), not its overview page. */
function isEditorRoute(path: string): boolean {
  return /^\/journeys\/[^/]+(\/versions\/[^/]+)?\/?$/.test(path);
}

/** Sidebar on the left, the page on the right; only the page scrolls. */
export function AppShell({ children }: { children: ReactNode }) {
  const [location] = useLocation();
  const [mode, toggle] = useSidebarMode(isEditorRoute(location));
  return (
    <div className="app-shell" data-sidebar={mode}>
      <Sidebar mode={mode} onToggle={toggle} />
      <div className="app-shell__main">{children}</div>
    </div>
  );
}
