import crypto from 'node:crypto';
import { composeCreditCode, prng, sectorName } from '@anjian/domain';

/**
 * Zhongwei demo registry: about 500 enterprises across 沙坡头区, 中宁县 and 海原县 (the seed plan counts
 * 511 enterprises on line and 101 标准化 enterprises), with valid credit codes, coordinates near each
 * township seat, grid responsibility (a few deliberate gaps), two agencies with contracts and visits,
 * and the demo accounts `ent_user` and `agency_user`. Deterministic: a seeded PRNG, fixed dates.
 *
 * This file is the pure half: the data tables and the seeded generator; `enterprise.demo.ts` writes.
 */
export const TOWNSHIPS: [code: string, lon: number, lat: number, weight: number, grid: string | null][] = [
  ['640502100', 105.19, 37.515, 40, 'spt_grid'], // 滨河镇
  ['640502101', 105.175, 37.5, 30, 'grid_spt_wc'], // 文昌镇
  ['640502102', 105.27, 37.53, 12, 'grid_spt_dy'], // 东园镇
  ['640502103', 105.13, 37.49, 10, null], // 柔远镇 (no grid member yet: territorial gaps)
  ['640502105', 105.33, 37.42, 12, 'grid_spt_xh'], // 宣和镇
  ['640502108', 105.02, 37.55, 16, 'grid_spt_ysq'], // 迎水桥镇
  ['640502401', 105.1, 37.535, 45, 'grid_spt_gy'], // 中卫工业园区
  ['640521100', 105.68, 37.49, 45, 'grid_zn_na'], // 宁安镇
  ['640521101', 105.9, 37.45, 18, 'grid_zn_ms'], // 鸣沙镇
  ['640521102', 105.57, 37.54, 40, 'grid_zn_sk'], // 石空镇
  ['640521103', 105.62, 37.5, 15, 'grid_zn_xb'], // 新堡镇
  ['640521105', 105.7, 37.38, 14, 'grid_zn_dzc'], // 大战场镇
  ['640522100', 105.65, 36.56, 40, 'grid_hy_hc'], // 海城镇
  ['640522101', 106.05, 36.74, 14, 'grid_hy_lw'], // 李旺镇
  ['640522105', 106.1, 36.8, 12, 'grid_hy_qy'], // 七营镇
  ['640522406', 105.95, 36.72, 14, null], // 海兴开发区
];

const SECTORS: [sector: string, weight: number, industry: string[], word: string[], focus: string][] = [
  [
    'hazardous_chemicals',
    9,
    ['C2614', 'C2619', 'C2631', 'C2662'],
    ['化工', '精细化工', '化学'],
    '重大危险源、特殊作业、危险化工工艺',
  ],
  ['non_coal_mine', 5, ['B1011', 'B1019', 'B1091'], ['矿业', '石料'], '边坡、爆破、尾矿库'],
  ['coal_mine', 1, ['B0610'], ['煤业'], '瓦斯、水害、顶板'],
  ['fireworks', 2, ['F5239'], ['烟花爆竹'], '储存库房、季节性销售'],
  ['metallurgy', 6, ['C3110', 'C3140', 'C3150'], ['冶金', '特钢', '铁合金'], '高温熔融金属、煤气'],
  ['nonferrous', 3, ['C3216', 'C3252'], ['铝业', '镁业'], '熔融金属、粉尘'],
  ['building_materials', 6, ['C3011', 'C3021', 'C3031'], ['建材', '水泥', '新型墙材'], '有限空间、粉尘'],
  ['machinery', 5, ['C3411', 'C3421', 'C3490'], ['机械制造', '装备'], '机械伤害、起重作业'],
  ['light_industry', 7, ['C1391', 'C1511', 'C2221'], ['食品', '枸杞', '造纸'], '有限空间、涉氨'],
  ['textile', 2, ['C1711', 'C1762'], ['纺织', '羊绒'], '粉尘、电气火灾'],
  ['tobacco', 1, ['C1620'], ['烟草'], '粉尘、仓储'],
  ['commerce', 10, ['F5211', 'F5212', 'F5264'], ['商贸', '超市', '物流'], '人员密集场所、消防通道'],
  ['construction', 8, ['E4710', 'E4811', 'E4851'], ['建筑工程', '建设'], '深基坑、高支模、起重机械'],
  ['special_equipment', 3, ['C3432', 'C3434'], ['锅炉', '压力容器'], '特种设备定期检验'],
  ['civil_explosives', 1, ['C2671'], ['民爆'], '危险品储存、运输'],
  ['road_transport', 8, ['G5430', 'G5421', 'G5441'], ['运输', '客运', '危货运输'], '两客一危、动态监控'],
  ['power', 3, ['D4411', 'D4415', 'D4416'], ['电力', '光伏发电', '风力发电'], '电气作业、高处作业'],
  ['ammonia_refrigeration', 2, ['C1351', 'G5951'], ['冷链', '冷冻食品'], '液氨储存、泄漏报警'],
  ['dust_explosion', 3, ['C3130', 'C2029'], ['粉体', '木制品'], '除尘系统、防爆电气'],
  ['tourism', 5, ['N7850', 'N7869'], ['旅游', '景区'], '游乐设施、人员密集'],
  ['gas', 2, ['D4500'], ['燃气'], '管网、场站'],
  ['water', 1, ['N7610'], ['水务'], '有限空间、防汛'],
  ['agricultural_machinery', 1, ['A0511'], ['农机服务'], '农机作业安全'],
];

