import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IParagraphOptions,
  type IRunOptions,
} from 'docx';
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
 * The report as a Word document in the administrative format of Decree 30/2020/NĐ-CP (Appendix I):
 * A4, margins 20/20/30/15 mm, Times New Roman 14 pt body, the issuing body and the national motto side by
 * side, number and symbol, place and date, "BÁO CÁO" and its summary line, the body, "Nơi nhận" and the
 * signature block; page numbers centred at the top from page 2.
 */
const FONT = 'Times New Roman';
const TWIPS_PER_MM = 56.7;
const PAGE = { width: 11906, height: 16838 }; // A4
const MARGIN = { top: 1134, bottom: 1134, left: 1701, right: 851 }; // 20, 20, 30, 15 mm
const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const pt = (size: number) => size * 2; // docx sizes are half-points

type Run = IRunOptions;
const run = (text: string, options: Omit<Run, 'text'> = {}) => new TextRun({ text, font: FONT, ...options });

function line(text: string, run_: Omit<Run, 'text'> = {}, options: IParagraphOptions = {}) {
  return new Paragraph({ alignment: AlignmentType.CENTER, ...options, children: [run(text, run_)] });
}

/** A short centred rule under a header line (Decree 30 draws one under the issuer and the motto). */
function rule(widthTwips: number, cellTwips: number) {
  const side = Math.max(0, Math.round((cellTwips - widthTwips) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    spacing: { after: 0 },
    children: [],
  });
}

const noBorderCell = (width: number, children: Paragraph[]) =>
  new TableCell({ width: { size: width, type: WidthType.DXA }, borders: TableBorders.NONE, children });

function headerTable(s: ReportSnapshot) {
  const left = Math.round(TEXT_WIDTH * 0.42);
  const right = TEXT_WIDTH - left;
  const leftChildren = [
    ...(s.issuer.parentLine ? [line(s.issuer.parentLine, { size: pt(13) })] : []),
    ...s.issuer.bodyLines.map((text) => line(text, { bold: true, size: pt(13) })),
    rule(30 * TWIPS_PER_MM, left),
    line(numberLine(s), { size: pt(13) }, { spacing: { before: 120 } }),
  ];
  const rightChildren = [
    line(NATION, { bold: true, size: pt(12.5) }),
    line(MOTTO, { bold: true, size: pt(14) }),
    rule(62 * TWIPS_PER_MM, right),
    line(dateLine(s), { italics: true, size: pt(14) }, { spacing: { before: 120 } }),
  ];
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [left, right],
    borders: TableBorders.NONE,
    rows: [new TableRow({ children: [noBorderCell(left, leftChildren), noBorderCell(right, rightChildren)] })],
  });
}

const BODY_SPACING = { before: 0, after: 120, line: 288 };

function blockParagraphs(block: LayoutBlock): (Paragraph | Table)[] {
  if (block.kind === 'table') return tableOf(block.table);
  if (block.kind === 'heading') {
    return [
      new Paragraph({
        alignment: AlignmentType.JUSTIFIED,
        indent: { firstLine: 567 },
        spacing: { ...BODY_SPACING, before: 120 },
        keepNext: true,
        children: [run(block.text, { bold: true })],
      }),
    ];
  }
  const text = block.kind === 'bullet' ? `- ${block.text}` : block.text;
  return [
    new Paragraph({
      alignment: AlignmentType.JUSTIFIED,
      indent: { firstLine: 567 },
      spacing: BODY_SPACING,
      children: [run(text)],
    }),
  ];
}

const cellAlign = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

function tableOf(table: LayoutTable): (Paragraph | Table)[] {
  const total = table.columns.reduce((sum, c) => sum + c.width, 0);
  const widths = table.columns.map((c) => Math.floor((TEXT_WIDTH * c.width) / total));
  const cell = (text: string, i: number, isHeader: boolean) =>
    new TableCell({
      width: { size: widths[i]!, type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.CENTER,
      margins: { left: 60, right: 60, top: 30, bottom: 30 },
      children: [
        new Paragraph({
          alignment: isHeader ? AlignmentType.CENTER : cellAlign[table.columns[i]!.align],
          children: [run(text, { size: pt(12), bold: isHeader })],
        }),
      ],
    });
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 120, after: 60 },
      keepNext: true,
      children: [run(table.caption, { bold: true, size: pt(13) })],
    }),
    new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: widths,
      rows: [
        new TableRow({ tableHeader: true, children: table.columns.map((c, i) => cell(c.label, i, true)) }),
        ...table.rows.map(
          (row) => new TableRow({ cantSplit: true, children: row.map((text, i) => cell(text, i, false)) }),
        ),
      ],
    }),
    new Paragraph({
      spacing: { before: 60, after: 120 },
      children: table.note ? [run(table.note, { italics: true, size: pt(12) })] : [],
    }),
  ];
}

function closingTable(s: ReportSnapshot) {
  const left = Math.round(TEXT_WIDTH * 0.45);
  const right = TEXT_WIDTH - left;
  const recipients = [
    new Paragraph({ children: [run('Nơi nhận:', { bold: true, italics: true, size: pt(12) })] }),
    ...recipientLines(s).map((text) => new Paragraph({ children: [run(text, { size: pt(11) })] })),
  ];
  const signature = [
    ...(s.issuer.signerAuthority ? [line(s.issuer.signerAuthority, { bold: true })] : []),
    line(s.issuer.signerTitle, { bold: true }),
    ...Array.from({ length: 4 }, () => line('')),
    line(s.issuer.signerName ?? '', { bold: true }),
  ];
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [left, right],
    borders: TableBorders.NONE,
    rows: [new TableRow({ children: [noBorderCell(left, recipients), noBorderCell(right, signature)] })],
  });
}

export async function renderReportDocx(s: ReportSnapshot): Promise<Buffer> {
  const document = new Document({
    creator: 'giamsat',
    title: s.title,
    subject: s.subject,
    styles: { default: { document: { run: { font: FONT, size: pt(14) } } } },
    sections: [
      {
        properties: { titlePage: true, page: { size: PAGE, margin: MARGIN } },
        headers: {
          first: new Header({ children: [new Paragraph({ children: [] })] }),
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ font: FONT, size: pt(13), children: [PageNumber.CURRENT] })],
              }),
            ],
          }),
        },
        children: [
          headerTable(s),
          line('BÁO CÁO', { bold: true, size: pt(14) }, { spacing: { before: 360 } }),
          line(s.subject, { bold: true, size: pt(14) }),
          rule(40 * TWIPS_PER_MM, TEXT_WIDTH),
          new Paragraph({ spacing: { after: 120 }, children: [] }),
          ...reportBody(s).flatMap(blockParagraphs),
          new Paragraph({ spacing: { after: 240 }, children: [] }),
          closingTable(s),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
