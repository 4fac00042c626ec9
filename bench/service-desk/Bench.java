import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * The IT service desk under load: inventory agents sending workstation inventories over the OCS Inventory NG /
 * FusionInventory protocol, against the same rows written by raw JDBC; then, with a million tickets and a hundred
 * thousand assets in the database, a technician's filtered queue and diacritic-free search pages. See README.md.
 * Run by bench/service-desk/run; prints RESULT lines.
 */
public class Bench {

	static final int TICKETS = 1_000_000;

	static final int ASSETS = 100_000;

	public static void main(String[] args) throws Exception {
		Map<String, String> opts = new HashMap<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			opts.put(args[i].replaceFirst("^--", ""), args[i + 1]);
		}
		int seconds = Integer.parseInt(opts.getOrDefault("seconds", "60"));
		int agents = Integer.parseInt(opts.getOrDefault("agents", "32"));
		int technicians = Integer.parseInt(opts.getOrDefault("technicians", "4"));
		// "agents", "pages" or both (the default): a part alone, when working on it.
		String only = opts.getOrDefault("only", "all");
		boolean withAgents = !only.equals("pages");
		boolean withPages = !only.equals("agents");
		String db = opts.get("db");
		String http = opts.get("http");
		String template = Files.readString(Path.of(opts.get("inventory")));

