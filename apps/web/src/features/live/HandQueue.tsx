import { isMine, LiveState } from './live-state';
import { Button } from '../../ui/Button';
import styles from './LiveSession.module.css';

interface HandQueueProps {
  state: LiveState;
  viewerId: string | null;
  facilitating: boolean;
  canTakePart: boolean;
  onRaise: () => void;
  onLower: () => void;
  onCallOn: (userId: string) => void;
}

/** The raise-hand queue: first raised first; the facilitator calls on someone, which lowers their hand. */
export function HandQueue({ state, viewerId, facilitating, canTakePart, onRaise, onLower, onCallOn }: HandQueueProps) {
  const raised = state.hands.some((h) => isMine(state, h.userId, viewerId));
  return (
    <section className={styles.card} aria-labelledby="live-hands">
      <h3 id="live-hands" className={styles.cardTitle}>
        Raised hands ({state.hands.length})
      </h3>
      {state.hands.length > 0 && (
        <ol className={styles.queue}>
          {state.hands.map((hand) => (
            <li key={hand.userId}>
              {hand.displayName}
              {isMine(state, hand.userId, viewerId) ? ' (you)' : ''}
              {facilitating && (
                <Button
                  variant="quiet"
                  onClick={() => onCallOn(hand.userId)}
                  aria-label={`Call on ${hand.displayName}`}
                >
                  Call on
                </Button>
              )}
            </li>
          ))}
        </ol>
      )}
      {state.calledOn && (
        <p role="status" className={styles.meta}>
          {isMine(state, state.calledOn.userId, viewerId) ? 'You have the floor.' : `${state.calledOn.displayName} has the floor.`}
        </p>
      )}
      {canTakePart && !facilitating && (
        <Button variant="secondary" onClick={raised ? onLower : onRaise} aria-pressed={raised}>
          {raised ? 'Lower my hand' : 'Raise my hand'}
        </Button>
      )}
    </section>
  );
}
