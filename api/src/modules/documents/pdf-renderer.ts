import path from 'node:path';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';

// Roboto ships inside pdfmake's package (Latin, incl. every Indonesian letter): nothing is
// downloaded at install or run time.
const FONT_DIR = path.join(
  path.dirname(require.resolve('pdfmake/package.json')),
  'fonts',
  'Roboto',
);

/** The one font family every document is set in, by style. */
export const FONT_FILES = {
  normal: path.join(FONT_DIR, 'Roboto-Regular.ttf'),
  bold: path.join(FONT_DIR, 'Roboto-Medium.ttf'),
  italics: path.join(FONT_DIR, 'Roboto-Italic.ttf'),
  bolditalics: path.join(FONT_DIR, 'Roboto-MediumItalic.ttf'),
};

let configured = false;

function configure() {
  if (configured) return;
  pdfmake.setFonts({ Roboto: FONT_FILES });
  // Definitions are built from our own data: no remote resources, and only the font files locally.
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((file) => path.resolve(file).startsWith(FONT_DIR + path.sep));
  configured = true;
}

/**
 * A copy of the definition's plain arrays and objects, functions and buffers kept as they are.
 * pdfmake writes its layout into the nodes it is given (a list's strings become measured objects):
 * without a copy, data shared with the rest of the server (the core values' guides) would be
 * turned into pdfmake's objects for every later reader.
 */
export function detachedDefinition<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item: unknown) => detachedDefinition(item)) as T;
  if (
    value !== null &&
    typeof value === 'object' &&
    Object.getPrototypeOf(value) === Object.prototype
  )
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, detachedDefinition(item)]),
    ) as T;
  return value;
}

/** Renders a pdfmake document definition to the bytes of a PDF, leaving the definition untouched. */
export async function renderPdf(definition: TDocumentDefinitions): Promise<Buffer> {
  configure();
  return pdfmake.createPdf(detachedDefinition(definition)).getBuffer();
}
