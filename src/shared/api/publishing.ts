import { z } from 'zod';

/**
 * What the secretariat can make public. Nothing is public by default. `refKey` names the item:
 * - `unit`: a unit code (`38`);
 * - `indicator`: plan code and indicator code (`266-KH/TU:CDS.01`), since codes repeat across plans;
 * - `figure`: a figure set and the unit it is published for (`task_stats:38`); it covers that unit and
 *   its published sub-units, so one province cannot publish another's figures.
 */
export const publicationKinds = ['unit', 'indicator', 'figure'] as const;
export type PublicationKind = (typeof publicationKinds)[number];

/**
 * Figure sets: `task_stats` (task counts and completion rate), `ranking` (rank, score and grade among
 * sibling units), `indicator_stats` (the assessment of published indicators: colour band and forecast).
 */
export const publicFigures = ['task_stats', 'ranking', 'indicator_stats'] as const;
export type PublicFigure = (typeof publicFigures)[number];

/** Open datasets, each built from published data only. */
export const datasetNames = ['task-figures', 'indicator-values', 'ranking'] as const;
export type DatasetName = (typeof datasetNames)[number];

export const publishBodySchema = z.object({
  kind: z.enum(publicationKinds, 'Loại công khai phải là unit (đơn vị), indicator (chỉ tiêu) hoặc figure (số liệu)'),
  refKey: z
    .string({ error: 'Vui lòng chọn nội dung công khai' })
    .trim()
    .min(1, 'Vui lòng chọn nội dung công khai')
    .max(200, 'Mã nội dung công khai quá dài'),
});
export type PublishBody = z.infer<typeof publishBodySchema>;

const unitRef = z.object({ code: z.string(), fullName: z.string(), level: z.string() });

export const publicationSchema = z
  .object({
    id: z.number(),
    kind: z.enum(publicationKinds),
    refKey: z.string(),
    /** What is published, in words: the unit's name, the indicator's name, or the figure set. */
    label: z.string(),
    /** The unit concerned: the published unit, the unit a figure set is published for, or the plan's issuer. */
    unit: unitRef,
    plan: z.object({ code: z.string(), title: z.string() }).nullable(),
    figure: z.enum(publicFigures).nullable(),
    publishedAt: z.string(),
    publishedBy: z.string(),
    withdrawnAt: z.string().nullable(),
  })
  .meta({ id: 'Publication' });
export type Publication = z.infer<typeof publicationSchema>;

export const publishingBoardSchema = z
  .object({
    /** Every publication in the caller's scope, newest first; withdrawn ones keep their date. */
    items: z.array(publicationSchema),
    /** Indicators of the plans issued in the caller's scope, with the active publication if any. */
    indicators: z.array(
      z.object({
        plan: z.object({ code: z.string(), title: z.string() }),
        code: z.string(),
        name: z.string(),
        pillar: z.string(),
        refKey: z.string(),
        publicationId: z.number().nullable(),
      }),
    ),
    /** The figure sets for the caller's own unit, with the active publication if any. */
    figures: z.array(
      z.object({
        figure: z.enum(publicFigures),
        unit: unitRef,
        refKey: z.string(),
        publicationId: z.number().nullable(),
      }),
    ),
    datasets: z.array(
      z.object({
        name: z.enum(datasetNames),
        title: z.string(),
        latestVersion: z.number().nullable(),
        modified: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'PublishingBoard' });
export type PublishingBoard = z.infer<typeof publishingBoardSchema>;

/** Any name is accepted here: an unknown dataset is a 404, like any other missing thing. */
export const datasetParamsSchema = z.object({
  dataset: z.string().trim().min(1, 'Thiếu tên bộ dữ liệu').max(60, 'Tên bộ dữ liệu quá dài'),
});

export const snapshotBodySchema = z.object({
  /** What changed in this version, shown with it on the portal. */
  versionNotes: z.string().trim().max(2000, 'Ghi chú phiên bản tối đa 2000 ký tự').optional(),
});

export const snapshotSchema = z
  .object({
    dataset: z.enum(datasetNames),
    version: z.number(),
    issued: z.string(),
    rowCount: z.number(),
    sha256: z.string(),
    csvUrl: z.string(),
    jsonUrl: z.string(),
  })
  .meta({ id: 'DatasetSnapshot' });
export type Snapshot = z.infer<typeof snapshotSchema>;
