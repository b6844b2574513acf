// The identity keys an import has already written, held by the worker as 64-bit hashes (12 bytes a
// key, however long) instead of a row per key in Postgres. A hash names the batch that wrote the key;
// the caller confirms a hit against that batch's stored keys, so a collision never rejects a row.

/** 64-bit FNV-1a of a string's UTF-16 code units, as two 32-bit halves (never both zero). */
export function keyHash(key: string): [number, number] {
  let hi = 0xcbf29ce4;
  let lo = 0x84222325;
  for (let index = 0; index < key.length; index++) {
    lo ^= key.charCodeAt(index);
    // × the FNV prime 2^40 + 0x1b3, in 16-bit pieces so no product leaves a double's exact range.
    const loProduct = (lo & 0xffff) * 0x1b3;
    const midProduct = (lo >>> 16) * 0x1b3 + (loProduct >>> 16);
    const newHi = (Math.imul(hi, 0x1b3) + Math.imul(lo, 0x100) + (midProduct >>> 16)) >>> 0;
    lo = ((midProduct << 16) | (loProduct & 0xffff)) >>> 0;
    hi = newHi;
  }
  return hi === 0 && lo === 0 ? [0, 1] : [hi, lo];
}

/** Open addressing over typed arrays: hash halves and the batch (its first row) of each key. */
export class ImportKeyIndex {
  #hi = new Uint32Array(1024);
  #lo = new Uint32Array(1024);
  #batch = new Int32Array(1024);
  #size = 0;

  get size(): number {
    return this.#size;
  }

  /** Records a hash for the batch starting at `batch` (a key written twice keeps both). */
  add(hash: readonly [number, number], batch: number): void {
    if ((this.#size + 1) * 4 > this.#hi.length * 3) this.#grow();
    this.#put(hash[0], hash[1], batch);
    this.#size++;
  }

  /** The batches that wrote a key with this hash (usually none; two only on a collision). */
  batchesOf(hash: readonly [number, number]): number[] {
    const found: number[] = [];
    const mask = this.#hi.length - 1;
    for (let slot = this.#slotOf(hash[0], hash[1]); ; slot = (slot + 1) & mask) {
      const hi = this.#hi[slot] ?? 0;
      const lo = this.#lo[slot] ?? 0;
      if (hi === 0 && lo === 0) return found;
      if (hi === hash[0] && lo === hash[1]) found.push(this.#batch[slot] ?? 0);
    }
  }

  #slotOf(hi: number, lo: number): number {
    return (Math.imul(lo ^ hi, 0x9e3779b1) >>> 0) & (this.#hi.length - 1);
  }

  #put(hi: number, lo: number, batch: number): void {
    const mask = this.#hi.length - 1;
    let slot = this.#slotOf(hi, lo);
    while (this.#hi[slot] !== 0 || this.#lo[slot] !== 0) slot = (slot + 1) & mask;
    this.#hi[slot] = hi;
    this.#lo[slot] = lo;
    this.#batch[slot] = batch;
  }

  #grow(): void {
    const [hi, lo, batch] = [this.#hi, this.#lo, this.#batch];
    this.#hi = new Uint32Array(hi.length * 2);
    this.#lo = new Uint32Array(hi.length * 2);
    this.#batch = new Int32Array(hi.length * 2);
    for (let slot = 0; slot < hi.length; slot++) {
      if (hi[slot] !== 0 || lo[slot] !== 0) this.#put(hi[slot] ?? 0, lo[slot] ?? 0, batch[slot] ?? 0);
    }
  }
}

/** A batch's key hashes packed for storage: 8 bytes a key, big-endian high half first. */
export function packHashes(hashes: readonly (readonly [number, number])[]): Buffer {
  const packed = Buffer.alloc(hashes.length * 8);
  hashes.forEach(([hi, lo], index) => {
    packed.writeUInt32BE(hi, index * 8);
    packed.writeUInt32BE(lo, index * 8 + 4);
  });
  return packed;
}

/** Adds a stored batch's packed hashes to the index. */
export function addPackedHashes(index: ImportKeyIndex, packed: Uint8Array, batch: number): void {
  const view = new DataView(packed.buffer, packed.byteOffset, packed.byteLength);
  for (let offset = 0; offset + 8 <= packed.byteLength; offset += 8) {
    index.add([view.getUint32(offset), view.getUint32(offset + 4)], batch);
  }
}
