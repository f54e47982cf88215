import type { Analysis } from '../engine/types';
import type { AnalysisStage } from './analysis-shared';

/** `warm`: start loading what the analysis needs (the gazetteer) before any text arrives. */
export type WorkerRequest = { id: number; text: string } | { id: number; warm: true };

export type WorkerReply =
  | { id: number; type: 'stage'; stage: AnalysisStage }
  | { id: number; type: 'done'; analysis: Analysis }
  | { id: number; type: 'error'; message: string };
