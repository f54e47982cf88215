/**
 * The model that ships: model.json, written by `npm run train` and committed. Imported
 * statically, so it travels with the engine (in the browser, inside the lazily started analysis
 * worker's chunk) and is decoded once, on first use.
 */
import file from './model.json';
import { readModel, type ModelFile, type TaggerModel } from './model';

let cached: TaggerModel | undefined;

export function defaultModel(): TaggerModel {
  cached ??= readModel(file as unknown as ModelFile);
  return cached;
}
