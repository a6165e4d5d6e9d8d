/** `global.gc` without starting node with --expose-gc: a full collection, for memory figures (and a clean heap) that mean something. */
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';

export function fullGc(): () => void {
  v8.setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}
