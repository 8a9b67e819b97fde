import { TypingBoard, typingLabel } from './typing-board';

const ROOM = 'reading:r1';
const signal = (userId: string, displayName: string, threadId = 't1') => ({ room: ROOM, threadId, userId, displayName });

describe('TypingBoard', () => {
  let clock = 0;
  beforeEach(() => {
    jest.useFakeTimers();
    clock = 0;
  });
  afterEach(() => jest.useRealTimers());
  const advance = (ms: number) => {
    clock += ms;
    jest.advanceTimersByTime(ms);
  };

  it('lists who types in a thread, leaving out the viewer, until a few seconds after their last signal', () => {
    const board = new TypingBoard(4000, () => clock);
    const changes = jest.fn();
    board.subscribe(changes);
    board.heard(signal('ama', 'Ama'));
    board.heard(signal('me', 'Me'));
    expect(board.typists(ROOM, 't1', 'me')).toEqual([{ userId: 'ama', displayName: 'Ama' }]);
    expect(board.typists(ROOM, 't2', 'me')).toEqual([]);
    advance(3000);
    board.heard(signal('ama', 'Ama'));
    advance(3000);
    expect(board.typists(ROOM, 't1', 'me')).toEqual([{ userId: 'ama', displayName: 'Ama' }]);
    advance(1500);
    expect(board.typists(ROOM, 't1', null)).toEqual([]);
    expect(changes).toHaveBeenCalled();
  });

  it('answers the same list while nothing changed (for React’s external stores)', () => {
    const board = new TypingBoard(4000, () => clock);
    board.heard(signal('ama', 'Ama'));
    const first = board.typists(ROOM, 't1', null);
    board.heard(signal('ama', 'Ama'));
    expect(board.typists(ROOM, 't1', null)).toBe(first);
    board.heard(signal('ben', 'Ben'));
    expect(board.typists(ROOM, 't1', null)).not.toBe(first);
  });
});

describe('typingLabel', () => {
  it('names one or two people and counts more', () => {
    const ama = { userId: 'a', displayName: 'Ama' };
    const ben = { userId: 'b', displayName: 'Ben' };
    expect(typingLabel([])).toBeNull();
    expect(typingLabel([ama])).toBe('Ama is typing…');
    expect(typingLabel([ama, ben])).toBe('Ama and Ben are typing…');
    expect(typingLabel([ama, ben, { userId: 'c', displayName: 'Chen' }])).toBe('3 people are typing…');
  });
});
