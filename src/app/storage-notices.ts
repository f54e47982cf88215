/**
 * Tells the user, once, when their annotations are not being saved (storage full, unavailable)
 * or when saved data could not be read — and offers a backup download so nothing is lost.
 */
import { buildBackup } from '../api/backup';
import { downloadText } from '../lib/download';
import { annotationsStorage, annotationsStore, startCrossTabSync } from '../store/annotations';
import { notify } from '../store/notices';

const downloadBackup = () => {
  void buildBackup().then((json) =>
    downloadText(`marginalia-backup-${new Date().toISOString().slice(0, 10)}.json`, 'application/json', json),
  );
};

export function watchStorage(): () => void {
  const stopSync = startCrossTabSync();
  const show = () => {
    const status = annotationsStorage.getStatus();
    if (!status.lastError) return;
    const withKey = status.backupKey ? `${status.message} (Kept as “${status.backupKey}”.)` : status.message;
    notify({ tone: 'error', message: withKey, action: { label: 'Download a backup', run: downloadBackup } });
  };
  show();
  const problems = annotationsStore.getState().loadProblems;
  if (problems.length) {
    notify({
      tone: 'error',
      message: `Some saved annotations could not be read: ${problems.slice(0, 3).join('; ')}${problems.length > 3 ? '…' : ''}`,
    });
  }
  const stop = annotationsStorage.subscribe(show);
  return () => {
    stop();
    stopSync();
  };
}
