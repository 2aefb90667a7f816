import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import type { ReportSnapshot } from '../../shared/api/reports.ts';
import {
  dateLine,
  MOTTO,
  NATION,
  numberLine,
  recipientLines,
  reportBody,
  type LayoutBlock,
  type LayoutTable,
} from './report-layout.ts';

/**
 * The same report as a PDF: the layout of the DOCX (Decree 30/2020/NĐ-CP), drawn with Tinos, which is
 * metric-compatible with Times New Roman and has every Vietnamese glyph; the fonts are embedded (subset).
 */
const require = createRequire(import.meta.url);
const fontFiles = {
  regular: require.resolve('@expo-google-fonts/tinos/400Regular/Tinos_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/tinos/700Bold/Tinos_700Bold.ttf'),
  italic: require.resolve('@expo-google-fonts/tinos/400Regular_Italic/Tinos_400Regular_Italic.ttf'),
  boldItalic: require.resolve('@expo-google-fonts/tinos/700Bold_Italic/Tinos_700Bold_Italic.ttf'),
};
type FontName = keyof typeof fontFiles;

/**
 * Parsing a font's tables took most of a render (≈ 0.8 s of 1 s, measured with --cpu-prof): the fonts
 * are opened once, with pdfkit's own font engine (fontkit, resolved from pdfkit so it is the same copy),
 * and every document embeds its own subset of them. pdfkit takes a fontkit font wherever it takes a path.
 */
let openedFonts: Record<FontName, PDFKit.Mixins.PDFFontSource> | undefined;
function fonts() {
  if (!openedFonts) {
    const fontkit = createRequire(require.resolve('pdfkit'))('fontkit') as {
      openSync(path: string): PDFKit.Mixins.PDFFontSource;
    };
    openedFonts = Object.fromEntries(
      Object.entries(fontFiles).map(([name, path]) => [name, fontkit.openSync(path)]),
    ) as Record<FontName, PDFKit.Mixins.PDFFontSource>;
  }
  return openedFonts;
}

const MM = 72 / 25.4;
const MARGINS = { top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 15 * MM };
const INDENT = 10 * MM;

type Doc = InstanceType<typeof PDFDocument>;

type DocInfo = { title: string; subject: string; on: string };

function setup(info: DocInfo): Doc {
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGINS,
    bufferPages: true,
    lang: 'vi-VN',
    displayTitle: true,
    // A fixed date keeps a stored report's PDF the same each time it is rendered.
    info: {
      Title: info.title,
      Subject: info.subject,
      Creator: 'giamsat',
      CreationDate: new Date(`${info.on}T00:00:00Z`),
      ModDate: new Date(`${info.on}T00:00:00Z`),
    },
  });
  for (const [name, font] of Object.entries(fonts())) doc.registerFont(name, font);
  return doc;
}

const textWidth = (doc: Doc) => doc.page.width - doc.page.margins.left - doc.page.margins.right;

/** Centred lines in a column; returns the y below them. */
function column(
  doc: Doc,
  x: number,
  y: number,
  width: number,
  lines: { text: string; font: FontName; size: number }[],
) {
  let cursor = y;
  for (const { text, font, size } of lines) {
    doc.font(font).fontSize(size);
    doc.text(text, x, cursor, { width, align: 'center' });
    cursor = doc.y;
  }
  return cursor;
}

function rule(doc: Doc, centreX: number, y: number, length: number) {
  doc
    .moveTo(centreX - length / 2, y)
    .lineTo(centreX + length / 2, y)
    .lineWidth(0.6)
    .stroke();
}

function header(doc: Doc, s: ReportSnapshot) {
  const x = doc.page.margins.left;
  const top = doc.page.margins.top;
  const leftWidth = textWidth(doc) * 0.42;
  const rightWidth = textWidth(doc) - leftWidth;
  const leftEnd = column(doc, x, top, leftWidth, [
    ...(s.issuer.parentLine ? [{ text: s.issuer.parentLine, font: 'regular' as const, size: 13 }] : []),
    ...s.issuer.bodyLines.map((text) => ({ text, font: 'bold' as const, size: 13 })),
  ]);
  rule(doc, x + leftWidth / 2, leftEnd + 2, 30 * MM);
  const numberEnd = column(doc, x, leftEnd + 8, leftWidth, [{ text: numberLine(s), font: 'regular', size: 13 }]);
  const rightX = x + leftWidth;
  const mottoEnd = column(doc, rightX, top, rightWidth, [
    { text: NATION, font: 'bold', size: 12.5 },
    { text: MOTTO, font: 'bold', size: 14 },
  ]);
  rule(doc, rightX + rightWidth / 2, mottoEnd + 2, 62 * MM);
  const dateEnd = column(doc, rightX, mottoEnd + 8, rightWidth, [{ text: dateLine(s), font: 'italic', size: 14 }]);
  doc.x = x;
  doc.y = Math.max(numberEnd, dateEnd) + 18;
  column(doc, x, doc.y, textWidth(doc), [
    { text: 'BÁO CÁO', font: 'bold', size: 14 },
    { text: s.subject, font: 'bold', size: 14 },
  ]);
  rule(doc, x + textWidth(doc) / 2, doc.y + 2, 40 * MM);
  doc.x = x;
  doc.y += 14;
}

