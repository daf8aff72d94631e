/**
 * A drawing's points as controls: each focusable and named (wirePoints), and the one chosen by a
 * pointer over it, the keyboard's focus, a click, Enter or Space reported with its datum; Escape
 * clears the choice. It listens on the chart's container, so it outlives every redraw.
 */
import type { ChoiceKind } from '../components/choice.ts';
import { wirePoints, type InteractivePoints } from './accessiblePlot.ts';

export type OnSelect<T> = (datum: T | null, point?: Element, how?: ChoiceKind) => void;

interface Props<T> {
  points?: InteractivePoints<T>;
  onselect?: OnSelect<T>;
}

export class ChoosablePoints<T> {
  #byElement = new Map<Element, T>();
  readonly #props: () => Props<T>;

  /** A getter, so that the component's latest props are read at each event. */
  constructor(props: () => Props<T>) {
    this.#props = props;
  }

  /** Wire the drawing the page arrived with, in `node`. */
  adopt(node: HTMLElement): void {
    const { points } = this.#props();
    const drawn = node.firstElementChild;
    if (drawn && points) this.#byElement = wirePoints(drawn, points);
  }

  /** Put a new drawing (or none) in `node`; the keyboard stays on the point it was on. */
  show(node: HTMLElement, drawn: Element | null): void {
    const focused = this.#byElement.get(document.activeElement as Element);
    const { points } = this.#props();
    this.#byElement = drawn && points ? wirePoints(drawn, points) : new Map();
    node.replaceChildren(...(drawn ? [drawn] : []));
    for (const [point, datum] of this.#byElement)
      if (focused !== undefined && datum === focused) (point as SVGElement).focus();
  }

  /** An attachment for the container: listens for choices until it is removed. */
  listen = (node: HTMLElement) => {
    const choose = (how: ChoiceKind) => (event: Event) => {
      const datum = this.#byElement.get(event.target as Element);
      if (datum !== undefined) this.#props().onselect?.(datum, event.target as Element, how);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') this.#props().onselect?.(null);
      else if (
        (event.key === 'Enter' || event.key === ' ') &&
        this.#byElement.has(event.target as Element)
      ) {
        event.preventDefault();
        choose('click')(event);
      }
    };
    const listeners: [string, EventListener][] = [
      ['focusin', choose('focus')],
      ['pointerover', choose('hover')],
      ['click', choose('click')],
      ['keydown', onKey as EventListener],
    ];
    for (const [type, listener] of listeners) node.addEventListener(type, listener);
    return () => {
      for (const [type, listener] of listeners) node.removeEventListener(type, listener);
    };
  };
}
