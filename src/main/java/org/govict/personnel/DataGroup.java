package org.govict.personnel;

import java.util.Arrays;
import java.util.Optional;

/**
 * The ten data groups of a record (nhóm thông tin), as Decree 27/2026/ND-CP lays them out. Family, assets and income,
 * and health are sensitive: reading or changing them needs the {@code PERSONNEL_SENSITIVE} role besides access to
 * the record.
 */
public enum DataGroup {

	/** Sơ yếu lý lịch: names, sex, birth, home town, ethnicity, religion, residence, ID numbers. */
	IDENTITY("identity", false),

	/** Quan hệ gia đình: the family of the person and of the spouse. */
	FAMILY("family", true),

	/** Lịch sử bản thân: background and the summary of the working life. */
	HISTORY("history", false),

	/** Tuyển dụng, bổ nhiệm, điều động, biệt phái, thôi việc, nghỉ hưu. */
	EMPLOYMENT("employment", false),

	/** Đào tạo, bồi dưỡng: professional, political theory, state management, defence, language, IT. */
	EDUCATION("education", false),

	/** Đơn vị, vị trí việc làm, chức vụ, ngạch, lương và phụ cấp, đánh giá, khen thưởng, kỷ luật. */
	POSITION("position", false),

	/** Tổ chức chính trị - xã hội: Party, unions. */
	ORGANISATIONS("organisations", false),

	/** Nghĩa vụ quân sự. */
	MILITARY("military", false),

	/** Tài sản, thu nhập. */
	ASSETS("assets", true),

	/** Sức khỏe. */
	HEALTH("health", true);

	private final String slug;

	private final boolean sensitive;

	DataGroup(String slug, boolean sensitive) {
		this.slug = slug;
		this.sensitive = sensitive;
	}

	public String slug() {
		return slug;
	}

	public boolean sensitive() {
		return sensitive;
	}

	/** The message key of the group's name. */
	public String messageKey() {
		return "personnel.group." + slug;
	}

	public static Optional<DataGroup> ofSlug(String slug) {
		return Arrays.stream(values()).filter(g -> g.slug.equals(slug)).findFirst();
	}
}
