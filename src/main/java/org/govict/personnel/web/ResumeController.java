package org.govict.personnel.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.govict.organisation.Organisation;
import org.govict.organisation.OrganisationUnit;
import org.govict.personnel.ChangeKind;
import org.govict.personnel.ListEntry;
import org.govict.personnel.ListKind;
import org.govict.personnel.PersonnelDocuments;
import org.govict.personnel.PersonnelLists;
import org.govict.personnel.PersonnelRecord;
import org.govict.personnel.PersonnelRegistry;
import org.govict.personnel.RecordChange;
import org.govict.personnel.RecordState;
import org.govict.platform.web.NotFoundException;
import org.govict.platform.web.PdfSheet;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The résumé on the official form Mẫu 2C-BNV/2008 (sơ yếu lý lịch cán bộ, công chức) as PDF, as the record stands
 * today or stood on a day. The form is in Vietnamese whatever the reader's language, as it is filed. The registry
 * audits the view and leaves out the sensitive groups for readers without the right to them.
 */
@Controller
class ResumeController {

	private final PersonnelRegistry registry;

	private final PersonnelLists lists;

	private final Organisation organisation;

	private final PersonnelDocuments documents;

	ResumeController(PersonnelRegistry registry, PersonnelLists lists, Organisation organisation,
			PersonnelDocuments documents) {
		this.registry = registry;
		this.documents = documents;
		this.lists = lists;
		this.organisation = organisation;
	}

	@GetMapping("/personnel/records/{id}/resume.pdf")
	ResponseEntity<byte[]> resume(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		PersonnelRecord record = registry.get(id);
		RecordState state = asOf == null ? record.state()
				: registry.asOf(id, asOf, null).orElseThrow(() -> new NotFoundException("PersonnelRecord", id));
		List<RecordChange> history = registry.history(id);
		byte[] photo = documents.photo(id).map(PersonnelDocuments.Download::content).orElse(null);
		byte[] pdf = render(record, state, history, asOf, photo);
		return ReportController.download(pdf, "2C-" + record.idNumber() + ".pdf", MediaType.APPLICATION_PDF);
	}

