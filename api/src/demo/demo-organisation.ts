import type { Role } from '@worker-aid/shared/domain';

/** The demo city: the center, industry unions and grassroots workstations of Chuzhou (滁州). */
export const DEMO_INDUSTRY_UNIONS = [
  {
    code: 'CZ-EDU',
    name: '市教育工会',
    workstations: [
      { code: 'CZ-EDU-01', name: '滁州中学工会帮扶工作站' },
      { code: 'CZ-EDU-02', name: '滁州学院工会帮扶工作站' },
    ],
  },
  {
    code: 'CZ-HEALTH',
    name: '市卫生健康工会',
    workstations: [
      { code: 'CZ-HEALTH-01', name: '市第一人民医院工会帮扶工作站' },
      { code: 'CZ-HEALTH-02', name: '市中西医结合医院工会帮扶工作站' },
    ],
  },
  {
    code: 'CZ-BUILD',
    name: '市建设工会',
    workstations: [
      { code: 'CZ-BUILD-01', name: '市建工集团工会帮扶工作站' },
      { code: 'CZ-BUILD-02', name: '琅琊新区农民工服务站' },
    ],
  },
  {
    code: 'CZ-TRANS',
    name: '市交通运输工会',
    workstations: [{ code: 'CZ-TRANS-01', name: '市公交集团工会帮扶工作站' }],
  },
] as const;

export interface DemoUser {
  username: string;
  displayName: string;
  role: Role;
  /** Code of the user's unit; `CENTER` is the root. */
  unitCode: string;
}

export const DEMO_USERS: readonly DemoUser[] = [
  { username: 'admin', displayName: '系统管理员', role: 'admin', unitCode: 'CENTER' },
  { username: 'manager', displayName: '王建国', role: 'manager', unitCode: 'CENTER' },
  { username: 'finance', displayName: '李会计', role: 'finance', unitCode: 'CENTER' },
  { username: 'auditor', displayName: '赵审计', role: 'auditor', unitCode: 'CENTER' },
  { username: 'reviewer', displayName: '陈审核', role: 'reviewer', unitCode: 'CZ-EDU' },
  { username: 'caseworker', displayName: '刘专干', role: 'caseworker', unitCode: 'CZ-EDU-01' },
  { username: 'caseworker2', displayName: '周专干', role: 'caseworker', unitCode: 'CZ-HEALTH-01' },
];
