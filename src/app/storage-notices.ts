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

/**
 * Where the original was put aside. A save from a newer version of Marginalia is not damaged: this
 * version loaded what it understands, and the original is kept whole for that newer version.
 */
const where = (copy: KeptCopy): string => {
  const original = copy.reason === 'newer-version' ? 'The original' : 'The damaged original';
  switch (copy.savedIn) {
    case 'local':
      return `${original} was kept aside in this browser.`;
    case 'saving':
      return `${original} is being kept aside (browser storage is full, so in IndexedDB).`;
    case 'vault':
      return `${original} was kept aside in IndexedDB.`;
    case 'memory':
      return `${original} could not be stored anywhere (storage is full): download it now. Until then, nothing overwrites it.`;
  }
};

/** The kept copy's button: "the original" for a newer version's save, which is not damaged. */
const downloadLabel = (copy: KeptCopy) =>
  copy.reason === 'newer-version' ? 'Download the original' : 'Download the damaged copy';

function describeReport(report: LoadReport): string {
  const what = report.what[0].toUpperCase() + report.what.slice(1);
  const shown = report.problems.slice(0, 2).join('; ');
  const more = report.problems.length > 2 ? ` (and ${report.problems.length - 2} more)` : '';
  // A newer version's save says "loaded what this version understands" already.
  const loaded = report.kept?.reason === 'newer-version' ? '' : ' What could be read was loaded.';
  const kept = report.kept ? ` ${where(report.kept)}` : '';
  return `${what} could not all be read: ${shown}${more}.${loaded}${kept}`;
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
        message: `${copy.reason === 'newer-version' ? 'The original' : 'A damaged copy'} of your ${copy.source.replace(/^marginalia:/, '')} could not be kept aside: storage is full. Download it now.`,
        action: { label: downloadLabel(copy), run: () => void downloadKept(copy.key) },
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
      ...(kept ? { action: { label: downloadLabel(kept), run: () => void downloadKept(kept.key) } } : {}),
    });
  });

  return () => {
    stopReports();
    stopStatus();
    stopLifecycle();
    stopSync();
  };
}