function block(doc: Doc, item: LayoutBlock) {
  const x = doc.page.margins.left;
  if (item.kind === 'table') return table(doc, item.table);
  const text = item.kind === 'bullet' ? `- ${item.text}` : item.text;
  // A heading never ends a page: it moves on with the first lines of its section.
  if (item.kind === 'heading' && doc.y + 90 > doc.page.height - doc.page.margins.bottom) doc.addPage();
  doc.font(item.kind === 'heading' ? 'bold' : 'regular').fontSize(14);
  doc.text(text, x, doc.y, { width: textWidth(doc), align: 'justify', indent: INDENT, lineGap: 2, paragraphGap: 6 });
}

function table(doc: Doc, model: LayoutTable) {
  const x = doc.page.margins.left;
  const width = textWidth(doc);
  // Keep the caption with at least the header row and a line of data.
  if (doc.y + 80 > doc.page.height - doc.page.margins.bottom) doc.addPage();
  doc
    .font('bold')
    .fontSize(13)
    .text(model.caption, x, doc.y + 4, { width, align: 'center' });
  doc.moveDown(0.3);
  const total = model.columns.reduce((sum, c) => sum + c.width, 0);
  doc.font('regular').fontSize(11);
  doc.table({
    position: { x, y: doc.y },
    maxWidth: width,
    columnStyles: model.columns.map((c) => ({ width: (width * c.width) / total, align: { x: c.align, y: 'center' } })),
    defaultStyle: { padding: 3, border: 0.5 },
    data: [
      model.columns.map((c) => ({ text: c.label, font: { src: 'bold' }, align: 'center' as const })),
      ...model.rows,
    ],
  });
  doc.x = x;
  if (model.note)
    doc
      .font('italic')
      .fontSize(12)
      .text(model.note, x, doc.y + 3, { width });
  doc.y += 8;
}

function closing(doc: Doc, s: ReportSnapshot) {
  const x = doc.page.margins.left;
  if (doc.y + 150 > doc.page.height - doc.page.margins.bottom) doc.addPage();
  const top = doc.y + 10;
  const leftWidth = textWidth(doc) * 0.45;
  doc.font('boldItalic').fontSize(12).text('Nơi nhận:', x, top, { width: leftWidth });
  doc.font('regular').fontSize(11);
  for (const line of recipientLines(s)) doc.text(line, x, doc.y, { width: leftWidth });
  const rightX = x + leftWidth;
  const rightWidth = textWidth(doc) - leftWidth;
  const titles = [...(s.issuer.signerAuthority ? [s.issuer.signerAuthority] : []), s.issuer.signerTitle];
  const end = column(
    doc,
    rightX,
    top,
    rightWidth,
    titles.map((text) => ({ text, font: 'bold' as const, size: 14 })),
  );
  if (s.issuer.signerName)
    column(doc, rightX, end + 70, rightWidth, [{ text: s.issuer.signerName, font: 'bold', size: 14 }]);
}

/** Page numbers centred in the top margin from page 2 (Decree 30). */
function pageNumbers(doc: Doc) {
  const range = doc.bufferedPageRange();
  for (let i = range.start + 1; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const { top } = doc.page.margins;
    doc.page.margins.top = 0; // writing in the margin must not start a new page
    doc
      .font('regular')
      .fontSize(13)
      .text(String(i - range.start + 1), doc.page.margins.left, top / 2 - 6, {
        width: textWidth(doc),
        align: 'center',
        lineBreak: false,
      });
    doc.page.margins.top = top;
  }
}

function finish(doc: Doc): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  pageNumbers(doc);
  doc.end();
  return done;
}

export function renderReportPdf(s: ReportSnapshot): Promise<Buffer> {
  const doc = setup({ title: s.title, subject: s.subject, on: s.issuedOn });
  header(doc, s);
  for (const item of reportBody(s)) block(doc, item);
  closing(doc, s);
  return finish(doc);
}

/**
 * A working document that is not an official report (no Decree 30 header): a title, lines under it, then
 * the same blocks as a report body. The dashboard's one-click export uses it.
 */
export function renderBlocksPdf(info: DocInfo & { lines: string[] }, blocks: LayoutBlock[]): Promise<Buffer> {
  const doc = setup(info);
  const x = doc.page.margins.left;
  column(doc, x, doc.page.margins.top, textWidth(doc), [
    { text: info.title.toLocaleUpperCase('vi'), font: 'bold', size: 14 },
    ...info.lines.map((text) => ({ text, font: 'italic' as const, size: 12 })),
  ]);
  doc.x = x;
  doc.y += 12;
  for (const item of blocks) block(doc, item);
  return finish(doc);
}
