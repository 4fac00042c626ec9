package org.govict.personnel;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.govict.audit.AuditRecord;
import org.govict.audit.AuditTrail;
import org.govict.personnel.internal.CustomFields;
import org.govict.personnel.internal.Records;
import org.govict.platform.security.CurrentUser;
import org.govict.platform.security.Roles;
import org.govict.platform.web.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The custom fields administrators add to the data groups without a code change. A field's key is made once from
 * its Vietnamese label ({@code x_<folded label>}) and never changes; its labels, choices and whether it is required
 * may. A field taken out of use disappears from the forms, and the values records hold stay in their history.
 */
@Service
public class PersonnelFields {

	static final String FIELD = "PersonnelCustomField";

	/** The types a custom field may have. */
	public static final Set<FieldType> TYPES = EnumSet.of(FieldType.TEXT, FieldType.LONG_TEXT, FieldType.DATE,
			FieldType.INTEGER, FieldType.DECIMAL, FieldType.CHOICE);

	private final CustomFields fields;

	private final AuditTrail audit;

	PersonnelFields(CustomFields fields, AuditTrail audit) {
		this.fields = fields;
		this.audit = audit;
	}

	/** A custom field and whether it is in use. */
	public record CustomField(RecordField field, boolean active) {
	}

	/**
	 * What an administrator enters for a custom field.
	 * @param options the codes of a CHOICE, separated by commas or lines; each is kept in capitals, A–Z, 0–9 and _
	 */
	public record CustomFieldForm(String labelVi, String labelEn, DataGroup group, FieldType type, String options,
			boolean required) {
	}

	public static boolean canManage() {
		return CurrentUser.hasRole(Roles.SYSTEM_ADMIN);
	}

	@Transactional(readOnly = true)
	public List<CustomField> list() {
		Set<String> active = new LinkedHashSet<>();
		fields.active().forEach(f -> active.add(f.key()));
		return fields.all().stream().map(f -> new CustomField(f, active.contains(f.key()))).toList();
	}

	@Transactional(readOnly = true)
	public CustomField get(String key) {
		return list().stream()
			.filter(f -> f.field().key().equals(key))
			.findFirst()
			.orElseThrow(() -> new NotFoundException(FIELD, key));
	}

	/** @throws RecordRefused with the form's fields at fault */
	@Transactional
	public CustomField add(CustomFieldForm form) {
		requireManage();
		List<FieldRefusal> refusals = new ArrayList<>();
		if (form.group() == null) {
			refusals.add(FieldRefusal.of("group", "personnel.value.required"));
		}
		if (form.type() == null || !TYPES.contains(form.type())) {
			refusals.add(FieldRefusal.of("type", "personnel.value.required"));
		}
		String labelVi = label(form.labelVi(), "labelVi", true, refusals);
		String labelEn = label(form.labelEn(), "labelEn", false, refusals);
		Map<String, String> labels = options(form, refusals);
		List<String> options = List.copyOf(labels.keySet());
		if (!refusals.isEmpty()) {
			throw new RecordRefused(refusals);
		}
		String key = newKey(labelVi);
		RecordField field = new RecordField(key, form.group(), form.type(), null, options, null, form.required(), true,
				labelVi, labelEn);
		int order = (int) fields.all().stream().filter(f -> f.group() == form.group()).count();
		fields.insert(field, order, labels);
		audit.record(AuditRecord.created(PersonnelRegistry.MODULE, FIELD, key, null, description(field)));
		return get(key);
	}

	/** Changes the labels, choices and whether the field is required; its key, group and type stay. */
	@Transactional
	public CustomField update(String key, CustomFieldForm form) {
		requireManage();
		CustomField current = get(key);
		RecordField before = current.field();
		List<FieldRefusal> refusals = new ArrayList<>();
		String labelVi = label(form.labelVi(), "labelVi", true, refusals);
		String labelEn = label(form.labelEn(), "labelEn", false, refusals);
		Map<String, String> labels = options(new CustomFieldForm(labelVi, labelEn, before.group(), before.type(),
				form.options(), form.required()), refusals);
		List<String> options = List.copyOf(labels.keySet());
		if (!refusals.isEmpty()) {
			throw new RecordRefused(refusals);
		}
		RecordField after = new RecordField(key, before.group(), before.type(), null, options, null, form.required(),
				true, labelVi, labelEn);
		fields.update(after, current.active(), labels);
		audit.record(AuditRecord.changed(PersonnelRegistry.MODULE, FIELD, key, null, description(before),
				description(after)));
		return get(key);
	}

	@Transactional
	public CustomField setActive(String key, boolean active) {
		requireManage();
		CustomField current = get(key);
		if (current.active() != active) {
			fields.update(current.field(), active, optionLabels(key));
			audit.record(AuditRecord.action(PersonnelRegistry.MODULE, active ? "REACTIVATE" : "DEACTIVATE", FIELD,
					key, null, null, null));
		}
		return get(key);
	}

	private String newKey(String labelVi) {
		String words = String.join("_", Records.fold(labelVi).replaceAll("[^a-z0-9]+", " ").strip().split(" +"));
		if (words.isEmpty()) {
			words = "field";
		}
		String base = "x_" + (words.length() > 50 ? words.substring(0, 50) : words);
		base = base.replaceAll("_+$", "");
		String key = base;
		for (int n = 2; fields.exists(key) || RecordSchema.isBuiltIn(key); n++) {
			key = base + "_" + n;
		}
		return key;
	}

	private static String label(String text, String field, boolean required, List<FieldRefusal> refusals) {
		String label = text == null ? "" : java.text.Normalizer.normalize(text.strip(), java.text.Normalizer.Form.NFC);
		if (required && label.isEmpty()) {
			refusals.add(FieldRefusal.of(field, "personnel.value.required"));
		}
		if (label.length() > 200) {
			refusals.add(FieldRefusal.of(field, "personnel.value.tooLong", 200));
		}
		return label;
	}

	/** The choices of a CHOICE field in order: the code the registry keeps, and the words typed for it. */
	private static Map<String, String> options(CustomFieldForm form, List<FieldRefusal> refusals) {
		if (form.type() != FieldType.CHOICE) {
			return Map.of();
		}
		Map<String, String> choices = new LinkedHashMap<>();
		if (form.options() != null) {
			for (String part : form.options().split("[,;\\n]")) {
				String words = java.text.Normalizer.normalize(part.strip(), java.text.Normalizer.Form.NFC);
				String code = Records.fold(words).toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_")
					.replaceAll("^_+|_+$", "");
				if (!code.isEmpty()) {
					choices.putIfAbsent(code.length() > 40 ? code.substring(0, 40) : code, words);
				}
			}
		}
		if (choices.isEmpty()) {
			refusals.add(FieldRefusal.of("options", "personnel.fields.optionsNeeded"));
		}
		return choices;
	}

	/** The words of a custom field's choices by code, as the administrator typed them. */
	public Map<String, String> optionLabels(String key) {
		return fields.optionLabels().getOrDefault(key, Map.of());
	}

	/** The words of one choice of a custom field, if an administrator typed them. */
	public Optional<String> optionLabel(String key, String code) {
		return Optional.ofNullable(optionLabels(key).get(code));
	}

	private static Map<String, Object> description(RecordField field) {
		return Map.of("group", field.group().name(), "type", field.type().name(), "labelVi", field.labelVi(),
				"labelEn", field.labelEn() == null ? "" : field.labelEn(), "options", field.options(), "required",
				field.required());
	}

	private static void requireManage() {
		if (!canManage()) {
			throw new AccessDeniedException("personnel.access.denied");
		}
	}
}