const BRANDS = [
  '宏达',
  '金泰',
  '恒源',
  '瑞丰',
  '鑫盛',
  '天元',
  '美利',
  '沙湖',
  '黄河',
  '塞上',
  '祥和',
  '兴业',
  '华宇',
  '长城',
  '明珠',
  '东方',
  '金沙',
  '丰泽',
  '永兴',
  '大漠',
  '正丰',
  '博瑞',
  '腾格里',
  '香山',
  '宁安',
  '安泰',
  '远航',
  '新源',
  '银河',
  '星辰',
  '泰和',
  '嘉禾',
];
const SURNAMES = '王李张刘马杨赵陈田何海丁周吴孙高郭罗苏'.split('');
const GIVEN = [
  '伟',
  '强',
  '军',
  '芳',
  '明',
  '华',
  '平',
  '刚',
  '霞',
  '燕',
  '宁',
  '涛',
  '建国',
  '玉兰',
  '志强',
  '海军',
  '晓东',
  '春梅',
  '学文',
  '国栋',
];
const PROCESSES = [
  '氯化工艺',
  '加氢工艺',
  '氧化工艺',
  '硝化工艺',
  '聚合工艺',
  '磺化工艺',
  '裂解（裂化）工艺',
  '氟化工艺',
  '合成氨工艺',
];
const INSURERS = [
  '中国人民财产保险中卫市分公司',
  '中国平安财产保险宁夏分公司',
  '中华联合财产保险中卫中心支公司',
];
const ORG_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const COUNTY_NAME: Record<string, string> = { '640502': '中卫市', '640521': '中宁县', '640522': '海原县' };
const HIGH_RISK = new Set([
  'hazardous_chemicals',
  'non_coal_mine',
  'coal_mine',
  'fireworks',
  'metallurgy',
  'civil_explosives',
  'construction',
  'road_transport',
]);
const LICENSED = new Set([
  'hazardous_chemicals',
  'non_coal_mine',
  'coal_mine',
  'fireworks',
  'civil_explosives',
]);

/** The shared seeded PRNG, with the `int(n)` (0 … n-1) this generator was written with. */
function demoRandom(seed: number) {
  const r = prng(seed);
  const int = (n: number) => Math.floor(r.next() * n);
  return {
    next: r.next,
    int,
    pick: <T>(xs: readonly T[]): T => xs[int(xs.length)] as T,
    weighted: r.weighted,
  };
}

