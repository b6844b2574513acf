import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { Route, Switch } from 'wouter';
import { EditorPage } from '../editor';
import { JourneysPage } from '../journeys';
import { TemplatesPage } from '../templates';
import { adoptApiKeyFromUrl } from './api-key';
import { ApiKeyGate } from './ApiKeyGate';
import { AppHeader } from './AppHeader';
import { LocaleProvider } from './i18n';
import { createApiClient, createQueryClient, TRPCProvider } from './trpc';
import './app.css';

adoptApiKeyFromUrl();

/** Providers and routes. Each page is a feature folder with a small index.ts. */
export function App() {
  const [queryClient] = useState(createQueryClient);
  const [trpcClient] = useState(createApiClient);
  return (
    <LocaleProvider>
      <QueryClientProvider client={queryClient}>
        <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
          <ApiKeyGate>
            <AppHeader />
            <Switch>
              <Route path="/" component={JourneysPage} />
              <Route path="/templates" component={TemplatesPage} />
              <Route path="/journeys/:journeyId">{(params) => <EditorPage journeyId={params.journeyId} />}</Route>
              <Route path="/journeys/:journeyId/versions/:versionId">
                {(params) => <EditorPage journeyId={params.journeyId} versionId={params.versionId} />}
              </Route>
            </Switch>
          </ApiKeyGate>
        </TRPCProvider>
      </QueryClientProvider>
    </LocaleProvider>
  );
}
