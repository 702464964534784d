import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { downloadBlob, fileNameOf } from './download';

export interface PdfTable {
  heading: string;
  headers: string[];
  rows: string[][];
  /** Columns aligned right (figures). */
  numericColumns?: number[];
}

export interface PdfReport {
  title: string;
  subtitle?: string;
  /** Paragraphs shown under the title (e.g. that a comparison is incomplete). */
  notes?: string[];
  /** Chart pictures (PNG data URLs) with their captions. */
  images?: { caption: string; dataUrl: string }[];
  tables: PdfTable[];
  footer?: string;
}

/**
 * An A4 report through pdfmake (loaded only when asked) with its Roboto font embedded: Roboto has
 * every Vietnamese letter, so "Hải Phòng", "Bằng khen" and "Đỗ Văn Nam" come out intact.
 */
export async function exportReportToPdf(report: PdfReport) {
  const [{ default: pdfMake }, { default: vfs }] = await Promise.all([
    import('pdfmake/build/pdfmake'),
    import('pdfmake/build/vfs_fonts'),
  ]);
  pdfMake.addVirtualFileSystem(vfs);
  const content: Content[] = [
    { text: report.title, style: 'title' },
    ...(report.subtitle ? [{ text: report.subtitle, style: 'subtitle' }] : []),
    ...(report.notes ?? []).map((note) => ({ text: note, style: 'note' })),
    ...(report.images ?? []).flatMap(({ caption, dataUrl }) => [
      { text: caption, style: 'heading' },
      { image: dataUrl, width: 515 },
    ]),
    ...report.tables.flatMap((table) => [
      { text: table.heading, style: 'heading' },
      {
        table: {
          headerRows: 1,
          widths: table.headers.map((_, index) => (index === 0 ? '*' : 'auto')),
          body: [
            table.headers.map((text) => ({ text, bold: true })),
            ...table.rows.map((row) =>
              row.map((text, index) => ({
                text,
                alignment: table.numericColumns?.includes(index) ? ('right' as const) : ('left' as const),
              })),
            ),
          ],
        },
        layout: 'lightHorizontalLines',
      },
    ]),
  ];
  const definition: TDocumentDefinitions = {
    pageSize: 'A4',
    pageMargins: [40, 48, 40, 48],
    info: { title: report.title },
    content,
    footer: (page, pages) => ({
      text: `${report.footer ?? ''}  ${page}/${pages}`.trim(),
      alignment: 'center',
      fontSize: 8,
      margin: [0, 16, 0, 0],
    }),
    defaultStyle: { font: 'Roboto', fontSize: 9 },
    styles: {
      title: { fontSize: 16, bold: true, margin: [0, 0, 0, 4] },
      subtitle: { fontSize: 11, color: '#444', margin: [0, 0, 0, 8] },
      note: { fontSize: 9, color: '#8a1c1c', margin: [0, 0, 0, 6] },
      heading: { fontSize: 12, bold: true, margin: [0, 12, 0, 4] },
    },
  };
  const blob = await pdfMake.createPdf(definition).getBlob();
  downloadBlob(blob, fileNameOf(report.title, 'pdf'));
}
