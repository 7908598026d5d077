import { COUNTIES, DEMO_YEAR } from '../../../../demo/world';
import type { UrbanLaborForce } from './urban-labor-force.entity';

/** The demo counties' labour force for the demo year (later years are the joint office's to set). */
export function demoLaborForce(): Omit<UrbanLaborForce, 'setAt'>[] {
  return COUNTIES.map(({ code, urbanLaborForce }) => ({ countyCode: code, year: DEMO_YEAR, persons: urbanLaborForce, setBy: 'demo' }));
}
