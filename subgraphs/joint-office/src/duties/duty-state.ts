import type { GatewayClient } from '../gateway/gateway-client';
import { CITY_COUNTIES } from '../../../../shared/areas';
import type { DutyRecord } from './duty.entity';
import { type Duty, DutyState } from './duty.types';

/** Labor's own count of its platforms against the six-in-place deadline. */
export interface PlatformReadiness {
  platforms: number;
  late: number;
  inProgress: number;
}

export type PlatformsByCounty = Map<string, PlatformReadiness>;

const PLATFORMS = `{ counties { code platformReadiness { platforms late inProgress } } }`;

/** Labor's platform readiness per county, through the gateway (labor tracks the six in place itself). */
export async function readPlatforms(gateway: GatewayClient): Promise<PlatformsByCounty> {
  const data = await gateway.read<{ counties: { code: string; platformReadiness: PlatformReadiness | null }[] }>(PLATFORMS);
  return new Map(
    data.counties.flatMap((c) =>
      c.platformReadiness && CITY_COUNTIES.some((k) => k.code === c.code) ? [[c.code, c.platformReadiness]] : [],
    ),
  );
}

function trackedState(duty: DutyRecord, today: string, platforms: PlatformsByCounty | null): DutyState | null {
  const readiness = duty.countyCode ? platforms?.get(duty.countyCode) : undefined;
  if (!readiness) return null;
  if (readiness.late > 0) return today > duty.deadline ? DutyState.LATE : DutyState.OPEN;
  if (readiness.inProgress > 0 || readiness.platforms === 0) return today > duty.deadline ? DutyState.LATE : DutyState.OPEN;
  return DutyState.DONE;
}

export function dutyState(duty: DutyRecord, today: string, platforms: PlatformsByCounty | null): DutyState | null {
  if (duty.trackedBy) return trackedState(duty, today, platforms);
  if (duty.doneOn) return duty.doneOn > duty.deadline ? DutyState.DONE_LATE : DutyState.DONE;
  return today > duty.deadline ? DutyState.LATE : DutyState.OPEN;
}

export function toDuty(duty: DutyRecord, state: DutyState | null): Duty {
  return {
    id: String(duty.id),
    code: duty.code,
    department: duty.department,
    countyCode: duty.countyCode,
    title: duty.title,
    answerer: duty.answerer,
    deadline: duty.deadline,
    doneOn: duty.doneOn,
    trackedBy: duty.trackedBy,
    state,
  };
}
