import { and, eq, isNull, sql } from 'drizzle-orm';
import {
  publicFigures,
  type Publication,
  type PublishBody,
  type PublishingBoard,
} from '../../shared/api/publishing.ts';
import type { AuthUser } from '../accounts/auth-context.ts';
import { recordAudit, type Actor } from '../audit/audit.service.ts';
import type { Db } from '../db/database.ts';
import { errors } from '../http/errors.ts';
import { findUnitByCode, type UnitRow } from '../units/unit.repository.ts';
import { datasetSummaries } from './dataset-snapshot.service.ts';
import {
  findActivePublication,
  findIndicatorInScope,
  listIndicatorsInScope,
  listResolvedPublications,
  type ResolvedPublication,
} from './publication.repository.ts';
import { figureKey, figureLabels, indicatorKey, parseRef, refKeyOf, type PublicationRef } from './publication-refs.ts';
import { publications } from './publication.table.ts';

// Any fixed key: "already published?" and the insert must not interleave with another publish.
const PUBLICATION_LOCK = 5_700_059;

function presentPublication(p: ResolvedPublication): Publication {
  const { row, ref, unit } = p;
  const label =
    ref.kind === 'unit'
      ? unit.fullName
      : ref.kind === 'indicator'
        ? `${p.indicator!.code} – ${p.indicator!.name}`
        : `${figureLabels[ref.figure]} – ${unit.fullName}`;
  return {
    id: row.id,
    kind: ref.kind,
    refKey: row.refKey,
    label,
    unit: { code: unit.code, fullName: unit.fullName, level: unit.level },
    plan: p.plan ? { code: p.plan.code, title: p.plan.title } : null,
    figure: ref.kind === 'figure' ? ref.figure : null,
    publishedAt: row.publishedAt.toISOString(),
    publishedBy: p.publishedBy,
    withdrawnAt: row.withdrawnAt ? row.withdrawnAt.toISOString() : null,
  };
}

/** Everything the secretariat's page needs: what is published in scope, and what could be. */
export async function getPublishingBoard(db: Db, caller: AuthUser): Promise<PublishingBoard> {
  const [items, indicators, datasets] = await Promise.all([
    listResolvedPublications(db, { scope: caller.scope }),
    listIndicatorsInScope(db, caller.scope),
    datasetSummaries(db),
  ]);
  const activeByKey = new Map(
    items.filter((p) => !p.row.withdrawnAt).map((p) => [`${p.row.kind}|${p.row.refKey}`, p.row.id]),
  );
  const unit = { code: caller.unit.code, fullName: caller.unit.fullName, level: caller.unit.level };
  return {
    items: items.map(presentPublication),
    indicators: indicators.map((i) => {
      const refKey = indicatorKey(i.plan.code, i.code);
      return { ...i, refKey, publicationId: activeByKey.get(`indicator|${refKey}`) ?? null };
    }),
    figures: publicFigures.map((figure) => {
      const refKey = figureKey(figure, caller.unit.code);
      return { figure, unit, refKey, publicationId: activeByKey.get(`figure|${refKey}`) ?? null };
    }),
    datasets,
  };
}

/** The unit or indicator a publication names, looked up in the caller's scope: 404 when out of it. */
async function targetInScope(db: Db, caller: AuthUser, ref: PublicationRef) {
  if (ref.kind === 'indicator') {
    const found = await findIndicatorInScope(db, caller.scope, ref.planCode, ref.indicatorCode);
    if (!found) throw errors.notFound(`Chỉ tiêu ${ref.indicatorCode} của kế hoạch ${ref.planCode}`);
    return { unitId: found.plan.unitId };
  }
  const unit: UnitRow | undefined = await findUnitByCode(db, ref.unitCode, caller.scope);
  // A dissolved unit has nothing current to show: publish the unit it merged into.
  if (!unit || unit.validTo !== null) throw errors.notFound(`Đơn vị ${ref.unitCode}`);
  return { unitId: unit.id };
}

function okRef(body: PublishBody): PublicationRef {
  const ref = parseRef(body.kind, body.refKey);
  if ('error' in ref) throw errors.invalid([{ field: 'body.refKey', message: ref.error }]);
  return ref;
}

export async function publish(db: Db, caller: AuthUser, actor: Actor, body: PublishBody): Promise<Publication> {
  const ref = okRef(body);
  const { unitId } = await targetInScope(db, caller, ref);
  const refKey = refKeyOf(ref);
  const id = await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${PUBLICATION_LOCK})`);
    const existing = await findActivePublication(tx, ref.kind, refKey);
    if (existing) {
      throw errors.conflict('ALREADY_PUBLISHED', `"${refKey}" đã được công khai từ trước.`, [
        { field: 'body.refKey', message: 'Nội dung này đang được công khai.' },
      ]);
    }
    const [row] = await tx.insert(publications).values({ kind: ref.kind, refKey, publishedBy: caller.id }).returning();
    await recordAudit(tx, actor, {
      action: 'publication.publish',
      entityType: 'publication',
      entityId: row!.id,
      unitId,
      after: { kind: row!.kind, refKey: row!.refKey },
    });
    return row!.id;
  });
  const [created] = await listResolvedPublications(db, { id, scope: caller.scope });
  return presentPublication(created!);
}

/** Withdrawal keeps the row (with its date): the portal stops showing it, the history stays. */
export async function withdraw(db: Db, caller: AuthUser, actor: Actor, id: number): Promise<Publication> {
  const [found] = await listResolvedPublications(db, { id, scope: caller.scope });
  if (!found) throw errors.notFound('Nội dung công khai');
  const alreadyWithdrawn = () =>
    errors.conflict('ALREADY_WITHDRAWN', `"${found.row.refKey}" đã được thu hồi trước đó, không còn công khai.`);
  if (found.row.withdrawnAt) throw alreadyWithdrawn();
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(publications)
      .set({ withdrawnAt: new Date() })
      .where(and(eq(publications.id, id), isNull(publications.withdrawnAt)))
      .returning();
    if (!row) throw alreadyWithdrawn();
    await recordAudit(tx, actor, {
      action: 'publication.withdraw',
      entityType: 'publication',
      entityId: id,
      unitId: found.unit.id,
      before: { kind: found.row.kind, refKey: found.row.refKey, withdrawnAt: null },
      after: { kind: row.kind, refKey: row.refKey, withdrawnAt: row.withdrawnAt },
    });
  });
  const [withdrawn] = await listResolvedPublications(db, { id, scope: caller.scope });
  return presentPublication(withdrawn!);
}
