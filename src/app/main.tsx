import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './styles.css';
import { watchStorage } from './storage-notices';
import { warmUpAnalysis } from '../workers/analysis-client';
import { watchInstallPrompt } from '../features/install/use-install-prompt';
import { registerServiceWorker } from '../features/offline/register-sw';

// Articles do not change under the reader: no refetch on focus or reconnect.
const queryClient = new QueryClient({
  defaultOptions: { queries: { refetchOnWindowFocus: false, refetchOnReconnect: false } },
});

watchStorage();
watchInstallPrompt();
void registerServiceWorker();
// Start the analysis worker once the page is idle: early enough to overlap the article's loading,
// late enough not to compete with the first paint.
if ('requestIdleCallback' in window) requestIdleCallback(warmUpAnalysis, { timeout: 1000 });
else setTimeout(warmUpAnalysis, 200);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
