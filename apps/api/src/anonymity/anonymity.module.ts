import { Global, Module } from '@nestjs/common';
import { AnonymousDiscussions } from './anonymous-discussions';
import { AuthorMasks } from './author-masks';
import { EventMasking } from './event-masking';
import { HistoryMasking } from './history-masking';
import { PseudonymBook } from './pseudonym-book';

/**
 * Anonymous discussions: pseudonyms, who sees through them, and the masking of authors at every
 * edge (docs/anonymous-mode.md). Global, like the event log, because every module that shows an
 * author asks it.
 */
@Global()
@Module({
  providers: [AnonymousDiscussions, AuthorMasks, PseudonymBook, EventMasking, HistoryMasking],
  exports: [AnonymousDiscussions, AuthorMasks, PseudonymBook, HistoryMasking],
})
export class AnonymityModule {}
