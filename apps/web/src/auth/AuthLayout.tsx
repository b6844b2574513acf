import { Route } from 'lucide-react';
import type { ReactNode } from 'react';
import { LanguageSelect } from '../app/LanguageSelect';
import './auth.css';

/** The frame of the signed-out pages: the brand, the language, a card, and what goes below it. */
export function AuthLayout({ children, below }: { children: ReactNode; below?: ReactNode }) {
  return (
    <div className="auth-layout">
      <header className="auth-layout__top">
        <span className="auth-layout__brand">
          <span className="sidebar__mark" aria-hidden="true">
            <Route size={18} />
          </span>
          Wayfarer
        </span>
        <div className="auth-layout__language">
          <LanguageSelect />
        </div>
      </header>
      <main className="auth-card">{children}</main>
      {below !== undefined && <div className="auth-layout__below">{below}</div>}
    </div>
  );
}
