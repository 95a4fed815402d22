// Which 34-unit province a published index's province belongs to (the trend follows it).
import { FIRST_34_UNIT_YEAR } from '../../metrics/indices-common';
import { province34For } from '../../reference/provinces';

/** The 34-unit province of `code` as coded in `year` (itself from the merger's year on). */
export function unit34Of(year: number, code: string): string {
	return year >= FIRST_34_UNIT_YEAR ? code : (province34For(code) ?? code);
}
