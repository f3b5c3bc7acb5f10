import type { Generated } from 'kysely';
import type { AuditTable } from '../platform/audit/audit.table.ts';
import type { LoginThrottleTable, SessionTable, SettingTable } from '../platform/auth/session.table.ts';
import type { DepartmentTable, DivisionTable, SectorTable } from '../modules/org/org.table.ts';
import type { RoleTable, UserTable } from '../modules/users/user.table.ts';
import type {
  EnterpriseChangeTable,
  EnterpriseStatusChangeTable,
  EnterpriseTable,
} from '../modules/enterprise/enterprise.table.ts';
import type {
  AgencyContractTable,
  AgencyStaffTable,
  AgencyTable,
  AgencyVisitTable,
} from '../modules/agency/agency.table.ts';
import type {
  AccidentInvestigationTable,
  AccidentMeasureFollowupTable,
  AccidentMeasureTable,
  AccidentReportStepTable,
  AccidentSupplementTable,
  AccidentTable,
} from '../modules/accident/accident.table.ts';
import type { StatDenominatorTable } from '../modules/denominator/denominator.table.ts';
import type { PlanPeriodTable, PlanTargetTable } from '../modules/plan/plan.table.ts';
import type { HazardEventTable, HazardTable, UploadTable } from '../modules/hazard/hazard.table.ts';
import type {
  HazardOpenDueTable,
  HazardReporterTable,
  HazardRollupTable,
} from '../modules/hazard/hazard.stats.ts';
import type { NotificationTable } from '../modules/notification/notification.table.ts';
import type {
  RiskCheckRecordTable,
  RiskCheckTaskTable,
  RiskEventTable,
  RiskMeasureTable,
  RiskObjectTable,
  RiskUnitTable,
} from '../modules/risk/risk-model.table.ts';
import type {
  SelfInspectionPlanTable,
  SelfInspectionTaskTable,
} from '../modules/self-inspection/self-inspection.table.ts';
import type { SecurityAlertTable } from '../modules/security/security-alert.table.ts';

/** Every table, assembled once from the types that live next to their modules. */
export interface Database {
  schema_migration: { name: string; applied_at: Generated<Date>; checksum: string | null };
  division: DivisionTable;
  sector: SectorTable;
  department: DepartmentTable;
  role: RoleTable;
  app_user: UserTable;
  user_session: SessionTable;
  login_throttle: LoginThrottleTable;
  setting: SettingTable;
  audit_log: AuditTable;
  enterprise: EnterpriseTable;
  enterprise_status_change: EnterpriseStatusChangeTable;
  enterprise_change: EnterpriseChangeTable;
  agency: AgencyTable;
  agency_staff: AgencyStaffTable;
  agency_contract: AgencyContractTable;
  agency_visit: AgencyVisitTable;
  accident: AccidentTable;
  accident_report_step: AccidentReportStepTable;
  accident_supplement: AccidentSupplementTable;
  accident_investigation: AccidentInvestigationTable;
  accident_measure: AccidentMeasureTable;
  accident_measure_followup: AccidentMeasureFollowupTable;
  stat_denominator: StatDenominatorTable;
  plan_period: PlanPeriodTable;
  plan_target: PlanTargetTable;
  hazard: HazardTable;
  hazard_event: HazardEventTable;
  hazard_rollup: HazardRollupTable;
  hazard_reporter: HazardReporterTable;
  hazard_open_due: HazardOpenDueTable;
  upload: UploadTable;
  notification: NotificationTable;
  risk_object: RiskObjectTable;
  risk_unit: RiskUnitTable;
  risk_event: RiskEventTable;
  risk_measure: RiskMeasureTable;
  risk_check_task: RiskCheckTaskTable;
  risk_check_record: RiskCheckRecordTable;
  self_inspection_plan: SelfInspectionPlanTable;
  self_inspection_task: SelfInspectionTaskTable;
  security_alert: SecurityAlertTable;
}
