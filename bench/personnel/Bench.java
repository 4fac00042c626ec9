import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.text.Normalizer;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The personnel registry benchmark. Against a running GovICT (started by ./run with its embedded PostgreSQL):
 * <ol>
 * <li>creates about 20,000 units over the 34 provinces (600 per province: the provincial People's Committee, 30
 * departments, 19 divisions each) directly in the database: setting up, not measured;</li>
 * <li>generates N people with Vietnamese names and diacritics, valid personal ID numbers, ranks, salary steps, degrees,
 * Party and army dates, as the import CSV and, for the raw comparison, as the three table files that the import
 * produces (records, their IMPORTED changes, their report periods);</li>
 * <li>loads the table files with raw COPY in one transaction and times it, then empties the tables;</li>
 * <li>uploads the CSV to the platform's import API and times it until it is done, sampling the JVM's heap;</li>
 * <li>runs 1,000 varied name searches over HTTP and BM01 for the country and for one province.</li>
 * </ol>
 * Prints RESULT lines. Run through ./run, which builds and starts what this needs.
 */
public class Bench {

	static final String[] SURNAMES = { "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
			"Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trương", "Lâm", "Mai", "Đoàn", "Tạ", "Cao", "Hà",
			"Lưu", "Tô", "Quách", "Châu", "Thái", "Kiều" };

	/** Rough shares in the population, per mille: Nguyễn is about four in ten. */
	static final int[] SURNAME_WEIGHTS = { 380, 110, 95, 70, 50, 25, 45, 40, 25, 20, 20, 14, 13, 13, 10, 5, 5, 5, 5,
			4, 4, 3, 3, 3, 3, 2, 1, 1, 1, 1 };

	static final String[] MALE_MIDDLE = { "Văn", "Đức", "Minh", "Quốc", "Hữu", "Công", "Thanh", "Xuân", "Ngọc",
			"Anh", "Trọng", "Đình", "Quang", "Tuấn", "Mạnh", "Hoàng" };

	static final String[] FEMALE_MIDDLE = { "Thị", "Thu", "Ngọc", "Thanh", "Minh", "Kim", "Hồng", "Mai", "Phương",
			"Thúy", "Bích", "Diệu", "Khánh", "Hải", "Lan", "Tuyết" };

	static final String[] MALE_GIVEN = { "An", "Bình", "Cường", "Dũng", "Đạt", "Hải", "Hùng", "Khoa", "Long", "Nam",
			"Phúc", "Quân", "Sơn", "Thắng", "Tuấn", "Việt", "Hiếu", "Huy", "Khánh", "Lâm", "Lợi", "Nghĩa", "Phong",
			"Quang", "Tài", "Thành", "Thịnh", "Toàn", "Trung", "Tú", "Vinh", "Vũ", "Hưng", "Hoàng", "Kiên", "Đức",
			"Duy", "Hòa", "Tâm", "Thuận" };

	static final String[] FEMALE_GIVEN = { "Anh", "Châu", "Giang", "Hà", "Hạnh", "Hoa", "Hương", "Lan", "Linh",
			"Mai", "Ngân", "Nhung", "Phương", "Thảo", "Trang", "Yến", "Dung", "Hằng", "Hiền", "Huyền", "Loan", "Ly",
			"My", "Nga", "Ngọc", "Nhi", "Oanh", "Quyên", "Tâm", "Thủy", "Trâm", "Uyên", "Vân", "Vy", "Xuân", "Hồng",
			"Diệp", "Thư", "Khuê", "Ánh" };

	/** The 63 province codes of the personal ID scheme, as they were before the 2025 merger. */
	static final String[] ID_PROVINCES = { "001", "002", "004", "006", "008", "010", "011", "012", "014", "015",
			"017", "019", "020", "022", "024", "025", "026", "027", "030", "031", "033", "034", "035", "036", "037",
			"038", "040", "042", "044", "045", "046", "048", "049", "051", "052", "054", "056", "058", "060", "062",
			"064", "066", "067", "068", "070", "072", "074", "075", "077", "079", "080", "082", "083", "084", "086",
			"087", "089", "091", "092", "093", "094", "095", "096" };

	/** Rank, grade, first coefficient, increment, steps, step years; weights per mille. */
	record Rank(String code, String grade, double first, double increment, int steps, int stepYears, int weight,
			String group) {
	}

