import type { PublicDocumentDto } from '@anjian/domain';
import { api } from '../../api/client.ts';

export const documentsApi = {
  verify: (id: string) =>
    api.get<PublicDocumentDto>(`/public/documents/${id}`, undefined, { noRedirect: true }),
};

/** The SHA-256 of a file, computed in the browser (nothing is uploaded); null where Web Crypto is absent. */
export async function sha256Hex(file: Blob): Promise<string | null> {
  if (!globalThis.crypto?.subtle) return null;
  const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
