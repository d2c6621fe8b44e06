import type { Role } from '@worker-aid/shared/domain';

/**
 * The demo city: the center, the municipal industry unions (市直各主管局(产业)工会) and the 41
 * municipal-level grassroots workstations Chuzhou (滁州) ran for "zero-distance" help.
 */
export const DEMO_INDUSTRY_UNIONS = [
  {
    code: 'CZ-EDU',
    name: '市教育工会',
    workstations: [
      { code: 'CZ-EDU-01', name: '滁州中学工会帮扶工作站' },
      { code: 'CZ-EDU-02', name: '滁州学院工会帮扶工作站' },
      { code: 'CZ-EDU-03', name: '滁州职业技术学院工会帮扶工作站' },
      { code: 'CZ-EDU-04', name: '市实验小学工会帮扶工作站' },
      { code: 'CZ-EDU-05', name: '琅琊区教育系统帮扶工作站' },
      { code: 'CZ-EDU-06', name: '南谯区教育系统帮扶工作站' },
    ],
  },
  {
    code: 'CZ-HEALTH',
    name: '市卫生健康工会',
    workstations: [
      { code: 'CZ-HEALTH-01', name: '市第一人民医院工会帮扶工作站' },
      { code: 'CZ-HEALTH-02', name: '市中西医结合医院工会帮扶工作站' },
      { code: 'CZ-HEALTH-03', name: '市第二人民医院工会帮扶工作站' },
      { code: 'CZ-HEALTH-04', name: '市妇幼保健院工会帮扶工作站' },
      { code: 'CZ-HEALTH-05', name: '市疾控中心工会帮扶工作站' },
    ],
  },
  {
    code: 'CZ-BUILD',
    name: '市建设工会',
    workstations: [
      { code: 'CZ-BUILD-01', name: '市建工集团工会帮扶工作站' },
      { code: 'CZ-BUILD-02', name: '琅琊新区农民工服务站' },
      { code: 'CZ-BUILD-03', name: '市城投集团工会帮扶工作站' },
      { code: 'CZ-BUILD-04', name: '南谯区建筑业农民工服务站' },
      { code: 'CZ-BUILD-05', name: '市市政工程公司工会帮扶工作站' },
    ],
  },
  {
    code: 'CZ-TRANS',
    name: '市交通运输工会',
    workstations: [
      { code: 'CZ-TRANS-01', name: '市公交集团工会帮扶工作站' },
      { code: 'CZ-TRANS-02', name: '滁州汽车站工会帮扶工作站' },
      { code: 'CZ-TRANS-03', name: '市出租汽车行业工会帮扶工作站' },
      { code: 'CZ-TRANS-04', name: '滁州火车站工会帮扶工作站' },
      { code: 'CZ-TRANS-05', name: '市港航管理处工会帮扶工作站' },
    ],
  },
  {
    code: 'CZ-TRADE',
    name: '市财贸轻纺工会',
    workstations: [
      { code: 'CZ-TRADE-01', name: '市商贸集团工会帮扶工作站' },
      { code: 'CZ-TRADE-02', name: '滁州第二纺织厂工会帮扶工作站' },
      { code: 'CZ-TRADE-03', name: '市供销社系统帮扶工作站' },
      { code: 'CZ-TRADE-04', name: '市金融系统工会帮扶工作站' },
      { code: 'CZ-TRADE-05', name: '市服装行业工会帮扶工作站' },
    ],
  },
  {
    code: 'CZ-MACH',
    name: '市机械冶金工会',
    workstations: [
      { code: 'CZ-MACH-01', name: '经开区职工服务中心帮扶工作站' },
      { code: 'CZ-MACH-02', name: '市家电产业工会帮扶工作站' },
      { code: 'CZ-MACH-03', name: '市汽车零部件产业工会帮扶工作站' },
      { code: 'CZ-MACH-04', name: '市机床厂工会帮扶工作站' },
      { code: 'CZ-MACH-05', name: '市钢铁物资公司工会帮扶工作站' },
    ],
  },
  {
    code: 'CZ-AGRI',
    name: '市农林水工会',
    workstations: [
      { code: 'CZ-AGRI-01', name: '市水利系统帮扶工作站' },
      { code: 'CZ-AGRI-02', name: '市林业系统帮扶工作站' },
      { code: 'CZ-AGRI-03', name: '市粮食系统帮扶工作站' },
      { code: 'CZ-AGRI-04', name: '市农垦系统帮扶工作站' },
      { code: 'CZ-AGRI-05', name: '市农机系统帮扶工作站' },
    ],
  },
  {
    code: 'CZ-GOV',
    name: '市直机关工会',
    workstations: [
      { code: 'CZ-GOV-01', name: '市环卫处工会帮扶工作站' },
      { code: 'CZ-GOV-02', name: '市园林管理处工会帮扶工作站' },
      { code: 'CZ-GOV-03', name: '市民政系统帮扶工作站' },
      { code: 'CZ-GOV-04', name: '市人社系统帮扶工作站' },
      { code: 'CZ-GOV-05', name: '市直机关综合帮扶工作站' },
    ],
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
  { username: 'reviewer2', displayName: '孙审核', role: 'reviewer', unitCode: 'CZ-HEALTH' },
  { username: 'caseworker', displayName: '刘专干', role: 'caseworker', unitCode: 'CZ-EDU-01' },
  { username: 'caseworker2', displayName: '周专干', role: 'caseworker', unitCode: 'CZ-HEALTH-01' },
];
