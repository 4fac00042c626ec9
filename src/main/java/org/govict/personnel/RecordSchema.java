package org.govict.personnel;

import static org.govict.personnel.DataGroup.ASSETS;
import static org.govict.personnel.DataGroup.EDUCATION;
import static org.govict.personnel.DataGroup.EMPLOYMENT;
import static org.govict.personnel.DataGroup.FAMILY;
import static org.govict.personnel.DataGroup.HEALTH;
import static org.govict.personnel.DataGroup.HISTORY;
import static org.govict.personnel.DataGroup.IDENTITY;
import static org.govict.personnel.DataGroup.MILITARY;
import static org.govict.personnel.DataGroup.ORGANISATIONS;
import static org.govict.personnel.DataGroup.POSITION;
import static org.govict.personnel.FieldType.DATE;
import static org.govict.personnel.FieldType.DECIMAL;
import static org.govict.personnel.FieldType.INTEGER;
import static org.govict.personnel.FieldType.LONG_TEXT;
import static org.govict.personnel.FieldType.PROVINCE;
import static org.govict.personnel.FieldType.TEXT;
import static org.govict.personnel.FieldType.UNIT;
import static org.govict.personnel.FieldType.WARD;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fields of a record: those of the résumé forms Mẫu 2C-BNV/2008 and HS02-VC/BNV, arranged in the ten data
 * groups, and the custom fields administrators added. The order here is the order of the form.
 */
public final class RecordSchema {

	/** The statuses of a person in the service. */
	public static final List<String> STATUSES = List.of("ACTIVE", "SECONDED", "RETIRED", "RESIGNED", "TRANSFERRED_OUT",
			"DECEASED");

	/** Levels of IT and foreign-language training as BM01 counts them. */
	public static final List<String> SKILL_LEVELS = List.of("DEGREE", "CERTIFICATE", "NONE");

