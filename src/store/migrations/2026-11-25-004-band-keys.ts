import { bandKeys } from "../../dedupe/lsh.js";
import type { Migration } from "../migrator.js";

/**
 * Recomputes the near-duplicate band keys after the LSH bands changed from
 * 4 to 6 slots (src/dedupe/lsh.ts): keys of stored documents must be made
 * the same way as the keys of new lookups, or copies of them go unnoticed.
 */
export const bandKeysOfSix: Migration = {
  name: "2026-11-25-004-band-keys",
  up(db) {
    const rows = db.prepare("SELECT doc_id, signature FROM dedupe_signatures").all() as Array<{ doc_id: string; signature: Buffer }>;
    db.exec("DELETE FROM dedupe_bands");
    const insert = db.prepare("INSERT OR IGNORE INTO dedupe_bands (band_key, doc_id) VALUES (?, ?)");
    for (const row of rows) {
      const sig = new Uint32Array(row.signature.byteLength / 4);
      new Uint8Array(sig.buffer).set(row.signature);
      for (const key of bandKeys(sig)) insert.run(key, row.doc_id);
    }
  },
};
