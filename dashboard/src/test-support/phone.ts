/**
 * The phone layout for the tests of a describe block: `useMediaQuery(PHONE_QUERY)` answers true
 * (jsdom has no matchMedia, which reads as a desktop).
 */
export function atPhoneWidth() {
  // Kept as a value, not a method: jsdom has none, and it is only put back.
  const original: unknown = Reflect.get(window, 'matchMedia');
  beforeEach(() => {
    window.matchMedia = (query: string) => ({
      matches: true,
      media: query,
      onchange: null,
      addEventListener: () => {},
      removeEventListener: () => {},
      addListener: () => {},
      removeListener: () => {},
      dispatchEvent: () => false,
    });
  });
  afterEach(() => {
    Reflect.set(window, 'matchMedia', original);
  });
}
