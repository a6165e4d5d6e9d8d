/**
 * Which answers the response cache keeps: those asked for a second time
 * while the first asking is still remembered ("cache on second request").
 *
 * Keeping every answer costs a serialisation and an insertion per request,
 * and under traffic of one-off questions (every lookup a different id) it
 * fills the store with answers nobody asks for again, evicting the ones
 * that are. A question repeated on an unchanged graph is kept on its second
 * asking and answered from memory from the third.
 *
 * First askings are remembered as 32-bit hashes in a set of bounded size,
 * emptied when full (the "doorkeeper" of TinyLFU): a few bytes each, so the
 * memory stays small beside the store. Two keys with the same hash only
 * admit the second one early; no answer is ever served for the wrong key.
 */

/** FNV-1a over the string's UTF-16 code units: fast, and spread well enough for a doorkeeper. */
function hash32(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export class SecondRequestAdmission {
  private readonly askedOnce = new Set<number>();
  /** Answers not kept because their question had not been asked before. */
  firstAskings = 0;

  /** `capacity`: how many first askings are remembered before the set starts over. */
  constructor(private readonly capacity: number) {}

  /** True when the answer for `key` should be kept: its question was asked before. */
  admit(key: string): boolean {
    const hash = hash32(key);
    if (this.askedOnce.delete(hash)) return true;
    if (this.askedOnce.size >= this.capacity) this.askedOnce.clear();
    this.askedOnce.add(hash);
    this.firstAskings += 1;
    return false;
  }
}
