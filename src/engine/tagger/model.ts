/**
 * The trained tagger as data: for each of its two passes, which features it kept, one weight
 * row per feature (13 tags) and BILOU transition weights; and the temperatures that turn score
 * margins into the confidences `--explain` prints. Built by `npm run train` (scripts/train/train-tagger.ts) into model.json;
 * this module only decodes that file. Weights are 16-bit integers in base64 to keep the file
 * (and the worker chunk) small.
 */
import { NTAGS } from './regions';

/** One pass of the tagger in the committed JSON. */
export interface PassFile {
  /** Feature strings, "\n"-joined, in row order. */
  features: string;
  /** Row-major int16 weights (features × 13 tags), little-endian, base64. */
  weights: string;
  /** Multiply an int16 weight by this to get the trained value. */
  scale: number;
  /** 13 × 13 transition weights (previous tag × tag), already scaled. */
  transitions: number[];
}

/** The committed JSON. */
export interface ModelFile {
  format: 2;
  /** Reads the text on its own. */
  first: PassFile;
  /** Reads it again knowing what the first pass found elsewhere in the document (memory.ts). */
  second?: PassFile;
  /** First-pass scores are divided by this before the softmax that feeds the memory. */
  firstTemperature: number;
  /** Final scores are divided by this before the softmax of `--explain` confidences. */
  temperature: number;
  /** What it was trained on (for people reading the file; never read by the engine). */
  trainedOn: Record<string, unknown>;
}

export interface PassModel {
  index: Map<string, number>;
  weights: Float32Array;
  transitions: Float32Array;
}

export interface TaggerModel {
  first: PassModel;
  second?: PassModel;
  firstTemperature: number;
  temperature: number;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_INDEX = new Int16Array(128).fill(-1);
for (let k = 0; k < 64; k++) B64_INDEX[B64.charCodeAt(k)] = k;

export function decodeBase64(s: string): Uint8Array {
  let n = s.length;
  while (n > 0 && s[n - 1] === '=') n--;
  const out = new Uint8Array((n * 3) >> 2);
  let acc = 0,
    bits = 0,
    o = 0;
  for (let k = 0; k < n; k++) {
    const v = B64_INDEX[s.charCodeAt(k)];
    if (v < 0) throw new Error('model: bad base64');
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return out;
}

export function encodeBase64(bytes: Uint8Array): string {
  let out = '';
  for (let k = 0; k < bytes.length; k += 3) {
    const a = bytes[k],
      b = k + 1 < bytes.length ? bytes[k + 1] : 0,
      c = k + 2 < bytes.length ? bytes[k + 2] : 0;
    const v = (a << 16) | (b << 8) | c;
    out += B64[(v >> 18) & 63] + B64[(v >> 12) & 63];
    out += k + 1 < bytes.length ? B64[(v >> 6) & 63] : '=';
    out += k + 2 < bytes.length ? B64[v & 63] : '=';
  }
  return out;
}

export function readPass(file: PassFile): PassModel {
  const names = file.features === '' ? [] : file.features.split('\n');
  const index = new Map<string, number>();
  for (let k = 0; k < names.length; k++) index.set(names[k], k);
  const bytes = decodeBase64(file.weights);
  if (bytes.length !== names.length * NTAGS * 2) throw new Error('model: weights do not match features');
  const weights = new Float32Array(names.length * NTAGS);
  for (let k = 0; k < weights.length; k++) {
    let v = bytes[2 * k] | (bytes[2 * k + 1] << 8);
    if (v >= 0x8000) v -= 0x10000;
    weights[k] = v * file.scale;
  }
  return { index, weights, transitions: Float32Array.from(file.transitions) };
}

export function readModel(file: ModelFile): TaggerModel {
  if (file.format !== 2) throw new Error(`model: unknown format ${String(file.format)}`);
  return {
    first: readPass(file.first),
    second: file.second && readPass(file.second),
    firstTemperature: file.firstTemperature,
    temperature: file.temperature,
  };
}
