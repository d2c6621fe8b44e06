import type { DisputeKind, EducationLevel, HardshipCause } from '@worker-aid/shared/domain';

/** Words the generated history is made of: names, places and the center's own phrasing. */
export const SURNAMES = [
  ...'王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段钱汤尹黎易常武乔贺赖龚文',
];
export const MALE_GIVEN = [...'建国志强伟军勇明华平刚杰涛斌超波辉林海峰磊鹏宏亮德福'];
export const FEMALE_GIVEN = [...'秀英桂芳丽娟敏静玉兰梅霞燕红艳萍琴云莲凤珍芬洁婷雪'];

/** Districts and counties of Chuzhou: the first six digits of a local identity number. */
export const CHUZHOU_REGIONS = [
  '341102',
  '341103',
  '341122',
  '341124',
  '341125',
  '341126',
  '341181',
  '341182',
];

export const EMPLOYERS = [
  '滁州市第二纺织厂',
  '琅琊区某建筑劳务公司',
  '滁州市公交集团',
  '市第一人民医院后勤服务公司',
  '滁州经开区某家电配件厂',
  '南谯区某物业服务公司',
  '滁州市环卫处',
  '天长市某电缆厂',
  '明光市某食品公司',
  '全椒县某服装厂',
  '来安县某机械厂',
  '定远县某盐化公司',
  '凤阳县某玻璃厂',
  '滁州市商贸集团',
  '滁州市城投集团下属项目部',
];

export const HARDSHIP_CAUSE_WEIGHTS: [HardshipCause, number][] = [
  ['illness', 40],
  ['unemployment', 20],
  ['disability', 15],
  ['accident', 10],
  ['disaster', 5],
  ['other', 10],
];

export const HARDSHIP_SUMMARIES: Record<HardshipCause, string> = {
  illness: '本人或家人长期患病，家庭生活困难，申请生活救助',
  unemployment: '企业停产下岗失业，家庭无稳定收入，申请生活救助',
  disability: '因残丧失部分劳动能力，收入骤减，申请生活救助',
  accident: '遭遇意外事故致困，申请临时生活救助',
  disaster: '住房受灾损毁，家庭生活困难，申请生活救助',
  other: '单亲家庭抚养子女，生活困难，申请生活救助',
};

export const HOSPITALS = [
  '滁州市第一人民医院',
  '滁州市第二人民医院',
  '滁州市中西医结合医院',
  '滁州市妇幼保健院',
  '安徽医科大学第一附属医院',
  '南京鼓楼医院',
  '天长市人民医院',
  '明光市人民医院',
  '定远县总医院',
  '凤阳县人民医院',
];

export const DIAGNOSES = [
  '慢性肾衰竭（尿毒症期）',
  '恶性肿瘤（术后化疗）',
  '急性白血病',
  '脑梗塞后遗症',
  '冠心病（支架术后）',
  '糖尿病并发症',
  '乳腺癌（术后化疗）',
  '肺癌',
  '股骨颈骨折',
  '重度烧伤',
];

export const SCHOOLS: [string, EducationLevel][] = [
  ['安徽大学', 'university'],
  ['合肥工业大学', 'university'],
  ['安徽师范大学', 'university'],
  ['滁州学院', 'university'],
  ['安徽科技学院', 'university'],
  ['中国科学技术大学', 'university'],
  ['南京大学', 'university'],
  ['滁州职业技术学院', 'college'],
  ['安徽工业经济职业技术学院', 'college'],
  ['滁州中学', 'senior_high'],
];

export const DISPUTE_WEIGHTS: [DisputeKind, number][] = [
  ['wage_arrears', 60],
  ['work_injury', 18],
  ['labor_contract', 12],
  ['social_insurance', 6],
  ['other', 4],
];

export const OPPOSING_PARTIES = [
  '滁州某建筑劳务有限公司',
  '某物业服务有限公司',
  '某电子科技有限公司',
  '某建设工程项目部',
  '某服装加工厂',
  '某物流有限公司',
];

export const LEGAL_SUMMARIES: Record<DisputeKind, string> = {
  wage_arrears: '被拖欠工资，申请法律援助追讨',
  work_injury: '工伤认定及赔偿纠纷，申请法律援助',
  labor_contract: '被违法解除劳动合同，申请法律援助',
  social_insurance: '单位未依法缴纳社会保险，申请法律援助',
  other: '劳动争议，申请法律援助',
};
