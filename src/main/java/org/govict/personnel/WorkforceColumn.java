package org.govict.personnel;

/**
 * The columns of the quantity and quality report BM01-VC/BNV (báo cáo số lượng, chất lượng cán bộ, công chức, viên
 * chức), in the order of the form, each in a group of the form's two-row header.
 */
public enum WorkforceColumn {

	TOTAL(Group.GENERAL), WOMEN(Group.GENERAL), ETHNIC_MINORITIES(Group.GENERAL), PARTY_MEMBERS(Group.GENERAL),

	/** Chuyên viên cao cấp và tương đương: grades A3.1 and A3.2. */
	RANK_A3(Group.RANK), RANK_A2(Group.RANK), RANK_A1(Group.RANK), RANK_A0(Group.RANK), RANK_B(Group.RANK),
	RANK_C(Group.RANK),

	DOCTORATE(Group.DEGREE), MASTER(Group.DEGREE), BACHELOR(Group.DEGREE), OTHER_DEGREE(Group.DEGREE),

	/** Cử nhân and cao cấp. */
	THEORY_ADVANCED(Group.THEORY), THEORY_INTERMEDIATE(Group.THEORY), THEORY_ELEMENTARY(Group.THEORY),

	MANAGEMENT_CVCC(Group.MANAGEMENT), MANAGEMENT_CVC(Group.MANAGEMENT), MANAGEMENT_CV(Group.MANAGEMENT),
	MANAGEMENT_CS(Group.MANAGEMENT),

	IT_DEGREE(Group.IT), IT_CERTIFICATE(Group.IT),

	LANGUAGE_DEGREE(Group.LANGUAGE), LANGUAGE_CERTIFICATE(Group.LANGUAGE),

	AGE_UNDER_30(Group.AGE), AGE_30_TO_50(Group.AGE), AGE_OVER_50_MEN(Group.AGE), AGE_OVER_50_WOMEN(Group.AGE),

	/** Trên tuổi nghỉ hưu: past the retirement age of the Labour Code 2019 roadmap on the report's day. */
	PAST_RETIREMENT_AGE(Group.AGE);

	private final Group group;

	WorkforceColumn(Group group) {
		this.group = group;
	}

	public Group group() {
		return group;
	}

	public String messageKey() {
		return "personnel.bm01.column." + name();
	}

	/** The groups of the form's header. */
	public enum Group {

		GENERAL, RANK, DEGREE, THEORY, MANAGEMENT, IT, LANGUAGE, AGE;

		public String messageKey() {
			return "personnel.bm01.group." + name();
		}

		public int span() {
			int span = 0;
			for (WorkforceColumn column : WorkforceColumn.values()) {
				if (column.group == this) {
					span++;
				}
			}
			return span;
		}
	}
}
