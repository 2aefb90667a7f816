import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Content-addressed storage: the same file uploaded twice is stored once; names never reach the disk. */
export type FileStore = {
  put(bytes: Buffer): Promise<string>;
  open(sha256: string): fs.ReadStream;
};

export function localFileStore(root: string): FileStore {
  const pathOf = (sha256: string) => path.join(root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  return {
    async put(bytes) {
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const target = pathOf(sha256);
      if (!fs.existsSync(target)) {
        await fs.promises.mkdir(path.dirname(target), { recursive: true });
        // Write then rename, so a crash never leaves a half file under a valid hash.
        const temp = `${target}.${process.pid}.tmp`;
        await fs.promises.writeFile(temp, bytes);
        await fs.promises.rename(temp, target);
      }
      return sha256;
    },
    open(sha256) {
      if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error('invalid file hash');
      return fs.createReadStream(pathOf(sha256));
    },
  };
}
