import { CITY_COUNTIES } from '../../../../shared/areas';

/** A dated duty of the notice (淮政发 2003, 15 July), as the office records it. */
export interface DutyDefinition {
  code: string;
  department: 'labor' | 'finance' | 'tax' | 'commerce';
  countyCode: string | null;
  title: string;
  answerer: string;
  deadline: string;
  /** Set where a department already tracks the duty itself: its state is read from there. */
  trackedBy: string | null;
}

const END_OF_JULY = '2003-07-31';
const YEAR_END = '2003-12-31';

/** Duties of each county (县区), named in the notice with their deadline. */
function countyDuties(code: string, name: string): DutyDefinition[] {
  return [
    {
      code: 'GUARANTEE_COMPANY',
      department: 'finance',
      countyCode: code,
      deadline: END_OF_JULY,
      trackedBy: null,
      answerer: `${name}人民政府、财政局`,
      title: '设立中小企业信用担保公司 — a credit guarantee company set up in the county',
    },
    {
      code: 'GUARANTEE_FUNDS',
      department: 'finance',
      countyCode: code,
      deadline: END_OF_JULY,
      trackedBy: null,
      answerer: `${name}财政局`,
      title: '配套性担保资金落实到位 — the matching guarantee funds in place',
    },
    {
      code: 'PLATFORMS_SIX_IN_PLACE',
      department: 'labor',
      countyCode: code,
      deadline: END_OF_JULY,
      trackedBy: 'labor: County.platformReadiness',
      answerer: `${name}劳动保障局、街道(乡镇)`,
      title: '劳动保障工作平台"六个到位" — every street and community platform with the six in place',
    },
    {
      code: 'CERTIFICATES_FOR_ALL_ELIGIBLE',
      department: 'labor',
      countyCode: code,
      deadline: YEAR_END,
      trackedBy: null,
      answerer: `${name}劳动保障局`,
      title: '符合条件的下岗失业人员全部领到《再就业优惠证》 — every eligible person holds a certificate',
    },
    {
      code: 'FUNDS_PAID_IN_FULL',
      department: 'finance',
      countyCode: code,
      deadline: YEAR_END,
      trackedBy: null,
      answerer: `${name}财政局`,
      title: '再就业资金足额拨付到位 — the re-employment funds paid in full',
    },
  ];
}

/** City departments' duties (市各有关部门). */
const CITY_DUTIES: DutyDefinition[] = [
  {
    code: 'IMPLEMENTING_RULES',
    department: 'labor',
    countyCode: null,
    deadline: END_OF_JULY,
    trackedBy: null,
    answerer: '市劳动和社会保障局',
    title: '出台可操作性的配套办法 — implementing rules of the support policies',
  },
  {
    code: 'IMPLEMENTING_RULES',
    department: 'finance',
    countyCode: null,
    deadline: END_OF_JULY,
    trackedBy: null,
    answerer: '市财政局',
    title: '出台可操作性的配套办法 — implementing rules of the support policies',
  },
  {
    code: 'IMPLEMENTING_RULES',
    department: 'tax',
    countyCode: null,
    deadline: END_OF_JULY,
    trackedBy: null,
    answerer: '市国税局、市地税局',
    title: '出台可操作性的配套办法 — implementing rules of the support policies',
  },
  {
    code: 'IMPLEMENTING_RULES',
    department: 'commerce',
    countyCode: null,
    deadline: END_OF_JULY,
    trackedBy: null,
    answerer: '市工商局',
    title: '出台可操作性的配套办法 — implementing rules of the support policies',
  },
  {
    code: 'LOAN_RULES',
    department: 'finance',
    countyCode: null,
    deadline: END_OF_JULY,
    trackedBy: null,
    answerer: '市财政局、人民银行、经办银行、担保机构',
    title: '小额担保贷款实施细则 — the rules for small guaranteed loans',
  },
];

export const NOTICE_DUTIES: readonly DutyDefinition[] = [...CITY_DUTIES, ...CITY_COUNTIES.flatMap((c) => countyDuties(c.code, c.name))];
