import { z } from 'zod';
import { errorBodySchema, isoDateSchema } from './common.ts';

const unitCode = z.string({ error: 'Vui lòng chọn đơn vị' }).trim().min(1, 'Vui lòng chọn đơn vị').max(40);

export const boundaryImportQuerySchema = z.object({
  property: z
    .string()
    .trim()
    .regex(/^[\p{L}\p{N}_.-]{1,60}$/u, 'Tên thuộc tính chỉ gồm chữ, số, dấu chấm, gạch ngang, gạch dưới')
    .default('code')
    .describe('Thuộc tính của mỗi đối tượng chứa mã đơn vị (mặc định "code")'),
  dryRun: z.enum(['true', 'false']).optional().describe('true: chỉ kiểm tra và báo cáo, không ghi'),
});

export const problemReasons = [
  'not_a_feature',
  'missing_code',
  'duplicate_code',
  'unknown_unit',
  'wrong_geometry',
  'invalid_position',
  'coordinates_out_of_range',
  'invalid_ring',
] as const;

export const boundaryImportReportSchema = z
  .object({
    isApplied: z.boolean(),
    total: z.number().describe('Số đối tượng (feature) trong tệp'),
    inserted: z.number(),
    updated: z.number(),
    matched: z.array(z.string()).describe('Mã đơn vị khớp với danh mục'),
    unknown: z.array(z.string()).describe('Mã không có trong danh mục (hoặc ngoài phạm vi của bạn)'),
    rejected: z.array(
      z.object({
        feature: z.number().describe('Thứ tự đối tượng trong "features", đếm từ 0'),
        unitCode: z.string().nullable(),
        reason: z.enum(problemReasons),
        message: z.string(),
      }),
    ),
    bytesIn: z.number(),
    bytesOut: z.number().describe('Kích thước JSON của các ranh giới sau khi giản lược'),
    positionsIn: z.number(),
    positionsOut: z.number(),
  })
  .meta({ id: 'BoundaryImportReport' });
export type BoundaryImportReport = z.infer<typeof boundaryImportReportSchema>;

/** 400: the usual error body; when features were refused, plus the report naming every one. */
export const boundaryImportRejectedSchema = z.object({
  error: errorBodySchema.shape.error,
  requestId: z.string(),
  report: boundaryImportReportSchema.optional(),
});

export const boundariesQuerySchema = z.object({ unit: unitCode.describe('Mã đơn vị cấp trên') });

const position = z.array(z.number()).min(2);
const ring = z.array(position);
export const unitBoundaryFeatureSchema = z.object({
  type: z.literal('Feature'),
  properties: z.object({ code: z.string(), name: z.string() }),
  geometry: z.union([
    z.object({ type: z.literal('Polygon'), coordinates: z.array(ring) }),
    z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring)) }),
  ]),
});
export const unitBoundariesSchema = z
  .object({ type: z.literal('FeatureCollection'), features: z.array(unitBoundaryFeatureSchema) })
  .meta({ id: 'UnitBoundaries' });
export type UnitBoundaries = z.infer<typeof unitBoundariesSchema>;

export const mapQuerySchema = z.object({
  unit: unitCode,
  asOf: isoDateSchema.optional(),
  plan: z.string().trim().min(1).max(60).optional().describe('Kế hoạch có chỉ tiêu (bắt buộc khi chọn chỉ tiêu)'),
  indicator: z.string().trim().min(1).max(60).optional().describe('Mã chỉ tiêu để tô màu; không có: theo điểm'),
});

const band = z.enum(['green', 'orange', 'red', 'grey']);
export const mapValuesSchema = z
  .object({
    unit: z.object({ code: z.string(), fullName: z.string() }),
    asOf: z.string(),
    colourBy: z.enum(['score', 'indicator']),
    plan: z.object({ code: z.string(), title: z.string() }).nullable(),
    indicator: z
      .object({
        id: z.number(),
        code: z.string(),
        name: z.string(),
        unitOfMeasure: z.string(),
        direction: z.enum(['higher', 'lower']),
      })
      .nullable(),
    /** What the map may be coloured by: the plan's indicators (none without a plan). */
    indicators: z.array(
      z.object({ id: z.number(), code: z.string(), name: z.string(), pillar: z.string(), unitOfMeasure: z.string() }),
    ),
    items: z.array(
      z.object({
        unit: z.object({ code: z.string(), fullName: z.string(), level: z.string() }),
        hasBoundary: z.boolean(),
        score: z.number().nullable(),
        grade: z.enum(['A', 'B', 'C', 'D', 'E']).nullable(),
        rank: z.number().nullable(),
        value: z.number().nullable(),
        valueOn: z.string().nullable(),
        band: band.nullable(),
        /** The list behind the figure: the unit's dashboard, or its page of the chosen indicator. */
        link: z.string(),
      }),
    ),
  })
  .meta({ id: 'MapValues' });
export type MapValues = z.infer<typeof mapValuesSchema>;
