import { z } from 'zod';
import { datasetNames, publicFigures } from './publishing.ts';

/**
 * The public portal's API (/api/public/…, no login). Every shape here is a whitelist: the server
 * builds these objects field by field from published data, never by spreading internal objects.
 */
const localized = z.object({ vi: z.string(), en: z.string() });
const unitRef = z.object({ code: z.string(), fullName: z.string(), level: z.string() });

export const publicUnitSchema = z.object({
  code: z.string(),
  name: z.string(),
  fullName: z.string(),
  level: z.string(),
  /** `isPublished`: the parent has a portal page of its own. */
  parent: z.object({ code: z.string(), fullName: z.string(), isPublished: z.boolean() }).nullable(),
  /** The figure sets published for this unit. */
  figures: z.array(z.enum(publicFigures)),
});

export const publicUnitsSchema = z
  .object({ asOf: z.string(), items: z.array(publicUnitSchema) })
  .meta({ id: 'PublicUnits' });
export type PublicUnits = z.infer<typeof publicUnitsSchema>;
export type PublicUnit = z.infer<typeof publicUnitSchema>;

const taskCountsShape = {
  total: z.number(),
  completed: z.number(),
  completedOnTime: z.number(),
  completedLate: z.number(),
  inProgress: z.number(),
  overdue: z.number(),
  notStarted: z.number(),
  due: z.number(),
  /** Percent of the tasks already due that are completed; null while nothing is due. */
  completionRate: z.number().nullable(),
};

export const publicTaskFiguresSchema = z.object({
  ...taskCountsShape,
  byPillar: z.array(z.object({ pillar: z.string(), ...taskCountsShape })),
});
export type PublicTaskFigures = z.infer<typeof publicTaskFiguresSchema>;

export const publicIndicatorSchema = z.object({
  code: z.string(),
  name: z.string(),
  pillar: z.string(),
  tier: z.string(),
  unitOfMeasure: z.string(),
  direction: z.enum(['higher', 'lower']),
  value: z.number().nullable(),
  valueOn: z.string().nullable(),
  baseline: z.number().nullable(),
  changeSinceBaseline: z.number().nullable(),
  target: z.number().nullable(),
  targetYear: z.number().nullable(),
  percentOfTarget: z.number().nullable(),
  /** Only when the unit's `indicator_stats` figure set is published; null otherwise. */
  status: z.enum(['green', 'orange', 'red', 'grey']).nullable(),
  forecast: z.object({ valueAtTarget: z.number(), reachesOn: z.string().nullable() }).nullable(),
  /** Approved values, one per reporting period, oldest first. */
  series: z.array(z.object({ on: z.string(), value: z.number() })),
  isSample: z.boolean(),
});
export type PublicIndicator = z.infer<typeof publicIndicatorSchema>;

export const publicUnitDetailSchema = z
  .object({
    asOf: z.string(),
    unit: publicUnitSchema,
    tasks: publicTaskFiguresSchema.nullable(),
    plans: z.array(
      z.object({
        plan: z.object({ code: z.string(), title: z.string() }),
        indicators: z.array(publicIndicatorSchema),
      }),
    ),
  })
  .meta({ id: 'PublicUnitDetail' });
export type PublicUnitDetail = z.infer<typeof publicUnitDetailSchema>;

export const publicRankingSchema = z
  .object({
    asOf: z.string(),
    groups: z.array(
      z.object({
        /** The ranking is among the sub-units of this unit; only published ones are listed. */
        parent: unitRef,
        /** How many sub-units have a score, published or not: rank 3 of 34. */
        rankedCount: z.number(),
        items: z.array(
          z.object({
            unit: unitRef,
            rank: z.number().nullable(),
            score: z.number().nullable(),
            grade: z.enum(['A', 'B', 'C', 'D', 'E']).nullable(),
          }),
        ),
      }),
    ),
  })
  .meta({ id: 'PublicRanking' });
export type PublicRanking = z.infer<typeof publicRankingSchema>;

// Open data, DCAT-style (dcat:Catalog, dcat:Dataset, dcat:Distribution; dct:title, dct:license, …).
export const distributionSchema = z.object({
  format: z.enum(['CSV', 'JSON']),
  mediaType: z.string(),
  /** Root-relative and stable: the same URL always returns the same bytes (or 410 once withdrawn). */
  downloadUrl: z.string(),
  /** SHA-256 of the file's bytes, for versioned CSV files; null for aliases and JSON. */
  sha256: z.string().nullable(),
});

export const datasetColumnSchema = z.object({
  name: z.string(),
  title: localized,
  datatype: z.enum(['string', 'integer', 'number', 'date', 'boolean']),
});

export const datasetVersionSchema = z.object({
  version: z.number(),
  issued: z.string(),
  rowCount: z.number(),
  /** `withdrawn` once something it contains is no longer published: its files then answer 410. */
  status: z.enum(['available', 'withdrawn']),
  versionNotes: z.string().nullable(),
  temporal: z.object({ start: z.string(), end: z.string() }).nullable(),
  publisher: z.string(),
  distributions: z.array(distributionSchema),
});

export const publicDatasetSchema = z.object({
  identifier: z.enum(datasetNames),
  title: localized,
  description: localized,
  keywords: z.array(z.string()),
  license: z.object({ title: z.string(), url: z.string() }),
  /** From the latest available version; null before the first one. */
  publisher: z.string().nullable(),
  temporal: z.object({ start: z.string(), end: z.string() }).nullable(),
  issued: z.string().nullable(),
  modified: z.string().nullable(),
  version: z.number().nullable(),
  landingPage: z.string(),
  /** The `latest` aliases; empty until a version is available. */
  distributions: z.array(distributionSchema),
  columns: z.array(datasetColumnSchema),
});
export type PublicDataset = z.infer<typeof publicDatasetSchema>;

export const catalogueSchema = z
  .object({
    title: localized,
    description: localized,
    homepage: z.string(),
    datasets: z.array(publicDatasetSchema),
  })
  .meta({ id: 'OpenDataCatalogue' });
export type Catalogue = z.infer<typeof catalogueSchema>;

export const datasetDetailSchema = publicDatasetSchema
  .extend({ versions: z.array(datasetVersionSchema) })
  .meta({ id: 'OpenDataset' });
export type DatasetDetail = z.infer<typeof datasetDetailSchema>;
export type DatasetVersion = z.infer<typeof datasetVersionSchema>;

export const publicUnitParamsSchema = z.object({
  code: z.string().trim().min(1, 'Thiếu mã đơn vị').max(40, 'Mã đơn vị quá dài'),
});

export const datasetVersionParamsSchema = z.object({
  dataset: z.string().trim().min(1, 'Thiếu tên bộ dữ liệu').max(60, 'Tên bộ dữ liệu quá dài'),
  version: z.union(
    [z.literal('latest'), z.coerce.number().int().positive().max(1_000_000)],
    'Phiên bản phải là một số nguyên dương hoặc "latest"',
  ),
});
