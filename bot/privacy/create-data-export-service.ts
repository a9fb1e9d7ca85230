import type { PrismaClient } from '../../prisma/generated/client.js';
import { recordStaffRead } from '../staff-access/record-staff-read.js';
import { buildClientExport } from './build-client-export.js';
import { hashExportToken } from './create-data-export-token.js';

export type ClientExport = NonNullable<Awaited<ReturnType<typeof buildClientExport>>>;

export interface DataExportService {
  /** The driver's link: the copy, or why not (unknown or erased → not_found; past its time → expired). */
  openLink(token: string): Promise<{ kind: 'ok'; data: ClientExport } | { kind: 'expired' } | { kind: 'not_found' }>;
  /** Staff: the same copy, the read audited before it is served; null when there is no such client. */
  exportForStaff(options: { clientId: string; actor: string; route: string; ip: string | undefined }): Promise<ClientExport | null>;
}

export interface CreateDataExportServiceOptions {
  prisma: PrismaClient;
  encryptionKey: Buffer;
  now: () => Date;
}

export function createDataExportService({ prisma, encryptionKey, now }: CreateDataExportServiceOptions): DataExportService {
  return {
    async openLink(token) {
      const row = await prisma.dataExport.findUnique({ where: { tokenSha256: hashExportToken(token) } });
      if (!row) return { kind: 'not_found' };
      const at = now();
      if (row.expiresAt <= at) return { kind: 'expired' };
      const data = await buildClientExport({ prisma, clientId: row.clientId, encryptionKey, now: at });
      if (!data) return { kind: 'not_found' };
      await prisma.auditLog.create({ data: { actor: 'driver', action: 'data.export_opened', clientId: row.clientId, details: { exportId: row.id }, at } });
      return { kind: 'ok', data };
    },
    async exportForStaff({ clientId, actor, route, ip }) {
      const at = now();
      const data = await buildClientExport({ prisma, clientId, encryptionKey, now: at });
      if (!data) return null;
      await recordStaffRead({ prisma, actor, targetType: 'export', targetId: clientId, route, ip, now: at });
      // The export row names who asked; it holds no link secret anyone knows (staff get the JSON directly).
      await prisma.auditLog.create({ data: { actor, action: 'data.export_requested', clientId, details: { requestedBy: 'staff' }, at } });
      return data;
    },
  };
}
