import type { Analysis } from '../engine/types';
import type { AnalysisStage } from './analysis-shared';

export interface WorkerRequest {
  id: number;
  text: string;
}

export type WorkerReply =
  | { id: number; type: 'stage'; stage: AnalysisStage }
  | { id: number; type: 'done'; analysis: Analysis }
  | { id: number; type: 'error'; message: string };
