import {
  ChartPie,
  ClipboardList,
  DatabaseZap,
  FlaskConical,
  Gift,
  KeyRound,
  LayoutTemplate,
  LockKeyhole,
  MessageSquareText,
  PanelLeftClose,
  PanelLeftOpen,
  RadioTower,
  Route,
  ScrollText,
  UserCog,
  Users,
  type LucideIcon,
} from 'lucide-react';
import { Link, useLocation } from 'wouter';
import { UserMenu } from '../auth';
import { Button } from '../ui';
import { useT, type LocalizedText } from './i18n';
import { LanguageSelect } from './LanguageSelect';
import { appMessages as m } from './messages';
import { navMessages } from './nav-messages';
import type { SidebarMode } from './use-sidebar-mode';

interface NavItem {
  href: string;
  label: LocalizedText;
  icon: LucideIcon;
  /** Other paths that belong to this item (a journey's editor belongs to Journeys). */
  matches: (path: string) => boolean;
}

const startsWith = (prefix: string) => (path: string) => path === prefix || path.startsWith(`${prefix}/`);

const sections: readonly { title: LocalizedText; items: readonly NavItem[] }[] = [
  {
    title: m.engage,
    items: [
      { href: '/', label: m.journeys, icon: Route, matches: (path) => path === '/' || startsWith('/journeys')(path) },
      { href: '/templates', label: m.templates, icon: LayoutTemplate, matches: startsWith('/templates') },
      { href: '/messages', label: navMessages.messages, icon: MessageSquareText, matches: startsWith('/messages') },
    ],
  },
  {
    title: m.audience,
    items: [
      { href: '/customers', label: m.customers, icon: Users, matches: startsWith('/customers') },
      { href: '/segments', label: m.segments, icon: ChartPie, matches: startsWith('/segments') },
      { href: '/rewards', label: m.rewards, icon: Gift, matches: startsWith('/rewards') },
    ],
  },
  {
    title: m.settings,
    items: [
      { href: '/settings/channels', label: m.channels, icon: RadioTower, matches: startsWith('/settings/channels') },
      {
        href: '/settings/line-forms',
        label: navMessages.lineForms,
        icon: ClipboardList,
        matches: startsWith('/settings/line-forms'),
      },
      {
        href: '/settings/members',
        label: navMessages.members,
        icon: UserCog,
        matches: startsWith('/settings/members'),
      },
      {
        href: '/settings/api-keys',
        label: navMessages.apiKeys,
        icon: KeyRound,
        matches: startsWith('/settings/api-keys'),
      },
      {
        href: '/settings/secrets',
        label: navMessages.secrets,
        icon: LockKeyhole,
        matches: startsWith('/settings/secrets'),
      },
      { href: '/settings/audit', label: navMessages.audit, icon: ScrollText, matches: startsWith('/settings/audit') },
      {
        href: '/settings/control-group',
        label: navMessages.controlGroup,
        icon: FlaskConical,
        matches: startsWith('/settings/control-group'),
      },
      {
        href: '/settings/retention',
        label: navMessages.retention,
        icon: DatabaseZap,
        matches: startsWith('/settings/retention'),
      },
    ],
  },
];

/** The app's navigation: sections of pages, the UI language and the signed-in person. */
export function Sidebar({ mode, onToggle }: { mode: SidebarMode; onToggle: () => void }) {
  const t = useT();
  const [location] = useLocation();
  const rail = mode === 'rail';
  return (
    <aside className="sidebar" data-mode={mode} data-testid="sidebar">
      <div className="sidebar__brand">
        <Link href="/" className="sidebar__logo" aria-label="Wayfarer">
          <span className="sidebar__mark" aria-hidden="true">
            <Route size={18} />
          </span>
          {!rail && <span className="sidebar__name">Wayfarer</span>}
        </Link>
        <Button
          variant="ghost"
          size="sm"
          iconOnly
          icon={rail ? PanelLeftOpen : PanelLeftClose}
          onClick={onToggle}
          className="sidebar__toggle"
          data-testid="sidebar-toggle"
        >
          {t(rail ? m.expandSidebar : m.collapseSidebar)}
        </Button>
      </div>
      <nav className="sidebar__nav" aria-label={t(m.mainNavigation)} data-testid="app-nav">
        {sections.map((section) => (
          <div key={section.title.en} className="sidebar__section">
            <h2 className={rail ? 'visually-hidden' : 'sidebar__section-title'}>{t(section.title)}</h2>
            <ul>
              {section.items.map((item) => {
                const current = item.matches(location);
                return (
                  <li key={item.href}>
                    <Link
                      href={item.href}
                      className="sidebar__link"
                      aria-current={current ? 'page' : undefined}
                      title={rail ? t(item.label) : undefined}
                    >
                      <item.icon size={18} aria-hidden="true" />
                      <span className={rail ? 'visually-hidden' : 'sidebar__label'}>{t(item.label)}</span>
                    </Link>
                  </li>
                );
              })}
            </ul>
          </div>
        ))}
      </nav>
      <div className="sidebar__footer">
        <LanguageSelect compact={rail} />
        <UserMenu compact={rail} />
      </div>
    </aside>
  );
}
