import { registerEnumType } from 'type-graphql';

export enum ReadinessItem {
  ORGANIZATION = 'ORGANIZATION',
  STAFF = 'STAFF',
  FUNDING = 'FUNDING',
  PREMISES = 'PREMISES',
  RULES = 'RULES',
  OPERATIONS = 'OPERATIONS',
}
registerEnumType(ReadinessItem, {
  name: 'PlatformReadinessItem',
  description: '六个到位 — the six things every street and community platform must have in place.',
  valuesConfig: {
    ORGANIZATION: { description: '机构到位' },
    STAFF: { description: '人员到位' },
    FUNDING: { description: '经费到位' },
    PREMISES: { description: '场地到位' },
    RULES: { description: '制度到位' },
    OPERATIONS: { description: '工作到位' },
  },
});

export enum PlatformLevel {
  STREET = 'STREET',
  COMMUNITY = 'COMMUNITY',
}
registerEnumType(PlatformLevel, {
  name: 'PlatformLevel',
  valuesConfig: { STREET: { description: '街道（乡镇）劳动保障所' }, COMMUNITY: { description: '社区劳动保障站' } },
});

export enum ReadinessStatus {
  READY_ON_TIME = 'READY_ON_TIME',
  READY_LATE = 'READY_LATE',
  OVERDUE = 'OVERDUE',
  IN_PROGRESS = 'IN_PROGRESS',
}
registerEnumType(ReadinessStatus, {
  name: 'PlatformReadinessStatus',
  description: "Against the notice's deadline: all six in place by 2003-07-31 (7月底前实现六个到位).",
  valuesConfig: {
    READY_ON_TIME: { description: '按期到位: all six in place by the deadline' },
    READY_LATE: { description: '逾期到位: all six in place now, at least one after the deadline (late)' },
    OVERDUE: { description: '逾期未到位: the deadline has passed and an item is still missing (late)' },
    IN_PROGRESS: { description: '推进中: an item is missing but the deadline has not passed yet' },
  },
});
