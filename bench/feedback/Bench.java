import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

/**
 * Sustained feedback intake through the HTTP API, against the equivalent raw JDBC inserts. See README.md.
 * Run by bench/feedback/run; prints RESULT lines.
 */
public class Bench {

	static final Pattern CODE = Pattern.compile("\"trackingCode\"\\s*:\\s*\"([^\"]+)\"");

	public static void main(String[] args) throws Exception {
		Map<String, String> opts = new java.util.HashMap<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			opts.put(args[i].replaceFirst("^--", ""), args[i + 1]);
		}
		int seconds = Integer.parseInt(opts.getOrDefault("seconds", "60"));
		int clients = Integer.parseInt(opts.getOrDefault("clients", "32"));
		String db = opts.get("db");
		String http = opts.get("http");

		try (Connection connection = DriverManager.getConnection(db, "postgres", "postgres")) {
			String token = createToken(connection);
			long unit = single(connection, "SELECT id FROM organisation_units ORDER BY id LIMIT 1");
			HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
				.connectTimeout(Duration.ofSeconds(10)).build();

			// Warm up the JIT and the connection pool; not measured.
			Phase warm = intake(client, http, token, unit, clients, 5, null, "warm");
			System.err.printf("[bench] warm-up: %d cases, %d failed%n", warm.ok.get(), warm.failed.get());

			// The floor: the same clients reading a small list that needs no database, signed in the same way.
			Phase floor = intake(client, http, token, unit, clients, Math.min(seconds, 15), null, "floor");
			Phase plain = intake(client, http, token, unit, clients, seconds, null, "plain");
			Phase raw = raw(db, unit, clients, seconds);
			byte[] png = png(100 * 1024);
			Phase attach = intake(client, http, token, unit, clients, seconds, png, "attach");

			List<String> acknowledged = new ArrayList<>(plain.codes);
			acknowledged.addAll(attach.codes);
			long lost = acknowledged.size() - present(connection, acknowledged);

			double intakePerS = plain.ok.get() / plain.seconds;
			double rawPerS = raw.ok.get() / raw.seconds;
			System.err.printf("[bench] intake: %d ok, %d failed; raw: %d; attach: %d ok, %d failed (%d-byte PNG)%n",
					plain.ok.get(), plain.failed.get(), raw.ok.get(), attach.ok.get(), attach.failed.get(), png.length);
			System.out.printf("RESULT clients %d%n", clients);
			System.out.printf("RESULT seconds %d%n", seconds);
			System.out.printf("RESULT floor_get_per_s %.1f%n", floor.ok.get() / floor.seconds);
			System.out.printf("RESULT intake_per_s %.1f%n", intakePerS);
			System.out.printf("RESULT intake_p50_ms %.1f%n", plain.percentile(50));
			System.out.printf("RESULT intake_p95_ms %.1f%n", plain.percentile(95));
			System.out.printf("RESULT intake_p99_ms %.1f%n", plain.percentile(99));
			System.out.printf("RESULT intake_failed %d%n", plain.failed.get());
			System.out.printf("RESULT raw_insert_per_s %.1f%n", rawPerS);
			System.out.printf("RESULT intake_vs_raw_ratio %.3f%n", intakePerS / rawPerS);
			System.out.printf("RESULT lost %d%n", lost);
			System.out.printf("RESULT intake_attach_per_s %.1f%n", attach.ok.get() / attach.seconds);
			System.out.printf("RESULT intake_attach_p99_ms %.1f%n", attach.percentile(99));
			System.out.printf("RESULT intake_attach_failed %d%n", attach.failed.get());
		}
	}

	static final class Phase {

		final AtomicLong ok = new AtomicLong();

		final AtomicLong failed = new AtomicLong();

		final ConcurrentLinkedQueue<String> codes = new ConcurrentLinkedQueue<>();

		final ConcurrentLinkedQueue<long[]> latencies = new ConcurrentLinkedQueue<>();

		double seconds;

		double percentile(int p) {
			long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
			if (all.length == 0) {
				return Double.NaN;
			}
			return all[Math.min(all.length - 1, (int) Math.ceil(all.length * p / 100.0) - 1)] / 1_000_000.0;
		}
	}

	/** Each client posts cases one after the other for the given time; every case's content is its own. */
	static Phase intake(HttpClient client, String http, String token, long unit, int clients, int seconds,
			byte[] attachment, String tag) throws Exception {
		Phase phase = new Phase();
		long start = System.nanoTime();
		long end = start + seconds * 1_000_000_000L;
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		List<Future<?>> running = new ArrayList<>();
		String boundary = "----govictbench" + Long.toHexString(new Random().nextLong());
		for (int c = 0; c < clients; c++) {
			int clientNo = c;
			running.add(pool.submit(() -> {
				long[] mine = new long[1 << 16];
				int n = 0;
				long seq = 0;
				while (System.nanoTime() < end) {
					String json = intakeJson(unit, tag + "-" + clientNo + "-" + seq++ + "-" + System.nanoTime());
					boolean floor = tag.equals("floor");
					HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(http
							+ (floor ? "/api/v1/feedback/topics" : "/api/v1/feedback/cases")))
						.header("Authorization", "Bearer " + token)
						.header("Accept", "application/json")
						.timeout(Duration.ofSeconds(30));
					if (floor) {
						request.GET();
					}
					else if (attachment == null) {
						request.header("Content-Type", "application/json")
							.POST(HttpRequest.BodyPublishers.ofString(json));
					}
					else {
						request.header("Content-Type", "multipart/form-data; boundary=" + boundary)
							.POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, json, attachment)));
					}
					long t0 = System.nanoTime();
					try {
						HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
						long took = System.nanoTime() - t0;
						Matcher m = CODE.matcher(response.body());
						if (floor && response.statusCode() == 200) {
							phase.ok.incrementAndGet();
						}
						else if (response.statusCode() == 201 && m.find()) {
							phase.ok.incrementAndGet();
							phase.codes.add(m.group(1));
							if (n == mine.length) {
								phase.latencies.add(mine);
								mine = new long[mine.length];
								n = 0;
							}
							mine[n++] = took;
						}
						else {
							if (phase.failed.incrementAndGet() <= 3) {
								System.err.println("[bench] " + response.statusCode() + " " + response.body());
							}
						}
					}
					catch (Exception ex) {
						if (phase.failed.incrementAndGet() <= 3) {
							System.err.println("[bench] " + ex);
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
		pool.shutdown();
		return phase;
	}

	static String intakeJson(long unit, String unique) {
		return """
				{"channel":"EMAIL","submission":{"senderType":"INDIVIDUAL","senderName":"Nguyễn Văn Bình",
				"senderEmail":"binh@example.vn","senderPhone":"0912345678","senderAddress":"12 Trần Hưng Đạo, Hoàn Kiếm, Hà Nội",
				"kind":"FEEDBACK","title":"Đèn đường hỏng trên phố Hàng Bài",
				"content":"Đèn đường trước số 24 phố Hàng Bài đã hỏng hai tuần, buổi tối rất tối và nguy hiểm cho người đi bộ. Mã: %s",
				"publishConsent":false,"receivingUnitId":%d}}""".formatted(unique, unit);
	}

	static byte[] multipart(String boundary, String json, byte[] file) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(file.length + json.length() + 512);
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"intake\"\r\n"
				+ "Content-Type: application/json\r\n\r\n" + json + "\r\n--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"anh-hien-truong.png\"\r\n"
				+ "Content-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8);
		out.writeBytes(head);
		out.writeBytes(file);
		out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return out.toByteArray();
	}

	/** A photo-sized PNG of noise, so that it does not compress: about the given size. */
	static byte[] png(int bytes) throws Exception {
		int side = (int) Math.sqrt(bytes / 3.0);
		BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
		Random random = new Random(42);
		for (int y = 0; y < side; y++) {
			for (int x = 0; x < side; x++) {
				image.setRGB(x, y, random.nextInt(0x1000000));
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	/**
	 * The rows one intake writes, as raw SQL in one transaction per case with the same concurrency: the case, its
	 * RECEIVED step, its audit entry and the receipt mail to the sender. This is the database's own limit for the same durable work.
	 */
	static Phase raw(String db, long unit, int clients, int seconds) throws Exception {
		Phase phase = new Phase();
		long start = System.nanoTime();
		long end = start + seconds * 1_000_000_000L;
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		List<Future<?>> running = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			int clientNo = c;
			running.add(pool.submit(() -> {
				try (Connection connection = DriverManager.getConnection(db, "postgres", "postgres")) {
					connection.setAutoCommit(false);
					PreparedStatement caseInsert = connection.prepareStatement("""
							INSERT INTO feedback_cases (tracking_code, secret_hash, kind, channel, status, sender_type,
							    sender_name, sender_email, sender_phone, sender_address, language, title, content,
							    content_hash, publish_consent, receiving_unit_id, received_on, due_on)
							VALUES (?, ?, 'FEEDBACK', 'EMAIL', 'RECEIVED', 'INDIVIDUAL', 'Nguyễn Văn Bình',
							    'binh@example.vn', '0912345678', '12 Trần Hưng Đạo, Hoàn Kiếm, Hà Nội', 'vi',
							    'Đèn đường hỏng trên phố Hàng Bài', ?, ?, false, ?, ?, ?) RETURNING id""");
					PreparedStatement stepInsert = connection.prepareStatement("""
							INSERT INTO feedback_case_steps (case_id, step, status_after, actor)
							VALUES (?, 'RECEIVED', 'RECEIVED', 'admin')""");
					PreparedStatement auditInsert = connection.prepareStatement("""
							INSERT INTO audit_entries (occurred_at, actor, module, action, record_type, record_id,
							    unit_id, summary, after_state)
							VALUES (now(), 'admin', 'feedback', 'CREATE', 'FeedbackCase', ?, ?, ?, ?)""");
					PreparedStatement mailInsert = connection.prepareStatement("""
							INSERT INTO outgoing_mail (recipient, subject, body) VALUES ('binh@example.vn', ?, ?)""");
					long seq = 0;
					LocalDate today = LocalDate.now();
					while (System.nanoTime() < end) {
						String code = "R" + clientNo + "-" + seq++ + "-" + (System.nanoTime() % 100000);
						String content = "Đèn đường trước số 24 phố Hàng Bài đã hỏng hai tuần. Mã: " + code;
						caseInsert.setString(1, code);
						caseInsert.setString(2, sha256(code));
						caseInsert.setString(3, content);
						caseInsert.setString(4, sha256(content));
						caseInsert.setLong(5, unit);
						caseInsert.setObject(6, today);
						caseInsert.setObject(7, today.plusDays(10));
						long id;
						try (ResultSet rs = caseInsert.executeQuery()) {
							rs.next();
							id = rs.getLong(1);
						}
						stepInsert.setLong(1, id);
						stepInsert.executeUpdate();
						auditInsert.setString(1, Long.toString(id));
						auditInsert.setLong(2, unit);
						auditInsert.setString(3, code + " EMAIL");
						auditInsert.setString(4, "{\"trackingCode\":\"" + code + "\",\"content\":\"" + content + "\"}");
						auditInsert.executeUpdate();
						mailInsert.setString(1, "[" + code + "] Đã tiếp nhận phản ánh, kiến nghị");
						mailInsert.setString(2, "Kính gửi Nguyễn Văn Bình, phản ánh của Ông/Bà đã được tiếp nhận với mã " + code);
						mailInsert.executeUpdate();
						connection.commit();
						phase.ok.incrementAndGet();
					}
				}
				return null;
			}));
		}
		for (Future<?> f : running) {
			f.get();
		}
		phase.seconds = (System.nanoTime() - start) / 1e9;
		pool.shutdown();
		return phase;
	}

	static long present(Connection connection, List<String> codes) throws Exception {
		try (PreparedStatement statement = connection.prepareStatement(
				"SELECT count(*) FROM feedback_cases WHERE tracking_code = ANY(?)")) {
			statement.setArray(1, connection.createArrayOf("varchar", codes.toArray()));
			try (ResultSet rs = statement.executeQuery()) {
				rs.next();
				return rs.getLong(1);
			}
		}
	}

	static long single(Connection connection, String sql) throws Exception {
		try (var statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	static String sha256(String text) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
	}

	/** A token of the demo administrator, written straight into the table as the account page would. */
	static String createToken(Connection connection) throws Exception {
		String secret = "govict_bench_" + Long.toHexString(System.nanoTime()) + Long.toHexString(new Random().nextLong());
		try (var statement = connection.prepareStatement("INSERT INTO api_tokens (user_id, name, token_prefix, "
				+ "token_hash, expires_at) SELECT id, 'feedback benchmark', ?, ?, now() + interval '1 day' FROM users "
				+ "WHERE username = 'admin'")) {
			statement.setString(1, secret.substring(0, 10));
			statement.setString(2, sha256(secret));
			if (statement.executeUpdate() != 1) {
				throw new IllegalStateException("no admin account to issue the benchmark's token to");
			}
		}
		return secret;
	}
}
