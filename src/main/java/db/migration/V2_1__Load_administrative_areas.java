package db.migration;

import java.io.InputStream;
import java.sql.PreparedStatement;
import java.text.Normalizer;
import java.util.Locale;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the 34 provinces and 3,321 wards shipped in {@code reference/vn-admin-units/} (MIT licence) into the
 * tables of V2. The kind of each area is read from its name: "Thành phố"/"Tỉnh", "Phường"/"Xã"/"Đặc khu".
 */
public class V2_1__Load_administrative_areas extends BaseJavaMigration {

	static final String SOURCE = "reference/vn-admin-units/provinces-wards-2025.json";

	@Override
	public void migrate(Context context) throws Exception {
		JsonNode provinces;
		try (InputStream in = getClass().getClassLoader().getResourceAsStream(SOURCE)) {
			if (in == null) {
				throw new IllegalStateException("Reference data missing from the classpath: " + SOURCE);
			}
			provinces = JsonMapper.builder().build().readTree(in);
		}
		var connection = context.getConnection();
		try (PreparedStatement province = connection
			.prepareStatement("INSERT INTO provinces (code, name, kind) VALUES (?, ?, ?)");
				PreparedStatement ward = connection
					.prepareStatement("INSERT INTO wards (code, province_code, name, kind) VALUES (?, ?, ?, ?)")) {
			for (JsonNode p : provinces) {
				String name = nfc(p.get("FullName").asString());
				province.setString(1, p.get("Code").asString());
				province.setString(2, name);
				province.setString(3, startsWith(name, "Thành phố") ? "CITY" : "PROVINCE");
				province.addBatch();
			}
			province.executeBatch();
			for (JsonNode p : provinces) {
				for (JsonNode w : p.get("Wards")) {
					String name = nfc(w.get("FullName").asString());
					ward.setString(1, w.get("Code").asString());
					ward.setString(2, p.get("Code").asString());
					ward.setString(3, name);
					ward.setString(4, wardKind(name));
					ward.addBatch();
				}
			}
			ward.executeBatch();
		}
	}

	private static String wardKind(String name) {
		if (startsWith(name, "Phường")) {
			return "WARD";
		}
		if (startsWith(name, "Đặc khu")) {
			return "SPECIAL_ZONE";
		}
		return "COMMUNE";
	}

	private static boolean startsWith(String name, String prefix) {
		return name.toLowerCase(Locale.ROOT).startsWith(prefix.toLowerCase(Locale.ROOT));
	}

	private static String nfc(String text) {
		return Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
	}
}
