import { rssMb } from '../services';
import { type BenchContext, type SectionResult } from './context';

const TARGET_GATEWAY_MB = 250;

/** Resident memory of each process after the run (the peer gateways: just before they were stopped). */
export function memorySection(ctx: BenchContext): SectionResult {
  const figures: Record<string, number> = {};
  const rows = [...ctx.services, ...ctx.peers].map((p) => {
    const rss = rssMb(p);
    figures[`rss:${p.name}`] = rss;
    const gateway = p.name === 'gateway';
    return {
      section: 'Memory',
      case: `${p.name} RSS`,
      figures: `${rss} MB`,
      target: gateway ? `≤ ${TARGET_GATEWAY_MB} MB` : '',
      met: gateway ? rss <= TARGET_GATEWAY_MB : null,
    };
  });
  return { rows, figures };
}
