import { Module } from '@nestjs/common';
import { RevealGate } from './reveal-gate';

/**
 * The part of assignments the other modules consult (annotations, threads, notifications,
 * realtime): it depends on none of them, so they may all import it without a cycle.
 */
@Module({ providers: [RevealGate], exports: [RevealGate] })
export class AssignmentRulesModule {}
