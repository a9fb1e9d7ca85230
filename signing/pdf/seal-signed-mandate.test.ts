import { createHash } from 'node:crypto';
import { PDFDocument, PDFName } from 'pdf-lib';
import sharp from 'sharp';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { fillMandateTemplate } from '../mandates/fill-mandate-template.js';
import { loadMandateTemplates } from '../mandates/load-mandate-templates.js';
import { makeTestMandateFacts } from '../mandates/test-support/make-test-mandate-facts.js';
import { renderMandatePdf } from './render-mandate-pdf.js';
import { sealSignedMandate, type SealSignedMandateOptions } from './seal-signed-mandate.js';
import type { SignatureBox } from './signature-box.js';
import type { SigningTrail } from './signing-trail.js';
import { type PdfPageText, readPdf } from '../../pdf/test-support/read-pdf.js';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
let unsignedPdf: Uint8Array;
let signatureBox: SignatureBox;
let png: Buffer;

beforeAll(async () => {
  const document = fillMandateTemplate({ templates: await loadMandateTemplates(), facts: makeTestMandateFacts() });
  ({ pdf: unsignedPdf, signatureBox } = await renderMandatePdf({ document }));
  png = await sharp({ create: { width: 300, height: 100, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } }).png().toBuffer();
});
afterEach(() => {
  vi.restoreAllMocks();
});

function makeTrail(overrides: Partial<SigningTrail> = {}): SigningTrail {
  return {
    signatureRequestId: 'sr_01JD7Q2W3E4R5T6Y7U8I9O0P',
    documentSha256: sha256(unsignedPdf),
    signerName: 'Marie Tremblay',
    method: 'drawn',
    codeSentTo: 'SMS •••• 4567',
    events: [
      { kind: 'created', at: '2026-11-20T18:55:00Z', ip: null, userAgent: null },
      { kind: 'viewed', at: '2026-11-20T19:00:01Z', ip: '203.0.113.7', userAgent: 'Mozilla/5.0 (iPhone)' },
      { kind: 'code_sent', at: '2026-11-20T19:01:00Z', ip: '203.0.113.7', userAgent: 'Mozilla/5.0 (iPhone)' },
      { kind: 'code_verified', at: '2026-11-20T19:02:00Z', ip: '203.0.113.7', userAgent: 'Mozilla/5.0 (iPhone)' },
      { kind: 'signed', at: '2026-11-20T19:03:05Z', ip: '203.0.113.7', userAgent: 'Mozilla/5.0 (iPhone)' },
    ],
    timeZone: 'America/Montreal',
    language: 'fr',
    ...overrides,
  };
}

const drawn = (trail: Partial<SigningTrail> = {}): SealSignedMandateOptions => ({ unsignedPdf, signatureBox, signature: { method: 'drawn', png }, trail: makeTrail(trail) });
const typed = (trail: Partial<SigningTrail> = {}): SealSignedMandateOptions => ({ unsignedPdf, signatureBox, signature: { method: 'typed', name: 'Marie Tremblay' }, trail: makeTrail({ method: 'typed', ...trail }) });
const pageCount = async (bytes: Uint8Array) => (await PDFDocument.load(bytes)).getPageCount();

/** Every text run starts and ends on its page. */
function expectInsidePage(items: PdfPageText['items']): void {
  for (const item of items) {
    const [x, y] = [item.transform[4] as number, item.transform[5] as number];
    expect({ str: item.str, inside: x >= 36 && x + item.width <= 612 - 36 && y >= 36 && y <= 792 - 36 }).toEqual({ str: item.str, inside: true });
  }
}