	static final Rank[] RANKS = { new Rank("01.001", "A3.1", 6.20, 0.36, 6, 3, 10, "CIVIL_SERVANT"),
			new Rank("01.002", "A2.1", 4.40, 0.34, 8, 3, 120, "CIVIL_SERVANT"),
			new Rank("01.003", "A1", 2.34, 0.33, 9, 3, 520, "CIVIL_SERVANT"),
			new Rank("01.004", "A0", 2.10, 0.31, 10, 3, 60, "CIVIL_SERVANT"),
			new Rank("01.005", "B", 1.86, 0.20, 12, 2, 60, "CIVIL_SERVANT"),
			new Rank("06.031", "A1", 2.34, 0.33, 9, 3, 80, "CIVIL_SERVANT"),
			new Rank("04.025", "A1", 2.34, 0.33, 9, 3, 40, "CIVIL_SERVANT"),
			new Rank("V.11.06.14", "A1", 2.34, 0.33, 9, 3, 60, "PUBLIC_EMPLOYEE"),
			new Rank("V.05.01.03", "A1", 2.34, 0.33, 9, 3, 50, "PUBLIC_EMPLOYEE") };

	static final String[] DEPARTMENTS = { "Văn phòng", "Sở Nội vụ", "Sở Tài chính", "Sở Tư pháp", "Sở Xây dựng",
			"Sở Y tế", "Sở Giáo dục và Đào tạo", "Sở Khoa học và Công nghệ", "Sở Công Thương",
			"Sở Nông nghiệp và Môi trường", "Sở Văn hóa, Thể thao và Du lịch", "Thanh tra tỉnh", "Sở Dân tộc và Tôn giáo",
			"Sở Ngoại vụ", "Ban Quản lý các khu công nghiệp", "Đài Phát thanh và Truyền hình",
			"Trung tâm Phục vụ hành chính công", "Ban Quản lý dự án", "Trường Chính trị", "Trung tâm Công nghệ thông tin",
			"Bệnh viện Đa khoa", "Trường Cao đẳng", "Quỹ Đầu tư phát triển", "Trung tâm Xúc tiến đầu tư",
			"Ban Dân tộc", "Trung tâm Lưu trữ lịch sử", "Trung tâm Kiểm soát bệnh tật", "Trung tâm Dịch vụ việc làm",
			"Vườn quốc gia", "Nhà xuất bản" };

	static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	static final LocalDate SCALE_START = LocalDate.of(2004, 10, 1);

	static final int DEPARTMENTS_PER_PROVINCE = 30;

	static final int DIVISIONS_PER_DEPARTMENT = 19;

	static final long FIRST_UNIT_ID = 1_000_000;

	static final long FIRST_RECORD_ID = 10_000_001;

