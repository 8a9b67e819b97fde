import { RefObject, useEffect, useMemo, useRef, useState } from 'react';
import { Icon } from '../../ui/Icon';
import { DensityStrip } from './DensityStrip';
import { marginBuckets, MarginBuckets } from './margin-buckets';
import styles from './MarginRail.module.css';
import type { MeasuredAnchors } from './useAnchorPositions';

export interface MarginRailProps {
  textRef: RefObject<HTMLElement | null>;
  anchors: MeasuredAnchors;
  /** Go to an annotation: reveal its passage and open its card. */
  onSelect: (annotationId: string) => void;
}

interface RailView {
  buckets: MarginBuckets;
  /** Which part of the text is visible, as fractions of its height. */
  from: number;
  to: number;
  /** Viewport y of the bucket area's top. */
  areaTop: number;
}

const emptyView: RailView = { buckets: { above: [], below: [], beside: [] }, from: 0, to: 0, areaTop: 0 };

/**
 * The margin between the text and the cards: Hypothesis's bucket bar (how many annotations lie
 * above and below the visible text, and how many beside each part of it) and, along its edge, a
 * density strip of the whole reading with the visible part outlined.
 */
export function MarginRail({ textRef, anchors, onSelect }: MarginRailProps) {
  const areaRef = useRef<HTMLDivElement>(null);
  const [view, setView] = useState<RailView>(emptyView);

  useEffect(() => {
    let frame = 0;
    let first = true;
    const update = () => {
      const text = textRef.current;
      const area = areaRef.current;
      if (!text || !area) return;
      const textRect = text.getBoundingClientRect();
      const areaRect = area.getBoundingClientRect();
      const buckets = marginBuckets(anchors.positions, textRect.top, areaRect.top, window.innerHeight);
      const height = Math.max(1, textRect.height);
      const next = {
        buckets,
        from: clamp((areaRect.top - textRect.top) / height),
        to: clamp((window.innerHeight - textRect.top) / height),
        areaTop: areaRect.top,
      };
      // New anchors (highlights added, text reflowed) always replace the view: sameView compares views of the same anchors.
      const fresh = first;
      first = false;
      setView((previous) => (!fresh && sameView(previous, next) ? previous : next));
    };
    const schedule = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(update);
    };
    update();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
    };
  }, [textRef, anchors]);

  // One pass each, not a sort: on the busiest reading the lists hold a thousand passages, and the
  // view changes on every scrolled frame (bench/web).
  const nearest = useMemo(() => {
    let above: string | null = null;
    let below: string | null = null;
    let aboveTop = -Infinity;
    let belowTop = Infinity;
    for (const id of view.buckets.above) {
      const top = anchors.positions.get(id)?.top ?? 0;
      if (top > aboveTop) [above, aboveTop] = [id, top];
    }
    for (const id of view.buckets.below) {
      const top = anchors.positions.get(id)?.top ?? 0;
      if (top < belowTop) [below, belowTop] = [id, top];
    }
    return { above, below };
  }, [view.buckets, anchors]);

  function scrollToFraction(fraction: number) {
    const text = textRef.current;
    if (!text) return;
    const top = text.getBoundingClientRect().top + window.scrollY + fraction * text.getBoundingClientRect().height;
    window.scrollTo({ top: Math.max(0, top - window.innerHeight / 3) });
  }

  const { above, below, beside } = view.buckets;
  return (
    <div className={styles.railColumn}>
      <nav className={styles.rail} aria-label="Annotations in the margin">
        <button
          type="button"
          className={styles.step}
          disabled={!nearest.above}
          onClick={() => nearest.above && onSelect(nearest.above)}
          aria-label={`${above.length} ${plural(above.length)} above: go to the nearest`}
          title="Annotations above"
          data-testid="bucket-above"
        >
          <Icon name="chevronUp" size={14} />
          <span>{above.length}</span>
        </button>
        <div ref={areaRef} className={styles.area}>
          {beside.map((bucket) => (
            <button
              key={bucket.ids[0]}
              type="button"
              className={styles.bucket}
              style={{ top: `${Math.max(0, bucket.y - view.areaTop)}px` }}
              onClick={() => onSelect(bucket.ids[0])}
              aria-label={`${bucket.ids.length} ${plural(bucket.ids.length)} here`}
              data-heat={Math.min(4, bucket.ids.length)}
            >
              {bucket.ids.length}
            </button>
          ))}
          <DensityStrip anchors={anchors} from={view.from} to={view.to} onPick={scrollToFraction} />
        </div>
        <button
          type="button"
          className={styles.step}
          disabled={!nearest.below}
          onClick={() => nearest.below && onSelect(nearest.below)}
          aria-label={`${below.length} ${plural(below.length)} below: go to the nearest`}
          title="Annotations below"
          data-testid="bucket-below"
        >
          <span>{below.length}</span>
          <Icon name="chevronDown" size={14} />
        </button>
      </nav>
    </div>
  );
}

/**
 * Whether two views of the same anchors draw the same. The passages above the view are those ending
 * above its top, so of two views one's set holds the other's: equal counts mean equal sets (the
 * same for below), and only the few beside the view need comparing one by one.
 */
function sameView(a: RailView, b: RailView): boolean {
  return (
    a.from === b.from &&
    a.to === b.to &&
    a.areaTop === b.areaTop &&
    a.buckets.above.length === b.buckets.above.length &&
    a.buckets.below.length === b.buckets.below.length &&
    JSON.stringify(a.buckets.beside) === JSON.stringify(b.buckets.beside)
  );
}

function clamp(x: number): number {
  return Math.max(0, Math.min(1, x));
}

function plural(n: number): string {
  return n === 1 ? 'annotation' : 'annotations';
}
