import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from './config.ts';
import { EmbeddedStartError } from './db/embedded/start-embedded.ts';
import { AppError } from './http/errors.ts';
import { openConfiguredDatabase, serve } from './serve.ts';
import { ensureAdmin } from './accounts/first-admin.ts';
import { verifyAuditChain, systemActor } from './audit/audit.service.ts';
import { importUnits } from './units/unit-import.service.ts';
import { detectFormat, type ImportFormat } from './units/unit-import.parse.ts';
import { importBoundaries } from './boundaries/boundary.service.ts';

const usage = `giamsat: giám sát, đánh giá thực hiện Nghị quyết 57-NQ/TW

Cách dùng / usage:  npm run cli -- <lệnh> [tùy chọn]

Lệnh / commands:
  serve                       chạy máy chủ web và API (cổng PORT, mặc định 3000)
  migrate                     áp dụng các migration cơ sở dữ liệu rồi thoát
  import-units <tệp>          nhập danh mục đơn vị (CSV, JSON, XLSX), tất cả hoặc không
      --format csv|json|xlsx  định dạng (mặc định: theo đuôi tệp)
      --parent <mã>           đơn vị cấp trên của các tỉnh trong tệp
      --effective-on <ngày>   ngày hiệu lực YYYY-MM-DD (mặc định hôm nay)
      --dry-run               chỉ kiểm tra, không ghi
  import-boundaries <tệp>     nhập ranh giới đơn vị từ GeoJSON để vẽ bản đồ, tất cả hoặc không
      --property <tên>        thuộc tính chứa mã đơn vị (mặc định: code)
      --dry-run               chỉ kiểm tra, không ghi
  create-admin --username <tên> --password <mật khẩu> [--unit <mã>]
                              tạo tài khoản quản trị đầu tiên
  verify-audit                kiểm tra chuỗi băm của nhật ký thay đổi

Cấu hình qua biến môi trường: xem README.md (DATABASE_URL, DATA_DIR, PORT, ...).
`;

const allScope = { unitId: 0, path: '/', isRoot: true };

async function withDatabase<T>(
  run: (db: Awaited<ReturnType<typeof openConfiguredDatabase>>) => Promise<T>,
): Promise<T> {
  const database = await openConfiguredDatabase(loadConfig());
  try {
    return await run(database);
  } finally {
    await database.close();
  }
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      help: { type: 'boolean', short: 'h' },
      format: { type: 'string' },
      parent: { type: 'string' },
      'effective-on': { type: 'string' },
      'dry-run': { type: 'boolean' },
      username: { type: 'string' },
      password: { type: 'string' },
      unit: { type: 'string' },
      property: { type: 'string' },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || !command || command === 'help') {
    process.stdout.write(usage);
    return 0;
  }
  switch (command) {
    case 'serve':
      await serve(loadConfig());
      return -1; // keep running
    case 'migrate':
      await withDatabase(async () => {});
      console.log('Đã áp dụng migration.');
      return 0;
    case 'import-units': {
      const file = rest[0];
      if (!file) throw new AppError(400, 'USAGE', 'Thiếu đường dẫn tệp: npm run cli -- import-units <tệp>');
      const format = (values.format ?? detectFormat(file)) as ImportFormat | undefined;
      if (!format || !['csv', 'json', 'xlsx'].includes(format))
        throw new AppError(400, 'USAGE', 'Không nhận ra định dạng tệp; dùng --format csv|json|xlsx.');
      const report = await withDatabase((database) =>
        importUnits(database.db, systemActor('cli'), allScope, readFileSync(file), {
          format,
          parentCode: values.parent,
          effectiveOn: values['effective-on'] ?? new Date().toISOString().slice(0, 10),
          isDryRun: values['dry-run'] ?? false,
        }),
      );
      for (const row of report.rejected) console.log(`dòng ${row.line}, cột ${row.column}: ${row.message}`);
      console.log(
        `${report.isApplied ? 'Đã nhập' : 'KHÔNG nhập'}: ${report.total} dòng; thêm ${report.inserted}, sửa ${report.updated}, giữ nguyên ${report.unchanged}, lỗi ${report.rejected.length}.`,
      );
      return report.rejected.length > 0 ? 2 : 0;
    }
    case 'import-boundaries': {
      const file = rest[0];
      if (!file) throw new AppError(400, 'USAGE', 'Thiếu đường dẫn tệp: npm run cli -- import-boundaries <tệp>');
      const started = performance.now();
      const report = await withDatabase((database) =>
        importBoundaries(database.db, systemActor('cli'), allScope, readFileSync(file), {
          property: values.property ?? 'code',
          isDryRun: values['dry-run'] ?? false,
          source: `cli:${basename(file)}`,
        }),
      );
      for (const problem of report.rejected.slice(0, 100))
        console.log(
          `đối tượng ${problem.feature}${problem.unitCode ? ` (mã ${problem.unitCode})` : ''}: ${problem.message}`,
        );
      if (report.rejected.length > 100) console.log(`… và ${report.rejected.length - 100} lỗi khác.`);
      const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;
      console.log(
        `${report.isApplied ? 'Đã nhập' : 'KHÔNG nhập'}: ${report.total} đối tượng; thêm ${report.inserted}, thay ${report.updated}, lỗi ${report.rejected.length}` +
          (report.bytesOut ? `; ${kb(report.bytesIn)} → ${kb(report.bytesOut)} sau giản lược` : '') +
          ` (${((performance.now() - started) / 1000).toFixed(1)} s).`,
      );
      return report.rejected.length > 0 ? 2 : 0;
    }
    case 'create-admin': {
      if (!values.username || !values.password) throw new AppError(400, 'USAGE', 'Cần --username và --password.');
      const input = { username: values.username, password: values.password, unitCode: values.unit };
      const { isCreated } = await withDatabase((database) => ensureAdmin(database.db, input));
      console.log(
        isCreated
          ? `Đã tạo quản trị viên ${values.username}.`
          : `Tài khoản ${values.username} đã tồn tại; không thay đổi.`,
      );
      return 0;
    }
    case 'verify-audit': {
      const result = await withDatabase((database) => verifyAuditChain(database.db));
      console.log(
        result.isIntact
          ? `Nhật ký toàn vẹn: đã kiểm ${result.checked} bản ghi.`
          : `NHẬT KÝ BỊ SỬA: bản ghi #${result.firstBrokenId} không khớp chuỗi băm (đã kiểm ${result.checked}).`,
      );
      return result.isIntact ? 0 : 3;
    }
    default:
      process.stderr.write(`Lệnh không hợp lệ: ${command}\n\n${usage}`);
      return 64;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (error: unknown) => {
    if (error instanceof ConfigError || error instanceof EmbeddedStartError || error instanceof AppError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(error instanceof EmbeddedStartError && error.isLocked ? 75 : 1);
    }
    process.stderr.write(`${String((error as Error)?.stack ?? error)}\n`);
    process.exit(1);
  },
);
