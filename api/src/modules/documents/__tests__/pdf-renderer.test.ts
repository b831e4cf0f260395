import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { detachedDefinition, renderPdf } from '../pdf-renderer';

describe('renderPdf', () => {
  it('leaves the data it was given untouched (pdfmake lays out its own copy)', async () => {
    // Shared with the rest of the server, as the core values' guides are.
    const guides = ['Memahami dan memenuhi kebutuhan masyarakat', 'Ramah, cekatan, solutif'];
    const row = { text: 'Berorientasi Pelayanan', bold: true };
    const footer = (page: number, pages: number) => ({ text: `Halaman ${page} dari ${pages}` });
    const definition: TDocumentDefinitions = { content: [row, { ul: guides }], footer };
    const pdf = await renderPdf(definition);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(guides).toEqual([
      'Memahami dan memenuhi kebutuhan masyarakat',
      'Ramah, cekatan, solutif',
    ]);
    expect(row).toEqual({ text: 'Berorientasi Pelayanan', bold: true });
    expect(definition.footer).toBe(footer);
  });

  it.each([
    ['a string', 'x'],
    ['a number', 3],
    ['null', null],
    ['a buffer', Buffer.from('abc')],
  ])('copies plain arrays and objects but keeps %s as it is', (_name, leaf) => {
    const source = { list: [leaf, { leaf }] };
    const copy = detachedDefinition(source);
    expect(copy).toEqual(source);
    expect(copy).not.toBe(source);
    expect(copy.list).not.toBe(source.list);
    expect(copy.list[1]).not.toBe(source.list[1]);
    expect(copy.list[0]).toBe(leaf);
  });
});
