// Shapes of the demo data: sector deadlines and processing-time mixes, province volumes.
// Invented for the demo, chosen to look plausible; the planted effects are in
// src/lib/reference/demo-effects.ts.

export interface SectorProfile {
	/** Field of the procedure as exported (lĩnh vực), Vietnamese. */
	name: string;
	/** Share of all dossiers. */
	weight: number;
	/** Statutory deadline in working days; null = no deadline. */
	deadline_wd: number | null;
	/** Median processing time in working days before any effect (log-normal). */
	median_wd: number;
	sigma: number;
	/** Share of this sector's dossiers exported without a due date. */
	no_due_share: number;
	/** Share of dossiers that wait on the applicant for supplements. */
	supplement_share: number;
	/** Agency level mix before the merger (district share moves to province/commune after). */
	level: { province: number; district: number; commune: number };
	/** Added to the online share (some procedures suit online filing more). */
	online_affinity: number;
	/** Province department handling it (agency_name at province level). */
	department: string;
}

export const SECTORS: readonly SectorProfile[] = [
	{
		name: 'Đất đai',
		weight: 0.26,
		deadline_wd: 20,
		median_wd: 13,
		sigma: 0.4,
		no_due_share: 0.02,
		supplement_share: 0.2,
		level: { province: 0.25, district: 0.6, commune: 0.15 },
		online_affinity: -0.05,
		department: 'Sở Tài nguyên và Môi trường'
	},
	{
		name: 'Hộ tịch',
		weight: 0.12,
		deadline_wd: 7,
		median_wd: 4.5,
		sigma: 0.45,
		no_due_share: 0.02,
		supplement_share: 0.05,
		level: { province: 0.05, district: 0.2, commune: 0.75 },
		online_affinity: 0.05,
		department: 'Sở Tư pháp'
	},
	{
		name: 'Đăng ký kinh doanh',
		weight: 0.09,
		deadline_wd: 5,
		median_wd: 3.5,
		sigma: 0.4,
		no_due_share: 0.01,
		supplement_share: 0.15,
		level: { province: 0.85, district: 0.15, commune: 0 },
		online_affinity: 0.2,
		department: 'Sở Kế hoạch và Đầu tư'
	},
	{
		name: 'Xây dựng',
		weight: 0.08,
		deadline_wd: 25,
		median_wd: 16,
		sigma: 0.4,
		no_due_share: 0.02,
		supplement_share: 0.25,
		level: { province: 0.35, district: 0.6, commune: 0.05 },
		online_affinity: 0,
		department: 'Sở Xây dựng'
	},
	{
		name: 'Tư pháp – chứng thực',
		weight: 0.07,
		deadline_wd: 3,
		median_wd: 1.5,
		sigma: 0.5,
		no_due_share: 0.3,
		supplement_share: 0.02,
		level: { province: 0.02, district: 0.18, commune: 0.8 },
		online_affinity: -0.15,
		department: 'Sở Tư pháp'
	},
	{
		name: 'Lao động – việc làm',
		weight: 0.07,
		deadline_wd: 15,
		median_wd: 10,
		sigma: 0.4,
		no_due_share: 0.02,
		supplement_share: 0.1,
		level: { province: 0.7, district: 0.3, commune: 0 },
		online_affinity: 0.05,
		department: 'Sở Lao động – Thương binh và Xã hội'
	},
	{
		name: 'Bảo trợ xã hội',
		weight: 0.07,
		deadline_wd: 20,
		median_wd: 12,
		sigma: 0.4,
		no_due_share: 0.02,
		supplement_share: 0.1,
		level: { province: 0.1, district: 0.5, commune: 0.4 },
		online_affinity: -0.1,
		department: 'Sở Lao động – Thương binh và Xã hội'
	},
	{
		name: 'Giao thông vận tải',
		weight: 0.09,
		deadline_wd: 10,
		median_wd: 7,
		sigma: 0.35,
		no_due_share: 0.01,
		supplement_share: 0.05,
		level: { province: 0.9, district: 0.1, commune: 0 },
		online_affinity: 0.1,
		department: 'Sở Giao thông vận tải'
	},
	{
		name: 'Đầu tư',
		weight: 0.04,
		deadline_wd: 20,
		median_wd: 14,
		sigma: 0.4,
		no_due_share: 0.05,
		supplement_share: 0.3,
		level: { province: 1, district: 0, commune: 0 },
		online_affinity: 0.1,
		department: 'Sở Kế hoạch và Đầu tư'
	},
	{
		name: 'Y tế',
		weight: 0.06,
		deadline_wd: 25,
		median_wd: 15,
		sigma: 0.4,
		no_due_share: 0.02,
		supplement_share: 0.15,
		level: { province: 0.9, district: 0.1, commune: 0 },
		online_affinity: 0.05,
		department: 'Sở Y tế'
	},
	{
		name: 'Giáo dục và đào tạo',
		weight: 0.05,
		deadline_wd: 10,
		median_wd: 6,
		sigma: 0.4,
		no_due_share: 0.02,
		supplement_share: 0.05,
		level: { province: 0.4, district: 0.4, commune: 0.2 },
		online_affinity: 0,
		department: 'Sở Giáo dục và Đào tạo'
	}
];

/**
 * Relative dossier volume by 63-unit province (roughly population and economy): from 1 (Bắc Kạn,
 * Lai Châu) to 30 (TP. Hồ Chí Minh).
 */
export const PROVINCE_VOLUME: Readonly<Record<string, number>> = {
	'01': 27,
	'02': 1.6,
	'04': 1.2,
	'06': 1,
	'08': 1.8,
	'10': 1.8,
	'11': 1.3,
	'12': 1,
	'14': 2.5,
	'15': 1.7,
	'17': 2,
	'19': 3.4,
	'20': 1.8,
	'22': 6,
	'24': 5,
	'25': 3.5,
	'26': 4,
	'27': 5,
	'30': 5,
	'31': 8,
	'33': 3.5,
	'34': 4.5,
	'35': 2.3,
	'36': 4,
	'37': 2.4,
	'38': 9,
	'40': 8,
	'42': 3.3,
	'44': 2.4,
	'45': 1.7,
	'46': 3,
	'48': 6,
	'49': 3.9,
	'51': 3.2,
	'52': 3.9,
	'54': 2.2,
	'56': 3.3,
	'58': 1.6,
	'60': 3.1,
	'62': 1.3,
	'64': 3.7,
	'66': 4.6,
	'67': 1.6,
	'68': 3.3,
	'70': 2.5,
	'72': 3,
	'74': 10,
	'75': 10,
	'77': 3.8,
	'79': 30,
	'80': 4.2,
	'82': 4.4,
	'83': 3.2,
	'84': 2.6,
	'86': 2.6,
	'87': 4,
	'89': 4.7,
	'91': 4.2,
	'92': 4,
	'93': 1.9,
	'94': 3,
	'95': 2.3,
	'96': 3
};

/** Provinces with a higher online share than the rest (large urban economies). */
export const ONLINE_LEADERS: readonly string[] = ['01', '79', '31', '48', '92', '74', '75', '22'];
