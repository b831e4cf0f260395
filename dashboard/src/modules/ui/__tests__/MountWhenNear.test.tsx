import { act, fireEvent, render, screen } from '@testing-library/react';
import { MountWhenNear } from '../components/MountWhenNear';

/** A stand-in for the browser's IntersectionObserver that the test drives by hand. */
class FakeObserver {
  static instances: FakeObserver[] = [];
  readonly observed: Element[] = [];
  disconnected = false;
  constructor(
    private readonly callback: IntersectionObserverCallback,
    readonly options?: IntersectionObserverInit,
  ) {
    FakeObserver.instances.push(this);
  }
  observe(element: Element) {
    this.observed.push(element);
  }
  disconnect() {
    this.disconnected = true;
  }
  /** The browser reports the observed element's place against the viewport. */
  report(isIntersecting: boolean) {
    act(() => {
      this.callback(
        this.observed.map((target) => ({ target, isIntersecting }) as IntersectionObserverEntry),
        this as unknown as IntersectionObserver,
      );
    });
  }
}

const later = () => (
  <MountWhenNear className="card" placeholder={<p>memuat</p>}>
    <p>isi kartu</p>
  </MountWhenNear>
);

describe('MountWhenNear', () => {
  const original = globalThis.IntersectionObserver;
  beforeEach(() => {
    FakeObserver.instances = [];
    Object.assign(globalThis, { IntersectionObserver: FakeObserver });
  });
  afterEach(() => {
    Object.assign(globalThis, { IntersectionObserver: original });
  });

  test('holds the place with the placeholder until it comes near the viewport, then mounts for good', () => {
    render(later());
    expect(screen.queryByText('isi kartu')).toBeNull();
    const place = screen.getByText('memuat').parentElement!;
    expect(place.className).toBe('card');
    const [observer] = FakeObserver.instances;
    expect(observer.observed).toEqual([place]);
    // Near means inside the viewport.
    expect(observer.options?.rootMargin).toBe('0px 0px 0px 0px');

    observer.report(false);
    expect(screen.queryByText('isi kartu')).toBeNull();
    observer.report(true);
    expect(screen.getByText('isi kartu')).toBeTruthy();
    expect(screen.queryByText('memuat')).toBeNull();
    expect(observer.disconnected).toBe(true);
  });

  test('a key press mounts everything at once, so keyboard order is never short of content', () => {
    render(
      <>
        {later()}
        {later()}
      </>,
    );
    expect(screen.queryAllByText('isi kartu')).toHaveLength(0);
    fireEvent.keyDown(window, { key: 'Tab' });
    expect(screen.getAllByText('isi kartu')).toHaveLength(2);
    expect(FakeObserver.instances.every((observer) => observer.disconnected)).toBe(true);
  });

  test('without IntersectionObserver the content mounts at once', () => {
    Object.assign(globalThis, { IntersectionObserver: undefined });
    render(later());
    expect(screen.getByText('isi kartu')).toBeTruthy();
    expect(screen.queryByText('memuat')).toBeNull();
  });
});
