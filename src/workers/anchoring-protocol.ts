import type { JobItem, JobResult } from '../model/anchor-job';
import type { ShareDecodeResult } from '../model/share/share-link';

export type AnchoringRequest =
  | { id: number; type: 'decode-share'; fragment: string }
  | { id: number; type: 'anchor'; text: string; items: JobItem[]; units: number };

export type AnchoringReply =
  | { id: number; type: 'decoded'; result: ShareDecodeResult }
  | { id: number; type: 'anchored'; results: JobResult[] }
  | { id: number; type: 'error'; message: string };
