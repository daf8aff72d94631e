/**
 * A drawing's points as controls: focusable and named (wirePoints), and the one chosen by a
 * pointer over it, the keyboard's focus, a click, Enter or Space reported with its datum; Escape
 * clears the choice. Its handlers go on the chart's container, so they outlive every redraw.
 */
import type { ChoiceKind } from '../components/choice.ts';
import { wirePoints, type InteractivePoints } from './accessiblePlot.ts';

export type OnSelect<T> = (datum: T | null, point?: Element, how?: ChoiceKind) => void;

/** `props` is read at each event and drawing, so the component's latest props count. */
export function choosablePoints<T>(
  props: () => { points?: InteractivePoints<T>; onselect?: OnSelect<T> },
) {
  let datums = new Map<Element, T>();
  const choose = (how: ChoiceKind) => (event: Event) => {
    const datum = datums.get(event.target as Element);
    if (datum !== undefined) props().onselect?.(datum, event.target as Element, how);
  };
  return {
    /** Put a drawing (or none) in `node`, the page's own one when `drawn` is undefined. */
    show(node: HTMLElement, drawn = node.firstElementChild): void {
      // A redraw keeps the keyboard on the point it was on.
      const focused = datums.get(document.activeElement as Element);
      const { points } = props();
      datums = drawn && points ? wirePoints(drawn, points) : new Map();
      if (drawn !== node.firstElementChild) node.replaceChildren(...(drawn ? [drawn] : []));
      for (const [point, datum] of datums)
        if (focused !== undefined && datum === focused) (point as SVGElement).focus();
    },
    /** The container's event handlers, to spread onto it. */
    handlers: {
      onfocusin: choose('focus'),
      onpointerover: choose('hover'),
      onclick: choose('click'),
      onkeydown(event: KeyboardEvent) {
        if (event.key === 'Escape') props().onselect?.(null);
        else if (
          (event.key === ' ' || event.key === 'Enter') &&
          datums.has(event.target as Element)
        ) {
          event.preventDefault();
          choose('click')(event);
        }
      },
    },
  };
}
