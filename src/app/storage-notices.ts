/**
 * Tells the user when their work is not being saved (storage full, unavailable) and when saved
 * data could not be read — naming what, where the damaged original was kept, and offering it (or
 * a full backup) as a download, so nothing is lost. Also starts what keeps saving going: the
 * cross-tab sync of annotations and the retries of refused writes on page hide.
 */
import { buildBackup } from '../api/backup';
import { downloadKept } from '../features/library/KeptCopies';
import { downloadText } from '../lib/download';
import { watchLifecycle, type KeptCopy, type StorageStatus } from '../lib/safe-storage';
import { appStorage, watchLoadReports, type LoadReport } from '../store/app-storage';
import { flushPersist, startCrossTabSync } from '../store/annotations';
import { dismissNotice, notify } from '../store/notices';

const today = () => new Date().toISOString().slice(0, 10);

export const downloadBackup = () => {
  void buildBackup().then(
    (json) => downloadText(`marginalia-backup-${today()}.json`, 'application/json', json),
    // Asked for from a notice: the refusal's reason is told the same way, not lost in the console.
    (err: unknown) =>
      notify({
        tone: 'error',
        message: `Could not make the backup${err instanceof Error && err.message ? `: ${err.message}` : '.'}`,
        action: { label: 'Try again', run: downloadBackup },
      }),
  );
};

const WHERE: Record<KeptCopy['savedIn'], string> = {
  local: 'The damaged original was kept aside in this browser.',
  saving: 'The damaged original is being kept aside (browser storage is full, so in IndexedDB).',
  vault: 'The damaged original was kept aside in IndexedDB.',
  memory:
    'The damaged original could not be stored anywhere (storage is full): download it now. Until then, nothing overwrites it.',
};

function describeReport(report: LoadReport): string {
  const what = report.what[0].toUpperCase() + report.what.slice(1);
  const shown = report.problems.slice(0, 2).join('; ');
  const more = report.problems.length > 2 ? ` (and ${report.problems.length - 2} more)` : '';
  const where = report.kept ? ` ${WHERE[report.kept.savedIn]}` : '';
  return `${what} could not all be read: ${shown}${more}. What could be read was loaded.${where}`;
}

export function watchStorage(): () => void {
  const stopSync = startCrossTabSync();
  const stopLifecycle = watchLifecycle(appStorage, window, flushPersist);

  let savingNotice: number | undefined;
  let lastMessage = '';
  const announced = new Set<string>();
  const onStatus = (status: StorageStatus) => {
    if (status.message !== lastMessage) {
      if (savingNotice !== undefined) dismissNotice(savingNotice);
      savingNotice = status.message
        ? notify({
            tone: 'error',
            message: status.message,
            action: { label: 'Download a backup', run: downloadBackup },
          })
        : undefined;
      lastMessage = status.message;
    }
    // A copy that fell back to memory is in danger: say so once, with the copy to download.
    for (const copy of status.kept) {
      if (copy.savedIn !== 'memory' || announced.has(copy.key)) continue;
      announced.add(copy.key);
      notify({
        tone: 'error',
        message: `A damaged copy of your ${copy.source.replace(/^marginalia:/, '')} could not be kept aside: storage is full. Download it now.`,
        action: { label: 'Download the damaged copy', run: () => void downloadKept(copy.key) },
      });
    }
  };
  onStatus(appStorage.getStatus());
  const stopStatus = appStorage.subscribe(onStatus);

  const stopReports = watchLoadReports((report) => {
    // The report's own notice says where the copy is; one still being saved may yet fall back to
    // memory, and the reader must then hear that it is in danger.
    if (report.kept?.savedIn === 'memory') announced.add(report.kept.key);
    const kept = report.kept;
    notify({
      tone: 'error',
      message: describeReport(report),
      ...(kept ? { action: { label: 'Download the damaged copy', run: () => void downloadKept(kept.key) } } : {}),
    });
  });

  return () => {
    stopReports();
    stopStatus();
    stopLifecycle();
    stopSync();
  };
}
