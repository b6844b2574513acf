import { QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { Route, Switch } from 'wouter';
import { CustomerProfilePage, CustomersPage } from '../customers';
import { ControlGroupPage, ExperimentsPage } from '../experiments';
import { InsightsPage } from '../insights';
import { JourneysPage } from '../journeys';
import { RewardOptionsProvider, RewardsPage } from '../loyalty';
import { SegmentOptionsProvider, SegmentPage, SegmentsPage } from '../segments';
import { MessageLibraryProvider } from '../message-templates/library-context';
import { TemplatesPage } from '../templates';
import { ChannelSettingsPage, LineSetupPage, RetentionSettingsPage } from '../settings';
import { RichMenusPage } from '../rich-menus';
import { MembersPage } from '../members';
import { LineFormsPage } from '../line-forms';
import { ApiKeysPage, AuditPage, SecretsPage } from '../admin';
import { ApiKeyGate } from './ApiKeyGate';
import { AppShell } from './AppShell';
import { LocaleProvider, useT } from './i18n';
import { appMessages } from './messages';
import { loadedPage } from './loaded-page';
import { loadEditor } from './editor-address';
import { openingClients } from './opening-page';
import { TRPCProvider } from './trpc';
import { ToastProvider } from '../ui';

// The editor (React Flow, forms, Liquid) is most of the bundle: the list opens without it.
// The message library page reuses the editor's generated forms: loaded like the editor, on demand.
const MessagesPage = loadedPage(() => import('../message-templates').then((module) => module.MessagesPage));
const EditorPage = loadedPage(() => loadEditor().then((module) => module.EditorPage));
// The import pages read phone numbers' countries (libphonenumber's metadata): loaded when opened.
const importPages = () => import('../imports');
const ImportWizardPage = loadedPage(() => importPages().then((module) => module.ImportWizardPage));
const ImportHistoryPage = loadedPage(() => importPages().then((module) => module.ImportHistoryPage));
const ImportProgressPage = loadedPage(() => importPages().then((module) => module.ImportProgressPage));

function LocalizedToasts({ children }: { children: ReactNode }) {
  const t = useT();
  return <ToastProvider closeLabel={t(appMessages.close)}>{children}</ToastProvider>;
}

/** Providers and routes. Each page is a feature folder with a small index.ts. */
export function App() {
  const [{ queryClient, trpcClient }] = useState(openingClients);
  return (
    <LocaleProvider>
      <LocalizedToasts>
        <QueryClientProvider client={queryClient}>
          <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
            <SegmentOptionsProvider>
              <RewardOptionsProvider>
                <MessageLibraryProvider>
                  <ApiKeyGate>
                    <AppShell>
                      <Switch>
                        <Route path="/" component={JourneysPage} />
                        <Route path="/templates" component={TemplatesPage} />
                        <Route path="/messages" component={MessagesPage} />
                        <Route path="/customers" component={CustomersPage} />
                        <Route path="/customers/import" component={ImportWizardPage} />
                        <Route path="/customers/imports" component={ImportHistoryPage} />
                        <Route path="/customers/imports/:importId">
                          {(params) => <ImportProgressPage importId={params.importId} />}
                        </Route>
                        <Route path="/customers/:customerId">
                          {(params) => <CustomerProfilePage customerId={params.customerId} />}
                        </Route>
                        <Route path="/segments" component={SegmentsPage} />
                        <Route path="/settings/channels" component={ChannelSettingsPage} />
                        <Route path="/settings/channels/line" component={LineSetupPage} />
                        <Route path="/settings/channels/rich-menus" component={RichMenusPage} />
                        <Route path="/settings/line-forms" component={LineFormsPage} />
                        <Route path="/settings/members" component={MembersPage} />
                        <Route path="/settings/api-keys" component={ApiKeysPage} />
                        <Route path="/settings/secrets" component={SecretsPage} />
                        <Route path="/settings/audit" component={AuditPage} />
                        <Route path="/settings/control-group" component={ControlGroupPage} />
                        <Route path="/settings/retention" component={RetentionSettingsPage} />
                        <Route path="/rewards" component={RewardsPage} />
                        <Route path="/segments/new">{() => <SegmentPage segmentId={undefined} />}</Route>
                        <Route path="/segments/:segmentId">
                          {(params) => <SegmentPage segmentId={params.segmentId} />}
                        </Route>
                        <Route path="/journeys/:journeyId/experiments">
                          {(params) => <ExperimentsPage journeyId={params.journeyId} />}
                        </Route>
                        <Route path="/journeys/:journeyId/insights">
                          {(params) => <InsightsPage journeyId={params.journeyId} />}
                        </Route>
                        <Route path="/journeys/:journeyId">
                          {(params) => <EditorPage journeyId={params.journeyId} />}
                        </Route>
                        <Route path="/journeys/:journeyId/versions/:versionId">
                          {(params) => <EditorPage journeyId={params.journeyId} versionId={params.versionId} />}
                        </Route>
                      </Switch>
                    </AppShell>
                  </ApiKeyGate>
                </MessageLibraryProvider>
              </RewardOptionsProvider>
            </SegmentOptionsProvider>
          </TRPCProvider>
        </QueryClientProvider>
      </LocalizedToasts>
    </LocaleProvider>
  );
}