/** Generates the demo enterprises (pure given the seed); grid and department ids are resolved by the caller. */
export function generateDemoEnterprises(count = 500, seed = 20160101) {
  const r = demoRandom(seed);
  const codes = new Set<string>();
  const names = new Set<string>();
  const person = () => r.pick(SURNAMES) + r.pick(GIVEN);
  return Array.from({ length: count }, (_, i) => {
    const [division, lon, lat, , grid] = r.weighted(TOWNSHIPS, (t) => t[3]);
    const [sector, , industries, words, focus] = r.weighted(SECTORS, (s) => s[1]);
    const county = division.slice(0, 6);
    let code = '';
    while (!code || codes.has(code))
      code = composeCreditCode(
        '91',
        county,
        `MA76${Array.from({ length: 4 }, () => r.pick(ORG_CHARS.split(''))).join('')}`,
      );
    codes.add(code);
    let name = '';
    for (let tries = 0; !name || names.has(name); tries++) {
      name = `${COUNTY_NAME[county]}${r.pick(BRANDS)}${r.pick(words)}${r.next() < 0.7 ? '有限公司' : '有限责任公司'}${tries > 5 ? `第${tries}分公司` : ''}`;
    }
    names.add(name);
    const sizeRoll = r.next();
    const sizeClass =
      sizeRoll < 0.3 ? 'micro' : sizeRoll < 0.75 ? 'small' : sizeRoll < 0.95 ? 'medium' : 'large';
    const employees = {
      micro: 3 + r.int(17),
      small: 20 + r.int(280),
      medium: 300 + r.int(700),
      large: 1000 + r.int(2000),
    }[sizeClass];
    const statusRoll = r.next();
    const status =
      statusRoll < 0.92
        ? 'normal'
        : statusRoll < 0.96
          ? 'suspended'
          : statusRoll < 0.98
            ? 'closed'
            : 'banned';
    const stdRoll = r.next();
    const standardization =
      stdRoll < 0.005 ? 'level1' : stdRoll < 0.04 ? 'level2' : stdRoll < 0.2 ? 'level3' : 'none';
    const principal = person();
    const year = 2024 + r.int(3);
    return {
      index: i,
      id: crypto.randomUUID(),
      credit_code: code,
      name,
      division_code: division,
      address: `${sectorName(sector)}企业 ${division} 第 ${1 + r.int(300)} 号`,
      longitude: Math.round((lon + (r.next() - 0.5) * 0.06) * 1e6) / 1e6,
      latitude: Math.round((lat + (r.next() - 0.5) * 0.05) * 1e6) / 1e6,
      sector,
      secondary_sectors: r.next() < 0.15 ? ['special_equipment'].filter((s) => s !== sector) : [],
      industry_code: r.pick(industries),
      size_class: sizeClass,
      employees,
      status: status as 'normal' | 'suspended' | 'closed' | 'banned',
      principal,
      safety_manager: person(),
      registered_safety_engineers:
        sizeClass === 'large' ? 2 + r.int(4) : sizeClass === 'medium' ? r.int(3) : r.int(2),
      standardization_level: standardization as 'none' | 'level1' | 'level2' | 'level3',
      licences: JSON.stringify(
        LICENSED.has(sector)
          ? [
              {
                kind: '安全生产许可证',
                number: `（宁）${sector === 'fireworks' ? 'YH' : sector === 'hazardous_chemicals' ? 'WH' : 'FM'}安许证字〔${year - 3}〕${String(1000 + i).padStart(4, '0')}号`,
                issuer: '宁夏回族自治区应急管理厅',
                expiresOn: `${year}-${String(1 + r.int(12)).padStart(2, '0')}-28`,
              },
            ]
          : [],
      ),
      liability_insurance:
        HIGH_RISK.has(sector) && r.next() < 0.85
          ? JSON.stringify({
              insurer: r.pick(INSURERS),
              policyNo: `AZW${2025}${String(100000 + i)}`,
              expiresOn: `${2025 + r.int(2)}-12-31`,
              insuredAmount: 50 + r.int(20) * 10,
            })
          : null,
      safety_costs: JSON.stringify(
        [2023, 2024, 2025].map((y) => {
          const extracted = Math.round(employees * (0.05 + r.next() * 0.2) * 10) / 10;
          return { year: y, extracted, used: Math.round(extracted * (0.6 + r.next() * 0.45) * 10) / 10 };
        }),
      ),
      high_risk_processes:
        sector === 'hazardous_chemicals'
          ? [...new Set(Array.from({ length: r.int(3) }, () => r.pick(PROCESSES)))]
          : [],
      gridUsername: grid && r.next() < 0.97 ? grid : null,
      industryGap: r.next() < 0.04,
      industry_person: person(),
      enterprise_person: principal,
      supervision_focus: focus,
    };
  });
}
