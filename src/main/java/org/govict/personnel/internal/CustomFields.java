package org.govict.personnel.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.govict.personnel.DataGroup;
import org.govict.personnel.FieldType;
import org.govict.personnel.RecordField;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.stereotype.Repository;

/** The fields administrators added to the data groups. */
@Repository
public class CustomFields {

	private final JdbcClient jdbc;

	private final JsonMapper mapper = JsonMapper.builder().build();

	CustomFields(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<RecordField> active() {
		return jdbc.sql("SELECT * FROM personnel_custom_fields WHERE active ORDER BY data_group, sort_order, key")
			.query((rs, n) -> field(rs))
			.list();
	}

	public List<RecordField> all() {
		return jdbc.sql("SELECT * FROM personnel_custom_fields ORDER BY data_group, sort_order, key")
			.query((rs, n) -> field(rs))
			.list();
	}

	public boolean exists(String key) {
		return jdbc.sql("SELECT count(*) FROM personnel_custom_fields WHERE key = ?").param(key).query(Long.class)
			.single() > 0;
	}

	public void insert(RecordField field, int sortOrder, Map<String, String> optionLabels) {
		jdbc.sql("""
				INSERT INTO personnel_custom_fields (key, data_group, type, label_vi, label_en, options, required, sort_order,
				    option_labels)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb))""")
			.params(field.key(), field.group().name(), field.type().name(), field.labelVi(), field.labelEn(),
					field.options().isEmpty() ? null : String.join(",", field.options()), field.required(), sortOrder,
					json(optionLabels))
			.update();
		labels = null;
	}

	public void update(RecordField field, boolean active, Map<String, String> optionLabels) {
		jdbc.sql("""
				UPDATE personnel_custom_fields SET label_vi = ?, label_en = ?, options = ?, required = ?, active = ?,
				    option_labels = CAST(? AS jsonb)
				WHERE key = ?""")
			.params(field.labelVi(), field.labelEn(),
					field.options().isEmpty() ? null : String.join(",", field.options()), field.required(), active,
					json(optionLabels), field.key())
			.update();
		labels = null;
	}

	/** The words of each choice of each custom field, by field key then code; read again after a minute. */
	public Map<String, Map<String, String>> optionLabels() {
		Labels current = labels;
		if (current == null || current.readAt().isBefore(Instant.now().minusSeconds(60))) {
			Map<String, Map<String, String>> all = new HashMap<>();
			jdbc.sql("SELECT key, option_labels::text AS labels FROM personnel_custom_fields").query(rs -> {
				Map<String, String> byCode = new LinkedHashMap<>();
				mapper.readTree(rs.getString("labels")).properties()
					.forEach(entry -> byCode.put(entry.getKey(), entry.getValue().asString()));
				all.put(rs.getString("key"), Map.copyOf(byCode));
			});
			current = new Labels(Map.copyOf(all), Instant.now());
			labels = current;
		}
		return current.byField();
	}

	private record Labels(Map<String, Map<String, String>> byField, Instant readAt) {
	}

	private volatile Labels labels;

	private String json(Map<String, String> optionLabels) {
		return mapper.writeValueAsString(optionLabels == null ? Map.of() : optionLabels);
	}

	private static RecordField field(java.sql.ResultSet rs) throws java.sql.SQLException {
		String options = rs.getString("options");
		return new RecordField(rs.getString("key"), DataGroup.valueOf(rs.getString("data_group")),
				FieldType.valueOf(rs.getString("type")), null,
				options == null ? List.of() : Arrays.stream(options.split(",")).map(String::strip).toList(), null,
				rs.getBoolean("required"), true, rs.getString("label_vi"), rs.getString("label_en"));
	}
}
