import type { AnchorResult } from '../model/anchor';
import type { JobGroup } from '../model/anchor-job';
import type { Selector } from '../model/selectors';
import type { ShareDecodeResult } from '../model/share/share-link';

/**
 * One result on the wire: the selectors travel back only when the worker changed them (an elided
 * share-link quote restored); otherwise the page already holds them, and cloning thousands of
 * long quotes back costs the page (≈ 240 ms for a 20 MB crafted import, measured).
 */
export interface WireResult {
  result: AnchorResult;
  selectors?: Selector[];
}

export type AnchoringRequest =
  | { id: number; type: 'decode-share'; fragment: string }
  /** Each group's annotations anchored on its text, all from one allowance of `units`. */
  | { id: number; type: 'anchor'; groups: JobGroup[]; units: number };

export type AnchoringReply =
  | { id: number; type: 'decoded'; result: ShareDecodeResult }
  | { id: number; type: 'anchored'; results: WireResult[][] }
  | { id: number; type: 'error'; message: string };
