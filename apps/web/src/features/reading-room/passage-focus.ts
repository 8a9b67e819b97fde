/** The marks that draw an annotation's passage. */
export function passageMarks(root: HTMLElement, annotationId: string): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(`mark[data-ids~="${CSS.escape(annotationId)}"]`));
}

function prefersReducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * Brings an annotation's passage into view (when it is not already comfortably visible) and
 * flashes it, so the eye finds the words a card talks about. Uses the Web Animations API, which
 * leaves the marks' React-managed attributes alone.
 */
export function revealPassage(root: HTMLElement, annotationId: string, { scroll = true } = {}): void {
  const marks = passageMarks(root, annotationId);
  if (marks.length === 0) return;
  const first = marks[0];
  const rect = first.getBoundingClientRect();
  const barBottom = Number.parseFloat(getComputedStyle(document.documentElement).getPropertyValue('--bar-height')) * 16 || 56;
  if (scroll && (rect.top < barBottom + 24 || rect.bottom > window.innerHeight - 48)) {
    first.scrollIntoView({ block: 'center', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
  }
  for (const mark of marks) {
    mark.animate(
      [
        { boxShadow: '0 0 0 3px rgb(217 142 4 / 0.9)', backgroundColor: 'rgb(250 204 21 / 0.55)' },
        { boxShadow: '0 0 0 3px rgb(217 142 4 / 0)', backgroundColor: 'rgb(250 204 21 / 0)' },
      ],
      { duration: prefersReducedMotion() ? 1 : 1400, easing: 'ease-out' },
    );
  }
}
