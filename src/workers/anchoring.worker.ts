/**
 * The anchoring worker: a message switch around the pure share-link decoder and anchoring job
 * (src/model), so a crafted link or import costs this thread, never the page's. It holds no
 * state between messages, so it can later be folded into the analysis worker (which will own
 * per-article text maps) or keep living beside it.
 */
import { runAnchorJob } from '../model/anchor-job';
import { decodeShareLink } from '../model/share/share-link';
import { workBudget } from '../model/work-budget';
import type { AnchoringReply, AnchoringRequest } from './anchoring-protocol';

const post = (reply: AnchoringReply) => (self as unknown as Worker).postMessage(reply);

self.onmessage = (event: MessageEvent<AnchoringRequest>) => {
  const request = event.data;
  try {
    if (request.type === 'decode-share') {
      post({ id: request.id, type: 'decoded', result: decodeShareLink(request.fragment) });
    } else {
      const results = runAnchorJob(request.text, request.items, workBudget(request.units));
      post({ id: request.id, type: 'anchored', results });
    }
  } catch (error) {
    post({ id: request.id, type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
