import { Transaction } from '../database/transaction-runner';
import { AnnotationEntity } from './annotation.entity';

/** The annotation, locked until the transaction ends (FOR UPDATE) so that changes to it queue; null when none. */
export function lockAnnotation(tx: Transaction, annotationId: string): Promise<AnnotationEntity | null> {
  return tx.manager
    .getRepository(AnnotationEntity)
    .createQueryBuilder('a')
    .setLock('pessimistic_write')
    .where('a.id = :id', { id: annotationId })
    .getOne();
}
