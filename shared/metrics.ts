import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * Prometheus metrics per service at `GET /metrics`: process defaults, GraphQL request
 * durations by operation type and outcome, and for feed consumers the replica's lag.
 * No personal data ever goes into a label.
 */
export class ServiceMetrics {
  readonly registry = new Registry();
  readonly requestSeconds: Histogram<'operation' | 'outcome'>;
  private replicaGauges: { lagSeconds: Gauge; lastSequence: Gauge } | undefined;

  constructor(readonly service: string) {
    this.registry.setDefaultLabels({ service });
    collectDefaultMetrics({ register: this.registry });
    this.requestSeconds = new Histogram({
      name: 'graphql_request_duration_seconds',
      help: 'GraphQL requests by operation type (query, mutation) and outcome (ok, error)',
      labelNames: ['operation', 'outcome'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [this.registry],
    });
  }

  /** SQL statements the service has run, read at scrape time (`npm run bench` counts them per request). */
  trackStatements(read: () => number): void {
    new Counter({
      name: 'sql_statements_total',
      help: 'SQL statements run since the process started',
      registers: [this.registry],
      collect() {
        this.reset();
        this.inc(read());
      },
    });
  }

  /** Gauges read at scrape time from the replica's cursor, so they are never stale. */
  trackReplica(read: () => Promise<{ lagSeconds: number | null; lastSequence: number }>): void {
    if (this.replicaGauges) return;
    const lagSeconds = new Gauge({
      name: 'certificate_replica_lag_seconds',
      help: "Seconds since the certificate replica last caught up with labor's feed",
      registers: [this.registry],
      async collect() {
        const status = await read();
        this.set(status.lagSeconds ?? Number.POSITIVE_INFINITY);
      },
    });
    const lastSequence = new Gauge({
      name: 'certificate_replica_last_sequence',
      help: 'Last certificate feed sequence applied to the replica',
      registers: [this.registry],
      async collect() {
        this.set((await read()).lastSequence);
      },
    });
    this.replicaGauges = { lagSeconds, lastSequence };
  }

  /** The same for the other feeds a department replicates, one series per feed (label `feed`). */
  trackFeeds(read: () => Promise<{ feed: string; lagSeconds: number | null; lastSequence: number }[]>): void {
    new Gauge({
      name: 'feed_replica_lag_seconds',
      help: "Seconds since a department's replica of another department's feed last caught up",
      labelNames: ['feed'],
      registers: [this.registry],
      async collect() {
        for (const f of await read()) this.set({ feed: f.feed }, f.lagSeconds ?? Number.POSITIVE_INFINITY);
      },
    });
    new Gauge({
      name: 'feed_replica_last_sequence',
      help: "Last sequence of another department's feed applied to the replica",
      labelNames: ['feed'],
      registers: [this.registry],
      async collect() {
        for (const f of await read()) this.set({ feed: f.feed }, f.lastSequence);
      },
    });
  }
}