	byte[] render(PersonnelRecord record, RecordState s, List<RecordChange> history, LocalDate asOf, byte[] photo) {
		try (PdfSheet pdf = new PdfSheet(false)) {
			String agency = s.unitId() == null ? ""
					: organisation.findUnscoped(s.unitId()).map(OrganisationUnit::nameVi).orElse("");
			float top = pdf.y();
			pdf.text(pdf.left(), top - 11, "Cơ quan, đơn vị có thẩm quyền quản lý CBCC: " + agency, pdf.regular, 10);
			pdf.text(pdf.left(), top - 25, "Cơ quan, đơn vị sử dụng CBCC: " + agency, pdf.regular, 10);
			pdf.text(pdf.left() + pdf.width() - 120, top - 11, "Mẫu 2C-BNV/2008", pdf.bold, 10);
			pdf.text(pdf.left() + pdf.width() - 120, top - 25, "Số hiệu cán bộ, công chức:", pdf.regular, 9);
			pdf.text(pdf.left() + pdf.width() - 120, top - 37, String.valueOf(record.id()), pdf.regular, 9);
			pdf.space(48);
			// The photo box: 4 x 6 cm, at the left of the title as on the form.
			pdf.box(pdf.left(), pdf.y() - 170, 113, 170);
			if (photo != null) {
				pdf.picture(photo, pdf.left() + 1, pdf.y() - 169, 111, 168);
			}
			else {
				pdf.text(pdf.left() + 34, pdf.y() - 90, "Ảnh màu", pdf.italic, 9);
				pdf.text(pdf.left() + 30, pdf.y() - 102, "(4 x 6 cm)", pdf.italic, 9);
			}
			float titleY = pdf.y();
			pdf.text(pdf.left() + 170, titleY - 16, "SƠ YẾU LÝ LỊCH CÁN BỘ, CÔNG CHỨC", pdf.bold, 14);
			if (asOf != null) {
				pdf.text(pdf.left() + 200, titleY - 32, "(theo hồ sơ tại ngày " + ReportDocuments.day(asOf) + ")",
						pdf.italic, 10);
			}
			List<String> top6 = List.of(
					"1) Họ và tên khai sinh (viết chữ in hoa): " + upper(s.fullName()),
					"2) Tên gọi khác: " + text(s, "other_names"),
					"3) Sinh ngày: " + day(s, "birth_date") + "    Giới tính: " + ("F".equals(s.text("sex")) ? "Nữ" : "Nam"),
					"4) Nơi sinh: " + text(s, "birthplace_ward") + " " + text(s, "birthplace_province"),
					"5) Quê quán: " + text(s, "home_ward") + " " + text(s, "home_province"),
					"6) Dân tộc: " + name(ListKind.ETHNIC_GROUPS, s.text("ethnic_code")) + "    7) Tôn giáo: "
							+ name(ListKind.RELIGIONS, s.text("religion_code")));
			float lineY = titleY - 56;
			for (String line : top6) {
				for (String part : pdf.wrap(line, pdf.regular, 10.5f, pdf.width() - 130)) {
					pdf.text(pdf.left() + 125, lineY, part, pdf.regular, 10.5f);
					lineY -= 15;
				}
			}
			pdf.space(Math.max(180, titleY - lineY + 10));
			String[] items = {
					"8) Nơi đăng ký hộ khẩu thường trú: " + text(s, "permanent_residence"),
					"9) Nơi ở hiện nay: " + text(s, "current_address"),
					"10) Nghề nghiệp khi được tuyển dụng: " + text(s, "occupation_before"),
					"11) Ngày tuyển dụng: " + day(s, "recruited_on") + ", Cơ quan tuyển dụng: " + text(s, "recruiting_agency"),
					"12) Chức vụ (chức danh) hiện tại: " + or(name(ListKind.POSITIONS, s.text("position_code")), text(s, "job_position"))
							+ "    Chức vụ kiêm nhiệm: " + text(s, "concurrent_position"),
					"13) Công việc chính được giao: " + text(s, "job_position"),
					"14) Ngạch công chức (viên chức): " + name(ListKind.RANKS, s.text("rank_code")) + "    Mã ngạch: "
							+ text(s, "rank_code") + "    Bậc lương: " + text(s, "salary_step") + "    Hệ số: "
							+ text(s, "coefficient") + "    Ngày hưởng: " + day(s, "salary_since")
							+ "    Phụ cấp chức vụ: " + text(s, "position_allowance") + "    Phụ cấp khác: "
							+ text(s, "other_allowances") + "    Vượt khung: " + text(s, "over_frame_percent") + "%"
							+ "    Nhóm lương: " + text(s, "salary_grade"),
					"15.1) Trình độ giáo dục phổ thông: " + name(ListKind.EDUCATION_LEVELS, s.text("general_education")),
					"15.2) Trình độ chuyên môn cao nhất: " + name(ListKind.EDUCATION_LEVELS, s.text("education_level"))
							+ " — " + text(s, "specialisation"),
					"15.3) Lý luận chính trị: " + name(ListKind.POLITICAL_THEORY_LEVELS, s.text("political_theory"))
							+ "    15.4) Quản lý nhà nước: " + name(ListKind.STATE_MANAGEMENT_LEVELS, s.text("state_management")),
					"15.5) Ngoại ngữ: " + text(s, "foreign_language") + " (" + level(s.text("language_level")) + ")"
							+ "    15.6) Tin học: " + text(s, "it_skill") + " (" + level(s.text("it_level")) + ")",
					"16) Ngày vào Đảng Cộng sản Việt Nam: " + day(s, "party_joined") + "    Ngày chính thức: "
							+ day(s, "party_official"),
					"17) Ngày tham gia tổ chức chính trị - xã hội: " + day(s, "youth_union_joined") + " "
							+ text(s, "social_organisations"),
					"18) Ngày nhập ngũ: " + day(s, "army_enlisted") + "    Ngày xuất ngũ: " + day(s, "army_discharged")
							+ "    Quân hàm cao nhất: " + text(s, "army_rank"),
					"19) Danh hiệu được phong tặng cao nhất: " + text(s, "academic_title"),
					"20) Sở trường công tác: " + text(s, "specialisation"),
					"21) Khen thưởng: " + text(s, "awards"),
					"22) Kỷ luật: " + text(s, "discipline"),
					"23) Tình trạng sức khỏe: " + text(s, "health_status") + "    Chiều cao: " + text(s, "height_cm")
							+ "    Cân nặng: " + text(s, "weight_kg") + "    Nhóm máu: " + text(s, "blood_type"),
					"24) Là thương binh hạng / gia đình liệt sĩ: " + text(s, "war_merits"),
					"25) Số chứng minh nhân dân / căn cước: " + text(s, "id_number") + "    Ngày cấp: " + day(s, "id_issued_on"),
					"26) Số sổ BHXH: " + text(s, "social_insurance_number") };
			for (String item : items) {
				pdf.paragraph(item, pdf.regular, 10.5f, 0);
			}
			pdf.space(8);
			pdf.paragraph("27) ĐÀO TẠO, BỒI DƯỠNG VỀ CHUYÊN MÔN, NGHIỆP VỤ, LÝ LUẬN CHÍNH TRỊ, NGOẠI NGỮ, TIN HỌC",
					pdf.bold, 10.5f, 0);
			pdf.table(new float[] { 5, 4, 3, 3, 3 },
					List.of("Tên trường", "Chuyên ngành", "Từ – đến", "Hình thức", "Văn bằng, chứng chỉ"),
					rows(s.table("training"), "institution", "field", "from|to", "form", "qualification"), 9.5f, null);
			pdf.space(8);
			pdf.paragraph("28) TÓM TẮT QUÁ TRÌNH CÔNG TÁC", pdf.bold, 10.5f, 0);
			pdf.table(new float[] { 2, 6 }, List.of("Từ tháng, năm đến tháng, năm", "Chức danh, chức vụ, đơn vị công tác"),
					rows(s.table("work_history"), "from|to", "description"), 9.5f, null);
			pdf.space(8);
			pdf.paragraph("29) ĐẶC ĐIỂM LỊCH SỬ BẢN THÂN", pdf.bold, 10.5f, 0);
			pdf.paragraph(text(s, "history_notes"), pdf.regular, 10.5f, 0);
			pdf.paragraph("Quan hệ với nước ngoài: " + text(s, "foreign_relations"), pdf.regular, 10.5f, 0);
			if (PersonnelRegistry.canSeeSensitive()) {
				pdf.space(8);
				pdf.paragraph("30) QUAN HỆ GIA ĐÌNH", pdf.bold, 10.5f, 0);
				pdf.paragraph("a) Về bản thân: cha, mẹ, vợ (hoặc chồng), các con, anh chị em ruột", pdf.italic, 10.5f, 0);
				pdf.table(new float[] { 2, 4, 2, 8 }, List.of("Mối quan hệ", "Họ và tên", "Năm sinh",
						"Quê quán, nghề nghiệp, chức danh, chức vụ, đơn vị công tác, học tập, nơi ở"),
						rows(s.table("family"), "relation", "name", "birth_year", "details"), 9.5f, null);
				pdf.paragraph("b) Về bên vợ (hoặc chồng): cha, mẹ, anh chị em ruột", pdf.italic, 10.5f, 0);
				pdf.table(new float[] { 2, 4, 2, 8 }, List.of("Mối quan hệ", "Họ và tên", "Năm sinh",
						"Quê quán, nghề nghiệp, chức danh, chức vụ, đơn vị công tác, học tập, nơi ở"),
						rows(s.table("spouse_family"), "relation", "name", "birth_year", "details"), 9.5f, null);
			}
			pdf.space(8);
			pdf.paragraph("31) DIỄN BIẾN QUÁ TRÌNH LƯƠNG CỦA CÁN BỘ, CÔNG CHỨC", pdf.bold, 10.5f, 0);
			pdf.table(new float[] { 3, 4, 2, 2, 3 }, List.of("Tháng/năm", "Mã ngạch/bậc", "Nhóm", "Hệ số lương",
					"Quyết định"), salaryHistory(history, asOf), 9.5f, null);
			pdf.space(8);
			pdf.paragraph("32) NHẬN XÉT, ĐÁNH GIÁ CỦA CƠ QUAN, ĐƠN VỊ QUẢN LÝ VÀ SỬ DỤNG CÁN BỘ, CÔNG CHỨC",
					pdf.bold, 10.5f, 0);
			for (Map<String, String> appraisal : s.table("appraisals")) {
				pdf.paragraph("Năm " + nn(appraisal.get("year")) + ": " + nn(appraisal.get("result")), pdf.regular, 10.5f, 0);
			}
			pdf.space(14);
			pdf.need(110);
			float signY = pdf.y();
			float half = pdf.width() / 2;
			pdf.text(pdf.left() + 20, signY - 12, "Người khai", pdf.bold, 10.5f);
			pdf.text(pdf.left(), signY - 26, "Tôi xin cam đoan những lời khai trên", pdf.italic, 9.5f);
			pdf.text(pdf.left(), signY - 38, "đây là đúng sự thật", pdf.italic, 9.5f);
			pdf.text(pdf.left(), signY - 52, "(Ký tên, ghi rõ họ tên)", pdf.italic, 9.5f);
			pdf.text(pdf.left(), signY - 100, nn(s.fullName()), pdf.bold, 10.5f);
			pdf.text(pdf.left() + half, signY - 12, "......, Ngày...... tháng...... năm......", pdf.italic, 10);
			pdf.text(pdf.left() + half, signY - 26, "Thủ trưởng cơ quan, đơn vị quản lý", pdf.bold, 10.5f);
			pdf.text(pdf.left() + half, signY - 38, "và sử dụng CBCC", pdf.bold, 10.5f);
			pdf.text(pdf.left() + half, signY - 52, "(Ký tên, đóng dấu)", pdf.italic, 9.5f);
			pdf.space(110);
			return pdf.finish("Trang");
		}
	}

