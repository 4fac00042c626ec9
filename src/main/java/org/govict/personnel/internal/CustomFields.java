package org.govict.personnel.internal;

import java.util.Arrays;
import java.util.List;

import org.govict.personnel.DataGroup;
import org.govict.personnel.FieldType;
import org.govict.personnel.RecordField;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The fields administrators added to the data groups. */
@Repository
public class CustomFields {

	private final JdbcClient jdbc;

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

	public void insert(RecordField field, int sortOrder) {
		jdbc.sql("""
				INSERT INTO personnel_custom_fields (key, data_group, type, label_vi, label_en, options, required, sort_order)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(field.key(), field.group().name(), field.type().name(), field.labelVi(), field.labelEn(),
					field.options().isEmpty() ? null : String.join(",", field.options()), field.required(), sortOrder)
			.update();
	}

	public void update(RecordField field, boolean active) {
		jdbc.sql("""
				UPDATE personnel_custom_fields SET label_vi = ?, label_en = ?, options = ?, required = ?, active = ?
				WHERE key = ?""")
			.params(field.labelVi(), field.labelEn(),
					field.options().isEmpty() ? null : String.join(",", field.options()), field.required(), active,
					field.key())
			.update();
	}

	private static RecordField field(java.sql.ResultSet rs) throws java.sql.SQLException {
		String options = rs.getString("options");
		return new RecordField(rs.getString("key"), DataGroup.valueOf(rs.getString("data_group")),
				FieldType.valueOf(rs.getString("type")), null,
				options == null ? List.of() : Arrays.stream(options.split(",")).map(String::strip).toList(), null,
				rs.getBoolean("required"), true, rs.getString("label_vi"), rs.getString("label_en"));
	}
}