		try (Connection connection = DriverManager.getConnection(db, "postgres", "postgres")) {
			fill(connection);

			if (withAgents) {
				agents(http, db, connection, agents, seconds, template);
			}
			if (withPages) {
				pages(http, connection, technicians, seconds);
			}
		}
	}

	/** The inventory agents, then the same rows written raw: the desk against the database's own limit. */
	static void agents(String http, String db, Connection connection, int agents, int seconds,
			String template) throws Exception {
		// Every machine is new (its first inventory: the whole software list written), the heaviest case.
		Agents fleet = new Agents(template);
		// Long enough for the platform's compiler to have compiled the agents' path.
		Phase warm = run(agents, 20, n -> fleet.firstInventory(http));
		System.err.printf("[bench] warm-up: %d inventories, %d failed%n", warm.ok.get(), warm.failed.get());
		Phase prolog = run(agents, Math.min(seconds, 15), n -> fleet.prologOnly(http));
		fleet.prepare(250 * seconds, 0);
		Phase first = run(agents, seconds, n -> fleet.firstInventory(http));
		// The same machines again the next day, each with a few programs updated.
		fleet.prepare(250 * seconds, 1);
		Phase again = run(agents, seconds, n -> fleet.nextInventory(http));
		fleet.prepared.clear();
		Phase raw = raw(db, agents, seconds, fleet);
		long recorded = single(connection, "SELECT count(*) FROM inventory_assets WHERE serial_number LIKE 'BENCH-"
				+ fleet.run + "-%'");
		System.err.printf("[bench] first inventories: %d ok, %d failed; again: %d ok, %d failed; raw: %d; "
				+ "machines recorded: %d%n", first.ok.get(), first.failed.get(), again.ok.get(), again.failed.get(),
				raw.ok.get(), recorded);
		double inventoryPerS = first.ok.get() / first.seconds;
		double rawPerS = raw.ok.get() / raw.seconds;
		System.out.printf("RESULT agents %d%n", agents);
		System.out.printf("RESULT software_per_inventory %d%n", fleet.softwareCount);
		System.out.printf("RESULT seconds %d%n", seconds);
		System.out.printf("RESULT prolog_per_s %.1f%n", prolog.ok.get() / prolog.seconds);
		System.out.printf("RESULT prolog_cpu_ms_app %.2f%n", prolog.cpuMsEach("app"));
		System.out.printf("RESULT prolog_cpu_ms_client %.2f%n", prolog.cpuMsEach("client"));
		System.out.printf("RESULT inventory_per_s %.1f%n", inventoryPerS);
		System.out.printf("RESULT inventory_p50_ms %.1f%n", first.percentile(50));
		System.out.printf("RESULT inventory_p95_ms %.1f%n", first.percentile(95));
		System.out.printf("RESULT inventory_failed %d%n", first.failed.get());
		System.out.printf("RESULT reinventory_per_s %.1f%n", again.ok.get() / again.seconds);
		System.out.printf("RESULT reinventory_p95_ms %.1f%n", again.percentile(95));
		System.out.printf("RESULT inventory_cpu_ms_app %.1f%n", first.cpuMsEach("app"));
		for (String part : List.of("requests", "gc", "jit", "other")) {
			System.out.printf("RESULT inventory_cpu_ms_app_%s %.2f%n", part, first.cpuMsEach("app." + part));
		}
		System.out.printf("RESULT inventory_cpu_ms_db %.1f%n", first.cpuMsEach("db"));
		System.out.printf("RESULT inventory_cpu_ms_client %.1f%n", first.cpuMsEach("client"));
		System.out.printf("RESULT reinventory_cpu_ms_app %.1f%n", again.cpuMsEach("app"));
		System.out.printf("RESULT reinventory_cpu_ms_db %.1f%n", again.cpuMsEach("db"));
		System.out.printf("RESULT raw_inventory_per_s %.1f%n", rawPerS);
		System.out.printf("RESULT raw_inventory_cpu_ms_db %.1f%n", raw.cpuMsEach("db"));
		System.out.printf("RESULT raw_inventory_cpu_ms_client %.1f%n", raw.cpuMsEach("client"));
		System.out.printf("RESULT inventory_vs_raw_ratio %.3f%n", inventoryPerS / rawPerS);
		System.out.printf("RESULT inventories_not_recorded %d%n", fleet.acknowledged.get() - recorded);
		System.out.printf("RESULT assets %d%n", single(connection, "SELECT count(*) FROM inventory_assets"));
	}

	/** The technician's queue and search pages, signed in through the login form as a browser is. */
	static void pages(String http, Connection connection, int technicians, int seconds) throws Exception {
		List<String> queue = queueUrls(connection);
		List<String> searches = searchUrls();
		run(technicians, 5, n -> page(http, queue.get(n % queue.size())));
		BY_PAGE.clear();
		// One technician alone: the time of a page itself.
		Phase queueAlone = run(1, Math.max(10, seconds / 2), n -> page(http, queue.get(n % queue.size())));
		Phase searchAlone = run(1, Math.max(10, seconds / 2), n -> page(http, searches.get(n % searches.size())));
		BY_PAGE.clear();
		// Several technicians at once, each opening the next page as soon as the last one came.
		Phase queuePhase = run(technicians, seconds, n -> page(http, queue.get(n % queue.size())));
		Phase searchPhase = run(technicians, seconds, n -> page(http, searches.get(n % searches.size())));

		printPages(queue);
		printPages(searches);
		System.err.printf("[bench] queue: %d pages, %d failed; search: %d pages, %d failed%n", queuePhase.ok.get(),
				queuePhase.failed.get(), searchPhase.ok.get(), searchPhase.failed.get());
		System.out.printf("RESULT tickets %d%n", single(connection, "SELECT count(*) FROM helpdesk_tickets"));
		System.out.printf("RESULT technicians %d%n", technicians);
		System.out.printf("RESULT queue_alone_p50_ms %.1f%n", queueAlone.percentile(50));
		System.out.printf("RESULT queue_alone_p95_ms %.1f%n", queueAlone.percentile(95));
		System.out.printf("RESULT search_alone_p50_ms %.1f%n", searchAlone.percentile(50));
		System.out.printf("RESULT search_alone_p95_ms %.1f%n", searchAlone.percentile(95));
		System.out.printf("RESULT queue_per_s %.1f%n", queuePhase.ok.get() / queuePhase.seconds);
		System.out.printf("RESULT queue_p50_ms %.1f%n", queuePhase.percentile(50));
		System.out.printf("RESULT queue_p95_ms %.1f%n", queuePhase.percentile(95));
		System.out.printf("RESULT queue_failed %d%n", queuePhase.failed.get());
		System.out.printf("RESULT search_per_s %.1f%n", searchPhase.ok.get() / searchPhase.seconds);
		System.out.printf("RESULT search_p50_ms %.1f%n", searchPhase.percentile(50));
		System.out.printf("RESULT search_p95_ms %.1f%n", searchPhase.percentile(95));
		System.out.printf("RESULT search_failed %d%n", searchPhase.failed.get());
	}

	/** One unit of work of a client: its duration in nanoseconds when it succeeded, or an exception. */
	interface Work {

		long call(int n) throws Exception;
	}

	static final class Phase {

		final AtomicLong ok = new AtomicLong();

		final AtomicLong failed = new AtomicLong();

		final ConcurrentLinkedQueue<long[]> latencies = new ConcurrentLinkedQueue<>();

		double seconds;

		/** The processor time each side spent during the phase, in seconds: the platform, PostgreSQL, this client. */
		Map<String, Double> cpu = Map.of();

		/** A side's processor time per unit of work done, in milliseconds. */
		double cpuMsEach(String side) {
			return ok.get() == 0 ? Double.NaN : cpu.getOrDefault(side, Double.NaN) * 1000 / ok.get();
		}

		double percentile(int p) {
			long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
			if (all.length == 0) {
				return Double.NaN;
			}
			return all[Math.min(all.length - 1, (int) Math.ceil(all.length * p / 100.0) - 1)] / 1_000_000.0;
		}
	}

	/** Each client does its work one after the other for the given time. */
	static Phase run(int clients, int seconds, Work work) throws Exception {
		Phase phase = new Phase();
		Map<String, Double> cpuBefore = Cpu.now();
		long start = System.nanoTime();
		long end = start + seconds * 1_000_000_000L;
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		List<Future<?>> running = new ArrayList<>();
		AtomicLong sequence = new AtomicLong();
		for (int c = 0; c < clients; c++) {
			running.add(pool.submit(() -> {
				long[] mine = new long[1 << 16];
				int n = 0;
				while (System.nanoTime() < end) {
					try {
						long took = work.call((int) sequence.getAndIncrement());
						phase.ok.incrementAndGet();
						if (n == mine.length) {
							phase.latencies.add(mine);
							mine = new long[mine.length];
							n = 0;
						}
						mine[n++] = took;
					}
					catch (Exception ex) {
						if (phase.failed.incrementAndGet() <= 3) {
							System.err.println("[bench] " + ex.getMessage());
						}
					}
				}
				phase.latencies.add(Arrays.copyOf(mine, n));
				return null;
			}));
		}
		for (Future<?> f : running) {
			f.get();
		}
		phase.seconds = (System.nanoTime() - start) / 1e9;
		phase.cpu = Cpu.since(cpuBefore);
		pool.shutdown();
		return phase;
	}

	/**
	 * The processor time of the three sides sharing this machine, from Linux's /proc: the platform's JVM ("app"),
	 * PostgreSQL's processes ("db") and this benchmark ("client"). Empty elsewhere. Counts what a process spent while
	 * it lived; a database connection closed during a phase takes its time with it.
	 */
	static final class Cpu {

		static final double TICKS_PER_SECOND = 100;

		static Map<String, Double> now() {
			Map<String, Double> seconds = new HashMap<>();
			long self = ProcessHandle.current().pid();
			try (var processes = Files.list(Path.of("/proc"))) {
				for (Path dir : (Iterable<Path>) processes::iterator) {
					String name = dir.getFileName().toString();
					if (!name.chars().allMatch(Character::isDigit)) {
						continue;
					}
					try {
						String command = new String(Files.readAllBytes(dir.resolve("cmdline")), StandardCharsets.UTF_8)
							.replace('\0', ' ');
						String side = Long.parseLong(name) == self ? "client"
								: command.contains("govict-") && command.contains(".jar") ? "app"
								: command.startsWith("postgres") ? "db" : null;
						if (side == null) {
							continue;
						}
						String stat = Files.readString(dir.resolve("stat"));
						seconds.merge(side, spent(stat), Double::sum);
						if (side.equals("app")) {
							// The platform's threads by what they do: requests, garbage collection, compilation.
							try (var threads = Files.list(dir.resolve("task"))) {
								for (Path task : (Iterable<Path>) threads::iterator) {
									String thread = Files.readString(task.resolve("comm")).strip();
									String part = thread.startsWith("http-nio") ? "app.requests"
											: thread.startsWith("GC ") || thread.startsWith("G1 ") ? "app.gc"
											: thread.startsWith("C1 ") || thread.startsWith("C2 ") ? "app.jit" : "app.other";
									seconds.merge(part, spent(Files.readString(task.resolve("stat"))), Double::sum);
								}
							}
						}
					}
					catch (java.io.IOException | RuntimeException gone) {
						// The process ended while it was read.
					}
				}
			}
			catch (java.io.IOException notLinux) {
				return Map.of();
			}
			return seconds;
		}

		/** The user and system time in a /proc stat line, in seconds. */
		static double spent(String stat) {
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
		}

		static Map<String, Double> since(Map<String, Double> before) {
			Map<String, Double> spent = new HashMap<>();
			now().forEach((side, total) -> spent.put(side, Math.max(0, total - before.getOrDefault(side, 0.0))));
			return spent;
		}
	}

	/**
	 * A fleet of workstations made from one real FusionInventory inventory (about 300 installed programs): each
	 * machine has its own host name, serial, UUID, MAC addresses and agent id, and its own versions of some programs.
	 */
	static final class Agents {

		static final Pattern SOFTWARE = Pattern.compile("<SOFTWARES>.*?</SOFTWARES>\\s*", Pattern.DOTALL);

		static final Pattern VERSION = Pattern.compile("<VERSION>([^<]*)</VERSION>");

		final String run = Long.toString(System.currentTimeMillis() % 100_000_000L, 36).toUpperCase();

		final String head;

		final String tail;

		final List<String> software = new ArrayList<>();

		final int softwareCount;

		final AtomicLong machines = new AtomicLong();

		/** New machines whose inventory the desk acknowledged. */
		final AtomicLong acknowledged = new AtomicLong();

		/** The machines sent so far, for their next inventory. */
		final ConcurrentLinkedQueue<Integer> sent = new ConcurrentLinkedQueue<>();

		Agents(String template) {
			Matcher m = SOFTWARE.matcher(template);
			int first = -1;
			int last = -1;
			while (m.find()) {
				if (first < 0) {
					first = m.start();
				}
				last = m.end();
				software.add(m.group());
			}
			this.head = template.substring(0, first);
			this.tail = template.substring(last);
			this.softwareCount = software.size();
		}

		String xml(int machine, int day) {
			String id = run + "-" + machine;
			StringBuilder xml = new StringBuilder(head.length() + tail.length() + software.size() * 260);
			xml.append(head
				.replace("<NAME>PC-CSDL-017</NAME>", "<NAME>BENCH-" + id + "</NAME>")
				.replace("<SSN>7XJ2QD3</SSN>", "<SSN>BENCH-" + id + "</SSN>")
				.replace("4C4C4544-0058-4A10-8032-B7C04F514433", uuid(machine))
				.replace("b0:7b:25:0a:4c:91", mac(0xb0, machine))
				.replace("0C:54:15:A1:22:7E", mac(0x0c, machine)));
			for (int i = 0; i < software.size(); i++) {
				String entry = software.get(i);
				// Each machine has its own version of one program in ten; each later day updates three programs.
				if ((i + machine) % 10 == 0 || (day > 0 && (i + day * 7 + machine) % 100 < 1 + day % 3)) {
					Matcher v = VERSION.matcher(entry);
					entry = v.replaceFirst("<VERSION>" + (machine % 97) + "." + day + "." + i + "</VERSION>");
				}
				xml.append(entry);
			}
			xml.append(tail.replace("PC-CSDL-017-2022-10-03-09-30-12", "BENCH-" + id + "-2026-12-06-00-00-00"));
			return xml.toString();
		}

		/** The machine's SMBIOS UUID, its own in this run: a machine of an earlier run is another machine. */
		String uuid(int machine) {
			return String.format("BE0C%04X-0000-4000-8000-%012X", run.hashCode() & 0xffff, machine);
		}

		String mac(int first, int machine) {
			int salt = run.hashCode() & 0xffff;
			return String.format("%02x:%02x:%02x:%02x:%02x:%02x", first, salt >> 8, salt & 0xff, (machine >> 16) & 0xff,
					(machine >> 8) & 0xff, machine & 0xff);
		}

		long prologOnly(String http) throws Exception {
			long t0 = System.nanoTime();
			post(http, prolog((int) machines.get()), "<RESPONSE>SEND</RESPONSE>");
			return System.nanoTime() - t0;
		}

		/** A new machine's agent: PROLOG, answered SEND, then its INVENTORY; the time is both together. */
		/**
		 * The compressed inventories, made before the phase that sends them: an agent compresses its inventory on its
		 * own machine, so the benchmark's two cores are not spent on it while the desk is measured.
		 */
		final Map<Long, byte[]> prepared = new java.util.concurrent.ConcurrentHashMap<>();

		void prepare(int count, int day) {
			long from = day == 0 ? machines.get() + 1 : 1;
			prepared.clear();
			List<Long> numbers = new ArrayList<>();
			if (day == 0) {
				for (long m = from; m < from + count; m++) {
					numbers.add(m);
				}
			}
			else {
				sent.stream().limit(count).forEach(m -> numbers.add((long) m));
			}
			numbers.parallelStream().forEach(m -> prepared.put(m * 10 + day, zlib(xml(m.intValue(), day))));
		}

		byte[] payload(int machine, int day) {
			byte[] ready = prepared.remove((long) machine * 10 + day);
			return ready != null ? ready : zlib(xml(machine, day));
		}

		long firstInventory(String http) throws Exception {
			int machine = (int) machines.incrementAndGet();
			byte[] inventory = payload(machine, 0);
			long t0 = System.nanoTime();
			post(http, prolog(machine), "<RESPONSE>SEND</RESPONSE>");
			post(http, inventory, "no_account_update");
			long took = System.nanoTime() - t0;
			acknowledged.incrementAndGet();
			sent.add(machine);
			return took;
		}

		/** A known machine's next inventory, with three programs updated. */
		long nextInventory(String http) throws Exception {
			Integer machine = sent.poll();
			if (machine == null) {
				return firstInventory(http);
			}
			byte[] inventory = payload(machine, 1);
			long t0 = System.nanoTime();
			post(http, prolog(machine), "<RESPONSE>SEND</RESPONSE>");
			post(http, inventory, "no_account_update");
			return System.nanoTime() - t0;
		}

		byte[] prolog(int machine) {
			return zlib("<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n<REQUEST>\n  <DEVICEID>BENCH-" + run + "-" + machine
					+ "-2026-12-06-00-00-00</DEVICEID>\n  <QUERY>PROLOG</QUERY>\n  <TOKEN>12345678</TOKEN>\n</REQUEST>\n");
		}

		/**
		 * One request as an agent sends it, over a blocking connection kept alive between requests (as the agents'
		 * own HTTP libraries do): lighter on the shared processor than the asynchronous client the pages use, since
		 * here the agents stand in for machines elsewhere on the network.
		 */
		static void post(String http, byte[] body, String expected) throws Exception {
			java.net.HttpURLConnection connection = (java.net.HttpURLConnection) URI.create(http + "/inventory/agent")
				.toURL()
				.openConnection();
			connection.setRequestMethod("POST");
			connection.setDoOutput(true);
			connection.setFixedLengthStreamingMode(body.length);
			connection.setConnectTimeout(10_000);
			connection.setReadTimeout(60_000);
			connection.setRequestProperty("Content-Type", "application/x-compress");
			connection.setRequestProperty("User-Agent", "FusionInventory-Agent_v2.6");
			try (var out = connection.getOutputStream()) {
				out.write(body);
			}
			int status = connection.getResponseCode();
			byte[] answer;
			try (var in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
				answer = in == null ? new byte[0] : in.readAllBytes();
			}
			String reply = new String(inflate(answer), StandardCharsets.UTF_8);
			if (status != 200 || !reply.contains(expected)) {
				throw new IllegalStateException("agent request answered " + status + " " + reply);
			}
		}

	}

	static byte[] zlib(String xml) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (DeflaterOutputStream z = new DeflaterOutputStream(out, new Deflater(6))) {
			z.write(xml.getBytes(StandardCharsets.UTF_8));
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
		return out.toByteArray();
	}

	static byte[] inflate(byte[] body) throws Exception {
		if (body.length == 0 || (body[0] & 0xff) != 0x78) {
			return body;
		}
		return new java.util.zip.InflaterInputStream(new java.io.ByteArrayInputStream(body)).readAllBytes();
	}

	/**
	 * The rows a new machine's inventory writes, as raw SQL in one transaction per machine with the same
	 * concurrency: the computer, its three network interfaces, the row of its installed programs' catalogue ids,
	 * its audit entry.
	 * This is the database's own limit for the same durable work.
	 */
	static Phase raw(String db, int clients, int seconds, Agents fleet) throws Exception {
		Pattern field = Pattern.compile("<(NAME|VERSION|PUBLISHER)>([^<]*)</\\1>");
		List<String[]> programs = new ArrayList<>();
		for (String entry : fleet.software) {
			Matcher m = field.matcher(entry);
			String[] p = { "", "", "" };
			while (m.find()) {
				p[switch (m.group(1)) { case "NAME" -> 0; case "VERSION" -> 1; default -> 2; }] = m.group(2);
			}
			programs.add(p);
		}
		long unit;
		Long[] softwareIds;
		try (Connection c = DriverManager.getConnection(db, "postgres", "postgres")) {
			unit = single(c, "SELECT id FROM organisation_units ORDER BY id LIMIT 1");
			// The programs' catalogue ids, as the desk keeps them in memory.
			List<Long> ids = new ArrayList<>();
			try (PreparedStatement entry = c.prepareStatement("""
					WITH added AS (INSERT INTO inventory_software (name, version, publisher) VALUES (?, ?, ?)
					               ON CONFLICT DO NOTHING RETURNING id)
					SELECT id FROM added
					UNION ALL SELECT id FROM inventory_software WHERE name = ? AND version = ? AND publisher = ?""")) {
				for (String[] p : programs) {
					for (int i = 0; i < 6; i++) {
						entry.setString(i + 1, p[i % 3]);
					}
					try (ResultSet rs = entry.executeQuery()) {
						rs.next();
						ids.add(rs.getLong(1));
					}
				}
			}
			softwareIds = ids.stream().distinct().sorted().toArray(Long[]::new);
		}
		AtomicLong machines = new AtomicLong(10_000_000);
		ThreadLocal<Connection> connections = new ThreadLocal<>();
		ConcurrentLinkedQueue<Connection> all = new ConcurrentLinkedQueue<>();
		Phase phase = run(clients, seconds, n -> {
			Connection connection = connections.get();
			if (connection == null) {
				connection = DriverManager.getConnection(db, "postgres", "postgres");
				connection.setAutoCommit(false);
				connections.set(connection);
				all.add(connection);
			}
			long machine = machines.incrementAndGet();
			String id = fleet.run + "-R" + machine;
			long t0 = System.nanoTime();
			long asset;
			try (PreparedStatement insert = connection.prepareStatement("""
					INSERT INTO inventory_assets (kind, name, serial_number, hardware_uuid, manufacturer, model,
					       owner_unit_id, status, attributes, agent_device_id, last_inventory_at)
					VALUES ('WORKSTATION', ?, ?, ?, 'Dell Inc.', 'OptiPlex 7090', ?, 'IN_USE', CAST(? AS jsonb), ?, now())
					RETURNING id""")) {
				insert.setString(1, "RAW-" + id);
				insert.setString(2, "RAW-" + id);
				insert.setString(3, fleet.uuid((int) machine));
				insert.setLong(4, unit);
				insert.setString(5, "{\"os\":\"Microsoft Windows 10 Pro\",\"memoryMb\":\"16143\",\"softwareCount\":\"300\"}");
				insert.setString(6, "RAW-" + id + "-2026-12-06-00-00-00");
				try (ResultSet rs = insert.executeQuery()) {
					rs.next();
					asset = rs.getLong(1);
				}
			}
			try (PreparedStatement nics = connection.prepareStatement(
					"INSERT INTO inventory_network_interfaces (asset_id, name, mac_address, ip_address) VALUES (?, ?, ?, ?)")) {
				for (int i = 0; i < 3; i++) {
					nics.setLong(1, asset);
					nics.setString(2, "Interface " + i);
					nics.setString(3, fleet.mac(0x20 + i, (int) machine));
					nics.setString(4, "10.0.3." + i);
					nics.addBatch();
				}
				nics.executeBatch();
			}
			try (PreparedStatement installed = connection.prepareStatement(
					"INSERT INTO inventory_asset_software (asset_id, software_ids) VALUES (?, ?)")) {
				installed.setLong(1, asset);
				installed.setArray(2, connection.createArrayOf("bigint", softwareIds));
				installed.executeUpdate();
			}
			try (PreparedStatement audit = connection.prepareStatement("""
					INSERT INTO audit_entries (occurred_at, actor, module, action, record_type, record_id, unit_id,
					    summary, after_state)
					VALUES (now(), 'system', 'inventory', 'CREATE', 'Asset', ?, ?, 'agent', ?)""")) {
				audit.setString(1, Long.toString(asset));
				audit.setLong(2, unit);
				audit.setString(3, "{\"name\":\"RAW-" + id + "\",\"source\":\"agent\"}");
				audit.executeUpdate();
			}
			connection.commit();
			return System.nanoTime() - t0;
		});
		for (Connection c : all) {
			c.close();
		}
		return phase;
	}

	// ---------------------------------------------------------------------------------------------------------------
	// The technician's pages.

	static final ThreadLocal<HttpClient> SIGNED_IN = new ThreadLocal<>();

	/** One page as the demo technician sees it, through a session of this client's own. */
	static long page(String http, String path) throws Exception {
		HttpClient client = SIGNED_IN.get();
		if (client == null) {
			client = signIn(http, "kythuat.tttt");
			SIGNED_IN.set(client);
		}
		HttpRequest request = HttpRequest.newBuilder(URI.create(http + path)).header("Accept", "text/html")
			.timeout(Duration.ofSeconds(30)).GET().build();
		long t0 = System.nanoTime();
		HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
		long took = System.nanoTime() - t0;
		if (response.statusCode() != 200 || !response.body().contains("</html>")) {
			throw new IllegalStateException(path + " answered " + response.statusCode());
		}
		BY_PAGE.computeIfAbsent(path, p -> new ConcurrentLinkedQueue<>()).add(took);
		return took;
	}

	/** The time of each page, for the breakdown the benchmark writes to its log. */
	static final Map<String, ConcurrentLinkedQueue<Long>> BY_PAGE = new java.util.concurrent.ConcurrentHashMap<>();

	static void printPages(List<String> paths) {
		for (String path : paths) {
			long[] all = BY_PAGE.getOrDefault(path, new ConcurrentLinkedQueue<>()).stream().mapToLong(Long::longValue)
				.sorted().toArray();
			if (all.length > 0) {
				System.err.printf("[bench]   %-60s n=%4d p50 %6.1f ms  p95 %6.1f ms%n", path, all.length,
						all[(all.length - 1) / 2] / 1e6, all[Math.min(all.length - 1, (int) Math.ceil(all.length * 0.95) - 1)] / 1e6);
			}
		}
	}

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	static HttpClient signIn(String http, String user) throws Exception {
		HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
			.cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10)).build();
		HttpResponse<String> form = client.send(HttpRequest.newBuilder(URI.create(http + "/login")).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher csrf = CSRF.matcher(form.body());
		if (!csrf.find()) {
			throw new IllegalStateException("no CSRF token on the login page");
		}
		String body = "username=" + user + "&password=" + user + "&_csrf="
				+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create(http + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		String location = signedIn.headers().firstValue("Location").orElse("");
		if (signedIn.statusCode() != 302 || location.contains("error")) {
			throw new IllegalStateException("could not sign in as " + user + ": " + signedIn.statusCode() + " " + location);
		}
		return client;
	}

	/** The lists a technician opens through the day: their queue and its filters, and the older tickets. */
	static List<String> queueUrls(Connection connection) throws Exception {
		long group = single(connection, """
				SELECT min(m.group_id) FROM helpdesk_group_members m JOIN users u ON u.id = m.user_id
				 WHERE u.username = 'kythuat.tttt'""");
		long category = single(connection, "SELECT min(id) FROM helpdesk_categories");
		return List.of("/helpdesk/tickets?open=true", "/helpdesk/tickets?open=true&mine=true",
				"/helpdesk/tickets?open=true&unassigned=true", "/helpdesk/tickets?late=true",
				"/helpdesk/tickets?open=true&group=" + group, "/helpdesk/tickets?status=WAITING",
				"/helpdesk/tickets?open=true&category=" + (category + 1), "/helpdesk/tickets?open=true&page=3",
				"/helpdesk/tickets", "/helpdesk/tickets?status=CLOSED&page=2",
				"/helpdesk/tickets?open=true&group=" + group + "&unassigned=true",
				"/helpdesk/tickets?status=NEW");
	}

	/** Searches typed without diacritics: common words, rarer phrases, an asset's number; alone and on open tickets. */
	static List<String> searchUrls() {
		List<String> urls = new ArrayList<>();
		String[] terms = { "may in", "khong in duoc", "mat khau", "wifi", "chu ky so", "ket noi mang",
				"man hinh xanh", "outlook", "van ban den", "TTTT-004512", "bi ket giay", "cap nhat windows",
				"virus", "may chieu phong hop", "TTTT-091877", "phan mem ke toan" };
		for (String term : terms) {
			String q = URLEncoder.encode(term, StandardCharsets.UTF_8);
			urls.add("/helpdesk/tickets?q=" + q);
			urls.add("/helpdesk/tickets?open=true&q=" + q);
		}
		return urls;
	}

	// ---------------------------------------------------------------------------------------------------------------
	// The data: a hundred thousand assets and a million tickets over three years, written once.

	/**
	 * The open tickets nobody took within their response target, marked escalated, as a desk that has run for years
	 * has done: otherwise the desk's watch would escalate them 500 at a time every five minutes during the run.
	 */
	static void escalated(Connection connection) throws Exception {
		try (Statement sql = connection.createStatement()) {
			int n = sql.executeUpdate("""
					UPDATE helpdesk_tickets SET escalated_at = response_due_at
					 WHERE responded_at IS NULL AND escalated_at IS NULL AND response_due_at < now() + interval '1 hour'
					   AND status NOT IN ('RESOLVED', 'CLOSED')""");
			System.err.printf("[bench] %d untaken tickets marked escalated%n", n);
		}
	}

	static void fill(Connection connection) throws Exception {
		connection.setAutoCommit(true);
		long tickets = single(connection, "SELECT count(*) FROM helpdesk_tickets");
		if (tickets >= TICKETS) {
			System.err.printf("[bench] the database already holds %d tickets%n", tickets);
			escalated(connection);
			return;
		}
		long t0 = System.nanoTime();
		// All of it in one transaction, so that an interrupted fill leaves nothing behind.
		connection.setAutoCommit(false);
		try (Statement sql = connection.createStatement()) {
			System.err.println("[bench] writing 3,000 staff, 30 technicians and 20 support groups");
			sql.execute("""
					INSERT INTO users (username, full_name, email, unit_id, password_hash)
					SELECT 'bench.nv' || g, 'Nhân viên ' || g, 'bench.nv' || g || '@example.vn',
					       (SELECT id FROM organisation_units ORDER BY id OFFSET g % (SELECT count(*) FROM organisation_units) LIMIT 1),
					       'x'
					  FROM generate_series(1, 3000) g""");
			sql.execute("""
					INSERT INTO users (username, full_name, unit_id, password_hash)
					SELECT 'bench.kt' || g, 'Kỹ thuật viên ' || g, (SELECT id FROM organisation_units WHERE code = 'BNV-TTTT'), 'x'
					  FROM generate_series(1, 30) g""");
			sql.execute("""
					INSERT INTO helpdesk_groups (name, unit_id)
					SELECT 'Nhóm hỗ trợ số ' || g, (SELECT id FROM organisation_units WHERE code = 'BNV-TTTT')
					  FROM generate_series(1, 20) g""");
			sql.execute("""
					INSERT INTO helpdesk_group_members (group_id, user_id)
					SELECT g.id, u.id FROM helpdesk_groups g JOIN users u
					    ON u.username = 'bench.kt' || (1 + (g.id % 30)) OR u.username = 'bench.kt' || (1 + ((g.id + 15) % 30))
					 WHERE g.name LIKE 'Nhóm hỗ trợ số %'
					ON CONFLICT DO NOTHING""");
			sql.execute("""
					INSERT INTO helpdesk_group_members (group_id, user_id)
					SELECT g.id, u.id FROM helpdesk_groups g, users u
					 WHERE g.name IN ('Nhóm hỗ trợ số 1', 'Nhóm hỗ trợ số 2') AND u.username = 'kythuat.tttt'
					ON CONFLICT DO NOTHING""");

			System.err.println("[bench] writing 100,000 assets");
			sql.execute("""
					INSERT INTO inventory_assets (kind, name, inventory_number, serial_number, manufacturer, model,
					       owner_unit_id, location, status, purchased_on, warranty_until, attributes)
					SELECT k.kind, k.prefix || '-' || lpad(g::text, 6, '0'), 'TTTT-' || lpad(g::text, 6, '0'),
					       upper(substr(md5(g::text), 1, 10)), k.maker, k.model,
					       (SELECT id FROM organisation_units ORDER BY id OFFSET g % (SELECT count(*) FROM organisation_units) LIMIT 1),
					       'Tầng ' || (1 + g % 9) || ', phòng ' || (100 + g % 40),
					       CASE WHEN g % 23 = 0 THEN 'RETIRED' WHEN g % 17 = 0 THEN 'IN_STOCK' WHEN g % 31 = 0 THEN 'IN_REPAIR' ELSE 'IN_USE' END,
					       DATE '2018-01-01' + (g % 2500), DATE '2021-01-01' + (g % 2500), '{}'
					  FROM generate_series(1, 100000) g
					  JOIN (VALUES (0, 'WORKSTATION', 'PC', 'Dell Inc.', 'OptiPlex 7090'),
					               (1, 'WORKSTATION', 'PC', 'HP', 'ProDesk 400 G7'),
					               (2, 'LAPTOP', 'LT', 'Lenovo', 'ThinkPad E14'),
					               (3, 'PRINTER', 'MI', 'Canon', 'imageRUNNER 2625i'),
					               (4, 'WORKSTATION', 'PC', 'Dell Inc.', 'Vostro 3910'),
					               (5, 'PERIPHERAL', 'TB', 'Epson', 'EB-X51'),
					               (6, 'NETWORK_DEVICE', 'SW', 'Cisco', 'Catalyst 9200'),
					               (7, 'VIRTUAL_MACHINE', 'VM', 'VMware', 'Virtual Platform'),
					               (8, 'SERVER', 'MC', 'Dell Inc.', 'PowerEdge R750'),
					               (9, 'PRINTER', 'MI', 'HP', 'LaserJet Pro M404dn'))
					       AS k(n, kind, prefix, maker, model) ON k.n = g % 10""");

			// The queue's indexes are built after the rows, as a bulk load does; the same definitions as the migration.
			List<String> indexes = new ArrayList<>();
			List<String> names = new ArrayList<>();
			try (ResultSet rs = sql.executeQuery("""
					SELECT indexname, indexdef FROM pg_indexes
					 WHERE tablename = 'helpdesk_tickets' AND indexname NOT LIKE '%pkey'""")) {
				while (rs.next()) {
					names.add(rs.getString(1));
					indexes.add(rs.getString(2));
				}
			}
			for (String name : names) {
				sql.execute("DROP INDEX " + name);
			}
			// In the order they were opened, as a desk writes them: the open tickets are the newest rows.
			System.err.println("[bench] writing 1,000,000 tickets over three years, the open ones mostly of the last two months");
			sql.execute("SET max_parallel_maintenance_workers = 2");
			sql.execute("SET maintenance_work_mem = '512MB'");
			sql.execute("""
					WITH req AS (SELECT row_number() OVER (ORDER BY id) AS n, id, unit_id FROM users WHERE username LIKE 'bench.nv%'),
					     grp AS (SELECT array_agg(id ORDER BY id) AS ids FROM helpdesk_groups),
					     tech AS (SELECT array_agg(id ORDER BY id) AS ids FROM users
					               WHERE username LIKE 'bench.kt%' OR username = 'kythuat.tttt'),
					     cat AS (SELECT array_agg(id ORDER BY id) AS ids FROM helpdesk_categories),
					     words AS (SELECT ARRAY[
					         'Máy in không in được', 'Máy in bị kẹt giấy', 'Không kết nối được mạng', 'Mất kết nối Wi-Fi',
					         'Quên mật khẩu tài khoản', 'Tài khoản bị khoá', 'Không gửi được thư điện tử',
					         'Outlook báo lỗi khi mở hộp thư', 'Máy tính khởi động chậm', 'Máy tính bị màn hình xanh',
					         'Cài đặt phần mềm kế toán', 'Cài đặt chữ ký số', 'Lỗi chữ ký số khi ký văn bản',
					         'Không mở được hệ thống quản lý văn bản', 'Không nhận văn bản đến', 'Máy chiếu phòng họp không lên hình',
					         'Cập nhật Windows bị lỗi', 'Máy tính nhiễm virus', 'Bàn phím không gõ được tiếng Việt',
					         'Xin cấp thêm dung lượng hộp thư', 'Đề nghị cấp máy tính cho cán bộ mới', 'Điện thoại IP không gọi được',
					         'Không truy cập được cơ sở dữ liệu cán bộ', 'Lỗi đăng nhập cổng dịch vụ công', 'Màn hình bị nhấp nháy',
					         'Chuột không hoạt động', 'Máy scan không quét được', 'Ổ cứng sắp đầy', 'Cài đặt Microsoft Office',
					         'Sao lưu dữ liệu máy tính', 'Họp trực tuyến bị mất tiếng', 'Camera họp trực tuyến không nhận',
					         'Phần mềm diệt virus hết hạn', 'Đổi mật khẩu Wi-Fi khách', 'Cấp quyền thư mục dùng chung',
					         'Lỗi in hai mặt', 'Máy tính không lên nguồn'] AS titles,
					       ARRAY[
					         'Tôi đã thử khởi động lại máy nhưng vẫn không được.', 'Lỗi xuất hiện từ sáng nay.',
					         'Cả phòng đều bị như vậy.', 'Đề nghị kỹ thuật viên hỗ trợ sớm vì cần gấp để trình lãnh đạo.',
					         'Máy báo mã lỗi 0x80070005.', 'Sau khi cập nhật thì bị lỗi này.', 'Lỗi lúc có lúc không.',
					         'Tôi đang ở phòng 305 tầng 3.', 'Văn bản cần ký trước 16 giờ hôm nay.',
					         'Đèn báo trên thiết bị nhấp nháy màu cam.', 'Trên màn hình có thông báo hết hạn bản quyền.',
					         'Đường truyền rất chậm, không tải được tệp đính kèm.', 'Tôi mới được chuyển sang đơn vị này.',
					         'Đã kiểm tra dây mạng, vẫn cắm chắc.', 'Xin hướng dẫn cách làm.', 'Máy phát ra tiếng kêu lạ.',
					         'Ứng dụng tự tắt khi mở tệp lớn.', 'Không nhận được mã xác thực qua tin nhắn.',
					         'Mực in bị nhoè, bản in có vệt đen.', 'Cần cài đặt gấp cho đợt kiểm tra tuần sau.'] AS lines,
					       ARRAY[
					         'ở phòng 305', 'tầng 2', 'tại Văn phòng Bộ', 'Vụ Tổ chức cán bộ', 'phòng họp lớn', 'tầng 7 nhà B',
					         'Thanh tra Bộ', 'Vụ Pháp chế', 'phòng một cửa', 'Vụ Kế hoạch - Tài chính', 'của lãnh đạo Vụ',
					         'phòng 512', 'tại hội trường', 'Ban Thi đua - Khen thưởng', 'Cục Văn thư và Lưu trữ', 'tầng 1 nhà A',
					         'phòng lưu trữ', 'Viện Khoa học tổ chức', 'phòng tiếp công dân', 'Vụ Công chức - Viên chức',
					         'của cán bộ mới', 'phòng kế toán', 'tại Trung tâm Thông tin', 'phòng máy chủ', 'Vụ Hợp tác quốc tế'] AS places,
					       ARRAY[
					         'Người liên hệ: chị Lan, máy lẻ 214.', 'Người liên hệ: anh Tuấn, 0912 345 678.',
					         'Thông báo lỗi: "The trust relationship between this workstation and the primary domain failed".',
					         'Thông báo lỗi: "Printer offline".', 'Thông báo lỗi: "DNS_PROBE_FINISHED_NXDOMAIN".',
					         'Thông báo lỗi: "Token không hợp lệ".', 'Thông báo lỗi: "Your password has expired".',
					         'Đã gọi tổng đài nhưng chưa ai nghe máy.', 'Máy dùng Windows 10, Office 2019.',
					         'Máy dùng Windows 11, Office 2021.', 'Thiết bị còn bảo hành đến tháng 6.', 'Đã chụp màn hình lỗi.',
					         'Tài khoản đăng nhập là tên viết tắt của tôi.', 'Sự việc lặp lại lần thứ ba trong tuần.',
					         'Cần xử lý trước cuộc họp giao ban.', 'Bản quyền phần mềm do Vụ Kế hoạch - Tài chính mua.',
					         'Dây cáp mạng đi qua trần, khó kiểm tra.', 'Đã thử trên trình duyệt khác, vẫn lỗi.',
					         'Màn hình hiện mã 0xc000000e khi khởi động.', 'Ổ D còn trống 2 GB.'] AS details),
					     o AS (SELECT g, random() AS r1, random() AS r2, random() AS r3,
					                  now() - random() * interval '1095 days' AS opened
					             FROM generate_series(1, 1000000) g),
					     t AS (SELECT o.*, (o.opened > now() - interval '60 days' AND o.r1 < 0.5) OR o.r1 < 0.003 AS open
					             FROM o)
					INSERT INTO helpdesk_tickets (type, title, description, category_id, impact, urgency, priority, status,
					       approval, requester_id, requester_unit_id, group_id, technician_id, solution, opened_at,
					       responded_at, resolved_at, closed_at, response_due_at, resolution_due_at, paused_since, rating,
					       updated_at)
					SELECT CASE WHEN t.g % 13 = 0 THEN 'SOFTWARE_INSTALL' WHEN t.g % 3 = 0 THEN 'REQUEST' ELSE 'INCIDENT' END,
					       words.titles[1 + t.g % 37] || ' ' || words.places[1 + floor(t.r3 * 25)::int],
					       words.lines[1 + (t.g / 37) % 20] || ' ' || words.details[1 + floor(t.r1 * 20)::int] || ' '
					           || words.lines[1 + (t.g / 741) % 20]
					           || ' Thiết bị: TTTT-' || lpad((1 + (t.g::bigint * 7919) % 100000)::text, 6, '0') || '.',
					       cat.ids[1 + t.g % cardinality(cat.ids)], 1 + t.g % 5, 1 + (t.g / 5) % 5,
					       greatest(1, least(5, (2 + t.g % 5 + (t.g / 5) % 5) / 2)),
					       s.status, CASE WHEN t.g % 13 = 0 THEN 'APPROVED' ELSE 'NOT_NEEDED' END,
					       req.id, req.unit_id, grp.ids[1 + (t.g / 7) % cardinality(grp.ids)],
					       CASE WHEN s.status = 'NEW' THEN NULL ELSE tech.ids[1 + floor(t.r3 * cardinality(tech.ids))::int] END,
					       CASE WHEN t.open THEN NULL ELSE 'Đã xử lý: ' || words.lines[1 + (t.g / 3) % 20] END,
					       t.opened,
					       CASE WHEN s.status = 'NEW' THEN NULL ELSE t.opened + interval '20 minutes' END,
					       CASE WHEN t.open THEN NULL ELSE t.opened + t.r1 * interval '3 days' END,
					       CASE WHEN s.status = 'CLOSED' THEN t.opened + interval '3 days' + t.r1 * interval '3 days' END,
					       t.opened + interval '2 hours', t.opened + (1 + t.g % 5) * interval '1 day',
					       CASE WHEN s.status = 'WAITING' THEN t.opened + interval '1 hour' END,
					       CASE WHEN s.status = 'CLOSED' AND t.r2 < 0.3 THEN 3 + (t.g % 3) END,
					       t.opened
					  FROM t
					  JOIN req ON req.n = 1 + t.g % 3000
					  CROSS JOIN grp CROSS JOIN tech CROSS JOIN cat CROSS JOIN words
					  CROSS JOIN LATERAL (SELECT CASE WHEN t.open THEN (ARRAY['NEW', 'ASSIGNED', 'IN_PROGRESS', 'WAITING'])[1 + floor(t.r2 * 4)::int]
					                                  WHEN t.r2 < 0.9 THEN 'CLOSED' ELSE 'RESOLVED' END AS status) s
					 ORDER BY t.opened""");
			System.err.printf("[bench] building the %d indexes of the tickets%n", indexes.size());
			for (String index : indexes) {
				sql.execute(index);
			}
			connection.commit();
			connection.setAutoCommit(true);
			escalated(connection);
			sql.execute("VACUUM ANALYZE helpdesk_tickets");
			sql.execute("VACUUM ANALYZE inventory_assets");
			sql.execute("ANALYZE users");
			sql.execute("ANALYZE helpdesk_group_members");
		}
		System.err.printf("[bench] data written in %.0f s%n", (System.nanoTime() - t0) / 1e9);
	}

	static long single(Connection connection, String sql) throws Exception {
		try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}
}
