import type { JobGroup, JobResult } from '../model/anchor-job';
import type { ShareDecodeResult } from '../model/share/share-link';

export type AnchoringRequest =
  | { id: number; type: 'decode-share'; fragment: string }
  /** Each group's annotations anchored on its text, all from one allowance of `units`. */
  | { id: number; type: 'anchor'; groups: JobGroup[]; units: number };

export type AnchoringReply =
  | { id: number; type: 'decoded'; result: ShareDecodeResult }
  | { id: number; type: 'anchored'; results: JobResult[][] }
  | { id: number; type: 'error'; message: string };
