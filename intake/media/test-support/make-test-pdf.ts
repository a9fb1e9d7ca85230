export interface TestPdfPage {
  /** A baseline JPEG drawn as a DCTDecode image XObject. */
  jpeg: { bytes: Buffer; width: number; height: number };
  /** Where the image goes, in points from the bottom-left corner. */
  imageBox: { x: number; y: number; width: number; height: number };
  text: string;
}

export interface MakeTestPdfOptions {
  pages: TestPdfPage[];
  /** US Letter by default. */
  pageSize?: { width: number; height: number };
  /** Adds a Standard security handler whose empty user password does not open the file. */
  encrypted?: boolean;
}

/** A small, valid PDF written by hand: catalog, pages, Helvetica text, a JPEG image and an xref table. */
export function makeTestPdf({ pages, pageSize = { width: 612, height: 792 }, encrypted = false }: MakeTestPdfOptions): Buffer {
  const objects: Buffer[] = [];
  const reserve = () => objects.push(Buffer.alloc(0));
  const set = (id: number, body: string | Buffer) => (objects[id - 1] = typeof body === 'string' ? Buffer.from(body, 'latin1') : body);
  const add = (body: string | Buffer) => {
    const id = reserve();
    set(id, body);
    return id;
  };

  const catalogId = reserve();
  const pagesId = reserve();
  const fontId = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const pageIds = pages.map(({ jpeg, imageBox, text }) => {
    const imageId = add(
      Buffer.concat([
        Buffer.from(
          `<< /Type /XObject /Subtype /Image /Width ${jpeg.width} /Height ${jpeg.height} /ColorSpace /DeviceRGB ` +
            `/BitsPerComponent 8 /Filter /DCTDecode /Length ${jpeg.bytes.length} >>\nstream\n`,
          'latin1',
        ),
        jpeg.bytes,
        Buffer.from('\nendstream', 'latin1'),
      ]),
    );
    const escaped = text.replace(/[\\()]/g, (c) => `\\${c}`);
    const content =
      `q ${imageBox.width} 0 0 ${imageBox.height} ${imageBox.x} ${imageBox.y} cm /Im1 Do Q\n` +
      `BT /F1 28 Tf 72 ${imageBox.y - 60} Td (${escaped}) Tj ET`;
    const contentId = add(`<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`);
    return add(
      `<< /Type /Page /Parent ${pagesId} 0 R /MediaBox [0 0 ${pageSize.width} ${pageSize.height}] ` +
        `/Resources << /Font << /F1 ${fontId} 0 R >> /XObject << /Im1 ${imageId} 0 R >> >> /Contents ${contentId} 0 R >>`,
    );
  });
  set(catalogId, `<< /Type /Catalog /Pages ${pagesId} 0 R >>`);
  set(pagesId, `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageIds.length} >>`);
  const encryptId = encrypted
    ? add(`<< /Filter /Standard /V 1 /R 2 /Length 40 /O <${'5a'.repeat(32)}> /U <${'a5'.repeat(32)}> /P -44 >>`)
    : undefined;

  const chunks = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let length = chunks[0].length;
  const offsets = objects.map((body, index) => {
    const offset = length;
    const chunk = Buffer.concat([Buffer.from(`${index + 1} 0 obj\n`, 'latin1'), body, Buffer.from('\nendobj\n', 'latin1')]);
    chunks.push(chunk);
    length += chunk.length;
    return offset;
  });
  const trailerExtras = encryptId ? ` /Encrypt ${encryptId} 0 R /ID [<${'0123456789abcdef'.repeat(2)}> <${'0123456789abcdef'.repeat(2)}>]` : '';
  chunks.push(
    Buffer.from(
      `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n` +
        offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('') +
        `trailer\n<< /Size ${objects.length + 1} /Root ${catalogId} 0 R${trailerExtras} >>\nstartxref\n${length}\n%%EOF\n`,
      'latin1',
    ),
  );
  return Buffer.concat(chunks);
}
