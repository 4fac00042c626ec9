package org.govict.demo;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.govict.organisation.Organisation;
import org.govict.organisation.OrganisationUnit;
import org.govict.personnel.ChangeDetails;
import org.govict.personnel.ChangeKind;
import org.govict.personnel.PersonnelRecord;
import org.govict.personnel.PersonnelRegistry;

/**
 * Demo personnel records: civil servants of the demo units with plausible careers. Each is registered on the day
 * of recruitment and then changes as careers do: a salary step every three years, a promotion, a transfer, so that a
 * record can be read as it stood on any earlier date. The same seed gives the same people on every machine.
 */
class DemoPeople {

	static final List<String> SURNAMES = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
			"Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý");

	static final List<String> MALE_MIDDLE = List.of("Văn", "Đức", "Minh", "Quốc", "Hữu", "Công", "Thanh", "Xuân");

	static final List<String> FEMALE_MIDDLE = List.of("Thị", "Thu", "Ngọc", "Thanh", "Minh", "Kim", "Hồng", "Mai");

	static final List<String> MALE_GIVEN = List.of("An", "Bình", "Cường", "Dũng", "Đạt", "Hải", "Hùng", "Khoa",
			"Long", "Nam", "Phúc", "Quân", "Sơn", "Thắng", "Tuấn", "Việt");

	static final List<String> FEMALE_GIVEN = List.of("Anh", "Châu", "Giang", "Hà", "Hạnh", "Hoa", "Hương", "Lan",
			"Linh", "Mai", "Ngân", "Nhung", "Phương", "Thảo", "Trang", "Yến");

	/** Units with people, and the province code of the ID numbers of people born near them. */
	private static final Map<String, String> UNITS = Map.of("BNV-TTTT-CSDL", "001", "BNV-TTTT-HCTH", "001",
			"BNV-TTTT-HTAT", "036", "BNV-VP", "038", "BNV-CCVC", "040", "DNG-SKHCN-CNTT", "048", "DNG-SKHCN-VP", "049",
			"DNG-SNV", "048", "DNG-HAICHAU", "046");

	private final PersonnelRegistry registry;

	private final Organisation organisation;

	private final Random random = new Random(2026);

	DemoPeople(PersonnelRegistry registry, Organisation organisation) {
		this.registry = registry;
		this.organisation = organisation;
	}

	void load(int count) {
		List<String> unitCodes = UNITS.keySet().stream().sorted().toList();
		for (int i = 0; i < count; i++) {
			String unitCode = unitCodes.get(i % unitCodes.size());
			register(i, unitCode);
		}
	}

	private void register(int index, String unitCode) {
		OrganisationUnit unit = organisation.findByCodeUnscoped(unitCode).orElseThrow();
		boolean female = random.nextBoolean();
		int birthYear = 1966 + random.nextInt(34);
		LocalDate birth = LocalDate.of(birthYear, 1 + random.nextInt(12), 1 + random.nextInt(28));
		String name = pick(SURNAMES) + " " + pick(female ? FEMALE_MIDDLE : MALE_MIDDLE) + " "
				+ pick(female ? FEMALE_GIVEN : MALE_GIVEN);
		int century = (birthYear >= 2000 ? 2 : 0) + (female ? 1 : 0);
		String id = UNITS.get(unitCode) + century + String.format("%02d", birthYear % 100)
				+ String.format("%06d", 100000 + index * 7919 % 900000);
		LocalDate recruited = LocalDate.of(Math.max(birthYear + 23, 2008) + random.nextInt(5), 1 + random.nextInt(12),
				1);
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("full_name", name);
		fields.put("id_number", id);
		fields.put("sex", female ? "F" : "M");
		fields.put("birth_date", birth.toString());
		fields.put("ethnic_code", random.nextInt(10) == 0 ? pick(List.of("02", "03", "06", "07", "17")) : "01");
		fields.put("religion_code", random.nextInt(6) == 0 ? pick(List.of("01", "02")) : "00");
		fields.put("home_province", unitCode.startsWith("DNG") ? "48" : "01");
		fields.put("permanent_residence", unitCode.startsWith("DNG") ? "Phường Hải Châu, thành phố Đà Nẵng"
				: "Phường Ba Đình, thành phố Hà Nội");
		fields.put("unit_id", unit.id());
		fields.put("job_position", "Chuyên viên");
		fields.put("recruited_on", recruited.toString());
		fields.put("recruiting_agency", unit.nameVi());
		fields.put("general_education", "PT12");
		fields.put("education_level", random.nextInt(8) == 0 ? "THS" : "DH");
		fields.put("specialisation", pick(List.of("Công nghệ thông tin", "Luật", "Quản lý nhà nước", "Kinh tế")));
		fields.put("language_level", pick(List.of("CERTIFICATE", "DEGREE", "CERTIFICATE")));
		fields.put("foreign_language", "Tiếng Anh");
		fields.put("it_level", pick(List.of("CERTIFICATE", "DEGREE")));
		fields.put("it_skill", "Ứng dụng CNTT cơ bản");
		fields.put("rank_code", "01.003");
		fields.put("rank_since", recruited.toString());
		fields.put("salary_step", 1);
		fields.put("salary_since", recruited.toString());
		fields.put("marital_status", "MARRIED");
		fields.put("health_status", "Tốt");
		fields.put("family", List.of(Map.of("relation", "Bố", "name", pick(SURNAMES) + " Văn " + pick(MALE_GIVEN),
				"birth_year", String.valueOf(birthYear - 27), "details", "Hưu trí")));
		if (random.nextInt(3) == 0) {
			fields.put("party_joined", recruited.plusYears(2).toString());
			fields.put("party_official", recruited.plusYears(3).toString());
		}
		PersonnelRecord record = registry.register(fields, ChangeDetails.of(ChangeKind.REGISTERED, recruited));
		// Regular salary steps every three years (grade A1), up to today.
		int step = 1;
		LocalDate today = LocalDate.now();
		LocalDate promoted = null;
		for (LocalDate due = recruited.plusYears(3); !due.isAfter(today); due = due.plusYears(3)) {
			if (promoted == null && step >= 4 && random.nextInt(3) == 0) {
				promoted = due;
				registry.change(record.id(), null,
						Map.of("rank_code", "01.002", "rank_since", due.toString(), "salary_grade", "A2.1",
								"salary_step", 1, "salary_since", due.toString()),
						new ChangeDetails(ChangeKind.RANK_CHANGED, due, "QĐ " + (100 + index) + "/QĐ-BNV", due,
								"Thi nâng ngạch chuyên viên chính"));
				step = 1;
				continue;
			}
			step++;
			registry.change(record.id(), null, Map.of("salary_step", step, "salary_since", due.toString()),
					new ChangeDetails(ChangeKind.SALARY_CHANGED, due, (200 + index) + "/QĐ-" + unitCode, due.minusDays(20),
							null));
		}
		if (index % 7 == 3) {
			String target = unitCode.startsWith("DNG") ? "DNG-SKHCN-BCVT" : "BNV-TTTT-CTDT";
			LocalDate moved = LocalDate.of(today.getYear(), 1, 1).minusMonths(6);
			registry.change(record.id(), null,
					Map.of("unit_id", organisation.findByCodeUnscoped(target).orElseThrow().id()),
					new ChangeDetails(ChangeKind.TRANSFERRED, moved, "QĐ " + index + "/QĐ-ĐĐ", moved.minusDays(15),
							"Điều động theo yêu cầu công tác"));
		}
		if (index % 11 == 5) {
			registry.change(record.id(), null, Map.of("position_code", unitCode.startsWith("DNG") ? "PTP" : "PTP",
					"position_since", today.minusYears(1).toString()),
					new ChangeDetails(ChangeKind.APPOINTED, today.minusYears(1), "QĐ " + index + "/QĐ-BN",
							today.minusYears(1).minusDays(10), null));
		}
	}

	private String pick(List<String> values) {
		return values.get(random.nextInt(values.size()));
	}
}
