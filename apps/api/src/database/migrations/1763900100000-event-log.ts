import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The outbox and replay log of real-time events (docs/design.md §Realtime). Each room has a counter row;
 * taking the next number locks that row until the transaction ends, so within a room commit order
 * equals `seq` order and the numbers have no holes.
 */
export class EventLog1763900100000 implements MigrationInterface {
  name = 'EventLog1763900100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE room_sequences (room text PRIMARY KEY, seq bigint NOT NULL)`);
    await db.query(`
      CREATE TABLE events (
        room text NOT NULL,
        seq bigint NOT NULL,
        type text NOT NULL,
        payload jsonb NOT NULL,
        actor_id uuid,
        created_at timestamptz(3) NOT NULL DEFAULT clock_timestamp(),
        PRIMARY KEY (room, seq)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE events');
    await db.query('DROP TABLE room_sequences');
  }
}
