import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Catalogue, DatasetDetail, DatasetVersion, PublicDataset } from '../../shared/api/portal.ts';
import { datasetNames, type DatasetName, type Snapshot } from '../../shared/api/publishing.ts';
import type { AuthUser } from '../accounts/auth-context.ts';
import { recordAudit, type Actor } from '../audit/audit.service.ts';
import type { Db } from '../db/database.ts';
import { AppError, errors } from '../http/errors.ts';
import type { UnitRow } from '../units/unit.repository.ts';
import { toCsv, type Cell } from './csv.ts';
import { datasetDefinitions, LICENSE, type DatasetColumn } from './datasets.ts';
import { activePublicationIds, findSnapshot, latestVersionOf, listSnapshotHeaders } from './publication.repository.ts';
import { datasetSnapshots } from './publication.table.ts';
import { loadPublicScope } from './public-scope.ts';

type Localized = { vi: string; en: string };

/**
 * Stored with each version, so its files render the same bytes even after the dataset's definition
 * changes. `basis` lists the publications its rows rest on: withdraw one and the version is withdrawn.
 */
export type SnapshotMetadata = {
  title: Localized;
  description: Localized;
  keywords: string[];
  license: { title: string; url: string };
  publisher: { code: string; name: string };
  temporal: { start: string; end: string } | null;
  asOf: string;
  columns: DatasetColumn[];
  versionNotes: string | null;
  basis: number[];
};

// Any fixed key: versions of a dataset are numbered one after the other, never twice the same.
const SNAPSHOT_LOCK = 5_700_058;

const fileUrl = (dataset: string, version: number | 'latest', format: 'csv' | 'json') =>
  `/api/public/datasets/${dataset}/v/${version}.${format}`;
const sha256Of = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

export function renderCsv(metadata: SnapshotMetadata, rows: Cell[][]): string {
  return toCsv(metadata.columns, rows);
}

/** The JSON file: the rows as objects keyed by column name, in column order, with the version's facts. */
export function renderJson(
  dataset: string,
  version: number,
  issued: string,
  metadata: SnapshotMetadata,
  rows: Cell[][],
): string {
  const names = metadata.columns.map((c) => c.name);
  return JSON.stringify({
    dataset,
    version,
    issued,
    license: metadata.license.url,
    columns: names,
    rows: rows.map((row) => Object.fromEntries(names.map((name, i) => [name, row[i] ?? null]))),
  });
}

/** Who issues a version: the person (null for the demo seed) and the unit named as its publisher. */
export type SnapshotIssuer = { userId: number | null; unit: Pick<UnitRow, 'id' | 'code' | 'fullName'> };

export const issuerOf = (caller: AuthUser): SnapshotIssuer => ({ userId: caller.id, unit: caller.unit });

export const isDatasetName = (name: string): name is DatasetName => (datasetNames as readonly string[]).includes(name);

export function datasetNamed(name: string): DatasetName {
  if (!isDatasetName(name)) throw errors.notFound(`Bộ dữ liệu "${name}"`);
  return name;
}

