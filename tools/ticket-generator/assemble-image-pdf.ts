/** One PDF page showing one JPEG, scaled to the page. */
export interface PdfImagePage {
  jpeg: Buffer;
  /** Pixel size of the JPEG. */
  width: number;
  height: number;
  /** Page size in points; US Letter when absent. */
  pageWidth?: number;
  pageHeight?: number;
}

/**
 * A minimal valid PDF in which each page is one JPEG image XObject
 * (DCTDecode), as a scanner or a "scan to PDF" phone app writes. Built by hand
 * so the bytes are deterministic: no producer, no dates, no IDs.
 */
export function assembleImagePdf({ pages }: { pages: PdfImagePage[] }): Buffer {
  if (pages.length === 0) throw new Error('a PDF needs at least one page');
  const chunks: Buffer[] = [];
  const offsets: number[] = [];
  let length = 0;
  const push = (chunk: Buffer | string): void => {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'latin1') : chunk;
    chunks.push(bytes);
    length += bytes.length;
  };
  const object = (id: number, body: string, stream?: Buffer): void => {
    offsets[id] = length;
    push(`${id} 0 obj\n${body}\n`);
    if (stream) {
      push('stream\n');
      push(stream);
      push('\nendstream\n');
    }
    push('endobj\n');
  };

  // Objects: 1 catalog, 2 page tree, then per page: page, image, content stream.
  const pageIds = pages.map((_, index) => 3 + index * 3);
  push('%PDF-1.4\n%\xE2\xE3\xCF\xD3\n');
  object(1, '<< /Type /Catalog /Pages 2 0 R >>');
  object(2, `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`);
  pages.forEach((page, index) => {
    const [pageId, imageId, contentId] = [pageIds[index], pageIds[index] + 1, pageIds[index] + 2];
    const pageWidth = page.pageWidth ?? 612;
    const pageHeight = page.pageHeight ?? 792;
    object(
      pageId,
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${pageWidth} ${pageHeight}] ` +
        `/Resources << /XObject << /Im${index} ${imageId} 0 R >> >> /Contents ${contentId} 0 R >>`,
    );
    object(
      imageId,
      `<< /Type /XObject /Subtype /Image /Width ${page.width} /Height ${page.height} /ColorSpace /DeviceRGB ` +
        `/BitsPerComponent 8 /Filter /DCTDecode /Length ${page.jpeg.length} >>`,
      page.jpeg,
    );
    const content = Buffer.from(`q ${pageWidth} 0 0 ${pageHeight} 0 0 cm /Im${index} Do Q`, 'latin1');
    object(contentId, `<< /Length ${content.length} >>`, content);
  });

  const xrefOffset = length;
  const count = 3 + pages.length * 3;
  push(`xref\n0 ${count}\n0000000000 65535 f \n`);
  for (let id = 1; id < count; id++) push(`${String(offsets[id]).padStart(10, '0')} 00000 n \n`);
  push(`trailer\n<< /Size ${count} /Root 1 0 R >>\nstartxref\n${xrefOffset}\n%%EOF\n`);
  return Buffer.concat(chunks);
}
