import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import type { AuthUser } from '../accounts/auth-context.ts';
import { recordAudit, type Actor } from '../audit/audit.service.ts';
import type { EvidenceFile } from '../../shared/api/evidence.ts';
import { AppError, errors } from '../http/errors.ts';
import { loadVisibleTask } from '../tasks/task-query.service.ts';
import { taskVisibleTo } from '../tasks/task.repository.ts';
import { tasks } from '../tasks/task.table.ts';
import { evidenceFiles } from './evidence.table.ts';
import type { FileStore } from './file-store.ts';
import { checkFileType } from './file-types.ts';

type Row = typeof evidenceFiles.$inferSelect;

export const presentEvidence = (row: Row): EvidenceFile => ({
  id: row.id,
  taskId: row.taskId,
  name: row.originalName,
  size: row.size,
  contentType: row.contentType,
  uploadedAt: row.createdAt.toISOString(),
  url: `/api/evidence/${row.id}`,
});

/** Units that report on a task (lead or coordinating) attach evidence to it. */
export async function uploadEvidence(
  db: Db,
  store: FileStore,
  caller: AuthUser,
  actor: Actor,
  taskId: number,
  file: { name: string; bytes: Buffer },
): Promise<EvidenceFile> {
  const { row, access } = await loadVisibleTask(db, caller, taskId);
  if (!access.canReport) {
    if (row.task.isLocked) throw new AppError(409, 'TASK_LOCKED', 'Nhiệm vụ đã khóa; không thể thêm minh chứng.');
    throw errors.forbidden('thêm minh chứng cho nhiệm vụ này');
  }
  if (file.bytes.length === 0) throw new AppError(400, 'FILE_EMPTY', 'Tệp rỗng.');
  const type = checkFileType(file.name, file.bytes.subarray(0, 8));
  if ('reason' in type)
    throw new AppError(415, 'FILE_TYPE_REFUSED', type.reason, [{ field: 'file', message: type.reason }]);
  const sha256 = await store.put(file.bytes);
  return db.transaction(async (tx) => {
    const [created] = await tx
      .insert(evidenceFiles)
      .values({
        taskId,
        sha256,
        size: file.bytes.length,
        contentType: type.contentType,
        originalName: file.name.slice(0, 255),
        uploadedBy: caller.id,
        unitId: caller.unit.id,
      })
      .returning();
    await recordAudit(tx, actor, {
      action: 'task.evidence_uploaded',
      entityType: 'task',
      entityId: taskId,
      unitId: row.task.leadUnitId,
      after: { fileId: created!.id, name: created!.originalName, sha256, size: created!.size },
    });
    return presentEvidence(created!);
  });
}

export async function listEvidence(db: Db, caller: AuthUser, taskId: number): Promise<EvidenceFile[]> {
  await loadVisibleTask(db, caller, taskId);
  const rows = await db
    .select()
    .from(evidenceFiles)
    .where(eq(evidenceFiles.taskId, taskId))
    .orderBy(desc(evidenceFiles.id));
  return rows.map(presentEvidence);
}

/** A file is downloadable by whoever can see its task; otherwise it does not exist for them. */
export async function findEvidenceInScope(db: Db, caller: AuthUser, id: number): Promise<Row> {
  const [row] = await db
    .select({ file: evidenceFiles })
    .from(evidenceFiles)
    .innerJoin(tasks, eq(tasks.id, evidenceFiles.taskId))
    .where(and(eq(evidenceFiles.id, id), sql`${taskVisibleTo(caller.scope)}`));
  if (!row) throw errors.notFound('Tệp minh chứng');
  return row.file;
}
