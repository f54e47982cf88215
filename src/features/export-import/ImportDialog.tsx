/**
 * Import: a Marginalia backup, or W3C Web Annotations (ours or another tool's, e.g. a Hypothesis
 * export), from a file or pasted JSON. Detection, parsing and the report are in detect-import.ts;
 * merging and restoring are the caller's (props), so this component holds no store.
 *
 * Everything from the file is shown as text. The report goes to a `role="status"` region and
 * failures to a `role="alert"`; a file that fails to parse reaches neither callback.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Dialog } from '../../components/Dialog';
import type { Annotation } from '../../model/annotation';
import type { Backup } from '../../model/format/backup';
import {
  IMPORT_FILE_ACCEPT,
  MAX_IMPORT_BYTES,
  TOO_LARGE_MESSAGE,
  describeBackupImport,
  followSlowSaves,
  elsewhereNote,
  importW3C,
  incomingOf,
  planImport,
  type BackupCounts,
  type MergeCounts,
} from './detect-import';
import { checkOrphans } from './import-orphans';
import './export.css';

export interface ImportDialogProps {
  open: boolean;
  onClose: () => void;
  /** The open article: imported annotations of any source attach to it, and orphans are counted against its text. */
  article?: { id: string; text: string; url?: string };
  /** Merges into the store (`importAnnotations`); `updated` (newer copies) counts as imported when given. */
  onImportAnnotations: (list: Annotation[]) => MergeCounts;
  onImportBackup: (backup: Backup) => Promise<BackupCounts>;
  /** The title of a library article, for saying where imported records of another article went. */
  titleOf?: (articleId: string) => string | undefined;
}

export function ImportDialog({ open, onClose, ...rest }: ImportDialogProps) {
  // The form lives inside the dialog, which unmounts its children when closed: reopening starts clean.
  return (
    <Dialog open={open} title="Import annotations" onClose={onClose}>
      <ImportForm {...rest} />
    </Dialog>
  );
}

type FormProps = Omit<ImportDialogProps, 'open' | 'onClose'>;

function ImportForm({ article, onImportAnnotations, onImportBackup, titleOf = () => undefined }: FormProps) {
  const [file, setFile] = useState<File | null>(null);
  const [pasted, setPasted] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [report, setReport] = useState('');
  const [busy, setBusy] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);
  // A slow save that lands after the dialog closed has no report to update (the library says it),
  // nor one that lands after another file was chosen or imported: that report is not its own.
  const mounted = useRef(true);
  const reportFor = useRef(0);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const id = useId();
  const errorId = `${id}-error`;

  const chooseFile = (chosen: File | null) => {
    reportFor.current++;
    setFile(chosen);
    setReport('');
    setError(chosen && chosen.size > MAX_IMPORT_BYTES ? TOO_LARGE_MESSAGE : null);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const mine = ++reportFor.current;
    setError(null);
    setReport('');
    if (file && file.size > MAX_IMPORT_BYTES) {
      setError(TOO_LARGE_MESSAGE);
      return;
    }
    setBusy(true);
    try {
      const text = file ? await file.text() : pasted;
      const plan = planImport(text, { currentArticleId: article?.id, importedAt: new Date().toISOString() });
      if (plan.kind === 'error') {
        setError(plan.message);
        return;
      }
      // Checked before merging, in the anchoring worker: a crafted file costs that thread, not the page.
      const texts = new Map(
        plan.kind === 'backup'
          ? plan.backup.articles.map((a) => [a.id, a.text])
          : article
            ? [[article.id, article.text]]
            : [],
      );
      const candidates = plan.kind === 'backup' ? plan.backup.annotations : incomingOf(plan.results);
      const orphans = await checkOrphans(candidates, (id) => texts.get(id));
      const counts = plan.kind === 'backup' ? await onImportBackup(plan.backup) : undefined;
      const outcome =
        plan.kind === 'backup' && counts
          ? describeBackupImport(plan.backup, counts, orphans, plan.rejected)
          : importW3C(
              plan.kind === 'backup' ? [] : plan.results,
              onImportAnnotations,
              orphans,
              plan.kind === 'backup' ? '' : elsewhereNote(incomingOf(plan.results), article?.id, titleOf),
            );
      if (plan.kind === 'backup' && counts?.stillSaving?.length) {
        const backup = plan.backup;
        followSlowSaves(counts, (now) => {
          if (mounted.current && reportFor.current === mine)
            setReport(describeBackupImport(backup, now, orphans, plan.rejected).message);
        });
      }
      if (outcome.tone === 'error') {
        setError(`Nothing was imported. ${outcome.message}`);
        return;
      }
      setReport(outcome.message);
      setFile(null);
      setPasted('');
      if (fileRef.current) fileRef.current.value = '';
    } catch (err) {
      setError(`The import failed${err instanceof Error && err.message ? `: ${err.message}` : '.'}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form import-form" onSubmit={submit} aria-describedby={`${id}-hint`}>
      <p id={`${id}-hint`} className="hint">
        A Marginalia backup, or W3C Web Annotations (JSON-LD) from Marginalia or another tool such as Hypothesis.
        {article
          ? ' Annotations are attached to the open article, unless the file is Marginalia’s export of another article.'
          : ''}
      </p>
      <label>
        Choose a file to import
        <input
          ref={fileRef}
          type="file"
          accept={IMPORT_FILE_ACCEPT}
          onChange={(e) => chooseFile(e.target.files?.[0] ?? null)}
          aria-describedby={error ? errorId : undefined}
        />
      </label>
      <p className="import-or">A chosen file is used before pasted text.</p>
      <label>
        …or paste JSON
        <textarea
          value={pasted}
          onChange={(e) => setPasted(e.target.value)}
          rows={6}
          spellCheck={false}
          aria-describedby={error ? errorId : undefined}
        />
      </label>
      {error && (
        <p id={errorId} className="form-error" role="alert">
          {error}
        </p>
      )}
      <p className="import-report" role="status">
        {report}
      </p>
      <div className="form-actions">
        <button type="submit" className="primary" aria-disabled={busy}>
          {busy ? 'Importing…' : 'Import'}
        </button>
      </div>
    </form>
  );
}
