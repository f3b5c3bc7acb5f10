// 重大危险源在线监测预警: points, readings over MQTT, alarms.
export * from './alarm.ts';
export * from './monitoring.schemas.ts';
export * from './monitoring.responses.ts';