	public static void main(String[] args) throws Exception {
		Map<String, String> options = options(args);
		if (!options.keySet().containsAll(List.of("work", "db", "http"))) {
			// It empties the registry's tables of the database it is given: only the run script names one.
			System.err.println("usage: Bench.java --work DIR --db JDBC_URL --http URL [--rows N] [--reuse true] "
					+ "[--pid PID]; start it with bench/personnel/run");
			System.exit(2);
		}
		int rows = Integer.parseInt(options.getOrDefault("rows", "2500000"));
		Path work = Path.of(options.getOrDefault("work", "work"));
		String db = options.getOrDefault("db", "jdbc:postgresql://localhost:15432/postgres");
		String http = options.getOrDefault("http", "http://localhost:18080");
		long pid = Long.parseLong(options.getOrDefault("pid", "0"));
		boolean reuse = Boolean.parseBoolean(options.getOrDefault("reuse", "false"));
		Files.createDirectories(work);
		try (Connection connection = DriverManager.getConnection(db, "postgres", "postgres")) {
			connection.setAutoCommit(true);
			List<Unit> units = createUnits(connection);
			log("units: %d", units.size());
			String token = createToken(connection);
			HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
			if (reuse) {
				// The records of an earlier run are still there (after the platform's migrations): search and report.
				log("reusing %d records", count(connection, "SELECT count(*) FROM personnel_records"));
				settle(connection);
				List<String> names = new ArrayList<>();
				try (Statement statement = connection.createStatement();
						ResultSet rs = statement.executeQuery("SELECT full_name FROM personnel_records TABLESAMPLE "
								+ "SYSTEM (2) REPEATABLE (7) LIMIT 20000")) {
					while (rs.next()) {
						names.add(rs.getString(1));
					}
				}
				search(client, http, token, names);
				bm01(client, http, token, units);
				return;
			}
			Generated generated = generate(rows, units, work);
			log("generated %d people in %s", rows, work);

			truncate(connection);
			double copySeconds = rawCopy(connection, work);
			double copyRate = rows / copySeconds;
			log("raw COPY: %.1f s", copySeconds);
			truncate(connection);

			HeapSampler heap = new HeapSampler(pid);
			heap.start();
			long start = System.nanoTime();
			String importId = upload(client, http, token, work.resolve("people.csv"));
			Map<String, String> status = waitForImport(client, http, token, importId);
			double importSeconds = (System.nanoTime() - start) / 1e9;
			heap.stop();
			log("import: %.1f s, %s", importSeconds, status);
			long loaded = count(connection, "SELECT count(*) FROM personnel_records");
			if (loaded != rows) {
				log("WARNING: the import loaded %d of %d rows; refusals by reason:", loaded, rows);
				try (Statement statement = connection.createStatement();
						ResultSet rs = statement.executeQuery("SELECT column_name, message_key, count(*), min(value) "
								+ "FROM personnel_import_errors GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 10")) {
					while (rs.next()) {
						log("  %s %s: %d (e.g. %s)", rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4));
					}
				}
			}
			double importRate = loaded / importSeconds;
			System.out.printf(Locale.ROOT, "RESULT import_rows_per_s %.0f rows/s%n", importRate);
			System.out.printf(Locale.ROOT, "RESULT copy_rows_per_s %.0f rows/s%n", copyRate);
			System.out.printf(Locale.ROOT, "RESULT import_vs_copy_ratio %.2f ratio%n", importRate / copyRate);
			System.out.printf(Locale.ROOT, "RESULT import_heap_max_mb %.0f MB%n", heap.maxMegabytes());

			settle(connection);
			search(client, http, token, generated.sampleNames());
			bm01(client, http, token, units);
		}
	}

	// ---- Units ----

	record Unit(long id, String code, String path, String provinceCode, int weight) {
	}

	static List<Unit> createUnits(Connection connection) throws Exception {
		List<String[]> provinces = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT code, name FROM provinces ORDER BY code")) {
			while (rs.next()) {
				provinces.add(new String[] { rs.getString(1), rs.getString(2) });
			}
		}
		boolean exists = count(connection, "SELECT count(*) FROM organisation_units WHERE id >= " + FIRST_UNIT_ID) > 0;
		StringBuilder copy = new StringBuilder();
		List<Unit> units = new ArrayList<>();
		long id = FIRST_UNIT_ID;
		for (String[] province : provinces) {
			// Ha Noi and Ho Chi Minh City employ about three times as many as a typical province.
			int weight = province[0].equals("01") || province[0].equals("79") ? 3 : 1;
			long rootId = id++;
			String rootPath = "/" + rootId + "/";
			String rootCode = "T" + province[0];
			copy.append(line(rootId, rootCode, "Ủy ban nhân dân " + province[1], "PROVINCE", null, rootPath, province[0]));
			units.add(new Unit(rootId, rootCode, rootPath, province[0], weight));
			for (int d = 0; d < DEPARTMENTS_PER_PROVINCE; d++) {
				long departmentId = id++;
				String departmentPath = rootPath + departmentId + "/";
				String departmentCode = rootCode + "-S" + (d + 1);
				copy.append(line(departmentId, departmentCode, DEPARTMENTS[d] + " " + province[1],
						"PROVINCIAL_DEPARTMENT", rootId, departmentPath, province[0]));
				units.add(new Unit(departmentId, departmentCode, departmentPath, province[0], weight));
				for (int v = 0; v < DIVISIONS_PER_DEPARTMENT; v++) {
					long divisionId = id++;
					String divisionCode = departmentCode + "-P" + (v + 1);
					copy.append(line(divisionId, divisionCode, "Phòng " + (v + 1) + ", " + DEPARTMENTS[d], "DIVISION",
							departmentId, departmentPath + divisionId + "/", province[0]));
					units.add(new Unit(divisionId, divisionCode, departmentPath + divisionId + "/", province[0], weight));
				}
			}
		}
		if (!exists) {
			CopyManager copier = ((PGConnection) connection.unwrap(PGConnection.class)).getCopyAPI();
			copier.copyIn("COPY organisation_units (id, code, name_vi, kind, parent_id, path, province_code) FROM STDIN "
					+ "(FORMAT csv)", new java.io.StringReader(copy.toString()));
			try (Statement statement = connection.createStatement()) {
				statement.execute("ANALYZE organisation_units");
			}
		}
		return units;
	}

	static String line(long id, String code, String name, String kind, Long parent, String path, String province) {
		return id + "," + code + "," + csv(name) + "," + kind + "," + (parent == null ? "" : parent) + "," + path + ","
				+ province + "\n";
	}

	// ---- People ----

	record Generated(List<String> sampleNames) {
	}

	static Generated generate(int rows, List<Unit> units, Path work) throws IOException {
		Random random = new Random(20261123);
		int totalWeight = units.stream().mapToInt(Unit::weight).sum();
		int[] cumulative = new int[units.size()];
		int running = 0;
		for (int i = 0; i < units.size(); i++) {
			running += units.get(i).weight();
			cumulative[i] = running;
		}
		int surnameTotal = Arrays.stream(SURNAME_WEIGHTS).sum();
		int rankTotal = Arrays.stream(RANKS).mapToInt(Rank::weight).sum();
		Map<String, Integer> sequences = new HashMap<>();
		List<String> sample = new ArrayList<>();
		LocalDate today = LocalDate.now();
		try (Writer people = Files.newBufferedWriter(work.resolve("people.csv"), StandardCharsets.UTF_8);
				Writer records = Files.newBufferedWriter(work.resolve("copy-records.csv"), StandardCharsets.UTF_8);
				Writer changes = Files.newBufferedWriter(work.resolve("copy-changes.csv"), StandardCharsets.UTF_8);
				Writer periods = Files.newBufferedWriter(work.resolve("copy-periods.csv"), StandardCharsets.UTF_8)) {
			people.write("id_number,full_name,sex,birth_date,unit_code,home_province,ethnic_code,religion_code,"
					+ "rank_code,salary_step,salary_since,recruited_on,education_level,political_theory,"
					+ "state_management,it_level,language_level,foreign_language,party_joined,position_code,"
					+ "job_position,army_enlisted,army_discharged\n");
			for (int i = 0; i < rows; i++) {
				int pick = random.nextInt(totalWeight);
				int index = Arrays.binarySearch(cumulative, pick + 1);
				Unit unit = units.get(index < 0 ? -index - 1 : index);
				boolean female = random.nextInt(100) < 48;
				int birthYear = 1966 + random.nextInt(38);
				LocalDate birth = LocalDate.of(birthYear, 1 + random.nextInt(12), 1 + random.nextInt(28));
				String name = weighted(random, SURNAMES, SURNAME_WEIGHTS, surnameTotal) + " "
						+ pickOf(random, female ? FEMALE_MIDDLE : MALE_MIDDLE) + " "
						+ (random.nextInt(5) == 0 ? pickOf(random, female ? FEMALE_MIDDLE : MALE_MIDDLE) + " " : "")
						+ pickOf(random, female ? FEMALE_GIVEN : MALE_GIVEN);
				if (sample.size() < 20_000 && random.nextInt(Math.max(1, rows / 20_000)) == 0) {
					sample.add(name);
				}
				String prefix = ID_PROVINCES[random.nextInt(ID_PROVINCES.length)]
						+ ((birthYear >= 2000 ? 2 : 0) + (female ? 1 : 0)) + String.format("%02d", birthYear % 100);
				int sequence = sequences.merge(prefix, 1, Integer::sum);
				String id = prefix + String.format("%06d", (sequence * 7919L) % 1_000_000);
				Rank rank = weightedRank(random, rankTotal);
				LocalDate recruited = LocalDate.of(birthYear + 22 + random.nextInt(6), 1 + random.nextInt(12), 1);
				if (recruited.isAfter(today)) {
					recruited = today.withDayOfMonth(1).minusMonths(1);
				}
				int years = Math.max(0, today.getYear() - recruited.getYear());
				int step = Math.min(rank.steps(), 1 + years / rank.stepYears());
				LocalDate salarySince = recruited.plusYears((long) (step - 1) * rank.stepYears());
				if (salarySince.isAfter(today)) {
					salarySince = recruited;
				}
				// Everyone was placed on the Decree 204 scale on 1 October 2004; no salary dates from before it.
				if (salarySince.isBefore(SCALE_START)) {
					salarySince = SCALE_START;
				}
				double coefficient = Math.round((rank.first() + (step - 1) * rank.increment()) * 100) / 100.0;
				String education = random.nextInt(100) < 8 ? "THS" : random.nextInt(100) < 2 ? "TS"
						: random.nextInt(100) < 80 ? "DH" : "CD";
				String political = random.nextInt(100) < 30 ? "TC" : random.nextInt(100) < 15 ? "CC" : "SC";
				String management = random.nextInt(100) < 40 ? "CV" : random.nextInt(100) < 20 ? "CVC" : null;
				String it = random.nextInt(100) < 70 ? "CERTIFICATE" : "DEGREE";
				String language = random.nextInt(100) < 75 ? "CERTIFICATE" : "DEGREE";
				String party = random.nextInt(100) < 45 ? DMY.format(recruited.plusYears(2 + random.nextInt(5)))
						: null;
				if (party != null && LocalDate.parse(party, DMY).isAfter(today)) {
					party = null;
				}
				String ethnic = random.nextInt(100) < 14 ? String.format("%02d", 2 + random.nextInt(40)) : "01";
				String religion = random.nextInt(100) < 10 ? "01" : "00";
				String position = random.nextInt(100) < 8 ? "PTP" : random.nextInt(100) < 4 ? "TP" : null;
				boolean army = !female && random.nextInt(100) < 6;
				String enlisted = army ? DMY.format(LocalDate.of(birthYear + 18, 3, 1)) : null;
				String discharged = army ? DMY.format(LocalDate.of(birthYear + 20, 3, 1)) : null;

				people.write(String.join(",", id, csv(name), female ? "F" : "M", DMY.format(birth), unit.code(),
						unit.provinceCode(), ethnic, religion, rank.code(), String.valueOf(step),
						DMY.format(salarySince), DMY.format(recruited), education, political, n(management), it,
						language, "Tiếng Anh", n(party), n(position), csv("Chuyên viên"), n(enlisted), n(discharged)));
				people.write('\n');

				Map<String, Object> data = new LinkedHashMap<>();
				data.put("id_number", id);
				data.put("full_name", name);
				data.put("sex", female ? "F" : "M");
				data.put("birth_date", birth.toString());
				data.put("unit_id", unit.id());
				data.put("home_province", unit.provinceCode());
				data.put("ethnic_code", ethnic);
				data.put("religion_code", religion);
				data.put("rank_code", rank.code());
				data.put("salary_step", step);
				data.put("salary_since", salarySince.toString());
				data.put("recruited_on", recruited.toString());
				data.put("education_level", education);
				data.put("political_theory", political);
				if (management != null) {
					data.put("state_management", management);
				}
				data.put("it_level", it);
				data.put("language_level", language);
				data.put("foreign_language", "Tiếng Anh");
				if (party != null) {
					data.put("party_joined", LocalDate.parse(party, DMY).toString());
				}
				if (position != null) {
					data.put("position_code", position);
				}
				data.put("job_position", "Chuyên viên");
				if (army) {
					data.put("army_enlisted", LocalDate.parse(enlisted, DMY).toString());
					data.put("army_discharged", LocalDate.parse(discharged, DMY).toString());
				}
				data.put("status", "ACTIVE");
				data.put("salary_grade", rank.grade());
				data.put("staff_group", rank.group());
				data.put("coefficient", coefficient);
				String json = json(data);
				long recordId = FIRST_RECORD_ID + i;
				records.write(recordId + "," + id + "," + csv(name) + "," + (female ? "F" : "M") + "," + birth + ","
						+ unit.id() + "," + unit.path() + ",ACTIVE," + rank.code() + "," + rank.grade() + ","
						+ n(position) + "," + education + "," + csv(json) + "\n");
				changes.write(recordId + ",IMPORTED," + today + ",bench," + csv(json) + ",t\n");
				periods.write(recordId + "," + today + ",," + unit.id() + "," + unit.path() + ","
						+ (female ? "F" : "M") + "," + birth + ",ACTIVE," + rank.group() + "," + rank.grade() + ","
						+ rank.code() + "," + n(position) + "," + education + "," + political + "," + n(management)
						+ "," + it + "," + language + ","
						+ (party == null ? "" : LocalDate.parse(party, DMY).toString()) + "," + ethnic + ","
						+ religion + "," + coefficient + "\n");
			}
		}
		return new Generated(sample);
	}

	static String n(String value) {
		return value == null ? "" : value;
	}

	static String pickOf(Random random, String[] values) {
		return values[random.nextInt(values.length)];
	}

	static String weighted(Random random, String[] values, int[] weights, int total) {
		int pick = random.nextInt(total);
		for (int i = 0; i < values.length; i++) {
			pick -= weights[i];
			if (pick < 0) {
				return values[i];
			}
		}
		return values[values.length - 1];
	}

	static Rank weightedRank(Random random, int total) {
		int pick = random.nextInt(total);
		for (Rank rank : RANKS) {
			pick -= rank.weight();
			if (pick < 0) {
				return rank;
			}
		}
		return RANKS[RANKS.length - 1];
	}

	static String csv(String value) {
		if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0) {
			return value;
		}
		return '"' + value.replace("\"", "\"\"") + '"';
	}

	static String json(Map<String, Object> values) {
		StringBuilder json = new StringBuilder("{");
		values.forEach((key, value) -> {
			if (json.length() > 1) {
				json.append(", ");
			}
			json.append('"').append(key).append("\": ");
			if (value instanceof Number) {
				json.append(value);
			}
			else {
				json.append('"').append(value.toString().replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
			}
		});
		return json.append('}').toString();
	}

	// ---- Raw COPY ----

	static void truncate(Connection connection) throws Exception {
		try (Statement statement = connection.createStatement()) {
			statement.execute("TRUNCATE personnel_record_periods, personnel_record_changes, personnel_records CASCADE");
			statement.execute("CHECKPOINT");
		}
	}

	/** COPY of the three files into the tables the import fills, in one transaction, as the import's bulk path. */
	static double rawCopy(Connection connection, Path work) throws Exception {
		CopyManager copier = ((PGConnection) connection.unwrap(PGConnection.class)).getCopyAPI();
		long start = System.nanoTime();
		connection.setAutoCommit(false);
		try (Reader records = Files.newBufferedReader(work.resolve("copy-records.csv"));
				Reader changes = Files.newBufferedReader(work.resolve("copy-changes.csv"));
				Reader periods = Files.newBufferedReader(work.resolve("copy-periods.csv"))) {
			copier.copyIn("COPY personnel_records (id, id_number, full_name, sex, birth_date, unit_id, unit_path, "
					+ "status, rank_code, salary_grade, position_code, education_level, data) FROM STDIN (FORMAT csv)",
					records);
			copier.copyIn("COPY personnel_record_changes (record_id, kind, effective_on, recorded_by, changes, applied) "
					+ "FROM STDIN (FORMAT csv)", changes);
			copier.copyIn("COPY personnel_record_periods (record_id, valid_from, valid_to, unit_id, unit_path, sex, "
					+ "birth_date, status, staff_group, salary_grade, rank_code, position_code, education_level, "
					+ "political_theory, state_management, it_level, language_level, party_joined, ethnic_code, "
					+ "religion_code, coefficient) FROM STDIN (FORMAT csv)", periods);
			connection.commit();
		}
		finally {
			connection.setAutoCommit(true);
		}
		return (System.nanoTime() - start) / 1e9;
	}

	// ---- The platform ----

	static String createToken(Connection connection) throws Exception {
		String secret = "govict_bench_" + Long.toHexString(System.nanoTime()) + Long.toHexString(new Random().nextLong());
		String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		boolean scoped = count(connection, "SELECT count(*) FROM information_schema.columns WHERE table_name = "
				+ "'api_tokens' AND column_name = 'scopes'") > 0;
		try (var statement = connection.prepareStatement("INSERT INTO api_tokens (user_id, name, token_prefix, "
				+ "token_hash, expires_at) SELECT id, 'benchmark', ?, ?, now() + interval '1 day' FROM users "
				+ "WHERE username = 'admin' RETURNING id")) {
			statement.setString(1, secret.substring(0, 10));
			statement.setString(2, hash);
			try (ResultSet rs = statement.executeQuery()) {
				rs.next();
				if (scoped) {
					try (Statement update = connection.createStatement()) {
						update.execute("UPDATE api_tokens SET scopes = ARRAY['personnel:read', 'personnel:write'] "
								+ "WHERE id = " + rs.getLong(1));
					}
				}
			}
		}
		return secret;
	}

	static String upload(HttpClient client, String http, String token, Path file) throws Exception {
		String boundary = "----govict" + System.nanoTime();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"mode\"\r\n\r\nVALID_ROWS\r\n--"
				+ boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"people.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		HttpRequest request = HttpRequest.newBuilder(URI.create(http + "/api/v1/personnel/imports"))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept-Language", "vi")
			.POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
					HttpRequest.BodyPublishers.ofFile(file), HttpRequest.BodyPublishers.ofByteArray(tail)))
			.build();
		HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() / 100 != 2) {
			throw new IllegalStateException("upload failed: " + response.statusCode() + " " + response.body());
		}
		return field(response.body(), "id");
	}

	static Map<String, String> waitForImport(HttpClient client, String http, String token, String id)
			throws Exception {
		while (true) {
			HttpResponse<String> response = client.send(
					HttpRequest.newBuilder(URI.create(http + "/api/v1/personnel/imports/" + id))
						.header("Authorization", "Bearer " + token)
						.build(),
					HttpResponse.BodyHandlers.ofString());
			String status = field(response.body(), "status");
			if (!"QUEUED".equals(status) && !"RUNNING".equals(status)) {
				Map<String, String> result = new LinkedHashMap<>();
				result.put("status", status);
				for (String key : List.of("rowsRead", "rowsLoaded", "rowsRefused", "rowsUnchanged")) {
					result.put(key, field(response.body(), key));
				}
				if (!"DONE".equals(status)) {
					throw new IllegalStateException("import ended " + response.body());
				}
				return result;
			}
			Thread.sleep(500);
		}
	}

	static String field(String json, String name) {
		Matcher matcher = Pattern.compile("\"" + name + "\"\\s*:\\s*\"?([^\",}]*)").matcher(json);
		return matcher.find() ? matcher.group(1) : null;
	}

	// ---- Search ----

	/**
	 * Brings the loaded records to the state of a server in use: statistics and visibility map up to date (VACUUM
	 * ANALYZE), and the records and their search indexes in PostgreSQL's buffer cache (pg_prewarm), as after a few
	 * hours of searches, rather than each of the first thousand searches reading its pages from the disk cache.
	 */
	static void settle(Connection connection) throws Exception {
		try (Statement statement = connection.createStatement()) {
			statement.execute("VACUUM ANALYZE personnel_records");
			statement.execute("VACUUM ANALYZE personnel_record_periods");
			statement.execute("CREATE EXTENSION IF NOT EXISTS pg_prewarm");
			long pages = 0;
			for (String relation : List.of("personnel_records", "personnel_records_pkey", "personnel_records_name_tokens",
					"personnel_records_name_order")) {
				try (ResultSet rs = statement.executeQuery("SELECT pg_prewarm('" + relation + "')")) {
					rs.next();
					pages += rs.getLong(1);
				}
			}
			log("prewarmed %d MB of records and search indexes", pages * 8 / 1024);
		}
	}

	static void search(HttpClient client, String http, String token, List<String> names) throws Exception {
		Random random = new Random(7);
		List<String> queries = new ArrayList<>();
		while (queries.size() < 1_050) {
			String name = names.get(random.nextInt(names.size()));
			String[] words = name.split(" ");
			String query = switch (random.nextInt(6)) {
				case 0 -> name;
				case 1 -> fold(name);
				case 2 -> words[0] + " " + words[words.length - 1];
				case 3 -> fold(words[words.length - 2] + " " + words[words.length - 1]);
				case 4 -> fold(name.substring(0, Math.max(3, name.length() - 2)));
				default -> Normalizer.normalize(name, Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
			};
			queries.add(query);
		}
		List<Double> times = new ArrayList<>();
		AtomicLong hits = new AtomicLong();
		for (int i = 0; i < queries.size(); i++) {
			String url = http + "/api/v1/personnel/records?size=20&q="
					+ URLEncoder.encode(queries.get(i), StandardCharsets.UTF_8);
			long start = System.nanoTime();
			HttpResponse<String> response = client.send(
					HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).build(),
					HttpResponse.BodyHandlers.ofString());
			double ms = (System.nanoTime() - start) / 1e6;
			if (response.statusCode() != 200) {
				throw new IllegalStateException("search failed: " + response.statusCode() + " " + response.body());
			}
			if (response.body().contains("\"idNumber\"")) {
				hits.incrementAndGet();
			}
			if (i >= 50) {
				times.add(ms);
			}
		}
		times.sort(Double::compare);
		log("search: %d of %d queries found someone", hits.get(), queries.size());
		System.out.printf(Locale.ROOT, "RESULT search_p50_ms %.1f ms%n", percentile(times, 50));
		System.out.printf(Locale.ROOT, "RESULT search_p95_ms %.1f ms%n", percentile(times, 95));
		System.out.printf(Locale.ROOT, "RESULT search_p99_ms %.1f ms%n", percentile(times, 99));
	}

	static String fold(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD)
			.replaceAll("\\p{M}+", "")
			.replace('đ', 'd')
			.replace('Đ', 'D')
			.toLowerCase(Locale.ROOT);
	}

	static double percentile(List<Double> sorted, int p) {
		int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
	}

	// ---- BM01 ----

	static void bm01(HttpClient client, String http, String token, List<Unit> units) throws Exception {
		Unit province = units.stream().filter(u -> u.provinceCode().equals("01") && u.path().split("/").length == 2)
			.findFirst()
			.orElse(units.get(0));
		Unit typical = units.stream().filter(u -> u.weight() == 1 && u.path().split("/").length == 2)
			.findFirst()
			.orElse(province);
		String today = LocalDate.now().toString();
		String report = http + "/api/v1/personnel/reports/bm01?asOf=";
		// A day whose tallies the platform does not keep yet is counted from the report periods; the platform then
		// keeps it in the background. Tomorrow is such a day (today is kept from the start).
		String tomorrow = LocalDate.now().plusDays(1).toString();
		double country = medianOf(client, token, report + today);
		double one = medianOf(client, token, report + today + "&unit=" + province.id());
		double other = medianOf(client, token, report + today + "&unit=" + typical.id());
		double uncached = timed(client, token, report + tomorrow);
		System.out.printf(Locale.ROOT, "RESULT bm01_country_ms %.0f ms%n", country);
		System.out.printf(Locale.ROOT, "RESULT bm01_province_ms %.0f ms%n", one);
		System.out.printf(Locale.ROOT, "RESULT bm01_typical_province_ms %.0f ms%n", other);
		System.out.printf(Locale.ROOT, "RESULT bm01_country_uncounted_day_ms %.0f ms%n", uncached);
	}

	static double timed(HttpClient client, String token, String url) throws Exception {
		long start = System.nanoTime();
		HttpResponse<String> response = client.send(
				HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).build(),
				HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(url + " failed: " + response.statusCode() + " " + response.body());
		}
		return (System.nanoTime() - start) / 1e6;
	}

	/** The median of five timed calls after one warm-up call. */
	static double medianOf(HttpClient client, String token, String url) throws Exception {
		List<Double> times = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			long start = System.nanoTime();
			HttpResponse<String> response = client.send(
					HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).build(),
					HttpResponse.BodyHandlers.ofString());
			double ms = (System.nanoTime() - start) / 1e6;
			if (response.statusCode() != 200) {
				throw new IllegalStateException(url + " failed: " + response.statusCode() + " " + response.body());
			}
			if (i > 0) {
				times.add(ms);
			}
		}
		times.sort(Double::compare);
		return times.get(times.size() / 2);
	}

	// ---- Heap ----

	/** Samples the used heap of the platform's JVM with jstat while the import runs. */
	static final class HeapSampler {

		private final long pid;

		private volatile double maxKb;

		private Process process;

		private Thread reader;

		HeapSampler(long pid) {
			this.pid = pid;
		}

		void start() throws IOException {
			if (pid <= 0) {
				return;
			}
			process = new ProcessBuilder("jstat", "-gc", String.valueOf(pid), "250").redirectErrorStream(true).start();
			reader = new Thread(() -> {
				try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream()))) {
					String header = lines.readLine();
					List<String> columns = header == null ? List.of() : Arrays.asList(header.trim().split("\\s+"));
					String line;
					while ((line = lines.readLine()) != null) {
						String[] values = line.trim().split("\\s+");
						if (values.length != columns.size() || values[0].equals(columns.get(0))) {
							continue;
						}
						double used = 0;
						for (String column : List.of("S0U", "S1U", "EU", "OU")) {
							int at = columns.indexOf(column);
							if (at >= 0) {
								used += Double.parseDouble(values[at]);
							}
						}
						maxKb = Math.max(maxKb, used);
					}
				}
				catch (IOException | NumberFormatException ex) {
					// The sampler ends with the process.
				}
			});
			reader.setDaemon(true);
			reader.start();
		}

		void stop() throws InterruptedException {
			if (process != null) {
				process.destroy();
				reader.join(2_000);
			}
		}

		double maxMegabytes() {
			return maxKb / 1024;
		}
	}

	// ---- Helpers ----

	static long count(Connection connection, String sql) throws Exception {
		try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	static Map<String, String> options(String[] args) {
		Map<String, String> options = new HashMap<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
		}
		return options;
	}

	static void log(String format, Object... args) {
		System.err.printf(Locale.ROOT, "[bench] " + format + "%n", args);
	}
}
