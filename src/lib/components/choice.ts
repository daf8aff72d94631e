/**
 * How a reader chose a point of a chart: a pointer over it (the details follow the pointer and
 * never block it), the keyboard's focus, or a click, tap or Enter (the details stay, links and
 * all, until the reader moves on).
 */
export type ChoiceKind = 'hover' | 'focus' | 'click';