	private static final List<RecordField> BUILT_IN = List.of(
			// 1. Identity and background
			RecordField.required("full_name", IDENTITY, TEXT), RecordField.of("other_names", IDENTITY, TEXT),
			RecordField.required("id_number", IDENTITY, TEXT), RecordField.of("id_issued_on", IDENTITY, DATE),
			new RecordField("sex", IDENTITY, FieldType.CHOICE, null, List.of("M", "F"), null, true, false, null, null),
			RecordField.required("birth_date", IDENTITY, DATE), RecordField.of("birthplace_province", IDENTITY, PROVINCE),
			RecordField.of("birthplace_ward", IDENTITY, WARD), RecordField.of("home_province", IDENTITY, PROVINCE),
			RecordField.of("home_ward", IDENTITY, WARD), RecordField.list("ethnic_code", IDENTITY, ListKind.ETHNIC_GROUPS),
			RecordField.list("religion_code", IDENTITY, ListKind.RELIGIONS),
			RecordField.of("permanent_residence", IDENTITY, TEXT), RecordField.of("current_address", IDENTITY, TEXT),
			RecordField.of("phone", IDENTITY, TEXT), RecordField.of("email", IDENTITY, TEXT),
			RecordField.of("social_insurance_number", IDENTITY, TEXT),
			// 2. Family
			RecordField.choice("marital_status", FAMILY, "SINGLE", "MARRIED", "DIVORCED", "WIDOWED"),
			RecordField.table("family", FAMILY, "relation", "name", "birth_year", "details"),
			RecordField.table("spouse_family", FAMILY, "relation", "name", "birth_year", "details"),
			// 3. Personal history
			RecordField.of("family_background", HISTORY, TEXT), RecordField.of("occupation_before", HISTORY, TEXT),
			RecordField.table("work_history", HISTORY, "from", "to", "description"),
			RecordField.of("history_notes", HISTORY, LONG_TEXT), RecordField.of("foreign_relations", HISTORY, LONG_TEXT),
			// 4. Recruitment, appointment, transfer, secondment, resignation, retirement
			RecordField.of("recruited_on", EMPLOYMENT, DATE), RecordField.of("recruiting_agency", EMPLOYMENT, TEXT),
			RecordField.of("first_job", EMPLOYMENT, TEXT), RecordField.of("civil_service_since", EMPLOYMENT, DATE),
			new RecordField("status", EMPLOYMENT, FieldType.CHOICE, null, STATUSES, null, true, false, null, null),
			RecordField.of("status_since", EMPLOYMENT, DATE),
			// 5. Education and training
			RecordField.list("general_education", EDUCATION, ListKind.EDUCATION_LEVELS),
			RecordField.list("education_level", EDUCATION, ListKind.EDUCATION_LEVELS),
			RecordField.of("specialisation", EDUCATION, TEXT),
			RecordField.choice("academic_title", EDUCATION, "PROFESSOR", "ASSOCIATE_PROFESSOR"),
			RecordField.list("political_theory", EDUCATION, ListKind.POLITICAL_THEORY_LEVELS),
			RecordField.list("state_management", EDUCATION, ListKind.STATE_MANAGEMENT_LEVELS),
			RecordField.of("defence_security", EDUCATION, TEXT), RecordField.of("foreign_language", EDUCATION, TEXT),
			new RecordField("language_level", EDUCATION, FieldType.CHOICE, null, SKILL_LEVELS, null, false, false, null,
					null),
			RecordField.of("it_skill", EDUCATION, TEXT),
			new RecordField("it_level", EDUCATION, FieldType.CHOICE, null, SKILL_LEVELS, null, false, false, null, null),
			RecordField.table("training", EDUCATION, "institution", "field", "from", "to", "form", "qualification"),
			// 6. Current unit, position, rank, salary, appraisals, awards, discipline
			RecordField.required("unit_id", POSITION, UNIT), RecordField.of("job_position", POSITION, TEXT),
			RecordField.list("position_code", POSITION, ListKind.POSITIONS), RecordField.of("position_since", POSITION, DATE),
			RecordField.of("concurrent_position", POSITION, TEXT),
			new RecordField("staff_group", POSITION, FieldType.CHOICE, null, List.of("CIVIL_SERVANT", "PUBLIC_EMPLOYEE"),
					null, false, false, null, null),
			RecordField.list("rank_code", POSITION, ListKind.RANKS), RecordField.of("rank_since", POSITION, DATE),
			RecordField.list("salary_grade", POSITION, ListKind.SALARY_GRADES), RecordField.of("salary_step", POSITION, INTEGER),
			RecordField.of("coefficient", POSITION, DECIMAL), RecordField.of("salary_since", POSITION, DATE),
			RecordField.of("over_frame_percent", POSITION, INTEGER), RecordField.of("position_allowance", POSITION, DECIMAL),
			RecordField.of("other_allowances", POSITION, TEXT),
			RecordField.table("appraisals", POSITION, "year", "result"),
			RecordField.of("awards", POSITION, LONG_TEXT), RecordField.of("discipline", POSITION, LONG_TEXT),
			// 7. Political and social organisations
			RecordField.of("party_joined", ORGANISATIONS, DATE), RecordField.of("party_official", ORGANISATIONS, DATE),
			RecordField.of("youth_union_joined", ORGANISATIONS, DATE),
			RecordField.of("social_organisations", ORGANISATIONS, TEXT),
			// 8. Military service
			RecordField.of("army_enlisted", MILITARY, DATE), RecordField.of("army_discharged", MILITARY, DATE),
			RecordField.of("army_rank", MILITARY, TEXT), RecordField.of("war_merits", MILITARY, TEXT),
			// 9. Assets and income
			RecordField.of("salary_income", ASSETS, TEXT), RecordField.of("other_income", ASSETS, TEXT),
			RecordField.of("housing", ASSETS, LONG_TEXT), RecordField.of("land", ASSETS, LONG_TEXT),
			RecordField.table("asset_declarations", ASSETS, "year", "summary"),
			// 10. Health
			RecordField.of("health_status", HEALTH, TEXT), RecordField.of("height_cm", HEALTH, INTEGER),
			RecordField.of("weight_kg", HEALTH, INTEGER),
			RecordField.choice("blood_type", HEALTH, "O", "A", "B", "AB"), RecordField.of("disability", HEALTH, TEXT));

	private static final Map<String, RecordField> BUILT_IN_BY_KEY = index(BUILT_IN);

	private final List<RecordField> fields;

	private final Map<String, RecordField> byKey;

	private RecordSchema(List<RecordField> fields) {
		this.fields = List.copyOf(fields);
		this.byKey = index(fields);
	}

	/** The built-in fields only. */
	public static RecordSchema builtIn() {
		return new RecordSchema(BUILT_IN);
	}

	/** The built-in fields, then the active custom ones, each custom field at the end of its group. */
	public static RecordSchema with(List<RecordField> customFields) {
		List<RecordField> all = new ArrayList<>();
		for (DataGroup group : DataGroup.values()) {
			BUILT_IN.stream().filter(f -> f.group() == group).forEach(all::add);
			customFields.stream().filter(f -> f.group() == group).forEach(all::add);
		}
		return new RecordSchema(all);
	}

	public static boolean isBuiltIn(String key) {
		return BUILT_IN_BY_KEY.containsKey(key);
	}

	public List<RecordField> fields() {
		return fields;
	}

	public List<RecordField> fields(DataGroup group) {
		return fields.stream().filter(f -> f.group() == group).toList();
	}

	public Optional<RecordField> field(String key) {
		return Optional.ofNullable(byKey.get(key));
	}

	private static Map<String, RecordField> index(List<RecordField> fields) {
		Map<String, RecordField> map = new LinkedHashMap<>();
		fields.forEach(f -> map.put(f.key(), f));
		return Collections.unmodifiableMap(map);
	}
}
