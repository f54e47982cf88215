import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { analysisQueryOptions } from '../api/analysis';
import { articleQueryOptions } from '../api/articles';
import { App } from './App';
import { bootAnalysis, bootArticle } from './boot-paint';
import { watchStorage } from './storage-notices';
import { guardUnloadWhileWriting } from './unload-guard';
import { watchInstallPrompt } from '../features/install/use-install-prompt';
import { registerServiceWorker } from '../features/offline/register-sw';

// Articles do not change under the reader: no refetch on focus or reconnect.
const queryClient = new QueryClient({
  defaultOptions: { queries: { refetchOnWindowFocus: false, refetchOnReconnect: false } },
});

watchStorage();
guardUnloadWhileWriting();
watchInstallPrompt();
void registerServiceWorker();
// The boot script (boot.ts) has started the analysis worker and maybe painted the article: the
// first render takes that article over, so it renders the very page already on screen.
const boot = await bootArticle();
if (boot) {
  queryClient.setQueryData(articleQueryOptions(boot.key, async () => []).queryKey, boot.article);
  // The landing page's layers are already painted from the build's analysis: start from it too.
  const analysis = bootAnalysis(boot.article.text);
  if (analysis) queryClient.setQueryData(analysisQueryOptions(boot.article).queryKey, analysis);
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
