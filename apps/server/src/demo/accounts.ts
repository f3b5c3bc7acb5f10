import type { RoleCode } from '@anjian/domain';

/** The published password of every demo account (demo mode only: never in production, AC-02). */
export const DEMO_PASSWORD = 'Anjian@2026';

export interface DemoAccount {
  username: string;
  displayName: string;
  role: RoleCode;
  division?: string;
  department?: string;
}

/** Zhongwei's demo departments with the sectors they regulate ("管行业必须管安全"). */
export const demoDepartments = [
  {
    name: '中卫市应急管理局',
    shortName: '市应急局',
    sectors: [
      'non_coal_mine',
      'hazardous_chemicals',
      'fireworks',
      'metallurgy',
      'nonferrous',
      'building_materials',
      'machinery',
      'light_industry',
      'textile',
      'tobacco',
      'commerce',
      'ammonia_refrigeration',
      'dust_explosion',
    ],
  },
  { name: '中卫市交通运输局', shortName: '市交通局', sectors: ['road_transport'] },
  { name: '中卫市公安局交通警察支队', shortName: '市交警支队', sectors: ['road_traffic'] },
  { name: '中卫市消防救援支队', shortName: '市消防支队', sectors: ['fire'] },
  { name: '中卫市住房和城乡建设局', shortName: '市住建局', sectors: ['construction', 'gas'] },
  { name: '中卫市市场监督管理局', shortName: '市市场监管局', sectors: ['special_equipment'] },
  { name: '中卫市工业和信息化局', shortName: '市工信局', sectors: ['power', 'civil_explosives'] },
  { name: '中卫市教育局', shortName: '市教育局', sectors: ['education'] },
  { name: '中卫市文化旅游广电局', shortName: '市文旅局', sectors: ['tourism'] },
  { name: '中卫市水务局', shortName: '市水务局', sectors: ['water'] },
  { name: '中卫市农业农村局', shortName: '市农业农村局', sectors: ['agricultural_machinery'] },
];

export const demoAccounts: DemoAccount[] = [
  { username: 'city_admin', displayName: '市应急管理局 值班员', role: 'city_supervisor', division: '640500' },
  { username: 'spt_admin', displayName: '沙坡头区应急管理局', role: 'county_supervisor', division: '640502' },
  { username: 'zn_admin', displayName: '中宁县应急管理局', role: 'county_supervisor', division: '640521' },
  { username: 'hy_admin', displayName: '海原县应急管理局', role: 'county_supervisor', division: '640522' },
  {
    username: 'jt_officer',
    displayName: '市交通运输局 安全科',
    role: 'department_officer',
    department: '中卫市交通运输局',
  },
  { username: 'spt_grid', displayName: '滨河镇网格员', role: 'grid_member', division: '640502100' },
  { username: 'sys_admin', displayName: '系统管理员', role: 'system_admin' },
  { username: 'sec_admin', displayName: '安全管理员', role: 'security_admin' },
  { username: 'audit_admin', displayName: '审计管理员', role: 'audit_admin' },
];
