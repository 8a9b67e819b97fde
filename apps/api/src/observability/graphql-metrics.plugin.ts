import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { performance } from 'node:perf_hooks';
import { Metrics } from './metrics';

/** Operation names are chosen by clients: keep the label set small and printable. */
const NAMED = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/**
 * Times every GraphQL operation by its name and counts the error codes of its response (after
 * formatError has reduced them to the fixed set). Registered with Apollo by NestJS (`@Plugin`).
 */
@Plugin()
export class GraphqlMetricsPlugin implements ApolloServerPlugin {
  constructor(private readonly metrics: Metrics) {}

  async requestDidStart(): Promise<GraphQLRequestListener<object>> {
    const started = performance.now();
    const metrics = this.metrics;
    return {
      async willSendResponse({ operation, operationName, response }) {
        const name = operationName && NAMED.test(operationName) ? operationName : 'anonymous';
        metrics.graphqlDuration.observe(
          { type: operation?.operation ?? 'invalid', operation: name },
          (performance.now() - started) / 1000,
        );
        const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
        for (const error of errors ?? []) {
          const code = error.extensions?.code;
          metrics.graphqlErrors.inc({ code: typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR' });
        }
      },
    };
  }
}