describe('sealSignedMandate', () => {
  it('places a drawn signature in its box and adds one certificate page; the hash is that of the signed document before the certificate', async () => {
    const save = vi.spyOn(PDFDocument.prototype, 'save');
    const { pdf, signedDocumentSha256 } = await sealSignedMandate(drawn());
    const intermediate = (await save.mock.results[0]!.value) as Uint8Array;
    expect(signedDocumentSha256).toBe(sha256(intermediate));
    expect(signedDocumentSha256).not.toBe(sha256(unsignedPdf));
    expect(await pageCount(intermediate)).toBe(await pageCount(unsignedPdf));
    expect(await pageCount(pdf)).toBe((await pageCount(unsignedPdf)) + 1);

    const signed = await PDFDocument.load(pdf);
    const images = signed.getPage(signatureBox.pageIndex).node.Resources()!.lookup(PDFName.of('XObject'));
    expect(images).toBeDefined();
    const pages = (await readPdf(pdf)).pages;
    const signaturePage = pages[signatureBox.pageIndex]!.text.split('\n');
    expect(signaturePage).toEqual(expect.arrayContaining(['Signé électroniquement', '20 novembre 2026, 14 h 03 (UTC-05:00)']));
  });

  it('prints both fingerprints, the signer, the code channel and every event on the certificate, in the trail’s time zone', async () => {
    const trail = makeTrail();
    const { pdf, signedDocumentSha256 } = await sealSignedMandate(drawn());
    const certificate = (await readPdf(pdf)).pages.at(-1)!;
    const lines = certificate.text.split('\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        'Certificat de signature',
        trail.signatureRequestId,
        trail.documentSha256,
        signedDocumentSha256,
        'Marie Tremblay',
        'Signature tracée à l’écran',
        'SMS •••• 4567',
        'America/Montreal',
        'Demande créée',
        'Document consulté',
        'Code envoyé',
        'Code vérifié',
        'Signé',
        '2026-11-20 13:55:00 UTC-05:00',
        '2026-11-20 14:03:05 UTC-05:00',
        '203.0.113.7',
        'non enregistré',
      ]),
    );
    expect(certificate.text).toContain('l’empreinte SHA-256 avant signature identifie le document exact');
    expectInsidePage(certificate.items);
  });

  it('writes the certificate in the signer’s language, with daylight time where it applies', async () => {
    const events = makeTrail().events.map((event) => ({ ...event, at: event.at.replace('2026-11-20', '2026-07-20') }));
    const { pdf } = await sealSignedMandate(drawn({ language: 'en', events }));
    const pages = (await readPdf(pdf)).pages;
    expect(pages.at(-1)!.text.split('\n')).toEqual(expect.arrayContaining(['Certificate of signature', 'Signature drawn on screen', 'Request created', '2026-07-20 15:03:05 UTC-04:00']));
    expect(pages[signatureBox.pageIndex]!.text).toContain('July 20, 2026, 3:03 PM (UTC-04:00)');
  });

  it('signs with a typed name in an oblique face, captioned as typed', async () => {
    const { pdf } = await sealSignedMandate(typed());
    expect(await pageCount(pdf)).toBe((await pageCount(unsignedPdf)) + 1);
    const pages = (await readPdf(pdf)).pages;
    const signaturePage = pages[signatureBox.pageIndex]!;
    const names = signaturePage.items.filter((item) => item.str === 'Marie Tremblay');
    expect(names).toHaveLength(2); // the printed name under the box, and the signature in it
    const inBox = names.find((item) => (item.transform[5] as number) > signatureBox.y)!;
    expect(inBox.transform[4]).toBeGreaterThan(signatureBox.x);
    expect((inBox.transform[4] as number) + inBox.width).toBeLessThan(signatureBox.x + signatureBox.width);
    expect(inBox.transform[5]).toBeLessThan(signatureBox.y + signatureBox.height);
    expect(inBox.fontName).not.toBe(names.find((item) => item !== inBox)!.fontName);
    expect(signaturePage.text).toContain('Signé électroniquement (nom saisi)');
    expect(pages.at(-1)!.text).toContain('Nom saisi au clavier');
  });

  it('keeps a very long user agent, IP and name inside the certificate page', async () => {
    const userAgent = 'Mozilla/5.0 (Linux; Android 15; Pixel 9 Pro XL Build/AP4A.250205.002; wv) AppleWebKit/537.36 '.repeat(8);
    const events = makeTrail().events.map((event) => ({ ...event, ip: '2001:0db8:85a3:0000:0000:8a2e:0370:7334', userAgent }));
    const { pdf } = await sealSignedMandate(typed({ events, signerName: 'Maria de los Angeles '.repeat(12) }));
    expect(await pageCount(pdf)).toBe((await pageCount(unsignedPdf)) + 1);
    const certificate = (await readPdf(pdf)).pages.at(-1)!;
    expect(certificate.text).toContain('…');
    expectInsidePage(certificate.items);
  });

  it('continues a long event table on another page rather than drawing off the first', async () => {
    const viewed = Array.from({ length: 60 }, (_, index) => ({ kind: 'viewed' as const, at: `2026-11-20T18:${String(index).padStart(2, '0')}:00Z`, ip: '203.0.113.7', userAgent: 'Mozilla/5.0' }));
    const { pdf } = await sealSignedMandate(drawn({ events: [...viewed, ...makeTrail().events] }));
    const unsignedPages = await pageCount(unsignedPdf);
    const pages = (await readPdf(pdf)).pages;
    expect(pages.length).toBeGreaterThan(unsignedPages + 1);
    const certificate = pages.slice(unsignedPages);
    expect(certificate[1]!.text).toContain('Certificat de signature (suite)');
    expect(certificate.map((page) => page.text).join('\n')).toContain('2026-11-20 14:03:05 UTC-05:00');
    for (const page of certificate) expectInsidePage(page.items);
  });

  it('refuses a drawn signature that is not a PNG', async () => {
    const gif = Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1');
    await expect(sealSignedMandate({ ...drawn(), signature: { method: 'drawn', png: gif } })).rejects.toThrow(/not a PNG/);
    await expect(sealSignedMandate({ ...drawn(), signature: { method: 'drawn', png: new Uint8Array(3) } })).rejects.toThrow(/not a PNG/);
  });

  it('refuses a PDF other than the one the trail’s SHA-256 names, a method the trail does not name, and a trail without a signed event', async () => {
    await expect(sealSignedMandate(drawn({ documentSha256: sha256(new Uint8Array([1])) }))).rejects.toThrow(/does not match the SHA-256/);
    await expect(sealSignedMandate({ ...drawn(), signature: { method: 'typed', name: 'Marie' } })).rejects.toThrow(/typed but the signing trail says drawn/);
    await expect(sealSignedMandate(drawn({ events: makeTrail().events.filter((event) => event.kind !== 'signed') }))).rejects.toThrow(/no 'signed' event/);
    await expect(sealSignedMandate({ ...drawn(), signatureBox: { ...signatureBox, pageIndex: 9 } })).rejects.toThrow(/page 10/);
  });

  it('gives the same bytes for the same inputs, dated by the signed event', async () => {
    const first = await sealSignedMandate(drawn());
    const second = await sealSignedMandate(drawn());
    expect(Buffer.from(second.pdf).equals(Buffer.from(first.pdf))).toBe(true);
    expect(second.signedDocumentSha256).toBe(first.signedDocumentSha256);
    expect((await PDFDocument.load(first.pdf, { updateMetadata: false })).getModificationDate()?.toISOString()).toBe('2026-11-20T19:03:05.000Z');
    const events = makeTrail().events.map((event) => (event.kind === 'signed' ? { ...event, at: '2026-11-20T19:04:00Z' } : event));
    const later = await sealSignedMandate(drawn({ events }));
    expect(later.signedDocumentSha256).not.toBe(first.signedDocumentSha256);
  });
});
