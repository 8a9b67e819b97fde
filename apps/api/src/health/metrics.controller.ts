import { Controller, Get, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../auth/public.decorator';
import { Metrics } from '../observability/metrics';

/**
 * Prometheus scrapes `GET /metrics` (text exposition format). It is public on the API's port, like
 * `/health`: it reveals counts and timings, never content; block it at the proxy when the port is
 * exposed to the internet (docs/operations.md, "Metrics").
 */
@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: Metrics) {}

  @Public()
  @Get()
  async scrape(@Res() res: Response): Promise<void> {
    res.setHeader('content-type', this.metrics.registry.contentType);
    res.setHeader('cache-control', 'no-store');
    res.send(await this.metrics.registry.metrics());
  }
}
