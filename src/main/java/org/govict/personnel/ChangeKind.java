package org.govict.personnel;

import java.util.Set;

/**
 * The kinds of change to a record. Transfers, promotions, salary changes, appointments and departures are changes of
 * their own kind, each the only way to set the fields it governs; an ordinary update cannot move a person or raise a
 * salary.
 */
public enum ChangeKind {

	/** Lập hồ sơ: the record is created. */
	REGISTERED(Set.of()),

	/** Nhập từ tệp: created or updated by an import. */
	IMPORTED(Set.of()),

	/** Đồng bộ: created or updated by another agency's system through the API. */
	SYNCED(Set.of()),

	/** Cập nhật: the ungoverned fields change. */
	UPDATED(Set.of()),

	/** Điều động, luân chuyển, chuyển công tác: the person moves to another unit. */
	TRANSFERRED(Set.of("unit_id", "job_position")),

	/** Bổ nhiệm, miễn nhiệm: a leadership position is given or taken away. */
	APPOINTED(Set.of("position_code", "position_since", "concurrent_position")),

	/** Nâng ngạch, chuyển ngạch, thăng hạng: a new rank, which may bring a new salary grade and step. */
	RANK_CHANGED(Set.of("staff_group", "rank_code", "rank_since", "salary_grade", "salary_step", "coefficient",
			"salary_since")),

	/** Nâng bậc lương: a new step or coefficient, or a seniority allowance beyond the last step. */
	SALARY_CHANGED(Set.of("salary_step", "coefficient", "salary_since", "over_frame_percent", "position_allowance")),

	/** Nghỉ hưu, thôi việc, biệt phái, từ trần: the person's status changes. */
	STATUS_CHANGED(Set.of("status", "status_since"));

	private final Set<String> governedFields;

	ChangeKind(Set<String> governedFields) {
		this.governedFields = governedFields;
	}

	/** The fields only a change of this kind may set (besides registration, import and sync, which set any). */
	public Set<String> governedFields() {
		return governedFields;
	}

	/** Whether a change of this kind writes a whole record rather than an officer's targeted change. */
	public boolean wholeRecord() {
		return this == REGISTERED || this == IMPORTED || this == SYNCED;
	}

	/** The kind that governs a field, if any. */
	public static java.util.Optional<ChangeKind> governing(String field) {
		for (ChangeKind kind : values()) {
			if (kind.governedFields.contains(field)) {
				return java.util.Optional.of(kind);
			}
		}
		return java.util.Optional.empty();
	}

	public String messageKey() {
		return "personnel.change." + name();
	}
}