/** Freezes the dataset's current public rows as its next version, with DCAT-style metadata. */
export async function createSnapshot(
  db: Db,
  issuer: SnapshotIssuer,
  actor: Actor,
  dataset: DatasetName,
  input: { versionNotes?: string },
  clock: { today: string; nearDeadlineDays: number },
): Promise<Snapshot> {
  const definition = datasetDefinitions[dataset];
  const scope = await loadPublicScope(db);
  const built = await definition.build({ db, asOf: clock.today, nearDeadlineDays: clock.nearDeadlineDays }, scope);
  if (built.rows.length === 0) {
    throw errors.conflict(
      'DATASET_EMPTY',
      `Bộ dữ liệu "${definition.title.vi}" chưa có dữ liệu công khai nào: hãy công khai đơn vị, chỉ tiêu hoặc số liệu trước khi phát hành.`,
    );
  }
  const metadata: SnapshotMetadata = {
    title: definition.title,
    description: definition.description,
    keywords: definition.keywords,
    license: LICENSE,
    publisher: { code: issuer.unit.code, name: issuer.unit.fullName },
    temporal: built.temporal,
    asOf: clock.today,
    columns: definition.columns,
    versionNotes: input.versionNotes || null,
    basis: [...new Set(built.basis)].sort((a, b) => a - b),
  };
  const sha256 = sha256Of(renderCsv(metadata, built.rows));
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SNAPSHOT_LOCK})`);
    const version = (await latestVersionOf(tx, dataset)) + 1;
    const [row] = await tx
      .insert(datasetSnapshots)
      .values({ dataset, version, metadata, rows: built.rows, sha256, createdBy: issuer.userId })
      .returning({ id: datasetSnapshots.id, createdAt: datasetSnapshots.createdAt });
    const summary: Snapshot = {
      dataset,
      version,
      issued: row!.createdAt.toISOString(),
      rowCount: built.rows.length,
      sha256,
      csvUrl: fileUrl(dataset, version, 'csv'),
      jsonUrl: fileUrl(dataset, version, 'json'),
    };
    await recordAudit(tx, actor, {
      action: 'dataset.snapshot',
      entityType: 'dataset',
      entityId: `${dataset}/v${version}`,
      unitId: issuer.unit.id,
      after: { ...summary, basis: metadata.basis, versionNotes: metadata.versionNotes },
    });
    return summary;
  });
}

type Header = Awaited<ReturnType<typeof listSnapshotHeaders>>[number];

const isAvailable = (header: Header, active: Set<number>) =>
  (header.metadata as SnapshotMetadata).basis.every((id) => active.has(id));

function presentVersion(header: Header, active: Set<number>): DatasetVersion {
  const metadata = header.metadata as SnapshotMetadata;
  const available = isAvailable(header, active);
  return {
    version: header.version,
    issued: header.createdAt.toISOString(),
    rowCount: header.rowCount,
    status: available ? 'available' : 'withdrawn',
    versionNotes: metadata.versionNotes,
    temporal: metadata.temporal ? { start: metadata.temporal.start, end: metadata.temporal.end } : null,
    publisher: metadata.publisher.name,
    distributions: available
      ? [
          {
            format: 'CSV',
            mediaType: 'text/csv',
            downloadUrl: fileUrl(header.dataset, header.version, 'csv'),
            sha256: header.sha256,
          },
          {
            format: 'JSON',
            mediaType: 'application/json',
            downloadUrl: fileUrl(header.dataset, header.version, 'json'),
            sha256: null,
          },
        ]
      : [],
  };
}

/** A dataset's DCAT-style description; the dates, publisher and coverage come from its latest available version. */
function presentDataset(name: DatasetName, headers: Header[], active: Set<number>): PublicDataset {
  const definition = datasetDefinitions[name];
  const latest = headers.find((h) => h.dataset === name && isAvailable(h, active));
  const first = headers.filter((h) => h.dataset === name).at(-1);
  const metadata = latest?.metadata as SnapshotMetadata | undefined;
  return {
    identifier: name,
    title: definition.title,
    description: definition.description,
    keywords: definition.keywords,
    license: LICENSE,
    publisher: metadata?.publisher.name ?? null,
    temporal: metadata?.temporal ? { start: metadata.temporal.start, end: metadata.temporal.end } : null,
    issued: first ? first.createdAt.toISOString() : null,
    modified: latest ? latest.createdAt.toISOString() : null,
    version: latest?.version ?? null,
    landingPage: `/portal/open-data/${name}`,
    distributions: latest
      ? [
          { format: 'CSV', mediaType: 'text/csv', downloadUrl: fileUrl(name, 'latest', 'csv'), sha256: null },
          { format: 'JSON', mediaType: 'application/json', downloadUrl: fileUrl(name, 'latest', 'json'), sha256: null },
        ]
      : [],
    columns: definition.columns.map((c) => ({ name: c.name, title: c.title, datatype: c.datatype })),
  };
}

export async function getCatalogue(db: Db): Promise<Catalogue> {
  const [headers, active] = await Promise.all([listSnapshotHeaders(db), activePublicationIds(db)]);
  return {
    title: { vi: 'Dữ liệu mở về thực hiện Nghị quyết 57-NQ/TW', en: 'Open data on implementing Resolution 57-NQ/TW' },
    description: {
      vi: 'Các bộ dữ liệu do cơ quan thường trực công khai: số liệu nhiệm vụ, xếp hạng đơn vị và số liệu chỉ tiêu. Mỗi phiên bản có địa chỉ cố định, tải về dạng CSV hoặc JSON.',
      en: 'Datasets published by the standing offices: task figures, unit rankings and indicator values. Each version has a stable address and downloads as CSV or JSON.',
    },
    homepage: '/portal/open-data',
    datasets: datasetNames.map((name) => presentDataset(name, headers, active)),
  };
}

export async function getDatasetDetail(db: Db, name: DatasetName): Promise<DatasetDetail> {
  const [headers, active] = await Promise.all([listSnapshotHeaders(db, name), activePublicationIds(db)]);
  return { ...presentDataset(name, headers, active), versions: headers.map((h) => presentVersion(h, active)) };
}

export type DatasetFile = { version: number; body: string; etag: string; filename: string; isLatest: boolean };

/**
 * One version's file, the same bytes every time. `latest` is the newest available version. A version
 * resting on a withdrawn publication answers 410: its bytes never change, they stop being served.
 */
export async function readDatasetFile(
  db: Db,
  name: DatasetName,
  requested: number | 'latest',
  format: 'csv' | 'json',
): Promise<DatasetFile> {
  const [headers, active] = await Promise.all([listSnapshotHeaders(db, name), activePublicationIds(db)]);
  const header =
    requested === 'latest' ? headers.find((h) => isAvailable(h, active)) : headers.find((h) => h.version === requested);
  if (!header)
    throw errors.notFound(requested === 'latest' ? 'Phiên bản công khai của bộ dữ liệu' : `Phiên bản ${requested}`);
  if (!isAvailable(header, active)) {
    throw new AppError(
      410,
      'DATASET_VERSION_WITHDRAWN',
      `Phiên bản ${header.version} đã bị thu hồi vì có dữ liệu không còn được công khai; vui lòng dùng phiên bản mới hơn.`,
    );
  }
  const snapshot = (await findSnapshot(db, name, header.version))!;
  const metadata = snapshot.metadata as SnapshotMetadata;
  const rows = snapshot.rows as Cell[][];
  const body =
    format === 'csv'
      ? renderCsv(metadata, rows)
      : renderJson(name, snapshot.version, snapshot.createdAt.toISOString(), metadata, rows);
  const digest = format === 'csv' ? snapshot.sha256 : sha256Of(body);
  return {
    version: snapshot.version,
    body,
    etag: `"${digest}"`,
    filename: `${name}-v${snapshot.version}.${format}`,
    isLatest: requested === 'latest',
  };
}

/** For the secretariat's page: each dataset's newest version, whatever its state. */
export async function datasetSummaries(db: Db) {
  const headers = await listSnapshotHeaders(db);
  return datasetNames.map((name) => {
    const newest = headers.find((h) => h.dataset === name);
    return {
      name,
      title: datasetDefinitions[name].title.vi,
      latestVersion: newest?.version ?? null,
      modified: newest ? newest.createdAt.toISOString() : null,
    };
  });
}
