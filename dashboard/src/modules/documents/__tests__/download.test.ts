import { DownloadError, failureOf, fetchFile, fileNameOf } from '../../api/utils/download';

describe('document downloads', () => {
  it.each([
    ['attachment; filename="SKP_199001012015032001_2026.pdf"', 'SKP_199001012015032001_2026.pdf'],
    ['attachment; filename=Rekap.xlsx', 'Rekap.xlsx'],
    ['attachment', 'fallback.pdf'],
    [null, 'fallback.pdf'],
  ])('names the file of %s as %s', (disposition, expected) =>
    expect(fileNameOf(disposition, 'fallback.pdf')).toBe(expected),
  );

  it.each([
    [401, 'UNAUTHENTICATED'],
    [403, 'FORBIDDEN'],
    [404, 'NOT_FOUND'],
    [400, 'SERVER'],
    [503, 'SERVER'],
  ])('reads HTTP %s as %s', (status, failure) => expect(failureOf(status)).toBe(failure));

  it('sends the bearer token and returns the file with the server’s name', async () => {
    const fetchImpl = jest.fn(async () => ({
      ok: true,
      status: 200,
      headers: { get: () => 'attachment; filename="Evaluasi_1_2026_TW1.pdf"' },
      blob: async () => 'pdf-bytes',
    })) as unknown as typeof fetch;
    const file = await fetchFile({
      url: '/documents/evaluation/1.pdf',
      token: 'abc',
      fallbackName: 'x.pdf',
      fetchImpl,
    });
    expect(file.fileName).toBe('Evaluasi_1_2026_TW1.pdf');
    expect(fetchImpl).toHaveBeenCalledWith('/documents/evaluation/1.pdf', {
      headers: { authorization: 'Bearer abc' },
    });
  });

  it('turns a refusal and a network failure into a reason to show', async () => {
    const refused = jest.fn(async () => ({ ok: false, status: 403 })) as unknown as typeof fetch;
    await expect(
      fetchFile({ url: '/x', token: 't', fallbackName: 'x', fetchImpl: refused }),
    ).rejects.toEqual(new DownloadError('FORBIDDEN'));
    const offline = jest.fn(async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    await expect(
      fetchFile({ url: '/x', token: null, fallbackName: 'x', fetchImpl: offline }),
    ).rejects.toMatchObject({ failure: 'NETWORK' });
  });
});
