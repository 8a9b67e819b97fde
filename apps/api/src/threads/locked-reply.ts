import type { Transaction } from '../database/transaction-runner';
import { NotFoundError } from '../errors/glossa-error';
import { CommentEntity } from './comment.entity';

/**
 * The reply, its row locked until the transaction ends, so that an edit, a delete and a moderation
 * action on it do not overwrite one another; NOT_FOUND when there is none.
 */
export async function lockedReply(tx: Transaction, replyId: string): Promise<CommentEntity> {
  const comment = await tx.manager
    .getRepository(CommentEntity)
    .createQueryBuilder('c')
    .setLock('pessimistic_write')
    .where('c.id = :id', { id: replyId })
    .getOne();
  if (!comment) throw new NotFoundError('No such reply.');
  return comment;
}
