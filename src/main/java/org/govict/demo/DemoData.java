package org.govict.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.govict.identity.NewUser;
import org.govict.identity.UserAdministration;
import org.govict.inventory.Inventory;
import org.govict.organisation.Organisation;
import org.govict.organisation.UnitForm;
import org.govict.organisation.UnitKind;
import org.govict.personnel.PersonnelRegistry;
import org.govict.platform.security.Roles;
import org.govict.platform.security.SystemAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo organisation and users on the first start of the demo profile (when there is no user yet).
 * The Ministry of Home Affairs with its Information Center, and Da Nang City with its Department of Science and
 * Technology, which took over information and communications in the 2025 reform.
 */
@Component
@Profile("demo")
@Order(10)
class DemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	/** A demo account: username (also its password), full name, unit code, roles, extra subtrees by unit code. */
	record DemoUser(String username, String fullName, String unitCode, Set<String> roles, Set<String> grantedUnitCodes) {

		DemoUser(String username, String fullName, String unitCode, Set<String> roles) {
			this(username, fullName, unitCode, roles, Set.of());
		}
	}

	static final List<DemoUser> USERS = List.of(
			new DemoUser("admin", "Quản trị hệ thống", "BNV-TTTT", Set.of(Roles.SYSTEM_ADMIN)),
			new DemoUser("quantri.tttt", "Nguyễn Thị Hương", "BNV-TTTT", Set.of(Roles.UNIT_ADMIN, Roles.STAFF)),
			new DemoUser("lanhdao.tttt", "Trần Quốc Hùng", "BNV-TTTT", Set.of(Roles.LEADER)),
			new DemoUser("chuyenvien.csdl", "Lê Minh Đức", "BNV-TTTT-CSDL", Set.of(Roles.STAFF)),
			new DemoUser("kiemtoan", "Phạm Thu Trang", "BNV-TTR", Set.of(Roles.AUDITOR)),
			new DemoUser("quantri.danang", "Đặng Văn Nam", "DNG-SKHCN", Set.of(Roles.UNIT_ADMIN, Roles.STAFF)),
			new DemoUser("chuyenvien.danang", "Võ Thị Mai", "DNG-SKHCN-CNTT", Set.of(Roles.STAFF)),
			new DemoUser("tochuc.bnv", "Hoàng Thị Lan", "BNV-TCCB",
					Set.of("HR_OFFICER", "PERSONNEL_NATIONAL", "PERSONNEL_SENSITIVE")),
			new DemoUser("tochuc.danang", "Ngô Văn Bình", "DNG-SNV", Set.of("HR_OFFICER", "PERSONNEL_SENSITIVE"),
					Set.of("DNG")),
			new DemoUser("tiepnhan.tttt", "Bùi Thanh Tâm", "BNV-TTTT-HCTH", Set.of(Roles.STAFF, "FEEDBACK_OFFICER"),
					Set.of("BNV-TTTT")),
			new DemoUser("tiepnhan.danang", "Phan Minh Khoa", "DNG-SKHCN-VP", Set.of(Roles.STAFF, "FEEDBACK_OFFICER"),
					Set.of("DNG-SKHCN")),
			// The 1022 hotline's system, which forwards the calls it takes to the Information Center's desk.
			new DemoUser("he-thong.1022", "Tổng đài 1022", "BNV-TTTT-HCTH", Set.of("PARTNER_SYSTEM"),
					Set.of("BNV-TTTT")),
			// The Information Center's IT service desk: a technician and the information security officer.
			new DemoUser("kythuat.tttt", "Đinh Công Thành", "BNV-TTTT-CSDL", Set.of(Roles.STAFF, "IT_TECHNICIAN"),
					Set.of("BNV-TTTT")),
			new DemoUser("antt.tttt", "Lý Thu Hà", "BNV-TTTT-CSDL", Set.of(Roles.STAFF, "SECURITY_OFFICER"),
					Set.of("BNV-TTTT")));

	/** How many demo personnel records to register. */
	static final int PEOPLE = 45;

	private final Organisation organisation;

	private final UserAdministration users;

	private final TransactionTemplate transaction;

	private final PersonnelRegistry registry;

	private final Inventory inventory;

	DemoData(Organisation organisation, UserAdministration users, PersonnelRegistry registry, Inventory inventory,
			TransactionTemplate transaction) {
		this.inventory = inventory;
		this.organisation = organisation;
		this.users = users;
		this.registry = registry;
		this.transaction = transaction;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (users.count() > 0) {
			return;
		}
		SystemAccess.run(() -> transaction.executeWithoutResult(status -> load()));
		log.info("Demo data loaded: {} users; sign in as admin / admin", USERS.size());
	}

	private void load() {
		Map<String, Long> units = new HashMap<>();
		unit(units, "BNV", "Bộ Nội vụ", "Ministry of Home Affairs", UnitKind.MINISTRY, null,
				"Số 8 Tôn Thất Thuyết", "01", "00166");
		unit(units, "BNV-VP", "Văn phòng Bộ", "Ministry Office", UnitKind.DEPARTMENT, "BNV", null, "01", "00166");
		unit(units, "BNV-TCCB", "Vụ Tổ chức cán bộ", "Department of Organisation and Personnel", UnitKind.DEPARTMENT,
				"BNV", null, "01", "00166");
		unit(units, "BNV-CCVC", "Vụ Công chức - Viên chức", "Department of Civil Servants and Public Employees",
				UnitKind.DEPARTMENT, "BNV", null, "01", "00166");
		unit(units, "BNV-TTR", "Thanh tra Bộ", "Ministry Inspectorate", UnitKind.DEPARTMENT, "BNV", null, "01",
				"00166");
		unit(units, "BNV-TTTT", "Trung tâm Thông tin", "Information Center", UnitKind.CENTRE, "BNV", null, "01",
				"00166");
		unit(units, "BNV-TTTT-HCTH", "Phòng Hành chính - Tổng hợp", "Administration Division", UnitKind.DIVISION,
				"BNV-TTTT", null, null, null);
		unit(units, "BNV-TTTT-CSDL", "Phòng Cơ sở dữ liệu", "Database Division", UnitKind.DIVISION, "BNV-TTTT", null,
				null, null);
		unit(units, "BNV-TTTT-HTAT", "Phòng Hạ tầng kỹ thuật và An toàn thông tin",
				"Infrastructure and Information Security Division", UnitKind.DIVISION, "BNV-TTTT", null, null, null);
		unit(units, "BNV-TTTT-CTDT", "Phòng Cổng thông tin điện tử", "Web Portal Division", UnitKind.DIVISION,
				"BNV-TTTT", null, null, null);

		unit(units, "DNG", "Ủy ban nhân dân thành phố Đà Nẵng", "Da Nang City People's Committee",
				UnitKind.PROVINCE, null, "24 Trần Phú", "48", "20242");
		unit(units, "DNG-SKHCN", "Sở Khoa học và Công nghệ", "Department of Science and Technology",
				UnitKind.PROVINCIAL_DEPARTMENT, "DNG", "24 Trần Phú", "48", "20242");
		unit(units, "DNG-SKHCN-VP", "Văn phòng Sở", "Department Office", UnitKind.DIVISION, "DNG-SKHCN", null, null,
				null);
		unit(units, "DNG-SKHCN-CNTT", "Phòng Công nghệ thông tin", "Information Technology Division",
				UnitKind.DIVISION, "DNG-SKHCN", null, null, null);
		unit(units, "DNG-SKHCN-BCVT", "Phòng Bưu chính, Viễn thông", "Posts and Telecommunications Division",
				UnitKind.DIVISION, "DNG-SKHCN", null, null, null);
		unit(units, "DNG-SNV", "Sở Nội vụ", "Department of Home Affairs", UnitKind.PROVINCIAL_DEPARTMENT, "DNG", null,
				"48", "20242");
		unit(units, "DNG-HAICHAU", "Ủy ban nhân dân phường Hải Châu", "Hai Chau Ward People's Committee",
				UnitKind.WARD, "DNG", null, "48", "20242");
		unit(units, "DNG-SONTRA", "Ủy ban nhân dân phường Sơn Trà", "Son Tra Ward People's Committee", UnitKind.WARD,
				"DNG", null, "48", "20263");

		for (DemoUser user : USERS) {
			users.open(new NewUser(user.username(), user.fullName(), user.username() + "@demo.govict.vn", null,
					units.get(user.unitCode()), user.roles(),
					user.grantedUnitCodes().stream().map(units::get).collect(java.util.stream.Collectors.toSet())),
					user.username(), true);
		}
		new DemoPeople(registry, organisation).load(PEOPLE);
		new DemoAssets(inventory).load(units.get("BNV-TTTT"), units.get("BNV-TTTT-CSDL"));
	}

	private void unit(Map<String, Long> units, String code, String nameVi, String nameEn, UnitKind kind,
			String parentCode, String address, String province, String ward) {
		Long parent = parentCode == null ? null : units.get(parentCode);
		long id = organisation
			.create(new UnitForm(code, nameVi, nameEn, kind, parent, address, province, ward, null))
			.id();
		units.put(code, id);
	}
}