	private static List<List<String>> rows(List<Map<String, String>> table, String... columns) {
		List<List<String>> rows = new ArrayList<>();
		for (Map<String, String> row : table) {
			List<String> cells = new ArrayList<>();
			for (String column : columns) {
				if (column.contains("|")) {
					String[] parts = column.split("\\|");
					cells.add(nn(row.get(parts[0])) + " – " + nn(row.get(parts[1])));
				}
				else {
					cells.add(nn(row.get(column)));
				}
			}
			rows.add(cells);
		}
		if (rows.isEmpty()) {
			List<String> empty = new ArrayList<>();
			for (int i = 0; i < columns.length; i++) {
				empty.add("");
			}
			rows.add(empty);
		}
		return rows;
	}

	/** The salary as each change left it: rank, step, grade, coefficient, and the decision. */
	private static List<List<String>> salaryHistory(List<RecordChange> history, LocalDate asOf) {
		List<List<String>> rows = new ArrayList<>();
		RecordState state = RecordState.EMPTY;
		for (RecordChange change : history) {
			if (asOf != null && change.effectiveOn().isAfter(asOf)) {
				break;
			}
			state = state.with(change.changes());
			boolean salary = change.kind() == ChangeKind.REGISTERED || change.kind() == ChangeKind.IMPORTED
					|| change.kind() == ChangeKind.SYNCED || change.kind() == ChangeKind.SALARY_CHANGED
					|| change.kind() == ChangeKind.RANK_CHANGED;
			if (!salary || !(change.changes().containsKey("salary_step") || change.changes().containsKey("coefficient")
					|| change.changes().containsKey("rank_code"))) {
				continue;
			}
			rows.add(List.of(String.format("%02d/%d", change.effectiveOn().getMonthValue(), change.effectiveOn().getYear()),
					nn(state.text("rank_code")) + " / " + nn(state.text("salary_step")), nn(state.text("salary_grade")),
					nn(state.text("coefficient")), nn(change.decisionNumber())));
		}
		if (rows.isEmpty()) {
			rows.add(List.of("", "", "", "", ""));
		}
		return rows;
	}

	private String name(ListKind kind, String code) {
		if (code == null) {
			return "";
		}
		return lists.find(kind, code).map(ListEntry::nameVi).orElse(code);
	}

	private static String level(String level) {
		return level == null ? "" : switch (level) {
			case "DEGREE" -> "bằng đại học trở lên";
			case "CERTIFICATE" -> "chứng chỉ";
			default -> "không";
		};
	}

	private static String upper(String text) {
		return text == null ? "" : text.toUpperCase(java.util.Locale.forLanguageTag("vi"));
	}

	private static String text(RecordState s, String key) {
		return nn(s.text(key));
	}

	private static String day(RecordState s, String key) {
		return s.text(key) == null ? "" : ReportDocuments.day(s.date(key));
	}

	private static String or(String a, String b) {
		return a == null || a.isBlank() ? b : a;
	}

	private static String nn(String text) {
		return text == null ? "" : text;
	}
}
