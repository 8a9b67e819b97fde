import { Module } from '@nestjs/common';
import { AnnotationsModule } from '../annotations/annotations.module';
import { DebatesModule } from '../debates/debates.module';
import { DemoSeeder } from './demo-seeder';

@Module({ imports: [AnnotationsModule, DebatesModule], providers: [DemoSeeder] })
export class DemoModule {}
