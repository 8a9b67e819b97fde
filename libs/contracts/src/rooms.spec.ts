import { liveSessionRoom, moderatorsRoom, parseRoom, readingRoom, roomName, userRoom } from './rooms';

const ID = '4b4f0c52-3c1e-4a53-9b6a-0f4f1b1e2d3c';

describe('rooms', () => {
  it('round-trips every kind of room through its name', () => {
    for (const name of [
      readingRoom(ID),
      `debate:${ID}`,
      `seminar:${ID}`,
      moderatorsRoom(ID),
      userRoom(ID),
      liveSessionRoom(ID),
    ]) {
      const room = parseRoom(name);
      expect(room).not.toBeNull();
      expect(roomName(room!)).toBe(name);
    }
  });

  it('rejects names that are not rooms', () => {
    for (const name of [
      '',
      'reading:',
      'reading:42',
      `lobby:${ID}`,
      `reading:${ID}:moderators`,
      `seminar:${ID}:x`,
      `seminar:${ID} `,
      `session:${ID}:moderators`,
    ]) {
      expect(parseRoom(name)).toBeNull();
    }
  });
});
